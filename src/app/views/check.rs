//! The "Check first" list: the statements extraction is least sure of that
//! the analyst has not reviewed yet, the most doubtful first, worked
//! through with the keyboard. Arrows move; A accepts, H hides, R
//! reassigns (see `views::shortcuts`, which act on the row in focus);
//! Enter opens the inspector. A statement dealt with leaves the list and
//! the focus stays in place, on the one after it.

use super::super::{Action, CounterpointApp};
use super::style;
use crate::compare::StatementRef;
use crate::extract::confidence::{CHECK_BELOW, doubts};
use crate::session::StatementKey;
use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, Key, Modifiers, Rect, RichText, Sense, Stroke, pos2, vec2};

const ROW_H: f32 = 62.0;
const PAD: f32 = 8.0;
const SURE_W: f32 = 58.0;
/// The colour of doubt: a dark orange that reads on light backgrounds and
/// never stands alone (the mark always has its words and a "?").
pub const DOUBT: Color32 = Color32::from_rgb(0xb3, 0x4d, 0x00);
const FOCUS: Color32 = Color32::from_rgb(0x1a, 0x64, 0xd6);

/// The list for the current comparison, recomputed when it changes.
pub fn list(app: &mut CounterpointApp) -> &[StatementRef] {
    if app.ui.check_for != Some(app.cmp_stamp) {
        app.ui.check_list = app.cmp.check_first(&app.ws, CHECK_BELOW);
        app.ui.check_for = Some(app.cmp_stamp);
    }
    &app.ui.check_list
}

/// The row in focus, kept on the same statement while it is listed, else
/// on the row that took its place (after it was accepted, hidden or
/// reassigned), else on the first.
fn resolve_focus(app: &mut CounterpointApp) -> Option<usize> {
    list(app);
    let list = &app.ui.check_list;
    if list.is_empty() {
        app.ui.check_focus = None;
        return None;
    }
    let at = match &app.ui.check_focus {
        Some((key, index)) => list
            .iter()
            .position(|r| r.get(&app.ws).is_some_and(|e| &e.key == key))
            .unwrap_or((*index).min(list.len() - 1)),
        None => 0,
    };
    set_focus(app, at);
    Some(at)
}

fn set_focus(app: &mut CounterpointApp, at: usize) {
    if let Some(key) = app.ui.check_list.get(at).and_then(|r| r.get(&app.ws)).map(|e| e.key.clone()) {
        app.ui.check_focus = Some((key, at));
    }
}

/// The statement the keys act on in this view.
pub fn focused(app: &CounterpointApp) -> Option<StatementKey> {
    app.ui.check_focus.as_ref().map(|(k, _)| k.clone()).filter(|k| app.ws.entry(k).is_some())
}

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    let before = app.ui.check_focus.as_ref().map(|(k, _)| k.clone());
    let mut at = resolve_focus(app);
    keys(ui, app, &mut at, actions);
    let now = app.ui.check_focus.as_ref().map(|(k, _)| k.clone());
    if now != before {
        app.ui.check_scroll = true;
        // an open inspector follows the focus
        if app.selected.is_some() && now.is_some() && app.selected != now {
            actions.push(Action::Select(now.clone()));
        }
    }
    let scroll = std::mem::take(&mut app.ui.check_scroll);
    let app = &*app;
    let n = app.ui.check_list.len();
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Check first").size(17.0).strong());
        let what = if n == 0 {
            format!("Nothing to check: no statement below {CHECK_BELOW}% sure is waiting for you.")
        } else {
            format!(
                "{} below {CHECK_BELOW}% sure that you have not accepted, hidden or reassigned, least sure first",
                super::compare::plural(n, "statement")
            )
        };
        ui.label(RichText::new(what).weak());
    });
    ui.label(
        RichText::new("↑ ↓ move · A accept · H hide · R reassign · Enter inspect · the sidebar's filters apply")
            .small()
            .weak(),
    );
    ui.add_space(4.0);
    if n == 0 {
        return;
    }
    let area = egui::ScrollArea::vertical().id_salt("check-first").auto_shrink([false, false]);
    area.show_viewport(ui, |ui, viewport| {
        let width = ui.available_width();
        ui.set_min_size(vec2(width, n as f32 * ROW_H));
        let origin = ui.max_rect().min;
        let first = ((viewport.min.y / ROW_H).floor().max(0.0) as usize).min(n);
        let last = ((viewport.max.y / ROW_H).ceil() as usize + 1).min(n);
        for i in first..last {
            let rect = Rect::from_min_size(pos2(origin.x, origin.y + i as f32 * ROW_H), vec2(width, ROW_H - 4.0));
            row(ui, app, i, rect, at == Some(i), actions);
        }
        if scroll && let Some(i) = at {
            let r = Rect::from_min_size(pos2(origin.x, origin.y + i as f32 * ROW_H), vec2(width, ROW_H));
            ui.scroll_to_rect(r, None);
        }
    });
}

/// Arrows move the focus; Enter opens the inspector on it.
fn keys(ui: &egui::Ui, app: &mut CounterpointApp, at: &mut Option<usize>, actions: &mut Vec<Action>) {
    let ctx = ui.ctx();
    if ctx.egui_wants_keyboard_input()
        || app.dialog.is_some()
        || app.ui.quick_pick.is_some()
        || egui::Popup::is_any_open(ctx)
    {
        return;
    }
    let Some(i) = *at else { return };
    let n = app.ui.check_list.len();
    let (up, down, home, end, enter) = ctx.input_mut(|inp| {
        (
            inp.consume_key(Modifiers::NONE, Key::ArrowUp),
            inp.consume_key(Modifiers::NONE, Key::ArrowDown),
            inp.consume_key(Modifiers::NONE, Key::Home),
            inp.consume_key(Modifiers::NONE, Key::End),
            inp.consume_key(Modifiers::NONE, Key::Enter),
        )
    });
    let next = if down {
        (i + 1).min(n - 1)
    } else if up {
        i.saturating_sub(1)
    } else if home {
        0
    } else if end {
        n - 1
    } else {
        i
    };
    if next != i {
        set_focus(app, next);
        *at = Some(next);
    }
    if enter && let Some(k) = focused(app) {
        actions.push(Action::Select(Some(k)));
        app.ui.check_scroll = true;
    }
}

/// One statement: how sure, what was said, who said it and for whom, why
/// it is in doubt.
fn row(ui: &mut egui::Ui, app: &CounterpointApp, i: usize, rect: Rect, focused: bool, actions: &mut Vec<Action>) {
    let r = app.ui.check_list[i];
    let Some(e) = r.get(&app.ws) else { return };
    let article = &app.ws.session.articles[r.article as usize];
    let cat = &app.ws.session.catalogue;
    let actor = e.statement.actor.as_deref().and_then(|id| cat.actor(id));
    let colour = actor.map_or(style::NO_ACTOR, |a| a.colour.0);
    let v = ui.visuals().clone();
    let selected = app.selected.as_ref() == Some(&e.key);
    let painter = ui.painter();
    let fill = if selected { style::tint(colour, 40) } else { v.extreme_bg_color };
    painter.rect(rect, 4.0, fill, Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color), egui::StrokeKind::Inside);
    if focused {
        painter.rect_stroke(rect.shrink(1.0), 4.0, Stroke::new(2.0, FOCUS), egui::StrokeKind::Inside);
    }
    // how sure, large, in the colour of doubt with a "?"
    let sure = format!("{}%", e.statement.confidence);
    painter.text(
        pos2(rect.min.x + PAD + SURE_W / 2.0, rect.min.y + 19.0),
        egui::Align2::CENTER_CENTER,
        format!("? {sure}"),
        egui::FontId::proportional(15.0),
        DOUBT,
    );
    painter.text(
        pos2(rect.min.x + PAD + SURE_W / 2.0, rect.min.y + 38.0),
        egui::Align2::CENTER_CENTER,
        "sure",
        egui::FontId::proportional(10.0),
        v.weak_text_color(),
    );
    let left = rect.min.x + PAD + SURE_W + PAD;
    let w = (rect.max.x - PAD - left).max(40.0);
    let quoted = e.statement.kind == crate::extract::Kind::Direct;
    let flat = e.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = if quoted { format!("“{flat}”") } else { flat };
    let mut job = LayoutJob::simple_singleline(words, egui::FontId::proportional(13.5), v.text_color());
    job.wrap = TextWrapping::truncate_at_width(w);
    let g = ui.fonts_mut(|f| f.layout_job(job));
    let elided = g.elided;
    ui.painter().galley(pos2(left, rect.min.y + 6.0), g, v.text_color());

    // who, for whom, where
    let who = e.statement.speaker.as_deref().unwrap_or("unknown speaker");
    let actor_name = actor.map_or("no actor", |a| a.name.as_str());
    let y2 = rect.min.y + 25.0;
    ui.painter().rect_filled(Rect::from_min_size(pos2(left, y2 + 3.0), vec2(9.0, 9.0)), 2.0, style::rgb(colour));
    let mut src = vec![format!("{who} → {actor_name}")];
    if !article.outlet.is_empty() {
        src.push(article.outlet.clone());
    }
    if let Some(d) = &article.date {
        src.push(crate::ingest::display_date(d));
    }
    let line = src.join(" · ");
    let mut job = LayoutJob::simple_singleline(line.clone(), egui::FontId::proportional(12.0), v.text_color());
    job.wrap = TextWrapping::truncate_at_width(w - 14.0);
    let g = ui.fonts_mut(|f| f.layout_job(job));
    ui.painter().galley(pos2(left + 14.0, y2), g, v.text_color());

    // why
    let why = doubts(&e.statement, &article.text, &article.lang.0);
    let why_line = if why.is_empty() { String::new() } else { why.join("; ") };
    let mut job = LayoutJob::simple_singleline(why_line.clone(), egui::FontId::proportional(11.0), v.weak_text_color());
    job.wrap = TextWrapping::truncate_at_width(w);
    let g = ui.fonts_mut(|f| f.layout_job(job));
    ui.painter().galley(pos2(left, rect.min.y + 41.0), g, v.weak_text_color());

    let resp = ui.interact(rect, ui.scope_id().with(("check-row", r.article, r.entry)), Sense::CLICK);
    let label = format!("{sure} sure · {actor_name} · {who}: {} — {why_line}", style::shorten(&e.text, 120));
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if resp.clicked() {
        actions.push(Action::FocusCheck(e.key.clone(), i));
        actions.push(Action::Select(Some(e.key.clone())));
    }
    if resp.double_clicked() {
        actions.push(Action::ShowInArticle(e.key.clone()));
    }
    let resp = resp.on_hover_ui(|ui| {
        ui.set_max_width(460.0);
        if elided {
            ui.label(style::shorten(&e.text, 900));
            ui.separator();
        }
        ui.label(RichText::new(format!("{sure} sure")).strong());
        for w in &why {
            ui.label(format!("• {w}"));
        }
    });
    super::compare::card_menu(&resp, app, &e.key, e.hidden, actions);
}
