//! `Песков заявил, что C` / `Сибіга наголосив, що C`, and the verbs that
//! take what was said as their object: `заявил о C`, `закликав партнерів
//! C`, `назвала X Y`, `обвинил X в Y`, `висловив занепокоєння C`. The
//! speaker stands before the verb, after it (`сообщил мэр … Собянин,
//! что`), is an institution (`в МИД заявили, что`), or carries on from
//! the verb before (`назвала …, и заявила, что`, `…, заявив, що`).

use super::super::super::lexicon::slavic::flags::*;
use super::super::super::lexicon::{Class, Form, Frame};
use super::super::super::mentions::{Mention, Range};
use super::super::{Candidate, Rule, Site, Source};
use super::S;

pub struct Reported(pub &'static str);

impl Rule for Reported {
    fn name(&self) -> &'static str {
        "reported speech (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "Russian and Ukrainian copy reports with a verb and что/що, or a verb whose object is what was said"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let s = S::new(site.d, self.0);
        let (si, i) = (site.si, site.i);
        let v = s.verb(i)?;
        let flags = s.flags(i);
        if flags & (RELAY | QUOTING | DOCUMENT | NO_CONTENT) != 0 {
            return None;
        }
        let body = s.body(si);
        // "C, — заявил X": the dash rule's
        if i > body
            && v.form == Form::Finite
            && (s.t(i - 1).is_punct(',') || s.is_dash(i - 1))
            && (s.is_dash(i - 1) || s.that_clause(si, i).is_none() && dash_would_take(&s, i))
        {
            return None;
        }
        if i > body && s.that_clause(si, i).is_none() && object_relative(&s, i) {
            return None;
        }
        // "не исключил": only the verbs that report when negated
        let negated = i > body && s.t(i - 1).has(Class::NEGATION);
        if negated != (flags & NEGATED != 0) {
            return None;
        }
        let Some(mut content) = self.content(&s, si, i, v.frame, flags) else {
            return if v.frame == Frame::Describe && !negated {
                self.fronted_object(&s, site, i, v.form)
            } else {
                None
            };
        };
        // "Депутат, который предложил новый тариф, заявил, что …": a
        // relative clause set off by commas ends at its closing comma,
        // where the main clause goes on
        if i > body + 1 && s.t(i - 2).is_punct(',') && is_relative(&s, i - 1) {
            if let Some(c) = (content.0..content.1).find(|&k| s.t(k).is_punct(',') && s.t(k).quote == 0) {
                content.1 = c;
            }
            if content.1 <= content.0 {
                return None;
            }
        }
        let cue_start = if negated { i - 1 } else { i };
        let source = self.source(&s, site, i, v.form, content)?;
        Some(Candidate {
            set_apart: false,
            content: vec![content],
            source,
            cue: Some((cue_start, i + 1)),
            sentence: si,
            rule: self.name(),
        })
    }
}

/// Whether the dash rule takes the verb at `i` (`C, сообщил мэр X`,
/// `C, сообщили в Минобороны`): a speaker named right after it, and a
/// verb that may credit words before it (not one whose content is its
/// object: "…, в свою очередь, назвал инициативу «…»").
fn dash_would_take(s: &S, i: usize) -> bool {
    if s.verb(i).is_some_and(|v| super::dash::content_is_object(v.frame)) {
        return false;
    }
    let end = s.d.sents[s.sentence_of(i).unwrap_or(0)].end;
    s.np_right(i + 1, end).is_some() || s.t(i).has(Class::PLURAL) && s.is_any(i + 1, &["в", "во", "у"])
}

/// «перемирие, которое предлагают европейские столицы»: the verb at
/// `i` follows a relative pronoun that is its object, not its subject
/// (a form that is never a subject, or one that does not agree with the
/// verb in number), so what follows the verb is who acts, not what was
/// said.
fn object_relative(s: &S, i: usize) -> bool {
    use super::super::super::lexicon::{ru, uk};
    let r = i - 1;
    if s.is_any(r, ru::RELATIVES_NOT_SUBJECT) || s.is_any(r, uk::RELATIVES_NOT_SUBJECT) {
        return true;
    }
    let one = s.is_any(r, ru::RELATIVES_ONE) || s.is_any(r, uk::RELATIVES_ONE);
    let several = s.is_any(r, ru::RELATIVES_SEVERAL) || s.is_any(r, uk::RELATIVES_SEVERAL);
    one && plural_verb(s.s(i)) || several && !plural_verb(s.s(i))
}

/// Whether word `r` is a form of «который» / «який».
fn is_relative(s: &S, r: usize) -> bool {
    use super::super::super::lexicon::{ru, uk};
    [
        ru::RELATIVES_ONE,
        ru::RELATIVES_SEVERAL,
        ru::RELATIVES_NOT_SUBJECT,
        uk::RELATIVES_ONE,
        uk::RELATIVES_SEVERAL,
        uk::RELATIVES_NOT_SUBJECT,
    ]
    .iter()
    .any(|l| s.is_any(r, l))
}

/// Whether a finite verb is in the plural: the past in -ли, the present
/// in -ют/-ут/-ят/-ат (Ukrainian -ють/-уть/-ять/-ать).
fn plural_verb(w: &str) -> bool {
    ["ли", "ют", "ут", "ят", "ат", "ють", "уть", "ять", "ать"].iter().any(|e| w.ends_with(e))
}

/// Adjectives and nouns in the genitive, which continue a body's name
/// ("Министерстве иностранных дел", "Офісі президента").
fn genitive_like(w: &str) -> bool {
    ["ых", "их", "ой", "ого", "ей", "ів", "ов", "ства", "а", "я", "и", "і"].iter().any(|e| w.ends_with(e))
}

pub struct AndThat(pub &'static str);

impl Rule for AndThat {
    fn name(&self) -> &'static str {
        "second clause (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "«заявил, что A и что B»: the second что-clause is a second statement of the same speaker"
    }

    fn over_article(&self, d: &super::super::super::doc::Doc, out: &mut Vec<Candidate>) {
        let s = S::new(d, self.0);
        let n = out.len();
        for ci in 0..n {
            let c = &out[ci];
            let Some(&(_, e)) = c.content.last() else { continue };
            if e == 0 || !(s.is_and(e) && s.is_that(e + 1)) {
                continue;
            }
            let si = c.sentence;
            let a = e + 2;
            let end = s.content_end(si, a);
            let r: Range = (a, end);
            if end > a + 1 && !out.iter().any(|o| o.overlaps(r)) {
                out.push(Candidate {
                    set_apart: false,
                    content: vec![r],
                    source: Source::Inherit(ci),
                    cue: Some((e, e + 2)),
                    sentence: si,
                    rule: self.name(),
                });
            }
        }
    }
}

impl Reported {
    /// «В Кремле заявление Макрона назвали «провокацией»», «Песков
    /// заявление назвал …»: what is named comes before the verb, between
    /// the speaker and it, and what it is called after: both are the
    /// content, in two pieces. Why: Russian and Ukrainian put the thing
    /// described first as often as after the verb.
    fn fronted_object(&self, s: &S, site: &Site, i: usize, form: Form) -> Option<Candidate> {
        let si = site.si;
        let sent = s.d.sents[si];
        if i + 1 >= sent.end || s.t(i + 1).is_any_punct(&[':', '.', ';', ',']) {
            return None;
        }
        let after = s.content_end(si, i + 1);
        if after <= i + 1 || !(i + 1..after).any(|k| s.t(k).is_wordlike()) {
            return None;
        }
        let source = self.source(s, site, i, form, (i + 1, after))?;
        let Source::Mention(m) = source else { return None };
        let from = m.head.1.max(m.desc.map_or(0, |d| d.1));
        // one to four words, none a verb, a preposition opening them, a
        // comma or a quotation
        let words = i.checked_sub(from)?;
        if !(1..=4).contains(&words)
            || s.t(from).has(Class::PREP)
            || (from..i).any(|k| {
                let t = s.t(k);
                !t.is_word() || t.quote != 0 || t.verb.is_some() || s.verb(k).is_some()
            })
        {
            return None;
        }
        Some(Candidate {
            set_apart: false,
            content: vec![(from, i), (i + 1, after)],
            source,
            cue: Some((i, i + 1)),
            sentence: si,
            rule: self.name(),
        })
    }

    /// What was said, by the verb's frame.
    fn content(&self, s: &S, si: usize, i: usize, frame: Frame, flags: u16) -> Option<Range> {
        let end_of = |a: usize| {
            let e = s.content_end(si, a);
            (e > a && (a..e).any(|k| s.t(k).is_wordlike())).then_some((a, e))
        };
        if let Some(a) = s.that_clause(si, i) {
            return end_of(a);
        }
        if frame == Frame::Belief {
            return None;
        }
        let sent = s.d.sents[si];
        // past adverbs and a medium ("в Telegram", "у соцмережі X")
        let mut a = i + 1;
        while a < sent.end && s.t(a).has(Class::ADVERB | Class::TIME) && s.t(a).quote == 0 {
            a += 1;
        }
        match frame {
            Frame::Say => {
                // "пообещал открыть границу": the promise
                if flags & TO_DO != 0 && s.t(a).quote == 0 && is_infinitive(s.s(a)) {
                    return end_of(a);
                }
                if flags & ABOUT == 0 {
                    return None;
                }
                // "заявил о …", "повідомив у Telegram про …"
                let p =
                    (a..sent.end.min(a + 8)).find(|&k| s.is_any(k, &["о", "об", "обо", "про"]) && s.t(k).quote == 0)?;
                if !s.only_adjuncts(a, p) || (a..p).any(|k| s.t(k).is_punct(',')) {
                    return None;
                }
                // "заявил о том, что": the clause
                if s.is_any(p + 1, &["том", "тому"]) {
                    return None;
                }
                end_of(p + 1)
            }
            Frame::Tell | Frame::Object | Frame::Describe | Frame::Accuse => {
                if a >= sent.end || s.t(a).is_any_punct(&[':', '.', ';']) || s.is_that(a) {
                    return None;
                }
                // "высказался на эту тему", "выразил это": nothing said
                let (a, e) = end_of(a)?;
                let words = (a..e).filter(|&k| s.t(k).is_wordlike()).count();
                // one noun is enough with no articles ("осудила атаку"),
                // not a pronoun ("поддержал это") nor a feeling
                // ("выразил сожаление")
                let one_noun = frame == Frame::Object
                    && flags & FEELING == 0
                    && s.t(a).is_word()
                    && !s.t(a).has(Class::PRONOUN | Class::DET | Class::ADVERB | Class::PREP)
                    && s.s(a).chars().count() > 3;
                if words < 2 && !(words == 1 && one_noun) {
                    return None;
                }
                // what the blame is for ("в …"), or the thanks ("за …")
                if frame == Frame::Accuse && !(a..e).any(|k| s.is_any(k, &["в", "во", "у", "за"])) {
                    return None;
                }
                Some((a, e))
            }
            Frame::Belief | Frame::Attitude => None,
        }
    }

    /// Who: the subject before the verb, after it, an institution, or
    /// the speaker of the report just before in the sentence.
    fn source(&self, s: &S, site: &Site, i: usize, form: Form, content: Range) -> Option<Source> {
        let si = site.si;
        let body = s.body(si);
        let inherit = || site.earlier.last().map(|_| Source::Inherit(site.base + site.earlier.len() - 1));
        // ", заявив, що …", "…, назвав …": the main clause goes on
        if form == Form::Gerund {
            if i > body && s.t(i - 1).is_punct(',') {
                if let Some(src) = inherit() {
                    return Some(src);
                }
                // the subject of the main clause
                let c = i - 1;
                let main = (body..c).find(|&k| s.verb(k).is_some_and(|v| v.form == Form::Finite))?;
                return self.subject(s, si, main).map(Source::Mention);
            }
            return None;
        }
        // "… и заявила, что": the subject of the verb before
        let and = i > body && (s.is_and(i - 1) || i > body + 1 && s.is_and(i - 2) && s.t(i - 1).has(Class::ADVERB));
        if and && let Some(src) = inherit() {
            return Some(src);
        }
        // "подякував союзникам і закликав …": the subject of a verb of
        // saying before, which reported nothing of its own
        if and
            && let Some(prev) = (body..i - 1).rev().find(|&k| s.verb(k).is_some_and(|vb| vb.form == Form::Finite))
            && let Some(m) = self.subject(s, si, prev)
        {
            return Some(Source::Mention(m));
        }
        if let Some(m) = self.subject(s, si, i) {
            return Some(Source::Mention(m));
        }
        // inverted: "заявил журналистам пресс-секретарь Песков, что"
        let hi = content.0.saturating_sub(1).max(i + 1);
        if let Some(np) = s.np_right(i + 1, hi)
            && !s.is_outlet(np)
        {
            return Some(Source::Mention(Mention { head: np, desc: None }));
        }
        // impersonal after the verb: "заявили в Кремле, что"
        if s.t(i).has(Class::PLURAL)
            && s.is_any(i + 1, &["в", "во", "у"])
            && let Some(np) = s.np_right(i + 2, hi)
        {
            return Some(Source::Mention(Mention { head: np, desc: None }));
        }
        None
    }

    /// The subject before the verb, an institution after `в` / `у` for
    /// a verb in the plural ("В МИД России заявили").
    fn subject(&self, s: &S, si: usize, v: usize) -> Option<Mention> {
        let cs = s.clause_start(si, v);
        let mut a = cs;
        while a < v && s.t(a).has(Class::CONJ | Class::ADVERB) {
            a += 1;
        }
        if s.t(v).has(Class::PLURAL) && s.is_any(a, &["в", "во", "у"]) {
            // the institution, up to an adverb, a comma, the verb, or a
            // word that is not part of a name ("У Кремлі візит Рютте
            // прокоментували")
            let b = a + 1;
            let mut e = b;
            // (an abbreviation in capitals is a name whole: "У МЗС рішення
            // суду назвали": what follows in small letters is no more of it)
            let after_abbreviation = |e: usize| e > b && s.t(e - 1).all_caps && !s.t(e).cap;
            while e < v
                && !s.t(e).has(Class::ADVERB | Class::NEGATION)
                && !s.t(e).is_punct(',')
                && !after_abbreviation(e)
                && (e <= b || !s.common_word(e) || s.t(e).has(Class::ROLE | Class::ORG) || genitive_like(s.s(e)))
            {
                e += 1;
            }
            if e > b && s.only_adjuncts(e, v) {
                return Some(Mention { head: (b, e), desc: None });
            }
        }
        let m = s.subject_left(si, v)?;
        // a prepositional phrase opening the clause is not the subject:
        // "После встречи Сибига заявил" → Сибига, with the title before
        let (ha, he) = m.head;
        if s.t(ha).has(Class::PREP) {
            let run = s.name_runs(ha, he).first().copied()?;
            let mut st = run.0;
            while st > ha && {
                let t = s.t(st - 1);
                t.has(Class::ROLE | Class::ORG | Class::NATION) || t.all_caps
            } {
                st -= 1;
            }
            return Some(Mention { head: (st, run.1), desc: None });
        }
        Some(m)
    }
}

/// Whether a Russian or Ukrainian word has an infinitive's ending
/// ("открыть", "надати", "вернуться", "берегтися", "помочь").
pub(super) fn is_infinitive(w: &str) -> bool {
    let w = w.to_lowercase();
    ["ть", "ти", "ться", "тися", "чь"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 3
}
