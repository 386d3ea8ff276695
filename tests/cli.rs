//! The command line as a script would use it.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_counterpoint"))
}

fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples").join(name)
}

#[test]
fn jsonl_records_follow_the_corpus_schema_with_character_offsets() {
    let path = sample("kremlin-briefing.txt");
    let out = bin().args(["extract", "--format", "jsonl"]).arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&path).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert!(lines.len() >= 10, "{} statements", lines.len());
    let mut actors = std::collections::HashSet::new();
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["article"], path.display().to_string());
        let c = &v["content"];
        let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
        // offsets count characters, not bytes (the text has « » and ’)
        let by_chars: String = chars[s..e].iter().collect();
        assert_eq!(by_chars, c["text"].as_str().unwrap());
        assert!(["direct", "indirect", "mixed"].contains(&v["kind"].as_str().unwrap()));
        assert!(v["topics"].is_array());
        // how sure extraction is, which rule found it, and whether it is a
        // headline: for review queues and filters
        let confidence = v["confidence"].as_f64().unwrap();
        assert!(confidence > 0.0 && confidence < 1.0, "{confidence}");
        assert!(!v["rule"].as_str().unwrap().is_empty());
        assert!(v["headline"].is_boolean());
        if let Some(a) = v["actor"].as_str() {
            actors.insert(a.to_string());
        }
    }
    assert!(actors.contains("kremlin") && actors.contains("russian-mfa"), "{actors:?}");
}

#[test]
fn a_bad_file_is_reported_and_the_others_still_print() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone.txt");
    let png = dir.path().join("photo.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out = bin().arg("extract").arg(&missing).arg(sample("wire-nato-ministers.txt")).arg(&png).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gone.txt"), "{err}");
    assert!(err.contains("photo.txt") && err.contains("PNG"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).lines().count() >= 10);
}

#[test]
fn folders_expand_and_table_and_json_formats_work() {
    let out = bin().args(["extract", "--format", "table"]).arg(sample("")).output().unwrap();
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("german-weekly-weapons.html"));
    assert!(table.contains("Kremlin") && table.contains("Western officials"));
    let out = bin().args(["extract", "--format", "json"]).arg(sample("uk-broadsheet-coalition.md")).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["outlet"], "The Counterpoint Chronicle");
    assert!(v["articles"][0]["statements"].as_array().unwrap().len() >= 10);
}

#[test]
fn the_table_leads_each_statement_with_its_confidence() {
    let path = sample("kremlin-briefing.txt");
    let table = bin().args(["extract", "--format", "table"]).arg(&path).output().unwrap();
    assert!(table.status.success());
    let jsonl = bin().args(["extract", "--format", "jsonl"]).arg(&path).output().unwrap();
    let expected: Vec<String> = String::from_utf8_lossy(&jsonl.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            format!("{}%", (v["confidence"].as_f64().unwrap() * 100.0).round())
        })
        .collect();
    // a statement's line starts with its confidence, then its kind
    let shown: Vec<String> = String::from_utf8_lossy(&table.stdout)
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let (sure, kind) = (w.next()?, w.next()?);
            (sure.ends_with('%') && ["direct", "indirect", "mixed"].contains(&kind)).then(|| sure.to_string())
        })
        .collect();
    assert!(expected.len() >= 10);
    assert_eq!(shown, expected);
}

#[test]
fn a_custom_catalogue_changes_the_actors() {
    let dir = tempfile::tempdir().unwrap();
    let cat = dir.path().join("cat.ron");
    std::fs::write(&cat, r##"(actors: [(id: "nato", name: "NATO", group: "West", colour: "#0000ff", aliases: ["NATO"], speakers: [(name: "Mark Rutte", aliases: ["Rutte"])])])"##).unwrap();
    let out =
        bin().arg("extract").arg("--catalogue").arg(&cat).arg(sample("wire-nato-ministers.txt")).output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(r#""actor":"nato""#));
    assert!(!stdout.contains(r#""actor":"kremlin""#));
    std::fs::write(&cat, "not ron").unwrap();
    let out =
        bin().arg("extract").arg("--catalogue").arg(&cat).arg(sample("wire-nato-ministers.txt")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cat.ron"));
}

#[test]
fn help_documents_the_commands() {
    let out = bin().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("extract"));
    let out = bin().args(["extract", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for w in ["jsonl", "json", "table", "--catalogue", "--topics"] {
        assert!(help.contains(w), "{w} missing from extract --help");
    }
}

#[test]
fn samples_writes_a_folder_of_varied_articles_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("demo");
    let out = bin().args(["samples", "-n", "12"]).arg(&target).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let files: Vec<PathBuf> = std::fs::read_dir(&target).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(files.len(), 12);
    // each reads back with an outlet and a date, and they differ
    let mut outlets = std::collections::BTreeSet::new();
    for f in &files {
        let a = counterpoint::ingest::read_article(f).unwrap();
        assert!(!a.outlet.is_empty(), "{}", f.display());
        assert!(a.date.as_deref().is_some_and(|d| d.starts_with("2025-")), "{}", f.display());
        outlets.insert(a.outlet);
    }
    assert!(outlets.len() >= 2);
    // a second run into the same folder refuses, naming a file, and writes nothing
    let before = std::fs::read(&files[0]).unwrap();
    let again = bin().args(["samples", "-n", "20"]).arg(&target).output().unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read_dir(&target).unwrap().count(), 12);
    assert_eq!(std::fs::read(&files[0]).unwrap(), before);
}
