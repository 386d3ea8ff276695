//! `«Q», — заявил Песков.` / `«Q», – наголосив Сибіга.` and, without
//! quotation marks, `C, сообщил мэр Собянин.` or a line of dialogue
//! `— C, — говорит X.`: the attribution after what was said. A quotation
//! interrupted by its attribution (`«Q1, — сказал он. — Q2»`) is two
//! statements, one per piece.

use super::super::super::doc::Doc;
use super::super::super::lexicon::slavic::flags::*;
use super::super::super::lexicon::{Class, Form, Frame};
use super::super::super::mentions::{Mention, Range};
use super::super::{Candidate, Rule, Site, Source};
use super::S;

pub struct DashAttribution(pub &'static str);

impl Rule for DashAttribution {
    fn name(&self) -> &'static str {
        "dash attribution (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "Russian and Ukrainian copy credits a quote after it: «…», — заявил X; also C, сообщил X"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let s = S::new(site.d, self.0);
        let (si, i) = (site.si, site.i);
        let v = s.verb(i)?;
        if v.form != Form::Finite {
            return None;
        }
        let flags = s.flags(i);
        let body = s.body(si);
        let sent = s.d.sents[si];
        // "передает РИА Новости со ссылкой на экстренные службы": the
        // source cited is the speaker; an agency alone relays
        let cited = (i + 1..sent.end).any(|k| s.is_any(k, &["ссылкой", "посиланням"]));
        if flags & NO_CONTENT != 0 || flags & RELAY != 0 && !cited {
            return None;
        }
        // the subject may stand between the dash and the verb: "— Песков добавил"
        let mut before = i;
        while before > body && (s.is_name_word(before - 1) || s.t(before - 1).has(Class::PRONOUN | Class::ADVERB)) {
            before -= 1;
        }
        if before == body {
            return None;
        }
        let dash = s.is_dash(before - 1);
        let comma = s.t(before - 1).is_punct(',') && s.t(before - 1).quote == 0;
        if !(dash || comma) {
            return None;
        }
        // "Как писал РБК, Макрон заявил, что …": a verb with a clause or
        // colon of its own after it credits that, not the words before
        let own = |k: usize| k < sent.end && (s.t(k).is_punct(':') || s.is_any(k, &["что", "що", "чтобы", "щоб"]));
        if comma && (own(i + 1) || i + 2 < sent.end && s.t(i + 1).is_punct(',') && own(i + 2)) {
            return None;
        }
        // "Выступая на брифинге, Лавров обвинил Лондон в …": a verb whose
        // content is its object, its subject before it, says what follows
        // it; the words before the comma set the scene
        // (or a hearer and what they are urged to do: "закликав партнерів
        // посилити …")
        // (and with an aside before the verb: "Рябков, в свою очередь,
        // назвал инициативу «…»": a verb whose content is its object
        // never credits the words before its comma)
        let infinitive = |k: usize| s.t(k).is_word() && super::reported::is_infinitive(s.s(k));
        if comma
            && (content_is_object(v.frame)
                || before < i && v.frame == Frame::Tell && (i + 1..sent.end.min(i + 4)).any(infinitive))
        {
            return None;
        }
        let mut c = before - 1;
        while c > body && (s.is_dash(c - 1) || s.t(c - 1).is_punct(',')) && s.t(c - 1).quote == 0 {
            c -= 1;
        }
        // what was said: the quotation closing here, or the words before
        let content = if c > body && s.d.quote_closes_at(c - 1) {
            let q = &s.d.quotes[s.t(c - 1).quote as usize - 1];
            (q.open, q.close + 1)
        } else {
            let mut a = body;
            // a line of dialogue opens with a dash
            while a < c && s.is_dash(a) {
                a += 1;
            }
            let words = (a..c).filter(|&k| s.t(k).is_wordlike()).count();
            if words < 3 || (a..c).any(|k| s.t(k).quote == 0 && (s.t(k).is_punct(':') || s.t(k).is_punct(';'))) {
                return None;
            }
            // "Это нужно, сказал он" needs no dash; "Q, — V" may
            // follow a quotation that opened earlier in the sentence
            (a, c)
        };
        if content.0 < body || content.1 <= content.0 {
            return None;
        }
        // who: after the verb, or between the dash and the verb
        let source = if before < i {
            Mention { head: (before, i), desc: None }
        } else if flags & DOCUMENT != 0 {
            // "— говорится в заявлении министерства": the document's author
            let p = (i + 1..sent.end).find(|&k| s.t(k).has(Class::REPORT_NOUN | Class::MEDIUM))?;
            let np = s.np_right(p + 1, sent.end).unwrap_or((p, p + 1));
            Mention { head: np, desc: None }
        } else {
            self.after_verb(&s, i, sent.end)?
        };
        let dialogue = content.0 > body && s.is_dash(content.0 - 1) && s.t(content.0).quote == 0;
        Some(Candidate {
            set_apart: false,
            content: vec![content],
            source: Source::Mention(source),
            cue: Some((before.saturating_sub(1).max(c), i + 1)),
            sentence: si,
            rule: if dialogue { "dialogue line (ru/uk)" } else { self.name() },
        })
    }
}

/// Whether a verb of `frame` says what it does of its object ("назвал
/// инициативу «…»", "обвинил Лондон в …"): such a verb after a comma
/// never credits the words before it, and the reported rule leaves it
/// to no dash rule ([`super::reported`]'s `dash_would_take`).
pub(super) fn content_is_object(frame: Frame) -> bool {
    matches!(frame, Frame::Accuse | Frame::Object | Frame::Describe | Frame::Attitude)
}

impl DashAttribution {
    /// The speaker named after the verb; an institution after `в` for a
    /// verb in the plural; `X` of `со ссылкой на X`; the object of
    /// `цитирует`. None for an agency.
    fn after_verb(&self, s: &S, i: usize, end: usize) -> Option<Mention> {
        // "со ссылкой на X" / "з посиланням на X"
        if let Some(k) = (i + 1..end).find(|&k| s.is_any(k, &["ссылкой", "посиланням"]))
            && s.is_any(k + 1, &["на"])
        {
            return s.np_right(k + 2, end).map(|np| Mention { head: s.source_with_place(np, end), desc: None });
        }
        if s.t(i).has(Class::PLURAL) && s.is_any(i + 1, &["в", "во", "у"]) {
            let np = s.np_right(i + 2, end).or_else(|| {
                // "в Минобороны РФ": a body in capitals
                let e = (i + 2..end).find(|&k| s.t(k).is_any_punct(&['.', ',']))?;
                (e > i + 2).then_some((i + 2, e))
            })?;
            return Some(Mention { head: np, desc: None });
        }
        let np = s.np_right(i + 1, end)?;
        if s.flags(i) & QUOTING == 0 && s.is_outlet(np) {
            return None;
        }
        Some(Mention { head: np, desc: None })
    }
}

pub struct InterruptedQuote(pub &'static str);

impl Rule for InterruptedQuote {
    fn name(&self) -> &'static str {
        "interrupted quote (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "a quote broken by its attribution («…, — сказал X. — …») is two statements, one per piece"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let s = S::new(d, self.0);
        for qi in 0..d.quotes.len() {
            let q = &d.quotes[qi];
            if !q.closed {
                continue;
            }
            if let Some((a, b)) = self.inside(&s, q.open, q.close) {
                let whole: Range = (q.open, q.close + 1);
                // the whole quote may have been taken as one statement
                for c in out.iter_mut() {
                    if c.content.len() == 1 && c.content[0] == whole {
                        super::withdraw(c);
                    }
                }
                if out.iter().any(|c| c.overlaps(a.0) || c.overlaps(b)) {
                    continue;
                }
                let sent = s.sentence_of(q.open).unwrap_or(0);
                out.push(Candidate {
                    set_apart: false,
                    content: vec![a.0],
                    source: Source::Mention(a.1),
                    cue: Some(a.2),
                    sentence: sent,
                    rule: self.name(),
                });
                let first = out.len() - 1;
                out.push(Candidate {
                    set_apart: false,
                    content: vec![b],
                    source: Source::Inherit(first),
                    cue: None,
                    sentence: sent,
                    rule: self.name(),
                });
            }
        }
        // "— Q0. Q1, — говорит X.": the line of dialogue starts at its dash
        let n = out.len();
        for ci in 0..n {
            if !["dash attribution (ru/uk)", "dialogue line (ru/uk)"].contains(&out[ci].rule) {
                continue;
            }
            let si = out[ci].sentence;
            let para = d.sents[si].para;
            let Some(first) = d.sents.iter().position(|x| x.para == para) else { continue };
            let (a, e) = out[ci].content[0];
            if first == si || !s.is_dash(d.sents[first].start) || d.w.t(a).quote != 0 {
                continue;
            }
            let start = d.sents[first].start + 1;
            for (k, c) in out.iter_mut().enumerate() {
                if k != ci && c.content.iter().all(|r| r.0 >= start && r.1 <= a) {
                    super::withdraw(c);
                }
            }
            out[ci].content = vec![(start, e)];
            out[ci].rule = "dialogue line (ru/uk)";
        }
        // "— Q1, — говорит X. — Q2": the line of dialogue goes on
        for ci in 0..n {
            if !["dash attribution (ru/uk)", "dialogue line (ru/uk)"].contains(&out[ci].rule) {
                continue;
            }
            let si = out[ci].sentence;
            let Some(next) = d.sents.get(si + 1) else { continue };
            if next.para != d.sents[si].para || !s.is_dash(next.body) {
                continue;
            }
            let a = next.body + 1;
            let e = s.trim_end(a, next.end);
            let r: Range = (a, e);
            if e <= a + 1
                || out.iter().any(|c| c.overlaps(r))
                || (a..e).any(|k| s.verb(k).is_some() && s.is_dash(k - 1))
            {
                continue;
            }
            out.push(Candidate {
                set_apart: false,
                content: vec![r],
                source: Source::Inherit(ci),
                cue: None,
                sentence: si + 1,
                rule: self.name(),
            });
        }
    }
}

type Piece = (Range, Mention, Range);

impl InterruptedQuote {
    /// Inside a quotation from `open` to `close`: `Q1, — V NP. — Q2`.
    fn inside(&self, s: &S, open: usize, close: usize) -> Option<(Piece, Range)> {
        for k in open + 1..close {
            // ", —" then a reporting verb
            if !(s.t(k).is_any_punct(&[',', '!', '?', '…']) && s.is_dash(k + 1)) {
                continue;
            }
            let v = k + 2;
            s.t(v).verb.filter(|x| x.form == Form::Finite)?;
            // the speaker after the verb, up to ". —" or ", —"
            let stop = (v + 1..close).find(|&j| s.t(j).is_any_punct(&['.', ',']) && s.is_dash(j + 1))?;
            if stop <= v + 1 {
                return None;
            }
            let np = (v + 1, stop);
            let first: Range = (open + 1, k);
            let second: Range = (stop + 2, close);
            if (first.0..first.1).filter(|&x| s.t(x).is_wordlike()).count() < 2
                || (second.0..second.1).filter(|&x| s.t(x).is_wordlike()).count() < 2
            {
                return None;
            }
            return Some(((first, Mention { head: np, desc: None }, (k + 1, v + 1)), second));
        }
        None
    }
}
