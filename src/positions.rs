//! Positions at a glance: what the Compare cells summarise and what the
//! Voices, Timeline and Agreement views draw, counted from the filtered
//! statements (the comparison's list). Pure, no egui, so it is tested and
//! benchmarked without a window.
//!
//! Every function takes the statements to count as a slice of
//! [`StatementRef`]; the lead statement of a cell is chosen by one
//! function ([`lead`]), so a list of grouped statements (one per quote
//! re-reported by several outlets) can be summarised the same way.

use crate::compare::StatementRef;
use crate::topics::Stance;
use crate::workspace::{Entry, Workspace};
use std::collections::HashMap;

/// The actor columns the views count by: their ids in order ("" for the
/// "No actor" column; a closed bloc's column id for all its actors) and
/// the column each actor's statements go to.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    pub ids: Vec<String>,
    /// Actor id → column; `None`: the actor has no column (hidden).
    of: HashMap<String, Option<usize>>,
    /// Where statements of no actor, or of an actor the map lacks, go.
    no_actor: Option<usize>,
    /// Whether an actor the map lacks counts as no actor (an id the
    /// catalogue no longer has) rather than as none.
    unknown_is_no_actor: bool,
}

impl Columns {
    /// Each of `ids` its own column ("" for no actor); other actors have
    /// none.
    pub fn each(ids: &[String]) -> Columns {
        Columns {
            ids: ids.to_vec(),
            of: ids.iter().enumerate().filter(|(_, a)| !a.is_empty()).map(|(i, a)| (a.clone(), Some(i))).collect(),
            no_actor: ids.iter().position(|a| a.is_empty()),
            unknown_is_no_actor: false,
        }
    }

    /// The Compare view's columns, closed blocs and all.
    pub fn of(c: &crate::compare::Comparison) -> Columns {
        Columns {
            ids: c
                .columns
                .iter()
                .map(|col| if col.members.is_empty() { String::new() } else { col.id.clone() })
                .collect(),
            of: c.column_of_actor.clone(),
            no_actor: c.columns.iter().position(|col| col.members.is_empty()),
            unknown_is_no_actor: true,
        }
    }

    /// The column a statement of `actor` counts in.
    pub fn index(&self, actor: Option<&str>) -> Option<usize> {
        match actor {
            None => self.no_actor,
            Some(id) => match self.of.get(id) {
                Some(c) => *c,
                None if self.unknown_is_no_actor => self.no_actor,
                None => None,
            },
        }
    }

    /// The id of that column.
    pub fn id(&self, actor: Option<&str>) -> Option<&str> {
        self.index(actor).map(|i| self.ids[i].as_str())
    }
}

/// The day number of each article's date (see [`crate::calendar`]), `None`
/// for articles without a full date.
pub fn article_days(ws: &Workspace) -> Vec<Option<i32>> {
    ws.session.articles.iter().map(|a| a.date.as_deref().and_then(crate::calendar::day_of)).collect()
}

/// A statement's stance toward a topic's proposition, as the cards show
/// it (the analyst's, else the model's suggestion, else the rules').
pub fn stance_of(e: &Entry, topic: &str) -> Option<Stance> {
    e.statement.stance.get(topic).copied()
}

/// How many statements take each side; `unrated` have no stance toward
/// the topic (a topic without a proposition, or the "Other" row).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StanceCounts {
    pub favor: usize,
    pub against: usize,
    pub neutral: usize,
    pub unrated: usize,
}

impl StanceCounts {
    pub fn add(&mut self, s: Option<Stance>) {
        match s {
            Some(Stance::Favor) => self.favor += 1,
            Some(Stance::Against) => self.against += 1,
            Some(Stance::Neutral) => self.neutral += 1,
            None => self.unrated += 1,
        }
    }

    pub fn get(&self, s: Stance) -> usize {
        match s {
            Stance::Favor => self.favor,
            Stance::Against => self.against,
            Stance::Neutral => self.neutral,
        }
    }

    /// Statements with a stance.
    pub fn rated(&self) -> usize {
        self.favor + self.against + self.neutral
    }

    /// The side most statements take; `None` without rated statements or
    /// when the two largest are tied (no majority to speak of).
    pub fn majority(&self) -> Option<Stance> {
        let mut v = [(self.favor, Stance::Favor), (self.against, Stance::Against), (self.neutral, Stance::Neutral)];
        v.sort_by_key(|a| std::cmp::Reverse(a.0));
        (v[0].0 > 0 && v[0].0 > v[1].0).then_some(v[0].1)
    }
}

/// What a Compare cell says about itself before its cards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellSummary {
    pub stance: StanceCounts,
    pub statements: usize,
    /// Distinct outlets among the statements' articles (articles without
    /// an outlet are not an outlet; see `unknown_outlet`).
    pub outlets: usize,
    /// Statements from articles without an outlet.
    pub unknown_outlet: usize,
    /// First and last day of the statements' articles, for those dated.
    pub days: Option<(i32, i32)>,
    /// Statements from articles without a full date.
    pub undated: usize,
}

impl CellSummary {
    /// "5 statements · 3 outlets · 2 Dec – 9 Dec 2025".
    pub fn line(&self) -> String {
        let mut parts = vec![plural(self.statements, "statement")];
        if self.outlets > 0 || self.unknown_outlet == 0 {
            parts.push(plural(self.outlets, "outlet"));
        } else {
            parts.push("outlet unknown".into());
        }
        match self.days {
            Some((lo, hi)) => parts.push(day_range(lo, hi)),
            None => parts.push("no date".into()),
        }
        parts.join(" · ")
    }
}

/// "1 statement", "2 statements".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// A day as every view shows dates: "4 Dec 2025".
pub fn day_label(day: i32) -> String {
    crate::ingest::display_date(&crate::calendar::iso(day))
}

/// "4 Dec 2025", or "2 Dec – 9 Dec 2025" (the year given once when both
/// days share it).
pub fn day_range(lo: i32, hi: i32) -> String {
    if lo == hi {
        return day_label(lo);
    }
    let (ly, _, _) = crate::calendar::civil_from_days(lo);
    let (hy, _, _) = crate::calendar::civil_from_days(hi);
    let first = day_label(lo);
    let first = if ly == hy { first.trim_end_matches(&format!(" {ly}")).to_string() } else { first };
    format!("{first} – {}", day_label(hi))
}

/// Counts a cell's statements; `topic` is the row's topic id ("" for
/// Other, whose statements have no stance).
pub fn summarise(ws: &Workspace, days: &[Option<i32>], refs: &[StatementRef], topic: &str) -> CellSummary {
    let mut outlets: Vec<&str> = Vec::new();
    summarise_parts(refs.iter().filter_map(|r| {
        let e = r.get(ws)?;
        let stance = if topic.is_empty() { None } else { stance_of(e, topic) };
        let outlet = ws.session.articles[r.article as usize].outlet.trim();
        let outlet = (!outlet.is_empty()).then(|| match outlets.iter().position(|o| *o == outlet) {
            Some(i) => i,
            None => {
                outlets.push(outlet);
                outlets.len() - 1
            }
        });
        Some((stance, outlet, days.get(r.article as usize).copied().flatten()))
    }))
}

/// [`summarise`] from what it reads of each statement: its stance toward
/// the row's topic, its article's outlet as a number that is the same for
/// the same outlet (`None`: no outlet), and its article's day.
pub fn summarise_parts(statements: impl Iterator<Item = (Option<Stance>, Option<usize>, Option<i32>)>) -> CellSummary {
    let mut s = CellSummary::default();
    let mut outlets: Vec<usize> = Vec::new();
    for (stance, outlet, day) in statements {
        s.statements += 1;
        s.stance.add(stance);
        match outlet {
            None => s.unknown_outlet += 1,
            Some(o) if !outlets.contains(&o) => outlets.push(o),
            Some(_) => {}
        }
        match day {
            Some(d) => {
                s.days = Some(s.days.map_or((d, d), |(lo, hi)| (lo.min(d), hi.max(d))));
            }
            None => s.undated += 1,
        }
    }
    s.outlets = outlets.len();
    s
}

/// Text longer than this (in characters) reads as a paragraph on a card;
/// below it, the longer statement says more.
const LEAD_LONGEST: usize = 280;

/// How well a statement stands for its cell, compared lexicographically
/// (see [`lead`]): shown, vouched for, sure, on the majority side, not a
/// headline, length score.
type Representativeness = (bool, u8, bool, bool, bool, i64);

/// What [`lead`] weighs of one statement for one topic, read once so that
/// a cell's statements can be weighed without going back to their text
/// and maps (the Compare view weighs every cell on every recompute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeadFacts {
    shown: bool,
    vouched: u8,
    sure: bool,
    stance: Option<Stance>,
    not_headline: bool,
    length: i64,
}

impl LeadFacts {
    /// The facts of `e` for `topic`.
    pub fn of(ws: &Workspace, e: &Entry, topic: &str) -> LeadFacts {
        LeadFacts::with(e, ws.session.annotations.get(&e.key), e.text.chars().count(), topic)
    }

    /// The same, given the statement's annotation and the length of its
    /// text in characters (the parts that do not depend on the topic).
    pub fn with(e: &Entry, annotation: Option<&crate::session::Annotation>, chars: usize, topic: &str) -> LeadFacts {
        let vouched = u8::from(e.checked) + u8::from(annotation.is_some_and(|a| a.stance.contains_key(topic)));
        let suggested = e.suggestion.as_ref().is_some_and(|s| s.stance.contains_key(topic));
        let sure = e.statement.confidence >= crate::extract::confidence::CHECK_BELOW && !suggested;
        let chars = chars as i64;
        let length = if chars <= LEAD_LONGEST as i64 { chars } else { 2 * LEAD_LONGEST as i64 - chars };
        LeadFacts {
            shown: !e.hidden,
            vouched,
            sure,
            stance: stance_of(e, topic),
            not_headline: !e.statement.headline,
            length,
        }
    }

    /// The statement's stance toward the topic.
    pub fn stance(&self) -> Option<Stance> {
        self.stance
    }

    fn score(&self, majority: Option<Stance>) -> Representativeness {
        let with_majority = majority.is_some_and(|m| self.stance == Some(m));
        (self.shown, self.vouched, self.sure, with_majority, self.not_headline, self.length)
    }
}

/// The index of the lead among statements given by their [`LeadFacts`]
/// (see [`lead`]); `None` for none.
pub fn lead_of(facts: impl Iterator<Item = LeadFacts>, majority: Option<Stance>) -> Option<usize> {
    let mut best: Option<(usize, Representativeness)> = None;
    for (i, f) in facts.enumerate() {
        let score = f.score(majority);
        if best.as_ref().is_none_or(|(_, b)| score > *b) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// The statement that stands for a cell: the index in `refs` of the one
/// shown first, `None` for an empty list. Chosen, in this order, by:
/// 1. not hidden (hidden ones are listed only when the user shows them);
/// 2. how much the analyst vouched for it: set its stance toward this
///    topic by hand, accepted its attribution (each counts one) — a
///    reading a person checked beats any the machine made;
/// 3. extraction is sure of it (at least [`CHECK_BELOW`] per cent) and its
///    stance is the rules' reading, not only a suggestion learnt from
///    corrections;
/// 4. it takes the side most of the cell takes ([`StanceCounts::majority`]),
///    so the first card says what the bar says;
/// 5. it is not from a headline, which compresses and paraphrases;
/// 6. the longest up to 280 characters (a longer one loses as much as it
///    passes that), since a fuller sentence says more but a paragraph
///    does not read at a glance;
/// 7. ties: the earliest in the list (reading order).
///
/// [`CHECK_BELOW`]: crate::extract::confidence::CHECK_BELOW
pub fn lead(ws: &Workspace, refs: &[StatementRef], topic: &str, majority: Option<Stance>) -> Option<usize> {
    // a reference to no statement is passed over, keeping the others' places
    let mut places = Vec::with_capacity(refs.len());
    let facts = refs.iter().enumerate().filter_map(|(i, r)| {
        let e = r.get(ws)?;
        places.push(i);
        Some(LeadFacts::of(ws, e, topic))
    });
    let facts: Vec<LeadFacts> = facts.collect();
    lead_of(facts.into_iter(), majority).map(|k| places[k])
}

/// Summarises a cell and moves its lead statement to the front (the rest
/// keep their order).
pub fn lead_first(ws: &Workspace, days: &[Option<i32>], refs: &mut [StatementRef], topic: &str) -> CellSummary {
    let s = summarise(ws, days, refs, topic);
    if let Some(i) = lead(ws, refs, topic, s.stance.majority())
        && i > 0
    {
        refs[..=i].rotate_right(1);
    }
    s
}

// ----- Voices ----------------------------------------------------------

/// One outlet's statements by actor: who gets quoted there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletVoices {
    /// "" for articles without an outlet ("Unknown outlet").
    pub outlet: String,
    pub total: usize,
    /// (actor id, "" for no actor; statements), most quoted first.
    pub actors: Vec<(String, usize)>,
}

/// How to order the outlets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum VoicesSort {
    /// Most statements first.
    #[default]
    Total,
    /// By name, A to Z.
    Name,
}

/// Per outlet, its statements by actor, from the filtered list (each
/// statement once). Articles without an outlet are one "Unknown outlet"
/// row, always last when sorted by name.
pub fn voices(ws: &Workspace, list: &[StatementRef], cols: &Columns, sort: VoicesSort) -> Vec<OutletVoices> {
    let mut by: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
    for r in list {
        let Some(e) = r.get(ws) else { continue };
        let Some(col) = cols.id(e.statement.actor.as_deref()) else { continue };
        let outlet = ws.session.articles[r.article as usize].outlet.trim();
        *by.entry(outlet).or_default().entry(col).or_insert(0) += 1;
    }
    let mut out: Vec<OutletVoices> = by
        .into_iter()
        .map(|(outlet, m)| {
            let mut actors: Vec<(String, usize)> = m.into_iter().map(|(a, n)| (a.to_string(), n)).collect();
            actors.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            OutletVoices { outlet: outlet.to_string(), total: actors.iter().map(|a| a.1).sum(), actors }
        })
        .collect();
    match sort {
        VoicesSort::Total => out.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.outlet.cmp(&b.outlet))),
        VoicesSort::Name => {
            out.sort_by_key(|o| (o.outlet.is_empty(), o.outlet.to_lowercase()));
        }
    }
    out
}

/// The statements behind one segment of the Voices view: of the column
/// `column` ("" no actor) in articles of `outlet` ("" unknown), in list
/// order.
pub fn voice_statements(
    ws: &Workspace,
    list: &[StatementRef],
    cols: &Columns,
    outlet: &str,
    column: &str,
) -> Vec<StatementRef> {
    list.iter()
        .copied()
        .filter(|r| {
            r.get(ws).is_some_and(|e| {
                ws.session.articles[r.article as usize].outlet.trim() == outlet
                    && cols.id(e.statement.actor.as_deref()) == Some(column)
            })
        })
        .collect()
}

// ----- Timeline --------------------------------------------------------

/// One statement on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub statement: StatementRef,
    pub day: i32,
    pub stance: Option<Stance>,
}

/// Where an actor's stance turned: the first statement taking the other
/// side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub day: i32,
    pub from: Stance,
    pub to: Stance,
    pub statement: StatementRef,
}

impl Change {
    /// "favor → against on 12 Mar 2025".
    pub fn describe(&self) -> String {
        format!("{} → {} on {}", self.from.label(), self.to.label(), day_label(self.day))
    }
}

/// One actor's statements on a topic over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineRow {
    /// Actor id ("" for statements with no actor).
    pub actor: String,
    /// Dated statements by day, then reading order.
    pub marks: Vec<Mark>,
    pub changes: Vec<Change>,
    /// Statements from articles without a full date.
    pub undated: Vec<StatementRef>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub rows: Vec<TimelineRow>,
    /// First and last day among the marks.
    pub span: Option<(i32, i32)>,
}

impl Timeline {
    pub fn undated(&self) -> usize {
        self.rows.iter().map(|r| r.undated.len()).sum()
    }
}

/// Where a row of marks (sorted by day) changes sides. Each day takes the
/// side most of its statements for or against take (a tie takes none), so
/// reports of one day from several outlets do not flip back and forth;
/// a turn is a day whose side is the opposite of the last day that took
/// one. The turn points at that day's first statement on the new side.
fn turns(marks: &[Mark]) -> Vec<Change> {
    let mut out = Vec::new();
    let mut last: Option<Stance> = None;
    let mut i = 0;
    while i < marks.len() {
        let day = marks[i].day;
        let j = i + marks[i..].iter().take_while(|m| m.day == day).count();
        let of_day = &marks[i..j];
        let favor = of_day.iter().filter(|m| m.stance == Some(Stance::Favor)).count();
        let against = of_day.iter().filter(|m| m.stance == Some(Stance::Against)).count();
        let side = match favor.cmp(&against) {
            std::cmp::Ordering::Greater => Some(Stance::Favor),
            std::cmp::Ordering::Less => Some(Stance::Against),
            std::cmp::Ordering::Equal => None,
        };
        if let Some(s) = side {
            if let Some(prev) = last
                && prev != s
                && let Some(m) = of_day.iter().find(|m| m.stance == Some(s))
            {
                out.push(Change { day, from: prev, to: s, statement: m.statement });
            }
            last = Some(s);
        }
        i = j;
    }
    out
}

/// The statements of the filtered `list` tagged with `topic`, one row per
/// actor in `actors` order (actor ids, "" for no actor; actors without a
/// statement on the topic are left out).
///
/// A change of stance is flagged when, from one day to a later one, an
/// actor's statements take the opposite side (favor ↔ against; see
/// [`turns`]); neutral statements take none and never make or break a
/// change, so "against, neutral, against" is no change.
pub fn timeline(ws: &Workspace, days: &[Option<i32>], list: &[StatementRef], topic: &str, cols: &Columns) -> Timeline {
    let mut rows: Vec<TimelineRow> = cols
        .ids
        .iter()
        .map(|a| TimelineRow { actor: a.clone(), marks: Vec::new(), changes: Vec::new(), undated: Vec::new() })
        .collect();
    let mut span: Option<(i32, i32)> = None;
    for &r in list {
        let Some(e) = r.get(ws) else { continue };
        if !e.statement.topics.iter().any(|t| t == topic) {
            continue;
        }
        let Some(row) = cols.index(e.statement.actor.as_deref()) else { continue };
        match days.get(r.article as usize).copied().flatten() {
            Some(day) => {
                span = Some(span.map_or((day, day), |(lo, hi)| (lo.min(day), hi.max(day))));
                rows[row].marks.push(Mark { statement: r, day, stance: stance_of(e, topic) });
            }
            None => rows[row].undated.push(r),
        }
    }
    for row in &mut rows {
        row.marks.sort_by_key(|m| (m.day, m.statement));
        row.changes = turns(&row.marks);
    }
    rows.retain(|r| !r.marks.is_empty() || !r.undated.is_empty());
    Timeline { rows, span }
}

// ----- Agreement -------------------------------------------------------

/// Two actors on one topic, counted as the Discourse Network Analyzer
/// (DNA; Philip Leifeld) counts a one-mode actor network through one
/// concept with a binary agreement qualifier (as this project reads DNA's
/// definitions, brought down to one concept). DNA's manual (Leifeld,
/// Gruber and Bossner, "Discourse Network Analyzer Manual", DNA 2.0,
/// section 2 "DNA algorithms": 2.1 Congruence, 2.2 Conflict; the same
/// choices are `qualifierAggregation = "congruence"` and `"conflict"` of
/// rDNA's `dna_network`) defines, for actors i and j:
///
/// - **congruence**: the number of (concept, qualifier) combinations both
///   i and j refer to with the same qualifier — here, for one topic:
///   one if both made a statement in favour, plus one if both made one
///   against (0, 1 or 2);
/// - **conflict**: the combinations where i refers to the concept with one
///   qualifier and j with the other — here one if i is in favour and j
///   against, plus one if i is against and j in favour (0, 1 or 2).
///
/// Repeated statements of the same stance count once in those weights (as
/// DNA does when duplicates are ignored); neutral statements carry no
/// qualifier and count in neither. Because weights of 0–2 hide how often
/// it happened, the pairs of statements behind them are counted too:
/// every statement of i paired with every statement of j on the same side
/// (`agree_pairs`) or on opposite sides (`conflict_pairs`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pairing {
    pub congruence: u8,
    pub conflict: u8,
    pub agree_pairs: usize,
    pub conflict_pairs: usize,
}

/// Actor × actor agreement and conflict on one topic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agreement {
    /// Actor ids with at least one statement taking a side, in the order
    /// given.
    pub actors: Vec<String>,
    /// Per actor, statements in favour and against.
    pub favor: Vec<Vec<StatementRef>>,
    pub against: Vec<Vec<StatementRef>>,
    /// Neutral statements per actor (shown, not counted).
    pub neutral: Vec<usize>,
    /// `cells[i][j]`; the diagonal is left at zero (DNA's one-mode
    /// networks have no loops).
    pub cells: Vec<Vec<Pairing>>,
    /// Actors with statements on the topic that take no side (only
    /// neutral, or no stance), with how many: not in the matrix.
    pub without_side: Vec<(String, usize)>,
}

impl Agreement {
    /// The statements behind a cell: those of actor `i` and of actor `j`
    /// that take a side, each with it. Empty when the two never meet.
    pub fn behind(&self, i: usize, j: usize) -> Vec<(usize, StatementRef, Stance)> {
        let p = self.cells.get(i).and_then(|r| r.get(j)).copied().unwrap_or_default();
        if p.agree_pairs + p.conflict_pairs == 0 {
            return Vec::new();
        }
        let mut out = Vec::new();
        for a in [i, j] {
            out.extend(self.favor[a].iter().map(|&r| (a, r, Stance::Favor)));
            out.extend(self.against[a].iter().map(|&r| (a, r, Stance::Against)));
        }
        out
    }
}

/// Agreement and conflict between the columns `cols` (in order) on `topic`,
/// from the filtered `list`; see [`Pairing`] for how they are counted.
pub fn agreement(ws: &Workspace, list: &[StatementRef], topic: &str, cols: &Columns) -> Agreement {
    let actors = &cols.ids;
    let n = actors.len();
    let mut favor = vec![Vec::new(); n];
    let mut against = vec![Vec::new(); n];
    let mut neutral = vec![0; n];
    let mut unrated = vec![0; n];
    for &r in list {
        let Some(e) = r.get(ws) else { continue };
        // statements of no actor take no side between actors
        let Some(actor) = e.statement.actor.as_deref() else { continue };
        let Some(i) = cols.index(Some(actor)).filter(|&i| !actors[i].is_empty()) else { continue };
        if !e.statement.topics.iter().any(|t| t == topic) {
            continue;
        }
        match stance_of(e, topic) {
            Some(Stance::Favor) => favor[i].push(r),
            Some(Stance::Against) => against[i].push(r),
            Some(Stance::Neutral) => neutral[i] += 1,
            None => unrated[i] += 1,
        }
    }
    let without_side: Vec<(String, usize)> = (0..n)
        .filter(|&i| favor[i].is_empty() && against[i].is_empty() && neutral[i] + unrated[i] > 0)
        .map(|i| (actors[i].clone(), neutral[i] + unrated[i]))
        .collect();
    let keep: Vec<usize> = (0..n).filter(|&i| !favor[i].is_empty() || !against[i].is_empty()).collect();
    let favor: Vec<Vec<StatementRef>> = keep.iter().map(|&i| std::mem::take(&mut favor[i])).collect();
    let against: Vec<Vec<StatementRef>> = keep.iter().map(|&i| std::mem::take(&mut against[i])).collect();
    let neutral: Vec<usize> = keep.iter().map(|&i| neutral[i]).collect();
    let actors: Vec<String> = keep.iter().map(|&i| actors[i].clone()).collect();
    let m = actors.len();
    let mut cells = vec![vec![Pairing::default(); m]; m];
    for i in 0..m {
        for j in 0..m {
            if i == j {
                continue;
            }
            let (fi, ai, fj, aj) = (favor[i].len(), against[i].len(), favor[j].len(), against[j].len());
            cells[i][j] = Pairing {
                congruence: u8::from(fi > 0 && fj > 0) + u8::from(ai > 0 && aj > 0),
                conflict: u8::from(fi > 0 && aj > 0) + u8::from(ai > 0 && fj > 0),
                agree_pairs: fi * fj + ai * aj,
                conflict_pairs: fi * aj + ai * fj,
            };
        }
    }
    Agreement { actors, favor, against, neutral, cells, without_side }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::StatementKey;
    use std::sync::Arc;

    /// Every actor of the catalogue its own column, and "No actor".
    fn everyone(w: &Workspace) -> Columns {
        let mut ids: Vec<String> = w.session.catalogue.actors.iter().map(|a| a.id.clone()).collect();
        ids.push(String::new());
        Columns::each(&ids)
    }

    /// Articles written for these tests; what extraction makes of them is
    /// then set by hand, so the counts below depend on nothing else.
    const ARTICLES: &[(&str, &str, Option<&str>)] = &[
        (
            "Harbour Post",
            "Harbour Post\n\nThe minister said that the ferry timetable would be published on Monday.\n\n\
             The mayor said that the new pier was a waste of money.\n\n\
             The harbour master said that the tides had been unusually calm all week.\n",
            Some("2025-03-03"),
        ),
        (
            "Valley Courier",
            "Valley Courier\n\nThe minister said that the bridge tolls must be lowered before winter.\n\n\
             The mayor said that the council would never accept the new tolls.\n",
            Some("2025-03-12"),
        ),
        (
            "",
            "Night notes\n\nThe minister said that nobody in the office had read the report yet.\n\n\
             The mayor said that the lanterns on the quay should stay lit until midnight.\n",
            None,
        ),
    ];

    /// A session of the articles above with every statement's actor,
    /// topic and stance set: `plan[article][statement] = (actor, stance)`.
    fn session(plan: &[&[(&str, Option<Stance>)]]) -> (Workspace, Vec<Vec<StatementKey>>) {
        let mut w = Workspace::default();
        let arts: Vec<_> = ARTICLES
            .iter()
            .enumerate()
            .map(|(i, (outlet, text, date))| {
                let mut a = crate::ingest::parse_article(&format!("a{i}.txt"), text.as_bytes()).unwrap();
                a.outlet = outlet.to_string();
                a.date = date.map(str::to_string);
                Arc::new(a)
            })
            .collect();
        w.add_articles(arts);
        let mut keys = Vec::new();
        for (ai, statements) in plan.iter().enumerate() {
            let found: Vec<StatementKey> = w.entries[ai].iter().map(|e| e.key.clone()).collect();
            assert!(found.len() >= statements.len(), "article {ai}: {} statements found", found.len());
            for (k, (actor, stance)) in found.iter().zip(statements.iter()) {
                w.set_actor(k, Some(actor.to_string()));
                w.set_topics(k, vec!["sanctions".into()]);
                w.set_stance(k, "sanctions", *stance);
            }
            // statements beyond the plan leave the topic
            for k in &found[statements.len()..] {
                w.set_topics(k, vec![]);
            }
            keys.push(found[..statements.len()].to_vec());
        }
        (w, keys)
    }

    fn all(w: &Workspace) -> Vec<StatementRef> {
        let mut v = Vec::new();
        for (a, es) in w.entries.iter().enumerate() {
            for e in 0..es.len() {
                v.push(StatementRef { article: a as u32, entry: e as u32 });
            }
        }
        v
    }

    fn on_topic(w: &Workspace) -> Vec<StatementRef> {
        all(w).into_iter().filter(|r| r.get(w).unwrap().statement.topics.iter().any(|t| t == "sanctions")).collect()
    }

    use Stance::{Against, Favor, Neutral};

    #[test]
    fn a_cell_counts_sides_outlets_and_days() {
        let (w, _) = session(&[
            &[("kremlin", Some(Favor)), ("kremlin", Some(Against)), ("kremlin", Some(Against))],
            &[("kremlin", Some(Against)), ("kremlin", Some(Neutral))],
            &[("kremlin", Some(Against))],
        ]);
        let refs = on_topic(&w);
        let s = summarise(&w, &article_days(&w), &refs, "sanctions");
        assert_eq!(s.statements, 6);
        assert_eq!(s.stance, StanceCounts { favor: 1, against: 4, neutral: 1, unrated: 0 });
        assert_eq!(s.stance.majority(), Some(Against));
        // two named outlets, and one article without an outlet
        assert_eq!((s.outlets, s.unknown_outlet), (2, 1));
        let d = |m, day| crate::calendar::days_from_civil(2025, m, day);
        assert_eq!(s.days, Some((d(3, 3), d(3, 12))));
        assert_eq!(s.undated, 1);
        assert_eq!(s.line(), "6 statements · 2 outlets · 3 Mar – 12 Mar 2025");
        // the Other row has no stance to count
        let other = summarise(&w, &article_days(&w), &refs, "");
        assert_eq!(other.stance.unrated, 6);
        assert_eq!(other.stance.majority(), None);
    }

    #[test]
    fn a_tie_is_no_majority() {
        let c = StanceCounts { favor: 2, against: 2, neutral: 1, unrated: 0 };
        assert_eq!(c.majority(), None);
        assert_eq!(StanceCounts::default().majority(), None);
    }

    #[test]
    fn the_lead_statement_is_the_one_a_person_vouched_for_then_the_majority_side() {
        let (mut w, keys) = session(&[
            &[("kremlin", None), ("kremlin", None), ("kremlin", None)],
            &[("kremlin", None), ("kremlin", None)],
        ]);
        let refs = on_topic(&w);
        let text = |r: &StatementRef, w: &Workspace| r.get(w).unwrap().text.chars().count();
        let side = |r: &StatementRef, w: &Workspace| r.get(w).unwrap().statement.stance.get("sanctions").copied();
        // nobody vouched for anything: the rules' reading, the majority side
        let s = summarise(&w, &article_days(&w), &refs, "sanctions");
        if let Some(m) = s.stance.majority() {
            let i = lead(&w, &refs, "sanctions", Some(m)).unwrap();
            assert_eq!(side(&refs[i], &w), Some(m));
        }
        // a stance set by hand, on the shortest and against the majority:
        // that statement leads
        let shortest = *refs.iter().min_by_key(|r| text(r, &w)).unwrap();
        let short = shortest.get(&w).unwrap().key.clone();
        let minority = if s.stance.majority() == Some(Favor) { Against } else { Favor };
        w.set_stance(&short, "sanctions", Some(minority));
        let s = summarise(&w, &article_days(&w), &refs, "sanctions");
        assert_ne!(s.stance.majority(), Some(minority), "{:?}", s.stance);
        let j = lead(&w, &refs, "sanctions", s.stance.majority()).unwrap();
        assert_eq!(refs[j].get(&w).unwrap().key, short);
        // among statements all set by hand, one on the majority side leads
        for k in keys.iter().flatten() {
            w.set_stance(k, "sanctions", Some(Against));
        }
        let favor = keys[1][1].clone();
        w.set_stance(&favor, "sanctions", Some(Favor));
        let s = summarise(&w, &article_days(&w), &refs, "sanctions");
        let k = lead(&w, &refs, "sanctions", s.stance.majority()).unwrap();
        assert_eq!(refs[k].get(&w).unwrap().statement.stance.get("sanctions"), Some(&Against));
        // hidden: never first
        let hidden_key = refs[k].get(&w).unwrap().key.clone();
        w.set_hidden(&hidden_key, true);
        let m = lead(&w, &refs, "sanctions", s.stance.majority()).unwrap();
        assert_ne!(refs[m].get(&w).unwrap().key, hidden_key);
        w.set_hidden(&hidden_key, false);
        // lead_first puts the lead first, the rest in their order
        let mut cell = refs.clone();
        lead_first(&w, &article_days(&w), &mut cell, "sanctions");
        assert_eq!(cell[0], refs[k]);
        let rest: Vec<_> = refs.iter().filter(|r| **r != refs[k]).copied().collect();
        assert_eq!(&cell[1..], &rest[..]);
        assert_eq!(lead(&w, &[], "sanctions", None), None);
    }

    #[test]
    fn voices_count_each_outlets_actors_with_unknown_outlet_apart() {
        let (w, _) = session(&[
            &[("kremlin", Some(Favor)), ("ukrainian-mfa", Some(Against)), ("kremlin", None)],
            &[("western-officials", Some(Favor)), ("kremlin", None)],
            &[("ukrainian-mfa", None)],
        ]);
        let list = on_topic(&w);
        let v = voices(&w, &list, &everyone(&w), VoicesSort::Total);
        assert_eq!(v.iter().map(|o| o.outlet.as_str()).collect::<Vec<_>>(), ["Harbour Post", "Valley Courier", ""]);
        assert_eq!(v[0].total, 3);
        assert_eq!(v[0].actors, vec![("kremlin".to_string(), 2), ("ukrainian-mfa".to_string(), 1)]);
        assert_eq!(v[2].actors, vec![("ukrainian-mfa".to_string(), 1)]);
        let by_name = voices(&w, &list, &everyone(&w), VoicesSort::Name);
        assert_eq!(by_name.last().unwrap().outlet, "");
        assert_eq!(by_name[0].outlet, "Harbour Post");
        let seg = voice_statements(&w, &list, &everyone(&w), "Harbour Post", "kremlin");
        assert_eq!(seg.len(), 2);
        assert!(seg.iter().all(|r| r.article == 0));
        assert_eq!(voice_statements(&w, &list, &everyone(&w), "", "ukrainian-mfa").len(), 1);
        // the list given is what is counted: the filters apply
        let first_only: Vec<_> = list.iter().copied().filter(|r| r.article == 0).collect();
        assert_eq!(voices(&w, &first_only, &everyone(&w), VoicesSort::Total).len(), 1);
    }

    #[test]
    fn the_timeline_orders_by_day_flags_a_turn_and_keeps_the_undated() {
        let (w, _) = session(&[
            &[("kremlin", Some(Favor)), ("ukrainian-mfa", Some(Against)), ("kremlin", Some(Neutral))],
            &[("kremlin", Some(Against)), ("ukrainian-mfa", Some(Against))],
            &[("kremlin", Some(Favor))],
        ]);
        let actors = vec!["ukrainian-mfa".to_string(), "kremlin".to_string(), "russia".to_string()];
        let t = timeline(&w, &article_days(&w), &on_topic(&w), "sanctions", &Columns::each(&actors));
        // actors in the order given, those without statements left out
        assert_eq!(t.rows.iter().map(|r| r.actor.as_str()).collect::<Vec<_>>(), ["ukrainian-mfa", "kremlin"]);
        let kremlin = &t.rows[1];
        assert_eq!(kremlin.marks.len(), 3);
        assert!(kremlin.marks.windows(2).all(|p| p[0].day <= p[1].day));
        // favor (3 Mar), neutral (3 Mar), against (12 Mar): one turn
        assert_eq!(kremlin.changes.len(), 1);
        assert_eq!(kremlin.changes[0].describe(), "favor → against on 12 Mar 2025");
        // the undated article's statement is kept apart, not dropped
        assert_eq!(kremlin.undated.len(), 1);
        assert_eq!(t.undated(), 1);
        assert!(t.rows[0].changes.is_empty());
        let d = |m, day| crate::calendar::days_from_civil(2025, m, day);
        assert_eq!(t.span, Some((d(3, 3), d(3, 12))));
    }

    #[test]
    fn one_days_reports_do_not_flip_back_and_forth() {
        // 3 Mar: for, against, for (the day is for); 12 Mar: against
        let (w, _) = session(&[
            &[("kremlin", Some(Favor)), ("kremlin", Some(Against)), ("kremlin", Some(Favor))],
            &[("kremlin", Some(Against))],
        ]);
        let t = timeline(&w, &article_days(&w), &on_topic(&w), "sanctions", &Columns::each(&["kremlin".to_string()]));
        assert_eq!(t.rows[0].changes.len(), 1);
        assert_eq!(t.rows[0].changes[0].describe(), "favor → against on 12 Mar 2025");
        // a tied day takes no side
        let (w, _) = session(&[&[("kremlin", Some(Favor)), ("kremlin", Some(Against))], &[("kremlin", Some(Favor))]]);
        let t = timeline(&w, &article_days(&w), &on_topic(&w), "sanctions", &Columns::each(&["kremlin".to_string()]));
        assert!(t.rows[0].changes.is_empty());
    }

    #[test]
    fn neutral_statements_neither_make_nor_break_a_turn() {
        let (w, _) =
            session(&[&[("kremlin", Some(Against)), ("kremlin", Some(Neutral))], &[("kremlin", Some(Against))]]);
        let t = timeline(&w, &article_days(&w), &on_topic(&w), "sanctions", &Columns::each(&["kremlin".to_string()]));
        assert!(t.rows[0].changes.is_empty());
    }

    #[test]
    fn a_closed_bloc_is_one_side_in_the_timeline_agreement_and_voices() {
        let (mut w, _) = session(&[
            &[("nato", Some(Against)), ("kremlin", Some(Favor))],
            &[("us-administration", Some(Against)), ("kremlin", Some(Favor))],
        ]);
        // the West opens closed: NATO and the US administration count as
        // Western officials
        let cols = Columns::of(&crate::compare::compare(&w, None));
        let a = agreement(&w, &on_topic(&w), "sanctions", &cols);
        assert_eq!(a.actors, ["kremlin", "western-officials"]);
        assert_eq!(a.cells[0][1].conflict_pairs, 4);
        let t = timeline(&w, &article_days(&w), &on_topic(&w), "sanctions", &cols);
        let west = t.rows.iter().find(|r| r.actor == "western-officials").expect("a Western officials row");
        assert_eq!(west.marks.len(), 2);
        let v = voices(&w, &on_topic(&w), &cols, VoicesSort::Total);
        assert!(v.iter().all(|o| o.actors.iter().all(|(a, _)| a != "nato")));
        // opened, each part is a side of its own
        w.view_mut().blocs.insert("West".into(), true);
        let cols = Columns::of(&crate::compare::compare(&w, None));
        let a = agreement(&w, &on_topic(&w), "sanctions", &cols);
        assert_eq!(a.actors, ["kremlin", "us-administration", "nato"]);
    }

    #[test]
    fn agreement_counts_congruence_and_conflict_as_dna_does_for_one_concept() {
        let (w, _) = session(&[
            &[("kremlin", Some(Favor)), ("ukrainian-mfa", Some(Against)), ("western-officials", Some(Against))],
            &[("kremlin", Some(Favor)), ("western-officials", Some(Favor))],
            &[("russia", Some(Neutral))],
        ]);
        let actors: Vec<String> =
            ["kremlin", "ukrainian-mfa", "western-officials", "russia"].iter().map(|s| s.to_string()).collect();
        let a = agreement(&w, &on_topic(&w), "sanctions", &Columns::each(&actors));
        // russia took no side: not in the matrix, but named apart
        assert_eq!(a.actors, ["kremlin", "ukrainian-mfa", "western-officials"]);
        assert_eq!(a.without_side, vec![("russia".to_string(), 1)]);
        let (k, u, west) = (0, 1, 2);
        // kremlin for twice, ukrainian-mfa against once: conflict only
        assert_eq!(a.cells[k][u], Pairing { congruence: 0, conflict: 1, agree_pairs: 0, conflict_pairs: 2 });
        // western officials took both sides: agree with both, and conflict
        // with both (DNA counts each qualifier combination once)
        assert_eq!(a.cells[k][west], Pairing { congruence: 1, conflict: 1, agree_pairs: 2, conflict_pairs: 2 });
        assert_eq!(a.cells[u][west], Pairing { congruence: 1, conflict: 1, agree_pairs: 1, conflict_pairs: 1 });
        // symmetric, no loops
        for i in 0..3 {
            assert_eq!(a.cells[i][i], Pairing::default());
            for j in 0..3 {
                let (p, q) = (a.cells[i][j], a.cells[j][i]);
                assert_eq!((p.congruence, p.conflict, p.agree_pairs), (q.congruence, q.conflict, q.agree_pairs));
            }
        }
        // behind a cell: both actors' statements that take a side
        let b = a.behind(k, u);
        assert_eq!(b.len(), 3);
        assert_eq!(b.iter().filter(|(who, _, s)| *who == k && *s == Favor).count(), 2);
        assert_eq!(b.iter().filter(|(who, _, s)| *who == u && *s == Against).count(), 1);
        assert!(a.behind(k, k).is_empty());
    }

    #[test]
    fn day_ranges_read_as_dates() {
        let d = crate::calendar::days_from_civil;
        assert_eq!(day_range(d(2025, 3, 3), d(2025, 3, 3)), "3 Mar 2025");
        assert_eq!(day_range(d(2024, 12, 30), d(2025, 1, 2)), "30 Dec 2024 – 2 Jan 2025");
    }
}
