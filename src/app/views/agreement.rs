//! The Agreement view: for one topic, actor × actor, how often two actors
//! take the same side (agree) and opposite sides (conflict), counted as
//! the Discourse Network Analyzer counts congruence and conflict (see
//! [`crate::positions::Pairing`]). Each cell shows both numbers on its
//! colour; click it to list the statements behind it.

use super::super::{Action, CounterpointApp};
use super::glance;
use crate::positions::{Agreement, plural};
use crate::topics::Stance;
use egui::{Color32, Rect, RichText, Sense, Stroke, pos2, vec2};

/// The matrix computed for one comparison and topic.
#[derive(Default)]
pub struct Cache {
    key: Option<(u64, String)>,
    data: Agreement,
}

const NAME_W: f32 = 190.0;
const CELL_W: f32 = 118.0;
const CELL_H: f32 = 46.0;
const HEAD_H: f32 = 40.0;

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Agreement");
        ui.label(RichText::new("who takes the same side, and who the opposite, on one topic").weak());
    });
    let Some(topic) = glance::topic_picker(ui, app, actions) else {
        glance::empty(ui, "There are no topics. Add one in the Topics view.");
        return;
    };
    let key = (app.cmp_stamp, topic.clone());
    if app.ui.agreement.key.as_ref() != Some(&key) {
        let cols = crate::positions::Columns::of(&app.cmp);
        app.ui.agreement.data = crate::positions::agreement(&app.ws, &app.cmp.list, &topic, &cols);
        app.ui.agreement.key = Some(key);
    }
    let app = &*app;
    let a = &app.ui.agreement.data;
    ui.label(
        RichText::new(
            "Agree: pairs of statements on the same side (DNA's congruence); conflict: on opposite sides \
             (DNA's conflict). Neutral statements take no side. Hover a cell for DNA's weights; click it for \
             the statements.",
        )
        .weak(),
    );
    ui.separator();
    if a.actors.len() < 2 {
        glance::empty(
            ui,
            if a.actors.is_empty() {
                "No actor takes a side on this topic in the statements shown."
            } else {
                "Only one actor takes a side on this topic in the statements shown: there is no one to agree with."
            },
        );
        return;
    }
    let open = app.ws.session.view.positions.agreement_open.clone();
    let open_ij = open
        .as_ref()
        .and_then(|(x, y)| Some((a.actors.iter().position(|id| id == x)?, a.actors.iter().position(|id| id == y)?)));
    egui::ScrollArea::both().id_salt("agreement").auto_shrink([false, false]).show(ui, |ui| {
        matrix(ui, app, a, open_ij, actions);
        if !a.without_side.is_empty() {
            let names: Vec<String> =
                a.without_side.iter().map(|(id, n)| format!("{} ({n})", glance::actor_label(app, id).0)).collect();
            ui.label(
                RichText::new(format!("Taking no side on this topic, so not in the table: {}", names.join(", ")))
                    .weak(),
            );
        }
        ui.add_space(10.0);
        if let Some((i, j)) = open_ij {
            behind(ui, app, a, i, j, actions);
        }
    });
}

fn matrix(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    a: &Agreement,
    open: Option<(usize, usize)>,
    actions: &mut Vec<Action>,
) {
    let v = ui.visuals().clone();
    let n = a.actors.len();
    let size = vec2(NAME_W + CELL_W * n as f32 + 4.0, HEAD_H + CELL_H * n as f32 + 4.0);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter().clone();
    let names: Vec<(String, Color32)> = a.actors.iter().map(|id| glance::actor_label(app, id)).collect();
    let max = a.cells.iter().flatten().map(|p| p.agree_pairs.max(p.conflict_pairs)).max().unwrap_or(0).max(1);
    // column heads
    for (j, (name, colour)) in names.iter().enumerate() {
        let r = Rect::from_min_size(pos2(rect.min.x + NAME_W + CELL_W * j as f32, rect.min.y), vec2(CELL_W, HEAD_H));
        painter.rect_filled(Rect::from_min_size(r.min + vec2(4.0, 4.0), vec2(CELL_W - 8.0, 4.0)), 1.0, *colour);
        let mut job = egui::text::LayoutJob::simple(
            name.clone(),
            egui::FontId::proportional(12.0),
            v.strong_text_color(),
            CELL_W - 8.0,
        );
        job.wrap.max_rows = 2;
        let g = ui.fonts_mut(|f| f.layout_job(job));
        painter.galley(r.min + vec2(4.0, 10.0), g, v.strong_text_color());
    }
    for (i, (name, colour)) in names.iter().enumerate() {
        let top = rect.min.y + HEAD_H + CELL_H * i as f32;
        painter.rect_filled(Rect::from_min_size(pos2(rect.min.x, top + 6.0), vec2(4.0, CELL_H - 12.0)), 1.0, *colour);
        let mut job = egui::text::LayoutJob::simple_singleline(
            name.clone(),
            egui::FontId::proportional(13.0),
            v.strong_text_color(),
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width(NAME_W - 14.0);
        let g = ui.fonts_mut(|f| f.layout_job(job));
        painter.galley(pos2(rect.min.x + 10.0, top + 6.0), g, v.strong_text_color());
        let sides = side_words(a, i);
        painter.text(
            pos2(rect.min.x + 10.0, top + 25.0),
            egui::Align2::LEFT_TOP,
            sides,
            egui::FontId::proportional(10.5),
            v.weak_text_color(),
        );
        for j in 0..n {
            let cell = Rect::from_min_size(pos2(rect.min.x + NAME_W + CELL_W * j as f32, top), vec2(CELL_W, CELL_H))
                .shrink(2.0);
            if i == j {
                painter.rect_filled(cell, 3.0, v.faint_bg_color);
                painter.text(
                    cell.center(),
                    egui::Align2::CENTER_CENTER,
                    "—",
                    egui::FontId::proportional(13.0),
                    v.weak_text_color(),
                );
                continue;
            }
            let p = a.cells[i][j];
            let half = cell.height() / 2.0;
            let agree_r = Rect::from_min_size(cell.min, vec2(cell.width(), half));
            let conflict_r = Rect::from_min_size(cell.min + vec2(0.0, half), vec2(cell.width(), half));
            let shade = |k: usize, s: Stance| {
                let c = super::topics::stance_colour(s);
                let alpha = if k == 0 { 0 } else { 40 + (170.0 * k as f32 / max as f32) as u8 };
                Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), alpha)
            };
            painter.rect_filled(
                agree_r,
                egui::CornerRadius { nw: 3, ne: 3, sw: 0, se: 0 },
                shade(p.agree_pairs, Stance::Favor),
            );
            painter.rect_filled(
                conflict_r,
                egui::CornerRadius { nw: 0, ne: 0, sw: 3, se: 3 },
                shade(p.conflict_pairs, Stance::Against),
            );
            painter.rect_stroke(
                cell,
                3.0,
                Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color),
                egui::StrokeKind::Inside,
            );
            let text_for = |k: usize| if k as f32 > max as f32 * 0.6 { Color32::WHITE } else { v.strong_text_color() };
            painter.text(
                agree_r.left_center() + vec2(6.0, 0.0),
                egui::Align2::LEFT_CENTER,
                format!("agree {}", p.agree_pairs),
                egui::FontId::proportional(11.5),
                text_for(p.agree_pairs),
            );
            painter.text(
                conflict_r.left_center() + vec2(6.0, 0.0),
                egui::Align2::LEFT_CENTER,
                format!("conflict {}", p.conflict_pairs),
                egui::FontId::proportional(11.5),
                text_for(p.conflict_pairs),
            );
            if open == Some((i, j)) {
                painter.rect_stroke(
                    cell.expand(1.0),
                    3.0,
                    Stroke::new(2.5, v.strong_text_color()),
                    egui::StrokeKind::Outside,
                );
            }
            let label =
                format!("{} and {}: agree {}, conflict {}", names[i].0, names[j].0, p.agree_pairs, p.conflict_pairs);
            let resp = ui.interact(cell, ui.scope_id().with(("agreement", i, j)), Sense::click());
            resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            let resp = resp.on_hover_text(format!(
                "{label} (pairs of statements)\nDNA congruence {} · DNA conflict {} (sides both took / opposite sides taken, 0–2)\nClick for the statements",
                p.congruence, p.conflict
            ));
            if resp.clicked() {
                let next = if open == Some((i, j)) { None } else { Some((a.actors[i].clone(), a.actors[j].clone())) };
                actions.push(Action::OpenAgreement(next));
            }
        }
    }
}

/// "3 for · 1 against · 2 neutral".
fn side_words(a: &Agreement, i: usize) -> String {
    let mut parts = Vec::new();
    if !a.favor[i].is_empty() {
        parts.push(format!("{} for", a.favor[i].len()));
    }
    if !a.against[i].is_empty() {
        parts.push(format!("{} against", a.against[i].len()));
    }
    if a.neutral[i] > 0 {
        parts.push(format!("{} neutral", a.neutral[i]));
    }
    parts.join(" · ")
}

/// The statements of both actors of the open cell, by actor and side.
fn behind(ui: &mut egui::Ui, app: &CounterpointApp, a: &Agreement, i: usize, j: usize, actions: &mut Vec<Action>) {
    let p = a.cells[i][j];
    let (ni, _) = glance::actor_label(app, &a.actors[i]);
    let (nj, _) = glance::actor_label(app, &a.actors[j]);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_max_width(ui.available_width().min(1100.0));
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!(
                    "{ni} and {nj}: {} agreeing, {} in conflict",
                    plural(p.agree_pairs, "pair"),
                    plural(p.conflict_pairs, "pair")
                ))
                .strong(),
            );
            if ui.small_button("Close").clicked() {
                actions.push(Action::OpenAgreement(None));
            }
        });
        let list = a.behind(i, j);
        if list.is_empty() {
            ui.label(RichText::new("They never take a side at the same time here.").weak());
            return;
        }
        const MAX: usize = 150;
        for who in [i, j] {
            let (name, _) = glance::actor_label(app, &a.actors[who]);
            let mine: Vec<_> = list.iter().filter(|(w, _, _)| *w == who).collect();
            ui.add_space(4.0);
            ui.label(RichText::new(format!("{name} ({})", side_words(a, who))).strong());
            for (_, r, s) in mine.iter().take(MAX) {
                glance::statement_line(ui, app, *r, Some(*s), actions);
            }
            if mine.len() > MAX {
                ui.label(RichText::new(format!("… and {} more", mine.len() - MAX)).weak());
            }
        }
    });
}
