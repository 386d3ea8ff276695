//! What the views draw: the session filtered, as a topic × actor matrix and
//! as a flat list. Pure and fast, so it can be tested and benchmarked
//! without a window.
//!
//! Filtering is incremental where typing makes it so: when the search text
//! only grows, the next result is filtered from the previous one rather
//! than from every statement.

use crate::extract::Kind;
use crate::session::{Filters, ViewState};
use crate::workspace::{Entry, Workspace};

/// A statement in the workspace: article index and entry index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatementRef {
    pub article: u32,
    pub entry: u32,
}

impl StatementRef {
    pub fn get<'a>(&self, ws: &'a Workspace) -> Option<&'a Entry> {
        ws.entries.get(self.article as usize)?.get(self.entry as usize)
    }
}

/// A column: one actor (or the statements no actor claims).
///
/// A column holds the statements of its `members`; today each actor is its
/// own column, and a bloc shown as one column will be a column with several
/// members (the view draws whatever columns it is given).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Catalogue index; `None` for "No actor" (and for a column of several
    /// actors).
    pub actor: Option<usize>,
    /// Catalogue indices of the actors whose statements it holds; empty for
    /// "No actor".
    pub members: Vec<usize>,
    pub id: String,
    pub name: String,
    pub group: String,
    pub colour: [u8; 3],
    pub count: usize,
}

/// A row: one topic, or "Other" for statements with none.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub topic: Option<usize>,
    /// Topic id; "" for Other.
    pub id: String,
    pub name: String,
    pub count: usize,
}

/// The filtered session.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// `cells[row][column]`: the cell's lead statement first
    /// ([`crate::positions::lead`]), then the rest in text order, article
    /// by article.
    pub cells: Vec<Vec<Vec<StatementRef>>>,
    /// `summaries[row][column]`: each cell's stance counts, outlets and
    /// dates, computed with the cells (never per frame).
    pub summaries: Vec<Vec<crate::positions::CellSummary>>,
    /// Every statement that passes the filters (in visible columns), once.
    pub list: Vec<StatementRef>,
    /// Statements in the session, before filtering.
    pub total: usize,
    /// Articles that pass the article, date and outlet filters.
    pub articles_shown: usize,
    /// Per article, whether it passes them.
    pub included: Vec<bool>,
    /// The session's outlets with their article counts (see [`outlets`]).
    pub outlets: Vec<(String, usize)>,
    /// The first and last day of the articles' dates (see [`date_span`]).
    pub date_span: Option<(i32, i32)>,
    /// Articles without a full date.
    pub undated: usize,
    /// Statements per actor id in the articles shown, hidden ones left
    /// out, before the actor, kind and search filters (what the sidebar
    /// counts beside each actor).
    pub actor_counts: std::collections::HashMap<String, usize>,
    /// Re-reported statements folded into one card ([`Folder`]): for
    /// the card that stands for others of its group in its cell, by row and
    /// statement, what it stands for.
    pub folded: std::collections::HashMap<(u32, StatementRef), Folded>,
    /// Actor id → its column (several actors share the column of their
    /// closed bloc), `None` for a hidden actor; ids the catalogue does not
    /// have are absent (their statements count as no actor's).
    pub column_of_actor: std::collections::HashMap<String, Option<usize>>,
    /// What `list` was computed from, for incremental updates.
    key: Option<Key>,
    /// What was read of every statement, shared with the next comparison
    /// while the statements stay the same ([`Facts`]).
    facts: std::sync::Arc<Facts>,
    /// The statements the search text finds ([`Facts::matching`]), when
    /// they were all searched.
    matched: Option<std::sync::Arc<Vec<u64>>>,
    /// `cards[row][column]`: each cell's statements in text order, before
    /// the lead statement is put first and re-reported ones folded, with
    /// what was read of them; after an edit, the cells it did not touch
    /// are kept from here ([`after_edit`]).
    cards: Vec<Vec<std::sync::Arc<Vec<Card>>>>,
    /// Each article's outlet as a number and its day, as `cards` has them.
    outlet_numbers: Vec<Option<u32>>,
    days: Vec<Option<i32>>,
}

/// What one card stands for when the same remark was carried several
/// times in its cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Folded {
    /// Versions in the cell, the card's own included.
    pub versions: u32,
    /// Distinct outlets among them (articles without one not counted).
    pub outlets: u32,
    /// First and last day of their articles, for those dated.
    pub days: Option<(i32, i32)>,
}

impl Folded {
    /// "6 outlets", "3 times": how widely the remark went, short enough to
    /// lead a card's source line.
    pub fn label(&self) -> String {
        if self.outlets > 1 { format!("{} outlets", self.outlets) } else { format!("{} times", self.versions) }
    }
}

/// Folds a cell's re-reported statements ([`crate::grouping`]) into the
/// first of them in the cell's order, the lead statement first: a remark
/// carried by six outlets is one card, "reported by 6 outlets". The cell's
/// summary, made before, still counts every version.
struct Folder {
    /// group → its place among the cell's kept cards ([`Folder::NONE`]: not
    /// in the cell yet), put back after each cell
    first_of: Vec<u32>,
    info: Vec<(Folded, Vec<u32>)>,
}

impl Folder {
    const NONE: u32 = u32::MAX;

    /// A folder for `groups` groups.
    fn new(groups: usize) -> Folder {
        Folder { first_of: vec![Folder::NONE; groups], info: Vec::new() }
    }

    /// The cards of `cell` (in text order) as the cell shows them: the one
    /// at `lead` first, then the rest, each group's first standing for the
    /// group. What each folded card stands for goes to `out`, under row
    /// `row`.
    fn fold(
        &mut self,
        row: u32,
        cell: &[Card],
        lead: usize,
        out: &mut std::collections::HashMap<(u32, StatementRef), Folded>,
    ) -> Vec<StatementRef> {
        let lead = lead.min(cell.len());
        let shown = cell.get(lead).into_iter().chain(&cell[..lead]).chain(cell.get(lead + 1..).unwrap_or_default());
        let mut kept: Vec<StatementRef> = Vec::with_capacity(cell.len());
        self.info.clear();
        for k in shown {
            let place = k.group.and_then(|g| self.first_of.get_mut(g as usize));
            let slot = match place {
                Some(p) if *p != Folder::NONE => *p as usize,
                place => {
                    if let Some(p) = place {
                        *p = self.info.len() as u32;
                    }
                    kept.push(k.r);
                    self.info.push((Folded::default(), Vec::new()));
                    self.info.len() - 1
                }
            };
            let (f, outlets) = &mut self.info[slot];
            f.versions += 1;
            if let Some(o) = k.outlet
                && !outlets.contains(&o)
            {
                outlets.push(o);
            }
            if let Some(d) = k.day {
                f.days = Some(f.days.map_or((d, d), |(lo, hi)| (lo.min(d), hi.max(d))));
            }
        }
        for k in cell {
            if let Some(p) = k.group.and_then(|g| self.first_of.get_mut(g as usize)) {
                *p = Folder::NONE;
            }
        }
        for (r, (f, outlets)) in kept.iter().zip(&self.info) {
            if f.versions > 1 {
                out.insert((row, *r), Folded { outlets: outlets.len() as u32, ..*f });
            }
        }
        kept
    }
}

/// A cell's summary, and the place among its cards (in text order) of its
/// lead statement ([`crate::positions::lead_of`]).
fn settle(cell: &[Card]) -> (crate::positions::CellSummary, usize) {
    let s = crate::positions::summarise_parts(cell.iter().map(|k| (k.stance, k.outlet.map(|o| o as usize), k.day)));
    let lead = crate::positions::lead_of(cell.iter().filter_map(|k| k.lead), s.stance.majority());
    (s, lead.unwrap_or(0))
}

/// Where each statement's cards go: which column its actor is in and which
/// row each of its topics is.
struct Grid {
    /// By the actor's place in the catalogue; `None`: its column is hidden.
    col_by_actor: Vec<Option<usize>>,
    /// "No actor", where no actor's and unknown actors' statements go.
    no_actor_col: Option<usize>,
    /// By the topic's place in the lexicon; `None`: the topic is hidden.
    row_by_topic: Vec<Option<usize>>,
    other_row: Option<usize>,
}

impl Grid {
    /// The column of a statement of `actor` (a [`Fact::actor`]).
    fn col_of(&self, actor: u32) -> Option<usize> {
        self.col_by_actor.get(actor as usize).copied().unwrap_or(self.no_actor_col)
    }

    /// The cards of statement `r`, in column `c`, with its facts `f`: one
    /// per row its topics are in, given to `put` with the row.
    fn place(&self, facts: &Facts, articles: &Articles, r: StatementRef, f: &Fact, mut put: impl FnMut(usize, Card)) {
        let a = r.article as usize;
        let card =
            Card { r, outlet: articles.outlet[a], day: articles.days[a], group: f.group, stance: None, lead: None };
        for t in facts.topics_of(f) {
            let row = if t.topic == OTHER { self.other_row } else { self.row_by_topic[t.topic as usize] };
            if let Some(ri) = row {
                put(ri, Card { stance: t.stance, lead: Some(t.lead), ..card });
            }
        }
    }
}

/// One statement placed in a cell, with what the cell's summary, its lead
/// statement and folding read of it, so that none of them goes back to the
/// statement's strings and maps.
#[derive(Debug, Clone, Copy)]
struct Card {
    r: StatementRef,
    /// Its article's outlet as a number ([`Articles`]); `None`: none.
    outlet: Option<u32>,
    day: Option<i32>,
    /// Its group of re-reported statements, if it has others.
    group: Option<u32>,
    /// Toward the row's topic (none in the Other row).
    stance: Option<crate::topics::Stance>,
    lead: Option<crate::positions::LeadFacts>,
}

/// What the comparison reads of each statement that no filter, column or
/// search changes, in the order of the workspace's entries. Made once per
/// change of the statements and shared by the comparisons after it, so a
/// keystroke in the filter or a column moved reads this compact list in
/// order instead of going back to each statement's strings and maps
/// (scattered in memory: most of a recompute was waiting for them).
#[derive(Debug, Default)]
struct Facts {
    /// What it was made from ([`Facts::stamp_of`]).
    stamp: (u64, u64, u64),
    /// What its articles' facts may be taken over by ([`Facts::base_of`]).
    base: (u64, u64, u64),
    /// The number of each article's entries when they were read
    /// ([`Workspace::derived`]).
    derived: Vec<u64>,
    /// Per article, where its statements start in `items`; one more at the
    /// end.
    start: Vec<u32>,
    items: Vec<Fact>,
    /// The statements' topics, `Fact::topics` ranges into it.
    topics: Vec<TopicFact>,
    /// Actor ids the catalogue does not have, numbered after its actors
    /// (their statements are no actor's, but the sidebar counts them).
    strangers: Vec<String>,
    /// What the search looks in, per article ([`Hay`]), shared with the
    /// facts made after an edit while the article stays the same.
    hay: Vec<std::sync::Arc<Hay>>,
}

/// What the search looks in for one article's statements, one after
/// another: each one's text, speaker and note, folded, each ended by a NUL,
/// so that one pass of the substring finder searches them all.
#[derive(Debug, Default)]
struct Hay {
    text: String,
    /// Where each statement's part of `text` starts; one more at the end.
    at: Vec<u32>,
}

/// One statement's [`Facts`].
#[derive(Debug, Clone, Copy)]
struct Fact {
    /// Its actor's place in the catalogue, or after it in
    /// [`Facts::strangers`]; [`NO_ACTOR`] for none.
    actor: u32,
    hidden: bool,
    kind: Kind,
    group: Option<u32>,
    confidence: u8,
    /// Whether the analyst dealt with its attribution ([`reviewed`]).
    reviewed: bool,
    /// Its topics in [`Facts::topics`]: `first..first + count`, at least one.
    first: u32,
    count: u32,
}

/// A statement on one topic: the place of the topic in the lexicon
/// ([`OTHER`]: it is on none the lexicon has), its stance toward it and what
/// the lead statement is chosen by.
#[derive(Debug, Clone, Copy, PartialEq)]
struct TopicFact {
    topic: u32,
    stance: Option<crate::topics::Stance>,
    lead: crate::positions::LeadFacts,
}

const NO_ACTOR: u32 = u32::MAX;
const OTHER: u32 = u32::MAX;

impl Facts {
    /// What the facts of `ws` are made from: the workspace itself, its
    /// statements (and the catalogue, topics and corrections, which change
    /// only with them) and its groups.
    fn stamp_of(ws: &Workspace) -> (u64, u64, u64) {
        (ws.instance, ws.data_revision, ws.grouped_for())
    }

    /// What may be taken over from facts made earlier, article by article
    /// ([`Workspace::derived`]): the same workspace, groups, catalogue and
    /// topics (which number the actors and topics).
    fn base_of(ws: &Workspace) -> (u64, u64, u64) {
        (ws.instance, ws.grouped_for(), ws.generation)
    }

    /// The facts of `ws`, reading again only the articles whose entries
    /// changed since `previous` was made (all of them without it).
    fn of(ws: &Workspace, previous: Option<&Facts>) -> Facts {
        let cat = &ws.session.catalogue;
        let actor_at: FastMap<&str, u32> =
            cat.actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), i as u32)).collect();
        let topic_at: FastMap<&str, u32> =
            ws.session.topics.topics.iter().enumerate().map(|(i, t)| (t.id.as_str(), i as u32)).collect();
        let previous = previous.filter(|p| p.base == Facts::base_of(ws));
        // the articles `previous` read, by their number
        let before: FastMap<u64, usize> =
            previous.map(|p| p.derived.iter().enumerate().map(|(j, &d)| (d, j)).collect()).unwrap_or_default();
        let annotated = !ws.session.annotations.is_empty();
        let n = ws.statement_count();
        let mut f = Facts {
            stamp: Facts::stamp_of(ws),
            base: Facts::base_of(ws),
            derived: ws.derived().to_vec(),
            start: Vec::with_capacity(ws.entries.len() + 1),
            items: Vec::with_capacity(n),
            topics: Vec::with_capacity(n + n / 2),
            // kept in their numbering, so that statements taken over keep
            // their actor
            strangers: previous.map(|p| p.strangers.clone()).unwrap_or_default(),
            hay: Vec::with_capacity(ws.entries.len()),
        };
        let mut stranger_at: FastMap<String, u32> =
            f.strangers.iter().enumerate().map(|(i, s)| (s.clone(), (cat.actors.len() + i) as u32)).collect();
        for (ai, entries) in ws.entries.iter().enumerate() {
            f.start.push(f.items.len() as u32);
            if let Some(p) = previous
                && let Some(&j) = ws.derived().get(ai).and_then(|d| before.get(d))
            {
                f.take_over(p, j);
                continue;
            }
            let mut hay = Hay {
                text: String::with_capacity(entries.iter().map(|e| e.folded.len() + 3).sum()),
                at: Vec::with_capacity(entries.len() + 1),
            };
            for e in entries {
                let actor = match e.statement.actor.as_deref() {
                    None => NO_ACTOR,
                    Some(id) => match actor_at.get(id) {
                        Some(&i) => i,
                        None => *stranger_at.entry(id.to_string()).or_insert_with(|| {
                            f.strangers.push(id.to_string());
                            (cat.actors.len() + f.strangers.len() - 1) as u32
                        }),
                    },
                };
                let annotation = if annotated { ws.session.annotations.get(&e.key) } else { None };
                let chars = e.chars as usize;
                let first = f.topics.len();
                for t in &e.statement.topics {
                    // a topic the lexicon no longer has counts as none
                    if let Some(&topic) = topic_at.get(t.as_str()) {
                        let lead = crate::positions::LeadFacts::with(e, annotation, chars, t);
                        f.topics.push(TopicFact { topic, stance: lead.stance(), lead });
                    }
                }
                if f.topics.len() == first {
                    // the Other row has no stance to count
                    let lead = crate::positions::LeadFacts::with(e, annotation, chars, "");
                    f.topics.push(TopicFact { topic: OTHER, stance: None, lead });
                }
                hay.at.push(hay.text.len() as u32);
                hay.text.push_str(&e.folded);
                hay.text.push('\0');
                if let Some(speaker) = &e.statement.speaker {
                    crate::lang::fold_search_into(&mut hay.text, speaker);
                }
                hay.text.push('\0');
                crate::lang::fold_search_into(&mut hay.text, &e.note);
                hay.text.push('\0');
                f.items.push(Fact {
                    actor,
                    hidden: e.hidden,
                    kind: e.statement.kind,
                    group: e.group,
                    confidence: e.statement.confidence,
                    reviewed: reviewed(e),
                    first: first as u32,
                    count: (f.topics.len() - first) as u32,
                });
            }
            hay.at.push(hay.text.len() as u32);
            f.hay.push(std::sync::Arc::new(hay));
        }
        f.start.push(f.items.len() as u32);
        f
    }

    /// Appends what `p` read of its article `j`, unchanged since.
    fn take_over(&mut self, p: &Facts, j: usize) {
        self.hay.push(p.hay[j].clone());
        let (from, to) = (p.start[j] as usize, p.start[j + 1] as usize);
        if from == to {
            return;
        }
        let topics_from = p.items[from].first as usize;
        let topics_to = (p.items[to - 1].first + p.items[to - 1].count) as usize;
        let topic_shift = self.topics.len() as i64 - topics_from as i64;
        self.topics.extend_from_slice(&p.topics[topics_from..topics_to]);
        self.items
            .extend(p.items[from..to].iter().map(|x| Fact { first: (x.first as i64 + topic_shift) as u32, ..*x }));
    }

    /// The statements whose text, speaker or note contains the search
    /// text, as bits by their place in `items` (what [`matches_search`]
    /// tells one by one, in one pass over all of them). `None` for a
    /// search text with a NUL, which could match across two statements.
    fn matching(&self, search: &Search) -> Option<Vec<u64>> {
        if search.needle.contains('\0') {
            return None;
        }
        let mut bits = vec![0u64; self.items.len().div_ceil(64)];
        for (hay, &first) in self.hay.iter().zip(&self.start) {
            let text = hay.text.as_bytes();
            let mut s = 0;
            let mut pos = 0;
            while pos < text.len()
                && let Some(i) = search.finder.find(&text[pos..])
            {
                let at = pos + i;
                // matches come in order: the statement holding this one is
                // at or after the last
                while hay.at[s + 1] as usize <= at {
                    s += 1;
                }
                let n = first as usize + s;
                bits[n / 64] |= 1 << (n % 64);
                // one match is enough: go on from the next statement
                pos = hay.at[s + 1] as usize;
            }
        }
        Some(bits)
    }

    /// The place of statement `r` in `items` (which must have it).
    fn index(&self, r: StatementRef) -> usize {
        (self.start[r.article as usize] + r.entry) as usize
    }

    /// The facts of statement `r`.
    fn get(&self, r: StatementRef) -> Option<&Fact> {
        let i = *self.start.get(r.article as usize)? + r.entry;
        (i < *self.start.get(r.article as usize + 1)?).then(|| &self.items[i as usize])
    }

    fn topics_of(&self, f: &Fact) -> &[TopicFact] {
        &self.topics[f.first as usize..(f.first + f.count) as usize]
    }
}

/// What the comparison reads of each article, once per recompute: its
/// outlet (trimmed) as a number, the same for the same outlet, and the
/// day of its date.
struct Articles<'a> {
    outlet: Vec<Option<u32>>,
    days: Vec<Option<i32>>,
    /// The outlets by number.
    names: Vec<&'a str>,
}

impl<'a> Articles<'a> {
    fn of(ws: &'a Workspace) -> Articles<'a> {
        let mut number: FastMap<&str, u32> = FastMap::default();
        let mut names = Vec::new();
        let outlet = ws
            .session
            .articles
            .iter()
            .map(|a| {
                let o = a.outlet.trim();
                (!o.is_empty()).then(|| {
                    *number.entry(o).or_insert_with(|| {
                        names.push(o);
                        names.len() as u32 - 1
                    })
                })
            })
            .collect();
        Articles { outlet, days: crate::positions::article_days(ws), names }
    }

    /// [`outlets`], from the numbers.
    fn outlets(&self) -> Vec<(String, usize)> {
        let mut n = vec![0usize; self.names.len()];
        let mut none = 0;
        for o in &self.outlet {
            match o {
                Some(o) => n[*o as usize] += 1,
                None => none += 1,
            }
        }
        let by_name: std::collections::BTreeMap<&str, usize> = self.names.iter().copied().zip(n).collect();
        let mut v: Vec<(String, usize)> = by_name.into_iter().map(|(o, n)| (o.to_string(), n)).collect();
        v.sort_by_key(|a| a.0.to_lowercase());
        if none > 0 {
            v.push((String::new(), none));
        }
        v
    }
}

/// A hasher for the short ids looked up per statement (actor and topic
/// ids): FNV-1a, cheaper than the default for keys of a few bytes.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

#[derive(Debug, Clone, PartialEq)]
struct Key {
    /// The workspace ([`Workspace::instance`]) and its revision.
    instance: u64,
    revision: u64,
    view: ViewState,
}

impl Comparison {
    /// The column a statement of actor `actor` is in (`None`: no actor),
    /// if it has one: its own, its closed bloc's, or "No actor".
    pub fn column_of(&self, actor: Option<&str>) -> Option<usize> {
        match actor.and_then(|id| self.column_of_actor.get(id)) {
            Some(c) => *c,
            None => self.columns.iter().position(|c| c.members.is_empty()),
        }
    }

    /// Whether `ws` has changed since this was computed.
    pub fn is_current(&self, ws: &Workspace) -> bool {
        self.key.as_ref().is_some_and(|k| {
            k.instance == ws.instance && k.revision == ws.revision && same_view(&k.view, &ws.session.view)
        })
    }
}

/// Whether two view states give the same comparison: everything but how
/// the grid is scrolled and which cells are open.
fn same_view(a: &ViewState, b: &ViewState) -> bool {
    let ViewState {
        view,
        actor_order,
        hidden_actors,
        group_by_bloc,
        blocs,
        filters,
        article,
        compare: _,
        positions: _,
    } = a;
    *view == b.view
        && *actor_order == b.actor_order
        && *hidden_actors == b.hidden_actors
        && *group_by_bloc == b.group_by_bloc
        && *blocs == b.blocs
        && *filters == b.filters
        && *article == b.article
}

/// Which articles pass the article, language, outlet and date filters.
pub fn articles_included(ws: &Workspace) -> Vec<bool> {
    included_with(ws, &crate::positions::article_days(ws))
}

/// [`articles_included`], given each article's day
/// ([`crate::positions::article_days`]).
fn included_with(ws: &Workspace, days: &[Option<i32>]) -> Vec<bool> {
    let f = &ws.session.view.filters;
    let from = f.date_from.as_deref().and_then(crate::calendar::day_of);
    let to = f.date_to.as_deref().and_then(crate::calendar::day_of);
    ws.session
        .articles
        .iter()
        .zip(days)
        .map(|(a, day)| {
            if f.excluded_articles.contains(&a.id)
                || f.hidden_outlets.iter().any(|o| *o == a.outlet.trim())
                || f.hidden_languages.contains(&a.lang.0)
            {
                return false;
            }
            if from.is_none() && to.is_none() {
                return true;
            }
            // with a date range set, an article without a full date is out
            let Some(day) = *day else { return false };
            from.is_none_or(|f| day >= f) && to.is_none_or(|t| day <= t)
        })
        .collect()
}

/// The session's outlets, sorted, with how many articles each has ("" for
/// articles with no outlet, last).
pub fn outlets(ws: &Workspace) -> Vec<(String, usize)> {
    let mut m: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for a in &ws.session.articles {
        *m.entry(a.outlet.trim().to_string()).or_insert(0) += 1;
    }
    let none = m.remove("");
    let mut v: Vec<(String, usize)> = m.into_iter().collect();
    v.sort_by_key(|a| a.0.to_lowercase());
    if let Some(n) = none {
        v.push((String::new(), n));
    }
    v
}

/// The first and last day among the articles' dates, if any has a year.
pub fn date_span(ws: &Workspace) -> Option<(i32, i32)> {
    span_of(&crate::positions::article_days(ws))
}

/// The first and last of `days`.
fn span_of(days: &[Option<i32>]) -> Option<(i32, i32)> {
    days.iter().flatten().fold(None, |acc, &d| match acc {
        None => Some((d, d)),
        Some((lo, hi)) => Some((lo.min(d), hi.max(d))),
    })
}

/// Whether bloc `group` shows a column per actor (open) or one column
/// (closed): as the user left it, else open, except a bloc that is an
/// actor with its parts ([`crate::catalogue::Actor::part_of`]: Western
/// officials with the US administration, NATO, the EU ...), which starts
/// closed so that it reads as the one side it is.
pub fn bloc_open(ws: &Workspace, group: &str) -> bool {
    match ws.session.view.blocs.get(group) {
        Some(&open) => open,
        None => bloc_open_by_default(&ws.session.catalogue, group),
    }
}

/// Whether bloc `group` is open before the user opens or closes it: all
/// are but an actor with its parts, which starts as one column.
pub fn bloc_open_by_default(cat: &crate::catalogue::Catalogue, group: &str) -> bool {
    !cat.actors.iter().any(|a| a.group == group && a.part_of.is_some())
}

/// The actors of bloc `group`, in catalogue order.
pub fn bloc_members(ws: &Workspace, group: &str) -> Vec<usize> {
    let cat = &ws.session.catalogue;
    (0..cat.actors.len()).filter(|&i| !group.is_empty() && cat.actors[i].group == group).collect()
}

/// The column of a closed bloc holding the visible `members`: named after
/// the actor the others are parts of when there is one ("Western
/// officials"), else after the bloc ("Russia").
fn bloc_column(ws: &Workspace, group: &str, members: Vec<usize>) -> Column {
    let cat = &ws.session.catalogue;
    let whole = whole_of(cat, &members);
    let (id, name, colour) = match whole {
        Some(w) => (cat.actors[w].id.clone(), cat.actors[w].name.clone(), cat.actors[w].colour.0),
        None => (format!("{BLOC_PREFIX}{group}"), group.to_string(), cat.actors[members[0]].colour.0),
    };
    Column { actor: None, members, id, name, group: group.to_string(), colour, count: 0 }
}

/// What bloc `group` is called: the actor the others are parts of when
/// there is one ("Western officials"), else the bloc's own name.
pub fn bloc_name(ws: &Workspace, group: &str) -> String {
    let cat = &ws.session.catalogue;
    let members = bloc_members(ws, group);
    match whole_of(cat, &members) {
        Some(w) => cat.actors[w].name.clone(),
        None => group.to_string(),
    }
}

/// The actor of `members` that all the others are parts of, if any.
fn whole_of(cat: &crate::catalogue::Catalogue, members: &[usize]) -> Option<usize> {
    members.iter().copied().find(|&i| members.iter().all(|&k| cat.root(k) == i))
}

/// Column ids of closed blocs without a whole actor start with this.
pub const BLOC_PREFIX: &str = "bloc:";

/// Actor columns in display order: the view's order first, the rest in
/// catalogue order; grouped by bloc if asked (blocs in order of their first
/// actor). Hidden actors included, flagged by the caller.
pub fn actor_order(ws: &Workspace) -> Vec<usize> {
    let cat = &ws.session.catalogue;
    let view = &ws.session.view;
    let mut order: Vec<usize> = view.actor_order.iter().filter_map(|id| cat.position(id)).collect();
    for i in 0..cat.actors.len() {
        if !order.contains(&i) {
            order.push(i);
        }
    }
    if view.group_by_bloc {
        let mut groups: Vec<&str> = Vec::new();
        for &i in &order {
            let g = cat.actors[i].group.as_str();
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
        order.sort_by_key(|&i| groups.iter().position(|g| *g == cat.actors[i].group).unwrap_or(usize::MAX));
    }
    order
}

/// Whether a statement passes the kind, hidden and search filters
/// (`found` is asked only for the search).
fn passes(fact: &Fact, found: impl FnOnce() -> bool, filters: &Filters, search: &Search) -> bool {
    if fact.hidden && !filters.show_hidden {
        return false;
    }
    if filters.hidden_kinds.contains(&fact.kind) {
        return false;
    }
    search.needle.is_empty() || found()
}

/// Whether bit `i` is set.
fn bit(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
}

/// Whether the statement at place `i` of the facts, whose entry `entry`
/// gives, matches the search: read from `matched` when all statements
/// were searched at once ([`Facts::matching`]), else searched on its own.
fn found<'e>(matched: Option<&[u64]>, i: usize, entry: impl FnOnce() -> Option<&'e Entry>, search: &Search) -> bool {
    match matched {
        Some(bits) => bit(bits, i),
        None => entry().is_some_and(|e| matches_search(e, search)),
    }
}

/// The search text, folded, with its substring finder built once per
/// search rather than once per statement.
struct Search {
    needle: String,
    finder: memchr::memmem::Finder<'static>,
}

impl Search {
    fn new(text: &str) -> Search {
        let needle = crate::lang::fold_search(text.trim());
        let finder = memchr::memmem::Finder::new(needle.as_bytes()).into_owned();
        Search { needle, finder }
    }
}

/// Case-insensitive search in what was said, who said it and the note.
fn matches_search(entry: &Entry, search: &Search) -> bool {
    let needle = search.needle.as_str();
    if needle.is_empty() {
        return true;
    }
    search.finder.find(entry.folded.as_bytes()).is_some()
        || entry.statement.speaker.as_deref().is_some_and(|s| contains_folded(s, needle))
        || (!entry.note.is_empty() && contains_folded(&entry.note, needle))
}

/// `needle` must already be folded ([`crate::lang::fold_search`]).
fn contains_folded(hay: &str, needle: &str) -> bool {
    if hay.is_ascii() && needle.is_ascii() {
        let h = hay.as_bytes();
        let n = needle.as_bytes();
        if n.len() > h.len() {
            return false;
        }
        return h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n));
    }
    crate::lang::fold_search(hay).contains(needle)
}

/// Computes the comparison, reusing `previous` when only the search text
/// grew.
pub fn compare(ws: &Workspace, previous: Option<&Comparison>) -> Comparison {
    let view = &ws.session.view;
    let filters = &view.filters;
    let cat = &ws.session.catalogue;
    let topics = &ws.session.topics;
    let search = Search::new(&filters.search);

    let order = actor_order(ws);
    let visible: Vec<usize> = order.into_iter().filter(|&i| !view.hidden_actors.contains(&cat.actors[i].id)).collect();
    // a closed bloc is one column where its first visible actor would be
    let mut columns: Vec<Column> = Vec::with_capacity(visible.len());
    let mut closed_done: Vec<&str> = Vec::new();
    for &i in &visible {
        let a = &cat.actors[i];
        let g = a.group.as_str();
        if !g.is_empty() && !bloc_open(ws, g) {
            if closed_done.contains(&g) {
                continue;
            }
            let members: Vec<usize> = visible.iter().copied().filter(|&k| cat.actors[k].group == g).collect();
            if members.len() > 1 {
                closed_done.push(g);
                columns.push(bloc_column(ws, g, members));
                continue;
            }
        }
        // a whole beside its own parts holds what none of them does:
        // "Western officials · others"
        let beside_parts = cat.parts(i).any(|p| visible.contains(&p));
        columns.push(Column {
            actor: Some(i),
            members: vec![i],
            id: a.id.clone(),
            name: if beside_parts { format!("{} · others", a.name) } else { a.name.clone() },
            group: a.group.clone(),
            colour: a.colour.0,
            count: 0,
        });
    }
    if filters.show_unattributed {
        columns.push(Column {
            actor: None,
            members: Vec::new(),
            id: String::new(),
            name: "No actor".into(),
            group: String::new(),
            colour: [128, 128, 128],
            count: 0,
        });
    }
    // each statement's facts: those of the previous comparison while the
    // statements are the same
    let stamp = Facts::stamp_of(ws);
    let facts = match previous.map(|p| &p.facts).filter(|f| f.stamp == stamp) {
        Some(f) => f.clone(),
        // an edit: only the articles it changed are read again
        None => std::sync::Arc::new(Facts::of(ws, previous.map(|p| &*p.facts))),
    };
    // actor → column (None: the actor's column is hidden), by the actor's
    // place in the catalogue; actors the catalogue does not have count as
    // no actor
    let mut rows: Vec<Row> = topics
        .topics
        .iter()
        .enumerate()
        .filter(|(_, t)| !filters.hidden_topics.contains(&t.id))
        .map(|(i, t)| Row { topic: Some(i), id: t.id.clone(), name: t.name.clone(), count: 0 })
        .collect();
    if !filters.hidden_topics.iter().any(|t| t.is_empty()) {
        rows.push(Row { topic: None, id: String::new(), name: "Other".into(), count: 0 });
    }
    // actor → column (None: the actor's column is hidden), by the actor's
    // place in the catalogue; actors the catalogue does not have count as
    // no actor; topic → row (None: hidden topic), by the topic's place in
    // the lexicon
    let grid = Grid {
        col_by_actor: (0..cat.actors.len()).map(|i| columns.iter().position(|c| c.members.contains(&i))).collect(),
        no_actor_col: columns.iter().position(|c| c.members.is_empty()),
        row_by_topic: (0..topics.topics.len()).map(|i| rows.iter().position(|r| r.topic == Some(i))).collect(),
        other_row: rows.iter().position(|r| r.topic.is_none()),
    };

    // candidates: all statements of included articles, or the previous
    // result when only the search text grew
    let key = Key {
        instance: ws.instance,
        revision: ws.revision,
        view: ViewState { compare: Default::default(), ..view.clone() },
    };
    let narrowing = previous.and_then(|p| p.key.as_ref().map(|k| (p, k))).filter(|(_, k)| {
        k.instance == ws.instance && k.revision == ws.revision && {
            let mut a = k.view.clone();
            let mut b = view.clone();
            let grew = crate::lang::fold_search(b.filters.search.trim())
                .starts_with(&crate::lang::fold_search(a.filters.search.trim()));
            a.filters.search.clear();
            b.filters.search.clear();
            same_view(&a, &b) && grew
        }
    });
    // each article's outlet (as a number) and day, read once
    let articles = Articles::of(ws);
    let included = included_with(ws, &articles.days);
    // an edit of a few articles, the view as it was: what the previous
    // comparison made of the other articles' statements is kept
    if narrowing.is_none()
        && let Some(p) = previous
        && let Some(changed) = edited_articles(ws, p, &facts, &columns, &rows, &included, &articles)
    {
        return after_edit(ws, p, facts, &changed, Made { columns, rows, grid, key, articles, included, search });
    }
    // the listed statements, each with its column and facts
    let mut list = Vec::new();
    let mut listed: Vec<(usize, &Fact)> = Vec::new();
    // the statements the search finds, when all were searched at once
    let mut matched: Option<Vec<u64>> = None;
    let actor_counts = match narrowing {
        Some((p, _)) => {
            // few left to look at: each searched on its own; many: all in
            // one pass
            if p.list.len() * 8 >= facts.items.len() && !search.needle.is_empty() {
                matched = facts.matching(&search);
            }
            for &r in &p.list {
                let Some(f) = facts.get(r) else { continue };
                if let Some(c) = grid.col_of(f.actor)
                    && passes(f, || found(matched.as_deref(), facts.index(r), || r.get(ws), &search), filters, &search)
                {
                    list.push(r);
                    listed.push((c, f));
                }
            }
            // the same statements, articles and view but for the search
            // text: the sidebar's counts are what they were
            p.actor_counts.clone()
        }
        None => {
            // the sidebar's count per actor, made in the same pass
            let mut per_actor = vec![0usize; cat.actors.len() + facts.strangers.len()];
            if !search.needle.is_empty() {
                matched = facts.matching(&search);
            }
            for (ai, entries) in ws.entries.iter().enumerate() {
                if !included[ai] {
                    continue;
                }
                let from = facts.start[ai] as usize;
                let items = &facts.items[from..facts.start[ai + 1] as usize];
                debug_assert_eq!(items.len(), entries.len());
                for (ei, f) in items.iter().enumerate() {
                    if f.actor != NO_ACTOR && !f.hidden {
                        per_actor[f.actor as usize] += 1;
                    }
                    if let Some(c) = grid.col_of(f.actor)
                        && passes(
                            f,
                            || found(matched.as_deref(), from + ei, || entries.get(ei), &search),
                            filters,
                            &search,
                        )
                    {
                        list.push(StatementRef { article: ai as u32, entry: ei as u32 });
                        listed.push((c, f));
                    }
                }
            }
            cat.actors
                .iter()
                .map(|a| a.id.as_str())
                .chain(facts.strangers.iter().map(String::as_str))
                .zip(per_actor)
                .filter(|(_, n)| *n > 0)
                .map(|(id, n)| (id.to_string(), n))
                .collect()
        }
    };

    // the cards of each cell, in text order, with what the summaries, lead
    // statements and folding read of them
    let mut cells: Vec<Vec<Vec<Card>>> = vec![vec![Vec::new(); columns.len()]; rows.len()];
    let mut counts = vec![0usize; columns.len()];
    for (&r, &(c, f)) in list.iter().zip(&listed) {
        counts[c] += 1;
        grid.place(&facts, &articles, r, f, |ri, card| cells[ri][c].push(card));
    }
    drop(listed);
    // each cell's summary, then its cards, lead statement first and
    // re-reported ones folded
    let mut folder = Folder::new(ws.groups.groups.len());
    let mut shown = Shown::default();
    for row_cells in cells {
        shown.next_row();
        for cell in row_cells {
            shown.settle(&mut folder, cell);
        }
    }
    Made { columns, rows, grid, key, articles, included, search }.finish(
        ws,
        Counted { list, counts, actor_counts, shown },
        facts,
        matched,
    )
}

/// The cells as the view shows them, made row by row, with what they were
/// made from.
#[derive(Default)]
struct Shown {
    cells: Vec<Vec<Vec<StatementRef>>>,
    summaries: Vec<Vec<crate::positions::CellSummary>>,
    cards: Vec<Vec<std::sync::Arc<Vec<Card>>>>,
    folded: std::collections::HashMap<(u32, StatementRef), Folded>,
}

impl Shown {
    fn next_row(&mut self) {
        self.cells.push(Vec::new());
        self.summaries.push(Vec::new());
        self.cards.push(Vec::new());
    }

    /// The next cell of the row, from its cards in text order: its
    /// summary, then its cards, lead statement first and re-reported ones
    /// folded.
    fn settle(&mut self, folder: &mut Folder, cell: Vec<Card>) {
        let row = self.cells.len() - 1;
        let (s, lead) = settle(&cell);
        self.cells[row].push(folder.fold(row as u32, &cell, lead, &mut self.folded));
        self.summaries[row].push(s);
        self.cards[row].push(std::sync::Arc::new(cell));
    }

    /// The next cell of the row as `p` showed it.
    fn keep(&mut self, p: &Comparison, c: usize) {
        let row = self.cells.len() - 1;
        self.cells[row].push(p.cells[row][c].clone());
        self.summaries[row].push(p.summaries[row][c].clone());
        self.cards[row].push(p.cards[row][c].clone());
    }
}

/// What [`compare`] made of the view before it counted the statements.
struct Made<'a> {
    columns: Vec<Column>,
    rows: Vec<Row>,
    grid: Grid,
    key: Key,
    articles: Articles<'a>,
    included: Vec<bool>,
    search: Search,
}

/// What [`compare`] counted of the statements.
struct Counted {
    list: Vec<StatementRef>,
    /// Statements per column.
    counts: Vec<usize>,
    actor_counts: std::collections::HashMap<String, usize>,
    shown: Shown,
}

impl Made<'_> {
    /// The comparison.
    fn finish(self, ws: &Workspace, c: Counted, facts: std::sync::Arc<Facts>, matched: Option<Vec<u64>>) -> Comparison {
        let Made { mut columns, mut rows, key, articles, included, .. } = self;
        for (col, n) in columns.iter_mut().zip(&c.counts) {
            col.count = *n;
        }
        for (row, cards) in rows.iter_mut().zip(&c.shown.cards) {
            row.count = cards.iter().map(|k| k.len()).sum();
        }
        let column_of_actor = ws
            .session
            .catalogue
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), columns.iter().position(|c| c.members.contains(&i))))
            .collect();
        Comparison {
            column_of_actor,
            columns,
            rows,
            cells: c.shown.cells,
            summaries: c.shown.summaries,
            folded: c.shown.folded,
            list: c.list,
            total: ws.statement_count(),
            articles_shown: included.iter().filter(|&&b| b).count(),
            included,
            outlets: articles.outlets(),
            date_span: span_of(&articles.days),
            undated: articles.days.iter().filter(|d| d.is_none()).count(),
            actor_counts: c.actor_counts,
            key: Some(key),
            facts,
            matched: matched.map(std::sync::Arc::new),
            cards: c.shown.cards,
            outlet_numbers: articles.outlet,
            days: articles.days,
        }
    }
}

/// The articles an edit changed since `p` was made, when `p` can be
/// brought up to date by making again only the cells their statements were
/// or are in: the same workspace, groups, catalogue, topics, view, and
/// articles shown with the same outlets and dates, and few articles
/// changed (with many, counting all again is as quick).
fn edited_articles(
    ws: &Workspace,
    p: &Comparison,
    facts: &std::sync::Arc<Facts>,
    columns: &[Column],
    rows: &[Row],
    included: &[bool],
    articles: &Articles,
) -> Option<Vec<usize>> {
    let pf = &p.facts;
    let same = pf.base == facts.base
        && pf.derived.len() == facts.derived.len()
        && p.key.as_ref().is_some_and(|k| k.instance == ws.instance && same_view(&k.view, &ws.session.view))
        && p.included == included
        && p.outlet_numbers == articles.outlet
        && p.days == articles.days
        && p.cards.len() == rows.len()
        && p.rows.iter().zip(rows).all(|(a, b)| a.topic == b.topic)
        && p.rows.len() == rows.len()
        && p.columns.len() == columns.len()
        && p.columns.iter().zip(columns).all(|(a, b)| a.members == b.members && a.actor == b.actor);
    if !same {
        return None;
    }
    let changed: Vec<usize> = (0..facts.derived.len()).filter(|&a| facts.derived[a] != pf.derived[a]).collect();
    (changed.len() * 8 <= facts.derived.len().max(8)).then_some(changed)
}

/// [`compare`] after an edit of the articles `changed` (see
/// [`edited_articles`]): the statements of the other articles stay where
/// `p` put them, and only the cells the changed articles' statements were
/// or are in are summarised, led and folded again.
fn after_edit(
    ws: &Workspace,
    p: &Comparison,
    facts: std::sync::Arc<Facts>,
    changed: &[usize],
    made: Made,
) -> Comparison {
    let cat = &ws.session.catalogue;
    let filters = &ws.session.view.filters;
    let (pf, grid, search) = (&*p.facts, &made.grid, &made.search);
    let mut is_changed = vec![false; facts.derived.len()];
    for &a in changed {
        is_changed[a] = true;
    }
    let id_of = |f: &Facts, actor: u32| -> String {
        match (actor as usize).checked_sub(cat.actors.len()) {
            None => cat.actors[actor as usize].id.clone(),
            Some(i) => f.strangers[i].clone(),
        }
    };
    let mut counts: Vec<usize> = p.columns.iter().map(|c| c.count).collect();
    let mut actor_counts = p.actor_counts.clone();
    // the changed articles' statements that pass now, with their facts
    let mut fresh: Vec<(StatementRef, usize, &Fact)> = Vec::new();
    for &a in changed {
        if !made.included[a] {
            continue;
        }
        // what the article had
        for f in &pf.items[pf.start[a] as usize..pf.start[a + 1] as usize] {
            if f.actor != NO_ACTOR && !f.hidden {
                let id = id_of(pf, f.actor);
                if let Some(n) = actor_counts.get_mut(&id) {
                    *n -= 1;
                    if *n == 0 {
                        actor_counts.remove(&id);
                    }
                }
            }
        }
        let from = p.list.partition_point(|r| (r.article as usize) < a);
        for r in p.list[from..].iter().take_while(|r| r.article as usize == a) {
            if let Some(c) = pf.get(*r).and_then(|f| grid.col_of(f.actor)) {
                counts[c] -= 1;
            }
        }
        // and what it has now
        let entries = &ws.entries[a];
        let from = facts.start[a] as usize;
        for (ei, f) in facts.items[from..facts.start[a + 1] as usize].iter().enumerate() {
            if f.actor != NO_ACTOR && !f.hidden {
                *actor_counts.entry(id_of(&facts, f.actor)).or_insert(0) += 1;
            }
            if let Some(c) = grid.col_of(f.actor)
                && passes(f, || found(None, from + ei, || entries.get(ei), search), filters, search)
            {
                counts[c] += 1;
                fresh.push((StatementRef { article: a as u32, entry: ei as u32 }, c, f));
            }
        }
    }
    // the list, in order: the other articles' statements as they were
    let mut list = Vec::with_capacity(p.list.len() + fresh.len());
    let mut k = 0;
    for &r in &p.list {
        if is_changed[r.article as usize] {
            continue;
        }
        while k < fresh.len() && fresh[k].0 < r {
            list.push(fresh[k].0);
            k += 1;
        }
        list.push(r);
    }
    list.extend(fresh[k..].iter().map(|x| x.0));
    // the changed articles' cards, by cell and in text order
    let mut new_cards: Vec<(usize, usize, Card)> = Vec::new();
    for &(r, c, f) in &fresh {
        grid.place(&facts, &made.articles, r, f, |ri, card| new_cards.push((ri, c, card)));
    }
    new_cards.sort_by_key(|&(ri, c, k)| (ri, c, k.r));
    let mut folder = Folder::new(ws.groups.groups.len());
    let mut shown = Shown { folded: p.folded.clone(), ..Shown::default() };
    let mut next = 0;
    for (ri, row) in p.cards.iter().enumerate() {
        shown.next_row();
        for (c, old) in row.iter().enumerate() {
            let end = next + new_cards[next..].partition_point(|x| (x.0, x.1) <= (ri, c));
            let here = &new_cards[next..end];
            next = end;
            let had = changed.iter().any(|&a| {
                let at = old.partition_point(|k| (k.r.article as usize) < a);
                old.get(at).is_some_and(|k| k.r.article as usize == a)
            });
            if here.is_empty() && !had {
                shown.keep(p, c);
                continue;
            }
            let mut cell = Vec::with_capacity(old.len() + here.len());
            let mut add = here.iter().map(|x| x.2).peekable();
            for k in old.iter().filter(|k| !is_changed[k.r.article as usize]) {
                while let Some(n) = add.next_if(|n| n.r < k.r) {
                    cell.push(n);
                }
                cell.push(*k);
            }
            cell.extend(add);
            for r in &p.cells[ri][c] {
                shown.folded.remove(&(ri as u32, *r));
            }
            shown.settle(&mut folder, cell);
        }
    }
    made.finish(ws, Counted { list, counts, actor_counts, shown }, facts, None)
}

/// Whether the analyst has already dealt with a statement's attribution:
/// accepted it, hidden the statement, or corrected its actor or speaker.
pub fn reviewed(e: &Entry) -> bool {
    e.checked
        || e.hidden
        || e.extracted.as_ref().is_none_or(|x| x.actor != e.statement.actor || x.speaker != e.statement.speaker)
}

/// The "Check first" list: statements found below `below` per cent
/// confidence that nobody has reviewed ([`reviewed`]), in the articles the
/// article, language, outlet and date filters let through (`included`, as
/// [`articles_included`] gives it) and matching the search text; the most
/// doubtful first, then in reading order. Hidden actors and topics do not
/// leave it: a statement given to the wrong actor is what it is for.
pub fn check_first(ws: &Workspace, included: &[bool], below: u8) -> Vec<StatementRef> {
    check_first_with(ws, &Facts::of(ws, None), included, below, None)
}

impl Comparison {
    /// [`check_first`] for the articles this comparison includes, from the
    /// facts it read (`ws` must be what it was computed from).
    pub fn check_first(&self, ws: &Workspace, below: u8) -> Vec<StatementRef> {
        if self.facts.stamp == Facts::stamp_of(ws) && self.is_current(ws) {
            check_first_with(ws, &self.facts, &self.included, below, self.matched.as_deref().map(Vec::as_slice))
        } else {
            check_first(ws, &self.included, below)
        }
    }
}

/// [`check_first`] from the statements' facts, and which statements the
/// search finds if that is known.
fn check_first_with(
    ws: &Workspace,
    facts: &Facts,
    included: &[bool],
    below: u8,
    matched: Option<&[u64]>,
) -> Vec<StatementRef> {
    let search = Search::new(&ws.session.view.filters.search);
    let owned;
    let matched = match matched {
        Some(m) => Some(m),
        None if search.needle.is_empty() => None,
        None => {
            owned = facts.matching(&search);
            owned.as_deref()
        }
    };
    let mut list: Vec<(u8, StatementRef)> = Vec::new();
    for (ai, entries) in ws.entries.iter().enumerate() {
        if !included.get(ai).copied().unwrap_or(false) {
            continue;
        }
        let from = facts.start[ai] as usize;
        let items = &facts.items[from..facts.start[ai + 1] as usize];
        for (ei, f) in items.iter().enumerate() {
            if f.confidence < below
                && !f.reviewed
                && (search.needle.is_empty() || found(matched, from + ei, || entries.get(ei), &search))
            {
                list.push((f.confidence, StatementRef { article: ai as u32, entry: ei as u32 }));
            }
        }
    }
    list.sort();
    list.into_iter().map(|(_, r)| r).collect()
}

/// Columns of the Statements table that can be sorted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Article,
    Text,
    Speaker,
    Actor,
    Topics,
    Kind,
}

/// Sorts a list of statements for the Statements table (stable; text order
/// within an article breaks ties).
pub fn sort(ws: &Workspace, list: &mut [StatementRef], key: SortKey, ascending: bool) {
    let cat = &ws.session.catalogue;
    let text_of = |r: &StatementRef| r.get(ws).map(|e| e.text.to_lowercase()).unwrap_or_default();
    match key {
        SortKey::Article => list.sort(),
        SortKey::Text => list.sort_by_cached_key(text_of),
        SortKey::Speaker => list.sort_by_cached_key(|r| {
            r.get(ws).and_then(|e| e.statement.speaker.clone()).unwrap_or_default().to_lowercase()
        }),
        SortKey::Actor => list.sort_by_cached_key(|r| {
            r.get(ws)
                .and_then(|e| e.statement.actor.as_deref())
                .and_then(|id| cat.actor(id))
                .map(|a| a.name.to_lowercase())
                .unwrap_or_else(|| "\u{10ffff}".into())
        }),
        SortKey::Topics => {
            list.sort_by_cached_key(|r| r.get(ws).map(|e| e.statement.topics.join(",")).unwrap_or_default())
        }
        SortKey::Kind => list.sort_by_key(|r| r.get(ws).map(|e| e.statement.kind).unwrap_or(Kind::Indirect)),
    }
    if !ascending {
        list.reverse();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn workspace() -> Workspace {
        let mut w = Workspace::default();
        let arts = crate::samples::SAMPLES
            .iter()
            .map(|s| Arc::new(crate::ingest::parse_article(s.name, s.bytes).unwrap()))
            .collect();
        w.add_articles(arts);
        w
    }

    #[test]
    fn check_first_lists_doubtful_unreviewed_statements_lowest_first() {
        let mut w = workspace();
        let all = vec![true; w.session.articles.len()];
        let list = check_first(&w, &all, 75);
        assert!(list.len() >= 5, "{}", list.len());
        let conf: Vec<u8> = list.iter().map(|r| r.get(&w).unwrap().statement.confidence).collect();
        assert!(conf.windows(2).all(|p| p[0] <= p[1]), "{conf:?}");
        assert!(conf.iter().all(|&c| c < 75));
        let below: usize = w.entries.iter().flatten().filter(|e| e.statement.confidence < 75).count();
        assert_eq!(list.len(), below);
        // accepted, hidden or given another actor: reviewed, and gone
        let keys: Vec<_> = list[..3].iter().map(|r| r.get(&w).unwrap().key.clone()).collect();
        w.set_checked(&keys[0], true);
        w.set_hidden(&keys[1], true);
        let now = w.entry(&keys[2]).unwrap().statement.actor.clone();
        let other = if now.as_deref() == Some("russia") { "kremlin" } else { "russia" };
        w.set_actor(&keys[2], Some(other.into()));
        let after = check_first(&w, &all, 75);
        assert_eq!(after.len(), list.len() - 3);
        assert!(after.iter().all(|r| !keys.contains(&r.get(&w).unwrap().key)));
        // the article filters apply
        let mut first_out = all.clone();
        first_out[list[3].article as usize] = false;
        assert!(check_first(&w, &first_out, 75).iter().all(|r| r.article != list[3].article));
    }

    #[test]
    fn matrix_has_default_actors_first_and_topics_plus_other() {
        let w = workspace();
        let c = compare(&w, None);
        let ids: Vec<&str> = c.columns.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(&ids[..3], ["kremlin", "ukrainian-mfa", "western-officials"]);
        assert_eq!(c.rows.last().unwrap().name, "Other");
        assert!(c.columns.iter().all(|col| col.count > 0), "{:?}", c.columns);
        // every listed statement is in at least one cell of its column
        for &r in &c.list {
            let e = r.get(&w).unwrap();
            let col = c.column_of(e.statement.actor.as_deref()).unwrap();
            assert!(c.cells.iter().any(|row| row[col].contains(&r)));
        }
    }

    #[test]
    fn filters_hide_what_they_say() {
        let mut w = workspace();
        let all = compare(&w, None).list.len();
        w.view_mut().hidden_actors.push("kremlin".into());
        let c = compare(&w, None);
        assert!(c.columns.iter().all(|c| c.id != "kremlin"));
        assert!(c.list.iter().all(|r| r.get(&w).unwrap().statement.actor.as_deref() != Some("kremlin")));
        w.view_mut().hidden_actors.clear();
        w.view_mut().filters.hidden_kinds.push(Kind::Indirect);
        assert!(compare(&w, None).list.iter().all(|r| r.get(&w).unwrap().statement.kind != Kind::Indirect));
        w.view_mut().filters.hidden_kinds.clear();
        let id = w.session.articles[0].id.clone();
        w.view_mut().filters.excluded_articles.push(id);
        assert!(compare(&w, None).list.iter().all(|r| r.article != 0));
        w.view_mut().filters.excluded_articles.clear();
        w.view_mut().filters.show_unattributed = true;
        let c = compare(&w, None);
        assert_eq!(c.columns.last().unwrap().name, "No actor");
        assert!(c.list.len() > all);
    }

    #[test]
    fn search_narrows_incrementally_and_matches_a_fresh_computation() {
        let mut w = workspace();
        w.view_mut().filters.search = "n".into();
        let first = compare(&w, None);
        for q in ["na", "nat", "nato"] {
            w.view_mut().filters.search = q.into();
            let inc = compare(&w, Some(&first));
            let fresh = compare(&w, None);
            assert_eq!(inc.list, fresh.list, "{q}");
            assert_eq!(inc.cells, fresh.cells, "{q}");
            assert_eq!(inc.summaries, fresh.summaries, "{q}");
            assert_eq!(inc.folded, fresh.folded, "{q}");
            assert_eq!(inc.actor_counts, fresh.actor_counts, "{q}");
            assert_eq!(
                (inc.outlets.clone(), inc.date_span, inc.undated),
                (fresh.outlets, fresh.date_span, fresh.undated)
            );
        }
        w.view_mut().filters.search = "NATO".into();
        let c = compare(&w, None);
        assert!(!c.list.is_empty());
        assert!(c.list.iter().all(|r| {
            let e = r.get(&w).unwrap();
            e.text.to_lowercase().contains("nato")
                || e.statement.speaker.as_deref().unwrap_or("").to_lowercase().contains("nato")
        }));
    }

    /// One pass over every statement finds what searching them one by one
    /// finds: in the words, the speaker or the note, in any case, with ё
    /// and the Ukrainian apostrophes folded.
    #[test]
    fn searching_all_statements_at_once_finds_what_searching_each_finds() {
        let mut w = Workspace::default();
        w.add_articles(crate::samples::varied(12).into_iter().map(Arc::new).collect());
        let key = w.entries[2][0].key.clone();
        w.set_note(&key, "Ask the Ёлка desk about this".into());
        let facts = Facts::of(&w, None);
        let speaker = w.entries[1][0].statement.speaker.clone().unwrap_or_default();
        for q in ["n", "NATO", "ёлка", "елка", "desk about", "talks", "п", "кра", "з'яв", "zzzz", &speaker, "a\0b"]
        {
            let search = Search::new(q);
            let one_by_one: Vec<bool> = w.entries.iter().flatten().map(|e| matches_search(e, &search)).collect();
            match facts.matching(&search) {
                Some(bits) => {
                    let at_once: Vec<bool> = (0..one_by_one.len()).map(|i| bit(&bits, i)).collect();
                    assert_eq!(at_once, one_by_one, "{q}");
                }
                None => assert!(q.contains('\0')),
            }
        }
        assert!(bit(
            &facts.matching(&Search::new("ЁЛКА")).unwrap(),
            facts.index(StatementRef { article: 2, entry: 0 })
        ));
    }

    #[track_caller]
    fn assert_same(a: &Comparison, b: &Comparison) {
        assert_eq!(a.list, b.list);
        assert_eq!(a.cells, b.cells);
        assert_eq!(a.summaries, b.summaries);
        assert_eq!(a.folded, b.folded);
        assert_eq!(a.actor_counts, b.actor_counts);
        assert_eq!(a.columns, b.columns);
        assert_eq!(a.rows, b.rows);
    }

    /// A change of the view reuses what was read of the statements; a
    /// change of the statements, of their groups or of the session does
    /// not, and every result is what a fresh computation gives.
    #[test]
    fn what_was_read_of_the_statements_is_reused_only_while_they_stay_the_same() {
        let mut w = Workspace::default();
        w.add_articles(crate::samples::varied(12).into_iter().map(Arc::new).collect());
        let c0 = compare(&w, None);
        // a view change: a kind hidden
        w.view_mut().filters.hidden_kinds = vec![Kind::Indirect];
        let c1 = compare(&w, Some(&c0));
        assert!(Arc::ptr_eq(&c1.facts, &c0.facts));
        assert_same(&c1, &compare(&w, None));
        assert!(c1.list.len() < c0.list.len());
        // a correction: a statement given to another actor moves column
        let r = c1.list[0];
        let key = r.get(&w).unwrap().key.clone();
        let other = if r.get(&w).unwrap().statement.actor.as_deref() == Some("russia") { "kremlin" } else { "russia" };
        w.set_actor(&key, Some(other.into()));
        let c2 = compare(&w, Some(&c1));
        assert!(!Arc::ptr_eq(&c2.facts, &c1.facts));
        assert_same(&c2, &compare(&w, None));
        assert_eq!(c2.column_of(Some(other)), c2.column_of(w.entry(&key).unwrap().statement.actor.as_deref()));
        // the re-reported statements grouped
        w.group_now();
        assert!(w.groups.grouped() > 0);
        let c3 = compare(&w, Some(&c2));
        assert!(!Arc::ptr_eq(&c3.facts, &c2.facts));
        assert_same(&c3, &compare(&w, None));
        assert!(!c3.folded.is_empty());
        // another session, even one at the same revisions, is read anew
        let mut w2 = Workspace::default();
        w2.add_articles(crate::samples::varied(3).into_iter().map(Arc::new).collect());
        let c4 = compare(&w2, Some(&c0));
        assert!(!Arc::ptr_eq(&c4.facts, &c0.facts));
        assert_same(&c4, &compare(&w2, None));
    }

    /// One statement's facts with its actor by id and its search text.
    type Readable = (Option<String>, bool, Kind, Option<u32>, u8, bool, Vec<TopicFact>, String);

    /// Every statement's facts as a fresh reading gives them, with actors
    /// by id (facts made after an edit may number actors the catalogue
    /// lacks otherwise).
    fn readable(f: &Facts, ws: &Workspace) -> Vec<Readable> {
        let cat = &ws.session.catalogue;
        f.items
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let actor = match x.actor {
                    NO_ACTOR => None,
                    a if (a as usize) < cat.actors.len() => Some(cat.actors[a as usize].id.clone()),
                    a => Some(f.strangers[a as usize - cat.actors.len()].clone()),
                };
                let ai = f.start.partition_point(|&st| st as usize <= i) - 1;
                let (h, e) = (&f.hay[ai], i - f.start[ai] as usize);
                let hay = h.text[h.at[e] as usize..h.at[e + 1] as usize].to_string();
                (actor, x.hidden, x.kind, x.group, x.confidence, x.reviewed, f.topics_of(x).to_vec(), hay)
            })
            .collect()
    }

    /// After each kind of edit only the articles it changed are read again,
    /// and what the comparison reads is what reading every statement anew
    /// gives: corrections, a note, a hidden statement, articles opened and
    /// closed, undo and redo, a retrained model, a new catalogue.
    #[test]
    fn after_an_edit_only_the_changed_articles_are_read_again() {
        let mut w = Workspace::default();
        w.add_articles(crate::samples::varied(16).into_iter().map(Arc::new).collect());
        // grouped, so that the cells an edit makes again fold re-reported
        // statements as the others do
        w.group_now();
        assert!(w.groups.grouped() > 0);
        let mut c = compare(&w, None);
        let key_in = |w: &Workspace, a: usize| w.entries[a][0].key.clone();
        type Step = Box<dyn Fn(&mut Workspace)>;
        let steps: Vec<(&str, Option<usize>, Step)> = vec![
            ("note", Some(3), Box::new(move |w| w.set_note(&key_in(w, 3), "call the desk".into()))),
            ("actor", Some(5), Box::new(move |w| w.set_actor(&key_in(w, 5), Some("kremlin".into())))),
            ("unknown actor", Some(6), Box::new(move |w| w.set_actor(&key_in(w, 6), Some("city-council".into())))),
            ("hidden", Some(7), Box::new(move |w| w.set_hidden(&key_in(w, 7), true))),
            ("checked", Some(8), Box::new(move |w| w.set_checked(&key_in(w, 8), true))),
            (
                "stance",
                Some(9),
                Box::new(move |w| w.set_stance(&key_in(w, 9), "sanctions", Some(crate::topics::Stance::Against))),
            ),
            ("topics", Some(10), Box::new(move |w| w.set_topics(&key_in(w, 10), vec!["peace-talks".into()]))),
            ("undo", Some(10), Box::new(|w| assert!(w.undo()))),
            ("redo", Some(10), Box::new(|w| assert!(w.redo()))),
            ("retrained", None, Box::new(|w| w.learn_now())),
            // a correction of the model's own: it learns again
            (
                "retrained again",
                None,
                Box::new(|w| {
                    let key =
                        w.entries.iter().flatten().find(|e| e.suggestion.is_some()).expect("a suggestion").key.clone();
                    w.reject_suggestion(&key);
                    w.learn_now();
                }),
            ),
            (
                "articles opened",
                None,
                Box::new(|w| {
                    let more = crate::samples::varied(20).into_iter().skip(16).map(Arc::new).collect();
                    assert_eq!(w.add_articles(more), 4);
                }),
            ),
            ("articles closed", None, Box::new(|w| assert!(w.undo()))),
            (
                "catalogue",
                None,
                Box::new(|w| drop(w.add_actor("Town Hall", "Local", crate::catalogue::Rgb([10, 20, 30])))),
            ),
        ];
        for (what, only, step) in steps {
            let derived = w.derived().to_vec();
            step(&mut w);
            if let Some(a) = only {
                let changed: Vec<usize> = (0..derived.len()).filter(|&i| w.derived()[i] != derived[i]).collect();
                assert_eq!(changed, vec![a], "{what}");
            }
            // what was kept of the articles is what deriving each anew gives
            for i in 0..w.entries.len() {
                assert!(w.entries[i] == w.derive(i), "{what}: article {i}");
            }
            let next = compare(&w, Some(&c));
            let fresh = Facts::of(&w, None);
            assert_eq!(readable(&next.facts, &w), readable(&fresh, &w), "{what}");
            assert_eq!(next.facts.start, fresh.start, "{what}");
            assert_same(&next, &compare(&w, None));
            if let Some(a) = only {
                // the cells that never held the edited article's
                // statements are the previous comparison's
                let mut kept = 0;
                for (ri, row) in next.cards.iter().enumerate() {
                    for (ci, cell) in row.iter().enumerate() {
                        let touched = |k: &[Card]| k.iter().any(|k| k.r.article as usize == a);
                        if !touched(cell) && !touched(&c.cards[ri][ci]) {
                            assert!(Arc::ptr_eq(cell, &c.cards[ri][ci]), "{what}: cell {ri},{ci} made again");
                            kept += 1;
                        }
                    }
                }
                assert!(kept > 0, "{what}");
            }
            c = next;
        }
        assert!(w.entries[3][0].note.contains("desk"));
        assert_eq!(w.entries[5][0].statement.actor.as_deref(), Some("kremlin"));
    }

    /// Edits made while a search, a kind filter, a closed bloc and the "No
    /// actor" column are in play give what a fresh comparison gives, edit
    /// after edit, whether they add a statement to a cell, take one away
    /// or move it.
    #[test]
    fn edits_under_filters_and_a_search_give_what_a_fresh_comparison_gives() {
        let mut w = Workspace::default();
        w.add_articles(crate::samples::varied(20).into_iter().map(Arc::new).collect());
        w.group_now();
        w.view_mut().filters.show_unattributed = true;
        w.view_mut().filters.hidden_kinds = vec![Kind::Mixed];
        w.view_mut().filters.search = "the".into();
        let mut c = compare(&w, None);
        assert!(!c.list.is_empty());
        let keys: Vec<_> = (0..w.entries.len()).filter_map(|a| w.entries[a].first().map(|e| e.key.clone())).collect();
        for (i, key) in keys.iter().enumerate() {
            match i % 6 {
                0 => w.set_actor(key, Some("kremlin".into())),
                1 => w.set_actor(key, None),
                2 => w.set_hidden(key, true),
                3 => w.set_topics(key, vec!["sanctions".into(), "peace-talks".into()]),
                4 => w.set_stance(key, "sanctions", Some(crate::topics::Stance::Favor)),
                _ => w.set_note(key, "the desk checked this".into()),
            }
            let next = compare(&w, Some(&c));
            assert_same(&next, &compare(&w, None));
            assert_eq!(next.actor_counts, compare(&w, None).actor_counts);
            c = next;
        }
        // and back, undo by undo
        while w.undo() {
            let next = compare(&w, Some(&c));
            assert_same(&next, &compare(&w, None));
            c = next;
        }
    }

    /// The cells, summaries and folded cards match what the one-cell
    /// functions of `positions` give, and the groups as `ws.groups` has
    /// them, with edits and folding in play.
    #[test]
    fn cells_match_the_reference_summaries_leads_and_groups() {
        let mut w = Workspace::default();
        w.add_articles(crate::samples::varied(24).into_iter().map(Arc::new).collect());
        w.group_now();
        assert!(w.groups.grouped() > 0);
        let first = compare(&w, None);
        let keys: Vec<_> = first.list.iter().step_by(7).map(|r| r.get(&w).unwrap().key.clone()).collect();
        for (i, k) in keys.iter().enumerate() {
            match i % 3 {
                0 => w.set_checked(k, true),
                1 => w.set_stance(k, "nato-membership", Some(crate::topics::Stance::Favor)),
                _ => w.set_hidden(k, true),
            }
        }
        w.view_mut().filters.show_hidden = true;
        w.view_mut().filters.show_unattributed = true;
        let c = compare(&w, None);
        let days = crate::positions::article_days(&w);
        let mut folded_seen = 0;
        for (ri, row) in c.rows.iter().enumerate() {
            for ci in 0..c.columns.len() {
                // the cell's statements in list order, as the reference sees them
                let mut cell: Vec<StatementRef> = c
                    .list
                    .iter()
                    .copied()
                    .filter(|r| {
                        let e = r.get(&w).unwrap();
                        let known: Vec<&String> = e
                            .statement
                            .topics
                            .iter()
                            .filter(|t| w.session.topics.topics.iter().any(|x| x.id == **t))
                            .collect();
                        c.column_of(e.statement.actor.as_deref()) == Some(ci)
                            && if row.topic.is_some() { known.iter().any(|t| **t == row.id) } else { known.is_empty() }
                    })
                    .collect();
                let summary = crate::positions::lead_first(&w, &days, &mut cell, &row.id);
                assert_eq!(c.summaries[ri][ci], summary, "{} × {}", row.id, c.columns[ci].id);
                // folding keeps the first of each group, in that order
                let mut kept: Vec<StatementRef> = Vec::new();
                let mut seen: Vec<usize> = Vec::new();
                for r in &cell {
                    match w.groups.group_of(&r.get(&w).unwrap().key) {
                        Some(g) if seen.contains(&g) => {}
                        g => {
                            seen.extend(g);
                            kept.push(*r);
                        }
                    }
                }
                assert_eq!(c.cells[ri][ci], kept, "{} × {}", row.id, c.columns[ci].id);
                for r in &kept {
                    let g = w.groups.group_of(&r.get(&w).unwrap().key);
                    let versions =
                        cell.iter().filter(|x| g.is_some() && w.groups.group_of(&x.get(&w).unwrap().key) == g).count();
                    match c.folded.get(&(ri as u32, *r)) {
                        Some(f) => {
                            assert_eq!(f.versions as usize, versions);
                            folded_seen += 1;
                        }
                        None => assert!(versions <= 1),
                    }
                }
            }
        }
        assert!(folded_seen > 0);
        // the cached group of every statement is the groups' own
        for e in w.entries.iter().flatten() {
            assert_eq!(e.group.map(|g| g as usize), w.groups.group_of(&e.key));
            assert_eq!(e.chars as usize, e.text.chars().count());
        }
    }

    #[test]
    fn hidden_statements_and_reassignment_move_cards() {
        let mut w = workspace();
        let c = compare(&w, None);
        let r = c.list[0];
        let key = r.get(&w).unwrap().key.clone();
        let from = r.get(&w).unwrap().statement.actor.clone().unwrap();
        let to = if from == "russia" { "kremlin" } else { "russia" };
        w.set_actor(&key, Some(to.into()));
        let c2 = compare(&w, Some(&c));
        let col = c2.columns.iter().position(|c| c.id == to).unwrap();
        assert!(c2.cells.iter().any(|row| row[col].iter().any(|x| x.get(&w).unwrap().key == key)));
        w.set_hidden(&key, true);
        assert!(!compare(&w, None).list.iter().any(|x| x.get(&w).unwrap().key == key));
        w.view_mut().filters.show_hidden = true;
        assert!(compare(&w, None).list.iter().any(|x| x.get(&w).unwrap().key == key));
    }

    #[test]
    fn grouping_by_bloc_and_custom_order() {
        let mut w = workspace();
        w.view_mut().group_by_bloc = true;
        let c = compare(&w, None);
        let groups: Vec<&str> = c.columns.iter().map(|c| c.group.as_str()).collect();
        let mut seen: Vec<&str> = Vec::new();
        for g in &groups {
            if seen.last() != Some(g) {
                assert!(!seen.contains(g), "bloc {g} split: {groups:?}");
                seen.push(g);
            }
        }
        w.view_mut().group_by_bloc = false;
        w.view_mut().actor_order = vec!["western-officials".into(), "kremlin".into()];
        let c = compare(&w, None);
        assert_eq!(c.columns[0].id, "western-officials");
        assert_eq!(c.columns[1].id, "kremlin");
    }

    #[test]
    fn date_range_and_outlet_filters_leave_articles_out() {
        let mut w = workspace();
        let all = compare(&w, None);
        assert_eq!(all.articles_shown, w.session.articles.len());
        // the samples span several days of December 2025
        let (lo, hi) = date_span(&w).unwrap();
        assert!(hi > lo);
        let day = |r: &StatementRef, w: &Workspace| {
            w.session.articles[r.article as usize].date.as_deref().and_then(crate::calendar::day_of)
        };
        w.view_mut().filters.date_from = Some(crate::calendar::iso(hi));
        let c = compare(&w, None);
        assert!(!c.list.is_empty() && c.list.len() < all.list.len());
        assert!(c.list.iter().all(|r| day(r, &w) == Some(hi)));
        w.view_mut().filters.date_from = Some(crate::calendar::iso(lo));
        w.view_mut().filters.date_to = Some(crate::calendar::iso(lo));
        let c = compare(&w, None);
        assert!(c.list.iter().all(|r| day(r, &w) == Some(lo)));
        assert!(c.articles_shown < w.session.articles.len());
        w.view_mut().filters.date_from = None;
        w.view_mut().filters.date_to = None;
        // outlets: the HTML sample names its outlet in its metadata
        let outlets = outlets(&w);
        let (name, n) = outlets.iter().find(|(o, _)| o.starts_with("Rheinblick")).unwrap().clone();
        assert_eq!(n, 1);
        w.view_mut().filters.hidden_outlets = outlets.iter().map(|(o, _)| o.clone()).filter(|o| *o != name).collect();
        let c = compare(&w, None);
        assert_eq!(c.articles_shown, 1);
        assert!(!c.list.is_empty());
        assert!(c.list.iter().all(|r| w.session.articles[r.article as usize].outlet == name));
    }

    #[test]
    fn scrolling_and_opening_cells_do_not_recompute() {
        let mut w = workspace();
        let c = compare(&w, None);
        w.layout_mut().scroll = [40, 900];
        w.layout_mut().expanded.push(("nato".into(), "kremlin".into()));
        assert!(c.is_current(&w));
        w.view_mut().filters.show_hidden = true;
        assert!(!c.is_current(&w));
    }

    #[test]
    fn sorting_the_table() {
        let w = workspace();
        let mut list = compare(&w, None).list;
        sort(&w, &mut list, SortKey::Speaker, true);
        let names: Vec<String> = list
            .iter()
            .map(|r| r.get(&w).unwrap().statement.speaker.clone().unwrap_or_default().to_lowercase())
            .collect();
        assert!(names.windows(2).all(|p| p[0] <= p[1]));
        sort(&w, &mut list, SortKey::Speaker, false);
        let names: Vec<String> = list
            .iter()
            .map(|r| r.get(&w).unwrap().statement.speaker.clone().unwrap_or_default().to_lowercase())
            .collect();
        assert!(names.windows(2).all(|p| p[0] >= p[1]));
    }
}
