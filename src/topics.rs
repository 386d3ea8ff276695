//! The topic lexicon: tags statements with what they are about.
//!
//! Data in `assets/topics.ron`, edited by users and kept in sessions.
//! Matching is one Aho-Corasick pass over a statement's words, so tagging
//! costs the same whatever the size of the lexicon.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};

pub const DEFAULT_TOPICS_RON: &str = include_str!("../assets/topics.ron");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub name: String,
    /// Words or phrases; a final `*` also matches longer words.
    #[serde(default)]
    pub terms: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TopicLexicon {
    #[serde(default = "one")]
    pub version: u32,
    pub topics: Vec<Topic>,
    #[serde(skip)]
    matcher: Option<Matcher>,
}

fn one() -> u32 {
    1
}

impl PartialEq for TopicLexicon {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version && self.topics == other.topics
    }
}

#[derive(Debug, Clone)]
struct Matcher {
    ac: AhoCorasick,
    /// For each pattern: (topic index, whether it may be a prefix).
    targets: Vec<(usize, bool)>,
}

#[derive(Debug, thiserror::Error)]
pub enum TopicError {
    #[error("not a valid topic lexicon: {0}")]
    Parse(String),
    #[error("topic id {0:?} is used twice")]
    DuplicateId(String),
}

impl TopicLexicon {
    pub fn new(topics: Vec<Topic>) -> Self {
        let mut t = TopicLexicon { version: 1, topics, matcher: None };
        t.reindex();
        t
    }

    pub fn builtin() -> Self {
        Self::from_ron(DEFAULT_TOPICS_RON).expect("the built-in topic lexicon is valid")
    }

    pub fn from_ron(text: &str) -> Result<Self, TopicError> {
        let mut t: TopicLexicon = ron::from_str(text).map_err(|e| TopicError::Parse(e.to_string()))?;
        let mut seen = std::collections::HashSet::new();
        for topic in &t.topics {
            if !seen.insert(topic.id.clone()) {
                return Err(TopicError::DuplicateId(topic.id.clone()));
            }
        }
        t.reindex();
        Ok(t)
    }

    /// Rebuilds the matcher; call after editing `topics`.
    pub fn reindex(&mut self) {
        let mut patterns = Vec::new();
        let mut targets = Vec::new();
        for (ti, topic) in self.topics.iter().enumerate() {
            for term in &topic.terms {
                let (p, prefix) = match term.strip_suffix('*') {
                    Some(p) => (p, true),
                    None => (term.as_str(), false),
                };
                let p = p.trim().replace('’', "'");
                if p.is_empty() {
                    continue;
                }
                patterns.push(p);
                targets.push((ti, prefix));
            }
        }
        self.matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .ok()
            .map(|ac| Matcher { ac, targets });
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// Indices of the topics `text` is about, in lexicon order.
    pub fn tag(&self, text: &str) -> Vec<usize> {
        let Some(m) = &self.matcher else { return Vec::new() };
        let bytes = text.as_bytes();
        let mut hit = vec![false; self.topics.len()];
        for found in m.ac.find_overlapping_iter(text) {
            let (ti, prefix) = m.targets[found.pattern().as_usize()];
            if hit[ti] {
                continue;
            }
            let (s, e) = (found.start(), found.end());
            let word_start = s == 0 || !is_word_byte(bytes[s - 1]);
            let word_end = e == bytes.len() || !is_word_byte(bytes[e]) || prefix || plural_end(bytes, e);
            if word_start && word_end {
                hit[ti] = true;
            }
        }
        hit.iter().enumerate().filter_map(|(i, &h)| h.then_some(i)).collect()
    }
}

/// "talk" matches "talks": a plain term may take an `s`.
fn plural_end(bytes: &[u8], e: usize) -> bool {
    bytes.get(e) == Some(&b's') && bytes.get(e + 1).is_none_or(|b| !is_word_byte(*b))
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

impl Default for TopicLexicon {
    fn default() -> Self {
        Self::builtin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(l: &TopicLexicon, text: &str) -> Vec<String> {
        l.tag(text).into_iter().map(|i| l.topics[i].id.clone()).collect()
    }

    #[test]
    fn tags_several_topics() {
        let l = TopicLexicon::builtin();
        let t = ids(&l, "Ukraine's full membership in NATO is the only real security guarantee");
        assert!(t.contains(&"nato-membership".to_string()), "{t:?}");
        assert!(t.contains(&"security-guarantees".to_string()), "{t:?}");
        assert!(!t.contains(&"sanctions".to_string()));
    }

    #[test]
    fn prefix_terms_and_word_boundaries() {
        let l = TopicLexicon::builtin();
        assert_eq!(ids(&l, "The new sanctions package"), ["sanctions"]);
        assert_eq!(ids(&l, "He sanctioned them"), ["sanctions"]);
        // "gas" inside "Vegas" is not energy
        assert!(ids(&l, "a rally in Las Vegas").is_empty());
        assert!(ids(&l, "").is_empty());
    }

    #[test]
    fn edited_lexicon_retags() {
        let mut l = TopicLexicon::builtin();
        assert!(ids(&l, "the chess match").is_empty());
        l.topics.push(Topic { id: "chess".into(), name: "Chess".into(), terms: vec!["chess".into()] });
        l.reindex();
        assert_eq!(ids(&l, "the chess match"), ["chess"]);
    }
}
