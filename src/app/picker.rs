//! File dialogs behind a trait, so tests never open one.
//!
//! The real picker runs rfd's dialog on its own thread (on macOS, where
//! dialogs must run on the main thread, it blocks instead) and hands the
//! answer back on a later frame.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

/// What a dialog is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    OpenArticles,
    /// A folder of articles (every article file in it and below).
    OpenFolder,
    OpenSession,
    /// Save the session; the name suggested.
    SaveSession(String),
    Export(ExportKind, String),
}

/// What an export writes (its extension and label are the file
/// dialog's filter).
pub use crate::export::Format as ExportKind;

/// Asks the user for files.
pub trait FilePicker {
    /// Starts a dialog, showing `folder` first when given.
    fn request(&mut self, pick: Pick, folder: Option<PathBuf>);
    /// A finished dialog: what it was for and the paths chosen (empty when
    /// cancelled).
    fn poll(&mut self) -> Option<(Pick, Vec<PathBuf>)>;
    /// Whether a dialog is open.
    fn busy(&self) -> bool;
}

/// Native dialogs through rfd.
pub struct RfdPicker {
    tx: Sender<(Pick, Vec<PathBuf>)>,
    rx: Receiver<(Pick, Vec<PathBuf>)>,
    open: usize,
    pub ctx: Option<egui::Context>,
}

impl Default for RfdPicker {
    fn default() -> Self {
        let (tx, rx) = channel();
        RfdPicker { tx, rx, open: 0, ctx: None }
    }
}

fn dialog(pick: &Pick, folder: Option<&Path>) -> Vec<PathBuf> {
    let mut d = rfd::FileDialog::new();
    if let Some(f) = folder.filter(|f| f.is_dir()) {
        d = d.set_directory(f);
    }
    match pick {
        Pick::OpenArticles => d
            .set_title("Open articles")
            .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
            .add_filter("All files", &["*"])
            .pick_files()
            .unwrap_or_default(),
        Pick::OpenFolder => d.set_title("Open a folder of articles").pick_folder().into_iter().collect(),
        Pick::OpenSession => d
            .set_title("Open session")
            .add_filter("Counterpoint sessions", &["ron"])
            .add_filter("All files", &["*"])
            .pick_file()
            .into_iter()
            .collect(),
        Pick::SaveSession(name) => d
            .set_title("Save session")
            .add_filter("Counterpoint sessions", &["ron"])
            .set_file_name(name)
            .save_file()
            .map(|p| with_extension(p, "ron"))
            .into_iter()
            .collect(),
        Pick::Export(kind, name) => d
            .set_title(format!("Export {}", kind.label()))
            .add_filter(kind.label(), &[kind.extension()])
            .set_file_name(name)
            .save_file()
            .map(|p| with_extension(p, kind.extension()))
            .into_iter()
            .collect(),
    }
}

/// Adds the extension when the user typed a name without one.
fn with_extension(p: PathBuf, ext: &str) -> PathBuf {
    if p.extension().is_none() { p.with_extension(ext) } else { p }
}

impl FilePicker for RfdPicker {
    fn request(&mut self, pick: Pick, folder: Option<PathBuf>) {
        if cfg!(target_os = "macos") {
            let paths = dialog(&pick, folder.as_deref());
            let _ = self.tx.send((pick, paths));
            return;
        }
        self.open += 1;
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        std::thread::spawn(move || {
            let paths = dialog(&pick, folder.as_deref());
            let _ = tx.send((pick, paths));
            if let Some(c) = ctx {
                c.request_repaint();
            }
        });
    }

    fn poll(&mut self) -> Option<(Pick, Vec<PathBuf>)> {
        let r = self.rx.try_recv().ok();
        if r.is_some() {
            self.open = self.open.saturating_sub(1);
        }
        r
    }

    fn busy(&self) -> bool {
        self.open > 0
    }
}

/// Answers dialogs from a script: for tests.
#[derive(Default)]
pub struct ScriptedPicker {
    /// Answers in order; a dialog with no answer left is cancelled.
    pub answers: std::collections::VecDeque<Vec<PathBuf>>,
    /// The dialogs asked for, in order.
    pub asked: std::sync::Arc<std::sync::Mutex<Vec<Pick>>>,
    /// The folder each dialog was asked to show first.
    pub folders: std::sync::Arc<std::sync::Mutex<Vec<Option<PathBuf>>>>,
    pending: Option<(Pick, Vec<PathBuf>)>,
}

impl ScriptedPicker {
    pub fn new(answers: impl IntoIterator<Item = Vec<PathBuf>>) -> Self {
        ScriptedPicker { answers: answers.into_iter().collect(), ..Default::default() }
    }
}

impl FilePicker for ScriptedPicker {
    fn request(&mut self, pick: Pick, folder: Option<PathBuf>) {
        if let Ok(mut a) = self.asked.lock() {
            a.push(pick.clone());
        }
        if let Ok(mut f) = self.folders.lock() {
            f.push(folder);
        }
        let paths = self.answers.pop_front().unwrap_or_default();
        self.pending = Some((pick, paths));
    }

    fn poll(&mut self) -> Option<(Pick, Vec<PathBuf>)> {
        self.pending.take()
    }

    fn busy(&self) -> bool {
        false
    }
}
