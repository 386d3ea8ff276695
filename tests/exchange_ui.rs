//! File ▸ Export offers the network and the REFI-QDA project beside the
//! report, CSV and JSON Lines; each is written where the (scripted) save
//! dialog says, with a notice naming the file.

use counterpoint::app::picker::{ExportKind, Pick, ScriptedPicker};
use counterpoint::app::prefs::Prefs;
use counterpoint::app::{Action, CounterpointApp};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::io::Read;
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exchange")
}

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

#[test]
fn every_export_is_offered_in_the_menu_and_written_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let articles: Vec<PathBuf> =
        ["moscow-briefing.txt", "kyiv-press.txt", "zakharova-ru.txt"].iter().map(|n| fixtures().join(n)).collect();
    let out = |k: ExportKind| dir.path().join(format!("week.{}", k.extension()));
    let mut answers = vec![articles];
    // the dialogs in the order they are asked for below
    let order = [ExportKind::Graphml, ExportKind::Markdown, ExportKind::Csv, ExportKind::Jsonl, ExportKind::Qdpx];
    answers.extend(order.iter().map(|&k| vec![out(k)]));
    let picker = ScriptedPicker::new(answers);
    let asked = picker.asked.clone();
    let app = CounterpointApp::new(Box::new(picker), Prefs::default(), None).with_inline_jobs();
    let mut h = harness_1280(app);
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    assert_eq!(h.state().ws.session.articles.len(), 3);

    // the menu at 1280×800 names all five
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export").click();
    h.run();
    for label in [
        "Comparison as a Markdown report…",
        "Statements as CSV…",
        "Statements as JSON Lines…",
        "Actor–topic network as GraphML…",
        "REFI-QDA project (.qdpx)…",
    ] {
        h.get_by_label(label);
    }
    // the network, chosen from the menu
    h.get_by_label("Actor–topic network as GraphML…").click();
    h.run();
    let graph = std::fs::read_to_string(out(ExportKind::Graphml)).expect("the GraphML file");
    assert!(graph.contains("<graphml") && graph.contains("Kremlin") && graph.contains("<edge "));
    h.get_by_label_contains(&format!("Exported to {}", out(ExportKind::Graphml).display()));

    // and the others through the same action
    for kind in [ExportKind::Markdown, ExportKind::Csv, ExportKind::Jsonl, ExportKind::Qdpx] {
        h.state_mut().perform(Action::Export(kind));
        h.run();
        assert!(out(kind).exists(), "{kind:?}");
    }
    assert!(
        asked
            .lock()
            .unwrap()
            .iter()
            .any(|p| matches!(p, Pick::Export(ExportKind::Qdpx, name) if name.ends_with(".qdpx")))
    );
    let bytes = std::fs::read(out(ExportKind::Qdpx)).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut qde = String::new();
    zip.by_name("project.qde").unwrap().read_to_string(&mut qde).unwrap();
    assert!(qde.contains("urn:QDA-XML:project:1.0") && qde.contains("PlainTextSelection"));
    assert_eq!(zip.file_names().filter(|n| n.as_ref().is_ok_and(|n| n.starts_with("sources/"))).count(), 3);
    h.get_by_label_contains(&format!("Exported to {}", out(ExportKind::Qdpx).display()));
}

#[test]
fn an_export_that_cannot_be_written_says_where_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let nowhere = dir.path().join("no-such-folder").join("week.qdpx");
    let picker = ScriptedPicker::new(vec![vec![fixtures().join("kyiv-press.txt")], vec![nowhere.clone()]]);
    let app = CounterpointApp::new(Box::new(picker), Prefs::default(), None).with_inline_jobs();
    let mut h = harness_1280(app);
    h.run();
    h.get_by_label("Open articles…").click();
    h.run();
    h.state_mut().perform(Action::Export(ExportKind::Qdpx));
    h.run();
    assert!(!nowhere.exists());
    h.get_by_label("The export failed.");
    h.get_by_label_contains(&nowhere.display().to_string());
}
