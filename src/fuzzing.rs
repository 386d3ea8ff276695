//! The bodies of the fuzz targets (`fuzz/`), kept in the library so that
//! `cargo test` replays the saved corpus through exactly the same code
//! (`tests/fuzz_corpus.rs`).

use crate::catalogue::Catalogue;
use crate::session::Session;
use crate::topics::TopicLexicon;
use std::path::Path;

/// Bytes as an article file: the first byte picks the format. Panics if an
/// invariant breaks.
pub fn ingest_extract(data: &[u8], catalogue: &Catalogue, topics: &TopicLexicon) {
    let (name, bytes) = match data.split_first() {
        Some((b, rest)) => (["a.txt", "a.md", "a.html", "a.htm"][(*b % 4) as usize], rest),
        None => ("a.txt", data),
    };
    if name.contains(".htm") {
        html_work_is_linear(&String::from_utf8_lossy(bytes));
    }
    article_invariants(name, bytes, catalogue, topics);
}

/// The HTML parser's work counter stays within a constant times the
/// input's length, whatever the markup: a deterministic check for the
/// superlinear paths that a time limit catches only when they are slow.
pub fn html_work_is_linear(html: &str) {
    let parsed = crate::ingest::dom::parse(html, &|| false).expect("never interrupted");
    let bound = 16 * html.len() as u64 + 1024;
    assert!(parsed.stats.work <= bound, "parsing {} bytes took {} steps", html.len(), parsed.stats.work);
    assert!(parsed.stats.elements <= crate::ingest::dom::MAX_ELEMENTS, "too many elements");
}

/// Reads `bytes` as the article file `name`, extracts it, and checks what
/// comes out.
fn article_invariants(name: &str, bytes: &[u8], catalogue: &Catalogue, topics: &TopicLexicon) {
    let Ok(article) = crate::ingest::parse_article(name, bytes) else { return };
    let text = &article.text;
    let found = crate::extract::extract(text, catalogue, topics);
    let ok = |s: crate::Span| {
        s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
    };
    for (i, s) in found.iter().enumerate() {
        assert!(ok(s.content), "content span outside the text");
        assert!(s.source.is_none_or(ok) && s.cue.is_none_or(ok), "source or cue outside the text");
        assert!(s.pieces.iter().all(|p| ok(*p) && s.content.contains(p)), "a piece outside its statement");
        if let Some(next) = found.get(i + 1) {
            assert!(s.content.end <= next.content.start, "overlapping statements");
        }
    }
    assert_eq!(found, crate::extract::extract(text, catalogue, topics), "extraction is not deterministic");
}

/// Bytes as a program that writes HTML (see [`markup_from_ops`]): the page
/// is parsed with linear work, read and extracted like any article.
///
/// Extraction runs on texts up to [`EXTRACT_AT_MOST`]: its cost on long
/// texts is that target's business (`ingest_extract`), and here it would
/// fill the time limit meant for the HTML path.
pub fn html_structure(data: &[u8], catalogue: &Catalogue, topics: &TopicLexicon) {
    let html = markup_from_ops(data);
    html_work_is_linear(&html);
    match crate::ingest::parse_article("page.html", html.as_bytes()) {
        Ok(article) if article.text.len() <= EXTRACT_AT_MOST => {
            article_invariants("page.html", html.as_bytes(), catalogue, topics);
        }
        Ok(article) => {
            assert!(!article.text.trim().is_empty(), "an article with no text");
            assert!(article.title.chars().count() <= 200, "a title over 200 characters");
        }
        Err(_) => {}
    }
}

/// Longest text [`html_structure`] extracts.
pub const EXTRACT_AT_MOST: usize = 64 * 1024;

/// Largest page [`markup_from_ops`] writes.
pub const MAX_GENERATED: usize = 2 * 1024 * 1024;

const TAGS: &[&str] = &[
    "div",
    "span",
    "dfn",
    "p",
    "b",
    "i",
    "a",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "caption",
    "colgroup",
    "col",
    "select",
    "option",
    "optgroup",
    "button",
    "template",
    "svg",
    "math",
    "mi",
    "mtext",
    "foreignObject",
    "desc",
    "annotation-xml",
    "h1",
    "h2",
    "h6",
    "nobr",
    "font",
    "form",
    "pre",
    "listing",
    "textarea",
    "title",
    "script",
    "style",
    "noscript",
    "iframe",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "frameset",
    "frame",
    "head",
    "body",
    "html",
    "x-card",
    "image",
    "br",
    "hr",
    "img",
    "input",
    "ruby",
    "rb",
    "rt",
    "rp",
    "rtc",
    "marquee",
    "object",
    "applet",
    "main",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "aside",
    "menu",
    "summary",
    "details",
    "dialog",
    "search",
    "address",
    "blockquote",
    "center",
    "figure",
    "em",
    "strong",
    "u",
    "s",
    "code",
    "small",
    "big",
    "tt",
    "strike",
    "sub",
    "sup",
    "label",
    "q",
    "cite",
    "abbr",
    "mark",
    "area",
    "map",
    "embed",
    "param",
    "source",
    "track",
    "wbr",
    "keygen",
    "base",
    "link",
    "meta",
    "bgsound",
    "basefont",
];

const WORDS: &[&str] = &[
    "The minister said ",
    "\u{201c}We will not accept it,\u{201d} ",
    "Peskov told reporters. ",
    "according to officials, ",
    "\u{ab}Nous refusons\u{bb}, a-t-il dit. ",
    " ",
    "\n",
    "word",
    "\"quoted\" ",
    "'",
    "\u{ad}",
    "\u{fffd}",
];

const PIECES: &[&str] = &[
    "<!-->",
    "<!--->",
    "<!--",
    "-->",
    "--!>",
    "<!-- c -->",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html>",
    "<?xml x?>",
    "<!x>",
    "</>",
    "</ 3>",
    "<",
    "</",
    "<a",
    "\"",
    "=",
    "/>",
    ">",
    "&amp;",
    "&lt;",
    "&notit;",
    "&#x41;",
    "&#0;",
    "&#1234567890;",
    "&",
    "&#x80;",
    "&copy",
    "\0",
    "\r\n",
    "<annotation-xml encoding=\"text/html\">",
    "<font color=red>",
    "<a href=\"x\">",
    "<b id=1>",
    "<p style=\"display:none\">",
    "<div hidden>",
    "<div aria-hidden=true>",
    "<nav>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>",
    "<meta property=\"og:title\" content=\"T\">",
    "<time datetime=\"2025-12-03\">",
];

/// A page written by a tiny program: each byte of `data` is an operation
/// (open, close or self-close a tag from a list of the elements with
/// special parsing rules, text, comments, CDATA, character references,
/// attributes, broken syntax), and one operation repeats what was written
/// since a mark up to tens of thousands of times. So a fuzzer finds deep,
/// unbalanced and repetitive markup of megabytes from inputs of a few
/// dozen bytes, which byte-level mutation of a page rarely reaches.
pub fn markup_from_ops(data: &[u8]) -> String {
    let mut out = String::new();
    let mut mark = 0usize;
    let mut bytes = data.iter().copied();
    let mut next = move || bytes.next();
    while let Some(op) = next() {
        if out.len() >= MAX_GENERATED {
            break;
        }
        let arg = next().unwrap_or(0) as usize;
        match op % 12 {
            0 => {
                out.push('<');
                out.push_str(TAGS[arg % TAGS.len()]);
                out.push('>');
            }
            1 => {
                out.push_str("</");
                out.push_str(TAGS[arg % TAGS.len()]);
                out.push('>');
            }
            2 => {
                out.push('<');
                out.push_str(TAGS[arg % TAGS.len()]);
                out.push_str("/>");
            }
            3 => out.push_str(WORDS[arg % WORDS.len()]),
            4 => out.push_str(PIECES[arg % PIECES.len()]),
            5 => {
                // a tag with many attributes, repeated or distinct
                out.push_str("<p");
                for i in 0..(arg * 8) {
                    out.push_str(&format!(" a{}=\"v\"", if op & 0x10 != 0 { i } else { 0 }));
                }
                out.push('>');
            }
            6 => {
                // an attribute with a long value
                out.push_str("<p title=\"");
                out.extend(std::iter::repeat_n('x', arg * arg * 4));
                out.push_str("\">");
            }
            7 => mark = out.len(),
            8 => {
                // repeat what was written since the mark, 2^k times
                let piece = out[mark.min(out.len())..].to_string();
                if !piece.is_empty() {
                    let times = 1usize << (arg % 17);
                    let room = (MAX_GENERATED.saturating_sub(out.len())) / piece.len();
                    for _ in 0..times.min(room) {
                        out.push_str(&piece);
                    }
                }
            }
            9 => {
                // distinct tag names
                for i in 0..(arg * 64) {
                    out.push_str(&format!("<t{i}>"));
                }
            }
            10 => out.push(char::from(arg as u8)),
            _ => {
                out.push_str(TAGS[arg % TAGS.len()]);
                out.push(' ');
            }
        }
    }
    out
}

/// Bytes as a session file: parses or gives an error; what parses saves and
/// parses again to the same session.
pub fn session_load(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = Path::new("fuzz.ron");
    if let Ok(session) = Session::from_ron(path, text) {
        let again = Session::from_ron(path, &session.to_ron()).expect("a loaded session saves to a loadable file");
        assert!(again == session, "save then load changed the session");
    }
}
