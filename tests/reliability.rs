//! The window with sessions and files that went wrong before: a session
//! opened after an empty one, a session that is a named pipe or damaged,
//! recovered work and which file it goes back to, and loading cancelled
//! in the middle of a file.

#![cfg(feature = "app")]

use counterpoint::Article;
use counterpoint::app::jobs::{Jobs, Outcome};
use counterpoint::app::picker::ScriptedPicker;
use counterpoint::app::prefs::Prefs;
use counterpoint::app::{Action, CounterpointApp, Dialog};
use counterpoint::session::{Origin, Session};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn harness(app: CounterpointApp) -> Harness<'static, CounterpointApp> {
    Harness::builder().with_size(egui::vec2(1280.0, 800.0)).allow_missing_glyphs().build_ui_state(
        |ui, app: &mut CounterpointApp| {
            if app.ctx.is_none() {
                counterpoint::app::views::style::install(ui.ctx(), false);
            }
            app.show(ui)
        },
        app,
    )
}

fn app(answers: Vec<Vec<PathBuf>>, recovery: Option<PathBuf>) -> CounterpointApp {
    CounterpointApp::new(Box::new(ScriptedPicker::new(answers)), Prefs::default(), recovery).with_inline_jobs()
}

/// The samples as a session.
fn samples() -> Session {
    let mut s = Session::default();
    for sample in counterpoint::samples::SAMPLES {
        s.articles.push(Arc::new(counterpoint::ingest::parse_article(sample.name, sample.bytes).unwrap()));
    }
    s
}

/// A session of its own, different from the samples.
fn other_session() -> Session {
    let mut s = Session::default();
    s.articles.push(Arc::new(Article::from_text(
        "a.txt",
        "Talks in Geneva\n\nForeign Minister Sergei Lavrov said the proposal was unacceptable.",
    )));
    s
}

#[test]
fn a_session_opened_after_an_empty_one_shows_its_comparison_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("samples.ron");
    samples().save(&path).unwrap();
    let mut h = harness(app(vec![vec![path]], None));
    // the empty session's comparison is computed first ...
    h.run();
    // ... and a session whose view looks the same must not reuse it
    h.state_mut().perform(Action::OpenSessionDialog);
    h.run();
    let (shown, total) = (h.state().cmp.list.len(), h.state().cmp.total);
    assert!(shown > 20 && total >= shown, "{shown} of {total}");
    // the status bar says so (and not "0 of 0")
    h.get_by_label_contains(&format!("{shown} of {total} statements shown"));
    assert!(h.query_by_label_contains("0 of 0 statements").is_none());
}

#[cfg(unix)]
#[test]
fn a_session_that_is_a_named_pipe_or_damaged_gives_a_message_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let damaged = dir.path().join("damaged.ron");
    let mut bytes = samples().to_ron().into_bytes();
    // an ASCII byte a third of the way in (not inside a character of
    // several bytes, where the damage would show at the character's start)
    let at = (bytes.len() / 3..bytes.len()).find(|&i| bytes[i].is_ascii()).unwrap();
    bytes[at] = 0xc0;
    std::fs::write(&damaged, &bytes).unwrap();
    let deep = dir.path().join("deep.ron");
    let text = other_session().to_ron();
    std::fs::write(&deep, text.replacen("hidden_actors: [", &format!("hidden_actors: [{}", "[".repeat(10_000)), 1))
        .unwrap();
    let long = dir.path().join("long.ron");
    std::fs::write(&long, text.replacen("search: \"\"", &format!("search: \"{}\"", "x".repeat(10 << 20)), 1)).unwrap();

    // a saved session is open (no unsaved changes to ask about)
    let open = dir.path().join("open.ron");
    samples().save(&open).unwrap();
    let mut h = harness(app(vec![vec![open]], None));
    h.state_mut().perform(Action::OpenSessionDialog);
    h.run();
    let before = h.state().ws.session.articles.len();
    assert!(before > 0);
    for (path, cause) in [
        (&fifo, "this is a named pipe, not a regular file"),
        (&damaged, &format!("the session is damaged: byte {}", counterpoint::ingest::thousands(at as u64 + 1))[..]),
        (&deep, "its brackets are nested more than 64 deep"),
        (&long, "the search filter is 10,485,760 characters long; at most 1,000 are allowed"),
    ] {
        h.state_mut().notices.clear();
        h.state_mut().perform(Action::OpenPaths(vec![path.clone()]));
        h.run();
        // nothing is left running ("Opening…" for ever), the open session stays
        assert!(!h.state().jobs.busy());
        assert_eq!(h.state().ws.session.articles.len(), before);
        let notice = &h.state().notices[0];
        assert_eq!(notice.title, "The session could not be opened; the open session is unchanged.");
        let line = &notice.lines[0];
        assert!(line.contains(path.file_name().unwrap().to_str().unwrap()) && line.contains(cause), "{line}");
        assert!(!line.contains("recursion") && !line.contains("serde"), "{line}");
    }
}

/// Opens `path` in a fresh window, makes one edit, and lets autosave run.
fn edit_session_at(path: &Path, recovery: &Path) -> Harness<'static, CounterpointApp> {
    let mut h = harness(app(vec![vec![path.to_path_buf()]], Some(recovery.to_path_buf())));
    h.state_mut().perform(Action::OpenSessionDialog);
    h.run();
    let key = h.state().ws.entries[0][0].key.clone();
    h.state_mut().perform(Action::SetNote(key, "unsaved note".into()));
    h.run();
    h.run();
    h
}

#[test]
fn recovered_work_goes_back_to_its_session_only_if_that_file_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("A.ron");
    other_session().save(&a).unwrap();
    let recovery = dir.path().join("recovery.ron");
    let h = edit_session_at(&a, &recovery);
    assert!(recovery.exists(), "autosave wrote the recovery copy");
    let loaded = Session::load_file(&recovery).unwrap();
    let origin = loaded.recovery_of.expect("the copy names its session");
    assert_eq!(origin.path, a);
    drop(h); // as if the process had died: no clean exit

    // the file is as it was: the work goes back to it
    let mut h = harness(app(vec![], Some(recovery.clone())));
    let Some(Dialog::Recovery { summary }) = &h.state().dialog else { panic!("no recovery dialog") };
    assert!(summary.contains(&format!("unsaved changes to {}", a.display())), "{summary}");
    h.run();
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().session_path.as_deref(), Some(a.as_path()));
    assert_eq!(h.state().window_title(), "Counterpoint — A.ron •");
    assert_eq!(h.state().ws.entries[0][0].note, "unsaved note");

    // the file changed since (saved by another window, say): untitled
    let mut changed = other_session();
    changed.view.filters.search = "elsewhere".into();
    changed.save(&a).unwrap();
    let before = std::fs::read(&a).unwrap();
    let mut h = harness(app(vec![vec![dir.path().join("B.ron")]], Some(recovery.clone())));
    let Some(Dialog::Recovery { summary }) = &h.state().dialog else { panic!("no recovery dialog") };
    assert!(summary.contains("which has changed or gone since; it will open as an untitled session"), "{summary}");
    h.run();
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().session_path, None);
    assert_eq!(h.state().window_title(), "Counterpoint — Untitled session •");
    assert!(h.state().notices.iter().any(|n| n.title.contains("restored as an untitled session")));
    // Save asks where, and A.ron is left alone
    h.state_mut().perform(Action::Save);
    h.run();
    assert_eq!(std::fs::read(&a).unwrap(), before);
    let b = Session::load(&dir.path().join("B.ron")).unwrap();
    assert_eq!(b.annotations.values().next().unwrap().note, "unsaved note");
}

#[test]
fn the_recovery_copy_of_a_new_session_never_names_the_session_saved_before() {
    // the sequence from the issue: open A, edit, save; New; samples; edit
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("A.ron");
    other_session().save(&a).unwrap();
    let recovery = dir.path().join("recovery.ron");
    let mut h = edit_session_at(&a, &recovery);
    h.state_mut().perform(Action::Save);
    h.run();
    assert!(!recovery.exists(), "saving removes the recovery copy");
    let saved = std::fs::read(&a).unwrap();
    h.state_mut().perform(Action::NewSession);
    h.run();
    h.state_mut().perform(Action::TrySamples);
    h.run();
    let key = h.state().ws.entries[0][0].key.clone();
    h.state_mut().perform(Action::SetActor(key, Some("nato".into())));
    h.run();
    h.run();
    assert_eq!(Session::load_file(&recovery).unwrap().recovery_of, None);
    drop(h);

    let mut h = harness(app(vec![], Some(recovery.clone())));
    let Some(Dialog::Recovery { summary }) = &h.state().dialog else { panic!("no recovery dialog") };
    assert!(summary.ends_with("an untitled session"), "{summary}");
    h.run();
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().session_path, None);
    assert_eq!(h.state().ws.session.articles.len(), counterpoint::samples::SAMPLES.len());
    // Save asks for a name (none given: cancelled), and A.ron is untouched
    h.state_mut().perform(Action::Save);
    h.run();
    assert_eq!(std::fs::read(&a).unwrap(), saved);
}

#[test]
fn a_recovery_copy_cannot_point_restore_at_a_file_it_does_not_match() {
    // a hand-made recovery copy naming a file with the wrong fingerprint
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim.ron");
    other_session().save(&victim).unwrap();
    let before = std::fs::read(&victim).unwrap();
    let recovery = dir.path().join("recovery.ron");
    let origin = Origin { path: victim.clone(), fingerprint: "0-0000000000000000".into() };
    std::fs::write(&recovery, samples().to_recovery_ron(Some(&origin))).unwrap();
    let mut h = harness(app(vec![], Some(recovery)));
    h.run();
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().session_path, None);
    h.state_mut().perform(Action::Save);
    h.run();
    assert_eq!(std::fs::read(&victim).unwrap(), before);
}

#[test]
fn undoing_back_to_the_saved_state_removes_the_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("A.ron");
    other_session().save(&a).unwrap();
    let recovery = dir.path().join("recovery.ron");
    let mut h = edit_session_at(&a, &recovery);
    assert!(recovery.exists());
    h.state_mut().perform(Action::Undo);
    h.run();
    h.run();
    assert!(!h.state().ws.is_dirty());
    assert!(!recovery.exists(), "nothing is left to recover");
}

#[test]
fn saving_through_the_window_keeps_a_link_and_the_permissions() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        other_session().save(&real).unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let mut h = harness(app(vec![vec![link.clone()]], None));
        h.state_mut().perform(Action::OpenSessionDialog);
        h.run();
        let key = h.state().ws.entries[0][0].key.clone();
        h.state_mut().perform(Action::SetNote(key, "through the link".into()));
        h.state_mut().perform(Action::Save);
        h.run();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
        let saved = Session::load(&real).unwrap();
        assert_eq!(saved.annotations.values().next().unwrap().note, "through the link");
    }
}

#[test]
fn cancel_stops_loading_in_the_middle_of_files() {
    // pages that take a while each; cancelled at once, loading ends with
    // nothing added and no file reported as failed
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for i in 0..6 {
        let p = dir.path().join(format!("big-{i}.html"));
        let page = format!("<p>Page {i}. {}</p>", "The minister said the talks had been useful. ".repeat(200_000));
        std::fs::write(&p, page).unwrap();
        paths.push(p);
    }
    let mut jobs = Jobs::default();
    jobs.load_articles(
        paths,
        counterpoint::catalogue::Catalogue::builtin(),
        counterpoint::topics::TopicLexicon::builtin(),
        0,
    );
    jobs.cancel_all();
    let deadline = Instant::now() + Duration::from_secs(300);
    let outcome = loop {
        if let Some(o) = jobs.poll().into_iter().next() {
            break o;
        }
        assert!(Instant::now() < deadline, "loading did not stop");
        std::thread::sleep(Duration::from_millis(20));
    };
    let Outcome::Articles { loaded, errors, cancelled, .. } = outcome else { panic!("not a loading outcome") };
    assert!(cancelled);
    assert!(loaded.is_empty());
    assert!(errors.is_empty(), "{:?}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>());
}

#[test]
fn a_pasted_megabyte_in_the_filter_or_a_note_is_cut_to_what_a_session_keeps() {
    let mut h = harness(app(vec![], None));
    h.state_mut().perform(Action::TrySamples);
    h.run();
    h.state_mut().perform(Action::SetSearch("é".repeat(1 << 20)));
    h.run();
    assert_eq!(h.state().ws.session.view.filters.search.chars().count(), counterpoint::session::MAX_SEARCH_CHARS);
    let key = h.state().ws.entries[0][0].key.clone();
    h.state_mut().perform(Action::SetNote(key, "x".repeat(1 << 20)));
    h.run();
    assert_eq!(h.state().ws.entries[0][0].note.len(), counterpoint::session::MAX_NOTE_CHARS);
    // and the session saves and opens again
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("s.ron");
    h.state().ws.session.save(&p).unwrap();
    Session::load(&p).unwrap();
}
