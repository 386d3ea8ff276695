//! Helpers for the rules' tests: extract a short text and read back what
//! was found, as strings.

use super::super::{Kind, extract};
use crate::catalogue::Catalogue;
use crate::topics::TopicLexicon;

/// One statement found, as text.
#[derive(Debug)]
pub struct Found {
    pub kind: Kind,
    pub speaker: Option<String>,
    pub actor: Option<String>,
    pub content: String,
    pub source: Option<String>,
    pub cue: Option<String>,
    pub rule: String,
    pub headline: bool,
}

impl Found {
    #[allow(dead_code)]
    pub fn rule_name(&self) -> &str {
        &self.rule
    }
}

/// Every statement in `text`.
pub fn run(text: &str) -> Vec<Found> {
    let cat = Catalogue::builtin();
    let topics = TopicLexicon::builtin();
    extract(text, &cat, &topics)
        .into_iter()
        .map(|s| Found {
            kind: s.kind,
            speaker: s.speaker.clone(),
            actor: s.actor.clone(),
            content: s.content_text(text),
            source: s.source.map(|x| x.text(text).to_string()),
            cue: s.cue.map(|x| x.text(text).to_string()),
            rule: s.rule.clone(),
            headline: s.headline,
        })
        .collect()
}

/// The only statement found, with a readable failure otherwise.
pub fn one(text: &str) -> Found {
    let mut found = run(text);
    assert_eq!(
        found.len(),
        1,
        "expected one statement in {text:?}, found {:?}",
        found.iter().map(|f| &f.content).collect::<Vec<_>>()
    );
    found.remove(0)
}
