//! Exports of a comparison: a Markdown report a person can paste, CSV for
//! spreadsheets, and JSON Lines in the schema of `counterpoint extract`.
//! Each exports what the views show (the filters applied). The report and
//! the CSV use the app's words (a statement is direct, mixed or reported;
//! dates as the app shows them in the report); JSON Lines keeps the
//! schema's (`indirect`, ISO dates).

use crate::compare::{Comparison, StatementRef};
use crate::span::CharIndex;
use crate::workspace::Workspace;
use std::fmt::Write as _;

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

/// The statements as CSV (RFC 4180, header row), in UTF-8 with a byte
/// order mark: without it, spreadsheet programs read the file in the
/// system's legacy encoding and garble «», “” and every Cyrillic name.
/// Dates are ISO (`2025-12-04`), which spreadsheets sort as dates.
pub fn csv(ws: &Workspace, list: &[StatementRef]) -> String {
    let cat = &ws.session.catalogue;
    let mut out = String::from('\u{feff}');
    out.push_str(
        "article,title,outlet,date,speaker,actor_id,actor,kind,topics,stance,statement,note,hidden,edited\r\n",
    );
    for r in list {
        let Some(e) = r.get(ws) else { continue };
        let a = &ws.session.articles[r.article as usize];
        let actor_name =
            e.statement.actor.as_deref().and_then(|id| cat.actor(id)).map(|x| x.name.as_str()).unwrap_or("");
        let fields = [
            a.source.as_str(),
            a.title.as_str(),
            a.outlet.as_str(),
            a.date.as_deref().unwrap_or(""),
            e.statement.speaker.as_deref().unwrap_or(""),
            e.statement.actor.as_deref().unwrap_or(""),
            actor_name,
            kind_word(e.statement.kind),
            &e.statement.topics.join(";"),
            &stance_field(&e.statement.stance),
            &e.text,
            &e.note,
            if e.hidden { "yes" } else { "no" },
            if e.edited { "yes" } else { "no" },
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// `peace-talks=favor;sanctions=against`.
fn stance_field(stance: &std::collections::BTreeMap<String, crate::topics::Stance>) -> String {
    stance.iter().map(|(t, s)| format!("{t}={}", s.label())).collect::<Vec<_>>().join(";")
}

fn csv_field(s: &str) -> String {
    // a leading = + - @ would run as a formula in spreadsheets
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// The statements as JSON Lines in the schema of `counterpoint extract`,
/// with the user's edits applied (and their note, if any).
pub fn jsonl(ws: &Workspace, list: &[StatementRef]) -> String {
    let mut out = String::new();
    let mut index: Option<(u32, CharIndex)> = None;
    for r in list {
        let Some(e) = r.get(ws) else { continue };
        let a = &ws.session.articles[r.article as usize];
        if index.as_ref().is_none_or(|(i, _)| *i != r.article) {
            index = Some((r.article, CharIndex::new(&a.text)));
        }
        let Some((_, idx)) = &index else { continue };
        let mut v = crate::cli::statement_json(a, idx, &e.statement);
        if !e.note.is_empty() {
            v["note"] = serde_json::Value::String(e.note.clone());
        }
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
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
        // the byte order mark spreadsheets need to read UTF-8
        let text = text.strip_prefix('\u{feff}').expect("a byte order mark");
        let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines[0].starts_with("article,title"));
        // a tiny RFC 4180 reader: the note with comma, quotes and newline
        // comes back whole
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut field = String::new();
        let mut row = Vec::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(ch) = chars.next() {
            match (quoted, ch) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        assert_eq!(rows.len(), c.list.len() + 1);
        assert!(rows.iter().all(|r| r.len() == 14));
        assert!(rows.iter().any(|r| r[11] == "needs, \"checking\"\nsecond line"));
        // stance per topic, as the views show it
        assert!(rows[0][9] == "stance");
        assert!(rows.iter().skip(1).any(|r| r[9].contains("=favor") || r[9].contains("=against")), "no stance");
        // the app's words for kinds
        assert!(rows.iter().skip(1).all(|r| ["direct", "mixed", "reported"].contains(&r[7].as_str())), "{rows:?}");
        assert!(rows.iter().any(|r| r[7] == "reported"));
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
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
        assert_eq!(csv_field("plain"), "plain");
    }
}
