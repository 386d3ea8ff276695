//! HTML articles: the story, not the page around it.
//!
//! A saved news page is mostly navigation, adverts, scripts and related
//! links. Page chrome marked up as such (`<nav>`, `<aside>`, `<footer>`, a
//! `<header>` outside the article, and their ARIA roles) is removed first:
//! on a short page Readability finds no clear winner and returns the whole
//! body, menus included. The article body is then found with `dom_smoothie`
//! (a port of Firefox's Reader View, `Readability.js`); if it finds
//! nothing, the text of what is left of `<body>` is used. Either way the
//! chosen HTML is turned into text by [`element_text`], not by
//! `dom_smoothie`'s own text modes: its raw mode keeps the source's
//! whitespace and its formatted mode can separate a paragraph from the text
//! before it with a single newline, while extraction wants exactly one blank
//! line between paragraphs.
//!
//! Safety: nothing is fetched or run, and nothing a page does can make
//! reading it slow or deep. The page is parsed by [`super::dom`], our own
//! bounded parser, in time linear in its length into a tree at most
//! [`dom::MAX_DEPTH`] levels deep and [`dom::MAX_ELEMENTS`] elements big;
//! `dom_smoothie` only reads and rewrites that tree (it gets no document
//! URL, so it does not even resolve links), and scripts, styles, frames and
//! the like never contribute text. Readability's scoring revisits a node's
//! text for its ancestors, so it runs only on pages of ordinary size
//! ([`READABILITY_MAX_ELEMENTS`], [`READABILITY_MAX_TEXT`],
//! [`READABILITY_MAX_TEXT_DEPTH`], [`READABILITY_MAX_ELEMENT_DEPTH`]);
//! bigger ones are read by
//! [`element_text`], which visits each node once.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability, TextMode};

use super::dom;

use crate::article::{Parsed, SourceFormat};

use super::dates::normalise_meta_date;
use super::text::find_date;
use super::writer::TextWriter;
use super::{cap_title, prepend_title};

/// Pages with more elements than this skip Readability and are read
/// whole (after removing marked chrome). News pages have a few thousand.
pub(crate) const READABILITY_MAX_ELEMENTS: usize = 30_000;
/// Pages with more text than this (scripts and styles included) skip
/// Readability too. A long article is 100 KB of text.
pub(crate) const READABILITY_MAX_TEXT: usize = 2 * 1024 * 1024;
/// And so do pages whose text, weighted by its depth in the tree, passes
/// this: Readability gathers the text of each candidate element and its
/// ancestors, so its work grows with both. A long article on a heavy page
/// comes to a few million.
pub(crate) const READABILITY_MAX_TEXT_DEPTH: u64 = 32 * 1024 * 1024;
/// And pages whose elements, each weighted by its depth, pass this:
/// Readability looks through the descendants of each candidate, so
/// thousands of empty elements under hundreds of levels cost it their
/// product (16,000 `<basefont>` 250 levels deep, 620 KB, took 1.6 s). A
/// page of 30,000 elements at an average depth of 30 comes to 900,000.
pub(crate) const READABILITY_MAX_ELEMENT_DEPTH: u64 = 1024 * 1024;

/// Whether Readability runs on a page that parsed to `stats`.
fn readability_affordable(stats: &dom::Stats) -> bool {
    stats.elements <= READABILITY_MAX_ELEMENTS
        && stats.text_bytes <= READABILITY_MAX_TEXT
        && stats.text_depth <= READABILITY_MAX_TEXT_DEPTH
        && stats.element_depth <= READABILITY_MAX_ELEMENT_DEPTH
}

/// Why an HTML page gave no article.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum HtmlProblem {
    NoText,
    /// Stopped because the caller asked.
    Interrupted,
}

/// An article from a decoded HTML page.
///
/// The title becomes the first line of the text unless the body already
/// starts with it: Readability drops a headline that repeats the page title,
/// and extraction should see the headline as it does in a plain-text copy
/// of the story.
pub(crate) fn parse_html(source: &str, html: &str, interrupted: &dyn Fn() -> bool) -> Result<Parsed, HtmlProblem> {
    let parsed = dom::parse(html, interrupted).ok_or(HtmlProblem::Interrupted)?;
    let document = parsed.document;
    let meta = PageMeta::read(&document);
    remove_chrome(&document);
    let ordinary = readability_affordable(&parsed.stats);
    let mut body = String::new();
    if ordinary {
        if interrupted() {
            return Err(HtmlProblem::Interrupted);
        }
        body = readable_text(document.clone());
    }
    if body.is_empty() {
        if interrupted() {
            return Err(HtmlProblem::Interrupted);
        }
        body = fallback_text(&document);
    }
    if body.is_empty() {
        return Err(HtmlProblem::NoText);
    }
    let title = meta.title.as_deref().map(cap_title).unwrap_or_default();
    let text = if title.is_empty() { body } else { prepend_title(&title, body) };
    let title = if title.is_empty() { cap_title(text.lines().next().unwrap_or("")) } else { title };
    let date = meta.date.or_else(|| find_date(&text));
    Ok(Parsed {
        source: source.to_string(),
        title,
        outlet: meta.outlet.unwrap_or_default(),
        date,
        format: SourceFormat::Html,
        text,
    })
}

/// The main content as found by Readability, as text; empty if none.
fn readable_text(document: Document) -> String {
    let config = Config {
        // The text is built from the article's node below; raw is the
        // cheapest mode.
        text_mode: TextMode::Raw,
        // a second guard; parse_html checks the size first
        max_elements_to_parse: READABILITY_MAX_ELEMENTS + 16,
        ..Config::default()
    };
    let Ok(mut readability) = Readability::with_document(document, None, Some(config)) else {
        return String::new();
    };
    if readability.parse().is_err() {
        return String::new();
    }
    // the article's own node, rather than its serialised HTML parsed again
    let content = readability.doc.select_single("#readability-page-1");
    content.nodes().first().map(|n| element_text(*n)).unwrap_or_default()
}

/// The text of `<body>` (after [`remove_chrome`]).
fn fallback_text(document: &Document) -> String {
    let root = document.body().unwrap_or_else(|| document.root());
    element_text(root)
}

/// Removes what the page itself marks as not being the content: menus,
/// sidebars, footers, and headers outside the article (a header inside it
/// holds the headline). Pull quotes in an `<aside>` go too; they repeat
/// quotes from the text and would be found twice.
fn remove_chrome(document: &Document) {
    document
        .select(
            "nav, aside, menu, footer, [role=navigation], [role=complementary], \
             [role=contentinfo], [role=search]",
        )
        .remove();
    for header in document.select("header, [role=banner]").nodes() {
        let in_article = header.ancestors_it(None).any(|a| a.has_name("article") || a.has_name("main"));
        if !in_article {
            header.remove_from_parent();
        }
    }
}

/// How an element shapes the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Contributes nothing, children included.
    Skip,
    /// A paragraph of its own.
    Block,
    /// Ends a line (list items, table rows, `<br>`).
    Line,
    /// Separated from its neighbours by a space (table cells).
    Cell,
    /// Whitespace inside is content.
    Pre,
    /// Part of the running text.
    Inline,
}

fn shape(name: &str) -> Shape {
    match name {
        // Never prose: code, styling, embedded documents, media, forms.
        "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "frame" | "frameset"
        | "noframes" | "object" | "embed" | "applet" | "canvas" | "audio" | "video" | "picture" | "img" | "source"
        | "track" | "map" | "area" | "head" | "title" | "meta" | "link" | "base" | "button" | "input" | "select"
        | "option" | "optgroup" | "datalist" | "textarea" | "dialog" => Shape::Skip,
        "p" | "div" | "section" | "article" | "main" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote"
        | "ul" | "ol" | "dl" | "table" | "figure" | "figcaption" | "header" | "footer" | "aside" | "nav"
        | "address" | "hr" | "details" | "summary" | "fieldset" | "legend" | "center" | "caption" | "hgroup"
        | "form" | "menu" | "body" | "html" => Shape::Block,
        "li" | "dt" | "dd" | "tr" | "br" => Shape::Line,
        "td" | "th" => Shape::Cell,
        "pre" | "listing" | "xmp" | "plaintext" => Shape::Pre,
        _ => Shape::Inline,
    }
}

/// Elements hidden from readers are not part of what they read.
fn is_hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
        || node.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            let s = s.to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// Text of a subtree: paragraphs separated by a blank line, whitespace
/// collapsed inside them. Iterative, so the stack does not grow with depth.
fn element_text(root: NodeRef) -> String {
    enum Step<'a> {
        Open(NodeRef<'a>),
        Close(Shape),
    }
    let mut w = TextWriter::new();
    let mut pre_depth = 0usize;
    let mut steps = vec![Step::Open(root)];
    while let Some(step) = steps.pop() {
        let node = match step {
            Step::Open(node) => node,
            Step::Close(shape) => {
                match shape {
                    Shape::Block => w.paragraph_break(),
                    Shape::Line => w.line_break(),
                    Shape::Cell => w.space(),
                    Shape::Pre => {
                        pre_depth -= 1;
                        w.paragraph_break();
                    }
                    Shape::Skip | Shape::Inline => {}
                }
                continue;
            }
        };
        if node.is_text() {
            let mut text = node.text();
            if text.contains('\u{ad}') {
                // Soft hyphens are invisible hints that split names in two.
                text = text.replace('\u{ad}', "").into();
            }
            if pre_depth > 0 {
                w.push_verbatim(&text);
            } else {
                w.push_collapsed(&text);
            }
            continue;
        }
        let shape = if node.is_element() {
            let Some(shape) = node.qual_name_ref().map(|q| shape(&q.local)) else {
                continue;
            };
            if shape == Shape::Skip || is_hidden(&node) {
                continue;
            }
            shape
        } else if node.is_document() || node.is_fragment() {
            Shape::Inline
        } else {
            // Comments, doctypes, processing instructions.
            continue;
        };
        match shape {
            Shape::Block => w.paragraph_break(),
            Shape::Line => w.line_break(),
            Shape::Cell => w.space(),
            Shape::Pre => {
                pre_depth += 1;
                w.paragraph_break();
            }
            Shape::Skip | Shape::Inline => {}
        }
        steps.push(Step::Close(shape));
        steps.extend(node.children_it(true).map(Step::Open));
    }
    w.finish()
}

/// What the page says about itself.
#[derive(Debug, Default, PartialEq, Eq)]
struct PageMeta {
    title: Option<String>,
    date: Option<String>,
    outlet: Option<String>,
}

impl PageMeta {
    fn read(document: &Document) -> PageMeta {
        let metas = MetaTags::read(document);
        let ld = JsonLd::read(document);

        let outlet = metas.get(&["og:site_name"]).or(ld.publisher.clone()).or_else(|| metas.get(&["application-name"]));

        let title_tag = clean(&document.select_single("head title").text());
        let h1 = clean(&document.select_single("h1").text());
        let title = metas
            .get(&["og:title", "twitter:title"])
            .or(ld.headline.clone())
            .or_else(|| {
                // A page title is "Headline | Site" more often than not; the
                // <h1> is the headline when the title starts with it.
                match (&title_tag, &h1) {
                    (Some(t), Some(h)) if t.len() > h.len() && t.starts_with(h.as_str()) => Some(h.clone()),
                    _ => title_tag.clone(),
                }
            })
            .or(h1)
            .map(|t| strip_site_suffix(&t, outlet.as_deref()));

        let date = metas
            .get(&["article:published_time"])
            .or(ld.date_published.clone())
            .or_else(|| {
                metas.get(&[
                    "date",
                    "pubdate",
                    "publishdate",
                    "publish-date",
                    "publish_date",
                    "dc.date",
                    "dc.date.issued",
                    "dcterms.date",
                    "dcterms.issued",
                    "dcterms.created",
                    "datepublished",
                    "og:published_time",
                    "sailthru.date",
                    "parsely-pub-date",
                ])
            })
            .or_else(|| document.select_single("time[datetime]").attr("datetime").map(|d| d.to_string()))
            .and_then(|d| normalise_meta_date(&d));

        PageMeta { title: title.filter(|t| !t.is_empty()), date, outlet: outlet.filter(|o| !o.is_empty()) }
    }
}

/// `<meta>` values by lower-cased `property`, `name` or `itemprop`.
struct MetaTags(Vec<(String, String)>);

impl MetaTags {
    fn read(document: &Document) -> MetaTags {
        let mut pairs = Vec::new();
        for node in document.select("meta[content]").nodes() {
            let Some(content) = node.attr("content").and_then(|c| clean(&c)) else {
                continue;
            };
            for key_attr in ["property", "name", "itemprop"] {
                if let Some(key) = node.attr(key_attr) {
                    pairs.push((key.trim().to_ascii_lowercase(), content.clone()));
                }
            }
        }
        MetaTags(pairs)
    }

    /// The first value for the first key present, in the keys' order.
    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.0.iter().find(|(key, _)| key == k)).map(|(_, v)| v.clone())
    }
}

/// The fields we use from schema.org JSON-LD blocks.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    date_published: Option<String>,
    publisher: Option<String>,
}

impl JsonLd {
    fn read(document: &Document) -> JsonLd {
        let mut objects = Vec::new();
        for node in document.select(r#"script[type="application/ld+json"]"#).nodes() {
            let text = node.text();
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(text.trim()) {
                flatten_ld(value, &mut objects, 0);
            }
        }
        // Article objects first: a page also describes its site, its
        // breadcrumbs and its organisation.
        objects.sort_by_key(|o| !is_article_type(o));
        let mut ld = JsonLd::default();
        for o in &objects {
            let string = |key: &str| o.get(key).and_then(|v| v.as_str()).and_then(clean);
            ld.headline = ld.headline.take().or_else(|| string("headline"));
            ld.date_published = ld.date_published.take().or_else(|| string("datePublished"));
            ld.publisher = ld.publisher.take().or_else(|| match o.get("publisher") {
                Some(serde_json::Value::String(s)) => clean(s),
                Some(serde_json::Value::Object(p)) => p.get("name").and_then(|v| v.as_str()).and_then(clean),
                _ => None,
            });
        }
        ld
    }
}

/// Collects the objects of a JSON-LD value (arrays and `@graph` included).
/// Depth is capped: the JSON came from the page and only the top matters.
fn flatten_ld(value: serde_json::Value, out: &mut Vec<serde_json::Map<String, serde_json::Value>>, depth: usize) {
    if depth > 3 {
        return;
    }
    match value {
        serde_json::Value::Array(items) => {
            for item in items {
                flatten_ld(item, out, depth + 1);
            }
        }
        serde_json::Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten_ld(graph, out, depth + 1);
            }
            out.push(map);
        }
        _ => {}
    }
}

fn is_article_type(o: &serde_json::Map<String, serde_json::Value>) -> bool {
    let is = |t: &str| t.contains("Article") || t.contains("Posting") || t == "Report";
    match o.get("@type") {
        Some(serde_json::Value::String(t)) => is(t),
        Some(serde_json::Value::Array(ts)) => ts.iter().filter_map(|t| t.as_str()).any(is),
        _ => false,
    }
}

/// Whitespace collapsed and trimmed; `None` when nothing is left.
fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// "Headline | Site" → "Headline" when "Site" is the outlet's name.
fn strip_site_suffix(title: &str, outlet: Option<&str>) -> String {
    let Some(outlet) = outlet.filter(|o| !o.is_empty()) else {
        return title.to_string();
    };
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{b7} ", " \u{bb} "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && tail.trim().to_lowercase() == outlet.to_lowercase()
            && !head.trim().is_empty()
        {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "<p>GENEVA, Dec 3 - The foreign minister said on Wednesday that \
        the talks had been &ldquo;difficult but necessary&rdquo; and that a second round would \
        follow in January, according to officials briefed on the meeting.</p>\n\
        <p>&laquo;Nous restons ouverts au dialogue&raquo;, a-t-il dit.   The envoy   added that \
        no agreement on the border question had been reached, and that both delegations would \
        report back to their capitals before the next session.</p>\n\
        <p>Observers noted that the atmosphere was calmer than at the previous meeting, when \
        the delegations left the hall after a dispute over the agenda.</p>";

    fn page(head: &str, body: &str) -> String {
        format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>\
             <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\
             <header><div class=\"logo\">Daily Planet</div></header>\
             <main><article>{body}</article></main>\
             <aside class=\"sidebar\"><h3>Most read</h3><ul><li>Celebrity news</li></ul></aside>\
             <footer><p>Copyright Daily Planet. All rights reserved.</p></footer>\
             </body></html>"
        )
    }

    fn read(source: &str, html: &str) -> Result<Parsed, HtmlProblem> {
        parse_html(source, html, &|| false)
    }

    fn document(html: &str) -> Document {
        dom::parse(html, &|| false).unwrap().document
    }

    fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        std::thread::Builder::new().stack_size(2 * 1024 * 1024).spawn(f).unwrap().join().unwrap()
    }

    #[test]
    fn article_body_without_chrome_in_clean_paragraphs() {
        let html = page("<title>Talks in Geneva</title>", BODY);
        let a = read("saved/geneva.html", &html).unwrap();
        let paragraphs: Vec<&str> = a.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 4, "{:?}", a.text);
        assert_eq!(paragraphs[0], "Talks in Geneva");
        assert!(paragraphs[1].starts_with("GENEVA, Dec 3 - The foreign minister"));
        assert!(paragraphs[1].contains("\u{201c}difficult but necessary\u{201d}"));
        assert!(paragraphs[2].starts_with("\u{ab}Nous restons ouverts au dialogue\u{bb}, a-t-il dit. The envoy added"));
        for junk in ["Home", "Most read", "Celebrity", "Copyright", "Daily Planet"] {
            assert!(!a.text.contains(junk), "{junk} in {:?}", a.text);
        }
        assert!(!a.text.contains("  "));
        assert_eq!(a.title, "Talks in Geneva");
        assert_eq!(a.date.as_deref(), Some("Dec 3"));
        assert_eq!(a.format, SourceFormat::Html);
    }

    #[test]
    fn metadata_from_meta_tags() {
        let head = r#"<title>Talks in Geneva | Daily Planet</title>
            <meta property="og:site_name" content="Daily Planet">
            <meta property="article:published_time" content="2025-12-03T09:30:00+01:00">"#;
        let a = read("p.html", &page(head, BODY)).unwrap();
        assert_eq!(a.title, "Talks in Geneva");
        assert_eq!(a.outlet, "Daily Planet");
        assert_eq!(a.date.as_deref(), Some("2025-12-03"));
        assert!(a.text.starts_with("Talks in Geneva\n\nGENEVA, Dec 3"));
    }

    #[test]
    fn metadata_from_og_title_meta_date_and_application_name() {
        let head = r#"<title>Something else entirely</title>
            <meta property="og:title" content="Envoys meet &amp; talk - Wire Service">
            <meta name="application-name" content="Wire Service">
            <meta name="pubdate" content="20251203">
            <meta name="date" content="3 December 2025">"#;
        let a = read("p.html", &page(head, BODY)).unwrap();
        assert_eq!(a.title, "Envoys meet & talk");
        assert_eq!(a.outlet, "Wire Service");
        assert_eq!(a.date.as_deref(), Some("2025-12-03"));
    }

    #[test]
    fn metadata_from_json_ld_and_time_element() {
        let head = r#"<script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":"NewsArticle","headline":"Ministers disagree on border",
               "datePublished":"2025-11-30T18:00:00Z",
               "publisher":{"@type":"Organization","name":"Evening Ledger"}}]}
            </script>"#;
        let a = read("p.html", &page(head, BODY)).unwrap();
        assert_eq!(a.title, "Ministers disagree on border");
        assert_eq!(a.outlet, "Evening Ledger");
        assert_eq!(a.date.as_deref(), Some("2025-11-30"));

        let body = format!("<h1>Border row</h1><time datetime=\"2025-10-14\">Oct 14</time>{BODY}");
        let b = read("p.html", &page("", &body)).unwrap();
        assert_eq!(b.date.as_deref(), Some("2025-10-14"));
        assert_eq!(b.title, "Border row");
        assert!(b.text.starts_with("Border row\n\n"), "{:?}", b.text);
        assert_eq!(b.text.matches("Border row").count(), 1);
    }

    #[test]
    fn title_is_not_repeated_when_body_starts_with_it() {
        let body = format!("<h1>Talks in Geneva</h1><p>By Staff</p>{BODY}");
        let a = read("p.html", &page("<title>Talks in Geneva</title>", &body)).unwrap();
        assert_eq!(a.text.matches("Talks in Geneva").count(), 1, "{:?}", a.text);
        assert!(a.text.starts_with("Talks in Geneva\n\n"));
    }

    #[test]
    fn page_title_with_site_suffix_gives_way_to_the_h1() {
        let body = format!("<h1>Talks in Geneva</h1>{BODY}");
        let head = "<title>Talks in Geneva | Some Site</title>";
        let a = read("p.html", &page(head, &body)).unwrap();
        assert_eq!(a.title, "Talks in Geneva");
        assert_eq!(a.outlet, "");
        assert!(a.text.starts_with("Talks in Geneva\n\nGENEVA, Dec 3"), "{:?}", a.text);
    }

    #[test]
    fn lists_tables_and_breaks() {
        let body = format!(
            "{BODY}<ul><li>first point</li><li>second <b>point</b></li></ul>\
             <p>line one<br>line two Zelen\u{ad}sky</p>\
             <table><tr><td>Kyiv</td><td>yes</td></tr><tr><td>Moscow</td><td>no</td></tr></table>"
        );
        let text = element_text(document(&body).root());
        assert!(
            text.contains("\n\nfirst point\nsecond point\n\nline one\nline two Zelensky\n\nKyiv yes\nMoscow no"),
            "{text:?}"
        );
    }

    #[test]
    fn external_resources_leave_no_trace_and_nothing_is_fetched() {
        let body = format!(
            "<img src=\"http://10.255.255.1/tracker.png\" alt=\"TRACKER-ALT\">\
             <script src=\"http://10.255.255.1/app.js\"></script>\
             <iframe src=\"http://10.255.255.1/frame\">IFRAME-TEXT</iframe>\
             <object data=\"http://10.255.255.1/x.swf\">OBJECT-TEXT</object>\
             <svg><text>SVG-TEXT</text></svg><template>TEMPLATE-TEXT</template>\
             <noscript>NOSCRIPT-TEXT</noscript>{BODY}"
        );
        let head = "<link rel=\"stylesheet\" href=\"http://10.255.255.1/style.css\">\
                    <style>body { background: url(http://10.255.255.1/bg.png) }</style>";
        let html = page(head, &body);
        let a = read("p.html", &html).unwrap();
        for trace in
            ["10.255.255.1", "TRACKER", "IFRAME", "OBJECT", "SVG", "TEMPLATE", "NOSCRIPT", "background", "http"]
        {
            assert!(!a.text.contains(trace), "{trace} in {:?}", a.text);
        }
        // The same holds for the fallback path.
        let fallback = fallback_text(&document(&html));
        assert!(!fallback.contains("TEXT") && !fallback.contains("http"), "{fallback:?}");
    }

    #[test]
    fn megabytes_of_script_and_style_give_just_the_article() {
        let script = format!("<script>var s = \"<div>{}</div>\";</script>", "x".repeat(1 << 20));
        let style = format!("<style>{}</style>", ".a{color:red}".repeat(100_000));
        let body = format!("{script}{style}{BODY}{script}");
        let html = page(&style, &body);
        assert!(html.len() > 3_000_000);
        let a = read("p.html", &html).unwrap();
        assert!(a.text.starts_with("GENEVA, Dec 3"), "{:?}", &a.text[..100.min(a.text.len())]);
        assert!(!a.text.contains("xxx") && !a.text.contains("color"));
        assert!(a.text.ends_with("over the agenda."));
    }

    #[test]
    fn deep_pages_are_read_on_a_small_stack() {
        // nested far past the tree's depth limit, closed or not, self-closed
        // or not: the text is all there, and nothing recurses
        for (open, close) in [("<div>", "</div>"), ("<div>", ""), ("<dfn/>", ""), ("<div><span>", "</span></div>")] {
            let html = format!("<html><body>{}{BODY}{}</body></html>", open.repeat(20_000), close.repeat(20_000));
            let a = on_small_stack(move || read("deep.html", &html)).unwrap();
            assert!(a.text.contains("GENEVA, Dec 3"), "{open}");
            assert!(a.text.contains("over the agenda."), "{open}");
        }
    }

    #[test]
    fn nesting_at_the_depth_limit_keeps_its_paragraphs() {
        let depth = dom::MAX_DEPTH - 10;
        let html = format!(
            "<html><body>{}{BODY}{}</body></html>",
            "<div><span>".repeat(depth / 2),
            "</span></div>".repeat(depth / 2)
        );
        let a = on_small_stack(move || read("deep.html", &html)).unwrap();
        assert_eq!(a.text.split("\n\n").count(), 3, "{:?}", a.text);
    }

    #[test]
    fn huge_pages_skip_readability_but_keep_their_text_without_chrome() {
        let filler = "<div class=\"row\"><span>cell</span></div>".repeat(READABILITY_MAX_ELEMENTS);
        let html = page("<title>Talks in Geneva</title>", &format!("{BODY}{filler}"));
        let a = read("big.html", &html).unwrap();
        assert!(a.text.starts_with("Talks in Geneva\n\nGENEVA, Dec 3"), "{:?}", &a.text[..200]);
        for junk in ["Most read", "Copyright", "Home"] {
            assert!(!a.text.contains(junk), "{junk}");
        }
    }

    #[test]
    fn many_elements_deep_down_skip_readability_and_keep_their_text() {
        // a fuzzer's page: void elements are kept past the depth cap, so
        // thousands of them hang under the deepest element
        let html = format!("<html><body>{}{}{BODY}</body></html>", "<div>".repeat(250), "<basefont>".repeat(16_000));
        let stats = dom::parse(&html, &|| false).unwrap().stats;
        assert!(stats.elements < READABILITY_MAX_ELEMENTS && stats.text_depth < READABILITY_MAX_TEXT_DEPTH);
        assert!(stats.element_depth > 4_000_000, "{stats:?}");
        assert!(!readability_affordable(&stats));
        let a = read("deep.html", &html).unwrap();
        assert!(a.text.starts_with("GENEVA, Dec 3") && a.text.ends_with("over the agenda."), "{:?}", a.text);
        // an ordinary page with its chrome still goes through Readability
        let stats = dom::parse(&page("<title>T</title>", BODY), &|| false).unwrap().stats;
        assert!(readability_affordable(&stats), "{stats:?}");
    }

    #[test]
    fn interrupted_parsing_gives_up() {
        let html = page("", &BODY.repeat(2_000));
        assert_eq!(parse_html("p.html", &html, &|| true), Err(HtmlProblem::Interrupted));
    }

    #[test]
    fn pages_without_text_are_no_text() {
        let html = "<html><head><title>Only a title</title><script>var a = 1;</script></head>\
                    <body><img src=\"a.png\"><nav><a href=\"/\">Home</a></nav></body></html>";
        assert_eq!(read("p.html", html), Err(HtmlProblem::NoText));
    }

    #[test]
    fn short_pages_fall_back_to_body_text() {
        let html = "<html><body><nav>Menu</nav><div>The envoy said \u{201c}no\u{201d}.</div>\
                    <footer>Footer</footer></body></html>";
        let a = read("p.html", html).unwrap();
        assert_eq!(a.text, "The envoy said \u{201c}no\u{201d}.");
        assert_eq!(a.title, "The envoy said \u{201c}no\u{201d}.");
    }

    #[test]
    fn site_suffix_only_stripped_when_it_is_the_outlet() {
        assert_eq!(strip_site_suffix("Talks - Daily Planet", Some("daily planet")), "Talks");
        assert_eq!(strip_site_suffix("Kyiv - Moscow talks", Some("Daily Planet")), "Kyiv - Moscow talks");
        assert_eq!(strip_site_suffix("Kyiv - Moscow talks", None), "Kyiv - Moscow talks");
    }
}
