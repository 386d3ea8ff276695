//! The app at scale: 2,000 articles open (`COUNTERPOINT_BENCH_ARTICLES`
//! sets another number).
//!
//! Measures the time to load 2,000 article files (read + extract, all
//! cores), to save that session and to reopen it, and the time of one UI
//! frame of each view (headless egui_kittest harness: layout and
//! tessellation of the egui pass, no GPU), with the Voices, Timeline and
//! Agreement views and what they count. `cargo bench --bench app`
//!
//! The articles are the sample articles repeated with small variations
//! (a numbered dateline line, shuffled paragraphs) so each is distinct.

use counterpoint::app::picker::ScriptedPicker;
use counterpoint::app::prefs::Prefs;
use counterpoint::app::{Action, CounterpointApp};
use counterpoint::session::{Session, ViewKind};
use criterion::{Criterion, criterion_group, criterion_main};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// How many articles are open: 2,000 (about 40,000 statements), or as
/// many as `COUNTERPOINT_BENCH_ARTICLES` says (1000 gives the 20,000
/// statements the figures of the views are also quoted for).
fn articles() -> usize {
    std::env::var("COUNTERPOINT_BENCH_ARTICLES").ok().and_then(|n| n.parse().ok()).unwrap_or(2000)
}

/// Writes [`articles`] varied copies of the samples into `dir`
/// ([`counterpoint::samples::varied`], as plain text).
fn write_articles(dir: &Path) -> Vec<PathBuf> {
    counterpoint::samples::varied(articles())
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let p = dir.join(format!("article-{i:05}.txt"));
            std::fs::write(&p, &a.text).unwrap();
            p
        })
        .collect()
}

/// The app's frame, with its fonts installed on the first one.
fn frame(ui: &mut egui::Ui, app: &mut CounterpointApp) {
    if app.ctx.is_none() {
        counterpoint::app::views::style::install(ui.ctx(), false);
    }
    app.show(ui)
}

/// A headless window of the size the figures are quoted for.
fn harness(app: CounterpointApp) -> egui_kittest::Harness<'static, CounterpointApp> {
    harness_sized(app, 1400.0, 900.0)
}

fn harness_sized(app: CounterpointApp, w: f32, h: f32) -> egui_kittest::Harness<'static, CounterpointApp> {
    egui_kittest::Harness::builder()
        .with_size(egui::vec2(w, h))
        .with_accessibility_check(false)
        .allow_missing_glyphs()
        .build_ui_state(frame, app)
}

fn loaded_app(paths: &[PathBuf]) -> CounterpointApp {
    let mut app = CounterpointApp::new(Box::new(ScriptedPicker::default()), Prefs::default(), None).with_inline_jobs();
    app.perform(Action::OpenPaths(paths.to_vec()));
    app
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let paths = write_articles(dir.path());

    let mut g = c.benchmark_group("scale");
    g.sample_size(10).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_secs(2));

    g.bench_function(format!("load {} articles (read + extract)", articles()), |b| {
        b.iter(|| {
            let mut app = loaded_app(&paths);
            // the job's result is handled on the next frame
            let mut h = harness(app);
            h.step();
            app = h.into_state();
            assert_eq!(app.ws.session.articles.len(), articles());
            app
        })
    });

    // one loaded app for the rest
    let app = loaded_app(&paths);
    let mut h = harness(app);
    h.step();
    let statements = h.state().ws.statement_count();
    eprintln!("{} articles, {statements} statements open", h.state().ws.session.articles.len());

    let session_path = dir.path().join("big.ron");
    g.bench_function("save the session", |b| b.iter(|| h.state().ws.session.save(&session_path).unwrap()));
    h.state().ws.session.save(&session_path).unwrap();
    eprintln!("session file: {:.1} MB", std::fs::metadata(&session_path).unwrap().len() as f64 / 1e6);
    g.bench_function("reopen the session (parse + extract)", |b| {
        b.iter(|| {
            let s = Session::load(&session_path).unwrap();
            let raw = counterpoint::workspace::extract_all(&s.articles, &s.catalogue, &s.topics);
            counterpoint::workspace::Workspace::with_raw(s, raw)
        })
    });

    let select = h.state().cmp.list.get(10).and_then(|r| r.get(&h.state().ws)).map(|e| e.key.clone());
    for (view, name) in [
        (ViewKind::Compare, "compare"),
        (ViewKind::Statements, "statements"),
        (ViewKind::Article, "article"),
        (ViewKind::Actors, "actors"),
    ] {
        h.state_mut().perform(Action::SetView(view));
        h.state_mut().perform(Action::Select(select.clone()));
        h.step();
        h.step();
        g.bench_function(format!("frame: {name} view"), |b| b.iter(|| h.step()));
    }
    // the Compare view as the issue describes the analyst's screen: 1280×800
    // with the inspector open, scrolled down the grid; then with the
    // biggest cell opened ("N more") and scrolled into its middle
    h.state_mut().perform(Action::SetView(ViewKind::Compare));
    h.state_mut().perform(Action::SetSearch(String::new()));
    let mut h2 = harness_sized(h.into_state(), 1280.0, 800.0);
    h2.step();
    h2.state_mut().perform(Action::Select(select.clone()));
    h2.state_mut().ws.layout_mut().scroll = [0, 1500];
    h2.state_mut().ui.compare_scroll_restored = false;
    h2.step();
    h2.step();
    g.bench_function("frame: compare view, 1280x800, inspector open", |b| b.iter(|| h2.step()));
    // the frame after a correction: the selected statement checked and
    // unchecked in turn (an edit, so the comparison reads the statements
    // it changed again, and grouping and learning look whether they must
    // run again)
    let key = select.clone().expect("a statement to select");
    let mut checked = false;
    g.bench_function("frame: compare view, 1280x800, inspector open, after an edit", |b| {
        b.iter(|| {
            checked = !checked;
            h2.state_mut().ws.set_checked(&key, checked);
            h2.step();
        })
    });
    if checked {
        h2.state_mut().ws.set_checked(&key, false);
        h2.step();
    }
    let (row, col, n) = {
        let c = &h2.state().cmp;
        let mut best = (0, 0, 0);
        for (ri, r) in c.cells.iter().enumerate() {
            for (ci, cell) in r.iter().enumerate() {
                if cell.len() > best.2 {
                    best = (ri, ci, cell.len());
                }
            }
        }
        (c.rows[best.0].id.clone(), c.columns[best.1].id.clone(), best.2)
    };
    eprintln!("biggest cell: {n} statements");
    h2.state_mut().perform(Action::ToggleCell(row, col));
    h2.step();
    h2.state_mut().ws.layout_mut().scroll = [0, (n as i32) * 60];
    h2.state_mut().ui.compare_scroll_restored = false;
    h2.step();
    h2.step();
    g.bench_function("frame: compare view, 1280x800, a cell of thousands opened", |b| b.iter(|| h2.step()));
    let mut h = harness(h2.into_state());
    h.step();
    // typing in the filter: each keystroke recomputes the comparison
    let words = ["N", "NA", "NAT", "NATO"];
    let mut i = 0;
    g.bench_function("frame: compare view while typing a filter", |b| {
        b.iter(|| {
            h.state_mut().perform(Action::SetSearch(words[i % words.len()].to_string()));
            i += 1;
            h.step();
        })
    });
    // the views of positions at a glance, at 1280×800 with the inspector
    // open, as the analyst sees them: Voices (every outlet), Timeline and
    // Agreement (the first topic with a proposition, NATO membership)
    h.state_mut().perform(Action::SetSearch(String::new()));
    let mut h3 = harness_sized(h.into_state(), 1280.0, 800.0);
    h3.step();
    for (view, name) in
        [(ViewKind::Voices, "voices"), (ViewKind::Timeline, "timeline"), (ViewKind::Agreement, "agreement")]
    {
        h3.state_mut().perform(Action::SetView(view));
        h3.state_mut().perform(Action::Select(select.clone()));
        h3.step();
        h3.step();
        g.bench_function(format!("frame: {name} view, 1280x800, inspector open"), |b| b.iter(|| h3.step()));
    }
    // what the first frame after a change pays: the counting, from the
    // comparison's list
    let ws = &h3.state().ws;
    let list = h3.state().cmp.list.clone();
    let cols = counterpoint::positions::Columns::of(&h3.state().cmp);
    let days = counterpoint::positions::article_days(ws);
    g.bench_function("count: voices", |b| {
        b.iter(|| counterpoint::positions::voices(ws, &list, &cols, counterpoint::positions::VoicesSort::Total))
    });
    g.bench_function("count: timeline of one topic", |b| {
        b.iter(|| counterpoint::positions::timeline(ws, &days, &list, "nato-membership", &cols))
    });
    g.bench_function("count: agreement on one topic", |b| {
        b.iter(|| counterpoint::positions::agreement(ws, &list, "nato-membership", &cols))
    });
    g.bench_function("count: compare (cells, summaries, lead statements)", |b| {
        b.iter(|| counterpoint::compare::compare(ws, None))
    });
    // what a change of the view pays (a filter, a column hidden or moved,
    // a search that does not only grow): the statements are the same, so
    // what was read of them is reused
    let kinds = h3.state().ws.session.view.filters.hidden_kinds.clone();
    h3.state_mut().ws.view_mut().filters.hidden_kinds = vec![counterpoint::extract::Kind::Direct];
    let before = counterpoint::compare::compare(&h3.state().ws, None);
    h3.state_mut().ws.view_mut().filters.hidden_kinds = kinds;
    let ws = &h3.state().ws;
    g.bench_function("count: compare after a change of the view", |b| {
        b.iter(|| counterpoint::compare::compare(ws, Some(&before)))
    });
    // what an edit pays: the edit itself, then the comparison, which reads
    // again only the article the edit changed
    let mut previous = counterpoint::compare::compare(&h3.state().ws, None);
    let mut checked = false;
    g.bench_function("count: an edit and the compare after it", |b| {
        b.iter(|| {
            checked = !checked;
            let ws = &mut h3.state_mut().ws;
            ws.set_checked(&key, checked);
            previous = counterpoint::compare::compare(ws, Some(&previous));
        })
    });
    g.finish();
    let _ = Arc::new(());
    long_articles(c);
}

/// One long article open in the Article view: just under the limit for a
/// selectable text field, and a 5 MB one shown in read-only chunks.
fn long_articles(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let sample = counterpoint::ingest::parse_article(
        counterpoint::samples::SAMPLES[0].name,
        counterpoint::samples::SAMPLES[0].bytes,
    )
    .unwrap()
    .text;
    let mut g = c.benchmark_group("long article");
    g.sample_size(10).measurement_time(Duration::from_secs(10)).warm_up_time(Duration::from_secs(2));
    for (name, bytes) in [("290 KB", 290_000), ("5 MB", 5_000_000)] {
        let mut text = String::new();
        while text.len() + sample.len() + 2 < bytes {
            text.push_str(&sample);
            text.push_str("\n\n");
        }
        let path = dir.path().join(format!("long-{bytes}.txt"));
        std::fs::write(&path, &text).unwrap();
        let app = loaded_app(&[path]);
        let mut h = harness(app);
        h.step();
        h.state_mut().perform(Action::SetView(ViewKind::Article));
        h.step();
        h.step();
        g.bench_function(format!("frame: article view, {name} article"), |b| b.iter(|| h.step()));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
