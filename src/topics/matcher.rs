//! Finding words and phrases in text by their stems.
//!
//! A phrase is one or more words. Each word matches the text's word of the
//! same stem (Snowball: "negotiations" finds "negotiate", "sanctioned"
//! finds "sanctions"), or, written with a final `*`, any word starting with
//! it, or, written with a leading `=`, only itself. Words in the text may be
//! joined by spaces, hyphens or apostrophes ("cease-fire" is "cease fire").
//!
//! A text is cut into words once ([`Words`]), each lower-cased and stemmed
//! once, and every matcher of its language reads the same words: a word's
//! stem is looked up among the phrases' first words, and only the phrases
//! that start there are compared further. Stems are kept per thread, since
//! news repeats its words and stemming one costs far more than looking it
//! up.

use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

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

/// Which stem cache a language uses.
fn stem_slot(lang: &str) -> Option<usize> {
    match lang {
        "en" => Some(0),
        "ru" => Some(1),
        "uk" => Some(2),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum WordPat {
    /// Same stem.
    Stem(String),
    /// The word starts with this.
    Prefix(String),
    /// Exactly this word.
    Exact(String),
    /// Up to this many other words before the next one ("halt … strikes"
    /// finds "halt the long-range strikes").
    Gap(usize),
}

/// How many words a `…` (or `...`) in a phrase may stand for.
const GAP_WORDS: usize = 6;

/// One phrase found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the phrase, in the order given to [`PhraseMatcher::new`].
    pub phrase: usize,
    /// Byte range of the match in the text searched.
    pub start: usize,
    pub end: usize,
}

type FxMap<V> = HashMap<Box<str>, V, BuildHasherDefault<FxHasher>>;

/// A hash map with [`FxHasher`], for word tables looked up once per word
/// of every article.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Finds many phrases at once.
pub struct PhraseMatcher {
    phrases: Vec<Vec<WordPat>>,
    /// Phrases by their first word: by its stem, as written, or by the
    /// start it requires.
    by_stem: FxMap<Vec<usize>>,
    by_word: FxMap<Vec<usize>>,
    /// Prefixes grouped by their first letter, so a word is compared only
    /// with the prefixes that start as it does.
    by_prefix: FastMap<char, Vec<(String, Vec<usize>)>>,
    lang: String,
    /// This matcher's own number ([`NEXT_MATCHER`]): the phrases a word
    /// starts are kept with the word's stem, marked with it.
    id: u64,
}

/// Numbers for matchers: each one made gets the next.
static NEXT_MATCHER: AtomicU64 = AtomicU64::new(1);

impl std::fmt::Debug for PhraseMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhraseMatcher").field("phrases", &self.phrases.len()).finish()
    }
}

pub fn is_word_char(c: char) -> bool {
    crate::lang::is_alphanumeric(c)
}

/// Words of a phrase or text: runs of letters and digits, with where they
/// start.
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

/// A piece of text cut into words, each lower-cased and stemmed once, for
/// any number of matchers of its language.
pub struct Words {
    /// Where the piece starts in the longer text.
    offset: usize,
    /// Byte ranges of the words in `text`.
    spans: Vec<(u32, u32)>,
    /// Whether word `i` is joined to word `i + 1` only by spaces, hyphens
    /// or apostrophes (so a phrase may go on).
    joined: Vec<bool>,
    /// What is known of each word as written: its lower-case form, stem
    /// and the phrases that may start at it, shared with the thread's
    /// cache ([`StemCache`]) so that a word seen before costs one lookup.
    known: Vec<Rc<Known>>,
}

/// What is known of one word as written.
struct Known {
    lower: Box<str>,
    /// The stem; `None` in a language without a stemmer (the word as
    /// written, lower-cased, is matched).
    stem: Option<Box<str>>,
    /// The phrases of one matcher ([`PhraseMatcher::id`], 0 for none)
    /// that may start at the word.
    starts: RefCell<(u64, Box<[u32]>)>,
}

impl Known {
    fn new(word: &str, stemmer: Option<&LangStemmer>) -> Self {
        let lower: Box<str> = if word.is_ascii() {
            word.to_ascii_lowercase().into()
        } else {
            // character by character, as words were always lower-cased
            // (no final-sigma rule of `str::to_lowercase`)
            let mut l = String::with_capacity(word.len());
            for c in word.chars() {
                l.extend(c.to_lowercase());
            }
            l.into()
        };
        let stem = stemmer.map(|s| s.stem(&lower).into());
        Known { lower, stem, starts: RefCell::new((0, Box::default())) }
    }

    fn stem(&self) -> &str {
        self.stem.as_deref().unwrap_or(&self.lower)
    }

    /// The phrases of `m` that may start at this word, looked up once per
    /// matcher and kept.
    fn starts_for(&self, m: &PhraseMatcher) -> std::cell::Ref<'_, [u32]> {
        if self.starts.borrow().0 != m.id {
            let mut found = Vec::new();
            m.starts_of(&self.lower, self.stem(), &mut found);
            *self.starts.borrow_mut() = (m.id, found.into_boxed_slice());
        }
        std::cell::Ref::map(self.starts.borrow(), |s| &*s.1)
    }
}

impl Words {
    /// The words of `text` (which starts at `offset` of a longer text), in
    /// language `lang`.
    pub fn new(text: &str, offset: usize, lang: &str) -> Self {
        Self::cut(text, offset, lang)
    }

    /// The words of `text` (at `offset`) in `matcher`'s language. Each
    /// distinct word keeps the phrases of the last matcher that asked
    /// which may start at it (news repeats its words), so that
    /// [`PhraseMatcher::find_words`] looks each one up once.
    pub fn for_matcher(text: &str, offset: usize, matcher: &PhraseMatcher) -> Self {
        Self::cut(text, offset, &matcher.lang)
    }

    fn cut(text: &str, offset: usize, lang: &str) -> Self {
        // a word of news is about six bytes with its space: room for all
        // of them at once
        let guess = text.len() / 5 + 1;
        let mut w = Words {
            offset,
            spans: Vec::with_capacity(guess),
            joined: Vec::with_capacity(guess),
            known: Vec::with_capacity(guess),
        };
        let slot = stem_slot(lang);
        let mut stemmer: Option<Option<LangStemmer>> = None;
        STEMS.with(|c| {
            let mut cache = c.borrow_mut();
            let mut known = |word: &str| -> Rc<Known> {
                let stemmer = stemmer.get_or_insert_with(|| stemmer_for(lang));
                match slot {
                    Some(slot) => cache.get(slot, word, stemmer.as_ref()),
                    None => Rc::new(Known::new(word, stemmer.as_ref())),
                }
            };
            // one pass over the text: a word is a run of letters and
            // digits (ASCII bytes are classed without decoding a
            // character); each word is noted with whether only spaces,
            // hyphens or apostrophes follow it up to the next
            let bytes = text.as_bytes();
            let mut start: Option<usize> = None;
            let mut gap_ok = true;
            let mut i = 0;
            while i < bytes.len() {
                let b = bytes[i];
                let (word_char, joins, len) = if b.is_ascii() {
                    if b.is_ascii_alphanumeric() {
                        if start.is_none() {
                            start = Some(i);
                        }
                        i += 1;
                        continue;
                    }
                    (false, b.is_ascii_whitespace() || b == 0x0b || matches!(b, b'-' | b'\''), 1)
                } else {
                    let c = text[i..].chars().next().unwrap_or_default();
                    (is_word_char(c), c.is_whitespace() || matches!(c, '‑' | '’'), c.len_utf8())
                };
                if word_char {
                    if start.is_none() {
                        start = Some(i);
                    }
                } else {
                    if let Some(s) = start.take() {
                        w.spans.push((s as u32, i as u32));
                        w.joined.push(false);
                        w.known.push(known(&text[s..i]));
                        gap_ok = true;
                    }
                    if !joins {
                        gap_ok = false;
                    }
                    if let Some(last) = w.joined.last_mut() {
                        *last = gap_ok;
                    }
                }
                i += len;
            }
            if let Some(s) = start {
                w.spans.push((s as u32, text.len() as u32));
                w.joined.push(false);
                w.known.push(known(&text[s..]));
            }
        });
        w
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    fn lower(&self, i: usize) -> &str {
        &self.known[i].lower
    }

    fn stem(&self, i: usize) -> &str {
        self.known[i].stem()
    }

    fn matches(&self, i: usize, pat: &WordPat) -> bool {
        match pat {
            WordPat::Exact(x) => self.lower(i) == x,
            WordPat::Prefix(p) => self.lower(i).starts_with(p.as_str()),
            WordPat::Stem(st) => self.stem(i) == st,
            WordPat::Gap(_) => false,
        }
    }
}

impl PhraseMatcher {
    /// A matcher for `phrases` in language `lang`.
    pub fn new<S: AsRef<str>>(lang: &str, phrases: &[S]) -> Self {
        let stemmer = stemmer_for(lang);
        let mut m = PhraseMatcher {
            phrases: Vec::with_capacity(phrases.len()),
            by_stem: FxMap::default(),
            by_word: FxMap::default(),
            by_prefix: HashMap::default(),
            lang: lang.to_string(),
            id: NEXT_MATCHER.fetch_add(1, Ordering::Relaxed),
        };
        for (pi, p) in phrases.iter().enumerate() {
            let pats = parse_phrase(p.as_ref(), stemmer.as_ref());
            match pats.first() {
                Some(WordPat::Stem(st)) => m.by_stem.entry(st.as_str().into()).or_default().push(pi),
                Some(WordPat::Exact(w)) => m.by_word.entry(w.as_str().into()).or_default().push(pi),
                Some(WordPat::Prefix(x)) => {
                    let first = x.chars().next().unwrap_or_default();
                    let bucket = m.by_prefix.entry(first).or_default();
                    match bucket.iter_mut().find(|(k, _)| k == x) {
                        Some((_, v)) => v.push(pi),
                        None => bucket.push((x.clone(), vec![pi])),
                    }
                }
                Some(WordPat::Gap(_)) | None => {}
            }
            m.phrases.push(pats);
        }
        m
    }

    pub fn is_empty(&self) -> bool {
        self.by_stem.is_empty() && self.by_word.is_empty() && self.by_prefix.is_empty()
    }

    /// Every phrase found in `text`, in order of position; several phrases
    /// may cover the same words.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.find_into(text, 0, &mut hits);
        hits
    }

    /// Adds every phrase found in `text` to `hits`, with `offset` added to
    /// its position (for a piece of a longer text), in order of position.
    pub fn find_into(&self, text: &str, offset: usize, hits: &mut Vec<Hit>) {
        if self.is_empty() {
            return;
        }
        self.find_words(&Words::new(text, offset, &self.lang), hits);
    }

    /// Adds every phrase found among `words` to `hits`, in order of
    /// position. `words` must be cut in this matcher's language.
    pub fn find_words(&self, words: &Words, hits: &mut Vec<Hit>) {
        if self.is_empty() {
            return;
        }
        let first = hits.len();
        for i in 0..words.len() {
            let starts = words.known[i].starts_for(self);
            for &pi in starts.iter() {
                let pi = pi as usize;
                if let Some(last) = self.match_from(&self.phrases[pi], words, i) {
                    hits.push(Hit {
                        phrase: pi,
                        start: words.offset + words.spans[i].0 as usize,
                        end: words.offset + words.spans[last].1 as usize,
                    });
                }
            }
        }
        let mine = &mut hits[first..];
        mine.sort_unstable_by_key(|h| (h.start, h.end, h.phrase));
        let mut kept = first;
        for i in first..hits.len() {
            if kept == first || hits[kept - 1] != hits[i] {
                hits[kept] = hits[i];
                kept += 1;
            }
        }
        hits.truncate(kept);
    }

    /// Adds to `out` the phrases whose first word may be the word `lower`
    /// of stem `stem`: same stem, the word as written, then the prefixes
    /// it starts with.
    fn starts_of(&self, lower: &str, stem: &str, out: &mut Vec<u32>) {
        let stemmed = if self.by_stem.is_empty() { None } else { self.by_stem.get(stem) };
        let exact = if self.by_word.is_empty() { None } else { self.by_word.get(lower) };
        let bucket =
            if self.by_prefix.is_empty() { None } else { lower.chars().next().and_then(|c| self.by_prefix.get(&c)) };
        let prefixed = bucket.into_iter().flatten().filter(|(p, _)| lower.starts_with(p.as_str())).map(|(_, v)| v);
        out.extend(stemmed.into_iter().chain(exact).chain(prefixed).flatten().map(|&pi| pi as u32));
    }

    /// Matches the rest of a phrase whose first word is word `i`; returns
    /// the index of its last word.
    fn match_from(&self, pats: &[WordPat], words: &Words, i: usize) -> Option<usize> {
        let mut k = i;
        let mut gap = 0;
        for pat in &pats[1..] {
            if let WordPat::Gap(n) = pat {
                gap = *n;
                continue;
            }
            // the next word, or after a gap the first of the next few
            // that matches, all within one run of joined words
            let mut skipped = 0;
            loop {
                if !words.joined.get(k).copied().unwrap_or(false) || k + 1 >= words.len() {
                    return None;
                }
                k += 1;
                if words.matches(k, pat) {
                    break;
                }
                if skipped == gap {
                    return None;
                }
                skipped += 1;
            }
            gap = 0;
        }
        Some(k)
    }
}

/// What is known of the words seen so far on this thread, per language,
/// by the word as written: news repeats its words, and stemming one costs
/// far more than looking it up.
#[derive(Default)]
struct StemCache {
    words: [FxMap<Rc<Known>>; 3],
    /// The words of up to 15 bytes (nearly all), each packed into one
    /// number ([`packed`]): hashed and compared at once.
    short: [FastMap<u128, Rc<Known>>; 3],
}

/// A word of up to 15 bytes as one number: its bytes from the lowest, its
/// length in the highest byte.
fn packed(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if b.len() > 15 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    buf[15] = b.len() as u8;
    Some(u128::from_le_bytes(buf))
}

/// Words kept per language before the cache starts afresh.
const STEM_CACHE_WORDS: usize = 200_000;

thread_local! {
    static STEMS: RefCell<StemCache> = RefCell::new(StemCache::default());
}

impl StemCache {
    /// What is known of `word` (as written) in the language of `slot`.
    fn get(&mut self, slot: usize, word: &str, stemmer: Option<&LangStemmer>) -> Rc<Known> {
        if let Some(key) = packed(word) {
            let map = &mut self.short[slot];
            if let Some(k) = map.get(&key) {
                return Rc::clone(k);
            }
            let k = Rc::new(Known::new(word, stemmer));
            if map.len() >= STEM_CACHE_WORDS {
                map.clear();
            }
            map.insert(key, Rc::clone(&k));
            return k;
        }
        let map = &mut self.words[slot];
        if let Some(k) = map.get(word) {
            return Rc::clone(k);
        }
        let k = Rc::new(Known::new(word, stemmer));
        if map.len() >= STEM_CACHE_WORDS {
            // the words of texts still being read keep theirs
            map.clear();
        }
        map.insert(word.into(), Rc::clone(&k));
        k
    }
}

/// A small, fast hash for short words (FxHash, as rustc uses).
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    /// Takes in eight bytes read as a little-endian number.
    #[inline]
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut v = [0u8; 8];
            v[..rest.len()].copy_from_slice(rest);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(v)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    // numbers hash as `write` hashes their bytes (so every map keeps its
    // order), without going through a byte slice: packed words are u128,
    // lengths usize, characters u32
    fn write_u32(&mut self, n: u32) {
        let mut v = [0u8; 8];
        v[..4].copy_from_slice(&n.to_ne_bytes());
        self.mix(u64::from_le_bytes(v));
    }
    fn write_u64(&mut self, n: u64) {
        self.mix(u64::from_le_bytes(n.to_ne_bytes()));
    }
    fn write_u128(&mut self, n: u128) {
        let b = n.to_ne_bytes();
        let (lo, hi) = b.split_at(8);
        self.mix(u64::from_le_bytes(lo.try_into().unwrap_or([0; 8])));
        self.mix(u64::from_le_bytes(hi.try_into().unwrap_or([0; 8])));
    }
    fn write_usize(&mut self, n: usize) {
        if usize::BITS == 64 {
            self.write_u64(n as u64);
        } else {
            self.write(&n.to_ne_bytes());
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod hasher_tests {
    use super::FxHasher;
    use std::hash::Hasher;

    /// Numbers hash as their bytes do, so no map's order depends on which
    /// way a key was hashed.
    #[test]
    fn numbers_hash_as_their_bytes() {
        let bytes = |b: &[u8]| {
            let mut h = FxHasher(7);
            h.write(b);
            h.finish()
        };
        let n: u128 = 0x0f1e_2d3c_4b5a_6978_8796_a5b4_c3d2_e1f0;
        let mut h = FxHasher(7);
        h.write_u128(n);
        assert_eq!(h.finish(), bytes(&n.to_ne_bytes()));
        let mut h = FxHasher(7);
        h.write_u64(n as u64);
        assert_eq!(h.finish(), bytes(&(n as u64).to_ne_bytes()));
        let mut h = FxHasher(7);
        h.write_usize(n as usize);
        assert_eq!(h.finish(), bytes(&(n as usize).to_ne_bytes()));
        let mut h = FxHasher(7);
        h.write_u32('ж' as u32);
        assert_eq!(h.finish(), bytes(&('ж' as u32).to_ne_bytes()));
        assert_ne!(bytes(&1u32.to_ne_bytes()), bytes(&2u32.to_ne_bytes()));
    }
}

fn parse_phrase(p: &str, stemmer: Option<&LangStemmer>) -> Vec<WordPat> {
    let mut out = Vec::new();
    for raw in p.split(|c: char| c.is_whitespace() || matches!(c, '-' | '‑' | '\'' | '’')) {
        if raw.is_empty() {
            continue;
        }
        if raw == "…" || raw == "..." {
            if !out.is_empty() {
                out.push(WordPat::Gap(GAP_WORDS));
            }
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
            WordPat::Stem(st)
        });
    }
    out
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
    fn a_gap_stands_for_a_few_joined_words() {
        let m = PhraseMatcher::new("en", &["halt … strikes"]);
        assert_eq!(found(&m, "to halt the strikes"), [(0, "halt the strikes".to_string())]);
        assert_eq!(found(&m, "halt strikes").len(), 1);
        assert!(found(&m, "halt one two three four five six seven strikes").is_empty());
        assert!(found(&m, "we halt, and strikes go on").is_empty());
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
    fn each_matcher_finds_its_own_phrases_through_the_words_it_cut() {
        let a = PhraseMatcher::new("en", &["sanction", "peace talks"]);
        let b = PhraseMatcher::new("en", &["talk", "weapon*"]);
        let text = "Sanctions and peace talks; talks on weapons. Sanctions again, weaponry too.";
        // the words are stemmed on this thread for one matcher, then the
        // other, then again: each time only the asking matcher's phrases
        for _ in 0..2 {
            for (m, n) in [(&a, 3), (&b, 4)] {
                let mut hits = Vec::new();
                m.find_words(&Words::for_matcher(text, 0, m), &mut hits);
                assert_eq!(hits, m.find(text));
                assert_eq!(hits.len(), n, "{hits:?}");
            }
        }
    }

    #[test]
    fn words_seen_before_read_as_when_first_seen() {
        // the second cut is served from the thread's cache, keyed by the
        // word as written: it must give what reading afresh gives
        let text = "Sanctions SANCTIONS sanctions; Переговоры ПЕРЕГОВОРЫ; ΟΔΟΣ Straße";
        for lang in ["en", "ru", "uk", "de"] {
            let stemmer = stemmer_for(lang);
            for _ in 0..2 {
                let w = Words::new(text, 0, lang);
                for (i, (a, b)) in w.spans.iter().enumerate() {
                    let fresh = Known::new(&text[*a as usize..*b as usize], stemmer.as_ref());
                    assert_eq!(w.lower(i), &*fresh.lower);
                    assert_eq!(w.stem(i), fresh.stem());
                }
            }
        }
        // lower-cased character by character: a final sigma stays σ
        assert_eq!(&*Known::new("ΟΔΟΣ", None).lower, "οδοσ");
        let m = PhraseMatcher::new("en", &["sanction"]);
        assert_eq!(found(&m, text).len(), 3);
    }

    #[test]
    fn languages_without_a_stemmer_match_words_as_written() {
        let m = PhraseMatcher::new("de", &["Verhandlungen", "Sanktion*"]);
        assert_eq!(found(&m, "Verhandlungen und Sanktionen").len(), 2);
        assert!(found(&m, "Verhandlung").is_empty());
    }
}
