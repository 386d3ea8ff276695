//! Russian and Ukrainian word lists, read into one table per language.
//!
//! The lists themselves are data in [`super::ru`] and [`super::uk`]; this
//! module turns them into lookup tables, built once. Reporting verbs are
//! listed by the stem of their past tense (which takes the gender and
//! number endings: заяви → заявил, заявила, заявили; заявив, заявила,
//! заявили) plus their other forms written out; every form gets the
//! verb's frame and the gender or number its ending shows. Tokens of a
//! Russian or Ukrainian sentence are given these classes and verbs before
//! the rules run, so the rules read flags, as the English ones do.

use super::{Class, Entry, Form, Frame, Verb};
use crate::topics::matcher::FastMap;
use std::collections::HashSet;

/// A set with the lexicon tables' fast hash.
type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<crate::topics::matcher::FxHasher>>;
use std::sync::LazyLock;

/// How a verb may take what was said, beyond its frame.
pub mod flags {
    /// `заявил о …`, `оголосив про …`: what follows the preposition is
    /// what was said (a nominal report). Not for `рассказал о`, which
    /// names a subject, not a claim.
    pub const ABOUT: u16 = 1;
    /// `передает ТАСС`: the agency relays; its subject is never the
    /// speaker.
    pub const RELAY: u16 = 2;
    /// `цитирует X`: the object is the speaker.
    pub const QUOTING: u16 = 4;
    /// `не исключил, что`: reports only when negated.
    pub const NEGATED: u16 = 8;
    /// A belief or opinion (`считает, что`): a statement only with a
    /// `что` / `що` clause.
    pub const OPINION: u16 = 16;
    /// `говорится в заявлении`, `йдеться в заяві`: an impersonal passive
    /// whose source is the document named after it.
    pub const DOCUMENT: u16 = 32;
    /// Verbs of speaking that are not reports on their own (`высказался`,
    /// `отреагировал`): they only introduce a gerund that reports.
    pub const NO_CONTENT: u16 = 64;
    /// `пообещал открыть …`, `пообіцяв надати …`: an infinitive after it
    /// is what was promised, as in English "vowed to".
    pub const TO_DO: u16 = 128;
    /// `выразил обеспокоенность`, `висловив жаль`: its object alone, one
    /// word, is a feeling voiced about nothing said.
    pub const FEELING: u16 = 256;
}

/// One reporting verb.
#[derive(Debug, Clone, Copy)]
pub struct SpeechVerb {
    /// The past-tense stem; the language's endings are added (ru: л, ла,
    /// ло, ли; uk: в, ла, ло, ли). A final `+ся` makes it reflexive.
    /// Empty when every form is listed below.
    pub past: &'static str,
    /// Other finite forms (present tense, irregular pasts), whose gender
    /// or number is read from their ending.
    pub finite: &'static [&'static str],
    /// Adverbial participles (`заявив`, `наголошуючи`): an earlier subject
    /// goes on speaking.
    pub gerunds: &'static [&'static str],
    pub frame: Frame,
    pub flags: u16,
}

/// One language's lists.
pub struct SlavicTables {
    /// "ru" or "uk".
    pub code: &'static str,
    /// Endings of the past tense: masculine, feminine, neuter, plural.
    pub past_endings: [&'static str; 4],
    pub verbs: &'static [SpeechVerb],
    /// Word lists and the class each gives its words.
    pub classes: &'static [(&'static [&'static str], Class)],
    /// Role words (any form) and the English role each stands for, so
    /// that "пресс-секретаря" finds a person whose title says "spokesman".
    pub roles: &'static [(&'static str, &'static str)],
    /// Titles whose holder a text means without naming them: the words of
    /// the title (as word keys, in order, other words may sit between)
    /// and the title the catalogue gives the holder.
    pub titles: &'static [(&'static str, &'static str)],
    /// Words that name a country or body and the English word for it, to
    /// read titles: "МИД России" → Russian Foreign Ministry.
    pub title_words: &'static [(&'static str, &'static str)],
    /// The country a title without one belongs to ("глава МИД" in a
    /// Russian text is Russia's).
    pub home: &'static str,
    /// News agencies and outlets: a report they relay is not theirs.
    pub outlets: &'static [&'static str],
    /// Rubric labels that open a paragraph ("Деталі:", "Пряма мова:").
    pub labels: &'static [&'static str],
    /// Labels after which a quotation is the story's main speaker's.
    pub quote_labels: &'static [&'static str],
    /// Labels that name the source of the story ("Джерело:").
    pub source_labels: &'static [&'static str],
    /// Words that make a source a poll or a data set, not a speaker.
    pub not_speakers: &'static [&'static str],
    /// Given names that mark a woman.
    pub female_names: &'static [&'static str],
    /// Given names (men's) that start a person's name.
    pub male_names: &'static [&'static str],
    /// Endings of women's surnames.
    pub feminine_surname_endings: &'static [&'static str],
    /// How a description of an unnamed source set off by commas starts
    /// (the start of its first word, small letters, ё as е): «источник,
    /// знакомый с …, C»; what follows it is what was said.
    pub source_descriptions: &'static [&'static str],
}

/// What one lower-cased word is.
#[derive(Debug, Clone, Copy, Default)]
pub struct SlavicEntry {
    pub class: Class,
    pub verb: Option<Verb>,
    /// Flags of the verb ([`flags`]).
    pub flags: u16,
}

impl SlavicEntry {
    pub fn entry(&self) -> Entry {
        Entry { class: self.class, verb: self.verb, phrasal: false }
    }
}

pub struct SlavicLexicon {
    pub tables: &'static SlavicTables,
    table: FastMap<String, SlavicEntry>,
    /// Role word keys → English role.
    roles: FastMap<String, &'static str>,
    /// The outlets, folded ([`fold`]): asked of most capitalised words.
    outlets: FastSet<String>,
    /// The rubric labels, each folded word by word: asked at the start of
    /// every sentence a rule reads.
    pub labels: Vec<Vec<String>>,
    /// The given names as listed, and their word keys of three letters
    /// or more ([`SlavicLexicon::is_given_name`]).
    given_names: FastSet<&'static str>,
    given_name_keys: FastSet<String>,
    /// The titles, each as the word keys of its words, with the title the
    /// catalogue gives the holder.
    pub title_keys: Vec<(Vec<Vec<String>>, &'static str)>,
    /// The title words' word keys, with the English word for each.
    pub title_word_keys: Vec<(Vec<String>, &'static str)>,
}

static RU: LazyLock<SlavicLexicon> = LazyLock::new(|| SlavicLexicon::build(&super::ru::TABLES));
static UK: LazyLock<SlavicLexicon> = LazyLock::new(|| SlavicLexicon::build(&super::uk::TABLES));

/// The lexicon of "ru" or "uk" (Russian for anything else).
pub fn of(code: &str) -> &'static SlavicLexicon {
    if code == "uk" { &UK } else { &RU }
}

/// Every form of a verb, with the class its ending gives it.
pub fn verb_forms(t: &SlavicTables, v: &SpeechVerb) -> Vec<(String, Class, Form)> {
    let mut out = Vec::new();
    if !v.past.is_empty() {
        let (stem, reflexive) = match v.past.strip_suffix("+ся") {
            Some(s) => (s, true),
            None => (v.past, false),
        };
        let genders = [Class::MALE, Class::FEMALE, Class::empty(), Class::PLURAL];
        for (ending, g) in t.past_endings.iter().zip(genders) {
            let mut w = format!("{stem}{ending}");
            if reflexive {
                // -лся / -вся after a consonant, -лась / -лася after a vowel
                let vowel = w.ends_with(['а', 'о', 'и', 'і', 'е']);
                w.push_str(match (vowel, t.code) {
                    (false, _) => "ся",
                    (true, "uk") => "ся",
                    (true, _) => "сь",
                });
            }
            out.push((w, g, Form::Finite));
        }
    }
    for f in v.finite {
        out.push((f.to_string(), number_of(f), Form::Finite));
    }
    for g in v.gerunds {
        out.push((g.to_string(), Class::empty(), Form::Gerund));
    }
    out
}

/// Gender or number a finite form shows by its ending.
fn number_of(w: &str) -> Class {
    let w = w.strip_suffix("ся").or_else(|| w.strip_suffix("сь")).unwrap_or(w);
    if w.ends_with("ла") {
        Class::FEMALE
    } else if w.ends_with("ли") || ["ют", "ят", "ут", "ать", "ють", "ять", "уть"].iter().any(|e| w.ends_with(e))
    {
        Class::PLURAL
    } else if w.ends_with('л') || w.ends_with('в') || w.ends_with('г') {
        Class::MALE
    } else {
        Class::empty()
    }
}

impl SlavicLexicon {
    fn build(t: &'static SlavicTables) -> SlavicLexicon {
        let mut table: FastMap<String, SlavicEntry> = FastMap::with_capacity_and_hasher(2048, Default::default());
        for &(words, class) in t.classes {
            for w in words {
                table.entry(fold(w)).or_default().class |= class;
            }
        }
        for v in t.verbs {
            for (w, class, form) in verb_forms(t, v) {
                let e = table.entry(fold(&w)).or_default();
                if e.verb.is_none() {
                    e.verb = Some(Verb { frame: v.frame, form, bare: false, strong: v.flags & flags::OPINION == 0 });
                    e.flags = v.flags;
                    e.class |= class;
                }
            }
        }
        let mut roles = FastMap::default();
        for &(w, en) in t.roles {
            for k in crate::cyrillic::word_keys(w) {
                roles.entry(k).or_insert(en);
            }
        }
        let outlets = t.outlets.iter().map(|o| fold(o)).collect();
        let labels = t.labels.iter().map(|l| l.split_whitespace().map(fold).collect()).collect();
        let names = || t.female_names.iter().chain(t.male_names).copied();
        let given_names = names().collect();
        let given_name_keys = names().flat_map(crate::cyrillic::word_keys).filter(|k| k.chars().count() >= 3).collect();
        let title_keys = t
            .titles
            .iter()
            .map(|&(phrase, title)| (phrase.split_whitespace().map(crate::cyrillic::word_keys).collect(), title))
            .collect();
        let title_word_keys = t.title_words.iter().map(|&(tw, en)| (crate::cyrillic::word_keys(tw), en)).collect();
        SlavicLexicon {
            tables: t,
            table,
            roles,
            outlets,
            labels,
            given_names,
            given_name_keys,
            title_keys,
            title_word_keys,
        }
    }

    /// Looks up a word in any case.
    pub fn get(&self, word: &str) -> SlavicEntry {
        if word.len() > 80 {
            return SlavicEntry::default();
        }
        with_folded(word, |f| self.table.get(f).copied().unwrap_or_default())
    }

    /// The English role a role word stands for ("речника" → "spokesman").
    /// Whether `word` names someone who works inside a body named after
    /// it ([`super::ru::INSIDERS`], [`super::uk::INSIDERS`]), in any case.
    pub fn is_insider(&self, word: &str) -> bool {
        let list = if self.tables.code == "uk" { super::uk::INSIDERS } else { super::ru::INSIDERS };
        with_folded(word, |f| list.iter().any(|p| f.starts_with(p)))
    }

    pub fn role(&self, word: &str) -> Option<&'static str> {
        if !word.chars().next().is_some_and(crate::lang::is_cyrillic) {
            return None;
        }
        crate::cyrillic::keys_of(word).iter().find_map(|k| self.roles.get(k).copied())
    }

    /// Whether a role word is in the plural ("лідери", "министры",
    /// "представители"): a role that ends in a consonant with -и, -ы or -і
    /// after it (its genitive singular ends in -а or -я instead).
    pub fn is_plural_role(&self, word: &str) -> bool {
        with_folded(word, |f| {
            let Some(stem) = ["и", "ы", "і"].iter().find_map(|e| f.strip_suffix(e)) else { return false };
            self.tables.roles.iter().any(|&(base, _)| {
                let base = base.strip_suffix('ь').unwrap_or(base);
                base == stem && base.chars().last().is_some_and(|c| !"аеєиіїоуыэюяй".contains(c))
            })
        })
    }

    /// Whether a finite verb is plural by its ending (`заявили`,
    /// `наголосили`, `заявляют`, `кажуть`): its subject is several.
    pub fn is_plural_verb(&self, word: &str) -> bool {
        with_folded(word, |f| ["ли", "ют", "ят", "уть", "ють"].iter().any(|e| f.ends_with(e)))
    }

    /// Whether a role word names several holders: plural by its form, or,
    /// where the form is also a singular case ("главы": heads, or of the
    /// head), by the plural verb it is the subject of.
    pub fn is_group_role(&self, word: &str, verb: Option<&str>) -> bool {
        self.is_plural_role(word) || self.role(word).is_some() && verb.is_some_and(|v| self.is_plural_verb(v))
    }

    /// Whether a word is a news agency or outlet.
    pub fn is_outlet(&self, word: &str) -> bool {
        with_folded(word, |f| self.outlets.contains(f))
    }

    /// Whether a given name or surname marks a woman.
    pub fn is_female(&self, first: &str, last: &str) -> bool {
        let f = fold(first);
        if self.tables.female_names.iter().any(|n| *n == f) {
            return true;
        }
        let l = fold(last);
        l.chars().count() > 4 && self.tables.feminine_surname_endings.iter().any(|e| l.ends_with(e))
    }

    /// Whether a word is a given name (a person's name starts here).
    pub fn is_given_name(&self, w: &str) -> bool {
        let f = fold(w);
        // oblique forms: Сергея, Марии, Андрію (a listed name's keys of
        // three letters or more, met by one of the word's)
        self.given_names.contains(f.as_str())
            || crate::cyrillic::keys_of(&f).iter().any(|k| self.given_name_keys.contains(k))
    }
}

/// Lower case, ё as е, the apostrophes of Ukrainian as one.
pub fn fold(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    fold_into(w, &mut out);
    out
}

thread_local! {
    /// The buffer [`with_folded`] folds into.
    static FOLDED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// `f` of the [`fold`] of `w`, folded into a buffer kept per thread
/// instead of a new string (words are folded to be looked up).
pub fn with_folded<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    FOLDED.with(|b| match b.try_borrow_mut() {
        Ok(mut buf) => {
            buf.clear();
            fold_into(w, &mut buf);
            f(&buf)
        }
        Err(_) => f(&fold(w)),
    })
}

/// [`fold`], appended to `out`.
fn fold_into(w: &str, out: &mut String) {
    for c in w.chars() {
        // ASCII and the Russian and Ukrainian alphabet (what is folded
        // nearly always) without the Unicode case tables; the same
        // characters as `char::to_lowercase` gives
        match c {
            'ё' | 'Ё' => out.push('е'),
            '’' | 'ʼ' | '`' => out.push('\''),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            'А'..='Я' | 'Ѐ'..='Џ' => {
                let shift = if c >= 'А' { 0x20 } else { 0x50 };
                out.push(char::from_u32(c as u32 + shift).unwrap_or(c));
            }
            c if c.is_ascii() || ('а'..='џ').contains(&c) => out.push(c),
            c => out.extend(c.to_lowercase().map(fold_lower)),
        }
    }
}

/// What [`fold`] makes of a lower-case character.
fn fold_lower(c: char) -> char {
    match c {
        'ё' => 'е',
        '’' | 'ʼ' | '`' => '\'',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_words(t: &SlavicTables) -> Vec<(String, Vec<String>)> {
        let owned = |w: &[&str]| w.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mut out: Vec<(String, Vec<String>)> =
            t.classes.iter().map(|(words, class)| (format!("class {class:?}"), owned(words))).collect();
        out.push(("verb forms".into(), t.verbs.iter().flat_map(|v| verb_forms(t, v)).map(|f| f.0).collect()));
        out.push(("roles".into(), t.roles.iter().map(|r| r.0.to_string()).collect()));
        out.push(("titles".into(), t.titles.iter().map(|r| r.0.to_string()).collect()));
        out.push(("title words".into(), t.title_words.iter().map(|r| r.0.to_string()).collect()));
        out.push(("outlets".into(), owned(t.outlets)));
        out.push(("labels".into(), owned(t.labels)));
        out.push(("not speakers".into(), owned(t.not_speakers)));
        out.push(("female names".into(), owned(t.female_names)));
        out.push(("male names".into(), owned(t.male_names)));
        out
    }

    #[test]
    fn no_list_holds_a_word_twice() {
        for t in [&super::super::ru::TABLES, &super::super::uk::TABLES] {
            for (name, words) in all_words(t) {
                let mut seen = std::collections::HashSet::new();
                for w in &words {
                    assert!(seen.insert(fold(w)), "{} {name}: {w:?} is listed twice", t.code);
                }
            }
        }
    }

    #[test]
    fn plural_roles_are_told_from_a_genitive_singular() {
        let (ru, uk) = (of("ru"), of("uk"));
        for w in ["Министры", "дипломаты", "представители", "лидеры"] {
            assert!(ru.is_plural_role(w), "{w}");
        }
        for w in ["Лідери", "міністри", "дипломати"] {
            assert!(uk.is_plural_role(w), "{w}");
        }
        // "главы МИД", "министра", "лидера": one person, in the genitive
        for w in ["главы", "министра", "лидера", "президента", "министр"] {
            assert!(!ru.is_plural_role(w), "{w}");
        }
        // where the form cannot tell, the verb does
        for w in ["заявили", "сообщают", "говорят", "наголосили", "кажуть", "повідомляють"]
        {
            assert!(ru.is_plural_verb(w) && uk.is_plural_verb(w), "{w}");
        }
        for w in ["заявил", "заявила", "сообщает", "наголосив", "каже", "повідомляє"]
        {
            assert!(!ru.is_plural_verb(w) && !uk.is_plural_verb(w), "{w}");
        }
    }

    #[test]
    fn lists_are_lower_case_except_names_and_outlets() {
        for t in [&super::super::ru::TABLES, &super::super::uk::TABLES] {
            for (name, words) in all_words(t) {
                if ["outlets", "labels", "female names", "male names"].contains(&name.as_str()) {
                    continue;
                }
                for w in words {
                    assert!(!w.is_empty() && w.trim() == w, "{name}: {w:?}");
                    assert_eq!(fold(&w), w, "{} {name}: {w:?} is not lower case", t.code);
                }
            }
        }
    }

    #[test]
    fn past_tense_forms_carry_gender_and_number() {
        let ru = of("ru");
        let e = ru.get("заявила");
        assert_eq!(e.verb.map(|v| v.frame), Some(Frame::Say));
        assert!(e.class.contains(Class::FEMALE));
        assert!(ru.get("Заявили").class.contains(Class::PLURAL));
        assert!(ru.get("заявил").class.contains(Class::MALE));
        assert_eq!(ru.get("заявив").verb.map(|v| v.form), Some(Form::Gerund));
        let uk = of("uk");
        // the same word is a past tense in Ukrainian
        assert_eq!(uk.get("заявив").verb.map(|v| v.form), Some(Form::Finite));
        assert!(uk.get("наголосила").class.contains(Class::FEMALE));
        assert_eq!(uk.get("заявивши").verb.map(|v| v.form), Some(Form::Gerund));
        assert!(ru.get("высказался").verb.is_some(), "reflexive forms");
        assert!(uk.get("висловилася").verb.is_some(), "reflexive forms");
    }

    #[test]
    fn roles_are_found_in_any_case() {
        assert_eq!(of("ru").role("пресс-секретаря"), Some("spokesman"));
        assert_eq!(of("uk").role("речниці"), Some("spokesman"));
        assert_eq!(of("ru").role("министром"), Some("minister"));
        assert_eq!(of("uk").role("Зеленський"), None);
    }

    #[test]
    fn folding_is_lower_case_with_e_for_yo_and_one_apostrophe() {
        // the folding of every character up to the end of Cyrillic and
        // a few beyond, against lower-casing by the Unicode tables
        let by_tables = |w: &str| -> String { w.chars().flat_map(char::to_lowercase).map(fold_lower).collect() };
        for c in (0u32..0x0530).chain([0x1E9E, 0x2019, 0x02BC, 0x0130, 0x1C80]).filter_map(char::from_u32) {
            let w = c.to_string();
            assert_eq!(fold(&w), by_tables(&w), "{c:?} U+{:04X}", c as u32);
        }
        assert_eq!(fold("ЁЛКА Зеленського’s"), "елка зеленського's");
    }

    #[test]
    fn outlets_and_given_names() {
        assert!(of("ru").is_outlet("ТАСС"));
        assert!(of("uk").is_outlet("Укрінформ"));
        assert!(of("ru").is_given_name("Сергея"));
        assert!(of("uk").is_female("Марія", "Кравець"));
        assert!(of("ru").is_female("Анна", "Соколова"));
        assert!(!of("ru").is_female("Дмитрий", "Песков"));
    }
}
