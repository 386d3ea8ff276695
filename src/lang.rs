//! The language an article is written in.
//!
//! Detected once, when the article is read, with `whatlang` (trigram
//! statistics over the first few thousand letters), and kept on the
//! article: the article list shows it, the sidebar filters by it, and
//! extraction picks its rules by it. Russian and Ukrainian share most
//! letters and many words, so for Cyrillic text the letters only one of
//! them uses (і ї є ґ against ы э ъ ё) decide, and `whatlang` only when
//! neither kind is there.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 639-1 code ("en", "ru", "uk", "de", …), or the three-letter
/// ISO 639-3 code for languages without one; empty when unknown (a
/// session saved before languages were detected, an empty text).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Language(pub String);

/// The languages extraction reads.
pub const READ: [&str; 3] = ["en", "ru", "uk"];

impl Language {
    pub fn new(code: &str) -> Self {
        Language(code.to_string())
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    pub fn is_known(&self) -> bool {
        !self.0.is_empty()
    }

    /// Whether statements are extracted from text in this language.
    pub fn is_read(&self) -> bool {
        READ.contains(&self.0.as_str())
    }

    /// The language's name in English ("Russian"), for lists and filters.
    pub fn label(&self) -> String {
        match self.0.as_str() {
            "" => "Unknown".to_string(),
            "en" => "English".to_string(),
            "ru" => "Russian".to_string(),
            "uk" => "Ukrainian".to_string(),
            code => CODES
                .iter()
                .find(|(_, two)| *two == code)
                .map(|(three, _)| *three)
                .or_else(|| (code.len() == 3).then_some(code))
                .and_then(whatlang::Lang::from_code)
                .map_or_else(|| code.to_uppercase(), |l| l.eng_name().to_string()),
        }
    }

    /// A short tag for tight places (the article list): "EN", "RU", "UK".
    pub fn tag(&self) -> String {
        if self.0.is_empty() { "?".to_string() } else { self.0.to_uppercase() }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// Text folded for searching: lower case, `ё` as `е` (Russian writes
/// either), and the apostrophes of Ukrainian (’ ʼ ') as one, so a search
/// typed without them finds the text written with them.
pub fn fold_search(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_search_into(&mut out, s);
    out
}

/// [`fold_search`], appended to `out`.
pub fn fold_search_into(out: &mut String, s: &str) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        match c {
            'ё' | 'Ё' => out.push('е'),
            '’' | 'ʼ' | '‘' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// ISO 639-3 codes `whatlang` reports, and their two-letter forms.
const CODES: &[(&str, &str)] = &[
    ("eng", "en"),
    ("rus", "ru"),
    ("ukr", "uk"),
    ("bel", "be"),
    ("bul", "bg"),
    ("srp", "sr"),
    ("mkd", "mk"),
    ("deu", "de"),
    ("fra", "fr"),
    ("spa", "es"),
    ("ita", "it"),
    ("por", "pt"),
    ("nld", "nl"),
    ("pol", "pl"),
    ("ces", "cs"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("hrv", "hr"),
    ("ron", "ro"),
    ("hun", "hu"),
    ("fin", "fi"),
    ("est", "et"),
    ("lav", "lv"),
    ("lit", "lt"),
    ("swe", "sv"),
    ("dan", "da"),
    ("nob", "no"),
    ("tur", "tr"),
    ("ell", "el"),
    ("ara", "ar"),
    ("heb", "he"),
    ("pes", "fa"),
    ("urd", "ur"),
    ("hin", "hi"),
    ("cmn", "zh"),
    ("jpn", "ja"),
    ("kor", "ko"),
    ("kat", "ka"),
    ("hye", "hy"),
    ("aze", "az"),
    ("kaz", "kk"),
    ("uzb", "uz"),
];

/// Letters counted in a text's sample.
#[derive(Debug, Default, Clone, Copy)]
pub struct Letters {
    pub latin: usize,
    pub cyrillic: usize,
    /// і ї є ґ: Ukrainian (and Belarusian і).
    pub ukrainian: usize,
    /// ы э ъ ё: Russian (and Belarusian ы э ё).
    pub russian: usize,
}

impl Letters {
    pub fn count(text: &str) -> Letters {
        let mut n = Letters::default();
        let bytes = text.as_bytes();
        // the ASCII letters, in blocks of a fixed size and a one-byte
        // count, which the compiler does with vector instructions (bytes
        // that are not ASCII are no ASCII letter)
        let (blocks, rest) = bytes.as_chunks::<64>();
        for block in blocks {
            n.latin += usize::from(block.iter().fold(0u8, |k, &b| k + u8::from(b.is_ascii_alphabetic())));
        }
        n.latin += rest.iter().filter(|b| b.is_ascii_alphabetic()).count();
        // then the other characters, found eight bytes at a time
        let mut i = 0;
        while i < bytes.len() {
            if let Some(&chunk) = bytes.get(i..).and_then(|b| b.first_chunk::<8>()) {
                let high = u64::from_le_bytes(chunk) & HIGH;
                if high == 0 {
                    i += 8;
                    continue;
                }
                i += (high.trailing_zeros() / 8) as usize;
            } else if bytes[i].is_ascii() {
                i += 1;
                continue;
            }
            i += n.add_at(text, i);
        }
        n
    }

    /// Counts the character that starts at byte `i` of `text`, which is
    /// not ASCII, and returns its length in bytes.
    #[inline]
    fn add_at(&mut self, text: &str, i: usize) -> usize {
        let bytes = text.as_bytes();
        // two bytes from U+0080 to U+07FF (Latin letters with marks,
        // Cyrillic), decoded here; longer ones by the standard library
        if let [lead @ 0xC2..=0xDF, next, ..] = bytes[i..] {
            let c = (u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F);
            self.add(char::from_u32(c).unwrap_or_default());
            return 2;
        }
        match text.get(i..).and_then(|t| t.chars().next()) {
            Some(c) => {
                self.add(c);
                c.len_utf8()
            }
            // not reached: `i` is always at the start of a character
            None => bytes.len() - i,
        }
    }

    #[inline]
    pub fn add(&mut self, c: char) {
        if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            self.latin += 1;
        } else if is_cyrillic(c) {
            self.cyrillic += 1;
            match c {
                'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => self.ukrainian += 1,
                'ы' | 'э' | 'ъ' | 'ё' | 'Ы' | 'Э' | 'Ъ' | 'Ё' => self.russian += 1,
                _ => {}
            }
        }
    }

    /// "ru" or "uk" from the letters alone, when they tell.
    pub fn cyrillic_language(&self) -> Option<&'static str> {
        if self.ukrainian > self.russian {
            Some("uk")
        } else if self.russian > self.ukrainian {
            Some("ru")
        } else {
            None
        }
    }
}

/// `char::is_alphanumeric`, with the Russian and Ukrainian alphabet
/// (U+0400 to U+045F, all letters) answered without the Unicode tables,
/// whose look-up costs a few hundred instructions per character.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    c.is_ascii_alphanumeric() || ('\u{0400}'..='\u{045F}').contains(&c) || !c.is_ascii() && c.is_alphanumeric()
}

const ONES: u64 = u64::MAX / 255;
const HIGH: u64 = ONES * 0x80;

/// How many bytes of `m` have their high bit set, `m` having no other bit
/// set: one multiplication adds them all up in the top byte (a machine
/// without a population count instruction spends a dozen on `count_ones`).
#[inline]
fn high_bits(m: u64) -> usize {
    (((m >> 7).wrapping_mul(ONES)) >> 56) as usize
}

pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// How much of a text is looked at: enough for any article's language,
/// bounded for huge files.
const SAMPLE_CHARS: usize = 6000;

/// How much of that sample the statistics read: trigram statistics are
/// sure of a language long before this, and they cost more per character
/// than anything else extraction does.
const STATS_CHARS: usize = 1500;

/// The first `n` characters of `text`.
fn first_chars(text: &str, n: usize) -> &str {
    if text.len() <= n {
        return text;
    }
    // ASCII up to there: each byte is a character
    if text.as_bytes()[..n].is_ascii() {
        return &text[..n];
    }
    // a character starts at every byte that does not continue one
    // (10xxxxxx); eight bytes at a time while the n-th is further on
    let bytes = text.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while let Some(&chunk) = bytes.get(i..).and_then(|b| b.first_chunk::<8>()) {
        let x = u64::from_le_bytes(chunk);
        let continuing = high_bits(x & !(x << 1) & HIGH);
        if seen + 8 - continuing > n {
            break;
        }
        seen += 8 - continuing;
        i += 8;
    }
    for (j, &b) in bytes[i..].iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if seen == n {
                return &text[..i + j];
            }
            seen += 1;
        }
    }
    text
}

/// The language of `text`.
pub fn detect(text: &str) -> Language {
    let sample = first_chars(text, SAMPLE_CHARS);
    let letters = Letters::count(sample);
    let sample = first_chars(sample, STATS_CHARS);
    if letters.latin + letters.cyrillic == 0 {
        return match whatlang::detect(sample) {
            Some(info) => Language::new(two_letter(info.lang())),
            None => Language::default(),
        };
    }
    if letters.cyrillic > letters.latin {
        let info = whatlang::detect(sample);
        // Belarusian, Bulgarian, Serbian, Macedonian: only when sure
        if let Some(i) = &info
            && matches!(i.lang(), whatlang::Lang::Bel | whatlang::Lang::Bul | whatlang::Lang::Srp | whatlang::Lang::Mkd)
            && i.is_reliable()
        {
            return Language::new(two_letter(i.lang()));
        }
        let by_letters = letters.cyrillic_language().or_else(|| cyrillic_by_words(sample));
        let by_stats = info.map(|i| if i.lang() == whatlang::Lang::Ukr { "uk" } else { "ru" });
        return Language::new(by_letters.or(by_stats).unwrap_or("ru"));
    }
    // Latin script: plainly English prose needs no statistics
    if mostly_english_words(sample) {
        return Language::new("en");
    }
    // otherwise English unless the statistics are sure of another
    match whatlang::detect(sample) {
        Some(info) if info.lang() != whatlang::Lang::Eng && info.is_reliable() => {
            Language::new(two_letter(info.lang()))
        }
        _ => Language::new("en"),
    }
}

/// Whether at least one word in six of `sample` is one of the commonest
/// English words, which prose in any other language hardly ever reaches
/// (a German or French report quoting an English phrase stays far below).
fn mostly_english_words(sample: &str) -> bool {
    // A word is a run of letters. The sample is read 64 bytes at a time
    // as two bit sets, its letters (every byte of a letter) and its bytes
    // that are not ASCII: the words are where runs of letter bits start,
    // and only the words of at most four letters are looked at one by one.
    // This runs over the start of every article.
    let windows = sample.len().div_ceil(64);
    let mut words = 0usize;
    let mut common = 0usize;
    let mut in_letter = false;
    let (mut letters, mut other) = window_bits(sample, 0, &mut in_letter);
    let mut before = 0u64;
    for w in 0..windows {
        let (next_letters, next_other) =
            if w + 1 < windows { window_bits(sample, w + 1, &mut in_letter) } else { (0, 0) };
        let starts = letters & !((letters << 1) | before);
        words += starts.count_ones() as usize;
        // the letters of this window and the next, from bit `k` on
        let both = u128::from(letters) | (u128::from(next_letters) << 64);
        let both_other = u128::from(other) | (u128::from(next_other) << 64);
        let from = |k: u32| (both >> k) as u64;
        // words of five letters or more start where five letters follow
        let long = letters & from(1) & from(2) & from(3) & from(4);
        let mut short = starts & !long;
        while short != 0 {
            let s = short.trailing_zeros();
            short &= short - 1;
            let len = (!(both >> s)).trailing_zeros();
            // the common words are ASCII
            if (both_other >> s) & ((1u128 << len) - 1) == 0 {
                let at = 64 * w + s as usize;
                if is_common_english(&sample.as_bytes()[at..at + len as usize]) {
                    common += 1;
                }
            }
        }
        before = letters >> 63;
        letters = next_letters;
        other = next_other;
    }
    words >= 20 && common * 6 >= words
}

/// The bytes of `text` from `64 * w` on, up to 64 of them, as two bit
/// sets (bit `k` for byte `64 * w + k`): the bytes of letters, and the
/// bytes that are not ASCII. `in_letter` carries over from window to
/// window whether the last character that is not ASCII was a letter, for
/// a character cut by the window's start.
fn window_bits(text: &str, w: usize, in_letter: &mut bool) -> (u64, u64) {
    let bytes = text.as_bytes();
    let base = 64 * w;
    let mut letters = 0u64;
    let mut other = 0u64;
    for k in 0..8 {
        let at = base + 8 * k;
        let x = match bytes.get(at..).and_then(|b| b.first_chunk::<8>()) {
            Some(chunk) => u64::from_le_bytes(*chunk),
            None => {
                // the end: zeros, which are no letters
                let rest = bytes.get(at..).unwrap_or_default();
                let mut buf = [0u8; 8];
                buf[..rest.len()].copy_from_slice(rest);
                u64::from_le_bytes(buf)
            }
        };
        letters |= gather_high_bits(ascii_letter_bytes(x)) << (8 * k);
        other |= gather_high_bits(x & HIGH) << (8 * k);
    }
    // each character that is not ASCII: all its bytes are letters when it is
    let mut rest = other;
    while rest != 0 {
        let k = rest.trailing_zeros() as usize;
        rest &= rest - 1;
        if bytes[base + k] & 0xC0 != 0x80 {
            *in_letter = text.get(base + k..).and_then(|t| t.chars().next()).is_some_and(char::is_alphabetic);
        }
        if *in_letter {
            letters |= 1 << k;
        }
    }
    (letters, other)
}

/// The high bits of the eight bytes of `m` (which has no other bit set)
/// as the eight low bits of a number, the first byte's lowest: one
/// multiplication moves each to its place in the top byte, with no two
/// landing on the same bit or carrying into it.
#[inline]
fn gather_high_bits(m: u64) -> u64 {
    m.wrapping_mul(0x0002_0408_1020_4081) >> 56
}

/// The high bit of each byte of `x` that is an ASCII letter.
#[inline]
fn ascii_letter_bytes(x: u64) -> u64 {
    // without the high bits the additions below carry into no other byte
    let low = x & !HIGH;
    let l = low | (ONES * 0x20);
    let from_a = l + ONES * (0x80 - u64::from(b'a'));
    let past_z = l + ONES * (0x80 - u64::from(b'z') - 1);
    from_a & !past_z & HIGH & !x
}

/// Whether `w`, one to four ASCII letters, is one of the commonest English
/// words, in any case.
#[inline]
fn is_common_english(w: &[u8]) -> bool {
    const THE: u32 = pack(b"the");
    const OF: u32 = pack(b"of");
    const AND: u32 = pack(b"and");
    const TO: u32 = pack(b"to");
    const IN: u32 = pack(b"in");
    const A: u32 = pack(b"a");
    const IS: u32 = pack(b"is");
    const THAT: u32 = pack(b"that");
    const FOR: u32 = pack(b"for");
    const ON: u32 = pack(b"on");
    const WAS: u32 = pack(b"was");
    const WITH: u32 = pack(b"with");
    const SAID: u32 = pack(b"said");
    const IT: u32 = pack(b"it");
    const HE: u32 = pack(b"he");
    const BY: u32 = pack(b"by");
    // the letters in lower case, first in the low byte; no letter is a
    // zero byte, so words of different lengths never share a number
    let key = w.iter().rev().fold(0u32, |k, &b| (k << 8) | u32::from(b | 0x20));
    matches!(key, THE | OF | AND | TO | IN | A | IS | THAT | FOR | ON | WAS | WITH | SAID | IT | HE | BY)
}

/// Up to four bytes as one number, the first in the low byte.
const fn pack(w: &[u8]) -> u32 {
    let mut key = 0u32;
    let mut i = w.len();
    while i > 0 {
        i -= 1;
        key = (key << 8) | w[i] as u32;
    }
    key
}

/// The language extraction reads `text` as: "ru" or "uk" when most of
/// its letters are Cyrillic, otherwise "en". Letters only, no statistics:
/// cheap enough to ask for every article, sentence or chunk.
pub fn reading_language(text: &str) -> &'static str {
    let n = Letters::count(first_chars(text, SAMPLE_CHARS));
    if n.cyrillic <= n.latin {
        return "en";
    }
    n.cyrillic_language().or_else(|| cyrillic_by_words(first_chars(text, STATS_CHARS))).unwrap_or("ru")
}

/// Words found in Ukrainian and not in Russian, or the other way round,
/// among the commonest: a short text may have none of the letters that
/// tell the two apart ([`Letters::cyrillic_language`]) where its little
/// words do ("що" / "что", "вона" / "она"). Words with those letters
/// ("він", "это") need no place here.
const UKRAINIAN_WORDS: &[&str] = &[
    "що",
    "це",
    "як",
    "вона",
    "вони",
    "ми",
    "але",
    "або",
    "вже",
    "ще",
    "та",
    "й",
    "його",
    "буде",
    "було",
    "були",
    "може",
    "хоче",
    "каже",
    "щодо",
    "коли",
    "цей",
    "ця",
    "треба",
    "адже",
];
const RUSSIAN_WORDS: &[&str] = &[
    "что",
    "как",
    "он",
    "она",
    "они",
    "но",
    "или",
    "уже",
    "еще",
    "и",
    "его",
    "будет",
    "было",
    "были",
    "может",
    "хочет",
    "говорит",
    "когда",
    "поэтому",
    "также",
    "чтобы",
    "только",
    "если",
];

/// "uk" or "ru" from the words of `sample` when its letters leave it
/// open: the commonest words of each language ([`UKRAINIAN_WORDS`]), and
/// the masculine past of verbs, which ends in -в in Ukrainian ("заявив",
/// "сказав") and in -л in Russian ("заявил", "сказал").
fn cyrillic_by_words(sample: &str) -> Option<&'static str> {
    let (mut uk, mut ru) = (0usize, 0usize);
    let mut lower = String::new();
    for w in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        if UKRAINIAN_WORDS.contains(&lower.as_str()) {
            uk += 1;
        } else if RUSSIAN_WORDS.contains(&lower.as_str()) {
            ru += 1;
        } else if lower.chars().count() >= 5 {
            let mut back = lower.chars().rev();
            match (back.next(), back.next()) {
                (Some('в'), Some('а' | 'и')) => uk += 1,
                (Some('л'), Some('а' | 'и')) => ru += 1,
                _ => {}
            }
        }
    }
    match uk.cmp(&ru) {
        std::cmp::Ordering::Greater => Some("uk"),
        std::cmp::Ordering::Less => Some("ru"),
        std::cmp::Ordering::Equal => None,
    }
}

fn two_letter(l: whatlang::Lang) -> &'static str {
    let three = l.code();
    CODES.iter().find(|(t, _)| *t == three).map_or(three, |(_, two)| two)
}

/// Random texts for comparing a fast reading with a plain one: short
/// runs of ASCII, Latin with marks, Cyrillic (with the letters that tell
/// Russian from Ukrainian), dashes, quotes, controls, three- and four-byte
/// characters, and the few characters whose lower case changes length.
#[cfg(test)]
pub(crate) fn random_texts(seed: u64, count: usize) -> Vec<String> {
    const PIECES: &[&str] = &[
        "a",
        "b",
        "Z",
        "e",
        "t",
        "h",
        "the",
        "The",
        "OF",
        "and",
        "said",
        "with",
        "by",
        "a1",
        "7",
        "2025",
        "12",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        ".",
        ",",
        ":",
        "-",
        "/",
        "|",
        " | ",
        " — ",
        " – ",
        "—",
        "–",
        "(",
        ")",
        "<",
        ">",
        "'",
        "\u{2019}",
        "\u{201c}",
        "\u{201d}",
        "«",
        "»",
        "é",
        "ü",
        "Ä",
        "ß",
        "ɏ",
        "À",
        "ÿ",
        "\u{a0}",
        "\u{202f}",
        "Київ",
        "і",
        "ї",
        "є",
        "ґ",
        "Ґ",
        "ы",
        "э",
        "ъ",
        "ё",
        "Ё",
        "Москва",
        "ТАСС",
        "МОСКВА",
        "декабря",
        "грудня",
        "ӿ",
        "Ѐ",
        "\u{0500}",
        "中",
        "😀",
        "\u{212a}",
        "\u{0130}",
        "\u{1}",
        "\u{7f}",
        "\u{1b}",
        "\u{c}",
        "December",
        "Dec",
        "Wednesday",
        "wed",
        "MOSCOW",
        "KYIV/WASHINGTON",
        "By ",
        "Source: ",
        "https://",
        "www.",
        "HTTP",
        "reuters.com",
        "Published: ",
        "3 December 2025",
        "2025-12-03",
        "03.12.2025",
        "at ",
        "9:30",
        "Anna Koval",
        "\u{feff}",
        "x",
    ];
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let len = (next() % 60) as usize;
            (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`mostly_english_words`] read plainly: the sample split into runs
    /// of letters, one word in six one of the commonest.
    fn english_by_split(sample: &str) -> bool {
        const COMMON: &[&str] =
            &["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "it", "he", "by"];
        let words: Vec<&str> = sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
        let common = words.iter().filter(|w| COMMON.iter().any(|c| c.eq_ignore_ascii_case(w))).count();
        words.len() >= 20 && common * 6 >= words.len()
    }

    #[test]
    fn samples_are_cut_at_characters_and_letters_counted_by_script() {
        assert_eq!(first_chars("Да, yes", 2), "Да");
        assert_eq!(first_chars("Да, yes", 0), "");
        assert_eq!(first_chars("abc", 10), "abc");
        assert_eq!(first_chars("ééé", 2), "éé");
        let n = Letters::count("Київ і Moscow, ёлка 42 ü");
        assert_eq!((n.latin, n.cyrillic, n.ukrainian, n.russian), (7, 9, 2, 1));
        // eight bytes at a time, against one character at a time
        let one_by_one = |t: &str| {
            let mut n = Letters::default();
            t.chars().for_each(|c| n.add(c));
            (n.latin, n.cyrillic, n.ukrainian, n.russian)
        };
        let all_ascii: String = (0u8..0x80).map(char::from).collect();
        for t in [all_ascii.as_str(), "@[`{ AZaz Київ і Moscow, ёлка 42 ü, Zürich; Ґрати", "short", ""]
        {
            for from in [0, 1, 3] {
                let t = t.get(from..).unwrap_or("");
                let n = Letters::count(t);
                assert_eq!((n.latin, n.cyrillic, n.ukrainian, n.russian), one_by_one(t), "{t:?}");
            }
        }
    }

    #[test]
    fn common_english_words_decide_without_statistics() {
        assert!(mostly_english_words(
            "The minister said on Tuesday that the talks would resume in Geneva, and that the delegation was ready for a long round of meetings with the other side."
        ));
        // German, French and Spanish reports are left to the statistics
        assert!(!mostly_english_words(
            "Der Minister sagte am Dienstag, die Gespräche würden in Genf fortgesetzt, und die Delegation sei bereit für eine lange Runde von Treffen."
        ));
        assert!(!mostly_english_words(
            "Le ministre a déclaré mardi que les pourparlers reprendraient à Genève et que la délégation était prête pour une longue série de réunions."
        ));
        assert!(!mostly_english_words(
            "El ministro dijo el martes que las conversaciones se reanudarían en Ginebra y que la delegación estaba lista para una larga ronda de reuniones."
        ));
        assert_eq!(detect("Der Minister sagte am Dienstag, die Gespräche würden in Genf fortgesetzt, und die Delegation sei bereit für eine lange Runde von Treffen mit der anderen Seite.").code(), "de");
    }

    #[test]
    fn english_words_are_counted_as_a_plain_split_would() {
        // the byte loop above against the obvious reading of the rule
        let samples = [
            "THE envoy SAID it was ON the table; IT is for him AND by him, he said, to THE end of the week in May.",
            "Die Regierung in Kyjiw sagte, es sei für den Frieden. The end? Not the end of it at all, by the way.",
            "Міністр сказав, що the talks in Geneva are on; a word and a word, то є the plan of it with him by us.",
            "a1 b2 the3 of4 the_of and-to in'a is·that for—on was…with said„it he»by the of and to in a is that",
            "Ünd thé öf ånd tö ïn ä ïs thät för ön wäs wïth säïd ït hé bý the the the the the the the the",
        ];
        for s in samples {
            for cut in [s.len(), s.len() / 2, 7] {
                let cut = (0..=cut).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
                assert_eq!(mostly_english_words(&s[..cut]), english_by_split(&s[..cut]), "{:?}", &s[..cut]);
            }
        }
    }

    #[test]
    fn english_russian_and_ukrainian_news() {
        assert_eq!(
            detect("The minister said on Tuesday that the talks would resume in Geneva next week.").code(),
            "en"
        );
        assert_eq!(
            detect("Министр заявил во вторник, что переговоры возобновятся на следующей неделе в Женеве.").code(),
            "ru"
        );
        assert_eq!(
            detect("Міністр заявив у вівторок, що переговори відновляться наступного тижня в Женеві.").code(),
            "uk"
        );
    }

    #[test]
    fn one_sentence_without_the_telling_letters_is_read_by_its_words() {
        // neither і ї є ґ nor ы э ъ ё
        let uk = "Глава уряду сказав, що Москва не хоче миру.";
        let ru = "Глава правительства сказал, что Москва не хочет мира.";
        assert_eq!(detect(uk).code(), "uk");
        assert_eq!(reading_language(uk), "uk");
        assert_eq!(detect(ru).code(), "ru");
        assert_eq!(reading_language(ru), "ru");
        assert_eq!(detect("Речник МЗС заявив про нову угоду.").code(), "uk");
        // no word tells either: Russian, as before
        assert_eq!(reading_language("Москва, Берлин."), "ru");
    }

    #[test]
    fn a_russian_text_quoting_english_stays_russian() {
        let t = "Захарова прокомментировала слова британского министра. «Это не первый случай», — сказала она. В оригинале фраза звучала как \"we will not back down\".";
        assert_eq!(detect(t).code(), "ru");
    }

    #[test]
    fn other_languages_are_named_and_not_read() {
        let de = detect(
            "Die Bundesregierung hat am Dienstag beschlossen, weitere Luftabwehrsysteme an die Ukraine zu liefern, teilte ein Sprecher mit.",
        );
        assert_eq!(de.code(), "de");
        assert_eq!(de.label(), "German");
        assert!(!de.is_read());
        assert!(Language::new("uk").is_read());
        assert_eq!(Language::new("uk").label(), "Ukrainian");
        assert_eq!(Language::default().label(), "Unknown");
    }

    #[test]
    fn search_folding_ignores_case_yo_and_apostrophes() {
        assert_eq!(fold_search("ЁЛКА Пєсков"), "елка пєсков");
        assert_eq!(fold_search("м’ясо"), fold_search("м'ясо"));
        assert!(fold_search("Всё решено").contains(&fold_search("ВСЕ")));
        assert_eq!(fold_search("NATO"), "nato");
    }

    #[test]
    fn letters_and_digits_as_the_unicode_tables_say() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn empty_and_odd_texts_do_not_panic() {
        for t in ["", " ", "12345 678", "«»—", "\u{feff}"] {
            let _ = detect(t);
        }
        assert!(!detect("").is_known());
    }

    #[test]
    fn high_bits_gathered_and_counted() {
        for bits in 0u64..256 {
            let m = (0..8).filter(|k| bits >> k & 1 == 1).fold(0u64, |m, k| m | 0x80 << (8 * k));
            assert_eq!(gather_high_bits(m), bits);
            assert_eq!(high_bits(m), bits.count_ones() as usize);
        }
    }

    #[test]
    fn fast_readings_agree_with_plain_ones_on_random_texts() {
        fn first_chars_plain(text: &str, n: usize) -> &str {
            text.char_indices().nth(n).map_or(text, |(i, _)| &text[..i])
        }
        fn letters_plain(t: &str) -> (usize, usize, usize, usize) {
            let mut n = Letters::default();
            t.chars().for_each(|c| n.add(c));
            (n.latin, n.cyrillic, n.ukrainian, n.russian)
        }
        for t in random_texts(1, 4000) {
            let n = Letters::count(&t);
            assert_eq!((n.latin, n.cyrillic, n.ukrainian, n.russian), letters_plain(&t), "{t:?}");
            assert_eq!(mostly_english_words(&t), english_by_split(&t), "{t:?}");
            for k in [0, 1, 5, 8, 9, 17, 40, 100] {
                assert_eq!(first_chars(&t, k), first_chars_plain(&t, k), "{t:?} {k}");
            }
        }
    }
}
