//! Finding words and phrases in text by their stems.
//!
//! A phrase is one or more words. Each word matches the text's word of the
//! same stem (Snowball: "negotiations" finds "negotiate", "sanctioned"
//! finds "sanctions"), or, written with a final `*`, any word starting with
//! it, or, written with a leading `=`, only itself. Words in the text may be
//! joined by spaces, hyphens or apostrophes ("cease-fire" is "cease fire").
//!
//! Stemming every word of every statement would cost as much as the rest of
//! extraction, so one Aho-Corasick pass over the text finds the places where
//! some phrase's first word *could* start (the part of the word its stem
//! shares with it), and only those words are stemmed and compared.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;

/// A language's stemmer: Snowball for English and Russian; Ukrainian has
/// none in the Snowball set, so its words lose the endings of a table
/// ([`UKRAINIAN_ENDINGS`]), longest first.
pub enum LangStemmer {
    Snowball(Stemmer),
    Suffixes(&'static [&'static str]),
}

impl LangStemmer {
    /// The stem of a lower-case word.
    pub fn stem<'a>(&self, w: &'a str) -> Cow<'a, str> {
        match self {
            LangStemmer::Snowball(s) => {
                if w.contains('ё') {
                    Cow::Owned(s.stem(&w.replace('ё', "е")).into_owned())
                } else {
                    s.stem(w)
                }
            }
            LangStemmer::Suffixes(endings) => {
                let n = w.chars().count();
                for e in *endings {
                    if let Some(stem) = w.strip_suffix(e)
                        && n - e.chars().count() >= 3
                    {
                        return Cow::Borrowed(stem);
                    }
                }
                Cow::Borrowed(w)
            }
        }
    }
}

/// Endings of Ukrainian nouns, adjectives and verbs, longest first: the
/// stemmer takes off the first that leaves three letters or more.
pub const UKRAINIAN_ENDINGS: &[&str] = &[
    "уватиме",
    "юватиме",
    "уватися",
    "ювалися",
    "увалися",
    "ування",
    "ювання",
    "увати",
    "ювати",
    "увала",
    "ювала",
    "ували",
    "ювали",
    "іями",
    "уємо",
    "юємо",
    "ують",
    "юють",
    "ував",
    "ював",
    "ість",
    "ості",
    "істю",
    "ення",
    "ться",
    "іях",
    "ією",
    "ієм",
    "ами",
    "ями",
    "ого",
    "ому",
    "ими",
    "іми",
    "ння",
    "ати",
    "яти",
    "ити",
    "іти",
    "ути",
    "ила",
    "или",
    "ило",
    "ала",
    "али",
    "ало",
    "іла",
    "іли",
    "ємо",
    "имо",
    "ать",
    "ять",
    "уть",
    "ють",
    "ить",
    "ися",
    "ася",
    "ої",
    "ій",
    "ий",
    "ія",
    "ію",
    "ії",
    "ів",
    "их",
    "ім",
    "им",
    "ах",
    "ях",
    "ам",
    "ям",
    "ом",
    "ем",
    "ою",
    "ею",
    "ує",
    "ює",
    "ив",
    "ав",
    "ня",
    "нь",
    "ні",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "є",
    "і",
    "и",
    "о",
    "ь",
    "й",
];

/// The stemmer of a language, if it has one.
pub fn stemmer_for(lang: &str) -> Option<LangStemmer> {
    match lang {
        "en" => Some(LangStemmer::Snowball(Stemmer::create(Algorithm::English))),
        "ru" => Some(LangStemmer::Snowball(Stemmer::create(Algorithm::Russian))),
        "uk" => Some(LangStemmer::Suffixes(UKRAINIAN_ENDINGS)),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum WordPat {
    /// Same stem; the second string is the part of the word every form
    /// shares with the stem, searched for first.
    Stem(String, String),
    /// The word starts with this.
    Prefix(String),
    /// Exactly this word.
    Exact(String),
}

/// One phrase found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the phrase, in the order given to [`PhraseMatcher::new`].
    pub phrase: usize,
    /// Byte range of the match in the text searched.
    pub start: usize,
    pub end: usize,
}

/// Finds many phrases at once.
pub struct PhraseMatcher {
    ac: Option<AhoCorasick>,
    /// For each Aho-Corasick pattern: the phrases whose first word it keys.
    keyed: Vec<Vec<usize>>,
    phrases: Vec<Vec<WordPat>>,
    stemmer: Option<LangStemmer>,
}

impl std::fmt::Debug for PhraseMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhraseMatcher").field("phrases", &self.phrases.len()).finish()
    }
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Words of a phrase or text, lower-cased: runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start: Option<usize> = None;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push((s, &text[s..i]));
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out.into_iter()
}

impl PhraseMatcher {
    /// A matcher for `phrases` in language `lang`.
    pub fn new<S: AsRef<str>>(lang: &str, phrases: &[S]) -> Self {
        let stemmer = stemmer_for(lang);
        let mut parsed = Vec::with_capacity(phrases.len());
        let mut keys: Vec<String> = Vec::new();
        let mut keyed: Vec<Vec<usize>> = Vec::new();
        for (pi, p) in phrases.iter().enumerate() {
            let pats = parse_phrase(p.as_ref(), stemmer.as_ref());
            if let Some(first) = pats.first() {
                let key = match first {
                    WordPat::Stem(_, k) => k.clone(),
                    WordPat::Prefix(s) | WordPat::Exact(s) => s.clone(),
                };
                match keys.iter().position(|k| *k == key) {
                    Some(k) => keyed[k].push(pi),
                    None => {
                        keys.push(key);
                        keyed.push(vec![pi]);
                    }
                }
            }
            parsed.push(pats);
        }
        // Cyrillic and other scripts: Aho-Corasick folds ASCII case only, so
        // keys are searched in lower case and capitalised
        let mut patterns: Vec<String> = Vec::with_capacity(keys.len());
        let mut pattern_key: Vec<usize> = Vec::with_capacity(keys.len());
        for (ki, k) in keys.iter().enumerate() {
            patterns.push(k.clone());
            pattern_key.push(ki);
            if !k.is_ascii() {
                let cap = capitalise(k);
                if cap != *k {
                    patterns.push(cap);
                    pattern_key.push(ki);
                }
            }
        }
        let ac = if patterns.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(MatchKind::Standard).build(&patterns).ok()
        };
        let keyed = pattern_key.iter().map(|&k| keyed[k].clone()).collect();
        PhraseMatcher { ac, keyed, phrases: parsed, stemmer }
    }

    pub fn is_empty(&self) -> bool {
        self.ac.is_none()
    }

    /// Every phrase found in `text`, in order of position; several phrases
    /// may cover the same words.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let Some(ac) = &self.ac else { return Vec::new() };
        let mut hits = Vec::new();
        let mut stems = StemCache::default();
        for m in ac.find_overlapping_iter(text) {
            let s = m.start();
            if s > 0 && text[..s].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            for &pi in &self.keyed[m.pattern().as_usize()] {
                if let Some(end) = self.match_at(&self.phrases[pi], text, s, &mut stems) {
                    hits.push(Hit { phrase: pi, start: s, end });
                }
            }
        }
        hits.sort_by_key(|h| (h.start, h.end, h.phrase));
        hits.dedup();
        hits
    }

    /// Matches a phrase whose first word starts at `s`; returns its end.
    fn match_at(&self, pats: &[WordPat], text: &str, s: usize, stems: &mut StemCache) -> Option<usize> {
        let mut pos = s;
        for (i, pat) in pats.iter().enumerate() {
            if i > 0 {
                // the next word: past spaces, hyphens, apostrophes only
                let rest = &text[pos..];
                let skip = rest
                    .char_indices()
                    .find(|(_, c)| !(c.is_whitespace() || matches!(c, '-' | '‑' | '\'' | '’')))
                    .map(|(k, _)| k)?;
                if skip == 0 {
                    return None;
                }
                pos += skip;
            }
            let rest = &text[pos..];
            let len = rest.char_indices().find(|(_, c)| !is_word_char(*c)).map_or(rest.len(), |(k, _)| k);
            if len == 0 {
                return None;
            }
            let word = &rest[..len];
            let ok = match pat {
                WordPat::Exact(w) => eq_fold(word, w),
                WordPat::Prefix(p) => starts_with_fold(word, p),
                WordPat::Stem(st, _) => {
                    // cheap refusal before stemming: the stem's first letter
                    starts_with_fold(word, &st[..st.chars().next().map_or(0, char::len_utf8)])
                        && stems.get(pos, word, self.stemmer.as_ref()) == st.as_str()
                }
            };
            if !ok {
                return None;
            }
            pos += len;
        }
        Some(pos)
    }
}

/// Stems of the words already looked at in one search.
#[derive(Default)]
struct StemCache {
    at: Vec<(usize, String)>,
}

impl StemCache {
    fn get(&mut self, pos: usize, word: &str, stemmer: Option<&LangStemmer>) -> &str {
        if let Some(i) = self.at.iter().position(|(p, _)| *p == pos) {
            return &self.at[i].1;
        }
        let lower = word.to_lowercase();
        let stem = match stemmer {
            Some(st) => st.stem(&lower).into_owned(),
            None => lower,
        };
        self.at.push((pos, stem));
        &self.at.last().expect("just pushed").1
    }
}

fn parse_phrase(p: &str, stemmer: Option<&LangStemmer>) -> Vec<WordPat> {
    let mut out = Vec::new();
    for raw in p.split(|c: char| c.is_whitespace() || matches!(c, '-' | '‑' | '\'' | '’')) {
        if raw.is_empty() {
            continue;
        }
        let (exact, raw) = match raw.strip_prefix('=') {
            Some(r) => (true, r),
            None => (false, raw),
        };
        let (prefix, raw) = match raw.strip_suffix('*') {
            Some(r) => (true, r),
            None => (false, raw),
        };
        let w: String = raw.chars().filter(|c| is_word_char(*c)).collect::<String>().to_lowercase();
        if w.is_empty() {
            continue;
        }
        out.push(if prefix {
            WordPat::Prefix(w)
        } else if exact || stemmer.is_none() {
            WordPat::Exact(w)
        } else {
            let st = stemmer.map(|s| s.stem(&w).into_owned()).unwrap_or_else(|| w.clone());
            let key = search_key(&w, &st);
            WordPat::Stem(st, key)
        });
    }
    out
}

/// What to search for to find every form of a stemmed word: the part the
/// word shares with its stem, less a final `i` that English stems write for
/// `y` ("countri" from "country" is found as "countr").
fn search_key(word: &str, stem: &str) -> String {
    let mut key: String = word.chars().zip(stem.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect();
    if key.chars().count() > 3 && key.ends_with('i') {
        key.pop();
    }
    if key.is_empty() { word.to_string() } else { key }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn eq_fold(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() { a.eq_ignore_ascii_case(b) } else { a.to_lowercase() == b }
}

fn starts_with_fold(word: &str, prefix: &str) -> bool {
    if word.is_ascii() && prefix.is_ascii() {
        word.len() >= prefix.len() && word.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    } else {
        word.to_lowercase().starts_with(prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(m: &PhraseMatcher, text: &str) -> Vec<(usize, String)> {
        m.find(text).into_iter().map(|h| (h.phrase, text[h.start..h.end].to_string())).collect()
    }

    #[test]
    fn inflected_forms_match_by_stem() {
        let m = PhraseMatcher::new("en", &["negotiation", "sanction", "security guarantee", "country"]);
        let f = found(&m, "They negotiated; Negotiations on Security Guarantees began. Two countries sanctioned it.");
        let phrases: Vec<usize> = f.iter().map(|x| x.0).collect();
        assert_eq!(phrases, [0, 0, 2, 3, 1], "{f:?}");
    }

    #[test]
    fn words_not_stems_do_not_match_inside_words() {
        let m = PhraseMatcher::new("en", &["gas", "talk"]);
        assert!(found(&m, "a rally in Las Vegas, a stalker").is_empty());
        assert_eq!(found(&m, "gas talks").len(), 2);
    }

    #[test]
    fn hyphens_and_apostrophes_join_words_of_a_phrase() {
        let m = PhraseMatcher::new("en", &["cease-fire", "coalition of the willing"]);
        assert_eq!(found(&m, "a cease fire, a Cease-Fire, the coalition of the willing's plans").len(), 3);
        // a full stop breaks a phrase
        assert!(found(&m, "cease. fire").is_empty());
    }

    #[test]
    fn prefix_and_exact_words() {
        let m = PhraseMatcher::new("en", &["Donbas*", "=arms"]);
        assert_eq!(found(&m, "Donbass and Donbas").len(), 2);
        assert_eq!(found(&m, "arms, armed, army").len(), 1);
    }

    #[test]
    fn russian_words_match_by_stem_in_any_case() {
        let m = PhraseMatcher::new("ru", &["переговоры", "санкции"]);
        let f = found(&m, "Переговоров не будет, санкциями не запугать");
        assert_eq!(f.len(), 2, "{f:?}");
    }

    #[test]
    fn ukrainian_words_match_by_the_endings_table() {
        let m = PhraseMatcher::new("uk", &["переговори", "санкції", "гарантії безпеки"]);
        let f = found(&m, "Переговорів не буде; санкціями не залякати; про гарантіями безпеки");
        assert_eq!(f.len(), 3, "{f:?}");
        assert!(found(&m, "переговірник").is_empty());
    }

    #[test]
    fn languages_without_a_stemmer_match_words_as_written() {
        let m = PhraseMatcher::new("de", &["Verhandlungen", "Sanktion*"]);
        assert_eq!(found(&m, "Verhandlungen und Sanktionen").len(), 2);
        assert!(found(&m, "Verhandlung").is_empty());
    }
}
