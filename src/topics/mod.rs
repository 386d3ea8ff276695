//! Topics and stance: what a statement is about, and whether the speaker is
//! for or against each topic's proposition.
//!
//! All of it is data (`assets/topics.ron`), edited by users and kept in
//! sessions: topics with a proposition and terms per language, and stance
//! cues per language. Tagging ([`TopicLexicon::analyze`]) weighs evidence:
//! terms in the statement's own words count fully, related words half,
//! and the statement's sentence and the article's headline and lead count
//! only to say what a word like "the talks" or "such a step" stands for.
//! Stance ([`stance`]) reads cue words, their negation, questions,
//! conditions and the reporting verb, and never the speaker. Every result
//! carries the words that decided it, for the inspector.

pub mod matcher;
pub mod stance;

use crate::span::Span;
use matcher::PhraseMatcher;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

pub use stance::Stance;

pub const DEFAULT_TOPICS_RON: &str = include_str!("../../assets/topics.ron");

/// The lexicon format this program writes.
pub const LEXICON_VERSION: u32 = 5;

/// Word lists per language code ("en", "ru", "uk").
pub type PerLanguage = BTreeMap<String, Vec<String>>;

/// Reads either a list (English, as version 1 lexicons wrote terms) or a
/// map from language to list.
fn per_language<'de, D: Deserializer<'de>>(d: D) -> Result<PerLanguage, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Repr {
        List(Vec<String>),
        Map(BTreeMap<String, Vec<String>>),
    }
    Ok(match Repr::deserialize(d)? {
        Repr::List(v) if v.is_empty() => PerLanguage::new(),
        Repr::List(v) => PerLanguage::from([("en".to_string(), v)]),
        Repr::Map(m) => m,
    })
}

/// One topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub name: String,
    /// What `favor` means: the statement a speaker can be for or against.
    /// Empty: the topic has no stance.
    #[serde(default)]
    pub proposition: String,
    /// Words and phrases that put a statement in this topic on their own.
    /// Words match every inflected form (stemming); a final `*` matches
    /// any word starting so, a leading `=` only the word itself.
    #[serde(default, deserialize_with = "per_language")]
    pub terms: PerLanguage,
    /// Weaker evidence: counts half, so it needs a second word, or the
    /// sentence or article being about the topic.
    #[serde(default, deserialize_with = "per_language")]
    pub related: PerLanguage,
    /// Phrases that name the topic the other way round: being for them is
    /// being against the proposition ("lifting sanctions", "neutrality").
    #[serde(default, deserialize_with = "per_language")]
    pub opposite: PerLanguage,
    /// Remarks that name no topic belong here when the headline names
    /// this topic among others: in a story headed by talks and a prisoner
    /// exchange, "no quick breakthrough should be expected" is about the
    /// talks (how they went, what comes next).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub remarks: bool,
}

impl Topic {
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Topic {
            id: id.into(),
            name: name.into(),
            proposition: String::new(),
            terms: PerLanguage::new(),
            related: PerLanguage::new(),
            opposite: PerLanguage::new(),
            remarks: false,
        }
    }

    pub fn has_stance(&self) -> bool {
        !self.proposition.trim().is_empty()
    }

    fn list(&self, which: TermKind, lang: &str) -> &[String] {
        let m = match which {
            TermKind::Term => &self.terms,
            TermKind::Related => &self.related,
            TermKind::Opposite => &self.opposite,
        };
        m.get(lang).map_or(&[], Vec::as_slice)
    }
}

/// Stance cues of one language. Each list holds words and phrases matched
/// as topic terms are.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Cues {
    /// The speaker is for what they are said of: "support", "welcome",
    /// "insist on", "no alternative to", "ready for".
    pub favor: Vec<String>,
    /// The speaker is against: "reject", "unacceptable", "a trick".
    pub against: Vec<String>,
    /// Obligation ("must", "should", "need to") and continuation
    /// ("continue"): for what follows, as its object; a condition on, or a
    /// report of, what precedes ("the deal must be prepared by experts",
    /// "the contacts continue"), so no stance there.
    pub modals: Vec<String>,
    /// Harm done by one thing to another ("undermine", "a threat to"): what
    /// comes after is defended, what comes before is rejected.
    pub harm: Vec<String>,
    /// Turn the cue or topic word after them round: "not", "never".
    pub negators: Vec<String>,
    /// Open a condition whose cues are not the speaker's position: "if".
    pub conditions: Vec<String>,
    /// Describe what the other side does, not where the speaker stands
    /// ("accused", "is not interested in", "violated"): no stance.
    pub accusations: Vec<String>,
    /// Words that start a new clause: "but", "while", "although".
    pub clause_breaks: Vec<String>,
    /// Words after which a topic is only the frame ("after a ceasefire",
    /// "since the annexation"): its words there count half.
    pub background: Vec<String>,
    /// Words that stand for something said before ("the decision", "such a
    /// step"): the sentence and the article say what the topic is.
    pub anaphora: Vec<String>,
    /// Actions that undo or give away what the topic word right after them
    /// names ("lifting [sanctions]", "a halt to [military aid]", "hand
    /// over [Donbas]", "recognise [Crimea] as Russian"): for the action is
    /// against the proposition, refusing it is for it.
    pub reversers: Vec<String>,
    /// Words that name what a denial depends on ("no settlement will hold
    /// without [guarantees]", "impossible unless …"): after a negation in
    /// the same clause, what follows them is asked for, and the negation is
    /// spent on them.
    pub requirements: Vec<String>,
    /// Words asking for more of the topic word right after them ("more
    /// interceptors", "additional air defence"): for it. Anywhere else
    /// they compare ("more than forty drones", "more expensive") and take
    /// no side.
    pub increments: Vec<String>,
    /// Words that report the fighting itself ("shelled", "drones", "were
    /// injured"): a statement with no topic word of its own that reports
    /// the fighting is about that, not about what its article's headline
    /// names.
    pub fighting: Vec<String>,
    /// Words that open a question put to the speaker, or a comment on
    /// something ("asked about", "asked whether", "commenting on"): a
    /// statement with no topic word of its own after them in its sentence
    /// answers the question, and is about what the question names, not
    /// about what the article's headline names.
    pub questions: Vec<String>,
    /// Greetings and thanks ("good morning", "thank you for having me"):
    /// a statement of these and names alone (an interview's first and
    /// last turns) is about nothing, whatever its article's headline
    /// names.
    pub courtesies: Vec<String>,
}

/// Every topic with its terms, and the stance cues.
#[derive(Debug, Clone, Serialize)]
pub struct TopicLexicon {
    pub version: u32,
    pub topics: Vec<Topic>,
    /// Stance cues per language.
    pub cues: BTreeMap<String, Cues>,
    #[serde(skip)]
    index: Option<Arc<Index>>,
}

/// The file form: version 1 lexicons had no propositions or cues.
#[derive(Deserialize)]
struct LexiconFile {
    #[serde(default = "one")]
    version: u32,
    topics: Vec<Topic>,
    #[serde(default)]
    cues: BTreeMap<String, Cues>,
}

fn one() -> u32 {
    1
}

impl<'de> Deserialize<'de> for TopicLexicon {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let f = LexiconFile::deserialize(d)?;
        let mut t = TopicLexicon { version: f.version, topics: f.topics, cues: f.cues, index: None };
        t.upgrade();
        t.reindex();
        Ok(t)
    }
}

impl PartialEq for TopicLexicon {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version && self.topics == other.topics && self.cues == other.cues
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TopicError {
    #[error("not a valid topic lexicon: {0}")]
    Parse(String),
    #[error("topic id {0:?} is used twice")]
    DuplicateId(String),
    #[error("a topic has an empty id")]
    EmptyId,
}

/// Which list of a topic a term comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TermKind {
    Term,
    Related,
    Opposite,
}

impl TermKind {
    pub fn weight(self) -> f32 {
        match self {
            TermKind::Term | TermKind::Opposite => 1.0,
            TermKind::Related => 0.5,
        }
    }
}

/// Kinds of stance cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    Favor,
    Against,
    Harm,
    Modal,
    Negator,
    Condition,
    Accusation,
    ClauseBreak,
    Anaphor,
    Background,
    Reverser,
    Requirement,
    Increment,
    Fighting,
    Question,
    Courtesy,
}

/// Matchers for one language.
#[derive(Debug)]
struct LangIndex {
    /// Topic words and stance cues in one matcher, so that each word of a
    /// text is looked up once for both: the first `term_info.len()`
    /// phrases are topic words, the rest cues.
    phrases: PhraseMatcher,
    /// Per topic word: topic index and list.
    term_info: Vec<(usize, TermKind)>,
    /// Per cue, after the topic words.
    cue_info: Vec<CueKind>,
}

#[derive(Debug, Default)]
struct Index {
    langs: BTreeMap<String, LangIndex>,
}

impl TopicLexicon {
    pub fn new(topics: Vec<Topic>) -> Self {
        let mut t = TopicLexicon { version: LEXICON_VERSION, topics, cues: BTreeMap::new(), index: None };
        t.upgrade();
        t.reindex();
        t
    }

    pub fn builtin() -> Self {
        Self::from_ron(DEFAULT_TOPICS_RON).expect("the built-in topic lexicon is valid")
    }

    pub fn from_ron(text: &str) -> Result<Self, TopicError> {
        let t: TopicLexicon = ron::from_str(text).map_err(|e| TopicError::Parse(e.to_string()))?;
        t.validate()?;
        Ok(t)
    }

    /// Ids are unique and not empty.
    pub fn validate(&self) -> Result<(), TopicError> {
        let mut seen = std::collections::HashSet::new();
        for topic in &self.topics {
            if topic.id.trim().is_empty() {
                return Err(TopicError::EmptyId);
            }
            if !seen.insert(topic.id.as_str()) {
                return Err(TopicError::DuplicateId(topic.id.clone()));
            }
        }
        Ok(())
    }

    /// Brings an older lexicon up to date: a version 1 lexicon (a session
    /// saved before stance existed) keeps its topics and terms, and the
    /// topics it shares with the built-in one get their proposition and
    /// the newer terms; a lexicon without cues gets the built-in cues.
    fn upgrade(&mut self) {
        if self.version >= LEXICON_VERSION && !self.cues.is_empty() {
            return;
        }
        let builtin: LexiconFile = match ron::from_str(DEFAULT_TOPICS_RON) {
            Ok(b) => b,
            Err(_) => return,
        };
        if self.cues.is_empty() {
            self.cues = builtin.cues.clone();
        }
        if self.version < 2 {
            // version 2: propositions, and the words of each built-in topic
            for t in &mut self.topics {
                let Some(b) = builtin.topics.iter().find(|b| b.id == t.id) else { continue };
                if t.proposition.is_empty() {
                    t.proposition = b.proposition.clone();
                }
                for (lang, words) in &b.terms {
                    let mine = t.terms.entry(lang.clone()).or_default();
                    for w in words {
                        if !mine.contains(w) {
                            mine.push(w.clone());
                        }
                    }
                }
                for (mine, theirs) in [(&mut t.related, &b.related), (&mut t.opposite, &b.opposite)] {
                    if mine.is_empty() {
                        *mine = theirs.clone();
                    }
                }
            }
        }
        if self.version < 3 {
            // version 3: the topic that takes remarks, and the words that
            // report the fighting; the words a user kept stay as they are
            if !self.topics.iter().any(|t| t.remarks) {
                for t in &mut self.topics {
                    t.remarks = builtin.topics.iter().any(|b| b.id == t.id && b.remarks);
                }
            }
            for (lang, c) in &mut self.cues {
                if c.fighting.is_empty()
                    && let Some(b) = builtin.cues.get(lang)
                {
                    c.fighting = b.fighting.clone();
                }
            }
        }
        if self.version < 4 {
            // version 4: the words that open a question put to the
            // speaker; the words a user kept stay as they are
            for (lang, c) in &mut self.cues {
                if c.questions.is_empty()
                    && let Some(b) = builtin.cues.get(lang)
                {
                    c.questions = b.questions.clone();
                }
            }
        }
        if self.version < 5 {
            // version 5: greetings and thanks; the words a user kept stay
            // as they are
            for (lang, c) in &mut self.cues {
                if c.courtesies.is_empty()
                    && let Some(b) = builtin.cues.get(lang)
                {
                    c.courtesies = b.courtesies.clone();
                }
            }
        }
        self.version = self.version.max(LEXICON_VERSION);
    }

    /// Rebuilds the matchers; call after editing `topics` or `cues`.
    pub fn reindex(&mut self) {
        let mut langs: Vec<String> = self.cues.keys().cloned().collect();
        for t in &self.topics {
            for m in [&t.terms, &t.related, &t.opposite] {
                langs.extend(m.keys().cloned());
            }
        }
        langs.sort();
        langs.dedup();
        let mut index = Index::default();
        for lang in langs {
            let mut phrases: Vec<&str> = Vec::new();
            let mut term_info = Vec::new();
            for (ti, t) in self.topics.iter().enumerate() {
                for kind in [TermKind::Term, TermKind::Related, TermKind::Opposite] {
                    for p in t.list(kind, &lang) {
                        phrases.push(p);
                        term_info.push((ti, kind));
                    }
                }
            }
            let mut cue_phrases: Vec<&str> = Vec::new();
            let mut cue_info = Vec::new();
            if let Some(c) = self.cues.get(&lang) {
                for (list, kind) in [
                    (&c.favor, CueKind::Favor),
                    (&c.against, CueKind::Against),
                    (&c.harm, CueKind::Harm),
                    (&c.modals, CueKind::Modal),
                    (&c.negators, CueKind::Negator),
                    (&c.conditions, CueKind::Condition),
                    (&c.accusations, CueKind::Accusation),
                    (&c.clause_breaks, CueKind::ClauseBreak),
                    (&c.anaphora, CueKind::Anaphor),
                    (&c.background, CueKind::Background),
                    (&c.reversers, CueKind::Reverser),
                    (&c.requirements, CueKind::Requirement),
                    (&c.increments, CueKind::Increment),
                    (&c.fighting, CueKind::Fighting),
                    (&c.questions, CueKind::Question),
                    (&c.courtesies, CueKind::Courtesy),
                ] {
                    for p in list {
                        cue_phrases.push(p);
                        cue_info.push(kind);
                    }
                }
            }
            phrases.extend(cue_phrases);
            index
                .langs
                .insert(lang.clone(), LangIndex { phrases: PhraseMatcher::new(&lang, &phrases), term_info, cue_info });
        }
        self.index = Some(Arc::new(index));
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.topics.iter().position(|t| t.id == id)
    }

    fn lang_index(&self, lang: &str) -> Option<&LangIndex> {
        let idx = self.index.as_ref()?;
        idx.langs.get(lang).or_else(|| idx.langs.get("en"))
    }

    /// Topic indices for a piece of text alone (no context), in lexicon
    /// order: for statements added by hand and for quick checks.
    pub fn tag(&self, text: &str) -> Vec<usize> {
        let ctx = ArticleContext::new(self, text);
        self.analyze(text, &[Span::new(0, text.len())], &ctx).topics.iter().map(|f| f.topic).collect()
    }

    /// Tags every statement of an article with topics and stance: the one
    /// call extraction makes.
    pub fn annotate(&self, text: &str, statements: &mut [crate::extract::Statement]) {
        self.annotate_in(text, detect_language(text), statements);
    }

    /// [`Self::annotate`] of a text whose reading language
    /// ([`detect_language`]) is already known to be `lang`: extraction
    /// has counted the text's letters before, and does not count them
    /// again.
    pub fn annotate_in(&self, text: &str, lang: &str, statements: &mut [crate::extract::Statement]) {
        if statements.is_empty() {
            return;
        }
        // each statement reads its own sentence and the one before: only
        // those are searched (with the lead), not the whole article
        type Read = (Vec<Span>, Option<(Span, Span)>);
        let reads: Vec<Read> = statements
            .iter()
            .map(|s| {
                let parts = usable(text, &s.parts());
                let read = (!parts.is_empty()).then(|| reading(text, &parts));
                (parts, read)
            })
            .collect();
        let regions: Vec<Span> = reads.iter().filter_map(|(_, r)| r.map(|(_, read)| read)).collect();
        let ctx = ArticleContext::searching_in(self, text, lang, &regions, true);
        for (s, (parts, read)) in statements.iter_mut().zip(&reads) {
            let Some((sentence, read)) = *read else {
                s.topics = Vec::new();
                s.stance = Default::default();
                continue;
            };
            let a = self.analyze_read(text, parts, (sentence, read), s.cue, &ctx, None);
            s.topics = a.topics.iter().map(|f| self.topics[f.topic].id.clone()).collect();
            s.stance = a
                .topics
                .iter()
                .filter_map(|f| f.stance.as_ref().map(|st| (self.topics[f.topic].id.clone(), st.stance)))
                .collect();
        }
    }

    /// Why a statement of `text` has its topics and stance: the analysis
    /// with every deciding word, for the inspector.
    pub fn explain(&self, text: &str, s: &crate::extract::Statement) -> Analysis {
        let parts = s.parts();
        let ctx = ArticleContext::for_statement(self, text, &parts);
        self.analyze_with_cue(text, &parts, s.cue, &ctx, None)
    }

    /// The stance the rules read in a statement toward `topics` (indices),
    /// whether or not they would tag them: for topics the user added.
    pub fn stance_for(&self, text: &str, s: &crate::extract::Statement, topics: &[usize]) -> Vec<(String, Stance)> {
        let parts = s.parts();
        let ctx = ArticleContext::for_statement(self, text, &parts);
        let a = self.analyze_with_cue(text, &parts, s.cue, &ctx, Some(topics));
        a.topics
            .iter()
            .filter_map(|f| f.stance.as_ref().map(|st| (self.topics[f.topic].id.clone(), st.stance)))
            .collect()
    }

    /// Topics and stance of the statement whose content is `parts` of
    /// `text`.
    pub fn analyze(&self, text: &str, parts: &[Span], ctx: &ArticleContext) -> Analysis {
        self.analyze_with_cue(text, parts, None, ctx, None)
    }

    fn analyze_with_cue(
        &self,
        text: &str,
        parts: &[Span],
        cue: Option<Span>,
        ctx: &ArticleContext,
        forced: Option<&[usize]>,
    ) -> Analysis {
        if self.lang_index(&ctx.lang).is_none() {
            return Analysis::default();
        }
        let parts = usable(text, parts);
        if parts.is_empty() {
            return Analysis::default();
        }
        self.analyze_read(text, &parts, reading(text, &parts), cue, ctx, forced)
    }

    /// [`Self::analyze_with_cue`] of usable, non-empty `parts` whose
    /// sentence and reading ([`reading`]) are known.
    fn analyze_read(
        &self,
        text: &str,
        parts: &[Span],
        (sentence, read): (Span, Span),
        cue: Option<Span>,
        ctx: &ArticleContext,
        forced: Option<&[usize]>,
    ) -> Analysis {
        if self.lang_index(&ctx.lang).is_none() {
            return Analysis::default();
        }
        let Some(first) = parts.first().copied() else { return Analysis::default() };
        // topic words of the sentences, content and the rest apart
        // room for the usual few hits without growing
        let mut content_hits: Vec<TermHit> = Vec::with_capacity(8);
        let mut context_hits: Vec<TermHit> = Vec::with_capacity(8);
        for &h in ctx.terms_in(read) {
            if parts.iter().any(|p| p.contains(&h.span)) {
                content_hits.push(h);
            } else if !parts.iter().any(|p| p.overlaps(&h.span)) {
                context_hits.push(h);
            }
        }
        drop_covered(&mut content_hits);
        drop_covered(&mut context_hits);
        let mut context_score = vec![0.0f32; self.topics.len()];
        for h in &context_hits {
            // the sentence itself counts fully, the one before half
            context_score[h.topic] += h.kind.weight() * if h.span.start >= sentence.start { 1.0 } else { 0.5 };
        }
        // cue words of the statement and the words that introduce it
        let lead_in = lead_in(ctx, text, sentence, first, cue);
        let mut cue_hits: Vec<CueHit> = Vec::with_capacity(8);
        for region in std::iter::once(lead_in).chain(parts.iter().copied()) {
            if region.is_empty() {
                continue;
            }
            for &(kind, span) in ctx.cues_in(region) {
                cue_hits.push(CueHit { kind, span, lead_in: region == lead_in });
            }
        }
        drop_covered_cues(&mut cue_hits);
        let has_anaphor = cue_hits.iter().any(|c| c.kind == CueKind::Anaphor && !c.lead_in);
        let mut score = vec![0.0f32; self.topics.len()];
        let mut evidence: Vec<Vec<Evidence>> = vec![Vec::new(); self.topics.len()];
        for h in &content_hits {
            // "after a ceasefire": the frame of the statement, not its claim
            // (the words of the background phrase itself are not the topic)
            // "missile strikes" report the fighting, not arms for it
            // (unless the topic's phrase holds them: "halt … strikes")
            if cue_hits.iter().any(|c| c.kind == CueKind::Background && c.span.overlaps(&h.span))
                || reports_fighting(h.span, cue_hits.iter().map(|c| (c.kind, c.span)))
            {
                continue;
            }
            let framed = cue_hits.iter().any(|c| {
                c.kind == CueKind::Background
                    && c.span.end <= h.span.start
                    && matcher::words(text.get(c.span.end..h.span.start).unwrap_or("")).count() <= 6
                    && !text.get(c.span.end..h.span.start).unwrap_or("").contains([',', ';', '.', ':'])
            });
            let w = h.kind.weight() * if framed { 0.5 } else { 1.0 };
            score[h.topic] += w;
            evidence[h.topic].push(Evidence { span: h.span, place: Place::Statement, kind: h.kind });
        }

        // related words only count twice over, or when the sentence or the
        // article (what its headline and lead are most about) is about the
        // topic too
        let headline_topic = ctx.main;
        for t in 0..self.topics.len() {
            if score[t] > 0.0 && score[t] < 1.0 {
                let around = context_score[t];
                if around >= 1.0 {
                    score[t] += 0.5;
                    evidence[t].push(Evidence { span: sentence, place: Place::Context, kind: TermKind::Related });
                } else if ctx.score[t] >= 1.0 && headline_topic == Some(t) {
                    // the article is about it: "the package" in a report
                    // headed by new sanctions is the sanctions package
                    score[t] += 0.5;
                    evidence[t].push(Evidence { span: ctx.lead, place: Place::Headline, kind: TermKind::Related });
                }
            }
        }
        // a statement that reports the fighting ("killed three civilians
        // and wounded eight, including two children") is about a topic
        // only by a word of the topic's own: its related words there name
        // the victims and the weapons of the attack (a related word that
        // is itself a word of the fighting, as in "take back wounded
        // soldiers", reports nothing else)
        let own_word =
            |t: usize| evidence[t].iter().any(|e| e.place == Place::Statement && e.kind != TermKind::Related);
        let reports_the_fighting = |t: usize| {
            cue_hits.iter().any(|c| {
                c.kind == CueKind::Fighting
                    && !c.lead_in
                    && !evidence[t].iter().any(|e| e.place == Place::Statement && e.span.overlaps(&c.span))
            })
        };
        let mut tagged: Vec<usize> = match forced {
            Some(f) => f.iter().copied().filter(|&t| t < self.topics.len()).collect(),
            None => (0..self.topics.len())
                .filter(|&t| score[t] >= 1.0 && (own_word(t) || !reports_the_fighting(t)))
                .collect(),
        };
        // nothing of its own, but a word that stands for something said
        // before: the topic the sentence, else the article, is about
        if tagged.is_empty() && has_anaphor && forced.is_none() {
            let best = |s: &[f32], min: f32| {
                s.iter()
                    .enumerate()
                    .filter(|(_, v)| **v >= min)
                    .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
                    .map(|(i, _)| i)
            };
            let pick = best(&context_score, 1.0)
                .map(|t| (t, Place::Context, read))
                .or_else(|| ctx.main.map(|t| (t, Place::Headline, ctx.lead)));
            if let Some((t, place, span)) = pick {
                tagged.push(t);
                score[t] = 1.0;
                evidence[t].push(Evidence { span, place, kind: TermKind::Term });
            }
        }
        // no topic word of its own, but the answer to a question put to the
        // speaker ("Asked whether new sanctions would follow, the
        // spokeswoman said all options were open"): what the question
        // names, not what the headline does
        if tagged.is_empty()
            && forced.is_none()
            && let Some(t) = asked_about(ctx, sentence, first, self.topics.len())
        {
            tagged.push(t.0);
            score[t.0] = 1.0;
            evidence[t.0].push(Evidence { span: t.1, place: Place::Context, kind: TermKind::Term });
        }
        // no topic word of its own and nothing to point back to: what the
        // article's headline names ("the mood in the room was good" in a
        // report headed by a round of talks), unless it reports the
        // fighting ("drones hit two villages overnight") or is courtesy
        // alone ("Thank you for having me")
        if tagged.is_empty()
            && forced.is_none()
            && !cue_hits.iter().any(|c| c.kind == CueKind::Fighting && !c.lead_in)
            && !courtesy_only(ctx, text, parts, &cue_hits)
            && let Some(t) = ctx.named
        {
            tagged.push(t);
            score[t] = 1.0;
            evidence[t].push(Evidence { span: ctx.lead, place: Place::Headline, kind: TermKind::Term });
        }
        let question = is_question(text, parts);
        let stances = stance::decide(self, ctx, text, parts, &tagged, &content_hits, &cue_hits, lead_in, question);
        let topics = tagged
            .iter()
            .map(|&t| TopicFinding {
                topic: t,
                score: score[t],
                evidence: std::mem::take(&mut evidence[t]),
                stance: if self.topics[t].has_stance() { stances.get(&t).cloned() } else { None },
            })
            .collect();
        Analysis { topics, sentence }
    }
}

impl Default for TopicLexicon {
    fn default() -> Self {
        Self::builtin()
    }
}

/// A topic word in the statement.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TermHit {
    pub topic: usize,
    pub kind: TermKind,
    pub span: Span,
}

/// A stance cue in the statement or the words introducing it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueHit {
    pub kind: CueKind,
    pub span: Span,
    /// In the words before the statement (the reporting verb).
    pub lead_in: bool,
}

/// Whether the statement of `parts` is courtesy alone ("Good morning,
/// Anna. Thank you for having me.", "Minister Holt, thank you."): a
/// greeting or thanks in it, and every other word a name (written with a
/// capital).
fn courtesy_only(ctx: &ArticleContext, text: &str, parts: &[Span], cue_hits: &[CueHit]) -> bool {
    let courtesies = || cue_hits.iter().filter(|c| c.kind == CueKind::Courtesy && !c.lead_in).map(|c| c.span);
    courtesies().next().is_some()
        && parts.iter().all(|&p| {
            ctx.words_in(text, p).all(|w| {
                courtesies().any(|c| c.contains(&w))
                    || text.get(w.start..).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase)
            })
        })
}

/// Keeps the longest of overlapping topic words of one topic ("security
/// guarantees" over "guarantees").
fn drop_covered(hits: &mut Vec<TermHit>) {
    // one word or none: nothing covers another
    if hits.len() < 2 {
        return;
    }
    let all = hits.clone();
    hits.retain(|h| {
        !all.iter()
            .any(|o| o.topic == h.topic && o.span != h.span && o.span.contains(&h.span) && o.span.len() > h.span.len())
    });
    hits.dedup_by(|a, b| a.topic == b.topic && a.span == b.span);
}

/// Keeps the longest of overlapping cues ("no alternative to" over "no").
fn drop_covered_cues(hits: &mut Vec<CueHit>) {
    if hits.len() < 2 {
        return;
    }
    hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
    let all = hits.clone();
    hits.retain(|h| !all.iter().any(|o| o.span != h.span && o.span.contains(&h.span)));
    hits.dedup_by(|a, b| a.span == b.span && a.kind == b.kind);
}

/// Where a piece of evidence was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The statement's own words.
    Statement,
    /// The rest of its sentence.
    Context,
    /// The article's headline and lead.
    Headline,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// Byte span in the article text.
    pub span: Span,
    pub place: Place,
    pub kind: TermKind,
}

/// One topic a statement is about.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicFinding {
    /// Index in the lexicon.
    pub topic: usize,
    pub score: f32,
    pub evidence: Vec<Evidence>,
    /// For topics with a proposition.
    pub stance: Option<stance::StanceFinding>,
}

/// Topics and stance of one statement, with the words that decided them.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub topics: Vec<TopicFinding>,
    /// The sentence read around the statement.
    pub sentence: Span,
}

impl Default for Analysis {
    fn default() -> Self {
        Analysis { topics: Vec::new(), sentence: Span::new(0, 0) }
    }
}

impl Analysis {
    pub fn finding(&self, topic: usize) -> Option<&TopicFinding> {
        self.topics.iter().find(|f| f.topic == topic)
    }
}

/// What is read once per article: its language, what its headline and
/// lead are about, and every topic word and stance cue, found in one pass
/// (statements share sentences, and each word is looked at once).
#[derive(Debug, Clone)]
pub struct ArticleContext {
    pub lang: String,
    /// Headline and lead.
    pub lead: Span,
    /// Evidence per topic in the headline and lead.
    pub score: Vec<f32>,
    /// The topic the headline and lead are most about, if one.
    pub main: Option<usize>,
    /// The topic the headline line itself names with a topic term, if
    /// one: what a statement with no topic word of its own is about (of
    /// several, one that takes remarks, see [`Topic::remarks`]).
    pub named: Option<usize>,
    /// Topic words in the parts of the text searched, by position.
    terms: Vec<TermHit>,
    /// Stance cues there, by position.
    cues: Vec<(CueKind, Span)>,
    /// Every word of the pieces searched, by position, and those pieces
    /// (none if the words were not kept).
    words: Vec<Span>,
    word_pieces: Vec<Span>,
}

/// The words of a part of an article ([`ArticleContext::words_in`]).
pub(crate) enum WordsIn<'a> {
    Kept(std::slice::Iter<'a, Span>),
    /// Cut anew, at this offset.
    Cut(usize, matcher::Words<'a>),
}

impl Iterator for WordsIn<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        match self {
            WordsIn::Kept(it) => it.next().copied(),
            WordsIn::Cut(at, it) => it.next().map(|(i, w)| Span::new(*at + i, *at + i + w.len())),
        }
    }
}

impl ArticleContext {
    /// Reads the whole of `text`.
    pub fn new(lexicon: &TopicLexicon, text: &str) -> Self {
        Self::searching(lexicon, text, &[Span::new(0, text.len())], false)
    }

    /// Reads only what one statement needs: the headline and lead, and the
    /// sentences around `parts`.
    pub fn for_statement(lexicon: &TopicLexicon, text: &str, parts: &[Span]) -> Self {
        let parts: Vec<Span> = parts.iter().copied().filter(|p| !p.is_empty() && p.end <= text.len()).collect();
        if parts.is_empty() {
            return Self::searching(lexicon, text, &[], false);
        }
        let (_, read) = reading(text, &parts);
        Self::searching(lexicon, text, &[read], false)
    }

    /// Reads `regions` of `text` and its lead. With `whole_words`, each
    /// region is first widened to the whole words it cuts, so that what
    /// is found inside a region is exactly what reading the whole text
    /// would find there.
    fn searching(lexicon: &TopicLexicon, text: &str, regions: &[Span], whole_words: bool) -> Self {
        Self::searching_in(lexicon, text, detect_language(text), regions, whole_words)
    }

    /// [`Self::searching`] of a text whose reading language is `lang`.
    fn searching_in(lexicon: &TopicLexicon, text: &str, lang: &str, regions: &[Span], whole_words: bool) -> Self {
        let lang = lang.to_string();
        let lead = headline_and_lead(text);
        let mut score = vec![0.0; lexicon.topics.len()];
        let mut terms = Vec::new();
        let mut cues = Vec::new();
        let mut main = None;
        let mut named = None;
        let mut words = Vec::new();
        let mut word_pieces = Vec::new();
        if let Some(li) = lexicon.lang_index(&lang) {
            // the regions and the lead, overlaps merged, in order
            let mut rs: Vec<Span> = regions
                .iter()
                .copied()
                .chain(std::iter::once(lead))
                .filter(|r| !r.is_empty())
                .map(|r| if whole_words { widened(text, r) } else { r })
                .collect();
            rs.sort_by_key(|r| (r.start, r.end));
            let mut merged: Vec<Span> = Vec::with_capacity(rs.len());
            for r in rs {
                match merged.last_mut() {
                    Some(m) if r.start <= m.end => m.end = m.end.max(r.end),
                    _ => merged.push(r),
                }
            }
            // each piece cut into words once, in the matcher's language
            // (the one asked for may have fallen back to English), the
            // phrases that may start at each word looked up with its stem
            let pieces: Vec<(usize, usize)> = merged.iter().map(|r| (r.start, r.end)).collect();
            let mut hits = Vec::new();
            // about a word in five bytes: room for them all at once, so
            // the list is not copied into a new block each time it doubles
            let piece_bytes: usize = pieces.iter().map(|(s, e)| e - s).sum();
            let mut cut_words = Vec::with_capacity(piece_bytes / 5 + 16);
            if li.phrases.find_pieces_keeping(text, &pieces, 0, &mut hits, Some(&mut cut_words))
                && merged.iter().all(|r| text.get(r.start..r.end).is_some())
            {
                words = cut_words;
                word_pieces = merged.clone();
            }
            // in order of position either way: a piece's hits are sorted,
            // and the pieces are in order
            let n_terms = li.term_info.len();
            for h in &hits {
                let span = Span::new(h.start, h.end);
                match li.term_info.get(h.phrase) {
                    Some(&(topic, kind)) => terms.push(TermHit { topic, kind, span }),
                    None => cues.push((li.cue_info[h.phrase - n_terms], span)),
                }
            }
            // a topic word in a phrase that reports the fighting ("missile
            // strikes", "air defence shot down …") says nothing of what the
            // article is about
            // (the lead's few such phrases picked out once, not the whole
            // text's cues read for each of its topic words)
            let fighting_in_lead: Vec<(CueKind, Span)> =
                cues.iter().copied().filter(|&(k, sp)| k == CueKind::Fighting && sp.overlaps(&lead)).collect();
            let mut in_lead: Vec<TermHit> = contained(&terms, |h| h.span, lead)
                .filter(|h| !reports_fighting(h.span, fighting_in_lead.iter().copied()))
                .copied()
                .collect();
            drop_covered(&mut in_lead);
            for h in &in_lead {
                score[h.topic] += h.kind.weight();
            }
            main = main_topic(text, lead, &in_lead, lexicon.topics.len());
            let headline_end = text[lead.start..lead.end].find('\n').map_or(lead.end, |i| lead.start + i);
            let term_named = |t: usize| {
                in_lead.iter().any(|h| h.topic == t && h.kind != TermKind::Related && h.span.end <= headline_end)
            };
            // a headline naming several topics: remarks go to the one that
            // takes them, if it is among them, else to the main one
            named = main
                .filter(|&t| term_named(t))
                .map(|t| (0..lexicon.topics.len()).find(|&r| lexicon.topics[r].remarks && term_named(r)).unwrap_or(t));
        }
        ArticleContext { lang, lead, score, main, named, terms, cues, words, word_pieces }
    }

    /// The words of `text` inside `r`, as [`matcher::words`] cuts
    /// `r.text(text)`, as spans of `text`: those the search cut, when `r`
    /// lies in a piece searched and starts and ends outside any word of
    /// it (the words wholly inside are then exactly the words of `r`),
    /// else `r` cut anew.
    pub(crate) fn words_in<'a>(&'a self, text: &'a str, r: Span) -> WordsIn<'a> {
        let p = self.word_pieces.partition_point(|p| p.end < r.end);
        if self.word_pieces.get(p).is_some_and(|p| p.start <= r.start && r.end <= p.end) {
            let from = self.words.partition_point(|w| w.end <= r.start);
            let to = self.words.partition_point(|w| w.start < r.end);
            let straddles = |w: Option<&Span>| w.is_some_and(|w| w.start < r.start || w.end > r.end);
            if to <= from || !straddles(self.words.get(from)) && !straddles(self.words.get(to - 1)) {
                return WordsIn::Kept(self.words[from..to.max(from)].iter());
            }
        }
        WordsIn::Cut(r.start, matcher::words(r.text(text)))
    }

    /// The topic words inside `r`.
    fn terms_in(&self, r: Span) -> impl Iterator<Item = &TermHit> {
        contained(&self.terms, |h| h.span, r)
    }

    /// The stance cues inside `r`.
    fn cues_in(&self, r: Span) -> impl Iterator<Item = &(CueKind, Span)> {
        contained(&self.cues, |c| c.1, r)
    }
}

/// The parts of a statement that can be read: not empty, inside `text`;
/// of a quotation run over several paragraphs, its last paragraph.
fn usable(text: &str, parts: &[Span]) -> Vec<Span> {
    parts
        .iter()
        .filter(|p| !p.is_empty() && p.end <= text.len())
        .map(|&p| last_paragraph_of_quotation(text, p))
        .collect()
}

/// Of a quotation that runs over several paragraphs, each reopened with
/// a mark (`“A …` / `“B …,” she said.`), the paragraph the attribution
/// ends: the speaker's point is read there, as in a statement of one
/// paragraph, and the paragraphs before are its context, as the sentence
/// before one is. Any other part is itself.
fn last_paragraph_of_quotation(text: &str, p: Span) -> Span {
    // only a part a mark opens is a quotation's (asked first: most are not)
    if !text.get(..p.start).is_some_and(|b| b.ends_with(['“', '«', '„', '"'])) {
        return p;
    }
    let t = p.text(text);
    let Some(nl) = memchr::memrchr(b'\n', t.as_bytes()) else { return p };
    let rest = &t[nl + 1..];
    let body = rest.trim_start();
    match body.chars().next() {
        Some(c @ ('“' | '«' | '„' | '"')) => {
            let from = p.start + nl + 1 + (rest.len() - body.len()) + c.len_utf8();
            if from < p.end { Span::new(from, p.end) } else { p }
        }
        _ => p,
    }
}

/// `r` widened to the whole words (as [`matcher::words`] cuts them) it
/// starts or ends inside.
fn widened(text: &str, r: Span) -> Span {
    let mut start = r.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while let Some(c) = text[..start].chars().next_back().filter(|&c| matcher::is_word_char(c)) {
        start -= c.len_utf8();
    }
    let mut end = r.end.min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    while let Some(c) = text[end..].chars().next().filter(|&c| matcher::is_word_char(c)) {
        end += c.len_utf8();
    }
    Span::new(start, end)
}

/// The items of `sorted` (by start) whose span lies inside `r`.
fn contained<T>(sorted: &[T], span: impl Fn(&T) -> Span + Copy, r: Span) -> impl Iterator<Item = &T> {
    let from = sorted.partition_point(|x| span(x).start < r.start);
    sorted[from..].iter().take_while(move |x| span(x).start < r.end).filter(move |x| span(x).end <= r.end)
}

/// The sentence around a statement's parts, and what is read to tag it:
/// that sentence and the one before (for what "it" and "the decision"
/// stand for).
fn reading(text: &str, parts: &[Span]) -> (Span, Span) {
    let first = parts.first().copied().unwrap_or(Span::new(0, 0));
    let last = parts.last().copied().unwrap_or(first);
    let sentence = sentence_around(text, Span::new(first.start, last.end));
    let before = previous_sentence(text, sentence.start);
    (sentence, Span::new(before.start, sentence.end))
}

/// "en", "ru" or "uk": the words of which language to read a text with
/// ([`crate::lang::reading_language`]).
pub fn detect_language(text: &str) -> &'static str {
    crate::lang::reading_language(text)
}

/// The topic the headline and lead are most about, if any: one the
/// headline line itself names (a topic met only in the lead paragraph is
/// its background: "… ahead of winter, when the grid is weakest"; only a
/// headline that names none leaves it to the lead), and of
/// those the one with the most topic terms, related words ("Rosneft",
/// "deal") only breaking a tie, since they name things a report about
/// another topic also mentions: sanctions on two oil firms stay a
/// sanctions story however often the firms are named.
fn main_topic(text: &str, lead: Span, in_lead: &[TermHit], n: usize) -> Option<usize> {
    let headline_end = text[lead.start..lead.end].find('\n').map_or(lead.end, |i| lead.start + i);
    let mut all = vec![0.0f32; n];
    let mut terms = vec![0.0f32; n];
    let mut in_headline = vec![false; n];
    for h in in_lead {
        all[h.topic] += h.kind.weight();
        if h.kind != TermKind::Related {
            terms[h.topic] += h.kind.weight();
        }
        in_headline[h.topic] |= h.span.end <= headline_end;
    }
    let rank = |a: usize, b: usize| terms[a].total_cmp(&terms[b]).then(all[a].total_cmp(&all[b]));
    if (0..n).any(|t| in_headline[t]) {
        return (0..n).filter(|&t| all[t] >= 1.0 && in_headline[t]).max_by(|&a, &b| rank(a, b).then(b.cmp(&a)));
    }
    // a headline that names no topic at all (a quote, a pun) leaves it to
    // the lead paragraph, if that is clearly about one topic: a lead that
    // names two alike ("money for the grid and frozen assets") is about
    // neither more than the other
    let mut ranked: Vec<usize> = (0..n).filter(|&t| all[t] >= 1.0).collect();
    ranked.sort_by(|&a, &b| rank(b, a));
    match ranked.as_slice() {
        [] => None,
        [only] => Some(*only),
        [first, second, ..] => (rank(*first, *second) == std::cmp::Ordering::Greater).then_some(*first),
    }
}

/// Whether the topic word at `span` is part of a phrase among `cues` that
/// reports the fighting and is longer than the word: "missile strikes",
/// "air defence … shot down" (air defence in action, not arms for it).
fn reports_fighting(span: Span, mut cues: impl Iterator<Item = (CueKind, Span)>) -> bool {
    cues.any(|(kind, c)| kind == CueKind::Fighting && c.overlaps(&span) && !span.contains(&c))
}

/// The first non-empty line and the paragraph after it, at most about 600
/// bytes.
fn headline_and_lead(text: &str) -> Span {
    let mut lines = 0;
    let mut end = 0;
    let mut start = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let here = pos;
        pos += line.len();
        if line.trim().is_empty() {
            continue;
        }
        if start.is_none() {
            start = Some(here);
        }
        end = here + line.trim_end().len();
        lines += 1;
        if lines == 2 || end - start.unwrap_or(0) > 600 {
            break;
        }
    }
    let start = start.unwrap_or(0);
    let mut end = end.min(start + 600).max(start);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(start, end)
}

/// The sentence (or sentences) holding `content`: back to the previous
/// sentence end or line break, forward to the next, at most 400 bytes each
/// way.
pub fn sentence_around(text: &str, content: Span) -> Span {
    let bytes = text.as_bytes();
    let lo = content.start.saturating_sub(400);
    // back to the last line break, or to the last full stop before it
    // that ends a sentence; the candidates are found with `memrchr`, from
    // the nearest back, as a byte-by-byte walk would meet them
    let floor = memchr::memrchr(b'\n', &bytes[lo..content.start]).map_or(lo, |i| lo + i + 1);
    let mut start = floor;
    let mut upto = content.start;
    while let Some(i) = memchr::memrchr3(b'.', b'!', b'?', &bytes[floor..upto]) {
        let after = floor + i + 1;
        if after < bytes.len() && bytes[after].is_ascii_whitespace() {
            // "Mr. Smith", "U.S. officials": a capital letter must follow
            let next = text[after..].trim_start().chars().next();
            // the word before the stop has more than one letter
            let long_word = text[..after - 1].chars().rev().take_while(|c| c.is_alphanumeric()).nth(1).is_some();
            if next.is_some_and(|c| c.is_uppercase() || is_open_quote(c)) && long_word {
                start = after;
                break;
            }
        }
        upto = after - 1;
    }
    while !text.is_char_boundary(start) {
        start += 1;
    }
    // forward to the next line break, or to the first stop before it
    // that is followed by a space or the end of the text
    let hi = (content.end + 400).min(text.len());
    let from = content.end.min(text.len());
    let limit = memchr::memchr(b'\n', &bytes[from..hi]).map_or(hi, |i| from + i);
    let mut end = limit;
    let mut at = from;
    while let Some(i) = memchr::memchr3(b'.', b'!', b'?', &bytes[at..limit]) {
        let after = at + i + 1;
        if after >= bytes.len() || bytes[after].is_ascii_whitespace() {
            end = after;
            break;
        }
        at = after;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let start_trim = start + (text[start..end].len() - text[start..end].trim_start().len());
    Span::new(start_trim.min(content.start), end.max(content.end))
}

/// The sentence ending just before `start`, in the same or the previous
/// paragraph; empty at the start of the text.
fn previous_sentence(text: &str, start: usize) -> Span {
    let head = &text[..start];
    let trimmed = head.trim_end();
    if trimmed.is_empty() {
        return Span::new(start, start);
    }
    let end = trimmed.len();
    let last = trimmed.char_indices().next_back().map_or(0, |(i, _)| i);
    let mut s = sentence_around(text, Span::new(last, end));
    while !text.is_char_boundary(s.start) {
        s.start += 1;
    }
    s.end = s.end.min(start);
    if s.start > s.end { Span::new(start, start) } else { s }
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '«' | '„' | '‘' | '\'')
}

/// The words of the sentence just before the statement (its reporting
/// verb: "dismissed calls for …"), when the statement starts in the
/// sentence; at most eight words. With the statement's cue, from the cue;
/// a cue right after the statement's first words, as a passive's ("The
/// plan was rejected by …"), is itself the lead-in.
fn lead_in(ctx: &ArticleContext, text: &str, sentence: Span, first: Span, cue: Option<Span>) -> Span {
    if let Some(c) = cue
        && c.end <= first.start
        && c.start >= sentence.start
    {
        return Span::new(c.start, first.start);
    }
    // "The plan was rejected by …": the verb right after the words it
    // reports leads into them, as in "rejected the plan"
    if let Some(c) = cue
        && c.start >= first.end
        && c.end <= sentence.end
        && text.get(first.end..c.start).is_some_and(|gap| gap.trim().is_empty())
    {
        return c;
    }
    if first.start <= sentence.start {
        return Span::new(first.start, first.start);
    }
    // the start of the eighth word from the end, or of the first if there
    // are fewer: the last eight starts kept in a ring
    let mut last = [0usize; 8];
    let mut n = 0;
    for w in ctx.words_in(text, Span::new(sentence.start, first.start)) {
        last[n % 8] = w.start;
        n += 1;
    }
    let start = match n {
        0 => first.start,
        1..8 => last[0],
        _ => last[n % 8],
    };
    Span::new(start, first.start)
}

/// The topic a question put to the speaker names, in the words of the
/// statement's sentence before its content ([`Cues::questions`]), with
/// where the question is: the topic with the most weight there, if that
/// is a whole topic word's.
fn asked_about(ctx: &ArticleContext, sentence: Span, first: Span, topics: usize) -> Option<(usize, Span)> {
    if first.start <= sentence.start {
        return None;
    }
    let before = Span::new(sentence.start, first.start);
    let q = ctx.cues_in(before).filter(|c| c.0 == CueKind::Question).last()?.1;
    let asked = Span::new(q.end, first.start);
    let mut hits: Vec<TermHit> = ctx.terms_in(asked).copied().collect();
    drop_covered(&mut hits);
    let mut weight = vec![0.0f32; topics];
    for h in &hits {
        weight[h.topic] += h.kind.weight();
    }
    let best =
        (0..topics).filter(|&t| weight[t] >= 1.0).max_by(|&a, &b| weight[a].total_cmp(&weight[b]).then(b.cmp(&a)))?;
    Some((best, asked))
}

/// The statement asks rather than says: it ends with a question mark, or
/// its last sentence does.
fn is_question(text: &str, parts: &[Span]) -> bool {
    let Some(last) = parts.last() else { return false };
    let t = last.text(text).trim_end_matches(['"', '”', '»', '’', '\'', ' ', '…']);
    if t.ends_with('?') {
        return true;
    }
    // the quote mark closed before the question mark
    text[last.end.min(text.len())..].trim_start_matches(['"', '”', '»', '’', '\'']).starts_with('?')
}

#[cfg(test)]
mod tests;

/// The deciding words of a statement's topics and stance as lines of text
/// (`counterpoint extract --format table --explain`).
pub fn explain_lines(lex: &TopicLexicon, text: &str, s: &crate::extract::Statement) -> Vec<String> {
    let a = lex.explain(text, s);
    let quote = |sp: Span| format!("“{}”", sp.text(text).split_whitespace().collect::<Vec<_>>().join(" "));
    let mut out = Vec::new();
    for f in &a.topics {
        let t = &lex.topics[f.topic];
        let words: Vec<String> = f
            .evidence
            .iter()
            .map(|e| match e.place {
                Place::Statement => match e.kind {
                    TermKind::Related => format!("{} (related)", quote(e.span)),
                    TermKind::Opposite => format!("{} (opposite)", quote(e.span)),
                    TermKind::Term => quote(e.span),
                },
                Place::Context => "its sentence".to_string(),
                Place::Headline => "the headline".to_string(),
            })
            .collect();
        out.push(format!("{}: {}", t.id, words.join(", ")));
        if let Some(st) = &f.stance {
            let reasons: Vec<String> = st.reasons.iter().map(|r| stance::describe(r, text)).collect();
            let why = if reasons.is_empty() { "no cue".to_string() } else { reasons.join("; ") };
            out.push(format!("  {} ({:+.1}): {why}", st.stance.label(), st.score));
        }
    }
    out
}
