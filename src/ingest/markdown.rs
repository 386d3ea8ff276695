//! Markdown articles: the prose without the markup.
//!
//! Markup characters would end up inside quotes and sentences and confuse
//! extraction, so the document is parsed (pulldown-cmark, CommonMark) and
//! only its text is written out: blocks as paragraphs separated by a blank
//! line, list items one per line, soft line breaks as spaces. Images and raw
//! HTML are dropped: neither is prose the author wrote for the reader.
//! Smart punctuation stays off, so quotes and apostrophes are exactly the
//! characters in the file; attribution depends on which quote marks were
//! used.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::article::{Parsed, SourceFormat};

use super::dates::normalise_meta_date;
use super::text::find_date;
use super::writer::TextWriter;
use super::{cap_title, prepend_title};

/// An article from decoded Markdown; `None` when no text is left.
pub(crate) fn parse_markdown(source: &str, markdown: &str) -> Option<Parsed> {
    let (front, body) = split_front_matter(markdown);
    let (text, first_heading) = markdown_to_text(body);
    if text.is_empty() {
        return None;
    }
    let front_title = front.title.filter(|t| !t.is_empty());
    let text = match &front_title {
        // The headline lives only in the front matter: put it on top, as a
        // plain-text article would have it, so extraction sees it.
        Some(title) => prepend_title(title, text),
        None => text,
    };
    let title = front_title.or(first_heading).unwrap_or_else(|| text.lines().next().unwrap_or("").trim().to_string());
    let date = front.date.as_deref().and_then(normalise_meta_date).or_else(|| find_date(&text));
    Some(Parsed {
        source: source.to_string(),
        title: cap_title(&title),
        outlet: front.outlet.unwrap_or_default(),
        date,
        format: SourceFormat::Markdown,
        text,
    })
}

/// Metadata from a YAML-style block at the top of the file.
#[derive(Debug, Default, PartialEq, Eq)]
struct FrontMatter {
    title: Option<String>,
    date: Option<String>,
    outlet: Option<String>,
}

/// Splits off `---`-fenced front matter. Only simple `key: value` lines are
/// read (a YAML parser would be a dependency for three fields), and the
/// block only counts as front matter if its first line is such a pair, so a
/// document that opens with a thematic break keeps its text.
fn split_front_matter(markdown: &str) -> (FrontMatter, &str) {
    let mut front = FrontMatter::default();
    let Some(first_end) = markdown.find('\n') else {
        return (front, markdown);
    };
    if markdown[..first_end].trim_end() != "---" {
        return (front, markdown);
    }
    let mut pos = first_end + 1;
    let mut saw_pair = false;
    while pos < markdown.len() {
        let end = markdown[pos..].find('\n').map_or(markdown.len(), |i| pos + i + 1);
        let line = markdown[pos..end].trim_end();
        pos = end;
        if line == "---" || line == "..." {
            return if saw_pair { (front, &markdown[pos..]) } else { (FrontMatter::default(), markdown) };
        }
        let Some((key, value)) = line.split_once(':') else {
            if saw_pair || line.is_empty() {
                continue;
            }
            return (FrontMatter::default(), markdown);
        };
        let key = key.trim().to_ascii_lowercase();
        if !saw_pair && (key.is_empty() || key.contains(char::is_whitespace)) {
            return (FrontMatter::default(), markdown);
        }
        saw_pair = true;
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        let slot = match key.as_str() {
            "title" | "headline" => &mut front.title,
            "date" | "published" | "pubdate" => &mut front.date,
            "outlet" | "source" | "publisher" | "site" | "site_name" => &mut front.outlet,
            _ => continue,
        };
        slot.get_or_insert_with(|| value.to_string());
    }
    (FrontMatter::default(), markdown)
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    value
}

/// Markdown is parsed in pieces of about this size. pulldown-cmark builds
/// the tree of a whole document before it yields anything, and on
/// pathological input (20 MB of `[a](`) that tree took a gigabyte; pieces
/// keep it to tens of megabytes. Articles are far smaller, and are parsed
/// whole.
const PIECE: usize = 1024 * 1024;

/// The text of a Markdown document and its first heading.
fn markdown_to_text(markdown: &str) -> (String, Option<String>) {
    let mut w = TextWriter::new();
    let mut first_heading: Option<String> = None;
    for piece in pieces(markdown, PIECE) {
        w.paragraph_break();
        let heading = piece_to_text(piece, &mut w, first_heading.is_none());
        first_heading = first_heading.or(heading);
    }
    (w.finish(), first_heading)
}

/// `markdown` cut into pieces of `size` to `2 * size` bytes, each ending
/// at a blank line outside a fenced code block where there is one (so
/// blocks stay whole), else at the end of a line, else after whitespace,
/// else anywhere between two characters.
fn pieces(markdown: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = markdown;
    while rest.len() > 2 * size {
        let cut = blank_line_after(rest, size, 2 * size)
            .or_else(|| rest[..2 * size].rfind('\n').map(|i| i + 1).filter(|&i| i > 0))
            .or_else(|| rest[..2 * size].rfind(char::is_whitespace).map(|i| i + 1).filter(|&i| i > 0))
            .unwrap_or_else(|| (0..=2 * size).rev().find(|&i| rest.is_char_boundary(i)).unwrap_or(rest.len()));
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    out.push(rest);
    out
}

/// The end of the first blank line that starts between `from` and `to`
/// and is not inside a fenced code block (fences counted from the start).
fn blank_line_after(text: &str, from: usize, to: usize) -> Option<usize> {
    let mut fence: Option<&str> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if start >= to {
            return None;
        }
        let trimmed = line.trim_start_matches(' ');
        let indent = line.len() - trimmed.len();
        if indent <= 3 {
            for marker in ["```", "~~~"] {
                if trimmed.starts_with(marker) {
                    match fence {
                        None => fence = Some(marker),
                        Some(open) if open == marker => fence = None,
                        Some(_) => {}
                    }
                }
            }
        }
        if start >= from && fence.is_none() && line.trim().is_empty() && at <= to {
            return Some(at);
        }
    }
    None
}

/// Writes the text of one piece; returns its first heading if `want_heading`.
fn piece_to_text(markdown: &str, w: &mut TextWriter, want_heading: bool) -> Option<String> {
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    let mut first_heading: Option<String> = None;
    let mut heading: Option<TextWriter> = None;
    // Inside an image or an HTML block nothing is written.
    let mut hidden = 0usize;
    let mut items = 0usize;
    let mut in_code = false;

    for event in Parser::new_ext(markdown, options) {
        if hidden > 0 {
            match event {
                Event::Start(Tag::Image { .. } | Tag::HtmlBlock) => hidden += 1,
                Event::End(TagEnd::Image | TagEnd::HtmlBlock) => hidden -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Image { .. } | Tag::HtmlBlock) => hidden += 1,
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {
                if items > 0 {
                    w.line_break();
                } else {
                    w.paragraph_break();
                }
            }
            Event::Start(Tag::Heading { .. }) => {
                w.paragraph_break();
                if want_heading && first_heading.is_none() {
                    heading = Some(TextWriter::new());
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                w.paragraph_break();
                if let Some(h) = heading.take() {
                    let h = h.finish();
                    if !h.is_empty() {
                        first_heading = Some(h);
                    }
                }
            }
            Event::Start(Tag::List(_)) | Event::End(TagEnd::List(_)) => {
                if items > 0 {
                    w.line_break();
                } else {
                    w.paragraph_break();
                }
            }
            Event::Start(Tag::Item) => {
                items += 1;
                w.line_break();
            }
            Event::End(TagEnd::Item) => {
                items = items.saturating_sub(1);
                w.line_break();
            }
            Event::Start(Tag::CodeBlock(_)) => {
                in_code = true;
                w.paragraph_break();
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                w.paragraph_break();
            }
            Event::Start(Tag::BlockQuote(_) | Tag::Table(_) | Tag::FootnoteDefinition(_) | Tag::DefinitionList)
            | Event::End(TagEnd::BlockQuote(_) | TagEnd::Table | TagEnd::FootnoteDefinition | TagEnd::DefinitionList)
            | Event::Rule => w.paragraph_break(),
            Event::Start(Tag::TableHead | Tag::TableRow | Tag::DefinitionListTitle | Tag::DefinitionListDefinition)
            | Event::End(
                TagEnd::TableHead | TagEnd::TableRow | TagEnd::DefinitionListTitle | TagEnd::DefinitionListDefinition,
            )
            | Event::HardBreak => w.line_break(),
            Event::End(TagEnd::TableCell) | Event::SoftBreak => w.space(),
            Event::Text(text) if in_code => w.push_verbatim(&text),
            Event::Text(text) | Event::Code(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                w.push_collapsed(&text);
                if let Some(h) = heading.as_mut() {
                    h.push_collapsed(&text);
                }
            }
            // Raw HTML, footnote markers, task boxes, and the inline
            // wrappers (emphasis, links) whose text arrives as Text.
            _ => {}
        }
    }
    first_heading
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_documents_are_parsed_in_pieces_that_keep_blocks_whole() {
        let para = "The minister said the talks had been useful.\n\n";
        let fenced = format!("```\n{}```\n\n", "let x = 1;\n\n".repeat(10));
        let doc = format!("# Title\n\n{}{fenced}{}", para.repeat(40), para.repeat(40));
        let cut = pieces(&doc, 1000);
        assert!(cut.len() > 2);
        assert_eq!(cut.concat(), doc);
        // every piece but the last ends at a blank line, none inside the fence
        for p in &cut[..cut.len() - 1] {
            assert!(p.ends_with("\n\n"), "{p:?}");
            assert_eq!(p.matches("```").count() % 2, 0, "{p:?}");
        }
        // one line of 10,000 bytes: cut between words
        let line = "word ".repeat(2_000);
        let cut = pieces(&line, 1000);
        assert!(cut.iter().all(|p| p.len() <= 2000 && (p.ends_with(' ') || p.len() < 1000)));
        assert_eq!(cut.concat(), line);
        // no whitespace at all, multi-byte: cut between characters
        let word = "é".repeat(5_000);
        let cut = pieces(&word, 1000);
        assert_eq!(cut.concat(), word);
    }

    #[test]
    fn pieces_read_like_the_whole() {
        let para = "The minister said the talks had been useful.\n\n- one\n- two\n\n";
        let doc = format!("# Title\n\n{}", para.repeat(200));
        let whole = {
            let mut w = TextWriter::new();
            let h = piece_to_text(&doc, &mut w, true);
            (w.finish(), h)
        };
        let mut w = TextWriter::new();
        let mut heading = None;
        for p in pieces(&doc, 500) {
            w.paragraph_break();
            let h = piece_to_text(p, &mut w, heading.is_none());
            heading = heading.or(h);
        }
        assert_eq!((w.finish(), heading), whole);
    }

    fn text(md: &str) -> String {
        markdown_to_text(md).0
    }

    #[test]
    fn blocks_become_paragraphs_and_markup_goes() {
        let md = "# Envoys *meet*\n\nThe minister said the talks were\n**useful** and [constructive](https://example.org).\n\n## Next steps\n\n- first item\n- second `item`\n\nAfter the list.\n";
        assert_eq!(
            text(md),
            "Envoys meet\n\nThe minister said the talks were useful and constructive.\n\nNext steps\n\nfirst item\nsecond item\n\nAfter the list."
        );
    }

    #[test]
    fn images_and_html_blocks_are_dropped_code_is_kept() {
        let md = "Intro ![a photo of the summit](summit.jpg) text.\n\n<div class=\"ad\">\nBuy now\n</div>\n\n```\nquoted code\n  indented\n```\n\nEnd <span>inline</span> here.\n";
        assert_eq!(text(md), "Intro text.\n\nquoted code\n  indented\n\nEnd inline here.");
    }

    #[test]
    fn typographic_quotes_are_kept_as_written() {
        let md = "He said \"no\" -- and 'maybe'... \u{201c}Never,\u{201d} she said; it\u{2019}s over.";
        assert_eq!(text(md), md);
    }

    #[test]
    fn nested_and_loose_lists_one_item_per_line() {
        let md = "- one\n\n- two\n  - two a\n- three\n";
        assert_eq!(text(md), "one\ntwo\ntwo a\nthree");
    }

    #[test]
    fn blockquotes_and_hard_breaks() {
        let md = "> \u{201c}We will not yield,\u{201d} he said.\n\nLine one  \nline two";
        assert_eq!(text(md), "\u{201c}We will not yield,\u{201d} he said.\n\nLine one\nline two");
    }

    #[test]
    fn front_matter_fills_metadata_and_is_not_text() {
        let md = "---\ntitle: \"Summit ends without deal\"\ndate: 2025-12-03\noutlet: Daily Planet\ntags: [nato]\n---\nThe summit ended late on Wednesday.\n";
        let a = parse_markdown("news/summit.md", md).unwrap();
        assert_eq!(a.title, "Summit ends without deal");
        assert_eq!(a.date.as_deref(), Some("2025-12-03"));
        assert_eq!(a.outlet, "Daily Planet");
        assert_eq!(a.format, SourceFormat::Markdown);
        assert_eq!(a.text, "Summit ends without deal\n\nThe summit ended late on Wednesday.");
        assert!(!a.text.contains("outlet"));
    }

    #[test]
    fn publisher_and_source_keys_name_the_outlet() {
        let (fm, body) = split_front_matter("---\npublisher: Wire One\nsource: ignored\n---\nBody");
        assert_eq!(fm.outlet.as_deref(), Some("Wire One"));
        assert_eq!(body, "Body");
        let (fm, _) = split_front_matter("---\nsource: 'Wire Two'\n---\nBody");
        assert_eq!(fm.outlet.as_deref(), Some("Wire Two"));
    }

    #[test]
    fn a_thematic_break_is_not_front_matter() {
        let md = "---\nJust a line of text.\n---\nMore.";
        let (fm, body) = split_front_matter(md);
        assert_eq!(fm, FrontMatter::default());
        assert_eq!(body, md);
    }

    #[test]
    fn title_is_first_heading_else_first_line() {
        let a = parse_markdown("a.md", "Intro line.\n\n## The heading\n\nBody.").unwrap();
        assert_eq!(a.title, "The heading");
        assert_eq!(a.text, "Intro line.\n\nThe heading\n\nBody.");
        let b = parse_markdown("b.md", "First line\nsecond line.\n\nBody.").unwrap();
        assert_eq!(b.title, "First line second line.");
    }

    #[test]
    fn dateline_in_body_gives_date_without_front_matter() {
        let a = parse_markdown("a.md", "# Title\n\nMOSCOW, October 14. The ministry said.").unwrap();
        assert_eq!(a.date.as_deref(), Some("October 14"));
    }

    #[test]
    fn nothing_but_an_image_is_no_article() {
        assert!(parse_markdown("a.md", "![only a picture](p.png)\n<div>x</div>\n").is_none());
    }

    #[test]
    fn deep_blockquote_nesting_is_safe_on_a_small_stack() {
        let md = format!("{} deep\n", ">".repeat(10_000));
        let out = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || markdown_to_text(&md).0)
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(out, "deep");
    }
}
