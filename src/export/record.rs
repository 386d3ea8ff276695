//! The statement record: one `serde` struct for what `counterpoint
//! extract --format jsonl` prints and what the JSON Lines export writes
//! (the schema of `corpus/README.md`), and one flat row for the CSV.
//!
//! A new field is one line in the struct (and, for the CSV, one in
//! [`CsvRow`]); serde writes it the same way everywhere.

use crate::article::Article;
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
    pub fn new(article: &'a Article, idx: &CharIndex, s: &'a Statement, catalogue: &'a Catalogue) -> Self {
        let t = article.text.as_str();
        let actor = s.actor.as_deref().map(|a| catalogue.root_id(a));
        StatementRecord {
            article: &article.source,
            outlet: &article.outlet,
            date: article.date.as_deref(),
            content: SpanRecord::new(t, idx, s.content),
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
    pub fn explained(mut self, lex: &TopicLexicon, article: &Article, s: &Statement) -> Self {
        self.explain = Some(crate::topics::explain_lines(lex, &article.text, s));
        self
    }
}

/// One row of the statement CSV: flat, in the app's words (a statement is
/// direct, mixed or reported; stance as "Topic name: favor"). The header
/// row is these field names.
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
