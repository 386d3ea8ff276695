//! Names in Cyrillic: the same person in every case and script.
//!
//! Russian and Ukrainian decline names (Песков, Пескова, Пескову,
//! Песковым; Сибіга, Сибіги, Сибізі; Зеленський, Зеленського), and the
//! catalogue spells people in Latin letters (Dmitry Peskov, Andrii
//! Sybiha). Three pieces bring them together:
//!
//! - [`word_keys`]: the forms a word may be a case of, by an inflection
//!   table of endings (no Snowball stemmer exists for Ukrainian, and names
//!   decline more regularly than common words, so one small table serves
//!   both languages): "Пескова" → песков; "Сибізі" → сибіг (the г/з, к/ц,
//!   х/с alternation before -і/-е);
//! - [`transliterate`] and [`latin_keys`]: a Cyrillic stem read in Latin
//!   letters and both spellings reduced to a rough sound key (kh = h,
//!   y = i = j, g = h, doubled letters single), so "Сибига", "Сибіга",
//!   "Sybiha" and "Sybiga" meet;
//! - [`NameIndex`]: the catalogue's people and bodies, indexed by those
//!   keys, built with the catalogue ([`crate::catalogue::Catalogue`]),
//!   and [`match_cyrillic`] to look a Cyrillic description up in it.
//!
//! The English matching of the catalogue is untouched: none of this is
//! asked about a phrase without Cyrillic letters.

use crate::catalogue::{ActorMatch, Catalogue, Strength};
use crate::lang::is_cyrillic;
use crate::topics::matcher::FastMap;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Case endings of nouns, adjectives and names, Russian and Ukrainian,
/// longest first.
const ENDINGS: &[&str] = &[
    "ого", "его", "ому", "ему", "ими", "ыми", "ами", "ями", "ові", "еві", "ієм", "ием", "ією", "ової", "овій", "ой",
    "ей", "ий", "ый", "ій", "ая", "яя", "ую", "юю", "ом", "ем", "ым", "им", "ім", "ою", "ею", "ої", "ії", "ия", "ія",
    "ию", "ію", "ие", "ии", "ья", "ью", "ах", "ях", "ам", "ям", "ов", "ев", "ів", "их", "ых", "а", "я", "у", "ю", "е",
    "і", "и", "ы", "о", "ь", "й", "є",
];

/// The endings after which a stem's last consonant may have changed.
const ALTERNATING: &[&str] = &["і", "е"];

/// Lower case, ё as е, one apostrophe.
pub fn fold(w: &str) -> String {
    crate::extract::lexicon::slavic::fold(w)
}

/// Whether a word is in capitals: two letters or more, all upper case.
/// ASCII and the Russian and Ukrainian alphabet are told apart without
/// the Unicode tables, and the answer comes at the first small letter.
fn is_abbreviation(w: &str) -> bool {
    let mut letters = 0usize;
    for c in w.chars() {
        let (letter, upper) = match c {
            'A'..='Z' | 'Ѐ'..='Я' => (true, true),
            'a'..='z' | 'а'..='џ' => (true, false),
            c if c.is_ascii() => (false, false),
            c => (c.is_alphabetic(), c.is_uppercase()),
        };
        if letter {
            if !upper {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// Entries a per-thread cache of keys holds before it starts over.
const CACHE_LIMIT: usize = 8192;

type KeyCache = RefCell<FastMap<String, Rc<[String]>>>;

thread_local! {
    static WORD_KEYS: KeyCache = RefCell::new(FastMap::default());
    /// Latin sound keys of Cyrillic words: Ukrainian reading, Russian.
    static LATIN_KEYS: [KeyCache; 2] = [RefCell::new(FastMap::default()), RefCell::new(FastMap::default())];
}

/// A cached key list, computed once per word and thread (the keys of a
/// word depend on the word alone).
fn cached(cache: &KeyCache, w: &str, compute: impl FnOnce(&str) -> Vec<String>) -> Rc<[String]> {
    if let Some(k) = cache.borrow().get(w) {
        return Rc::clone(k);
    }
    let k: Rc<[String]> = compute(w).into();
    let mut c = cache.borrow_mut();
    if c.len() >= CACHE_LIMIT {
        c.clear();
    }
    c.insert(w.to_string(), Rc::clone(&k));
    k
}

/// [`word_keys`], computed once per word and thread.
pub(crate) fn keys_of(w: &str) -> Rc<[String]> {
    WORD_KEYS.with(|c| cached(c, w, compute_word_keys))
}

/// [`cyrillic_latin_keys`], computed once per word, reading and thread.
fn latin_keys_of(w: &str, lang: &str) -> Rc<[String]> {
    LATIN_KEYS.with(|c| cached(&c[usize::from(lang != "uk")], w, |w| compute_cyrillic_latin_keys(w, lang)))
}

/// The forms a Cyrillic word may stand for: itself (lower case, ё as
/// е) and its stem with each case ending it may carry taken off. Two
/// words are the same name when their keys meet. Words in capitals (МИД,
/// РФ) are only themselves. A hyphenated name is keyed part by part.
pub fn word_keys(w: &str) -> Vec<String> {
    keys_of(w).to_vec()
}

fn compute_word_keys(w: &str) -> Vec<String> {
    let f = fold(w.trim_matches(|c: char| !crate::lang::is_alphanumeric(c)));
    if f.is_empty() {
        return Vec::new();
    }
    let mut out = vec![f.clone()];
    if is_abbreviation(w) || !f.chars().any(is_cyrillic) {
        return out;
    }
    if f.contains('-') && !f.starts_with('-') {
        let parts: Vec<String> = f.split('-').map(|p| stem(p).unwrap_or_else(|| p.to_string())).collect();
        out.push(parts.join("-"));
    }
    let n = f.chars().count();
    for e in ENDINGS {
        if let Some(s) = f.strip_suffix(e)
            && n - e.chars().count() >= 3
        {
            let s = s.to_string();
            if ALTERNATING.contains(e)
                && let Some(last) = s.chars().last()
                && let Some(back) = match last {
                    'з' => Some('г'),
                    'ц' => Some('к'),
                    'с' => Some('х'),
                    _ => None,
                }
            {
                let mut alt: String = s.chars().take(s.chars().count() - 1).collect();
                alt.push(back);
                push_unique(&mut out, alt);
            }
            push_unique(&mut out, s);
        }
    }
    out
}

/// The stem with the longest ending off, if any.
fn stem(w: &str) -> Option<String> {
    let n = w.chars().count();
    ENDINGS.iter().find_map(|e| w.strip_suffix(e).filter(|_| n - e.chars().count() >= 3).map(str::to_string))
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

/// Cyrillic letters in Latin, as English-language news writes Russian
/// (BGN/PCGN without diacritics) and Ukrainian (the 2010 national
/// standard) names. Other characters are kept.
pub fn transliterate(w: &str, lang: &str) -> String {
    let uk = lang == "uk";
    let mut out = String::with_capacity(w.len());
    let chars: Vec<char> = w.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let initial = i == 0 || !chars[i - 1].is_alphabetic();
        let t: &str = match lower {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => {
                if uk {
                    "h"
                } else {
                    "g"
                }
            }
            'ґ' => "g",
            'д' => "d",
            'е' => "e",
            'ё' => "yo",
            'є' => {
                if initial {
                    "ye"
                } else {
                    "ie"
                }
            }
            'ж' => "zh",
            'з' => "z",
            'и' => {
                if uk {
                    "y"
                } else {
                    "i"
                }
            }
            'і' => "i",
            'ї' => {
                if initial {
                    "yi"
                } else {
                    "i"
                }
            }
            'й' => {
                if uk && !initial {
                    "i"
                } else {
                    "y"
                }
            }
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' | '\'' | '’' | 'ʼ' => "",
            'ы' => "y",
            'э' => "e",
            'ю' => {
                if uk && !initial {
                    "iu"
                } else {
                    "yu"
                }
            }
            'я' => {
                if uk && !initial {
                    "ia"
                } else {
                    "ya"
                }
            }
            _ => {
                out.push(c);
                continue;
            }
        };
        if c.is_uppercase() {
            let mut it = t.chars();
            if let Some(f) = it.next() {
                out.extend(f.to_uppercase());
                out.push_str(it.as_str());
            }
        } else {
            out.push_str(t);
        }
    }
    out
}

/// A rough sound key of a word in Latin letters: diacritics off, kh = h,
/// g = h, y = j = i, ye/ie = e, ts = tz = c, doubled letters single.
pub fn latin_key(w: &str) -> String {
    let mut s: String = w
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ů' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' | 'ć' | 'č' => 'c',
            'ñ' | 'ń' | 'ň' => 'n',
            'ł' => 'l',
            'ś' | 'š' | 'ş' => 's',
            'ź' | 'ż' | 'ž' => 'z',
            'ř' => 'r',
            'ğ' => 'g',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    for (from, to) in [
        ("shch", "s"),
        ("sch", "s"),
        ("kh", "h"),
        ("zh", "z"),
        ("ch", "q"),
        ("sh", "s"),
        ("ts", "c"),
        ("tz", "c"),
        ("cz", "q"),
        ("sz", "s"),
        ("ph", "f"),
        ("ck", "k"),
        ("x", "ks"),
        ("w", "v"),
        ("c", "k"),
        ("g", "h"),
        ("y", "i"),
        ("j", "i"),
        ("ie", "e"),
        ("ia", "a"),
        ("iu", "u"),
        ("io", "o"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    // "c" was turned to "k" above, so the "ts"/"tz" sound is kept apart
    // by having been replaced first; collapse doubled letters
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if out.ends_with(c) && c != '-' {
            continue;
        }
        out.push(c);
    }
    out
}

/// Endings of Latin spellings of Slavic names in the nominative
/// (Zelenskyy, Zakharova, Sybiha): taken off for a second key.
const LATIN_ENDINGS: &[&str] = &["iy", "yy", "yi", "ii", "y", "i", "a", "ya", "ia", "o", "e"];

/// Sound keys of a Latin word: the whole and the stem.
pub fn latin_keys(w: &str) -> Vec<String> {
    let lower = w.to_lowercase();
    let mut out = vec![latin_key(&lower)];
    for e in LATIN_ENDINGS {
        if let Some(s) = lower.strip_suffix(e)
            && s.chars().count() >= 3
        {
            push_unique(&mut out, latin_key(s));
        }
    }
    if lower.contains('-') {
        let parts: Vec<String> = lower
            .split('-')
            .map(|p| {
                LATIN_ENDINGS
                    .iter()
                    .find_map(|e| p.strip_suffix(e).filter(|s| s.chars().count() >= 3))
                    .map_or_else(|| latin_key(p), latin_key)
            })
            .collect();
        push_unique(&mut out, parts.join("-"));
    }
    out
}

/// Sound keys of a Cyrillic word in any case: its [`word_keys`] read in
/// Latin letters.
pub fn cyrillic_latin_keys(w: &str, lang: &str) -> Vec<String> {
    latin_keys_of(w, lang).to_vec()
}

fn compute_cyrillic_latin_keys(w: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    for k in keys_of(w).iter() {
        push_unique(&mut out, latin_key(&transliterate(k, lang)));
    }
    out
}

/// One way a catalogue person can be named.
#[derive(Debug, Clone, PartialEq, Eq)]
struct NameEntry {
    actor: usize,
    person: usize,
    /// Keys of the given name, when the spelling has one.
    given: Option<Vec<String>>,
    /// The spelling is the surname alone: the surname alone finds them.
    alone: bool,
}

/// A catalogue phrase in Cyrillic (an alias or keyword of an actor).
#[derive(Debug, Clone, PartialEq, Eq)]
struct PhraseEntry {
    words: Vec<Vec<String>>,
    actor: usize,
    strength: Strength,
    /// The phrase as written in the catalogue, or the name of the body
    /// it spells, for display.
    text: String,
}

/// The catalogue's people and Cyrillic phrases, by sound and case keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameIndex {
    /// Surname sound key → spellings of people.
    surnames: HashMap<String, Vec<NameEntry>>,
    phrases: Vec<PhraseEntry>,
    /// Per actor, the actor it is part of, or itself.
    roots: Vec<usize>,
}

impl NameIndex {
    pub fn build(actors: &[crate::catalogue::Actor]) -> NameIndex {
        let mut ix = NameIndex { roots: crate::catalogue::roots_of(actors), ..NameIndex::default() };
        for (ai, a) in actors.iter().enumerate() {
            for (pi, p) in a.speakers.iter().enumerate() {
                if p.kind == crate::catalogue::SpeakerKind::Body {
                    // a body's Cyrillic spellings ("Кремль", "МИД России")
                    // are phrases that name it by its own name, so that a
                    // story in Russian gives the speaker a story in English
                    // gives
                    for al in &p.aliases {
                        ix.add_phrase_named(ai, Strength::Alias, al, &p.name);
                    }
                    continue;
                }
                for spelling in std::iter::once(&p.name).chain(&p.aliases) {
                    ix.add_person(ai, pi, spelling);
                }
            }
            for al in &a.aliases {
                ix.add_phrase(ai, Strength::Alias, al);
            }
            for k in &a.keywords {
                ix.add_phrase(ai, Strength::Keyword, k);
            }
        }
        ix
    }

    fn add_person(&mut self, actor: usize, person: usize, spelling: &str) {
        let words: Vec<&str> = spelling.split_whitespace().collect();
        let Some(last) = words.last() else { return };
        let cyr = spelling.chars().any(is_cyrillic);
        // "von der Leyen": the family name is all the words after the
        // given name; the last word is what declines
        let keys = if cyr { cyrillic_latin_keys(last, "uk") } else { latin_keys(last) };
        let mut keys = keys;
        if cyr {
            for k in cyrillic_latin_keys(last, "ru") {
                push_unique(&mut keys, k);
            }
        }
        let given = (words.len() >= 2).then(|| {
            let first = words[0];
            if cyr {
                let mut g = cyrillic_latin_keys(first, "uk");
                g.extend(cyrillic_latin_keys(first, "ru"));
                g
            } else {
                latin_keys(first)
            }
        });
        // "фон дер Ляйен": lower-case particles are no given name
        let alone = words[..words.len() - 1].iter().all(|w| w.chars().next().is_some_and(char::is_lowercase));
        let given = if alone { None } else { given };
        let entry = NameEntry { actor, person, given, alone };
        for k in keys {
            if k.chars().count() < 3 {
                continue;
            }
            let v = self.surnames.entry(k).or_default();
            if !v.contains(&entry) {
                v.push(entry.clone());
            }
        }
    }

    fn add_phrase(&mut self, actor: usize, strength: Strength, phrase: &str) {
        self.add_phrase_named(actor, strength, phrase, phrase);
    }

    /// A Cyrillic `phrase` of `actor` that is shown as `name`.
    fn add_phrase_named(&mut self, actor: usize, strength: Strength, phrase: &str, name: &str) {
        if !phrase.chars().any(is_cyrillic) {
            return;
        }
        let words: Vec<Vec<String>> = phrase.split_whitespace().map(word_keys).filter(|k| !k.is_empty()).collect();
        if !words.is_empty() {
            self.phrases.push(PhraseEntry { words, actor, strength, text: name.to_string() });
        }
    }
}

/// A catalogue match for a Cyrillic description, with the catalogue
/// phrase that matched (its nominative spelling, for display).
#[derive(Debug, Clone)]
pub struct CyrillicMatch {
    pub m: ActorMatch,
    pub phrase: Option<String>,
}

/// The best catalogue match for the words of a Cyrillic description:
/// a person by surname (with a compatible given name, when the catalogue
/// only knows them by full name), else the longest alias phrase, else a
/// keyword.
pub fn match_cyrillic(c: &Catalogue, words: &[&str], lang: &str) -> Option<CyrillicMatch> {
    let ix = c.cyrillic_index();
    // people: each capitalised word as a surname, the word before as the
    // given name
    let mut person: Option<(usize, ActorMatch)> = None;
    for (i, w) in words.iter().enumerate() {
        if !w.chars().next().is_some_and(char::is_uppercase) || is_abbreviation(w) {
            continue;
        }
        let keys: Vec<String> = if w.chars().any(is_cyrillic) {
            let mut k = latin_keys_of(w, lang).to_vec();
            for x in latin_keys_of(w, if lang == "uk" { "ru" } else { "uk" }).iter() {
                push_unique(&mut k, x.clone());
            }
            k
        } else {
            latin_keys(w)
        };
        let given: Option<Rc<[String]>> = (i > 0).then(|| {
            let g = words[i - 1];
            if g.chars().any(is_cyrillic) { latin_keys_of(g, lang) } else { latin_keys(g).into() }
        });
        let mut found: Vec<&NameEntry> = Vec::new();
        for k in &keys {
            if let Some(v) = ix.surnames.get(k) {
                for e in v {
                    if !found.iter().any(|f| f.actor == e.actor && f.person == e.person)
                        && name_fits(e, given.as_deref())
                    {
                        found.push(e);
                    }
                }
            }
        }
        // several people of one surname: only a given name tells them apart
        let mut people: Vec<(usize, usize)> = found.iter().map(|e| (e.actor, e.person)).collect();
        people.dedup();
        if people.len() == 1 {
            let (a, p) = people[0];
            let actor = ix.roots.get(a).copied().unwrap_or(a);
            person = Some((i, ActorMatch { actor, owner: a, person: Some(p), strength: Strength::Person }));
        }
    }
    if let Some((_, m)) = person {
        return Some(CyrillicMatch { m, phrase: None });
    }
    // phrases: longest alias, then keyword
    let keyed: Vec<Rc<[String]>> = words.iter().map(|w| keys_of(w)).collect();
    let mut best: Option<(Strength, usize, &PhraseEntry)> = None;
    for p in &ix.phrases {
        if (0..keyed.len()).any(|pos| phrase_at(&keyed, pos, &p.words)) {
            let key = (p.strength, p.words.len());
            if best.is_none_or(|(s, l, _)| key > (s, l)) {
                best = Some((p.strength, p.words.len(), p));
            }
        }
    }
    best.map(|(strength, _, p)| CyrillicMatch {
        m: ActorMatch {
            actor: ix.roots.get(p.actor).copied().unwrap_or(p.actor),
            owner: p.actor,
            person: None,
            strength,
        },
        phrase: Some(p.text.clone()),
    })
}

/// Whether a spelling of a person fits the given name written before the
/// surname (if any): a surname alone fits spellings that are the surname
/// alone; a given name must start like the catalogue's.
fn name_fits(e: &NameEntry, given: Option<&[String]>) -> bool {
    let compatible = |mine: &[String], theirs: &[String]| {
        mine.iter().any(|a| theirs.iter().any(|b| a.len() >= 3 && b.len() >= 3 && a[..3] == b[..3]))
    };
    match (&e.given, given) {
        (None, _) => e.alone,
        (Some(g), Some(w)) => compatible(g, w),
        (Some(_), None) => false,
    }
}

/// Whether the phrase's words occur at `pos`, allowing two other words
/// inside it ("МИД [Российской Федерации]" is not; "Министерства
/// [иностранных] дел" is).
pub(crate) fn phrase_at<W: AsRef<[String]>, P: AsRef<[String]>>(words: &[W], pos: usize, phrase: &[P]) -> bool {
    let meet = |a: &[String], b: &[String]| a.iter().any(|x| b.contains(x));
    let mut i = pos;
    let mut gaps = 0;
    for (k, p) in phrase.iter().enumerate() {
        loop {
            match words.get(i) {
                Some(w) if meet(w.as_ref(), p.as_ref()) => break,
                Some(_) if k > 0 && gaps < 2 => {
                    gaps += 1;
                    i += 1;
                }
                _ => return false,
            }
        }
        i += 1;
    }
    true
}

/// A person's name outside the catalogue in Latin letters, as the
/// convention of the corpus and of English-language news has it.
pub fn latin_name(name: &str, lang: &str) -> String {
    if !name.chars().any(is_cyrillic) {
        return name.to_string();
    }
    name.split_whitespace().map(|w| transliterate(w, lang)).collect::<Vec<_>>().join(" ")
}

/// Whether two Cyrillic words can be the same name in different cases.
pub fn same_name(a: &str, b: &str) -> bool {
    let ka = keys_of(a);
    keys_of(b).iter().any(|k| k.chars().count() >= 3 && ka.contains(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(words: &str, lang: &str) -> Option<String> {
        let c = Catalogue::builtin();
        let w: Vec<&str> = words.split_whitespace().collect();
        let m = match_cyrillic(&c, &w, lang)?;
        c.person(&m.m).map(|p| p.name.clone())
    }

    #[test]
    fn oblique_cases_meet_their_nominative() {
        assert!(same_name("Песков", "Пескова"));
        assert!(same_name("Захарова", "Захаровой"));
        assert!(same_name("Зеленський", "Зеленського"));
        assert!(same_name("Сибіга", "Сибізі"));
        assert!(same_name("Кислиця", "Кислиці"));
        assert!(same_name("Львова-Белова", "Львовой-Беловой"));
        assert!(!same_name("Песков", "Лавров"));
    }

    #[test]
    fn cyrillic_and_latin_spellings_meet() {
        assert_eq!(person("Дмитрий Песков", "ru").as_deref(), Some("Dmitry Peskov"));
        assert_eq!(person("Пєскова", "uk").as_deref(), Some("Dmitry Peskov"));
        assert_eq!(person("Марии Захаровой", "ru").as_deref(), Some("Maria Zakharova"));
        assert_eq!(person("Сибізі", "uk").as_deref(), Some("Andrii Sybiha"));
        assert_eq!(person("Андрей Сибига", "ru").as_deref(), Some("Andrii Sybiha"));
        assert_eq!(person("Зеленського", "uk").as_deref(), Some("Volodymyr Zelensky"));
        assert_eq!(person("Рютте", "uk").as_deref(), Some("Mark Rutte"));
        assert_eq!(person("Георгій Тихий", "uk").as_deref(), Some("Heorhii Tykhyi"));
        assert_eq!(person("Ивана Петренко", "ru"), None);
    }

    #[test]
    fn a_surname_two_people_share_needs_the_given_name() {
        // the catalogue has a Nikolai and a Dmitry Patrushev
        assert_eq!(person("Патрушев", "ru"), None);
        assert_eq!(person("Дмитрий Патрушев", "ru").as_deref(), Some("Dmitry Patrushev"));
    }

    #[test]
    fn transliteration_follows_each_language() {
        assert_eq!(transliterate("Олександр Мережко", "uk"), "Oleksandr Merezhko");
        assert_eq!(transliterate("Юрій Ігнат", "uk"), "Yurii Ihnat");
        assert_eq!(transliterate("Вячеслав Гладков", "ru"), "Vyacheslav Gladkov");
        assert_eq!(latin_key("Sybiha"), latin_key(&transliterate("Сибига", "ru")));
    }
}
