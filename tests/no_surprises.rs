//! Nothing unexpected leaves the machine: opening an HTML file fetches
//! nothing and runs nothing, and a session file cannot make the program
//! read or write a path the user did not choose.

use std::io::ErrorKind;
use std::net::TcpListener;
use std::time::{Duration, Instant};

#[test]
fn opening_html_fetches_nothing_and_runs_nothing() {
    // a server on this machine that every external reference points to
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("script-ran");
    let html = format!(
        r#"<!doctype html><html><head>
        <title>Talks resume | Wire</title>
        <meta http-equiv="refresh" content="0; url={url}/refresh">
        <link rel="stylesheet" href="{url}/style.css"><link rel="preload" href="{url}/font.woff2">
        <link rel="icon" href="{url}/favicon.ico"><base href="{url}/">
        <script src="{url}/app.js"></script>
        <script>fetch("{url}/xhr"); require("fs").writeFileSync("{marker}", "ran");</script>
        <style>@import url("{url}/import.css"); body {{ background: url({url}/bg.png) }}</style>
        </head><body>
        <nav><a href="{url}/home">Home</a></nav>
        <article><h1>Talks resume</h1>
        <p>“We are ready to talk,” Kremlin spokesman Dmitry Peskov said on Monday.</p>
        <img src="{url}/photo.jpg" srcset="{url}/photo-2x.jpg 2x" alt="">
        <picture><source srcset="{url}/p.webp"></picture>
        <iframe src="{url}/embed"></iframe><object data="{url}/o.swf"></object>
        <video src="{url}/v.mp4" poster="{url}/poster.jpg"></video>
        <svg><image href="{url}/s.png"/></svg>
        <p style="background-image: url({url}/inline.png)">Sybiha said Kyiv would not accept it.</p>
        </article></body></html>"#,
        marker = marker.display()
    );
    let path = dir.path().join("page.html");
    std::fs::write(&path, html).unwrap();
    let article = counterpoint::ingest::read_article(&path).unwrap();
    assert!(article.text.contains("We are ready to talk"));
    assert!(!article.text.contains(&url), "no reference survives in the text");
    assert!(!article.text.contains("fetch("), "no script survives in the text");
    let found = counterpoint::extract::extract(
        &article.text,
        &counterpoint::catalogue::Catalogue::builtin(),
        &counterpoint::topics::TopicLexicon::builtin(),
    );
    assert!(found.iter().any(|s| s.speaker.as_deref() == Some("Dmitry Peskov")));
    // nothing connected to the server, and no script ran
    let deadline = Instant::now() + Duration::from_millis(500);
    while Instant::now() < deadline {
        match listener.accept() {
            Ok((_, from)) => panic!("something fetched from {url} (connection from {from})"),
            Err(e) if e.kind() == ErrorKind::WouldBlock => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("{e}"),
        }
    }
    assert!(!marker.exists(), "a script ran");
}

/// A session file whose article sources name paths the user never chose:
/// a named pipe (reading it would block forever), a file whose contents
/// differ from the embedded text, and a file in a folder that does not
/// exist. Opening, viewing, saving elsewhere and exporting read none of
/// them and write none of them.
#[cfg(all(unix, feature = "app"))]
#[test]
fn a_session_cannot_make_the_app_read_or_write_other_paths() {
    use counterpoint::app::picker::ScriptedPicker;
    use counterpoint::app::prefs::Prefs;
    use counterpoint::app::{Action, CounterpointApp};
    use counterpoint::session::Session;
    use counterpoint::{Article, session::ViewKind};
    use std::path::Path;
    use std::sync::Arc;

    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "SECRET CONTENTS").unwrap();
    let elsewhere = dir.path().join("missing-folder/created.txt");

    let mut s = Session::default();
    for (source, text) in [
        (fifo.display().to_string(), "“We are ready,” Peskov said."),
        (other.display().to_string(), "Sybiha said Kyiv would not accept it."),
        (elsewhere.display().to_string(), "Rutte said NATO would decide."),
    ] {
        s.articles.push(Arc::new(Article::from_text(source, text)));
    }
    s.view.view = ViewKind::Article;
    let session_path = dir.path().join("given.ron");
    // unknown fields naming paths are ignored, not acted on
    let sneaky = dir.path().join("sneaky.txt");
    let ron = s.to_ron().replacen(
        "version: 1,",
        &format!("version: 1, open_on_start: \"/etc/passwd\", save_to: {:?},", sneaky.display().to_string()),
        1,
    );
    std::fs::write(&session_path, ron).unwrap();

    let export = dir.path().join("chosen-export.csv");
    let saved = dir.path().join("chosen-save.ron");
    let picker = ScriptedPicker::new(vec![vec![session_path.clone()], vec![saved.clone()], vec![export.clone()]]);
    let app = CounterpointApp::new(Box::new(picker), Prefs::default(), None).with_inline_jobs();
    let mut h = egui_kittest::Harness::builder().allow_missing_glyphs().build_ui_state(
        |ui, app: &mut CounterpointApp| {
            if app.ctx.is_none() {
                counterpoint::app::views::style::install(ui.ctx(), false);
            }
            app.show(ui)
        },
        app,
    );
    // Anything that opens the pipe to read blocks until a writer appears.
    // A watcher plays that writer: it can only open its end while a reader
    // waits on the other, so it notices (and unblocks) any read of the pipe.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = {
        let (fifo, stop) = (fifo.clone(), stop.clone());
        std::thread::spawn(move || {
            use std::os::unix::fs::OpenOptionsExt;
            const O_NONBLOCK: i32 = if cfg!(target_os = "linux") { 0o4000 } else { 0x0004 };
            let mut opened = false;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                if std::fs::OpenOptions::new().write(true).custom_flags(O_NONBLOCK).open(&fifo).is_ok() {
                    opened = true;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            opened
        })
    };
    h.state_mut().perform(Action::OpenSessionDialog);
    h.run();
    assert_eq!(h.state().ws.session.articles.len(), 3);
    for id in h.state().ws.session.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>() {
        h.state_mut().perform(Action::OpenArticle(id));
        h.run();
    }
    h.state_mut().perform(Action::SaveAs);
    h.run();
    h.state_mut().perform(Action::Export(counterpoint::app::picker::ExportKind::Csv));
    h.run();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(!watcher.join().unwrap(), "the app opened the named pipe a session only mentions");
    // the embedded texts were used, the named files were left alone
    assert!(h.state().ws.session.articles[1].text.starts_with("Sybiha"));
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "SECRET CONTENTS");
    assert!(!elsewhere.exists() && !Path::new(&elsewhere).parent().unwrap().exists());
    assert!(!sneaky.exists());
    // only the files the user chose were written
    assert!(saved.exists() && export.exists());
    let mut names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["chosen-export.csv", "chosen-save.ron", "given.ron", "other.txt", "pipe.txt"]);
}

/// Names and texts from files reach the terminal inert: escape sequences in
/// a file name, a headline or a quote (ESC, the one-byte CSI U+009B, a
/// right-to-left override) are shown escaped in the table and in error
/// messages, and JSON output keeps the same values with them as escapes.
#[cfg(unix)]
#[test]
fn escape_codes_in_names_and_texts_do_nothing_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let evil_name = "news\u{1b}]0;owned\u{7}\u{1b}[2J.txt";
    let article = dir.path().join(evil_name);
    let text =
        "Headline \u{1b}[31mred\u{9b}2J\n\nPeskov said the plan was \u{202e}elbatpecca\u{202c} and \u{7f}final.\n";
    std::fs::write(&article, text).unwrap();
    let empty = dir.path().join("empty\u{1b}[1m.txt");
    std::fs::write(&empty, "").unwrap();
    let dangerous = |bytes: &[u8]| {
        let s = String::from_utf8_lossy(bytes);
        s.chars()
            .find(|&c| (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    };
    for format in ["table", "jsonl", "json"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
            .args(["extract", "--format", format])
            .arg(&article)
            .arg(&empty)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(dangerous(&out.stdout), None, "{format}: {}", String::from_utf8_lossy(&out.stdout));
        assert_eq!(dangerous(&out.stderr), None, "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("empty\\u{1b}[1m.txt: the file is empty"), "{stderr}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        match format {
            "table" => {
                assert!(stdout.contains("news\\u{1b}]0;owned\\u{7}\\u{1b}[2J.txt — Headline \\u{1b}[31mred\\u{9b}2J"))
            }
            "jsonl" => {
                let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
                assert_eq!(first["article"].as_str(), Some(article.to_str().unwrap()));
                assert!(first["content"]["text"].as_str().unwrap().contains('\u{202e}'));
            }
            _ => {
                let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
                assert_eq!(doc["articles"][0]["title"].as_str(), Some("Headline \u{1b}[31mred\u{9b}2J"));
            }
        }
    }
}
