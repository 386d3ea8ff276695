//! The Actors view: add, rename, recolour, merge, delete actors and edit
//! what identifies them. Every change is one undoable edit of the
//! catalogue; attributions update as soon as re-extraction finishes.

use super::super::{Action, CounterpointApp};
use super::style;
use crate::catalogue::{Actor, Speaker, SpeakerKind};
use egui::RichText;

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    let cat = app.ws.session.catalogue.clone();
    let counts = counts(app);
    if app.ui.actor_selected.as_ref().is_none_or(|id| cat.actor(id).is_none()) {
        app.ui.actor_selected = cat.actors.first().map(|a| a.id.clone());
    }
    egui::Panel::left("actor-list-panel").resizable(true).default_size(280.0).show(ui, |ui| {
        ui.heading("Actors");
        ui.label(RichText::new("Who speaks for whom. Changes apply to every article.").weak());
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button("New actor…").clicked() {
                actions.push(Action::NewActorDialog(None));
            }
            if ui
                .button("Update from built-in…")
                .on_hover_text(
                    "Take the people, bodies and spellings the built-in catalogue has and this session lacks",
                )
                .clicked()
            {
                actions.push(Action::UpdateCatalogueDialog);
            }
        });
        ui.add_space(4.0);
        egui::ScrollArea::vertical().id_salt("actor-list").auto_shrink([false, false]).show(ui, |ui| {
            for a in &cat.actors {
                ui.horizontal(|ui| {
                    style::swatch(ui, a.colour.0);
                    let sel = app.ui.actor_selected.as_deref() == Some(a.id.as_str());
                    let n = counts.get(&a.id).copied().unwrap_or(0);
                    if ui.selectable_label(sel, format!("{} · {} ({n})", a.name, a.group)).clicked() {
                        app.ui.actor_selected = Some(a.id.clone());
                        app.ui.merge_target = None;
                    }
                });
            }
        });
    });
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(actor) = app.ui.actor_selected.as_ref().and_then(|id| cat.actor(id)).cloned() else { return };
        egui::ScrollArea::vertical().id_salt("actor-edit").auto_shrink([false, false]).show(ui, |ui| {
            ui.set_max_width(760.0f32.min(ui.available_width()));
            editor(ui, app, &actor, counts.get(&actor.id).copied().unwrap_or(0), actions);
        });
    });
}

fn counts(app: &CounterpointApp) -> std::collections::HashMap<String, usize> {
    let mut m = std::collections::HashMap::new();
    for e in app.ws.entries.iter().flatten() {
        if let Some(a) = &e.statement.actor {
            *m.entry(a.clone()).or_insert(0) += 1;
        }
    }
    m
}

/// An edit of one actor, as an action.
fn edit(actions: &mut Vec<Action>, label: &str, id: &str, f: impl FnOnce(&mut Actor) + Send + 'static) {
    let id = id.to_string();
    actions.push(Action::EditCatalogue(
        label.to_string(),
        Box::new(move |c| {
            if let Some(a) = c.actors.iter_mut().find(|a| a.id == id) {
                f(a);
            }
        }),
    ));
}

fn editor(ui: &mut egui::Ui, app: &mut CounterpointApp, actor: &Actor, count: usize, actions: &mut Vec<Action>) {
    let id = actor.id.clone();
    ui.heading(&actor.name);
    ui.label(RichText::new(format!("id “{}” · {}", actor.id, super::compare::plural(count, "statement"))).weak());
    ui.add_space(6.0);
    egui::Grid::new("actor-grid").num_columns(2).spacing([10.0, 8.0]).show(ui, |ui| {
        let l = ui.label("Name");
        if let Some(n) = draft_field(ui, "actor-name", &id, &actor.name, l.id)
            && !n.is_empty()
        {
            edit(actions, "rename actor", &id, move |a| a.name = n);
        }
        ui.end_row();

        let l = ui.label("Bloc");
        if let Some(g) = draft_field(ui, "actor-group", &id, &actor.group, l.id) {
            edit(actions, "change bloc", &id, move |a| a.group = g);
        }
        ui.end_row();

        // a finer part of another actor (NATO of Western officials):
        // counted as that actor in exports and scores, and shown in its
        // bloc's one column until the bloc is opened
        let l = ui.label("Part of");
        let cat = &app.ws.session.catalogue;
        let has_parts = cat.position(&id).is_some_and(|i| cat.parts(i).next().is_some());
        let current = actor.part_of.as_deref().and_then(|p| cat.actor(p)).map_or("none (an actor of its own)", |a| &a.name);
        let wholes: Vec<(String, String)> = cat
            .actors
            .iter()
            .filter(|a| a.id != id && a.part_of.is_none())
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
        let r = ui
            .add_enabled_ui(!has_parts, |ui| {
                egui::ComboBox::from_id_salt(("actor-part-of", &id)).selected_text(current).show_ui(ui, |ui| {
                    if ui.selectable_label(actor.part_of.is_none(), "none (an actor of its own)").clicked()
                        && actor.part_of.is_some()
                    {
                        edit(actions, "change part of", &id, |a| a.part_of = None);
                    }
                    for (wid, name) in &wholes {
                        let on = actor.part_of.as_deref() == Some(wid.as_str());
                        if ui.selectable_label(on, name).clicked() && !on {
                            let w = wid.clone();
                            edit(actions, "change part of", &id, move |a| a.part_of = Some(w));
                        }
                    }
                })
            })
            .inner
            .response
            .labelled_by(l.id);
        if has_parts {
            r.on_disabled_hover_text("Other actors are parts of this one; an actor with parts is part of none.");
        } else {
            r.on_hover_text("Its statements count as that actor's in exports and scores, and its bloc shows as that actor's one column until opened.");
        }
        ui.end_row();

        let l = ui.label("Colour");
        let mut c = actor.colour.0;
        if ui.color_edit_button_srgb(&mut c).labelled_by(l.id).changed() {
            edit(actions, "recolour actor", &id, move |a| a.colour = crate::catalogue::Rgb(c));
        }
        ui.end_row();
    });

    ui.add_space(10.0);
    list_editor(
        ui,
        "Aliases",
        "Names and phrases that mean this actor as a speaker (“the Kremlin”, “Kremlin spokesman”).",
        &actor.aliases,
        &id,
        "alias",
        &mut app.ui.alias_input,
        actions,
        |a| &mut a.aliases,
    );
    ui.add_space(10.0);
    list_editor(
        ui,
        "Keywords",
        "Weak evidence: a word in an official's title that ties them to this actor (“Russian” in “Russian Agriculture Minister”).",
        &actor.keywords,
        &id,
        "keyword",
        &mut app.ui.keyword_input,
        actions,
        |a| &mut a.keywords,
    );

    ui.add_space(10.0);
    ui.label(RichText::new("Speakers").strong());
    ui.label(
        RichText::new(
            "People, and bodies or places spelt several ways, who speak for this actor. Every spelling listed is \
             recognised; a body is shown by its first name in any language (Кремль, Кремлі → Kremlin).",
        )
        .weak(),
    );
    let people = actor.speakers.iter().filter(|s| s.kind == SpeakerKind::Person);
    let bodies: Vec<&Speaker> = actor.speakers.iter().filter(|s| s.kind == SpeakerKind::Body).collect();
    for s in people {
        speaker_row(ui, actions, &id, s);
    }
    if !bodies.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new("Bodies and places").weak().italics());
        for s in bodies {
            speaker_row(ui, actions, &id, s);
        }
    }
    ui.horizontal(|ui| {
        let l = ui.label("New speaker");
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut app.ui.speaker_input)
                    .hint_text("Name, other spellings…")
                    .desired_width(300.0),
            )
            .labelled_by(l.id);
        let person = ui.button("Add person").on_hover_text("A person: the surname alone is recognised too").clicked()
            || (r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
        let body = ui
            .button("Add body")
            .on_hover_text("A body or place: each spelling, in any language, is shown by the first name")
            .clicked();
        if (person || body) && !app.ui.speaker_input.trim().is_empty() {
            let kind = if body { SpeakerKind::Body } else { SpeakerKind::Person };
            if let Some(sp) = new_speaker(&app.ui.speaker_input, kind) {
                edit(actions, if body { "add body" } else { "add speaker" }, &id, move |a| a.speakers.push(sp));
            }
            app.ui.speaker_input.clear();
        }
    });

    ui.add_space(14.0);
    ui.separator();
    ui.horizontal(|ui| {
        let others: Vec<(String, String)> = app
            .ws
            .session
            .catalogue
            .actors
            .iter()
            .filter(|a| a.id != id)
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
        ui.label("Merge into");
        let current = app
            .ui
            .merge_target
            .as_ref()
            .and_then(|t| others.iter().find(|(i, _)| i == t))
            .map_or("choose…".to_string(), |(_, n)| n.clone());
        egui::ComboBox::from_id_salt("merge-into")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (oid, oname) in &others {
                    if ui.selectable_label(app.ui.merge_target.as_deref() == Some(oid.as_str()), oname).clicked() {
                        app.ui.merge_target = Some(oid.clone());
                    }
                }
            })
            .response
            .accessible_name("Merge into");
        let target = app.ui.merge_target.clone();
        if ui
            .add_enabled(target.is_some(), egui::Button::new("Merge"))
            .on_hover_text(
                "Move speakers, aliases and hand-made attributions into the other actor, then remove this one",
            )
            .clicked()
            && let Some(into) = target
        {
            actions.push(Action::MergeActors { from: id.clone(), into });
        }
    });
    ui.add_space(6.0);
    if ui
        .button(RichText::new("Delete actor").color(egui::Color32::from_rgb(0xb0, 0x20, 0x20)))
        .on_hover_text("Its statements get no actor (undo brings it back)")
        .clicked()
    {
        actions.push(Action::DeleteActor(id));
    }
}

#[allow(clippy::too_many_arguments)]
fn list_editor(
    ui: &mut egui::Ui,
    title: &str,
    help: &str,
    items: &[String],
    id: &str,
    what: &str,
    input: &mut String,
    actions: &mut Vec<Action>,
    field: fn(&mut Actor) -> &mut Vec<String>,
) {
    ui.label(RichText::new(title).strong());
    ui.label(RichText::new(help).weak());
    ui.horizontal_wrapped(|ui| {
        for item in items {
            if style::chip(ui, item, &format!("Remove {what} “{item}”")) {
                let item = item.clone();
                edit(actions, &format!("remove {what}"), id, move |a| field(a).retain(|x| *x != item));
            }
        }
    });
    ui.horizontal(|ui| {
        let l = ui.label(format!("New {what}"));
        let r = ui.add(egui::TextEdit::singleline(input).desired_width(260.0)).labelled_by(l.id);
        let go = ui.button(format!("Add {what}")).clicked()
            || (r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
        let v = input.trim().to_string();
        if go && !v.is_empty() {
            if !items.contains(&v) {
                edit(actions, &format!("add {what}"), id, move |a| field(a).push(v));
            }
            input.clear();
        }
    });
}

/// A one-line field whose text is a draft while it has focus (kept in egui's
/// memory under `key`, for actor `id`) and is committed when focus leaves:
/// returns the trimmed text then, if it differs from `current`.
fn draft_field(ui: &mut egui::Ui, key: &str, id: &str, current: &str, label: egui::Id) -> Option<String> {
    let mem = egui::Id::unique(key);
    let mut text = ui
        .data_mut(|d| d.get_temp::<(String, String)>(mem).filter(|(i, _)| i == id).map(|(_, t)| t))
        .unwrap_or_else(|| current.to_string());
    let r = ui.add(egui::TextEdit::singleline(&mut text).desired_width(260.0)).labelled_by(label);
    if r.changed() {
        ui.data_mut(|d| d.insert_temp(mem, (id.to_string(), text.clone())));
    }
    if !r.lost_focus() {
        return None;
    }
    ui.data_mut(|d| d.remove::<(String, String)>(mem));
    let t = text.trim().to_string();
    (t != current).then_some(t)
}

/// One speaker of the list, with its spellings and title, and a button
/// that removes it.
fn speaker_row(ui: &mut egui::Ui, actions: &mut Vec<Action>, id: &str, s: &Speaker) {
    // the button first, so a long line of spellings never pushes it out
    // of the window; the line wraps instead
    ui.horizontal(|ui| {
        if ui.small_button("Remove").on_hover_text(format!("Remove {}", s.name)).clicked() {
            let name = s.name.clone();
            edit(actions, "remove speaker", id, move |a| {
                if let Some(p) = a.speakers.iter().position(|x| x.name == name) {
                    a.speakers.remove(p);
                }
            });
        }
        // a person entered as a body, or a body as a person: turned over
        // in place, title and typed spellings kept; the surname a person
        // is found by alone ("Tallinn" of "Port of Tallinn") is no
        // spelling of a body, and a person gets it as "Add person" gives it
        let (label, label_edit, to, hover) = match s.kind {
            SpeakerKind::Person => (
                "Make body",
                "make body",
                SpeakerKind::Body,
                format!("Treat {} as a body or place: every spelling is shown by this name", s.name),
            ),
            SpeakerKind::Body => (
                "Make person",
                "make person",
                SpeakerKind::Person,
                format!("Treat {} as a person: the surname alone finds them too", s.name),
            ),
        };
        if ui.small_button(label).on_hover_text(hover).clicked() {
            let name = s.name.clone();
            edit(actions, label_edit, id, move |a| {
                if let Some(x) = a.speakers.iter_mut().find(|x| x.name == name) {
                    let surname = if name.contains(' ') { name.split_whitespace().last() } else { None };
                    x.kind = to;
                    match (to, surname) {
                        (SpeakerKind::Body, Some(last)) => x.aliases.retain(|a| a != last),
                        (SpeakerKind::Person, Some(last)) if !x.aliases.iter().any(|a| a == last) => {
                            x.aliases.push(last.to_string())
                        }
                        _ => {}
                    }
                }
            });
        }
        let mut job = egui::text::LayoutJob::default();
        let body = egui::TextFormat {
            font_id: egui::TextStyle::Body.resolve(ui.style()),
            color: ui.visuals().text_color(),
            ..Default::default()
        };
        let weak = egui::TextFormat { color: ui.visuals().weak_text_color(), ..body.clone() };
        job.append(&s.name, 0.0, body);
        if !s.aliases.is_empty() {
            job.append(&format!("  ({})", s.aliases.join(", ")), 0.0, weak.clone());
        }
        if !s.title.is_empty() {
            job.append(&format!("  {}", s.title), 0.0, weak);
        }
        ui.add(egui::Label::new(job).wrap());
    });
}

/// The speaker typed as "Name, other spelling, …": a person's surname
/// alone is a spelling too; a body's spellings are only those typed.
fn new_speaker(typed: &str, kind: SpeakerKind) -> Option<Speaker> {
    let mut parts = typed.split(',').map(|p| p.trim().to_string()).filter(|p| !p.is_empty());
    let name = parts.next()?;
    let mut aliases: Vec<String> = parts.collect();
    if kind == SpeakerKind::Person
        && let Some(last) = name.split_whitespace().last()
        && name.contains(' ')
        && !aliases.iter().any(|a| a == last)
    {
        aliases.push(last.to_string());
    }
    Some(Speaker { name, aliases, title: String::new(), gender: None, kind, roles: Vec::new() })
}
