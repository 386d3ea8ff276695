//! The window driven as a user would, headless (egui_kittest), with file
//! dialogs answered by a script instead of opened.

use counterpoint::app::picker::{Pick, ScriptedPicker};
use counterpoint::app::prefs::Prefs;
use counterpoint::app::{Action, CounterpointApp};
use counterpoint::session::{Session, ViewKind};
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
    harness_sized(app, 1500.0, 2600.0)
}

/// A window of the size people use: the laptop screen the issue names.
fn harness_1280(app: CounterpointApp) -> Harness<'static, CounterpointApp> {
    harness_sized(app, 1280.0, 800.0)
}

fn harness_sized(app: CounterpointApp, w: f32, h: f32) -> Harness<'static, CounterpointApp> {
    Harness::builder().with_size(egui::vec2(w, h)).build_ui_state(
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
    // his cards only: a cell shows its first few, and his may come later
    h.state_mut().perform(Action::SetSearch("Ushakov".into()));
    h.run();
    let before = h.query_all_by_label_contains("Kremlin · Yuri Ushakov:").count();
    assert!(before >= 1);
    click_card(&mut h, "Kremlin · Yuri Ushakov:");
    // the inspector: change the actor
    actor_combo(&h).click();
    h.run();
    h.get_by_label("Russian government (Russia)").click();
    h.run();
    // the statement's cards (one per topic it is on) change column
    let key = h.state().selected.clone().unwrap();
    assert_eq!(h.state().ws.entry(&key).unwrap().statement.actor.as_deref(), Some("russia"));
    let moved = h.query_all_by_label_contains("Russian government · Yuri Ushakov:").count();
    assert!(moved >= 1);
    assert!(h.state().ws.is_dirty());
    assert!(h.state().window_title().ends_with('•'), "{}", h.state().window_title());
    // Ctrl+Z
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().ws.entry(&key).unwrap().statement.actor.as_deref(), Some("kremlin"));
    assert_eq!(h.query_all_by_label_contains("Kremlin · Yuri Ushakov:").count(), before);
    assert_eq!(h.query_all_by_label_contains("Russian government · Yuri Ushakov:").count(), 0);
    // and redo
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.query_all_by_label_contains("Russian government · Yuri Ushakov:").count(), moved);
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
    h.get_by_label("Add person").click();
    h.run();
    // a body: its spellings are only those typed, and it is listed apart
    let field = h.get_by_label("New speaker");
    field.focus();
    field.type_text("Security Council Staff, Аппарат Совбеза");
    h.run();
    h.get_by_label("Add body").click();
    h.run();
    let body = h.state().ws.session.catalogue.actor("kremlin-aides").unwrap().speakers.last().unwrap().clone();
    assert_eq!(body.kind, counterpoint::catalogue::SpeakerKind::Body);
    assert_eq!(body.aliases, ["Аппарат Совбеза"]);
    h.get_by_label("Bodies and places");
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
fn a_session_saved_with_an_older_catalogue_takes_the_new_entries_and_undo_takes_them_back() {
    // a session saved before the ministries became bodies: its catalogue
    // gives the Ukrainian spelling as the speaker
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("before-bodies.ron");
    let name = "pravda-sybiha-guarantees-uk.txt";
    let bytes = std::fs::read(sample_dir().join(name)).unwrap();
    let mut s = Session::default();
    s.articles.push(std::sync::Arc::new(counterpoint::ingest::parse_article(name, &bytes).unwrap()));
    s.catalogue =
        counterpoint::catalogue::Catalogue::from_ron(include_str!("fixtures/catalogue-before-bodies.ron")).unwrap();
    s.save(&path).unwrap();
    let mut h = harness_1280(app_with(vec![vec![path.clone()]]));
    h.run();
    h.get_by_label("Open session…").click();
    h.run();
    let speakers = |h: &Harness<'static, CounterpointApp>| -> Vec<(String, String)> {
        h.state().ws.entries[0]
            .iter()
            .filter(|e| e.statement.actor.as_deref() == Some("ukrainian-mfa"))
            .filter_map(|e| e.statement.speaker.clone().map(|s| (s, e.statement.actor.clone().unwrap())))
            .collect()
    };
    let before = speakers(&h);
    assert!(before.iter().any(|(s, _)| s == "МЗС України"), "{before:?}");
    // the Actors view offers the update and says what it brings
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    h.get_by_label("Update from built-in…").click();
    h.run();
    h.get_by_label_contains("people and bodies: Kremlin, ");
    h.get_by_label_contains("move to the body they name");
    h.get_by_label("Update").click();
    h.run();
    let after = speakers(&h);
    assert!(after.iter().any(|(s, _)| s == "Ukrainian Foreign Ministry"), "{after:?}");
    assert!(!after.iter().any(|(s, _)| s == "МЗС України"), "{after:?}");
    assert_eq!(after.len(), before.len(), "the same statements keep their actor");
    assert!(h.state().ws.is_dirty());
    // a second look finds nothing more to take
    h.get_by_label("Update from built-in…").click();
    h.run();
    h.get_by_label_contains("already has everything");
    h.get_by_label("Close").click();
    h.run();
    // undo takes the update back
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(speakers(&h), before);
}

#[test]
fn a_person_entered_as_a_body_is_turned_over_in_place_and_undo_turns_it_back() {
    use counterpoint::catalogue::SpeakerKind;
    let mut h = harness_1280(app_with(vec![vec![sample_dir().join("kremlin-briefing.txt")]]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    h.state_mut().perform(Action::CreateActor {
        name: "Harbour board".into(),
        group: "Elsewhere".into(),
        colour: counterpoint::catalogue::Rgb([9, 9, 9]),
        assign: None,
    });
    h.run();
    let field = h.get_by_label("New speaker");
    field.focus();
    field.type_text("Port Authority of Tallinn, Tallinna Sadam");
    h.run();
    h.get_by_label("Add person").click();
    h.run();
    let kind = |h: &Harness<'static, CounterpointApp>| {
        h.state().ws.session.catalogue.actor("harbour-board").unwrap().speakers[0].kind
    };
    assert_eq!(kind(&h), SpeakerKind::Person);
    // it is a body: one click, and it is listed with the bodies
    h.get_by_label("Make body").click();
    h.run();
    assert_eq!(kind(&h), SpeakerKind::Body);
    h.get_by_label("Bodies and places");
    let sp = h.state().ws.session.catalogue.actor("harbour-board").unwrap().speakers[0].clone();
    // the typed spelling stays; the surname a person is found by alone
    // is no spelling of a body (the city would be the port)
    assert_eq!(sp.aliases, ["Tallinna Sadam"]);
    // and back, then undo twice
    h.get_by_label("Make person").click();
    h.run();
    assert_eq!(kind(&h), SpeakerKind::Person);
    let sp = h.state().ws.session.catalogue.actor("harbour-board").unwrap().speakers[0].clone();
    assert_eq!(sp.aliases, ["Tallinna Sadam", "Tallinn"]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(kind(&h), SpeakerKind::Body);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(kind(&h), SpeakerKind::Person);
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

// ----- the Compare view at 1280×800 ---------------------------------------

/// Turns the mouse wheel over whatever the pointer is on.
fn wheel(h: &Harness<'static, CounterpointApp>, delta: egui::Vec2) {
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
}

/// A node's label as queries see it (a text label keeps it as its value).
fn label_of(n: &egui_kittest::Node<'_>) -> String {
    use egui_kittest::kittest::NodeT;
    let node = n.accesskit_node();
    if node.role() == egui::accesskit::Role::Label { node.value() } else { node.label() }.unwrap_or_default()
}

/// The samples open in a 1280×800 window.
fn samples_at_1280() -> Harness<'static, CounterpointApp> {
    let mut h = harness_1280(app_with(vec![]));
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    h
}

/// The header of an actor's column.
#[track_caller]
fn header(h: &Harness<'static, CounterpointApp>, name: &str) -> egui::Rect {
    h.get_by_label_contains(&format!("{name} (")).rect()
}

/// The right edge of what the Compare grid shows: the inspector's left
/// edge when it is docked, else the window's.
fn grid_right(h: &Harness<'static, CounterpointApp>) -> f32 {
    h.query_by_label("INSPECTOR").map_or(1280.0, |n| n.rect().min.x)
}

#[test]
fn at_1280_the_three_actors_sit_side_by_side_with_the_inspector_open() {
    let mut h = samples_at_1280();
    // open the inspector on a Kremlin statement
    h.get_all_by_label_contains("Kremlin · ").next().unwrap().click();
    h.run();
    assert!(h.state().selected.is_some());
    let right = grid_right(&h);
    assert!(right < 1000.0, "the inspector is docked at the right: {right}");
    let mut last = 0.0;
    for name in ["Kremlin", "Ukrainian Foreign Ministry", "Western officials"] {
        let r = header(&h, name);
        assert!(r.min.x >= last && r.max.x <= right, "{name} is not wholly in view: {r:?} (grid ends at {right})");
        assert!(r.width() >= 200.0, "{name} is squeezed: {r:?}");
        last = r.max.x;
    }
    // floating, the inspector gives the grid the whole width: more fit
    h.get_by_label("Float").click();
    h.run();
    assert!(h.state().prefs.inspector_floating);
    assert!(h.query_by_label("INSPECTOR").is_some(), "still open, in a window");
    let rfm = header(&h, "Russian Foreign Ministry");
    assert!(rfm.max.x <= 1280.0, "{rfm:?}");
    h.get_by_label("Dock").click();
    h.run();
    assert!(!h.state().prefs.inspector_floating);
}

#[test]
fn the_west_is_one_column_that_opens_into_its_members_and_closes_again() {
    let mut h = samples_at_1280();
    // closed: one "Western officials" column holds NATO's and the US
    // administration's statements; no column of its own for either
    let west = header(&h, "Western officials");
    assert!(west.max.x <= 1280.0);
    assert!(h.query_by_label_contains("NATO (").is_none(), "the West starts as one column");
    let closed = h.state().cmp.columns.iter().find(|c| c.name == "Western officials").unwrap().count;
    h.get_by_label("Open Western officials into its 7 actors").click();
    h.run();
    assert_eq!(h.state().ws.session.view.blocs.get("West"), Some(&true));
    // open: its members side by side, their statements shared among them
    let opened: usize = h.state().cmp.columns.iter().filter(|c| c.group == "West").map(|c| c.count).sum();
    assert_eq!(opened, closed, "opening moves statements, it neither adds nor drops any");
    // what none of the parts said stays with the whole, named as such
    header(&h, "Western officials · others");
    let nato = header(&h, "NATO");
    let us = header(&h, "US administration");
    assert!(nato.width() >= 200.0 && us.width() >= 200.0);
    // and one click closes it again, from the bloc's first column
    h.get_by_label("Show Western officials as one column").click();
    h.run();
    assert_eq!(h.state().ws.session.view.blocs.get("West"), Some(&false));
    assert!(h.query_by_label_contains("NATO (").is_none());
    assert_eq!(h.state().cmp.columns.iter().find(|c| c.name == "Western officials").unwrap().count, closed);
}

#[test]
fn russia_opens_by_default_and_closes_into_one_column() {
    let mut h = samples_at_1280();
    let k = header(&h, "Kremlin");
    assert!(k.width() >= 200.0);
    h.get_by_label("Show Russia as one column").click();
    h.run();
    let russia = h.state().cmp.columns.iter().find(|c| c.name == "Russia").expect("a Russia column");
    assert_eq!(russia.members.len(), 3);
    assert!(h.query_by_label_contains("Kremlin (").is_none());
    // the closed bloc's header opens it again
    h.get_by_label("Open Russia into its 3 actors").click();
    h.run();
    header(&h, "Kremlin");
}

#[test]
fn opening_a_bloc_after_saving_is_an_unsaved_change_that_closing_asks_about() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("week.ron");
    let mut h = harness_1280(app_with(vec![vec![path.clone()]]));
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(path.exists());
    assert!(!h.state().ws.is_dirty());
    // looking around is not a change: another view, a search
    h.state_mut().perform(Action::SetView(ViewKind::Statements));
    h.state_mut().perform(Action::SetSearch("talks".into()));
    h.run();
    assert!(!h.state().ws.is_dirty(), "{}", h.state().window_title());
    h.state_mut().perform(Action::SetSearch(String::new()));
    h.state_mut().perform(Action::SetView(ViewKind::Compare));
    h.run();
    // arranging the comparison is: the West opened into its actors
    h.get_by_label("Open Western officials into its 7 actors").click();
    h.run();
    assert!(h.state().window_title().ends_with('•'), "{}", h.state().window_title());
    h.state_mut().perform(Action::Close);
    h.run();
    h.get_by_label("Save changes?");
    h.get_by_label("Cancel").click();
    h.run();
    // closed again, it is as saved
    h.get_by_label("Show Western officials as one column").click();
    h.run();
    assert!(!h.state().ws.is_dirty());
    assert!(!h.state().window_title().ends_with('•'), "{}", h.state().window_title());
    // and what is saved reopens as it was arranged
    h.get_by_label("Open Western officials into its 7 actors").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().ws.is_dirty());
    let reopened = counterpoint::session::Session::load(&path).unwrap();
    assert_eq!(reopened.view.blocs.get("West"), Some(&true));
}

#[test]
fn at_1024_columns_keep_their_width_and_the_grid_scrolls_sideways() {
    let mut h = harness_sized(app_with(vec![]), 1024.0, 700.0);
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    let k = header(&h, "Kremlin");
    let u = header(&h, "Ukrainian Foreign Ministry");
    assert!(k.width() >= 200.0 && u.width() >= 200.0);
    assert!(u.max.x <= 1024.0, "two columns fit beside the sidebar: {u:?}");
    // the last columns are a sideways scroll away; scrolling moves the
    // headers with the cards
    let before = header(&h, "Western officials").min.x;
    h.hover_at(egui::pos2(600.0, 400.0));
    wheel(&h, egui::vec2(-300.0, 0.0));
    h.step();
    h.remove_cursor();
    h.run();
    assert!(header(&h, "Western officials").min.x < before - 100.0);
}

#[test]
fn headers_and_topic_labels_stay_in_place_while_scrolling() {
    let mut h = samples_at_1280();
    let head = header(&h, "Kremlin");
    let first_band = h.get_by_label_contains("NATO membership · ").rect();
    assert!(first_band.min.y > head.max.y);
    // down the page
    h.hover_at(egui::pos2(700.0, 450.0));
    for _ in 0..3 {
        wheel(&h, egui::vec2(0.0, -350.0));
        h.step();
    }
    h.remove_cursor();
    h.run();
    assert!(h.state().ui.compare_scroll.y > 500.0, "{:?}", h.state().ui.compare_scroll);
    assert_eq!(header(&h, "Kremlin"), head, "the actor header moved");
    // the topic in view is labelled at the top of the grid, under the headers
    let bands: Vec<egui::Rect> =
        h.query_all_by_label_contains(" statements").filter(|n| n.rect().min.x < 300.0).map(|n| n.rect()).collect();
    let top = bands.iter().map(|r| r.min.y).fold(f32::MAX, f32::min);
    assert!((top - head.max.y).abs() < 8.0, "no topic label pinned under the headers: {bands:?}");
    // sideways, the topic labels stay at the left edge
    let band_x = bands[0].min.x;
    let west = header(&h, "Western officials");
    h.hover_at(egui::pos2(700.0, 450.0));
    wheel(&h, egui::vec2(-400.0, 0.0));
    h.step();
    h.remove_cursor();
    h.run();
    assert!(header(&h, "Western officials").min.x < west.min.x - 100.0, "the headers follow the grid sideways");
    let band = h.query_all_by_label_contains(" statements").find(|n| n.rect().min.x < 300.0).unwrap().rect();
    assert_eq!(band.min.x, band_x);
}

/// Statements of the Kremlin on security guarantees, as shown.
fn kremlin_security_cards(h: &Harness<'static, CounterpointApp>) -> usize {
    let app = h.state();
    let row = app.cmp.rows.iter().position(|r| r.id == "security-guarantees").unwrap();
    let col = app.cmp.columns.iter().position(|c| c.id == "kremlin").unwrap();
    let keys: Vec<String> =
        app.cmp.cells[row][col].iter().map(|r| r.get(&app.ws).unwrap().text.chars().take(40).collect()).collect();
    // cards only: a headline statement's words are also the article's
    // title in the sidebar, whose label does not start with the column
    keys.iter()
        .filter(|t| {
            h.query_all_by_label_contains(&format!(": {}", t.trim()))
                .any(|n| format!("{n:?}").contains("label: \"Kremlin · "))
        })
        .count()
}

#[test]
fn a_cell_shows_its_first_cards_and_n_more_opens_the_rest() {
    // 1280 wide, tall enough that the opened cell is all in view
    let mut h = harness_sized(app_with(vec![]), 1280.0, 2600.0);
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    // only the one row, so that a statement also on another topic is not
    // counted from that row's cards
    let others: Vec<String> =
        h.state().cmp.rows.iter().map(|r| r.id.clone()).filter(|id| id != "security-guarantees").collect();
    for id in others {
        h.state_mut().perform(Action::ToggleTopic(id));
    }
    h.run();
    let (row, col) = {
        let app = h.state();
        (
            app.cmp.rows.iter().position(|r| r.id == "security-guarantees").unwrap(),
            app.cmp.columns.iter().position(|c| c.id == "kremlin").unwrap(),
        )
    };
    let total = h.state().cmp.cells[row][col].len();
    assert!(total > 3, "{total}");
    assert_eq!(kremlin_security_cards(&h), 3);
    let more = format!("Kremlin on Security guarantees: {} more", total - 3);
    h.get_by_label(&more).click();
    h.run();
    assert_eq!(kremlin_security_cards(&h), total, "the cell opened in place");
    assert!(h.state().ws.session.view.compare.expanded.contains(&("security-guarantees".into(), "kremlin".into())));
    h.get_by_label("Kremlin on Security guarantees: show fewer").click();
    h.run();
    assert_eq!(kremlin_security_cards(&h), 3);
}

#[test]
fn the_keyboard_moves_between_cards_and_accepts_hides_and_reassigns() {
    let mut h = samples_at_1280();
    assert!(h.state().ui.focus.is_none());
    // the first arrow shows the focus ring on the first card
    h.key_press(Key::ArrowDown);
    h.run();
    let first = h.state().ui.focus.clone().expect("a card has the focus");
    assert_eq!((first.row.as_str(), first.col.as_str(), first.index), ("nato-membership", "kremlin", 0));
    // right: the next column, same topic
    h.key_press(Key::ArrowRight);
    h.run();
    let f = h.state().ui.focus.clone().unwrap();
    assert_eq!((f.row.as_str(), f.col.as_str()), ("nato-membership", "ukrainian-mfa"));
    // down past the end of the cell: the next topic, same column
    h.key_press(Key::ArrowDown);
    h.run();
    let f = h.state().ui.focus.clone().unwrap();
    assert_eq!((f.row.as_str(), f.col.as_str(), f.index), ("security-guarantees", "ukrainian-mfa", 0));
    // Enter opens the inspector on it; with it open, it follows the focus
    assert!(h.state().selected.is_none());
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().selected.as_ref(), Some(&f.key));
    h.key_press(Key::ArrowDown);
    h.run();
    let f = h.state().ui.focus.clone().unwrap();
    assert_eq!(f.index, 1);
    assert_eq!(h.state().selected.as_ref(), Some(&f.key));
    // A accepts: checked, one undoable edit
    h.key_press(Key::A);
    h.run();
    assert!(h.state().ws.entry(&f.key).unwrap().checked);
    assert_eq!(h.state().ws.undo_label(), Some("accept statement"));
    assert!(h.get_all_by_label_contains("(checked)").count() >= 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!h.state().ws.entry(&f.key).unwrap().checked);
    // H hides it; the focus goes to the card that takes its place
    h.key_press(Key::H);
    h.run();
    assert!(h.state().ws.entry(&f.key).unwrap().hidden);
    let g = h.state().ui.focus.clone().unwrap();
    assert_ne!(g.key, f.key);
    assert_eq!((g.row.as_str(), g.col.as_str(), g.index), ("security-guarantees", "ukrainian-mfa", 1));
    // R reassigns: a picker that filters as you type
    h.key_press(Key::R);
    h.run();
    h.get_by_label("Assign to actor");
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Assign to actor").type_text("west");
    h.run();
    assert!(h.query_by_label("Kremlin").is_none() || h.query_all_by_label("Kremlin").count() <= 1);
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().ui.quick_pick.is_none());
    assert_eq!(h.state().ws.entry(&g.key).unwrap().statement.actor.as_deref(), Some("western-officials"));
    assert_eq!(h.state().ws.undo_label(), Some("change actor"));
}

#[test]
fn escape_closes_the_innermost_thing_only() {
    let mut h = samples_at_1280();
    h.get_all_by_label_contains("Kremlin · ").next().unwrap().click();
    h.run();
    assert!(h.state().selected.is_some());
    // a menu
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open folder…");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Open folder…").is_none(), "the menu closed");
    assert!(h.state().selected.is_some(), "the inspector stayed");
    // a drop-down list
    actor_combo(&h).click();
    h.run();
    h.get_by_label("Russian government (Russia)");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Russian government (Russia)").is_none(), "the list closed");
    assert!(h.state().selected.is_some(), "the inspector stayed");
    // the quick picker
    h.key_press(Key::R);
    h.run();
    h.get_by_label("Assign to actor");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Assign to actor").is_none());
    assert!(h.state().selected.is_some(), "the inspector stayed");
    // then the inspector
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().selected.is_none());
    assert!(h.query_by_label("INSPECTOR").is_none());
}

#[test]
fn the_shortcut_list_is_under_help() {
    let mut h = samples_at_1280();
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label_contains("Keyboard shortcuts").click();
    h.run();
    h.get_by_label("Accept: mark the attribution as checked");
    h.get_by_label("Move between cards");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Move between cards").is_none());
    h.key_press(Key::F1);
    h.run();
    h.get_by_label("Move between cards");
}

/// Types into a field and leaves it with Enter.
fn type_into(h: &mut Harness<'static, CounterpointApp>, label: &str, text: &str) {
    let field = h.get_by_label(label);
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(text);
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

#[test]
fn filtering_to_one_week_and_one_outlet() {
    let mut h = samples_at_1280();
    let all = h.state().cmp.list.len();
    let day = |h: &Harness<'static, CounterpointApp>, r: &counterpoint::compare::StatementRef| {
        h.state().ws.session.articles[r.article as usize].date.clone()
    };
    // one day, typed in the way dates are shown
    type_into(&mut h, "From", "4 Dec 2025");
    type_into(&mut h, "To", "2025-12-04");
    let list = h.state().cmp.list.clone();
    assert!(!list.is_empty() && list.len() < all);
    assert!(list.iter().all(|r| day(&h, r).as_deref() == Some("2025-12-04")));
    assert_eq!(h.get_by_label("From").value().as_deref(), Some("4 Dec 2025"), "shown the one way");
    // a date that is not one is refused, with the reason
    type_into(&mut h, "To", "next Tuesday");
    h.get_by_label_contains("not a date");
    assert_eq!(h.state().ws.session.view.filters.date_to.as_deref(), Some("2025-12-04"));
    // the last week of the session
    h.get_by_label("Last week").click();
    h.run();
    let f = h.state().ws.session.view.filters.clone();
    assert_eq!((f.date_from.as_deref(), f.date_to.as_deref()), (Some("2025-12-01"), Some("2025-12-07")));
    assert_eq!(h.state().cmp.list.len(), all);
    h.get_by_label("The week before").click();
    h.run();
    assert!(h.state().cmp.list.is_empty(), "nothing the week before");
    h.get_by_label("All dates").click();
    h.run();
    assert_eq!(h.state().cmp.list.len(), all);
    // one outlet only
    let outlet = "Rheinblick – English Edition";
    h.get_by_label(&format!("Show only {outlet}")).click();
    h.run();
    let list = h.state().cmp.list.clone();
    assert!(!list.is_empty());
    assert!(list.iter().all(|r| h.state().ws.session.articles[r.article as usize].outlet == outlet));
    assert!(label_of(&h.get_by_label_contains("of 10 articles")).contains(" 1 of 10"), "the status bar counts it");
    h.get_by_label("All outlets").click();
    h.run();
    assert_eq!(h.state().cmp.list.len(), all);
}

#[test]
fn a_dateline_without_a_year_asks_for_it_and_dates_and_outlets_are_fixed_in_the_article_view() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("fixed.ron");
    let mut h = harness_1280(app_with(vec![vec![sample_dir().join("kremlin-briefing.txt")], vec![saved.clone()]]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    // alone, nothing tells the year of "MOSCOW, December 4."
    h.get_by_label_contains("1 article is dated 4 Dec without a year");
    type_into(&mut h, "Year", "2025");
    let date = |h: &Harness<'static, CounterpointApp>| h.state().ws.session.articles[0].date.clone();
    assert_eq!(date(&h).as_deref(), Some("2025-12-04"));
    assert!(h.query_by_label_contains("without a year").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(date(&h).as_deref(), Some("December 4"));
    // in the Article view, any date can be fixed
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    type_into(&mut h, "Date", "5 December 2025");
    assert_eq!(date(&h).as_deref(), Some("2025-12-05"));
    assert_eq!(h.state().ws.undo_label(), Some("change date"));
    type_into(&mut h, "Outlet", "Wire One");
    assert_eq!(h.state().ws.session.articles[0].outlet, "Wire One");
    // shown the one way on the cards
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
    assert!(h.query_all_by_label_contains("Dmitry Peskov · Wire One · 5 Dec 2025").count() >= 1);
    // saved with the session
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let back = Session::load(&saved).unwrap();
    assert_eq!(back.articles[0].date.as_deref(), Some("2025-12-05"));
    assert_eq!(back.articles[0].outlet, "Wire One");
}

#[test]
fn a_dateline_without_a_year_takes_it_from_the_other_articles() {
    let mut h = harness_1280(app_with(vec![vec![
        sample_dir().join("kremlin-briefing.txt"),
        sample_dir().join("wire-nato-ministers.txt"),
        sample_dir().join("analysis-guarantees.txt"),
    ]]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    let dates: Vec<Option<String>> = h.state().ws.session.articles.iter().map(|a| a.date.clone()).collect();
    assert!(dates.iter().all(|d| d.as_deref().is_some_and(|d| d.starts_with("2025-12-0"))), "{dates:?}");
    assert!(h.query_by_label_contains("without a year").is_none());
    h.get_by_label_contains("taken from the other articles");
}

#[test]
fn notices_are_toasts_that_expire_and_cover_no_card() {
    let mut h = samples_at_1280();
    h.state_mut().perform(Action::OpenPaths(vec![PathBuf::from("/nonexistent/missing.txt")]));
    h.run();
    let toast = h.get_by_label("1 file could not be opened").rect();
    for card in h.get_all_by_label_contains(" · ") {
        use egui_kittest::kittest::NodeT;
        if card.accesskit_node().role() == egui::accesskit::Role::Button {
            assert!(!card.rect().intersects(toast), "a toast covers a card");
        }
    }
    // later, it is gone by itself
    for n in &mut h.state_mut().notices {
        n.at -= std::time::Duration::from_secs(60);
    }
    h.run();
    assert!(h.query_by_label("1 file could not be opened").is_none());
    assert!(h.state().notices.is_empty());
}

#[test]
fn the_view_state_belongs_to_its_session() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.ron");
    let mut h = harness_1280(app_with(vec![vec![a.clone()], vec![a.clone()]]));
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    // scrolled down and right, then saved
    h.hover_at(egui::pos2(700.0, 450.0));
    wheel(&h, egui::vec2(-250.0, -600.0));
    h.step();
    h.remove_cursor();
    h.run();
    let scrolled = h.state().ui.compare_scroll;
    assert!(scrolled.x > 100.0 && scrolled.y > 300.0, "{scrolled:?}");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(a.exists());
    // a new session starts at the top left
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    assert_eq!(h.state().ui.compare_scroll, egui::Vec2::ZERO);
    assert!(h.get_by_label_contains("NATO membership · ").rect().min.y < 200.0);
    // and the saved one reopens where it was left
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Discard").click();
    h.run();
    h.get_by_label("Open session…").click();
    h.run();
    h.run();
    let back = h.state().ui.compare_scroll;
    assert!((back - scrolled).length() < 2.0, "{back:?} != {scrolled:?}");
}

#[test]
fn the_first_screen_opens_a_folder_too() {
    let mut h = harness_1280(app_with(vec![vec![sample_dir()]]));
    h.run();
    h.get_by_label("Open folder…").click();
    h.run();
    assert_eq!(h.state().ws.session.articles.len(), counterpoint::samples::SAMPLES.len());
}

#[test]
fn file_open_folder_opens_every_article_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("week-2");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(dir.path().join("one.txt"), "Talks resume\n\n“We are ready,” Dmitry Peskov said.\n").unwrap();
    std::fs::write(sub.join("two.md"), "# Envoys meet\n\nThe envoy said the talks would go on.\n").unwrap();
    std::fs::write(sub.join("notes.json"), "{}").unwrap();
    let mut h = harness_1280(app_with(vec![dir.path().to_path_buf()].into_iter().map(|p| vec![p]).collect()));
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open folder…").click();
    h.run();
    // the folder and its subfolder, article files only
    assert_eq!(h.state().ws.session.articles.len(), counterpoint::samples::SAMPLES.len() + 2);
}

#[test]
fn one_statement_is_not_one_statements() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("one.txt");
    std::fs::write(&p, "Envoy speaks\n\n“We will keep talking,” Dmitry Peskov told reporters.\n").unwrap();
    let mut h = harness_1280(app_with(vec![vec![p]]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    assert_eq!(h.state().ws.statement_count(), 1);
    assert!(h.query_all_by_label_contains("1 statement").count() >= 2);
    let wrong = h.query_all_by_label_contains("1 statements").filter(|n| {
        let l = label_of(n);
        let i = l.find("1 statements").unwrap();
        i == 0 || !l.as_bytes()[i - 1].is_ascii_digit()
    });
    assert_eq!(wrong.count(), 0);
}

#[test]
fn the_actors_view_fits_1024_px() {
    let mut h = harness_sized(app_with(vec![]), 1024.0, 768.0);
    h.run();
    h.get_by_label("Try the samples").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    let kremlin = h.state().ws.session.catalogue.actor("kremlin").unwrap().clone();
    // each alias stays on one line with its ×, inside the window
    for alias in &kremlin.aliases {
        let x = h.get_by_label(&format!("Remove alias “{alias}”")).rect();
        let word = h
            .get_all_by_label(alias)
            .map(|n| n.rect())
            .find(|r| r.max.x <= x.min.x + 1.0 && (r.center().y - x.center().y).abs() < 6.0);
        assert!(word.is_some(), "“{alias}” is not beside its ×");
        assert!(x.max.x <= 1024.0, "the × of “{alias}” is off the window: {x:?}");
    }
    // every speaker's Remove button can be reached
    for b in h.get_all_by_label("Remove") {
        assert!(b.rect().max.x <= 1024.0, "{:?}", b.rect());
    }
}

// ----- confidence and the Check first list ----------------------------------

/// The confidences the Check first rows show, top to bottom.
fn check_rows(h: &Harness<'static, CounterpointApp>) -> Vec<(f32, u8)> {
    let mut rows: Vec<(f32, u8)> = h
        .query_all_by_label_contains("% sure · ")
        .map(|n| (n.rect().min.y, label_of(&n).split('%').next().unwrap().parse().unwrap()))
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows
}

fn focus_key(h: &Harness<'static, CounterpointApp>) -> counterpoint::session::StatementKey {
    h.state().ui.check_focus.clone().expect("a row has the focus").0
}

fn in_check_list(h: &Harness<'static, CounterpointApp>, key: &counterpoint::session::StatementKey) -> bool {
    h.state().ui.check_list.iter().any(|r| &r.get(&h.state().ws).unwrap().key == key)
}

#[test]
fn doubtful_cards_are_marked_and_the_inspector_says_why() {
    let mut h = samples_at_1280();
    // some card in view carries the mark, with its figure
    let marked = h.query_all_by_label_contains("(check first: ").count();
    assert!(marked >= 1, "no card marked");
    let card = h.get_all_by_label_contains("(check first: ").next().unwrap();
    let label = label_of(&card);
    card.click();
    h.run();
    let key = h.state().selected.clone().unwrap();
    let sure = h.state().ws.entry(&key).unwrap().statement.confidence;
    assert!(sure < 75 && label.contains(&format!("check first: {sure}% sure")), "{label}");
    // the inspector: the rule and how sure, with the reasons
    let rule = h.state().ws.entry(&key).unwrap().statement.rule.clone();
    h.get_by_label(&format!("the rule “{rule}”"));
    h.get_by_label(&format!("? {sure}% — check first"));
    assert!(h.query_all_by_label_contains(&format!("• found by the rule “{rule}”")).count() >= 1);
    // accepted: no longer marked
    h.key_press(Key::A);
    h.run();
    h.get_by_label(&format!("{sure}% — reviewed by you"));
}

#[test]
fn the_check_first_list_is_worked_through_with_the_keyboard_at_1280() {
    let mut h = samples_at_1280();
    // one accepted before the list opens stays out of it
    let accepted = {
        let app = h.state();
        let list = counterpoint::compare::check_first(&app.ws, &app.cmp.included, 75);
        list[0].get(&app.ws).unwrap().key.clone()
    };
    h.state_mut().perform(Action::SetChecked(accepted.clone(), true));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    h.run();
    h.get_by_label("Check first");
    let n = h.state().ui.check_list.len();
    assert!(n >= 5, "{n}");
    assert!(!in_check_list(&h, &accepted));
    h.get_by_label(&format!("Check first ({n})"));
    // least sure first, as shown
    let rows = check_rows(&h);
    assert!(rows.len() >= 5, "{rows:?}");
    assert!(rows.windows(2).all(|p| p[0].1 <= p[1].1), "{rows:?}");
    assert!(rows.iter().all(|r| r.1 < 75));
    // each row names the speaker, the actor and why
    let first = label_of(&h.get_all_by_label_contains("% sure · ").next().unwrap());
    assert!(first.contains("found by the rule"), "{first}");

    // the first row has the focus; down moves it
    let top = focus_key(&h);
    h.key_press(Key::ArrowDown);
    h.run();
    let second = focus_key(&h);
    assert_ne!(top, second);
    let third = h.state().ui.check_list[2].get(&h.state().ws).unwrap().key.clone();
    // A accepts: the row leaves, the focus goes to the one after it
    h.key_press(Key::A);
    h.run();
    assert!(h.state().ws.entry(&second).unwrap().checked);
    assert!(!in_check_list(&h, &second));
    assert_eq!(h.state().ui.check_list.len(), n - 1);
    assert_eq!(focus_key(&h), third);
    h.get_by_label(&format!("Check first ({})", n - 1));
    // Ctrl+Z brings it back
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!h.state().ws.entry(&second).unwrap().checked);
    assert!(in_check_list(&h, &second));
    assert_eq!(h.state().ui.check_list.len(), n);

    // H hides the row in focus: it leaves too
    let f = focus_key(&h);
    h.key_press(Key::H);
    h.run();
    assert!(h.state().ws.entry(&f).unwrap().hidden);
    assert!(!in_check_list(&h, &f));

    // Enter opens the inspector on the row in focus
    let f = focus_key(&h);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().selected.as_ref(), Some(&f));
    h.get_by_label("INSPECTOR");
    h.get_by_label("Found by");
    // the row is still whole beside the inspector
    let row = h.get_all_by_label_contains("% sure · ").next().unwrap().rect();
    assert!(row.max.x <= grid_right(&h) + 1.0 && row.width() > 300.0, "{row:?}");
}

#[test]
fn reassigning_from_the_check_first_list_moves_the_actor() {
    let mut h = samples_at_1280();
    h.get_by_label_contains("Check first (").click();
    h.run();
    let n = h.state().ui.check_list.len();
    // a row whose actor is not a Western one
    let at = h
        .state()
        .ui
        .check_list
        .iter()
        .position(|r| r.get(&h.state().ws).unwrap().statement.actor.as_deref() != Some("western-officials"))
        .unwrap();
    for _ in 0..at {
        h.key_press(Key::ArrowDown);
        h.run();
    }
    let f = focus_key(&h);
    let next = h.state().ui.check_list.get(at + 1).map(|r| r.get(&h.state().ws).unwrap().key.clone());
    h.key_press(Key::R);
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Assign to actor").type_text("western");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().ws.entry(&f).unwrap().statement.actor.as_deref(), Some("western-officials"));
    assert_eq!(h.state().ws.undo_label(), Some("change actor"));
    assert!(!in_check_list(&h, &f));
    assert_eq!(h.state().ui.check_list.len(), n - 1);
    if let Some(next) = next {
        assert_eq!(focus_key(&h), next);
    }
    // undone: back with its old actor
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(in_check_list(&h, &f));
}

#[test]
fn the_check_first_list_follows_the_sidebar_filters() {
    let mut h = samples_at_1280();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    h.run();
    let all = h.state().ui.check_list.clone();
    let langs: std::collections::HashSet<String> =
        all.iter().map(|r| h.state().ws.session.articles[r.article as usize].lang.0.clone()).collect();
    assert!(langs.contains("en") && langs.len() > 1, "{langs:?}");
    // English only: the list keeps the English rows, in the same order
    for l in langs.iter().filter(|l| *l != "en") {
        h.state_mut().perform(Action::ToggleLanguage(l.clone()));
    }
    h.run();
    let en: Vec<_> =
        all.iter().copied().filter(|r| h.state().ws.session.articles[r.article as usize].lang.0 == "en").collect();
    assert_eq!(h.state().ui.check_list, en);
    assert!(en.len() < all.len());
}

#[test]
fn the_shortcut_list_has_the_check_first_keys() {
    let mut h = samples_at_1280();
    h.key_press(Key::F1);
    h.run();
    h.get_by_label("Accept, hide or reassign: the statement leaves the list");
    h.get_by_label("Check first: the statements least sure, to review");
}

#[test]
fn the_inspector_shows_the_role_the_article_date_gave_the_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kyiv-lecture.html");
    std::fs::write(
        &p,
        "<html><head><meta property=\"article:published_time\" content=\"2025-03-10T08:00:00Z\">\
         <title>A lecture in Kyiv</title></head><body><article><h1>A lecture in Kyiv</h1>\
         <p>Dmytro Kuleba said: \"Our windows face west and will stay that way.\"</p></article></body></html>",
    )
    .unwrap();
    let mut h = harness_1280(app_with(vec![vec![p]]));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    let e = h.state().ws.entries[0].iter().find(|e| e.statement.speaker.as_deref() == Some("Dmytro Kuleba")).unwrap();
    // out of office on the article's date: no actor, and the inspector says why
    assert_eq!(e.statement.actor, None);
    let key = e.key.clone();
    h.state_mut().selected = Some(key);
    h.run();
    h.get_by_label("former Ukrainian Foreign Minister, 2024–");
}
