//! `C. S said this on Friday.` and `C. This was stated by S.`: the
//! attribution comes in the sentence after what was said and points back
//! at it, as agencies that write in Ukrainian or Russian first put it in
//! their English copy (the lead, then "The minister said this during a
//! meeting with …, the agency reports"). The Russian and Ukrainian form
//! is [`super::ru_uk`]'s pointing rule. An outlet in that place ("This
//! was reported by Reuters") only relays: no statement.

use super::super::doc::Doc;
use super::super::lexicon::{Class, Form, Frame};
use super::super::mentions::{Mention, Range};
use super::verb::VerbSite;
use super::{Candidate, Rule, Source};

pub struct SaidThis;

impl Rule for SaidThis {
    fn name(&self) -> &'static str {
        "pointing back"
    }

    fn why(&self) -> &'static str {
        "“S said this …” or “This was stated by S” after a sentence credits that sentence to S"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        for si in 1..d.sents.len() {
            if let Some(c) = at_sentence(d, si)
                && !out.iter().any(|o| o.sentence == si || c.content.iter().any(|&r| o.overlaps(r)))
            {
                out.push(c);
            }
        }
    }
}

/// How far into its sentence the verb may stand in "S said this": past a
/// subject with its title and a fronted time ("On Monday, …"). Every
/// sentence is scanned this far, so the reach is kept short.
const VERB_REACH: usize = 10;

/// A reporting verb of saying outside quotations, in a finite form.
fn says(d: &Doc, k: usize) -> bool {
    let t = d.w.t(k);
    t.quote == 0 && t.verb.is_some_and(|v| v.form != Form::Gerund && v.frame == Frame::Say && !v.bare)
}

/// The statement sentence `si` points back at, if it is such an
/// attribution.
fn at_sentence(d: &Doc, si: usize) -> Option<Candidate> {
    let sent = d.sents[si];
    let b = sent.body;
    let (v, head, rest) = if d.is(b, "this") && d.is(b + 1, "was") {
        // "This was stated by the minister during a visit to Lviv."
        let v = b + 2;
        if v + 2 >= sent.end || !says(d, v) || !d.is(v + 1, "by") {
            return None;
        }
        let head = d.w.right_np(v + 2, sent.end)?;
        (v, head, head.1)
    } else {
        // "The minister said this during a visit to Lviv." ("said this
        // week", "said this was …" are other things)
        // (the first verb of saying is the attribution's)
        let v = (b + 1..sent.end.min(b + VERB_REACH)).find(|&k| says(d, k)).filter(|&k| d.is(k + 1, "this"))?;
        if v + 2 < sent.end && d.w.t(v + 2).has(Class::TIME) {
            return None;
        }
        let site = VerbSite::at(d, si, v)?;
        let subject = site.subject?;
        (v, subject.head, v + 2)
    };
    if !d.only_adjuncts(rest, sent.end) || (head.0..head.1).any(|k| d.w.t(k).has(Class::OUTLET)) {
        return None;
    }
    let content = before(d, si)?;
    Some(Candidate {
        content: vec![content],
        source: Source::Mention(Mention { head, desc: None }),
        cue: Some((v, v + 1)),
        sentence: si,
        rule: "pointing back",
        set_apart: false,
    })
}

/// The sentence before `si`, whole ([`Doc::points_back_to_previous`]),
/// of at least four words.
fn before(d: &Doc, si: usize) -> Option<Range> {
    if !d.points_back_to_previous(si) {
        return None;
    }
    let prev = d.sents[si - 1];
    let (a, e) = d.trim(prev.body, prev.end);
    ((a..e).filter(|&k| d.w.t(k).is_wordlike()).count() >= 4).then_some((a, e))
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;

    #[test]
    fn the_sentence_before_is_what_the_speaker_said() {
        for line in [
            "Andrii Sybiha said this during a meeting with his Estonian counterpart in Kyiv, Ukrinform reports.",
            "Ukraine's foreign minister Andrii Sybiha stated this on Facebook.",
            "This was stated by Foreign Minister Andrii Sybiha at a briefing in Kyiv.",
        ] {
            let found = run(&format!(
                "Ferry route\n\nThe Danube ferry route will reopen for grain barges next month.\n\n{line}\n"
            ));
            assert_eq!(found.len(), 1, "{line}: {found:?}");
            assert_eq!(found[0].content, "The Danube ferry route will reopen for grain barges next month");
            assert_eq!(found[0].speaker.as_deref(), Some("Andrii Sybiha"), "{line}");
            assert_eq!(found[0].actor.as_deref(), Some("ukrainian-mfa"), "{line}");
        }
    }

    #[test]
    fn no_statement_from_an_outlet_a_time_or_a_clause() {
        for line in [
            // an agency only relays
            "This was reported by Reuters.",
            // "this week" is a time, and "this was …" a clause of its own
            "Andrii Sybiha said this week.",
            "Andrii Sybiha said this was only the start.",
        ] {
            let found = run(&format!(
                "Ferry route\n\nThe Danube ferry route will reopen for grain barges next month.\n\n{line}\n"
            ));
            assert!(!found.iter().any(|f| f.content.contains("Danube")), "{line}: {found:?}");
        }
        // a headline is nobody's words
        let found = run("The Danube ferry route will reopen for grain barges\n\nAndrii Sybiha said this in Kyiv.\n");
        assert!(found.is_empty(), "{found:?}");
    }
}
