//! The window's parts. Each view reads the app and pushes actions.

pub mod actors;
pub mod agreement;
pub mod article;
pub mod check;
pub mod compare;
pub mod glance;
pub mod inspector;
pub mod statements;
pub mod style;
pub mod timeline;
pub mod topics;
pub mod voices;
pub mod welcome;

use super::{Action, CounterpointApp, Dialog, Level, UnsavedChoice};
use crate::extract::Kind;
use crate::session::{StatementKey, ViewKind};
use compare::plural;
use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use std::time::Duration;

const OPEN_ARTICLES: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const OPEN_SESSION: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::O);
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
const SIDEBAR: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::B);
const HELP_KEYS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F1);

/// Every keyboard shortcut, as Help ▸ Keyboard shortcuts lists them.
pub const SHORTCUTS: &[(&str, &[(&str, &str)])] = &[
    (
        "Files",
        &[
            ("Ctrl+O", "Open articles"),
            ("Ctrl+Shift+O", "Open a session"),
            ("Ctrl+S", "Save the session"),
            ("Ctrl+Shift+S", "Save the session as"),
            ("Ctrl+N", "New session"),
        ],
    ),
    (
        "Views",
        &[
            ("Ctrl+1 … Ctrl+5", "Compare, Statements, Article, Actors, Topics"),
            ("Ctrl+6", "Check first: the statements least sure, to review"),
            ("Ctrl+7 … Ctrl+9", "Voices, Timeline, Agreement"),
            ("Ctrl+F", "Filter by words, speaker, note"),
            ("Ctrl+B", "Show or put away the sidebar"),
            ("F1", "This list"),
        ],
    ),
    (
        "Compare",
        &[
            ("← ↑ → ↓", "Move between cards"),
            ("Enter", "Open the inspector on the card"),
            ("E", "Open or close the card's cell (N more)"),
        ],
    ),
    (
        "Check first",
        &[
            ("↑ ↓ Home End", "Move through the list"),
            ("A / H / R", "Accept, hide or reassign: the statement leaves the list"),
            ("Enter", "Open the inspector on it"),
        ],
    ),
    (
        "The statement in focus",
        &[
            ("A", "Accept: mark the attribution as checked"),
            ("R", "Reassign to another actor (type to filter)"),
            ("H or Delete", "Hide, or restore"),
            ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"),
        ],
    ),
    ("Closing", &[("Escape", "Closes the innermost thing only: a menu, a list, the picker, then the inspector")]),
];

/// The statement the single-key shortcuts act on: the focused card in the
/// Compare view, the row in focus in the Check first list, else the
/// selected statement.
pub fn key_target(app: &CounterpointApp) -> Option<StatementKey> {
    if app.ws.session.view.view == ViewKind::Review
        && let Some(k) = check::focused(app)
    {
        return Some(k);
    }
    if app.ws.session.view.view == ViewKind::Compare
        && let Some(f) = &app.ui.focus
        && app.ws.entry(&f.key).is_some()
    {
        return Some(f.key.clone());
    }
    app.selected.clone()
}

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
                (Key::Num6, ViewKind::Review),
                (Key::Num7, ViewKind::Voices),
                (Key::Num8, ViewKind::Timeline),
                (Key::Num9, ViewKind::Agreement),
            ] {
                if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, n)) {
                    actions.push(Action::SetView(view));
                }
            }
            if i.consume_shortcut(&SIDEBAR) {
                actions.push(Action::ToggleSidebar);
            }
        }
        if i.consume_shortcut(&HELP_KEYS) {
            actions.push(Action::ShowShortcuts(!app.ui.show_shortcuts));
        }
    });
    // Escape closes the innermost thing only: a dialog, a menu or list
    // (they close themselves), the quick picker, a text field's focus
    // (egui's), the shortcut list, then the inspector
    let modal = app.dialog.is_some();
    let popup = egui::Popup::is_any_open(ctx);
    if !modal && !popup && app.ui.quick_pick.is_none() && !typing {
        ctx.input_mut(|i| {
            if app.ui.show_shortcuts && i.consume_key(Modifiers::NONE, Key::Escape) {
                actions.push(Action::ShowShortcuts(false));
            }
            if app.selected.is_some() && i.consume_key(Modifiers::NONE, Key::Escape) {
                actions.push(Action::Select(None));
            }
            if let Some(k) = key_target(app) {
                let e = app.ws.entry(&k);
                if i.consume_key(Modifiers::NONE, Key::Delete) || i.consume_key(Modifiers::NONE, Key::H) {
                    actions.push(Action::SetHidden(k.clone(), !e.is_some_and(|e| e.hidden)));
                }
                if i.consume_key(Modifiers::NONE, Key::A) {
                    actions.push(Action::SetChecked(k.clone(), !e.is_some_and(|e| e.checked)));
                }
                if i.consume_key(Modifiers::NONE, Key::R) {
                    actions.push(Action::QuickAssign(k));
                }
            }
        });
    }
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
    if !app.ws.session.articles.is_empty() {
        // the switcher counts what waits in the Check first list
        check::list(app);
    }
    egui::Panel::top("menu").show(ui, |ui| menu_bar(ui, app, actions));
    egui::Panel::bottom("status").show(ui, |ui| status_bar(ui, app, actions));
    notices(ui, app, actions);
    let empty = app.ws.session.articles.is_empty();
    if empty {
        // the next session's grid starts where that session left it
        app.ui.compare_scroll_restored = false;
        app.ui.focus = None;
        egui::CentralPanel::default().show(ui, |ui| welcome::show(ui, app, actions));
        shortcuts_window(ui.ctx(), app, actions);
        drop_hint(ui.ctx());
        return;
    }
    year_prompt(ui, app, actions);
    let view = app.ws.session.view.view;
    // the Actors view has its own list; the sidebar's filters are for the
    // statement views
    if !app.prefs.sidebar_hidden && view != ViewKind::Actors {
        egui::Panel::left("sidebar").resizable(true).default_size(250.0).size_range(190.0..=440.0).show(ui, |ui| {
            articles_list(ui, app, actions);
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("filters")
                .auto_shrink([false, false])
                .show(ui, |ui| filters_panel(ui, app, actions));
        });
    }
    if app.selected.is_some() && !matches!(view, ViewKind::Actors | ViewKind::Topics) {
        if app.prefs.inspector_floating {
            let ctx = ui.ctx().clone();
            let right = ctx.content_rect().right_top() + egui::vec2(-380.0, 60.0);
            egui::Window::new("Inspector")
                .id(egui::Id::unique("inspector-window"))
                .default_pos(right)
                .default_size([360.0, 560.0])
                .resizable(true)
                .collapsible(false)
                .show(&ctx, |ui| {
                    inspector_strip(ui, true, actions);
                    egui::ScrollArea::vertical()
                        .auto_shrink([false, false])
                        .show(ui, |ui| inspector::show(ui, app, actions));
                });
        } else {
            egui::Panel::right("inspector").resizable(true).default_size(320.0).size_range(260.0..=560.0).show(
                ui,
                |ui| {
                    inspector_strip(ui, false, actions);
                    egui::ScrollArea::vertical()
                        .auto_shrink([false, false])
                        .show(ui, |ui| inspector::show(ui, app, actions));
                },
            );
        }
    }
    egui::CentralPanel::default().show(ui, |ui| match view {
        ViewKind::Compare => compare::show(ui, app, actions),
        ViewKind::Statements => statements::show(ui, app, actions),
        ViewKind::Article => article::show(ui, app, actions),
        ViewKind::Actors => actors::show(ui, app, actions),
        ViewKind::Topics => topics::show(ui, app, actions),
        ViewKind::Review => check::show(ui, app, actions),
        ViewKind::Voices => voices::show(ui, app, actions),
        ViewKind::Timeline => timeline::show(ui, app, actions),
        ViewKind::Agreement => agreement::show(ui, app, actions),
    });
    quick_picker(ui.ctx(), app, actions);
    shortcuts_window(ui.ctx(), app, actions);
    drop_hint(ui.ctx());
}

/// Above the inspector: where it is, and the way to move it.
fn inspector_strip(ui: &mut egui::Ui, floating: bool, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new("INSPECTOR").small().strong().color(ui.visuals().weak_text_color()));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let (text, hover) = if floating {
                ("Dock", "Dock the inspector at the right edge of the window")
            } else {
                ("Float", "Let the inspector float over the window, to give the comparison the whole width")
            };
            if ui.small_button(text).on_hover_text(hover).clicked() {
                actions.push(Action::SetInspectorFloating(!floating));
            }
        });
    });
}

/// Asks for the year of datelines that gave none, when the other articles
/// could not tell it. Above the views, so it covers nothing.
fn year_prompt(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    if app.ui.year_prompt_dismissed {
        return;
    }
    let ids = app.yearless_articles().to_vec();
    if ids.is_empty() {
        return;
    }
    let first = app.ws.article(&ids[0]).and_then(|a| a.date.clone()).unwrap_or_default();
    if app.ui.year_input.is_empty() {
        let (m, d) = crate::calendar::yearless(&first).unwrap_or((1, 1));
        app.ui.year_input = suggested_year(m, d).to_string();
    }
    let example = crate::ingest::display_date(&first);
    egui::Panel::top("year-prompt").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let what = if ids.len() == 1 {
                format!("1 article is dated {example} without a year.")
            } else {
                format!("{} articles are dated without a year (such as {example}).", ids.len())
            };
            ui.label(what);
            let l = ui.label("Year");
            let r = ui
                .add(egui::TextEdit::singleline(&mut app.ui.year_input).desired_width(52.0).char_limit(4))
                .labelled_by(l.id);
            let year: Option<i32> = app.ui.year_input.trim().parse().ok().filter(|y| (1900..=2100).contains(y));
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if (ui.add_enabled(year.is_some(), egui::Button::new("Set year")).clicked() || enter)
                && let Some(y) = year
            {
                let dates = ids
                    .iter()
                    .filter_map(|id| {
                        let a = app.ws.article(id)?;
                        let (m, d) = a.date.as_deref().and_then(crate::calendar::yearless)?;
                        let day = crate::calendar::days_from_civil(y, m, d);
                        // 29 February of a year without one: not a date
                        (crate::calendar::civil_from_days(day) == (y, m, d))
                            .then(|| (id.clone(), crate::calendar::iso(day)))
                    })
                    .collect();
                actions.push(Action::SetYears(dates));
            }
            if ui.button("Not now").clicked() {
                actions.push(Action::DismissYearPrompt);
            }
        });
    });
}

/// The year to suggest for a day named without one: the last time that
/// day came, by the system clock (news is about what has happened). The
/// user confirms or changes it.
fn suggested_year(month: u32, day: u32) -> i32 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (y, m, d) = crate::calendar::civil_from_days((secs / 86_400) as i32);
    if (month, day) > (m, d) { y - 1 } else { y }
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
            if ui.button("Open folder…").on_hover_text("Every article file in a folder and its subfolders").clicked()
            {
                actions.push(Action::OpenFolderDialog);
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
                    for kind in super::ExportKind::ALL {
                        let label = match kind {
                            super::ExportKind::Markdown => "Comparison as a Markdown report…",
                            super::ExportKind::Csv => "Statements as CSV…",
                            super::ExportKind::Jsonl => "Statements as JSON Lines…",
                            super::ExportKind::Graphml => "Actor–topic network as GraphML…",
                            super::ExportKind::Qdpx => "REFI-QDA project (.qdpx)…",
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
            // the statement in focus (or selected), as the keys A, R, H do
            let target = key_target(app);
            let entry = target.as_ref().and_then(|k| app.ws.entry(k));
            let (checked, hidden) = entry.map_or((false, false), |e| (e.checked, e.hidden));
            let accept = egui::Button::new(if checked { "Unaccept statement" } else { "Accept statement" });
            if ui.add_enabled(entry.is_some(), accept.shortcut_text("A")).clicked()
                && let Some(k) = &target
            {
                actions.push(Action::SetChecked(k.clone(), !checked));
            }
            if ui.add_enabled(entry.is_some(), egui::Button::new("Assign to actor…").shortcut_text("R")).clicked()
                && let Some(k) = &target
            {
                actions.push(Action::QuickAssign(k.clone()));
            }
            let hide = egui::Button::new(if hidden { "Restore statement" } else { "Hide statement" });
            if ui.add_enabled(entry.is_some(), hide.shortcut_text("H")).clicked()
                && let Some(k) = &target
            {
                actions.push(Action::SetHidden(k.clone(), !hidden));
            }
            ui.separator();
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
                (ViewKind::Review, "Check first", "6"),
                (ViewKind::Voices, "Voices", "7"),
                (ViewKind::Timeline, "Timeline", "8"),
                (ViewKind::Agreement, "Agreement", "9"),
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
            let mut sidebar = !app.prefs.sidebar_hidden;
            if ui
                .add(egui::Checkbox::new(&mut sidebar, "Sidebar"))
                .on_hover_text(ui.ctx().format_shortcut(&SIDEBAR))
                .changed()
            {
                actions.push(Action::ToggleSidebar);
            }
            let mut float = app.prefs.inspector_floating;
            if ui.checkbox(&mut float, "Inspector floats over the window").changed() {
                actions.push(Action::SetInspectorFloating(float));
            }
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
            if ui.button("Update from built-in catalogue…").clicked() {
                actions.push(Action::UpdateCatalogueDialog);
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
            if ui
                .add(egui::Button::new("Keyboard shortcuts").shortcut_text(ui.ctx().format_shortcut(&HELP_KEYS)))
                .clicked()
            {
                actions.push(Action::ShowShortcuts(true));
            }
            ui.separator();
            ui.label(RichText::new(format!("Counterpoint {}", env!("CARGO_PKG_VERSION"))).strong());
            ui.label("Compare what political actors say, topic by topic.");
            ui.separator();
            ui.label(
                "Click a statement, or move to it with the arrow keys and press Enter, to inspect and correct it.",
            );
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
            // the review queue, with how many wait in it
            let text = format!("Check first ({})", app.ui.check_list.len());
            let r = ui.selectable_label(app.ws.session.view.view == ViewKind::Review, text).on_hover_text(format!(
                "Statements below {}% sure that you have not reviewed, least sure first (Ctrl+6)",
                crate::extract::confidence::CHECK_BELOW
            ));
            if r.clicked() {
                actions.push(Action::SetView(ViewKind::Review));
            }
            for (v, name, hover) in [
                (ViewKind::Voices, "Voices", "Per outlet, whose statements it carries (Ctrl+7)"),
                (ViewKind::Timeline, "Timeline", "One topic over time, a row per actor (Ctrl+8)"),
                (ViewKind::Agreement, "Agreement", "Who agrees and who conflicts on one topic (Ctrl+9)"),
            ] {
                if ui.selectable_label(app.ws.session.view.view == v, name).on_hover_text(hover).clicked() {
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
        "5" => Key::Num5,
        "6" => Key::Num6,
        "7" => Key::Num7,
        "8" => Key::Num8,
        _ => Key::Num9,
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
            ui.label(format!(
                "{} of {} shown · {} · {} of {}",
                c.list.len(),
                plural(c.total, "statement"),
                // actors, whether in columns of their own or in a closed bloc's
                plural(c.columns.iter().map(|c| c.members.len()).sum(), "actor"),
                c.articles_shown,
                plural(app.ws.session.articles.len(), "article")
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
    let passes = &app.cmp.included;
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
                        // left out by the date or outlet filter: dimmed
                        let title = if passes.get(i).is_none_or(|p| *p) || !included_by_tick(view, a) {
                            RichText::new(&a.title).size(12.5)
                        } else {
                            RichText::new(&a.title).size(12.5).weak()
                        };
                        let r = ui
                            .add(egui::Button::selectable(open, title).truncate())
                            .on_hover_text(format!("{}\n{}", a.title, a.source));
                        if r.clicked() {
                            actions.push(Action::OpenArticle(a.id.clone()));
                        }
                        r.context_menu(|ui| {
                            if ui.button("Fix date and outlet…").clicked() {
                                actions.push(Action::OpenArticle(a.id.clone()));
                            }
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
                            meta.push(plural(count, "statement"));
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

/// Whether an article's own checkbox is ticked (so that when it is still
/// left out, a date or outlet filter did it).
fn included_by_tick(view: &crate::session::ViewState, a: &crate::Article) -> bool {
    !view.filters.excluded_articles.contains(&a.id)
}

/// Actors, dates, outlets, topics and kinds: what the views show.
fn filters_panel(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) {
    dates_filter(ui, app, actions);
    ui.separator();
    outlets_filter(ui, app, actions);
    ui.separator();
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
    let counts = &app.cmp.actor_counts;
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

/// Messages as toasts: in a strip above the status bar, so they never
/// cover a card, each gone after a while (longer for problems; hovering
/// one keeps it) or when dismissed.
fn notices(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    let now = std::time::Instant::now();
    app.notices.retain(|n| now.duration_since(n.at) < n.lifetime());
    if app.notices.is_empty() {
        return;
    }
    let next = app.notices.iter().map(|n| n.lifetime().saturating_sub(now.duration_since(n.at))).min();
    ui.ctx().request_repaint_after(next.unwrap_or(Duration::from_secs(1)) + Duration::from_millis(20));
    egui::Panel::bottom("notices").show(ui, |ui| {
        ui.add_space(2.0);
        for (i, n) in app.notices.iter_mut().enumerate().rev() {
            let fill = match n.level {
                Level::Error => egui::Color32::from_rgb(0xfd, 0xec, 0xea),
                Level::Info => egui::Color32::from_rgb(0xea, 0xf2, 0xfb),
            };
            let r = egui::Frame::new()
                .fill(fill)
                .corner_radius(4.0)
                .inner_margin(egui::Margin::symmetric(8, 4))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(&n.title).strong());
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui.small_button("Dismiss").clicked() {
                                actions.push(Action::DismissNotice(i));
                            }
                        });
                    });
                    for l in n.lines.iter().take(6) {
                        ui.label(RichText::new(l).small());
                    }
                    if n.lines.len() > 6 {
                        ui.label(RichText::new(format!("… and {} more", n.lines.len() - 6)).small().weak());
                    }
                })
                .response;
            if r.contains_pointer() {
                // being read: it stays
                n.at = now;
            }
            ui.add_space(2.0);
        }
    });
}

/// The session's dates: a range typed or stepped a week at a time.
fn dates_filter(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) {
    use crate::calendar;
    let f = &app.ws.session.view.filters;
    let ranged = f.date_from.is_some() || f.date_to.is_some();
    ui.horizontal(|ui| {
        style::section(ui, "DATES");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ranged && ui.small_button("All dates").clicked() {
                actions.push(Action::SetDateRange(None, None));
            }
        });
    });
    let Some((lo, hi)) = app.cmp.date_span else {
        ui.label(RichText::new("No article has a full date yet. Set dates in the Article view.").small().weak());
        return;
    };
    let show = |d: i32| crate::ingest::display_date(&calendar::iso(d));
    ui.label(RichText::new(format!("Articles from {} to {}", show(lo), show(hi))).small().weak());
    egui::Grid::new("date-range").num_columns(2).spacing([6.0, 4.0]).show(ui, |ui| {
        let l = ui.label("From");
        if let Some(v) = style::date_field(ui, egui::Id::unique("date-from"), f.date_from.as_deref(), &show(lo), l.id) {
            actions.push(Action::SetDateRange(v, f.date_to.clone()));
        }
        ui.end_row();
        let l = ui.label("To");
        if let Some(v) = style::date_field(ui, egui::Id::unique("date-to"), f.date_to.as_deref(), &show(hi), l.id) {
            actions.push(Action::SetDateRange(f.date_from.clone(), v));
        }
        ui.end_row();
    });
    // a week at a time: the last week of the session, then back and forth
    let from = f.date_from.as_deref().and_then(calendar::day_of);
    let to = f.date_to.as_deref().and_then(calendar::day_of);
    let week = |end: i32| Action::SetDateRange(Some(calendar::iso(end - 6)), Some(calendar::iso(end)));
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let end = to.or(from.map(|f| f + 6));
        if ui
            .add_enabled(end.is_some(), egui::Button::new("◀").small())
            .accessible_name("The week before")
            .on_hover_text("The week before")
            .clicked()
            && let Some(e) = end
        {
            actions.push(week(e - 7));
        }
        if ui.small_button("Last week").on_hover_text("The last seven days of the session's articles").clicked() {
            actions.push(week(hi));
        }
        if ui
            .add_enabled(end.is_some(), egui::Button::new("▶").small())
            .accessible_name("The week after")
            .on_hover_text("The week after")
            .clicked()
            && let Some(e) = end
        {
            actions.push(week(e + 7));
        }
    });
    if ranged {
        let undated = app.cmp.undated;
        if undated > 0 {
            ui.label(
                RichText::new(format!("{} without a full date left out", plural(undated, "article"))).small().weak(),
            );
        }
    }
}

/// The session's outlets: tick them on and off, or show one only.
fn outlets_filter(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) {
    let hidden = &app.ws.session.view.filters.hidden_outlets;
    ui.horizontal(|ui| {
        style::section(ui, "OUTLETS");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if !hidden.is_empty() && ui.small_button("All outlets").clicked() {
                actions.push(Action::ShowAllOutlets);
            }
        });
    });
    let outlets = &app.cmp.outlets;
    if outlets.iter().all(|(o, _)| o.is_empty()) {
        ui.label(RichText::new("No article names its outlet. Set outlets in the Article view.").small().weak());
        return;
    }
    for (name, n) in outlets.iter().cloned() {
        ui.horizontal(|ui| {
            let mut on = !hidden.contains(&name);
            let shown = if name.is_empty() { "(no outlet)".to_string() } else { name.clone() };
            let cb = ui.checkbox(&mut on, "").on_hover_text(format!("Show articles from {shown}"));
            let cb = cb.accessible_name(format!("Outlet {shown}"));
            if cb.changed() {
                actions.push(Action::ToggleOutlet(name.clone()));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                let only = ui.small_button("only").accessible_name(format!("Show only {shown}"));
                if only.on_hover_text(format!("Show only {shown}")).clicked() {
                    actions.push(Action::OnlyOutlet(name.clone()));
                }
                ui.label(RichText::new(n.to_string()).weak());
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(egui::Label::new(shown).truncate()).on_hover_text(plural(n, "article"));
                });
            });
        });
    }
}

/// One choice of the quick actor picker.
enum Choice {
    Actor(String),
    NoActor,
    New,
}

/// The quick actor picker (R): type to filter, arrows to choose, Enter to
/// assign, Escape to close.
fn quick_picker(ctx: &egui::Context, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    let Some(pick) = app.ui.quick_pick.as_mut() else { return };
    let Some(key) = pick.key.clone().filter(|k| app.ws.entry(k).is_some()) else {
        app.ui.quick_pick = None;
        return;
    };
    let cat = &app.ws.session.catalogue;
    let q = pick.query.trim().to_lowercase();
    let matches = |a: &crate::catalogue::Actor| {
        q.is_empty()
            || a.name.to_lowercase().contains(&q)
            || a.group.to_lowercase().contains(&q)
            || a.aliases.iter().any(|x| x.to_lowercase().contains(&q))
    };
    let mut choices: Vec<(String, String, Option<[u8; 3]>, Choice)> = cat
        .actors
        .iter()
        .filter(|a| matches(a))
        .map(|a| (a.name.clone(), a.group.clone(), Some(a.colour.0), Choice::Actor(a.id.clone())))
        .collect();
    // names that start with what was typed first
    choices.sort_by_key(|c| !c.0.to_lowercase().starts_with(&q));
    if "no actor".contains(&q) {
        choices.push(("No actor".into(), String::new(), None, Choice::NoActor));
    }
    let new =
        if q.is_empty() { "New actor…".to_string() } else { format!("New actor “{}”…", pick.query.trim()) };
    choices.push((new, String::new(), None, Choice::New));
    let (up, down, enter, escape) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::Enter),
            i.consume_key(Modifiers::NONE, Key::Escape),
        )
    });
    if down {
        pick.index = (pick.index + 1).min(choices.len() - 1);
    }
    if up {
        pick.index = pick.index.saturating_sub(1);
    }
    pick.index = pick.index.min(choices.len() - 1);
    let current = app.ws.entry(&key).and_then(|e| e.statement.actor.clone());
    let excerpt = app.ws.entry(&key).map(|e| style::shorten(&e.text, 90)).unwrap_or_default();
    let mut chosen = enter.then_some(pick.index);
    let area = egui::Area::new(egui::Id::unique("quick-pick"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 90.0))
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_width(360.0);
                let l = ui.label(RichText::new("Assign to actor").strong());
                ui.label(RichText::new(excerpt).small().weak());
                let r = ui.add(
                    egui::TextEdit::singleline(&mut pick.query)
                        .hint_text("type to filter")
                        .desired_width(f32::INFINITY),
                );
                let r = r.labelled_by(l.id);
                r.request_focus();
                if r.changed() {
                    pick.index = 0;
                }
                ui.add_space(2.0);
                for (i, (name, group, colour, choice)) in choices.iter().enumerate() {
                    ui.horizontal(|ui| {
                        match colour {
                            Some(c) => style::swatch(ui, *c),
                            None => {
                                ui.add_space(12.0);
                            }
                        }
                        let is_current = matches!(choice, Choice::Actor(id) if current.as_deref() == Some(id.as_str()));
                        let text = if is_current { format!("{name} (now)") } else { name.clone() };
                        if ui.selectable_label(i == pick.index, text).clicked() {
                            chosen = Some(i);
                        }
                        if !group.is_empty() {
                            ui.label(RichText::new(group).small().weak());
                        }
                    });
                }
                ui.add_space(2.0);
                ui.label(RichText::new("↑ ↓ choose · Enter assign · Esc close").small().weak());
            });
        });
    let query = pick.query.trim().to_string();
    if escape || area.response.clicked_elsewhere() {
        app.ui.quick_pick = None;
        return;
    }
    let Some(i) = chosen else { return };
    app.ui.quick_pick = None;
    match &choices[i].3 {
        Choice::Actor(id) => actions.push(Action::SetActor(key, Some(id.clone()))),
        Choice::NoActor => actions.push(Action::SetActor(key, None)),
        Choice::New => {
            app.dialog = Some(Dialog::NewActor {
                name: query,
                group: String::new(),
                colour: super::next_colour(&app.ws.session.catalogue),
                assign: Some(key),
            });
        }
    }
}

/// Help ▸ Keyboard shortcuts.
fn shortcuts_window(ctx: &egui::Context, app: &CounterpointApp, actions: &mut Vec<Action>) {
    if !app.ui.show_shortcuts {
        return;
    }
    let mut open = true;
    egui::Window::new("Keyboard shortcuts")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            for (section, keys) in SHORTCUTS {
                ui.label(RichText::new(*section).strong());
                egui::Grid::new(("keys", *section)).num_columns(2).spacing([16.0, 3.0]).show(ui, |ui| {
                    for (k, what) in *keys {
                        ui.label(RichText::new(*k).monospace());
                        ui.label(*what);
                        ui.end_row();
                    }
                });
                ui.add_space(6.0);
            }
        });
    if !open {
        actions.push(Action::ShowShortcuts(false));
    }
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
        Some(Dialog::UpdateCatalogue(summary)) => {
            egui::Modal::new(egui::Id::unique("update-catalogue")).show(ctx, |ui| {
                ui.set_width(460.0);
                ui.heading("Update from the built-in catalogue");
                if summary.is_empty() {
                    ui.label("This session's catalogue already has everything the built-in one has.");
                    ui.add_space(8.0);
                    if ui.button("Close").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                        close = true;
                    }
                    return;
                }
                ui.label(
                    "A session keeps the catalogue it was saved with. The built-in catalogue has entries this one lacks:",
                );
                ui.add_space(4.0);
                for line in update_lines(summary) {
                    ui.label(format!("• {line}"));
                }
                ui.add_space(4.0);
                ui.label(
                    RichText::new(
                        "Your actors' names, blocs and colours, and everything you added or moved, stay as they are. \
                         Undo takes the update back.",
                    )
                    .weak(),
                );
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Update").clicked() {
                        actions.push(Action::UpdateCatalogue);
                        close = true;
                    }
                    if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                        close = true;
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

/// The update dialog's list: what is added and moved, names first.
pub fn update_lines(s: &crate::catalogue::UpdateSummary) -> Vec<String> {
    fn names(v: &[String]) -> String {
        const SHOWN: usize = 8;
        let mut t = v.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
        if v.len() > SHOWN {
            t.push_str(&format!(" and {} more", v.len() - SHOWN));
        }
        t
    }
    let plural = |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    let mut out = Vec::new();
    if !s.actors.is_empty() {
        out.push(format!("{}: {}", plural(s.actors.len(), "new actor", "new actors"), names(&s.actors)));
    }
    if !s.speakers.is_empty() {
        out.push(format!(
            "{}: {}",
            plural(s.speakers.len(), "person or body", "people and bodies"),
            names(&s.speakers)
        ));
    }
    if s.spellings > 0 {
        out.push(format!("{} for people, bodies and actors you have", plural(s.spellings, "spelling", "spellings")));
    }
    if s.moved > 0 {
        out.push(format!(
            "{} of an actor's name {} to the body they name, so that a body has one name in every language \
             (\u{201c}Кремль\u{201d} and \u{201c}Kremlin\u{201d} are the same speaker)",
            plural(s.moved, "spelling", "spellings"),
            if s.moved == 1 { "moves" } else { "move" }
        ));
    }
    out
}
