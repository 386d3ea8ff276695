//! Learning the analyst's codebook: a small model, kept in the session,
//! that re-scores the statements nobody has touched after the user
//! corrects topics or stance.
//!
//! The model is a linear one over stemmed words and word pairs of each
//! statement, anchored on the rules: the rules' own decision is a feature
//! with a fixed, large weight, and training (an averaged perceptron with a
//! margin, deterministic) only learns word weights that must outweigh it.
//! So with no corrections the model says exactly what the rules say, and
//! after some, only statements that share the corrected ones' wording
//! change. What it changes is a *suggestion*: shown as such, never written
//! over a user's correction.

use crate::topics::{Stance, TopicLexicon};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Weight of the rules' decision; a learned word weight sum must beat it.
const ANCHOR: f32 = 1.0;
/// How far past the anchor a training example must be pushed.
const MARGIN: f32 = 1.0;
const EPOCHS: usize = 12;
const STEP: f32 = 0.25;

/// One statement as the model reads it.
#[derive(Debug, Clone)]
pub struct Example {
    /// Its words (the content, pieces joined).
    pub text: String,
    /// What the rules said.
    pub rule_topics: Vec<String>,
    pub rule_stance: BTreeMap<String, Stance>,
}

/// A corrected statement: what the user said it is.
#[derive(Debug, Clone)]
pub struct Labelled {
    pub example: Example,
    pub topics: Vec<String>,
    /// Stance per topic, for the topics with a proposition.
    pub stance: BTreeMap<String, Stance>,
}

/// The learned weights. Empty until the user corrects something.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Model {
    /// Per topic id: feature → weight for "is about it".
    pub topic_weights: BTreeMap<String, BTreeMap<String, f32>>,
    /// Per stance label: feature → weight (shared by every topic: the
    /// words of taking a side are the same whatever the side is about).
    pub stance_weights: BTreeMap<String, BTreeMap<String, f32>>,
    /// How many corrected statements it learned from.
    pub examples: usize,
    /// Identifies the corrections it was trained on.
    pub trained_on: u64,
}

/// What the model would change about a statement nobody touched.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub topics: Vec<String>,
    pub stance: BTreeMap<String, Stance>,
    /// The words that weighed most, for "why".
    pub because: Vec<String>,
}

/// Stemmed words and word pairs, with the surface word of each stem.
pub fn features(text: &str) -> (BTreeSet<String>, BTreeMap<String, String>) {
    let stemmer = crate::topics::matcher::stemmer_for(crate::lang::reading_language(text));
    let mut stems: Vec<(String, String)> = Vec::new();
    for (_, w) in crate::topics::matcher::words(text) {
        let lower = w.to_lowercase();
        if lower.chars().count() < 2 || lower.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let st = stemmer.as_ref().map(|s| s.stem(&lower).into_owned()).unwrap_or_else(|| lower.clone());
        stems.push((st, w.to_string()));
    }
    let mut out = BTreeSet::new();
    let mut surface = BTreeMap::new();
    for (i, (st, w)) in stems.iter().enumerate() {
        if !STOP.contains(&st.as_str()) {
            out.insert(format!("w:{st}"));
            surface.entry(format!("w:{st}")).or_insert_with(|| w.clone());
        }
        if let Some((next, nw)) = stems.get(i + 1) {
            let f = format!("b:{st}_{next}");
            surface.entry(f.clone()).or_insert_with(|| format!("{w} {nw}"));
            out.insert(f);
        }
    }
    (out, surface)
}

/// Words too common to mean anything alone (they still count in pairs).
const STOP: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "in", "on", "for", "is", "be", "was", "were", "that", "this", "it", "with",
    "as", "at", "by", "from", "its", "their", "they", "we", "he", "she", "has", "have", "had", "would", "will", "or",
    "are", "said", "say", "which", "who", "an", "but", "not", "all", "any", "our", "us", "his", "her",
];

/// Each feature's value: a statement's features make a unit vector, so one
/// shared common word moves a score little and a statement worded like a
/// corrected one moves as far as it did.
fn norm(f: &BTreeSet<String>) -> f32 {
    1.0 / (f.len().max(1) as f32).sqrt()
}

fn dot(w: Option<&BTreeMap<String, f32>>, f: &BTreeSet<String>) -> f32 {
    match w {
        Some(w) => f.iter().filter_map(|x| w.get(x)).sum::<f32>() * norm(f),
        None => 0.0,
    }
}

fn stance_key(s: Stance) -> &'static str {
    s.label()
}

impl Model {
    /// Trains on the user's corrections; `lexicon` gives the topics.
    pub fn train(lexicon: &TopicLexicon, data: &[Labelled], trained_on: u64) -> Model {
        let feats: Vec<BTreeSet<String>> = data.iter().map(|d| features(&d.example.text).0).collect();
        let mut model = Model { examples: data.len(), trained_on, ..Default::default() };
        // a perceptron with a margin: each mistake moves the weights just
        // enough, so statements worded like a corrected one follow it
        let mut topic_w: BTreeMap<String, BTreeMap<String, f32>> = BTreeMap::new();
        let mut stance_w: BTreeMap<String, BTreeMap<String, f32>> = BTreeMap::new();
        let add = |m: &mut BTreeMap<String, BTreeMap<String, f32>>, k: &str, f: &BTreeSet<String>, by: f32| {
            let w = m.entry(k.to_string()).or_default();
            let by = by * norm(f);
            for x in f {
                *w.entry(x.clone()).or_insert(0.0) += by;
            }
        };
        for _ in 0..EPOCHS {
            let mut mistakes = 0;
            for (d, f) in data.iter().zip(&feats) {
                for t in &lexicon.topics {
                    let rule = if d.example.rule_topics.contains(&t.id) { ANCHOR } else { -ANCHOR };
                    let gold = if d.topics.contains(&t.id) { 1.0 } else { -1.0 };
                    let score = rule + dot(topic_w.get(&t.id), f);
                    if score * gold < MARGIN {
                        mistakes += 1;
                        add(&mut topic_w, &t.id, f, STEP * gold);
                    }
                }
                for (topic, gold) in &d.stance {
                    let rule = d.example.rule_stance.get(topic).copied().unwrap_or(Stance::Neutral);
                    let scores: Vec<(Stance, f32)> = Stance::ALL
                        .iter()
                        .map(|&s| {
                            let anchor = if s == rule { ANCHOR } else { 0.0 };
                            (s, anchor + dot(stance_w.get(stance_key(s)), f))
                        })
                        .collect();
                    let gold_score = scores.iter().find(|(s, _)| s == gold).map_or(0.0, |x| x.1);
                    let rival = scores
                        .iter()
                        .filter(|(s, _)| s != gold)
                        .max_by(|a, b| a.1.total_cmp(&b.1))
                        .copied()
                        .expect("three stances");
                    if gold_score - rival.1 < MARGIN {
                        mistakes += 1;
                        add(&mut stance_w, stance_key(*gold), f, STEP);
                        add(&mut stance_w, stance_key(rival.0), f, -STEP);
                    }
                }
            }
            if mistakes == 0 {
                break;
            }
        }
        model.topic_weights = prune(topic_w);
        model.stance_weights = prune(stance_w);
        model
    }

    pub fn is_empty(&self) -> bool {
        self.topic_weights.is_empty() && self.stance_weights.is_empty()
    }

    /// What the model would say about a statement; `None` when it agrees
    /// with the rules.
    pub fn suggest(&self, lexicon: &TopicLexicon, ex: &Example) -> Option<Suggestion> {
        if self.is_empty() {
            return None;
        }
        let (f, surface) = features(&ex.text);
        let mut topics = Vec::new();
        let mut pushed: BTreeMap<String, f32> = BTreeMap::new();
        for t in &lexicon.topics {
            let rule = if ex.rule_topics.contains(&t.id) { ANCHOR } else { -ANCHOR };
            let w = self.topic_weights.get(&t.id);
            if rule + dot(w, &f) > 0.0 {
                topics.push(t.id.clone());
            }
            if let Some(w) = w {
                for x in &f {
                    if let Some(v) = w.get(x) {
                        *pushed.entry(x.clone()).or_insert(0.0) += v.abs();
                    }
                }
            }
        }
        let mut stance = BTreeMap::new();
        for id in &topics {
            let Some(t) = lexicon.topic(id) else { continue };
            if !t.has_stance() {
                continue;
            }
            let rule = ex.rule_stance.get(id).copied().unwrap_or(Stance::Neutral);
            // a topic the rules did not tag has no rule stance: neutral
            let best = Stance::ALL
                .iter()
                .map(|&s| {
                    let anchor = if s == rule { ANCHOR } else { 0.0 };
                    (s, anchor + dot(self.stance_weights.get(stance_key(s)), &f))
                })
                .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| (b.0 == rule).cmp(&(a.0 == rule)).reverse()))
                .map(|x| x.0)
                .unwrap_or(rule);
            stance.insert(id.clone(), best);
            for w in self.stance_weights.values() {
                for x in &f {
                    if let Some(v) = w.get(x) {
                        *pushed.entry(x.clone()).or_insert(0.0) += v.abs() * 0.5;
                    }
                }
            }
        }
        let rule_stance: BTreeMap<String, Stance> =
            ex.rule_stance.iter().filter(|(k, _)| topics.contains(k)).map(|(k, v)| (k.clone(), *v)).collect();
        let same_topics = topics == ex.rule_topics;
        let same_stance = stance.iter().all(|(k, v)| rule_stance.get(k).copied().unwrap_or(Stance::Neutral) == *v);
        if same_topics && same_stance {
            return None;
        }
        let mut because: Vec<(String, f32)> = pushed.into_iter().collect();
        because.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let because = because.into_iter().take(3).filter_map(|(k, _)| surface.get(&k).cloned()).collect();
        Some(Suggestion { topics, stance, because })
    }
}

fn prune(w: BTreeMap<String, BTreeMap<String, f32>>) -> BTreeMap<String, BTreeMap<String, f32>> {
    w.into_iter()
        .map(|(k, ws)| (k, ws.into_iter().filter(|(_, v)| v.abs() > 1e-4).collect::<BTreeMap<_, _>>()))
        .filter(|(_, ws)| !ws.is_empty())
        .collect()
}

/// A fingerprint of the corrections, to know when the model is stale.
pub fn fingerprint(data: &[Labelled]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |s: &str| {
        for b in s.as_bytes() {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    for d in data {
        feed(&d.example.text);
        for t in &d.topics {
            feed(t);
        }
        for (t, s) in &d.stance {
            feed(t);
            feed(s.label());
        }
    }
    if data.is_empty() { 0 } else { h | 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(text: &str, topics: &[&str], stance: &[(&str, Stance)]) -> Example {
        Example {
            text: text.into(),
            rule_topics: topics.iter().map(|s| s.to_string()).collect(),
            rule_stance: stance.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        }
    }

    #[test]
    fn without_corrections_it_agrees_with_the_rules() {
        let lex = TopicLexicon::builtin();
        let m = Model::train(&lex, &[], 0);
        assert!(m.is_empty());
        assert!(m.suggest(&lex, &ex("The delegations met again.", &["peace-talks"], &[])).is_none());
    }

    #[test]
    fn a_correction_moves_statements_worded_alike_and_not_others() {
        let lex = TopicLexicon::builtin();
        // the analyst files talk of the corridor for freighters under grain
        let corrected = Labelled {
            example: ex("The freighter corridor must stay open for every cargo ship", &[], &[]),
            topics: vec!["grain-food".into()],
            stance: BTreeMap::new(),
        };
        let m = Model::train(&lex, &[corrected], 7);
        assert_eq!(m.trained_on, 7);
        let alike = m.suggest(&lex, &ex("Keep the freighter corridor open for cargo ships, he said", &[], &[]));
        assert_eq!(alike.map(|s| s.topics), Some(vec!["grain-food".to_string()]));
        let other = m.suggest(&lex, &ex("The minister will visit Paris on Friday", &[], &[]));
        assert!(other.is_none(), "{other:?}");
    }

    #[test]
    fn stance_corrections_teach_the_words_of_taking_a_side() {
        let lex = TopicLexicon::builtin();
        let neutral = [("peace-talks", Stance::Neutral)];
        let data = vec![Labelled {
            example: ex("a truce now would be a gift to the aggressor", &["peace-talks"], &neutral),
            topics: vec!["peace-talks".into()],
            stance: BTreeMap::from([("peace-talks".to_string(), Stance::Against)]),
        }];
        let m = Model::train(&lex, &data, 1);
        let s = m.suggest(&lex, &ex("any pause would be a gift to the aggressor", &["peace-talks"], &neutral));
        assert_eq!(s.map(|s| s.stance.get("peace-talks").copied()), Some(Some(Stance::Against)));
    }

    #[test]
    fn fingerprints_tell_corrections_apart() {
        let a = Labelled { example: ex("x y", &[], &[]), topics: vec!["energy".into()], stance: BTreeMap::new() };
        let mut b = a.clone();
        b.topics = vec!["sanctions".into()];
        assert_ne!(fingerprint(std::slice::from_ref(&a)), fingerprint(&[b]));
        assert_eq!(fingerprint(std::slice::from_ref(&a)), fingerprint(&[a]));
        assert_eq!(fingerprint(&[]), 0);
    }
}
