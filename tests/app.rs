//! The window driven as a user would, headless (egui_kittest), with file
//! dialogs answered by a script instead of opened.

use counterpoint::app::picker::{Pick, ScriptedPicker};
use counterpoint::app::prefs::Prefs;
use counterpoint::app::{Action, CounterpointApp};
use counterpoint::session::Session;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};

fn sample_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples")
}

fn app_with(answers: Vec<Vec<PathBuf>>) -> CounterpointApp {
    CounterpointApp::new(Box::new(ScriptedPicker::new(answers)), Prefs::default(), None).with_inline_jobs()
}

fn harness(app: CounterpointApp) -> Harness<'static, CounterpointApp> {
    Harness::builder().with_size(egui::vec2(1500.0, 2600.0)).build_ui_state(
        |ui, app: &mut CounterpointApp| {
            if app.ctx.is_none() {
                counterpoint::app::views::style::install(ui.ctx(), false);
            }
            app.show(ui)
        },
        app,
    )
}

/// Clicks the first card whose label contains `text`, scrolling to it.
fn click_card(h: &mut Harness<'static, CounterpointApp>, text: &str) {
    h.get_all_by_label_contains(text).next().unwrap().scroll_to_me();
    h.run();
    h.get_all_by_label_contains(text).next().unwrap().click();
    h.run();
}

fn actor_combo<'a>(h: &'a Harness<'static, CounterpointApp>) -> egui_kittest::Node<'a> {
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Actor")
}

/// Opens one sample through the File ▸ Open articles… dialog.
fn open_kremlin_briefing() -> Harness<'static, CounterpointApp> {
    let mut h = harness(app_with(vec![vec![sample_dir().join("kremlin-briefing.txt")]]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    h
}

#[test]
fn opening_an_article_shows_the_actors_side_by_side() {
    let mut h = open_kremlin_briefing();
    assert_eq!(h.state().ws.session.articles.len(), 1);
    // the default actors are the first columns, with counts
    let kremlin = h.state().ws.entries[0].iter().filter(|e| e.statement.actor.as_deref() == Some("kremlin")).count();
    assert!(kremlin >= 5);
    h.get_by_label(&format!("Kremlin ({kremlin})"));
    h.get_by_label_contains("Ukrainian Foreign Ministry (");
    h.get_by_label_contains("Western officials (");
    // Peskov's statements are cards in the Kremlin column
    assert!(h.query_all_by_label_contains("Kremlin · Dmitry Peskov:").count() >= 3);
    assert!(h.query_all_by_label_contains("Russian Foreign Ministry · Maria Zakharova:").count() >= 1);
    // the dateline "MOSCOW, December 4." is shown the way every date is
    assert!(h.query_all_by_label_contains("Dmitry Peskov · 4 Dec").count() >= 1);
    assert_eq!(h.query_all_by_label_contains("December 4").count(), 0);
    // the Statements and Article views show the same statements
    h.get_by_label("Statements").click();
    h.run();
    h.get_by_label("Article").click();
    h.run();
    h.get_by_label("Article text");
}

#[test]
fn reassigning_an_actor_moves_the_card_and_undo_moves_it_back() {
    let mut h = open_kremlin_briefing();
    let before = h.query_all_by_label_contains("Kremlin · Yuri Ushakov:").count();
    assert!(before >= 1);
    click_card(&mut h, "Kremlin · Yuri Ushakov:");
    // the inspector: change the actor
    actor_combo(&h).click();
    h.run();
    h.get_by_label("Russian government (Russia)").click();
    h.run();
    assert_eq!(h.query_all_by_label_contains("Kremlin · Yuri Ushakov:").count(), before - 1);
    assert_eq!(h.query_all_by_label_contains("Russian government · Yuri Ushakov:").count(), 1);
    assert!(h.state().ws.is_dirty());
    assert!(h.state().window_title().ends_with('•'), "{}", h.state().window_title());
    // Ctrl+Z
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.query_all_by_label_contains("Kremlin · Yuri Ushakov:").count(), before);
    assert_eq!(h.query_all_by_label_contains("Russian government · Yuri Ushakov:").count(), 0);
    // and redo
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.query_all_by_label_contains("Russian government · Yuri Ushakov:").count(), 1);
}

#[test]
fn save_then_reopen_gives_the_same_session_and_clears_the_unsaved_mark() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("briefing.ron");
    let mut h = harness(app_with(vec![
        vec![sample_dir().join("kremlin-briefing.txt"), sample_dir().join("wire-nato-ministers.txt")],
        vec![path.clone()],
    ]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    // an edit, a note and a view change, all saved
    let key = h.state().ws.entries[0][0].key.clone();
    h.state_mut().perform(Action::SetNote(key.clone(), "check the date".into()));
    h.state_mut().perform(Action::ToggleActor("russia".into()));
    h.run();
    assert!(h.state().window_title().contains('•'));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(path.exists(), "saved through the dialog");
    assert!(!h.state().ws.is_dirty());
    assert!(!h.state().window_title().contains('•'), "{}", h.state().window_title());
    assert!(h.state().window_title().contains("briefing.ron"));
    let saved = h.state().ws.session.clone();

    // a new window opens it (here: from the welcome screen)
    let mut h2 = harness(app_with(vec![vec![path.clone()]]));
    h2.run();
    h2.get_by_label("Open session…").click();
    h2.run();
    let reopened = &h2.state().ws.session;
    assert!(*reopened == saved, "the reopened session differs");
    assert_eq!(h2.state().ws.entry(&key).unwrap().note, "check the date");
    assert!(h2.state().ws.session.view.hidden_actors.contains(&"russia".to_string()));
    assert!(!h2.state().ws.is_dirty());
    // recent sessions remember it
    assert!(h2.state().prefs.recent.iter().any(|p| p.ends_with("briefing.ron")));
}

#[test]
fn file_dialogs_open_where_the_user_was_last() {
    use counterpoint::app::picker::{ExportKind, ScriptedPicker};
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir(&sessions).unwrap();
    let saved = sessions.join("week.ron");
    let picker = ScriptedPicker::new(vec![vec![sample_dir().join("kremlin-briefing.txt")], vec![saved.clone()]]);
    let folders = picker.folders.clone();
    let app = CounterpointApp::new(Box::new(picker), Prefs::default(), None).with_inline_jobs();
    let mut h = harness(app);
    h.run();
    // nothing chosen yet: the system's default folder
    h.get_by_label("Open articles…").click();
    h.run();
    // an unsaved session: Save starts where the articles were chosen
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(saved.exists());
    // a saved session: Export starts beside it, and so does the next Open
    h.state_mut().perform(Action::Export(ExportKind::Csv));
    h.run();
    h.state_mut().perform(Action::OpenArticlesDialog);
    h.run();
    assert_eq!(
        *folders.lock().unwrap(),
        vec![None, Some(sample_dir()), Some(sessions.clone()), Some(sessions.clone())]
    );
    // and the next start remembers it
    assert_eq!(h.state().prefs.last_folder.as_deref(), Some(sessions.as_path()));
}

#[test]
fn closing_with_unsaved_changes_asks_save_discard_cancel() {
    let mut h = open_kremlin_briefing();
    assert!(h.state().ws.is_dirty());
    h.state_mut().perform(Action::Close);
    h.run();
    h.get_by_label("Save changes?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Save changes?").is_none());
    assert!(!h.state().close_confirmed());
    h.state_mut().perform(Action::Close);
    h.run();
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.state().close_confirmed());
}

#[test]
fn a_damaged_session_file_shows_an_error_and_keeps_the_open_session() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.ron");
    let bad = dir.path().join("damaged.ron");
    let mut s = Session::default();
    s.articles.push(std::sync::Arc::new(
        counterpoint::ingest::read_article(&sample_dir().join("analysis-guarantees.txt")).unwrap(),
    ));
    let text = s.to_ron();
    std::fs::write(&good, &text).unwrap();
    // cut a third of the way in, between two characters (the session
    // keeps Russian and Ukrainian topic words)
    let cut = (0..=text.len() / 3).rev().find(|&i| text.is_char_boundary(i)).unwrap();
    std::fs::write(&bad, &text[..cut]).unwrap();

    let mut h = open_kremlin_briefing();
    let before = h.state().ws.session.clone();
    // open the damaged file: first "Save changes?" → Discard, then the dialog
    let mut picker = ScriptedPicker::new(vec![vec![bad.clone()]]);
    let asked = picker.asked.clone();
    picker.answers.push_back(vec![]);
    h.state_mut().picker = Box::new(picker);
    h.state_mut().perform(Action::OpenSessionDialog);
    h.run();
    h.get_by_label("Discard").click();
    h.run();
    assert_eq!(asked.lock().unwrap().first(), Some(&Pick::OpenSession));
    h.get_by_label("The session could not be opened; the open session is unchanged.");
    h.get_by_label_contains("damaged.ron");
    assert!(h.state().ws.session == before);
    assert_eq!(h.state().ws.session.articles.len(), 1);
    // a file that is not a session at all, one from a newer version, and
    // one whose embedded article is too large
    let not = dir.path().join("not-a-session.ron");
    std::fs::write(&not, "(actors: [])").unwrap();
    let newer = dir.path().join("newer.ron");
    std::fs::write(&newer, text.replacen("version: 1", "version: 9", 1)).unwrap();
    let mut big = Session::default();
    big.articles
        .push(std::sync::Arc::new(counterpoint::Article::from_text("big.txt", "word ".repeat(5 * 1024 * 1024))));
    let huge = dir.path().join("huge-article.ron");
    std::fs::write(&huge, big.to_ron()).unwrap();
    for (file, message) in [(&not, "not a Counterpoint session"), (&newer, "newer version"), (&huge, "are refused")] {
        h.state_mut().perform(Action::OpenPaths(vec![file.clone()]));
        h.run();
        h.get_by_label("Discard").click();
        h.run();
        assert!(
            h.state().notices.iter().any(|n| n.lines.iter().any(|l| l.contains(message))),
            "no message for {}",
            file.display()
        );
        assert!(h.state().ws.session == before, "the open session changed");
    }
}

#[test]
fn files_that_fail_are_listed_and_the_rest_load() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let mut h = harness(app_with(vec![vec![
        empty.clone(),
        sample_dir().join("agency-prisoner-swap.txt"),
        dir.path().join("missing.md"),
    ]]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    assert_eq!(h.state().ws.session.articles.len(), 1);
    h.get_by_label("2 files could not be opened");
    h.get_by_label_contains("empty.txt");
    h.get_by_label_contains("missing.md");
    // opening the same file again does not duplicate it
    let again = sample_dir().join("agency-prisoner-swap.txt");
    h.state_mut().perform(Action::OpenPaths(vec![again]));
    h.run();
    assert_eq!(h.state().ws.session.articles.len(), 1);
    h.get_by_label("1 article was already open.");
}

#[test]
fn the_samples_open_from_the_first_screen() {
    let mut h = harness(app_with(vec![]));
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    assert_eq!(h.state().ws.session.articles.len(), counterpoint::samples::SAMPLES.len());
    assert!(h.state().cmp.list.len() > 100);
}

#[test]
fn adding_a_statement_by_hand_and_creating_an_actor() {
    let mut h = open_kremlin_briefing();
    let id = h.state().ws.session.articles[0].id.clone();
    let text = h.state().ws.session.articles[0].text.clone();
    let start = text.find("MOSCOW").unwrap_or(0);
    let n = h.state().ws.statement_count();
    h.state_mut().perform(Action::AddStatement { article: id, span: counterpoint::Span::new(start, start + 6) });
    h.run();
    assert_eq!(h.state().ws.statement_count(), n + 1);
    let key = h.state().selected.clone().expect("the new statement is selected");
    assert!(h.state().ws.entry(&key).unwrap().added());
    // give it to a new actor, from the inspector's actor list
    actor_combo(&h).click();
    h.run();
    h.get_by_label("New actor…").click();
    h.run();
    let name = h.get_by_label("Name");
    name.focus();
    name.type_text("Moscow city hall");
    h.run();
    h.get_by_label("Create").click();
    h.run();
    let e = h.state().ws.entry(&key).unwrap();
    assert_eq!(e.statement.actor.as_deref(), Some("moscow-city-hall"));
    assert!(h.state().ws.session.catalogue.actor("moscow-city-hall").is_some());
}

#[test]
fn filters_and_hidden_statements() {
    let mut h = open_kremlin_briefing();
    let all = h.state().cmp.list.len();
    let f = h.get_by_label("Filter");
    f.focus();
    f.type_text("Zakharova");
    h.run();
    let filtered = h.state().cmp.list.len();
    assert!(filtered > 0 && filtered < all);
    assert!(h.query_all_by_label_contains("Kremlin · Dmitry Peskov:").count() == 0);
    h.state_mut().perform(Action::SetSearch(String::new()));
    h.run();
    // hide a statement from the inspector
    click_card(&mut h, "Kremlin · Dmitry Peskov:");
    h.get_by_label("Hide").click();
    h.run();
    assert_eq!(h.state().cmp.list.len(), all - 1);
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).exists());
}

#[test]
fn the_actors_view_edits_the_catalogue_and_attributions_follow() {
    let mut h = open_kremlin_briefing();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    h.get_by_label("Who speaks for whom. Changes apply to every article.");
    // a new actor that claims Ushakov by name
    h.state_mut().perform(Action::CreateActor {
        name: "Kremlin aides".into(),
        group: "Russia".into(),
        colour: counterpoint::catalogue::Rgb([9, 9, 9]),
        assign: None,
    });
    h.run();
    let field = h.get_by_label("New speaker");
    field.focus();
    field.type_text("Yuri Ushakov, Ushakov");
    h.run();
    h.get_by_label("Add speaker").click();
    h.run();
    // the Kremlin still lists him first in the catalogue, so remove him
    // there: merge the Kremlin's Ushakov into the new actor by deleting
    // him from the Kremlin
    let cat = &h.state().ws.session.catalogue;
    assert!(cat.actor("kremlin-aides").unwrap().speakers.iter().any(|s| s.name == "Yuri Ushakov"));
    h.state_mut().perform(Action::EditCatalogue(
        "remove speaker".into(),
        Box::new(|c| {
            c.actors.iter_mut().find(|a| a.id == "kremlin").unwrap().speakers.retain(|s| s.name != "Yuri Ushakov")
        }),
    ));
    h.run();
    let ushakov: Vec<_> =
        h.state().ws.entries[0].iter().filter(|e| e.statement.speaker.as_deref() == Some("Yuri Ushakov")).collect();
    assert!(!ushakov.is_empty());
    assert!(ushakov.iter().all(|e| e.statement.actor.as_deref() == Some("kremlin-aides")));
    // undo twice restores the Kremlin's claim
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let back: Vec<_> =
        h.state().ws.entries[0].iter().filter(|e| e.statement.speaker.as_deref() == Some("Yuri Ushakov")).collect();
    assert!(back.iter().all(|e| e.statement.actor.as_deref() == Some("kremlin")));
    // merge and delete from the view's buttons
    h.get_by_label("Delete actor").click();
    h.run();
    assert!(h.state().ws.session.catalogue.actor("kremlin-aides").is_none());
}

#[test]
fn renaming_an_actor_commits_when_the_field_is_left() {
    let mut h = open_kremlin_briefing();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    let name = |h: &Harness<'static, CounterpointApp>, id: &str| {
        h.state().ws.session.catalogue.actor(id).map(|a| (a.name.clone(), a.group.clone())).unwrap()
    };
    assert_eq!(name(&h, "kremlin"), ("Kremlin".to_string(), "Russia".to_string()));
    let revision = h.state().ws.revision;
    h.get_by_label("Name").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Name").type_text("Presidential Administration ");
    h.run();
    // while typing it is a draft: nothing renamed, no edit made
    assert_eq!(name(&h, "kremlin").0, "Kremlin");
    assert_eq!(h.state().ws.revision, revision);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(name(&h, "kremlin").0, "Presidential Administration", "trimmed and committed");
    // the list and the editor's heading show the new name
    assert!(h.query_all_by_label_contains("Presidential Administration").count() >= 2);
    // the bloc may be emptied
    h.get_by_label("Bloc").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(name(&h, "kremlin"), ("Presidential Administration".to_string(), String::new()));
    // an empty name is refused
    h.get_by_label("Name").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(name(&h, "kremlin").0, "Presidential Administration");
    assert_eq!(h.get_by_label("Name").value().as_deref(), Some("Presidential Administration"));
}

#[test]
fn a_long_article_is_drawn_in_view_sized_parts_and_scrolls_to_a_statement() {
    let dir = tempfile::tempdir().unwrap();
    let sample = std::fs::read_to_string(sample_dir().join("kremlin-briefing.txt")).unwrap();
    let path = dir.path().join("long.txt");
    std::fs::write(&path, format!("{sample}\n\n").repeat(1_000_000 / sample.len())).unwrap();
    let mut h = harness(app_with(vec![vec![path]]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    h.state_mut().perform(Action::SetView(counterpoint::session::ViewKind::Article));
    h.run();
    h.get_by_label_contains("This article is long, so its text is shown read-only");
    let parts = |h: &Harness<'static, CounterpointApp>| {
        h.query_all_by_label_contains("Article text, part ").map(|n| n.value().unwrap_or_default()).collect::<Vec<_>>()
    };
    let shown = parts(&h);
    let total: usize = shown[0].rsplit(' ').next().unwrap().parse().unwrap();
    assert!(total > 200, "{total} parts");
    assert!(shown[0].starts_with("Article text, part 1 of"), "{shown:?}");
    assert!(shown.len() < 20, "only the parts in view are drawn: {}", shown.len());
    // "Show in article" on the last statement brings its part into view
    let last = h.state().ws.entries[0].last().unwrap().key.clone();
    h.state_mut().perform(Action::ShowInArticle(last));
    h.run();
    let shown = parts(&h);
    assert!(shown.iter().any(|l| l.starts_with(&format!("Article text, part {total} of"))), "{shown:?}");
    assert!(!shown.iter().any(|l| l.starts_with("Article text, part 1 of")));
}

#[test]
fn the_statements_table_sorts_by_a_column() {
    let mut h = open_kremlin_briefing();
    h.get_by_label("Statements").click();
    h.run();
    h.get_by_label("Speaker").click();
    h.run();
    let speakers: Vec<String> = h
        .state()
        .ui
        .statements_list
        .iter()
        .map(|r| r.get(&h.state().ws).unwrap().statement.speaker.clone().unwrap_or_default().to_lowercase())
        .collect();
    assert!(speakers.windows(2).all(|w| w[0] <= w[1]), "{speakers:?}");
    h.get_by_label("Speaker ▲").click();
    h.run();
    let first = h.state().ui.statements_list[0];
    let s = first.get(&h.state().ws).unwrap().statement.speaker.clone().unwrap_or_default().to_lowercase();
    assert!(speakers.iter().all(|x| *x <= s));
}

/// Every statement of `speaker` in the session, with its actor and the
/// language of its article.
fn statements_of(h: &Harness<'static, CounterpointApp>, speaker: &str) -> Vec<(Option<String>, String)> {
    let ws = &h.state().ws;
    let mut out = Vec::new();
    for (i, a) in ws.session.articles.iter().enumerate() {
        for e in &ws.entries[i] {
            if e.statement.speaker.as_deref() == Some(speaker) {
                out.push((e.statement.actor.clone(), a.lang.code().to_string()));
            }
        }
    }
    out
}

#[test]
fn russian_ukrainian_and_english_reports_land_in_the_same_columns() {
    let mut h = harness(app_with(vec![]));
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    for (speaker, actor) in
        [("Dmitry Peskov", "kremlin"), ("Maria Zakharova", "russian-mfa"), ("Andrii Sybiha", "ukrainian-mfa")]
    {
        let found = statements_of(&h, speaker);
        for lang in ["en", "ru", "uk"] {
            assert!(
                found.iter().any(|(a, l)| l == lang && a.as_deref() == Some(actor)),
                "{speaker} in {lang}: {found:?}"
            );
        }
    }
    // the sidebar's language filter hides the Russian article's statements
    let ru = |h: &Harness<'static, CounterpointApp>| {
        let ws = &h.state().ws;
        h.state().cmp.list.iter().filter(|r| ws.session.articles[r.article as usize].lang.code() == "ru").count()
    };
    assert!(ru(&h) >= 8);
    h.get_by_label("Russian (1)").click();
    h.run();
    assert_eq!(ru(&h), 0);
    assert!(h.state().cmp.list.len() > 100);
    h.get_by_label("Russian (1)").click();
    h.run();
    assert!(ru(&h) >= 8);
    // the filter box folds case and ё/е: "ВСЁМ" finds "всем"
    h.state_mut().perform(Action::SetSearch("ИЗВЕСТНЫ ВСЁМ".into()));
    h.run();
    assert_eq!(h.state().cmp.list.len(), 1);
}

#[test]
fn a_ukrainian_article_reads_at_1280_by_800() {
    let app = app_with(vec![vec![sample_dir().join("pravda-sybiha-guarantees-uk.txt")]]);
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_ui_state(
        |ui, app: &mut CounterpointApp| {
            if app.ctx.is_none() {
                counterpoint::app::views::style::install(ui.ctx(), false);
            }
            app.show(ui)
        },
        app,
    );
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    let id = h.state().ws.session.articles[0].id.clone();
    assert_eq!(h.state().ws.session.articles[0].lang.code(), "uk");
    // the language in the article list and in the sidebar filter
    assert!(h.get_all_by_label_contains("UK ·").next().is_some());
    h.get_by_label("Ukrainian (1)");
    h.state_mut().perform(Action::OpenArticle(id));
    h.run();
    assert!(h.get_all_by_label_contains("Ukrainian").next().is_some());
}

#[test]
fn an_article_in_another_language_says_it_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bericht.txt");
    std::fs::write(
        &path,
        "Die Bundesregierung hat am Dienstag beschlossen, weitere Luftabwehrsysteme an die Ukraine zu liefern. \
         Ein Sprecher sagte, die erste Lieferung werde noch vor dem Winter erwartet, und die Gespräche mit den \
         Partnern gingen weiter.",
    )
    .unwrap();
    let mut h = harness(app_with(vec![vec![path]]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    assert_eq!(h.state().ws.session.articles[0].lang.code(), "de");
    assert!(h.get_all_by_label_contains("German: not read").next().is_some());
    let id = h.state().ws.session.articles[0].id.clone();
    h.state_mut().perform(Action::OpenArticle(id));
    h.run();
    assert!(h.get_all_by_label_contains("Extraction reads English, Russian and Ukrainian").next().is_some());
}
