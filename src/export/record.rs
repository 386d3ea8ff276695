//! The statement record: one `serde` struct for what `counterpoint
//! extract --format jsonl` prints and what the JSON Lines export writes
//! (the schema of `corpus/README.md`), and one flat row for the CSV.
//!
//! A new field is one line in the struct (and, for the CSV, one in
//! [`CsvRow`]), and one in [`StatementRecord::write_json`], which writes
//! the JSON line without serde's per-field calls (extraction prints tens
//! of thousands of records); a test fails until the two agree.

use crate::article::ArticleView;
use crate::catalogue::Catalogue;
use crate::extract::Statement;
use crate::span::{CharIndex, Span};
use crate::topics::{Stance, TopicLexicon};
use serde::Serialize;
use std::collections::BTreeMap;

/// A span as the schema gives it: character offsets (not bytes), `end`
/// exclusive, and the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpanRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl<'a> SpanRecord<'a> {
    pub fn new(text: &'a str, idx: &CharIndex, s: Span) -> Self {
        SpanRecord { start: idx.char_offset(s.start), end: idx.char_offset(s.end), text: s.text(text) }
    }
}

/// One statement in the schema of `counterpoint extract --format jsonl`.
///
/// `source`, `cue`, `speaker` and `actor` are written as `null` when
/// unknown (the scorer reads them); `outlet`, `date`, `note` and
/// `explain` only when there is something to say.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementRecord<'a> {
    /// The path or name the article was opened under.
    pub article: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub outlet: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    pub content: SpanRecord<'a>,
    /// The pieces of a statement its attribution interrupts ("“A,” she
    /// said. “B.”", "The plan, according to S, would …"), in order:
    /// `content` runs from the first to the last, the attribution
    /// included. Left out for a statement of one piece.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pieces: Vec<SpanRecord<'a>>,
    pub source: Option<SpanRecord<'a>>,
    pub cue: Option<SpanRecord<'a>>,
    pub speaker: Option<&'a str>,
    /// The actor as the schema counts actors: a part of a larger actor
    /// ([`crate::catalogue::Actor::part_of`]) is written as that actor ...
    pub actor: Option<&'a str>,
    /// ... and the part itself here ("nato" within "western-officials").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<&'a str>,
    /// `direct`, `indirect` or `mixed` (the schema's words).
    pub kind: &'static str,
    pub topics: &'a [String],
    /// Topic id to `favor`, `against` or `neutral`.
    pub stance: &'a BTreeMap<String, Stance>,
    pub headline: bool,
    /// How sure extraction is, 0 to 1.
    pub confidence: f64,
    /// The extraction rule that found it; empty for one added by hand.
    pub rule: &'a str,
    /// The user's note, in exports of a session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'a str>,
    /// The words that decided topics and stance (`extract --explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Vec<String>>,
}

impl<'a> StatementRecord<'a> {
    /// The record of statement `s` of `article`; `idx` indexes the
    /// article's text.
    pub fn new(
        article: impl Into<ArticleView<'a>>,
        idx: &CharIndex,
        s: &'a Statement,
        catalogue: &'a Catalogue,
    ) -> Self {
        let article = article.into();
        let t = article.text;
        let actor = s.actor.as_deref().map(|a| catalogue.root_id(a));
        StatementRecord {
            article: article.source,
            outlet: article.outlet,
            date: article.date,
            content: SpanRecord::new(t, idx, s.content),
            pieces: if s.pieces.len() > 1 {
                s.pieces.iter().map(|&x| SpanRecord::new(t, idx, x)).collect()
            } else {
                Vec::new()
            },
            source: s.source.map(|x| SpanRecord::new(t, idx, x)),
            cue: s.cue.map(|x| SpanRecord::new(t, idx, x)),
            speaker: s.speaker.as_deref(),
            actor,
            member: s.actor.as_deref().filter(|a| Some(*a) != actor),
            kind: s.kind.label(),
            topics: &s.topics,
            stance: &s.stance,
            headline: s.headline,
            confidence: f64::from(s.confidence) / 100.0,
            rule: &s.rule,
            note: None,
            explain: None,
        }
    }

    /// With the user's note, when there is one.
    pub fn with_note(mut self, note: &'a str) -> Self {
        self.note = (!note.is_empty()).then_some(note);
        self
    }

    /// With the words that decided its topics and stance.
    pub fn explained(mut self, lex: &TopicLexicon, text: &str, s: &Statement) -> Self {
        self.explain = Some(crate::topics::explain_lines(lex, text, s));
        self
    }
}

/// One row of the statement CSV: flat, in the app's words (a statement is
/// direct, mixed or reported; stance as "Topic name: favor"). The header
/// row is these field names.
impl StatementRecord<'_> {
    /// Appends the record to `out` as compact JSON, byte for byte what
    /// `serde_json::to_writer` writes for it (the test
    /// `the_written_line_is_what_serde_writes` holds the two together),
    /// with each run of keys and marks written at once and strings copied
    /// 16 bytes at a time where nothing in them needs escaping.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"article\":");
        json_str(out, self.article);
        if !self.outlet.is_empty() {
            out.extend_from_slice(b",\"outlet\":");
            json_str(out, self.outlet);
        }
        if let Some(date) = self.date {
            out.extend_from_slice(b",\"date\":");
            json_str(out, date);
        }
        out.extend_from_slice(b",\"content\":");
        json_span(out, Some(&self.content));
        if !self.pieces.is_empty() {
            out.extend_from_slice(b",\"pieces\":[");
            for (i, piece) in self.pieces.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                json_span(out, Some(piece));
            }
            out.push(b']');
        }
        out.extend_from_slice(b",\"source\":");
        json_span(out, self.source.as_ref());
        out.extend_from_slice(b",\"cue\":");
        json_span(out, self.cue.as_ref());
        out.extend_from_slice(b",\"speaker\":");
        json_opt_str(out, self.speaker);
        out.extend_from_slice(b",\"actor\":");
        json_opt_str(out, self.actor);
        if let Some(member) = self.member {
            out.extend_from_slice(b",\"member\":");
            json_str(out, member);
        }
        out.extend_from_slice(b",\"kind\":");
        json_str(out, self.kind);
        out.extend_from_slice(b",\"topics\":");
        json_strs(out, self.topics);
        out.extend_from_slice(b",\"stance\":{");
        for (i, (topic, stance)) in self.stance.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            json_str(out, topic);
            out.push(b':');
            json_str(out, stance.label());
        }
        out.extend_from_slice(if self.headline { b"},\"headline\":true" } else { b"},\"headline\":false" });
        out.extend_from_slice(b",\"confidence\":");
        // a number alone always serialises; serde_json's own digits
        let _ = serde_json::to_writer(&mut *out, &self.confidence);
        out.extend_from_slice(b",\"rule\":");
        json_str(out, self.rule);
        if let Some(note) = self.note {
            out.extend_from_slice(b",\"note\":");
            json_str(out, note);
        }
        if let Some(explain) = &self.explain {
            out.extend_from_slice(b",\"explain\":");
            json_strs(out, explain);
        }
        out.push(b'}');
    }
}

/// A span as JSON, or `null`.
fn json_span(out: &mut Vec<u8>, span: Option<&SpanRecord<'_>>) {
    let Some(span) = span else {
        out.extend_from_slice(b"null");
        return;
    };
    let mut digits = itoa::Buffer::new();
    out.extend_from_slice(b"{\"start\":");
    out.extend_from_slice(digits.format(span.start).as_bytes());
    out.extend_from_slice(b",\"end\":");
    out.extend_from_slice(digits.format(span.end).as_bytes());
    out.extend_from_slice(b",\"text\":");
    json_str(out, span.text);
    out.push(b'}');
}

/// A string as JSON, or `null`.
fn json_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// Strings as a JSON array.
fn json_strs(out: &mut Vec<u8>, items: &[String]) {
    out.push(b'[');
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json_str(out, s);
    }
    out.push(b']');
}

/// Whether JSON needs `b` escaped in a string: a quotation mark, a
/// backslash or a C0 control.
#[inline(always)]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether any of the eight bytes of `x` [`needs_escape`]: a byte below
/// 0x20 where `x - 0x20…` borrows into a high bit the byte did not have,
/// a quotation mark or backslash where its XOR with that mark is zero
/// (exact for "any", which is all that is asked).
#[inline(always)]
fn any_needs_escape(x: u64) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v;
    (below(x, 0x20) | below(x ^ (ONES * u64::from(b'"')), 1) | below(x ^ (ONES * u64::from(b'\\')), 1)) & HIGH != 0
}

/// Whether any of the sixteen bytes of `chunk` [`needs_escape`].
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn any_needs_escape16(chunk: &[u8]) -> bool {
    let v = crate::simd::Bytes16::load(chunk);
    v.at_most(0x1f).or(v.eq(b'"')).or(v.eq(b'\\')).mask() != 0
}

/// Eight bytes as a number.
#[inline(always)]
fn word_at(bytes: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[i..i + 8]);
    u64::from_le_bytes(w)
}

/// `s` as a JSON string, escaped as serde_json escapes: `\"`, `\\`, the
/// short forms `\b \f \n \r \t`, other controls as `\u00xx`; every other
/// character as it is.
fn json_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    let n = bytes.len();
    out.reserve(n + 2);
    out.push(b'"');
    // sixteen (where the processor compares sixteen bytes at once), then
    // eight bytes at a time up to the first that needs escaping; the last
    // few read as the final eight (which overlap the ones before)
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    while i + 16 <= n && !any_needs_escape16(&bytes[i..i + 16]) {
        i += 16;
    }
    while i + 8 <= n && !any_needs_escape(word_at(bytes, i)) {
        i += 8;
    }
    if i + 8 > n && n >= 8 && !any_needs_escape(word_at(bytes, n - 8)) {
        i = n;
    }
    let mut done = 0;
    for (j, &b) in bytes.iter().enumerate().skip(i) {
        if !needs_escape(b) {
            continue;
        }
        out.extend_from_slice(&bytes[done..j]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]),
        }
        done = j + 1;
    }
    out.extend_from_slice(&bytes[done..]);
    out.push(b'"');
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CsvRow<'a> {
    pub article: &'a str,
    pub title: &'a str,
    pub outlet: &'a str,
    /// ISO date (`2025-12-04`), which spreadsheets sort as dates.
    pub date: &'a str,
    pub speaker: &'a str,
    /// The actor as exchanged ([`StatementRecord::actor`]) ...
    pub actor_id: &'a str,
    pub actor: &'a str,
    /// ... and, when the statement is of one of its parts, that part's
    /// name ("NATO" of "Western officials").
    pub member: &'a str,
    pub kind: &'static str,
    /// Topic ids, `;`-separated.
    pub topics: String,
    /// Per topic, readable: `NATO membership: against; Peace talks: favor`.
    pub stance: String,
    /// The same remark carried by several articles shares a group
    /// (`g3`, see [`crate::grouping`]); empty when it stands alone.
    pub group: String,
    pub statement: &'a str,
    pub note: &'a str,
    pub hidden: &'static str,
    pub edited: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_line(r: &StatementRecord<'_>) -> String {
        serde_json::to_string(r).expect("a record serialises")
    }

    fn written_line(r: &StatementRecord<'_>) -> String {
        let mut out = Vec::new();
        r.write_json(&mut out);
        String::from_utf8(out).expect("UTF-8")
    }

    /// Strings that test every escape, at every place in a block of 16
    /// bytes, and characters that stay as they are.
    fn awkward_strings() -> Vec<String> {
        let mut out: Vec<String> = vec![
            String::new(),
            "plain words of a quote".into(),
            "a \"quoted\" word and a back\\slash".into(),
            "Заява міністра «про мир» — і крапка".into(),
            "emoji 🙂 and DEL \u{7f} and C1 \u{85} and bidi \u{202e}".into(),
            (0u8..0x20).map(char::from).collect(),
        ];
        for at in [0, 1, 14, 15, 16, 17, 31, 32, 33, 47] {
            for mark in ['"', '\\', '\n', '\t', '\u{1}', '\u{1f}', '\u{8}', '\u{c}', '\r', ' ', 'é', '\u{7f}'] {
                let mut s: String = "x".repeat(at);
                s.push(mark);
                s.push_str(&"y".repeat(20));
                out.push(s);
            }
        }
        out
    }

    #[test]
    fn the_written_line_is_what_serde_writes() {
        let strings = awkward_strings();
        let topics: Vec<String> = vec!["ceasefire".into(), "a \"topic\"".into()];
        let mut stance = BTreeMap::new();
        stance.insert("ceasefire".to_string(), Stance::Favor);
        stance.insert("sanctions".to_string(), Stance::Against);
        stance.insert("weapons".to_string(), Stance::Neutral);
        let no_stance = BTreeMap::new();
        for (i, s) in strings.iter().enumerate() {
            let span = |n: usize| SpanRecord { start: n, end: n + s.chars().count(), text: s };
            // every field there, then every optional one missing
            let full = StatementRecord {
                article: s,
                outlet: s,
                date: Some(s),
                content: span(i * 1000),
                pieces: vec![span(i * 1000), span(i * 1000 + 40)],
                source: Some(span(7)),
                cue: Some(span(123_456_789)),
                speaker: Some(s),
                actor: Some(s),
                member: Some(s),
                kind: "mixed",
                topics: &topics,
                stance: &stance,
                headline: i % 2 == 0,
                confidence: [0.99, 0.5, 0.07, 1.0, 0.0, 0.123][i % 6],
                rule: s,
                note: Some(s),
                explain: Some(vec![s.clone(), "second line".into()]),
            };
            assert_eq!(written_line(&full), serde_line(&full), "string {i}: {s:?}");
            let sparse = StatementRecord {
                outlet: "",
                date: None,
                pieces: Vec::new(),
                source: None,
                cue: None,
                speaker: None,
                actor: None,
                member: None,
                topics: &[],
                stance: &no_stance,
                note: None,
                explain: None,
                ..full.clone()
            };
            assert_eq!(written_line(&sparse), serde_line(&sparse), "string {i}: {s:?}");
        }
    }

    #[test]
    fn eight_bytes_at_once_find_what_one_byte_at_a_time_finds() {
        // every byte value at every place among neighbours that sit just
        // beside the marks, and bytes of longer characters
        for fill in [b' ', b'!', b'#', b'[', b']', b'a', 0x7f, 0x80, 0xc3, 0xff] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    let mut w = [fill; 8];
                    w[at] = b;
                    let x = u64::from_le_bytes(w);
                    assert_eq!(any_needs_escape(x), w.iter().any(|&c| needs_escape(c)), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn an_interrupted_statement_gives_its_pieces_without_the_attribution() {
        let catalogue = Catalogue::builtin();
        let topics = TopicLexicon::builtin();
        let text = "Ferry news\n\n“The quay is shut,” the harbour master said. “It opens in May.”\n\nThe ferry, according to two port officials, will not sail before March.\n\n“Fares stay,” said the mayor.\n";
        let idx = CharIndex::new(text);
        let found = crate::extract::extract(text, &catalogue, &topics);
        let lines: Vec<serde_json::Value> = found
            .iter()
            .map(|s| {
                let r = StatementRecord::new(
                    crate::article::ArticleView { source: "ferry.txt", outlet: "", date: None, text },
                    &idx,
                    s,
                    &catalogue,
                );
                serde_json::from_str(&written_line(&r)).expect("JSON")
            })
            .collect();
        let pieces = |l: &serde_json::Value| -> Vec<String> {
            l["pieces"]
                .as_array()
                .map_or(Vec::new(), |p| p.iter().map(|x| x["text"].as_str().unwrap_or("").to_string()).collect())
        };
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert_eq!(pieces(&lines[0]), ["The quay is shut", "It opens in May."]);
        assert_eq!(pieces(&lines[1]), ["The ferry", "will not sail before March"]);
        // one piece: no list, the content is the statement
        assert!(lines[2].get("pieces").is_none(), "{}", lines[2]);
        // offsets count characters, as the content's do
        let p = &lines[1]["pieces"][1];
        let start = p["start"].as_u64().unwrap() as usize;
        assert_eq!(text.chars().skip(start).take(4).collect::<String>(), "will");
    }

    #[test]
    fn the_lines_of_the_sample_articles_are_what_serde_writes() {
        let catalogue = Catalogue::builtin();
        let topics = TopicLexicon::builtin();
        let mut records = 0;
        for sample in crate::samples::SAMPLES {
            let article = crate::ingest::parse_article(sample.name, sample.bytes).expect("a sample article");
            let idx = CharIndex::new(&article.text);
            for s in crate::extract::extract(&article.text, &catalogue, &topics) {
                let r = StatementRecord::new(&article, &idx, &s, &catalogue).with_note("checked \"twice\"");
                assert_eq!(written_line(&r), serde_line(&r), "{}", sample.name);
                records += 1;
            }
        }
        assert!(records > 20, "{records} records");
    }
}
