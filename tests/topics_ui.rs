//! Topics and stance in the window, driven as a user would (egui_kittest):
//! the topic editor, correcting a stance, and the suggestions learnt from
//! corrections. Some flows run in a 1280×800 window, the size of a small
//! laptop screen.

use counterpoint::app::picker::ScriptedPicker;
use counterpoint::app::prefs::Prefs;
use counterpoint::app::{Action, CounterpointApp};
use counterpoint::session::ViewKind;
use counterpoint::topics::Stance;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;

fn sample_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples")
}

fn app_with(answers: Vec<Vec<PathBuf>>) -> CounterpointApp {
    CounterpointApp::new(Box::new(ScriptedPicker::new(answers)), Prefs::default(), None).with_inline_jobs()
}

fn harness(app: CounterpointApp, size: (f32, f32)) -> Harness<'static, CounterpointApp> {
    Harness::builder().with_size(egui::vec2(size.0, size.1)).build_ui_state(
        |ui, app: &mut CounterpointApp| {
            if app.ctx.is_none() {
                counterpoint::app::views::style::install(ui.ctx(), false);
            }
            app.show(ui)
        },
        app,
    )
}

fn open(paths: Vec<PathBuf>, size: (f32, f32)) -> Harness<'static, CounterpointApp> {
    let mut h = harness(app_with(vec![paths]), size);
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    h
}

#[test]
fn the_topic_editor_adds_a_topic_with_terms_renames_and_deletes_it_with_undo() {
    let mut h = open(vec![sample_dir().join("kremlin-briefing.txt")], (1280.0, 800.0));
    let topics_before = h.state().ws.session.topics.topics.len();
    // from the sidebar
    h.get_by_label("Edit…").click();
    h.run();
    assert_eq!(h.state().ws.session.view.view, ViewKind::Topics);
    h.get_by_label("The rows of the comparison. Changes apply to every article.");
    let f = h.get_by_label("New topic");
    f.focus();
    f.type_text("Diplomatic protocol");
    h.run();
    h.get_by_label("Add topic").click();
    h.run();
    let lex = &h.state().ws.session.topics;
    assert_eq!(lex.topics.len(), topics_before + 1);
    assert!(lex.topic("diplomatic-protocol").is_some());
    assert_eq!(h.state().ui.topic_selected.as_deref(), Some("diplomatic-protocol"));
    // no proposition: no stance
    h.get_by_label("No proposition: statements on this topic get no stance.");
    // a term the briefing's statements use
    let f = h.get_by_label("New term");
    f.focus();
    f.type_text("Kremlin");
    h.run();
    h.get_by_label("Add term").click();
    h.run();
    let terms = h.state().ws.session.topics.topic("diplomatic-protocol").unwrap().terms.get("en").cloned();
    assert_eq!(terms, Some(vec!["Kremlin".to_string()]));
    // statements are re-tagged with it
    let tagged = h
        .state()
        .ws
        .entries
        .iter()
        .flatten()
        .filter(|e| e.statement.topics.iter().any(|t| t == "diplomatic-protocol"))
        .count();
    assert!(tagged >= 1, "no statement tagged with the new topic");
    // a proposition, typed and committed when the field is left
    let p = h.get_by_label("Proposition");
    p.focus();
    p.type_text("Embassies should stay open");
    h.run();
    h.get_by_label("Name").focus();
    h.run();
    assert_eq!(
        h.state().ws.session.topics.topic("diplomatic-protocol").unwrap().proposition,
        "Embassies should stay open"
    );
    // this topic takes the remarks under headlines that name it with others
    h.get_by_label(counterpoint::app::views::topics::REMARKS_LABEL).click();
    h.run();
    assert!(h.state().ws.session.topics.topic("diplomatic-protocol").unwrap().remarks);
    assert_eq!(h.state().ws.undo_label(), Some("take remarks"));
    // rename
    h.get_by_label("Name").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Name").type_text("Protocol");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().ws.session.topics.topic("diplomatic-protocol").unwrap().name, "Protocol");
    // undo the rename, the check box, the proposition, then the term
    assert_eq!(h.state().ws.undo_label(), Some("rename topic"));
    for _ in 0..4 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }
    let t = h.state().ws.session.topics.topic("diplomatic-protocol").unwrap().clone();
    assert_eq!(t.name, "Diplomatic protocol");
    assert!(t.proposition.is_empty());
    assert!(!t.remarks);
    assert!(t.terms.get("en").is_none_or(Vec::is_empty));
    // delete, and undo brings it back
    h.get_by_label("Delete topic").click();
    h.run();
    assert!(h.state().ws.session.topics.topic("diplomatic-protocol").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().ws.session.topics.topic("diplomatic-protocol").is_some());
}

#[test]
fn correcting_a_stance_in_the_inspector_is_undoable_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stance.ron");
    let mut h =
        harness(app_with(vec![vec![sample_dir().join("kremlin-briefing.txt")], vec![path.clone()]]), (1280.0, 800.0));
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    // a statement with a stance on some topic
    let (key, topic, stance) = h
        .state()
        .ws
        .entries
        .iter()
        .flatten()
        .find_map(|e| e.statement.stance.iter().next().map(|(t, s)| (e.key.clone(), t.clone(), *s)))
        .expect("the briefing has statements with a stance");
    let name = h.state().ws.session.topics.topic(&topic).unwrap().name.clone();
    h.state_mut().perform(Action::Select(Some(key.clone())));
    h.run();
    // the inspector shows the stance and the words that decided it
    assert!(h.query_all_by_label_contains("read as ").count() >= 1);
    let other = if stance == Stance::Against { Stance::Favor } else { Stance::Against };
    let button = format!("{}: {name}", if other == Stance::Against { "Against" } else { "For" });
    h.get_by_label(&button).scroll_to_me();
    h.run();
    h.get_by_label(&button).click();
    h.run();
    assert_eq!(h.state().ws.entry(&key).unwrap().statement.stance.get(&topic), Some(&other));
    h.get_by_label("set by you");
    assert_eq!(h.state().ws.undo_label(), Some("change stance"));
    // undo and redo
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().ws.entry(&key).unwrap().statement.stance.get(&topic), Some(&stance));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().ws.entry(&key).unwrap().statement.stance.get(&topic), Some(&other));
    // saved and reopened
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(path.exists());
    let mut h2 = harness(app_with(vec![vec![path]]), (1280.0, 800.0));
    h2.run();
    h2.get_by_label("Open session…").click();
    h2.run();
    assert_eq!(h2.state().ws.entry(&key).unwrap().statement.stance.get(&topic), Some(&other));
    // the Statements view shows a stance column
    h2.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h2.run();
    h2.get_by_label("Stance");
}

/// Two short articles, written for this test, that report the same remark
/// in nearly the same words (as outlets copy wire reports).
fn twin_reports(dir: &std::path::Path) -> Vec<PathBuf> {
    let a = "Port authority chief speaks on freighters\n\n\
             The harbour master said the freighter lanes along the coast must stay open to every cargo vessel.\n\n\
             The mayor said the new bridge would open in June.\n";
    let b = "Harbour chief on cargo lanes\n\n\
             The harbour master said the freighter lanes along the coast must stay open for every cargo vessel.\n\n\
             A local official said the festival drew large crowds.\n";
    let pa = dir.join("harbour-a.txt");
    let pb = dir.join("harbour-b.txt");
    std::fs::write(&pa, a).unwrap();
    std::fs::write(&pb, b).unwrap();
    vec![pa, pb]
}

#[test]
fn a_correction_turns_into_suggestions_for_statements_worded_alike() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(twin_reports(dir.path()), (1280.0, 800.0));
    h.state_mut().perform(Action::ShowAllActors);
    h.state_mut().perform(Action::SetShowUnattributed(true));
    h.run();
    let find = |h: &Harness<'static, CounterpointApp>, article: usize| {
        h.state().ws.entries[article]
            .iter()
            .find(|e| e.text.contains("freighter lanes"))
            .map(|e| e.key.clone())
            .expect("the remark is found")
    };
    let (first, second) = (find(&h, 0), find(&h, 1));
    let rules = h.state().ws.entry(&second).unwrap().statement.topics.clone();
    assert_eq!(rules, ["grain-food"], "the rules read shipping as grain and food");
    // the analyst's codebook files these lanes under Sanctions, not grain:
    // in the inspector (the last checkbox of each name: the sidebar has
    // filters of the same names)
    h.state_mut().perform(Action::Select(Some(first.clone())));
    h.run();
    let tick = |h: &mut Harness<'static, CounterpointApp>, name: &str| {
        // the inspector may need scrolling at 1280×800
        h.get_all_by_role_and_label(egui::accesskit::Role::CheckBox, name).last().unwrap().scroll_to_me();
        h.run();
        h.get_all_by_role_and_label(egui::accesskit::Role::CheckBox, name).last().unwrap().click();
        h.run();
    };
    tick(&mut h, "Sanctions");
    tick(&mut h, "Grain and food");
    assert_eq!(h.state().ws.entry(&first).unwrap().statement.topics, ["sanctions"]);
    // the twin is now suggested the same, marked as a suggestion
    let twin = h.state().ws.entry(&second).unwrap().clone();
    assert_eq!(twin.statement.topics, ["sanctions"], "the model suggests it");
    assert!(twin.suggestion.is_some());
    assert!(h.state().ws.entry(&first).unwrap().suggestion.is_none(), "a correction is never a suggestion");
    // a statement worded differently keeps the rules' reading
    let other = h.state().ws.entries[1].iter().find(|e| e.text.contains("festival")).cloned();
    assert!(other.is_none_or(|e| e.suggestion.is_none()));
    h.state_mut().perform(Action::Select(Some(second.clone())));
    h.run();
    h.get_by_label("SUGGESTED");
    h.get_by_label("Suggested from your corrections");
    // undo the correction (both steps): the suggestion goes too
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }
    assert!(h.state().ws.entry(&second).unwrap().suggestion.is_none());
    assert_eq!(h.state().ws.entry(&second).unwrap().statement.topics, ["grain-food"]);
    // redo, then accept the suggestion: it becomes the analyst's own
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        h.run();
    }
    assert!(h.state().ws.entry(&second).unwrap().suggestion.is_some());
    h.get_by_label("Accept suggestion").click();
    h.run();
    let twin = h.state().ws.entry(&second).unwrap();
    assert!(twin.suggestion.is_none());
    assert_eq!(twin.statement.topics, ["sanctions"]);
    assert!(h.state().ws.session.annotations.get(&second).is_some_and(|a| a.topics.is_some()));
}
