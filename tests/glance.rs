//! Positions at a glance, driven as a user would at 1280×800: the Compare
//! cells' summaries, and the Voices, Timeline and Agreement views.
//!
//! The session is three short articles written for these tests, whose
//! statements are then given actors, a topic and a stance by hand, so
//! what the views must show is known exactly.

use counterpoint::app::picker::ScriptedPicker;
use counterpoint::app::prefs::Prefs;
use counterpoint::app::{Action, CounterpointApp};
use counterpoint::session::{StatementKey, ViewKind};
use counterpoint::topics::Stance;
use counterpoint::workspace::ArticleMeta;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use Stance::{Against, Favor, Neutral};

/// (outlet, date, text, [(actor, stance)] for its statements in order).
type Plan = [(&'static str, Option<&'static str>, &'static str, &'static [(&'static str, Stance)])];

const PLAN: &Plan = &[
    (
        "Harbour Post",
        Some("2025-03-03"),
        "Ferry fares to rise\n\nThe minister said that the ferry timetable would be published on Monday.\n\n\
         The envoy said that the new pier was a waste of public money.\n\n\
         The harbour master said that the tides had been unusually calm all week.\n",
        &[("kremlin", Favor), ("ukrainian-mfa", Against), ("kremlin", Neutral)],
    ),
    (
        "Valley Courier",
        Some("2025-03-12"),
        "Tolls debated\n\nThe minister said that the bridge tolls must be lowered before winter.\n\n\
         The envoy said that the council would never accept the new tolls.\n",
        &[("kremlin", Against), ("ukrainian-mfa", Against)],
    ),
    (
        "",
        None,
        "Night notes\n\nThe minister said that nobody in the office had read the report yet.\n\n\
         The envoy said that the lanterns on the quay should stay lit until midnight.\n",
        &[("kremlin", Against), ("western-officials", Favor)],
    ),
];

fn harness_1280(app: CounterpointApp) -> Harness<'static, CounterpointApp> {
    Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_ui_state(
        |ui, app: &mut CounterpointApp| {
            if app.ctx.is_none() {
                counterpoint::app::views::style::install(ui.ctx(), false);
            }
            app.show(ui)
        },
        app,
    )
}

/// The session of [`PLAN`], with every statement on Sanctions and
/// nothing else, and the keys of the planned statements.
fn session() -> (Harness<'static, CounterpointApp>, Vec<Vec<StatementKey>>) {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = PLAN
        .iter()
        .enumerate()
        .map(|(i, (_, _, text, _))| {
            let p = dir.path().join(format!("note-{i}.txt"));
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    let mut app = CounterpointApp::new(Box::new(ScriptedPicker::default()), Prefs::default(), None).with_inline_jobs();
    app.perform(Action::OpenPaths(paths.clone()));
    let mut h = harness_1280(app);
    h.run();
    let mut keys = Vec::new();
    for (i, (outlet, date, _, statements)) in PLAN.iter().enumerate() {
        let ai = h
            .state()
            .ws
            .session
            .articles
            .iter()
            .position(|a| a.source.ends_with(&format!("note-{i}.txt")))
            .expect("article opened");
        let id = h.state().ws.session.articles[ai].id.clone();
        h.state_mut().perform(Action::SetArticleMeta(
            id,
            ArticleMeta { outlet: outlet.to_string(), date: date.map(str::to_string) },
        ));
        let found: Vec<StatementKey> = h.state().ws.entries[ai].iter().map(|e| e.key.clone()).collect();
        assert!(found.len() >= statements.len(), "article {i}: {} statements", found.len());
        for (k, (actor, stance)) in found.iter().zip(statements.iter()) {
            h.state_mut().perform(Action::SetActor(k.clone(), Some(actor.to_string())));
            h.state_mut().perform(Action::SetTopics(k.clone(), vec!["sanctions".into()]));
            h.state_mut().perform(Action::SetStance(k.clone(), "sanctions".into(), Some(*stance)));
        }
        for k in &found[statements.len()..] {
            h.state_mut().perform(Action::SetHidden(k.clone(), true));
        }
        keys.push(found[..statements.len()].to_vec());
    }
    h.run();
    (h, keys)
}

#[test]
fn a_compare_cell_says_where_the_actor_stands_before_its_cards() {
    let (mut h, keys) = session();
    // Kremlin on Sanctions: for once (3 Mar), neutral once, against twice
    // (12 Mar and undated); two outlets and one unknown
    h.get_by_label(
        "Kremlin on Sanctions: 1 for · 2 against · 1 neutral · 4 statements · 2 outlets · 3 Mar – 12 Mar 2025",
    );
    h.get_by_label(
        "Ukrainian Foreign Ministry on Sanctions: 2 against · 2 statements · 2 outlets · 3 Mar – 12 Mar 2025",
    );
    // an actor of one undated statement from no known outlet
    h.get_by_label("Western officials on Sanctions: 1 for · 1 statement · outlet unknown · no date");
    // the summary sits above the cell's first card, inside the window
    let first_card = h.get_all_by_label_contains("Kremlin · ").next().unwrap().rect();
    let s = h
        .get_by_label(
            "Kremlin on Sanctions: 1 for · 2 against · 1 neutral · 4 statements · 2 outlets · 3 Mar – 12 Mar 2025",
        )
        .rect();
    assert!(s.max.y <= first_card.min.y + 1.0, "{s:?} {first_card:?}");
    assert!(s.max.x <= 1280.0);
    // the first card is on the majority side (against)
    let c = &h.state().cmp;
    let row = c.rows.iter().position(|r| r.id == "sanctions").unwrap();
    let col = c.columns.iter().position(|c| c.id == "kremlin").unwrap();
    let lead = c.cells[row][col][0].get(&h.state().ws).unwrap();
    assert_eq!(lead.statement.stance.get("sanctions"), Some(&Against));
    // accepting the minority statement makes it the lead: the analyst
    // vouched for it twice over (its stance and its attribution)
    let favor = keys[0][0].clone();
    h.state_mut().perform(Action::SetChecked(favor.clone(), true));
    h.run();
    let c = &h.state().cmp;
    assert_eq!(c.cells[row][col][0].get(&h.state().ws).unwrap().key, favor);
}

#[test]
fn the_new_tabs_fit_the_top_bar_at_1280_and_answer_ctrl_7_8_9() {
    let (mut h, _) = session();
    // the filter box and its label, at the right of the bar
    let filter = h.get_all_by_label("Filter").map(|n| n.rect().min.x).fold(f32::MAX, f32::min);
    let mut right = 0.0f32;
    for name in ["Compare", "Statements", "Article", "Actors", "Topics", "Voices", "Timeline", "Agreement"] {
        let tops: Vec<egui::Rect> = h.get_all_by_label(name).map(|n| n.rect()).filter(|r| r.min.y < 40.0).collect();
        assert!(!tops.is_empty(), "no {name} tab");
        for r in tops {
            assert!(r.max.x < filter, "{name} at {r:?} runs into the filter at x = {filter}");
            right = right.max(r.max.x);
        }
    }
    assert!(right < 1280.0);
    h.get_by_label_contains("Check first (");
    for (key, view) in
        [(Key::Num7, ViewKind::Voices), (Key::Num8, ViewKind::Timeline), (Key::Num9, ViewKind::Agreement)]
    {
        h.key_press_modifiers(Modifiers::COMMAND, key);
        h.run();
        assert_eq!(h.state().ws.session.view.view, view);
    }
    // and Help ▸ Keyboard shortcuts lists them
    h.key_press(Key::F1);
    h.run();
    h.get_by_label_contains("Voices, Timeline, Agreement");
}

#[test]
fn voices_show_who_each_outlet_quotes_and_list_a_segment_on_click() {
    let (mut h, keys) = session();
    h.get_all_by_label("Voices").find(|n| n.rect().min.y < 40.0).unwrap().click();
    h.run();
    // Harbour Post carries two Kremlin statements of three
    h.get_by_label("Harbour Post: Kremlin 2 of 3 (67%)");
    h.get_by_label("Harbour Post: Ukrainian Foreign Ministry 1 of 3 (33%)");
    h.get_by_label("Valley Courier: Kremlin 1 of 2 (50%)");
    // the article without an outlet is counted, apart
    h.get_by_label("Unknown outlet: Western officials 1 of 2 (50%)");
    h.get_by_label_contains("3 outlets · 7 statements shown");
    // click a segment: its statements are listed; click one: inspector
    h.get_by_label("Valley Courier: Ukrainian Foreign Ministry 1 of 2 (50%)").click();
    h.run();
    h.get_by_label_contains("Ukrainian Foreign Ministry in Valley Courier: 1 statement");
    h.get_by_label_contains("the council would never accept the new tolls").click();
    h.run();
    assert_eq!(h.state().selected.as_ref(), Some(&keys[1][1]));
    h.get_by_label("INSPECTOR");
    // the sidebar's filters apply: without Valley Courier, it is gone
    h.state_mut().perform(Action::ToggleOutlet("Valley Courier".into()));
    h.run();
    assert!(h.query_by_label("Valley Courier: Kremlin 1 of 2 (50%)").is_none());
    h.get_by_label_contains("2 outlets · 5 statements shown");
    // sorted by name, the unknown outlet comes last
    h.get_by_label("Outlet name").click();
    h.run();
    let harbour = h.get_by_label("Harbour Post: Kremlin 2 of 3 (67%)").rect();
    let unknown = h.get_by_label("Unknown outlet: Western officials 1 of 2 (50%)").rect();
    assert!(harbour.min.y < unknown.min.y);
}

#[test]
fn the_timeline_marks_each_statement_by_date_flags_a_turn_and_lists_the_undated() {
    let (mut h, keys) = session();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num8);
    h.run();
    h.state_mut().perform(Action::SetGlanceTopic("sanctions".into()));
    h.run();
    // the Kremlin went from for (3 Mar) to against (12 Mar)
    h.get_by_label("Kremlin turned favor → against on 12 Mar 2025");
    // the dated marks, with their day and stance
    h.get_by_label_contains("Kremlin · 3 Mar 2025 · favor: ");
    h.get_by_label_contains("Kremlin · 3 Mar 2025 · neutral: ");
    h.get_by_label_contains("Kremlin · 12 Mar 2025 · against: ");
    assert_eq!(h.query_all_by_label_contains("Ukrainian Foreign Ministry · ").count(), 2);
    // the two statements of the undated article are listed apart
    h.get_by_label("2 statements without a date");
    // both marks of one day are apart from each other and on the chart
    let a = h.get_by_label_contains("Kremlin · 3 Mar 2025 · favor: ").rect();
    let b = h.get_by_label_contains("Kremlin · 3 Mar 2025 · neutral: ").rect();
    assert!(!a.intersects(b));
    assert!(a.max.x < 1280.0 && a.max.y < 800.0);
    // click a mark: the statement is selected and the inspector opens
    h.get_by_label_contains("Kremlin · 12 Mar 2025 · against: ").click();
    h.run();
    assert_eq!(h.state().selected.as_ref(), Some(&keys[1][0]));
    h.get_by_label("INSPECTOR");
}

#[test]
fn the_timeline_of_one_day_puts_every_mark_on_that_day() {
    let (mut h, _) = session();
    // only the Harbour Post: every dated statement is from 3 Mar
    h.state_mut().perform(Action::OnlyOutlet("Harbour Post".into()));
    h.state_mut().perform(Action::SetView(ViewKind::Timeline));
    h.state_mut().perform(Action::SetGlanceTopic("sanctions".into()));
    h.run();
    // (the sidebar's article list has the date too)
    let marks: Vec<egui::Rect> =
        h.query_all_by_label_contains(" · 3 Mar 2025 · ").map(|n| n.rect()).filter(|r| r.min.x > 300.0).collect();
    assert_eq!(marks.len(), 3);
    // one column, in the chart's middle
    let x = marks[0].center().x;
    assert!(marks.iter().all(|m| (m.center().x - x).abs() < 1.0));
    h.get_by_label("No actor changed sides on this topic in the statements shown.");
}

#[test]
fn agreement_counts_pairs_on_the_same_and_opposite_sides_and_lists_them() {
    let (mut h, keys) = session();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num9);
    h.run();
    h.state_mut().perform(Action::SetGlanceTopic("sanctions".into()));
    h.run();
    // Kremlin: 1 for, 2 against; Ukrainian MFA: 2 against; West: 1 for
    h.get_by_label("Kremlin and Ukrainian Foreign Ministry: agree 4, conflict 2");
    h.get_by_label("Ukrainian Foreign Ministry and Kremlin: agree 4, conflict 2");
    h.get_by_label("Kremlin and Western officials: agree 1, conflict 2");
    h.get_by_label("Ukrainian Foreign Ministry and Western officials: agree 0, conflict 2");
    // click a cell: both actors' statements behind it
    h.get_by_label("Ukrainian Foreign Ministry and Western officials: agree 0, conflict 2").click();
    h.run();
    h.get_by_label_contains("Ukrainian Foreign Ministry and Western officials: 0 pairs agreeing, 2 pairs in conflict");
    let lines = h.query_all_by_label_contains("against · ").count() + h.query_all_by_label_contains("favor · ").count();
    assert_eq!(lines, 3);
    h.get_by_label_contains("should stay lit until midnight").click();
    h.run();
    assert_eq!(h.state().selected.as_ref(), Some(&keys[2][1]));
    // the view's topic and open cell belong to the session
    let p = &h.state().ws.session.view.positions;
    assert_eq!(p.topic, "sanctions");
    assert_eq!(p.agreement_open, Some(("ukrainian-mfa".to_string(), "western-officials".to_string())));
}
