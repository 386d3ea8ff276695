//! `According to S, C.` and `C, according to S.`; `As S put it, C.` and
//! `C, as S put it.`; `As S noted, C.` and `C, as S pointed out.`

use super::super::lexicon::Class;
use super::super::mentions::{Mention, Range};
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
        let mut desc = None;
        let (src, content) = if at_start {
            let comma = (src_start..s.end).find(|&k| d.w.t(k).is_punct(',') && d.w.t(k).quote == 0)?;
            let (src, comma) = match apposition(site, (src_start, comma)) {
                Some((name, title, end)) => {
                    desc = Some(title);
                    (name, end)
                }
                None => ((src_start, comma), comma),
            };
            let content = d.trim(comma + 1, d.clause_end(comma + 1, s.end));
            (src, vec![content])
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
            // "The plan, according to two diplomats, would be financed
            // from …": set off inside the clause, the phrase credits what
            // goes on after it too (not a new clause, "and Kyiv …", nor
            // words about the source, "which gave no details", "citing …")
            let rest = (end + 1 < s.end && d.w.t(end).is_punct(',') && {
                let (t, w) = (d.w.t(end + 1), d.w.s(end + 1));
                t.is_word() && !t.has(Class::CONJ | Class::WH | Class::SUBORD) && !w.ends_with("ing")
            })
            .then(|| d.trim(end + 1, d.clause_end(end + 1, s.end)))
            .filter(|r| r.0 < r.1 && !(r.0..r.1).any(|k| d.is(k, "according")));
            // only after a subject with no verb yet: after a whole clause
            // what follows the phrase is the source's description ("…,
            // according to Ana Lind, head of …") or the reporter's
            let verb = |k: usize| d.w.t(k).has(Class::FINITE | Class::AUX) || d.w.t(k).verb.is_some();
            let content = match (d.content_before(si, i - 1), rest) {
                (Some(before), Some(r)) if !(before.0..before.1).any(verb) => vec![before, r],
                (Some(before), _) => vec![before],
                _ => return None,
            };
            // the source ends before a relative clause about it ("people
            // familiar with the plans who asked not to be named")
            let src_end = (src_start + 1..end)
                .find(|&k| ["who", "whom", "whose", "which"].iter().any(|w| d.is(k, w)))
                .unwrap_or(end);
            ((src_start, src_end), content)
        } else {
            return None;
        };
        if src.0 >= src.1 || content.iter().any(|c| c.0 >= c.1) {
            return None;
        }
        // a report inside names its own speaker: "According to the
        // readout, Putin told Trump that ..." is Putin's statement
        if content.iter().any(|c| d.has_report(c.0, c.1)) {
            return None;
        }
        Some(Candidate {
            content,
            source: Source::Mention(Mention { head: src, desc }),
            cue: Some((i, i + 2)),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// `According to TITLE, NAME, C` and `According to NAME, TITLE, C`: a
/// source named and described, the second set off by a comma of its own.
/// Why: newsrooms name an official and give the office in one breath, and
/// the clause credited starts only after the second comma. The name is
/// two to four capitalised words, the title a short phrase with a role
/// word ("foreign minister", "spokesman"), and no verb in either. The
/// name, the title and the comma after the apposition, when there is one.
fn apposition(site: &Site, first: Range) -> Option<(Range, Range, usize)> {
    let d = site.d;
    let s = site.sentence();
    let comma = first.1;
    let next = (comma + 2..s.end.min(comma + 10)).find(|&k| d.w.t(k).quote == 0 && d.w.t(k).is_punct(','))?;
    if next + 2 >= s.end {
        return None;
    }
    let second = (comma + 1, next);
    let plain = |r: Range| {
        (r.0..r.1).all(|k| {
            let t = d.w.t(k);
            t.quote == 0 && t.is_wordlike() && t.verb.is_none_or(|v| !v.strong) && !t.has(Class::FINITE)
        })
    };
    let name = |r: Range| d.w.is_short_name(r);
    let titled = |r: Range| (r.0..r.1).any(|k| d.w.t(k).has(Class::ROLE)) && r.1 - r.0 <= 6;
    if !plain(first) || !plain(second) {
        return None;
    }
    // "According to the Institute for the Study of War, a Washington-based
    // think tank, …": an indefinite description of a named body or person
    let described = |r: Range| {
        let last = r.1 - 1;
        (d.is(r.0, "a") || d.is(r.0, "an"))
            && r.1 - r.0 <= 8
            && (d.w.t(last).has(Class::ROLE | Class::ORG | Class::GROUP)
                || d.is(last, "tank") && d.is(last - 1, "think"))
    };
    let named = |r: Range| (r.0..r.1).any(|k| d.w.t(k).cap && d.w.t(k).is_word());
    if titled(first) && name(second) {
        Some((second, first, next))
    } else if name(first) && titled(second) || named(first) && described(second) {
        Some((first, second, next))
    } else {
        None
    }
}

pub struct AsPutIt;

impl Rule for AsPutIt {
    fn name(&self) -> &'static str {
        "as S put it"
    }

    fn why(&self) -> &'static str {
        "“as S put it” credits the wording of the clause around it to S, before, after or inside it"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let (d, i) = (site.d, site.i);
        if !d.is(i, "as") || d.w.t(i).quote != 0 {
            return None;
        }
        let s = site.sentence();
        // "as S put it", "as S once put it", "as S has put it"
        let put = (i + 2..(i + 14).min(s.end.saturating_sub(1)))
            .find(|&k| (d.is(k, "put") || d.is(k, "puts")) && d.is(k + 1, "it"))?;
        let np = as_speaker(site, put)?;
        // the phrase runs on to a comma or the sentence's end: "as S put
        // it in a statement on Monday,"
        let after = put + 2;
        let phrase_end = phrase_end(site, after);
        if (after..phrase_end).any(|k| d.w.t(k).quote != 0 || d.w.t(k).verb.is_some_and(|v| v.strong)) {
            return None;
        }
        credit(site, site.i, np, (put, put + 2), phrase_end, self.name())
    }
}

/// "One official put it bluntly: “…”", "She put it this way: …": how
/// someone worded it, then a colon and the words. Why: reporters bring
/// in a blunt or telling quotation so, with no verb of saying.
pub struct PutItColon;

impl Rule for PutItColon {
    fn name(&self) -> &'static str {
        "put it:"
    }

    fn why(&self) -> &'static str {
        "“S put it bluntly: …” gives S's words after the colon"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let (d, si, i) = (site.d, site.si, site.i);
        if !(d.is(i, "put") || d.is(i, "puts")) || !d.is(i + 1, "it") || d.w.t(i).quote != 0 {
            return None;
        }
        let s = site.sentence();
        // at most three words on how ("bluntly", "more simply", "this
        // way"), none a verb, then the colon
        let colon = (i + 2..(i + 6).min(s.end)).find(|&k| !d.w.t(k).is_word() || d.w.t(k).verb.is_some())?;
        if !d.w.t(colon).is_punct(':') || d.w.t(colon).quote != 0 || colon + 1 >= s.end {
            return None;
        }
        let (content, _) = super::after_colon(d, colon, s.end)?;
        // (or the sentence's subject, past an aside: "One official,
        // granted anonymity, put it bluntly")
        let subject = super::verb::subject_before(d, si, i).or_else(|| {
            let head = d.subject(si, i).filter(|&(_, b)| b <= i)?;
            Some(d.with_apposition(head, i))
        })?;
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(subject),
            cue: Some((i, i + 2)),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

pub struct AsNoted;

impl Rule for AsNoted {
    fn name(&self) -> &'static str {
        "as S noted"
    }

    fn why(&self) -> &'static str {
        "“as S noted” (pointed out, told X, wrote) credits the clause it is set in or beside to S, as “as S put it” does"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        use super::super::lexicon::{Form, Frame};
        let (d, i) = (site.d, site.i);
        if !d.is(i, "as") || d.w.t(i).quote != 0 {
            return None;
        }
        let s = site.sentence();
        // the first verb after "as": a finite verb of saying or telling
        let hi = (i + 12).min(s.end);
        let v = (i + 1..hi).find(|&k| {
            let t = d.w.t(k);
            t.verb.is_some() || t.has(Class::FINITE) || d.phrasal_at(k, s.end).is_some()
        })?;
        if v < i + 2 {
            return None; // "as reported by", "as said": no speaker first
        }
        // "pointed out", or one word: "noted", "told"
        let (frame, form, cue_end) = match d.phrasal_at(v, s.end) {
            Some(p) => p,
            None => d.w.t(v).verb.map(|vb| (vb.frame, vb.form, v + 1))?,
        };
        if form != Form::Finite || !matches!(frame, Frame::Say | Frame::Tell) {
            return None;
        }
        let np = as_speaker(site, v)?;
        // nothing may follow the verb but its hearer ("as she told
        // reporters") and times and places up to the comma: "as S said
        // goodbye" or "as S noted the date" is no credit
        let mut after = cue_end;
        if frame == Frame::Tell {
            after = d.object_end(after, s.end)?;
        }
        let phrase_end = phrase_end(site, after);
        let opens_adjunct = after == phrase_end || d.w.t(after).has(Class::PREP | Class::TIME);
        // words, none a verb but a noun after its determiner ("in her report")
        let plain = |k: usize| {
            let t = d.w.t(k);
            let noun = t.verb.is_none() || k > after && d.w.t(k - 1).has(Class::DET);
            t.quote == 0 && t.is_wordlike() && noun && !t.has(Class::FINITE)
        };
        if !opens_adjunct || !(after..phrase_end).all(plain) {
            return None;
        }
        credit(site, site.i, np, (v, cue_end), phrase_end, self.name())
    }
}

pub struct InTheirWords;

impl Rule for InTheirWords {
    fn name(&self) -> &'static str {
        "in S's words"
    }

    fn why(&self) -> &'static str {
        "“in his words”, “in the words of S” credit the wording after the phrase (or before it, when set off at the end) to S"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let (d, w) = (site.d, site.i);
        if !d.is(w, "words") || d.w.t(w).quote != 0 || w < 2 {
            return None;
        }
        let s = site.sentence();
        // "in the words of S"
        let (start, np, after) = if d.is(w - 1, "the") && d.is(w - 2, "in") && d.is(w + 1, "of") {
            let np = d.w.right_np(w + 2, s.end)?;
            (w - 2, np, np.1)
        } else {
            // "in his words", "in her own words", "in Lavrov's words"
            let owner = if d.is(w - 1, "own") { w.checked_sub(2)? } else { w - 1 };
            let o = d.w.s(owner);
            let possessive = ["his", "her", "their", "its"].iter().any(|p| d.is(owner, p))
                || d.w.t(owner).cap && (o.ends_with("'s") || o.ends_with("’s"));
            if owner == 0 || !possessive || !d.is(owner - 1, "in") {
                return None;
            }
            (owner - 1, (owner, owner + 1), w + 1)
        };
        if start < s.body {
            return None;
        }
        let phrase_end = phrase_end(site, after);
        // nothing but the phrase up to its comma or the sentence's end
        if phrase_end != after {
            return None;
        }
        credit(site, start, np, (start, after), phrase_end, self.name())
    }
}

/// The speaker between "as" at the site and the verb at `verb`: "as one
/// trader put it", "as the minister has often noted".
fn as_speaker(site: &Site, verb: usize) -> Option<(usize, usize)> {
    let (d, i) = (site.d, site.i);
    // the phrase with its determiner: "as one trader put it"
    let np = d.w.right_np(i + 1, verb).or_else(|| {
        let t = d.w.t(i + 1);
        let det = t.has(Class::DET) || t.is_word() && !t.cap && t.verb.is_none() && !t.has(Class::PREP);
        det.then(|| d.w.right_np(i + 2, verb)).flatten().map(|r| (i + 1, r.1))
    })?;
    (np.0 == i + 1 && (np.1..verb).all(|k| d.w.t(k).has(Class::ADVERB | Class::AUX))).then_some(np)
}

/// Where the "as S ..." phrase ends: at a comma or the sentence's end.
fn phrase_end(site: &Site, after: usize) -> usize {
    let (d, s) = (site.d, site.sentence());
    d.comma_or_end(after, s.end)
}

/// The wording an "as S ..." phrase (starting at `i`) credits: the clause after it when it
/// opens the sentence, the clause before it when set off after the
/// wording, or both halves when it sits inside.
fn credit(
    site: &Site,
    i: usize,
    np: (usize, usize),
    cue: (usize, usize),
    phrase_end: usize,
    rule: &'static str,
) -> Option<Candidate> {
    let (d, si) = (site.d, site.si);
    let s = site.sentence();
    let at_start = i == s.body || (i == s.body + 1 && d.w.t(s.body).has(Class::SENT_ADV));
    // the wording after the phrase, to the clause's end
    let rest = (phrase_end < s.end && d.w.t(phrase_end).is_punct(','))
        .then(|| d.trim(phrase_end + 1, d.clause_end(phrase_end + 1, s.end)))
        .filter(|r| r.0 < r.1);
    // set off after the wording ("..., as S put it") or inside it
    let set_off = i > s.body && {
        let p = d.w.t(i - 1);
        p.is_punct(',') || (p.is_quote() && p.quote != 0 && i >= s.body + 2 && d.w.t(i - 2).is_punct(','))
    };
    let content = if at_start {
        vec![rest?]
    } else if set_off {
        let end = if d.w.t(i - 1).is_punct(',') { i - 1 } else { i };
        match (d.content_before(si, end), rest) {
            (Some(before), Some(r)) => vec![before, r],
            (Some(before), None) => vec![before],
            // inside the wording, a one-word subject before it: "Prices,
            // as S noted, kept rising"
            (None, Some(r)) if (s.body..end).any(|k| d.w.t(k).is_wordlike()) => vec![(s.body, end), r],
            _ => return None,
        }
    } else {
        return None;
    };
    // a report inside names its own speaker
    if content.iter().any(|c| d.has_report(c.0, c.1)) {
        return None;
    }
    Some(Candidate {
        content,
        source: Source::Mention(Mention { head: np, desc: None }),
        cue: Some(cue),
        sentence: si,
        rule,
        set_apart: false,
    })
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
    fn according_to_before_a_clause_with_a_verb_and_its_topic_credits_the_clause() {
        // "insists on", "talks about": the clause's verb takes a topic,
        // not what was said, so the source said the clause; and the
        // phrase itself is never what was said
        for clause in ["the port insists on keeping its cranes", "the port talks about new cranes"] {
            let f = one(&format!("According to a source at the harbour office, {clause}."));
            assert_eq!(f.content, clause);
            assert_eq!(f.speaker.as_deref(), Some("source at the harbour office"), "{clause}");
        }
        // a report inside still names its own speaker
        let f =
            one("According to a source at the harbour office, the mayor said on Tuesday that the cranes were sold.");
        assert_eq!(f.speaker.as_deref(), Some("mayor"), "{f:?}");
    }

    #[test]
    fn a_relative_clause_about_a_trailing_source_is_not_its_name() {
        let f =
            one("The ferry will sail in May, according to people familiar with the plans who asked not to be named.");
        assert_eq!(f.content, "The ferry will sail in May");
        assert_eq!(f.source.as_deref(), Some("people familiar with the plans"));
    }

    #[test]
    fn in_someone_s_words_credits_the_wording_to_them() {
        let found = run(
            "Ferry strike\n\nMayor Ines Duarte met the crews on Friday.\n\nIn her words, the ferries “will sail again once the pay is fixed”.\n",
        );
        let f = found.iter().find(|f| f.content.starts_with("the ferries")).expect("the credited wording");
        assert_eq!(f.speaker.as_deref(), Some("Ines Duarte"));
        assert_eq!(f.content, "the ferries “will sail again once the pay is fixed”");
        assert_eq!(f.cue.as_deref(), Some("In her words"));
        for (text, source) in [
            ("In the words of Kaja Kallas, the quay is a lifeline for the islands.", "Kaja Kallas"),
            ("In Sybiha's words, the quay is a lifeline for the islands.", "Sybiha's"),
            ("The quay is a lifeline for the islands, in the words of Kaja Kallas.", "Kaja Kallas"),
        ] {
            let f = one(text);
            assert_eq!(f.content.to_lowercase(), "the quay is a lifeline for the islands", "{text}");
            assert_eq!(f.source.as_deref(), Some(source), "{text}");
        }
        // a phrase that credits no one
        assert!(run("In other words, the quay is a lifeline for the islands.").is_empty());
    }

    #[test]
    fn before_the_clause() {
        let f = one("According to the Kremlin, the call lasted almost two hours.");
        assert_eq!(f.content, "the call lasted almost two hours");
        assert_eq!(f.actor.as_deref(), Some("kremlin"));
        assert_eq!(f.cue.as_deref(), Some("According to"));
    }

    #[test]
    fn a_source_named_and_described_is_one_source() {
        // the name after the office, or the office after the name, each
        // set off by commas: the clause starts after both
        let f = one("According to the port's chief engineer, Ruth Okafor Mensah, the cranes will be back by May.");
        assert_eq!(f.content, "the cranes will be back by May");
        assert_eq!(f.source.as_deref(), Some("Ruth Okafor Mensah"));
        let f = one("According to Andrii Sybiha, Ukraine's foreign minister, the draft changed nothing.");
        assert_eq!(f.content, "the draft changed nothing");
        assert_eq!(f.actor.as_deref(), Some("ukrainian-mfa"));
        // a place set off by commas is no apposition
        let f = one("According to the mayor, Odesa, like other ports, lost power twice.");
        assert_eq!(f.content, "Odesa, like other ports, lost power twice");
    }

    #[test]
    fn a_named_source_and_what_it_is_is_one_source() {
        for (text, source) in [
            (
                "According to the Harbour Policy Lab, a Lisbon-based think tank, freight fell by a third.",
                "Harbour Policy Lab",
            ),
            ("According to Porto Watch, an independent monitoring group, freight fell by a third.", "Porto Watch"),
        ] {
            let f = one(text);
            assert_eq!(f.content, "freight fell by a third", "{text}");
            assert!(f.source.as_deref().is_some_and(|s| s.contains(source)), "{text}: {f:?}");
        }
        // what follows a source and a comma is the clause, however it opens
        let f = one("According to the ministry, a ferry, once repaired, would sail at noon.");
        assert_eq!(f.content, "a ferry, once repaired, would sail at noon");
    }

    #[test]
    fn after_the_clause() {
        let f = one("Loading resumed at dawn, according to three traders in Odesa.");
        assert_eq!(f.content, "Loading resumed at dawn");
        assert_eq!(f.source.as_deref(), Some("three traders in Odesa"));
        assert_eq!(f.actor, None);
    }

    #[test]
    fn set_off_inside_the_clause_it_credits_the_clause_around_it() {
        let f = one("The ferry, according to two port officials, will not sail before March.");
        assert_eq!(f.content, "The ferry … will not sail before March");
        assert_eq!(f.source.as_deref(), Some("two port officials"));
        // after a whole clause, what follows is the source's description,
        // words about it or a clause of its own
        for tail in ["head of the harbour board", "which gave no reason", "and the tug was early"] {
            let f = one(&format!("The ferry was late, according to Ana Lind, {tail}."));
            assert_eq!(f.content, "The ferry was late", "{tail}");
        }
        let f = one("The ferry, according to the harbour board, which gave no reason, was late.");
        assert!(!f.content.contains("which"), "{}", f.content);
    }

    #[test]
    fn a_report_inside_names_its_own_speaker() {
        let f = one("According to the minutes, Lavrov told his guest that sanctions would change nothing.");
        assert_eq!(f.speaker.as_deref(), Some("Sergei Lavrov"));
        assert_eq!(f.content, "sanctions would change nothing");
        // with an adverb between the speaker and the verb
        let f = one("According to the minutes, Lavrov also told his guest that sanctions would change nothing.");
        assert_eq!(f.speaker.as_deref(), Some("Sergei Lavrov"));
    }

    #[test]
    fn set_off_before_the_verb_it_credits_the_report_that_follows() {
        let f = one("Erdogan, according to his office, told the visitors that the strait would stay open.");
        assert_eq!(f.content, "the strait would stay open");
        assert_eq!(f.cue.as_deref(), Some("told"));
    }

    #[test]
    fn someone_put_it_then_a_colon_gives_their_words() {
        for (text, content) in [
            (
                "One port official, who asked not to be named, put it bluntly: “Nobody wants to sail first.”",
                "Nobody wants to sail first.",
            ),
            ("The mayor put it more simply: the port has to pay its way.", "the port has to pay its way"),
            (
                "One port official, granted anonymity to talk freely, put it this way: “The ships wait, the fees do not.”",
                "The ships wait, the fees do not.",
            ),
        ] {
            let found = run(&format!("Port news\n\n{text}\n"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].content, content, "{text}");
            assert_eq!(found[0].cue.as_deref(), Some("put it"), "{text}");
        }
        // something put somewhere is no wording
        assert!(run("Port news\n\nThe mayor put it on the agenda: fees, tolls and berths.\n").is_empty());
    }

    #[test]
    fn as_someone_put_it_before_after_or_inside_the_wording() {
        let f =
            one("As Ms. Varga put it in a letter last week, the agency offers \"a view you will not find elsewhere.\"");
        assert_eq!(f.speaker.as_deref(), Some("Varga"));
        assert_eq!(f.content, "the agency offers \"a view you will not find elsewhere.\"");
        assert_eq!(f.cue.as_deref(), Some("put it"));
        let f = one("The price cap was \"a sieve with holes in it,\" as one diplomat put it.");
        assert_eq!(f.source.as_deref(), Some("one diplomat"));
        assert!(f.content.starts_with("The price cap was"), "{}", f.content);
        let f = one("The new plan is, as Lavrov once put it, \"the old plan in a new coat.\"");
        assert_eq!(f.speaker.as_deref(), Some("Sergei Lavrov"));
        assert!(f.content.contains("the old plan in a new coat"), "{}", f.content);
        // "as it was put" and "put it on the table" are no credit
        assert!(run("The bill, as drafted, would put it on the table.").is_empty());
    }

    #[test]
    fn as_someone_noted_credits_the_clause_too() {
        let f = one("As the harbour director pointed out, the cranes have stood idle since June.");
        assert_eq!(f.content, "the cranes have stood idle since June");
        assert_eq!(f.source.as_deref(), Some("the harbour director"));
        assert_eq!(f.cue.as_deref(), Some("pointed out"));
        let f = one("The tunnel, as Ms. Ortiz noted in her report, has leaked for a decade.");
        assert_eq!(f.content, "The tunnel … has leaked for a decade");
        let f = one("Ferries, as the harbour director noted, will stop running in January.");
        assert_eq!(f.content, "Ferries … will stop running in January");
        let f = one("Fares will rise again in spring, as the operator told passengers on Monday.");
        assert_eq!(f.content, "Fares will rise again in spring");
        assert_eq!(f.source.as_deref(), Some("the operator"));
        // "as" of time or manner is no credit
        for text in ["As the mayor said goodbye, the band began to play.", "The crowd left as the mayor spoke."] {
            assert!(run(text).iter().all(|f| f.rule_name() != "as S noted"), "{text}");
        }
    }

    #[test]
    fn not_in_the_middle_of_a_clause() {
        assert!(run("The fees were set according to the size of each farm.").is_empty());
    }
}
