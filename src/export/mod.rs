//! Exports of a comparison: a Markdown report a person can paste, CSV for
//! spreadsheets, JSON Lines in the schema of `counterpoint extract`, the
//! actor–topic network as GraphML, and a REFI-QDA project for QDA
//! software.
//! Each exports what the views show (the filters applied). The report and
//! the CSV use the app's words (a statement is direct, mixed or reported;
//! dates as the app shows them in the report); JSON Lines keeps the
//! schema's (`indirect`, ISO dates).

use crate::compare::{Comparison, StatementRef};
use crate::span::CharIndex;
use crate::workspace::Workspace;
use std::fmt::Write as _;

pub mod graphml;
pub mod qdpx;
pub mod record;
mod xml;

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Csv,
    Jsonl,
    Graphml,
    Qdpx,
}

impl Format {
    pub const ALL: [Format; 5] = [Format::Markdown, Format::Csv, Format::Jsonl, Format::Graphml, Format::Qdpx];

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
            Format::Graphml => "graphml",
            Format::Qdpx => "qdpx",
        }
    }

    /// What the file is, for dialogs and messages.
    pub fn label(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown report",
            Format::Csv => "CSV",
            Format::Jsonl => "JSON Lines",
            Format::Graphml => "GraphML network",
            Format::Qdpx => "REFI-QDA project",
        }
    }
}

/// The export of `c` (the comparison of `ws`, as the views show it) in
/// `format`; `name` is the session's name, for titles.
pub fn render(ws: &Workspace, c: &Comparison, format: Format, name: &str) -> std::io::Result<Vec<u8>> {
    let title = format!("Counterpoint — {name}");
    Ok(match format {
        Format::Markdown => markdown(ws, c, &title).into_bytes(),
        Format::Csv => csv(ws, &c.list).into_bytes(),
        Format::Jsonl => jsonl(ws, &c.list).into_bytes(),
        Format::Graphml => graphml::graphml(ws, c, &title).into_bytes(),
        Format::Qdpx => qdpx::qdpx(ws, c, name)?,
    })
}

/// The comparison as a Markdown report: one section per topic, one
/// sub-section per actor, each statement quoted with its speaker and
/// source.
pub fn markdown(ws: &Workspace, c: &Comparison, title: &str) -> String {
    let cat = &ws.session.catalogue;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md_escape(title));
    let articles: std::collections::BTreeSet<u32> = c.list.iter().map(|r| r.article).collect();
    let _ = writeln!(
        out,
        "{} from {}, by actor and topic. Made with Counterpoint.\n",
        count(c.list.len(), "statement"),
        count(articles.len(), "article")
    );
    for (ri, row) in c.rows.iter().enumerate() {
        if row.count == 0 {
            continue;
        }
        let _ = writeln!(out, "## {}\n", md_escape(&row.name));
        for (ci, col) in c.columns.iter().enumerate() {
            let cell = &c.cells[ri][ci];
            if cell.is_empty() {
                continue;
            }
            let _ = writeln!(out, "### {} ({})\n", md_escape(&col.name), cell.len());
            for r in cell {
                let Some(e) = r.get(ws) else { continue };
                let a = &ws.session.articles[r.article as usize];
                let speaker = e.statement.speaker.as_deref().unwrap_or("unknown speaker");
                let mut source = vec![speaker.to_string()];
                if !a.outlet.is_empty() {
                    source.push(a.outlet.clone());
                }
                source.push(format!("“{}”", a.title));
                if let Some(d) = &a.date {
                    source.push(crate::ingest::display_date(d));
                }
                let words = one_line(&e.text);
                let said = match e.statement.kind {
                    crate::extract::Kind::Direct => format!("“{}”", md_escape(&words)),
                    _ => md_escape(&words),
                };
                // the stance toward this section's topic
                let stance = e.statement.stance.get(&row.id).map_or(String::new(), |st| {
                    let how = if e.suggestion.is_some() { ", suggested" } else { "" };
                    format!(" **{}{how}**", st.label())
                });
                let _ = writeln!(
                    out,
                    "- {} — {} _({})_{stance}",
                    said,
                    md_escape(&source.join(", ")),
                    kind_word(e.statement.kind)
                );
                if !e.note.trim().is_empty() {
                    let _ = writeln!(out, "  - Note: {}", md_escape(&one_line(&e.note)));
                }
            }
            out.push('\n');
        }
    }
    let _ = cat;
    out
}

/// How the app names a kind: "reported" for what the schema calls
/// indirect speech.
pub fn kind_word(kind: crate::extract::Kind) -> &'static str {
    match kind {
        crate::extract::Kind::Direct => "direct",
        crate::extract::Kind::Mixed => "mixed",
        crate::extract::Kind::Indirect => "reported",
    }
}

/// "1 statement", "3 statements".
fn count(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes characters Markdown would read as formatting.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// The statements as CSV (RFC 4180, header row, CRLF line ends), in
/// UTF-8 with a byte order mark: without it, spreadsheet programs read the
/// file in the system's legacy encoding and garble «», “” and every
/// Cyrillic name. Dates are ISO (`2025-12-04`), which spreadsheets sort as
/// dates. Written with the `csv` crate from [`record::CsvRow`].
pub fn csv(ws: &Workspace, list: &[StatementRef]) -> String {
    let cat = &ws.session.catalogue;
    let topics = &ws.session.topics;
    let mut w = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
    let mut wrote_header = false;
    for r in list {
        let Some(e) = r.get(ws) else { continue };
        let a = &ws.session.articles[r.article as usize];
        let s = &e.statement;
        let actor_id = s.actor.as_deref().map_or("", |a| cat.root_id(a));
        let actor_name = cat.actor(actor_id).map_or("", |x| x.name.as_str());
        let member =
            s.actor.as_deref().filter(|a| *a != actor_id).and_then(|a| cat.actor(a)).map_or("", |x| x.name.as_str());
        let stance = s
            .stance
            .iter()
            .map(|(t, st)| format!("{}: {}", topics.topic(t).map_or(t.as_str(), |x| x.name.as_str()), st.label()))
            .collect::<Vec<_>>()
            .join("; ");
        let title = defuse(&a.title);
        let speaker = defuse(s.speaker.as_deref().unwrap_or(""));
        let text = defuse(&e.text);
        let note = defuse(&e.note);
        let outlet = defuse(&a.outlet);
        let row = record::CsvRow {
            article: &a.source,
            title: &title,
            outlet: &outlet,
            date: a.date.as_deref().unwrap_or(""),
            speaker: &speaker,
            actor_id,
            actor: actor_name,
            member,
            kind: kind_word(s.kind),
            topics: s.topics.join(";"),
            stance,
            group: ws.groups.group_of(&e.key).map_or(String::new(), |g| format!("g{}", g + 1)),
            statement: &text,
            note: &note,
            hidden: if e.hidden { "yes" } else { "no" },
            edited: if e.edited { "yes" } else { "no" },
        };
        // writing to memory fails only on a bug; a row is never half-written
        let _ = w.serialize(&row);
        wrote_header = true;
    }
    if !wrote_header {
        // no statements: the header alone, from the row's field names
        let mut header = ::csv::WriterBuilder::new().from_writer(Vec::new());
        let _ = header.serialize(record::CsvRow::default());
        let text = String::from_utf8(header.into_inner().unwrap_or_default()).unwrap_or_default();
        let _ = w.write_record(text.lines().next().unwrap_or("").split(','));
    }
    let bytes = w.into_inner().unwrap_or_default();
    let mut out = String::from('\u{feff}');
    out.push_str(&String::from_utf8_lossy(&bytes));
    out
}

/// A text field a spreadsheet would run as a formula (leading `=`, `+`,
/// `-`, `@`) gets a leading apostrophe.
fn defuse(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@']) { format!("'{s}").into() } else { s.into() }
}

/// The statements as JSON Lines in the schema of `counterpoint extract`,
/// with the user's edits applied (and their note, if any).
pub fn jsonl(ws: &Workspace, list: &[StatementRef]) -> String {
    let mut out = Vec::new();
    let mut index: Option<(u32, CharIndex)> = None;
    for r in list {
        let Some(e) = r.get(ws) else { continue };
        let a = &ws.session.articles[r.article as usize];
        if index.as_ref().is_none_or(|(i, _)| *i != r.article) {
            index = Some((r.article, CharIndex::new(&a.text)));
        }
        let Some((_, idx)) = &index else { continue };
        let record = record::StatementRecord::new(&**a, idx, &e.statement, &ws.session.catalogue).with_note(&e.note);
        record.write_json(&mut out);
        out.push(b'\n');
    }
    // the lines are made of UTF-8 strings and ASCII: no copy is made
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn setup() -> (Workspace, Comparison) {
        let mut w = Workspace::default();
        w.add_articles(
            crate::samples::SAMPLES[..3]
                .iter()
                .map(|s| Arc::new(crate::ingest::parse_article(s.name, s.bytes).unwrap()))
                .collect(),
        );
        let key = w.entries[0][0].key.clone();
        w.set_note(&key, "needs, \"checking\"\nsecond line".into());
        let c = crate::compare::compare(&w, None);
        (w, c)
    }

    #[test]
    fn markdown_report_has_topics_actors_and_quotes() {
        let (w, c) = setup();
        let md = markdown(&w, &c, "NATO week");
        assert!(md.starts_with("# NATO week"));
        assert!(md.contains("## NATO membership"));
        assert!(md.contains("### Kremlin ("));
        assert!(md.contains("Dmitry Peskov"));
        assert!(md.contains("Note: needs, \"checking\" second line"));
        assert!(md.contains("_(reported)_") && !md.contains("indirect"));
        // dates as the app shows them
        assert!(md.contains("Dec 2025") && !md.contains("2025-12-"), "{md}");
    }

    #[test]
    fn csv_quotes_fields_and_round_trips_through_a_reader() {
        let (w, c) = setup();
        let text = csv(&w, &c.list);
        // the byte order mark spreadsheets need to read UTF-8, and CRLF
        let text = text.strip_prefix('\u{feff}').expect("a byte order mark");
        assert!(text.starts_with(
            "article,title,outlet,date,speaker,actor_id,actor,member,kind,topics,stance,group,statement,note"
        ));
        assert!(text.split('\n').next().is_some_and(|l| l.ends_with('\r')), "CRLF line ends");
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        let header = reader.headers().unwrap().clone();
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), c.list.len());
        assert!(rows.iter().all(|r| r.len() == 16));
        // the note with comma, quotes and newline comes back whole
        assert!(rows.iter().any(|r| &r[col("note")] == "needs, \"checking\"\nsecond line"));
        // stance per topic, readable: the topic's name and the stance
        let stances: Vec<&str> = rows.iter().map(|r| &r[col("stance")]).filter(|s| !s.is_empty()).collect();
        assert!(stances.iter().any(|s| s.contains(": favor") || s.contains(": against")), "{stances:?}");
        assert!(stances.iter().all(|s| !s.contains('=')), "ids, not names: {stances:?}");
        assert!(stances.iter().any(|s| s.contains("NATO membership: ")), "{stances:?}");
        // the outlet of each article
        for r in &rows {
            let a = w.session.articles.iter().find(|a| a.source == r[col("article")]).unwrap();
            assert_eq!(&r[col("outlet")], a.outlet.as_str());
        }
        assert!(rows.iter().any(|r| !r[col("outlet")].is_empty()), "no outlet in any row");
        // the app's words for kinds
        assert!(rows.iter().all(|r| ["direct", "mixed", "reported"].contains(&&r[col("kind")])));
        assert!(rows.iter().any(|r| &r[col("kind")] == "reported"));
    }

    #[test]
    fn csv_of_no_statements_is_the_header() {
        let w = Workspace::default();
        let text = csv(&w, &[]);
        assert_eq!(
            text,
            "\u{feff}article,title,outlet,date,speaker,actor_id,actor,member,kind,topics,stance,group,statement,note,hidden,edited\r\n"
        );
    }

    #[test]
    fn jsonl_matches_the_extract_schema() {
        let (w, c) = setup();
        let text = jsonl(&w, &c.list);
        assert_eq!(text.lines().count(), c.list.len());
        for l in text.lines() {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            for k in ["article", "content", "source", "cue", "speaker", "actor", "kind", "topics", "stance"] {
                assert!(v.get(k).is_some(), "{k}");
            }
        }
        assert!(text.contains("\"note\":\"needs"));
    }

    #[test]
    fn csv_defuses_formulas() {
        assert_eq!(defuse("=cmd()"), "'=cmd()");
        assert_eq!(defuse("plain"), "plain");
    }
}
