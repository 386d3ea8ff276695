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
    let Some(article) = app.ws.article(&key.article).cloned() else { return };
    let cat = &app.ws.session.catalogue;

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
        if e.suggestion.is_some() {
            style::badge(ui, "SUGGESTED", "Topics or stance suggested by what was learnt from your corrections");
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

        // the office that decided the actor, on the article's date
        if let Some(role) = &e.statement.role {
            ui.label("Role");
            let date = article.date.as_deref().map(crate::ingest::display_date).unwrap_or_default();
            ui.label(role.as_str()).on_hover_text(format!(
                "The catalogue dates this speaker's offices; on {date} this one applied, so the statement goes to {}.",
                current.map_or("no actor", |a| a.name.as_str())
            ));
            ui.end_row();
        }

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

        // how extraction found it and how sure it is
        ui.label("Found by");
        if e.statement.rule.is_empty() {
            ui.label(RichText::new("you, by hand").weak());
        } else {
            ui.label(format!("the rule “{}”", e.statement.rule));
        }
        ui.end_row();
        if !e.statement.rule.is_empty() {
            ui.label("Sure");
            ui.vertical(|ui| {
                let sure = e.statement.confidence;
                let doubtful = sure < crate::extract::confidence::CHECK_BELOW;
                let reviewed = crate::compare::reviewed(&e);
                let head = if doubtful && !reviewed {
                    RichText::new(format!("? {sure}% — check first")).color(super::check::DOUBT).strong()
                } else if doubtful {
                    RichText::new(format!("{sure}% — reviewed by you"))
                } else {
                    RichText::new(format!("{sure}%"))
                };
                ui.label(head);
                // why, when it is in doubt
                if doubtful {
                    for w in crate::extract::confidence::doubts(&e.statement, &article.text, &article.lang.0) {
                        ui.label(RichText::new(format!("• {w}")).small().weak());
                    }
                }
            });
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

    also_reported(ui, app, &key, &e, actions);
    ui.add_space(6.0);
    topics_and_stance(ui, app, &key, &e, &article.text, actions);
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

/// The same remark as other articles carried it: each version with its
/// outlet and date, its words against this one's marked (added words
/// underlined, words this one has and it lacks struck through), and the
/// analyst's way out of a wrong group.
fn also_reported(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    key: &crate::session::StatementKey,
    e: &crate::workspace::Entry,
    actions: &mut Vec<Action>,
) {
    let groups = &app.ws.groups;
    let others: Vec<_> = groups.others(key).cloned().collect();
    if others.is_empty() {
        return;
    }
    let outlet_of = |k: &crate::session::StatementKey| {
        app.ws.article(&k.article).map(|a| a.outlet.clone()).filter(|o| !o.is_empty())
    };
    let mut outlets: Vec<String> = groups.members(key).iter().filter_map(outlet_of).collect();
    outlets.sort();
    outlets.dedup();
    let head = if outlets.len() > 1 {
        format!("Reported by {} outlets ({} versions)", outlets.len(), others.len() + 1)
    } else {
        format!("Reported {} times", others.len() + 1)
    };
    ui.add_space(6.0);
    // versions in the same words are listed once, with every outlet that
    // carried them
    let mut wordings: Vec<(String, Vec<crate::session::StatementKey>)> = Vec::new();
    let mut same_as_this: Vec<crate::session::StatementKey> = Vec::new();
    for k in &others {
        let Some(o) = app.ws.entry(k) else { continue };
        if o.text == e.text {
            same_as_this.push(k.clone());
        } else if let Some((_, ks)) = wordings.iter_mut().find(|(t, _)| *t == o.text) {
            ks.push(k.clone());
        } else {
            wordings.push((o.text.clone(), vec![k.clone()]));
        }
    }
    let carriers = |keys: &[crate::session::StatementKey]| -> String {
        let mut list: Vec<String> = keys
            .iter()
            .filter_map(|k| app.ws.article(&k.article))
            .map(|a| {
                let outlet = if a.outlet.is_empty() { "unknown outlet" } else { a.outlet.as_str() };
                match &a.date {
                    Some(d) => format!("{outlet} {}", crate::ingest::display_date(d)),
                    None => outlet.to_string(),
                }
            })
            .collect();
        let more = list.len().saturating_sub(6);
        list.truncate(6);
        let mut s = list.join(", ");
        if more > 0 {
            s.push_str(&format!(" and {more} more"));
        }
        s
    };
    egui::CollapsingHeader::new(RichText::new(head).strong()).id_salt("also-reported").default_open(true).show(
        ui,
        |ui| {
            if !same_as_this.is_empty() {
                ui.label(RichText::new(format!("In these words also: {}", carriers(&same_as_this))).small());
            }
            if !wordings.is_empty() {
                ui.label(
                    RichText::new(
                        "Other wordings; underlined: words this one lacks; struck through: words only this one has.",
                    )
                    .small()
                    .weak(),
                );
            }
            for (_, keys) in &wordings {
                let Some(o) = app.ws.entry(&keys[0]) else { continue };
                ui.separator();
                ui.label(RichText::new(carriers(keys)).small().strong());
                ui.add(egui::Label::new(diff_job(ui, &e.text, &o.text)).wrap());
                ui.horizontal(|ui| {
                    if ui.small_button("Open").on_hover_text("Show this version in the inspector").clicked() {
                        actions.push(Action::Select(Some(keys[0].clone())));
                    }
                    if ui
                        .small_button("Not the same remark")
                        .on_hover_text("Split the versions in these words off the group (undo with Ctrl+Z)")
                        .clicked()
                    {
                        actions.push(Action::SplitFromGroup(keys.clone()));
                    }
                });
            }
            ui.separator();
            if ui
                .button("Split this one off")
                .on_hover_text("This statement is not the remark the others report; it stands alone from now on")
                .clicked()
            {
                actions.push(Action::SplitFromGroup(vec![key.clone()]));
            }
        },
    );
}

/// `other` with its differences from `base` marked.
fn diff_job(ui: &egui::Ui, base: &str, other: &str) -> LayoutJob {
    let mut job = LayoutJob::default();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    for (tag, piece) in crate::grouping::word_diff(base, other) {
        let fmt = match tag {
            crate::grouping::Diff::Same => TextFormat { font_id: font.clone(), color: colour, ..Default::default() },
            crate::grouping::Diff::Added => TextFormat {
                font_id: font.clone(),
                color: colour,
                underline: egui::Stroke::new(1.5, ui.visuals().selection.bg_fill),
                background: ui.visuals().selection.bg_fill.gamma_multiply(0.25),
                ..Default::default()
            },
            crate::grouping::Diff::Dropped => TextFormat {
                font_id: font.clone(),
                color: weak,
                strikethrough: egui::Stroke::new(1.0, weak),
                ..Default::default()
            },
        };
        job.append(&piece, 0.0, fmt);
    }
    job
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

/// Topics (tick to change), and for each topic with a proposition the
/// stance with the words that decided it and a For / Against / Neutral
/// choice; a suggestion of the model with Accept / Keep.
fn topics_and_stance(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    key: &crate::session::StatementKey,
    e: &crate::workspace::Entry,
    text: &str,
    actions: &mut Vec<Action>,
) {
    use crate::topics::{Place, Stance, TermKind};
    let lex = &app.ws.session.topics;
    let annotation = app.ws.session.annotations.get(key);
    // the rules' reading of the statement as extraction found it, with the
    // user's topics when they set some
    let analysed = e.extracted.as_ref().unwrap_or(&e.statement);
    let analysis = lex.explain(text, analysed);
    ui.label(RichText::new("Topics and stance").strong());
    if let Some(sg) = &e.suggestion {
        egui::Frame::new()
            .stroke(egui::Stroke::new(1.0, ui.visuals().selection.stroke.color))
            .corner_radius(4.0)
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.label(RichText::new("Suggested from your corrections").strong());
                let rules: Vec<String> =
                    analysed.topics.iter().map(|t| lex.topic(t).map_or(t.clone(), |x| x.name.clone())).collect();
                ui.label(
                    RichText::new(format!(
                        "The rules read: {}.",
                        if rules.is_empty() { "no topic".to_string() } else { rules.join(", ") }
                    ))
                    .weak(),
                );
                if !sg.because.is_empty() {
                    let words: Vec<String> = sg.because.iter().map(|w| format!("“{w}”")).collect();
                    ui.label(RichText::new(format!("Words that weighed most: {}", words.join(", "))).weak());
                }
                ui.horizontal(|ui| {
                    if ui.button("Accept suggestion").on_hover_text("Make it your own choice").clicked() {
                        actions.push(Action::AcceptSuggestion(key.clone()));
                    }
                    if ui.button("Keep the rules' reading").clicked() {
                        actions.push(Action::RejectSuggestion(key.clone()));
                    }
                });
            });
        ui.add_space(4.0);
    }
    for (ti, t) in lex.topics.iter().enumerate() {
        let on = e.statement.topics.contains(&t.id);
        ui.horizontal_wrapped(|ui| {
            let mut tick = on;
            let cb = ui.checkbox(&mut tick, &t.name);
            let cb = if t.has_stance() { cb.on_hover_text(format!("For means: {}", t.proposition)) } else { cb };
            if cb.changed() {
                let mut topics: Vec<String> = e.statement.topics.clone();
                if tick {
                    topics.push(t.id.clone());
                } else {
                    topics.retain(|x| *x != t.id);
                }
                // keep lexicon order
                let order: Vec<&str> = lex.topics.iter().map(|x| x.id.as_str()).collect();
                topics.sort_by_key(|x| order.iter().position(|o| o == x).unwrap_or(usize::MAX));
                actions.push(Action::SetTopics(key.clone(), topics));
            }
            if on && let Some(f) = analysis.finding(ti) {
                let words: Vec<String> = f
                    .evidence
                    .iter()
                    .map(|ev| match ev.place {
                        Place::Statement => {
                            let w = format!("“{}”", ev.span.text(text));
                            if ev.kind == TermKind::Related { format!("{w} (related)") } else { w }
                        }
                        Place::Context => "its sentence".into(),
                        Place::Headline => "the headline".into(),
                    })
                    .collect();
                ui.label(RichText::new(format!("found by {}", words.join(", "))).small().weak());
            }
        });
        if !(on && t.has_stance()) {
            continue;
        }
        let current = e.statement.stance.get(&t.id).copied().unwrap_or(Stance::Neutral);
        let by_user = annotation.is_some_and(|a| a.stance.contains_key(&t.id))
            || e.extracted.is_none() && e.statement.stance.contains_key(&t.id);
        // wrapped: "set by you · Reset" goes to the next line rather than
        // widening the inspector (which would narrow every column)
        ui.horizontal_wrapped(|ui| {
            ui.add_space(22.0);
            ui.label(RichText::new("Stance").small());
            for s in Stance::ALL {
                let name = match s {
                    Stance::Favor => "For",
                    Stance::Against => "Against",
                    Stance::Neutral => "Neutral",
                };
                let r = ui
                    .selectable_label(current == s, RichText::new(name).color(super::topics::stance_colour(s)))
                    .accessible_name(format!("{name}: {}", t.name))
                    .on_hover_text(format!("{} toward: {}", name, t.proposition));
                if r.clicked() && current != s {
                    actions.push(Action::SetStance(key.clone(), t.id.clone(), Some(s)));
                }
            }
            if by_user {
                ui.label(RichText::new("set by you").small().italics());
                if e.extracted.is_some()
                    && ui
                        .small_button("Reset")
                        .on_hover_text("Back to the stance read from the words")
                        .accessible_name(format!("Reset stance: {}", t.name))
                        .clicked()
                {
                    actions.push(Action::SetStance(key.clone(), t.id.clone(), None));
                }
            } else if e.suggestion.as_ref().is_some_and(|sg| sg.stance.contains_key(&t.id)) {
                ui.label(RichText::new("suggested").small().italics());
            }
        });
        // the words that decided it (the rules' reading)
        let why = analysis.finding(ti).and_then(|f| f.stance.as_ref()).map(|st| {
            let reasons: Vec<String> = st.reasons.iter().map(|r| crate::topics::stance::describe(r, text)).collect();
            if reasons.is_empty() {
                format!("read as {}: no cue word", st.stance.label())
            } else {
                format!("read as {}: {}", st.stance.label(), reasons.join("; "))
            }
        });
        if let Some(why) = why {
            ui.horizontal_wrapped(|ui| {
                ui.add_space(22.0);
                ui.label(RichText::new(why).small().weak());
            });
        }
    }
}
