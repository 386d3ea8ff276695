//! One statement, many outlets: grouping statements that are the same
//! words of the same speaker carried by several articles.
//!
//! Agencies and newspapers re-report a quote: whole, trimmed to its first
//! sentence, re-punctuated, turned into reported speech ("we will" becomes
//! "Moscow would"), or cut together with a line of its own. Shown once per
//! article, one remark of a press secretary fills a cell; shown once per
//! group, the cell says what was said and how widely it was carried.
//!
//! How two statements are judged the same:
//! - only statements of the same speaker are compared (the catalogue's
//!   spelling when the speaker was resolved, so "Peskov" and "Dmitry
//!   Peskov" meet), and of the same language;
//! - each is reduced to the stems of its content words (function words
//!   dropped, so "we will not" and "they would not" keep only "not");
//! - words are weighed by how rare they are among all the statements
//!   (inverse document frequency): sharing "sanctions" says little in a
//!   session about sanctions, sharing "grain" and "corridor" says much;
//! - the score blends containment (the weight of the shared words over the
//!   smaller statement's: a trimmed cut is fully contained in the whole)
//!   with the Dice overlap (over both: two different remarks that share a
//!   few words stay apart), and a statement joins the group whose members
//!   it resembles most when the score passes [`THRESHOLD`].
//!
//! The analyst's word is final: a statement split off a group (pinned
//! alone) is never grouped again by the machine, and one merged into
//! another's group stays with it ([`GroupPin`], kept in the statement's
//! annotation so undo and saving cover it).

use crate::session::StatementKey;
use crate::topics::matcher::{LangStemmer, stemmer_for, words};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What the analyst decided about a statement's group.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GroupPin {
    /// Split off: a group of its own, whatever the words say.
    Alone,
    /// Merged: in the group of this statement.
    With(StatementKey),
}

/// A statement as grouping sees it.
#[derive(Debug, Clone)]
pub struct Item {
    pub key: StatementKey,
    /// Who said it, as [`speaker_key`] gives it; statements without a
    /// speaker are not grouped by the machine.
    pub speaker: Option<String>,
    /// The article's language code ("en", "ru", "uk", or empty).
    pub lang: String,
    pub text: String,
    pub pin: Option<GroupPin>,
}

/// The groups of a session: every statement in a group with others, by
/// key. Statements found nowhere here stand alone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Groups {
    /// Groups of two or more, each in the order of the items given, the
    /// groups in the order of their first member.
    pub groups: Vec<Vec<StatementKey>>,
    of: HashMap<StatementKey, u32>,
}

impl Groups {
    /// The group a statement is in, if it is in one with others.
    pub fn group_of(&self, key: &StatementKey) -> Option<usize> {
        self.of.get(key).map(|&g| g as usize)
    }

    /// The other statements of its group (empty when it stands alone).
    pub fn others<'a>(&'a self, key: &'a StatementKey) -> impl Iterator<Item = &'a StatementKey> + 'a {
        self.group_of(key).into_iter().flat_map(move |g| self.groups[g].iter().filter(move |k| *k != key))
    }

    /// The members of a statement's group, itself included (just itself
    /// when it stands alone).
    pub fn members(&self, key: &StatementKey) -> Vec<StatementKey> {
        match self.group_of(key) {
            Some(g) => self.groups[g].clone(),
            None => vec![key.clone()],
        }
    }

    /// How many statements are in groups with others.
    pub fn grouped(&self) -> usize {
        self.of.len()
    }

    fn from_clusters(mut clusters: Vec<Vec<usize>>, items: &[Item]) -> Groups {
        clusters.retain(|c| c.len() > 1);
        for c in &mut clusters {
            c.sort_unstable();
        }
        clusters.sort_unstable_by_key(|c| c[0]);
        let mut of = HashMap::new();
        let groups = clusters
            .iter()
            .enumerate()
            .map(|(g, c)| {
                c.iter()
                    .map(|&i| {
                        of.insert(items[i].key.clone(), g as u32);
                        items[i].key.clone()
                    })
                    .collect()
            })
            .collect();
        Groups { groups, of }
    }
}

/// The score from which two statements are the same remark (0..1).
pub const THRESHOLD: f32 = 0.6;

/// Who said it, as grouping compares speakers: the last word of the name,
/// folded. Without a name there is no key: an actor speaks through many
/// people, so the actor alone does not say two statements are one remark.
pub fn speaker_key(speaker: Option<&str>) -> Option<String> {
    let s = speaker?.trim();
    if s.is_empty() {
        return None;
    }
    // "the Kremlin spokesman Dmitry Peskov" and "Peskov": the last word of
    // the name is what reports keep
    let last = words(s).last()?.1;
    Some(crate::lang::fold_search(last))
}

/// Words that carry no content of their own, in the three languages.
const FUNCTION_WORDS: &[&str] = &[
    // English
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "as",
    "into",
    "about",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "we",
    "our",
    "us",
    "they",
    "their",
    "them",
    "he",
    "his",
    "him",
    "she",
    "her",
    "i",
    "my",
    "me",
    "you",
    "your",
    "which",
    "who",
    "what",
    "there",
    "here",
    "so",
    "also",
    "than",
    "then",
    "said",
    "says",
    "say",
    "told",
    "added",
    "according",
    // Russian
    "и",
    "в",
    "во",
    "на",
    "с",
    "со",
    "по",
    "к",
    "ко",
    "о",
    "об",
    "от",
    "до",
    "из",
    "за",
    "для",
    "что",
    "это",
    "как",
    "а",
    "но",
    "же",
    "бы",
    "мы",
    "наш",
    "наши",
    "они",
    "их",
    "он",
    "его",
    "она",
    "ее",
    "её",
    "я",
    "вы",
    "который",
    "которые",
    "будет",
    "будут",
    "был",
    "была",
    "были",
    "быть",
    "есть",
    "также",
    "то",
    "так",
    "заявил",
    "заявила",
    "сказал",
    "сказала",
    "отметил",
    "отметила",
    // Ukrainian
    "і",
    "й",
    "та",
    "у",
    "з",
    "із",
    "зі",
    "до",
    "від",
    "що",
    "це",
    "як",
    "але",
    "ми",
    "наші",
    "вони",
    "їх",
    "він",
    "його",
    "вона",
    "її",
    "який",
    "які",
    "буде",
    "будуть",
    "був",
    "була",
    "були",
    "бути",
    "є",
    "також",
    "заявив",
    "заявила",
    "сказав",
    "сказала",
    "зазначив",
    "зазначила",
];

/// The weighed content words of one statement.
struct Bag {
    /// Interned stems, sorted, each once.
    words: Vec<u32>,
}

/// Groups statements (see the module comment for how).
pub fn group(items: &[Item]) -> Groups {
    let function: std::collections::HashSet<&str> = FUNCTION_WORDS.iter().copied().collect();
    let mut stemmers: HashMap<String, Option<LangStemmer>> = HashMap::new();
    let mut intern: HashMap<String, u32> = HashMap::new();
    // each word as written, per language, to its stem's number (or none
    // for a function word): news repeats its words, stemming is dear
    let mut seen: HashMap<(String, String), Option<u32>> = HashMap::new();
    let mut key = (String::new(), String::new());
    let bags: Vec<Bag> = items
        .iter()
        .map(|it| {
            let mut ws: Vec<u32> = Vec::new();
            for (_, w) in words(&it.text) {
                key.0.clear();
                key.0.push_str(&it.lang);
                key.1.clear();
                key.1.push_str(w);
                let id = match seen.get(&key) {
                    Some(id) => *id,
                    None => {
                        let folded = crate::lang::fold_search(w);
                        let id = if function.contains(folded.as_str()) {
                            None
                        } else {
                            let stemmer = stemmers.entry(it.lang.clone()).or_insert_with(|| stemmer_for(&it.lang));
                            let stem = match stemmer {
                                Some(s) => s.stem(&folded).into_owned(),
                                None => folded,
                            };
                            let n = intern.len() as u32;
                            Some(*intern.entry(stem).or_insert(n))
                        };
                        seen.insert(key.clone(), id);
                        id
                    }
                };
                ws.extend(id);
            }
            ws.sort_unstable();
            ws.dedup();
            Bag { words: ws }
        })
        .collect();
    // inverse document frequency over all statements
    let mut df = vec![0u32; intern.len()];
    for b in &bags {
        for &w in &b.words {
            df[w as usize] += 1;
        }
    }
    let n = items.len().max(1) as f32;
    let idf: Vec<f32> = df.iter().map(|&d| (1.0 + n / d.max(1) as f32).ln()).collect();
    let weight = |b: &Bag| -> f32 { b.words.iter().map(|&w| idf[w as usize]).sum() };
    let weights: Vec<f32> = bags.iter().map(weight).collect();

    // statements by speaker and language; the pinned-alone stay out
    let mut parts: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        if it.pin == Some(GroupPin::Alone) || bags[i].words.is_empty() {
            continue;
        }
        if let Some(sp) = &it.speaker {
            parts.entry((sp.as_str(), it.lang.as_str())).or_default().push(i);
        }
    }
    let mut parts: Vec<Vec<usize>> = parts.into_values().collect();
    parts.sort_unstable_by_key(|p| p[0]);

    // cluster of each item (usize::MAX: none yet)
    let mut cluster_of = vec![usize::MAX; items.len()];
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    for mut part in parts {
        // the fullest version first, so the trimmed cuts find it
        part.sort_unstable_by(|&a, &b| bags[b].words.len().cmp(&bags[a].words.len()).then(a.cmp(&b)));
        // word -> clusters (of this speaker) holding it
        let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut shared: HashMap<usize, f32> = HashMap::new();
        for &i in &part {
            shared.clear();
            for &w in &bags[i].words {
                if let Some(cs) = index.get(&w) {
                    for &c in cs {
                        *shared.entry(c).or_default() += idf[w as usize];
                    }
                }
            }
            // only clusters sharing enough weight can pass; compare with
            // their members
            let floor = THRESHOLD * 0.5 * weights[i];
            let mut best: Option<(usize, f32)> = None;
            let mut candidates: Vec<(usize, f32)> = shared.iter().map(|(&c, &s)| (c, s)).collect();
            candidates.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            for (c, s) in candidates {
                if s < floor.min(THRESHOLD * weights[i]) && best.is_some() {
                    break;
                }
                let score = clusters[c]
                    .iter()
                    .take(8)
                    .map(|&j| score(&bags[i], &bags[j], weights[i], weights[j], &idf))
                    .fold(0.0f32, f32::max);
                if score >= THRESHOLD && best.is_none_or(|(_, b)| score > b) {
                    best = Some((c, score));
                }
            }
            let c = match best {
                Some((c, _)) => {
                    clusters[c].push(i);
                    c
                }
                None => {
                    clusters.push(vec![i]);
                    clusters.len() - 1
                }
            };
            cluster_of[i] = c;
            for &w in &bags[i].words {
                let list = index.entry(w).or_default();
                if list.last() != Some(&c) && !list.contains(&c) {
                    list.push(c);
                }
            }
        }
    }
    // the rest stand alone
    for (i, c) in cluster_of.iter_mut().enumerate() {
        if *c == usize::MAX {
            clusters.push(vec![i]);
            *c = clusters.len() - 1;
        }
    }
    // the analyst's merges
    let by_key: HashMap<&StatementKey, usize> = items.iter().enumerate().map(|(i, it)| (&it.key, i)).collect();
    let mut parent: Vec<usize> = (0..clusters.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (i, it) in items.iter().enumerate() {
        if let Some(GroupPin::With(anchor)) = &it.pin
            && let Some(&j) = by_key.get(anchor)
        {
            let (a, b) = (find(&mut parent, cluster_of[i]), find(&mut parent, cluster_of[j]));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut merged: HashMap<usize, Vec<usize>> = HashMap::new();
    for (c, members) in clusters.into_iter().enumerate() {
        let root = find(&mut parent, c);
        merged.entry(root).or_default().extend(members);
    }
    Groups::from_clusters(merged.into_values().collect(), items)
}

/// How alike two statements are (0..1), from their weighed words.
fn score(a: &Bag, b: &Bag, wa: f32, wb: f32, idf: &[f32]) -> f32 {
    let (mut i, mut j, mut common) = (0, 0, 0.0f32);
    let (mut n_common, n_small) = (0usize, a.words.len().min(b.words.len()));
    while i < a.words.len() && j < b.words.len() {
        match a.words[i].cmp(&b.words[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += idf[a.words[i] as usize];
                n_common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    if n_common == 0 {
        return 0.0;
    }
    let contain = common / wa.min(wb).max(f32::EPSILON);
    let dice = 2.0 * common / (wa + wb).max(f32::EPSILON);
    // a few shared words prove little: a cut of two or three words is
    // judged by the overlap over both alone
    if n_small < 4 {
        return dice;
    }
    0.5 * contain + 0.5 * dice
}

/// Identifies what grouping reads: equal fingerprints, equal groups. Made
/// of each article's [`article_hash`], so that a workspace can keep those
/// and tell after an edit whether grouping must run again without reading
/// every statement ([`combine`]).
pub fn fingerprint(items: &[Item]) -> u64 {
    combine(items.chunk_by(|a, b| a.key.article == b.key.article).map(article_hash))
}

/// What grouping reads of one article's items (all of the same article);
/// 0 for none.
pub fn article_hash(items: &[Item]) -> u64 {
    use std::hash::{Hash, Hasher};
    if items.is_empty() {
        return 0;
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    items.len().hash(&mut h);
    for it in items {
        it.key.hash(&mut h);
        it.speaker.hash(&mut h);
        it.lang.hash(&mut h);
        it.text.hash(&mut h);
        it.pin.hash(&mut h);
    }
    h.finish().max(1)
}

/// The fingerprint of articles given by their [`article_hash`] in order
/// (articles with nothing to group, 0, leave no trace).
pub fn combine(article_hashes: impl Iterator<Item = u64>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut n = 0usize;
    for a in article_hashes.filter(|&a| a != 0) {
        a.hash(&mut h);
        n += 1;
    }
    n.hash(&mut h);
    // 0 means "not grouped yet"
    h.finish().max(1)
}

/// A piece of a word diff between two versions of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Diff {
    /// In both.
    Same,
    /// Only in the version compared with (missing from the other).
    Dropped,
    /// Only in the other version.
    Added,
}

/// How `other` differs from `base`, word by word: the pieces in reading
/// order, runs of one kind joined, whitespace kept.
pub fn word_diff(base: &str, other: &str) -> Vec<(Diff, String)> {
    let diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .timeout(std::time::Duration::from_millis(50))
        .diff_words(base, other);
    let mut out: Vec<(Diff, String)> = Vec::new();
    for ch in diff.iter_all_changes() {
        let tag = match ch.tag() {
            similar::ChangeTag::Equal => Diff::Same,
            similar::ChangeTag::Delete => Diff::Dropped,
            similar::ChangeTag::Insert => Diff::Added,
        };
        let piece: &str = ch.value();
        match out.last_mut() {
            Some((t, prev)) if *t == tag => prev.push_str(piece),
            _ => out.push((tag, piece.to_string())),
        }
    }
    out
}

/// Pairwise precision and recall of a grouping against gold labels (one
/// label per item; items with the same label belong together): of the
/// pairs put together, how many belong together, and of the pairs that
/// belong together, how many were put together. 1.0 where there is nothing
/// to count.
pub fn pairwise(predicted: &[usize], gold: &[&str]) -> (f64, f64) {
    assert_eq!(predicted.len(), gold.len());
    let (mut tp, mut pp, mut gp) = (0u64, 0u64, 0u64);
    for i in 0..predicted.len() {
        for j in i + 1..predicted.len() {
            let p = predicted[i] == predicted[j];
            let g = gold[i] == gold[j];
            tp += u64::from(p && g);
            pp += u64::from(p);
            gp += u64::from(g);
        }
    }
    let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    (ratio(tp, pp), ratio(tp, gp))
}

/// A group number per item (its own number when it stands alone), for
/// [`pairwise`].
pub fn labels(groups: &Groups, items: &[Item]) -> Vec<usize> {
    let alone = groups.groups.len();
    items.iter().enumerate().map(|(i, it)| groups.group_of(&it.key).unwrap_or(alone + i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::ArticleId;
    use crate::span::Span;

    fn item(n: usize, speaker: &str, text: &str) -> Item {
        Item {
            key: StatementKey { article: ArticleId(format!("{n:016x}")), span: Span::new(0, text.len()) },
            speaker: speaker_key(Some(speaker)),
            lang: "en".into(),
            text: text.into(),
            pin: None,
        }
    }

    fn together(g: &Groups, items: &[Item], a: usize, b: usize) -> bool {
        let (x, y) = (g.group_of(&items[a].key), g.group_of(&items[b].key));
        x.is_some() && x == y
    }

    fn sample() -> Vec<Item> {
        vec![
            item(
                0,
                "Maria Lindqvist",
                "The harbour stays closed to tankers until the inspectors finish their count of the damaged hulls, and nobody will change that date.",
            ),
            item(
                1,
                "Lindqvist",
                "The harbour stays closed to tankers until the inspectors finish their count of the damaged hulls.",
            ),
            item(
                2,
                "Lindqvist",
                "the harbour would stay closed to tankers until inspectors had finished counting the damaged hulls",
            ),
            item(
                3,
                "Maria Lindqvist",
                "The harbour will reopen for grain ships next week, whatever the inspectors say about tankers.",
            ),
            item(
                4,
                "Jonas Berg",
                "The harbour stays closed to tankers until the inspectors finish their count of the damaged hulls.",
            ),
        ]
    }

    #[test]
    fn a_trimmed_cut_and_a_paraphrase_join_the_full_quote() {
        let items = sample();
        let g = group(&items);
        assert!(together(&g, &items, 0, 1), "{g:?}");
        assert!(together(&g, &items, 0, 2), "{g:?}");
    }

    #[test]
    fn another_remark_of_the_same_speaker_stays_apart() {
        let items = sample();
        let g = group(&items);
        assert!(!together(&g, &items, 0, 3), "{g:?}");
    }

    #[test]
    fn the_same_words_from_another_speaker_stay_apart() {
        let items = sample();
        let g = group(&items);
        assert!(!together(&g, &items, 1, 4), "{g:?}");
        assert_eq!(g.group_of(&items[4].key), None);
    }

    #[test]
    fn statements_without_a_speaker_are_not_grouped() {
        let mut items = sample();
        items[1].speaker = None;
        let g = group(&items);
        assert_eq!(g.group_of(&items[1].key), None);
    }

    #[test]
    fn the_analyst_splits_and_merges() {
        let mut items = sample();
        items[1].pin = Some(GroupPin::Alone);
        items[3].pin = Some(GroupPin::With(items[0].key.clone()));
        let g = group(&items);
        assert_eq!(g.group_of(&items[1].key), None, "split off stays alone");
        assert!(together(&g, &items, 0, 3), "merged stays together");
        assert!(together(&g, &items, 0, 2));
        assert_eq!(g.members(&items[0].key).len(), 3);
        assert_eq!(g.others(&items[0].key).count(), 2);
    }

    #[test]
    fn word_diff_marks_what_each_version_lacks() {
        let d = word_diff("the port stays shut until May", "the port stays shut for now");
        let dropped: String = d.iter().filter(|(t, _)| *t == Diff::Dropped).map(|(_, s)| s.as_str()).collect();
        let added: String = d.iter().filter(|(t, _)| *t == Diff::Added).map(|(_, s)| s.as_str()).collect();
        assert!(dropped.contains("until") && dropped.contains("May"), "{d:?}");
        assert!(added.contains("for") && added.contains("now"), "{d:?}");
        assert!(d[0].0 == Diff::Same && d[0].1.starts_with("the port stays shut"), "{d:?}");
        // every word of the other version is shown once
        let shown: String = d.iter().filter(|(t, _)| *t != Diff::Dropped).map(|(_, s)| s.as_str()).collect();
        assert_eq!(
            shown.split_whitespace().collect::<Vec<_>>(),
            "the port stays shut for now".split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn pairwise_counts_pairs() {
        // predicted {0,1,2} {3}; gold {0,1} {2,3}
        let (p, r) = pairwise(&[0, 0, 0, 1], &["a", "a", "b", "b"]);
        assert!((p - 1.0 / 3.0).abs() < 1e-9);
        assert!((r - 0.5).abs() < 1e-9);
        assert_eq!(pairwise(&[0, 1], &["a", "b"]), (1.0, 1.0));
    }

    #[test]
    fn speaker_key_keeps_the_surname() {
        assert_eq!(speaker_key(Some("Dmitry Peskov")), speaker_key(Some("Peskov")));
        assert_eq!(speaker_key(Some("  ")), None);
        assert_eq!(speaker_key(None), None);
    }
}
