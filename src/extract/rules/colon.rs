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
            let Some(c) = self.at_sentence(d, si) else { continue };
            // "Here is what he said:" over paragraphs each opened by what
            // it is about ("On troops: “…”"): one statement each
            let mut next = c.content[0].1;
            let mut cs = vec![c];
            while let Some(n) = d.sents.iter().position(|x| x.start >= next)
                && d.sents[n].para == d.sents[n - 1].para + 1
                && let Some(q) = labelled_quote(d, n)
            {
                next = q.1;
                cs.push(Candidate { content: vec![q], ..cs[0].clone() });
            }
            for c in cs {
                if !out.iter().any(|o| c.content.iter().any(|&r| o.overlaps(r))) {
                    out.push(c);
                }
            }
        }
    }
}

/// The quotation of a paragraph that opens with what it is about, as a
/// label of at most five words (no verb) and a colon, then a quotation
/// that ends the paragraph: "On troops: “…”". Why: a story that lists
/// someone's remarks by subject heads each with the subject.
fn labelled_quote(d: &Doc, si: usize) -> Option<Range> {
    let s = d.sents[si];
    if si > 0 && d.sents[si - 1].para == s.para {
        return None;
    }
    let colon = (s.body + 1..(s.body + 6).min(s.end)).find(|&k| d.w.t(k).is_punct(':'))?;
    if !(s.body..colon).all(|k| d.w.t(k).is_word() && d.w.t(k).quote == 0 && d.w.t(k).verb.is_none()) {
        return None;
    }
    let open = d.w.toks.get(colon + 1)?;
    if !open.is_quote() || open.quote == 0 {
        return None;
    }
    let q = &d.quotes[open.quote as usize - 1];
    let end = d.sents[si..].iter().take_while(|x| x.para == s.para).last().map_or(s.end, |x| x.end);
    // (a full stop after the closing mark at most)
    let ends_para = q.close + 1 == end || q.close + 2 == end && d.w.t(q.close + 1).is_terminal();
    (q.open == colon + 1 && q.closed && ends_para).then_some((q.open, q.close + 1))
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
        let labelled = labelled_quote(d, si + 1);
        let content: Range = if let Some(q) = labelled {
            q
        } else if quoted {
            let q = &d.quotes[first.quote as usize - 1];
            (q.open, q.close + 1)
        } else {
            // the whole next paragraph, if it ends as speech does (a
            // heading is what comes after "Here is what they said:", as
            // a list of who said what: "BELGIAN PRIME MINISTER …")
            let end = d.sents.iter().filter(|x| x.para == next.para).map(|x| x.end).max().unwrap_or(next.end);
            let last = d.w.t(end - 1);
            if !(last.is_terminal() || last.is_quote()) {
                return None;
            }
            (next.body, end)
        };
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(mention),
            cue: Some((v, last + 1)),
            sentence: si,
            rule: self.name(),
            set_apart: !quoted && labelled.is_none(),
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
    fn remarks_listed_by_subject_are_one_statement_each() {
        let text = "Sybiha spoke after the talks. This is what he said:\n\nOn grain: “The corridor stays open all winter.”\n\nOn the border: “Every crossing will be checked twice.”\n\nThe talks resume in May.\n\nOn Friday: “Nothing here was said by him.”\n";
        let found = run(text);
        let said: Vec<&str> = found.iter().map(|f| f.content.as_str()).collect();
        assert_eq!(said, ["The corridor stays open all winter.", "Every crossing will be checked twice."], "{found:?}");
        assert!(found.iter().all(|f| f.speaker.as_deref() == Some("Andrii Sybiha") && f.kind == Kind::Direct));
    }

    #[test]
    fn a_heading_after_the_colon_is_no_block() {
        let text = "Port towns meet on Monday. Here is what their mayors have said:\n\nMAYOR OF ODESA IVAN PETRENKO\n\nPetrenko said the quay would reopen.\n";
        let found = run(text);
        assert!(!found.iter().any(|f| f.content.starts_with("MAYOR")), "{found:?}");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_negated_verb_or_no_next_paragraph_opens_nothing() {
        assert!(
            run("Lavrov did not say:\n\n«Nothing will change.»\n").iter().all(|f| f.cue.as_deref() != Some("say:"))
        );
        assert!(run("The list was short:").is_empty());
    }
}
