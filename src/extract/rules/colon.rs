//! `S said:` at the end of a paragraph: the next paragraph, quoted or
//! not, is what was said (block quotes, statements read out, posts).

use super::super::doc::Doc;
use super::super::lexicon::Frame;
use super::super::mentions::Range;
use super::{Candidate, Rule, Source, VerbSite};

pub struct ColonBlock;

impl Rule for ColonBlock {
    fn name(&self) -> &'static str {
        "colon block"
    }

    fn why(&self) -> &'static str {
        "a paragraph ending “S said:” introduces the next paragraph as what was said"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        for si in 0..d.sents.len() {
            if let Some(c) = self.at_sentence(d, si)
                && !out.iter().any(|o| c.content.iter().any(|&r| o.overlaps(r)))
            {
                out.push(c);
            }
        }
    }
}

impl ColonBlock {
    fn at_sentence(&self, d: &Doc, si: usize) -> Option<Candidate> {
        let s = d.sents[si];
        let last = s.end - 1;
        if !d.w.t(last).is_punct(':') || si + 1 >= d.sents.len() {
            return None;
        }
        let next = d.sents[si + 1];
        if next.para != s.para + 1 {
            return None;
        }
        // the last verb of saying with a subject in the sentence (the
        // subject found past an aside: "Lavrov, speaking in Moscow, said:")
        let (v, mention) = (s.body..last).rev().find_map(|k| {
            let t = d.w.t(k);
            if t.quote != 0 || !t.verb.is_some_and(|v| matches!(v.frame, Frame::Say | Frame::Tell)) {
                return None;
            }
            let site = VerbSite::at(d, si, k).filter(|v| !v.participle)?;
            Some((k, site.subject?))
        })?;
        let first = d.w.t(next.body);
        let quoted = first.quote != 0 && first.is_quote();
        let content: Range = if quoted {
            let q = &d.quotes[first.quote as usize - 1];
            (q.open, q.close + 1)
        } else {
            // the whole next paragraph
            let end = d.sents.iter().filter(|x| x.para == next.para).map(|x| x.end).max().unwrap_or(next.end);
            (next.body, end)
        };
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(mention),
            cue: Some((v, last + 1)),
            sentence: si,
            rule: self.name(),
            set_apart: !quoted,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::Kind;
    use super::super::testing::{one, run};

    #[test]
    fn the_next_paragraph_is_what_was_said() {
        let text = "Zakharova, speaking at a briefing in Moscow, said:\n\n«The list of conditions has not changed. It will not change because someone is impatient.»\n\nThe briefing then moved on.\n";
        let f = one(text);
        assert!(f.content.starts_with("The list of conditions"), "{}", f.content);
        assert!(f.content.ends_with("someone is impatient."), "{}", f.content);
        assert_eq!(f.kind, Kind::Direct);
        assert_eq!(f.speaker.as_deref(), Some("Maria Zakharova"));
        assert_eq!(f.cue.as_deref(), Some("said:"));
    }

    #[test]
    fn a_block_without_quote_marks() {
        let text = "Sybiha wrote:\n\nA pause that lets the shelling go on is not a pause. We want the guns silent first.\n\nMarkets barely moved.\n";
        let f = one(text);
        assert_eq!(f.content, "A pause that lets the shelling go on is not a pause. We want the guns silent first.");
        assert_eq!(f.actor.as_deref(), Some("ukrainian-mfa"));
    }

    #[test]
    fn a_negated_verb_or_no_next_paragraph_opens_nothing() {
        assert!(
            run("Lavrov did not say:\n\n«Nothing will change.»\n").iter().all(|f| f.cue.as_deref() != Some("say:"))
        );
        assert!(run("The list was short:").is_empty());
    }
}
