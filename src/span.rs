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
pub struct CharIndex {
    /// For every non-ASCII char: its byte offset, its char offset and its
    /// UTF-8 length. ASCII stretches between them convert by arithmetic.
    marks: Vec<(usize, usize, usize)>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            for (chars, (byte, c)) in text.char_indices().enumerate() {
                if !c.is_ascii() {
                    marks.push((byte, chars, c.len_utf8()));
                }
            }
        }
        CharIndex { marks }
    }

    /// Character offset of `byte`, which must be on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        let i = self.marks.partition_point(|&(b, _, _)| b < byte);
        match i.checked_sub(1).map(|i| self.marks[i]) {
            None => byte,
            Some((b, c, len)) => c + 1 + (byte - b - len),
        }
    }
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
    fn span_text_out_of_range_is_empty() {
        assert_eq!(Span::new(2, 50).text("abc"), "");
        assert_eq!(Span::new(1, 3).text("abc"), "bc");
    }
}
