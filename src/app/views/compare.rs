//! The Compare view: one column per actor, one section per topic, each cell
//! the actor's statements on that topic as cards.
//!
//! The grid is laid out by hand rather than out of nested widgets, so that
//! - columns share the width, down to a minimum below which it scrolls
//!   sideways;
//! - actor headers and topic labels stay in view while scrolling (the
//!   headers sit above the one scroll area and follow it sideways; each
//!   topic's label is pinned to the left edge, and to the top while its
//!   section is in view);
//! - there is one scroll area and no cell captures the wheel: a cell shows
//!   its first cards and "N more" opens the rest in place;
//! - only the cards in view are drawn, whatever the number of statements
//!   (card heights are measured once per comparison and width).
//!
//! A column is whatever [`crate::compare::Column`] says: one actor today; a
//! bloc of several actors draws the same way. A card's marks (in doubt,
//! checked, edited, hidden, added) come from [`card_marks`].

use super::super::{Action, CardFocus, CounterpointApp};
use super::style;
use crate::compare::StatementRef;
use crate::extract::confidence::CHECK_BELOW;
use crate::session::{StatementKey, ViewKind};
use crate::workspace::Entry;
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, Key, Modifiers, Rect, RichText, Sense, Stroke, pos2, vec2};
use std::sync::Arc;

/// Columns are never narrower than this; below it the grid scrolls
/// sideways.
pub const MIN_COL_W: f32 = 200.0;
/// Nor wider than this: one actor on a wide screen stays readable.
const MAX_COL_W: f32 = 560.0;
const GAP: f32 = 8.0;
/// Extra space between blocs when columns are grouped by bloc.
const BLOC_GAP: f32 = 16.0;
const PAD: f32 = 6.0;
pub const HEADER_H: f32 = 50.0;
const BAND_H: f32 = 28.0;
const CARD_GAP: f32 = 6.0;
const SECTION_PAD: f32 = 10.0;
const EMPTY_H: f32 = 22.0;
const MORE_H: f32 = 24.0;
/// A cell's summary above its cards: the stance bar, its counts in words,
/// and statements · outlets · dates.
const SUMMARY_H: f32 = 52.0;
/// The same without a stance (the Other row, a topic with no proposition).
const SUMMARY_PLAIN_H: f32 = 20.0;
/// Cards a cell shows before "N more".
pub const SHOWN: usize = 3;
/// Lines of a statement shown on its card; the inspector has all of it.
const MAX_LINES: usize = 9;
const TEXT_SIZE: f32 = 13.0;
const META_H: f32 = 17.0;
const CARD_LEFT: f32 = 12.0;
const CARD_RIGHT: f32 = 8.0;
const CARD_TOP: f32 = 7.0;
const CARD_BOTTOM: f32 = 6.0;
const FOCUS: Color32 = Color32::from_rgb(0x1a, 0x64, 0xd6);

/// The grid as laid out for one frame, in content coordinates (the top
/// left of the scrolled content is 0,0).
pub struct Grid {
    pub col_w: f32,
    /// Left edge of each column.
    pub col_x: Vec<f32>,
    pub width: f32,
    pub sections: Vec<Section>,
    pub height: f32,
}

/// One topic's band and cells.
pub struct Section {
    /// Index into the comparison's rows.
    pub row: usize,
    pub top: f32,
    pub height: f32,
    pub cells: Vec<Cell>,
}

/// The cards a cell shows.
pub struct Cell {
    pub shown: usize,
    pub total: usize,
    pub expanded: bool,
    /// Top of each shown card, from the top of the section's cards.
    pub tops: Vec<f32>,
    pub heights: Vec<f32>,
    /// Where the cards (and "N more") end.
    pub bottom: f32,
}

impl Cell {
    fn has_more_button(&self) -> bool {
        self.total > SHOWN
    }
}

/// Card heights measured at one width in one workspace. A card's height
/// depends only on its statement's words and kind, so each is kept with the
/// number its article's statements had ([`crate::workspace::Workspace::derived`]):
/// after an edit only the cards of the article it changed are measured
/// again, not every card shown.
#[derive(Default)]
pub struct CardHeights {
    instance: u64,
    width: f32,
    map: std::collections::HashMap<StatementRef, (u64, f32)>,
}

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    if app.cmp.columns.is_empty() {
        empty(ui, "No actor is shown. Tick actors in the sidebar, or choose View ▸ Show statements with no actor.");
        return;
    }
    if app.cmp.list.is_empty() {
        empty(ui, "No statements match the filters.");
        return;
    }
    let full = ui.available_rect_before_wrap();
    let header = Rect::from_min_size(full.min, vec2(full.width(), HEADER_H));
    let body = Rect::from_min_max(pos2(full.min.x, header.max.y + 1.0), full.max);
    ui.allocate_rect(full, Sense::hover());

    let grid = layout(ui, app, body.width());
    keys(ui, app, &grid, actions);
    let focus = resolve_focus(app, &grid);

    let mut area = egui::ScrollArea::both().id_salt("compare-grid").auto_shrink([false, false]);
    if !app.ui.compare_scroll_restored {
        // a session opens where it was left, a new one at the top left,
        // whatever egui remembers of the last session's scrolling
        let [x, y] = app.ws.session.view.compare.scroll;
        area = area.scroll_offset(vec2(x as f32, y as f32));
        app.ui.compare_scroll_restored = true;
    }
    let mut body_ui = ui.new_child(egui::UiBuilder::new().max_rect(body));
    let out = area.show_viewport(&mut body_ui, |ui, _viewport| {
        ui.set_min_size(vec2(grid.width, grid.height));
        let origin = ui.max_rect().min;
        draw_sections(ui, app, &grid, origin, focus, actions);
        if app.ui.focus_scroll {
            app.ui.focus_scroll = false;
            if let Some((si, ci, k)) = focus {
                let r = card_rect(&grid, origin, si, ci, k);
                // keep clear of the pinned topic band above it
                ui.scroll_to_rect(r.with_min_y(r.min.y - BAND_H - 4.0).expand2(vec2(PAD, 4.0)), None);
            }
        }
    });
    app.ui.compare_scroll = out.state.clamped_offset();
    draw_headers(ui, app, &grid, header, out.state.clamped_offset().x, actions);
}

fn empty(ui: &mut egui::Ui, text: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.label(RichText::new(text).size(15.0).weak());
    });
}

/// Column widths and every shown card's place.
fn layout(ui: &egui::Ui, app: &mut CounterpointApp, avail_w: f32) -> Grid {
    let c = &app.cmp;
    let n = c.columns.len().max(1);
    let grouped = app.ws.session.view.group_by_bloc;
    let gaps: Vec<f32> = (0..n)
        .map(|i| match i {
            0 => 0.0,
            _ if grouped && c.columns[i].group != c.columns[i - 1].group => BLOC_GAP,
            _ => GAP,
        })
        .collect();
    let total_gap: f32 = gaps.iter().sum();
    let room = avail_w - 2.0 * PAD - 4.0;
    let mut col_w = (room - total_gap) / n as f32;
    if col_w < MIN_COL_W {
        // not all fit: as many as fit fill the width exactly, the rest are
        // a scroll away
        let fit = (((room + GAP) / (MIN_COL_W + GAP)).floor() as usize).clamp(1, n);
        col_w = (room - gaps[1..fit].iter().sum::<f32>()) / fit as f32;
    }
    let col_w = col_w.clamp(MIN_COL_W, MAX_COL_W).floor();
    let mut col_x = Vec::with_capacity(n);
    let mut x = PAD;
    for g in &gaps {
        x += g;
        col_x.push(x);
        x += col_w;
    }
    let width = x + PAD;

    let heights = &mut app.ui.card_heights;
    if heights.instance != app.ws.instance || heights.width != col_w {
        heights.map.clear();
        heights.instance = app.ws.instance;
        heights.width = col_w;
    }
    let derived = app.ws.derived();
    let expanded = &app.ws.session.view.compare.expanded;
    let mut sections = Vec::new();
    let mut y = 4.0;
    for (ri, row) in c.rows.iter().enumerate() {
        if row.count == 0 {
            continue;
        }
        let mut cells = Vec::with_capacity(c.columns.len());
        let mut tallest: f32 = EMPTY_H;
        for (ci, col) in c.columns.iter().enumerate() {
            let refs = &c.cells[ri][ci];
            let open = refs.len() > SHOWN && expanded.iter().any(|(t, a)| *t == row.id && *a == col.id);
            let shown = if open { refs.len() } else { refs.len().min(SHOWN) };
            let mut tops = Vec::with_capacity(shown);
            let mut hs = Vec::with_capacity(shown);
            let mut cy = summary_height(c.summaries.get(ri).and_then(|r| r.get(ci)));
            for r in &refs[..shown] {
                let number = derived.get(r.article as usize).copied().unwrap_or(u64::MAX);
                let h = match heights.map.get(r) {
                    Some(&(n, h)) if n == number => h,
                    _ => {
                        let h = r.get(&app.ws).map_or(40.0, |e| card_height(ui, e, col_w));
                        heights.map.insert(*r, (number, h));
                        h
                    }
                };
                tops.push(cy);
                hs.push(h);
                cy += h + CARD_GAP;
            }
            if refs.len() > SHOWN {
                cy += MORE_H;
            }
            tallest = tallest.max(cy);
            cells.push(Cell { shown, total: refs.len(), expanded: open, tops, heights: hs, bottom: cy });
        }
        let height = BAND_H + tallest + SECTION_PAD;
        sections.push(Section { row: ri, top: y, height, cells });
        y += height;
    }
    Grid { col_w, col_x, width, sections, height: y + 8.0 }
}

/// The height of a cell's summary (none for an empty cell).
fn summary_height(s: Option<&crate::positions::CellSummary>) -> f32 {
    match s {
        Some(s) if s.statements == 0 => 0.0,
        Some(s) if s.stance.rated() > 0 => SUMMARY_H,
        Some(_) => SUMMARY_PLAIN_H,
        None => 0.0,
    }
}

/// The words of a card, wrapped to `width`; colour is given when painting.
fn text_job(e: &Entry, width: f32) -> LayoutJob {
    let flat = e.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = if e.statement.kind == crate::extract::Kind::Direct { format!("“{flat}”") } else { flat };
    let mut job = LayoutJob::single_section(
        text,
        TextFormat {
            font_id: egui::FontId::proportional(TEXT_SIZE),
            color: Color32::PLACEHOLDER,
            ..Default::default()
        },
    );
    job.wrap =
        TextWrapping { max_width: width, max_rows: MAX_LINES, break_anywhere: false, overflow_character: Some('…') };
    job
}

fn text_width(col_w: f32) -> f32 {
    col_w - CARD_LEFT - CARD_RIGHT
}

fn card_galley(ui: &egui::Ui, e: &Entry, col_w: f32) -> Arc<egui::Galley> {
    ui.fonts_mut(|f| f.layout_job(text_job(e, text_width(col_w))))
}

fn card_height(ui: &egui::Ui, e: &Entry, col_w: f32) -> f32 {
    (CARD_TOP + card_galley(ui, e, col_w).size().y + 5.0 + META_H + CARD_BOTTOM).ceil()
}

fn card_rect(grid: &Grid, origin: egui::Pos2, si: usize, ci: usize, k: usize) -> Rect {
    let s = &grid.sections[si];
    let cell = &s.cells[ci];
    let top = origin.y + s.top + BAND_H + cell.tops[k];
    Rect::from_min_size(pos2(origin.x + grid.col_x[ci], top), vec2(grid.col_w, cell.heights[k]))
}

fn entry_at<'a>(app: &'a CounterpointApp, grid: &Grid, si: usize, ci: usize, k: usize) -> Option<&'a Entry> {
    app.cmp.cells[grid.sections[si].row][ci].get(k)?.get(&app.ws)
}

/// Where the focused card is now: its cell and place, else the card that
/// took its place (after it was hidden or moved), else the same statement
/// in another cell.
fn resolve_focus(app: &mut CounterpointApp, grid: &Grid) -> Option<(usize, usize, usize)> {
    let f = app.ui.focus.as_ref()?;
    let c = &app.cmp;
    let si = grid.sections.iter().position(|s| c.rows[s.row].id == f.row);
    let ci = c.columns.iter().position(|col| col.id == f.col);
    let found = if let (Some(si), Some(ci)) = (si, ci) {
        let cell = &grid.sections[si].cells[ci];
        let refs = &c.cells[grid.sections[si].row][ci][..cell.shown];
        match refs.iter().position(|r| r.get(&app.ws).is_some_and(|e| e.key == f.key)) {
            Some(k) => Some((si, ci, k)),
            None if cell.shown > 0 => Some((si, ci, f.index.min(cell.shown - 1))),
            None => None,
        }
    } else {
        None
    };
    let found = found.or_else(|| {
        grid.sections.iter().enumerate().find_map(|(si, s)| {
            s.cells.iter().enumerate().find_map(|(ci, cell)| {
                c.cells[s.row][ci][..cell.shown]
                    .iter()
                    .position(|r| r.get(&app.ws).is_some_and(|e| e.key == f.key))
                    .map(|k| (si, ci, k))
            })
        })
    });
    match found {
        Some((si, ci, k)) => {
            set_focus(app, grid, si, ci, k);
            Some((si, ci, k))
        }
        None => {
            app.ui.focus = None;
            None
        }
    }
}

fn set_focus(app: &mut CounterpointApp, grid: &Grid, si: usize, ci: usize, k: usize) {
    let row = app.cmp.rows[grid.sections[si].row].id.clone();
    let col = app.cmp.columns[ci].id.clone();
    if let Some(key) = entry_at(app, grid, si, ci, k).map(|e| e.key.clone()) {
        app.ui.focus = Some(CardFocus { row, col, key, index: k });
    }
}

/// Arrow keys move the focus ring between cards; Enter opens the
/// inspector on it; E opens or closes the focused card's cell. (Accept,
/// hide and reassign work in every view: see `views::shortcuts`.)
fn keys(ui: &egui::Ui, app: &mut CounterpointApp, grid: &Grid, actions: &mut Vec<Action>) {
    let ctx = ui.ctx();
    if ctx.egui_wants_keyboard_input()
        || app.dialog.is_some()
        || app.ui.quick_pick.is_some()
        || egui::Popup::is_any_open(ctx)
        || grid.sections.is_empty()
    {
        return;
    }
    let (up, down, left, right, enter, expand) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::ArrowLeft),
            i.consume_key(Modifiers::NONE, Key::ArrowRight),
            i.consume_key(Modifiers::NONE, Key::Enter),
            i.consume_key(Modifiers::NONE, Key::E),
        )
    });
    if !(up || down || left || right || enter || expand) {
        return;
    }
    let (si, ci, k) = match resolve_focus(app, grid) {
        Some(at) => at,
        None => {
            // nothing focused yet: the selected statement, else the first
            // card; an arrow key only shows where the focus is
            let at_selection = app.selected.clone().and_then(|key| {
                grid.sections.iter().enumerate().find_map(|(si, s)| {
                    s.cells.iter().enumerate().find_map(|(ci, cell)| {
                        app.cmp.cells[s.row][ci][..cell.shown]
                            .iter()
                            .position(|r| r.get(&app.ws).is_some_and(|e| e.key == key))
                            .map(|k| (si, ci, k))
                    })
                })
            });
            let first = || {
                grid.sections
                    .iter()
                    .enumerate()
                    .find_map(|(si, s)| s.cells.iter().position(|c| c.shown > 0).map(|ci| (si, ci, 0)))
            };
            let Some(start) = at_selection.or_else(first) else { return };
            set_focus(app, grid, start.0, start.1, start.2);
            app.ui.focus_scroll = true;
            if up || down || left || right {
                return;
            }
            start
        }
    };
    if enter {
        let key = entry_at(app, grid, si, ci, k).map(|e| e.key.clone());
        if key.is_some() {
            actions.push(Action::Select(key));
        }
        return;
    }
    if expand {
        let cell = &grid.sections[si].cells[ci];
        if cell.has_more_button() {
            let row = app.cmp.rows[grid.sections[si].row].id.clone();
            actions.push(Action::ToggleCell(row, app.cmp.columns[ci].id.clone()));
        }
        return;
    }
    let shown = |si: usize, ci: usize| grid.sections[si].cells[ci].shown;
    let next = if down {
        if k + 1 < shown(si, ci) {
            Some((si, ci, k + 1))
        } else {
            (si + 1..grid.sections.len()).find(|&s| shown(s, ci) > 0).map(|s| (s, ci, 0))
        }
    } else if up {
        if k > 0 {
            Some((si, ci, k - 1))
        } else {
            (0..si).rev().find(|&s| shown(s, ci) > 0).map(|s| (s, ci, shown(s, ci) - 1))
        }
    } else if right {
        (ci + 1..grid.col_x.len()).find(|&c| shown(si, c) > 0).map(|c| (si, c, k.min(shown(si, c) - 1)))
    } else if left {
        (0..ci).rev().find(|&c| shown(si, c) > 0).map(|c| (si, c, k.min(shown(si, c) - 1)))
    } else {
        None
    };
    if let Some((si, ci, k)) = next {
        set_focus(app, grid, si, ci, k);
        app.ui.focus_scroll = true;
        // with the inspector open, it follows the focus
        if app.selected.is_some()
            && let Some(key) = entry_at(app, grid, si, ci, k).map(|e| e.key.clone())
        {
            actions.push(Action::Select(Some(key)));
        }
    }
}

fn draw_sections(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    grid: &Grid,
    origin: egui::Pos2,
    focus: Option<(usize, usize, usize)>,
    actions: &mut Vec<Action>,
) {
    let clip = ui.clip_rect();
    let c = &app.cmp;
    let view_top = clip.min.y - origin.y;
    let mut sticky: Option<(usize, f32)> = None;
    for (si, s) in grid.sections.iter().enumerate() {
        let top = origin.y + s.top;
        if top > clip.max.y || top + s.height < clip.min.y {
            continue;
        }
        let cards_top = top + BAND_H;
        for (ci, cell) in s.cells.iter().enumerate() {
            let x = origin.x + grid.col_x[ci];
            if x > clip.max.x || x + grid.col_w < clip.min.x {
                continue;
            }
            let refs = &c.cells[s.row][ci];
            if cell.shown == 0 {
                ui.painter().text(
                    pos2(x + CARD_LEFT, cards_top + 4.0),
                    egui::Align2::LEFT_TOP,
                    "—",
                    egui::FontId::proportional(13.0),
                    ui.visuals().weak_text_color(),
                );
            }
            if cell.total > 0
                && let Some(sum) = c.summaries.get(s.row).and_then(|r| r.get(ci))
            {
                let h = summary_height(Some(sum));
                let rect = Rect::from_min_size(pos2(x, cards_top), vec2(grid.col_w, h - 6.0));
                if rect.intersects(clip) {
                    cell_summary(ui, app, sum, rect, s.row, ci);
                }
            }
            // the first card in view, then on until one is below it
            let first = cell.tops.partition_point(|&t| cards_top + t + 400.0 < clip.min.y).saturating_sub(1);
            for (k, &statement) in refs.iter().enumerate().take(cell.shown).skip(first) {
                let r = card_rect(grid, origin, si, ci, k);
                if r.min.y > clip.max.y {
                    break;
                }
                if r.max.y < clip.min.y {
                    continue;
                }
                let focused = focus == Some((si, ci, k));
                card(ui, app, statement, r, (s.row, ci, k), focused, actions);
            }
            if cell.has_more_button() {
                let y = cards_top + cell.bottom - MORE_H;
                let rect = Rect::from_min_size(pos2(x, y), vec2(grid.col_w, MORE_H - 2.0));
                if rect.intersects(clip) {
                    let text = if cell.expanded { "Show fewer".to_string() } else { more_label(cell.total - SHOWN) };
                    let b = ui.put(
                        rect.shrink2(vec2(0.0, 1.0)),
                        egui::Button::new(RichText::new(&text).size(12.0)).frame(false).min_size(vec2(0.0, 18.0)),
                    );
                    let b = b.accessible_name(format!(
                        "{} on {}: {}",
                        c.columns[ci].name,
                        c.rows[s.row].name,
                        text.to_lowercase()
                    ));
                    if b.on_hover_text("Open or close this cell (E)").clicked() {
                        actions.push(Action::ToggleCell(c.rows[s.row].id.clone(), c.columns[ci].id.clone()));
                    }
                }
            }
        }
        if s.top < view_top && s.top + s.height > view_top {
            // this section's band is scrolled past the top: pinned there
            sticky = Some((si, (view_top).min(s.top + s.height - BAND_H)));
        } else {
            band(ui, app, s, origin.y + s.top, clip);
        }
        // a line between sections
        let line_y = top + s.height - SECTION_PAD / 2.0;
        ui.painter().hline(clip.x_range(), line_y, ui.visuals().widgets.noninteractive.bg_stroke);
    }
    if let Some((si, y)) = sticky {
        band(ui, app, &grid.sections[si], origin.y + y, clip);
    }
}

/// A cell's summary: the stance bar with its counts in words, then how
/// many statements, from how many outlets, over which days.
fn cell_summary(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    sum: &crate::positions::CellSummary,
    rect: Rect,
    row: usize,
    col: usize,
) {
    let v = ui.visuals().clone();
    let c = &app.cmp;
    let topic = c.rows[row].topic.and_then(|t| app.ws.session.topics.topics.get(t));
    let mut y = rect.min.y;
    let mut label = format!("{} on {}: ", c.columns[col].name, c.rows[row].name);
    let mut hover = String::new();
    if sum.stance.rated() > 0 {
        let bar = Rect::from_min_size(pos2(rect.min.x, y), vec2(rect.width(), 16.0));
        stance_bar(ui, &sum.stance, bar);
        y = bar.max.y + 3.0;
        let words = stance_words(&sum.stance);
        ui.painter().text(
            pos2(rect.min.x, y),
            egui::Align2::LEFT_TOP,
            &words,
            egui::FontId::proportional(11.0),
            v.text_color(),
        );
        y += 15.0;
        label.push_str(&words);
        label.push_str(" · ");
        if let Some(t) = topic {
            hover = format!("Stance toward “{}”:\n{}", t.proposition, stance_shares(&sum.stance));
        }
    }
    let line = sum.line();
    let mut job = LayoutJob::simple_singleline(line.clone(), egui::FontId::proportional(11.0), v.weak_text_color());
    job.wrap = TextWrapping::truncate_at_width(rect.width());
    let g = ui.fonts_mut(|f| f.layout_job(job));
    ui.painter().galley(pos2(rect.min.x, y), g, v.weak_text_color());
    label.push_str(&line);
    if sum.undated > 0 {
        hover.push_str(&format!("\n{} without a date", plural(sum.undated, "statement")));
    }
    if sum.unknown_outlet > 0 && sum.outlets > 0 {
        hover.push_str(&format!("\n{} from an unknown outlet", plural(sum.unknown_outlet, "statement")));
    }
    hover.push_str("\nFirst card: the statement that stands for the cell best (one you set or accepted, then the surest, on the side most take)");
    let r = ui.interact(rect, ui.scope_id().with(("summary", row, col)), Sense::hover());
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    r.on_hover_text(hover.trim_start());
}

/// "5 for · 2 against · 1 neutral" (sides with none left out).
pub fn stance_words(c: &crate::positions::StanceCounts) -> String {
    use crate::topics::Stance;
    let parts: Vec<String> = Stance::ALL
        .iter()
        .filter(|s| c.get(**s) > 0)
        .map(|s| format!("{} {}", c.get(*s), if *s == Stance::Favor { "for" } else { s.label() }))
        .collect();
    parts.join(" · ")
}

/// "For 5 (62%)" a line per side, for hover text.
pub fn stance_shares(c: &crate::positions::StanceCounts) -> String {
    let n = c.rated().max(1);
    crate::topics::Stance::ALL
        .iter()
        .map(|s| {
            let k = c.get(*s);
            format!("{} {k} ({}%)", super::topics::stance_word(*s), (k * 100 + n / 2) / n)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Favor, against and neutral as one bar of three parts, each as wide as
/// its share and carrying its count where the count fits.
pub fn stance_bar(ui: &egui::Ui, c: &crate::positions::StanceCounts, rect: Rect) {
    let n = c.rated();
    if n == 0 {
        return;
    }
    let painter = ui.painter();
    let mut x = rect.min.x;
    for s in crate::topics::Stance::ALL {
        let k = c.get(s);
        if k == 0 {
            continue;
        }
        let w = rect.width() * k as f32 / n as f32;
        let seg = Rect::from_min_size(pos2(x, rect.min.y), vec2(w, rect.height()));
        painter.rect_filled(seg.shrink2(vec2(0.5, 0.0)), 2.0, super::topics::stance_colour(s));
        let g = painter.layout_no_wrap(k.to_string(), egui::FontId::proportional(10.5), Color32::WHITE);
        if g.size().x + 4.0 <= w {
            painter.galley(seg.center() - g.size() / 2.0, g, Color32::WHITE);
        }
        x += w;
    }
}

/// A topic's label, across the width in view: "NATO membership · 6
/// statements".
fn band(ui: &mut egui::Ui, app: &CounterpointApp, s: &Section, y: f32, clip: Rect) {
    let row = &app.cmp.rows[s.row];
    let rect = Rect::from_min_max(pos2(clip.min.x, y), pos2(clip.max.x, y + BAND_H));
    let v = ui.visuals();
    ui.painter().rect_filled(rect, 0.0, v.panel_fill);
    let name = ui.painter().text(
        pos2(rect.min.x + PAD + 2.0, rect.center().y),
        egui::Align2::LEFT_CENTER,
        &row.name,
        egui::FontId::proportional(14.0),
        v.strong_text_color(),
    );
    ui.painter().text(
        pos2(name.max.x + 8.0, rect.center().y + 1.0),
        egui::Align2::LEFT_CENTER,
        plural(row.count, "statement"),
        egui::FontId::proportional(11.0),
        v.weak_text_color(),
    );
    // on top of the cards it covers: they cannot be clicked through it
    let r = ui.interact(rect, ui.scope_id().with(("band", s.row)), Sense::hover());
    let label = format!("{} · {}", row.name, plural(row.count, "statement"));
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
}

/// "1 more", "12 more".
fn more_label(n: usize) -> String {
    format!("{n} more")
}

/// "1 statement", "2 statements".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// The actor headers, pinned above the grid and moved sideways with it.
fn draw_headers(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    grid: &Grid,
    rect: Rect,
    offset_x: f32,
    actions: &mut Vec<Action>,
) {
    let mut hui = ui.new_child(egui::UiBuilder::new().max_rect(rect));
    hui.set_clip_rect(rect.intersect(ui.clip_rect()));
    let ui = &mut hui;
    let v = ui.visuals().clone();
    ui.painter().rect_filled(rect, 0.0, v.panel_fill);
    let n = app.cmp.columns.len();
    for (ci, col) in app.cmp.columns.iter().enumerate() {
        let x = rect.min.x + grid.col_x[ci] - offset_x;
        let r = Rect::from_min_size(pos2(x, rect.min.y), vec2(grid.col_w, rect.height() - 2.0));
        if !r.intersects(rect) {
            continue;
        }
        ui.painter().rect_filled(
            Rect::from_min_size(r.min + vec2(0.0, 4.0), vec2(r.width(), 4.0)),
            1.0,
            style::rgb(col.colour),
        );
        let title = format!("{} ({})", col.name, col.count);
        let galley = ui.painter().layout(
            title.clone(),
            egui::FontId::proportional(14.5),
            v.strong_text_color(),
            r.width() - 4.0,
        );
        let galley = if galley.rows.len() > 1 {
            // a long name: cut to one line
            let mut job =
                LayoutJob::simple_singleline(title.clone(), egui::FontId::proportional(14.5), v.strong_text_color());
            job.wrap = TextWrapping::truncate_at_width(r.width() - 4.0);
            ui.fonts_mut(|f| f.layout_job(job))
        } else {
            galley
        };
        ui.painter().galley(r.min + vec2(0.0, 12.0), galley, v.strong_text_color());
        let bloc = bloc_toggle(app, ci);
        let subtitle = if col.members.len() > 1 {
            // a bloc shown as one column
            plural(col.members.len(), "actor")
        } else {
            col.group.clone()
        };
        if !subtitle.is_empty() {
            ui.painter().text(
                r.min + vec2(0.0, 33.0),
                egui::Align2::LEFT_TOP,
                // short enough to leave the bloc's button room
                style::shorten(&subtitle, if bloc.is_some() { 18 } else { 40 }),
                egui::FontId::proportional(11.0),
                v.weak_text_color(),
            );
        }
        let resp = ui.interact(r, ui.scope_id().with(("column-head", ci)), Sense::click());
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &title));
        let hover = if col.members.len() > 1 {
            format!("{}: {}\nRight-click to move this column or open the bloc", col.name, member_names(app, col))
        } else {
            format!("{} · {}\nRight-click to move or hide this column", col.name, col.group)
        };
        let resp = resp.on_hover_text(hover);
        let id = col.id.clone();
        resp.context_menu(|ui| {
            if ui.add_enabled(ci > 0, egui::Button::new("Move left")).clicked() {
                actions.push(Action::MoveActor(id.clone(), -1));
            }
            if ui.add_enabled(ci + 1 < n, egui::Button::new("Move right")).clicked() {
                actions.push(Action::MoveActor(id.clone(), 1));
            }
            if col.actor.is_some() && ui.button("Hide this column").clicked() {
                actions.push(Action::ToggleActor(id.clone()));
            }
            if let Some((group, open, label)) = &bloc
                && ui.button(label.as_str()).clicked()
            {
                actions.push(Action::SetBlocOpen(group.clone(), *open));
            }
        });
        // the bloc's button, right of the subtitle: "Open" on a closed
        // bloc's column, "One column" on the first column of an open one
        if let Some((group, open, label)) = bloc {
            let text = if open { "Open" } else { "One column" };
            let b = egui::Button::new(RichText::new(text).size(11.0)).small().wrap_mode(egui::TextWrapMode::Extend);
            let w = ui.fonts_mut(|f| {
                f.layout_no_wrap(text.to_string(), egui::FontId::proportional(11.0), Color32::WHITE).size().x
            });
            let size = vec2(w + 2.0 * ui.spacing().button_padding.x + 2.0, 17.0);
            let at = Rect::from_min_size(pos2(r.max.x - size.x - 2.0, r.min.y + 30.0), size);
            let resp = ui.put(at, b).on_hover_text(label.as_str());
            resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if resp.clicked() {
                actions.push(Action::SetBlocOpen(group, open));
            }
        }
    }
    ui.painter().hline(rect.x_range(), rect.max.y, v.widgets.noninteractive.bg_stroke);
}

/// The names of the actors a column holds, in column order.
fn member_names(app: &CounterpointApp, col: &crate::compare::Column) -> String {
    let cat = &app.ws.session.catalogue;
    col.members.iter().map(|&i| cat.actors[i].name.as_str()).collect::<Vec<_>>().join(", ")
}

/// What the header of column `ci` offers for its bloc: (bloc, whether
/// the click opens it, what the click does in words). A closed bloc's
/// column opens; an open bloc of several actors closes from its first
/// column shown.
fn bloc_toggle(app: &CounterpointApp, ci: usize) -> Option<(String, bool, String)> {
    let cols = &app.cmp.columns;
    let col = &cols[ci];
    if col.members.len() > 1 {
        let label = format!("Open {} into its {} actors", col.name, col.members.len());
        return Some((col.group.clone(), true, label));
    }
    let group = col.group.as_str();
    if group.is_empty() || cols[..ci].iter().any(|c| c.group == group) {
        return None;
    }
    let shown = cols.iter().filter(|c| c.group == group && !c.members.is_empty()).count();
    (shown > 1).then(|| {
        let name = crate::compare::bloc_name(&app.ws, group);
        (group.to_string(), false, format!("Show {name} as one column"))
    })
}

/// The checked mark (drawn as a tick).
const CHECK: &str = "checked";

/// A small mark at the end of a card's source line.
pub struct Mark {
    pub text: String,
    /// What it means, for the card's accessible label.
    pub meaning: String,
    pub colour: Color32,
    /// The attribution is in doubt: drawn boxed, with the reasons on hover.
    pub doubt: bool,
}

impl Mark {
    fn plain(text: &str, meaning: &str, colour: Color32) -> Mark {
        Mark { text: text.into(), meaning: meaning.into(), colour, doubt: false }
    }
}

/// The marks of a card: how sure extraction is when it is in doubt and
/// nobody reviewed it yet, checked, added, edited, hidden.
pub fn card_marks(e: &Entry) -> Vec<Mark> {
    let mut marks = Vec::new();
    let sure = e.statement.confidence;
    if sure < CHECK_BELOW && !crate::compare::reviewed(e) {
        marks.push(Mark {
            text: format!("? {sure}%"),
            meaning: format!("check first: {sure}% sure"),
            colour: super::check::DOUBT,
            doubt: true,
        });
    }
    if e.checked {
        marks.push(Mark::plain(CHECK, "checked", Color32::from_rgb(0x1e, 0x8a, 0x3c)));
    }
    if e.added() {
        marks.push(Mark::plain("added", "added by hand", Color32::from_rgb(0x55, 0x55, 0x55)));
    } else if e.edited {
        marks.push(Mark::plain("edited", "edited", Color32::from_rgb(0x55, 0x55, 0x55)));
    }
    if e.hidden {
        marks.push(Mark::plain("hidden", "hidden", Color32::from_rgb(0x99, 0x55, 0x55)));
    }
    marks
}

/// One statement as a card: the words, who said them, where, and when.
fn card(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    r: StatementRef,
    rect: Rect,
    cell: (usize, usize, usize),
    focused: bool,
    actions: &mut Vec<Action>,
) {
    let Some(e) = r.get(&app.ws) else { return };
    let article = &app.ws.session.articles[r.article as usize];
    let cat = &app.ws.session.catalogue;
    let actor = e.statement.actor.as_deref().and_then(|id| cat.actor(id));
    let colour = actor.map_or(style::NO_ACTOR, |a| a.colour.0);
    let selected = app.selected.as_ref() == Some(&e.key);
    let v = ui.visuals().clone();
    let painter = ui.painter();
    let fill = if selected { style::tint(colour, 40) } else { v.extreme_bg_color };
    let stroke = if selected {
        Stroke::new(2.0, style::rgb(colour))
    } else {
        Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color)
    };
    painter.rect(rect, 4.0, fill, stroke, egui::StrokeKind::Inside);
    painter.rect_filled(
        Rect::from_min_size(rect.min, vec2(4.0, rect.height())),
        egui::CornerRadius { nw: 4, sw: 4, ne: 0, se: 0 },
        style::rgb(colour),
    );
    if focused {
        painter.rect_stroke(rect.expand(3.0), 6.0, Stroke::new(2.0, FOCUS), egui::StrokeKind::Outside);
    }
    let galley = card_galley(ui, e, rect.width());
    let elided = galley.elided;
    let text_colour = if e.hidden { v.weak_text_color() } else { v.text_color() };
    painter.galley(rect.min + vec2(CARD_LEFT, CARD_TOP), galley, text_colour);

    // the source line: kind, speaker · outlet · date, marks
    let meta_y = rect.max.y - CARD_BOTTOM - META_H;
    let (badge, _) = style::kind_badge(e.statement.kind);
    let badge_galley = painter.layout_no_wrap(badge.to_string(), egui::FontId::proportional(9.5), v.weak_text_color());
    let badge_rect = Rect::from_min_size(
        pos2(rect.min.x + CARD_LEFT, meta_y + (META_H - badge_galley.size().y - 2.0) / 2.0),
        badge_galley.size() + vec2(8.0, 2.0),
    );
    painter.rect_stroke(
        badge_rect,
        3.0,
        Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
    painter.galley(badge_rect.min + vec2(4.0, 1.0), badge_galley, v.weak_text_color());
    // the stance toward this row's topic: filled, or outlined with "?"
    // when it is only suggested from the analyst's corrections
    let row_id = app.cmp.rows.get(cell.0).map(|row| row.id.as_str());
    let stance = row_id.and_then(|id| e.statement.stance.get(id).map(|st| (id, *st)));
    let mut line_left = badge_rect.max.x + 6.0;
    if let Some((id, st)) = stance {
        let suggested = e.suggestion.as_ref().is_some_and(|s| s.stance.contains_key(id));
        let c = super::topics::stance_colour(st);
        let word = format!("{}{}", super::topics::stance_word(st), if suggested { "?" } else { "" });
        let text_colour = if suggested { c } else { Color32::WHITE };
        let g = painter.layout_no_wrap(word, egui::FontId::proportional(9.5), text_colour);
        let r =
            Rect::from_min_size(pos2(line_left, meta_y + (META_H - g.size().y - 2.0) / 2.0), g.size() + vec2(8.0, 2.0));
        if suggested {
            painter.rect_stroke(r, 3.0, Stroke::new(1.0, c), egui::StrokeKind::Inside);
        } else {
            painter.rect_filled(r, 3.0, c);
        }
        painter.galley(r.min + vec2(4.0, 1.0), g, text_colour);
        line_left = r.max.x + 6.0;
    }
    let marks = card_marks(e);
    let mut right = rect.max.x - CARD_RIGHT;
    let mut doubt_rect = None;
    for m in marks.iter().rev() {
        let c = m.colour;
        if m.text == CHECK {
            // the fonts bundled have no check mark: drawn
            right -= 11.0;
            let o = pos2(right, meta_y + META_H / 2.0);
            painter.line(vec![o + vec2(0.0, 0.0), o + vec2(3.5, 3.5), o + vec2(10.0, -4.0)], Stroke::new(2.0, c));
        } else if m.doubt {
            // boxed, with "?" and the figure: not told by colour alone
            let g = painter.layout_no_wrap(m.text.clone(), egui::FontId::proportional(10.0), c);
            let r = Rect::from_min_size(
                pos2(right - g.size().x - 8.0, meta_y + (META_H - g.size().y - 2.0) / 2.0),
                g.size() + vec2(8.0, 2.0),
            );
            painter.rect_stroke(r, 3.0, Stroke::new(1.0, c), egui::StrokeKind::Inside);
            painter.galley(r.min + vec2(4.0, 1.0), g, c);
            right = r.min.x;
            doubt_rect = Some(r);
        } else {
            let g = painter.layout_no_wrap(m.text.clone(), egui::FontId::proportional(10.5), c);
            right -= g.size().x;
            painter.galley(pos2(right, meta_y + (META_H - g.size().y) / 2.0), g, c);
        }
        right -= 6.0;
    }
    let who = e.statement.speaker.as_deref().unwrap_or("unknown speaker");
    let mut source = vec![who.to_string()];
    // a remark carried several times in this cell: one card for all, how
    // widely it went first so a narrow card still shows it
    let folded = app.cmp.folded.get(&(cell.0 as u32, r));
    match folded {
        Some(f) => {
            source.insert(0, f.label());
            if let Some((lo, hi)) = f.days {
                source.push(crate::positions::day_range(lo, hi));
            }
        }
        None => {
            if !article.outlet.is_empty() {
                source.push(article.outlet.clone());
            }
            if let Some(d) = &article.date {
                source.push(crate::ingest::display_date(d));
            }
        }
    }
    let line = source.join(" · ");
    let mut job = LayoutJob::simple_singleline(line.clone(), egui::FontId::proportional(10.5), v.weak_text_color());
    job.wrap = TextWrapping::truncate_at_width((right - line_left).max(10.0));
    let g = ui.fonts_mut(|f| f.layout_job(job));
    ui.painter().galley(pos2(line_left, meta_y + (META_H - g.size().y) / 2.0), g, v.weak_text_color());

    let resp = ui.interact(rect, ui.scope_id().with(("card", cell.0, cell.1, r.article, r.entry)), Sense::CLICK);
    let actor_name = actor.map_or("No actor", |a| a.name.as_str());
    let stance = stance.map_or(String::new(), |(_, s)| format!(" — stance: {}", s.label()));
    let mut label = format!("{actor_name} · {who}: {} — {line}{stance}", style::shorten(&e.text, 120));
    if !marks.is_empty() {
        label.push_str(&format!(" ({})", marks.iter().map(|m| m.meaning.as_str()).collect::<Vec<_>>().join(", ")));
    }
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if resp.clicked() {
        actions.push(Action::FocusCard(CardFocus {
            row: app.cmp.rows[cell.0].id.clone(),
            col: app.cmp.columns[cell.1].id.clone(),
            key: e.key.clone(),
            index: cell.2,
        }));
        actions.push(Action::Select(Some(e.key.clone())));
    }
    if resp.double_clicked() {
        actions.push(Action::ShowInArticle(e.key.clone()));
    }
    // the doubt mark, on top of the card: why, on hover
    let over_mark = doubt_rect.is_some_and(|mr| {
        let m = ui.interact(mr, ui.scope_id().with(("doubt", cell.0, cell.1, r.article, r.entry)), Sense::hover());
        let sure = e.statement.confidence;
        m.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, format!("{sure}% sure")));
        let hovered = m.hovered();
        m.on_hover_ui(|ui| {
            ui.set_max_width(380.0);
            ui.label(RichText::new(format!("Check first: {sure}% sure")).strong());
            for w in crate::extract::confidence::doubts(&e.statement, &article.text, &article.lang.0) {
                ui.label(format!("• {w}"));
            }
            ui.label(RichText::new("A accepts it, R reassigns it, H hides it").small().weak());
        });
        hovered
    });
    let resp = if elided && !over_mark { resp.on_hover_text(style::shorten(&e.text, 900)) } else { resp };
    card_menu(&resp, app, &e.key, e.hidden, actions);
}

/// Right-click menu of a statement: accept, reassign, hide, navigate.
pub fn card_menu(
    resp: &egui::Response,
    app: &CounterpointApp,
    key: &StatementKey,
    hidden: bool,
    actions: &mut Vec<Action>,
) {
    resp.context_menu(|ui| {
        let checked = app.ws.entry(key).is_some_and(|e| e.checked);
        if ui
            .add(egui::Button::new(if checked { "Unaccept" } else { "Accept" }).shortcut_text("A"))
            .on_hover_text("Mark the attribution as checked")
            .clicked()
        {
            actions.push(Action::SetChecked(key.clone(), !checked));
        }
        ui.menu_button("Assign to", |ui| {
            for a in &app.ws.session.catalogue.actors {
                if ui.button(&a.name).clicked() {
                    actions.push(Action::SetActor(key.clone(), Some(a.id.clone())));
                }
            }
            ui.separator();
            if ui.button("No actor").clicked() {
                actions.push(Action::SetActor(key.clone(), None));
            }
            if ui.button("New actor…").clicked() {
                actions.push(Action::NewActorDialog(Some(key.clone())));
            }
        });
        if ui.add(egui::Button::new("Assign to…").shortcut_text("R")).clicked() {
            actions.push(Action::QuickAssign(key.clone()));
        }
        if ui.add(egui::Button::new(if hidden { "Restore" } else { "Hide" }).shortcut_text("H")).clicked() {
            actions.push(Action::SetHidden(key.clone(), !hidden));
        }
        // grouping: the statement in the inspector and this one are the
        // same remark, or this one is not the remark its group reports
        let groups = &app.ws.groups;
        if let Some(sel) = app.selected.as_ref().filter(|s| *s != key) {
            let same = groups.group_of(sel).is_some() && groups.group_of(sel) == groups.group_of(key);
            if !same
                && ui
                    .button("Same remark as the open statement")
                    .on_hover_text("Group this statement (and its group) with the one in the inspector")
                    .clicked()
            {
                actions.push(Action::MergeGroups(sel.clone(), key.clone()));
            }
        }
        if groups.group_of(key).is_some()
            && ui.button("Not the same remark").on_hover_text("Split this statement off its group").clicked()
        {
            actions.push(Action::SplitFromGroup(vec![key.clone()]));
        }
        ui.separator();
        if ui.button("Show in article").clicked() {
            actions.push(Action::ShowInArticle(key.clone()));
        }
        if ui.button("Open in Statements").clicked() {
            actions.push(Action::Select(Some(key.clone())));
            actions.push(Action::SetView(ViewKind::Statements));
        }
    });
}
