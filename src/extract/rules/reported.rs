//! The reported clause after its verb: `S said (that) C`, `S told
//! reporters C`, `S said: “Q”`, and the inverted `Said S: C`.

use super::super::lexicon::{Frame, en};
use super::super::mentions::{Mention, Range};
use super::verb::{VerbSite, start_of};
use super::{Candidate, Rule, Site, Source};

pub struct ReportedClause;

impl Rule for ReportedClause {
    fn name(&self) -> &'static str {
        "reported clause"
    }

    fn why(&self) -> &'static str {
        "the commonest report: a speaker, a verb of saying, then what was said"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| matches!(v.frame, Frame::Say | Frame::Tell | Frame::Belief))?;
        let subject = v.subject?;
        let content = content_after(site, v, &subject)?;
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(subject),
            cue: Some(v.cue),
            sentence: site.si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// What follows the verb, when it is what was said: weak verbs
/// ("agreed", "believes") report only with `that`, a colon or a
/// quotation after them; and after a quotation opening the sentence
/// ("“Q,” Lubinets told reporters at a hospital where ...") the quotation
/// is what was said, unless `that` or a colon introduces something else.
pub(super) fn content_after(site: &Site, v: &VerbSite, subject: &Mention) -> Option<Range> {
    let d = site.d;
    let s = site.sentence();
    let fwd = d.forward(site.si, v.after, v.frame, site.i)?;
    let explicit = d.explicit_complement(v.after, fwd.0);
    // a quoted fragment inside attests speech even after a weak verb:
    // "believed the text “would not bring peace”"
    let quoted = (fwd.0..fwd.1).any(|k| d.w.t(k).quote != 0);
    if !v.strong && !explicit && !quoted {
        return None;
    }
    // "confirmed the exchange": a bare noun after a verb of saying
    let takes_object = en::SAY_WITH_OBJECT.iter().any(|w| d.is(site.i, w));
    if matches!(v.frame, Frame::Say | Frame::Belief) && !explicit && !takes_object && !d.reads_as_clause(fwd.0, fwd.1) {
        return None;
    }
    let start = start_of(subject);
    let quote_first = start > s.body && {
        let b = d.w.t(start - 1);
        b.is_quote() && d.quote_closes_at(start - 1) && d.quotes[b.quote as usize - 1].open == s.body
    };
    if quote_first && !d.explicit_complement(v.after, fwd.0) {
        return None;
    }
    Some(fwd)
}

pub struct InvertedOpening;

impl Rule for InvertedOpening {
    fn name(&self) -> &'static str {
        "inverted opening"
    }

    fn why(&self) -> &'static str {
        "a sentence may open with the verb: “Said the minister: …”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| v.opens && v.stop.is_some())?;
        let d = site.d;
        let s = site.sentence();
        let np = d.w.right_np(v.after, s.end)?;
        if !(np.1 < s.end && d.w.t(np.1).is_any_punct(&[':', ','])) {
            return None;
        }
        let start = np.1 + 1;
        let (a, e) = d.trim(start, d.clause_end(start, s.end));
        (a < e).then(|| Candidate {
            content: vec![(a, e)],
            source: Source::Mention(Mention { head: np, desc: None }),
            cue: Some(v.cue),
            sentence: site.si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::Kind;
    use super::super::testing::{one, run};

    #[test]
    fn said_that_and_said_without_that() {
        let f = one("Zakharova said that the embassy had received no note.");
        assert_eq!(f.content, "the embassy had received no note");
        assert_eq!(f.kind, Kind::Indirect);
        assert_eq!(f.speaker.as_deref(), Some("Maria Zakharova"));
        assert_eq!(f.actor.as_deref(), Some("russian-mfa"));
        let f = one("Zakharova said on Thursday the embassy had received no note.");
        assert_eq!(f.content, "the embassy had received no note");
    }

    #[test]
    fn told_a_hearer() {
        let f = one("Ushakov told journalists in the Kremlin that a date was still being discussed.");
        assert_eq!(f.content, "a date was still being discussed");
        assert_eq!(f.actor.as_deref(), Some("kremlin"));
        let f = one("Ushakov told journalists a date was still being discussed.");
        assert_eq!(f.content, "a date was still being discussed");
    }

    #[test]
    fn said_colon_quote() {
        let f = one("Sybiha wrote on X: “Every drone we stop is a life kept.”");
        assert_eq!(f.content, "Every drone we stop is a life kept.");
        assert_eq!(f.kind, Kind::Direct);
        assert_eq!(f.actor.as_deref(), Some("ukrainian-mfa"));
    }

    #[test]
    fn wrote_on_a_channel_that() {
        let f = one("Medvedev wrote on Telegram that the new sanctions were a sign of weakness.");
        assert_eq!(f.content, "the new sanctions were a sign of weakness");
        assert_eq!(f.cue.as_deref(), Some("wrote"));
        assert_eq!(f.actor.as_deref(), Some("russia"));
    }

    #[test]
    fn a_mixed_quote() {
        let f = one("Kallas said the offer was “not serious” and changed nothing.");
        assert_eq!(f.kind, Kind::Mixed);
        assert_eq!(f.content, "the offer was “not serious” and changed nothing");
    }

    #[test]
    fn weak_verbs_need_that() {
        assert!(run("The two sides agreed the schedule.").is_empty());
        let f = one("The two sides agreed that the schedule would stand.");
        assert_eq!(f.content, "the schedule would stand");
    }

    #[test]
    fn a_quote_over_several_paragraphs() {
        let text = "Rutte said: “We built this alliance slowly. Every member had to argue its way in.\n\n“Nobody should think the door slams shut now.”\n\nThe session closed early.\n";
        let f = one(text);
        assert!(f.content.starts_with("We built this alliance"), "{}", f.content);
        assert!(f.content.ends_with("the door slams shut now."), "{}", f.content);
        assert_eq!(f.speaker.as_deref(), Some("Mark Rutte"));
    }

    #[test]
    fn an_inverted_opening() {
        let f = one("Said Klitschko: the cranes will be back by June.");
        assert_eq!(f.content, "the cranes will be back by June");
        assert_eq!(f.source.as_deref(), Some("Klitschko"));
    }
}
