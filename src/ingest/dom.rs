//! A bounded HTML parser: a decoded page becomes a `dom_query` document in
//! time linear in its length, as a tree of bounded depth and size, without
//! recursion.
//!
//! Why not html5ever's own tree builder: the HTML5 algorithm answers many
//! tags by walking the stack of open elements ("is there a `<p>` in button
//! scope?", "which open element does this `</x>` close?"), so a page that
//! opens thousands of elements and then sends stray end tags costs the
//! product of the two (`'<div></x>' * 10000` took a minute). Its tokenizer
//! checks each attribute against every earlier one of the same tag, so one
//! tag with a million attributes is quadratic too. And the tree it builds
//! is as deep as the page says: `'<dfn/>' * 150000` is legal HTML nested
//! 150,000 levels deep, and a recursive walk over it overflowed the stack.
//!
//! This module follows the same tokenizer states and the same tree
//! construction rules for what decides the text of a page (which element
//! an end tag closes, what closes a `<p>`, `<li>` or table cell, raw text
//! in scripts and styles, comments, foreign content in SVG and MathML), but
//! keeps, for every category of element the rules ask about, the stack
//! positions of the open ones, so each question is answered in constant
//! time and each element is pushed and popped once. Where the standard
//! would reorder or clone elements (the adoption agency for misnested
//! `<b>` and `<a>`, reconstructing formatting, foster parenting in
//! tables) it simply closes or leaves them in place: the words and their
//! order are kept, only inline styling differs from a browser's tree.
//!
//! Limits, none of which a real news page comes near:
//! - the document tree is at most [`MAX_DEPTH`] elements deep; elements
//!   opened deeper are tracked (so end tags still match what the page
//!   opened) but not added to the tree, and their text goes to the
//!   deepest element that is;
//! - at most [`MAX_ELEMENTS`] elements are added to the tree; after that,
//!   text is still kept;
//! - at most [`MAX_OPEN`] elements are open at once and [`MAX_NAMES`]
//!   distinct tag names are tracked; beyond either, a new element is taken
//!   as empty, so the parser's own memory is bounded whatever the page;
//! - at most [`MAX_ATTRIBUTES`] attributes per element are kept, names up
//!   to [`MAX_ATTRIBUTE_NAME`] bytes, values up to [`MAX_ATTRIBUTE_VALUE`].
//!
//! Every step adds to a work counter, which the tests and the fuzzers check
//! against the input length, and parsing stops early when asked to.

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use dom_query::{Document, Element, NodeData, NodeId};
use markup5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};
use markup5ever::tendril::StrTendril;
use markup5ever::{Attribute, LocalName, Namespace, QualName, ns};

/// Deepest element nesting kept in the document tree.
pub(crate) const MAX_DEPTH: usize = 256;
/// Most elements kept in the document tree.
pub(crate) const MAX_ELEMENTS: usize = 100_000;
/// Most elements open at once, counting those left out of the tree. An
/// element opened beyond is treated as empty: its content goes to its
/// parent. (A page is a few dozen deep.)
pub(crate) const MAX_OPEN: usize = 100_000;
/// Most distinct tag names tracked. An element with a new name beyond is
/// treated as empty too.
pub(crate) const MAX_NAMES: usize = 100_000;
/// Most attributes kept per element.
pub(crate) const MAX_ATTRIBUTES: usize = 32;
/// Longest attribute name kept.
pub(crate) const MAX_ATTRIBUTE_NAME: usize = 256;
/// Longest attribute value kept (the whole attribute is dropped beyond).
pub(crate) const MAX_ATTRIBUTE_VALUE: usize = 64 * 1024;
/// Longest text node: longer text is split into adjacent nodes. The
/// serialiser dom_smoothie runs on the article (html5ever's) rescans the
/// rest of a text node for every `&` and every U+0080–U+00BF in it, so
/// its cost is the number of those characters times the node's length.
pub(crate) const MAX_TEXT_NODE: usize = 1024;
/// How many tokens pass between two checks of the interruption flag.
const CHECK_EVERY: u32 = 4096;

/// A parsed page and what it cost.
pub(crate) struct Parsed {
    pub document: Document,
    pub stats: Stats,
}

/// Counts of what parsing did, for limits downstream and for tests.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stats {
    /// Elements in the document tree.
    pub elements: usize,
    /// Elements the page opened that were not put in the tree (too deep or
    /// too many).
    pub dropped: usize,
    /// Deepest nesting the page asked for (open elements, html included).
    pub deepest: usize,
    /// Bytes of text put in the tree (scripts and styles included).
    pub text_bytes: usize,
    /// The sum over text of its length times its depth in the tree: what
    /// a walk that gathers the text of every element costs.
    pub text_depth: u64,
    /// The sum over elements in the tree of their depth: what a walk that
    /// looks through the descendants of every element costs.
    pub element_depth: u64,
    /// Steps taken: tokens, elements created, elements popped, bytes
    /// scanned for character references. Linear in the input.
    pub work: u64,
}

/// Parses `html`. Returns `None` if `interrupted` said so (it is asked
/// every few thousand tokens).
pub(crate) fn parse(html: &str, interrupted: &dyn Fn() -> bool) -> Option<Parsed> {
    let mut tokenizer = Tokenizer::new(html);
    let mut builder = Builder::new();
    let mut until_check = CHECK_EVERY;
    loop {
        until_check -= 1;
        if until_check == 0 {
            until_check = CHECK_EVERY;
            if interrupted() {
                return None;
            }
        }
        builder.work += 1;
        match tokenizer.next(builder.cdata_allowed()) {
            Token::Eof => break,
            Token::Text(text) => builder.text(&text),
            Token::End(name) => builder.end_tag(&name),
            Token::Start(tag) => {
                let name = tag.name.clone();
                if let Some((raw, opened)) = builder.start_tag(tag) {
                    let (text, work) = tokenizer.raw_text(&name, raw);
                    builder.work += work;
                    builder.raw_text(&text, raw, opened);
                }
            }
        }
    }
    builder.work += tokenizer.work;
    Some(builder.finish())
}

// ---------------------------------------------------------------------------
// Tokenizer

/// How the text after a start tag is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Raw {
    /// `<title>`, `<textarea>`: text with character references, up to the
    /// matching end tag.
    Rcdata,
    /// `<script>`, `<style>`, `<xmp>`, `<iframe>`, `<noembed>`,
    /// `<noframes>`: text as is, up to the matching end tag.
    Rawtext,
    /// `<plaintext>`: the rest of the page is text.
    Plaintext,
}

struct StartTag {
    name: String,
    attrs: Vec<(String, String)>,
    self_closing: bool,
}

enum Token<'a> {
    Text(Cow<'a, str>),
    Start(StartTag),
    End(String),
    Eof,
}

struct Tokenizer<'a> {
    s: &'a str,
    pos: usize,
    /// Bytes scanned for character references.
    work: u64,
}

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

impl<'a> Tokenizer<'a> {
    fn new(s: &'a str) -> Self {
        let s = s.strip_prefix('\u{feff}').unwrap_or(s);
        Tokenizer { s, pos: 0, work: 0 }
    }

    fn bytes(&self) -> &'a [u8] {
        self.s.as_bytes()
    }

    /// Index of the next `>` at or after `from`, or the end.
    fn after_gt(&self, from: usize) -> usize {
        memchr::memchr(b'>', &self.bytes()[from.min(self.s.len())..]).map_or(self.s.len(), |i| from + i + 1)
    }

    /// The next token. `cdata`: whether `<![CDATA[` opens a CDATA section
    /// (only in SVG and MathML); elsewhere it is a bogus comment.
    fn next(&mut self, cdata: bool) -> Token<'a> {
        let b = self.bytes();
        loop {
            let at = self.pos;
            if at >= b.len() {
                return Token::Eof;
            }
            if b[at] != b'<' {
                let end = memchr::memchr(b'<', &b[at..]).map_or(b.len(), |i| at + i);
                self.pos = end;
                return Token::Text(self.decode(&self.s[at..end], false));
            }
            match b.get(at + 1) {
                Some(b'!') => {
                    if b[at + 2..].starts_with(b"--") {
                        self.pos = comment_end(b, at + 4);
                    } else if b.len() >= at + 9 && b[at + 2..at + 9].eq_ignore_ascii_case(b"doctype") {
                        self.pos = self.after_gt(at + 9);
                    } else if b[at + 2..].starts_with(b"[CDATA[") {
                        if cdata {
                            let start = at + 9;
                            let end = memchr::memmem::find(&b[start..], b"]]>").map_or(b.len(), |i| start + i);
                            self.pos = (end + 3).min(b.len());
                            return Token::Text(Cow::Borrowed(&self.s[start..end]));
                        }
                        self.pos = self.after_gt(at + 2);
                    } else {
                        self.pos = self.after_gt(at + 2);
                    }
                }
                Some(b'/') => match b.get(at + 2) {
                    Some(c) if c.is_ascii_alphabetic() => match self.tag(at + 2) {
                        Some((tag, end)) => {
                            self.pos = end;
                            return Token::End(tag.name);
                        }
                        None => {
                            self.pos = b.len();
                            return Token::Eof;
                        }
                    },
                    Some(b'>') => self.pos = at + 3,
                    None => {
                        self.pos = b.len();
                        return Token::Text(Cow::Borrowed("</"));
                    }
                    Some(_) => self.pos = self.after_gt(at + 2),
                },
                Some(c) if c.is_ascii_alphabetic() => match self.tag(at + 1) {
                    Some((tag, end)) => {
                        self.pos = end;
                        return Token::Start(tag);
                    }
                    // a tag cut off by the end of the file is dropped
                    None => {
                        self.pos = b.len();
                        return Token::Eof;
                    }
                },
                Some(b'?') => self.pos = self.after_gt(at + 2),
                // a `<` that opens nothing is text, with what follows it
                _ => {
                    let end = memchr::memchr(b'<', &b[at + 1..]).map_or(b.len(), |i| at + 1 + i);
                    self.pos = end;
                    return Token::Text(self.decode(&self.s[at..end], false));
                }
            }
        }
    }

    /// A tag whose name starts at `start`: its name (lower case),
    /// attributes and self-closing flag, and the index after its `>`.
    /// `None` if the input ends inside it.
    fn tag(&mut self, start: usize) -> Option<(StartTag, usize)> {
        let b = self.bytes();
        let mut i = start;
        while i < b.len() && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
            i += 1;
        }
        let name = lower(&self.s[start..i]);
        let mut tag = StartTag { name, attrs: Vec::new(), self_closing: false };
        loop {
            // before attribute name
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            match b.get(i) {
                None => return None,
                Some(b'>') => return Some((tag, i + 1)),
                Some(b'/') => {
                    if b.get(i + 1) == Some(&b'>') {
                        tag.self_closing = true;
                        return Some((tag, i + 2));
                    }
                    i += 1;
                    continue;
                }
                Some(_) => {}
            }
            // attribute name: a leading `=` belongs to it
            let name_start = i;
            i += 1;
            while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            let name_end = i;
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            let mut value = None;
            if b.get(i) == Some(&b'=') {
                i += 1;
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                match b.get(i) {
                    None => return None,
                    Some(q @ (b'"' | b'\'')) => {
                        let start = i + 1;
                        let end = memchr::memchr(*q, &b[start..]).map(|e| start + e)?;
                        value = Some((start, end));
                        i = end + 1;
                    }
                    Some(b'>') => value = Some((i, i)),
                    Some(_) => {
                        let start = i;
                        while i < b.len() && !is_space(b[i]) && b[i] != b'>' {
                            i += 1;
                        }
                        value = Some((start, i));
                    }
                }
            }
            self.attribute(&mut tag, name_start, name_end, value);
        }
    }

    /// Keeps an attribute unless it is a repeat, too long, or one too many.
    fn attribute(&mut self, tag: &mut StartTag, name_start: usize, name_end: usize, value: Option<(usize, usize)>) {
        let (vs, ve) = value.unwrap_or((0, 0));
        if tag.attrs.len() >= MAX_ATTRIBUTES
            || name_end - name_start > MAX_ATTRIBUTE_NAME
            || ve - vs > MAX_ATTRIBUTE_VALUE
        {
            return;
        }
        let name = lower(&self.s[name_start..name_end]);
        // the first of repeated attributes wins, as in browsers
        if tag.attrs.iter().any(|(n, _)| *n == name) {
            return;
        }
        let value = self.decode(&self.s[vs..ve], true).into_owned();
        tag.attrs.push((name, value));
    }

    /// The text after a start tag of kind `raw`, up to its end tag (which
    /// is consumed), and the bytes scanned.
    fn raw_text(&mut self, name: &str, raw: Raw) -> (Cow<'a, str>, u64) {
        let b = self.bytes();
        let start = self.pos;
        if raw == Raw::Plaintext {
            self.pos = b.len();
            return (Cow::Borrowed(&self.s[start..]), (b.len() - start) as u64);
        }
        let mut i = start;
        let end = loop {
            let Some(at) = memchr::memmem::find(&b[i..], b"</") else { break b.len() };
            let n = i + at + 2;
            let after = n + name.len();
            if b.get(n..after).is_some_and(|x| x.eq_ignore_ascii_case(name.as_bytes()))
                && b.get(after).is_none_or(|&c| is_space(c) || c == b'/' || c == b'>')
            {
                break i + at;
            }
            i = n;
        };
        self.pos = if end < b.len() {
            match self.tag(end + 2) {
                Some((_, after)) => after,
                None => b.len(),
            }
        } else {
            end
        };
        let text = &self.s[start..end];
        let text = if raw == Raw::Rcdata { self.decode(text, false) } else { normalise_newlines(text) };
        (text, (end - start) as u64)
    }

    /// Character references decoded, newlines normalised, NULs dropped.
    fn decode(&mut self, text: &'a str, in_attribute: bool) -> Cow<'a, str> {
        let b = text.as_bytes();
        if memchr::memchr3(b'&', b'\r', b'\0', b).is_none() {
            return Cow::Borrowed(text);
        }
        self.work += b.len() as u64;
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        let mut i = 0;
        while let Some(at) = memchr::memchr3(b'&', b'\r', b'\0', &b[i..]) {
            let at = i + at;
            out.push_str(&text[last..at]);
            match b[at] {
                b'\r' => {
                    out.push('\n');
                    last = if b.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
                }
                b'\0' => last = at + 1,
                _ => match char_ref(text, at + 1, in_attribute) {
                    Some((chars, end)) => {
                        out.extend(chars.into_iter().flatten());
                        last = end;
                    }
                    None => {
                        out.push('&');
                        last = at + 1;
                    }
                },
            }
            i = last;
        }
        out.push_str(&text[last..]);
        Cow::Owned(out)
    }
}

/// Index after the comment whose text starts at `start` (just after
/// `<!--`): `<!-->` and `<!--->` end at once, otherwise at the first `-->`
/// or `--!>`, or at the end of the input.
fn comment_end(b: &[u8], start: usize) -> usize {
    if b.get(start) == Some(&b'>') {
        return start + 1;
    }
    if b[start.min(b.len())..].starts_with(b"->") {
        return start + 2;
    }
    let mut i = start;
    while let Some(at) = memchr::memmem::find(&b[i.min(b.len())..], b"--") {
        let dashes = i + at;
        match b.get(dashes + 2) {
            Some(b'>') => return dashes + 3,
            Some(b'!') if b.get(dashes + 3) == Some(&b'>') => return dashes + 4,
            _ => i = dashes + 1,
        }
    }
    b.len()
}

/// The character reference whose name starts at `start` (just after the
/// `&`): the characters and the index after it. `None` leaves the `&` as
/// text.
fn char_ref(text: &str, start: usize, in_attribute: bool) -> Option<([Option<char>; 2], usize)> {
    let b = text.as_bytes();
    if b.get(start) == Some(&b'#') {
        let hex = matches!(b.get(start + 1), Some(b'x' | b'X'));
        let digits = if hex { start + 2 } else { start + 1 };
        let mut i = digits;
        let mut value: u32 = 0;
        while let Some(&c) = b.get(i) {
            let d = match c {
                b'0'..=b'9' => u32::from(c - b'0'),
                b'a'..=b'f' if hex => u32::from(c - b'a' + 10),
                b'A'..=b'F' if hex => u32::from(c - b'A' + 10),
                _ => break,
            };
            value = value.saturating_mul(if hex { 16 } else { 10 }).saturating_add(d).min(0x11_0000);
            i += 1;
        }
        if i == digits {
            return None;
        }
        if b.get(i) == Some(&b';') {
            i += 1;
        }
        let c = match value {
            0 | 0xd800..=0xdfff | 0x11_0000.. => '\u{fffd}',
            0x80..=0x9f => {
                C1_REPLACEMENTS[(value - 0x80) as usize].unwrap_or_else(|| char::from_u32(value).unwrap_or('\u{fffd}'))
            }
            v => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        return Some(([Some(c), None], i));
    }
    // the longest name in the table that the text starts with; every
    // prefix of a name is in the table too (mapped to nothing), so the
    // search stops as soon as no name can follow
    let mut best = None;
    let mut i = start;
    while i < b.len() && i - start < 40 {
        let c = b[i];
        if !(c.is_ascii_alphanumeric() || c == b';') {
            break;
        }
        i += 1;
        match NAMED_ENTITIES.get(&text[start..i]) {
            None => break,
            Some(&(0, _)) => {}
            Some(&(c1, c2)) => best = Some((c1, c2, i)),
        }
        if c == b';' {
            break;
        }
    }
    let (c1, c2, end) = best?;
    if in_attribute && b[end - 1] != b';' && b.get(end).is_some_and(|&c| c == b'=' || c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(([char::from_u32(c1), (c2 != 0).then(|| char::from_u32(c2)).flatten()], end))
}

fn lower(s: &str) -> String {
    let mut s = s.replace('\0', "\u{fffd}");
    s.make_ascii_lowercase();
    s
}

fn normalise_newlines(text: &str) -> Cow<'_, str> {
    if memchr::memchr2(b'\r', b'\0', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n").replace('\0', "\u{fffd}"))
}

// ---------------------------------------------------------------------------
// Tree construction

/// Categories of open elements the construction rules ask about; each has
/// a stack of the positions of its open members.
mod cat {
    /// Ends the default scope.
    pub const SCOPE: u16 = 1;
    /// Ends button scope (with SCOPE).
    pub const BUTTON: u16 = 1 << 1;
    /// Ends list-item scope (with SCOPE).
    pub const LIST: u16 = 1 << 2;
    /// Ends table scope.
    pub const TABLE: u16 = 1 << 3;
    /// The standard's "special" elements.
    pub const SPECIAL: u16 = 1 << 4;
    /// Special elements that stop `<li>`, `<dd>` and `<dt>` from closing
    /// an open one (special, except address, div, p, li, dd, dt).
    pub const STOPS_ITEM: u16 = 1 << 5;
    /// Elements in the HTML namespace.
    pub const HTML: u16 = 1 << 6;
    /// Where HTML content may appear again inside SVG or MathML.
    pub const INTEGRATION: u16 = 1 << 7;
    /// `<h1>` to `<h6>`.
    pub const HEADING: u16 = 1 << 8;
    /// Markers of the list of active formatting elements.
    pub const MARKER: u16 = 1 << 9;
    pub const COUNT: usize = 10;
}

/// What the rules need to know about a tag name in the HTML namespace.
fn categories(name: &str) -> u16 {
    use cat::*;
    let mut c = HTML;
    if matches!(name, "applet" | "caption" | "html" | "table" | "td" | "th" | "marquee" | "object" | "template") {
        c |= SCOPE;
    }
    if name == "button" {
        c |= BUTTON;
    }
    if matches!(name, "ol" | "ul") {
        c |= LIST;
    }
    if matches!(name, "html" | "table" | "template") {
        c |= TABLE;
    }
    if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        c |= HEADING;
    }
    if matches!(name, "applet" | "object" | "marquee" | "template" | "td" | "th" | "caption") {
        c |= MARKER;
    }
    if is_special(name) {
        c |= SPECIAL;
        if !matches!(name, "address" | "div" | "p" | "li" | "dd" | "dt") {
            c |= STOPS_ITEM;
        }
    }
    c
}

/// The same for an element in SVG (`svg`) or MathML.
fn foreign_categories(name: &str, svg: bool, attrs: &[(String, String)]) -> u16 {
    use cat::*;
    let boundary = if svg {
        matches!(name, "foreignobject" | "desc" | "title")
    } else {
        matches!(name, "mi" | "mo" | "mn" | "ms" | "mtext" | "annotation-xml")
    };
    let mut c = 0;
    if boundary {
        c |= SCOPE | SPECIAL | STOPS_ITEM;
    }
    let html_inside = if svg {
        boundary
    } else {
        matches!(name, "mi" | "mo" | "mn" | "ms" | "mtext")
            || (name == "annotation-xml"
                && attrs.iter().any(|(n, v)| {
                    n == "encoding"
                        && (v.eq_ignore_ascii_case("text/html") || v.eq_ignore_ascii_case("application/xhtml+xml"))
                }))
    };
    if html_inside {
        c |= INTEGRATION;
    }
    c
}

fn is_special(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "applet"
            | "area"
            | "article"
            | "aside"
            | "base"
            | "basefont"
            | "bgsound"
            | "blockquote"
            | "body"
            | "br"
            | "button"
            | "caption"
            | "center"
            | "col"
            | "colgroup"
            | "dd"
            | "details"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "embed"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "frame"
            | "frameset"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "iframe"
            | "img"
            | "input"
            | "keygen"
            | "li"
            | "link"
            | "listing"
            | "main"
            | "marquee"
            | "menu"
            | "meta"
            | "nav"
            | "noembed"
            | "noframes"
            | "noscript"
            | "object"
            | "ol"
            | "p"
            | "param"
            | "plaintext"
            | "pre"
            | "script"
            | "search"
            | "section"
            | "select"
            | "source"
            | "style"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "template"
            | "textarea"
            | "tfoot"
            | "th"
            | "thead"
            | "title"
            | "tr"
            | "track"
            | "ul"
            | "wbr"
            | "xmp"
    )
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "image"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Start tags that close an open `<p>` (in button scope) first.
fn closes_p(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "header"
            | "hgroup"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "search"
            | "section"
            | "summary"
            | "ul"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "pre"
            | "listing"
            | "form"
            | "plaintext"
            | "table"
            | "hr"
            | "xmp"
            | "li"
            | "dd"
            | "dt"
    )
}

/// Elements that belong in `<head>` when they come before the body.
fn is_head_element(name: &str) -> bool {
    matches!(name, "base" | "basefont" | "bgsound" | "link" | "meta" | "noframes" | "script" | "style" | "title")
}

/// HTML start tags that end SVG or MathML content.
fn breaks_out_of_foreign(tag: &StartTag) -> bool {
    matches!(
        tag.name.as_str(),
        "b" | "big"
            | "blockquote"
            | "body"
            | "br"
            | "center"
            | "code"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "em"
            | "embed"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "hr"
            | "i"
            | "img"
            | "li"
            | "listing"
            | "menu"
            | "meta"
            | "nobr"
            | "ol"
            | "p"
            | "pre"
            | "ruby"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "strike"
            | "sub"
            | "sup"
            | "table"
            | "tt"
            | "u"
            | "ul"
            | "var"
    ) || (tag.name == "font" && tag.attrs.iter().any(|(n, _)| matches!(n.as_str(), "color" | "face" | "size")))
}

fn raw_kind(name: &str) -> Option<Raw> {
    match name {
        "title" | "textarea" => Some(Raw::Rcdata),
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" => Some(Raw::Rawtext),
        "plaintext" => Some(Raw::Plaintext),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Space {
    Html,
    Svg,
    MathMl,
}

/// An element on the stack of open elements.
struct Open {
    /// Interned per parse: string_cache's atoms are not used here, since
    /// its table of dynamic atoms slows down with millions of distinct
    /// names, and a page can open that many.
    name: Rc<str>,
    space: Space,
    /// Position of the next open element of the same name and namespace
    /// further down the stack.
    below: Option<u32>,
    /// Where its children go (its node; for `<template>`, the fragment of
    /// its contents), or `None` if it was not put in the tree.
    node: Option<NodeId>,
    categories: u16,
}

/// Where the parse is, as far as the head and body go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before `<body>` or any content: head elements go in `<head>`.
    Head,
    /// The body has started.
    Body,
}

struct Builder {
    document: Document,
    head: NodeId,
    body: Option<NodeId>,
    phase: Phase,
    stack: Vec<Open>,
    /// Every tag name seen, with the position on `stack` of the innermost
    /// open element of that name in each namespace (the others are linked
    /// through [`Open::below`]).
    names: HashMap<Rc<str>, [Option<u32>; 3]>,
    /// Positions on `stack` of the open elements of each category.
    by_category: [Vec<u32>; cat::COUNT],
    /// Positions on `stack` of the elements that are in the tree.
    in_tree: Vec<u32>,
    /// Text waiting to become one text node in the current element.
    pending: String,
    html_attrs_merged: bool,
    stats: Stats,
    work: u64,
}

fn qual(space: Space, name: LocalName) -> QualName {
    let ns: Namespace = match space {
        Space::Html => ns!(html),
        Space::Svg => ns!(svg),
        Space::MathMl => ns!(mathml),
    };
    QualName::new(None, ns, name)
}

fn attributes(attrs: Vec<(String, String)>) -> Vec<Attribute> {
    attrs
        .into_iter()
        .map(|(n, v)| Attribute { name: QualName::new(None, ns!(), LocalName::from(n)), value: StrTendril::from(v) })
        .collect()
}

impl Builder {
    fn new() -> Self {
        let document = Document::default();
        let root = document.root().id;
        let tree = &document.tree;
        let html = tree.create_node(NodeData::Element(Element::new(
            qual(Space::Html, LocalName::from("html")),
            Vec::new(),
            None,
            false,
        )));
        tree.append_child_of(&root, &html);
        let head = tree.create_node(NodeData::Element(Element::new(
            qual(Space::Html, LocalName::from("head")),
            Vec::new(),
            None,
            false,
        )));
        tree.append_child_of(&html, &head);
        let mut b = Builder {
            document,
            head,
            body: None,
            phase: Phase::Head,
            stack: Vec::new(),
            names: HashMap::new(),
            by_category: Default::default(),
            in_tree: Vec::new(),
            pending: String::new(),
            html_attrs_merged: false,
            stats: Stats { elements: 2, ..Stats::default() },
            work: 0,
        };
        let name = b.intern("html").expect("the first name");
        b.push_open(Open { name, space: Space::Html, below: None, node: Some(html), categories: categories("html") });
        b
    }

    fn current(&self) -> &Open {
        self.stack.last().expect("html is never popped")
    }

    /// Where new nodes go: the innermost open element in the tree (the
    /// head while in the head phase).
    fn insertion_node(&self) -> NodeId {
        let top = *self.in_tree.last().expect("html is in the tree") as usize;
        self.stack[top].node.expect("in_tree holds elements in the tree")
    }

    fn cdata_allowed(&self) -> bool {
        self.current().space != Space::Html
    }

    fn top(&self, category: u16) -> Option<u32> {
        self.by_category[category.trailing_zeros() as usize].last().copied()
    }

    fn top_of(&self, space: Space, name: &str) -> Option<u32> {
        self.names.get(name).and_then(|tops| tops[space as usize])
    }

    /// The shared copy of a tag name; `None` past [`MAX_NAMES`].
    fn intern(&mut self, name: &str) -> Option<Rc<str>> {
        if let Some((n, _)) = self.names.get_key_value(name) {
            return Some(n.clone());
        }
        if self.names.len() >= MAX_NAMES {
            return None;
        }
        let n: Rc<str> = Rc::from(name);
        self.names.insert(n.clone(), [None; 3]);
        Some(n)
    }

    /// The innermost open element named `name` if no element of the
    /// `boundaries` categories is open inside it.
    fn in_scope(&self, name: &str, boundaries: u16) -> Option<u32> {
        let at = self.top_of(Space::Html, name)?;
        let limit = self.limit(boundaries);
        (limit.is_none_or(|l| at >= l)).then_some(at)
    }

    /// The innermost position of any of the `categories`.
    fn limit(&self, categories: u16) -> Option<u32> {
        (0..cat::COUNT).filter(|i| categories & (1 << i) != 0).filter_map(|i| self.by_category[i].last().copied()).max()
    }

    fn push_open(&mut self, mut open: Open) {
        let at = self.stack.len() as u32;
        if let Some(tops) = self.names.get_mut(&open.name) {
            open.below = tops[open.space as usize].replace(at);
        }
        for i in 0..cat::COUNT {
            if open.categories & (1 << i) != 0 {
                self.by_category[i].push(at);
            }
        }
        if open.node.is_some() {
            self.flush();
            self.in_tree.push(at);
        }
        self.stack.push(open);
        self.stats.deepest = self.stats.deepest.max(self.stack.len());
    }

    fn pop(&mut self) {
        // html stays
        if self.stack.len() <= 1 {
            return;
        }
        if self.current().node.is_some() {
            // its text goes in before it closes
            self.flush();
        }
        let open = self.stack.pop().expect("more than html is open");
        self.work += 1;
        if let Some(tops) = self.names.get_mut(&open.name) {
            tops[open.space as usize] = open.below;
        }
        for i in 0..cat::COUNT {
            if open.categories & (1 << i) != 0 {
                self.by_category[i].pop();
            }
        }
        if open.node.is_some() {
            self.in_tree.pop();
        }
    }

    /// Pops elements until the one at `at` is popped.
    fn pop_to(&mut self, at: u32) {
        while self.stack.len() > (at as usize).max(1) {
            self.pop();
        }
    }

    /// Writes the pending text as text nodes of at most [`MAX_TEXT_NODE`]
    /// bytes each (where it can, a node ends on a character that is not
    /// whitespace, so text read line by line, as in `<pre>`, joins up the
    /// same).
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.pending);
        self.stats.text_bytes += text.len();
        self.stats.text_depth += text.len() as u64 * self.in_tree.len() as u64;
        let parent = self.insertion_node();
        let tree = &self.document.tree;
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let mut end = rest.len();
            if end > MAX_TEXT_NODE {
                end = MAX_TEXT_NODE;
                while !rest.is_char_boundary(end) {
                    end -= 1;
                }
                let before = rest[..end].trim_end_matches(char::is_whitespace).len();
                if before > MAX_TEXT_NODE / 2 {
                    end = before;
                }
            }
            self.work += 1;
            let node = tree.new_text(&rest[..end]).id;
            tree.append_child_of(&parent, &node);
            rest = &rest[end..];
        }
    }

    /// A new element node in the current insertion node, if limits allow.
    fn create(&mut self, space: Space, name: &str, attrs: Vec<(String, String)>, leaf: bool) -> Option<NodeId> {
        let depth = self.in_tree.len();
        if self.stats.elements >= MAX_ELEMENTS || (!leaf && depth >= MAX_DEPTH) {
            self.stats.dropped += 1;
            return None;
        }
        self.flush();
        self.work += 1;
        self.stats.elements += 1;
        self.stats.element_depth += depth as u64;
        let parent = self.insertion_node();
        let tree = &self.document.tree;
        // a template's contents are a fragment of their own, as in browsers:
        // not children of the template, so not text of the page
        let template = (space == Space::Html && name == "template").then(|| tree.create_node(NodeData::Fragment));
        let node = tree.create_node(NodeData::Element(Element::new(
            qual(space, LocalName::from(name)),
            attributes(attrs),
            template,
            false,
        )));
        tree.append_child_of(&parent, &node);
        Some(template.unwrap_or(node))
    }

    /// Inserts an element and opens it, unless it is a leaf or the limits
    /// of open elements and names are reached; returns whether it opened.
    fn insert(&mut self, space: Space, tag: StartTag, categories: u16, leaf: bool) -> bool {
        let name = if leaf || self.stack.len() >= MAX_OPEN { None } else { self.intern(&tag.name) };
        let node = self.create(space, &tag.name, tag.attrs, name.is_none());
        match name {
            Some(name) => {
                self.push_open(Open { name, space, below: None, node, categories });
                true
            }
            None => {
                if !leaf {
                    self.stats.dropped += 1;
                }
                false
            }
        }
    }

    /// Starts the body if it has not started: closes the head.
    fn start_body(&mut self, attrs: Vec<(String, String)>) {
        if self.phase == Phase::Body {
            return;
        }
        // close the head and anything left open in it (a <noscript>)
        self.pop_to(1);
        self.flush();
        self.phase = Phase::Body;
        let node = self.create(Space::Html, "body", attrs, false);
        self.body = node;
        let name = self.intern("body").expect("interned before any limit");
        self.push_open(Open { name, space: Space::Html, below: None, node, categories: categories("body") });
    }

    fn text(&mut self, text: &str) {
        if self.phase == Phase::Head {
            let rest = text.trim_start_matches(['\t', '\n', '\x0c', '\r', ' ']);
            if rest.is_empty() {
                return;
            }
            self.start_body(Vec::new());
            self.push_text(rest);
            return;
        }
        self.push_text(text);
    }

    /// Adds text to the pending text. Outside `<pre>` and `<listing>` a run
    /// of whitespace is kept as its first character: every reader of the
    /// tree (Readability, [`super::html`]'s text) takes a run as one space,
    /// and a long run costs them once for every element above it. Pages
    /// that open elements past [`MAX_DEPTH`] put the text of all of them
    /// in one element, so `'<p> <div><div>' * 30_000` made 30 KB of spaces
    /// 256 levels deep, which Readability scanned for every `<div>` above
    /// them in each of its four attempts.
    fn push_text(&mut self, text: &str) {
        if self.top_of(Space::Html, "pre").is_some() || self.top_of(Space::Html, "listing").is_some() {
            self.pending.push_str(text);
            return;
        }
        let mut after_space = self.pending.ends_with(char::is_whitespace);
        let mut kept = 0;
        for (i, c) in text.char_indices() {
            let space = c.is_whitespace();
            if space && after_space {
                self.pending.push_str(&text[kept..i]);
                kept = i + c.len_utf8();
            }
            after_space = space;
        }
        self.pending.push_str(&text[kept..]);
    }

    /// Text of a raw-text element just opened; closes it.
    fn raw_text(&mut self, text: &str, raw: Raw, opened: bool) {
        if !opened {
            if raw == Raw::Plaintext {
                self.pending.push_str(text);
            }
            return;
        }
        let in_tree = self.current().node.is_some();
        // script and style text of an element left out of the tree must not
        // become text of its parent; the rest of a <plaintext> is the page
        if in_tree || raw == Raw::Plaintext {
            self.pending.push_str(text);
        }
        if raw != Raw::Plaintext {
            self.pop();
        }
    }

    /// Handles a start tag; for a raw-text element, returns how its content
    /// is to be read and whether the element was opened.
    fn start_tag(&mut self, mut tag: StartTag) -> Option<(Raw, bool)> {
        // SVG and MathML
        let current = self.current();
        if current.space != Space::Html && current.categories & cat::INTEGRATION == 0 {
            if breaks_out_of_foreign(&tag) {
                let html = self.limit(cat::HTML | cat::INTEGRATION).unwrap_or(0);
                self.pop_to(html + 1);
            } else {
                let space = current.space;
                let c = foreign_categories(&tag.name, space == Space::Svg, &tag.attrs);
                let leaf = tag.self_closing;
                self.insert(space, tag, c, leaf);
                return None;
            }
        }
        let name = tag.name.as_str();
        if name == "image" {
            tag.name = "img".into();
        }
        let name = tag.name.as_str();
        match name {
            "html" => {
                if !self.html_attrs_merged {
                    self.html_attrs_merged = true;
                    let html = self.stack[0].node.expect("html is in the tree");
                    let node = dom_query::NodeRef::new(html, &self.document.tree);
                    for (n, v) in tag.attrs {
                        node.set_attr(&n, &v);
                    }
                }
                return None;
            }
            "head" | "frameset" => return None,
            "body" => {
                self.start_body(tag.attrs);
                return None;
            }
            "svg" | "math" => {
                self.start_body(Vec::new());
                let space = if name == "svg" { Space::Svg } else { Space::MathMl };
                let leaf = tag.self_closing;
                self.insert(space, tag, 0, leaf);
                return None;
            }
            _ => {}
        }
        if self.phase == Phase::Head {
            let in_head = matches!(&*self.current().name, "html" | "head");
            if is_head_element(name) || (name == "noscript" && in_head) {
                return self.head_element(tag);
            }
            self.start_body(Vec::new());
        }
        let name = tag.name.as_str();
        if closes_p(name)
            && let Some(p) = self.in_scope("p", cat::SCOPE | cat::BUTTON)
        {
            self.pop_to(p);
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if self.current().categories & cat::HEADING != 0 => self.pop(),
            "li" => self.close_item(&["li"]),
            "dd" | "dt" => self.close_item(&["dd", "dt"]),
            "button" => {
                if let Some(at) = self.in_scope("button", cat::SCOPE) {
                    self.pop_to(at);
                }
            }
            "a" => {
                if let Some(at) = self.top_of(Space::Html, "a")
                    && self.limit(cat::MARKER).is_none_or(|m| at > m)
                {
                    self.pop_to(at);
                }
            }
            "nobr" => {
                if let Some(at) = self.in_scope("nobr", cat::SCOPE) {
                    self.pop_to(at);
                }
            }
            "option" if &*self.current().name == "option" => self.pop(),
            "optgroup" => {
                if &*self.current().name == "option" {
                    self.pop();
                }
                if &*self.current().name == "optgroup" {
                    self.pop();
                }
            }
            "select" => {
                // a select inside a select closes it
                if let Some(at) = self.in_scope("select", cat::SCOPE) {
                    self.pop_to(at);
                    return None;
                }
            }
            "rb" | "rtc" => {
                if matches!(&*self.current().name, "rb" | "rp" | "rt" | "rtc") {
                    self.pop();
                }
            }
            "rp" | "rt" => {
                if matches!(&*self.current().name, "rb" | "rp" | "rt") {
                    self.pop();
                }
            }
            "caption" | "colgroup" | "col" | "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" => {
                // outside a table these are ignored, as in browsers
                let table = self.top_of(Space::Html, "table")?;
                if self.limit(cat::TABLE).is_some_and(|l| l > table) {
                    return None;
                }
                let closes: &[&str] = match name {
                    "td" | "th" => &["td", "th"],
                    "tr" => &["tr"],
                    "col" => &[],
                    _ => &["tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup"],
                };
                if let Some(at) =
                    closes.iter().filter_map(|n| self.top_of(Space::Html, n)).filter(|&at| at > table).min()
                {
                    self.pop_to(at);
                }
            }
            _ => {}
        }
        let name = tag.name.as_str();
        if is_void(name) {
            let c = categories(name);
            self.insert(Space::Html, tag, c, true);
            return None;
        }
        let raw = raw_kind(name);
        let c = categories(name);
        let opened = self.insert(Space::Html, tag, c, false);
        raw.map(|r| (r, opened))
    }

    /// A head element before the body: into `<head>`.
    fn head_element(&mut self, tag: StartTag) -> Option<(Raw, bool)> {
        let name = tag.name.clone();
        if &*self.current().name == "html" {
            // the head as the insertion point while it is open
            let name = self.intern("head").expect("interned before any limit");
            self.push_open(Open {
                name,
                space: Space::Html,
                below: None,
                node: Some(self.head),
                categories: categories("head"),
            });
        }
        if is_void(&name) {
            self.insert(Space::Html, tag, categories(&name), true);
            return None;
        }
        let raw = raw_kind(&name);
        let opened = self.insert(Space::Html, tag, categories(&name), false);
        raw.map(|r| (r, opened))
    }

    /// `<li>`, `<dd>`, `<dt>`: closes an open item of `names` unless a
    /// special element (other than address, div and p) is open inside it.
    fn close_item(&mut self, names: &[&str]) {
        let item = names.iter().filter_map(|n| self.top_of(Space::Html, n)).max();
        let others: &[&str] = if names.contains(&"li") { &["dd", "dt"] } else { &["li"] };
        let stop = others.iter().filter_map(|n| self.top_of(Space::Html, n)).chain(self.top(cat::STOPS_ITEM)).max();
        if let Some(at) = item
            && stop.is_none_or(|s| at > s)
        {
            self.pop_to(at);
        }
    }

    fn end_tag(&mut self, name: &str) {
        // SVG and MathML: an end tag closes the foreign element it names
        if self.current().space != Space::Html {
            let foreign = [Space::Svg, Space::MathMl].iter().filter_map(|&s| self.top_of(s, name)).max();
            if let Some(at) = foreign
                && self.top(cat::HTML).is_none_or(|h| at > h)
            {
                self.pop_to(at);
                return;
            }
        }
        match name {
            "html" | "body" => {
                if self.phase == Phase::Head {
                    self.start_body(Vec::new());
                }
            }
            "head" => {
                if self.phase == Phase::Head && &*self.current().name != "html" {
                    self.pop_to(1);
                }
            }
            "br" => {
                self.start_body(Vec::new());
                self.insert(
                    Space::Html,
                    StartTag { name: "br".into(), attrs: Vec::new(), self_closing: false },
                    0,
                    true,
                );
            }
            "p" => {
                if let Some(at) = self.in_scope("p", cat::SCOPE | cat::BUTTON) {
                    self.pop_to(at);
                } else if self.phase == Phase::Body {
                    // a stray </p> makes an empty paragraph, as in browsers
                    self.insert(
                        Space::Html,
                        StartTag { name: "p".into(), attrs: Vec::new(), self_closing: false },
                        0,
                        true,
                    );
                }
            }
            "li" => {
                if let Some(at) = self.in_scope("li", cat::SCOPE | cat::LIST) {
                    self.pop_to(at);
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                if let Some(at) = self.top(cat::HEADING)
                    && self.limit(cat::SCOPE).is_none_or(|l| at >= l)
                {
                    self.pop_to(at);
                }
            }
            "table" | "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "caption" | "colgroup" => {
                if let Some(at) = self.top_of(Space::Html, name)
                    && self.limit(cat::TABLE).is_none_or(|l| at >= l)
                {
                    self.pop_to(at);
                }
            }
            "select" | "template" | "option" | "optgroup" => {
                if let Some(at) = self.top_of(Space::Html, name) {
                    self.pop_to(at);
                }
            }
            _ if is_special(name) || is_formatting(name) => {
                if let Some(at) = self.in_scope(name, cat::SCOPE) {
                    self.pop_to(at);
                }
            }
            // any other end tag closes the innermost element of its name
            // unless a special element is open inside that one
            _ => {
                if let Some(at) = self.top_of(Space::Html, name)
                    && self.top(cat::SPECIAL).is_none_or(|s| at > s)
                {
                    self.pop_to(at);
                }
            }
        }
    }

    fn finish(mut self) -> Parsed {
        self.pop_to(1);
        self.flush();
        if self.body.is_none() {
            self.start_body(Vec::new());
            self.pop_to(1);
        }
        self.stats.work = self.work;
        Parsed { document: self.document, stats: self.stats }
    }
}

fn is_formatting(name: &str) -> bool {
    matches!(
        name,
        "a" | "b" | "big" | "code" | "em" | "font" | "i" | "nobr" | "s" | "small" | "strike" | "strong" | "tt" | "u"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(html: &str) -> Parsed {
        parse(html, &|| false).unwrap()
    }

    /// The body serialised by dom_query, for comparing structure.
    fn body(html: &str) -> String {
        let p = doc(html);
        p.document.select("body").html().to_string()
    }

    fn linear(html: &str) -> Stats {
        let s = doc(html).stats;
        assert!(s.work <= 8 * html.len() as u64 + 64, "work {} for {} bytes", s.work, html.len());
        s
    }

    #[test]
    fn ordinary_markup_builds_the_expected_tree() {
        assert_eq!(body("<p>One <b>two</b></p><p>three"), "<body><p>One <b>two</b></p><p>three</p></body>");
        assert_eq!(body("<ul><li>a<li>b</ul>"), "<body><ul><li>a</li><li>b</li></ul></body>");
        assert_eq!(body("<p>a<div>b</div>"), "<body><p>a</p><div>b</div></body>");
        assert_eq!(body("<dl><dt>t<dd>d<dt>u</dl>"), "<body><dl><dt>t</dt><dd>d</dd><dt>u</dt></dl></body>");
        assert_eq!(
            body("<table><tr><td>a<td>b<tr><td>c</table>"),
            "<body><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table></body>"
        );
        assert_eq!(body("<h1>a<h2>b</h1>c"), "<body><h1>a</h1><h2>b</h2>c</body>");
        assert_eq!(
            body("<select><option>a<option>b</select>"),
            "<body><select><option>a</option><option>b</option></select></body>"
        );
    }

    #[test]
    fn head_and_body() {
        let p = doc("<!DOCTYPE html><html lang=en><head><title>T &amp; U</title><meta name=x content=y>\
                     <script>var a = '</div>';</script></head><body class=c><p>Hi</p></body></html>");
        let d = &p.document;
        assert_eq!(d.select("head title").text().to_string(), "T & U");
        assert_eq!(d.select("head meta").attr("content").unwrap().to_string(), "y");
        assert_eq!(d.select("head script").text().to_string(), "var a = '</div>';");
        assert_eq!(d.select("html").attr("lang").unwrap().to_string(), "en");
        assert_eq!(d.select("body").attr("class").unwrap().to_string(), "c");
        assert_eq!(d.select("body").html().to_string(), "<body class=\"c\"><p>Hi</p></body>");
        // no body tag at all
        assert_eq!(body("just text"), "<body>just text</body>");
        assert_eq!(body(""), "<body></body>");
    }

    #[test]
    fn tokenizer_details() {
        assert_eq!(
            body("a &lt; b &amp c &notit; &#x41;&#66;&#x80;&#0;"),
            "<body>a &lt; b &amp; c ¬it; AB€\u{fffd}</body>"
        );
        assert_eq!(
            body("<a href=\"?a=1&amp;b=2&copy=3\" title='x&quot;y'>l</a>"),
            "<body><a href=\"?a=1&amp;b=2&amp;copy=3\" title=\"x&quot;y\">l</a></body>"
        );
        assert_eq!(body("1 < 2 <3 </ 4 <!-- c --> 5"), "<body>1 &lt; 2 &lt;3 5</body>");
        assert_eq!(body("a<!-->b<!--->c<!-- x --!>d"), "<body>abcd</body>");
        assert_eq!(body("a<!-- never closed <p>b"), "<body>a</body>");
        assert_eq!(body("a<?php echo 1 ?>b<!x>c</>d"), "<body>abcd</body>");
        assert_eq!(body("<p title=a title=b x=1>t"), "<body><p title=\"a\" x=\"1\">t</p></body>");
        assert_eq!(body("<br/><div/>in"), "<body><br><div>in</div></body>");
        assert_eq!(body("a\r\nb\rc"), "<body>a\nb\nc</body>");
        assert_eq!(body("<textarea>&amp;<b></textarea>x"), "<body><textarea>&amp;&lt;b&gt;</textarea>x</body>");
        assert_eq!(body("<p>cut <b"), "<body><p>cut </p></body>");
        assert_eq!(body("<plaintext><b>x</plaintext>"), "<body><plaintext><b>x</plaintext></plaintext></body>");
    }

    #[test]
    fn foreign_content() {
        assert_eq!(
            body("<svg><g/><text>t</text><![CDATA[<x>]]></svg>after"),
            "<body><svg><g></g><text>t</text>&lt;x&gt;</svg>after</body>"
        );
        // an HTML paragraph ends the SVG
        assert_eq!(body("<svg><g><p>out"), "<body><svg><g></g></svg><p>out</p></body>");
        // outside SVG, CDATA is a bogus comment, which ends at the first `>`
        assert_eq!(body("a<![CDATA[b]]>c"), "<body>ac</body>");
        assert_eq!(body("a<![CDATA[b>c]]>d"), "<body>ac]]&gt;d</body>");
    }

    #[test]
    fn stray_end_tags_close_only_what_they_name() {
        assert_eq!(body("<div><span>a</x>b</span></div>"), "<body><div><span>ab</span></div></body>");
        // </span> does not close across a <div>
        assert_eq!(body("<span><div>a</span>b</div>c"), "<body><span><div>ab</div>c</span></body>");
        assert_eq!(body("<div></p>x"), "<body><div><p></p>x</div></body>");
        // before the body, stray end tags are ignored
        assert_eq!(body("</p></x>x"), "<body>x</body>");
    }

    #[test]
    fn depth_is_capped_but_text_kept() {
        let html = format!("{}deep text{}", "<dfn/>".repeat(150_000), "</dfn>".repeat(10));
        let s = linear(&html);
        assert_eq!(s.deepest, MAX_OPEN);
        let p = doc(&html);
        assert!(p.stats.elements <= MAX_DEPTH + 8 + (150_000 - MAX_OPEN));
        assert_eq!(p.document.select("body").text().to_string(), "deep text");
    }

    #[test]
    fn runs_of_whitespace_are_one_character_except_in_pre() {
        assert_eq!(body("<p>a \n\t b</p>  <i> c &nbsp; d</i>"), "<body><p>a b</p> <i> c d</i></body>");
        assert_eq!(body("<pre>a \n\n  b<b>  c</b></pre>"), "<body><pre>a \n\n  b<b>  c</b></pre></body>");
        assert_eq!(body("<listing>a   b</listing>"), "<body><listing>a   b</listing></body>");
        assert_eq!(body("<textarea>a   b</textarea>"), "<body><textarea>a   b</textarea></body>");
        // A fuzzer's page: each unit opens two more divs, so past the depth
        // cap every space went to the deepest element kept, and Readability
        // looked through that pile for text once for each div above it.
        let html = format!("<!-->{}'<div>", "<p> <div><div>".repeat(30_000));
        let s = linear(&html);
        assert!(s.deepest > 50_000);
        assert!(s.text_bytes < 2 * MAX_DEPTH, "{} bytes of text kept", s.text_bytes);
        assert!(s.text_depth < (2 * MAX_DEPTH * MAX_DEPTH) as u64, "text times depth {}", s.text_depth);
        assert_eq!(doc(&html).document.select("body").text().trim(), "'");
    }

    #[test]
    fn long_text_is_split_into_short_nodes_that_read_the_same() {
        let words = "said «the minister» &amp; the envoy\n".repeat(2_000);
        let html = format!("<pre>{words}</pre><p>{words}</p>");
        let p = doc(&html);
        for node in p.document.select("pre, p").nodes() {
            let children = node.children();
            assert!(children.len() > 10);
            assert!(children.iter().all(|c| c.text().len() <= MAX_TEXT_NODE));
            // no node but the last ends in whitespace
            assert!(children[..children.len() - 1].iter().all(|c| !c.text().ends_with(char::is_whitespace)));
            assert_eq!(node.text().to_string(), words.replace("&amp;", "&"));
        }
    }

    #[test]
    fn open_elements_and_names_are_capped() {
        // each name distinct, none closed: the model stays bounded
        let html: String = (0..MAX_NAMES + 5_000).map(|i| format!("<t{i}>")).collect::<String>() + "end";
        let p = doc(&html);
        assert!(p.stats.deepest <= MAX_OPEN);
        assert_eq!(p.document.select("body").text().to_string(), "end");
        // and closed again: the ones tracked still match their end tags
        let html = format!("{}<p>x</p>", "<b><i>".repeat(MAX_OPEN));
        let p = doc(&html);
        assert_eq!(p.stats.deepest, MAX_OPEN);
        assert!(p.document.select("body").text().ends_with('x'));
        // a script that cannot be opened still has its text read as script
        let html = format!("{}<script>var a = '<p>no</p>';</script>yes", "<b>".repeat(MAX_OPEN));
        assert_eq!(doc(&html).document.select("body").text().to_string(), "yes");
    }

    #[test]
    fn element_count_is_capped() {
        let html = "<b>x</b>".repeat(MAX_ELEMENTS + 10);
        let p = doc(&html);
        assert_eq!(p.stats.elements, MAX_ELEMENTS);
        assert_eq!(p.document.select("body").text().len(), MAX_ELEMENTS + 10);
    }

    #[test]
    fn attributes_are_capped() {
        let many: String = (0..10_000).map(|i| format!(" a{i}=v")).collect();
        let html = format!("<p{many} a0=w>t</p><p title=\"{}\">u</p>", "x".repeat(MAX_ATTRIBUTE_VALUE + 1));
        linear(&html);
        let p = doc(&html);
        let first = p.document.select("p").nodes()[0].attrs();
        assert_eq!(first.len(), MAX_ATTRIBUTES);
        assert_eq!(&*first[0].value, "v");
        assert!(p.document.select("p").nodes()[1].attrs().is_empty());
    }

    #[test]
    fn hostile_shapes_take_linear_work() {
        let n = 20_000;
        for html in [
            "<dfn/>".repeat(n),
            "<div></x>".repeat(n),
            format!("<!-->{}", "<div>".repeat(n)),
            format!("{}{}", "<div>".repeat(n), "</span>".repeat(n)),
            "<b id=1><p>x".repeat(n),
            "<a><a><table><td>".repeat(n),
            "<table>x<tr>y".repeat(n),
            format!("<button>{}", "<p>".repeat(n)),
            format!("<select>{}", "<option><optgroup>".repeat(n)),
            "<ul><li>".repeat(n),
            "<svg><p>".repeat(n),
            "<math><mi><svg><foreignObject>".repeat(n),
            format!("<template>{}", "<template><div>".repeat(n)),
            "<!--".repeat(n),
            "<![CDATA[".repeat(n),
            format!("<svg>{}", "<![CDATA[x]]>".repeat(n)),
            "<h1><h2><h3>".repeat(n),
            "<nobr><nobr>".repeat(n),
            "&amp;&#x41;&notanentity;&".repeat(n),
            format!("<p {}>", "a=&amp ".repeat(n)),
            "<script><!--<script>".repeat(n),
        ] {
            let s = linear(&html);
            assert!(s.elements <= MAX_ELEMENTS + 2);
        }
    }

    #[test]
    fn interruption_stops_the_parse() {
        let html = "<p>x".repeat(100_000);
        assert!(parse(&html, &|| true).is_none());
    }
}
