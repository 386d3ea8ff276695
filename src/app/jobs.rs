//! Slow work off the UI thread: loading and extracting articles, opening
//! and saving sessions, re-extracting after catalogue edits, exports.
//!
//! A job runs on its own thread (extraction inside it uses rayon), reports
//! progress through atomics the status bar reads, can be cancelled, and
//! hands its result back through a channel polled once per frame. Tests
//! run jobs inline so a UI step sees their result at once.

use crate::article::{Article, ArticleId};
use crate::catalogue::Catalogue;
use crate::extract::{self, Statement};
use crate::ingest::{self, IngestError};
use crate::session::{Origin, Session, SessionError};
use crate::topics::TopicLexicon;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

/// Articles read and extracted.
pub type Extracted = Vec<(Arc<Article>, Arc<Vec<Statement>>)>;

/// What a finished job hands back.
pub enum Outcome {
    Articles {
        generation: u64,
        loaded: Extracted,
        errors: Vec<IngestError>,
        cancelled: bool,
    },
    SessionOpened {
        path: PathBuf,
        session: Box<Session>,
        raw: Vec<Arc<Vec<Statement>>>,
        fingerprint: String,
    },
    SessionFailed(SessionError),
    /// The session was saved; `fingerprint` identifies what was written.
    Saved {
        path: PathBuf,
        revision_saved: u64,
        fingerprint: String,
    },
    SaveFailed {
        path: PathBuf,
        message: String,
    },
    /// The recovery copy was written (or not: `error`). `epoch` is the
    /// app's recovery epoch when it was started.
    Autosaved {
        epoch: u64,
        error: Option<String>,
    },
    Refreshed {
        generation: u64,
        results: Vec<(ArticleId, Arc<Vec<Statement>>)>,
    },
    Learned {
        model: Box<crate::learn::Model>,
        suggestions: Vec<(crate::session::StatementKey, crate::learn::Suggestion)>,
    },
    /// Re-reported statements grouped, for the statements with this
    /// fingerprint.
    Grouped {
        fingerprint: u64,
        groups: crate::grouping::Groups,
    },
    Exported {
        path: PathBuf,
    },
    ExportFailed {
        path: PathBuf,
        message: String,
    },
}

/// A job in flight, for the status bar.
pub struct Running {
    pub label: String,
    pub done: Arc<AtomicUsize>,
    pub total: Arc<AtomicUsize>,
    pub cancel: Arc<AtomicBool>,
    /// Whether the user may cancel it (loading may; saving may not).
    pub cancellable: bool,
}

pub struct Jobs {
    tx: Sender<Outcome>,
    rx: Receiver<Outcome>,
    pub running: Vec<Running>,
    /// Run jobs on the calling thread (tests).
    pub inline: bool,
    repaint: Arc<Mutex<Option<egui::Context>>>,
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Jobs { tx, rx, running: Vec::new(), inline: false, repaint: Arc::new(Mutex::new(None)) }
    }
}

impl Jobs {
    /// The context to wake when a job finishes.
    pub fn set_context(&mut self, ctx: &egui::Context) {
        if let Ok(mut r) = self.repaint.lock()
            && r.is_none()
        {
            *r = Some(ctx.clone());
        }
    }

    pub fn busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// Results of finished jobs.
    pub fn poll(&mut self) -> Vec<Outcome> {
        let mut out = Vec::new();
        while let Ok(o) = self.rx.try_recv() {
            out.push(o);
        }
        if !out.is_empty()
            || self.running.iter().any(|r| r.done.load(Ordering::Relaxed) >= r.total.load(Ordering::Relaxed))
        {
            self.running.retain(|r| r.done.load(Ordering::Relaxed) < r.total.load(Ordering::Relaxed));
        }
        out
    }

    fn spawn(
        &mut self,
        label: String,
        total: usize,
        cancellable: bool,
        work: impl FnOnce(&Progress) -> Outcome + Send + 'static,
    ) {
        let done = Arc::new(AtomicUsize::new(0));
        let total_a = Arc::new(AtomicUsize::new(total.max(1)));
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Progress {
            done: done.clone(),
            total: total_a.clone(),
            cancel: cancel.clone(),
            repaint: self.repaint.clone(),
        };
        if self.inline {
            let o = work(&progress);
            let _ = self.tx.send(o);
            return;
        }
        self.running.push(Running { label, done, total: total_a, cancel, cancellable });
        let tx = self.tx.clone();
        std::thread::spawn(move || {
            let o = work(&progress);
            // mark finished even if the work under-counted
            progress.done.store(progress.total.load(Ordering::Relaxed), Ordering::Relaxed);
            let _ = tx.send(o);
            progress.wake();
        });
    }

    /// Reads and extracts files (folders expanded) in parallel.
    pub fn load_articles(&mut self, paths: Vec<PathBuf>, catalogue: Catalogue, topics: TopicLexicon, generation: u64) {
        let (files, mut errors) = ingest::expand_paths(&paths);
        let n = files.len();
        let label = if n == 1 { "Reading 1 article".to_string() } else { format!("Reading {n} articles") };
        self.spawn(label, n, true, move |p| {
            use rayon::prelude::*;
            type Loaded = Result<(Arc<Article>, Arc<Vec<Statement>>), IngestError>;
            let results: Vec<Option<Loaded>> = files
                .par_iter()
                .map(|f| {
                    if p.cancelled() {
                        return None;
                    }
                    // a cancel stops the files in flight too, not only those
                    // not yet started
                    let r = ingest::read_article_with(f, &|| p.cancelled()).map(|a| {
                        let s = extract::extract(&a.text, &catalogue, &topics);
                        (Arc::new(a), Arc::new(s))
                    });
                    p.tick();
                    Some(r)
                })
                .collect();
            let cancelled = p.cancelled();
            let mut loaded = Vec::new();
            for r in results.into_iter().flatten() {
                match r {
                    Ok(x) => loaded.push(x),
                    Err(e) if matches!(e.kind, ingest::IngestErrorKind::Cancelled) => {}
                    Err(e) => errors.push(e),
                }
            }
            if cancelled {
                loaded.clear();
            }
            Outcome::Articles { generation, loaded, errors, cancelled }
        });
    }

    /// Articles already in memory (the embedded samples).
    pub fn load_bytes(
        &mut self,
        files: Vec<(String, &'static [u8])>,
        catalogue: Catalogue,
        topics: TopicLexicon,
        generation: u64,
    ) {
        let n = files.len();
        self.spawn(format!("Reading {n} sample articles"), n, true, move |p| {
            use rayon::prelude::*;
            let mut errors = Vec::new();
            let mut loaded = Vec::new();
            let results: Vec<_> = files
                .par_iter()
                .map(|(name, bytes)| {
                    let r = ingest::parse_article(name, bytes).map(|a| {
                        let s = extract::extract(&a.text, &catalogue, &topics);
                        (Arc::new(a), Arc::new(s))
                    });
                    p.tick();
                    r
                })
                .collect();
            for r in results {
                match r {
                    Ok(x) => loaded.push(x),
                    Err(e) => errors.push(e),
                }
            }
            Outcome::Articles { generation, loaded, errors, cancelled: false }
        });
    }

    /// Opens a session file and extracts its articles.
    pub fn open_session(&mut self, path: PathBuf) {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        self.spawn(format!("Opening {name}"), 1, false, move |_p| match Session::load_file(&path) {
            Ok(loaded) => {
                let session = loaded.session;
                let raw = crate::workspace::extract_all(&session.articles, &session.catalogue, &session.topics);
                Outcome::SessionOpened { path, session: Box::new(session), raw, fingerprint: loaded.fingerprint }
            }
            Err(e) => Outcome::SessionFailed(e),
        });
    }

    /// Saves a snapshot of the session (serialised off the UI thread).
    pub fn save(&mut self, session: Session, path: PathBuf, revision_saved: u64) {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        self.spawn(format!("Saving {name}"), 1, false, move |_p| match session.save(&path) {
            Ok(fingerprint) => Outcome::Saved { path, revision_saved, fingerprint },
            Err(e) => Outcome::SaveFailed { message: e.kind.to_string(), path },
        });
    }

    /// Writes the recovery copy: the session and, in the same file, which
    /// saved session it was made from. Stays out of the status bar.
    pub fn autosave(&mut self, session: Session, path: PathBuf, origin: Option<Origin>, epoch: u64) {
        let work = move || {
            let text = session.to_recovery_ron(origin.as_ref());
            let error = match crate::session::census(&text) {
                Err(m) => Some(format!("{m}, and a session like that could not be opened again")),
                Ok(()) => crate::session::write_atomically(&path, text.as_bytes(), false).err().map(|e| e.to_string()),
            };
            Outcome::Autosaved { epoch, error }
        };
        let tx = self.tx.clone();
        let repaint = self.repaint.clone();
        if self.inline {
            let _ = tx.send(work());
        } else {
            std::thread::spawn(move || {
                let _ = tx.send(work());
                Progress::idle(repaint).wake();
            });
        }
    }

    /// Re-extracts articles after the catalogue or topics changed.
    pub fn refresh(
        &mut self,
        articles: Vec<Arc<Article>>,
        catalogue: Catalogue,
        topics: TopicLexicon,
        generation: u64,
    ) {
        let n = articles.len();
        self.spawn("Updating attributions".into(), n, false, move |p| {
            use rayon::prelude::*;
            let results = articles
                .par_iter()
                .map(|a| {
                    let s = extract::extract(&a.text, &catalogue, &topics);
                    p.tick();
                    (a.id.clone(), Arc::new(s))
                })
                .collect();
            Outcome::Refreshed { generation, results }
        });
    }

    /// Learns from the user's corrections of topics and stance and scores
    /// the statements nobody touched.
    pub fn learn(
        &mut self,
        topics: TopicLexicon,
        data: Vec<crate::learn::Labelled>,
        untouched: Vec<(crate::session::StatementKey, crate::learn::Example)>,
    ) {
        let n = untouched.len();
        self.spawn("Learning from your corrections".into(), n, false, move |_p| {
            let fp = crate::learn::fingerprint(&data);
            let model = crate::learn::Model::train(&topics, &data, fp);
            let suggestions = crate::workspace::suggest_all(&topics, &model, untouched);
            Outcome::Learned { model: Box::new(model), suggestions }
        });
    }

    /// Groups re-reported statements.
    pub fn group(&mut self, items: Vec<crate::grouping::Item>, fingerprint: u64) {
        let n = items.len();
        self.spawn("Grouping re-reported statements".into(), n, false, move |_p| {
            let groups = crate::grouping::group(&items);
            Outcome::Grouped { fingerprint, groups }
        });
    }

    /// Writes an export file atomically.
    pub fn export(&mut self, path: PathBuf, contents: Vec<u8>) {
        self.spawn("Exporting".into(), 1, false, move |_p| {
            match crate::session::write_atomically(&path, &contents, false) {
                Ok(()) => Outcome::Exported { path },
                Err(e) => Outcome::ExportFailed { message: e.to_string(), path },
            }
        });
    }

    pub fn cancel_all(&self) {
        for r in &self.running {
            if r.cancellable {
                r.cancel.store(true, Ordering::Relaxed);
            }
        }
    }
}

/// What a job's work sees.
pub struct Progress {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    repaint: Arc<Mutex<Option<egui::Context>>>,
}

impl Progress {
    fn idle(repaint: Arc<Mutex<Option<egui::Context>>>) -> Self {
        Progress {
            done: Arc::new(AtomicUsize::new(0)),
            total: Arc::new(AtomicUsize::new(1)),
            cancel: Arc::new(AtomicBool::new(false)),
            repaint,
        }
    }

    fn tick(&self) {
        let d = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        // wake the UI now and then, not for every file
        if d.is_multiple_of(16) {
            self.wake();
        }
    }

    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    fn wake(&self) {
        if let Ok(r) = self.repaint.lock()
            && let Some(ctx) = r.as_ref()
        {
            ctx.request_repaint();
        }
    }
}
