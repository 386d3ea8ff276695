//! The inspector: one statement in full, and every correction to it.

use super::super::{Action, CounterpointApp};
use super::style;
use crate::extract::Kind;
use egui::RichText;
use egui::text::{LayoutJob, TextFormat};

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    let Some(key) = app.selected.clone() else { return };
    let Some(e) = app.ws.entry(&key).cloned() else {
        ui.label("This statement is no longer in the session.");
        return;
    };
    let Some(article) = app.ws.session.article(&key.article).cloned() else { return };
    let cat = app.ws.session.catalogue.clone();

    ui.horizontal(|ui| {
        ui.heading("Statement");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("Close").on_hover_text("Deselect (Esc)").clicked() {
                actions.push(Action::Select(None));
            }
        });
    });
    ui.horizontal_wrapped(|ui| {
        let (b, h) = style::kind_badge(e.statement.kind);
        style::badge(ui, b, h);
        if e.added() {
            style::badge(ui, "ADDED BY HAND", "You added this statement");
        } else if e.edited {
            style::badge(ui, "EDITED", "You changed something about this statement");
        }
        if e.hidden {
            style::badge(ui, "HIDDEN", "Hidden from the comparison");
        }
    });
    ui.add_space(4.0);
    let quoted = e.statement.kind == Kind::Direct;
    let words = if quoted { format!("“{}”", e.text) } else { e.text.clone() };
    ui.label(RichText::new(words).size(15.0));
    ui.add_space(4.0);

    // the words around it
    egui::CollapsingHeader::new("In context").default_open(true).show(ui, |ui| {
        ui.add(egui::Label::new(context_job(ui, &article.text, &e)).wrap());
    });
    ui.separator();

    egui::Grid::new("inspector-grid").num_columns(2).spacing([10.0, 8.0]).striped(false).show(ui, |ui| {
        // speaker: typed, committed when the field is left
        let l = ui.label("Speaker");
        if app.ui.speaker_buffer.as_ref().is_none_or(|(k, _)| *k != key) {
            app.ui.speaker_buffer = Some((key.clone(), e.statement.speaker.clone().unwrap_or_default()));
        }
        if let Some((_, buf)) = &mut app.ui.speaker_buffer {
            let r =
                ui.add(egui::TextEdit::singleline(buf).hint_text("who said it").desired_width(200.0)).labelled_by(l.id);
            if r.lost_focus() {
                let v = buf.trim().to_string();
                let v = (!v.is_empty()).then_some(v);
                if v != e.statement.speaker {
                    actions.push(Action::SetSpeaker(key.clone(), v));
                }
            }
        }
        ui.end_row();

        ui.label("Actor");
        let current = e.statement.actor.as_deref().and_then(|id| cat.actor(id));
        let text = current.map_or("No actor".to_string(), |a| a.name.clone());
        ui.horizontal(|ui| {
            if let Some(a) = current {
                style::swatch(ui, a.colour.0);
            }
            egui::ComboBox::from_id_salt("actor-pick")
                .selected_text(text)
                .width(200.0)
                .height(520.0)
                .show_ui(ui, |ui| {
                    for a in &cat.actors {
                        let chosen = e.statement.actor.as_deref() == Some(a.id.as_str());
                        if ui.selectable_label(chosen, format!("{} ({})", a.name, a.group)).clicked() && !chosen {
                            actions.push(Action::SetActor(key.clone(), Some(a.id.clone())));
                        }
                    }
                    ui.separator();
                    if ui.selectable_label(e.statement.actor.is_none(), "No actor").clicked()
                        && e.statement.actor.is_some()
                    {
                        actions.push(Action::SetActor(key.clone(), None));
                    }
                    if ui.selectable_label(false, "New actor…").clicked() {
                        actions.push(Action::NewActorDialog(Some(key.clone())));
                    }
                })
                .response
                .accessible_name("Actor");
        });
        ui.end_row();

        ui.label("Kind");
        ui.horizontal(|ui| {
            for (k, name) in [(Kind::Direct, "Direct"), (Kind::Mixed, "Mixed"), (Kind::Indirect, "Reported")] {
                if ui.radio(e.statement.kind == k, name).clicked() && e.statement.kind != k {
                    actions.push(Action::SetKind(key.clone(), k));
                }
            }
        });
        ui.end_row();

        if let Some(c) = e.statement.cue {
            ui.label("Cue");
            ui.label(RichText::new(c.text(&article.text)).italics());
            ui.end_row();
        }
        if let Some(s) = e.statement.source {
            ui.label("Named as");
            ui.label(RichText::new(s.text(&article.text)).italics());
            ui.end_row();
        }
        if let Some(x) = &e.extracted
            && (x.actor != e.statement.actor || x.speaker != e.statement.speaker)
        {
            ui.label("Found as");
            let actor = x.actor.as_deref().and_then(|id| cat.actor(id)).map_or("no actor", |a| a.name.as_str());
            ui.label(RichText::new(format!("{} · {actor}", x.speaker.as_deref().unwrap_or("unknown speaker"))).weak());
            ui.end_row();
        }

        ui.label("Article");
        ui.vertical(|ui| {
            if ui.link(style::shorten(&article.title, 80)).on_hover_text("Open this article").clicked() {
                actions.push(Action::ShowInArticle(key.clone()));
            }
            let mut meta = Vec::new();
            if !article.outlet.is_empty() {
                meta.push(article.outlet.clone());
            }
            if let Some(d) = &article.date {
                meta.push(crate::ingest::display_date(d));
            }
            if !meta.is_empty() {
                ui.label(RichText::new(meta.join(" · ")).weak());
            }
        });
        ui.end_row();
    });

    ui.add_space(6.0);
    ui.label("Topics");
    ui.horizontal_wrapped(|ui| {
        for t in &app.ws.session.topics.topics {
            let mut on = e.statement.topics.contains(&t.id);
            if ui.checkbox(&mut on, &t.name).changed() {
                let mut topics: Vec<String> = e.statement.topics.clone();
                if on {
                    topics.push(t.id.clone());
                } else {
                    topics.retain(|x| *x != t.id);
                }
                // keep lexicon order
                let order: Vec<&str> = app.ws.session.topics.topics.iter().map(|x| x.id.as_str()).collect();
                topics.sort_by_key(|x| order.iter().position(|o| o == x).unwrap_or(usize::MAX));
                actions.push(Action::SetTopics(key.clone(), topics));
            }
        }
    });
    ui.add_space(6.0);
    let l = ui.label("Note");
    if app.ui.note_buffer.as_ref().is_none_or(|(k, _)| *k != key) {
        app.ui.note_buffer = Some((key.clone(), e.note.clone()));
    }
    if let Some((_, buf)) = &mut app.ui.note_buffer {
        let r = ui
            .add(
                egui::TextEdit::multiline(buf)
                    .hint_text("Your notes on this statement")
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        if r.lost_focus() && *buf != e.note {
            actions.push(Action::SetNote(key.clone(), buf.clone()));
        }
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button("Show in article").clicked() {
            actions.push(Action::ShowInArticle(key.clone()));
        }
        if ui
            .button(if e.hidden { "Restore" } else { "Hide" })
            .on_hover_text("Hidden statements leave the comparison (Delete)")
            .clicked()
        {
            actions.push(Action::SetHidden(key.clone(), !e.hidden));
        }
        if e.added() && ui.button("Remove").on_hover_text("Remove this statement you added").clicked() {
            actions.push(Action::RemoveAdded(key.clone()));
        }
    });
}

/// The paragraph around the statement, the statement in bold.
fn context_job(ui: &egui::Ui, text: &str, e: &crate::workspace::Entry) -> LayoutJob {
    let c = e.statement.content;
    let start = text[..c.start.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let end = text[c.end.min(text.len())..].find('\n').map_or(text.len(), |i| c.end + i);
    // at most ~700 characters each side
    let mut start = start.max(c.start.saturating_sub(700));
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = end.min(c.end + 700);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let weak = TextFormat {
        color: ui.visuals().weak_text_color(),
        font_id: egui::FontId::proportional(13.0),
        ..Default::default()
    };
    let strong = TextFormat {
        color: ui.visuals().strong_text_color(),
        font_id: egui::FontId::proportional(13.0),
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    let mut pos = start;
    for p in e.statement.parts() {
        if p.start < pos || p.end > end {
            continue;
        }
        job.append(&text[pos..p.start], 0.0, weak.clone());
        job.append(&text[p.start..p.end], 0.0, strong.clone());
        pos = p.end;
    }
    job.append(&text[pos..end], 0.0, weak);
    job
}
