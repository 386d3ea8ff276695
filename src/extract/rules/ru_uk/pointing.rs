//! `Об этом заявил X.` / `Про це повідомив X.`: the attribution comes in
//! the sentence after what was said, and points back to it. An agency in
//! that place (`Об этом сообщает ТАСС`) only relays: no statement.

use super::super::super::doc::Doc;
use super::super::super::lexicon::slavic::flags::*;
use super::super::super::lexicon::{Class, Form};
use super::super::super::mentions::Mention;
use super::super::{Candidate, Rule, Source};
use super::S;

pub struct PointingBack(pub &'static str);

impl Rule for PointingBack {
    fn name(&self) -> &'static str {
        "pointing back (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "«Об этом заявил X» / «Про це повідомив X» credits the sentence before"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let s = S::new(d, self.0);
        for si in 1..d.sents.len() {
            if let Some(c) = self.at_sentence(&s, si)
                && !out.iter().any(|o| c.content.iter().any(|&r| o.overlaps(r)))
            {
                out.push(c);
            }
        }
    }
}

impl PointingBack {
    fn at_sentence(&self, s: &S, si: usize) -> Option<Candidate> {
        let d = s.d;
        let sent = d.sents[si];
        let b = s.body(si);
        // "Об этом", "Про це", "О том", "Такое заявление"
        let opener =
            (s.is_any(b, &["об", "о", "про"]) && s.is_any(b + 1, &["этом", "том", "це", "цьому"])).then_some(2);
        let n = opener?;
        let prev = d.sents[si - 1];
        // "Про це повідомив X, передає Укрінформ." after the lead
        if !d.points_back_to_previous(si) {
            return None;
        }
        let v = (b + n..sent.end).find(|&k| s.verb(k).is_some_and(|v| v.form == Form::Finite))?;
        let flags = s.flags(v);
        if flags & (RELAY | QUOTING | NO_CONTENT) != 0 {
            return None;
        }
        let end = s.trim_end(v + 1, sent.end);
        let head = if flags & DOCUMENT != 0 {
            // "Об этом говорится в заявлении МИД"
            let p = (v + 1..end).find(|&k| s.t(k).has(Class::REPORT_NOUN | Class::MEDIUM))?;
            s.np_right(p + 1, end).unwrap_or((p, p + 1))
        } else if v > b + n && s.only_adjuncts(b + n, v) && s.name_runs(b + n, v).len() == 1 {
            // "Про це Сибіга повідомив"
            s.name_runs(b + n, v)[0]
        } else if v > b + n && s.t(v - 1).has(Class::PRONOUN) {
            (v - 1, v)
        } else if v > b + n
            && v <= b + n + 4
            && s.t(b + n).has(Class::ROLE)
            && (b + n..v).all(|k| s.t(k).is_word() && s.t(k).quote == 0 && s.t(k).verb.is_none())
            && s.speaker_like((b + n, v))
        {
            // "Про це глава держави повідомив": a role before the verb
            (b + n, v)
        } else if s.t(v).has(Class::PLURAL) && s.is_any(v + 1, &["в", "во", "у"]) {
            // "Про це повідомили в Повітряних силах ЗСУ"
            let e = (v + 2..end).find(|&k| s.t(k).has(Class::MEDIUM) || s.t(k).is_punct(',')).unwrap_or(end);
            (v + 2, e)
        } else {
            // "Об этом заявил журналистам пресс-секретарь … Песков"
            s.np_right(v + 1, end)?
        };
        if head.1 <= head.0 || s.is_outlet(head) && flags & DOCUMENT == 0 {
            return None;
        }
        // the sentence before, whole
        let a = s.body(si - 1);
        let e = s.trim_end(a, prev.end);
        if (a..e).filter(|&k| s.t(k).is_wordlike()).count() < 4 {
            return None;
        }
        Some(Candidate {
            set_apart: false,
            content: vec![(a, e)],
            source: Source::Mention(Mention { head, desc: None }),
            cue: Some((b, v + 1)),
            sentence: si,
            rule: self.name(),
        })
    }
}
