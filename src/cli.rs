//! The command line: the same core as the app, for scripts and evaluation.

use crate::article::Article;
use crate::catalogue::Catalogue;
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
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Output format: `jsonl` prints one JSON object per statement with
    /// character offsets (the schema of the evaluation corpus); `json`
    /// prints one document with every article and its statements; `table`
    /// prints a readable table.
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
    /// With `--format table`: under each statement, the words that decided
    /// its topics and stance.
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
fn read_data<T, E: std::fmt::Display>(path: &Path, parse: fn(&str) -> Result<T, E>) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs `extract`; returns the process exit code.
pub fn run_extract(args: &ExtractArgs) -> i32 {
    let catalogue = match args.catalogue.as_deref().map(|p| read_data(p, Catalogue::from_ron)) {
        None => Catalogue::builtin(),
        Some(Ok(c)) => c,
        Some(Err(e)) => {
            eprintln!("counterpoint: {e}");
            return 2;
        }
    };
    let topics = match args.topics.as_deref().map(|p| read_data(p, TopicLexicon::from_ron)) {
        None => TopicLexicon::builtin(),
        Some(Ok(t)) => t,
        Some(Err(e)) => {
            eprintln!("counterpoint: {e}");
            return 2;
        }
    };
    let (files, mut errors) = ingest::expand_paths(&args.files);
    let results: Vec<Result<(Article, Vec<Statement>), ingest::IngestError>> = files
        .par_iter()
        .map(|p| {
            let a = ingest::read_article(p)?;
            let s = extract::extract(&a.text, &catalogue, &topics);
            Ok((a, s))
        })
        .collect();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut ok: Vec<(Article, Vec<Statement>)> = Vec::new();
    for r in results {
        match r {
            Ok(x) => ok.push(x),
            Err(e) => errors.push(e),
        }
    }
    let written = match args.format {
        Format::Jsonl => write_jsonl(&mut out, &ok),
        Format::Json => write_json(&mut out, &ok, &errors),
        Format::Table => write_table(&mut out, &ok, &catalogue, args.explain.then_some(&topics)),
    };
    if let Err(e) = written.and_then(|_| out.flush())
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        eprintln!("counterpoint: cannot write the output: {e}");
        return 1;
    }
    for e in &errors {
        eprintln!("counterpoint: {e}");
    }
    if errors.is_empty() { 0 } else { 1 }
}

/// `{"start", "end", "text"}` in characters.
fn span_json(text: &str, idx: &CharIndex, s: crate::Span) -> Value {
    json!({"start": idx.char_offset(s.start), "end": idx.char_offset(s.end), "text": s.text(text)})
}

/// One statement as a record of the evaluation schema.
pub fn statement_json(article: &Article, idx: &CharIndex, s: &Statement) -> Value {
    let t = &article.text;
    json!({
        "article": article.source,
        "content": span_json(t, idx, s.content),
        "source": s.source.map(|x| span_json(t, idx, x)),
        "cue": s.cue.map(|x| span_json(t, idx, x)),
        "speaker": s.speaker,
        "actor": s.actor,
        "kind": s.kind.label(),
        "topics": s.topics,
        "stance": s.stance,
    })
}

fn write_jsonl(out: &mut impl Write, ok: &[(Article, Vec<Statement>)]) -> io::Result<()> {
    for (a, stmts) in ok {
        let idx = CharIndex::new(&a.text);
        for s in stmts {
            serde_json::to_writer(&mut *out, &statement_json(a, &idx, s))?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

fn write_json(
    out: &mut impl Write,
    ok: &[(Article, Vec<Statement>)],
    errors: &[ingest::IngestError],
) -> io::Result<()> {
    let articles: Vec<Value> = ok
        .iter()
        .map(|(a, stmts)| {
            let idx = CharIndex::new(&a.text);
            json!({
                "article": a.source,
                "title": a.title,
                "outlet": a.outlet,
                "date": a.date,
                "statements": stmts.iter().map(|s| statement_json(a, &idx, s)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let errors: Vec<Value> =
        errors.iter().map(|e| json!({"file": e.path.display().to_string(), "error": e.kind.to_string()})).collect();
    serde_json::to_writer_pretty(&mut *out, &json!({"articles": articles, "errors": errors}))?;
    out.write_all(b"\n")
}

fn write_table(
    out: &mut impl Write,
    ok: &[(Article, Vec<Statement>)],
    catalogue: &Catalogue,
    explain: Option<&TopicLexicon>,
) -> io::Result<()> {
    for (a, stmts) in ok {
        writeln!(out, "{} — {} ({} statements)", a.source, a.title, stmts.len())?;
        for s in stmts {
            let actor = s.actor.as_deref().and_then(|id| catalogue.actor(id)).map_or("—", |x| x.name.as_str());
            let speaker = s.speaker.as_deref().unwrap_or("?");
            let content = one_line(&s.content_text(&a.text), 90);
            writeln!(out, "  {:<8} {:<24} {:<26} {}", s.kind.label(), clip(speaker, 24), clip(actor, 26), content)?;
            if !s.topics.is_empty() {
                writeln!(out, "  {:<60} {}", "", topics_line(s))?;
            }
            if let Some(lex) = explain {
                for line in crate::topics::explain_lines(lex, &a.text, s) {
                    writeln!(out, "  {:<60}   {line}", "")?;
                }
            }
        }
        writeln!(out)?;
    }
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
    clip(&flat, max)
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}
