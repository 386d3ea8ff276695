//! `По словам X, C` / `За словами X, C`, `по данным X` / `за даними X`,
//! `по мнению X`, `Как отметил X, C` / `Як зазначив X, C`: the source
//! first, then what was said. A poll or a data set as the source
//! (`за даними опитування`) is no speaker, and neither is an outlet's own
//! earlier report (`Как писал РБК`).

use super::super::super::lexicon::slavic::flags::*;
use super::super::super::lexicon::{Class, Form, slavic};
use super::super::super::mentions::{Mention, Range};
use super::super::{Candidate, Rule, Site, Source};
use super::S;

pub struct According(pub &'static str);

/// Words that open an aside before `по словам X` rather than name what
/// it is about: "Тем временем", "Впрочем", "Таким образом", "Тим часом",
/// "Втім", "Отже", "Зокрема".
const CONNECTIVES: &[&str] = &[
    "тем",
    "между",
    "впрочем",
    "вместе",
    "таким",
    "итак",
    "наконец",
    "кстати",
    "словом",
    "тим",
    "втім",
    "отже",
    "зокрема",
    "разом",
    "нарешті",
    "до",
    "помимо",
    "кроме",
    "крім",
];

/// The nouns of `по словам` / `за словами` and their kin.
const SOURCE_NOUNS: &[&str] =
    &["словам", "данным", "мнению", "информации", "оценке", "словами", "даними", "думку", "інформацією", "оцінкою"];

impl Rule for According {
    fn name(&self) -> &'static str {
        "according to (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "по словам X, … / за словами X, … / как отметил X, …: the source first, then what was said"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let s = S::new(site.d, self.0);
        let (si, i) = (site.si, site.i);
        let body = s.body(si);
        // at the start of the clause, or after a conjunction, or after an
        // opening aside set off by a comma ("При этом, по словам X, …",
        // "Крім того, за словами X, …")
        let aside = i > body + 1
            && i <= body + 4
            && s.t(i - 1).is_punct(',')
            && (body..i - 1).all(|k| s.t(k).is_word() && s.verb(k).is_none() && !s.is_name_word(k));
        // or after the subject of what was said ("Европейские столицы, по
        // его мнению, делают ставку …"), which is part of it: words that
        // open no aside (a preposition, an adverb, a connective)
        let subject = i > body + 1
            && i <= body + 7
            && s.t(i - 1).is_punct(',')
            && (body..i - 1).all(|k| s.t(k).is_word() && s.verb(k).is_none() && s.t(k).quote == 0)
            && !s.t(body).has(Class::PREP | Class::ADVERB | Class::CONJ | Class::SENT_ADV | Class::DET | Class::SUBORD)
            && !s.is_any(body, CONNECTIVES);
        if !(i == body || aside || subject || i == body + 1 && s.t(body).has(Class::CONJ)) {
            return None;
        }
        let sent = s.d.sents[si];
        let comma = (i + 1..sent.end.min(i + 16)).find(|&k| s.t(k).is_punct(',') && s.t(k).quote == 0)?;
        let possessive = ["его", "ее", "её", "их", "його", "її", "їх", "їхніми"];
        let (head, cue): (Range, Range) = if s.is_any(i, &["по", "за", "на"]) && s.is_any(i + 1, SOURCE_NOUNS) {
            ((i + 2, comma), (i, i + 2))
        } else if s.is_any(i, &["по", "за", "на"]) && s.is_any(i + 1, &possessive) && s.is_any(i + 2, SOURCE_NOUNS)
        {
            ((i + 1, i + 2), (i, i + 3))
        } else if s.is_any(i, &["как", "як"]) {
            let v = i + 1 + usize::from(s.t(i + 1).has(Class::ADVERB));
            let verb = s.verb(v)?;
            if verb.form != Form::Finite || s.flags(v) & (QUOTING | DOCUMENT) != 0 {
                return None;
            }
            // "Как сообщает «Коммерсант» со ссылкой на источник …, C":
            // the one the outlet cites is the speaker
            if let Some(r) =
                (v + 1..comma).find(|&k| s.is_any(k, &["ссылкой", "посиланням"]) && s.is_any(k + 1, &["на"]))
                && let Some(np) = s.np_right(r + 2, comma).filter(|np| s.speaker_like(*np) && !s.is_outlet(*np))
            {
                (s.source_with_place(np, comma), (i, v + 1))
            } else {
                // "Как писал РБК": the outlet's own earlier report
                let np = s.np_right(v + 1, comma).unwrap_or((v + 1, comma));
                // (the outlet's name whole: "РИА Новости", not its last word;
                // or a short name in quotation marks: "Как сообщает
                // «Вечерний курьер»")
                let quoted_name = comma - (v + 1) <= 6 && (v + 1..comma).all(|k| s.t(k).quote != 0);
                if s.is_outlet(np) || s.is_outlet((v + 1, comma)) || s.flags(v) & RELAY != 0 || quoted_name {
                    return None;
                }
                // "як заявили в МЗС"
                let np = if s.is_any(np.0, &["в", "во", "у"]) { (np.0 + 1, np.1) } else { np };
                (np, (i, v + 1))
            }
        } else {
            return None;
        };
        if head.1 <= head.0 || !s.speaker_like(head) && !s.t(head.0).has(Class::DET) {
            return None;
        }
        if s.is_outlet(head) && cue.1 - cue.0 == 2 && s.is_any(cue.0 + 1, &["данным", "даними", "информации"])
        {
            return None;
        }
        // "…, с которыми поговорила «Медуза», C": past a relative clause
        let mut a = comma + 1;
        if s.is_any(a, &["с", "со", "з", "із", "которые", "который", "которая", "які", "який", "яка"])
            || s.is_any(a + 1, &["которыми", "которых", "которым", "якими", "яких"])
        {
            a = (a..sent.end).find(|&k| s.t(k).is_punct(',') && s.t(k).quote == 0)? + 1;
        } else if a < sent.end
            && s.t(a).is_word()
            && slavic::with_folded(s.s(a), |w| s.lex.tables.source_descriptions.iter().any(|d| w.starts_with(d)))
        {
            // "…, знакомый с ходом переговоров, C": past what describes the source
            a = (a..sent.end.min(a + 12)).find(|&k| s.t(k).is_punct(',') && s.t(k).quote == 0)? + 1;
        }
        let e = s.content_end(si, a);
        if (a..e).filter(|&k| s.t(k).is_wordlike()).count() < 2 {
            return None;
        }
        Some(Candidate {
            set_apart: false,
            content: if subject { vec![(body, i - 1), (a, e)] } else { vec![(a, e)] },
            source: Source::Mention(Mention { head, desc: None }),
            cue: Some(cue),
            sentence: si,
            rule: self.name(),
        })
    }
}
