//! Whatever users throw at Counterpoint ends in a correct article or an
//! error naming the file and the cause, never a panic or a hang, and the
//! other files of the same batch still load.
//!
//! One table, tried three ways: each file alone through ingest and
//! extraction, all of them as one batch through the command line, and all of
//! them as one batch opened in the window (headless).

#[cfg(feature = "app")]
use counterpoint::app::picker::ScriptedPicker;
#[cfg(feature = "app")]
use counterpoint::app::prefs::Prefs;
#[cfg(feature = "app")]
use counterpoint::app::{Action, CounterpointApp};
use counterpoint::catalogue::Catalogue;
use counterpoint::ingest::{self, IngestErrorKind};
use counterpoint::topics::TopicLexicon;
use std::path::{Path, PathBuf};

/// What a case must end in.
enum Expect {
    /// An article whose text contains this.
    Article(&'static str),
    /// An error of this kind whose message contains this.
    Error(fn(&IngestErrorKind) -> bool, &'static str),
}

struct Case {
    name: &'static str,
    make: fn(&Path) -> PathBuf,
    expect: Expect,
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

const PROSE: &str = "Kremlin spokesman Dmitry Peskov said the plan was unrealistic. “It ignores the situation on the ground,” he added.";

/// An HTML page: `prefix`, `unit` `n` times, then a paragraph naming the
/// shape (so every page's text differs) and `suffix`.
fn hostile(d: &Path, name: &str, prefix: &str, unit: &str, n: usize, suffix: &str) -> PathBuf {
    let page =
        format!("{prefix}{}<p>Shape {name}: the minister said the talks had been useful.</p>{suffix}", unit.repeat(n));
    write(d, name, page.as_bytes())
}

/// The text a [`hostile`] page must give.
macro_rules! shape_text {
    ($name:literal) => {
        concat!("Shape ", $name, ": the minister said the talks had been useful.")
    };
}

fn no_text(k: &IngestErrorKind) -> bool {
    matches!(k, IngestErrorKind::NoText)
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "empty file",
            make: |d| write(d, "empty.txt", b""),
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::Empty), "empty"),
        },
        Case {
            name: "PNG image renamed .txt",
            make: |d| write(d, "photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0"),
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::Binary { .. }), "PNG"),
        },
        Case {
            name: "ZIP archive renamed .txt",
            make: |d| write(d, "archive.txt", b"PK\x03\x04\x14\0\0\0\x08\0\0\0!\0some.xml\0\0\0\0\0\0\0\0\0\0"),
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::Binary { .. }), "not an article"),
        },
        Case {
            name: "PDF renamed .txt",
            make: |d| write(d, "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::Binary { .. }), "PDF"),
        },
        Case {
            name: "invalid UTF-8 (Latin-1 bytes)",
            make: |d| {
                let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Le ministre a déclaré que la proposition était « inacceptable » pour Moscou, a-t-il ajouté à Genève.");
                write(d, "latin1.txt", &bytes)
            },
            expect: Expect::Article("déclaré que la proposition était"),
        },
        Case {
            name: "UTF-16 with BOM",
            make: |d| {
                let mut bytes = vec![0xFF, 0xFE];
                for u in PROSE.encode_utf16() {
                    bytes.extend_from_slice(&u.to_le_bytes());
                }
                write(d, "utf16.txt", &bytes)
            },
            expect: Expect::Article("Dmitry Peskov said the plan"),
        },
        Case {
            name: "Windows-1251 Russian",
            make: |d| {
                let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(
                    "Официальный представитель Кремля Дмитрий Песков заявил, что план нереалистичен. «Он игнорирует ситуацию на земле», — добавил он.",
                );
                write(d, "cp1251.txt", &bytes)
            },
            expect: Expect::Article("Дмитрий Песков заявил"),
        },
        Case {
            name: "50 MB text file",
            make: |d| {
                let p = d.join("huge.txt");
                let f = std::fs::File::create(&p).unwrap();
                // sparse: 50 MB on paper, nothing written
                f.set_len(50 * 1024 * 1024).unwrap();
                p
            },
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::TooLarge { .. }), "50 MB"),
        },
        Case {
            name: "a single 5 MB line",
            make: |d| {
                write(
                    d,
                    "one-line.txt",
                    (PROSE.to_string() + " ").repeat(5 * 1024 * 1024 / (PROSE.len() + 1)).as_bytes(),
                )
            },
            expect: Expect::Article("Dmitry Peskov said the plan"),
        },
        Case {
            name: "HTML nested 10,000 levels deep",
            make: |d| {
                write(
                    d,
                    "deep.html",
                    format!(
                        "<html><body>{}<p>Deep inside the page. {PROSE}</p>{}</body></html>",
                        "<div>".repeat(10_000),
                        "</div>".repeat(10_000)
                    )
                    .as_bytes(),
                )
            },
            expect: Expect::Article("It ignores the situation on the ground"),
        },
        Case {
            name: "HTML full of scripts and styles",
            make: |d| {
                let junk = format!(
                    "<script>{}</script><style>{}</style>",
                    "var x = 'Peskov said';".repeat(50_000),
                    "p{color:red}".repeat(50_000)
                );
                write(d, "scripts.html", format!("<html><head>{junk}</head><body>{junk}<article><h1>Talks</h1><p>{PROSE}</p></article>{junk}</body></html>").as_bytes())
            },
            expect: Expect::Article("It ignores the situation on the ground"),
        },
        Case {
            name: "a file of only quote marks",
            make: |d| write(d, "quotes.txt", "“”\"'«»„‚‘’‹› ".repeat(200_000).as_bytes()),
            expect: Expect::Article("«»"),
        },
        Case {
            name: "a file deleted between choosing and reading",
            make: |d| {
                let p = write(d, "vanished.txt", PROSE.as_bytes());
                std::fs::remove_file(&p).unwrap();
                p
            },
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::Io(_)), "cannot read the file"),
        },
        Case {
            name: "a directory",
            make: |d| {
                let p = d.join("a-folder.txt");
                std::fs::create_dir(&p).unwrap();
                p
            },
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::IsDirectory), "folder"),
        },
        // HTML that broke the old parser, and variants of each: the stack
        // overflow, the quadratic stray end tags, the comment that hid
        // the rest from the depth check
        Case {
            name: "150,000 self-closed non-void tags",
            make: |d| hostile(d, "dfn.html", "", "<dfn/>", 150_000, ""),
            expect: Expect::Article(shape_text!("dfn.html")),
        },
        Case {
            name: "self-closed spans and custom elements",
            make: |d| hostile(d, "span.html", "", "<span/><x-card/>", 60_000, ""),
            expect: Expect::Article(shape_text!("span.html")),
        },
        Case {
            name: "stray end tags",
            make: |d| hostile(d, "stray.html", "", "<div></x>", 30_000, ""),
            expect: Expect::Article(shape_text!("stray.html")),
        },
        Case {
            name: "stray end tags under deep nesting",
            make: |d| hostile(d, "stray-deep.html", &"<div><span>".repeat(10_000), "</b></i>", 30_000, ""),
            expect: Expect::Article(shape_text!("stray-deep.html")),
        },
        Case {
            name: "an empty comment, then unclosed divs",
            make: |d| hostile(d, "comment-divs.html", "<!-->", "<div>", 50_000, ""),
            expect: Expect::Article(shape_text!("comment-divs.html")),
        },
        Case {
            name: "a comment never closed",
            make: |d| hostile(d, "open-comment.html", "<p>Before the comment.</p><!--", "<div>", 20_000, ""),
            expect: Expect::Article("Before the comment."),
        },
        Case {
            name: "formatting elements reopened in every paragraph",
            make: |d| hostile(d, "formatting.html", "", "<b id=\"1\"><i class=\"x\"><p>text ", 20_000, ""),
            expect: Expect::Article(shape_text!("formatting.html")),
        },
        Case {
            name: "nested links and links across table cells",
            make: |d| hostile(d, "links.html", "", "<a href=\"#\">x<table><td><a>", 20_000, ""),
            expect: Expect::Article(shape_text!("links.html")),
        },
        Case {
            name: "text directly in tables (foster parenting)",
            make: |d| hostile(d, "foster.html", "", "<table>cell text<tr>row text", 20_000, "</table>"),
            expect: Expect::Article(shape_text!("foster.html")),
        },
        Case {
            name: "paragraphs inside a button",
            make: |d| hostile(d, "button.html", "<button>", "<p>x", 50_000, ""),
            // a button's text is not article text, in a browser either
            expect: Expect::Error(no_text, "no readable text"),
        },
        Case {
            name: "options and groups in a select",
            make: |d| hostile(d, "select.html", "<select>", "<option>o<optgroup>", 30_000, "</select>"),
            // what is inside a select is not article text
            expect: Expect::Error(no_text, "no readable text"),
        },
        Case {
            name: "lists nested 50,000 deep",
            make: |d| hostile(d, "lists.html", "", "<ul><li>item ", 50_000, ""),
            expect: Expect::Article(shape_text!("lists.html")),
        },
        Case {
            name: "SVG nested 100,000 deep, then HTML",
            make: |d| hostile(d, "svg.html", "<svg>", "<g>", 100_000, ""),
            expect: Expect::Article(shape_text!("svg.html")),
        },
        Case {
            name: "MathML and SVG integration points",
            make: |d| {
                hostile(d, "math.html", "<p>Before the formulas.</p>", "<math><mi><svg><foreignObject>", 20_000, "")
            },
            // what follows is inside the formula, which is not read
            expect: Expect::Article("Before the formulas."),
        },
        Case {
            name: "templates in templates",
            make: |d| hostile(d, "template.html", "<p>Outside the templates.</p>", "<template><div>", 30_000, ""),
            expect: Expect::Article("Outside the templates."),
        },
        Case {
            name: "CDATA inside and outside SVG",
            make: |d| hostile(d, "cdata.html", "<svg>", "<![CDATA[<p>x]]>", 30_000, "</svg><![CDATA["),
            expect: Expect::Article(shape_text!("cdata.html")),
        },
        Case {
            name: "one attribute of 5 MB",
            make: |d| {
                hostile(d, "attribute.html", &format!("<p title=\"{}\">", "x".repeat(5 * 1024 * 1024)), "", 0, "")
            },
            expect: Expect::Article(shape_text!("attribute.html")),
        },
        Case {
            name: "one tag with 100,000 attributes",
            make: |d| {
                let attrs: String = (0..100_000).map(|i| format!(" a{i}=\"v\"")).collect();
                hostile(d, "attributes.html", &format!("<div{attrs}>"), "", 0, "</div>")
            },
            expect: Expect::Article(shape_text!("attributes.html")),
        },
        Case {
            name: "200,000 distinct tag names",
            make: |d| {
                let tags: String = (0..200_000).map(|i| format!("<t{i}>")).collect();
                hostile(d, "names.html", &tags, "", 0, "")
            },
            expect: Expect::Article(shape_text!("names.html")),
        },
        Case {
            name: "character references without end",
            make: |d| hostile(d, "entities.html", "<p>", "&amp;&notin;&#x41;&#1234567890;& «» ", 50_000, "</p>"),
            expect: Expect::Article(shape_text!("entities.html")),
        },
        Case {
            name: "a script that never ends",
            make: |d| hostile(d, "script.html", "<p>Before the script.</p><script>", "<!--<script>", 30_000, ""),
            expect: Expect::Article("Before the script."),
        },
        #[cfg(unix)]
        Case {
            name: "a named pipe",
            make: |d| {
                let p = d.join("pipe.html");
                assert!(std::process::Command::new("mkfifo").arg(&p).status().unwrap().success());
                p
            },
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::NotAFile { .. }), "named pipe"),
        },
        #[cfg(unix)]
        Case {
            name: "a link to /dev/zero",
            make: |d| {
                let p = d.join("zero.txt");
                std::os::unix::fs::symlink("/dev/zero", &p).unwrap();
                p
            },
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::NotAFile { .. }), "device"),
        },
        Case {
            name: "a saved session",
            make: |d| {
                let mut s = counterpoint::session::Session::default();
                s.articles.push(std::sync::Arc::new(counterpoint::Article::from_text("a.txt", PROSE)));
                write(d, "saved-session.txt", s.to_ron().as_bytes())
            },
            expect: Expect::Error(|k| matches!(k, IngestErrorKind::Session), "Counterpoint session, not an article"),
        },
    ]
}

#[test]
fn each_bad_input_ends_in_an_article_or_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let cat = Catalogue::builtin();
    let topics = TopicLexicon::builtin();
    for case in cases() {
        let path = (case.make)(dir.path());
        let result = ingest::read_article(&path);
        match (&case.expect, result) {
            (Expect::Article(needle), Ok(article)) => {
                assert!(article.text.contains(needle), "{}: text lacks {needle:?}", case.name);
                let found = counterpoint::extract::extract(&article.text, &cat, &topics);
                for s in &found {
                    assert!(
                        article.text.is_char_boundary(s.content.start) && article.text.is_char_boundary(s.content.end)
                    );
                }
            }
            (Expect::Error(kind, needle), Err(e)) => {
                assert!(kind(&e.kind), "{}: unexpected error {e}", case.name);
                let msg = e.to_string();
                let file = path.file_name().unwrap().to_string_lossy().to_string();
                assert!(msg.contains(&file), "{}: message does not name the file: {msg}", case.name);
                assert!(msg.contains(needle), "{}: message lacks {needle:?}: {msg}", case.name);
            }
            (Expect::Article(_), Err(e)) => panic!("{}: expected an article, got {e}", case.name),
            (Expect::Error(..), Ok(_)) => panic!("{}: expected an error, got an article", case.name),
        }
    }
}

#[test]
fn one_batch_of_bad_files_through_the_command_line_still_prints_the_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    let cases = cases();
    let mut paths: Vec<PathBuf> = cases.iter().map(|c| (c.make)(dir.path())).collect();
    let good = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples/wire-nato-ministers.txt");
    paths.push(good.clone());
    let out_path = dir.path().join("out.json");
    let err_path = dir.path().join("err.txt");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(["extract", "--format", "json"])
        .args(&paths)
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    // a hang (a pipe waited on, a quadratic page) fails here rather than
    // blocking the test run; the limit is far above what the batch takes
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(600);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("the command line hung on the batch");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    assert_eq!(status.code(), Some(1));
    let stderr = std::fs::read_to_string(&err_path).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out_path).unwrap()).unwrap();
    let opened: Vec<&str> = v["articles"].as_array().unwrap().iter().map(|a| a["article"].as_str().unwrap()).collect();
    assert!(opened.iter().any(|a| a.ends_with("wire-nato-ministers.txt")));
    let mut failures = 0;
    for (case, path) in cases.iter().zip(&paths) {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        match case.expect {
            Expect::Error(..) => {
                failures += 1;
                assert!(stderr.contains(&name), "{}: {name} not reported: {stderr}", case.name);
            }
            Expect::Article(_) => {
                assert!(opened.iter().any(|a| a.ends_with(&name)), "{}: {name} not opened", case.name)
            }
        }
    }
    assert_eq!(v["errors"].as_array().unwrap().len(), failures);
}

#[cfg(feature = "app")]
#[test]
fn one_batch_of_bad_files_opened_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths: Vec<PathBuf> = cases().iter().map(|c| (c.make)(dir.path())).collect();
    paths.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples/wire-nato-ministers.txt"));
    let errors = cases().iter().filter(|c| matches!(c.expect, Expect::Error(..))).count();
    let good = paths.len() - errors;
    let mut app = CounterpointApp::new(Box::new(ScriptedPicker::default()), Prefs::default(), None).with_inline_jobs();
    app.perform(Action::OpenPaths(paths));
    let mut h =
        egui_kittest::Harness::builder().with_size(egui::vec2(1400.0, 900.0)).allow_missing_glyphs().build_ui_state(
            |ui, app: &mut CounterpointApp| {
                if app.ctx.is_none() {
                    counterpoint::app::views::style::install(ui.ctx(), false);
                }
                app.show(ui)
            },
            app,
        );
    h.run();
    let loaded: Vec<&str> = h.state().ws.session.articles.iter().map(|a| a.file_name()).collect();
    assert_eq!(loaded.len(), good, "{loaded:?} {:?}", h.state().notices);
    let notice = h
        .state()
        .notices
        .iter()
        .find(|n| n.title.contains("could not be opened"))
        .expect("a notice lists the failures");
    assert_eq!(notice.lines.len(), errors);
    assert!(notice.lines.iter().any(|l| l.contains("photo.txt") && l.contains("PNG")));
    // every view draws with these articles open
    for key in [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3, egui::Key::Num4] {
        h.key_press_modifiers(egui::Modifiers::COMMAND, key);
        h.run();
    }
    // including the 5 MB article in the Article view
    let id = h.state().ws.session.articles.iter().find(|a| a.source.ends_with("one-line.txt")).unwrap().id.clone();
    h.state_mut().perform(Action::OpenArticle(id));
    h.run();
}

/// Catalogue and topic files given on the command line go through the
/// same reader: a device, a pipe, a nested or huge file each end in a
/// message naming it, at once.
#[cfg(unix)]
#[test]
fn bad_catalogue_and_topic_files_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let article = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples/wire-nato-ministers.txt");
    let fifo = dir.path().join("actors.ron");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let zero = dir.path().join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let deep = write(dir.path(), "deep.ron", format!("(topics: {})", "[".repeat(100_000)).as_bytes());
    let latin = write(dir.path(), "latin1.ron", b"(topics: [(id: \"caf\xe9\")])");
    let cases: [(&str, &Path, &str); 5] = [
        ("--catalogue", Path::new("/dev/zero"), "/dev/zero: this is a device, not a regular file"),
        ("--catalogue", &fifo, "actors.ron: this is a named pipe, not a regular file"),
        ("--topics", &zero, "zero.ron: this is a device, not a regular file"),
        ("--topics", &deep, "deep.ron: not a valid data file: its brackets are nested more than 64 deep"),
        ("--topics", &latin, "latin1.ron: byte 20 is not text (not UTF-8)"),
    ];
    for (flag, file, message) in cases {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
            .args(["extract", flag])
            .arg(file)
            .arg(&article)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        while child.try_wait().unwrap().is_none() {
            if std::time::Instant::now() > deadline {
                child.kill().unwrap();
                panic!("{flag} {}: the command line hung", file.display());
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(message), "{flag}: {stderr}");
        assert!(!stderr.contains("recursion") && !stderr.contains("serde"), "{stderr}");
    }
}

/// A file saved half-way ends anywhere, often in the middle of an
/// attribution: every sample article, cut after each of its words in
/// turn, extracts without a panic, and its statements lie in the text
/// that is there.
#[test]
fn an_article_cut_off_after_any_word_still_extracts() {
    let cat = Catalogue::builtin();
    let topics = TopicLexicon::builtin();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "the samples are missing");
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        // the ends of words: where a cut leaves a word whole
        let ends: Vec<usize> = text
            .char_indices()
            .filter(|&(i, c)| {
                c.is_alphanumeric() && text[i + c.len_utf8()..].chars().next().is_none_or(|n| !n.is_alphanumeric())
            })
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        for &cut in &ends {
            let part = &text[..cut];
            let found = std::panic::catch_unwind(|| counterpoint::extract::extract(part, &cat, &topics))
                .unwrap_or_else(|_| panic!("{} cut after byte {cut} panics", path.display()));
            for s in &found {
                assert!(s.content.end <= part.len(), "{} cut at {cut}: {s:?}", path.display());
            }
        }
    }
}
