//! What the Voices, Timeline and Agreement views share: the topic they
//! look at, the stance marks (a colour and a shape, never colour alone),
//! and a clickable line per statement.

use super::super::{Action, CounterpointApp};
use super::style;
use crate::compare::StatementRef;
use crate::topics::Stance;
use egui::{Color32, Pos2, RichText, Sense, Stroke, vec2};

/// The topic the Timeline and Agreement views show: the one chosen, else
/// the first shown topic with a proposition. Topic index and id.
pub fn current_topic(app: &CounterpointApp) -> Option<(usize, String)> {
    let topics = &app.ws.session.topics.topics;
    let chosen = &app.ws.session.view.positions.topic;
    if let Some(i) = topics.iter().position(|t| &t.id == chosen) {
        return Some((i, chosen.clone()));
    }
    let hidden = &app.ws.session.view.filters.hidden_topics;
    topics
        .iter()
        .position(|t| !t.proposition.trim().is_empty() && !hidden.contains(&t.id))
        .or_else(|| (!topics.is_empty()).then_some(0))
        .map(|i| (i, topics[i].id.clone()))
}

/// "Topic [NATO membership ▾]" and, below, what "for" means.
pub fn topic_picker(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) -> Option<String> {
    let (ti, id) = current_topic(app)?;
    let topics = &app.ws.session.topics.topics;
    ui.horizontal(|ui| {
        let l = ui.label("Topic");
        egui::ComboBox::from_id_salt("glance-topic")
            .selected_text(&topics[ti].name)
            .width(220.0)
            .show_ui(ui, |ui| {
                for t in topics {
                    let text = if t.proposition.trim().is_empty() {
                        format!("{} (no stance)", t.name)
                    } else {
                        t.name.clone()
                    };
                    if ui.selectable_label(t.id == id, text).clicked() {
                        actions.push(Action::SetGlanceTopic(t.id.clone()));
                    }
                }
            })
            .response
            .labelled_by(l.id);
        let p = topics[ti].proposition.trim();
        if p.is_empty() {
            ui.label(RichText::new("This topic has no proposition: its statements take no side.").weak());
        } else {
            ui.add(egui::Label::new(RichText::new(format!("For means: “{p}”")).weak()).truncate()).on_hover_text(p);
        }
    });
    Some(id)
}

/// A column's name and colour: an actor's, a closed bloc's ("" is no
/// actor).
pub fn actor_label(app: &CounterpointApp, id: &str) -> (String, Color32) {
    if let Some(c) = app.cmp.columns.iter().find(|c| !id.is_empty() && c.id == id) {
        return (c.name.clone(), style::rgb(c.colour));
    }
    match app.ws.session.catalogue.actor(id) {
        Some(a) => (a.name.clone(), style::rgb(a.colour.0)),
        None if id.is_empty() => ("No actor".into(), style::rgb(style::NO_ACTOR)),
        None => (id.to_string(), style::rgb(style::NO_ACTOR)),
    }
}

/// A stance's mark: ▲ for, ▼ against, ● neutral, ○ none; filled in the
/// stance's colour.
pub fn stance_mark(painter: &egui::Painter, c: Pos2, r: f32, stance: Option<Stance>, outline: Color32) {
    let stroke = Stroke::new(1.0, outline);
    match stance {
        Some(Stance::Favor) => {
            let pts = vec![c + vec2(0.0, -r), c + vec2(r, r * 0.8), c + vec2(-r, r * 0.8)];
            painter.add(egui::Shape::convex_polygon(pts, super::topics::stance_colour(Stance::Favor), stroke));
        }
        Some(Stance::Against) => {
            let pts = vec![c + vec2(-r, -r * 0.8), c + vec2(r, -r * 0.8), c + vec2(0.0, r)];
            painter.add(egui::Shape::convex_polygon(pts, super::topics::stance_colour(Stance::Against), stroke));
        }
        Some(Stance::Neutral) => {
            painter.circle(c, r * 0.8, super::topics::stance_colour(Stance::Neutral), stroke);
        }
        None => {
            painter.circle_stroke(c, r * 0.75, Stroke::new(1.5, Color32::from_gray(120)));
        }
    }
}

/// The marks with their meaning, in a line.
pub fn legend(ui: &mut egui::Ui, with_none: bool) {
    ui.horizontal(|ui| {
        let mut items =
            vec![(Some(Stance::Favor), "for"), (Some(Stance::Against), "against"), (Some(Stance::Neutral), "neutral")];
        if with_none {
            items.push((None, "no stance"));
        }
        for (s, word) in items {
            let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
            stance_mark(ui.painter(), rect.center(), 6.0, s, ui.visuals().strong_text_color());
            ui.label(RichText::new(word).small());
            ui.add_space(6.0);
        }
    });
}

/// One statement as a line to click: its stance in words, speaker ·
/// outlet · date, and its words. Clicking opens it in the inspector.
pub fn statement_line(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    r: StatementRef,
    stance: Option<Stance>,
    actions: &mut Vec<Action>,
) {
    let Some(e) = r.get(&app.ws) else { return };
    let article = &app.ws.session.articles[r.article as usize];
    let who = e.statement.speaker.as_deref().unwrap_or("unknown speaker");
    let mut source = vec![who.to_string()];
    if !article.outlet.trim().is_empty() {
        source.push(article.outlet.trim().to_string());
    }
    if let Some(d) = &article.date {
        source.push(crate::ingest::display_date(d));
    }
    let selected = app.selected.as_ref() == Some(&e.key);
    let mut job = egui::text::LayoutJob::default();
    let v = ui.visuals();
    if let Some(s) = stance {
        job.append(
            &format!("{} ", super::topics::stance_word(s)),
            0.0,
            egui::TextFormat {
                font_id: egui::FontId::proportional(11.0),
                color: super::topics::stance_colour(s),
                ..Default::default()
            },
        );
    }
    job.append(
        &format!("{} — ", source.join(" · ")),
        0.0,
        egui::TextFormat {
            font_id: egui::FontId::proportional(11.5),
            color: v.weak_text_color(),
            ..Default::default()
        },
    );
    job.append(
        &style::shorten(&e.text, 200),
        0.0,
        egui::TextFormat { font_id: egui::FontId::proportional(12.5), color: v.text_color(), ..Default::default() },
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(ui.available_width() - 8.0);
    let resp = ui.add(egui::Button::selectable(selected, job).truncate().min_size(vec2(ui.available_width(), 20.0)));
    let label = format!(
        "{}{}: {}",
        stance.map_or(String::new(), |s| format!("{} · ", s.label())),
        source.join(" · "),
        style::shorten(&e.text, 120)
    );
    let resp = resp.accessible_name(label).on_hover_text(style::shorten(&e.text, 900));
    if resp.clicked() {
        actions.push(Action::Select(Some(e.key.clone())));
    }
    if resp.double_clicked() {
        actions.push(Action::ShowInArticle(e.key.clone()));
    }
    super::compare::card_menu(&resp, app, &e.key, e.hidden, actions);
}

/// A message in the middle of an empty view.
pub fn empty(ui: &mut egui::Ui, text: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.label(RichText::new(text).size(15.0).weak());
    });
}

/// A point `frac` of the way along a horizontal span.
pub fn along(x0: f32, x1: f32, frac: f32) -> f32 {
    x0 + (x1 - x0) * frac
}

/// The rectangle of a mark, for clicking.
pub fn mark_rect(c: Pos2, r: f32) -> egui::Rect {
    egui::Rect::from_center_size(c, vec2(2.0 * r + 4.0, 2.0 * r + 4.0))
}
