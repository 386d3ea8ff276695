//! The Topics view: add, rename and delete topics, and edit each one's
//! proposition and words per language. Every change is one undoable edit of
//! the topic lexicon; statements are re-tagged as soon as re-extraction
//! finishes.

use super::super::{Action, CounterpointApp};
use crate::topics::{PerLanguage, Topic, TopicLexicon};
use egui::RichText;

/// The languages whose words can be edited.
pub const LANGUAGES: [(&str, &str); 3] = [("en", "English"), ("ru", "Russian"), ("uk", "Ukrainian")];

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    let lex = app.ws.session.topics.clone();
    let counts = counts(app);
    if app.ui.topic_selected.as_ref().is_none_or(|id| lex.topic(id).is_none()) {
        app.ui.topic_selected = lex.topics.first().map(|t| t.id.clone());
    }
    egui::Panel::left("topic-list-panel").resizable(true).default_size(260.0).show(ui, |ui| {
        ui.heading("Topics");
        ui.label(RichText::new("The rows of the comparison. Changes apply to every article.").weak());
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let l = ui.label("New topic");
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut app.ui.new_topic_name)
                        .hint_text("name, e.g. Nuclear safety")
                        .desired_width(130.0),
                )
                .labelled_by(l.id);
            let go =
                ui.button("Add topic").clicked() || (r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
            if go && !app.ui.new_topic_name.trim().is_empty() {
                actions.push(Action::AddTopic(app.ui.new_topic_name.trim().to_string()));
                app.ui.new_topic_name.clear();
            }
        });
        ui.add_space(4.0);
        egui::ScrollArea::vertical().id_salt("topic-list").auto_shrink([false, false]).show(ui, |ui| {
            for t in &lex.topics {
                let sel = app.ui.topic_selected.as_deref() == Some(t.id.as_str());
                let n = counts.get(&t.id).copied().unwrap_or(0);
                let mark = if t.has_stance() { "" } else { " · no stance" };
                if ui.selectable_label(sel, format!("{} ({n}){mark}", t.name)).clicked() {
                    app.ui.topic_selected = Some(t.id.clone());
                }
            }
        });
    });
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(topic) = app.ui.topic_selected.as_ref().and_then(|id| lex.topic(id)).cloned() else {
            ui.label("No topic. Add one on the left.");
            return;
        };
        egui::ScrollArea::vertical().id_salt("topic-edit").auto_shrink([false, false]).show(ui, |ui| {
            ui.set_max_width(820.0f32.min(ui.available_width()));
            editor(ui, app, &lex, &topic, counts.get(&topic.id).copied().unwrap_or(0), actions);
        });
    });
}

/// Statements per topic, over all articles.
fn counts(app: &CounterpointApp) -> std::collections::HashMap<String, usize> {
    let mut m = std::collections::HashMap::new();
    for e in app.ws.entries.iter().flatten() {
        for t in &e.statement.topics {
            *m.entry(t.clone()).or_insert(0) += 1;
        }
    }
    m
}

/// The label of the check box for [`Topic::remarks`].
pub const REMARKS_LABEL: &str = "Takes remarks with no topic word when the headline names it with others";

/// An edit of one topic, as an action.
fn edit(actions: &mut Vec<Action>, label: &str, id: &str, f: impl FnOnce(&mut Topic) + Send + 'static) {
    let id = id.to_string();
    actions.push(Action::EditTopics(
        label.to_string(),
        Box::new(move |l: &mut TopicLexicon| {
            if let Some(t) = l.topics.iter_mut().find(|t| t.id == id) {
                f(t);
            }
        }),
    ));
}

fn editor(
    ui: &mut egui::Ui,
    app: &mut CounterpointApp,
    lex: &TopicLexicon,
    topic: &Topic,
    count: usize,
    actions: &mut Vec<Action>,
) {
    let id = topic.id.clone();
    ui.heading(&topic.name);
    ui.label(RichText::new(format!("id “{}” · {count} statements", topic.id)).weak());
    ui.add_space(6.0);
    egui::Grid::new("topic-grid").num_columns(2).spacing([10.0, 8.0]).show(ui, |ui| {
        let l = ui.label("Name");
        if let Some(n) = draft(ui, "topic-name", &id, &topic.name, l.id, false)
            && !n.is_empty()
        {
            edit(actions, "rename topic", &id, move |t| t.name = n);
        }
        ui.end_row();
        let l = ui.label("Proposition").on_hover_text(
            "What “for” means: the statement a speaker can be for or against. Leave empty for a topic without stance.",
        );
        if let Some(p) = draft(ui, "topic-proposition", &id, &topic.proposition, l.id, true) {
            edit(actions, "edit proposition", &id, move |t| t.proposition = p);
        }
        ui.end_row();
    });
    if !topic.has_stance() {
        ui.label(RichText::new("No proposition: statements on this topic get no stance.").weak().italics());
    }
    let mut remarks = topic.remarks;
    if ui
        .checkbox(&mut remarks, REMARKS_LABEL)
        .on_hover_text(
            "A statement with no topic word of its own takes a topic its article's headline names. When the headline names several, one with this box ticked is chosen (“no quick breakthrough” under a headline about talks and a prisoner exchange is about the talks).",
        )
        .changed()
    {
        let label = if remarks { "take remarks" } else { "stop taking remarks" };
        edit(actions, label, &id, move |t| t.remarks = remarks);
    }
    ui.add_space(8.0);
    let chosen = if app.ui.topic_lang.is_empty() { "en" } else { app.ui.topic_lang.as_str() }.to_string();
    ui.horizontal(|ui| {
        ui.label("Words in");
        for (code, name) in LANGUAGES {
            if ui.selectable_label(chosen == code, name).clicked() {
                app.ui.topic_lang = code.to_string();
            }
        }
    });
    let lang = if app.ui.topic_lang.is_empty() { "en".to_string() } else { app.ui.topic_lang.clone() };
    if lang == "uk" {
        ui.label(
            RichText::new("Ukrainian has no stemmer: words match as written; end one with * to match its endings.")
                .weak(),
        );
    }
    ui.add_space(4.0);
    for (which, title, help) in [
        (
            List::Terms,
            "Terms",
            "Each puts a statement in this topic on its own. Words match every form (“negotiation” finds “negotiated”); end with * to match any word starting so, start with = for only that word; … stands for up to six words (“halt … strikes”).",
        ),
        (
            List::Related,
            "Related words",
            "Weaker: a statement needs two of them, or its sentence must be about the topic too.",
        ),
        (
            List::Opposite,
            "Named the other way round",
            "Phrases whose supporters are against the proposition (“lifting sanctions”, “neutrality”).",
        ),
    ] {
        let items = which.get(topic).get(&lang).cloned().unwrap_or_default();
        word_list(ui, app, &id, &lang, which, title, help, &items, actions);
        ui.add_space(8.0);
    }
    ui.separator();
    let pos = lex.position(&id).unwrap_or(0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(pos > 0, egui::Button::new("Move up"))
            .on_hover_text("Rows of the comparison follow this order")
            .clicked()
        {
            actions.push(Action::MoveTopic(id.clone(), -1));
        }
        if ui.add_enabled(pos + 1 < lex.topics.len(), egui::Button::new("Move down")).clicked() {
            actions.push(Action::MoveTopic(id.clone(), 1));
        }
    });
    ui.add_space(6.0);
    if ui
        .button(RichText::new("Delete topic").color(egui::Color32::from_rgb(0xb0, 0x20, 0x20)))
        .on_hover_text("Its statements move to other topics or Other (undo brings it back)")
        .clicked()
    {
        actions.push(Action::DeleteTopic(id));
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    Terms,
    Related,
    Opposite,
}

impl List {
    fn get(self, t: &Topic) -> &PerLanguage {
        match self {
            List::Terms => &t.terms,
            List::Related => &t.related,
            List::Opposite => &t.opposite,
        }
    }

    fn get_mut(self, t: &mut Topic) -> &mut PerLanguage {
        match self {
            List::Terms => &mut t.terms,
            List::Related => &mut t.related,
            List::Opposite => &mut t.opposite,
        }
    }

    fn what(self) -> &'static str {
        match self {
            List::Terms => "term",
            List::Related => "related word",
            List::Opposite => "opposite phrase",
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn word_list(
    ui: &mut egui::Ui,
    app: &mut CounterpointApp,
    id: &str,
    lang: &str,
    which: List,
    title: &str,
    help: &str,
    items: &[String],
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(format!("{title} ({})", items.len())).strong());
    ui.label(RichText::new(help).weak());
    ui.horizontal_wrapped(|ui| {
        for item in items {
            // the word and its × stay together on one line
            if super::style::chip(ui, item, &format!("Remove {} “{item}”", which.what())) {
                let item = item.clone();
                let lang = lang.to_string();
                edit(actions, &format!("remove {}", which.what()), id, move |t| {
                    if let Some(v) = which.get_mut(t).get_mut(&lang) {
                        v.retain(|x| *x != item);
                    }
                });
            }
        }
    });
    let input = match which {
        List::Terms => &mut app.ui.term_input,
        List::Related => &mut app.ui.related_input,
        List::Opposite => &mut app.ui.opposite_input,
    };
    ui.horizontal(|ui| {
        let l = ui.label(format!("New {}", which.what()));
        let r = ui.add(egui::TextEdit::singleline(input).desired_width(260.0)).labelled_by(l.id);
        let go = ui.button(format!("Add {}", which.what())).clicked()
            || (r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
        let v = input.trim().to_string();
        if go && !v.is_empty() {
            if !items.contains(&v) {
                let lang = lang.to_string();
                edit(actions, &format!("add {}", which.what()), id, move |t| {
                    which.get_mut(t).entry(lang).or_default().push(v)
                });
            }
            input.clear();
        }
    });
}

/// A field whose text is a draft while it has focus and is committed when
/// focus leaves: returns the trimmed text then, if it changed.
fn draft(ui: &mut egui::Ui, key: &str, id: &str, current: &str, label: egui::Id, multiline: bool) -> Option<String> {
    let mem = egui::Id::unique(key);
    let mut text = ui
        .data_mut(|d| d.get_temp::<(String, String)>(mem).filter(|(i, _)| i == id).map(|(_, t)| t))
        .unwrap_or_else(|| current.to_string());
    let edit = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(2).desired_width(520.0)
    } else {
        egui::TextEdit::singleline(&mut text).desired_width(300.0)
    };
    let r = ui.add(edit).labelled_by(label);
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

/// The topic's stance colours: for, against, neutral.
pub fn stance_colour(s: crate::topics::Stance) -> egui::Color32 {
    match s {
        // Okabe and Ito's colour-blind-safe blue and vermillion, and grey;
        // every use also says the stance in words or a shape
        crate::topics::Stance::Favor => egui::Color32::from_rgb(0x00, 0x72, 0xb2),
        crate::topics::Stance::Against => egui::Color32::from_rgb(0xd5, 0x5e, 0x00),
        crate::topics::Stance::Neutral => egui::Color32::from_rgb(0x6a, 0x6a, 0x6a),
    }
}

/// The word on a stance marker.
pub fn stance_word(s: crate::topics::Stance) -> &'static str {
    match s {
        crate::topics::Stance::Favor => "FOR",
        crate::topics::Stance::Against => "AGAINST",
        crate::topics::Stance::Neutral => "NEUTRAL",
    }
}

/// A small coloured stance marker; outlined (not filled) when it is only a
/// suggestion of the model.
pub fn stance_badge(ui: &mut egui::Ui, s: crate::topics::Stance, suggested: bool, hover: &str) -> egui::Response {
    let c = stance_colour(s);
    let text = stance_word(s);
    let frame =
        if suggested { egui::Frame::new().stroke(egui::Stroke::new(1.0, c)) } else { egui::Frame::new().fill(c) };
    let label = if suggested { format!("{text}?") } else { text.to_string() };
    frame
        .inner_margin(egui::Margin::symmetric(4, 1))
        .corner_radius(3.0)
        .show(ui, |ui| {
            ui.label(RichText::new(label).size(9.5).strong().color(if suggested { c } else { egui::Color32::WHITE }));
        })
        .response
        .on_hover_text(hover)
}
