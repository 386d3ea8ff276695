//! The fuzzers' saved inputs (`fuzz/corpus/`, the interesting ones kept
//! after each run) replayed through the same code the fuzz targets run,
//! so what a fuzzer once found stays fixed.

use counterpoint::catalogue::Catalogue;
use counterpoint::topics::TopicLexicon;
use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn ingest_and_extract_corpus() {
    let cat = Catalogue::builtin();
    let topics = TopicLexicon::builtin();
    let all = inputs("ingest_extract");
    assert!(all.len() >= 10, "the corpus is missing");
    for (name, data) in all {
        let r = std::panic::catch_unwind(|| counterpoint::fuzzing::ingest_extract(&data, &cat, &topics));
        assert!(r.is_ok(), "input {name} fails");
    }
}

#[test]
fn session_load_corpus() {
    let all = inputs("session_load");
    assert!(!all.is_empty(), "the corpus is missing");
    for (name, data) in &all {
        let r = std::panic::catch_unwind(|| counterpoint::fuzzing::session_load(data));
        assert!(r.is_ok(), "input {name} fails");
    }
    // the hand-written seed is a valid session
    let seed = all.iter().find(|(n, _)| n == "seed-small.ron").expect("seed");
    let s =
        counterpoint::session::Session::from_ron(Path::new("seed-small.ron"), std::str::from_utf8(&seed.1).unwrap())
            .unwrap();
    assert_eq!(s.articles.len(), 1);
    assert_eq!(s.annotations.len(), 1);
}

#[test]
fn html_structure_corpus() {
    let cat = Catalogue::builtin();
    let topics = TopicLexicon::builtin();
    let all = inputs("html_structure");
    assert!(all.len() >= 10, "the corpus is missing");
    for (name, data) in &all {
        let r = std::panic::catch_unwind(|| counterpoint::fuzzing::html_structure(data, &cat, &topics));
        assert!(r.is_ok(), "input {name} fails");
    }
    // the hand-written seeds write the pages the fuzzer starts from
    let page = |seed: &str| {
        let data = &all.iter().find(|(n, _)| n == seed).unwrap_or_else(|| panic!("{seed}")).1;
        counterpoint::fuzzing::markup_from_ops(data)
    };
    assert!(page("seed-dfn-self-closed").matches("<dfn/>").count() >= 150_000);
    assert!(page("seed-stray-end-tags").matches("<div></x-card>").count() >= 10_000);
    assert!(page("seed-empty-comment-then-divs").starts_with("<!--><div><div>"));
    assert!(page("seed-article").contains("<article><h1>"));
    // found by the fuzzer: two divs deeper per space, far past the depth cap
    let spaces = page("seed-spaces-past-depth-cap");
    assert!(spaces.starts_with("<!--><p> <div><div><p> <div><div>"), "{}", &spaces[..40]);
    assert!(spaces.matches("<p> <div><div>").count() >= 30_000);
    assert!(spaces.ends_with("'<div>"));
}
