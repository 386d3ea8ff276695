//! Word lists the extraction rules consult, one set per language, as data.
//!
//! The lists themselves live in one file per language ([`en`]); this module
//! turns them into one lookup table per language, built once. Every word
//! of an article is looked up once, lower-cased ([`Lexicon::get`]); the
//! rules then test flags instead of comparing strings. A language is added
//! by writing its lists (`ru.rs`, say) and a [`Lang`] variant: nothing
//! here is specific to English but the default.

pub mod en;
pub mod ru;
pub mod slavic;
pub mod uk;

use crate::topics::matcher::FastMap;
use std::sync::LazyLock;

/// A language whose word lists exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
}

/// A reporting verb in all its forms: (base, 3rd person, past, gerund,
/// frame, strong). The past participle is the past unless listed in
/// [`Tables::irregular_participles`].
pub type VerbForms = (&'static str, &'static str, &'static str, &'static str, Frame, bool);

/// A verb with a particle: (particle, base, 3rd person, past, gerund,
/// frame).
pub type PhrasalForms = (&'static str, &'static str, &'static str, &'static str, &'static str, Frame);

/// One language's lists.
pub struct Tables {
    /// Word lists and the class each gives its words.
    pub classes: &'static [(&'static [&'static str], Class)],
    pub verbs: &'static [VerbForms],
    pub phrasal: &'static [PhrasalForms],
    /// (participle, base) where the participle differs from the past.
    pub irregular_participles: &'static [(&'static str, &'static str)],
    /// Given names that mark a woman, for choosing between he and she.
    pub female_names: &'static [&'static str],
    /// Surname endings that mark a woman (Zakharova, Stefanishyna).
    pub feminine_surname_endings: &'static [&'static str],
    /// Words with such an ending that do not.
    pub not_feminine_surnames: &'static [&'static str],
    /// Forms of reporting verbs that are nearly always nouns in news copy
    /// ("member states", "his remarks"): read as nouns.
    pub nouns_not_verbs: &'static [&'static str],
    /// (country, adjective, other names): nationality words.
    pub countries: &'static [(&'static str, &'static str, &'static [&'static str])],
}

/// A tiny bit-flag type, to avoid a dependency for one struct.
macro_rules! bitflags_lite {
    (
        $(#[$m:meta])*
        pub struct $name:ident: $t:ty {
            $( const $f:ident = $v:expr; )*
        }
    ) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
        pub struct $name(pub $t);
        #[allow(dead_code)]
        impl $name {
            $( pub const $f: $name = $name($v); )*
            pub const fn empty() -> Self { $name(0) }
            pub const fn contains(self, o: $name) -> bool { self.0 & o.0 == o.0 }
            pub const fn intersects(self, o: $name) -> bool { self.0 & o.0 != 0 }
            pub const fn union(self, o: $name) -> Self { $name(self.0 | o.0) }
            pub const fn difference(self, o: $name) -> Self { $name(self.0 & !o.0) }
        }
        impl std::ops::BitOr for $name {
            type Output = $name;
            fn bitor(self, o: $name) -> $name { $name(self.0 | o.0) }
        }
        impl std::ops::BitOrAssign for $name {
            fn bitor_assign(&mut self, o: $name) { self.0 |= o.0 }
        }
    };
}

/// How a reporting verb takes what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// `S said (that) C`, `C, S said`, `“Q,” S said`.
    Say,
    /// Like `Say` but with a hearer first: `S told reporters (that) C`.
    Tell,
    /// `S accused X of C`: the content starts at the object.
    Accuse,
    /// The content is the object itself: `S rejected any deal`,
    /// `S called for talks`.
    Object,
    /// `S called X “Q”`, `S described X as Y`.
    Describe,
    /// A belief or wish rather than speech: `S believes (that) C`.
    Belief,
    /// An attitude voiced: `S voiced concern over C`, `S expressed doubt
    /// that C`; the attitude noun stays in the content.
    Attitude,
}

/// The form of a verb, which decides how it can head a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// say, says, said (finite or bare)
    Finite,
    /// saying, adding: a participle continuing an earlier subject
    Gerund,
    /// said as past participle: `has said`; the same word as the past
    /// tense for most verbs, so `Finite` also covers it
    Participle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    pub frame: Frame,
    pub form: Form,
    /// The bare form ("call", "say"), which after a singular noun is a
    /// noun compound ("a video call") rather than a verb.
    pub bare: bool,
    /// Stronger verbs can stand without `that` and are trusted more.
    pub strong: bool,
}

bitflags_lite! {
    /// Word classes a token can belong to (several at once).
    pub struct Class: u32 {
        const DET        = 1 << 0;  // the, a, his, any, two ...
        const PRONOUN    = 1 << 1;  // he, she, they, it, we, I
        const PREP       = 1 << 2;  // on, in, at, for, with ...
        const SUBORD     = 1 << 3;  // as, when, while, because, after ...
        const AUX        = 1 << 4;  // has, had, was, would, will ...
        const ADVERB     = 1 << 5;  // also, repeatedly, later ...
        const ROLE       = 1 << 6;  // spokesman, minister, official ...
        const TITLE      = 1 << 7;  // a role word used before a name: President, Foreign, Minister ...
        const NATION     = 1 << 8;  // Russian, Ukraine's, US ...
        const TIME       = 1 << 9;  // Monday, December, yesterday ...
        const WH         = 1 << 10; // how, what, whether, why ...
        const CONJ       = 1 << 11; // and, or, but
        const NEGATION   = 1 << 12; // not, never, n't
        const FINITE     = 1 << 13; // is, was, were, has, had, will, would, can ...
        const GROUP      = 1 << 14; // plural speaker heads: officials, leaders, sources
        const ORG        = 1 << 15; // ministry, government, agency, office ...
        const FEMALE     = 1 << 16; // she, her (pronoun gender)
        const MALE       = 1 << 17;
        const PLURAL     = 1 << 18; // they, them, we
        const NOT_NAME   = 1 << 19; // capitalised words that are never a person's name
        const SENT_ADV   = 1 << 20; // however, meanwhile, instead: sentence adverbs
        const MEDIUM     = 1 << 21; // X, Telegram, Twitter, Facebook: `wrote on X`
        const INTENT     = 1 << 22; // declined, wants, expected: `declined to say` reports nothing
        const REPORT_NOUN = 1 << 23; // statement, claim, warning: `a statement by S that C`
        const ATTITUDE   = 1 << 24; // concern, doubt, hope: `voiced concern over`
        const NON_SPEAKER = 1 << 25; // data, poll, footage: show things, say nothing
        const OUTLET     = 1 << 26; // TASS, Reuters, Ukrinform: relay what others say
    }
}

impl Class {
    /// The closed classes: words that are never a noun of a phrase
    /// ("has", "on", "and", "when", "he", "the", "how", "also").
    pub const CLOSED: Class = Class::FINITE
        .union(Class::AUX)
        .union(Class::PREP)
        .union(Class::CONJ)
        .union(Class::SUBORD)
        .union(Class::PRONOUN)
        .union(Class::DET)
        .union(Class::WH)
        .union(Class::ADVERB);
}

/// What the lexicon knows about one lower-cased word.
#[derive(Debug, Clone, Copy, Default)]
pub struct Entry {
    pub class: Class,
    pub verb: Option<Verb>,
    /// A form of a phrasal reporting verb (`call` of `call for`): only
    /// these are looked up with the word after them ([`Lexicon::phrasal`]).
    pub phrasal: bool,
}

/// One language's table, built from its lists.
pub struct Lexicon {
    pub lang: Lang,
    pub tables: &'static Tables,
    /// Words as lower-case UTF-8 bytes.
    table: FastMap<Box<[u8]>, Entry>,
    /// The ASCII words of `table` of at most [`SHORT`] bytes, each packed
    /// into one number ([`short_key`]): most words of a text are looked
    /// up here, lower-cased, hashed and compared a whole word at a time.
    short: FastMap<u128, Entry>,
    /// Each particle of `tables.phrasal` with its entries, in table
    /// order: most words are no particle, and are turned down at once.
    phrasal_by_particle: Vec<(&'static str, Vec<usize>)>,
    /// `tables.female_names` as a set: asked of every named speaker.
    female_names:
        std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::topics::matcher::FxHasher>>,
}

static EN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(Lang::En, &en::TABLES));

impl Lexicon {
    /// The lexicon of a language, built on first use.
    pub fn of(lang: Lang) -> &'static Lexicon {
        match lang {
            Lang::En => &EN,
        }
    }

    fn build(lang: Lang, tables: &'static Tables) -> Lexicon {
        let mut t: FastMap<Box<[u8]>, Entry> = FastMap::with_capacity_and_hasher(4096, Default::default());
        for &(words, class) in tables.classes {
            for w in words {
                t.entry(w.as_bytes().into()).or_default().class |= class;
            }
        }
        let mut owned: Vec<String> = Vec::new();
        for &(country, adjective, others) in tables.countries {
            for f in std::iter::once(&country).chain(std::iter::once(&adjective)).chain(others) {
                owned.push(f.to_string());
                owned.push(format!("{f}'s"));
                owned.push(format!("{f}’s"));
            }
        }
        for f in owned {
            t.entry(f.into_bytes().into_boxed_slice()).or_default().class |= Class::NATION;
        }
        let mut verb = |w: &'static str, v: Verb| {
            let e = t.entry(w.as_bytes().into()).or_default();
            // keep the first (most specific) frame for a word
            if e.verb.is_none() {
                e.verb = Some(v);
            }
        };
        for &(base, third, past, ger, frame, strong) in tables.verbs {
            let v = |form| Verb { frame, form, bare: false, strong };
            verb(base, Verb { bare: base != past, ..v(Form::Finite) });
            verb(third, v(Form::Finite));
            verb(past, v(Form::Finite));
            verb(ger, v(Form::Gerund));
        }
        for &(w, base) in tables.irregular_participles {
            if let Some(&(_, _, _, _, frame, strong)) = tables.verbs.iter().find(|v| v.0 == base) {
                verb(w, Verb { frame, form: Form::Participle, bare: false, strong });
            }
        }
        for w in tables.nouns_not_verbs {
            if let Some(e) = t.get_mut(w.as_bytes()) {
                e.verb = None;
            }
        }
        for &(_, base, third, past, ger, _) in tables.phrasal {
            for w in [base, third, past, ger] {
                t.entry(w.as_bytes().into()).or_default().phrasal = true;
            }
        }
        let mut phrasal_by_particle: Vec<(&'static str, Vec<usize>)> = Vec::new();
        for (i, forms) in tables.phrasal.iter().enumerate() {
            match phrasal_by_particle.iter_mut().find(|(p, _)| *p == forms.0) {
                Some((_, v)) => v.push(i),
                None => phrasal_by_particle.push((forms.0, vec![i])),
            }
        }
        let short = t
            .iter()
            .filter(|(w, _)| w.len() <= SHORT && w.is_ascii())
            .filter_map(|(w, e)| Some((short_key(w)?, *e)))
            .collect();
        let female_names = tables.female_names.iter().copied().collect();
        Lexicon { lang, tables, table: t, short, phrasal_by_particle, female_names }
    }

    /// Looks up a word; `word` may have any case.
    pub fn get(&self, word: &str) -> Entry {
        if word.len() <= SHORT
            && let Some(key) = short_key(word.as_bytes())
        {
            return self.short.get(&key).copied().unwrap_or_default();
        }
        let mut buf = [0u8; 40];
        if word.len() <= buf.len() && word.is_ascii() {
            for (b, c) in buf.iter_mut().zip(word.bytes()) {
                *b = c.to_ascii_lowercase();
            }
            // ASCII lower-casing keeps UTF-8 valid: the bytes are the
            // lower-case word's
            return self.table.get(&buf[..word.len()]).copied().unwrap_or_default();
        }
        if word.len() > 60 {
            return Entry::default();
        }
        let lower = word.to_lowercase();
        self.table.get(lower.as_bytes()).copied().unwrap_or_default()
    }

    /// A word [`pack`]ed as written, read at once when it is ASCII: its
    /// entry, whether it starts with a capital and whether it is all in
    /// capitals (as the tokenizer reads them). `None` for a word with a
    /// byte beyond ASCII. Why: the ASCII words this lexicon lists fit the
    /// processor's nearer caches, where a table of every word a text has
    /// used does not, and the capitals of a packed word are a few
    /// operations on the whole word.
    #[inline]
    pub(crate) fn read_packed(&self, x: u128) -> Option<(Entry, bool, bool)> {
        // sixteen bytes at once where the processor compares them so
        #[cfg(target_arch = "x86_64")]
        {
            use crate::simd::Bytes16;
            let v = Bytes16::of_u128(x);
            if v.mask() != 0 {
                return None;
            }
            let upper = v.in_range(b'A', b'Z');
            let lower = v.in_range(b'a', b'z');
            let key = v.or(upper.and(Bytes16::splat(0x20))).to_u128();
            let entry = self.short.get(&key).copied().unwrap_or_default();
            let cap = upper.mask() & 1 != 0;
            Some((entry, cap, cap && lower.mask() == 0))
        }
        #[cfg(not(target_arch = "x86_64"))]
        self.read_packed_by_words(x)
    }

    /// [`Self::read_packed`] by arithmetic on the whole word.
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    pub(crate) fn read_packed_by_words(&self, x: u128) -> Option<(Entry, bool, bool)> {
        const ONES: u128 = u128::MAX / 255;
        const HIGH: u128 = ONES * 0x80;
        if x & HIGH != 0 {
            return None;
        }
        // as in short_key: no byte is 0x80 or above, so no sum carries
        let upper = (x + ONES * (0x80 - u128::from(b'A'))) & !(x + ONES * (0x80 - u128::from(b'Z') - 1)) & HIGH;
        let lower = (x + ONES * (0x80 - u128::from(b'a'))) & !(x + ONES * (0x80 - u128::from(b'z') - 1)) & HIGH;
        let entry = self.short.get(&(x | (upper >> 2))).copied().unwrap_or_default();
        let cap = upper & 0x80 != 0;
        Some((entry, cap, cap && lower == 0))
    }

    /// Phrasal reporting verbs (`call for`, `point out`): the frame when
    /// `verb` is followed by `particle`.
    pub fn phrasal(&self, verb: &str, particle: &str) -> Option<(Frame, Form)> {
        // `listed` is `word` lower-cased (ASCII), compared without
        // allocating: this is asked at every reporting verb
        let is = |listed: &str, word: &str| {
            listed.len() == word.len() && listed.bytes().zip(word.bytes()).all(|(a, b)| a == b.to_ascii_lowercase())
        };
        let (_, entries) = self.phrasal_by_particle.iter().find(|(part, _)| is(part, particle))?;
        entries.iter().find_map(|&e| {
            let (_, base, third, past, ger, frame) = self.tables.phrasal[e];
            if is(base, verb) || is(third, verb) || is(past, verb) {
                Some((frame, Form::Finite))
            } else if is(ger, verb) {
                Some((frame, Form::Gerund))
            } else {
                None
            }
        })
    }

    /// The country a nationality word stands for ("Poland's", "Polish",
    /// "Warsaw" → "poland"), if it is one.
    pub fn country_of(&self, word: &str) -> Option<&'static str> {
        let w = word.to_lowercase().replace('’', "'");
        let w = w.strip_suffix("'s").unwrap_or(&w);
        self.tables
            .countries
            .iter()
            .find(|(c, a, others)| *c == w || *a == w || others.contains(&w))
            .map(|(c, _, _)| *c)
    }

    /// The adjective of the country a country's name or a place word
    /// stands for ("Poland", "Warsaw" → "polish").
    pub fn adjective_of_country(&self, word: &str) -> Option<&'static str> {
        let w = word.to_lowercase();
        self.tables.countries.iter().find(|(c, _, others)| *c == w || others.contains(&w.as_str())).map(|(_, a, _)| *a)
    }

    /// The adjective of the country a place word stands for ("Kyiv" →
    /// "ukrainian", "Washington" → "american"): only capitals and the
    /// other names of [`Tables::countries`], not the country or the
    /// adjective themselves.
    pub fn adjective_of_place(&self, word: &str) -> Option<&'static str> {
        let w = word.to_lowercase();
        self.tables.countries.iter().find(|(_, _, others)| others.contains(&w.as_str())).map(|(_, a, _)| *a)
    }

    /// Whether a given name (or a Slavic surname) marks a woman.
    pub fn is_female_name(&self, first: &str, last: &str) -> bool {
        let f = first.to_lowercase();
        if self.female_names.contains(f.as_str()) {
            return true;
        }
        let l = last.to_lowercase();
        l.len() > 5
            && self.tables.feminine_surname_endings.iter().any(|s| l.ends_with(s))
            && !self.tables.not_feminine_surnames.iter().any(|s| l == *s)
    }
}

/// The longest word [`short_key`] packs.
const SHORT: usize = 15;

/// A word of at most [`SHORT`] bytes packed into one number: its bytes
/// from the lowest, then its length in the highest byte (so "ab" and
/// "ab\0" differ), to be hashed and compared at once. `None` for a
/// longer word.
#[inline]
pub(crate) fn pack(word: &[u8]) -> Option<u128> {
    if word.len() > SHORT {
        return None;
    }
    let x = match word.split_at_checked(8) {
        Some((lo, hi)) => u128::from(load_le(lo)) | u128::from(load_le(hi)) << 64,
        None => u128::from(load_le(word)),
    };
    Some(x | ((word.len() as u128) << 120))
}

/// An ASCII word of at most [`SHORT`] bytes, lower-cased, [`pack`]ed.
/// `None` for a longer or non-ASCII word.
#[inline]
fn short_key(word: &[u8]) -> Option<u128> {
    let x = pack(word)?;
    const ONES: u128 = u128::MAX / 255;
    const HIGH: u128 = ONES * 0x80;
    if x & HIGH != 0 {
        return None;
    }
    // every byte is below 0x80, so adding to each cannot carry into the
    // next: a byte is an upper-case letter when b + (0x80 - 'A') reaches
    // 0x80 and b + (0x80 - 'Z' - 1) does not; its 0x20 bit is then set
    // (the length byte, at most 15, is no letter)
    let upper = (x + ONES * (0x80 - u128::from(b'A'))) & !(x + ONES * (0x80 - u128::from(b'Z') - 1)) & HIGH;
    Some(x | (upper >> 2))
}

/// Up to eight bytes as a little-endian number, the missing high bytes
/// zero: read with two loads that may overlap (the bytes they share are
/// the same), not copied byte by byte into a buffer, since every word of
/// every text is packed this way.
#[inline]
fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    match n {
        0 => 0,
        1..=3 => u64::from(b[0]) | u64::from(b[n / 2]) << (8 * (n / 2)) | u64::from(b[n - 1]) << (8 * (n - 1)),
        4..=7 => {
            let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
            u64::from(lo) | u64::from(hi) << (8 * (n - 4))
        }
        _ => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
    }
}

/// Looks up a word in the English lexicon; `word` may have any case.
pub fn lookup(word: &str) -> Entry {
    Lexicon::of(Lang::En).get(word)
}

/// [`Lexicon::phrasal`] in English.
pub fn phrasal(verb: &str, particle: &str) -> Option<(Frame, Form)> {
    Lexicon::of(Lang::En).phrasal(verb, particle)
}

/// [`Lexicon::is_female_name`] in English.
pub fn is_female_name(first: &str, last: &str) -> bool {
    Lexicon::of(Lang::En).is_female_name(first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_month_abbreviations_are_the_twelve_short_months() {
        assert_eq!(
            en::MONTH_ABBREVIATIONS,
            ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
        );
        // and the Russian and Ukrainian months, January to December
        for (months, first, last) in [(ru::MONTHS, "января", "декабря"), (uk::MONTHS, "січня", "грудня")]
        {
            assert_eq!((months.len(), months[0], months[11]), (12, first, last));
        }
    }

    /// Every list of every language, by name.
    fn all_lists(t: &Tables) -> Vec<(String, Vec<String>)> {
        let owned = |w: &[&str]| w.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mut out: Vec<(String, Vec<String>)> =
            t.classes.iter().map(|(words, class)| (format!("class {class:?}"), owned(words))).collect();
        // a verb is listed twice when all its forms repeat (spelling
        // variants such as signaled / signalled are two entries)
        out.push(("verbs".into(), t.verbs.iter().map(|v| format!("{} {} {} {}", v.0, v.1, v.2, v.3)).collect()));
        out.push(("phrasal verbs".into(), t.phrasal.iter().map(|v| format!("{} {}", v.1, v.0)).collect()));
        out.push(("female names".into(), owned(t.female_names)));
        out.push(("surname endings".into(), owned(t.feminine_surname_endings)));
        out.push(("nouns, not verbs".into(), owned(t.nouns_not_verbs)));
        out.push((
            "countries".into(),
            t.countries
                .iter()
                .flat_map(|(c, a, o)| std::iter::once(c).chain(std::iter::once(a)).chain(*o))
                .map(|w| w.to_string())
                .collect(),
        ));
        out
    }

    #[test]
    fn no_list_holds_a_word_twice() {
        for lang in [Lang::En] {
            for (name, words) in all_lists(Lexicon::of(lang).tables) {
                let mut seen = std::collections::HashSet::new();
                for w in &words {
                    assert!(seen.insert(w.clone()), "{lang:?} {name}: {w:?} is listed twice");
                }
            }
        }
    }

    #[test]
    fn lists_outside_the_tables_hold_each_word_once_in_lower_case() {
        for (name, words) in [
            ("WITHHELD", en::WITHHELD),
            ("CONSEQUENCES", en::CONSEQUENCES),
            ("OUTLET_NAMES", en::OUTLET_NAMES),
            ("SOURCE_MANNER", en::SOURCE_MANNER),
            ("REPORTER_FRAMING", en::REPORTER_FRAMING),
            ("SECTION_LABELS", en::SECTION_LABELS),
            ("SAID_THINGS", en::SAID_THINGS),
            ("READ_AS", en::READ_AS),
            ("STAFF", en::STAFF),
            ("CLAIM_NOUNS", en::CLAIM_NOUNS),
            ("GENERIC_OFFICES", en::GENERIC_OFFICES),
            ("CHECKING_VERBS", en::CHECKING_VERBS),
            ("LED_BY_GOVERNMENT", en::LED_BY_GOVERNMENT),
            ("HEAD_OF_GOVERNMENT", en::HEAD_OF_GOVERNMENT),
            ("QUALITIES", en::QUALITIES),
            ("GROUPS_WORKED_IN", en::GROUPS_WORKED_IN),
            ("RESTATED_POSITIONS", en::RESTATED_POSITIONS),
            ("VERB_NOUN_COMPOUNDS", &en::VERB_NOUN_COMPOUNDS.iter().map(|(v, _)| *v).collect::<Vec<_>>()),
            ("ru MONTHS", ru::MONTHS),
            ("uk MONTHS", uk::MONTHS),
        ] {
            let mut seen = std::collections::HashSet::new();
            for w in words {
                assert!(seen.insert(w), "{name}: {w:?} is listed twice");
                assert!(!w.is_empty() && w.trim() == *w && w.to_lowercase() == *w, "{name}: {w:?}");
            }
        }
        for (verb, nouns) in en::VERB_NOUN_COMPOUNDS {
            let mut seen = std::collections::HashSet::new();
            for w in *nouns {
                assert!(seen.insert(w), "{verb}: {w:?} is listed twice");
                assert!(!w.is_empty() && !w.contains(' ') && w.to_lowercase() == *w, "{verb}: {w:?}");
            }
        }
    }

    #[test]
    fn every_generic_office_ends_in_office() {
        // the resolver reads each as one word and "office"
        assert!(en::GENERIC_OFFICES.iter().all(|g| g.strip_suffix(" office").is_some_and(|w| !w.contains(' '))));
    }

    #[test]
    fn irregular_past_tenses_are_sorted_once_each() {
        // looked up by binary search
        assert!(en::IRREGULAR_PAST.windows(2).all(|w| w[0] < w[1]), "not sorted, or a word twice");
        assert!(en::AMBIGUOUS_PAST.windows(2).all(|w| w[0] < w[1]), "not sorted, or a word twice");
        assert!(!en::AMBIGUOUS_PAST.iter().any(|w| en::IRREGULAR_PAST.contains(w)), "in both lists");
    }

    #[test]
    fn lists_are_lower_case_single_entries() {
        for (name, words) in all_lists(&en::TABLES) {
            for w in words {
                assert!(!w.is_empty() && w.trim() == w, "{name}: {w:?}");
                assert_eq!(w.to_lowercase(), w, "{name}: {w:?} is not lower case");
            }
        }
    }

    #[test]
    fn verbs_in_every_tense_are_found() {
        for w in ["said", "Says", "SAY", "told", "telling", "stressed", "warns", "accused", "wrote", "written"] {
            assert!(lookup(w).verb.is_some(), "{w}");
        }
        assert_eq!(lookup("accused").verb.map(|v| v.frame), Some(Frame::Accuse));
        assert_eq!(lookup("adding").verb.map(|v| v.form), Some(Form::Gerund));
        assert!(lookup("table").verb.is_none());
    }

    #[test]
    fn word_classes() {
        assert!(lookup("The").class.contains(Class::DET));
        assert!(lookup("spokesman").class.contains(Class::ROLE));
        assert!(lookup("Ukraine’s").class.contains(Class::NATION));
        assert!(lookup("she").class.contains(Class::PRONOUN | Class::FEMALE));
        assert!(!lookup("he").class.contains(Class::FEMALE));
    }

    #[test]
    fn words_are_packed_byte_for_byte() {
        let text = b"abcdefghijklmnop";
        for n in 0..=SHORT {
            let mut buf = [0u8; 16];
            buf[..n].copy_from_slice(&text[..n]);
            buf[15] = n as u8;
            assert_eq!(short_key(&text[..n]), Some(u128::from_le_bytes(buf)), "{n} bytes");
        }
    }

    #[test]
    fn short_words_are_packed_lower_case_with_their_length() {
        assert_eq!(short_key(b"Said"), short_key(b"said"));
        assert_eq!(short_key(b"ZELENSKY@#_"), short_key(b"zelensky@#_"));
        assert_ne!(short_key(b"ab"), short_key(b"ab\0"));
        // the characters around the capitals stay as they are
        assert_ne!(short_key(b"@"), short_key(b"`"));
        assert_ne!(short_key(b"["), short_key(b"{"));
        assert_eq!(short_key(b"fifteen-letters"), short_key(b"FIFTEEN-LETTERS"));
        assert_eq!(short_key(b"sixteen--letters"), None);
        assert_eq!(short_key("Kyiv’s".as_bytes()), None);
        // every listed word is found in any case, short or long
        let lex = Lexicon::of(Lang::En);
        for (w, e) in &lex.table {
            let Ok(w) = std::str::from_utf8(w) else { continue };
            for form in [w.to_string(), w.to_ascii_uppercase()] {
                let got = lex.get(&form);
                assert_eq!((got.class, got.verb, got.phrasal), (e.class, e.verb, e.phrasal), "{form}");
            }
        }
    }

    #[test]
    fn phrasal_verbs_need_their_particle() {
        assert_eq!(phrasal("called", "for"), Some((Frame::Object, Form::Finite)));
        assert_eq!(phrasal("pointing", "out"), Some((Frame::Say, Form::Gerund)));
        assert_eq!(phrasal("called", "in"), None);
    }

    #[test]
    fn the_catalogues_given_names_are_no_role_or_title_words() {
        // a given name in a list of roles or titles would cut every
        // person of that name out of their own name ("Dmytro X said")
        let catalogue = crate::catalogue::Catalogue::builtin();
        for actor in &catalogue.actors {
            for sp in actor.speakers.iter().filter(|sp| sp.kind == crate::catalogue::SpeakerKind::Person) {
                let words: Vec<&str> = sp.name.split_whitespace().collect();
                if words.len() < 2 || !words[0].is_ascii() {
                    continue;
                }
                let class = lookup(words[0]).class;
                assert!(
                    !class.intersects(Class::ROLE | Class::TITLE | Class::NOT_NAME | Class::ORG),
                    "{}: {:?} is listed as a word of another kind",
                    sp.name,
                    words[0]
                );
            }
        }
    }

    #[test]
    fn female_names() {
        assert!(is_female_name("Maria", "Zakharova"));
        assert!(is_female_name("Natalia", "Brody"));
        assert!(is_female_name("X", "Moskalkova"));
        assert!(!is_female_name("Dmitry", "Peskov"));
        assert!(!is_female_name("Andrii", "Sybiha"));
    }
}
