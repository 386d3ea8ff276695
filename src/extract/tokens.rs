//! Step 1: words, punctuation and quote marks, with byte spans.
//!
//! The tokenizer keeps what matters for attribution: words (with internal
//! apostrophes, hyphens and the dots of `U.S.`), each punctuation mark, and
//! every character that may be a quotation mark. Whether a `’` or `'` is
//! an apostrophe or a closing quote is settled later by the quote step,
//! which sees the pairs.

use super::lexicon::{self, Class, Entry, Verb};
use crate::topics::matcher::{ShortTable, packed_at};
use std::cell::RefCell;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    /// One punctuation character (`…` and dashes included).
    Punct(char),
    /// A character that may open or close a quotation.
    Quote(char),
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Every letter is upper case (`NATO`, `MOSCOW`).
    pub all_caps: bool,
    pub class: Class,
    pub verb: Option<Verb>,
    /// A form of an English phrasal reporting verb ([`lexicon::Entry::phrasal`]).
    pub phrasal: bool,
    /// Paragraph index.
    pub para: u32,
    /// Index + 1 of the top-level quotation this token is inside (the
    /// marks themselves included); 0 when outside any quotation.
    pub quote: u32,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }

    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Number)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    pub fn is_any_punct(&self, cs: &[char]) -> bool {
        matches!(self.kind, Kind::Punct(c) if cs.contains(&c))
    }

    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::Quote(_))
    }

    pub fn has(&self, c: Class) -> bool {
        self.class.intersects(c)
    }

    /// Sentence-final punctuation.
    pub fn is_terminal(&self) -> bool {
        matches!(self.kind, Kind::Punct('.' | '!' | '?' | '…'))
    }
}

pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '‘' | '’' | '‚' | '\'' | '「' | '」')
}

/// The ASCII bytes that are word characters (what [`is_word_char`] says
/// of them): letters, digits, `_`, `@` and `#`. Bytes from 0x80 are not
/// characters of their own and are `false` here.
static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_' || c == b'@' || c == b'#';
        b += 1;
    }
    t
};

/// Whether `b` is an ASCII word character ([`ASCII_WORD`]).
#[inline]
fn is_ascii_word(b: u8) -> bool {
    ASCII_WORD[usize::from(b)]
}

/// Where the run of ASCII letters and digits (and, when `marks`, `_`, `@`
/// and `#`: [`is_ascii_word`]) from byte `j` ends: eight bytes at a time
/// while eight remain, so that the end of most words is found without a
/// branch per byte (whose last turn the processor mostly guesses wrong).
#[inline(always)]
pub(crate) fn ascii_word_run_end(bytes: &[u8], mut j: usize, marks: bool) -> usize {
    // sixteen at a time where the processor compares sixteen bytes at once
    #[cfg(target_arch = "x86_64")]
    while j + 16 <= bytes.len() {
        let stop = not_word_mask16(&bytes[j..j + 16], marks);
        if stop != 0 {
            return j + stop.trailing_zeros() as usize;
        }
        j += 16;
    }
    while let Some(chunk) = bytes.get(j..j + 8) {
        let stop = not_word_bytes(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])), marks);
        if stop != 0 {
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while bytes.get(j).is_some_and(|&b| b.is_ascii_alphanumeric() || marks && matches!(b, b'_' | b'@' | b'#')) {
        j += 1;
    }
    j
}

/// The high bit of each byte of `v` (eight bytes, the first lowest) that
/// is not an ASCII letter or digit, nor, when `marks`, `_`, `@` or `#`.
/// Every test is on the low seven bits of a byte, where adding at most
/// 0x7f cannot carry into the next byte.
#[inline(always)]
fn not_word_bytes(v: u64, marks: bool) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = v & !HIGH;
    // the high bit of each byte that is at least `c`, or more than `c`
    let at_least = |x: u64, c: u8| (x + ONES * u64::from(0x80 - c)) & HIGH;
    let above = |x: u64, c: u8| (x + ONES * u64::from(0x7f - c)) & HIGH;
    let equal = |c: u8| !((x ^ (ONES * u64::from(c))) + ONES * 0x7f) & HIGH;
    let digit = at_least(x, b'0') & !above(x, b'9');
    // a capital with the 0x20 bit set is its small letter
    let small = x | (ONES * 0x20);
    let letter = at_least(small, b'a') & !above(small, b'z');
    let mut word = digit | letter;
    if marks {
        word |= equal(b'_') | equal(b'@') | equal(b'#');
    }
    // a byte with its high bit set is no ASCII character
    !(word & !v) & HIGH
}

/// A bit for each of the sixteen bytes of `chunk` (the first lowest) that
/// is not an ASCII letter or digit, nor, when `marks`, `_`, `@` or `#`:
/// what [`not_word_bytes`] tells of eight.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn not_word_mask16(chunk: &[u8], marks: bool) -> u32 {
    use crate::simd::Bytes16;
    let v = Bytes16::load(chunk);
    // a capital with the 0x20 bit set is its small letter
    let mut word = v.in_range(b'0', b'9').or(v.or(Bytes16::splat(0x20)).in_range(b'a', b'z'));
    if marks {
        word = word.or(v.eq(b'_')).or(v.eq(b'@')).or(v.eq(b'#'));
    }
    !word.mask() & 0xffff
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || matches!(c, '_' | '@' | '#');
    }
    // Every character beyond ASCII is a word character (a letter, a digit,
    // or a symbol of mis-decoded text such as "FranÃ§ois", which stays
    // inside its word) except spaces, quotation marks and the dashes and
    // dots below. None of those is a letter or digit, so no look-up in the
    // Unicode letter tables is needed.
    !(c.is_whitespace()
        || is_quote_char(c)
        || matches!(c, '—' | '–' | '―' | '…' | '•' | '·' | '‑' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '«' | '»'))
}

/// Splits "he's", "they're", "I'm" into the pronoun and the verb, so the
/// pronoun can be a speaker and the verb an auxiliary. Only asked of words
/// that hold an apostrophe (' or ’).
fn contraction_split(w: &str) -> Option<usize> {
    // the longest form is "there’ll" (ten bytes): a longer word is none,
    // and a shorter one is lower-cased on the stack; only ASCII letters
    // are listed, so ASCII lower-casing is enough
    let mut buf = [0u8; 10];
    let bytes = buf.get_mut(..w.len())?;
    bytes.copy_from_slice(w.as_bytes());
    bytes.make_ascii_lowercase();
    let lower = std::str::from_utf8(bytes).ok()?;
    for p in ["he", "she", "it", "they", "we", "i", "you", "who", "that", "there"] {
        if let Some(rest) = lower.strip_prefix(p)
            && ["'s", "’s", "'re", "’re", "'m", "’m", "'ll", "’ll", "'d", "’d", "'ve", "’ve"].contains(&rest)
        {
            return Some(p.len());
        }
    }
    None
}

/// Abbreviations that take a full stop before a name: "Mr.", "Sen.",
/// a single capital initial.
fn is_title_abbreviation(w: &str) -> bool {
    if w.len() == 1 {
        return w.chars().all(|c| c.is_uppercase());
    }
    // every abbreviation below has at most six letters: lower-cased on the
    // stack, since this is asked at the end of every sentence
    let mut buf = [0u8; 6];
    let Some(lower) = buf.get_mut(..w.len()) else { return false };
    for (l, b) in lower.iter_mut().zip(w.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"gen"
            | b"sen"
            | b"rep"
            | b"gov"
            | b"lt"
            | b"col"
            | b"sgt"
            | b"st"
            | b"jr"
            | b"sr"
            | b"prof"
            | b"rev"
            | b"capt"
            | b"maj"
            | b"adm"
            | b"messrs"
            | b"hon"
            | b"pres"
            | b"supt"
            | b"cmdr"
            | b"reps"
            | b"sens"
            | b"gens"
            | b"amb"
            | b"atty"
            | b"del"
            | b"fr"
            | b"mt"
    )
}

/// "No. 10", "No. 2 official": "No." before a number is the number sign,
/// with its full stop, not the end of a sentence (`rest` is what follows
/// the stop).
fn number_sign(w: &str, rest: &[u8]) -> bool {
    w == "No" && rest.first() == Some(&b' ') && rest.get(1).is_some_and(u8::is_ascii_digit)
}

/// Paragraph boundaries: byte offsets where each paragraph starts and ends
/// (trimmed of surrounding whitespace).
///
/// A blank line always separates paragraphs. A single line break does too,
/// unless it looks like a hard wrap inside a sentence: the line does not end
/// in sentence punctuation and the next line starts in lower case.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut last_content_end = 0;
    let mut pos = 0;
    let bytes = text.as_bytes();
    while pos <= text.len() {
        let line_end = memchr::memchr(b'\n', &bytes[pos..]).map_or(text.len(), |i| pos + i);
        let line = &text[pos..line_end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = para_start.take() {
                out.push((s, last_content_end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            let content_start = pos + lead;
            let content_end = pos + line.trim_end().len();
            match para_start {
                None => para_start = Some(content_start),
                Some(s) => {
                    let prev = text[s..last_content_end].trim_end();
                    let prev_last = prev.chars().next_back().unwrap_or('.');
                    let next_first = trimmed.chars().next().unwrap_or('A');
                    let wrap = !matches!(
                        prev_last,
                        '.' | '!' | '?' | ':' | ';' | '"' | '”' | '»' | '“' | '’' | ')' | '…' | '|'
                    ) && next_first.is_lowercase();
                    if !wrap {
                        out.push((s, last_content_end));
                        para_start = Some(content_start);
                    }
                }
            }
            last_content_end = content_end;
        }
        if line_end >= text.len() {
            break;
        }
        pos = line_end + 1;
    }
    if let Some(s) = para_start {
        out.push((s, last_content_end));
    }
    out
}

/// What is known of a word as written: its lexicon entry, and whether it
/// starts with a capital and is all in capitals.
#[derive(Clone, Copy, Default)]
struct Read {
    entry: Entry,
    cap: bool,
    all_caps: bool,
}

/// The short words ([`packed_at`]) with a byte beyond ASCII (Cyrillic,
/// accented names) this thread has read, as written, and what is known of
/// each: news repeats its words, and one look-up here replaces decoding,
/// lower-casing, the lexicon's look-up and the capitals check. A short
/// ASCII word is read from the lexicon at once
/// ([`lexicon::Lexicon::read_packed`]): its table of listed words fits the
/// processor's nearer caches, where this one, holding every word seen,
/// did not (over 2,000 generated articles, with all words kept here, the
/// modelled second-level read misses were 1.84 M; 1.32 M without them).
type SeenWords = ShortTable<Read>;

/// Reads `w`, packed as `key`, not seen before, and keeps it in `seen`.
#[cold]
#[inline(never)]
fn read_and_keep(seen: &mut SeenWords, key: u128, w: &str) -> Read {
    let r = read_word(w);
    seen.insert(key, r);
    r
}

/// Words kept before the thread's [`SeenWords`] starts afresh.
const SEEN_WORDS: usize = 100_000;

/// The words of a text pushed as tokens before they are looked up among
/// the [`SeenWords`], and the words seen.
///
/// The look-ups wait and are made a batch at a time: the table is larger
/// than the processor's nearer caches, so a look-up of a less common word
/// waits on memory. One after another, with nothing else between them,
/// the processor has many of those waits under way at once; one per word
/// as it is cut, they came one at a time.
#[derive(Default)]
struct Words {
    seen: SeenWords,
    /// The index of each word's token, its packed form, and whether it is
    /// a piece of a contraction (never read as capitals).
    waiting: Vec<(usize, u128, bool)>,
}

/// Words looked up together ([`Words`]).
const BATCH: usize = 32;

impl Words {
    /// Pushes the word `text[a..b]` as a token: read at once when it is
    /// short and ASCII or too long to pack, looked up later among the
    /// words seen otherwise.
    #[inline(always)]
    fn push(&mut self, out: &mut Vec<Token>, text: &str, (a, b): (usize, usize), para: u32, kind: Kind, piece: bool) {
        let Some(key) = packed_at(text.as_bytes(), a, b) else {
            let r = read_word(&text[a..b]);
            out.push(word_token((a, b), para, kind, r, piece));
            return;
        };
        if let Some((entry, cap, all_caps)) = lexicon::Lexicon::of(lexicon::Lang::En).read_packed(key) {
            out.push(word_token((a, b), para, kind, Read { entry, cap, all_caps }, piece));
            return;
        }
        self.waiting.push((out.len(), key, piece));
        out.push(word_token((a, b), para, kind, Read::default(), piece));
        if self.waiting.len() >= BATCH {
            self.look_up(out, text);
        }
    }

    /// Looks up the waiting words and completes their tokens.
    #[inline(never)]
    fn look_up(&mut self, out: &mut [Token], text: &str) {
        self.seen.touch_all(self.waiting.iter().map(|&(_, key, _)| key));
        for &(t, key, piece) in &self.waiting {
            let tok = &mut out[t];
            let r = match self.seen.get(key) {
                Some(r) => r,
                None => read_and_keep(&mut self.seen, key, &text[tok.start..tok.end]),
            };
            // the rest of the token was written when it was pushed
            read_into(tok, r, piece);
        }
        self.waiting.clear();
    }
}

thread_local! {
    static SEEN: RefCell<Words> = RefCell::new(Words::default());
}

thread_local! {
    /// A token list given back ([`give_back`]) for the next text this
    /// thread splits.
    static SPARE: std::cell::Cell<Vec<Token>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The largest token list kept for the next text (1 MiB of tokens): an
/// article's is tens of kilobytes, and one very long text is not held.
const SPARE_TOKENS: usize = (1 << 20) / std::mem::size_of::<Token>();

/// Gives a text's tokens back when done with them: the next text split on
/// this thread writes its tokens into the same memory, likely still in
/// the processor's caches, where a new list (of another size each time)
/// was written into memory not yet read, a wait per 64 bytes.
pub fn give_back(mut toks: Vec<Token>) {
    if toks.capacity() <= SPARE_TOKENS {
        toks.clear();
        SPARE.set(toks);
    }
}

/// Splits the text into tokens, paragraph by paragraph.
pub fn tokenize(text: &str) -> (Vec<Token>, Vec<(usize, usize)>) {
    let paras = paragraphs(text);
    let mut toks = SPARE.take();
    toks.clear();
    toks.reserve(text.len() / 5);
    SEEN.with_borrow_mut(|words| {
        if words.seen.len() >= SEEN_WORDS {
            words.seen = SeenWords::default();
        }
        words.waiting.clear();
        for (pi, &(ps, pe)) in paras.iter().enumerate() {
            tokenize_into(text, ps, pe, pi as u32, &mut toks, words);
        }
        words.look_up(&mut toks, text);
    });
    (toks, paras)
}

#[inline(never)]
fn tokenize_into(text: &str, start: usize, end: usize, para: u32, out: &mut Vec<Token>, words: &mut Words) {
    let s = &text[start..end];
    // the byte where the next character starts
    let mut pos = 0;
    let bytes = s.as_bytes();
    loop {
        // an ASCII byte is its character: no decoding for most of the text
        let c = match bytes.get(pos) {
            None => break,
            // what char::is_whitespace says of ASCII
            Some(b'\t'..=b'\r' | b' ') => {
                pos += 1;
                continue;
            }
            Some(&b) if b.is_ascii() => char::from(b),
            Some(_) => match s.get(pos..).and_then(|rest| rest.chars().next()) {
                Some(c) => c,
                None => break,
            },
        };
        let i = pos;
        pos += c.len_utf8();
        if !c.is_ascii() && c.is_whitespace() {
            continue;
        }
        if if c.is_ascii() { is_ascii_word(c as u8) } else { is_word_char(c) } {
            let (j, numeric, apostrophe) = word_end(s, i, c);
            pos = j;
            if let Some(cut) = apostrophe.then(|| contraction_split(&s[i..j])).flatten() {
                // the pieces of a contraction are never read as capitals
                for (a, b) in [(i, i + cut), (i + cut, j)] {
                    words.push(out, text, (start + a, start + b), para, Kind::Word, true);
                }
                continue;
            }
            let kind = if numeric { Kind::Number } else { Kind::Word };
            words.push(out, text, (start + i, start + j), para, kind, false);
            continue;
        }
        let mut kind = if is_quote_char(c) { Kind::Quote(c) } else { Kind::Punct(c) };
        // `--` as one dash
        let mut len = c.len_utf8();
        if c == '-' && s[i + 1..].starts_with('-') {
            len += 1;
            pos += 1;
        }
        // '' and `` as one double quotation mark, as in typewritten and
        // archived newspaper text
        if (c == '\'' && s[i + 1..].starts_with('\'')) || (c == '`' && s[i + 1..].starts_with('`')) {
            len += 1;
            pos += 1;
            kind = Kind::Quote('"');
        }
        let at = start + i;
        out.push(Token {
            start: at,
            end: at + len,
            kind,
            cap: false,
            all_caps: false,
            class: Class::empty(),
            verb: None,
            phrasal: false,
            para,
            quote: 0,
        });
    }
}

/// Where the word starting with `c` at `i` ends, whether it is a number,
/// and whether it holds an apostrophe: letters and digits joined by ' ’ -
/// . when a letter or digit follows (and, for '.', when it forms
/// U.S.-style abbreviations).
fn word_end(s: &str, i: usize, c: char) -> (usize, bool, bool) {
    let mut j = i + c.len_utf8();
    // a currency sign before digits opens a number: "£1.5bn", "₴2.3"
    let mut numeric = c.is_ascii_digit()
        || !c.is_ascii()
            && matches!(c, '£' | '€' | '¥' | '₴' | '₽' | '₹')
            && s.as_bytes().get(j).is_some_and(u8::is_ascii_digit);
    let mut apostrophe = false;
    let bytes = s.as_bytes();
    loop {
        // a run of ASCII word characters at once; only a number's digits
        // are told from its letters
        if numeric {
            while let Some(&b) = bytes.get(j).filter(|&&b| is_ascii_word(b)) {
                numeric &= b.is_ascii_digit();
                j += 1;
            }
        } else {
            j = ascii_word_run_end(bytes, j, true);
        }
        // most words end at a space or a mark that joins nothing: no
        // character to decode
        match bytes.get(j) {
            None => break,
            Some(&b) if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b',' | b':') => break,
            Some(_) => {}
        }
        let rest = &s[j..];
        let mut chars = rest.chars();
        let Some(n) = chars.next() else { break };
        // an ASCII character here is no word character (the run above
        // took them all)
        if !n.is_ascii() && is_word_char(n) {
            numeric = false;
            j += n.len_utf8();
            continue;
        }
        let after = chars.next();
        let joins = match n {
            '\'' | '’' => {
                let joins = after.is_some_and(|a| a.is_alphanumeric());
                apostrophe |= joins;
                joins
            }
            '-' | '‑' => after.is_some_and(|a| a.is_alphanumeric()),
            '.' => {
                // U.S. / a.m. / 3.5 / U.N. / D-N.Y. (a party and state)
                let prev_seg = s[i..j].rsplit(['.', '-']).next().unwrap_or("");
                (prev_seg.chars().count() == 1 && after.is_some_and(|a| a.is_alphabetic()))
                    || (numeric && after.is_some_and(|a| a.is_ascii_digit()))
            }
            ',' | ':' => numeric && after.is_some_and(|a| a.is_ascii_digit()),
            _ => false,
        };
        if !joins {
            // a final dot of an abbreviation belongs to it: U.S., Mr.,
            // Gen., and initials as in John F. Kennedy
            if n == '.'
                && (s[i..j].contains('.') && s[i..j].len() <= 6
                    || is_title_abbreviation(&s[i..j])
                    || number_sign(&s[i..j], &bytes[j + 1..]))
            {
                j += 1;
            }
            break;
        }
        j += n.len_utf8();
    }
    (j, numeric, apostrophe)
}

/// What is known of the word `w` ([`Read`]), read afresh.
fn read_word(w: &str) -> Read {
    let entry = lexicon::lookup(w);
    let (cap, all_caps) = match w.as_bytes().first() {
        // most words start with a small ASCII letter: no more to read; an
        // ASCII word is in capitals when it has no small letter
        Some(&b) if b.is_ascii() && !b.is_ascii_uppercase() => (false, false),
        Some(&b) if b.is_ascii() && w.is_ascii() => (true, !w.bytes().any(|b| b.is_ascii_lowercase())),
        _ => {
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            (cap, cap && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
        }
    };
    Read { entry, cap, all_caps }
}

/// The token of the word `text[a..b]`, with what is known of it: a piece
/// of a contraction is never in capitals.
fn word_token((a, b): (usize, usize), para: u32, kind: Kind, r: Read, piece: bool) -> Token {
    let mut t = Token {
        start: a,
        end: b,
        kind,
        cap: false,
        all_caps: false,
        class: Class::empty(),
        verb: None,
        phrasal: false,
        para,
        quote: 0,
    };
    read_into(&mut t, r, piece);
    t
}

/// Writes what is known of a word ([`Read`]) into its token.
#[inline(always)]
fn read_into(t: &mut Token, r: Read, piece: bool) {
    t.cap = r.cap;
    t.all_caps = r.all_caps && !piece;
    t.class = r.entry.class;
    t.verb = r.entry.verb;
    t.phrasal = r.entry.phrasal;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_beyond_ascii_is_a_word_character_unless_a_space_quote_or_dash() {
        // what the letter tables would say, for every character there is
        for c in (0x80..=0x10_ffff).filter_map(char::from_u32) {
            let letter_or_digit = crate::lang::is_alphanumeric(c);
            let mark = c.is_whitespace()
                || is_quote_char(c)
                || matches!(
                    c,
                    '—' | '–' | '―' | '…' | '•' | '·' | '‑' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '«' | '»'
                );
            assert!(!(letter_or_digit && mark), "U+{:04X} is both a letter and a mark", u32::from(c));
            assert_eq!(is_word_char(c), letter_or_digit || !mark, "U+{:04X}", u32::from(c));
        }
        assert!(is_word_char('é') && is_word_char('Ж') && is_word_char('Ã') && is_word_char('©'));
        assert!(!is_word_char('—') && !is_word_char('\u{2003}') && !is_word_char('»'));
    }

    fn words(text: &str) -> Vec<&str> {
        let (t, _) = tokenize(text);
        t.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_keep_apostrophes_hyphens_and_abbreviations() {
        assert_eq!(
            words("Ukraine’s pro-Kremlin U.S. envoy didn't say 3,000."),
            ["Ukraine’s", "pro-Kremlin", "U.S.", "envoy", "didn't", "say", "3,000", "."]
        );
        assert_eq!(words("Mr. Obama and John F. Kennedy."), ["Mr.", "Obama", "and", "John", "F.", "Kennedy", "."]);
        assert_eq!(words("He’s sure they're"), ["He", "’s", "sure", "they", "'re"]);
        assert_eq!(words("FranÃ§ois Hollande"), ["FranÃ§ois", "Hollande"]);
        // a party and state after a lawmaker's name is one word
        assert_eq!(words("Lind (D-N.Y.) left."), ["Lind", "(", "D-N.Y.", ")", "left", "."]);
        // the number sign keeps its full stop; "no." elsewhere ends a sentence
        assert_eq!(words("a No. 10 aide"), ["a", "No.", "10", "aide"]);
        assert_eq!(words("She said No. Then"), ["She", "said", "No", ".", "Then"]);
    }

    #[test]
    fn a_sum_after_a_currency_sign_keeps_its_decimals() {
        // a full stop inside "£1.5" is no sentence's end
        assert_eq!(
            words("It costs £1.5bn, or ₴2.25 each."),
            ["It", "costs", "£1.5bn", ",", "or", "₴2.25", "each", "."]
        );
        let f = crate::extract::rules::testing::one("The port will cost £1.5 billion, the mayor said.");
        assert_eq!(f.content, "The port will cost £1.5 billion");
    }

    #[test]
    fn bytes_read_at_once_tell_word_bytes_as_one_at_a_time() {
        // every byte value at every place of a block of letters, digits
        // or marks
        for fill in [b'a', b'Z', b'5', b'_', b' '] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    let mut block = [fill; 8];
                    block[at] = b;
                    let v = u64::from_le_bytes(block);
                    for marks in [true, false] {
                        let stops = not_word_bytes(v, marks);
                        for (k, &c) in block.iter().enumerate() {
                            let word = c.is_ascii_alphanumeric() || marks && matches!(c, b'_' | b'@' | b'#');
                            assert_eq!(stops >> (8 * k + 7) & 1 == 0, word, "{block:?} {k} {marks}");
                        }
                        assert_eq!(stops & !0x8080_8080_8080_8080, 0);
                    }
                }
            }
        }
        // sixteen at once, likewise
        #[cfg(target_arch = "x86_64")]
        for fill in [b'a', b'Z', b'5', b'_', b' '] {
            for at in 0..16 {
                for b in 0..=255u8 {
                    let mut block = [fill; 16];
                    block[at] = b;
                    for marks in [true, false] {
                        let stops = not_word_mask16(&block, marks);
                        for (k, &c) in block.iter().enumerate() {
                            let word = c.is_ascii_alphanumeric() || marks && matches!(c, b'_' | b'@' | b'#');
                            assert_eq!(stops >> k & 1 == 0, word, "{block:?} {k} {marks}");
                        }
                        assert_eq!(stops >> 16, 0);
                    }
                }
            }
        }
        // runs ending anywhere, at the end of the bytes too, and runs
        // longer than sixteen bytes
        let text = "ab_c@d#9 x\u{e9}yz-0123456789abcdefXYZ w Abcdefghijklmnopqrstuvwxyz0123456789_@#Q.";
        for j in 0..text.len() {
            for marks in [true, false] {
                let mut end = j;
                while text
                    .as_bytes()
                    .get(end)
                    .is_some_and(|&b| if marks { is_ascii_word(b) } else { b.is_ascii_alphanumeric() })
                {
                    end += 1;
                }
                assert_eq!(ascii_word_run_end(text.as_bytes(), j, marks), end, "{j} {marks}");
            }
        }
    }

    #[test]
    fn every_word_is_read_as_on_its_own_however_long_the_text() {
        // many batches of look-ups, over several paragraphs, with words
        // seen before and new ones, capitals and contractions
        let mut text = String::new();
        for i in 0..40 {
            text.push_str(&format!(
                "The MAYOR of Town{i} said they're ready. NATO's envoy, Ms. Grey, told us she'd wait for u.s. aid {i}.\n\n"
            ));
        }
        let (toks, _) = tokenize(&text);
        let words: Vec<&Token> = toks.iter().filter(|t| t.is_wordlike()).collect();
        assert_eq!(words.len(), 40 * 21, "{:?}", words.iter().take(25).map(|t| t.text(&text)).collect::<Vec<_>>());
        for t in &toks {
            let w = t.text(&text);
            if !t.is_wordlike() {
                assert_eq!(
                    (t.cap, t.all_caps, t.class, t.verb.is_some()),
                    (false, false, Class::empty(), false),
                    "{w}"
                );
                continue;
            }
            let r = read_word(w);
            // the pieces of a contraction are never in capitals
            let piece = w.starts_with('\'') || matches!(w, "they" | "she");
            assert_eq!(t.cap, r.cap, "{w}");
            assert_eq!(t.all_caps, r.all_caps && !piece, "{w}");
            assert_eq!(t.class, r.entry.class, "{w}");
            assert_eq!(t.verb, r.entry.verb, "{w}");
            assert_eq!(t.phrasal, r.entry.phrasal, "{w}");
        }
        let mayor = toks.iter().find(|t| t.text(&text) == "MAYOR").unwrap();
        assert!(mayor.cap && mayor.all_caps);
        let said = toks.iter().find(|t| t.text(&text) == "said").unwrap();
        assert!(said.verb.is_some());
    }

    #[test]
    fn a_packed_ascii_word_is_read_as_the_word_itself() {
        // every listed word in three cases, and words no list holds
        let lex = lexicon::Lexicon::of(lexicon::Lang::En);
        let mut words: Vec<String> = Vec::new();
        for &(list, _) in lex.tables.classes {
            for w in list {
                let mut title = w.to_string();
                if let Some(first) = title.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                words.extend([w.to_string(), w.to_ascii_uppercase(), title]);
            }
        }
        words.extend(
            ["U.S.", "e-mail", "X1", "McDonald's", "NATO's", "aBC", "Z", "z", "[a]", "@", "0", "Said"]
                .map(String::from),
        );
        let mut read = 0;
        for w in words.iter().filter(|w| w.len() <= 15) {
            let packed = packed_at(w.as_bytes(), 0, w.len()).unwrap();
            let by_words = lex.read_packed_by_words(packed).map(|(e, c, a)| (e.class, e.verb, e.phrasal, c, a));
            assert_eq!(lex.read_packed(packed).map(|(e, c, a)| (e.class, e.verb, e.phrasal, c, a)), by_words, "{w}");
            let Some((entry, cap, all_caps)) = lex.read_packed(packed) else {
                assert!(!w.is_ascii(), "{w}");
                continue;
            };
            let r = read_word(w);
            assert_eq!((entry.class, entry.verb, entry.phrasal), (r.entry.class, r.entry.verb, r.entry.phrasal), "{w}");
            assert_eq!((cap, all_caps), (r.cap, r.all_caps), "{w}");
            read += 1;
        }
        assert!(read > 3000, "{read}");
        // a word beyond ASCII is left to the general reading
        let w = "Київ";
        assert!(lex.read_packed(packed_at(w.as_bytes(), 0, w.len()).unwrap()).is_none());
    }

    #[test]
    fn a_text_split_after_tokens_were_given_back_has_only_its_own() {
        // tokens as `tokenize` finds them, comparable
        let shape = |text: &str, toks: &[Token]| -> Vec<(String, bool, bool, Class, u32)> {
            toks.iter().map(|t| (t.text(text).to_string(), t.cap, t.all_caps, t.class, t.para)).collect()
        };
        let short = "Envoys met in Geneva.\n\nNobody said much.";
        let (fresh, fresh_paras) = tokenize(short);
        let fresh = shape(short, &fresh);
        // a longer text first, its tokens given back for the next one
        let long = "The MINISTER told reporters on Friday that talks would go on, and more.\n\n".repeat(30);
        let (toks, _) = tokenize(&long);
        assert!(toks.len() > fresh.len());
        give_back(toks);
        let (again, paras) = tokenize(short);
        assert_eq!(shape(short, &again), fresh);
        assert_eq!(paras, fresh_paras);
        // and a list too long to keep is let go, the next text read as ever
        give_back(Vec::with_capacity(SPARE_TOKENS + 1));
        let (third, _) = tokenize(short);
        assert_eq!(shape(short, &third), fresh);
    }

    #[test]
    fn quote_marks_are_tokens() {
        assert_eq!(words("«Да», he said"), ["«", "Да", "»", ",", "he", "said"]);
        assert_eq!(words("allies’ view"), ["allies", "’", "view"]);
        let (t, _) = tokenize("''Yes,'' he said");
        assert_eq!(t[0].kind, Kind::Quote('"'));
        assert_eq!(t[3].kind, Kind::Quote('"'));
    }

    #[test]
    fn paragraphs_split_on_blank_lines_and_complete_lines() {
        let text = "Title line\nFirst para ends.\nSecond para\nwraps here.\n\n  Third.  ";
        let p: Vec<&str> = paragraphs(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(p, ["Title line", "First para ends.", "Second para\nwraps here.", "Third."]);
    }

    #[test]
    fn paragraphs_of_empty_text() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("\n\n  \n").is_empty());
    }
}
