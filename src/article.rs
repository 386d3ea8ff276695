//! The article: what ingest produces and everything else reads.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable identifier of an article, derived from its text, so the same
/// article read twice (or on another machine) gets the same id and the
/// user's edits, keyed by it, find their article again.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ArticleId(pub String);

impl ArticleId {
    /// FNV-1a (64 bit) of the text, as 16 hex digits. Not cryptographic;
    /// stable across platforms and Rust versions, unlike `DefaultHasher`.
    pub fn of_text(text: &str) -> Self {
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        // eight bytes a round, so the loop costs little beside the
        // multiplications
        let mut chunks = text.as_bytes().chunks_exact(8);
        for chunk in &mut chunks {
            for b in chunk {
                h ^= u64::from(*b);
                h = h.wrapping_mul(PRIME);
            }
        }
        for b in chunks.remainder() {
            h ^= u64::from(*b);
            h = h.wrapping_mul(PRIME);
        }
        ArticleId(format!("{h:016x}"))
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The format an article was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum SourceFormat {
    #[default]
    Text,
    Markdown,
    Html,
}

impl SourceFormat {
    pub fn label(self) -> &'static str {
        match self {
            SourceFormat::Text => "text",
            SourceFormat::Markdown => "Markdown",
            SourceFormat::Html => "HTML",
        }
    }
}

/// An article as parsed from its file, before it is identified: all an
/// [`Article`] holds but its id and language, which are worked out from
/// the whole text ([`Parsed::into_article`]). `counterpoint extract`
/// prints neither, and so reads articles no further than this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub source: String,
    pub title: String,
    pub outlet: String,
    pub date: Option<String>,
    pub format: SourceFormat,
    pub text: String,
}

impl Parsed {
    /// Plain text, with the title taken from the first non-empty line.
    pub fn from_text(source: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let title = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("").chars().take(200).collect();
        Parsed { source: source.into(), title, outlet: String::new(), date: None, format: SourceFormat::Text, text }
    }

    /// The article, with its id and language worked out from its text.
    pub fn into_article(self) -> Article {
        let Parsed { source, title, outlet, date, format, text } = self;
        Article {
            id: ArticleId::of_text(&text),
            lang: crate::lang::detect(&text),
            source,
            title,
            outlet,
            date,
            format,
            text,
        }
    }
}

/// What a statement's record names of its article (see
/// `export::record::StatementRecord`): borrowed from an [`Article`] or
/// from a [`Parsed`] one alike.
#[derive(Debug, Clone, Copy)]
pub struct ArticleView<'a> {
    pub source: &'a str,
    pub outlet: &'a str,
    pub date: Option<&'a str>,
    pub text: &'a str,
}

impl<'a> From<&'a Article> for ArticleView<'a> {
    fn from(a: &'a Article) -> Self {
        ArticleView { source: &a.source, outlet: &a.outlet, date: a.date.as_deref(), text: &a.text }
    }
}

impl<'a> From<&'a Parsed> for ArticleView<'a> {
    fn from(a: &'a Parsed) -> Self {
        ArticleView { source: &a.source, outlet: &a.outlet, date: a.date.as_deref(), text: &a.text }
    }
}

/// One article as read: plain text plus what could be learnt about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    /// The path or name the article was opened under, as given. Kept for
    /// display and for `extract` output; never used to re-read the file.
    pub source: String,
    pub title: String,
    /// Publication, from metadata; empty when unknown.
    pub outlet: String,
    /// Publication date as found (ISO `YYYY-MM-DD` when it could be
    /// normalised), if any.
    pub date: Option<String>,
    pub format: SourceFormat,
    /// The plain text every span points into.
    pub text: String,
    /// The language of the text, detected when it was read (empty in
    /// sessions saved before languages were detected, until re-detected
    /// on opening).
    #[serde(default)]
    pub lang: crate::lang::Language,
}

impl Article {
    /// An article from plain text, with the title taken from the first
    /// non-empty line. Ingest fills in the rest from metadata.
    pub fn from_text(source: impl Into<String>, text: impl Into<String>) -> Self {
        Parsed::from_text(source, text).into_article()
    }

    /// The file name part of `source`, for compact display.
    pub fn file_name(&self) -> &str {
        self.source.rsplit(['/', '\\']).next().unwrap_or(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_depends_on_text_only() {
        let a = Article::from_text("a.txt", "Hello\nworld");
        let b = Article::from_text("elsewhere/b.txt", "Hello\nworld");
        let c = Article::from_text("a.txt", "Hello\nworld!");
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, c.id);
        assert_eq!(a.id.0.len(), 16);
    }

    #[test]
    fn title_is_first_non_empty_line() {
        let a = Article::from_text("x", "\n\n  Kremlin rejects plan \nBody.");
        assert_eq!(a.title, "Kremlin rejects plan");
        assert_eq!(a.file_name(), "x");
        assert_eq!(Article::from_text("dir/sub/f.md", "").file_name(), "f.md");
    }

    #[test]
    fn id_is_fnv_1a_byte_by_byte() {
        for t in crate::lang::random_texts(5, 500) {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for b in t.as_bytes() {
                h ^= u64::from(*b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
            assert_eq!(ArticleId::of_text(&t).0, format!("{h:016x}"));
        }
    }
}
