//! Ingest: the bytes of a file become an [`Article`].
//!
//! Users drop whatever they have saved: wire copy pasted into a `.txt`, a
//! Markdown note, a web page saved from the browser, in whatever encoding
//! the source used. Ingest turns each into plain text plus what can be
//! learnt about it (title, outlet, date), and refuses what is not an article
//! (a photo, a PDF, a 50 MB dump) with a message that names the file, since
//! the user may have dropped a hundred of them at once.
//!
//! The format comes from the extension, corrected by a look at the content
//! (a `.txt` that holds a saved web page is read as HTML). Plain text is
//! kept exactly as decoded, because statement spans are byte ranges into
//! it; Markdown and HTML are converted to text with paragraphs separated by
//! a blank line.
//!
//! Nothing here touches the network or runs anything found in a file.

mod dates;
pub(crate) mod dom;
mod encoding;
mod html;
mod markdown;
mod outlet;
mod text;
mod writer;

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::article::{Article, Parsed};

pub use dates::display_date;

/// A date as ingest reads them (`2025-12-04`, `4 Dec 2025`, `December 4`,
/// `04.12.2025` …), the whole of `s`, as (year, month, day); the year is
/// `None` when the text leaves it out.
pub fn date_parts(s: &str) -> Option<(Option<u32>, u32, u32)> {
    let s = s.trim();
    let found = dates::parse_date_prefix(s)?;
    (found.len == s.len()).then_some((found.year, found.month, found.day))
}
pub use encoding::{DecodeProblem, decode_text};

/// Largest file read. News articles are kilobytes; a saved page with
/// inline images a few megabytes. Anything bigger is almost certainly not
/// an article, and reading it would only stall the app.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Extensions of files that [`expand_paths`] picks from a folder.
const ARTICLE_EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "html", "htm"];

/// A file that could not be read as an article.
#[derive(Debug, thiserror::Error)]
#[error("{}: {kind}", path.display())]
pub struct IngestError {
    /// The path as given by the user, so the message points at their file.
    pub path: PathBuf,
    pub kind: IngestErrorKind,
}

/// What went wrong, worded for the person who chose the file.
#[derive(Debug, thiserror::Error)]
pub enum IngestErrorKind {
    #[error("cannot read the file: {}", io_reason(.0))]
    Io(std::io::Error),
    #[error("cannot list the folder: {}", io_reason(.0))]
    ListFolder(std::io::Error),
    #[error("this is a folder, not a file")]
    IsDirectory,
    #[error("this is {what}, not a regular file; only regular files are read (save its contents to a file first)")]
    NotAFile { what: &'static str },
    #[error("the file is {}; articles over {} are refused", size_over(*.size, *.max), megabytes(*.max))]
    TooLarge { size: u64, max: u64 },
    #[error("the file is empty")]
    Empty,
    #[error("this is {what}, not an article")]
    Binary { what: String },
    #[error("no readable text was found in it")]
    NoText,
    #[error("reading was cancelled")]
    Cancelled,
    #[error("more than {max} article files were chosen at once; the first {max} were opened, the rest were not")]
    TooMany { max: usize },
    #[error("the folder holds no article files (.txt, .md, .html)")]
    EmptyFolder,
    #[error(
        "this is a saved Counterpoint session, not an article: open it as a session (File ▸ Open session… in the window, or `counterpoint FILE`)"
    )]
    Session,
}

impl From<DecodeProblem> for IngestErrorKind {
    fn from(problem: DecodeProblem) -> Self {
        match problem {
            DecodeProblem::Empty => IngestErrorKind::Empty,
            DecodeProblem::Binary { what } => IngestErrorKind::Binary { what },
        }
    }
}

/// The OS message without the "(os error 2)" that means nothing to users.
pub fn io_reason(e: &std::io::Error) -> String {
    let message = e.to_string();
    match message.rfind(" (os error ") {
        Some(at) if message.ends_with(')') => message[..at].to_string(),
        _ => message,
    }
}

/// A size just over a limit, so that the two never read the same:
/// "52.3 MB", but "20,971,521 bytes" rather than a "20.0 MB" that looks
/// like the 20 MB limit itself.
pub fn size_over(size: u64, max: u64) -> String {
    let shown = megabytes(size);
    let limit = megabytes(max);
    let same = |a: &str, b: &str| {
        a.trim_end_matches(" MB").parse::<f64>().ok() == b.trim_end_matches(" MB").parse::<f64>().ok()
    };
    if size > max && same(&shown, &limit) { format!("{} bytes", thousands(size)) } else { shown }
}

/// "20971521" as "20,971,521".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Sizes as people say them: "52.3 MB", and "20 MB" for round limits.
pub fn megabytes(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes.is_multiple_of(MB) {
        format!("{} MB", bytes / MB)
    } else {
        // Precision loss is irrelevant at one decimal.
        #[allow(clippy::cast_precision_loss)]
        let mb = bytes as f64 / MB as f64;
        format!("{mb:.1} MB")
    }
}

/// Why the bytes of a file could not be read, before any parsing.
#[derive(Debug)]
pub enum ReadProblem {
    Io(std::io::Error),
    IsDirectory,
    /// A named pipe, device or socket; `what` names it ("a named pipe").
    NotAFile {
        what: &'static str,
    },
    TooLarge {
        size: u64,
        max: u64,
    },
    Interrupted,
}

impl From<ReadProblem> for IngestErrorKind {
    fn from(p: ReadProblem) -> Self {
        match p {
            ReadProblem::Io(e) => IngestErrorKind::Io(e),
            ReadProblem::IsDirectory => IngestErrorKind::IsDirectory,
            ReadProblem::NotAFile { what } => IngestErrorKind::NotAFile { what },
            ReadProblem::TooLarge { size, max } => IngestErrorKind::TooLarge { size, max },
            ReadProblem::Interrupted => IngestErrorKind::Cancelled,
        }
    }
}

impl std::fmt::Display for ReadProblem {
    /// Worded like [`IngestErrorKind`], with "files" for the size limit.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadProblem::TooLarge { size, max } => {
                write!(f, "the file is {}; files over {} are refused", size_over(*size, *max), megabytes(*max))
            }
            ReadProblem::Io(e) => write!(f, "cannot read the file: {}", io_reason(e)),
            ReadProblem::IsDirectory => f.write_str("this is a folder, not a file"),
            ReadProblem::NotAFile { what } => write!(
                f,
                "this is {what}, not a regular file; only regular files are read (save its contents to a file first)"
            ),
            ReadProblem::Interrupted => f.write_str("reading was cancelled"),
        }
    }
}

/// What kind of non-file a file system entry is, if it is not a regular
/// file.
fn not_a_file(file_type: fs::FileType) -> Option<ReadProblem> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some(ReadProblem::IsDirectory);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let what = if file_type.is_fifo() {
            "a named pipe"
        } else if file_type.is_char_device() || file_type.is_block_device() {
            "a device"
        } else if file_type.is_socket() {
            "a socket"
        } else {
            "a special file"
        };
        Some(ReadProblem::NotAFile { what })
    }
    #[cfg(not(unix))]
    Some(ReadProblem::NotAFile { what: "a special file" })
}

/// Opens for reading without waiting: a named pipe swapped in after the
/// check opens at once (and is then refused) instead of blocking until
/// something writes to it.
fn open_for_reading(path: &Path) -> std::io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// The bytes of a regular file of at most `max` bytes: the one way
/// Counterpoint reads a file the user named (articles, sessions, the
/// recovery copy, catalogues and topic lists).
///
/// Folders, named pipes, devices and sockets are refused before they are
/// opened (reading a pipe waits for a writer forever; `/dev/zero` never
/// ends), and checked again on what was opened, in case the path changed
/// meanwhile. The size is checked before reading, and reading stops one
/// byte past the limit, so a file that grows (or a file in `/proc` that
/// says it is empty) costs at most `max` bytes. `interrupted` is asked
/// between chunks of a megabyte.
///
/// # Errors
///
/// A [`ReadProblem`] saying why.
pub fn read_capped(path: &Path, max: u64, interrupted: &dyn Fn() -> bool) -> Result<Vec<u8>, ReadProblem> {
    let metadata = fs::metadata(path).map_err(ReadProblem::Io)?;
    read_capped_stated(path, &metadata, max, interrupted)
}

/// [`read_capped`] of a path whose metadata (as [`fs::metadata`] reads
/// it, links followed) the caller has just read, to size a batch: what
/// is refused before opening is refused on it, without looking the path
/// up again; what was opened is checked as always.
///
/// # Errors
///
/// As [`read_capped`].
pub fn read_capped_stated(
    path: &Path,
    metadata: &fs::Metadata,
    max: u64,
    interrupted: &dyn Fn() -> bool,
) -> Result<Vec<u8>, ReadProblem> {
    if let Some(problem) = not_a_file(metadata.file_type()) {
        return Err(problem);
    }
    if metadata.len() > max {
        return Err(ReadProblem::TooLarge { size: metadata.len(), max });
    }
    let file = open_for_reading(path).map_err(ReadProblem::Io)?;
    let opened = file.metadata().map_err(ReadProblem::Io)?;
    if let Some(problem) = not_a_file(opened.file_type()) {
        return Err(problem);
    }
    let expected = opened.len().min(max);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    let mut reader = file.take(max + 1);
    const CHUNK: u64 = 1024 * 1024;
    loop {
        if interrupted() {
            return Err(ReadProblem::Interrupted);
        }
        // `read_to_end` stops short of a chunk only at the end of the file
        // (or of the limit): no further read is needed to learn that
        let got = (&mut reader).take(CHUNK).read_to_end(&mut bytes).map_err(ReadProblem::Io)?;
        if (got as u64) < CHUNK {
            break;
        }
    }
    let read = bytes.len() as u64;
    if read > max {
        return Err(ReadProblem::TooLarge { size: read.max(opened.len()), max });
    }
    Ok(bytes)
}

/// Reads and parses one article file (see [`read_capped`] for what is
/// refused before parsing). `Article::source` is the path as given.
///
/// # Errors
///
/// An [`IngestError`] carrying `path` when the file cannot be read, is not
/// a regular file, is too large, or is not an article (see
/// [`IngestErrorKind`]).
pub fn read_article(path: &Path) -> Result<Article, IngestError> {
    read_article_with(path, &|| false)
}

/// [`read_article`], giving up with [`IngestErrorKind::Cancelled`] soon
/// after `interrupted` returns true (it is asked while reading and while
/// parsing).
///
/// # Errors
///
/// As [`read_article`].
pub fn read_article_with(path: &Path, interrupted: &dyn Fn() -> bool) -> Result<Article, IngestError> {
    parse_read(path, read_capped(path, MAX_FILE_BYTES, interrupted), interrupted).map(Parsed::into_article)
}

/// The article in the bytes read from `path`, or why there is none.
fn parse_read(
    path: &Path,
    read: Result<Vec<u8>, ReadProblem>,
    interrupted: &dyn Fn() -> bool,
) -> Result<Parsed, IngestError> {
    let fail = |kind| IngestError { path: path.to_path_buf(), kind };
    let bytes = read.map_err(|p| fail(p.into()))?;
    parse_source(&path.display().to_string(), &bytes, interrupted).map_err(fail)
}

/// [`read_article`] without the article's id and language, for a caller
/// that uses neither (working each out reads the whole text again).
///
/// # Errors
///
/// As [`read_article`].
pub fn read_parsed(path: &Path) -> Result<Parsed, IngestError> {
    parse_read(path, read_capped(path, MAX_FILE_BYTES, &|| false), &|| false)
}

/// [`read_parsed`] of a path whose metadata the caller has just read
/// (see [`read_capped_stated`]): a batch sized by its files' metadata
/// looks each path up once, not twice.
///
/// # Errors
///
/// As [`read_article`].
pub fn read_parsed_stated(path: &Path, metadata: &fs::Metadata) -> Result<Parsed, IngestError> {
    parse_read(path, read_capped_stated(path, metadata, MAX_FILE_BYTES, &|| false), &|| false)
}

/// Parses an article from bytes. `source` names it (a path or a file name);
/// its extension selects the format, corrected by sniffing the content.
///
/// # Errors
///
/// An [`IngestError`] whose path is `source` when the bytes are empty, not
/// text, or hold no readable text.
pub fn parse_article(source: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    parse_source(source, bytes, &|| false)
        .map(Parsed::into_article)
        .map_err(|kind| IngestError { path: PathBuf::from(source), kind })
}

/// The formats an article file can be in, from the name alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
}

fn format_of(source: &str) -> Format {
    let ext = Path::new(source).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("md" | "markdown") => Format::Markdown,
        Some("html" | "htm" | "xhtml") => Format::Html,
        _ => Format::Text,
    }
}

fn parse_source(source: &str, bytes: &[u8], interrupted: &dyn Fn() -> bool) -> Result<Parsed, IngestErrorKind> {
    let mut format = format_of(source);
    // Sniff before decoding, so a saved page's own charset declaration is
    // used; sniff again after, for pages saved as UTF-16.
    let sniffed = |bytes: &[u8]| {
        let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let start = &start[..start.len().min(64)];
        text::looks_like_html(&String::from_utf8_lossy(start))
    };
    if format == Format::Text && sniffed(bytes) {
        format = Format::Html;
    }
    let declared = (format == Format::Html).then(|| encoding::declared_html_charset(bytes)).flatten();
    let decoded = encoding::decode_with_declared(bytes, declared)?;
    if is_session(&decoded) {
        return Err(IngestErrorKind::Session);
    }
    if format == Format::Text && text::looks_like_html(&decoded) {
        format = Format::Html;
    }
    // a saved page's own address may name its outlet
    let page = if format == Format::Html { outlet::page_head(&decoded) } else { String::new() };
    let mut article = match format {
        Format::Text => Ok(text::parse_text(source, decoded)),
        Format::Markdown => markdown::parse_markdown(source, &decoded).ok_or(IngestErrorKind::NoText),
        Format::Html => html::parse_html(source, &decoded, interrupted).map_err(|problem| match problem {
            html::HtmlProblem::NoText => IngestErrorKind::NoText,
            html::HtmlProblem::Interrupted => IngestErrorKind::Cancelled,
        }),
    }?;
    outlet::fill(&mut article, &page);
    Ok(article)
}

/// Whether the text is a saved session (which starts with its format
/// marker), whatever the file is called.
fn is_session(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let end = (0..=start.len().min(512)).rev().find(|&i| start.is_char_boundary(i)).unwrap_or(0);
    let head = &start[..end];
    head.starts_with('(') && head.contains(&format!("format: \"{}\"", crate::session::FORMAT_NAME))
}

/// Whether a path names a file ingest reads when it meets it in a folder.
pub fn is_article_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// Turns what the user picked into the files to read.
///
/// Files are kept as given, whatever their extension: the user chose them,
/// and if they are not articles [`read_article`] says so by name. Folders
/// are walked recursively for article files ([`is_article_path`]), sorted
/// so that the order is the same on every machine. Hidden entries (names
/// starting with `.`) are skipped, and symbolic links to folders are not
/// followed, so a link cycle cannot make the walk endless. Folders that
/// cannot be listed are reported; the walk continues with the rest.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            walk_folder(path, &mut found, &mut errors);
            if found.is_empty() {
                errors.push(IngestError { path: path.clone(), kind: IngestErrorKind::EmptyFolder });
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
        if files.len() > MAX_BATCH_FILES {
            break;
        }
    }
    // a whole disk dropped on the window must not exhaust memory
    if files.len() > MAX_BATCH_FILES {
        let first_dropped = files[MAX_BATCH_FILES].clone();
        files.truncate(MAX_BATCH_FILES);
        errors.push(IngestError { path: first_dropped, kind: IngestErrorKind::TooMany { max: MAX_BATCH_FILES } });
    }
    (files, errors)
}

/// At most this many files are read in one go (a folder of a whole disk
/// dropped on the window stops here).
pub const MAX_BATCH_FILES: usize = 50_000;

fn walk_folder(root: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    // A work list instead of recursion: folder depth is up to the user.
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) => {
                errors.push(IngestError { path: folder, kind: IngestErrorKind::ListFolder(e) });
                continue;
            }
        };
        for entry in entries {
            if files.len() > MAX_BATCH_FILES {
                return;
            }
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    errors.push(IngestError { path: folder.clone(), kind: IngestErrorKind::ListFolder(e) });
                    continue;
                }
            };
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            if file_type.is_dir() {
                folders.push(path);
            } else if (file_type.is_file() || (file_type.is_symlink() && path.is_file())) && is_article_path(&path) {
                files.push(path);
            }
        }
    }
}

/// Puts `title` on its own paragraph above `body`, unless the body already
/// opens with it (compared ignoring case and spacing).
fn prepend_title(title: &str, body: String) -> String {
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let first_line = body.lines().next().unwrap_or("");
    let title_norm = squash(title);
    if title_norm.is_empty() || squash(first_line).starts_with(&title_norm) {
        body
    } else {
        format!("{}\n\n{body}", title.trim())
    }
}

/// A title as stored: trimmed and at most 200 characters, like
/// [`Article::from_text`] makes them.
fn cap_title(title: &str) -> String {
    title.trim().chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::SourceFormat;
    use encoding_rs::{WINDOWS_1251, WINDOWS_1252};
    use std::io::Write;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        File::create(&path).unwrap().write_all(bytes).unwrap();
        path
    }

    fn message(e: &IngestError) -> String {
        e.to_string()
    }

    #[test]
    fn reads_a_plain_text_file_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let raw = "Envoys meet\r\nGENEVA, Dec 3 - \u{201c}Talks were useful,\u{201d} he said.\r\n";
        let path = write(dir.path(), "geneva.txt", raw.as_bytes());
        let a = read_article(&path).unwrap();
        assert_eq!(a.text, raw);
        assert_eq!(a.title, "Envoys meet");
        assert_eq!(a.date.as_deref(), Some("Dec 3"));
        assert_eq!(a.source, path.display().to_string());
        assert_eq!(a.format, SourceFormat::Text);
    }

    #[test]
    fn utf8_bom_removed_nothing_else_changed() {
        let dir = tempfile::tempdir().unwrap();
        let body = "Title line\r\n\r\nThe minister\u{2019}s reply came late.\r\n";
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice(body.as_bytes());
        let a = read_article(&write(dir.path(), "bom.txt", &bytes)).unwrap();
        assert_eq!(a.text, body);
        assert!(a.text.contains("\r\n"));
    }

    #[test]
    fn utf16_files_with_bom() {
        let dir = tempfile::tempdir().unwrap();
        let text = "Заголовок\r\nМинистр сказал: \u{ab}Нет\u{bb}.";
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
            let a = read_article(&write(dir.path(), name, &bytes)).unwrap();
            assert_eq!(a.text, text);
            assert_eq!(a.title, "Заголовок");
        }
    }

    #[test]
    fn legacy_encodings_from_disk() {
        let dir = tempfile::tempdir().unwrap();
        let russian = "Переговоры в Женеве\nМОСКВА, 14 октября. Министр иностранных дел заявил, \
                       что переговоры продолжатся на следующей неделе. По его словам, стороны \
                       обсудят вопросы безопасности.\n";
        let (bytes, _, _) = WINDOWS_1251.encode(russian);
        let a = read_article(&write(dir.path(), "ru.txt", &bytes)).unwrap();
        assert_eq!(a.text, russian);
        assert_eq!(a.title, "Переговоры в Женеве");
        assert_eq!(a.date.as_deref(), Some("14 октября"));

        let french = "Le ministre a déclaré : « Nous restons ouverts au dialogue. » \
                      Les négociations reprendront à Genève la semaine prochaine.";
        let (bytes, _, _) = WINDOWS_1252.encode(french);
        let a = read_article(&write(dir.path(), "fr.txt", &bytes)).unwrap();
        assert_eq!(a.text, french);
    }

    #[test]
    fn empty_file_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in [("empty.txt", &b""[..]), ("blank.md", b"\xef\xbb\xbf  \n\n")] {
            let e = read_article(&write(dir.path(), name, bytes)).unwrap_err();
            assert!(matches!(e.kind, IngestErrorKind::Empty), "{e:?}");
            assert!(message(&e).ends_with(&format!("{name}: the file is empty")));
        }
    }

    #[test]
    fn directory_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_article(dir.path()).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::IsDirectory));
        assert_eq!(message(&e), format!("{}: this is a folder, not a file", dir.path().display()));
    }

    #[test]
    fn missing_file_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nowhere.txt");
        let e = read_article(&path).unwrap_err();
        assert!(matches!(&e.kind, IngestErrorKind::Io(io) if io.kind() == std::io::ErrorKind::NotFound));
        assert_eq!(message(&e), format!("{}: cannot read the file: No such file or directory", path.display()));
    }

    #[test]
    fn file_over_the_cap_is_refused_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        File::create(&path).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
        let e = read_article(&path).unwrap_err();
        assert!(matches!(
            e.kind,
            IngestErrorKind::TooLarge { size, max } if size == MAX_FILE_BYTES + 1 && max == MAX_FILE_BYTES
        ));
        // one byte over: not "20.0 MB", which would read like the limit
        assert!(message(&e).ends_with("big.txt: the file is 20,971,521 bytes; articles over 20 MB are refused"), "{e}");
        let e = IngestError {
            path: "big.txt".into(),
            kind: IngestErrorKind::TooLarge { size: 54_840_934, max: MAX_FILE_BYTES },
        };
        assert_eq!(e.to_string(), "big.txt: the file is 52.3 MB; articles over 20 MB are refused");
    }

    #[test]
    fn sizes_near_a_limit_never_read_like_it() {
        const MB: u64 = 1024 * 1024;
        assert_eq!(size_over(20 * MB + 1, 20 * MB), "20,971,521 bytes");
        assert_eq!(size_over(20 * MB + 60_000, 20 * MB), "20.1 MB");
        assert_eq!(size_over(20 * MB + MB / 5, 20 * MB), "20.2 MB");
        assert_eq!(size_over(52 * MB, 20 * MB), "52 MB");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
    }

    #[cfg(unix)]
    #[test]
    fn pipes_and_devices_are_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.html");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let e = read_article(&fifo).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::NotAFile { what: "a named pipe" }), "{e}");
        assert!(message(&e).ends_with("pipe.html: this is a named pipe, not a regular file; only regular files are read (save its contents to a file first)"), "{e}");
        let e = read_article(Path::new("/dev/zero")).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::NotAFile { what: "a device" }), "{e}");
        // a link to a device is the device
        let link = dir.path().join("zero.txt");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let e = read_article(&link).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::NotAFile { what: "a device" }), "{e}");
        assert!(message(&e).contains("zero.txt"));
        // the same reader serves every other file
        assert!(matches!(read_capped(&fifo, 10, &|| false), Err(ReadProblem::NotAFile { .. })));
    }

    #[cfg(unix)]
    #[test]
    fn a_path_read_with_its_metadata_is_refused_and_read_as_by_itself() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "note.txt", b"Peskov said the talks would go on.");
        let stated = read_parsed_stated(&p, &fs::metadata(&p).unwrap()).unwrap();
        assert_eq!(stated.into_article(), read_article(&p).unwrap());
        // refused on the metadata given, before opening: a pipe is never
        // opened, whatever the path is now
        let fifo = dir.path().join("pipe.txt");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let e = read_parsed_stated(&p, &fs::metadata(&fifo).unwrap()).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::NotAFile { what: "a named pipe" }), "{e}");
        assert!(message(&e).contains("note.txt"), "{e}");
        let e = read_parsed_stated(dir.path(), &fs::metadata(dir.path()).unwrap()).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::IsDirectory), "{e}");
        // and what was opened is checked again: a file that became a pipe
        let e = read_parsed_stated(&fifo, &fs::metadata(&p).unwrap()).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::NotAFile { what: "a named pipe" }), "{e}");
    }

    #[test]
    fn an_article_read_without_its_id_is_read_as_the_whole_article() {
        let dir = tempfile::tempdir().unwrap();
        let files = [
            write(dir.path(), "wire.txt", "Talks end\n\nGENEVA, 4 March 2025 (Reuters) - The envoy said little.".as_bytes()),
            write(dir.path(), "blog.md", b"---\ntitle: A long night\noutlet: Night Desk\n---\n\nThe mayor *said* so."),
            write(
                dir.path(),
                "page.html",
                b"<html><head><title>Grid repairs</title></head><body><article><p>The minister said the lights would come back.</p></article></body></html>",
            ),
            write(dir.path(), "ru.txt", "Песков заявил, что переговоры продолжатся.".as_bytes()),
        ];
        for p in &files {
            let whole = read_article(p).unwrap();
            let parsed = read_parsed_stated(p, &fs::metadata(p).unwrap()).unwrap();
            assert_eq!((parsed.source.as_str(), parsed.text.as_str()), (whole.source.as_str(), whole.text.as_str()));
            assert_eq!(read_parsed(p).unwrap(), parsed);
            // the id and the language come from the text alone
            assert_eq!(parsed.into_article(), whole, "{}", p.display());
        }
        assert_eq!(read_article(&files[3]).unwrap().lang.0, "ru");
        // and an error names the file as before
        let e = read_parsed(&dir.path().join("gone.txt")).unwrap_err();
        assert!(message(&e).contains("gone.txt"), "{e}");
    }

    #[test]
    fn reading_stops_at_the_cap_and_when_interrupted() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "ten.txt", b"0123456789");
        assert_eq!(read_capped(&p, 10, &|| false).unwrap(), b"0123456789");
        let e = read_capped(&p, 9, &|| false).unwrap_err();
        assert!(matches!(e, ReadProblem::TooLarge { size: 10, max: 9 }));
        assert!(matches!(read_capped(&p, 10, &|| true), Err(ReadProblem::Interrupted)));
        let e = read_article_with(&p, &|| true).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::Cancelled));
    }

    #[test]
    fn a_session_is_not_an_article_whatever_its_name() {
        let mut s = crate::session::Session::default();
        s.articles.push(std::sync::Arc::new(crate::Article::from_text("a.txt", "Peskov said no.")));
        let ron = s.to_ron();
        for name in ["saved.ron", "saved.txt", "saved"] {
            let e = parse_article(name, ron.as_bytes()).unwrap_err();
            assert!(matches!(e.kind, IngestErrorKind::Session), "{name}");
            assert!(e.to_string().contains("a saved Counterpoint session, not an article"), "{e}");
        }
        // an article that merely mentions the format is still an article
        let a = parse_article("a.txt", b"The file said format: \"counterpoint-session\" on top.").unwrap();
        assert!(a.text.starts_with("The file"));
    }

    #[test]
    fn binary_file_is_named_whatever_its_extension() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "notes/photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
        let e = read_article(&path).unwrap_err();
        assert!(matches!(&e.kind, IngestErrorKind::Binary { what } if what == "a PNG image"));
        assert!(message(&e).ends_with("notes/photo.txt: this is a PNG image, not an article"));

        let e = parse_article("report.html", b"%PDF-1.4\n").unwrap_err();
        assert_eq!(e.to_string(), "report.html: this is a PDF document, not an article");
        let e = parse_article("dump.bin", b"\x01\x02\x03\0\x04").unwrap_err();
        assert_eq!(e.to_string(), "dump.bin: this is binary data, not an article");
    }

    #[test]
    fn format_follows_extension_case_insensitively() {
        let md = parse_article("a/B.MD", b"# Head\n\nSome *text*.").unwrap();
        assert_eq!(md.format, SourceFormat::Markdown);
        assert_eq!(md.text, "Head\n\nSome text.");
        let html = parse_article("page.HTM", b"<p>Some <b>bold</b> text.</p>").unwrap();
        assert_eq!(html.format, SourceFormat::Html);
        assert_eq!(html.text, "Some bold text.");
        let unknown = parse_article("notes.log", b"# not markdown\n*kept*").unwrap();
        assert_eq!(unknown.format, SourceFormat::Text);
        assert_eq!(unknown.text, "# not markdown\n*kept*");
    }

    #[test]
    fn txt_holding_html_is_read_as_html() {
        let page = b"\n <!DOCTYPE html><html><head><title>Envoys meet</title></head>\
                     <body><script>var x=1;</script><p>The envoy said yes.</p></body></html>";
        let a = parse_article("saved.txt", page).unwrap();
        assert_eq!(a.format, SourceFormat::Html);
        assert_eq!(a.text, "Envoys meet\n\nThe envoy said yes.");
        assert_eq!(a.title, "Envoys meet");
    }

    #[test]
    fn html_in_a_legacy_charset_uses_its_declaration() {
        let page = "<html><head><meta charset=\"windows-1251\"><title>Переговоры</title></head>\
                    <body><p>Да.</p></body></html>";
        let (bytes, _, _) = WINDOWS_1251.encode(page);
        let a = parse_article("ru.html", &bytes).unwrap();
        assert_eq!(a.text, "Переговоры\n\nДа.");
    }

    #[test]
    fn html_errors_name_the_file() {
        // nested far too deep for the tree, and no text: nothing to read
        let deep = format!("<html><body>{}</body></html>", "<div>".repeat(10_000));
        let e = parse_article("deep.html", deep.as_bytes()).unwrap_err();
        assert_eq!(e.to_string(), "deep.html: no readable text was found in it");
        let e = parse_article("blank.html", b"<html><body><img src=a.png></body></html>").unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::NoText));
        assert_eq!(e.to_string(), "blank.html: no readable text was found in it");
        let e = parse_article("pic.md", b"![x](y.png)").unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::NoText));
    }

    #[test]
    fn article_paths() {
        for yes in ["a.txt", "b.MD", "c.markdown", "d.Html", "e.htm", "dir.x/f.txt"] {
            assert!(is_article_path(Path::new(yes)), "{yes}");
        }
        for no in ["a.pdf", "b", "c.txt.bak", ".md", "d.xhtml"] {
            assert!(!is_article_path(Path::new(no)), "{no}");
        }
    }

    #[test]
    fn expanding_paths() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "news/b.md", b"x");
        write(root, "news/a.txt", b"x");
        write(root, "news/sub/c.HTML", b"x");
        write(root, "news/photo.png", b"x");
        write(root, "news/.hidden/d.txt", b"x");
        write(root, "news/.e.txt", b"x");
        let loose = write(root, "loose.pdf", b"x");
        let missing = root.join("missing.txt");
        let (files, errors) = expand_paths(&[loose.clone(), root.join("news"), missing.clone()]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            files,
            vec![loose, root.join("news/a.txt"), root.join("news/b.md"), root.join("news/sub/c.HTML"), missing,]
        );
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_folder_is_an_error_and_the_walk_goes_on() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "ok/a.txt", b"x");
        let locked = root.join("ok/locked");
        fs::create_dir(&locked).unwrap();
        write(root, "ok/locked/secret.txt", b"x");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        // The message, whatever the user running the test may list.
        let denied = IngestError {
            path: locked.clone(),
            kind: IngestErrorKind::ListFolder(std::io::Error::from_raw_os_error(13)),
        };
        assert_eq!(denied.to_string(), format!("{}: cannot list the folder: Permission denied", locked.display()));
        let can_list_anyway = fs::read_dir(&locked).is_ok(); // running as root
        let (files, errors) = expand_paths(&[root.join("ok")]);
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        if can_list_anyway {
            assert_eq!(files.len(), 2);
            return;
        }
        assert_eq!(files, vec![root.join("ok/a.txt")]);
        assert_eq!(errors.len(), 1);
        assert!(matches!(errors[0].kind, IngestErrorKind::ListFolder(_)));
        assert_eq!(errors[0].to_string(), format!("{}: cannot list the folder: Permission denied", locked.display()));
    }

    #[test]
    fn title_prepending() {
        assert_eq!(prepend_title("Talks", "Body.".into()), "Talks\n\nBody.");
        assert_eq!(prepend_title("Talks  end", "talks end\n\nBody.".into()), "talks end\n\nBody.");
        assert_eq!(prepend_title(" ", "Body.".into()), "Body.");
    }
}
