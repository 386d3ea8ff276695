//! `According to S, C.` and `C, according to S.`

use super::super::lexicon::Class;
use super::super::mentions::Mention;
use super::{Candidate, Rule, Site, Source};

pub struct AccordingTo;

impl Rule for AccordingTo {
    fn name(&self) -> &'static str {
        "according to"
    }

    fn why(&self) -> &'static str {
        "“according to S” credits a whole clause to a source, before or after it"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let (d, si, i) = (site.d, site.si, site.i);
        if !(d.is(i, "according") && d.is(i + 1, "to")) {
            return None;
        }
        let s = site.sentence();
        let src_start = i + 2;
        if src_start >= s.end {
            return None;
        }
        let at_start = i == s.body || (i > s.body && d.w.t(i - 1).has(Class::SENT_ADV) && i - 1 == s.body);
        let (src, content) = if at_start {
            let comma = (src_start..s.end).find(|&k| d.w.t(k).is_punct(',') && d.w.t(k).quote == 0)?;
            let content = d.trim(comma + 1, d.clause_end(comma + 1, s.end));
            ((src_start, comma), content)
        } else if d.w.t(i - 1).is_punct(',') {
            let end = (src_start..s.end)
                .find(|&k| (d.w.t(k).is_punct(',') || d.w.t(k).is_terminal()) && d.w.t(k).quote == 0)
                .unwrap_or(s.end);
            // "Putin, according to the readout, told him that ...": set
            // off between a subject and its reporting verb, the phrase
            // credits the report that follows, and the subject is no
            // statement of its own
            if end < s.end && d.w.t(end).is_punct(',') && end + 1 < s.end && reporting_verb(d, end + 1) {
                return None;
            }
            let c = d.content_before(si, i - 1)?;
            ((src_start, end), c)
        } else {
            return None;
        };
        if src.0 >= src.1 || content.0 >= content.1 {
            return None;
        }
        // a report inside names its own speaker: "According to the
        // readout, Putin told Trump that ..." is Putin's statement
        if d.has_report(content.0, content.1) {
            return None;
        }
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(Mention { head: src, desc: None }),
            cue: Some((i, i + 2)),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// A finite verb of saying or telling.
fn reporting_verb(d: &super::super::doc::Doc, k: usize) -> bool {
    use super::super::lexicon::{Form, Frame};
    d.w.t(k).verb.is_some_and(|vb| vb.form == Form::Finite && matches!(vb.frame, Frame::Say | Frame::Tell))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, run};

    #[test]
    fn before_the_clause() {
        let f = one("According to the Kremlin, the call lasted almost two hours.");
        assert_eq!(f.content, "the call lasted almost two hours");
        assert_eq!(f.actor.as_deref(), Some("kremlin"));
        assert_eq!(f.cue.as_deref(), Some("According to"));
    }

    #[test]
    fn after_the_clause() {
        let f = one("Loading resumed at dawn, according to three traders in Odesa.");
        assert_eq!(f.content, "Loading resumed at dawn");
        assert_eq!(f.source.as_deref(), Some("three traders in Odesa"));
        assert_eq!(f.actor, None);
    }

    #[test]
    fn a_report_inside_names_its_own_speaker() {
        let f = one("According to the minutes, Lavrov told his guest that sanctions would change nothing.");
        assert_eq!(f.speaker.as_deref(), Some("Sergei Lavrov"));
        assert_eq!(f.content, "sanctions would change nothing");
    }

    #[test]
    fn set_off_before_the_verb_it_credits_the_report_that_follows() {
        let f = one("Erdogan, according to his office, told the visitors that the strait would stay open.");
        assert_eq!(f.content, "the strait would stay open");
        assert_eq!(f.cue.as_deref(), Some("told"));
    }

    #[test]
    fn not_in_the_middle_of_a_clause() {
        assert!(run("The fees were set according to the size of each farm.").is_empty());
    }
}
