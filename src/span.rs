//! Byte ranges into an article's text.
//!
//! Inside the program every offset is a byte offset into `Article::text`
//! (always on a `char` boundary). Character offsets exist only at the JSON
//! boundary, see [`CharIndex`].

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers, or `""` if it does not fit `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Converts byte offsets of one text to character offsets quickly, for
/// output formats that count Unicode scalar values.
///
/// Keeps the character count at every 64th byte and counts the rest on
/// demand, at most 64 bytes for each offset asked (the marks take an
/// eighth of the text's size while a text is written out).
pub struct CharIndex<'a> {
    text: &'a str,
    /// The bytes that start a character before byte `i * STEP`: the
    /// characters before it when it starts one, and the count up to any
    /// later boundary goes on from there whether it does or not.
    marks: Vec<usize>,
}

const STEP: usize = 64;

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut marks = Vec::with_capacity(bytes.len() / STEP + 1);
        let mut chars = 0;
        marks.push(0);
        // a mark for every whole block: the last is at or before the end
        for block in bytes.chunks_exact(STEP) {
            chars += count_chars(block);
            marks.push(chars);
        }
        CharIndex { text, marks }
    }

    /// Character offset of `byte`, which must be on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = (byte / STEP).min(self.marks.len() - 1);
        self.marks[k] + count_chars(&self.text.as_bytes()[k * STEP..byte])
    }
}

/// Characters in UTF-8 bytes: every byte that does not continue a char
/// (a continuation byte is `10xxxxxx`); every statement's offsets are
/// counted this way when they are written out. Sixteen bytes at a time
/// where the processor compares sixteen at once, then eight at a time.
fn count_chars(bytes: &[u8]) -> usize {
    let mut chars = 0;
    #[cfg(target_arch = "x86_64")]
    let bytes = {
        let mut sixteens = bytes.chunks_exact(16);
        for c in &mut sixteens {
            chars += 16 - continuation_mask16(c).count_ones() as usize;
        }
        sixteens.remainder()
    };
    chars + count_chars_by_eight(bytes)
}

/// [`count_chars`] eight bytes at a time: a continuation byte has its top
/// bit set and the one below it clear.
fn count_chars_by_eight(bytes: &[u8]) -> usize {
    const TOP: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuing = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        // `w << 1` puts each byte's second bit where its top bit was
        continuing += (w & TOP & !(w << 1)).count_ones() as usize;
    }
    continuing += chunks.remainder().iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuing
}

/// A bit for each of the sixteen bytes of `chunk` (the first lowest) that
/// continues a character.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn continuation_mask16(chunk: &[u8]) -> u32 {
    crate::simd::Bytes16::load(chunk).continuing().mask()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_a_plain_count() {
        let text = "a “Q” — б, c’d\u{1F600}e";
        let index = CharIndex::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(index.char_offset(byte), text[..byte].chars().count(), "at byte {byte}");
        }
    }

    #[test]
    fn char_offsets_over_long_mixed_text() {
        let text = "ab “Ц” 😀 é".repeat(300);
        let index = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_offset(byte), chars, "at byte {byte}");
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
        // texts of whole blocks, a block's worth of two-byte characters,
        // and none
        for text in ["x".repeat(128), "é".repeat(64), "ab😀".repeat(32), String::new()] {
            let index = CharIndex::new(&text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(index.char_offset(byte), text[..byte].chars().count(), "at byte {byte} of {text:?}");
            }
        }
    }

    #[test]
    fn characters_are_counted_as_chars_counts_them_at_any_length() {
        let text = "Kyiv “said” — Київ сказав 😀 é, 東京 ok".repeat(3);
        for start in text.char_indices().map(|(i, _)| i).take(12) {
            for (end, _) in text[start..].char_indices().chain([(text.len() - start, ' ')]) {
                let piece = &text[start..start + end];
                assert_eq!(count_chars(piece.as_bytes()), piece.chars().count(), "{piece:?}");
            }
        }
    }

    #[test]
    fn span_text_out_of_range_is_empty() {
        assert_eq!(Span::new(2, 50).text("abc"), "");
        assert_eq!(Span::new(1, 3).text("abc"), "bc");
    }
}
