//! The Counterpoint window: a thin client of the core.
//!
//! Views read the workspace and the cached comparison and push
//! [`Action`]s; [`CounterpointApp::perform`] applies them after drawing,
//! so every change to the session goes through [`Workspace`]'s edits (and
//! undo) in one place. Slow work runs in [`jobs`]; file dialogs go through
//! a [`picker::FilePicker`] so tests never open one.

pub mod jobs;
pub mod picker;
pub mod prefs;
pub mod views;

use crate::article::{Article, ArticleId};
use crate::catalogue::{Catalogue, Rgb};
use crate::compare::{self, Comparison};
use crate::extract::Kind;
use crate::session::{Origin, Session, StatementKey, ViewKind};
use crate::span::Span;
use crate::workspace::Workspace;
use jobs::{Jobs, Outcome};
use picker::{ExportKind, FilePicker, Pick};
use prefs::Prefs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Something the user asked for. Views push these; `perform` applies them.
pub enum Action {
    OpenArticlesDialog,
    OpenFolderDialog,
    OpenSessionDialog,
    OpenPaths(Vec<PathBuf>),
    OpenSession(PathBuf),
    TrySamples,
    NewSession,
    Save,
    SaveAs,
    Export(ExportKind),
    Close,
    Undo,
    Redo,
    Select(Option<StatementKey>),
    ShowInArticle(StatementKey),
    OpenArticle(ArticleId),
    SetActor(StatementKey, Option<String>),
    SetSpeaker(StatementKey, Option<String>),
    SetTopics(StatementKey, Vec<String>),
    SetKind(StatementKey, Kind),
    SetNote(StatementKey, String),
    /// Stance toward one topic (`None`: back to the machine's reading).
    SetStance(StatementKey, String, Option<crate::topics::Stance>),
    AcceptSuggestion(StatementKey),
    RejectSuggestion(StatementKey),
    EditTopics(String, Box<dyn FnOnce(&mut crate::topics::TopicLexicon) + Send>),
    AddTopic(String),
    DeleteTopic(String),
    MoveTopic(String, isize),
    SetHidden(StatementKey, bool),
    /// Accept (or unaccept) the attribution: the analyst checked it.
    SetChecked(StatementKey, bool),
    /// Take statements out of their group of re-reported statements (one
    /// step).
    SplitFromGroup(Vec<StatementKey>),
    /// Put the second statement (and its group) into the first's group.
    MergeGroups(StatementKey, StatementKey),
    /// Open the quick actor picker for a statement.
    QuickAssign(StatementKey),
    /// Put the keyboard focus ring on a card of the Compare view.
    FocusCard(CardFocus),
    /// Put the focus on a row of the Check first list (its statement and
    /// place).
    FocusCheck(StatementKey, usize),
    /// Open or close a Compare cell (topic id, column id).
    ToggleCell(String, String),
    SetArticleMeta(ArticleId, crate::workspace::ArticleMeta),
    /// Give yearless datelines their year: (article, date).
    SetYears(Vec<(ArticleId, String)>),
    DismissYearPrompt,
    /// Only articles dated in this range (`YYYY-MM-DD`, inclusive).
    SetDateRange(Option<String>, Option<String>),
    ToggleOutlet(String),
    OnlyOutlet(String),
    ShowAllOutlets,
    SetInspectorFloating(bool),
    ToggleSidebar,
    ShowShortcuts(bool),
    AddStatement {
        article: ArticleId,
        span: Span,
    },
    RemoveAdded(StatementKey),
    NewActorDialog(Option<StatementKey>),
    CreateActor {
        name: String,
        group: String,
        colour: Rgb,
        assign: Option<StatementKey>,
    },
    EditCatalogue(String, Box<dyn FnOnce(&mut Catalogue) + Send>),
    /// Show what the built-in catalogue would add to the session's.
    UpdateCatalogueDialog,
    /// Take the built-in catalogue's new entries (one undoable edit).
    UpdateCatalogue,
    DeleteActor(String),
    MergeActors {
        from: String,
        into: String,
    },
    SetView(ViewKind),
    /// The topic the Timeline and Agreement views show.
    SetGlanceTopic(String),
    SetVoicesSort(crate::positions::VoicesSort),
    /// List the statements of one Voices segment (outlet, actor), or none.
    OpenVoices(Option<(String, String)>),
    /// List the statements behind one Agreement cell (two actors), or none.
    OpenAgreement(Option<(String, String)>),
    ToggleActor(String),
    MoveActor(String, isize),
    ShowAllActors,
    ToggleTopic(String),
    ToggleKind(Kind),
    ToggleArticle(ArticleId),
    /// Show or hide the articles in a language (its code).
    ToggleLanguage(String),
    RemoveArticle(ArticleId),
    SetGroupByBloc(bool),
    /// Shows a bloc as a column per actor (`true`) or as one column.
    SetBlocOpen(String, bool),
    SetShowHidden(bool),
    SetShowUnattributed(bool),
    SetSearch(String),
    Sort(compare::SortKey, bool),
    CancelJobs,
    DismissNotice(usize),
    RestoreRecovery,
    DiscardRecovery,
}

/// A message shown to the user for a while, or until dismissed.
#[derive(Debug, Clone)]
pub struct Notice {
    pub level: Level,
    pub title: String,
    /// Details, one per line (a file and its problem).
    pub lines: Vec<String>,
    pub at: Instant,
}

impl Notice {
    /// How long it shows: long enough to read, longer for a problem.
    pub fn lifetime(&self) -> Duration {
        match self.level {
            Level::Info => Duration::from_secs(8),
            Level::Error => Duration::from_secs(30),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

/// What to do once unsaved changes are dealt with.
#[derive(Debug, Clone)]
pub enum Deferred {
    NewSession,
    OpenSession(Option<PathBuf>),
    Close,
}

/// Dialogs drawn over the window.
pub enum Dialog {
    Unsaved(Deferred),
    NewActor {
        name: String,
        group: String,
        colour: [u8; 3],
        assign: Option<StatementKey>,
    },
    Recovery {
        summary: String,
    },
    /// What taking the built-in catalogue's new entries would change.
    UpdateCatalogue(crate::catalogue::UpdateSummary),
}

/// Where the keyboard focus ring is in the Compare view: a statement in
/// one cell (a statement on two topics is in two cells), and its place
/// there, so that when it leaves the cell (hidden, reassigned) the ring
/// moves to the card that takes its place.
#[derive(Debug, Clone, PartialEq)]
pub struct CardFocus {
    /// Topic id of the row ("" for Other).
    pub row: String,
    /// Column id ("" for No actor).
    pub col: String,
    pub key: StatementKey,
    pub index: usize,
}

/// The quick actor picker: a filter typed, the highlighted choice.
#[derive(Debug, Clone, Default)]
pub struct QuickPick {
    pub key: Option<StatementKey>,
    pub query: String,
    pub index: usize,
}

/// Per-view UI state that is not part of the session.
#[derive(Default)]
pub struct UiState {
    /// The Compare view's keyboard focus.
    pub focus: Option<CardFocus>,
    /// Scroll the focused card into view on the next frame.
    pub focus_scroll: bool,
    pub card_heights: views::compare::CardHeights,
    /// The Compare grid's scroll position, saved into the session with it.
    pub compare_scroll: egui::Vec2,
    /// Whether the session's saved scroll position was applied.
    pub compare_scroll_restored: bool,
    pub quick_pick: Option<QuickPick>,
    pub show_shortcuts: bool,
    /// "Not now" was answered to the question of a year for undated
    /// datelines.
    pub year_prompt_dismissed: bool,
    pub year_input: String,
    /// Articles whose date names no year, for the revision it was looked at.
    pub yearless: (u64, Vec<ArticleId>),
    pub sort: compare::SortKey,
    pub sort_ascending: bool,
    /// The statement to scroll to in the Article view.
    pub scroll_to: Option<StatementKey>,
    /// Text selected in the Article view (byte span), for "Add statement".
    pub article_selection: Option<(ArticleId, Span)>,
    /// Note being typed, committed when focus leaves.
    pub note_buffer: Option<(StatementKey, String)>,
    pub speaker_buffer: Option<(StatementKey, String)>,
    /// The actor selected in the Actors view.
    pub actor_selected: Option<String>,
    pub alias_input: String,
    pub keyword_input: String,
    pub speaker_input: String,
    pub merge_target: Option<String>,
    /// The topic selected in the Topics view, and its inputs.
    pub topic_selected: Option<String>,
    pub topic_lang: String,
    pub new_topic_name: String,
    pub term_input: String,
    pub related_input: String,
    pub opposite_input: String,
    pub statements_list: Vec<crate::compare::StatementRef>,
    /// The Check first list, for the comparison with this stamp.
    pub check_list: Vec<crate::compare::StatementRef>,
    pub check_for: Option<u64>,
    /// The row in focus there: its statement and place.
    pub check_focus: Option<(StatementKey, usize)>,
    /// Scroll the focused row into view on the next frame.
    pub check_scroll: bool,
    pub statements_sorted_for: Option<(u64, compare::SortKey, bool, usize)>,
    /// What the Voices, Timeline and Agreement views drew last, for the
    /// comparison it was counted from.
    pub voices: views::voices::Cache,
    pub timeline: views::timeline::Cache,
    pub agreement: views::agreement::Cache,
}

pub struct CounterpointApp {
    pub ws: Workspace,
    pub session_path: Option<PathBuf>,
    /// Fingerprint of the file at `session_path` as it was opened or last
    /// saved: the identity a recovery copy records.
    pub session_fingerprint: Option<String>,
    pub cmp: Comparison,
    pub selected: Option<StatementKey>,
    pub jobs: Jobs,
    pub picker: Box<dyn FilePicker>,
    pub notices: Vec<Notice>,
    pub prefs: Prefs,
    pub dialog: Option<Dialog>,
    pub ui: UiState,
    /// Set once the user agreed to close with unsaved changes handled.
    close_confirmed: bool,
    /// Continue with this once the save in flight succeeds.
    after_save: Option<Deferred>,
    title: String,
    /// Where the recovery copy is written; `None` disables autosave.
    pub recovery_path: Option<PathBuf>,
    autosave: Autosave,
    /// Work found in the recovery file at start, and the session it was
    /// made from.
    recovered: Option<(Session, Option<Origin>)>,
    /// Waiting for a refresh job for this catalogue generation.
    refreshing: Option<u64>,
    /// Learning from the corrections with this fingerprint.
    learning: Option<u64>,
    /// The workspace revision the corrections were last looked at for.
    learn_checked: u64,
    /// Grouping the statements with this fingerprint.
    grouping: Option<u64>,
    /// The workspace data revision the groups were last looked at for.
    group_checked: u64,
    /// The window's context, once known.
    pub ctx: Option<egui::Context>,
    /// Bumped each time the comparison is recomputed.
    pub cmp_stamp: u64,
}

impl CounterpointApp {
    /// A window with an empty session.
    pub fn new(picker: Box<dyn FilePicker>, prefs: Prefs, recovery_path: Option<PathBuf>) -> Self {
        let mut prefs = prefs;
        prefs.refresh_existing();
        let mut app = CounterpointApp {
            ws: Workspace::default(),
            session_path: None,
            session_fingerprint: None,
            cmp: Comparison::default(),
            selected: None,
            jobs: Jobs::default(),
            picker,
            notices: Vec::new(),
            prefs,
            dialog: None,
            ui: UiState { sort_ascending: true, ..Default::default() },
            close_confirmed: false,
            after_save: None,
            title: String::new(),
            recovery_path,
            autosave: Autosave::default(),
            recovered: None,
            refreshing: None,
            learning: None,
            learn_checked: u64::MAX,
            grouping: None,
            group_checked: u64::MAX,
            ctx: None,
            cmp_stamp: 0,
        };
        app.check_recovery();
        app
    }

    /// Runs jobs on the calling thread, for tests.
    pub fn with_inline_jobs(mut self) -> Self {
        self.jobs.inline = true;
        self
    }

    /// Opens what was given on the command line: one session (.ron) or
    /// articles and folders.
    pub fn open_from_args(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        if paths.len() == 1 && is_session_path(&paths[0]) {
            self.jobs.open_session(paths[0].clone());
        } else {
            self.perform(Action::OpenPaths(paths));
        }
    }

    // ----- the frame ---------------------------------------------------

    /// Draws the whole window into `ui` (the root).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
        self.jobs.set_context(&ctx);
        self.poll(&ctx);
        let mut actions = Vec::new();
        views::shortcuts(&ctx, self, &mut actions);
        views::dropped_files(&ctx, &mut actions);
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed {
            if self.ws.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::Unsaved(Deferred::Close));
            } else {
                self.discard_recovery_file();
            }
        }
        if !self.cmp.is_current(&self.ws) {
            self.cmp = compare::compare(&self.ws, Some(&self.cmp));
            self.cmp_stamp += 1;
        }
        views::layout(ui, self, &mut actions);
        views::dialogs(&ctx, self, &mut actions);
        for a in actions {
            self.perform(a);
        }
        self.update_title(&ctx);
        self.autosave(&ctx);
    }

    /// What must happen even while the window is hidden (eframe then calls
    /// `logic` but draws nothing): finished jobs are taken in and unsaved
    /// work is copied to the recovery file.
    pub fn logic(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
        self.jobs.set_context(ctx);
        self.poll(ctx);
        self.autosave(ctx);
    }

    /// Replaces the open session, dropping everything computed from the
    /// old one (a comparison cached for an empty session would otherwise
    /// match a freshly opened one whose view looks the same).
    fn install(&mut self, ws: Workspace) {
        self.ws = ws;
        self.cmp = Comparison::default();
        self.cmp_stamp += 1;
        self.selected = None;
        self.ui = UiState { sort_ascending: true, ..Default::default() };
        self.refreshing = None;
        self.learn_checked = u64::MAX;
        self.learning = None;
        self.group_checked = u64::MAX;
        self.grouping = None;
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let name = self.session_name();
        let dirty = if self.ws.is_dirty() { " •" } else { "" };
        let title = format!("Counterpoint — {name}{dirty}");
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window title as last set.
    pub fn window_title(&self) -> &str {
        &self.title
    }

    pub fn session_name(&self) -> String {
        match &self.session_path {
            Some(p) => {
                p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| p.display().to_string())
            }
            None => "Untitled session".into(),
        }
    }

    fn notify(&mut self, level: Level, title: impl Into<String>, lines: Vec<String>) {
        self.notices.push(Notice { level, title: title.into(), lines, at: Instant::now() });
        if self.notices.len() > 6 {
            self.notices.remove(0);
        }
    }

    /// Handles finished jobs and dialogs.
    fn poll(&mut self, ctx: &egui::Context) {
        while let Some((pick, paths)) = self.picker.poll() {
            self.picked(pick, paths);
        }
        for outcome in self.jobs.poll() {
            self.finished(outcome);
        }
        if self.jobs.busy() || self.picker.busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        // the catalogue or topics changed: re-extract in the background
        if self.ws.is_stale() && self.refreshing != Some(self.ws.generation) {
            self.refreshing = Some(self.ws.generation);
            if self.jobs.inline {
                self.ws.refresh_now();
            } else {
                self.jobs.refresh(
                    self.ws.session.articles.clone(),
                    self.ws.session.catalogue.clone(),
                    self.ws.session.topics.clone(),
                    self.ws.generation,
                );
            }
        }
        self.learn_if_needed();
        self.group_if_needed();
    }

    /// Statements changed: group the re-reported ones again, in the
    /// background.
    fn group_if_needed(&mut self) {
        // looked at once per change of the statements, not per frame or
        // per change of the view (a filter keystroke)
        if self.ws.is_stale() || self.group_checked == self.ws.data_revision {
            return;
        }
        self.group_checked = self.ws.data_revision;
        let fp = self.ws.grouping_fingerprint();
        if fp == self.ws.grouped_for() || self.grouping == Some(fp) {
            return;
        }
        self.grouping = Some(fp);
        if self.jobs.inline {
            self.ws.group_now();
        } else {
            self.jobs.group(self.ws.grouping_items(), fp);
        }
    }

    /// Corrections of topics or stance changed: retrain the model and
    /// re-score the statements nobody touched, in the background.
    fn learn_if_needed(&mut self) {
        // looked at once per change of the data, not every frame
        if self.ws.is_stale() || self.learn_checked == self.ws.revision {
            return;
        }
        self.learn_checked = self.ws.revision;
        if !self.ws.needs_learning() {
            return;
        }
        let fp = self.ws.training_fingerprint();
        if self.learning == Some(fp) {
            return;
        }
        self.learning = Some(fp);
        if self.jobs.inline {
            self.ws.learn_now();
        } else {
            self.jobs.learn(self.ws.session.topics.clone(), self.ws.training_data(), self.ws.untouched());
        }
    }

    fn picked(&mut self, pick: Pick, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            // cancelled: a close waiting on "Save as" is cancelled too
            self.after_save = None;
            return;
        }
        if let Some(folder) = paths[0].parent().filter(|f| !f.as_os_str().is_empty()) {
            self.prefs.last_folder = Some(folder.to_path_buf());
        }
        match pick {
            Pick::OpenArticles | Pick::OpenFolder => self.perform(Action::OpenPaths(paths)),
            Pick::OpenSession => self.open_session_now(paths[0].clone()),
            Pick::SaveSession(_) => self.save_to(paths[0].clone()),
            Pick::Export(kind, _) => self.export_to(kind, paths[0].clone()),
        }
    }

    fn finished(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Articles { generation, mut loaded, errors, cancelled } => {
                let total = loaded.len();
                let dated = self.give_years(&mut loaded);
                let added = self.ws.add_extracted(generation, loaded);
                if generation != self.ws.generation {
                    self.refreshing = None;
                }
                if cancelled {
                    self.notify(Level::Info, "Loading cancelled; nothing was added.", Vec::new());
                }
                if !errors.is_empty() {
                    let n = errors.len();
                    let title = if n == 1 {
                        "1 file could not be opened".to_string()
                    } else {
                        format!("{n} files could not be opened")
                    };
                    self.notify(Level::Error, title, errors.iter().map(|e| e.to_string()).collect());
                }
                if total > added {
                    let dup = total - added;
                    let msg = if dup == 1 {
                        "1 article was already open.".to_string()
                    } else {
                        format!("{dup} articles were already open.")
                    };
                    self.notify(Level::Info, msg, Vec::new());
                }
                if dated > 0 {
                    let msg = if dated == 1 {
                        "1 dateline gave no year; it was taken from the other articles.".to_string()
                    } else {
                        format!("{dated} datelines gave no year; it was taken from the other articles.")
                    };
                    self.notify(Level::Info, msg, Vec::new());
                }
                if added > 0 && self.ws.session.view.article.is_none() {
                    self.ws.view_mut().article = self.ws.session.articles.first().map(|a| a.id.clone());
                }
            }
            Outcome::SessionOpened { path, session, raw, fingerprint } => {
                self.install(Workspace::with_raw(*session, raw));
                self.session_path = Some(path.clone());
                self.session_fingerprint = Some(fingerprint);
                self.prefs.add_recent(&path);
                self.autosave.done_at(self.ws.revision);
                self.discard_recovery_file();
                let orphans = self.ws.orphaned_annotations();
                if orphans > 0 {
                    self.notify(
                        Level::Info,
                        format!("{orphans} of your edits no longer match a statement found in their article; they are kept in the session."),
                        Vec::new(),
                    );
                }
            }
            Outcome::SessionFailed(e) => {
                self.notify(
                    Level::Error,
                    "The session could not be opened; the open session is unchanged.",
                    vec![e.to_string()],
                );
            }
            Outcome::Saved { path, revision_saved, fingerprint } => {
                // edits made while saving keep the session dirty
                if revision_saved == self.ws.revision {
                    self.ws.mark_saved();
                }
                self.session_path = Some(path.clone());
                self.session_fingerprint = Some(fingerprint);
                self.prefs.add_recent(&path);
                if self.ws.is_dirty() {
                    // the recovery copy names the file as it was before this
                    // save; write it again with the new identity
                    self.autosave.redo();
                } else {
                    self.discard_recovery_file();
                }
                if let Some(next) = self.after_save.take() {
                    self.continue_with(next);
                }
            }
            Outcome::SaveFailed { path, message } => {
                self.after_save = None;
                self.notify(
                    Level::Error,
                    "The session was not saved; nothing was lost.",
                    vec![format!("{}: {message}", path.display())],
                );
            }
            Outcome::Autosaved { epoch, error } => {
                self.autosave.in_flight = false;
                if epoch != self.autosave.epoch {
                    // the recovery copy was discarded while this was written
                    if self.ws.is_dirty() {
                        self.autosave.redo();
                    } else if let Some(p) = &self.recovery_path {
                        let _ = std::fs::remove_file(p);
                    }
                } else if let Some(error) = error
                    && !self.autosave.failed
                {
                    // said once, not every few seconds
                    self.autosave.failed = true;
                    self.notify(
                        Level::Error,
                        "Unsaved work could not be copied to the recovery file; save the session to keep it safe.",
                        vec![error],
                    );
                } else {
                    self.autosave.failed = false;
                }
            }
            Outcome::Refreshed { generation, results } => {
                self.ws.install_raw(generation, results);
            }
            Outcome::Learned { model, suggestions } => {
                let fp = model.trained_on;
                if !self.ws.install_model(*model, suggestions) && self.learning == Some(fp) {
                    self.learning = None;
                }
            }
            Outcome::Grouped { fingerprint, groups } => {
                if !self.ws.install_groups(fingerprint, groups) && self.grouping == Some(fingerprint) {
                    self.grouping = None;
                }
            }
            Outcome::Exported { path } => {
                self.notify(Level::Info, format!("Exported to {}", path.display()), Vec::new());
            }
            Outcome::ExportFailed { path, message } => {
                self.notify(Level::Error, "The export failed.", vec![format!("{}: {message}", path.display())]);
            }
        }
    }

    // ----- actions -------------------------------------------------------

    pub fn perform(&mut self, action: Action) {
        match action {
            Action::OpenArticlesDialog => self.picker.request(Pick::OpenArticles, self.prefs.last_folder.clone()),
            Action::OpenFolderDialog => self.picker.request(Pick::OpenFolder, self.prefs.last_folder.clone()),
            Action::OpenSessionDialog => self.guard(Deferred::OpenSession(None)),
            Action::OpenSession(p) => self.guard(Deferred::OpenSession(Some(p))),
            Action::OpenPaths(paths) => {
                let (sessions, articles): (Vec<PathBuf>, Vec<PathBuf>) =
                    paths.into_iter().partition(|p| is_session_path(p));
                if !articles.is_empty() {
                    self.jobs.load_articles(
                        articles,
                        self.ws.session.catalogue.clone(),
                        self.ws.session.topics.clone(),
                        self.ws.generation,
                    );
                }
                if let Some(s) = sessions.into_iter().next() {
                    self.guard(Deferred::OpenSession(Some(s)));
                }
            }
            Action::TrySamples => {
                let files = crate::samples::SAMPLES.iter().map(|s| (s.name.to_string(), s.bytes)).collect();
                self.jobs.load_bytes(
                    files,
                    self.ws.session.catalogue.clone(),
                    self.ws.session.topics.clone(),
                    self.ws.generation,
                );
            }
            Action::NewSession => self.guard(Deferred::NewSession),
            Action::Save => match self.session_path.clone() {
                Some(p) => self.save_to(p),
                None => self.picker.request(Pick::SaveSession(self.suggested_name()), self.save_folder()),
            },
            Action::SaveAs => self.picker.request(Pick::SaveSession(self.suggested_name()), self.save_folder()),
            Action::Export(kind) => {
                let stem = self
                    .session_path
                    .as_deref()
                    .and_then(Path::file_stem)
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "comparison".into());
                self.picker.request(Pick::Export(kind, format!("{stem}.{}", kind.extension())), self.save_folder());
            }
            Action::Close => self.guard(Deferred::Close),
            Action::Undo => {
                self.commit_buffers();
                self.ws.undo();
                self.drop_dangling_selection();
            }
            Action::Redo => {
                self.commit_buffers();
                self.ws.redo();
                self.drop_dangling_selection();
            }
            Action::Select(k) => {
                self.commit_buffers();
                self.selected = k;
            }
            Action::ShowInArticle(k) => {
                self.ws.view_mut().article = Some(k.article.clone());
                self.ws.view_mut().view = ViewKind::Article;
                self.ui.scroll_to = Some(k.clone());
                self.selected = Some(k);
            }
            Action::OpenArticle(id) => {
                self.ws.view_mut().article = Some(id);
                self.ws.view_mut().view = ViewKind::Article;
            }
            Action::SetActor(k, a) => {
                self.ws.set_actor(&k, a);
                self.follow(&k);
            }
            Action::SetSpeaker(k, s) => {
                self.ws.set_speaker(&k, s);
                self.follow(&k);
            }
            Action::SetTopics(k, t) => self.ws.set_topics(&k, t),
            Action::SetKind(k, kind) => self.ws.set_kind(&k, kind),
            Action::SetNote(k, n) => self.ws.set_note(&k, clamp(n, crate::session::MAX_NOTE_CHARS)),
            Action::SetStance(k, t, st) => self.ws.set_stance(&k, &t, st),
            Action::AcceptSuggestion(k) => self.ws.accept_suggestion(&k),
            Action::RejectSuggestion(k) => self.ws.reject_suggestion(&k),
            Action::EditTopics(label, f) => self.ws.edit_topics(&label, f),
            Action::AddTopic(name) => {
                let id = self.ws.add_topic(&name);
                self.ui.topic_selected = Some(id);
            }
            Action::DeleteTopic(id) => {
                let name = self.ws.session.topics.topic(&id).map(|t| t.name.clone()).unwrap_or_default();
                self.ws.edit_topics(&format!("delete topic {name}"), |l| l.topics.retain(|t| t.id != id));
            }
            Action::MoveTopic(id, delta) => self.ws.edit_topics("move topic", |l| {
                if let Some(i) = l.position(&id) {
                    let j = (i as isize + delta).clamp(0, l.topics.len() as isize - 1) as usize;
                    let t = l.topics.remove(i);
                    l.topics.insert(j, t);
                }
            }),
            Action::SetHidden(k, h) => self.ws.set_hidden(&k, h),
            Action::SetChecked(k, c) => self.ws.set_checked(&k, c),
            Action::SplitFromGroup(k) => self.ws.split_all_from_group(&k),
            Action::MergeGroups(into, other) => self.ws.merge_groups(&into, &other),
            Action::QuickAssign(k) => {
                self.ui.quick_pick = Some(QuickPick { key: Some(k), ..Default::default() });
            }
            Action::FocusCard(f) => self.ui.focus = Some(f),
            Action::FocusCheck(k, i) => self.ui.check_focus = Some((k, i)),
            Action::ToggleCell(row, col) => {
                let cells = &mut self.ws.layout_mut().expanded;
                if let Some(i) = cells.iter().position(|(r, c)| *r == row && *c == col) {
                    cells.remove(i);
                } else {
                    cells.push((row, col));
                }
            }
            Action::SetArticleMeta(id, meta) => self.ws.set_article_meta(&id, meta),
            Action::SetYears(dates) => {
                let label = if dates.len() == 1 { "set the year of a date" } else { "set the year of dates" };
                self.ws.set_article_dates(label, dates);
            }
            Action::DismissYearPrompt => self.ui.year_prompt_dismissed = true,
            Action::SetDateRange(from, to) => {
                let f = &mut self.ws.view_mut().filters;
                // a range given backwards means the same days
                let (from, to) = match (from, to) {
                    (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                    other => other,
                };
                f.date_from = from;
                f.date_to = to;
            }
            Action::ToggleOutlet(o) => toggle(&mut self.ws.view_mut().filters.hidden_outlets, o),
            Action::OnlyOutlet(o) => {
                let others =
                    compare::outlets(&self.ws).into_iter().map(|(name, _)| name).filter(|name| *name != o).collect();
                self.ws.view_mut().filters.hidden_outlets = others;
            }
            Action::ShowAllOutlets => self.ws.view_mut().filters.hidden_outlets.clear(),
            Action::SetInspectorFloating(f) => self.prefs.inspector_floating = f,
            Action::ToggleSidebar => self.prefs.sidebar_hidden = !self.prefs.sidebar_hidden,
            Action::ShowShortcuts(b) => self.ui.show_shortcuts = b,
            Action::AddStatement { article, span } => {
                if let Some(k) = self.ws.add_statement(&article, span, None, None) {
                    self.selected = Some(k);
                    self.ui.article_selection = None;
                }
            }
            Action::RemoveAdded(k) => {
                self.ws.remove_added(&k);
                self.drop_dangling_selection();
            }
            Action::NewActorDialog(assign) => {
                let colour = next_colour(&self.ws.session.catalogue);
                self.dialog = Some(Dialog::NewActor { name: String::new(), group: String::new(), colour, assign });
            }
            Action::CreateActor { name, group, colour, assign } => {
                if name.trim().is_empty() {
                    return;
                }
                let id = self.ws.add_actor(&name, &group, colour);
                if let Some(k) = assign {
                    self.ws.set_actor(&k, Some(id.clone()));
                }
                self.ui.actor_selected = Some(id);
            }
            Action::EditCatalogue(label, f) => self.ws.edit_catalogue(&label, f),
            Action::UpdateCatalogueDialog => {
                let mut c = self.ws.session.catalogue.clone();
                let summary = c.update_from(&Catalogue::builtin());
                self.dialog = Some(Dialog::UpdateCatalogue(summary));
            }
            Action::UpdateCatalogue => {
                self.ws.edit_catalogue("update from the built-in catalogue", |c| {
                    c.update_from(&Catalogue::builtin());
                });
            }
            Action::DeleteActor(id) => {
                self.ws.delete_actor(&id);
                if self.ui.actor_selected.as_deref() == Some(id.as_str()) {
                    self.ui.actor_selected = None;
                }
            }
            Action::MergeActors { from, into } => {
                self.ws.merge_actors(&from, &into);
                self.ui.actor_selected = Some(into);
                self.ui.merge_target = None;
            }
            Action::SetView(v) => self.ws.view_mut().view = v,
            Action::SetGlanceTopic(t) => {
                let p = self.ws.positions_mut();
                p.topic = t;
                p.agreement_open = None;
            }
            Action::SetVoicesSort(s) => self.ws.positions_mut().voices_sort = s,
            Action::OpenVoices(o) => self.ws.positions_mut().voices_open = o,
            Action::OpenAgreement(o) => self.ws.positions_mut().agreement_open = o,
            Action::ToggleActor(id) => {
                let v = self.ws.view_mut();
                if let Some(i) = v.hidden_actors.iter().position(|x| *x == id) {
                    v.hidden_actors.remove(i);
                } else {
                    v.hidden_actors.push(id);
                }
            }
            Action::MoveActor(id, delta) => {
                // a column moves by one column: the actors of a closed
                // bloc move together, and past a closed bloc is one step
                let cat = &self.ws.session.catalogue;
                let col_of = |i: usize| self.cmp.column_of_actor.get(&cat.actors[i].id).copied().flatten();
                let mut units: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
                for i in compare::actor_order(&self.ws) {
                    let c = col_of(i);
                    match units.iter_mut().find(|u| c.is_some() && u.0 == c) {
                        Some(u) => u.1.push(i),
                        None => units.push((c, vec![i])),
                    }
                }
                let at = units.iter().position(|(c, members)| {
                    members.iter().any(|&i| cat.actors[i].id == id)
                        || c.is_some_and(|c| self.cmp.columns.get(c).is_some_and(|col| col.id == id))
                });
                if let Some(i) = at {
                    let j = (i as isize + delta).clamp(0, units.len() as isize - 1) as usize;
                    let u = units.remove(i);
                    units.insert(j, u);
                    let order: Vec<String> =
                        units.iter().flat_map(|u| u.1.iter().map(|&i| cat.actors[i].id.clone())).collect();
                    let v = self.ws.view_mut();
                    v.actor_order = order;
                    v.group_by_bloc = false;
                }
            }
            Action::SetBlocOpen(group, open) => {
                self.ws.view_mut().blocs.insert(group, open);
            }
            Action::ShowAllActors => self.ws.view_mut().hidden_actors.clear(),
            Action::ToggleTopic(id) => toggle(&mut self.ws.view_mut().filters.hidden_topics, id),
            Action::ToggleKind(k) => toggle(&mut self.ws.view_mut().filters.hidden_kinds, k),
            Action::ToggleArticle(id) => toggle(&mut self.ws.view_mut().filters.excluded_articles, id),
            Action::ToggleLanguage(code) => toggle(&mut self.ws.view_mut().filters.hidden_languages, code),
            Action::RemoveArticle(id) => {
                self.ws.remove_articles(std::slice::from_ref(&id));
                if self.ws.session.view.article.as_ref() == Some(&id) {
                    self.ws.view_mut().article = self.ws.session.articles.first().map(|a| a.id.clone());
                }
                self.drop_dangling_selection();
            }
            Action::SetGroupByBloc(b) => self.ws.view_mut().group_by_bloc = b,
            Action::SetShowHidden(b) => self.ws.view_mut().filters.show_hidden = b,
            Action::SetShowUnattributed(b) => self.ws.view_mut().filters.show_unattributed = b,
            Action::SetSearch(s) => self.ws.view_mut().filters.search = clamp(s, crate::session::MAX_SEARCH_CHARS),
            Action::Sort(key, asc) => {
                self.ui.sort = key;
                self.ui.sort_ascending = asc;
            }
            Action::CancelJobs => self.jobs.cancel_all(),
            Action::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Action::RestoreRecovery => {
                if let Some((s, origin)) = self.recovered.take() {
                    self.install(Workspace::new(s));
                    self.ws.mark_unsaved();
                    self.autosave.done_at(self.ws.revision);
                    // the work goes back to its file only if that file is
                    // still the one it was made from; otherwise it is
                    // untitled, and Save asks where
                    match origin.as_ref().filter(|o| origin_matches(o)) {
                        Some(o) => {
                            self.session_path = Some(o.path.clone());
                            self.session_fingerprint = Some(o.fingerprint.clone());
                            self.notify(Level::Info, "Your unsaved work was restored. Save it to keep it.", Vec::new());
                        }
                        None => {
                            self.session_path = None;
                            self.session_fingerprint = None;
                            let lines = origin
                                .iter()
                                .map(|o| {
                                    format!(
                                        "{} has changed or gone since this work was last copied; it was left as it is.",
                                        o.path.display()
                                    )
                                })
                                .collect();
                            self.notify(
                                Level::Info,
                                "Your unsaved work was restored as an untitled session. Save it to keep it.",
                                lines,
                            );
                        }
                    }
                }
                self.dialog = None;
            }
            Action::DiscardRecovery => {
                self.recovered = None;
                self.discard_recovery_file();
                self.dialog = None;
            }
        }
    }

    /// Dates without a year ("MOSCOW, December 4") get the year that puts
    /// them nearest the other articles' dates: the new articles' before
    /// they join the session, the session's own as one undoable step.
    /// Returns how many got one; the rest are asked about.
    fn give_years(
        &mut self,
        loaded: &mut [(std::sync::Arc<Article>, std::sync::Arc<Vec<crate::extract::Statement>>)],
    ) -> usize {
        use crate::calendar;
        let known: Vec<i32> = self
            .ws
            .session
            .articles
            .iter()
            .chain(loaded.iter().map(|(a, _)| a))
            .filter_map(|a| a.date.as_deref().and_then(calendar::day_of))
            .collect();
        if known.is_empty() {
            return 0;
        }
        let dated = |a: &Article| {
            let (m, d) = a.date.as_deref().and_then(calendar::yearless)?;
            let y = calendar::nearest_year(m, d, &known)?;
            Some(calendar::iso(calendar::days_from_civil(y, m, d)))
        };
        let mut n = 0;
        for (a, _) in loaded.iter_mut() {
            if let Some(date) = dated(a) {
                std::sync::Arc::make_mut(a).date = Some(date);
                n += 1;
            }
        }
        let in_session: Vec<(ArticleId, String)> =
            self.ws.session.articles.iter().filter_map(|a| Some((a.id.clone(), dated(a)?))).collect();
        n += in_session.len();
        if !in_session.is_empty() {
            self.ws.set_article_dates("take the year from the other articles", in_session);
        }
        n
    }

    /// Articles whose date names no year (looked at once per revision).
    pub fn yearless_articles(&mut self) -> &[ArticleId] {
        if self.ui.yearless.0 != self.ws.revision || self.ws.revision == 0 {
            let ids = self
                .ws
                .session
                .articles
                .iter()
                .filter(|a| a.date.as_deref().and_then(crate::calendar::yearless).is_some())
                .map(|a| a.id.clone())
                .collect();
            self.ui.yearless = (self.ws.revision, ids);
        }
        &self.ui.yearless.1
    }

    /// Keeps the selection on a statement whose key moved (added ones).
    fn follow(&mut self, k: &StatementKey) {
        if self.ws.entry(k).is_none() {
            self.drop_dangling_selection();
        }
    }

    fn drop_dangling_selection(&mut self) {
        if let Some(k) = &self.selected
            && self.ws.entry(k).is_none()
        {
            self.selected = None;
        }
    }

    /// Commits text being typed in the inspector (note, speaker), and the
    /// Compare grid's scroll position into the session's view state.
    pub fn commit_buffers(&mut self) {
        if self.ui.compare_scroll_restored {
            let o = self.ui.compare_scroll;
            self.ws.layout_mut().scroll = [o.x.round() as i32, o.y.round() as i32];
        }
        if let Some((k, note)) = self.ui.note_buffer.take()
            && self.ws.entry(&k).is_some_and(|e| e.note != note)
        {
            self.ws.set_note(&k, clamp(note, crate::session::MAX_NOTE_CHARS));
        }
        if let Some((k, sp)) = self.ui.speaker_buffer.take() {
            let sp = sp.trim().to_string();
            let sp = (!sp.is_empty()).then_some(sp);
            if self.ws.entry(&k).is_some_and(|e| e.statement.speaker != sp) {
                self.ws.set_speaker(&k, sp);
            }
        }
    }

    /// Runs `next` now, or after asking what to do with unsaved changes.
    fn guard(&mut self, next: Deferred) {
        self.commit_buffers();
        if self.ws.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(next));
        } else {
            self.continue_with(next);
        }
    }

    /// After Save or Discard in the unsaved-changes dialog.
    pub fn resolve_unsaved(&mut self, choice: UnsavedChoice) {
        let Some(Dialog::Unsaved(next)) = self.dialog.take() else { return };
        match choice {
            UnsavedChoice::Save => {
                self.after_save = Some(next);
                self.perform(Action::Save);
            }
            UnsavedChoice::Discard => self.continue_with(next),
            UnsavedChoice::Cancel => {}
        }
    }

    fn continue_with(&mut self, next: Deferred) {
        match next {
            Deferred::NewSession => {
                self.install(Workspace::default());
                self.session_path = None;
                self.session_fingerprint = None;
                self.autosave.done_at(self.ws.revision);
                self.discard_recovery_file();
            }
            Deferred::OpenSession(None) => self.picker.request(Pick::OpenSession, self.prefs.last_folder.clone()),
            Deferred::OpenSession(Some(p)) => self.open_session_now(p),
            Deferred::Close => {
                self.close_confirmed = true;
                self.discard_recovery_file();
                if let Some(ctx) = &self.ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    /// Whether the window may close now (for tests and `on_exit`).
    pub fn close_confirmed(&self) -> bool {
        self.close_confirmed
    }

    fn open_session_now(&mut self, path: PathBuf) {
        self.jobs.open_session(path);
    }

    /// Where Save and Export dialogs open: beside the session, else where
    /// the user last chose a file.
    fn save_folder(&self) -> Option<PathBuf> {
        self.session_path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| self.prefs.last_folder.clone())
    }

    fn suggested_name(&self) -> String {
        self.session_path
            .as_deref()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "comparison.ron".into())
    }

    fn save_to(&mut self, path: PathBuf) {
        self.commit_buffers();
        self.jobs.save(self.ws.session.clone(), path, self.ws.revision);
    }

    fn export_to(&mut self, kind: ExportKind, path: PathBuf) {
        let name = self.session_name().trim_end_matches(".ron").to_string();
        match crate::export::render(&self.ws, &self.cmp, kind, &name) {
            Ok(contents) => self.jobs.export(path, contents),
            Err(e) => self.notify(
                Level::Error,
                "The export failed.",
                vec![format!("{}: cannot make the {}: {e}", path.display(), kind.label())],
            ),
        }
    }

    // ----- recovery ------------------------------------------------------

    /// Copies unsaved work to the recovery file (off the UI thread): once
    /// edits pause for [`AUTOSAVE_QUIET`], and in any case no later than
    /// [`AUTOSAVE_AT_MOST`] after the first change not yet copied, so
    /// steady activity (typing, switching views) cannot put it off.
    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(path) = self.recovery_path.clone() else { return };
        let now = Instant::now();
        let a = &mut self.autosave;
        if self.ws.revision != a.last_change.0 {
            a.last_change = (self.ws.revision, now);
        }
        if !self.ws.is_dirty() && a.written && !a.in_flight {
            // undone back to what is on disk: nothing to recover any more
            self.discard_recovery_file();
            return;
        }
        let a = &mut self.autosave;
        if !self.ws.is_dirty() || self.ws.revision == a.saved_revision {
            a.first_unsaved = None;
            return;
        }
        let first = *a.first_unsaved.get_or_insert(now);
        let quiet = now.duration_since(a.last_change.1);
        let waiting = now.duration_since(first);
        if a.in_flight {
            // one write at a time; look again soon
            ctx.request_repaint_after(Duration::from_millis(100));
            return;
        }
        if quiet >= AUTOSAVE_QUIET || waiting >= AUTOSAVE_AT_MOST || self.jobs.inline {
            a.saved_revision = self.ws.revision;
            a.first_unsaved = None;
            a.in_flight = true;
            a.written = true;
            let origin = self
                .session_path
                .clone()
                .zip(self.session_fingerprint.clone())
                .map(|(path, fingerprint)| Origin { path, fingerprint });
            let epoch = a.epoch;
            self.jobs.autosave(self.ws.session.clone(), path, origin, epoch);
        } else {
            let due = (AUTOSAVE_QUIET - quiet).min(AUTOSAVE_AT_MOST - waiting);
            ctx.request_repaint_after(due);
        }
    }

    fn check_recovery(&mut self) {
        let Some(path) = &self.recovery_path else { return };
        if !path.exists() {
            return;
        }
        match Session::load_file(path) {
            Ok(loaded) => {
                let s = loaded.session;
                let origin = loaded.recovery_of;
                let place = match &origin {
                    Some(o) if origin_matches(o) => format!("unsaved changes to {}", o.path.display()),
                    Some(o) => format!(
                        "made from {}, which has changed or gone since; it will open as an untitled session",
                        o.path.display()
                    ),
                    None => "an untitled session".to_string(),
                };
                let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
                let summary = format!(
                    "{}, {}: {place}",
                    count(s.articles.len(), "article", "articles"),
                    count(s.annotations.len(), "edit", "edits")
                );
                self.recovered = Some((s, origin));
                self.dialog = Some(Dialog::Recovery { summary });
            }
            Err(e) => {
                self.notify(
                    Level::Error,
                    "A recovery file was found but could not be read; it was kept.",
                    vec![e.to_string()],
                );
            }
        }
    }

    fn discard_recovery_file(&mut self) {
        if let Some(p) = &self.recovery_path {
            let _ = std::fs::remove_file(p);
        }
        // a copy being written now is removed when it is done
        self.autosave.epoch += 1;
        self.autosave.written = false;
    }
}

/// Autosave waits this long after the last change...
pub const AUTOSAVE_QUIET: Duration = Duration::from_secs(2);
/// ...but never longer than this after the first change not yet copied.
pub const AUTOSAVE_AT_MOST: Duration = Duration::from_secs(4);

/// Where autosave is.
struct Autosave {
    /// The workspace revision last copied (or opened or saved).
    saved_revision: u64,
    /// The latest revision seen, and when it was first seen.
    last_change: (u64, Instant),
    /// When the oldest change not yet copied was seen.
    first_unsaved: Option<Instant>,
    /// A copy is being written.
    in_flight: bool,
    /// Bumped when the recovery file is discarded.
    epoch: u64,
    /// The last copy failed (and the user was told).
    failed: bool,
    /// A copy was written since the recovery file was last discarded.
    written: bool,
}

impl Default for Autosave {
    fn default() -> Self {
        Autosave {
            saved_revision: 0,
            last_change: (0, Instant::now()),
            first_unsaved: None,
            in_flight: false,
            epoch: 0,
            failed: false,
            written: false,
        }
    }
}

impl Autosave {
    /// Nothing to copy as of `revision`.
    fn done_at(&mut self, revision: u64) {
        self.saved_revision = revision;
        self.first_unsaved = None;
    }

    /// Copy again at the next chance, whatever the revision.
    fn redo(&mut self) {
        self.saved_revision = u64::MAX;
    }
}

/// Whether the session file a recovery copy was made from is still as it
/// was then (read with the same limits as any session).
fn origin_matches(origin: &Origin) -> bool {
    // the fingerprint starts with the length: a file of another size is not
    // read at all
    let size = std::fs::metadata(&origin.path).map(|m| m.len().to_string()).unwrap_or_default();
    if origin.fingerprint.split('-').next() != Some(size.as_str()) {
        return false;
    }
    crate::ingest::read_capped(&origin.path, crate::session::MAX_SESSION_BYTES, &|| false)
        .is_ok_and(|bytes| crate::session::fingerprint(&bytes) == origin.fingerprint)
}

/// The answer to "Save changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

/// At most `max` characters of `s` (a session keeps no longer search or
/// note; see `session::census`).
fn clamp(mut s: String, max: usize) -> String {
    if let Some((at, _)) = s.char_indices().nth(max) {
        s.truncate(at);
    }
    s
}

fn toggle<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if let Some(i) = v.iter().position(|y| *y == x) {
        v.remove(i);
    } else {
        v.push(x);
    }
}

pub fn is_session_path(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// A colour not yet used by an actor.
fn next_colour(c: &Catalogue) -> [u8; 3] {
    const PALETTE: [[u8; 3]; 10] = [
        [0x6c, 0x3d, 0xb8],
        [0x2e, 0x8b, 0x57],
        [0xd3, 0x54, 0x00],
        [0x00, 0x7c, 0x91],
        [0xb0, 0x3a, 0x7c],
        [0x55, 0x6b, 0x2f],
        [0x8b, 0x45, 0x13],
        [0x44, 0x55, 0xaa],
        [0xaa, 0x33, 0x33],
        [0x33, 0x88, 0x88],
    ];
    PALETTE.iter().copied().find(|p| !c.actors.iter().any(|a| a.colour.0 == *p)).unwrap_or(PALETTE[0])
}

impl eframe::App for CounterpointApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        CounterpointApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.store(storage);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // a clean exit leaves no recovery file behind (a crash does)
        if !self.ws.is_dirty() || self.close_confirmed {
            self.discard_recovery_file();
        }
    }
}

/// The icon the window shows in the task bar (the installed menu entry
/// has its own copy).
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/packaging/icons/64x64/counterpoint.png"))
        .unwrap_or_default()
}

/// Starts the window.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Counterpoint")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true)
            .with_icon(window_icon())
            .with_app_id("counterpoint"),
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "Counterpoint",
        options,
        Box::new(move |cc| {
            views::style::install(&cc.egui_ctx, true);
            let prefs = cc.storage.map(Prefs::load).unwrap_or_default();
            let recovery = prefs::recovery_path();
            let mut picker = picker::RfdPicker::default();
            picker.ctx = Some(cc.egui_ctx.clone());
            let mut app = CounterpointApp::new(Box::new(picker), prefs, recovery);
            app.ctx = Some(cc.egui_ctx.clone());
            app.open_from_args(paths);
            Ok(Box::new(app))
        }),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_the_packaged_one() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (64, 64));
        assert!(icon.rgba.chunks(4).any(|p| p[3] == 255), "not transparent all over");
    }
}
