//! The window's parts. Each view reads the app and pushes actions.

pub mod actors;
pub mod article;
pub mod compare;
pub mod inspector;
pub mod statements;
pub mod style;
pub mod topics;
pub mod welcome;

use super::{Action, CounterpointApp, Dialog, Level, UnsavedChoice};
use crate::extract::Kind;
use crate::session::ViewKind;
use egui::{Key, KeyboardShortcut, Modifiers, RichText};

const OPEN_ARTICLES: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const OPEN_SESSION: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::O);
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

pub const SEARCH_ID: &str = "counterpoint-search";

/// Keyboard shortcuts, checked before any widget takes the keys.
pub fn shortcuts(ctx: &egui::Context, app: &CounterpointApp, actions: &mut Vec<Action>) {
    let typing = ctx.egui_wants_keyboard_input();
    ctx.input_mut(|i| {
        if i.consume_shortcut(&OPEN_SESSION) {
            actions.push(Action::OpenSessionDialog);
        }
        if i.consume_shortcut(&OPEN_ARTICLES) {
            actions.push(Action::OpenArticlesDialog);
        }
        if i.consume_shortcut(&SAVE_AS) {
            actions.push(Action::SaveAs);
        }
        if i.consume_shortcut(&SAVE) {
            actions.push(Action::Save);
        }
        if i.consume_shortcut(&NEW) {
            actions.push(Action::NewSession);
        }
        // in a text field, undo belongs to the field
        if !typing {
            if i.consume_shortcut(&REDO) || i.consume_shortcut(&REDO_Y) {
                actions.push(Action::Redo);
            }
            if i.consume_shortcut(&UNDO) {
                actions.push(Action::Undo);
            }
            for (n, view) in [
                (Key::Num1, ViewKind::Compare),
                (Key::Num2, ViewKind::Statements),
                (Key::Num3, ViewKind::Article),
                (Key::Num4, ViewKind::Actors),
                (Key::Num5, ViewKind::Topics),
            ] {
                if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, n)) {
                    actions.push(Action::SetView(view));
                }
            }
            if app.selected.is_some() && i.consume_key(Modifiers::NONE, Key::Escape) {
                actions.push(Action::Select(None));
            }
            if let Some(k) = &app.selected
                && i.consume_key(Modifiers::NONE, Key::Delete)
            {
                let hidden = app.ws.entry(k).is_some_and(|e| e.hidden);
                actions.push(Action::SetHidden(k.clone(), !hidden));
            }
        }
    });
    if ctx.input_mut(|i| i.consume_shortcut(&FIND)) {
        ctx.memory_mut(|m| m.request_focus(egui::Id::unique(SEARCH_ID)));
    }
}

/// Files and folders dropped on the window.
pub fn dropped_files(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let paths: Vec<std::path::PathBuf> = ctx.input(|i| {
        i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
    });
    if !paths.is_empty() {
        actions.push(Action::OpenPaths(paths));
    }
}

/// The whole window.
pub fn layout(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    egui::Panel::top("menu").show(ui, |ui| menu_bar(ui, app, actions));
    egui::Panel::bottom("status").show(ui, |ui| status_bar(ui, app, actions));
    let empty = app.ws.session.articles.is_empty();
    if empty {
        egui::CentralPanel::default().show(ui, |ui| welcome::show(ui, app, actions));
        notices(ui.ctx(), app, actions);
        drop_hint(ui.ctx());
        return;
    }
    egui::Panel::left("sidebar").resizable(true).default_size(270.0).size_range(190.0..=440.0).show(ui, |ui| {
        articles_list(ui, app, actions);
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("filters")
            .auto_shrink([false, false])
            .show(ui, |ui| filters_panel(ui, app, actions));
    });
    if app.selected.is_some() && !matches!(app.ws.session.view.view, ViewKind::Actors | ViewKind::Topics) {
        egui::Panel::right("inspector").resizable(true).default_size(340.0).size_range(260.0..=560.0).show(ui, |ui| {
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| inspector::show(ui, app, actions));
        });
    }
    egui::CentralPanel::default().show(ui, |ui| match app.ws.session.view.view {
        ViewKind::Compare => compare::show(ui, app, actions),
        ViewKind::Statements => statements::show(ui, app, actions),
        ViewKind::Article => article::show(ui, app, actions),
        ViewKind::Actors => actors::show(ui, app, actions),
        ViewKind::Topics => topics::show(ui, app, actions),
    });
    notices(ui.ctx(), app, actions);
    drop_hint(ui.ctx());
}

fn menu_bar(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui
                .add(egui::Button::new("Open articles…").shortcut_text(ui.ctx().format_shortcut(&OPEN_ARTICLES)))
                .clicked()
            {
                actions.push(Action::OpenArticlesDialog);
            }
            if ui
                .add(egui::Button::new("Open session…").shortcut_text(ui.ctx().format_shortcut(&OPEN_SESSION)))
                .clicked()
            {
                actions.push(Action::OpenSessionDialog);
            }
            let recent: Vec<_> = app.prefs.existing_recent().cloned().collect();
            ui.add_enabled_ui(!recent.is_empty(), |ui| {
                ui.menu_button("Open recent", |ui| {
                    for p in recent {
                        if ui.button(p.display().to_string()).clicked() {
                            actions.push(Action::OpenSession(p));
                        }
                    }
                });
            });
            if ui.button("Try the samples").clicked() {
                actions.push(Action::TrySamples);
            }
            ui.separator();
            if ui.add(egui::Button::new("New session").shortcut_text(ui.ctx().format_shortcut(&NEW))).clicked() {
                actions.push(Action::NewSession);
            }
            if ui.add(egui::Button::new("Save session").shortcut_text(ui.ctx().format_shortcut(&SAVE))).clicked() {
                actions.push(Action::Save);
            }
            if ui.add(egui::Button::new("Save session as…").shortcut_text(ui.ctx().format_shortcut(&SAVE_AS))).clicked()
            {
                actions.push(Action::SaveAs);
            }
            ui.separator();
            ui.add_enabled_ui(!app.ws.session.articles.is_empty(), |ui| {
                ui.menu_button("Export", |ui| {
                    for kind in [super::ExportKind::Markdown, super::ExportKind::Csv, super::ExportKind::Jsonl] {
                        let label = match kind {
                            super::ExportKind::Markdown => "Comparison as a Markdown report…",
                            super::ExportKind::Csv => "Statements as CSV…",
                            super::ExportKind::Jsonl => "Statements as JSON Lines…",
                        };
                        if ui.button(label).on_hover_text("Exports what the views show: the filters apply").clicked() {
                            actions.push(Action::Export(kind));
                        }
                    }
                });
            });
            ui.separator();
            if ui.button("Quit").clicked() {
                actions.push(Action::Close);
            }
        });
        ui.menu_button("Edit", |ui| {
            let undo = app.ws.undo_label().map_or("Undo".to_string(), |l| format!("Undo {l}"));
            if ui
                .add_enabled(app.ws.can_undo(), egui::Button::new(undo).shortcut_text(ui.ctx().format_shortcut(&UNDO)))
                .clicked()
            {
                actions.push(Action::Undo);
            }
            let redo = app.ws.redo_label().map_or("Redo".to_string(), |l| format!("Redo {l}"));
            if ui
                .add_enabled(app.ws.can_redo(), egui::Button::new(redo).shortcut_text(ui.ctx().format_shortcut(&REDO)))
                .clicked()
            {
                actions.push(Action::Redo);
            }
            ui.separator();
            if let Some(k) = &app.selected {
                let hidden = app.ws.entry(k).is_some_and(|e| e.hidden);
                if ui.button(if hidden { "Restore statement" } else { "Hide statement" }).clicked() {
                    actions.push(Action::SetHidden(k.clone(), !hidden));
                }
            }
            if ui.add(egui::Button::new("Find").shortcut_text(ui.ctx().format_shortcut(&FIND))).clicked() {
                ui.ctx().memory_mut(|m| m.request_focus(egui::Id::unique(SEARCH_ID)));
            }
        });
        ui.menu_button("View", |ui| {
            for (v, name, key) in [
                (ViewKind::Compare, "Compare", "1"),
                (ViewKind::Statements, "Statements", "2"),
                (ViewKind::Article, "Article", "3"),
                (ViewKind::Actors, "Actors", "4"),
                (ViewKind::Topics, "Topics", "5"),
            ] {
                let shortcut = ui.ctx().format_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key_for(key)));
                if ui
                    .add(egui::Button::selectable(app.ws.session.view.view == v, name).shortcut_text(shortcut))
                    .clicked()
                {
                    actions.push(Action::SetView(v));
                }
            }
            ui.separator();
            let mut group = app.ws.session.view.group_by_bloc;
            if ui.checkbox(&mut group, "Group actors by bloc").changed() {
                actions.push(Action::SetGroupByBloc(group));
            }
            let mut none = app.ws.session.view.filters.show_unattributed;
            if ui.checkbox(&mut none, "Show statements with no actor").changed() {
                actions.push(Action::SetShowUnattributed(none));
            }
            let mut hidden = app.ws.session.view.filters.show_hidden;
            if ui.checkbox(&mut hidden, "Show hidden statements").changed() {
                actions.push(Action::SetShowHidden(hidden));
            }
            ui.separator();
            egui::gui_zoom::zoom_menu_buttons(ui);
        });
        ui.menu_button("Actors", |ui| {
            if ui.button("New actor…").clicked() {
                actions.push(Action::NewActorDialog(None));
            }
            if ui.button("Edit actors…").clicked() {
                actions.push(Action::SetView(ViewKind::Actors));
            }
            if ui.button("Show all actors").clicked() {
                actions.push(Action::ShowAllActors);
            }
        });
        ui.menu_button("Topics", |ui| {
            if ui.button("Edit topics…").clicked() {
                actions.push(Action::SetView(ViewKind::Topics));
            }
            let n = app.ws.suggestion_count();
            ui.label(RichText::new(format!("{n} statements show a suggestion learnt from your corrections")).weak());
        });
        ui.menu_button("Help", |ui| {
            ui.label(RichText::new(format!("Counterpoint {}", env!("CARGO_PKG_VERSION"))).strong());
            ui.label("Compare what political actors say, topic by topic.");
            ui.separator();
            ui.label("Click a statement to inspect and correct it.");
            ui.label("Select text in the Article view to add a statement by hand.");
            ui.label("Drop article files or folders on the window to open them.");
        });

        ui.separator();
        if !app.ws.session.articles.is_empty() {
            for (v, name) in [
                (ViewKind::Compare, "Compare"),
                (ViewKind::Statements, "Statements"),
                (ViewKind::Article, "Article"),
                (ViewKind::Actors, "Actors"),
                (ViewKind::Topics, "Topics"),
            ] {
                if ui.selectable_label(app.ws.session.view.view == v, name).clicked() {
                    actions.push(Action::SetView(v));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let mut search = app.ws.session.view.filters.search.clone();
                if !search.is_empty() && ui.small_button("Clear").on_hover_text("Clear the filter").clicked() {
                    actions.push(Action::SetSearch(String::new()));
                }
                let edit = ui.add(
                    egui::TextEdit::singleline(&mut search)
                        .id(egui::Id::unique(SEARCH_ID))
                        .hint_text("words, speaker, note… (Ctrl+F)")
                        .desired_width(240.0),
                );
                let label = ui.label("Filter");
                let edit = edit.labelled_by(label.id);
                if edit.changed() {
                    actions.push(Action::SetSearch(search));
                }
            });
        }
    });
}

fn key_for(n: &str) -> Key {
    match n {
        "1" => Key::Num1,
        "2" => Key::Num2,
        "3" => Key::Num3,
        "4" => Key::Num4,
        _ => Key::Num5,
    }
}

fn status_bar(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        if let Some(job) = app.jobs.running.first() {
            let done = job.done.load(std::sync::atomic::Ordering::Relaxed);
            let total = job.total.load(std::sync::atomic::Ordering::Relaxed).max(1);
            ui.add(egui::ProgressBar::new(done as f32 / total as f32).desired_width(180.0).show_percentage());
            ui.label(format!("{}… {done}/{total}", job.label));
            if job.cancellable && ui.button("Cancel").clicked() {
                actions.push(Action::CancelJobs);
            }
            ui.separator();
        }
        let c = &app.cmp;
        if !app.ws.session.articles.is_empty() {
            let shown_articles = app.ws.session.articles.len() - app.ws.session.view.filters.excluded_articles.len();
            ui.label(format!(
                "{} of {} statements shown · {} actors · {} of {} articles",
                c.list.len(),
                c.total,
                c.columns.iter().filter(|c| c.actor.is_some()).count(),
                shown_articles,
                app.ws.session.articles.len()
            ));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let state = if app.ws.is_dirty() {
                "unsaved changes"
            } else if app.session_path.is_some() {
                "saved"
            } else {
                ""
            };
            ui.label(RichText::new(state).weak());
        });
    });
}

/// The article list: only the rows in view are drawn, so thousands of
/// articles cost nothing.
fn articles_list(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) {
    let ws = &app.ws;
    let view = &ws.session.view;
    ui.horizontal(|ui| {
        style::section(ui, &format!("ARTICLES ({})", ws.session.articles.len()));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("Open…").on_hover_text("Open more articles").clicked() {
                actions.push(Action::OpenArticlesDialog);
            }
        });
    });
    let row_h = 36.0;
    let n = ws.session.articles.len();
    let height = (n as f32 * (row_h + ui.spacing().item_spacing.y)).min(ui.available_height() * 0.45).max(row_h);
    egui::ScrollArea::vertical().id_salt("article-list").max_height(height).auto_shrink([false, true]).show_rows(
        ui,
        row_h,
        n,
        |ui, range| {
            for i in range {
                let a = &ws.session.articles[i];
                ui.horizontal(|ui| {
                    ui.set_height(row_h);
                    let mut included = !view.filters.excluded_articles.contains(&a.id);
                    let cb = ui.checkbox(&mut included, "").on_hover_text("Include this article in the comparison");
                    if cb.changed() {
                        actions.push(Action::ToggleArticle(a.id.clone()));
                    }
                    ui.vertical(|ui| {
                        let open = view.view == ViewKind::Article && view.article.as_ref() == Some(&a.id);
                        let r = ui
                            .add(egui::Button::selectable(open, RichText::new(&a.title).size(12.5)).truncate())
                            .on_hover_text(format!("{}\n{}", a.title, a.source));
                        if r.clicked() {
                            actions.push(Action::OpenArticle(a.id.clone()));
                        }
                        r.context_menu(|ui| {
                            if ui.button("Remove from session").clicked() {
                                actions.push(Action::RemoveArticle(a.id.clone()));
                            }
                        });
                        let mut meta = Vec::new();
                        if a.lang.is_known() {
                            meta.push(a.lang.tag());
                        }
                        if !a.outlet.is_empty() {
                            meta.push(a.outlet.clone());
                        }
                        if let Some(d) = &a.date {
                            meta.push(crate::ingest::display_date(d));
                        }
                        let count = ws.entries[i].iter().filter(|x| !x.hidden).count();
                        if a.lang.is_read() {
                            meta.push(format!("{count} statements"));
                        } else {
                            meta.push(format!("{}: not read", a.lang.label()));
                        }
                        ui.add(egui::Label::new(RichText::new(meta.join(" · ")).small().weak()).truncate())
                            .on_hover_text(if a.lang.is_read() {
                                a.lang.label()
                            } else {
                                format!(
                                    "{}: extraction reads English, Russian and Ukrainian; mark statements by hand in the Article view",
                                    a.lang.label()
                                )
                            });
                    });
                });
            }
        },
    );
}

/// Actors, topics and kinds: what the views show.
fn filters_panel(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) {
    let ws = &app.ws;
    let view = &ws.session.view;
    ui.horizontal(|ui| {
        style::section(ui, "ACTORS");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("New…").on_hover_text("Define a new actor").clicked() {
                actions.push(Action::NewActorDialog(None));
            }
        });
    });
    let order = crate::compare::actor_order(ws);
    let counts = actor_counts(app);
    let mut last_group = None;
    for (pos, &i) in order.iter().enumerate() {
        let a = &ws.session.catalogue.actors[i];
        if view.group_by_bloc && last_group != Some(a.group.as_str()) {
            ui.label(RichText::new(&a.group).small().italics().weak());
            last_group = Some(a.group.as_str());
        }
        ui.horizontal(|ui| {
            let mut visible = !view.hidden_actors.contains(&a.id);
            if ui.checkbox(&mut visible, "").on_hover_text(format!("Show {} as a column", a.name)).changed() {
                actions.push(Action::ToggleActor(a.id.clone()));
            }
            style::swatch(ui, a.colour.0);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.spacing_mut().item_spacing.x = 2.0;
                if ui
                    .add_enabled(pos + 1 < order.len(), egui::Button::new(RichText::new("▶").size(10.0)).small())
                    .on_hover_text(format!("Move {} right", a.name))
                    .clicked()
                {
                    actions.push(Action::MoveActor(a.id.clone(), 1));
                }
                if ui
                    .add_enabled(pos > 0, egui::Button::new(RichText::new("◀").size(10.0)).small())
                    .on_hover_text(format!("Move {} left", a.name))
                    .clicked()
                {
                    actions.push(Action::MoveActor(a.id.clone(), -1));
                }
                ui.label(RichText::new(counts.get(&a.id).copied().unwrap_or(0).to_string()).weak());
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(egui::Label::new(&a.name).truncate());
                });
            });
        });
    }
    let mut group = view.group_by_bloc;
    if ui.checkbox(&mut group, "Group by bloc").changed() {
        actions.push(Action::SetGroupByBloc(group));
    }
    let mut none = view.filters.show_unattributed;
    if ui.checkbox(&mut none, "Show statements with no actor").changed() {
        actions.push(Action::SetShowUnattributed(none));
    }

    ui.separator();
    ui.horizontal(|ui| {
        style::section(ui, "TOPICS");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("Edit…").on_hover_text("Add, rename and edit topics").clicked() {
                actions.push(Action::SetView(ViewKind::Topics));
            }
        });
    });
    for t in &ws.session.topics.topics {
        let mut on = !view.filters.hidden_topics.contains(&t.id);
        if ui.checkbox(&mut on, &t.name).changed() {
            actions.push(Action::ToggleTopic(t.id.clone()));
        }
    }
    let mut other = !view.filters.hidden_topics.iter().any(String::is_empty);
    if ui.checkbox(&mut other, "Other (no topic)").changed() {
        actions.push(Action::ToggleTopic(String::new()));
    }

    ui.separator();
    style::section(ui, "KIND");
    for (k, name) in [(Kind::Direct, "Direct quotes"), (Kind::Mixed, "Mixed"), (Kind::Indirect, "Reported speech")] {
        let mut on = !view.filters.hidden_kinds.contains(&k);
        if ui.checkbox(&mut on, name).changed() {
            actions.push(Action::ToggleKind(k));
        }
    }
    let mut hidden = view.filters.show_hidden;
    if ui.checkbox(&mut hidden, "Show hidden statements").changed() {
        actions.push(Action::SetShowHidden(hidden));
    }

    // the languages of the articles, each with how many
    let mut langs: Vec<(String, usize)> = Vec::new();
    for a in &ws.session.articles {
        match langs.iter_mut().find(|(c, _)| *c == a.lang.0) {
            Some((_, n)) => *n += 1,
            None => langs.push((a.lang.0.clone(), 1)),
        }
    }
    if !langs.is_empty() {
        langs.sort_by_key(|(c, _)| {
            (crate::lang::READ.iter().position(|r| r == c).unwrap_or(crate::lang::READ.len()), c.clone())
        });
        ui.separator();
        style::section(ui, "LANGUAGE");
        for (code, n) in langs {
            let lang = crate::lang::Language(code.clone());
            let mut on = !view.filters.hidden_languages.contains(&code);
            let label = format!("{} ({n})", lang.label());
            let r = ui.checkbox(&mut on, label);
            let r = if lang.is_read() {
                r
            } else {
                r.on_hover_text("Extraction reads English, Russian and Ukrainian: no statements are found in these")
            };
            if r.changed() {
                actions.push(Action::ToggleLanguage(code));
            }
        }
    }
}

/// Statements per actor among the included articles, before the actor
/// filter (so a hidden actor's count still shows).
fn actor_counts(app: &CounterpointApp) -> std::collections::HashMap<String, usize> {
    let mut m = std::collections::HashMap::new();
    let filters = &app.ws.session.view.filters;
    for (i, a) in app.ws.session.articles.iter().enumerate() {
        if filters.excluded_articles.contains(&a.id) || filters.hidden_languages.contains(&a.lang.0) {
            continue;
        }
        for e in &app.ws.entries[i] {
            if e.hidden {
                continue;
            }
            if let Some(id) = &e.statement.actor {
                *m.entry(id.clone()).or_insert(0) += 1;
            }
        }
    }
    m
}

/// Messages, stacked at the bottom right until dismissed.
fn notices(ctx: &egui::Context, app: &CounterpointApp, actions: &mut Vec<Action>) {
    if app.notices.is_empty() {
        return;
    }
    egui::Area::new(egui::Id::unique("notices"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -36.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.set_max_width(460.0);
            for (i, n) in app.notices.iter().enumerate().rev() {
                let fill = match n.level {
                    Level::Error => egui::Color32::from_rgb(0xfd, 0xec, 0xea),
                    Level::Info => egui::Color32::from_rgb(0xea, 0xf2, 0xfb),
                };
                egui::Frame::popup(ui.style()).fill(fill).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(&n.title).strong());
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                            if ui.small_button("Dismiss").clicked() {
                                actions.push(Action::DismissNotice(i));
                            }
                        });
                    });
                    for l in n.lines.iter().take(8) {
                        ui.label(RichText::new(l).small());
                    }
                    if n.lines.len() > 8 {
                        ui.label(RichText::new(format!("… and {} more", n.lines.len() - 8)).small().weak());
                    }
                });
                ui.add_space(4.0);
            }
        });
}

/// A hint while files are dragged over the window.
fn drop_hint(ctx: &egui::Context) {
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let rect = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop")));
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(120));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop articles or a session to open them",
        egui::FontId::proportional(22.0),
        egui::Color32::WHITE,
    );
}

/// Modal dialogs.
pub fn dialogs(ctx: &egui::Context, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    let mut resolve = None;
    let mut close = false;
    match &mut app.dialog {
        None => {}
        Some(Dialog::Unsaved(_)) => {
            let name = app.session_name();
            egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
                ui.set_width(380.0);
                ui.heading("Save changes?");
                ui.label(format!("{name} has changes that are not saved. Save them before going on?"));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        resolve = Some(UnsavedChoice::Save);
                    }
                    if ui.button("Discard").clicked() {
                        resolve = Some(UnsavedChoice::Discard);
                    }
                    if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                        resolve = Some(UnsavedChoice::Cancel);
                    }
                });
            });
        }
        Some(Dialog::NewActor { name, group, colour, assign }) => {
            let groups: Vec<String> = {
                let mut g: Vec<String> = app.ws.session.catalogue.actors.iter().map(|a| a.group.clone()).collect();
                g.dedup();
                g.sort();
                g.dedup();
                g
            };
            egui::Modal::new(egui::Id::unique("new-actor")).show(ctx, |ui| {
                ui.set_width(360.0);
                ui.heading("New actor");
                egui::Grid::new("new-actor-grid").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
                    let l = ui.label("Name");
                    let r = ui
                        .add(egui::TextEdit::singleline(name).hint_text("e.g. Chinese Foreign Ministry"))
                        .labelled_by(l.id);
                    r.request_focus();
                    ui.end_row();
                    let l = ui.label("Bloc");
                    ui.horizontal(|ui| {
                        ui.add(egui::TextEdit::singleline(group).desired_width(140.0).hint_text("e.g. China"))
                            .labelled_by(l.id);
                        egui::ComboBox::from_id_salt("bloc-pick")
                            .selected_text("existing…")
                            .show_ui(ui, |ui| {
                                for g in &groups {
                                    if ui.selectable_label(false, g).clicked() {
                                        *group = g.clone();
                                    }
                                }
                            })
                            .response
                            .accessible_name("Existing blocs");
                    });
                    ui.end_row();
                    let l = ui.label("Colour");
                    ui.color_edit_button_srgb(colour).labelled_by(l.id);
                    ui.end_row();
                });
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let ok = !name.trim().is_empty();
                    let create = ui.add_enabled(ok, egui::Button::new("Create")).clicked()
                        || (ok && ui.input(|i| i.key_pressed(Key::Enter)));
                    if create {
                        actions.push(Action::CreateActor {
                            name: name.clone(),
                            group: group.clone(),
                            colour: crate::catalogue::Rgb(*colour),
                            assign: assign.clone(),
                        });
                        close = true;
                    }
                    if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                        close = true;
                    }
                });
            });
        }
        Some(Dialog::Recovery { summary }) => {
            let summary = summary.clone();
            egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
                ui.set_width(420.0);
                ui.heading("Restore unsaved work?");
                ui.label(
                    "Counterpoint did not close properly last time. A copy of the work that was not saved was kept:",
                );
                ui.label(RichText::new(summary).strong());
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        actions.push(Action::RestoreRecovery);
                    }
                    if ui.button("Discard").clicked() {
                        actions.push(Action::DiscardRecovery);
                    }
                });
            });
        }
    }
    if close {
        app.dialog = None;
    }
    if let Some(choice) = resolve {
        app.resolve_unsaved(choice);
    }
}
