//! The Timeline view: one topic, a row per actor, each statement a mark
//! at its article's date — its stance by colour and by shape (▲ for,
//! ▼ against, ● neutral). Where an actor turns from one side to the other
//! the row carries a flag and says so in words. Statements of articles
//! without a date are listed under the chart, not dropped.

use super::super::{Action, CounterpointApp};
use super::glance;
use crate::positions::{Timeline, day_label, plural};
use egui::{Rect, RichText, Sense, Stroke, pos2, vec2};

/// The timeline computed for one comparison and topic.
#[derive(Default)]
pub struct Cache {
    key: Option<(u64, String)>,
    data: Timeline,
}

const NAME_W: f32 = 200.0;
const ROW_H: f32 = 58.0;
const AXIS_H: f32 = 30.0;
const MARK_R: f32 = 6.0;
/// Marks stacked at one day before the rest are counted as "+N".
const STACK: usize = 3;

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Timeline");
        ui.label(RichText::new("one topic, each actor's statements by date").weak());
    });
    let Some(topic) = glance::topic_picker(ui, app, actions) else {
        glance::empty(ui, "There are no topics. Add one in the Topics view.");
        return;
    };
    let key = (app.cmp_stamp, topic.clone());
    if app.ui.timeline.key.as_ref() != Some(&key) {
        let days = crate::positions::article_days(&app.ws);
        let cols = crate::positions::Columns::of(&app.cmp);
        app.ui.timeline.data = crate::positions::timeline(&app.ws, &days, &app.cmp.list, &topic, &cols);
        app.ui.timeline.key = Some(key);
    }
    let app = &*app;
    let t = &app.ui.timeline.data;
    glance::legend(ui, true);
    ui.separator();
    if t.rows.is_empty() {
        glance::empty(ui, "No statement on this topic matches the filters.");
        return;
    }
    egui::ScrollArea::vertical().id_salt("timeline").auto_shrink([false, false]).show(ui, |ui| {
        chart(ui, app, t, actions);
        ui.add_space(8.0);
        turns(ui, app, t, actions);
        undated(ui, app, t, &topic, actions);
    });
}

/// The x of a day on the chart: the span fills the width, with a margin;
/// a span of one day sits in the middle.
fn x_of(day: i32, span: (i32, i32), x0: f32, x1: f32) -> f32 {
    let (lo, hi) = span;
    if hi == lo {
        return (x0 + x1) / 2.0;
    }
    glance::along(x0, x1, (day - lo) as f32 / (hi - lo) as f32)
}

/// Days between ticks: the smallest of a few steps that leaves room for
/// each label.
fn tick_step(span_days: i32, width: f32) -> i32 {
    let fit = (width / 80.0).max(1.0) as i32;
    for step in [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826] {
        if span_days / step < fit {
            return step;
        }
    }
    3652
}

fn chart(ui: &mut egui::Ui, app: &CounterpointApp, t: &Timeline, actions: &mut Vec<Action>) {
    let v = ui.visuals().clone();
    let width = ui.available_width();
    let height = AXIS_H + ROW_H * t.rows.len() as f32;
    let (rect, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let painter = ui.painter().clone();
    let x0 = rect.min.x + NAME_W + 16.0;
    let x1 = rect.max.x - 24.0;
    let Some(span) = t.span else {
        painter.text(
            pos2(x0, rect.min.y + 8.0),
            egui::Align2::LEFT_TOP,
            "None of these statements has a date.",
            egui::FontId::proportional(12.0),
            v.weak_text_color(),
        );
        return;
    };
    // the axis: ticks at whole steps from the first day
    let axis_y = rect.min.y + AXIS_H - 6.0;
    painter.hline(x0..=x1, axis_y, Stroke::new(1.0, v.weak_text_color()));
    let step = tick_step(span.1 - span.0, x1 - x0);
    let mut day = span.0;
    let mut last_year = None;
    loop {
        let x = x_of(day, span, x0, x1);
        painter.vline(x, axis_y - 4.0..=rect.max.y, Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color));
        let (y, _, _) = crate::calendar::civil_from_days(day);
        let full = day_label(day);
        // the year at the first tick and where it changes
        let text = if last_year == Some(y) { full.trim_end_matches(&format!(" {y}")).to_string() } else { full };
        last_year = Some(y);
        painter.text(
            pos2(x, axis_y - 6.0),
            egui::Align2::CENTER_BOTTOM,
            text,
            egui::FontId::proportional(11.0),
            v.text_color(),
        );
        if span.0 == span.1 || day >= span.1 {
            break;
        }
        day = (day + step).min(span.1);
        if span.1 - day < step / 2 && day != span.1 {
            day = span.1;
        }
    }
    let pointer = ui.input(|i| i.pointer.hover_pos());
    for (ri, row) in t.rows.iter().enumerate() {
        let top = rect.min.y + AXIS_H + ROW_H * ri as f32;
        let row_rect = Rect::from_min_max(pos2(rect.min.x, top), pos2(rect.max.x, top + ROW_H));
        if ri % 2 == 1 {
            painter.rect_filled(row_rect, 0.0, v.faint_bg_color);
        }
        let (name, colour) = glance::actor_label(app, &row.actor);
        painter.rect_filled(Rect::from_min_size(pos2(rect.min.x, top + 8.0), vec2(4.0, 18.0)), 1.0, colour);
        let mut job = egui::text::LayoutJob::simple_singleline(
            format!("{name} ({})", row.marks.len() + row.undated.len()),
            egui::FontId::proportional(13.5),
            v.strong_text_color(),
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width(NAME_W - 10.0);
        let g = ui.fonts_mut(|f| f.layout_job(job));
        painter.galley(pos2(rect.min.x + 10.0, top + 8.0), g, v.strong_text_color());
        if let Some(c) = row.changes.first() {
            let more = if row.changes.len() > 1 { format!(" (+{})", row.changes.len() - 1) } else { String::new() };
            let mut job = egui::text::LayoutJob::simple_singleline(
                format!("turned {}{more}", c.describe()),
                egui::FontId::proportional(11.0),
                v.strong_text_color(),
            );
            job.wrap = egui::text::TextWrapping::truncate_at_width(NAME_W - 10.0);
            let g = ui.fonts_mut(|f| f.layout_job(job));
            painter.galley(pos2(rect.min.x + 10.0, top + 30.0), g, v.strong_text_color());
        }
        // the turns: a flag on the line where the actor changed sides
        for c in &row.changes {
            let x = x_of(c.day, span, x0, x1);
            painter.vline(x - MARK_R - 3.0, top + 4.0..=top + ROW_H - 4.0, Stroke::new(2.0, v.strong_text_color()));
            flag(&painter, pos2(x - MARK_R - 3.0, top + 4.0), v.strong_text_color());
        }
        // marks by day, stacked up to STACK, the rest as "+N"
        let mid = top + ROW_H / 2.0;
        let mut i = 0;
        while i < row.marks.len() {
            let day = row.marks[i].day;
            let mut j = i;
            while j < row.marks.len() && row.marks[j].day == day {
                j += 1;
            }
            let x = x_of(day, span, x0, x1);
            let n = j - i;
            for (k, m) in row.marks[i..j].iter().take(STACK).enumerate() {
                let y = mid + (k as f32 - (n.min(STACK) as f32 - 1.0) / 2.0) * (2.0 * MARK_R + 5.0);
                let c = pos2(x, y);
                let Some(e) = m.statement.get(&app.ws) else { continue };
                let selected = app.selected.as_ref() == Some(&e.key);
                glance::stance_mark(&painter, c, MARK_R, m.stance, v.strong_text_color());
                if selected {
                    painter.circle_stroke(c, MARK_R + 3.5, Stroke::new(2.0, v.strong_text_color()));
                }
                let r = glance::mark_rect(c, MARK_R);
                let resp = ui.interact(
                    r,
                    ui.scope_id().with(("mark", m.statement.article, m.statement.entry)),
                    Sense::click(),
                );
                let stance = m.stance.map_or("no stance", |s| s.label());
                let label =
                    format!("{name} · {} · {stance}: {}", day_label(m.day), super::style::shorten(&e.text, 120));
                resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                if pointer.is_some_and(|p| r.contains(p)) {
                    resp.clone().on_hover_text(format!(
                        "{} — {}, {}\n{}",
                        e.statement.speaker.as_deref().unwrap_or("unknown speaker"),
                        day_label(m.day),
                        stance,
                        super::style::shorten(&e.text, 400)
                    ));
                }
                if resp.clicked() {
                    actions.push(Action::Select(Some(e.key.clone())));
                }
            }
            if n > STACK {
                painter.text(
                    pos2(x + MARK_R + 3.0, mid),
                    egui::Align2::LEFT_CENTER,
                    format!("+{}", n - STACK),
                    egui::FontId::proportional(10.5),
                    v.text_color(),
                );
            }
            i = j;
        }
    }
}

/// A small flag on a pole whose top is at `top`.
fn flag(painter: &egui::Painter, top: egui::Pos2, colour: egui::Color32) {
    let pts = vec![top, top + vec2(9.0, 3.5), top + vec2(0.0, 7.0)];
    painter.add(egui::Shape::convex_polygon(pts, colour, Stroke::NONE));
}

/// Every turn, in words: "Kremlin: favor → against on 12 Mar 2025"; click
/// one to open the statement that turned.
fn turns(ui: &mut egui::Ui, app: &CounterpointApp, t: &Timeline, actions: &mut Vec<Action>) {
    let n: usize = t.rows.iter().map(|r| r.changes.len()).sum();
    if n == 0 {
        ui.label(RichText::new("No actor changed sides on this topic in the statements shown.").weak());
        return;
    }
    ui.label(RichText::new(format!("Changes of stance ({n})")).strong());
    for row in &t.rows {
        let (name, _) = glance::actor_label(app, &row.actor);
        for c in &row.changes {
            let text = format!("{name} turned {}", c.describe());
            if ui.link(&text).on_hover_text("Open the statement that took the other side").clicked()
                && let Some(e) = c.statement.get(&app.ws)
            {
                actions.push(Action::Select(Some(e.key.clone())));
            }
        }
    }
}

fn undated(ui: &mut egui::Ui, app: &CounterpointApp, t: &Timeline, topic: &str, actions: &mut Vec<Action>) {
    let n = t.undated();
    if n == 0 {
        return;
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(format!("{} without a date", plural(n, "statement"))).id_salt("timeline-undated").show(
        ui,
        |ui| {
            ui.label(RichText::new("Their articles have no full date; set one in the Article view.").weak());
            for row in &t.rows {
                if row.undated.is_empty() {
                    continue;
                }
                let (name, _) = glance::actor_label(app, &row.actor);
                ui.label(RichText::new(name).strong());
                for &r in &row.undated {
                    let stance = r.get(&app.ws).and_then(|e| crate::positions::stance_of(e, topic));
                    glance::statement_line(ui, app, r, stance, actions);
                }
            }
        },
    );
}
