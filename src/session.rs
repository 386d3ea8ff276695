//! The session: everything a user would lose if the app crashed.
//!
//! A session holds the articles (texts embedded, so it opens on another
//! machine), the catalogue and topics as edited, the user's annotations
//! and the view state. Statements are not stored: they are derived by
//! extraction, and the user's edits are kept as annotations keyed by
//! article and content span, so a newer extractor keeps them.
//!
//! Files are RON, versioned, written atomically (temporary file in the same
//! folder, flushed, renamed over the old one, which is kept as `.bak`),
//! through symbolic links and keeping the file's permissions. Loading reads
//! only regular files of bounded size, checks the format marker and version
//! before anything else, counts the file's values and measures its strings
//! before parsing ([`census`]), so no file can make parsing or what follows
//! take unbounded memory, and never touches a path named inside the file.
//!
//! The recovery copy of unsaved work is a session file too, which also
//! names the session it was made from and that file's fingerprint as it
//! was then ([`Origin`]), in the same write as the work itself.

use crate::article::{Article, ArticleId};
use crate::catalogue::Catalogue;
use crate::extract::{Kind, Statement};
use crate::span::Span;
use crate::topics::TopicLexicon;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The marker every session file starts with.
pub const FORMAT_NAME: &str = "counterpoint-session";
/// The version this program writes; it reads this and older ones.
pub const FORMAT_VERSION: u32 = 1;
/// Session files larger than this are refused before reading.
pub const MAX_SESSION_BYTES: u64 = 1024 * 1024 * 1024;
/// Articles embedded in a session larger than this are refused.
pub const MAX_ARTICLE_BYTES: usize = crate::ingest::MAX_FILE_BYTES as usize;
/// At most this many articles in a session.
pub const MAX_ARTICLES: usize = 100_000;
/// At most this many values (list items, fields, strings) in a session
/// file, counted before parsing: a 2,000-article session has about 50,000.
/// It bounds the memory parsing can take whatever the file holds.
pub const MAX_VALUES: usize = 4_000_000;
/// Longest search filter.
pub const MAX_SEARCH_CHARS: usize = 1_000;
/// Longest note on a statement.
pub const MAX_NOTE_CHARS: usize = 100_000;
/// Longest of any other string in a session (names, aliases, keywords,
/// titles, paths): long enough for anything a person types, short enough
/// that every view can lay it out.
pub const MAX_NAME_CHARS: usize = 10_000;
/// Deepest bracket nesting in a session file (sessions nest about eight
/// deep). Checked before the parser meets it, so the message is ours.
pub const MAX_NESTING: usize = 64;

/// Identifies a statement across re-extraction: its article and the span of
/// its content when the user first touched it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct StatementKey {
    pub article: ArticleId,
    pub span: Span,
}

/// What the user changed about one statement. Every field is an override:
/// `None` keeps what extraction found.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Annotation {
    /// `Some(None)`: the user said no actor fits.
    pub actor: Option<Option<String>>,
    pub speaker: Option<Option<String>>,
    pub topics: Option<Vec<String>>,
    pub kind: Option<Kind>,
    pub hidden: bool,
    pub note: String,
    /// A statement the user added by hand (extraction did not find it).
    pub added: Option<Statement>,
    /// Stance per topic id set by the user (the rest is the machine's).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub stance: BTreeMap<String, crate::topics::Stance>,
    /// The analyst checked this attribution and accepts it.
    pub checked: bool,
    /// The analyst split it off its group of re-reported statements, or
    /// merged it into another's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<crate::grouping::GroupPin>,
}

impl Annotation {
    /// Whether the user corrected topics or stance (what the model learns
    /// from).
    pub fn corrects_topics(&self) -> bool {
        self.added.is_none() && (self.topics.is_some() || !self.stance.is_empty())
    }
}

impl Annotation {
    /// Whether it changes nothing (and can be dropped).
    pub fn is_empty(&self) -> bool {
        self == &Annotation::default()
    }
}

/// Which view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ViewKind {
    #[default]
    Compare,
    Statements,
    Article,
    Actors,
    Topics,
    /// The statements to check first: low confidence, not yet reviewed.
    Review,
    /// Per outlet, whose statements it carries.
    Voices,
    /// One topic's statements over time, a row per actor.
    Timeline,
    /// Actor × actor agreement and conflict on one topic.
    Agreement,
}

/// Filters shared by the views.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    /// Articles left out of the comparison.
    pub excluded_articles: Vec<ArticleId>,
    /// Topics left out (ids; "" is "Other").
    pub hidden_topics: Vec<String>,
    /// Kinds left out.
    pub hidden_kinds: Vec<Kind>,
    /// Show statements with no actor (a column "No actor").
    pub show_unattributed: bool,
    /// Show statements the user hid.
    pub show_hidden: bool,
    pub search: String,
    /// Languages left out (codes, "" for unknown).
    pub hidden_languages: Vec<String>,
    /// Articles dated before this day (`YYYY-MM-DD`) are left out; so are
    /// articles without a full date while either bound is set.
    pub date_from: Option<String>,
    /// Articles dated after this day (`YYYY-MM-DD`) are left out.
    pub date_to: Option<String>,
    /// Outlets left out ("" is articles with no outlet).
    pub hidden_outlets: Vec<String>,
}

/// How the user arranged the views; saved with the session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    pub view: ViewKind,
    /// Actor ids in column order; actors not listed follow in catalogue
    /// order.
    pub actor_order: Vec<String>,
    pub hidden_actors: Vec<String>,
    pub group_by_bloc: bool,
    /// Blocs (actor groups) the user opened (`true`: a column per actor)
    /// or closed (`false`: one column for the bloc); a bloc not listed is
    /// open unless it is an actor with its parts ([`crate::compare::bloc_open`]).
    pub blocs: std::collections::BTreeMap<String, bool>,
    pub filters: Filters,
    /// The article open in the Article view.
    pub article: Option<ArticleId>,
    /// How the Compare grid was left (scroll, opened cells).
    pub compare: CompareLayout,
    /// What the Voices, Timeline and Agreement views show.
    pub positions: PositionsLayout,
}

/// How the Voices, Timeline and Agreement views were left. Like
/// [`CompareLayout`], not part of what the comparison is computed from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PositionsLayout {
    /// The topic the Timeline and Agreement views show (id; empty: the
    /// first topic with a proposition).
    pub topic: String,
    pub voices_sort: crate::positions::VoicesSort,
    /// The Voices segment whose statements are listed: (outlet, actor id);
    /// "" is the unknown outlet or no actor.
    pub voices_open: Option<(String, String)>,
    /// The Agreement cell whose statements are listed: two actor ids.
    pub agreement_open: Option<(String, String)>,
}

/// How the Compare grid was left. It belongs to the session it was saved
/// with: a session reopens as it was left, and a new one starts at the top
/// left. Not part of what the comparison is computed from, so scrolling
/// and opening cells never recompute it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CompareLayout {
    /// Scroll position in points (x, y).
    pub scroll: [i32; 2],
    /// Cells showing all their cards ("N more" opened): (topic id, column
    /// id); "" is the "Other" row or the "No actor" column.
    pub expanded: Vec<(String, String)>,
}

/// Which saved session a recovery copy was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub path: PathBuf,
    /// [`fingerprint`] of that file as it was opened or last saved. The
    /// recovered work belongs to the file only while it still has it.
    pub fingerprint: String,
}

/// The file form of a session.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionFile {
    pub format: String,
    pub version: u32,
    /// Only in recovery copies: the session the work was made from.
    /// Ignored when a file is opened as a session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_of: Option<Origin>,
    pub articles: Vec<Arc<Article>>,
    pub catalogue: Catalogue,
    pub topics: TopicLexicon,
    #[serde(default)]
    pub annotations: Vec<(StatementKey, Annotation)>,
    #[serde(default)]
    pub view: ViewState,
    /// What was learnt from the user's corrections of topics and stance.
    #[serde(default)]
    pub model: crate::learn::Model,
}

/// An open session in memory.
#[derive(Debug, Clone, Default)]
pub struct Session {
    pub articles: Vec<Arc<Article>>,
    pub catalogue: Catalogue,
    pub topics: TopicLexicon,
    pub annotations: BTreeMap<StatementKey, Annotation>,
    pub view: ViewState,
    /// Learnt from the corrections; derived, so not part of equality.
    pub model: crate::learn::Model,
}

impl PartialEq for Session {
    fn eq(&self, o: &Self) -> bool {
        self.articles == o.articles
            && self.catalogue.actors == o.catalogue.actors
            && self.topics == o.topics
            && self.annotations == o.annotations
            && self.view == o.view
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{path}: {kind}")]
pub struct SessionError {
    pub path: PathBuf,
    pub kind: SessionErrorKind,
}

#[derive(Debug, thiserror::Error)]
pub enum SessionErrorKind {
    #[error("{0}")]
    Read(crate::ingest::ReadProblem),
    #[error("cannot save: {}", crate::ingest::io_reason(.0))]
    Write(std::io::Error),
    #[error("the file is {}; sessions over {} are refused", crate::ingest::size_over(*.size, *.max), crate::ingest::megabytes(*.max))]
    TooLarge { size: u64, max: u64 },
    #[error("this is not a Counterpoint session (it does not start with a session header)")]
    NotASession,
    #[error(
        "the session is damaged: byte {} (line {line}) is not text; the file was changed by another program or damaged on disk",
        crate::ingest::thousands(*.offset as u64 + 1)
    )]
    NotText { offset: usize, line: usize },
    #[error("the session is not valid: {0}")]
    TooBig(String),
    #[error("cannot save: {0}, and a session like that could not be opened again; shorten it and save again")]
    WouldNotOpen(String),
    #[error(
        "this session was saved by a newer version of Counterpoint (format {found}; this version reads up to {supported}); update Counterpoint to open it"
    )]
    NewerVersion { found: u32, supported: u32 },
    #[error("the session is damaged or incomplete: {0}")]
    Damaged(String),
    #[error("the session is not valid: {0}")]
    Invalid(String),
}

impl Session {
    /// The file form, for saving.
    pub fn to_file(&self) -> SessionFile {
        SessionFile {
            format: FORMAT_NAME.into(),
            version: FORMAT_VERSION,
            recovery_of: None,
            articles: self.articles.clone(),
            catalogue: self.catalogue.clone(),
            topics: self.topics.clone(),
            annotations: self.annotations.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            view: self.view.clone(),
            model: self.model.clone(),
        }
    }

    /// Serialises to RON text.
    pub fn to_ron(&self) -> String {
        file_to_ron(&self.to_file())
    }

    /// Serialises as a recovery copy of work made from `origin`.
    pub fn to_recovery_ron(&self, origin: Option<&Origin>) -> String {
        let mut file = self.to_file();
        file.recovery_of = origin.cloned();
        file_to_ron(&file)
    }

    /// Parses RON text; `path` is only used in error messages.
    pub fn from_ron(path: &Path, text: &str) -> Result<Session, SessionError> {
        Session::parse(path, text).map(|(s, _)| s)
    }

    /// Parses RON text, with the origin a recovery copy names.
    fn parse(path: &Path, text: &str) -> Result<(Session, Option<Origin>), SessionError> {
        let err = |kind| SessionError { path: path.to_path_buf(), kind };
        check_header(text).map_err(err)?;
        census(text).map_err(|m| err(SessionErrorKind::TooBig(m)))?;
        // a header that parses but a body that does not: damaged
        let file: SessionFile =
            ron::from_str(text).map_err(|e| err(SessionErrorKind::Damaged(describe_ron_error(&e))))?;
        if file.format != FORMAT_NAME {
            return Err(err(SessionErrorKind::NotASession));
        }
        if file.version > FORMAT_VERSION {
            return Err(err(SessionErrorKind::NewerVersion { found: file.version, supported: FORMAT_VERSION }));
        }
        let origin = file.recovery_of.clone();
        Session::from_file(file).map(|s| (s, origin)).map_err(|m| err(SessionErrorKind::Invalid(m)))
    }

    fn from_file(file: SessionFile) -> Result<Session, String> {
        if file.articles.len() > MAX_ARTICLES {
            return Err(format!("it holds {} articles; at most {MAX_ARTICLES} are allowed", file.articles.len()));
        }
        for a in &file.articles {
            if a.text.len() > MAX_ARTICLE_BYTES {
                return Err(format!(
                    "the article “{}” is {}; articles over {} are refused",
                    a.title,
                    crate::ingest::size_over(a.text.len() as u64, MAX_ARTICLE_BYTES as u64),
                    crate::ingest::megabytes(MAX_ARTICLE_BYTES as u64)
                ));
            }
            // the id is recomputed, never trusted
            if ArticleId::of_text(&a.text) != a.id {
                return Err(format!("the article “{}” does not match its id (was the file edited by hand?)", a.title));
            }
        }
        let mut catalogue = file.catalogue;
        catalogue.validate().map_err(|e| e.to_string())?;
        catalogue.reindex();
        let mut topics = file.topics;
        topics.reindex();
        let mut annotations = BTreeMap::new();
        for (k, v) in file.annotations {
            let Some(a) = file.articles.iter().find(|a| a.id == k.article) else { continue };
            if k.span.end > a.text.len()
                || !a.text.is_char_boundary(k.span.start)
                || !a.text.is_char_boundary(k.span.end)
                || k.span.start > k.span.end
            {
                return Err("an edit points outside its article".into());
            }
            if let Some(s) = &v.added
                && !statement_fits(s, &a.text)
            {
                return Err("a statement added by hand points outside its article".into());
            }
            annotations.insert(k, v);
        }
        topics.validate().map_err(|e| e.to_string())?;
        // sessions saved before languages were detected: detect them now
        let articles = file
            .articles
            .into_iter()
            .map(|a| {
                if a.lang.is_known() {
                    a
                } else {
                    let mut a = Arc::unwrap_or_clone(a);
                    a.lang = crate::lang::detect(&a.text);
                    Arc::new(a)
                }
            })
            .collect();
        Ok(Session { articles, catalogue, topics, annotations, view: file.view, model: file.model })
    }

    /// Reads and parses a session file.
    pub fn load(path: &Path) -> Result<Session, SessionError> {
        Session::load_file(path).map(|l| l.session)
    }

    /// Reads and parses a session file, with its fingerprint and, for a
    /// recovery copy, the session it was made from.
    pub fn load_file(path: &Path) -> Result<Loaded, SessionError> {
        let err = |kind| SessionError { path: path.to_path_buf(), kind };
        let bytes = crate::ingest::read_capped(path, MAX_SESSION_BYTES, &|| false).map_err(|p| match p {
            crate::ingest::ReadProblem::TooLarge { size, max } => err(SessionErrorKind::TooLarge { size, max }),
            other => err(SessionErrorKind::Read(other)),
        })?;
        let fingerprint = fingerprint(&bytes);
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                // bytes that are not text in a file that starts as a session
                // are damage; in anything else, it is not a session at all
                let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
                check_header(&head).map_err(err)?;
                let offset = e.valid_up_to();
                let line = 1 + memchr::memchr_iter(b'\n', &bytes[..offset]).count();
                return Err(err(SessionErrorKind::NotText { offset, line }));
            }
        };
        let (session, recovery_of) = Session::parse(path, text.trim_start_matches('\u{feff}'))?;
        Ok(Loaded { session, fingerprint, recovery_of })
    }

    /// Writes the session atomically, keeping the previous file as
    /// `<name>.bak`; returns the [`fingerprint`] of what was written.
    pub fn save(&self, path: &Path) -> Result<String, SessionError> {
        let text = self.to_ron();
        // what could not be opened again is not written over what can
        census(&text)
            .map_err(|m| SessionError { path: path.to_path_buf(), kind: SessionErrorKind::WouldNotOpen(m) })?;
        write_atomically(path, text.as_bytes(), true)
            .map_err(|e| SessionError { path: path.to_path_buf(), kind: SessionErrorKind::Write(e) })?;
        Ok(fingerprint(text.as_bytes()))
    }

    pub fn article(&self, id: &ArticleId) -> Option<&Arc<Article>> {
        self.articles.iter().find(|a| &a.id == id)
    }
}

/// A session file as read.
#[derive(Debug)]
pub struct Loaded {
    pub session: Session,
    /// [`fingerprint`] of the file's bytes.
    pub fingerprint: String,
    /// For a recovery copy: the session it was made from.
    pub recovery_of: Option<Origin>,
}

/// Identifies the contents of a file: its length and the FNV-1a hash of
/// its bytes. Not cryptographic; it tells whether a session file is still
/// the one a recovery copy was made from.
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{}-{h:016x}", bytes.len())
}

fn file_to_ron(file: &SessionFile) -> String {
    let cfg = ron::ser::PrettyConfig::new().depth_limit(4).separate_tuple_members(false).struct_names(false);
    ron::ser::to_string_pretty(file, cfg).expect("sessions always serialise")
}

fn statement_fits(s: &Statement, text: &str) -> bool {
    let ok = |sp: &Span| {
        sp.start <= sp.end && sp.end <= text.len() && text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end)
    };
    ok(&s.content) && s.source.as_ref().is_none_or(ok) && s.cue.as_ref().is_none_or(ok) && s.pieces.iter().all(ok)
}

/// Refuses text that is not a session before a full parse: cheap, and it
/// gives "not a session" rather than a parser message for any RON file.
fn check_header(text: &str) -> Result<(), SessionErrorKind> {
    let head: String = text.chars().take(4096).collect();
    if !head.contains(FORMAT_NAME) {
        return Err(SessionErrorKind::NotASession);
    }
    // the version, read before the body, so a newer file is reported as
    // such even if its body would not parse here
    if let Some(i) = head.find("version:") {
        let digits: String = head[i + 8..].trim_start().chars().take_while(char::is_ascii_digit).collect();
        if let Ok(v) = digits.parse::<u32>()
            && v > FORMAT_VERSION
        {
            return Err(SessionErrorKind::NewerVersion { found: v, supported: FORMAT_VERSION });
        }
    }
    Ok(())
}

fn describe_ron_error(e: &ron::error::SpannedError) -> String {
    use ron::error::Error as E;
    let at = format!("(line {}, column {})", e.span.start.line, e.span.start.col);
    match &e.code {
        E::Eof => "the file ends too early (it may have been cut off while copying)".into(),
        E::ExceededRecursionLimit => format!(
            "its brackets are nested more deeply than in any session {at}; the file was changed by another program or damaged"
        ),
        E::SuggestRawIdentifier(name) | E::InvalidIdentifier(name) => format!("unexpected name {name:?} {at}"),
        E::Utf8Error(_) => format!("it holds bytes that are not text {at}"),
        E::UnclosedBlockComment | E::UnclosedLineComment => format!("a comment is never closed {at}"),
        E::NoSuchExtension(_) | E::ExpectedAttribute | E::ExpectedAttributeEnd | E::ExpectedRawValue => {
            format!("unexpected text {at}")
        }
        other => format!("{other} {at}"),
    }
}

/// Counts the values of a session file and measures its strings, on the
/// text, before parsing: refuses files with more than [`MAX_VALUES`]
/// values, brackets nested deeper than [`MAX_NESTING`], or a string longer
/// than its field allows (an article's text [`MAX_ARTICLE_BYTES`], the
/// search filter [`MAX_SEARCH_CHARS`], a note [`MAX_NOTE_CHARS`], anything
/// else [`MAX_NAME_CHARS`]). Parsing a file that passes takes memory in
/// proportion to its size. The command line checks catalogue and topic
/// files the same way.
///
/// It follows RON's lexical rules (strings with escapes, raw strings, char
/// literals, nested block comments), so commas and brackets inside strings
/// are not counted; values are counted by their separators and opening
/// brackets, which every value but a list's last has.
pub fn census(text: &str) -> Result<(), String> {
    let b = text.as_bytes();
    let mut values = 0usize;
    let mut depth = 0usize;
    let mut field: &str = "";
    let mut i = 0;
    let over_count = || {
        format!("it holds more than {} values; no session is that large", crate::ingest::thousands(MAX_VALUES as u64))
    };
    while i < b.len() {
        match b[i] {
            c @ (b',' | b'(' | b'[' | b'{') => {
                values += 1;
                if values > MAX_VALUES {
                    return Err(over_count());
                }
                if c != b',' {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Err(format!(
                            "its brackets are nested more than {MAX_NESTING} deep (line {}); no session is, so the file was changed by another program or damaged",
                            1 + memchr::memchr_iter(b'\n', &b[..i]).count()
                        ));
                    }
                }
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |e| i + e + 1);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0usize;
                while i < b.len() {
                    if b[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if b[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'"' => {
                let (chars, end) = string_literal(b, i + 1);
                check_length(field, chars)?;
                i = end;
            }
            b'b' if b.get(i + 1) == Some(&b'"') => {
                let (chars, end) = string_literal(b, i + 2);
                check_length(field, chars)?;
                i = end;
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#')) => {
                let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                let open = i + 1 + hashes;
                if b.get(open) == Some(&b'"') {
                    let mut close = vec![b'"'];
                    close.extend(std::iter::repeat_n(b'#', hashes));
                    let end = memchr::memmem::find(&b[open + 1..], &close).map_or(b.len(), |e| open + 1 + e);
                    let chars = text.get(open + 1..end).map_or(end - open, |s| s.chars().count());
                    check_length(field, chars)?;
                    i = (end + close.len()).min(b.len());
                } else {
                    // a raw identifier, r#name
                    i = open;
                }
            }
            b'\'' => {
                // a char literal: 'x' or '\n' or '\u{..}'
                let end = if b.get(i + 1) == Some(&b'\\') {
                    memchr::memchr(b'\'', &b[(i + 2).min(b.len())..]).map_or(b.len(), |e| i + 2 + e + 1)
                } else {
                    memchr::memchr(b'\'', &b[(i + 1).min(b.len())..]).map_or(b.len(), |e| i + 1 + e + 1)
                };
                i = end;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                let mut j = i;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if b.get(j) == Some(&b':') {
                    field = &text[start..i];
                }
            }
            _ => i += 1,
        }
    }
    Ok(())
}

/// The length in characters (each escape counting as one) of the string
/// literal whose contents start at `start`, and the index after it.
fn string_literal(b: &[u8], start: usize) -> (usize, usize) {
    let mut chars = 0;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'"' => return (chars, i + 1),
            b'\\' => {
                if b.get(i + 1) == Some(&b'u') && b.get(i + 2) == Some(&b'{') {
                    i = memchr::memchr(b'}', &b[i..]).map_or(b.len(), |e| i + e + 1);
                } else {
                    i += 2;
                }
                chars += 1;
            }
            c => {
                // count characters, not bytes: UTF-8 continuation bytes are 10xxxxxx
                if c & 0xc0 != 0x80 {
                    chars += 1;
                }
                i += 1;
            }
        }
    }
    (chars, b.len())
}

fn check_length(field: &str, chars: usize) -> Result<(), String> {
    let (limit, what) = match field {
        // a margin over the exact limit in bytes, which is checked after
        // parsing with a message in megabytes
        "text" => (MAX_ARTICLE_BYTES + MAX_ARTICLE_BYTES / 4, "an article's text"),
        "search" => (MAX_SEARCH_CHARS, "the search filter"),
        "note" => (MAX_NOTE_CHARS, "a note"),
        "name" => (MAX_NAME_CHARS, "a name"),
        "title" => (MAX_NAME_CHARS, "a title"),
        "aliases" => (MAX_NAME_CHARS, "an alias"),
        "keywords" | "terms" => (MAX_NAME_CHARS, "a keyword"),
        "speaker" => (MAX_NAME_CHARS, "a speaker"),
        _ => (MAX_NAME_CHARS, "a value"),
    };
    if chars <= limit {
        return Ok(());
    }
    let field = if what == "a value" { format!(" ({field})") } else { String::new() };
    Err(format!(
        "{what}{field} is {} characters long; at most {} are allowed",
        crate::ingest::thousands(chars as u64),
        crate::ingest::thousands(limit as u64)
    ))
}

/// Writes `bytes` to `path` so that `path` is always either the old or the
/// new complete file: temporary file in the same folder, flushed to disk,
/// then renamed over. With `backup`, the old file is first kept as
/// `<path>.bak` (whole, too).
///
/// A symbolic link is followed: the file it points to is replaced and the
/// link stays a link. The new file gets the old one's permissions (a
/// session only its owner may read stays so, and is never readable by
/// others even while being written) and, where the system allows, its
/// owner and group.
pub fn write_atomically(path: &Path, bytes: &[u8], backup: bool) -> std::io::Result<()> {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let path = &resolve_links(path)?;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| std::io::Error::other("the path has no file name"))?;
    let existing = std::fs::metadata(path).ok();
    if let Some(m) = &existing
        && !m.is_file()
    {
        return Err(std::io::Error::other("it is not a regular file"));
    }
    // unique per write, so two saves at once never share a temporary file
    let unique =
        || format!(".{}.{}.tmp", std::process::id(), COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    if backup && existing.is_some() {
        // The backup is made whole or not at all, like the file: a second
        // name for the old file (a hard link, or failing that a copy) is
        // renamed over the old backup. The session file itself is never
        // missing meanwhile.
        let mut bak = name.to_os_string();
        bak.push(".bak");
        let mut tmp_bak = std::ffi::OsString::from(".");
        tmp_bak.push(&bak);
        tmp_bak.push(unique());
        let tmp_bak = dir.join(tmp_bak);
        let made = std::fs::hard_link(path, &tmp_bak).is_ok()
            || std::fs::copy(path, &tmp_bak).and_then(|_| std::fs::File::open(&tmp_bak)?.sync_all()).is_ok();
        if made && std::fs::rename(&tmp_bak, dir.join(bak)).is_err() {
            let _ = std::fs::remove_file(&tmp_bak);
        }
    }
    remove_stale_temporaries(dir, name);
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(unique());
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if existing.is_some() {
            // nobody else can read it while it is written; it gets the old
            // file's permissions before it takes its place
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        }
        let mut f = options.open(&tmp)?;
        f.write_all(bytes)?;
        if let Some(m) = &existing {
            keep_ownership(&f, m);
            f.set_permissions(m.permissions())?;
        }
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // make the rename itself durable
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The file `path` names once symbolic links are followed (the last one
/// may point to a file that does not exist yet).
fn resolve_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&p)?;
                p = match p.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(std::io::Error::other("the path goes through too many symbolic links"))
}

/// Gives the new file the old one's owner and group, where allowed (a
/// user may not give files away; the group is kept if they belong to it).
#[cfg(unix)]
fn keep_ownership(f: &std::fs::File, old: &std::fs::Metadata) {
    use std::os::unix::fs::MetadataExt;
    let Ok(new) = f.metadata() else { return };
    if new.uid() != old.uid() || new.gid() != old.gid() {
        let _ = std::os::unix::fs::fchown(f, Some(old.uid()), Some(old.gid()))
            .or_else(|_| std::os::unix::fs::fchown(f, None, Some(old.gid())));
    }
}

#[cfg(not(unix))]
fn keep_ownership(_f: &std::fs::File, _old: &std::fs::Metadata) {}

/// Temporary files a crashed save left next to `name` (older than ten
/// minutes, so a save in progress elsewhere is never touched).
fn remove_stale_temporaries(dir: &Path, name: &std::ffi::OsStr) {
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if !(n.starts_with(&prefix) && n.ends_with(".tmp")) {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 600);
        if old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_session() -> Session {
        let mut s = Session::default();
        for sample in &crate::samples::SAMPLES[..2] {
            s.articles.push(Arc::new(crate::ingest::parse_article(sample.name, sample.bytes).unwrap()));
        }
        let a = s.articles[0].id.clone();
        s.annotations.insert(
            StatementKey { article: a, span: Span::new(10, 40) },
            Annotation { actor: Some(Some("russia".into())), note: "check «this»".into(), ..Default::default() },
        );
        s.view.hidden_actors.push("russia".into());
        s
    }

    #[test]
    fn save_then_load_gives_the_same_session() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.ron");
        let s = sample_session();
        s.save(&p).unwrap();
        let back = Session::load(&p).unwrap();
        assert!(back == s);
        // saving again keeps the previous file as a backup
        s.save(&p).unwrap();
        assert!(dir.path().join("s.ron.bak").exists());
        // no temporary files left behind
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn broken_files_give_clear_messages_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("broken.ron");
        let text = sample_session().to_ron();
        // truncated
        // (cut between two characters: the topics carry Cyrillic words)
        let half = (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i)).unwrap();
        std::fs::write(&p, &text[..half]).unwrap();
        let e = Session::load(&p).unwrap_err();
        assert!(matches!(e.kind, SessionErrorKind::Damaged(_)), "{e}");
        assert!(e.to_string().contains("broken.ron"));
        // a RON file that is not a session
        std::fs::write(&p, "(actors: [])").unwrap();
        assert!(matches!(Session::load(&p).unwrap_err().kind, SessionErrorKind::NotASession));
        // binary
        std::fs::write(&p, [0u8, 159, 146, 150]).unwrap();
        assert!(matches!(Session::load(&p).unwrap_err().kind, SessionErrorKind::NotASession));
        // newer version
        std::fs::write(&p, text.replacen("version: 1", "version: 7", 1)).unwrap();
        let e = Session::load(&p).unwrap_err();
        assert!(matches!(e.kind, SessionErrorKind::NewerVersion { found: 7, .. }), "{e}");
        assert!(e.to_string().contains("newer version"));
        // an article whose text was changed by hand
        std::fs::write(&p, text.replacen("Peskov", "Peskow", 1)).unwrap();
        assert!(matches!(Session::load(&p).unwrap_err().kind, SessionErrorKind::Invalid(_)));
        // a folder, a missing file
        assert!(matches!(Session::load(dir.path()).unwrap_err().kind, SessionErrorKind::Read(_)));
        assert!(matches!(Session::load(&dir.path().join("nope.ron")).unwrap_err().kind, SessionErrorKind::Read(_)));
    }

    #[test]
    fn huge_sessions_and_huge_embedded_articles_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        // over the file cap: refused before reading (a sparse file)
        let p = dir.path().join("huge.ron");
        std::fs::File::create(&p).unwrap().set_len(MAX_SESSION_BYTES + 1).unwrap();
        let e = Session::load(&p).unwrap_err();
        assert!(matches!(e.kind, SessionErrorKind::TooLarge { .. }), "{e}");
        // an article over the article cap inside an otherwise valid file
        let mut s = Session::default();
        s.articles.push(Arc::new(crate::Article::from_text("big.txt", "word ".repeat(MAX_ARTICLE_BYTES / 5 + 10))));
        let p = dir.path().join("big-article.ron");
        std::fs::write(&p, s.to_ron()).unwrap();
        let e = Session::load(&p).unwrap_err();
        assert!(matches!(e.kind, SessionErrorKind::Invalid(_)), "{e}");
        let e = e.to_string();
        assert!(e.contains("big-article.ron: the session is not valid: the article “word word"), "{e}");
        assert!(e.ends_with("” is 20,971,570 bytes; articles over 20 MB are refused"), "{e}");
    }

    fn with_field(replace: &str, by: &str) -> String {
        let text = sample_session().to_ron();
        assert!(text.contains(replace), "{replace}");
        text.replacen(replace, by, 1)
    }

    #[test]
    fn strings_and_values_are_bounded_before_parsing() {
        let p = Path::new("s.ron");
        let message = |text: &str| Session::from_ron(p, text).unwrap_err().to_string();
        // a long search filter, note, name
        let long = "x".repeat(MAX_SEARCH_CHARS + 1);
        assert_eq!(
            message(&with_field("search: \"\"", &format!("search: \"{long}\""))),
            "s.ron: the session is not valid: the search filter is 1,001 characters long; at most 1,000 are allowed"
        );
        let long = "é".repeat(MAX_NOTE_CHARS + 1);
        assert!(
            message(&with_field("note: \"", &format!("note: \"{long}")))
                .ends_with("a note is 100,013 characters long; at most 100,000 are allowed")
        );
        let long = "\\u{41}".repeat(MAX_NAME_CHARS + 1);
        assert!(
            message(&with_field("name: \"", &format!("name: \"{long}")))
                .contains("characters long; at most 10,000 are allowed")
        );
        // raw strings count too; what is inside strings and comments is not structure
        let long = "y".repeat(MAX_NAME_CHARS + 1);
        assert!(
            message(&with_field("name: \"", &format!("name: r#\"{long}\"#, other: \"")))
                .contains("characters long; at most 10,000 are allowed")
        );
        let commas = ",".repeat(MAX_VALUES + 10);
        assert!(Session::from_ron(p, &with_field("note: \"", &format!("note: \"{}", &commas[..90_000]))).is_ok());
        assert!(census(&format!("(text: \"{commas}\") /* {commas} */ // {commas}\n")).is_ok());
        assert!(census(&format!("(a: [{commas}])")).unwrap_err().contains("more than 4,000,000 values"));
        // nesting: refused by us before the parser's own limit
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let e = message(&with_field("hidden_actors: [", &format!("hidden_actors: [{deep}")));
        assert!(e.contains("brackets are nested more than 64 deep"), "{e}");
        assert!(!e.contains("recursion") && !e.contains("serde"), "{e}");
    }

    #[test]
    fn damage_is_told_apart_from_not_a_session() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.ron");
        let mut bytes = sample_session().to_ron().into_bytes();
        // an ASCII byte, so that the bad byte is the first one that is not text
        let at = (bytes.len() / 2..bytes.len()).find(|&i| bytes[i].is_ascii()).unwrap();
        bytes[at] = 0xff;
        std::fs::write(&p, &bytes).unwrap();
        let e = Session::load(&p).unwrap_err();
        assert!(matches!(e.kind, SessionErrorKind::NotText { offset, .. } if offset == at), "{e}");
        assert!(e.to_string().contains("the session is damaged: byte"), "{e}");
        // a file that is not text and not a session
        std::fs::write(&p, [0xffu8, 0xfe, 0, 1]).unwrap();
        assert!(matches!(Session::load(&p).unwrap_err().kind, SessionErrorKind::NotASession));
    }

    #[cfg(unix)]
    #[test]
    fn pipes_and_devices_are_not_opened_as_sessions() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.ron");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let e = Session::load(&fifo).unwrap_err();
        assert!(e.to_string().ends_with("pipe.ron: this is a named pipe, not a regular file; only regular files are read (save its contents to a file first)"), "{e}");
        let link = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(Session::load(&link).unwrap_err().to_string().contains("this is a device"));
    }

    #[cfg(unix)]
    #[test]
    fn saving_keeps_permissions_and_writes_through_links() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        let s = sample_session();
        s.save(&real).unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        s.save(&real).unwrap();
        assert_eq!(std::fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
        // through a link (relative, and a link to the link): the link stays,
        // the file it names is replaced, with its permissions
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink("real.ron", &link).unwrap();
        let link2 = dir.path().join("link2.ron");
        std::os::unix::fs::symlink(&link, &link2).unwrap();
        let mut changed = s.clone();
        changed.view.filters.search = "changed".into();
        changed.save(&link2).unwrap();
        assert!(std::fs::symlink_metadata(&link2).unwrap().file_type().is_symlink());
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert!(Session::load(&real).unwrap() == changed);
        assert_eq!(std::fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
        assert!(dir.path().join("real.ron.bak").exists());
        assert!(!dir.path().join("link2.ron.bak").exists());
        // a link to a file that does not exist yet creates that file
        let dangling = dir.path().join("new-link.ron");
        std::os::unix::fs::symlink("made.ron", &dangling).unwrap();
        s.save(&dangling).unwrap();
        assert!(dir.path().join("made.ron").is_file());
        // the fingerprint save returns is that of the file written
        let fp = s.save(&real).unwrap();
        assert_eq!(fp, fingerprint(&std::fs::read(&real).unwrap()));
    }

    #[test]
    fn a_session_that_could_not_be_opened_again_is_not_saved() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.ron");
        let s = sample_session();
        s.save(&p).unwrap();
        let before = std::fs::read(&p).unwrap();
        let mut long = s.clone();
        long.catalogue.actors[0].name = "n".repeat(MAX_NAME_CHARS + 1);
        let e = long.save(&p).unwrap_err();
        assert!(matches!(e.kind, SessionErrorKind::WouldNotOpen(_)), "{e}");
        assert!(e.to_string().contains("cannot save: a name is 10,001 characters long"), "{e}");
        assert_eq!(std::fs::read(&p).unwrap(), before);
    }

    #[test]
    fn a_recovery_copy_names_its_session_and_a_session_ignores_that() {
        let s = sample_session();
        let origin = Origin { path: PathBuf::from("/somewhere/a.ron"), fingerprint: "12-0123456789abcdef".into() };
        let text = s.to_recovery_ron(Some(&origin));
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("recovery.ron");
        std::fs::write(&p, &text).unwrap();
        let loaded = Session::load_file(&p).unwrap();
        assert!(loaded.session == s);
        assert_eq!(loaded.recovery_of, Some(origin));
        assert_eq!(loaded.fingerprint, fingerprint(text.as_bytes()));
        // a plain session has no origin
        std::fs::write(&p, s.to_ron()).unwrap();
        assert_eq!(Session::load_file(&p).unwrap().recovery_of, None);
    }

    #[test]
    fn an_edit_outside_its_article_is_refused() {
        let mut s = sample_session();
        let a = s.articles[0].id.clone();
        let len = s.articles[0].text.len();
        s.annotations.insert(StatementKey { article: a, span: Span::new(len, len + 5) }, Annotation::default());
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.ron");
        std::fs::write(&p, s.to_ron()).unwrap();
        assert!(matches!(Session::load(&p).unwrap_err().kind, SessionErrorKind::Invalid(_)));
    }

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.txt");
        write_atomically(&p, b"old", false).unwrap();
        write_atomically(&p, b"new contents", false).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"new contents");
        // a folder that does not exist: an error, nothing written
        assert!(write_atomically(&dir.path().join("missing/f.txt"), b"x", false).is_err());
    }
}
