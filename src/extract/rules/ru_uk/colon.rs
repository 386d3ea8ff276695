//! `Рютте заявив: «Q»` in one sentence, `Захарова написала в
//! Telegram-канале:` before a paragraph that is what was said, and the
//! rubric `Пряма мова: "Q"` of Ukrainian news sites, whose speaker is the
//! one the `Джерело:` line (or the story so far) names.

use super::super::super::doc::Doc;
use super::super::super::lexicon::slavic::flags::*;
use super::super::super::lexicon::slavic::fold;
use super::super::super::lexicon::{Class, Form};
use super::super::super::mentions::{Mention, Range};
use super::super::{Candidate, Rule, Site, Source};
use super::S;

pub struct ColonQuote(pub &'static str);

impl Rule for ColonQuote {
    fn name(&self) -> &'static str {
        "colon quote (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "a reporting verb and a colon introduce the quotation that follows: заявил: «…»"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let s = S::new(site.d, self.0);
        let (si, i) = (site.si, site.i);
        let v = s.verb(i)?;
        if v.form != Form::Finite || s.flags(i) & (RELAY | QUOTING) != 0 {
            return None;
        }
        let sent = s.d.sents[si];
        let colon = (i + 1..sent.end.min(i + 10)).find(|&k| s.t(k).is_punct(':') && s.t(k).quote == 0)?;
        if !s.only_adjuncts(i + 1, colon) || colon + 1 >= sent.end {
            return None;
        }
        let a = colon + 1;
        let content = match s.quote_range(a) {
            Some(q) => q,
            None => {
                let e = s.content_end(si, a);
                if (a..e).filter(|&k| s.t(k).is_wordlike()).count() < 3 {
                    return None;
                }
                (a, e)
            }
        };
        let source = s
            .subject_left(si, i)
            .or_else(|| s.np_right(i + 1, colon).map(|head| Mention { head, desc: None }))
            .map(Source::Mention)
            .or_else(|| site.earlier.last().map(|_| Source::Inherit(site.base + site.earlier.len() - 1)))?;
        Some(Candidate {
            set_apart: false,
            content: vec![content],
            source,
            cue: Some((i, colon + 1)),
            sentence: si,
            rule: self.name(),
        })
    }
}

pub struct BlockQuote(pub &'static str);

impl Rule for BlockQuote {
    fn name(&self) -> &'static str {
        "block quote (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "a paragraph ending “X написал в Telegram:” introduces the next paragraph; “Пряма мова:” a quote"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let s = S::new(d, self.0);
        for si in 0..d.sents.len() {
            let c = self.block(&s, si).or_else(|| self.labelled(&s, si, out));
            if let Some(c) = c
                && !out.iter().any(|o| c.content.iter().any(|&r| o.overlaps(r)))
            {
                out.push(c);
            }
        }
    }
}

impl BlockQuote {
    /// A sentence ending with a reporting verb and a colon, at the end of
    /// its paragraph: the next paragraph.
    fn block(&self, s: &S, si: usize) -> Option<Candidate> {
        let d = s.d;
        let sent = d.sents[si];
        let last = sent.end - 1;
        if !s.t(last).is_punct(':') {
            return None;
        }
        let next = d.sents.get(si + 1)?;
        if next.para != sent.para + 1 {
            return None;
        }
        let v = (sent.body..last).rev().find(|&k| {
            s.verb(k).is_some_and(|v| v.form == Form::Finite) && s.flags(k) & (RELAY | QUOTING | DOCUMENT) == 0
        })?;
        if !s.only_adjuncts(v + 1, last) {
            return None;
        }
        let mention =
            s.subject_left(si, v).or_else(|| s.np_right(v + 1, last).map(|head| Mention { head, desc: None }))?;
        let first = s.t(next.body);
        let content: Range = if first.quote != 0 && first.is_quote() {
            s.quote_range(next.body)?
        } else {
            let end = d.sents.iter().filter(|x| x.para == next.para).map(|x| x.end).max().unwrap_or(next.end);
            (next.body, end)
        };
        Some(Candidate {
            set_apart: false,
            content: vec![content],
            source: Source::Mention(mention),
            cue: Some((v, last + 1)),
            sentence: si,
            rule: self.name(),
        })
    }

    /// `Пряма мова: "Q"`: the quotation after the label, spoken by the
    /// source the `Джерело:` line names, else by the speaker before.
    fn labelled(&self, s: &S, si: usize, out: &[Candidate]) -> Option<Candidate> {
        let d = s.d;
        let sent = d.sents[si];
        let lex = s.lex;
        let label = lex.tables.quote_labels.iter().find(|l| starts_with_label(s, sent.body, l))?;
        let a = sent.body + label.split_whitespace().count() + 1;
        if a >= sent.end {
            return None;
        }
        // the quotation, or the rest of the paragraph
        let content = match s.quote_range(a) {
            Some(q) => q,
            None => {
                let end = d.sents.iter().filter(|x| x.para == sent.para).map(|x| x.end).max().unwrap_or(sent.end);
                (a, s.trim_end(a, end))
            }
        };
        let at = s.t(sent.body).start;
        // the nearest source line before
        let source_line = (0..si).rev().find_map(|k| {
            let b = d.sents[k].body;
            let l = lex.tables.source_labels.iter().find(|l| starts_with_label(s, b, l))?;
            let start = b + l.split_whitespace().count() + 1;
            let end = d.sents[k].end;
            // the name, up to a preposition
            let e = (start..end).find(|&j| s.t(j).has(Class::PREP) || s.t(j).is_any_punct(&[',', '.']))?;
            (e > start && s.speaker_like((start, e))).then_some((start, e))
        });
        let source = match source_line {
            Some(head) => Source::Mention(Mention { head, desc: None }),
            None => Source::Inherit(super::super::statement_before(d, at, out)?),
        };
        Some(Candidate {
            set_apart: false,
            content: vec![content],
            source,
            cue: Some((sent.body, a)),
            sentence: si,
            rule: self.name(),
        })
    }
}

/// Whether the words at `k` are the label `l` followed by a colon.
pub(crate) fn starts_with_label(s: &S, k: usize, l: &str) -> bool {
    let words: Vec<&str> = l.split_whitespace().collect();
    k + words.len() < s.n()
        && words.iter().enumerate().all(|(i, w)| s.t(k + i).is_word() && fold(s.s(k + i)) == fold(w))
        && s.t(k + words.len()).is_punct(':')
}
