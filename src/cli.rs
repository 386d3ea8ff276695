//! The command line: the same core as the app, for scripts and evaluation.

use crate::article::{Article, Parsed};
use crate::catalogue::Catalogue;
use crate::export::record::StatementRecord;
use crate::extract::{self, Statement};
use crate::ingest;
use crate::span::CharIndex;
use crate::topics::TopicLexicon;
use clap::{Args, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use serde_json::{Value, json};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Compare the stated positions of political actors across news articles.
///
/// Without a command, opens the Counterpoint window, loading any article
/// files, folders or a saved session (.ron) given as arguments.
#[derive(Debug, Parser)]
#[command(name = "counterpoint", version, about, long_about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles (.txt, .md, .html), folders of them, or one session file
    /// (.ron) to open in the window.
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the statements found in article files.
    ///
    /// Each file is read (plain text, Markdown or HTML, in any common
    /// encoding), its statements are found and attributed to speakers and
    /// actors, and printed. Files are processed in parallel; output keeps
    /// the order of the arguments. A file that cannot be read is reported
    /// on standard error with the reason, the others are still printed,
    /// and the exit status is 1.
    Extract(ExtractArgs),
    /// Write varied copies of the built-in sample articles to a folder, to
    /// try the app on a few hundred articles.
    ///
    /// Each copy is an HTML page with its paragraphs in another order,
    /// credited to one of six made-up outlets and dated across 2025, so
    /// the same remarks are carried by several outlets on several days.
    /// Existing files are never overwritten.
    Samples(SamplesArgs),
    /// Build a session from articles, or export a saved one, without the
    /// window.
    #[command(subcommand)]
    Session(SessionCommand),
}

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Read articles, find their statements and save them as a session
    /// (.ron), exactly as the app saves one; open it with `counterpoint
    /// S.ron`.
    ///
    /// A file that cannot be read is reported on standard error with the
    /// reason; the session holds the others and the exit status is 1.
    Build(BuildArgs),
    /// Export a saved session as the app's Export menu does: the session's
    /// filters apply.
    Export(SessionExportArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Article files, or folders searched for .txt, .md and .html files.
    #[arg(required = true, value_name = "ARTICLE")]
    pub files: Vec<PathBuf>,
    /// The session file to write (an existing one is kept as NAME.bak).
    #[arg(long, short, value_name = "S.ron")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct SessionExportArgs {
    /// A session saved by the app or by `session build`.
    #[arg(value_name = "S.ron")]
    pub session: PathBuf,
    /// `md` a report by topic and actor; `csv` and `jsonl` the statements;
    /// `graphml` the actor–topic network; `qdpx` a REFI-QDA project for
    /// QDA software (QualCoder, MAXQDA, ATLAS.ti, NVivo).
    #[arg(long, short, value_enum)]
    pub format: ExportFormat,
    /// The file to write.
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Md,
    Csv,
    Jsonl,
    Graphml,
    Qdpx,
}

impl From<ExportFormat> for crate::export::Format {
    fn from(f: ExportFormat) -> Self {
        use crate::export::Format;
        match f {
            ExportFormat::Md => Format::Markdown,
            ExportFormat::Csv => Format::Csv,
            ExportFormat::Jsonl => Format::Jsonl,
            ExportFormat::Graphml => Format::Graphml,
            ExportFormat::Qdpx => Format::Qdpx,
        }
    }
}

/// Whether `a` and `b` name the same file (both existing), or the same
/// path when either does not exist yet.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// Runs `session build`; returns the process exit code.
pub fn run_session_build(args: &BuildArgs) -> i32 {
    let out = &args.output;
    let (files, errors) = ingest::expand_paths(&args.files);
    if let Some(f) = files.iter().find(|f| same_file(f, out)) {
        eprintln!(
            "counterpoint: {}: is one of the articles to read; give the session another name",
            terminal_safe(&f.display().to_string())
        );
        return 2;
    }
    let mut errors = errors;
    let results: Vec<Result<Article, ingest::IngestError>> =
        files.par_iter().map(|p| ingest::read_article(p)).collect();
    let mut articles = Vec::new();
    for r in results {
        match r {
            Ok(a) => articles.push(std::sync::Arc::new(a)),
            Err(e) => errors.push(e),
        }
    }
    for e in &errors {
        eprintln!("counterpoint: {}", terminal_safe(&e.to_string()));
    }
    if articles.is_empty() {
        eprintln!(
            "counterpoint: no article could be read; {} was not written",
            terminal_safe(&out.display().to_string())
        );
        return 1;
    }
    // what the app does when articles are opened into a new session
    let mut ws = crate::workspace::Workspace::default();
    let read = articles.len();
    let added = ws.add_articles(articles);
    if let Err(e) = ws.session.save(out) {
        eprintln!("counterpoint: {}", terminal_safe(&e.to_string()));
        return 1;
    }
    let same = read - added;
    eprintln!(
        "counterpoint: wrote {}: {} with {}{}",
        terminal_safe(&out.display().to_string()),
        plural(added, "article"),
        plural(ws.statement_count(), "statement"),
        if same > 0 {
            format!(" ({} with the same text as another left out)", plural(same, "file"))
        } else {
            String::new()
        }
    );
    if errors.is_empty() { 0 } else { 1 }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// Runs `session export`; returns the process exit code.
pub fn run_session_export(args: &SessionExportArgs) -> i32 {
    let (session, out) = (&args.session, &args.output);
    if same_file(session, out) {
        eprintln!(
            "counterpoint: {}: is the session being exported; give the export another name",
            terminal_safe(&out.display().to_string())
        );
        return 2;
    }
    let s = match crate::session::Session::load(session) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("counterpoint: {}", terminal_safe(&e.to_string()));
            return 1;
        }
    };
    let mut ws = crate::workspace::Workspace::new(s);
    // what the app suggests from the user's corrections, as it shows them
    if ws.needs_learning() {
        ws.learn_now();
    }
    // re-reported statements grouped, as the app groups them
    ws.group_now();
    let c = crate::compare::compare(&ws, None);
    let name = session.file_stem().map_or_else(|| "session".to_string(), |n| n.to_string_lossy().into_owned());
    let format = crate::export::Format::from(args.format);
    let bytes = match crate::export::render(&ws, &c, format, &name) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("counterpoint: cannot make the {}: {e}", format.label());
            return 1;
        }
    };
    if let Err(e) = crate::session::write_atomically(out, &bytes, false) {
        eprintln!("counterpoint: {}: cannot write: {e}", terminal_safe(&out.display().to_string()));
        return 1;
    }
    eprintln!(
        "counterpoint: wrote {} ({} of {})",
        terminal_safe(&out.display().to_string()),
        format.label(),
        plural(c.list.len(), "statement")
    );
    0
}

#[derive(Debug, Args)]
pub struct SamplesArgs {
    /// How many articles to write.
    #[arg(long, short = 'n', default_value_t = 300)]
    pub count: usize,
    /// The folder to write them to (made if missing).
    #[arg(value_name = "FOLDER")]
    pub folder: PathBuf,
}

/// Runs `samples`; returns the process exit code.
pub fn run_samples(args: &SamplesArgs) -> i32 {
    let dir = &args.folder;
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("counterpoint: {}: cannot make the folder: {e}", dir.display());
        return 1;
    }
    let articles = crate::samples::varied(args.count);
    let pages: Vec<(PathBuf, String)> = articles
        .iter()
        .map(|a| {
            (
                dir.join(format!(
                    "{}.html",
                    a.source.trim_end_matches(".txt").trim_end_matches(".md").trim_end_matches(".html")
                )),
                html_page(a),
            )
        })
        .collect();
    if let Some((p, _)) = pages.iter().find(|(p, _)| p.exists()) {
        eprintln!("counterpoint: {}: already exists; choose an empty folder (nothing was written)", p.display());
        return 1;
    }
    for (p, page) in &pages {
        if let Err(e) = crate::session::write_atomically(p, page.as_bytes(), false) {
            eprintln!("counterpoint: {}: {e}", p.display());
            return 1;
        }
    }
    println!("{} articles written to {}", pages.len(), dir.display());
    0
}

/// An article as a web page whose metadata carry its outlet and date.
fn html_page(a: &Article) -> String {
    fn esc(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }
    let mut body = String::new();
    for (i, para) in a.text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).enumerate() {
        let tag = if i == 0 { "h1" } else { "p" };
        body.push_str(&format!("<{tag}>{}</{tag}>\n", esc(&para.replace('\n', " "))));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <meta property=\"og:site_name\" content=\"{outlet}\">\n\
         <meta property=\"article:published_time\" content=\"{date}T08:00:00Z\">\n</head>\n\
         <body><article>\n{body}</article></body></html>\n",
        lang = esc(&a.lang.0),
        title = esc(&a.title),
        outlet = esc(&a.outlet),
        date = esc(a.date.as_deref().unwrap_or("")),
    )
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Output format: `jsonl` prints one JSON object per statement with
    /// character offsets (the schema of the evaluation corpus); `json`
    /// prints one document with every article and its statements; `table`
    /// prints a readable table, each statement led by how sure extraction
    /// is of it (per cent).
    #[arg(long, short, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Actor catalogue to use instead of the built-in one (RON, the format
    /// of assets/actors.ron).
    #[arg(long, value_name = "FILE")]
    pub catalogue: Option<PathBuf>,
    /// Topic lexicon to use instead of the built-in one (RON, the format of
    /// assets/topics.ron).
    #[arg(long, value_name = "FILE")]
    pub topics: Option<PathBuf>,
    /// The words that decided each statement's topics and stance: under it
    /// with `--format table`, as an `"explain"` list of lines in `jsonl`
    /// and `json`.
    #[arg(long)]
    pub explain: bool,
    /// Article files, or folders searched for .txt, .md and .html files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Jsonl,
    Json,
    Table,
}

/// Reads a RON data file given on the command line; the error names it.
/// The file goes through the same reader and the same checks as a session
/// (regular files only, size cap, counted and measured before parsing).
fn read_data<T, E: std::fmt::Display>(path: &Path, parse: fn(&str) -> Result<T, E>) -> Result<T, String> {
    let name = path.display();
    let bytes = ingest::read_capped(path, ingest::MAX_FILE_BYTES, &|| false).map_err(|e| format!("{name}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: byte {} is not text (not UTF-8); is this the right file?",
            ingest::thousands(e.utf8_error().valid_up_to() as u64 + 1)
        )
    })?;
    crate::session::census(&text).map_err(|e| format!("{name}: not a valid data file: {e}"))?;
    parse(&text).map_err(|e| format!("{name}: {e}"))
}

/// Runs `extract`; returns the process exit code.
pub fn run_extract(args: &ExtractArgs) -> i32 {
    small_pages();
    let catalogue = match args.catalogue.as_deref().map(|p| read_data(p, Catalogue::from_ron)) {
        None => Catalogue::builtin(),
        Some(Ok(c)) => c,
        Some(Err(e)) => {
            eprintln!("counterpoint: {}", terminal_safe(&e));
            return 2;
        }
    };
    let topics = match args.topics.as_deref().map(|p| read_data(p, TopicLexicon::from_ron)) {
        None => TopicLexicon::builtin(),
        Some(Ok(t)) => t,
        Some(Err(e)) => {
            eprintln!("counterpoint: {}", terminal_safe(&e));
            return 2;
        }
    };
    let (files, mut errors) = ingest::expand_paths(&args.files);
    let stdout = io::stdout();
    // each group's texts go out in one vectored write ([`write_all_of`]),
    // not copied into a buffer first
    let mut out = stdout.lock();
    // Files are read, extracted and written out as text in parallel, a
    // group at a time, and each group's texts printed in order when it is
    // done: memory holds one group's output, not every article of the
    // batch, and the group is large enough that the threads seldom wait
    // for one another (each wait costs CPU time spent spinning).
    // each path looked up once: its size for the groups, its kind for
    // the reading (which checks again what it opened)
    let files: Vec<StatedFile> = files
        .into_iter()
        .map(|f| {
            let metadata = std::fs::metadata(&f).ok();
            (f, metadata)
        })
        .collect();
    let groups = groups(&files, rayon::current_num_threads().max(1), GROUP_LIMITS);
    let mut written = match args.format {
        Format::Json => out.write_all(b"{\n  \"articles\": ["),
        _ => Ok(()),
    };
    let explain = args.explain.then_some(&topics);
    let mut printed = 0usize;
    for chunk in groups {
        let results: Vec<Result<io::Result<Vec<u8>>, ingest::IngestError>> = chunk
            .par_iter()
            .map(|(p, metadata)| {
                // neither the article's id nor its language is printed
                let a = match metadata {
                    Some(m) => ingest::read_parsed_stated(p, m)?,
                    // the error, as reading says it
                    None => ingest::read_parsed(p)?,
                };
                let mut s = extract::extract(&a.text, &catalogue, &topics);
                extract::apply_roles(&mut s, &catalogue, a.date.as_deref());
                let mut text = Vec::with_capacity(1024 + 1024 * s.len());
                let done = match args.format {
                    Format::Jsonl => write_jsonl(&mut text, &a, &s, &catalogue, explain),
                    Format::Json => write_json_article(&mut text, &a, &s, &catalogue, explain),
                    Format::Table => write_table(&mut text, &a, &s, &catalogue, explain),
                };
                Ok(done.map(|()| text))
            })
            .collect();
        let mut texts = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(Ok(text)) => texts.push(text),
                Ok(Err(e)) => {
                    // what was made before it is still printed
                    if written.is_ok() {
                        written = write_all_of(&mut out, &texts, args.format, &mut printed).and(Err(e));
                    }
                    texts.clear();
                }
                Err(e) => errors.push(e),
            }
        }
        if written.is_ok() {
            written = write_all_of(&mut out, &texts, args.format, &mut printed);
        }
    }
    if written.is_ok() && args.format == Format::Json {
        written = write_json_end(&mut out, printed, &errors);
    }
    if let Err(e) = written.and_then(|_| out.flush())
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        eprintln!("counterpoint: cannot write the output: {e}");
        return 1;
    }
    for e in &errors {
        eprintln!("counterpoint: {}", terminal_safe(&e.to_string()));
    }
    if errors.is_empty() { 0 } else { 1 }
}

/// Turns transparent huge pages off for the rest of the run (Linux).
///
/// The allocator asks for huge pages, and the kernel then clears two
/// megabytes at the first touch of each, though a run of `extract` uses
/// little of them beyond the lexicons it starts with: over 2,000 articles
/// the process held 66 MB with them and 29 MB without (the CPU time was
/// the same within what alternating runs could tell). If the call fails,
/// the run goes on as before.
fn small_pages() {
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
}

/// Writes the texts of a group's articles in order, JSON articles
/// parted by commas (`printed` counts the articles written so far): one
/// vectored write for the group where the output takes it all, each text
/// written from where it was made rather than copied into a buffer.
fn write_all_of(out: &mut impl Write, texts: &[Vec<u8>], format: Format, printed: &mut usize) -> io::Result<()> {
    let mut slices = Vec::with_capacity(2 * texts.len());
    for text in texts {
        if format == Format::Json {
            slices.push(io::IoSlice::new(if *printed == 0 { b"\n" } else { b",\n" }));
            *printed += 1;
        }
        // an article without statements prints nothing in JSON Lines: an
        // empty slice would make a write of nothing look like a refusal
        if !text.is_empty() {
            slices.push(io::IoSlice::new(text));
        }
    }
    let mut rest = &mut slices[..];
    // a write may take part of the slices (a pipe that is nearly full)
    while !rest.is_empty() {
        match out.write_vectored(rest) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => io::IoSlice::advance_slices(&mut rest, n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// How many files, and how many bytes of them, a group takes per thread
/// ([`groups`]).
const GROUP_LIMITS: (usize, u64) = (64, 16 << 20);

/// A file to extract, and its metadata if it could be read.
type StatedFile = (PathBuf, Option<std::fs::Metadata>);

/// The files in groups to extract in parallel: up to `limits` files and
/// bytes a thread, so that a batch of large files is held a few at a
/// time (a file whose size cannot be read counts as empty; reading it
/// will say what is wrong). A group has at least one file.
fn groups(files: &[StatedFile], threads: usize, (max_files, max_bytes): (usize, u64)) -> Vec<&[StatedFile]> {
    let (max_files, max_bytes) = (max_files * threads, max_bytes * threads as u64);
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0u64);
    for (i, (_, metadata)) in files.iter().enumerate() {
        let size = metadata.as_ref().map_or(0, std::fs::Metadata::len);
        if i > start && (i - start >= max_files || bytes + size > max_bytes) {
            out.push(&files[start..i]);
            (start, bytes) = (i, 0);
        }
        bytes += size;
    }
    if start < files.len() {
        out.push(&files[start..]);
    }
    out
}

/// The record of one statement, with the words that decided its topics
/// and stance when asked for.
fn record<'a>(
    lex: Option<&TopicLexicon>,
    article: &'a Parsed,
    idx: &CharIndex,
    s: &'a Statement,
    catalogue: &'a Catalogue,
) -> StatementRecord<'a> {
    let r = StatementRecord::new(article, idx, s, catalogue);
    match lex {
        Some(lex) => r.explained(lex, &article.text, s),
        None => r,
    }
}

fn write_jsonl(
    out: &mut Vec<u8>,
    a: &Parsed,
    stmts: &[Statement],
    catalogue: &Catalogue,
    explain: Option<&TopicLexicon>,
) -> io::Result<()> {
    let idx = CharIndex::new(&a.text);
    for s in stmts {
        let at = out.len();
        record(explain, a, &idx, s, catalogue).write_json(out);
        // the line is UTF-8; only a line a terminal would act on is
        // read again as text
        if acts_in_utf8(&out[at..]) {
            let line = String::from_utf8(out.split_off(at)).map_err(io::Error::other)?;
            out.extend_from_slice(json_terminal_safe(&line).as_bytes());
        }
        out.push(b'\n');
    }
    Ok(())
}

/// Writes an article as an element of the `"articles"` array of the
/// `json` document, pretty-printed as serde_json prints the whole
/// document, without the separator before it.
fn write_json_article(
    out: &mut Vec<u8>,
    a: &Parsed,
    stmts: &[Statement],
    catalogue: &Catalogue,
    explain: Option<&TopicLexicon>,
) -> io::Result<()> {
    let idx = CharIndex::new(&a.text);
    let article = json!({
        "article": a.source,
        "title": a.title,
        "outlet": a.outlet,
        "date": a.date,
        "statements": stmts.iter().map(|s| record(explain, a, &idx, s, catalogue)).collect::<Vec<_>>(),
    });
    let text = serde_json::to_string_pretty(&article).map_err(io::Error::other)?;
    write_indented(out, &json_terminal_safe(&text), "    ")
}

/// Closes the `"articles"` array and writes the errors.
fn write_json_end(out: &mut impl Write, printed: usize, errors: &[ingest::IngestError]) -> io::Result<()> {
    out.write_all(if printed == 0 { b"]" } else { b"\n  ]" })?;
    let errors: Vec<Value> =
        errors.iter().map(|e| json!({"file": e.path.display().to_string(), "error": e.kind.to_string()})).collect();
    let text = serde_json::to_string_pretty(&errors).map_err(io::Error::other)?;
    out.write_all(b",\n  \"errors\": ")?;
    let text = json_terminal_safe(&text);
    let mut lines = text.lines();
    if let Some(first) = lines.next() {
        out.write_all(first.as_bytes())?;
    }
    for line in lines {
        out.write_all(b"\n  ")?;
        out.write_all(line.as_bytes())?;
    }
    out.write_all(b"\n}\n")
}

fn write_indented(out: &mut impl Write, text: &str, indent: &str) -> io::Result<()> {
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(indent.as_bytes())?;
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

fn write_table(
    out: &mut Vec<u8>,
    a: &Parsed,
    stmts: &[Statement],
    catalogue: &Catalogue,
    explain: Option<&TopicLexicon>,
) -> io::Result<()> {
    let n = if stmts.len() == 1 { "1 statement".to_string() } else { format!("{} statements", stmts.len()) };
    writeln!(out, "{} — {} ({n})", terminal_safe(&a.source), terminal_safe(&a.title))?;
    for s in stmts {
        let actor = s.actor.as_deref().and_then(|id| catalogue.actor(id)).map_or("—", |x| x.name.as_str());
        let speaker = s.speaker.as_deref().unwrap_or("?");
        let content = one_line(&s.content_text(&a.text), 90);
        let (speaker, actor) = (clip(&terminal_safe(speaker), 24), clip(&terminal_safe(actor), 26));
        // how sure extraction is; "hand" for a statement added by hand
        let sure = if s.rule.is_empty() { "hand".to_string() } else { format!("{}%", s.confidence) };
        writeln!(out, "  {:>4} {:<8} {:<24} {:<26} {}", sure, s.kind.label(), speaker, actor, content)?;
        if !s.topics.is_empty() {
            writeln!(out, "  {:<65} {}", "", terminal_safe(&topics_line(s)))?;
        }
        if let Some(lex) = explain {
            for line in crate::topics::explain_lines(lex, &a.text, s) {
                writeln!(out, "  {:<65}   {}", "", terminal_safe(&line))?;
            }
        }
    }
    writeln!(out)?;
    Ok(())
}

/// "topics: peace-talks (favor), energy".
fn topics_line(s: &Statement) -> String {
    let parts: Vec<String> = s
        .topics
        .iter()
        .map(|t| match s.stance.get(t) {
            Some(st) => format!("{t} ({})", st.label()),
            None => t.clone(),
        })
        .collect();
    format!("topics: {}", parts.join(", "))
}

fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    clip(&terminal_safe(&flat), max)
}

/// Characters that a terminal acts on instead of showing: controls (ESC
/// starts the sequences that recolour, move the cursor, retitle the
/// window, or worse), DEL, the C1 controls (U+009B is a one-character
/// ESC [), and the bidirectional overrides that reorder what is shown.
fn acts_on_terminal(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text from files (names, titles, quotes, messages) as it may be printed
/// to a terminal: each character a terminal would act on is shown as an
/// escape, `\u{1b}`, and does nothing.
pub fn terminal_safe(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(acts_on_terminal) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if acts_on_terminal(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// JSON text with the characters of [`acts_on_terminal`] that JSON allows
/// raw (DEL, C1, bidirectional overrides) written as `\uXXXX` escapes: the
/// same JSON value, safe to print. serde_json already escapes the rest.
fn json_terminal_safe(json: &str) -> std::borrow::Cow<'_, str> {
    // raw C0 controls in serde_json's output are its own line breaks
    let unsafe_char = |c: char| c >= ' ' && acts_on_terminal(c);
    if !acts_in_utf8(json.as_bytes()) {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if unsafe_char(c) {
            // outside strings JSON is printable ASCII, so these are inside one
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether UTF-8 `bytes` hold a character at or above the space that a
/// terminal acts on ([`acts_on_terminal`]): DEL, a C1 control (C2 80–9F)
/// or a bidirectional control (E2 80 AA–AE, E2 81 A6–A9). Read byte by
/// byte, as every line of output is.
fn acts_in_utf8(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(k) = memchr::memchr3(0x7f, 0xc2, 0xe2, &bytes[i..]) {
        let at = i + k;
        let acts = match bytes[at] {
            0x7f => true,
            0xc2 => matches!(bytes.get(at + 1), Some(0x80..=0x9f)),
            _ => matches!(
                (bytes.get(at + 1), bytes.get(at + 2)),
                (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
            ),
        };
        if acts {
            return true;
        }
        i = at + 1;
    }
    false
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An output that takes at most `step` bytes a write, as a pipe
    /// whose reader is slow does; `0` takes nothing (a closed output).
    struct Trickle {
        got: Vec<u8>,
        step: usize,
        calls: usize,
    }

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.write_vectored(&[io::IoSlice::new(buf)])
        }
        fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
            self.calls += 1;
            let mut n = 0;
            for b in bufs {
                let take = b.len().min(self.step - n);
                self.got.extend_from_slice(&b[..take]);
                n += take;
                if n == self.step {
                    break;
                }
            }
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_group_is_printed_whole_however_little_each_write_takes() {
        let texts: Vec<Vec<u8>> =
            vec![b"{\"a\":1}\n".to_vec(), Vec::new(), b"{\"b\":2}\n{\"c\":3}\n".to_vec(), b"{\"d\":4}\n".to_vec()];
        let all: Vec<u8> = texts.concat();
        for step in [1, 3, 7, 1000] {
            let mut out = Trickle { got: Vec::new(), step, calls: 0 };
            let mut printed = 0;
            write_all_of(&mut out, &texts, Format::Jsonl, &mut printed).expect("written");
            assert_eq!(out.got, all, "{step} bytes a write");
        }
        // one write when the output takes it all
        let mut out = Trickle { got: Vec::new(), step: usize::MAX, calls: 0 };
        write_all_of(&mut out, &texts, Format::Jsonl, &mut 0).expect("written");
        assert_eq!(out.calls, 1);
        // JSON articles parted by commas, across groups
        let mut out = Trickle { got: Vec::new(), step: 5, calls: 0 };
        let mut printed = 0;
        write_all_of(&mut out, &texts[..1], Format::Json, &mut printed).expect("written");
        write_all_of(&mut out, &texts[3..], Format::Json, &mut printed).expect("written");
        assert_eq!(out.got, b"\n{\"a\":1}\n,\n{\"d\":4}\n");
        assert_eq!(printed, 2);
        // a group of articles without statements writes nothing, and that
        // is no error
        let mut out = Trickle { got: Vec::new(), step: 0, calls: 0 };
        write_all_of(&mut out, &[Vec::new(), Vec::new()], Format::Jsonl, &mut 0).expect("nothing to write");
        assert_eq!(out.calls, 0);
        // an output that takes nothing is an error, not a hang
        let mut out = Trickle { got: Vec::new(), step: 0, calls: 0 };
        let e = write_all_of(&mut out, &texts, Format::Jsonl, &mut 0).expect_err("refused");
        assert_eq!(e.kind(), io::ErrorKind::WriteZero);
    }

    #[test]
    fn large_files_are_extracted_a_few_at_a_time_and_small_ones_many() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<StatedFile> = [10, 10, 30, 5, 1, 1, 1]
            .iter()
            .enumerate()
            .map(|(i, &n)| {
                let p = dir.path().join(format!("{i}.txt"));
                std::fs::write(&p, "x".repeat(n)).unwrap();
                let metadata = std::fs::metadata(&p).ok();
                (p, metadata)
            })
            .collect();
        let missing = (dir.path().join("missing.txt"), None);
        let sizes = |g: Vec<&[StatedFile]>| -> Vec<usize> { g.iter().map(|g| g.len()).collect() };
        // at most 3 files or 25 bytes a group: a file larger than that alone
        assert_eq!(sizes(groups(&files, 1, (3, 25))), [2, 1, 3, 1]);
        // two threads take twice as much
        assert_eq!(sizes(groups(&files, 2, (3, 25))), [3, 4]);
        // every file in one group when the limits are far, in order
        let all = groups(&files, 1, (64, 1 << 20));
        assert_eq!(all.len(), 1);
        assert!(all[0].iter().map(|f| &f.0).eq(files.iter().map(|f| &f.0)));
        // a file that cannot be read still gets its group, for its error
        assert_eq!(sizes(groups(std::slice::from_ref(&missing), 1, (3, 25))), [1]);
        assert!(groups(&[], 1, (3, 25)).is_empty());
    }

    #[test]
    fn the_byte_scan_finds_exactly_the_characters_a_terminal_acts_on() {
        let by_chars = |s: &str| s.chars().any(|c| c >= ' ' && acts_on_terminal(c));
        let mut samples: Vec<String> = ["", "plain", "“curly” — dash…", "Київ", "tab\tand\nline", "end\u{7f}"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // every character of the two-byte and E2-led ranges around the
        // controls, alone and inside text
        for c in ('\u{80}'..='\u{7ff}').chain('\u{2000}'..='\u{20ff}') {
            samples.push(c.to_string());
            samples.push(format!("a “{c}” b"));
        }
        for s in &samples {
            assert_eq!(acts_in_utf8(s.as_bytes()), by_chars(s), "{s:?}");
        }
    }
}
