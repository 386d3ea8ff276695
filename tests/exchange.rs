//! Exports for other tools, read back as those tools would: the GraphML
//! network (parsed), the REFI-QDA project (unzipped, validated against
//! the published schema, selections checked against the text), and the
//! `session build` / `session export` commands.
//!
//! The articles in `tests/fixtures/exchange/` were written for these tests
//! (one has Windows line ends, one is in Russian).

use counterpoint::compare::{Comparison, compare};
use counterpoint::export::{self, Format};
use counterpoint::topics::Stance;
use counterpoint::workspace::Workspace;
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exchange")
}

const ARTICLES: [&str; 3] = ["moscow-briefing.txt", "kyiv-press.txt", "zakharova-ru.txt"];

fn workspace() -> Workspace {
    let mut ws = Workspace::default();
    ws.add_articles(
        ARTICLES.iter().map(|n| Arc::new(counterpoint::ingest::read_article(&fixtures().join(n)).unwrap())).collect(),
    );
    ws
}

// ----- GraphML -------------------------------------------------------------

/// An edge as read back: (actor node label, topic node label) → data.
type Edges = BTreeMap<(String, String), HashMap<String, String>>;

/// Parses GraphML as NetworkX would: keys by id, node data, edge data by
/// the attribute names the keys declare.
fn read_graphml(text: &str) -> (HashMap<String, HashMap<String, String>>, Edges) {
    let doc = roxmltree::Document::parse(text).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "graphml");
    assert_eq!(root.tag_name().namespace(), Some("http://graphml.graphdrawing.org/xmlns"));
    let keys: HashMap<String, (String, String)> = root
        .children()
        .filter(|n| n.has_tag_name("key"))
        .map(|k| {
            (
                k.attribute("id").unwrap().to_string(),
                (k.attribute("for").unwrap().to_string(), k.attribute("attr.name").unwrap().to_string()),
            )
        })
        .collect();
    let graph = root.children().find(|n| n.has_tag_name("graph")).unwrap();
    assert_eq!(graph.attribute("edgedefault"), Some("undirected"));
    let data = |n: roxmltree::Node, kind: &str| -> HashMap<String, String> {
        n.children()
            .filter(|d| d.has_tag_name("data"))
            .map(|d| {
                let (f, name) = &keys[d.attribute("key").unwrap()];
                assert_eq!(f, kind, "a {kind}'s data under a key declared for {f}");
                (name.clone(), d.text().unwrap_or("").to_string())
            })
            .collect()
    };
    let nodes: HashMap<String, HashMap<String, String>> = graph
        .children()
        .filter(|n| n.has_tag_name("node"))
        .map(|n| (n.attribute("id").unwrap().to_string(), data(n, "node")))
        .collect();
    let mut edges = Edges::new();
    for e in graph.children().filter(|n| n.has_tag_name("edge")) {
        let s = &nodes[e.attribute("source").unwrap()];
        let t = &nodes[e.attribute("target").unwrap()];
        assert_eq!((s["type"].as_str(), t["type"].as_str()), ("actor", "topic"));
        let key = (s["label"].clone(), t["label"].clone());
        assert!(edges.insert(key, data(e, "edge")).is_none(), "one edge per actor–topic pair");
    }
    (nodes, edges)
}

/// What the Compare view's cells hold, counted here: (actor, topic) →
/// (favor, against, neutral).
fn expected(ws: &Workspace, c: &Comparison) -> BTreeMap<(String, String), (usize, usize, usize)> {
    let mut out = BTreeMap::new();
    for (ri, row) in c.rows.iter().enumerate() {
        for (ci, col) in c.columns.iter().enumerate() {
            if row.topic.is_none() || col.members.is_empty() || c.cells[ri][ci].is_empty() {
                continue;
            }
            let mut n = (0, 0, 0);
            for r in &c.cells[ri][ci] {
                match r.get(ws).unwrap().statement.stance.get(&row.id) {
                    Some(Stance::Favor) => n.0 += 1,
                    Some(Stance::Against) => n.1 += 1,
                    _ => n.2 += 1,
                }
            }
            out.insert((col.name.clone(), row.name.clone()), n);
        }
    }
    out
}

fn graphml_of(ws: &Workspace) -> String {
    let c = compare(ws, None);
    String::from_utf8(export::render(ws, &c, Format::Graphml, "week").unwrap()).unwrap()
}

#[test]
fn graphml_has_a_weighted_signed_edge_per_actor_and_topic() {
    let mut ws = workspace();
    let c = compare(&ws, None);
    let want = expected(&ws, &c);
    let (nodes, edges) = read_graphml(&graphml_of(&ws));
    assert!(want.len() >= 4, "{want:?}");
    assert_eq!(edges.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
    for (pair, (f, a, n)) in &want {
        let e = &edges[pair];
        let int = |k: &str| e[k].parse::<i64>().unwrap();
        assert_eq!(e["weight"].parse::<f64>().unwrap(), (f + a + n) as f64, "{pair:?}");
        assert_eq!((int("favor"), int("against"), int("neutral")), (*f as i64, *a as i64, *n as i64), "{pair:?}");
        assert_eq!(int("signed_weight"), *f as i64 - *a as i64);
        assert_eq!(int("sign"), (*f as i64 - *a as i64).signum());
    }
    // actors and topics as nodes with their labels and types
    let labels = |ty: &str| {
        let mut v: Vec<&str> =
            nodes.values().filter(|d| d["type"] == ty).map(|d| d["label"].as_str()).collect::<Vec<_>>();
        v.sort();
        v
    };
    assert!(labels("actor").contains(&"Kremlin") && labels("actor").contains(&"Ukrainian Foreign Ministry"));
    assert!(labels("topic").contains(&"NATO membership") && labels("topic").contains(&"Sanctions"));
    for d in nodes.values().filter(|d| d["type"] == "actor") {
        assert!(d["colour"].starts_with('#') && d["colour"].len() == 7);
    }

    // the user says a Kremlin statement on NATO membership is in favour:
    // the edge turns positive
    let key = ws
        .entries
        .iter()
        .flatten()
        .find(|e| {
            e.statement.actor.as_deref() == Some("kremlin")
                && e.statement.topics.contains(&"nato-membership".to_string())
        })
        .unwrap()
        .key
        .clone();
    let before = edges[&("Kremlin".to_string(), "NATO membership".to_string())].clone();
    ws.set_stance(&key, "nato-membership", Some(Stance::Favor));
    let (_, edges) = read_graphml(&graphml_of(&ws));
    let after = &edges[&("Kremlin".to_string(), "NATO membership".to_string())];
    assert_eq!(after["weight"], before["weight"]);
    assert_eq!(
        after["favor"].parse::<i64>().unwrap(),
        before["favor"].parse::<i64>().unwrap() + 1,
        "{before:?} → {after:?}"
    );
    assert!(after["signed_weight"].parse::<i64>().unwrap() > before["signed_weight"].parse::<i64>().unwrap());
}

#[test]
fn graphml_follows_the_view_filters() {
    let mut ws = workspace();
    ws.session.view.filters.hidden_topics.push("sanctions".into());
    ws.session.view.hidden_actors.push("kremlin".into());
    ws.revision += 1;
    let (nodes, edges) = read_graphml(&graphml_of(&ws));
    assert!(!nodes.values().any(|d| d["label"] == "Sanctions" || d["label"] == "Kremlin"), "{nodes:?}");
    assert!(edges.keys().any(|(a, _)| a == "Ukrainian Foreign Ministry"));
}

// ----- REFI-QDA ------------------------------------------------------------

fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut text = String::new();
        f.read_to_string(&mut text).expect("UTF-8 text");
        out.insert(f.name().unwrap().to_string(), text);
    }
    out
}

fn schema() -> xmlschema::Schema {
    let xsd = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/refi-qda/Project-mrt2019.xsd"),
    )
    .unwrap();
    let schema = xmlschema::parse_schema(&xsd).expect("the REFI-QDA schema parses");
    // the validator enforces everything this schema uses, but for one
    // thing that does not matter here: the order across repetitions of a
    // repeated choice, and the only one (`Sources`: any number of text,
    // picture, PDF, audio and video sources) allows any order anyway
    let doc = oxml::parse(&xsd).unwrap();
    let skipped: Vec<_> = xmlschema::support::unsupported(&doc)
        .into_iter()
        .filter(|u| {
            u.construct != "repeated xs:choice" || xsd.matches("<xsd:choice maxOccurs=\"unbounded\">").count() != 1
        })
        .collect();
    assert!(skipped.is_empty(), "constructs the validator would skip: {skipped:?}");
    schema
}

/// The schema's violations of `qde`, as readable lines.
fn violations(schema: &xmlschema::Schema, qde: &str) -> Vec<String> {
    let doc = oxml::parse(qde).expect("well-formed project.qde");
    xmlschema::validate(&doc, schema).violations.iter().map(|v| v.to_string()).collect()
}

fn qdpx_of(ws: &Workspace) -> BTreeMap<String, String> {
    let c = compare(ws, None);
    unzip(&export::render(ws, &c, Format::Qdpx, "week").unwrap())
}

const NS: &str = "urn:QDA-XML:project:1.0";

#[test]
fn qdpx_is_valid_refi_qda_and_its_selections_are_the_statements() {
    let mut ws = workspace();
    let note_key =
        ws.entries[1].iter().find(|e| e.statement.topics.iter().any(|t| t == "sanctions")).unwrap().key.clone();
    ws.set_note(&note_key, "Compare with the ministers' meeting in <Brussels> & after".into());
    let files = qdpx_of(&ws);
    let qde = &files["project.qde"];
    let v = violations(&schema(), qde);
    assert!(v.is_empty(), "{v:#?}");

    let doc = roxmltree::Document::parse(qde).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(NS));
    assert_eq!(root.attribute("name"), Some("week"));
    // the code book: Actor/…, Topic/…, Stance/… with their GUIDs
    let mut codes: HashMap<String, String> = HashMap::new();
    for parent in
        doc.descendants().filter(|n| n.has_tag_name((NS, "Code")) && n.attribute("isCodable") == Some("false"))
    {
        for c in parent.children().filter(|n| n.has_tag_name((NS, "Code"))) {
            let path = format!("{}/{}", parent.attribute("name").unwrap(), c.attribute("name").unwrap());
            codes.insert(c.attribute("guid").unwrap().to_string(), path);
        }
    }
    for want in [
        "Actor/Kremlin",
        "Actor/Ukrainian Foreign Ministry",
        "Topic/NATO membership",
        "Stance/favor",
        "Stance/against",
        "Stance/neutral",
    ] {
        assert!(codes.values().any(|p| p == want), "no code {want}");
    }
    // one source per article, its text in the zip
    let sources: Vec<roxmltree::Node> = doc.descendants().filter(|n| n.has_tag_name((NS, "TextSource"))).collect();
    assert_eq!(sources.len(), 3);
    let c = compare(&ws, None);
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name((NS, "PlainTextSelection"))).count(), c.list.len());
    let mut by_guid = HashMap::new();
    for e in ws.entries.iter().flatten() {
        by_guid.insert(
            counterpoint::export::qdpx::guid(&format!(
                "statement:{}:{}-{}",
                e.key.article, e.key.span.start, e.key.span.end
            )),
            e,
        );
    }
    let mut coded = Vec::new();
    for s in &sources {
        let path = s.attribute("plainTextPath").unwrap();
        let file = format!("sources/{}", path.strip_prefix("internal://").unwrap());
        assert_eq!(file, format!("sources/{}.txt", s.attribute("guid").unwrap()));
        let text: Vec<char> = files[&file].chars().collect();
        assert!(!files[&file].contains('\r'), "line ends as QualCoder counts them");
        for sel in s.children().filter(|n| n.has_tag_name((NS, "PlainTextSelection"))) {
            let start: usize = sel.attribute("startPosition").unwrap().parse().unwrap();
            let end: usize = sel.attribute("endPosition").unwrap().parse().unwrap();
            let e = by_guid[sel.attribute("guid").unwrap()];
            let a = ws.session.articles.iter().find(|a| a.id == e.key.article).unwrap();
            // as QualCoder reads it: code points, end exclusive
            let selected: String = text[start..end].iter().collect();
            assert_eq!(selected, e.statement.content.text(&a.text).replace("\r\n", "\n"));
            let codings: Vec<&str> = sel
                .children()
                .filter(|n| n.has_tag_name((NS, "Coding")))
                .map(|c| codes[c.first_element_child().unwrap().attribute("targetGUID").unwrap()].as_str())
                .collect();
            if let Some(actor) = e.statement.actor.as_deref() {
                let name = &ws.session.catalogue.actor(actor).unwrap().name;
                assert!(codings.contains(&format!("Actor/{name}").as_str()), "{codings:?}");
            }
            for st in e.statement.stance.values() {
                assert!(codings.contains(&format!("Stance/{}", st.label()).as_str()), "{codings:?}");
            }
            assert_eq!(codings.iter().filter(|c| c.starts_with("Topic/")).count(), e.statement.topics.len());
            coded.push((selected, codings.len()));
        }
    }
    // Russian and Ukrainian text: positions count characters, not bytes
    assert!(coded.iter().any(|(s, _)| s.contains("переговоры")), "{coded:?}");
    // the note, referred to from its statement
    let note = doc.descendants().find(|n| n.has_tag_name((NS, "Note"))).expect("a note");
    let content = note.children().find(|n| n.has_tag_name((NS, "PlainTextContent"))).unwrap().text().unwrap();
    assert_eq!(content, "Compare with the ministers' meeting in <Brussels> & after");
    let refs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((NS, "NoteRef")))
        .map(|n| n.attribute("targetGUID").unwrap())
        .collect();
    assert_eq!(refs, [note.attribute("guid").unwrap()]);
}

#[test]
fn qdpx_guids_are_the_same_in_every_export() {
    let ws = workspace();
    let guids = |files: &BTreeMap<String, String>| {
        let doc = roxmltree::Document::parse(&files["project.qde"]).unwrap();
        doc.descendants().filter_map(|n| n.attribute("guid").map(str::to_string)).collect::<Vec<_>>()
    };
    let a = qdpx_of(&ws);
    let b = qdpx_of(&workspace());
    assert_eq!(guids(&a), guids(&b));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    // and no two things share one
    let all = guids(&a);
    let unique: std::collections::HashSet<&String> = all.iter().collect();
    assert_eq!(unique.len(), all.len());
}

#[test]
fn the_schema_check_catches_a_broken_project() {
    let schema = schema();
    let files = qdpx_of(&workspace());
    let qde = &files["project.qde"];
    assert!(violations(&schema, qde).is_empty());
    // a GUID that is no GUID, a selection without its end, codes before users
    let bad_guid = qde.replacen("guid=\"", "guid=\"not-a-", 1);
    let no_end = qde.replacen(" endPosition=\"", " data-end=\"", 1);
    let users = qde.find("  <Users>").unwrap();
    let users_end = qde.find("  </Users>\n").unwrap() + "  </Users>\n".len();
    let book_end = qde.find("  </CodeBook>\n").unwrap() + "  </CodeBook>\n".len();
    let swapped =
        format!("{}{}{}{}", &qde[..users], &qde[users_end..book_end], &qde[users..users_end], &qde[book_end..]);
    for broken in [bad_guid, no_end, swapped] {
        assert!(!violations(&schema, &broken).is_empty(), "a broken project passed");
    }
}

// ----- the command line ----------------------------------------------------

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_counterpoint"))
}

fn articles() -> Vec<PathBuf> {
    ARTICLES.iter().map(|n| fixtures().join(n)).collect()
}

#[test]
fn session_build_saves_what_the_app_would_and_export_writes_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("week.ron");
    let out = bin().args(["session", "build"]).args(articles()).arg("-o").arg(&s).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("3 articles"));
    // the app opens it: the same articles and statements as opening them
    let session = counterpoint::session::Session::load(&s).unwrap();
    let ws = Workspace::new(session);
    let direct = workspace();
    assert_eq!(ws.session.articles, direct.session.articles);
    assert_eq!(ws.statement_count(), direct.statement_count());

    for (format, check) in [
        ("md", "# Counterpoint — week"),
        ("csv", "\u{feff}article,title,outlet,date"),
        ("jsonl", "{\"article\":"),
        ("graphml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"),
    ] {
        let file = dir.path().join(format!("week.{format}"));
        let out =
            bin().args(["session", "export"]).arg(&s).args(["--format", format, "-o"]).arg(&file).output().unwrap();
        assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.starts_with(check), "{format}: {}", &text[..text.len().min(200)]);
    }
    let file = dir.path().join("week.qdpx");
    let out = bin().args(["session", "export"]).arg(&s).args(["--format", "qdpx", "-o"]).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let files = unzip(&std::fs::read(&file).unwrap());
    assert!(violations(&schema(), &files["project.qde"]).is_empty());
    assert_eq!(files.keys().filter(|k| k.starts_with("sources/")).count(), 3);
    // the export is the app's: the same bytes as rendering the session
    let jsonl = std::fs::read_to_string(dir.path().join("week.jsonl")).unwrap();
    let c = compare(&direct, None);
    assert_eq!(jsonl.as_bytes(), export::render(&direct, &c, Format::Jsonl, "week").unwrap());
}

#[test]
fn session_export_errors_name_the_file_and_the_cause() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("out.csv");
    // a session that is not there
    let missing = dir.path().join("nowhere.ron");
    let out = bin()
        .args(["session", "export"])
        .arg(&missing)
        .args(["--format", "csv", "-o"])
        .arg(&out_file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nowhere.ron") && err.to_lowercase().contains("no such file") || err.contains("not found"),
        "{err}"
    );
    assert!(!out_file.exists());
    // a broken one
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format: \"counterpoint-session\", version: 1, articles: [").unwrap();
    let out =
        bin().args(["session", "export"]).arg(&broken).args(["--format", "csv", "-o"]).arg(&out_file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.ron:") && err.len() > "counterpoint: broken.ron: \n".len() + 10, "{err}");
    assert!(!out_file.exists());
    // the session itself as the output: refused, the session untouched
    let s = dir.path().join("s.ron");
    let ok = bin().args(["session", "build"]).arg(fixtures().join(ARTICLES[0])).arg("-o").arg(&s).output().unwrap();
    assert!(ok.status.success());
    let before = std::fs::read(&s).unwrap();
    let out = bin().args(["session", "export"]).arg(&s).args(["--format", "md", "-o"]).arg(&s).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is the session being exported"));
    assert_eq!(std::fs::read(&s).unwrap(), before);
    // a format it does not know: clap names the choices
    let out =
        bin().args(["session", "export"]).arg(&s).args(["--format", "pdf", "-o"]).arg(&out_file).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("qdpx"));
}

#[test]
fn session_build_never_writes_over_an_article_and_reports_unreadable_files() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::copy(fixtures().join(ARTICLES[0]), &article).unwrap();
    let before = std::fs::read(&article).unwrap();
    let out = bin().args(["session", "build"]).arg(&article).arg("-o").arg(&article).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is one of the articles"));
    assert_eq!(std::fs::read(&article).unwrap(), before);
    // one file missing: the session holds the others, the status says so
    let s = dir.path().join("s.ron");
    let out = bin()
        .args(["session", "build"])
        .arg(&article)
        .arg(dir.path().join("gone.txt"))
        .arg("-o")
        .arg(&s)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gone.txt"));
    assert_eq!(counterpoint::session::Session::load(&s).unwrap().articles.len(), 1);
    // nothing readable: no session written
    let none = dir.path().join("none.ron");
    let out = bin().args(["session", "build"]).arg(dir.path().join("gone.txt")).arg("-o").arg(&none).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!none.exists());
}

#[test]
fn qdpx_keeps_articles_without_statements_for_coding_by_hand() {
    let mut ws = workspace();
    let quiet =
        counterpoint::ingest::parse_article("weather.txt", b"Weather\n\nIt rained over the harbour all of Friday.\n")
            .unwrap();
    ws.add_articles(vec![Arc::new(quiet)]);
    let files = qdpx_of(&ws);
    assert!(violations(&schema(), &files["project.qde"]).is_empty());
    assert_eq!(files.keys().filter(|k| k.starts_with("sources/")).count(), 4);
    assert!(files.values().any(|t| t.contains("It rained over the harbour")));
    // left out by the article filter: not exported
    let id = ws.session.articles[3].id.clone();
    ws.session.view.filters.excluded_articles.push(id);
    let files = qdpx_of(&ws);
    assert_eq!(files.keys().filter(|k| k.starts_with("sources/")).count(), 3);
}
