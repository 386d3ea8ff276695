//! The Voices view: per outlet, whose statements it carries — a stacked
//! bar of its statements by actor, with the numbers in words below it.
//! Click a part of a bar to list those statements under it. The sidebar's
//! filters apply (it counts the comparison's list).

use super::super::{Action, CounterpointApp};
use super::glance;
use crate::positions::{OutletVoices, VoicesSort, plural};
use egui::{Color32, Rect, RichText, Sense, Stroke, pos2, vec2};

/// The outlets counted for one comparison and order.
#[derive(Default)]
pub struct Cache {
    key: Option<(u64, VoicesSort)>,
    rows: Vec<OutletVoices>,
    /// The statements of the open segment, for the comparison with that
    /// stamp: (stamp, outlet, actor).
    open_key: Option<(u64, String, String)>,
    open: Vec<crate::compare::StatementRef>,
}

const NAME_W: f32 = 230.0;
const BAR_H: f32 = 20.0;

/// The name an outlet is shown by.
pub fn outlet_name(outlet: &str) -> &str {
    if outlet.is_empty() { "Unknown outlet" } else { outlet }
}

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    let sort = app.ws.session.view.positions.voices_sort;
    if app.ui.voices.key != Some((app.cmp_stamp, sort)) {
        let cols = crate::positions::Columns::of(&app.cmp);
        app.ui.voices.rows = crate::positions::voices(&app.ws, &app.cmp.list, &cols, sort);
        app.ui.voices.key = Some((app.cmp_stamp, sort));
    }
    if let Some((o, a)) = app.ws.session.view.positions.voices_open.clone() {
        let key = (app.cmp_stamp, o, a);
        if app.ui.voices.open_key.as_ref() != Some(&key) {
            app.ui.voices.open = crate::positions::voice_statements(
                &app.ws,
                &app.cmp.list,
                &crate::positions::Columns::of(&app.cmp),
                &key.1,
                &key.2,
            );
            app.ui.voices.open_key = Some(key);
        }
    }
    let app = &*app;
    let rows = &app.ui.voices.rows;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Voices");
        ui.label(RichText::new("who gets quoted where").weak());
        ui.add_space(16.0);
        ui.label("Sort");
        for (s, name) in [(VoicesSort::Total, "Most statements"), (VoicesSort::Name, "Outlet name")] {
            if ui.selectable_label(sort == s, name).clicked() && sort != s {
                actions.push(Action::SetVoicesSort(s));
            }
        }
    });
    let total: usize = rows.iter().map(|r| r.total).sum();
    ui.label(
        RichText::new(format!(
            "{} · {} shown (the sidebar's filters apply). Click a part of a bar to list its statements.",
            plural(rows.len(), "outlet"),
            plural(total, "statement")
        ))
        .weak(),
    );
    ui.separator();
    if rows.is_empty() {
        glance::empty(ui, "No statements match the filters.");
        return;
    }
    let open = app.ws.session.view.positions.voices_open.clone();
    egui::ScrollArea::vertical().id_salt("voices").auto_shrink([false, false]).show(ui, |ui| {
        for row in rows {
            outlet_row(ui, app, row, open.as_ref(), actions);
            if let Some((o, a)) = &open
                && *o == row.outlet
            {
                open_list(ui, app, o, a, actions);
            }
            ui.add_space(6.0);
        }
    });
}

fn outlet_row(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    row: &OutletVoices,
    open: Option<&(String, String)>,
    actions: &mut Vec<Action>,
) {
    let v = ui.visuals().clone();
    let width = ui.available_width();
    let (rect, _) = ui.allocate_exact_size(vec2(width, BAR_H + 22.0), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let name = glance_outlet(row);
    let painter = ui.painter().clone();
    let mut job =
        egui::text::LayoutJob::simple_singleline(name.clone(), egui::FontId::proportional(14.0), v.strong_text_color());
    job.wrap = egui::text::TextWrapping::truncate_at_width(NAME_W - 50.0);
    let g = ui.fonts_mut(|f| f.layout_job(job));
    painter.galley(pos2(rect.min.x, rect.min.y + (BAR_H - g.size().y) / 2.0), g, v.strong_text_color());
    painter.text(
        pos2(rect.min.x + NAME_W - 8.0, rect.min.y + BAR_H / 2.0),
        egui::Align2::RIGHT_CENTER,
        row.total.to_string(),
        egui::FontId::proportional(13.0),
        v.text_color(),
    );
    let bar = Rect::from_min_max(pos2(rect.min.x + NAME_W, rect.min.y), pos2(rect.max.x - 8.0, rect.min.y + BAR_H));
    let mut x = bar.min.x;
    for (actor, n) in &row.actors {
        let w = bar.width() * *n as f32 / row.total.max(1) as f32;
        let seg = Rect::from_min_size(pos2(x, bar.min.y), vec2(w, BAR_H));
        x += w;
        let (actor_name, colour) = glance::actor_label(app, actor);
        let is_open = open.is_some_and(|(o, a)| *o == row.outlet && a == actor);
        painter.rect_filled(seg.shrink2(vec2(0.5, 0.0)), 2.0, colour);
        if is_open {
            painter.rect_stroke(
                seg.expand(1.5),
                2.0,
                Stroke::new(2.0, v.strong_text_color()),
                egui::StrokeKind::Outside,
            );
        }
        let share = (n * 100 + row.total / 2) / row.total.max(1);
        let text_colour = if luminance(colour) > 0.55 { Color32::BLACK } else { Color32::WHITE };
        let g = painter.layout_no_wrap(format!("{share}%"), egui::FontId::proportional(11.0), text_colour);
        if g.size().x + 6.0 <= w {
            painter.galley(seg.center() - g.size() / 2.0, g, text_colour);
        }
        let label = format!("{name}: {actor_name} {n} of {} ({share}%)", row.total);
        let resp = ui.interact(seg, ui.scope_id().with(("voice", &row.outlet, actor)), Sense::click());
        let resp = resp.on_hover_text(format!("{label}\nClick to list these statements"));
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if resp.clicked() {
            let next = if is_open { None } else { Some((row.outlet.clone(), actor.clone())) };
            actions.push(Action::OpenVoices(next));
        }
    }
    // the numbers in words, most quoted first
    let words: Vec<String> = row.actors.iter().map(|(a, n)| format!("{} {n}", glance::actor_label(app, a).0)).collect();
    let mut job = egui::text::LayoutJob::simple_singleline(
        words.join(" · "),
        egui::FontId::proportional(11.0),
        v.weak_text_color(),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(bar.width());
    let g = ui.fonts_mut(|f| f.layout_job(job));
    painter.galley(pos2(bar.min.x, bar.max.y + 3.0), g, v.weak_text_color());
}

fn glance_outlet(row: &OutletVoices) -> String {
    outlet_name(&row.outlet).to_string()
}

/// Relative luminance of a colour, 0–1 (for the text on it).
fn luminance(c: Color32) -> f32 {
    (0.2126 * c.r() as f32 + 0.7152 * c.g() as f32 + 0.0722 * c.b() as f32) / 255.0
}

/// The statements behind the open segment, listed under its bar.
fn open_list(ui: &mut egui::Ui, app: &CounterpointApp, outlet: &str, actor: &str, actions: &mut Vec<Action>) {
    let list = &app.ui.voices.open;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            let (name, _) = glance::actor_label(app, actor);
            ui.label(
                RichText::new(format!("{name} in {}: {}", outlet_name(outlet), plural(list.len(), "statement")))
                    .strong(),
            );
            if ui.small_button("Close").clicked() {
                actions.push(Action::OpenVoices(None));
            }
        });
        // a long list shows its first lines
        const MAX: usize = 200;
        for &r in list.iter().take(MAX) {
            glance::statement_line(ui, app, r, None, actions);
        }
        if list.len() > MAX {
            ui.label(RichText::new(format!("… and {} more", list.len() - MAX)).weak());
        }
    });
}
