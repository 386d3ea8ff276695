//! Finding words and phrases in text by their stems.
//!
//! A phrase is one or more words. Each word matches the text's word of the
//! same stem (Snowball: "negotiations" finds "negotiate", "sanctioned"
//! finds "sanctions"), or, written with a final `*`, any word starting with
//! it, or, written with a leading `=`, only itself. Words in the text may be
//! joined by spaces, hyphens or apostrophes ("cease-fire" is "cease fire").
//!
//! A text is cut into words once ([`PhraseMatcher::find_pieces`]), each
//! lower-cased and stemmed once: a word's stem is looked up among the
//! phrases' first words, and only the phrases that start there are
//! compared further. What is known of a word (its lower-case form, stem
//! and the phrases that may start at it) is kept per thread in one arena
//! per language, the words of a text as indices into it, and the cache is
//! borrowed once per text, not once per word: news repeats its words and
//! stemming one costs far more than looking it up.

use crate::extract::lexicon::pack;
use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
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

/// A word of a phrase after its first, as compared with the words of a
/// text: a stem or word by its number in the matcher
/// ([`PhraseMatcher::stems`], [`PhraseMatcher::exact`]), so that comparing
/// is comparing two numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Stem(u32),
    Exact(u32),
    Prefix(Box<str>),
    Gap(usize),
}

/// No number: a word whose stem (or form) no phrase has after its first
/// word.
const NONE: u32 = u32::MAX;

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
    /// Per phrase, its words after the first.
    phrases: Vec<Box<[Step]>>,
    /// The stems and the exact words of the phrases' words after their
    /// first, numbered.
    stems: FxMap<u32>,
    exact: FxMap<u32>,
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
    // the punctuation news text is full of (quote marks, dashes, odd
    // spaces, the ellipsis: the General Punctuation block, guillemets, the
    // no-break space) holds no letter or digit; said at once rather than
    // looked up in the Unicode tables
    if matches!(c, '\u{2000}'..='\u{206F}' | '«' | '»' | '\u{A0}') {
        return false;
    }
    crate::lang::is_alphanumeric(c)
}

/// Words of a phrase or text: runs of letters and digits, with where they
/// start.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// The iterator of [`words`]: ASCII bytes are classed by a table
/// ([`CLASS`]), only other characters decoded, and nothing is collected
/// on the way.
pub struct Words<'a> {
    text: &'a str,
    /// Where to look for the next word.
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let bytes = self.text.as_bytes();
        let n = bytes.len();
        let mut i = self.pos;
        // past what is not a word: ASCII bytes by their class, other
        // characters decoded
        loop {
            if i >= n {
                self.pos = n;
                return None;
            }
            match CLASS[bytes[i] as usize] {
                WORD => break,
                WIDE => {
                    let c = self.text[i..].chars().next().unwrap_or_default();
                    if is_word_char(c) {
                        break;
                    }
                    i += c.len_utf8();
                }
                _ => i += 1,
            }
        }
        let start = i;
        // to the end of the word
        while i < n {
            match CLASS[bytes[i] as usize] {
                WORD => i += 1,
                WIDE => {
                    let c = self.text[i..].chars().next().unwrap_or_default();
                    if !is_word_char(c) {
                        break;
                    }
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
        self.pos = i;
        Some((start, &self.text[start..i]))
    }
}

/// What is known of one word as written, kept on the thread
/// ([`StemCache`]) so that a word seen before costs one lookup.
struct Known {
    lower: Box<str>,
    /// The stem; `None` in a language without a stemmer (the word as
    /// written, lower-cased, is matched).
    stem: Option<Box<str>>,
    /// The matcher ([`PhraseMatcher::id`], 0 for none) whose phrases
    /// that may start at the word are its [`Starts`], and whose numbers
    /// of the word's stem and form ([`Step`]) are `stem_no` and `word_no`.
    starts_of: u64,
    stem_no: u32,
    word_no: u32,
}

/// Where the phrases that may start at a word are, in its language's
/// [`LangWords::phrase_ids`] from `at`, `len` of them, in three runs: the
/// phrases of one word, those whose second word is a stem or a form (by
/// [`step_key`], in the order of their keys at the same places in
/// [`LangWords::phrase_keys`]), and the rest (a prefix or a gap second),
/// ending at `singles` and `keyed`. Kept apart from [`Known`], sixteen
/// bytes a word, side by side with the others: the phrase search reads
/// these for each word a phrase may start at, and a word's [`Known`] (its
/// spellings) would be one more wait on memory each time.
#[derive(Debug, Clone, Copy, Default)]
struct Starts {
    at: u32,
    len: u32,
    singles: u32,
    keyed: u32,
}

impl Starts {
    fn range(self) -> std::ops::Range<usize> {
        self.at as usize..(self.at + self.len) as usize
    }
}

/// A phrase's second word ([`Step`]) as one number, when it is a stem or
/// a form: what the next word of a text must be for the phrase to go on.
fn step_key(step: &Step) -> Option<u64> {
    match step {
        Step::Stem(no) => Some(u64::from(*no)),
        Step::Exact(no) => Some(1 << 32 | u64::from(*no)),
        Step::Prefix(_) | Step::Gap(_) => None,
    }
}

/// A word in lower case: ASCII at once, anything else character by
/// character, as words were always lower-cased (no final-sigma rule of
/// `str::to_lowercase`).
fn lower_case(word: &str) -> Box<str> {
    if word.is_ascii() {
        word.to_ascii_lowercase().into()
    } else {
        let mut l = String::with_capacity(word.len());
        for c in word.chars() {
            l.extend(c.to_lowercase());
        }
        l.into()
    }
}

impl Known {
    /// What is known of a word read afresh, with no cache (the cache must
    /// give the same).
    #[cfg(test)]
    fn new(word: &str, stemmer: Option<&LangStemmer>) -> Self {
        let lower = lower_case(word);
        let stem = stemmer.map(|s| s.stem(&lower).into());
        Known::of(lower, stem)
    }

    /// What is known of a word, from its lower-case form and its stem.
    fn of(lower: Box<str>, stem: Option<Box<str>>) -> Self {
        Known { lower, stem, starts_of: 0, stem_no: NONE, word_no: NONE }
    }

    fn stem(&self) -> &str {
        self.stem.as_deref().unwrap_or(&self.lower)
    }
}

/// A piece of text cut into words: where each is, whether it is joined
/// to the next, and what is known of it (an index into its language's
/// [`LangWords::known`]). Only valid while the thread's cache is borrowed.
#[derive(Default)]
struct Cut {
    words: Vec<CutWord>,
    /// The words at which a phrase of the matcher may start.
    starting: Vec<u32>,
    /// Each word packed ([`packed_at`]), 0 for a word too long to pack.
    keys: Vec<u128>,
}

/// One word of a piece.
#[derive(Debug, Clone, Copy)]
struct CutWord {
    /// Byte range in the piece.
    start: u32,
    end: u32,
    /// Its entry in [`LangWords::known`].
    id: u32,
    /// The numbers of its stem and of its form among the matcher's
    /// ([`Step`]).
    stem_no: u32,
    word_no: u32,
    /// Joined to the next word only by spaces, hyphens or apostrophes (so
    /// a phrase may go on).
    joined: bool,
}

/// Classes of bytes, for cutting words without decoding ASCII: a letter
/// or digit, a byte that joins words of a phrase (space, hyphen,
/// apostrophe), any other ASCII byte, a byte of a longer character.
const WORD: u8 = 0;
const JOIN: u8 = 1;
const OTHER: u8 = 2;
const WIDE: u8 = 3;

static CLASS: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    let mut t = [WIDE; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() {
            WORD
        } else if b.is_ascii_whitespace() || b == 0x0b || b == b'-' || b == b'\'' {
            JOIN
        } else {
            OTHER
        };
        i += 1;
    }
    t
}

impl Cut {
    fn clear(&mut self) {
        self.words.clear();
        self.starting.clear();
        self.keys.clear();
    }

    /// Reads every word cut, in order, one after another: a word's slot in
    /// the table is often not in the processor's nearer caches, and with
    /// nothing else between the look-ups many of those waits on memory
    /// overlap, where one per word as it was cut came one at a time.
    fn read_words(&mut self, text: &str, words: &mut LangWords, stemmer: &mut Lazy<'_>, m: &PhraseMatcher) {
        let tag = matcher_tag(m);
        words.short.touch_all(&self.keys);
        for (i, (w, &key)) in self.words.iter_mut().zip(&self.keys).enumerate() {
            let (s, e) = (w.start as usize, w.end as usize);
            let h = match words.short.get_if(key, |r| r.tag & !STARTS == tag) {
                Some(r) => r,
                None => words.read_anew(text, s, e, stemmer, m),
            };
            if h.starts() {
                self.starting.push(i as u32);
            }
            (w.id, w.stem_no, w.word_no) = (h.id, h.stem_no, h.word_no);
        }
    }

    /// Notes the word `text[s..e]`, to be read ([`Self::read_words`]).
    #[inline(always)]
    fn push(&mut self, text: &str, s: usize, e: usize) {
        self.keys.push(packed_at(text.as_bytes(), s, e).unwrap_or(0));
        self.words.push(CutWord { start: s as u32, end: e as u32, id: 0, stem_no: NONE, word_no: NONE, joined: false });
    }

    /// Cuts `text` into words (runs of letters and digits; ASCII bytes
    /// are classed without decoding a character), each noted with whether
    /// only spaces, hyphens or apostrophes follow it up to the next, and
    /// looked up in `words` and read for `m`.
    #[inline(never)]
    fn cut(&mut self, text: &str, words: &mut LangWords, stemmer: &mut Lazy<'_>, m: &PhraseMatcher) {
        self.clear();
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut start: Option<usize> = None;
        let mut gap_ok = true;
        let mut i = 0;
        while i < n {
            let (word_char, joins, len) = match CLASS[bytes[i] as usize] {
                WORD => {
                    if start.is_none() {
                        start = Some(i);
                    }
                    i = crate::extract::tokens::ascii_word_run_end(bytes, i + 1, false);
                    continue;
                }
                JOIN => (false, true, 1),
                OTHER => (false, false, 1),
                _ => {
                    let c = text[i..].chars().next().unwrap_or_default();
                    (is_word_char(c), c.is_whitespace() || matches!(c, '‑' | '’'), c.len_utf8())
                }
            };
            if word_char {
                if start.is_none() {
                    start = Some(i);
                }
            } else {
                if let Some(s) = start.take() {
                    self.push(text, s, i);
                    gap_ok = true;
                }
                if !joins {
                    gap_ok = false;
                }
                if let Some(last) = self.words.last_mut() {
                    last.joined = gap_ok;
                }
            }
            i += len;
        }
        if let Some(s) = start {
            self.push(text, s, n);
        }
        self.read_words(text, words, stemmer, m);
    }
}

/// A language's stemmer, made when a word not seen before needs it.
struct Lazy<'a> {
    lang: &'a str,
    stemmer: Option<Option<LangStemmer>>,
}

impl Lazy<'_> {
    fn get(&mut self) -> Option<&LangStemmer> {
        let lang = self.lang;
        self.stemmer.get_or_insert_with(|| stemmer_for(lang)).as_ref()
    }
}

impl PhraseMatcher {
    /// A matcher for `phrases` in language `lang`.
    pub fn new<S: AsRef<str>>(lang: &str, phrases: &[S]) -> Self {
        let stemmer = stemmer_for(lang);
        let mut m = PhraseMatcher {
            phrases: Vec::with_capacity(phrases.len()),
            stems: FxMap::default(),
            exact: FxMap::default(),
            by_stem: FxMap::default(),
            by_word: FxMap::default(),
            by_prefix: HashMap::default(),
            lang: lang.to_string(),
            id: NEXT_MATCHER.fetch_add(1, Ordering::Relaxed),
        };
        // many phrases share words: each stemmed once
        let mut stems: HashMap<String, String> = HashMap::new();
        for (pi, p) in phrases.iter().enumerate() {
            let pats = parse_phrase(p.as_ref(), stemmer.as_ref(), &mut stems);
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
            let steps = pats
                .iter()
                .skip(1)
                .map(|p| match p {
                    WordPat::Stem(st) => {
                        let n = m.stems.len() as u32;
                        Step::Stem(*m.stems.entry(st.as_str().into()).or_insert(n))
                    }
                    WordPat::Exact(w) => {
                        let n = m.exact.len() as u32;
                        Step::Exact(*m.exact.entry(w.as_str().into()).or_insert(n))
                    }
                    WordPat::Prefix(x) => Step::Prefix(x.as_str().into()),
                    WordPat::Gap(g) => Step::Gap(*g),
                })
                .collect();
            m.phrases.push(steps);
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
        self.find_pieces(text, &[(offset, offset + text.len())], offset, hits);
    }

    /// Adds every phrase found in each piece `start..end` of `text` (a
    /// piece is read as a text of its own) to `hits`, in order of position
    /// within each piece; `base` is where `text` starts in the longer text
    /// the pieces are given in. Each piece is cut into words once, each
    /// word looked up once in the thread's cache, with the phrases of this
    /// matcher that may start at it (news repeats its words).
    pub fn find_pieces(&self, text: &str, pieces: &[(usize, usize)], base: usize, hits: &mut Vec<Hit>) {
        self.find_pieces_keeping(text, pieces, base, hits, None);
    }

    /// [`Self::find_pieces`], adding to `words`, if given, where each word
    /// of the pieces is (in the longer text), as [`words`] cuts each piece;
    /// false if the pieces were not read (a matcher with no phrases).
    pub(crate) fn find_pieces_keeping(
        &self,
        text: &str,
        pieces: &[(usize, usize)],
        base: usize,
        hits: &mut Vec<Hit>,
        mut words_out: Option<&mut Vec<crate::span::Span>>,
    ) -> bool {
        if self.is_empty() {
            return false;
        }
        STEMS.with(|c| {
            let mut cache = c.borrow_mut();
            let StemCache { langs, cut } = &mut *cache;
            let words = &mut langs[stem_slot(&self.lang)];
            // words read for one matcher after another (topics edited in
            // the app) leave old runs of phrases behind: a bound on them too
            if words.known.len() >= STEM_CACHE_WORDS || words.phrase_ids.len() >= STEM_CACHE_PHRASES {
                // no piece is being read: start afresh
                *words = LangWords::default();
            }
            let mut stemmer = Lazy { lang: &self.lang, stemmer: None };
            for &(start, end) in pieces {
                let piece = text.get(start - base..end - base).unwrap_or("");
                cut.cut(piece, words, &mut stemmer, self);
                self.find_cut(cut, words, start, hits);
                if let Some(out) = words_out.as_deref_mut() {
                    out.reserve(cut.words.len());
                    out.extend(
                        cut.words
                            .iter()
                            .map(|w| crate::span::Span::new(start + w.start as usize, start + w.end as usize)),
                    );
                }
            }
        });
        true
    }

    /// Adds every phrase found among the words of `cut` (a piece at
    /// `offset`) to `hits`, in order of position.
    #[inline(never)]
    fn find_cut(&self, cut: &Cut, words: &LangWords, offset: usize, hits: &mut Vec<Hit>) {
        let first = hits.len();
        for batch in cut.starting.chunks(16) {
            // each word's phrases and their keys read first, one word
            // after another: often a wait on memory, and these overlap
            let mut touched = 0;
            for &i in batch {
                let st = words.starts[cut.words[i as usize].id as usize];
                touched ^= u64::from(words.phrase_ids.get(st.at as usize).copied().unwrap_or_default())
                    ^ words.phrase_keys.get((st.at + st.singles) as usize).copied().unwrap_or_default();
            }
            std::hint::black_box(touched);
            self.find_from(cut, batch, words, offset, hits);
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

    /// The phrases that start at the words `starting` of `cut` (a piece
    /// at `offset`), added to `hits` as found.
    fn find_from(&self, cut: &Cut, starting: &[u32], words: &LangWords, offset: usize, hits: &mut Vec<Hit>) {
        let known = &words.known[..];
        for &i in starting {
            let i = i as usize;
            let w = cut.words[i];
            let st = words.starts[w.id as usize];
            let ids = &words.phrase_ids[st.range()];
            let (singles, keyed, rest) = (st.singles as usize, st.keyed as usize, ids.len());
            let start = offset + w.start as usize;
            let mut hit = |pi: u32, last: usize| {
                hits.push(Hit { phrase: pi as usize, start, end: offset + cut.words[last].end as usize });
            };
            for &pi in &ids[..singles] {
                hit(pi, i);
            }
            // the word after, if a phrase may go on to it: of the phrases
            // whose second word is a stem or a form, only those it has
            if keyed > singles
                && w.joined
                && let Some(n) = cut.words.get(i + 1)
            {
                let at = st.at as usize;
                let keys = &words.phrase_keys[at + singles..at + keyed];
                for key in [step_key(&Step::Stem(n.stem_no)), step_key(&Step::Exact(n.word_no))].into_iter().flatten() {
                    if key as u32 == NONE {
                        continue;
                    }
                    let from = keys.partition_point(|&x| x < key);
                    for (j, _) in keys.iter().enumerate().skip(from).take_while(|(_, x)| **x == key) {
                        let pi = ids[singles + j];
                        if let Some(last) = self.match_from(&self.phrases[pi as usize], cut, known, i) {
                            hit(pi, last);
                        }
                    }
                }
            }
            for &pi in &ids[keyed..rest] {
                if let Some(last) = self.match_from(&self.phrases[pi as usize], cut, known, i) {
                    hit(pi, last);
                }
            }
        }
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

    /// Matches the rest of a phrase whose first word is word `i` of `cut`;
    /// returns the index of its last word.
    fn match_from(&self, steps: &[Step], cut: &Cut, known: &[Known], i: usize) -> Option<usize> {
        let n = cut.words.len();
        let mut k = i;
        let mut gap = 0;
        for pat in steps {
            if let Step::Gap(g) = pat {
                gap = *g;
                continue;
            }
            // the next word, or after a gap the first of the next few
            // that matches, all within one run of joined words
            let mut skipped = 0;
            loop {
                if !cut.words[k].joined || k + 1 >= n {
                    return None;
                }
                k += 1;
                let w = &cut.words[k];
                let same = match pat {
                    Step::Stem(no) => w.stem_no == *no,
                    Step::Exact(no) => w.word_no == *no,
                    Step::Prefix(p) => known[w.id as usize].lower.starts_with(&**p),
                    Step::Gap(_) => false,
                };
                if same {
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

/// The words of one language seen on this thread.
#[derive(Default)]
struct LangWords {
    known: Vec<Known>,
    /// Per word of `known`, where its phrases are ([`Starts`]).
    starts: Vec<Starts>,
    /// The phrases words start, and beside each the key of its second
    /// word ([`step_key`], 0 where it has none), word after word; a word
    /// read for another matcher gets a new run, the old one left.
    phrase_ids: Vec<u32>,
    phrase_keys: Vec<u64>,
    /// The words of up to 15 bytes (nearly all), each packed into one
    /// number ([`pack`]): hashed and compared at once.
    short: ShortTable<Read>,
    long: FxMap<u32>,
    /// Per lower-case form stemmed, the entry that holds its stem.
    by_lower: FxMap<u32>,
}

/// A short word's entry in [`LangWords::short`]: its number in
/// [`LangWords::known`], and a copy of what [`LangWords::read_starts`] found for
/// the matcher read last, so that a word seen before is read from its
/// slot in the table alone (its [`Known`] is elsewhere in memory: one
/// more wait on memory per word, when it was read each time).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Read {
    id: u32,
    /// [`matcher_tag`] of the matcher the rest is for (0 for none yet),
    /// with the top bit set when phrases of it may start at the word.
    tag: u32,
    stem_no: u32,
    word_no: u32,
}

/// The top bit of [`Read::tag`].
const STARTS: u32 = 1 << 31;

/// A matcher's number as kept in [`Read::tag`]: its low 31 bits. Matchers
/// are numbered from 1 and a run makes a few (one per language of each
/// topic lexicon read), so no two in one run share a tag.
fn matcher_tag(m: &PhraseMatcher) -> u32 {
    (m.id as u32) & !STARTS
}

impl Read {
    /// Whether phrases may start at the word.
    fn starts(self) -> bool {
        self.tag & STARTS != 0
    }
}

impl LangWords {
    /// What is known of the word `text[s..e]` (as written) for `m`, made
    /// if new: for a word not seen before, or read last for another
    /// matcher, or longer than 15 bytes ([`Cut::read_words`] reads the
    /// others from their slot).
    #[cold]
    #[inline(never)]
    fn read_anew(&mut self, text: &str, s: usize, e: usize, stemmer: &mut Lazy<'_>, m: &PhraseMatcher) -> Read {
        let key = packed_at(text.as_bytes(), s, e);
        let id = match key.and_then(|key| self.short.get(key)) {
            Some(r) => r.id,
            None => self.add(text, s, e, stemmer),
        };
        if self.known[id as usize].starts_of != m.id {
            self.read_starts(id, m);
        }
        let k = &self.known[id as usize];
        let starts = if self.starts[id as usize].len == 0 { 0 } else { STARTS };
        let r = Read { id, tag: matcher_tag(m) | starts, stem_no: k.stem_no, word_no: k.word_no };
        if let Some(key) = key {
            self.short.set(key, r);
        }
        r
    }

    /// The number in `known` of the word `text[s..e]`, not among the short
    /// ones seen before: made if new (a long word may have been seen).
    #[cold]
    #[inline(never)]
    fn add(&mut self, text: &str, s: usize, e: usize, stemmer: &mut Lazy<'_>) -> u32 {
        if let Some(key) = packed_at(text.as_bytes(), s, e) {
            let id = self.known.len() as u32;
            let k = self.known_new(&text[s..e], stemmer);
            self.known.push(k);
            self.starts.push(Starts::default());
            self.short.insert(key, Read { id, ..Read::default() });
            return id;
        }
        let word = &text[s..e];
        if let Some(&id) = self.long.get(word) {
            return id;
        }
        let id = self.known.len() as u32;
        let k = self.known_new(word, stemmer);
        self.known.push(k);
        self.starts.push(Starts::default());
        self.long.insert(word.into(), id);
        id
    }

    /// Looks up, once per matcher, the phrases of `m` that may start at
    /// word `id` and the numbers of its stem and form there.
    #[cold]
    #[inline(never)]
    fn read_starts(&mut self, id: u32, m: &PhraseMatcher) {
        let k = &mut self.known[id as usize];
        let mut found = Vec::new();
        m.starts_of(&k.lower, k.stem(), &mut found);
        // grouped by what must follow, so that a word that starts many
        // phrases ("the", "no") is compared only with those its next word
        // can go on
        let second = |pi: u32| m.phrases[pi as usize].first();
        let mut singles: Vec<u32> = Vec::new();
        let mut keyed: Vec<(u64, u32)> = Vec::new();
        let mut rest: Vec<u32> = Vec::new();
        for pi in found {
            match second(pi) {
                None => singles.push(pi),
                Some(step) => match step_key(step) {
                    Some(key) => keyed.push((key, pi)),
                    None => rest.push(pi),
                },
            }
        }
        keyed.sort_unstable();
        k.stem_no = m.stems.get(k.stem()).copied().unwrap_or(NONE);
        k.word_no = m.exact.get(&*k.lower).copied().unwrap_or(NONE);
        k.starts_of = m.id;
        let at = self.phrase_ids.len() as u32;
        let n = singles.len() + keyed.len() + rest.len();
        self.starts[id as usize] =
            Starts { at, len: n as u32, singles: singles.len() as u32, keyed: (singles.len() + keyed.len()) as u32 };
        self.phrase_ids.extend(singles.iter().chain(keyed.iter().map(|(_, pi)| pi)).chain(&rest));
        self.phrase_keys.extend(
            std::iter::repeat_n(0, singles.len())
                .chain(keyed.iter().map(|&(key, _)| key))
                .chain(std::iter::repeat_n(0, rest.len())),
        );
    }

    /// What is known of a word not seen before as written: its stem is
    /// that of the same word seen in another case ("Sanctions",
    /// "SANCTIONS"), if there was one, so that each lower-case form is
    /// stemmed once.
    fn known_new(&mut self, word: &str, stemmer: &mut Lazy<'_>) -> Known {
        let lower = lower_case(word);
        let Some(st) = stemmer.get() else { return Known::of(lower, None) };
        if let Some(&id) = self.by_lower.get(&*lower) {
            let stem = self.known[id as usize].stem.clone();
            return Known::of(lower, stem);
        }
        let stem: Box<str> = st.stem(&lower).into();
        self.by_lower.insert(lower.clone(), self.known.len() as u32);
        Known::of(lower, Some(stem))
    }
}

/// What is known of the words seen so far on this thread, per language
/// (English, Russian, Ukrainian, any other), by the word as written: news
/// repeats its words, and stemming one costs far more than looking it up.
#[derive(Default)]
struct StemCache {
    langs: [LangWords; 4],
    /// The words of the piece being read, kept for the next.
    cut: Cut,
}

/// Which stem cache a language uses: the languages without a stemmer
/// read their words alike, as written, and share one.
fn stem_slot(lang: &str) -> usize {
    match lang {
        "en" => 0,
        "ru" => 1,
        "uk" => 2,
        _ => 3,
    }
}

/// Per length up to 15, the bytes of a word of that length in a packed
/// number.
static PACK_MASKS: [u128; 16] = {
    let mut t = [0u128; 16];
    let mut i = 1;
    while i < 16 {
        t[i] = (1u128 << (8 * i)) - 1;
        i += 1;
    }
    t
};

/// [`pack`] of the word `bytes[s..e]`, read at once where 16 bytes
/// from its start are in `bytes`.
#[inline(always)]
pub(crate) fn packed_at(bytes: &[u8], s: usize, e: usize) -> Option<u128> {
    let len = e - s;
    if len > 15 {
        return None;
    }
    match bytes.get(s..s + 16) {
        Some(b) => {
            let v = u128::from_le_bytes(b.try_into().unwrap_or([0; 16]));
            Some((v & PACK_MASKS[len]) | ((len as u128) << 120))
        }
        // near the end of the text: the word's own bytes
        None => pack(&bytes[s..e]),
    }
}

/// Words kept per language before the cache starts afresh.
const STEM_CACHE_WORDS: usize = 200_000;

/// Phrases kept for the words of a language ([`LangWords::phrase_ids`])
/// before the cache starts afresh: 12 MB.
const STEM_CACHE_PHRASES: usize = 1 << 20;

thread_local! {
    static STEMS: RefCell<StemCache> = RefCell::new(StemCache::default());
}

/// Packed words ([`pack`]) and their entries: open addressing with
/// linear probing, at most half full, each key beside its entry (one
/// cache line read per look-up); 0 is no word (a packed word has its
/// length, at least one, in its highest byte). The topic step keeps word
/// numbers here, the tokenizer what it read of each word.
pub(crate) struct ShortTable<V> {
    slots: Vec<(u128, V)>,
    len: usize,
}

impl<V> Default for ShortTable<V> {
    fn default() -> Self {
        ShortTable { slots: Vec::new(), len: 0 }
    }
}

impl<V: Copy + Default> ShortTable<V> {
    /// Where to look first for `key`: its halves multiplied together and
    /// folded, so that every byte reaches every bit.
    fn home(key: u128, mask: usize) -> usize {
        let lo = key as u64 ^ 0x2d35_8dcc_aa6c_78a5;
        let hi = (key >> 64) as u64 ^ 0x8bb8_4b93_962e_acc9;
        let m = u128::from(lo) * u128::from(hi);
        ((m as u64) ^ ((m >> 64) as u64)) as usize & mask
    }

    /// The words in the table.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Reads the slot where a look-up of `key` starts and returns part of
    /// it, for nothing but to have it read: called for many keys in a row
    /// before they are looked up, it has their waits on memory under way
    /// together (a loop of full look-ups holds fewer at a time).
    #[inline(always)]
    pub(crate) fn touch(&self, key: u128) -> u64 {
        if self.slots.is_empty() {
            return 0;
        }
        self.slots[Self::home(key, self.slots.len() - 1)].0 as u64
    }

    /// [`Self::touch`] of each of `keys`, one after another, before they
    /// are looked up.
    #[inline(always)]
    pub(crate) fn touch_all(&self, keys: impl IntoIterator<Item = impl std::borrow::Borrow<u128>>) {
        let mut touched = 0;
        for key in keys {
            touched ^= self.touch(*key.borrow());
        }
        std::hint::black_box(touched);
    }

    /// The entry of `key` (0 for none) if it passes `ok`.
    #[inline(always)]
    pub(crate) fn get_if(&self, key: u128, ok: impl Fn(&V) -> bool) -> Option<V> {
        if key == 0 {
            return None;
        }
        self.get(key).filter(|v| ok(v))
    }

    #[inline(always)]
    pub(crate) fn get(&self, key: u128) -> Option<V> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = Self::home(key, mask);
        loop {
            let (k, v) = self.slots[i];
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Sets the entry of `key`, added if not in the table.
    pub(crate) fn set(&mut self, key: u128, value: V) {
        if !self.slots.is_empty() {
            let mask = self.slots.len() - 1;
            let mut i = Self::home(key, mask);
            loop {
                match self.slots[i].0 {
                    0 => break,
                    k if k == key => {
                        self.slots[i].1 = value;
                        return;
                    }
                    _ => i = (i + 1) & mask,
                }
            }
        }
        self.insert(key, value);
    }

    /// Adds `key`, not in the table.
    pub(crate) fn insert(&mut self, key: u128, value: V) {
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(1024);
            let old = std::mem::replace(&mut self.slots, vec![(0, V::default()); size]);
            for (k, v) in old {
                if k != 0 {
                    self.place(k, v);
                }
            }
        }
        self.place(key, value);
        self.len += 1;
    }

    fn place(&mut self, key: u128, value: V) {
        let mask = self.slots.len() - 1;
        let mut i = Self::home(key, mask);
        while self.slots[i].0 != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = (key, value);
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

/// The words of a phrase as patterns; `stems` keeps the stems of the
/// words stemmed so far.
fn parse_phrase(p: &str, stemmer: Option<&LangStemmer>, stems: &mut HashMap<String, String>) -> Vec<WordPat> {
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
            let st = match (stems.get(&w), stemmer) {
                (Some(st), _) => st.clone(),
                (None, Some(s)) => {
                    let st = s.stem(&w).into_owned();
                    stems.insert(w.clone(), st.clone());
                    st
                }
                (None, None) => w.clone(),
            };
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
        // an adjective in -ні has the stem of its other cases: "-ні" is
        // no ending, "-і" is ("іноземні" and "іноземних" are both
        // "іноземн-"), and so has a noun's locative ("у країні")
        let m = PhraseMatcher::new("uk", &["іноземні війська", "мирні переговори", "країна"]);
        assert_eq!(found(&m, "про виведення іноземних військ").len(), 1);
        assert_eq!(found(&m, "щодо мирних переговорів").len(), 1);
        assert_eq!(found(&m, "у країні").len(), 1);
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
                // two pieces, read as texts of their own
                m.find_pieces(text, &[(0, 44), (44, text.len())], 0, &mut hits);
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
                let read: Vec<(usize, String, String)> = STEMS.with(|c| {
                    let mut cache = c.borrow_mut();
                    let StemCache { langs, cut } = &mut *cache;
                    let words = &mut langs[stem_slot(lang)];
                    let m = PhraseMatcher::new(lang, &["x"]);
                    cut.cut(text, words, &mut Lazy { lang, stemmer: None }, &m);
                    (cut.words.iter())
                        .map(|w| {
                            let k = &words.known[w.id as usize];
                            let word = text[w.start as usize..w.end as usize].to_string();
                            (w.start as usize, word, format!("{}|{}", k.lower, k.stem()))
                        })
                        .collect()
                });
                assert_eq!(read.len(), 7);
                for (_, word, got) in &read {
                    let fresh = Known::new(word, stemmer.as_ref());
                    assert_eq!(got, &format!("{}|{}", fresh.lower, fresh.stem()));
                }
            }
        }
        // lower-cased character by character: a final sigma stays σ
        assert_eq!(&*Known::new("ΟΔΟΣ", None).lower, "οδοσ");
        let m = PhraseMatcher::new("en", &["sanction"]);
        assert_eq!(found(&m, text).len(), 3);
    }

    #[test]
    fn punctuation_said_at_once_is_no_letter_or_digit() {
        for c in ('\u{2000}'..='\u{206F}').chain(['«', '»', '\u{A0}']) {
            assert!(!crate::lang::is_alphanumeric(c), "{c:?}");
            assert!(!is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn words_are_cut_as_character_by_character() {
        let text = "“Sanctions” — don’t stop; переговори, 2025-й… ü Straße ª² ⁿ x\u{a0}y «так»";
        let mut slow = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            if crate::lang::is_alphanumeric(c) {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                slow.push((s, &text[s..i]));
            }
        }
        if let Some(s) = start {
            slow.push((s, &text[s..]));
        }
        assert_eq!(words(text).collect::<Vec<_>>(), slow);
    }

    #[test]
    fn words_are_packed_alike_wherever_they_stand() {
        let text = "a Sanctions; переговоры ü abcdefghijklmno abcdefghijklmnop";
        for (s, w) in words(text) {
            assert_eq!(packed_at(text.as_bytes(), s, s + w.len()), pack(w.as_bytes()), "{w}");
            assert_eq!(packed_at(w.as_bytes(), 0, w.len()), pack(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn the_table_of_packed_words_finds_what_it_was_given() {
        let mut t = ShortTable::default();
        // an empty table has no slot to read ahead of a look-up
        assert_eq!(t.touch(pack(b"w1").unwrap()), 0);
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(pack(w.as_bytes()).unwrap()), None);
            t.insert(pack(w.as_bytes()).unwrap(), i as u32);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(pack(w.as_bytes()).unwrap()), Some(i as u32));
        }
        assert_eq!(t.get(pack(b"x1").unwrap()), None);
        // an entry set anew replaces the old one; a new word is added
        for (i, w) in words.iter().enumerate().step_by(7) {
            t.set(pack(w.as_bytes()).unwrap(), 10_000 + i as u32);
        }
        t.set(pack(b"x1").unwrap(), 1);
        for (i, w) in words.iter().enumerate() {
            let want = if i % 7 == 0 { 10_000 + i as u32 } else { i as u32 };
            assert_eq!(t.get(pack(w.as_bytes()).unwrap()), Some(want));
        }
        assert_eq!(t.get(pack(b"x1").unwrap()), Some(1));
        assert_eq!(t.len(), words.len() + 1);
        assert_eq!(t.get_if(0, |_| true), None);
    }

    #[test]
    fn languages_without_a_stemmer_match_words_as_written() {
        let m = PhraseMatcher::new("de", &["Verhandlungen", "Sanktion*"]);
        assert_eq!(found(&m, "Verhandlungen und Sanktionen").len(), 2);
        assert!(found(&m, "Verhandlung").is_empty());
    }
}
