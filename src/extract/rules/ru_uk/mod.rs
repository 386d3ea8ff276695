//! Russian and Ukrainian reporting: the rules, and the few questions they
//! all ask of a sentence (where is the speaker, where does the content
//! start and end, is this an agency's tail).
//!
//! The two languages report speech the same ways, so one set of rules
//! serves both, each rule reading its language's word lists
//! ([`crate::extract::lexicon::ru`], [`crate::extract::lexicon::uk`]):
//!
//! - `Песков заявил, что …` / `Сибіга наголосив, що …` (and `заявил о …`,
//!   `закликав партнерів …`, `назвала X Y`), with the speaker before or
//!   after the verb, or an institution in `в МИД заявили`;
//! - `«…», — заявил Песков` and a quotation interrupted by it;
//! - `заявил: «…»` and a block quote in the next paragraph;
//! - `по словам …`, `за словами …`, `как отметил …`, `як зазначив …`;
//! - `Об этом заявил …` / `Про це повідомив …` pointing back;
//! - headlines, rubric labels, interviews in dialogue dashes.
//!
//! Agency tails (`, — передает ТАСС`) stay outside every content, and a
//! sentence whose only attribution is one is no statement.

mod according;
mod colon;
mod dash;
mod dialogue;
mod headline;
mod pointing;
mod reported;

#[cfg(test)]
mod tests;

use super::super::doc::Doc;
use super::super::lexicon::slavic::{self, SlavicLexicon, fold};
use super::super::lexicon::{Class, Form};
use super::super::mentions::{Mention, Range};
use super::super::structure::Sentence;
use super::super::tokens::Token;
use super::RuleList;

/// The language a sentence is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    En,
    Ru,
    Uk,
}

impl Reading {
    pub fn code(self) -> &'static str {
        match self {
            Reading::En => "en",
            Reading::Ru => "ru",
            Reading::Uk => "uk",
        }
    }
}

/// The rules for Russian news copy, in the order they are tried.
pub const RUSSIAN: RuleList = RuleList {
    blocks: &[],
    at_word: &[
        &according::According("ru"),
        &dash::DashAttribution("ru"),
        &colon::ColonQuote("ru"),
        &reported::Reported("ru"),
    ],
    over_article: &[
        &headline::Headline("ru"),
        &colon::BlockQuote("ru"),
        &dash::InterruptedQuote("ru"),
        &pointing::PointingBack("ru"),
        &reported::AndThat("ru"),
        &dialogue::Interview("ru"),
    ],
    may_start: super::any_word,
};

/// The rules for Ukrainian news copy, in the order they are tried.
pub const UKRAINIAN: RuleList = RuleList {
    blocks: &[],
    at_word: &[
        &according::According("uk"),
        &dash::DashAttribution("uk"),
        &colon::ColonQuote("uk"),
        &reported::Reported("uk"),
    ],
    over_article: &[
        &headline::Headline("uk"),
        &colon::BlockQuote("uk"),
        &dash::InterruptedQuote("uk"),
        &pointing::PointingBack("uk"),
        &reported::AndThat("uk"),
        &dialogue::Interview("uk"),
    ],
    may_start: super::any_word,
};

/// Reads each sentence's language: Cyrillic letters in the majority make
/// it Russian or Ukrainian (by its own letters when they tell, else by
/// the article's), otherwise English.
pub fn sentence_readings(text: &str, toks: &[Token], sents: &[Sentence], article: &str) -> Vec<Reading> {
    let default = if article == "uk" { Reading::Uk } else { Reading::Ru };
    sents
        .iter()
        .map(|s| {
            if s.start >= s.end {
                return Reading::En;
            }
            let body = &text[toks[s.start].start..toks[s.end - 1].end];
            let n = crate::lang::Letters::count(body);
            if n.cyrillic <= n.latin {
                return Reading::En;
            }
            match n.cyrillic_language() {
                Some("uk") => Reading::Uk,
                Some(_) => Reading::Ru,
                None => default,
            }
        })
        .collect()
}

/// Gives the words of Russian and Ukrainian sentences their classes and
/// verbs from that language's lists (English sentences keep theirs).
pub fn annotate(text: &str, toks: &mut [Token], sents: &[Sentence], readings: &[Reading]) {
    for (s, r) in sents.iter().zip(readings) {
        let lex = match r {
            Reading::En => continue,
            Reading::Ru => slavic::of("ru"),
            Reading::Uk => slavic::of("uk"),
        };
        for t in &mut toks[s.start..s.end] {
            if !t.is_word() {
                continue;
            }
            let w = &text[t.start..t.end];
            let e = lex.get(w);
            t.class = e.class;
            t.verb = e.verb;
            if t.class.0 == 0 && t.verb.is_none() && w.chars().next().is_some_and(crate::lang::is_cyrillic) {
                t.class = keyed_class(lex, w);
            }
        }
    }
}

/// Role, body and country words in another case than the one listed
/// ("Совбеза", "Кремлі"): found by their case keys.
fn keyed_class(lex: &SlavicLexicon, w: &str) -> Class {
    thread_local! {
        /// Per language (Ukrainian, Russian), the class of each word seen:
        /// it depends on the word alone.
        static SEEN: std::cell::RefCell<[crate::topics::matcher::FastMap<String, Class>; 2]> =
            std::cell::RefCell::new(Default::default());
    }
    let i = usize::from(lex.tables.code != "uk");
    if let Some(c) = SEEN.with(|s| s.borrow()[i].get(w).copied()) {
        return c;
    }
    let c = keyed_class_of(lex, w);
    SEEN.with(|s| {
        let m = &mut s.borrow_mut()[i];
        if m.len() >= 8192 {
            m.clear();
        }
        m.insert(w.to_string(), c);
    });
    c
}

fn keyed_class_of(lex: &SlavicLexicon, w: &str) -> Class {
    let keep = Class::ROLE.union(Class::ORG).union(Class::NATION);
    for k in crate::cyrillic::keys_of(w).iter().skip(1) {
        if k.chars().count() < 3 {
            continue;
        }
        let c = lex.get(k).class;
        if c.intersects(keep) {
            return Class(c.0 & keep.0);
        }
        // the nominative: the stem plus a common ending
        for e in ["", "а", "ь", "ий", "ия", "я", "о"] {
            let c = lex.get(&format!("{k}{e}")).class;
            if c.intersects(keep) {
                return Class(c.0 & keep.0);
            }
        }
    }
    Class::empty()
}

/// A sentence of a Russian or Ukrainian text as the rules read it.
pub(crate) struct S<'a> {
    pub d: &'a Doc<'a>,
    pub lex: &'static SlavicLexicon,
}

/// Lower-case particles inside names: "Барт де Вевер", "фон дер Ляйен".
/// "and" in Russian and Ukrainian.
pub(crate) const AND: [&str; 4] = ["и", "і", "й", "та"];

pub(crate) const PARTICLES: &[&str] = &["де", "фон", "дер", "ван", "да", "ді", "ла", "ле", "аль", "бен"];

/// The longest runs of name words in `a..b`, each with the particles
/// inside it ("фон дер Ляйен": one or more particles followed by a name
/// word continue the name), kept where `keep(start, end)` says.
pub(crate) fn name_runs_in(
    a: usize,
    b: usize,
    is_name: impl Fn(usize) -> bool,
    is_particle: impl Fn(usize) -> bool,
    keep: impl Fn(usize, usize) -> bool,
) -> Vec<Range> {
    let particles_then_name = |e: usize| {
        let mut j = e;
        while j < b && is_particle(j) {
            j += 1;
        }
        j > e && j < b && is_name(j)
    };
    let mut out = Vec::new();
    let mut k = a;
    while k < b {
        if !is_name(k) {
            k += 1;
            continue;
        }
        let mut e = k + 1;
        while e < b && (is_name(e) || particles_then_name(e)) {
            e += 1;
        }
        if keep(k, e) {
            out.push((k, e));
        }
        k = e;
    }
    out
}

/// Dashes that attribute (`— заявил`) or open a line of dialogue.
pub(crate) const DASHES: [char; 4] = ['—', '–', '―', '-'];

impl<'a> S<'a> {
    pub fn new(d: &'a Doc<'a>, lang: &str) -> Self {
        S { d, lex: slavic::of(lang) }
    }

    pub fn t(&self, k: usize) -> &Token {
        self.d.w.t(k)
    }

    pub fn s(&self, k: usize) -> &str {
        self.d.w.s(k)
    }

    pub fn n(&self) -> usize {
        self.d.w.toks.len()
    }

    /// Whether token `k` is the word `w` (any case, ё as е).
    #[allow(dead_code)]
    pub fn is(&self, k: usize, w: &str) -> bool {
        k < self.n() && self.t(k).is_word() && fold(self.s(k)) == w
    }

    pub fn is_any(&self, k: usize, ws: &[&str]) -> bool {
        k < self.n() && self.t(k).is_word() && { slavic::with_folded(self.s(k), |f| ws.contains(&f)) }
    }

    pub fn is_dash(&self, k: usize) -> bool {
        k < self.n() && self.t(k).is_any_punct(&DASHES)
    }

    pub fn flags(&self, k: usize) -> u16 {
        self.lex.get(self.s(k)).flags
    }

    /// A reporting verb at `k` (finite or gerund), outside quotation marks.
    pub fn verb(&self, k: usize) -> Option<super::super::lexicon::Verb> {
        let t = self.t(k);
        if t.quote != 0 {
            return None;
        }
        t.verb
    }

    /// "что" / "що".
    pub fn is_that(&self, k: usize) -> bool {
        self.is_any(k, &["что", "що"])
    }

    pub fn is_and(&self, k: usize) -> bool {
        self.is_any(k, &AND)
    }

    /// A word that can be part of a person's or a body's proper name.
    pub fn is_name_word(&self, k: usize) -> bool {
        let t = self.t(k);
        if !t.is_word() || !t.cap || t.quote != 0 || t.verb.is_some() {
            return false;
        }
        if t.all_caps && self.s(k).chars().count() > 1 {
            return false;
        }
        let not_name = Class::ROLE
            | Class::ORG
            | Class::NATION
            | Class::PREP
            | Class::CONJ
            | Class::SUBORD
            | Class::PRONOUN
            | Class::DET
            | Class::TIME
            | Class::MEDIUM
            | Class::ADVERB
            | Class::NEGATION
            | Class::GROUP
            | Class::TITLE
            | Class::REPORT_NOUN;
        !t.has(not_name) && !self.lex.is_outlet(self.s(k)) && !self.is_label_word(k)
    }

    fn is_label_word(&self, k: usize) -> bool {
        let w = self.s(k);
        self.lex.tables.labels.iter().any(|l| l.split_whitespace().next() == Some(w))
            && k + 1 < self.n()
            && self.t(k + 1).is_punct(':')
    }

    /// Runs of name words in `[a, b)`, outside quotation marks; a run
    /// right after a preposition ("з Володимиром Зеленським") is left
    /// out, as it names someone else than the subject, and so is a lone
    /// capitalised word before a common noun ("Постоянный представитель",
    /// "Белгородской области"), which is no name.
    pub fn name_runs(&self, a: usize, b: usize) -> Vec<Range> {
        let keep = |k: usize, e: usize| {
            let after_prep = k > a && self.t(k - 1).has(Class::PREP) && self.t(k - 1).quote == 0;
            let before_noun = e - k == 1
                && e < self.n()
                && (self.common_word(e)
                    || self.t(e).is_word()
                        && self.t(e).quote == 0
                        && (self.t(e).all_caps || self.t(e).has(Class::ORG | Class::ROLE | Class::NATION)));
            !after_prep && !before_noun
        };
        // "де Вевер", "фон дер Ляйен"
        name_runs_in(a, b, |k| self.is_name_word(k), |k| self.is_any(k, PARTICLES), keep)
    }

    /// A lower-case content word: an unknown word or a role, body or
    /// country word, not a verb, preposition, adverb or conjunction.
    pub fn common_word(&self, k: usize) -> bool {
        let t = self.t(k);
        t.is_word()
            && !t.cap
            && t.quote == 0
            && t.verb.is_none()
            && !t.has(
                Class::PREP
                    | Class::ADVERB
                    | Class::CONJ
                    | Class::SUBORD
                    | Class::NEGATION
                    | Class::TIME
                    | Class::PRONOUN
                    | Class::DET
                    | Class::MEDIUM,
            )
            && !self.is_any(k, PARTICLES)
    }

    /// Where the clause holding the verb at `v` starts: the sentence body,
    /// past a rubric label, or after a semicolon or colon.
    pub fn clause_start(&self, si: usize, v: usize) -> usize {
        let s = self.d.sents[si];
        let mut a = self.body(si);
        for k in (a..v).rev() {
            let t = self.t(k);
            if t.quote == 0 && (t.is_punct(';') || t.is_punct(':')) {
                a = k + 1;
                break;
            }
        }
        a.min(s.end)
    }

    /// The sentence body past a rubric label ("Деталі:").
    pub fn body(&self, si: usize) -> usize {
        let s = self.d.sents[si];
        let mut a = s.body;
        // the sentence's words folded as far as a label is compared
        let mut folded: Vec<String> = Vec::new();
        for l in &self.lex.labels {
            let n = l.len();
            if a + n < s.end
                && l.iter().enumerate().all(|(i, w)| {
                    while folded.len() <= i {
                        folded.push(fold(self.s(a + folded.len())));
                    }
                    folded[i] == *w
                })
                && self.t(a + n).is_punct(':')
            {
                a += n + 1;
                break;
            }
        }
        a
    }

    /// Whether tokens `[a, b)` are only adjuncts that may sit between a
    /// subject and its verb, or a verb and its content: adverbs, times,
    /// prepositional phrases, media ("в Telegram"), hearers, and asides
    /// between commas (which may hold a verb: ", слова якого цитують …,").
    pub fn only_adjuncts(&self, a: usize, b: usize) -> bool {
        let mut in_aside = false;
        for k in a..b {
            let t = self.t(k);
            if t.quote != 0 {
                continue;
            }
            if t.is_punct(',') {
                in_aside = !in_aside;
                continue;
            }
            if t.is_any_punct(&[';', ':', '.', '!', '?']) || self.is_dash(k) {
                return false;
            }
            if t.verb.is_some_and(|v| v.form == Form::Finite) && !in_aside {
                return false;
            }
        }
        true
    }

    /// The subject of the reporting verb at `v`, before it in its clause:
    /// the first name (a title before it included), else the phrase that
    /// opens the clause up to a preposition, comma or adverb.
    pub fn subject_left(&self, si: usize, v: usize) -> Option<Mention> {
        let cs = self.clause_start(si, v);
        // connectives and adverbs opening the clause
        let past_openers = |mut a: usize| {
            loop {
                if a < v
                    && (self.t(a).has(Class::CONJ | Class::ADVERB | Class::TIME) && !self.t(a).has(Class::PRONOUN)
                        || self.t(a).is_any_punct(&[',', '—', '–']))
                {
                    a += 1;
                // "Тем временем", "Тим часом", "Между тем": a connective of
                // two words
                } else if a + 1 < v
                    && (self.is_any(a, &["тем", "тим"]) && self.is_any(a + 1, &["временем", "часом"])
                        || self.is_any(a, &["между"]) && self.is_any(a + 1, &["тем"]))
                {
                    a += 2;
                } else {
                    return a;
                }
            }
        };
        let mut a = past_openers(cs);
        // "Как сообщало РИА Новости, Макрон заявил": an outlet's or
        // someone's earlier report, set aside before the subject
        if self.is_any(a, &["как", "як"])
            && let Some(c) = (a + 1..v).find(|&k| self.t(k).is_punct(',') && self.t(k).quote == 0)
            && (a + 1..c).any(|k| self.verb(k).is_some_and(|vb| vb.form == Form::Finite))
        {
            a = past_openers(c + 1);
        }
        // "В свою очередь," / "Своєю чергою," / "При этом,": an opening aside
        if let Some(c) = (a..v.min(a + 4)).find(|&k| self.t(k).is_punct(',') && self.t(k).quote == 0)
            && (a..c).all(|k| !self.is_name_word(k) && !self.t(k).has(Class::ROLE | Class::ORG | Class::PRONOUN))
        {
            a = c + 1;
        }
        // a prepositional phrase opening the clause ("У вечірньому
        // зверненні глава держави наголосив", "После встречи Сибига
        // заявил"): the subject comes after it
        if a < v && self.t(a).has(Class::PREP) && self.t(a).quote == 0 {
            let mut k = a + 1;
            while k < v
                && !(self.t(k).has(Class::ROLE | Class::PRONOUN)
                    || self.is_name_word(k) && !self.t(k - 1).has(Class::PREP)
                    || self.t(k).has(Class::ORG) && k > a + 1)
            {
                k += 1;
            }
            if k < v {
                a = k;
            }
        }
        if a >= v {
            return None;
        }
        // "…, речник МЗС відповів": after a clause, the words right before
        // the verb; a name alone there too ("Комментируя слова Каллас,
        // Лавров сказал": the name in the opening clause is no subject)
        // (an adverb before the verb is no part of it: "…, Лавров также
        // обвинил")
        if let Some(c) = (a..v).rev().find(|&k| self.t(k).is_punct(',') && self.t(k).quote == 0)
            && let e = (c + 1..v).rev().find(|&k| !self.t(k).has(Class::ADVERB)).map_or(c + 1, |k| k + 1)
            && c + 1 < e
            && (c + 1..e).all(|k| self.t(k).is_word() && self.t(k).verb.is_none())
            && ((c + 1..e).any(|k| self.t(k).has(Class::ROLE | Class::ORG)) || (c + 1..e).all(|k| self.is_name_word(k)))
        {
            return Some(Mention { head: (c + 1, e), desc: None });
        }
        // a pronoun subject
        if self.t(a).has(Class::PRONOUN) && !self.t(a).has(Class::DET) {
            return self.only_adjuncts(a + 1, v).then_some(Mention { head: (a, a + 1), desc: None });
        }
        // the first name not inside a prepositional phrase; two names
        // joined ("Зеленський і Рютте") are one joint subject
        let runs = self.name_runs(a, v);
        if let [(_, e1), (s2, e2), ..] = runs[..]
            && s2 == e1 + 1
            && self.is_and(e1)
            && self.only_adjuncts(e2, v)
            && !(a..e1).any(|k| self.t(k).is_punct(',') && self.t(k).quote == 0)
        {
            return Some(Mention { head: (a, e2), desc: None });
        }
        if let Some(&(_, e)) = runs.first() {
            // nothing but adjuncts after it
            if self.only_adjuncts(e, v) && !(a..e).any(|k| self.t(k).is_punct(',') && self.t(k).quote == 0) {
                return Some(Mention { head: (a, e), desc: None });
            }
        }
        // "Автор законопроекта, депутат Андрей Картаполов, пояснил": a
        // description, then between commas right before the verb the
        // person's name (with a title): the named person, so described
        if let Some(c2) = v.checked_sub(1).filter(|&c| self.t(c).is_punct(',') && self.t(c).quote == 0)
            && let Some(c1) = (a + 1..c2).find(|&k| self.t(k).is_punct(',') && self.t(k).quote == 0)
            && c1 - a <= 5
            && (a..c1).all(|k| self.t(k).is_word() && self.t(k).verb.is_none())
            // (no name there: its first word may be capitalised as it
            // opens the sentence)
            && (a..c1).all(|k| !self.is_name_word(k) || k == a && !self.is_name_word(k + 1))
            && let Some(&(s, e)) = self.name_runs(c1 + 1, c2).last()
            && e == c2
            && e - s >= 2
            && (c1 + 1..s).all(|k| self.t(k).is_word() && self.t(k).verb.is_none())
        {
            return Some(Mention { head: (c1 + 1, c2), desc: Some((a, c1)) });
        }
        // a body or a role: up to the first preposition, comma, adverb or
        // medium
        let mut e = a;
        while e < v {
            let t = self.t(e);
            if t.quote == 0
                && (t.is_punct(',')
                    || t.has(Class::ADVERB | Class::MEDIUM | Class::NEGATION)
                    || t.has(Class::PREP) && e > a
                    || t.verb.is_some())
            {
                break;
            }
            e += 1;
        }
        if e == a {
            return None;
        }
        // "Источник в Кремле сообщил", "Джерело в Офісі президента
        // повідомило": a source and the body it works in are one speaker
        if self.insider_in_body(a, e, v) {
            return Some(Mention { head: (a, v), desc: None });
        }
        // "Лідери Франції, Німеччини та Італії": a plural role and a list
        // of the places it is of, one capitalised word each, is one group
        if e < v && self.t(a).is_word() && self.group_role(a, v) && self.place_list(e, v) {
            return Some(Mention { head: (a, v), desc: None });
        }
        if !self.only_adjuncts(e, v) {
            return None;
        }
        self.speaker_like((a, e)).then_some(Mention { head: (a, e), desc: None })
    }

    /// Whether `[a, e)`, a subject stopped at a preposition, is a source
    /// (with the outlet it spoke to, at most: «Собеседник РБК») and
    /// `[e, v)` the body it works in: «в»/«у» and words up to the verb
    /// with a body or a capital among them.
    fn insider_in_body(&self, a: usize, e: usize, v: usize) -> bool {
        e < v
            && e <= a + 2
            && self.lex.is_insider(self.s(a))
            && self.is_any(e, &["в", "во", "у"])
            && e + 1 < v
            && (e + 1..v).all(|k| self.t(k).is_word() && self.t(k).quote == 0 && self.t(k).verb.is_none())
            && (e + 1..v).any(|k| self.t(k).cap || self.t(k).has(Class::ORG))
    }

    /// Whether word `a`, opening the subject of verb `v`, is a role of
    /// several: plural by its form, or by the verb's where the form is
    /// also a singular case ("Главы МИД … заявили": heads, not "of the
    /// head").
    fn group_role(&self, a: usize, v: usize) -> bool {
        self.lex.is_group_role(self.s(a), self.t(v).verb.is_some().then(|| self.s(v)))
    }

    /// Whether `[a, e)` goes on a list of places: `, Німеччини, Італії та
    /// Фінляндії`, each a single capitalised word after a comma or "и",
    /// "і", "й", "та".
    fn place_list(&self, a: usize, e: usize) -> bool {
        let mut k = a;
        let mut places = 0;
        while k < e {
            let sep = self.t(k).quote == 0 && self.t(k).is_punct(',') || self.is_and(k);
            if !sep || k + 1 >= e {
                return false;
            }
            let w = self.t(k + 1);
            if !(w.is_word() && w.cap && w.quote == 0 && w.verb.is_none())
                || w.has(Class::ROLE | Class::PREP | Class::PRONOUN)
            {
                return false;
            }
            places += 1;
            k += 2;
        }
        places > 0
    }

    /// Whether a phrase can name a speaker: a name, a role, a body or a
    /// pronoun.
    pub fn speaker_like(&self, r: Range) -> bool {
        // a name in quotation marks: «Газпром», «Укренерго»
        let quoted_name = self.t(r.0).is_quote() && (r.0..r.1).any(|k| self.t(k).is_word() && self.t(k).cap);
        (quoted_name
            || (r.0..r.1).any(|k| {
                let t = self.t(k);
                t.quote == 0
                    && t.is_word()
                    && (t.cap || t.has(Class::ROLE | Class::ORG | Class::GROUP | Class::PRONOUN))
            }))
            && !(r.0..r.1).any(|k| {
                let f = fold(self.s(k));
                self.lex.tables.not_speakers.contains(&f.as_str())
            })
    }

    /// `np` with where an unnamed source sits, when it is one: «источник
    /// в Кремле», «джерела в Офісі президента» (the place tells whose
    /// source it is). At most five words of place, up to `hi`.
    pub fn source_with_place(&self, np: Range, hi: usize) -> Range {
        let (a, e) = np;
        if e != a + 1 || !self.lex.is_insider(self.s(a)) || !self.is_any(e, &["в", "во", "у", "из", "з", "із"])
        {
            return np;
        }
        let place = (e + 1..hi.min(e + 6))
            .take_while(|&k| self.t(k).is_word() && self.t(k).quote == 0 && (self.t(k).cap || k > e + 1))
            .last();
        match place {
            Some(p) if self.t(e + 1).cap => (a, p + 1),
            _ => np,
        }
    }

    /// The speaker named after a verb (`сообщил мэр столицы Сергей
    /// Собянин в …`), past a hearer (`журналистам`). Returns the mention
    /// and where it ends.
    pub fn np_right(&self, from: usize, hi: usize) -> Option<Range> {
        let mut a = from;
        // the hearer, a medium, an adverb: "журналистам", "в Telegram"
        while a < hi {
            let t = self.t(a);
            let hearer = self.is_any(a, HEARERS);
            if hearer || t.has(Class::ADVERB | Class::TIME) && !t.has(Class::ROLE) {
                a += 1;
                continue;
            }
            // when or where it was said: "в понедельник", "на брифинге",
            // "в своем Telegram-канале", "в эфире радио"
            if self.is_any(a, &["в", "во", "у", "на"]) {
                let own = usize::from(self.is_any(a + 1, &["своем", "своей", "своєму", "своїй"]));
                let k = a + 1 + own;
                if k + 1 < hi && self.t(k).has(Class::TIME | Class::MEDIUM) && self.t(k).quote == 0 {
                    a = k + 1;
                    // the programme or outlet it went out on: "радио", "телемарафону"
                    while a + 1 < hi && self.t(a).is_word() && !self.t(a).cap && !self.t(a).has(Class::ROLE) {
                        a += 1;
                    }
                    continue;
                }
            }
            // the outlet it was said to, in quotation marks, when someone
            // named by office or name follows: «сообщил "Интерфаксу"
            // помощник президента …» (a quoted name alone is the speaker:
            // «сообщил "Газпром"»)
            if let Some(q) = self.quote_range(a)
                && q.1 - q.0 <= 5
                && q.1 + 1 < hi
                && self.t(q.1).quote == 0
                && (self.t(q.1).has(Class::ROLE | Class::TITLE) || self.is_name_word(q.1) && self.is_name_word(q.1 + 1))
            {
                a = q.1;
                continue;
            }
            // the outlet it was said to: "ТАСС", "РИА Новости"
            if a + 1 < hi && self.t(a).quote == 0 && self.t(a).is_word() && self.lex.is_outlet(self.s(a)) {
                a += 1;
                if a + 1 < hi && self.is_any(a, &["новости", "новостям"]) {
                    a += 1;
                }
                continue;
            }
            break;
        }
        if a >= hi {
            return None;
        }
        if self.t(a).has(Class::PRONOUN) && self.t(a).quote == 0 {
            return Some((a, a + 1));
        }
        if self.t(a).has(Class::PREP) {
            return None;
        }
        // «Газпром»: a name in quotation marks
        if let Some(q) = self.quote_range(a)
            && q.1 - q.0 <= 5
            && q.1 <= hi
            && (q.0 + 1..q.1 - 1).any(|k| self.t(k).is_word())
        {
            return Some(q);
        }
        // to the end of the first name, or to a preposition or comma, or
        // to the outlet that relays the words ("цитирует Пескова ТАСС")
        let stop = (a..hi)
            .find(|&k| {
                let t = self.t(k);
                t.quote == 0
                    && (t.is_any_punct(&[',', '.', ';', ':', '!', '?'])
                        || self.is_dash(k)
                        || t.has(Class::MEDIUM)
                        || k > a && t.is_word() && self.lex.is_outlet(self.s(k)))
            })
            .unwrap_or(hi);
        if let Some(&(_, e)) = self.name_runs(a, stop).first() {
            return Some((a, e));
        }
        let mut e = a;
        // (a hearer after the speaker is no part of them: "Песков
        // журналистам")
        while e < stop
            && !((self.t(e).has(Class::PREP) || self.is_any(e, HEARERS)) && e > a && self.t(e).quote == 0)
            && self.t(e).verb.is_none()
        {
            e += 1;
        }
        (e > a && self.speaker_like((a, e))).then_some((a, e))
    }

    /// Whether the phrase names a news agency or outlet (or its
    /// correspondent): an agency tail, not a speaker.
    pub fn is_outlet(&self, r: Range) -> bool {
        (r.0..r.1).any(|k| self.t(k).is_word() && self.lex.is_outlet(self.s(k)))
            && !(r.0..r.1).any(|k| self.is_any(k, &["источник", "джерело", "собеседник", "співрозмовник"]))
    }

    /// Where an agency tail starts in `[a, e)` (`, — передает ТАСС`, `,
    /// сообщает РИА Новости`, `– повідомляє РБК-Україна`), if the range
    /// ends with one.
    pub fn tail_start(&self, a: usize, e: usize) -> Option<usize> {
        let mut k = e;
        while k > a {
            k -= 1;
            let t = self.t(k);
            if t.quote != 0 {
                continue;
            }
            if t.is_punct(',') || self.is_dash(k) {
                // the verb and the outlet after the comma or dash
                let mut v = k + 1;
                while v < e && self.is_dash(v) {
                    v += 1;
                }
                if v < e && self.is_relay(v, e) {
                    // the comma before a dash belongs to the tail too
                    let mut s = k;
                    while s > a && (self.t(s - 1).is_punct(',') || self.is_dash(s - 1)) {
                        s -= 1;
                    }
                    return Some(s);
                }
                if k + 8 < e {
                    // a tail is short: stop looking further back
                    return None;
                }
            }
        }
        None
    }

    /// A relaying verb and outlet at `v` running to `e`: `передает ТАСС`,
    /// `сообщает «Интерфакс»`, `пише РБК`.
    fn is_relay(&self, v: usize, e: usize) -> bool {
        let Some(verb) = self.verb(v) else { return false };
        if verb.form == Form::Gerund {
            return false;
        }
        let flags = self.flags(v);
        let rest = (v + 1, self.trim_end(v + 1, e));
        if rest.1 <= rest.0 {
            return false;
        }
        let quoted_outlet = (rest.0..rest.1).any(|k| self.t(k).quote != 0);
        // "со ссылкой на X" / "з посиланням на X": X is the speaker, not a tail
        if (rest.0..rest.1).any(|k| self.is_any(k, &["ссылкой", "посиланням"])) {
            return false;
        }
        flags & slavic::flags::RELAY != 0 || self.is_outlet(rest) || quoted_outlet && rest.1 - rest.0 <= 4
    }

    /// Drops final punctuation.
    pub fn trim_end(&self, a: usize, mut e: usize) -> usize {
        while e > a && self.t(e - 1).quote == 0 && self.t(e - 1).is_any_punct(&['.', ',', ';', ':', '!', '?', '…'])
            || e > a && self.is_dash(e - 1) && self.t(e - 1).quote == 0
        {
            e -= 1;
        }
        e
    }

    /// The end of a content that starts at `a` and runs to the end of the
    /// sentence: before an agency tail, before `и что` (a second
    /// content), before `и заявил` (a second report), before final
    /// punctuation.
    pub fn content_end(&self, si: usize, a: usize) -> usize {
        let s = self.d.sents[si];
        let mut e = self.trim_end(a, s.end);
        if let Some(t) = self.tail_start(a, e) {
            e = t;
        }
        for k in a..e {
            let t = self.t(k);
            if t.quote != 0 {
                continue;
            }
            // ", и что …", "і що …"
            if self.is_and(k) && self.is_that(k + 1) && k > a {
                e = k;
                break;
            }
            // "… и заявила, что", "… і закликав" : a second report of the
            // same subject
            if self.is_and(k)
                && k > a
                && (k + 1..(k + 3).min(e)).any(|j| {
                    self.verb(j).is_some_and(|v| v.form == Form::Finite)
                        && self.flags(j) & slavic::flags::RELAY == 0
                        && (k + 1..j).all(|x| self.t(x).has(Class::ADVERB))
                })
            {
                e = k;
                break;
            }
            // ", — сказал он. — …", ", – додав Х": an attribution inside
            if t.is_punct(',') && self.is_dash(k + 1) && self.verb(k + 2).is_some() {
                e = k;
                break;
            }
            // "…, отметил собеседник РБК.": an attribution after the
            // clause with no dash, its speaker to the sentence's end
            if t.is_punct(',') && k > a && self.inverted_attribution(k + 1, e) {
                e = k;
                break;
            }
        }
        self.trim_end(a, e)
    }

    /// Whether a finite reporting verb at `v` opens an attribution that
    /// runs to `e`: a few words naming the speaker, no clause of its own
    /// ("отметил собеседник РБК", "заявив Сибіга").
    fn inverted_attribution(&self, v: usize, e: usize) -> bool {
        v + 1 < e
            && e - v <= 7
            && self.t(v).quote == 0
            && self.verb(v).is_some_and(|x| x.form == Form::Finite)
            && self.flags(v) & slavic::flags::NO_CONTENT == 0
            && (v + 1..e).all(|j| self.t(j).quote == 0 && !self.is_that(j) && self.verb(j).is_none())
    }

    /// The `что` / `що` clause after a verb at `v`: its first word, when
    /// only adjuncts, a hearer or an object stand between.
    pub fn that_clause(&self, si: usize, v: usize) -> Option<usize> {
        let s = self.d.sents[si];
        let hi = s.end.min(v + 14);
        let that = (v + 1..hi).find(|&k| self.is_that(k) && self.t(k).quote == 0)?;
        // nothing clause-like before it: no other verb, no colon
        if (v + 1..that).any(|k| {
            let t = self.t(k);
            t.quote == 0 && (t.is_punct(':') || t.is_punct(';') || t.verb.is_some_and(|x| x.form == Form::Finite))
        }) {
            return None;
        }
        // «назвала бредом слова Каллас о том, что …»: the clause after a
        // noun of speech and «о том» / «про те» is what the noun's owner
        // said, not what the verb's subject says
        if that >= v + 4
            && self.t(that - 1).is_punct(',')
            && self.is_any(that - 2, &["том", "те"])
            && self.is_any(that - 3, &["о", "об", "про"])
            && (v + 1..that - 3).any(|k| self.t(k).quote == 0 && self.t(k).has(Class::REPORT_NOUN))
        {
            return None;
        }
        (that + 1 < s.end).then_some(that + 1)
    }

    /// The sentence index holding token `k`.
    pub fn sentence_of(&self, k: usize) -> Option<usize> {
        self.d.sents.iter().position(|s| s.start <= k && k < s.end)
    }

    /// The range of a quotation given the index of its opening mark.
    pub fn quote_range(&self, open: usize) -> Option<Range> {
        let t = self.d.w.toks.get(open)?;
        if t.quote == 0 || !t.is_quote() {
            return None;
        }
        let q = &self.d.quotes[t.quote as usize - 1];
        (q.open == open).then_some((q.open, q.close + 1))
    }
}

/// Takes back a candidate a later rule reads better, without moving the
/// others (whose `Inherit` indices point into the list): its content
/// becomes empty, and empty contents make no statement.
pub(crate) fn withdraw(c: &mut super::Candidate) {
    c.content = vec![(0, 0)];
    c.source = super::Source::None;
}

/// Whom a statement was made to, in the dative, next to its speaker:
/// "сказал журналистам Песков", "сказал Песков журналистам".
const HEARERS: &[&str] = &["журналистам", "журналістам", "репортерам", "изданию", "виданню"];

/// Whether a text has any Cyrillic letter (so the Russian and Ukrainian
/// rules may be needed): UTF-8 lead bytes of U+0400..U+04FF.
pub fn has_cyrillic(text: &str) -> bool {
    memchr::memchr3(0xD0, 0xD1, 0xD2, text.as_bytes()).is_some() || memchr::memchr(0xD3, text.as_bytes()).is_some()
}
