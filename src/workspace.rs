//! The open session with what is derived from it, and the one place where
//! it changes.
//!
//! Every change a user makes is an [`Edit`], applied by
//! [`Workspace::apply`], which returns nothing but records the inverse edit
//! for undo. Undo and redo replay inverses, so they cannot disagree with
//! the edits themselves. Statements are derived: the extractor's output per
//! article (`raw`) overlaid with the user's annotations gives the
//! [`Entry`]s the views show.

use crate::article::{Article, ArticleId};
use crate::catalogue::{Actor, Catalogue};
use crate::extract::{self, Kind, Statement};
use crate::session::{Annotation, Session, StatementKey};
use crate::span::Span;
use crate::topics::TopicLexicon;
use std::sync::Arc;

/// A change to the session. Every variant carries what is needed to undo
/// it, so applying an edit yields its exact inverse.
#[derive(Debug, Clone, PartialEq)]
// edits are few (one per user action), so their size does not matter
#[allow(clippy::large_enum_variant)]
pub enum Edit {
    /// Replace (or create, or drop) the annotation of one statement.
    Annotate {
        key: StatementKey,
        before: Option<Annotation>,
        after: Option<Annotation>,
    },
    Catalogue {
        before: Box<Catalogue>,
        after: Box<Catalogue>,
    },
    Topics {
        before: Box<TopicLexicon>,
        after: Box<TopicLexicon>,
    },
    /// Articles added at the given positions.
    AddArticles(Vec<(usize, Arc<Article>)>),
    /// Articles removed from the given positions, with their annotations.
    RemoveArticles {
        articles: Vec<(usize, Arc<Article>)>,
        annotations: Vec<(StatementKey, Annotation)>,
    },
    /// An article's outlet and date, as the user fixed them.
    ArticleMeta {
        article: ArticleId,
        before: ArticleMeta,
        after: ArticleMeta,
    },
    Batch(Vec<Edit>),
}

/// What the user can fix about an article itself: where and when it was
/// published. Kept in the article, so every view, export and saved session
/// has it, and re-extraction (which reads only the text) leaves it alone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ArticleMeta {
    pub outlet: String,
    pub date: Option<String>,
}

impl ArticleMeta {
    pub fn of(article: &Article) -> Self {
        ArticleMeta { outlet: article.outlet.clone(), date: article.date.clone() }
    }
}

impl Edit {
    fn is_noop(&self) -> bool {
        match self {
            Edit::Annotate { before, after, .. } => before == after,
            Edit::Catalogue { before, after } => before.actors == after.actors,
            Edit::Topics { before, after } => before == after,
            Edit::AddArticles(a) => a.is_empty(),
            Edit::RemoveArticles { articles, .. } => articles.is_empty(),
            Edit::ArticleMeta { before, after, .. } => before == after,
            Edit::Batch(v) => v.iter().all(Edit::is_noop),
        }
    }
}

/// One statement as the user sees it: what extraction found, with the
/// user's changes applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: StatementKey,
    pub statement: Statement,
    /// What was said, as text (pieces joined with " … ").
    pub text: String,
    /// `text` lower-cased, for searching.
    pub folded: String,
    /// What extraction found, if it did (not for statements added by hand).
    pub extracted: Option<Statement>,
    pub hidden: bool,
    pub note: String,
    /// The user changed something about it (beyond checking it).
    pub edited: bool,
    /// Topics and stance the model learnt from the user's corrections
    /// would give it (already applied to `statement`); `None` when the
    /// rules' answer stands or the user set topics and stance themselves.
    pub suggestion: Option<crate::learn::Suggestion>,
    /// The analyst checked the attribution and accepts it.
    pub checked: bool,
    /// Its group of re-reported statements in [`Workspace::groups`]
    /// (`None`: it stands alone), kept with the groups so that views need
    /// not look its key up.
    pub group: Option<u32>,
    /// `text`'s length in characters.
    pub chars: u32,
}

impl Entry {
    pub fn added(&self) -> bool {
        self.extracted.is_none()
    }
}

struct Step {
    label: String,
    edit: Edit,
    /// The state id before (for undo entries) or after (for redo entries).
    state: u64,
}

/// The session, its derived statements and its history.
pub struct Workspace {
    pub session: Session,
    /// Extraction output per article, in `session.articles` order.
    raw: Vec<Arc<Vec<Statement>>>,
    /// Catalogue/topics generation each `raw` was made with.
    raw_gen: Vec<u64>,
    /// Effective statements per article, in text order. Changed only by
    /// the workspace's own methods, which keep [`Self::derived`] with them.
    pub entries: Vec<Vec<Entry>>,
    /// Per article, a number that changes whenever its entries do and is
    /// never given to another article of this workspace: caches of what was
    /// read of the statements ([`crate::compare`]) redo only the articles
    /// whose number they have not seen.
    derived: Vec<u64>,
    next_derived: u64,
    /// Per article, what grouping reads of it
    /// ([`Self::grouping_fingerprint`]), made with its entries.
    group_hash: Vec<u64>,
    /// Bumped whenever the catalogue or topics change: raw extraction made
    /// with an older generation is stale.
    pub generation: u64,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Identifies the current state of the data (not the view): equal ids
    /// mean equal data, so undoing back to the saved state is "clean".
    state: u64,
    next_state: u64,
    saved_state: u64,
    /// How the comparison was arranged when the session was last opened
    /// or saved ([`Arrangement`]).
    saved_arrangement: Arrangement,
    /// Bumped on every change of data or view, for caches.
    pub revision: u64,
    /// Bumped when the statements change (not the view), for work that
    /// reads only them, such as grouping.
    pub data_revision: u64,
    /// How many undo steps are kept.
    pub history_limit: usize,
    /// What the model suggests for statements nobody corrected, by key;
    /// made for the corrections with this fingerprint.
    suggestions: std::collections::HashMap<StatementKey, crate::learn::Suggestion>,
    suggestions_for: u64,
    /// Re-reported statements grouped ([`crate::grouping`]), made from
    /// the statements with this fingerprint (0: not yet).
    pub groups: Arc<crate::grouping::Groups>,
    groups_for: u64,
    /// Article id → its place in `session.articles`, so that finding a
    /// statement by its key does not read every article's id
    /// ([`Self::index_of`] checks it and falls back to a search).
    article_at: std::collections::HashMap<ArticleId, usize>,
    /// Tells this workspace from every other made in this process, for
    /// caches keyed by its revisions (which start again at 0 in each).
    pub instance: u64,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace::new(Session::default())
    }
}

impl Workspace {
    /// Opens a session, extracting every article (in parallel).
    pub fn new(session: Session) -> Self {
        let raw = extract_all(&session.articles, &session.catalogue, &session.topics);
        Workspace::with_raw(session, raw)
    }

    /// Opens a session whose extraction was done elsewhere (a background
    /// job): `raw` must follow `session.articles`.
    pub fn with_raw(session: Session, raw: Vec<Arc<Vec<Statement>>>) -> Self {
        assert_eq!(raw.len(), session.articles.len(), "one extraction per article");
        let n = raw.len();
        let mut w = Workspace {
            session,
            raw,
            raw_gen: vec![0; n],
            entries: Vec::new(),
            derived: Vec::new(),
            next_derived: 0,
            group_hash: Vec::new(),
            generation: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            state: 0,
            next_state: 1,
            saved_state: 0,
            saved_arrangement: Arrangement::default(),
            revision: 0,
            data_revision: 0,
            history_limit: 500,
            suggestions: Default::default(),
            suggestions_for: 0,
            groups: Default::default(),
            groups_for: 0,
            article_at: Default::default(),
            instance: {
                static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
                NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        };
        w.reindex_articles();
        w.entries = (0..n).map(|i| w.derive(i)).collect();
        w.derived = (0..n as u64).collect();
        w.next_derived = n as u64;
        w.group_hash = (0..n).map(|i| w.group_hash_of(i)).collect();
        w.saved_arrangement = Arrangement::of(&w.session.view);
        w
    }

    // ----- history ---------------------------------------------------

    /// Whether there is something a save would keep that the file does
    /// not have: an edit, or the comparison arranged otherwise (columns
    /// moved, hidden or opened into their actors, topics or articles left
    /// out). Which view is open, the search text and scrolling do not
    /// count.
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state || !self.saved_arrangement.is(&self.session.view, &self.session.catalogue)
    }

    /// Records that the current state is what is on disk.
    pub fn mark_saved(&mut self) {
        self.saved_state = self.state;
        self.saved_arrangement = Arrangement::of(&self.session.view);
    }

    /// Marks the session as changed even though no edit was made (a
    /// session recovered from a crash, for instance).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Applies an edit as a new step of history.
    pub fn apply(&mut self, label: impl Into<String>, edit: Edit) {
        if edit.is_noop() {
            return;
        }
        let before = self.state;
        let inverse = self.apply_raw(edit);
        self.state = self.next_state;
        self.next_state += 1;
        self.undo.push(Step { label: label.into(), edit: inverse, state: before });
        if self.undo.len() > self.history_limit {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop() else { return false };
        let after = self.state;
        let forward = self.apply_raw(step.edit);
        self.state = step.state;
        self.redo.push(Step { label: step.label, edit: forward, state: after });
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else { return false };
        let before = self.state;
        let inverse = self.apply_raw(step.edit);
        self.state = step.state;
        self.undo.push(Step { label: step.label, edit: inverse, state: before });
        true
    }

    /// Applies an edit and returns its inverse. The only place the data of
    /// a session changes.
    fn apply_raw(&mut self, edit: Edit) -> Edit {
        self.revision += 1;
        self.data_revision += 1;
        match edit {
            Edit::Annotate { key, before, after } => {
                match &after {
                    Some(a) if !a.is_empty() => {
                        self.session.annotations.insert(key.clone(), a.clone());
                    }
                    _ => {
                        self.session.annotations.remove(&key);
                    }
                }
                if let Some(i) = self.index_of(&key.article) {
                    // always new: what the annotation vouches for is read
                    // of it, not only of the entries
                    self.rederive(i);
                }
                Edit::Annotate { key, before: after, after: before }
            }
            Edit::Catalogue { before, after } => {
                let mut c = *after.clone();
                c.reindex();
                self.session.catalogue = c;
                self.generation += 1;
                Edit::Catalogue { before: after, after: before }
            }
            Edit::Topics { before, after } => {
                let mut t = *after.clone();
                t.reindex();
                self.session.topics = t;
                self.generation += 1;
                Edit::Topics { before: after, after: before }
            }
            Edit::AddArticles(list) => {
                for (pos, article) in &list {
                    let pos = (*pos).min(self.session.articles.len());
                    let raw = Arc::new(extract::extract(&article.text, &self.session.catalogue, &self.session.topics));
                    self.session.articles.insert(pos, article.clone());
                    self.raw.insert(pos, raw);
                    self.raw_gen.insert(pos, self.generation);
                    self.entries.insert(pos, Vec::new());
                    self.derived.insert(pos, 0);
                    self.group_hash.insert(pos, 0);
                    self.rederive(pos);
                }
                self.reindex_articles();
                let mut back = list;
                back.reverse();
                Edit::RemoveArticles { articles: back, annotations: Vec::new() }
            }
            Edit::RemoveArticles { articles, annotations } => {
                let mut removed_notes = Vec::new();
                for (pos, article) in &articles {
                    if let Some(i) = self.index_of(&article.id) {
                        debug_assert_eq!(i, *pos);
                        self.session.articles.remove(i);
                        self.raw.remove(i);
                        self.raw_gen.remove(i);
                        self.entries.remove(i);
                        self.derived.remove(i);
                        self.group_hash.remove(i);
                    }
                    let keys: Vec<StatementKey> =
                        self.session.annotations.keys().filter(|k| k.article == article.id).cloned().collect();
                    for k in keys {
                        if let Some(a) = self.session.annotations.remove(&k) {
                            removed_notes.push((k, a));
                        }
                    }
                }
                self.reindex_articles();
                let noted: std::collections::HashSet<ArticleId> =
                    annotations.iter().map(|(k, _)| k.article.clone()).collect();
                for (k, a) in annotations {
                    self.session.annotations.insert(k, a);
                }
                for i in 0..self.entries.len() {
                    if noted.contains(&self.session.articles[i].id) {
                        self.rederive(i);
                    } else {
                        self.rederive_if_changed(i);
                    }
                }
                let mut back = articles;
                back.reverse();
                if removed_notes.is_empty() {
                    Edit::AddArticles(back)
                } else {
                    // re-adding must restore the annotations too
                    Edit::Batch(vec![
                        Edit::AddArticles(back),
                        Edit::Batch(
                            removed_notes
                                .into_iter()
                                .map(|(key, a)| Edit::Annotate { key, before: None, after: Some(a) })
                                .collect(),
                        ),
                    ])
                }
            }
            Edit::ArticleMeta { article, before, after } => {
                if let Some(i) = self.index_of(&article) {
                    let mut a = (*self.session.articles[i]).clone();
                    a.outlet = after.outlet.clone();
                    a.date = after.date.clone();
                    self.session.articles[i] = Arc::new(a);
                    // the date decides the roles its speakers held
                    self.rederive(i);
                }
                Edit::ArticleMeta { article, before: after, after: before }
            }
            Edit::Batch(list) => {
                let mut inv: Vec<Edit> = list.into_iter().map(|e| self.apply_raw(e)).collect();
                inv.reverse();
                Edit::Batch(inv)
            }
        }
    }

    // ----- derived data ----------------------------------------------

    pub fn index_of(&self, id: &ArticleId) -> Option<usize> {
        if let Some(&i) = self.article_at.get(id)
            && self.session.articles.get(i).is_some_and(|a| &a.id == id)
        {
            return Some(i);
        }
        self.session.articles.iter().position(|a| &a.id == id)
    }

    /// The article with this id.
    pub fn article(&self, id: &ArticleId) -> Option<&Arc<Article>> {
        self.index_of(id).map(|i| &self.session.articles[i])
    }

    /// Per article, a number that is new whenever its entries changed (see
    /// the field): equal numbers, equal entries.
    pub fn derived(&self) -> &[u64] {
        &self.derived
    }

    /// Derives article `i`'s entries again and gives them a new number.
    fn rederive(&mut self, i: usize) {
        self.entries[i] = self.derive(i);
        self.renumber(i);
    }

    /// Gives article `i`'s entries, just changed, a new number and keeps
    /// what grouping reads of them.
    fn renumber(&mut self, i: usize) {
        self.derived[i] = self.next_derived;
        self.next_derived += 1;
        self.group_hash[i] = self.group_hash_of(i);
    }

    /// Derives article `i`'s entries again, keeping their number if they
    /// came out the same (a model retrained or a re-extraction that changed
    /// nothing there), so that caches keep what they read of them.
    fn rederive_if_changed(&mut self, i: usize) {
        let fresh = self.derive(i);
        if fresh != self.entries[i] {
            self.entries[i] = fresh;
            self.renumber(i);
        }
    }

    /// Makes [`Self::index_of`]'s index again after articles came or went.
    fn reindex_articles(&mut self) {
        self.article_at = self.session.articles.iter().enumerate().map(|(i, a)| (a.id.clone(), i)).collect();
    }

    /// Whether some articles were extracted with an older catalogue or
    /// topic lexicon.
    pub fn is_stale(&self) -> bool {
        self.raw_gen.iter().any(|&g| g != self.generation)
    }

    /// Installs fresh extraction results made with generation `generation`
    /// (from a background job); ignored if the catalogue changed since.
    pub fn install_raw(&mut self, generation: u64, results: Vec<(ArticleId, Arc<Vec<Statement>>)>) -> bool {
        if generation != self.generation {
            return false;
        }
        for (id, raw) in results {
            if let Some(i) = self.index_of(&id) {
                self.raw[i] = raw;
                self.raw_gen[i] = generation;
                self.rederive_if_changed(i);
            }
        }
        self.revision += 1;
        self.data_revision += 1;
        true
    }

    /// Re-extracts every stale article now, on this thread (and rayon's).
    pub fn refresh_now(&mut self) {
        let stale: Vec<usize> = (0..self.raw.len()).filter(|&i| self.raw_gen[i] != self.generation).collect();
        let arts: Vec<Arc<Article>> = stale.iter().map(|&i| self.session.articles[i].clone()).collect();
        let raw = extract_all(&arts, &self.session.catalogue, &self.session.topics);
        let results = arts.iter().map(|a| a.id.clone()).zip(raw).collect();
        self.install_raw(self.generation, results);
    }

    /// Effective statements of article `i`: extraction overlaid with
    /// annotations.
    pub(crate) fn derive(&self, i: usize) -> Vec<Entry> {
        let article = &self.session.articles[i];
        // the speakers' roles on the article's date, and the holders of
        // titles named alone (which undated articles have too)
        let mut dated = self.raw[i].as_ref().clone();
        extract::apply_roles(&mut dated, &self.session.catalogue, article.date.as_deref());
        let raw: &[Statement] = &dated;
        let lo = StatementKey { article: article.id.clone(), span: Span::new(0, 0) };
        let notes: Vec<(&StatementKey, &Annotation)> =
            self.session.annotations.range(lo..).take_while(|(k, _)| k.article == article.id).collect();
        let mut taken = vec![false; raw.len()];
        let mut out: Vec<Entry> = Vec::with_capacity(raw.len() + notes.len());
        let mut pending: Vec<(usize, &StatementKey, &Annotation)> = Vec::new();
        for (k, a) in &notes {
            if let Some(added) = &a.added {
                let statement = self.overlay(&article.text, added, a);
                let text = statement.content_text(&article.text);
                out.push(Entry {
                    key: (*k).clone(),
                    folded: crate::lang::fold_search(&text),
                    text,
                    statement,
                    extracted: None,
                    hidden: a.hidden,
                    note: a.note.clone(),
                    edited: true,
                    suggestion: None,
                    checked: a.checked,
                    group: None,
                    chars: 0,
                });
                continue;
            }
            // the statement it was made on: the same span, else the one
            // overlapping it most (a newer extractor may draw it a little
            // differently)
            let exact = raw.iter().position(|s| s.content == k.span);
            let best = exact.or_else(|| {
                raw.iter()
                    .enumerate()
                    .filter(|(j, _)| !taken[*j])
                    .map(|(j, s)| (j, overlap(&s.content, &k.span)))
                    .filter(|&(j, o)| o * 2 >= raw[j].content.len().min(k.span.len()).max(1))
                    .max_by_key(|&(_, o)| o)
                    .map(|(j, _)| j)
            });
            if let Some(j) = best.filter(|&j| !taken[j]) {
                taken[j] = true;
                pending.push((j, k, a));
            }
        }
        for (j, s) in raw.iter().enumerate() {
            let note = pending.iter().find(|(pj, _, _)| *pj == j);
            match note {
                Some((_, k, a)) => {
                    let mut statement = self.overlay(&article.text, s, a);
                    // the model may still suggest topics and stance for a
                    // statement whose actor or note was the only change
                    let suggestion = if a.corrects_topics() { None } else { self.suggestions.get(*k).cloned() };
                    if let Some(sg) = &suggestion {
                        statement.topics = sg.topics.clone();
                        statement.stance = sg.stance.clone();
                    }
                    out.push(Entry {
                        key: (*k).clone(),
                        folded: crate::lang::fold_search(&s.content_text(&article.text)),
                        text: s.content_text(&article.text),
                        statement,
                        extracted: Some(s.clone()),
                        hidden: a.hidden,
                        note: a.note.clone(),
                        edited: changes_more_than_checking(a),
                        checked: a.checked,
                        suggestion,
                        group: None,
                        chars: 0,
                    })
                }
                None if !taken[j] => {
                    let key = StatementKey { article: article.id.clone(), span: s.content };
                    let suggestion = self.suggestions.get(&key).cloned();
                    let mut statement = s.clone();
                    if let Some(sg) = &suggestion {
                        statement.topics = sg.topics.clone();
                        statement.stance = sg.stance.clone();
                    }
                    out.push(Entry {
                        key,
                        folded: crate::lang::fold_search(&s.content_text(&article.text)),
                        text: s.content_text(&article.text),
                        statement,
                        extracted: Some(s.clone()),
                        hidden: false,
                        note: String::new(),
                        edited: false,
                        checked: false,
                        suggestion,
                        group: None,
                        chars: 0,
                    })
                }
                None => {}
            }
        }
        out.sort_by_key(|e| (e.statement.content.start, e.statement.content.end));
        let grouped = self.groups.grouped() > 0;
        for e in &mut out {
            e.chars = e.text.chars().count() as u32;
            if grouped {
                e.group = self.groups.group_of(&e.key).map(|g| g as u32);
            }
        }
        out
    }

    /// A statement with the user's changes applied. Topics the user added
    /// get the stance the rules read for them; the user's own stance
    /// choices win.
    fn overlay(&self, text: &str, s: &Statement, a: &Annotation) -> Statement {
        let mut s = s.clone();
        if let Some(actor) = &a.actor {
            s.actor = actor.clone();
        }
        if let Some(sp) = &a.speaker {
            s.speaker = sp.clone();
        }
        if let Some(t) = &a.topics {
            let lex = &self.session.topics;
            let new: Vec<usize> =
                t.iter().filter(|id| !s.topics.contains(id)).filter_map(|id| lex.position(id)).collect();
            s.topics = t.clone();
            s.stance.retain(|k, _| t.contains(k));
            if !new.is_empty() {
                for (id, st) in lex.stance_for(text, &s, &new) {
                    s.stance.insert(id, st);
                }
            }
        }
        for (t, st) in &a.stance {
            if s.topics.contains(t) {
                s.stance.insert(t.clone(), *st);
            }
        }
        if let Some(k) = a.kind {
            s.kind = k;
        }
        s
    }

    /// Annotations that match no statement any more (kept, never dropped).
    pub fn orphaned_annotations(&self) -> usize {
        self.session
            .annotations
            .iter()
            .filter(|(k, a)| {
                a.added.is_none()
                    && self.index_of(&k.article).is_none_or(|i| !self.entries[i].iter().any(|e| e.key == **k))
            })
            .count()
    }

    pub fn entry(&self, key: &StatementKey) -> Option<&Entry> {
        let i = self.index_of(&key.article)?;
        // every entry of the article has its id: the span tells them apart
        self.entries[i].iter().find(|e| e.key.span == key.span)
    }

    pub fn statement_count(&self) -> usize {
        self.entries.iter().map(Vec::len).sum()
    }

    // ----- edit builders ---------------------------------------------

    fn annotate(&mut self, label: &str, key: &StatementKey, change: impl FnOnce(&mut Annotation)) {
        let before = self.session.annotations.get(key).cloned();
        let mut after = before.clone().unwrap_or_default();
        change(&mut after);
        let after = (!after.is_empty()).then_some(after);
        self.apply(label, Edit::Annotate { key: key.clone(), before, after });
    }

    /// Gives a statement to an actor (`None`: to no actor).
    pub fn set_actor(&mut self, key: &StatementKey, actor: Option<String>) {
        let extracted = self.entry(key).and_then(|e| e.extracted.as_ref().map(|s| s.actor.clone()));
        self.annotate("change actor", key, |a| {
            if let Some(added) = &mut a.added {
                added.actor = actor;
            } else if extracted.as_ref() == Some(&actor) {
                a.actor = None;
            } else {
                a.actor = Some(actor);
            }
        });
    }

    /// Changes who said it. When the catalogue knows the new speaker, the
    /// statement goes to that speaker's actor too (in the same step), unless
    /// the user chose its actor by hand.
    pub fn set_speaker(&mut self, key: &StatementKey, speaker: Option<String>) {
        let Some(entry) = self.entry(key) else { return };
        let extracted = entry.extracted.as_ref().map(|s| (s.speaker.clone(), s.actor.clone()));
        let chosen_actor = self.session.annotations.get(key).is_some_and(|a| a.actor.is_some());
        let actor = speaker
            .as_deref()
            .and_then(|s| self.session.catalogue.match_speaker(s, ""))
            .map(|m| self.session.catalogue.actors[m.actor].id.clone())
            .filter(|_| !chosen_actor);
        self.annotate("change speaker", key, |a| {
            if let Some(added) = &mut a.added {
                added.speaker = speaker;
                if actor.is_some() {
                    added.actor = actor;
                }
                return;
            }
            match &extracted {
                Some((s, _)) if *s == speaker => {
                    a.speaker = None;
                    // back to the speaker extraction found: its actor too
                    if actor.is_some() {
                        a.actor = None;
                    }
                }
                _ => {
                    a.speaker = Some(speaker);
                    if let Some(id) = actor {
                        let found = extracted.as_ref().and_then(|(_, f)| f.clone());
                        a.actor = (found.as_deref() != Some(id.as_str())).then_some(Some(id));
                    }
                }
            }
        });
    }

    /// Marks a statement as checked by the analyst (or takes the mark off).
    pub fn set_checked(&mut self, key: &StatementKey, checked: bool) {
        self.annotate(if checked { "accept statement" } else { "unaccept statement" }, key, |a| a.checked = checked);
    }

    /// Fixes an article's outlet and date.
    pub fn set_article_meta(&mut self, id: &ArticleId, meta: ArticleMeta) {
        let Some(i) = self.index_of(id) else { return };
        let before = ArticleMeta::of(&self.session.articles[i]);
        let label = match (before.outlet != meta.outlet, before.date != meta.date) {
            (true, false) => "change outlet",
            (false, true) => "change date",
            _ => "change outlet and date",
        };
        self.apply(label, Edit::ArticleMeta { article: id.clone(), before, after: meta });
    }

    /// Gives several articles new dates, as one step.
    pub fn set_article_dates(&mut self, label: &str, dates: Vec<(ArticleId, String)>) {
        let edits: Vec<Edit> = dates
            .into_iter()
            .filter_map(|(id, date)| {
                let a = self.article(&id)?;
                let before = ArticleMeta::of(a);
                let after = ArticleMeta { date: Some(date), ..before.clone() };
                Some(Edit::ArticleMeta { article: id, before, after })
            })
            .collect();
        if !edits.is_empty() {
            self.apply(label, Edit::Batch(edits));
        }
    }

    /// How the Compare grid is laid out; changing it is not an edit and
    /// does not recompute the comparison.
    pub fn layout_mut(&mut self) -> &mut crate::session::CompareLayout {
        &mut self.session.view.compare
    }

    /// What the Voices, Timeline and Agreement views show; like
    /// [`Self::layout_mut`], not an edit, and no recomputation.
    pub fn positions_mut(&mut self) -> &mut crate::session::PositionsLayout {
        &mut self.session.view.positions
    }

    pub fn set_topics(&mut self, key: &StatementKey, topics: Vec<String>) {
        let extracted = self.entry(key).and_then(|e| e.extracted.as_ref().map(|s| s.topics.clone()));
        self.annotate("change topics", key, |a| {
            if let Some(added) = &mut a.added {
                added.topics = topics;
            } else if extracted.as_ref() == Some(&topics) {
                a.topics = None;
            } else {
                a.topics = Some(topics);
            }
        });
    }

    /// Sets the stance of a statement toward one topic's proposition
    /// (`None`: back to what was read from its words).
    pub fn set_stance(&mut self, key: &StatementKey, topic: &str, stance: Option<crate::topics::Stance>) {
        let Some(e) = self.entry(key) else { return };
        // what it would be without the user's choice: the rules' reading
        // (or the model's suggestion, which the user confirms by choosing it)
        let machine = e
            .extracted
            .as_ref()
            .filter(|x| x.topics.iter().any(|t| t == topic) && e.suggestion.is_none())
            .and_then(|x| x.stance.get(topic).copied());
        let pin_topics = e.suggestion.as_ref().map(|s| s.topics.clone());
        let topic = topic.to_string();
        self.annotate("change stance", key, |a| {
            if let Some(added) = &mut a.added {
                match stance {
                    Some(st) => added.stance.insert(topic, st),
                    None => added.stance.remove(&topic),
                };
                return;
            }
            // choosing a stance on a suggested statement accepts its topics
            if a.topics.is_none()
                && let Some(t) = pin_topics
            {
                a.topics = Some(t);
            }
            match stance {
                Some(st) if Some(st) != machine || a.topics.is_some() => {
                    a.stance.insert(topic, st);
                }
                _ => {
                    a.stance.remove(&topic);
                }
            }
        });
    }

    /// Makes the model's suggestion for a statement the user's own choice.
    pub fn accept_suggestion(&mut self, key: &StatementKey) {
        let Some(sg) = self.entry(key).and_then(|e| e.suggestion.clone()) else { return };
        self.annotate("accept suggestion", key, |a| {
            a.topics = Some(sg.topics.clone());
            a.stance = sg.stance.clone();
        });
    }

    /// Keeps what the rules read for a statement instead of the model's
    /// suggestion (which is a correction the model learns from too).
    pub fn reject_suggestion(&mut self, key: &StatementKey) {
        let Some(e) = self.entry(key) else { return };
        let Some(x) = e.extracted.clone() else { return };
        if e.suggestion.is_none() {
            return;
        }
        self.annotate("keep the rules' topics", key, |a| {
            a.topics = Some(x.topics.clone());
            a.stance = x.stance.clone();
        });
    }

    /// The user's corrections of topics and stance, as training data.
    pub fn training_data(&self) -> Vec<crate::learn::Labelled> {
        let mut out = Vec::new();
        for (k, a) in &self.session.annotations {
            if !a.corrects_topics() {
                continue;
            }
            let Some(e) = self.entry(k) else { continue };
            let Some(x) = &e.extracted else { continue };
            out.push(crate::learn::Labelled {
                example: crate::learn::Example {
                    text: e.text.clone(),
                    rule_topics: x.topics.clone(),
                    rule_stance: x.stance.clone(),
                },
                topics: e.statement.topics.clone(),
                stance: e.statement.stance.clone(),
            });
        }
        out
    }

    /// The statements nobody corrected, for the model to score.
    pub fn untouched(&self) -> Vec<(StatementKey, crate::learn::Example)> {
        let mut out = Vec::new();
        for e in self.entries.iter().flatten() {
            let corrected =
                self.session.annotations.get(&e.key).is_some_and(|a| a.corrects_topics() || a.added.is_some());
            let Some(x) = &e.extracted else { continue };
            if corrected {
                continue;
            }
            out.push((
                e.key.clone(),
                crate::learn::Example {
                    text: e.text.clone(),
                    rule_topics: x.topics.clone(),
                    rule_stance: x.stance.clone(),
                },
            ));
        }
        out
    }

    /// Fingerprint of the current corrections (0: none).
    pub fn training_fingerprint(&self) -> u64 {
        crate::learn::fingerprint(&self.training_data())
    }

    /// Whether the model (and its suggestions) lag behind the corrections.
    pub fn needs_learning(&self) -> bool {
        let fp = self.training_fingerprint();
        fp != self.suggestions_for || (fp != 0 && self.session.model.trained_on != fp)
    }

    /// Trains the model and scores the untouched statements now, on this
    /// thread.
    pub fn learn_now(&mut self) {
        let data = self.training_data();
        let fp = crate::learn::fingerprint(&data);
        let model = crate::learn::Model::train(&self.session.topics, &data, fp);
        let suggestions = suggest_all(&self.session.topics, &model, self.untouched());
        self.install_model(model, suggestions);
    }

    /// Installs a model trained elsewhere with its suggestions; ignored if
    /// the corrections changed since.
    pub fn install_model(
        &mut self,
        model: crate::learn::Model,
        suggestions: Vec<(StatementKey, crate::learn::Suggestion)>,
    ) -> bool {
        if model.trained_on != self.training_fingerprint() {
            return false;
        }
        self.suggestions_for = model.trained_on;
        self.session.model = model;
        let before = std::mem::replace(&mut self.suggestions, suggestions.into_iter().collect());
        // only the articles whose suggestions changed are derived again:
        // a retrained model mostly suggests what it did before
        let mut changed: std::collections::HashSet<&ArticleId> = std::collections::HashSet::new();
        for (k, s) in &self.suggestions {
            if before.get(k) != Some(s) {
                changed.insert(&k.article);
            }
        }
        for k in before.keys().filter(|k| !self.suggestions.contains_key(*k)) {
            changed.insert(&k.article);
        }
        let changed: Vec<usize> = changed.into_iter().filter_map(|id| self.index_of(id)).collect();
        for i in changed {
            self.rederive_if_changed(i);
        }
        self.revision += 1;
        self.data_revision += 1;
        true
    }

    /// How many statements show a suggestion.
    pub fn suggestion_count(&self) -> usize {
        self.entries.iter().flatten().filter(|e| e.suggestion.is_some()).count()
    }

    // ----- one statement, many outlets ------------------------------

    /// The statements as grouping reads them: the shown ones, with the
    /// analyst's pins.
    pub fn grouping_items(&self) -> Vec<crate::grouping::Item> {
        let mut out = Vec::with_capacity(self.statement_count());
        for i in 0..self.entries.len() {
            self.grouping_items_of(i, &mut out);
        }
        out
    }

    /// Article `i`'s statements as grouping reads them, appended to `out`.
    fn grouping_items_of(&self, i: usize, out: &mut Vec<crate::grouping::Item>) {
        let lang = &self.session.articles[i].lang.0;
        for e in self.entries[i].iter().filter(|e| !e.hidden) {
            out.push(crate::grouping::Item {
                key: e.key.clone(),
                speaker: crate::grouping::speaker_key(e.statement.speaker.as_deref()),
                lang: lang.clone(),
                text: e.text.clone(),
                pin: self.session.annotations.get(&e.key).and_then(|a| a.group.clone()),
            });
        }
    }

    /// What grouping reads of article `i` ([`crate::grouping::article_hash`]).
    fn group_hash_of(&self, i: usize) -> u64 {
        let mut items = Vec::new();
        self.grouping_items_of(i, &mut items);
        crate::grouping::article_hash(&items)
    }

    /// The fingerprint of what grouping would read now
    /// ([`crate::grouping::fingerprint`] of [`Self::grouping_items`]),
    /// from each article's, kept since its entries last changed: an edit
    /// does not read every statement again to learn whether to regroup.
    pub fn grouping_fingerprint(&self) -> u64 {
        crate::grouping::combine(self.group_hash.iter().copied())
    }

    /// The fingerprint of the statements the groups were made from (0:
    /// none yet).
    pub fn grouped_for(&self) -> u64 {
        self.groups_for
    }

    /// Groups the statements now, on this thread.
    pub fn group_now(&mut self) {
        let items = self.grouping_items();
        let fp = self.grouping_fingerprint();
        let groups = crate::grouping::group(&items);
        self.install_groups(fp, groups);
    }

    /// Installs groups made elsewhere from statements with fingerprint
    /// `fp`; ignored if the statements changed since.
    pub fn install_groups(&mut self, fp: u64, groups: crate::grouping::Groups) -> bool {
        if fp != self.grouping_fingerprint() {
            return false;
        }
        self.groups_for = fp;
        for e in self.entries.iter_mut().flatten() {
            e.group = groups.group_of(&e.key).map(|g| g as u32);
        }
        self.groups = Arc::new(groups);
        self.revision += 1;
        true
    }

    /// Splits a statement off its group: it stands alone from now on,
    /// whatever its words.
    pub fn split_from_group(&mut self, key: &StatementKey) {
        self.split_all_from_group(std::slice::from_ref(key));
    }

    /// Splits several statements off their groups (each to stand alone),
    /// as one step.
    pub fn split_all_from_group(&mut self, keys: &[StatementKey]) {
        let edits = keys
            .iter()
            .map(|k| {
                let before = self.session.annotations.get(k).cloned();
                let mut after = before.clone().unwrap_or_default();
                after.group = Some(crate::grouping::GroupPin::Alone);
                Edit::Annotate { key: k.clone(), before, after: Some(after) }
            })
            .collect();
        self.apply("split from group", Edit::Batch(edits));
    }

    /// Puts `other` and the rest of its group into the group of `key`, as
    /// one step.
    pub fn merge_groups(&mut self, key: &StatementKey, other: &StatementKey) {
        let pin = crate::grouping::GroupPin::With(key.clone());
        let mut edits = Vec::new();
        for k in self.groups.members(other) {
            if &k == key {
                continue;
            }
            let before = self.session.annotations.get(&k).cloned();
            let mut after = before.clone().unwrap_or_default();
            after.group = Some(pin.clone());
            edits.push(Edit::Annotate { key: k, before, after: Some(after) });
        }
        // the statement merged into may have been split off before
        if let Some(a) = self.session.annotations.get(key)
            && a.group == Some(crate::grouping::GroupPin::Alone)
        {
            let mut after = a.clone();
            after.group = None;
            let after = (!after.is_empty()).then_some(after);
            edits.push(Edit::Annotate { key: key.clone(), before: Some(a.clone()), after });
        }
        self.apply("merge groups", Edit::Batch(edits));
    }

    /// Changes the topic lexicon as a whole, as one step (refused if it
    /// would leave two topics with one id).
    pub fn edit_topics(&mut self, label: &str, change: impl FnOnce(&mut TopicLexicon)) {
        let before = Box::new(self.session.topics.clone());
        let mut after = self.session.topics.clone();
        change(&mut after);
        if after.validate().is_err() {
            return;
        }
        after.reindex();
        self.apply(label, Edit::Topics { before, after: Box::new(after) });
    }

    /// A new topic with a unique id made from its name; returns the id.
    pub fn add_topic(&mut self, name: &str) -> String {
        let base = slug(name, "topic");
        let mut id = base.clone();
        let mut n = 2;
        while self.session.topics.topic(&id).is_some() {
            id = format!("{base}-{n}");
            n += 1;
        }
        let topic = crate::topics::Topic::new(id.clone(), name.trim());
        self.edit_topics("add topic", |t| t.topics.push(topic));
        id
    }

    pub fn set_kind(&mut self, key: &StatementKey, kind: Kind) {
        let extracted = self.entry(key).and_then(|e| e.extracted.as_ref().map(|s| s.kind));
        self.annotate("change kind", key, |a| {
            if let Some(added) = &mut a.added {
                added.kind = kind;
            } else if extracted == Some(kind) {
                a.kind = None;
            } else {
                a.kind = Some(kind);
            }
        });
    }

    pub fn set_note(&mut self, key: &StatementKey, note: String) {
        self.annotate("edit note", key, |a| a.note = note);
    }

    pub fn set_hidden(&mut self, key: &StatementKey, hidden: bool) {
        self.annotate(if hidden { "hide statement" } else { "restore statement" }, key, |a| a.hidden = hidden);
    }

    /// Adds a statement by hand over `content` in an article; returns its
    /// key. Speaker and actor may be set afterwards.
    pub fn add_statement(
        &mut self,
        article: &ArticleId,
        content: Span,
        speaker: Option<String>,
        actor: Option<String>,
    ) -> Option<StatementKey> {
        let i = self.index_of(article)?;
        let text = &self.session.articles[i].text;
        if content.is_empty()
            || content.end > text.len()
            || !text.is_char_boundary(content.start)
            || !text.is_char_boundary(content.end)
        {
            return None;
        }
        let slice = content.text(text);
        let trimmed_start = content.start + (slice.len() - slice.trim_start().len());
        let trimmed_end = content.start + slice.trim_end().len();
        let content = Span::new(trimmed_start, trimmed_end.max(trimmed_start));
        if content.is_empty() {
            return None;
        }
        let kind = kind_from_quote_marks(text, content);
        // words chosen over a statement extraction found: the same speaker
        let (speaker, actor) = match (speaker, actor) {
            (None, None) => self.entries[i]
                .iter()
                .filter(|e| overlap(&e.statement.content, &content) > 0)
                .max_by_key(|e| overlap(&e.statement.content, &content))
                .map(|e| (e.statement.speaker.clone(), e.statement.actor.clone()))
                .unwrap_or((None, None)),
            given => given,
        };
        let mut statement = Statement {
            content,
            pieces: Vec::new(),
            source: None,
            cue: None,
            speaker,
            actor,
            kind,
            topics: Vec::new(),
            stance: Default::default(),
            rule: String::new(),
            confidence: 100,
            headline: false,
            role: None,
        };
        self.session.topics.annotate(text, std::slice::from_mut(&mut statement));
        let key = StatementKey { article: article.clone(), span: content };
        if self.session.annotations.get(&key).is_some_and(|a| a.added.is_some()) {
            return Some(key);
        }
        self.annotate("add statement", &key, |a| a.added = Some(statement));
        Some(key)
    }

    /// Removes a statement added by hand (extracted ones are hidden
    /// instead).
    pub fn remove_added(&mut self, key: &StatementKey) {
        if self.session.annotations.get(key).is_some_and(|a| a.added.is_some()) {
            let before = self.session.annotations.get(key).cloned();
            self.apply("remove statement", Edit::Annotate { key: key.clone(), before, after: None });
        }
    }

    /// Changes the catalogue as a whole, as one step.
    pub fn edit_catalogue(&mut self, label: &str, change: impl FnOnce(&mut Catalogue)) {
        let before = Box::new(self.session.catalogue.clone());
        let mut after = self.session.catalogue.clone();
        change(&mut after);
        if after.validate().is_err() {
            return;
        }
        self.apply(label, Edit::Catalogue { before, after: Box::new(after) });
    }

    /// A new actor with a unique id derived from its name; returns the id.
    pub fn add_actor(&mut self, name: &str, group: &str, colour: crate::catalogue::Rgb) -> String {
        let base: String = name
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() { "actor".to_string() } else { base };
        let mut id = base.clone();
        let mut n = 2;
        while self.session.catalogue.actor(&id).is_some() {
            id = format!("{base}-{n}");
            n += 1;
        }
        let actor = Actor {
            id: id.clone(),
            name: name.trim().to_string(),
            group: group.trim().to_string(),
            colour,
            aliases: vec![name.trim().to_string()],
            speakers: Vec::new(),
            keywords: Vec::new(),
            part_of: None,
        };
        self.edit_catalogue("add actor", |c| c.actors.push(actor));
        id
    }

    /// Deletes an actor; statements given to it by hand go back to no
    /// actor. One undo step.
    pub fn delete_actor(&mut self, id: &str) {
        self.remap_actor(id, None, "delete actor");
    }

    /// Moves everything of actor `from` (speakers, aliases, keywords, the
    /// statements given to it by hand) into `into`, and deletes `from`.
    pub fn merge_actors(&mut self, from: &str, into: &str) {
        if from == into || self.session.catalogue.actor(into).is_none() {
            return;
        }
        self.remap_actor(from, Some(into), "merge actors");
    }

    fn remap_actor(&mut self, from: &str, into: Option<&str>, label: &str) {
        let Some(pos) = self.session.catalogue.position(from) else { return };
        let mut edits = Vec::new();
        let before = Box::new(self.session.catalogue.clone());
        let mut after = self.session.catalogue.clone();
        let removed = after.actors.remove(pos);
        // the parts of the actor removed become parts of the one it went
        // into, when that one can have parts, else actors of their own
        let into_whole = into.filter(|i| after.actor(i).is_some_and(|a| a.part_of.is_none()));
        for a in &mut after.actors {
            if a.part_of.as_deref() == Some(from) {
                a.part_of = into_whole.filter(|i| *i != a.id).map(str::to_string);
            }
            // so do the dated roles that spoke for it (else the catalogue,
            // and the session saved with it, would no longer load)
            for r in a.speakers.iter_mut().flat_map(|p| &mut p.roles) {
                if r.actor == crate::catalogue::RoleActor::Actor(from.to_string()) {
                    r.actor = match into {
                        Some(i) => crate::catalogue::RoleActor::Actor(i.to_string()),
                        None => crate::catalogue::RoleActor::Nobody,
                    };
                }
            }
        }
        if let Some(into) = into
            && let Some(t) = after.actors.iter_mut().find(|a| a.id == into)
        {
            t.speakers.extend(removed.speakers);
            for al in removed.aliases.into_iter().chain(std::iter::once(removed.name)) {
                if !t.aliases.contains(&al) {
                    t.aliases.push(al);
                }
            }
            for k in removed.keywords {
                if !t.keywords.contains(&k) {
                    t.keywords.push(k);
                }
            }
        }
        edits.push(Edit::Catalogue { before, after: Box::new(after) });
        let target = into.map(str::to_string);
        for (k, a) in &self.session.annotations {
            let mut na = a.clone();
            let mut changed = false;
            if na.actor.as_ref().is_some_and(|x| x.as_deref() == Some(from)) {
                na.actor = Some(target.clone());
                changed = true;
            }
            if let Some(s) = &mut na.added
                && s.actor.as_deref() == Some(from)
            {
                s.actor = target.clone();
                changed = true;
            }
            if changed {
                edits.push(Edit::Annotate { key: k.clone(), before: Some(a.clone()), after: Some(na) });
            }
        }
        self.apply(label, Edit::Batch(edits));
        // view state: keep the column order sensible
        self.session.view.hidden_actors.retain(|x| x != from);
        self.session.view.actor_order.retain(|x| x != from);
    }

    /// Adds articles not already open (same text), extracting them here;
    /// returns how many were new.
    pub fn add_articles(&mut self, articles: Vec<Arc<Article>>) -> usize {
        let raw = extract_all(&articles, &self.session.catalogue, &self.session.topics);
        self.add_extracted(self.generation, articles.into_iter().zip(raw).collect())
    }

    /// Adds articles whose extraction was done elsewhere (a background job
    /// working with catalogue generation `generation`), skipping any already open.
    /// One undo step; returns how many were new.
    pub fn add_extracted(&mut self, generation: u64, items: Vec<(Arc<Article>, Arc<Vec<Statement>>)>) -> usize {
        let mut seen: std::collections::HashSet<ArticleId> =
            self.session.articles.iter().map(|a| a.id.clone()).collect();
        let mut added = Vec::new();
        self.revision += 1;
        self.data_revision += 1;
        for (a, raw) in items {
            if !seen.insert(a.id.clone()) {
                continue;
            }
            let p = self.session.articles.len();
            self.session.articles.push(a.clone());
            self.raw.push(raw);
            self.raw_gen.push(generation);
            self.entries.push(Vec::new());
            self.derived.push(0);
            self.group_hash.push(0);
            self.rederive(p);
            added.push((p, a));
        }
        self.reindex_articles();
        let n = added.len();
        if n == 0 {
            return 0;
        }
        added.reverse();
        let before = self.state;
        self.state = self.next_state;
        self.next_state += 1;
        let label = if n == 1 { "open article".to_string() } else { format!("open {n} articles") };
        self.undo.push(Step {
            label,
            edit: Edit::RemoveArticles { articles: added, annotations: Vec::new() },
            state: before,
        });
        self.redo.clear();
        n
    }

    /// Removes articles (and their annotations, restored by undo).
    pub fn remove_articles(&mut self, ids: &[ArticleId]) {
        let mut list: Vec<(usize, Arc<Article>)> =
            ids.iter().filter_map(|id| self.index_of(id).map(|i| (i, self.session.articles[i].clone()))).collect();
        // remove from the back so positions stay valid
        list.sort_by_key(|(i, _)| std::cmp::Reverse(*i));
        let label =
            if list.len() == 1 { "remove article".to_string() } else { format!("remove {} articles", list.len()) };
        self.apply(label, Edit::RemoveArticles { articles: list, annotations: Vec::new() });
    }

    /// Changes view state (not part of undo history; saved with the
    /// session).
    pub fn view_mut(&mut self) -> &mut crate::session::ViewState {
        self.revision += 1;
        &mut self.session.view
    }
}

/// The part of the view state an analyst sets up on purpose and would
/// not want to lose without being asked: what [`Workspace::is_dirty`]
/// compares with the file.
#[derive(Debug, Clone, Default)]
struct Arrangement {
    actor_order: Vec<String>,
    hidden_actors: Vec<String>,
    group_by_bloc: bool,
    blocs: std::collections::BTreeMap<String, bool>,
    /// The filters but the search text.
    filters: crate::session::Filters,
}

impl Arrangement {
    fn of(v: &crate::session::ViewState) -> Arrangement {
        Arrangement {
            actor_order: v.actor_order.clone(),
            hidden_actors: v.hidden_actors.clone(),
            group_by_bloc: v.group_by_bloc,
            blocs: v.blocs.clone(),
            filters: crate::session::Filters { search: String::new(), ..v.filters.clone() },
        }
    }

    /// Whether `v` is arranged so (asked every frame, so nothing is
    /// copied). A bloc counts as open or closed, whether the user said so
    /// or it is so by default.
    fn is(&self, v: &crate::session::ViewState, cat: &crate::catalogue::Catalogue) -> bool {
        let open = |blocs: &std::collections::BTreeMap<String, bool>, g: &str| {
            blocs.get(g).copied().unwrap_or_else(|| crate::compare::bloc_open_by_default(cat, g))
        };
        let same_blocs = self.blocs.keys().chain(v.blocs.keys()).all(|g| open(&self.blocs, g) == open(&v.blocs, g));
        let crate::session::Filters {
            excluded_articles,
            hidden_topics,
            hidden_kinds,
            show_unattributed,
            show_hidden,
            search: _,
            hidden_languages,
            date_from,
            date_to,
            hidden_outlets,
        } = &v.filters;
        let f = &self.filters;
        self.actor_order == v.actor_order
            && self.hidden_actors == v.hidden_actors
            && self.group_by_bloc == v.group_by_bloc
            && same_blocs
            && f.excluded_articles == *excluded_articles
            && f.hidden_topics == *hidden_topics
            && f.hidden_kinds == *hidden_kinds
            && f.show_unattributed == *show_unattributed
            && f.show_hidden == *show_hidden
            && f.hidden_languages == *hidden_languages
            && f.date_from == *date_from
            && f.date_to == *date_to
            && f.hidden_outlets == *hidden_outlets
    }
}

/// The kind of words chosen by hand, from their quotation marks: quoted
/// whole (the marks chosen too, or just outside the words chosen) is a
/// direct quote, quoted in part is mixed, unquoted is reported speech.
fn kind_from_quote_marks(text: &str, content: Span) -> Kind {
    use crate::extract::tokens::is_quote_char;
    let words = content.text(text);
    let first = words.chars().next();
    let last = words.chars().next_back();
    let inside = first.is_some_and(is_quote_char) && last.is_some_and(is_quote_char);
    // "«We will not,» he said" chosen without its marks: look just outside,
    // past punctuation the quotation closes on
    let before = text[..content.start].chars().next_back();
    let after = text[content.end..].chars().find(|c| !matches!(c, ',' | '.' | '!' | '?' | ';' | ':'));
    let around = before.is_some_and(is_quote_char) && after.is_some_and(is_quote_char);
    if inside || around {
        Kind::Direct
    } else if words.chars().any(|c| matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '「' | '」'))
    {
        // (apostrophes are not quotation marks: "Russia’s")
        Kind::Mixed
    } else {
        Kind::Indirect
    }
}

/// Whether an annotation does more than mark the statement as checked.
fn changes_more_than_checking(a: &Annotation) -> bool {
    !Annotation { checked: false, ..a.clone() }.is_empty()
}

fn overlap(a: &Span, b: &Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// An id from a name: lower case, words joined by `-`.
fn slug(name: &str, fallback: &str) -> String {
    let s = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() { fallback.to_string() } else { s }
}

/// The model's suggestions for statements (only where it differs from the
/// rules).
pub fn suggest_all(
    lexicon: &TopicLexicon,
    model: &crate::learn::Model,
    items: Vec<(StatementKey, crate::learn::Example)>,
) -> Vec<(StatementKey, crate::learn::Suggestion)> {
    if model.is_empty() {
        return Vec::new();
    }
    use rayon::prelude::*;
    items.into_par_iter().filter_map(|(k, ex)| model.suggest(lexicon, &ex).map(|s| (k, s))).collect()
}

/// Extracts many articles in parallel.
pub fn extract_all(
    articles: &[Arc<Article>],
    catalogue: &Catalogue,
    topics: &TopicLexicon,
) -> Vec<Arc<Vec<Statement>>> {
    use rayon::prelude::*;
    articles.par_iter().map(|a| Arc::new(extract::extract(&a.text, catalogue, topics))).collect()
}

#[cfg(test)]
mod tests;
