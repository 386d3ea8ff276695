//! Headlines: `Песков: text` and `Олександр Мережко: «Q»` (what follows the
//! colon), `text – Повітряні сили` (the speaker after a dash at the end),
//! and a headline that is only a quotation, which belongs to the person
//! the story then quotes first.

use super::super::super::doc::Doc;
use super::super::super::lexicon::Class;
use super::super::super::mentions::{Mention, Range};
use super::super::{Candidate, Rule, Source};
use super::S;

pub struct Headline(pub &'static str);

impl Rule for Headline {
    fn name(&self) -> &'static str {
        "headline (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "headlines credit a speaker with a colon (Песков: …), a final dash (… – Повітряні сили) or not at all («…»)"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let s = S::new(d, self.0);
        let Some(first) = d.sents.first() else { return };
        if first.para != 0 {
            return;
        }
        // the headline: the first paragraph, a single line
        let end = d.sents.iter().filter(|x| x.para == 0).map(|x| x.end).max().unwrap_or(first.end);
        let a = first.body;
        if end - a > 40 {
            return;
        }
        // "Name: text" and "text – Name" credit the whole line: a verb
        // inside it ("Сибіга: Москва відкидає …") is part of what was said
        if let Some(c) = self.colon(&s, a, end).or_else(|| self.final_dash(&s, a, end)) {
            for o in out.iter_mut() {
                let in_headline = d.sents.get(o.sentence).is_some_and(|x| x.para == 0);
                if in_headline && c.content.iter().any(|&r| o.overlaps(r)) {
                    super::withdraw(o);
                }
            }
            out.push(c);
            return;
        }
        if let Some(c) = self.bare_quote(&s, a, end, out)
            && !out.iter().any(|o| c.content.iter().any(|&r| o.overlaps(r)))
        {
            out.push(c);
        }
    }
}

impl Headline {
    /// `Name: text`, the name one to four words.
    fn colon(&self, s: &S, a: usize, end: usize) -> Option<Candidate> {
        let colon = (a + 1..end.min(a + 6)).find(|&k| s.t(k).is_punct(':') && s.t(k).quote == 0)?;
        let head: Range = (a, colon);
        if !(a..colon).all(|k| s.t(k).is_word() && s.t(k).verb.is_none())
            || !(a..colon).any(|k| s.is_name_word(k) || s.t(k).has(Class::ROLE | Class::ORG))
        {
            return None;
        }
        let b = colon + 1;
        if b >= end {
            return None;
        }
        let content = match s.quote_range(b) {
            Some(q) if q.1 + 1 >= end => q,
            _ => (b, s.trim_end(b, end)),
        };
        if (content.0..content.1).filter(|&k| s.t(k).is_wordlike()).count() < 2 {
            return None;
        }
        Some(self.candidate(content, Source::Mention(Mention { head, desc: None }), Some((colon, colon + 1))))
    }

    /// `text – Speaker`: a short name or body after the last dash.
    fn final_dash(&self, s: &S, a: usize, end: usize) -> Option<Candidate> {
        let e = s.trim_end(a, end);
        let dash = (a + 1..e).rev().find(|&k| s.is_dash(k) && s.t(k).quote == 0)?;
        let head: Range = (dash + 1, e);
        let n = head.1 - head.0;
        if n == 0 || n > 4 || (head.0..head.1).any(|k| s.t(k).verb.is_some() || !s.t(k).is_word()) {
            return None;
        }
        if !s.t(head.0).cap {
            return None;
        }
        if (a..dash).filter(|&k| s.t(k).is_wordlike()).count() < 3 {
            return None;
        }
        let content = match s.quote_range(a) {
            Some(q) if q.1 == dash => q,
            _ => (a, dash),
        };
        let mut c = self.candidate(content, Source::Mention(Mention { head, desc: None }), Some((dash, dash + 1)));
        // reported, not quoted: "X – Speaker" is indirect
        c.rule = "headline credit (ru/uk)";
        Some(c)
    }

    /// A headline that opens with a quotation and names no one: the
    /// person the story quotes first.
    fn bare_quote(&self, s: &S, a: usize, end: usize, out: &[Candidate]) -> Option<Candidate> {
        let q = s.quote_range(a)?;
        if q.1 < end.saturating_sub(3) && !s.t(q.1).is_terminal() {
            return None;
        }
        // the first statement after the headline whose speaker is named
        let first = out
            .iter()
            .enumerate()
            .filter(|(_, c)| c.content[0].0 >= end && matches!(c.source, Source::Mention(_)))
            .min_by_key(|(_, c)| c.content[0].0)
            .map(|(k, _)| k)?;
        let _ = &s;
        Some(self.candidate(q, Source::Inherit(first), None))
    }

    fn candidate(&self, content: Range, source: Source, cue: Option<Range>) -> Candidate {
        Candidate { set_apart: false, content: vec![content], source, cue, sentence: 0, rule: self.name() }
    }
}
