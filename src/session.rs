//! The session: everything a user would lose if the app crashed.
//!
//! A session holds the articles (texts embedded, so it opens on another
//! machine), the catalogue and topics as edited, the user's annotations
//! and the view state. Statements are not stored: they are derived by
//! extraction, and the user's edits are kept as annotations keyed by
//! article and content span, so a newer extractor keeps them.
//!
//! Files are RON, versioned, written atomically (temporary file in the same
//! folder, flushed, renamed over the old one, which is kept as `.bak`).
//! Loading checks the format marker and version before anything else and
//! never touches a path named inside the file.

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
    /// The analyst checked this attribution and accepts it.
    pub checked: bool,
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
    pub filters: Filters,
    /// The article open in the Article view.
    pub article: Option<ArticleId>,
    /// How the Compare grid was left (scroll, opened cells).
    pub compare: CompareLayout,
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

/// The file form of a session.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionFile {
    pub format: String,
    pub version: u32,
    pub articles: Vec<Arc<Article>>,
    pub catalogue: Catalogue,
    pub topics: TopicLexicon,
    #[serde(default)]
    pub annotations: Vec<(StatementKey, Annotation)>,
    #[serde(default)]
    pub view: ViewState,
}

/// An open session in memory.
#[derive(Debug, Clone, Default)]
pub struct Session {
    pub articles: Vec<Arc<Article>>,
    pub catalogue: Catalogue,
    pub topics: TopicLexicon,
    pub annotations: BTreeMap<StatementKey, Annotation>,
    pub view: ViewState,
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
    #[error("cannot read the file: {0}")]
    Read(std::io::Error),
    #[error("cannot save: {0}")]
    Write(std::io::Error),
    #[error("the file is {size} bytes; sessions over {max} bytes are refused")]
    TooLarge { size: u64, max: u64 },
    #[error("this is not a Counterpoint session (it does not start with a session header)")]
    NotASession,
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
            articles: self.articles.clone(),
            catalogue: self.catalogue.clone(),
            topics: self.topics.clone(),
            annotations: self.annotations.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            view: self.view.clone(),
        }
    }

    /// Serialises to RON text.
    pub fn to_ron(&self) -> String {
        let cfg = ron::ser::PrettyConfig::new().depth_limit(4).separate_tuple_members(false).struct_names(false);
        ron::ser::to_string_pretty(&self.to_file(), cfg).expect("sessions always serialise")
    }

    /// Parses RON text; `path` is only used in error messages.
    pub fn from_ron(path: &Path, text: &str) -> Result<Session, SessionError> {
        let err = |kind| SessionError { path: path.to_path_buf(), kind };
        check_header(text).map_err(err)?;
        // a header that parses but a body that does not: damaged
        let file: SessionFile =
            ron::from_str(text).map_err(|e| err(SessionErrorKind::Damaged(describe_ron_error(&e))))?;
        if file.format != FORMAT_NAME {
            return Err(err(SessionErrorKind::NotASession));
        }
        if file.version > FORMAT_VERSION {
            return Err(err(SessionErrorKind::NewerVersion { found: file.version, supported: FORMAT_VERSION }));
        }
        Session::from_file(file).map_err(|m| err(SessionErrorKind::Invalid(m)))
    }

    fn from_file(file: SessionFile) -> Result<Session, String> {
        if file.articles.len() > MAX_ARTICLES {
            return Err(format!("it holds {} articles; at most {MAX_ARTICLES} are allowed", file.articles.len()));
        }
        for a in &file.articles {
            if a.text.len() > MAX_ARTICLE_BYTES {
                return Err(format!(
                    "the article “{}” is {:.1} MB; articles over {} MB are refused",
                    a.title,
                    a.text.len() as f64 / 1e6,
                    MAX_ARTICLE_BYTES / 1024 / 1024
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
        Ok(Session { articles: file.articles, catalogue, topics, annotations, view: file.view })
    }

    /// Reads and parses a session file.
    pub fn load(path: &Path) -> Result<Session, SessionError> {
        let err = |kind| SessionError { path: path.to_path_buf(), kind };
        let meta = std::fs::metadata(path).map_err(|e| err(SessionErrorKind::Read(e)))?;
        if meta.is_dir() {
            return Err(err(SessionErrorKind::Read(std::io::Error::other("it is a folder"))));
        }
        if meta.len() > MAX_SESSION_BYTES {
            return Err(err(SessionErrorKind::TooLarge { size: meta.len(), max: MAX_SESSION_BYTES }));
        }
        let bytes = std::fs::read(path).map_err(|e| err(SessionErrorKind::Read(e)))?;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => return Err(err(SessionErrorKind::NotASession)),
        };
        Session::from_ron(path, text.trim_start_matches('\u{feff}'))
    }

    /// Writes the session atomically, keeping the previous file as
    /// `<name>.bak`.
    pub fn save(&self, path: &Path) -> Result<(), SessionError> {
        write_atomically(path, self.to_ron().as_bytes(), true)
            .map_err(|e| SessionError { path: path.to_path_buf(), kind: SessionErrorKind::Write(e) })
    }

    pub fn article(&self, id: &ArticleId) -> Option<&Arc<Article>> {
        self.articles.iter().find(|a| &a.id == id)
    }
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
    match &e.code {
        E::Eof => "the file ends too early (it may have been cut off while copying)".into(),
        other => format!("{other} (line {}, column {})", e.span.start.line, e.span.start.col),
    }
}

/// Writes `bytes` to `path` so that `path` is always either the old or the
/// new complete file: temporary file in the same folder, flushed to disk,
/// then renamed over. With `backup`, the old file is first copied to
/// `<path>.bak`.
pub fn write_atomically(path: &Path, bytes: &[u8], backup: bool) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| std::io::Error::other("the path has no file name"))?;
    if backup && path.exists() {
        // The backup is made whole or not at all, like the file: a second
        // name for the old file (a hard link, or failing that a copy) is
        // renamed over the old backup. The session file itself is never
        // missing meanwhile.
        let mut bak = name.to_os_string();
        bak.push(".bak");
        let mut tmp_bak = std::ffi::OsString::from(".");
        tmp_bak.push(&bak);
        tmp_bak.push(format!(".{}.tmp", std::process::id()));
        let tmp_bak = dir.join(tmp_bak);
        let _ = std::fs::remove_file(&tmp_bak);
        let made = std::fs::hard_link(path, &tmp_bak).is_ok()
            || std::fs::copy(path, &tmp_bak).and_then(|_| std::fs::File::open(&tmp_bak)?.sync_all()).is_ok();
        if made && std::fs::rename(&tmp_bak, dir.join(bak)).is_err() {
            let _ = std::fs::remove_file(&tmp_bak);
        }
    }
    remove_stale_temporaries(dir, name);
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
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
        std::fs::write(&p, &text[..text.len() / 2]).unwrap();
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
        assert!(e.to_string().contains("big-article.ron") && e.to_string().contains("MB"), "{e}");
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
