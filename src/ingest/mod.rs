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
mod encoding;
mod html;
mod markdown;
mod outlet;
mod text;
mod writer;

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::article::Article;

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
    #[error("the file is {}; articles over {} are refused", megabytes(*.size), megabytes(*.max))]
    TooLarge { size: u64, max: u64 },
    #[error("the file is empty")]
    Empty,
    #[error("this is {what}, not an article")]
    Binary { what: String },
    #[error("no readable text was found in it")]
    NoText,
    #[error("its HTML tags are nested more than {max} levels deep, too deep to read safely")]
    TooDeep { max: usize },
    #[error("more than {max} article files were chosen at once; the first {max} were opened, the rest were not")]
    TooMany { max: usize },
    #[error("the folder holds no article files (.txt, .md, .html)")]
    EmptyFolder,
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
fn io_reason(e: &std::io::Error) -> String {
    let message = e.to_string();
    match message.rfind(" (os error ") {
        Some(at) if message.ends_with(')') => message[..at].to_string(),
        _ => message,
    }
}

/// Sizes as people say them: "52.3 MB", and "20 MB" for round limits.
fn megabytes(bytes: u64) -> String {
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

/// Reads and parses one article file.
///
/// The size is checked before reading, and reading stops one byte past the
/// limit in case the file grows meanwhile, so a huge file costs nothing.
/// `Article::source` is the path as given.
///
/// # Errors
///
/// An [`IngestError`] carrying `path` when the file cannot be read, is a
/// folder, is too large, or is not an article (see [`IngestErrorKind`]).
pub fn read_article(path: &Path) -> Result<Article, IngestError> {
    let fail = |kind| IngestError { path: path.to_path_buf(), kind };
    let metadata = fs::metadata(path).map_err(|e| fail(IngestErrorKind::Io(e)))?;
    if metadata.is_dir() {
        return Err(fail(IngestErrorKind::IsDirectory));
    }
    let too_large = |size| fail(IngestErrorKind::TooLarge { size, max: MAX_FILE_BYTES });
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    let file = File::open(path).map_err(|e| fail(IngestErrorKind::Io(e)))?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| fail(IngestErrorKind::Io(e)))?;
    let read = bytes.len() as u64;
    if read > MAX_FILE_BYTES {
        return Err(too_large(read.max(metadata.len())));
    }
    parse_source(&path.display().to_string(), &bytes).map_err(fail)
}

/// Parses an article from bytes. `source` names it (a path or a file name);
/// its extension selects the format, corrected by sniffing the content.
///
/// # Errors
///
/// An [`IngestError`] whose path is `source` when the bytes are empty, not
/// text, or hold no readable text.
pub fn parse_article(source: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    parse_source(source, bytes).map_err(|kind| IngestError { path: PathBuf::from(source), kind })
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

fn parse_source(source: &str, bytes: &[u8]) -> Result<Article, IngestErrorKind> {
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
    if format == Format::Text && text::looks_like_html(&decoded) {
        format = Format::Html;
    }
    // a saved page's own address may name its outlet
    let page = if format == Format::Html { outlet::page_head(&decoded) } else { String::new() };
    let mut article = match format {
        Format::Text => Ok(text::parse_text(source, decoded)),
        Format::Markdown => markdown::parse_markdown(source, &decoded).ok_or(IngestErrorKind::NoText),
        Format::Html => html::parse_html(source, &decoded).map_err(|problem| match problem {
            html::HtmlProblem::TooDeep => IngestErrorKind::TooDeep { max: html::MAX_HTML_DEPTH },
            html::HtmlProblem::NoText => IngestErrorKind::NoText,
        }),
    }?;
    outlet::fill(&mut article, &page);
    Ok(article)
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
        assert!(message(&e).ends_with("big.txt: the file is 20.0 MB; articles over 20 MB are refused"), "{e}");
        let e = IngestError {
            path: "big.txt".into(),
            kind: IngestErrorKind::TooLarge { size: 54_840_934, max: MAX_FILE_BYTES },
        };
        assert_eq!(e.to_string(), "big.txt: the file is 52.3 MB; articles over 20 MB are refused");
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
        let deep = format!("<html><body>{}</body></html>", "<div>".repeat(10_000));
        let e = parse_article("deep.html", deep.as_bytes()).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::TooDeep { max: 1000 }));
        assert_eq!(
            e.to_string(),
            "deep.html: its HTML tags are nested more than 1000 levels deep, too deep to read safely"
        );
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
