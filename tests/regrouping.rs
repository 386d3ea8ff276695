//! Grouping re-reported statements, measured: the fixture holds statements
//! written for this test, each re-reported by several made-up outlets
//! (whole, trimmed, re-punctuated, turned into reported speech) among
//! other remarks of the same speakers on the same subjects, with the group
//! each belongs to. Pairwise precision and recall must stay at 0.90 or
//! more; `cargo test --release --test regrouping -- --nocapture` prints
//! them.

use counterpoint::article::ArticleId;
use counterpoint::grouping::{self, Item};
use counterpoint::session::StatementKey;
use counterpoint::span::Span;

#[derive(serde::Deserialize)]
struct Line {
    group: String,
    speaker: String,
    lang: String,
    text: String,
}

fn fixture() -> (Vec<Item>, Vec<String>) {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/regrouping.jsonl")).unwrap();
    let lines: Vec<Line> =
        text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect();
    let items = lines
        .iter()
        .enumerate()
        .map(|(n, l)| Item {
            key: StatementKey { article: ArticleId(format!("{n:016x}")), span: Span::new(0, l.text.len()) },
            speaker: grouping::speaker_key(Some(&l.speaker)),
            lang: l.lang.clone(),
            text: l.text.clone(),
            pin: None,
        })
        .collect();
    (items, lines.into_iter().map(|l| l.group).collect())
}

#[test]
fn grouping_finds_the_re_reported_statements() {
    let (items, gold) = fixture();
    let groups = grouping::group(&items);
    let predicted = grouping::labels(&groups, &items);
    let gold: Vec<&str> = gold.iter().map(String::as_str).collect();
    let (p, r) = grouping::pairwise(&predicted, &gold);
    println!("grouping fixture: {} statements, pairwise precision {p:.3}, recall {r:.3}", items.len());
    for g in &groups.groups {
        let names: Vec<&str> = g.iter().map(|k| gold[usize::from_str_radix(&k.article.0, 16).unwrap()]).collect();
        println!("  {names:?}");
    }
    assert!(p >= 0.90, "precision {p:.3}");
    assert!(r >= 0.90, "recall {r:.3}");
}

// ----- in the window ------------------------------------------------------

use counterpoint::app::CounterpointApp;
use counterpoint::app::picker::ScriptedPicker;
use counterpoint::app::prefs::Prefs;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn page(outlet: &str, date: &str, headline: &str, body: &str) -> String {
    format!(
        "<html><head><meta property=\"og:site_name\" content=\"{outlet}\">\
         <meta property=\"article:published_time\" content=\"{date}T09:00:00Z\"><title>{headline}</title></head>\
         <body><article><h1>{headline}</h1>{body}</article></body></html>"
    )
}

/// Two outlets carrying one remark of Peskov's (and, in the first, another
/// remark of his), opened in a 1280×800 window.
fn two_outlets() -> (Harness<'static, CounterpointApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("gazette.html");
    let b = dir.path().join("wire.html");
    std::fs::write(
        &a,
        page(
            "Harbour Gazette",
            "2025-03-03",
            "Kremlin keeps pipeline talks on hold",
            "<p>Kremlin spokesman Dmitry Peskov said on Monday: \"Nobody here will talk about the pipeline while the pumping stations are being shelled, and the other side knows it.\"</p>\
             <p>Peskov also said: \"The grain ships may sail next week if the insurers agree.\"</p>",
        ),
    )
    .unwrap();
    std::fs::write(
        &b,
        page(
            "Evening Wire",
            "2025-03-04",
            "Moscow rules out pipeline talks",
            "<p>Dmitry Peskov told reporters: \"Nobody here will talk about the pipeline while the pumping stations were being shelled.\"</p>",
        ),
    )
    .unwrap();
    let app = CounterpointApp::new(Box::new(ScriptedPicker::new(vec![vec![a, b]])), Prefs::default(), None)
        .with_inline_jobs();
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
    (h, dir)
}

#[test]
fn the_inspector_shows_the_other_outlets_version_and_splits_it_off() {
    let (mut h, _dir) = two_outlets();
    assert_eq!(h.state().ws.session.articles.len(), 2);
    assert_eq!(h.state().ws.groups.groups.len(), 1, "the remark is grouped in the background");
    // the Compare view shows the remark once in each of its cells, saying
    // how widely it went; the other outlet's wording has no card of its own
    let other =
        |h: &Harness<'static, CounterpointApp>| h.query_all_by_label_contains("stations were being shelled").count();
    let folded = h.query_all_by_label_contains("2 outlets · Dmitry Peskov · 3 Mar – 4 Mar 2025").count();
    assert!(folded >= 1);
    assert_eq!(h.query_all_by_label_contains("Dmitry Peskov: Nobody here will talk").count(), folded);
    assert_eq!(other(&h), 0);
    let key = h.state().ws.groups.groups[0][0].clone();
    h.state_mut().selected = Some(key);
    h.run();
    h.get_by_label("Reported by 2 outlets (2 versions)");
    // the other version, with where it came from and its differing words
    h.get_by_label("Evening Wire 4 Mar 2025");
    h.get_by_label("Not the same remark").click();
    h.run();
    assert!(h.state().ws.groups.groups.is_empty(), "split off");
    assert_eq!(other(&h), folded, "one card per outlet again");
    assert!(h.query_by_label("Reported by 2 outlets (2 versions)").is_none());
    // undo puts it back
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().ws.groups.groups.len(), 1);
    h.get_by_label("Reported by 2 outlets (2 versions)");
}

#[test]
fn a_card_merges_into_the_open_statements_group_and_undo_parts_them() {
    let (mut h, _dir) = two_outlets();
    let entry = |h: &Harness<'static, CounterpointApp>, words: &str| {
        h.state().ws.entries.iter().flatten().find(|e| e.text.contains(words)).unwrap().key.clone()
    };
    let pipeline = entry(&h, "pumping stations are being shelled, and");
    let grain = entry(&h, "grain ships");
    assert_eq!(h.state().ws.groups.group_of(&grain), None);
    h.state_mut().selected = Some(pipeline.clone());
    h.run();
    // right-click the other remark's card: the same remark as the open one
    h.get_all_by_label_contains("Dmitry Peskov: The grain ships may sail").next().unwrap().click_secondary();
    h.run();
    h.get_by_label("Same remark as the open statement").click();
    h.run();
    assert_eq!(h.state().ws.groups.members(&pipeline).len(), 3, "merged into the group");
    assert_eq!(h.state().ws.undo_label(), Some("merge groups"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().ws.groups.group_of(&grain), None, "undo parts them");
    assert_eq!(h.state().ws.groups.members(&pipeline).len(), 2);
}
