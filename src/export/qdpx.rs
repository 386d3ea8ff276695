//! A REFI-QDA project (`.qdpx`), the exchange format of QDA software
//! (QualCoder, MAXQDA, ATLAS.ti, NVivo, Quirkos): a zip holding
//! `project.qde`, XML in the namespace `urn:QDA-XML:project:1.0`, and
//! `sources/<guid>.txt`, the plain text of each article.
//!
//! - The code book has three trees: `Actor` (one code per actor of the
//!   catalogue, in its colour), `Topic` (one per topic, its proposition as
//!   the description) and `Stance` (`favor`, `against`, `neutral`). The
//!   parents only group (`isCodable="false"`).
//! - Each article the filters let through is a `TextSource`; each
//!   statement shown (the view's filters apply) a `PlainTextSelection` of
//!   its content, coded with its
//!   actor, its topics and the stances it takes on them, described with
//!   its speaker, kind and stance per topic.
//! - A statement's note becomes a `Note`, referred to by a `NoteRef`.
//! - Positions count Unicode code points from 0, the end exclusive: what
//!   QualCoder reads (`fulltext[start:end]` in Python). The text is
//!   written with `\n` line ends whatever the article had (QualCoder
//!   shifts positions in a file with `\r\n`), and positions count in that
//!   text.
//! - GUIDs are derived from ids (the article's, the statement's key, the
//!   actor's and topic's), so exporting the same session twice gives the
//!   same GUIDs and a QDA project can be matched against a newer export.

use super::xml::escape;
use crate::compare::Comparison;
use crate::session::StatementKey;
use crate::span::CharIndex;
use crate::topics::Stance;
use crate::workspace::Workspace;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;

/// A GUID (UUID form, version 8: "custom") derived from `name`: two
/// FNV-1a hashes of it, so the same name always gives the same GUID.
pub fn guid(name: &str) -> String {
    let h = |seed: u64| {
        let mut h = seed;
        for b in name.as_bytes() {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    };
    let hi = h(0xcbf2_9ce4_8422_2325);
    let lo = h(0x6c62_272e_07bb_0142);
    // version 8 in the 13th hex digit, the RFC 9562 variant (10xx) in the 17th
    let hi = (hi & !0xf000) | 0x8000;
    let lo = (lo & !(0xc << 60)) | (0x8 << 60);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

fn statement_guid(key: &StatementKey) -> String {
    guid(&format!("statement:{}:{}-{}", key.article, key.span.start, key.span.end))
}

fn stance_code(s: Stance) -> String {
    guid(&format!("code:stance:{}", s.label()))
}

/// The text as written into the project (`\n` line ends), and how to turn
/// a byte offset of the article's text into a position in it.
struct Positions<'a> {
    index: CharIndex<'a>,
    /// Byte offsets of the `\r` of each `\r\n`, in order.
    crlf: Vec<usize>,
}

impl<'a> Positions<'a> {
    fn new(text: &'a str) -> Self {
        let crlf = text.match_indices("\r\n").map(|(i, _)| i).collect();
        Positions { index: CharIndex::new(text), crlf }
    }

    /// The code point position of `byte` in the text with `\n` line ends.
    fn of(&self, byte: usize) -> usize {
        self.index.char_offset(byte) - self.crlf.partition_point(|&i| i < byte)
    }
}

/// Now, as `xsd:dateTime` in UTC.
fn now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let day = (secs / 86_400) as i32;
    let (y, m, d) = crate::calendar::civil_from_days(day);
    let s = secs % 86_400;
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// The project XML and the sources it names (path in the zip, text).
pub struct Project {
    pub qde: String,
    pub sources: Vec<(String, String)>,
}

/// The project of the comparison `c` of `ws`; `name` is the project's
/// name (the session's).
pub fn project(ws: &Workspace, c: &Comparison, name: &str) -> Project {
    let s = &ws.session;
    let when = now();
    let user = guid("user:counterpoint");
    let stamp = format!("creatingUser=\"{user}\" creationDateTime=\"{when}\"");
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        x,
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"{}\" origin=\"Counterpoint {}\" \
         creatingUserGUID=\"{user}\" creationDateTime=\"{when}\">",
        escape(name),
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(x, "  <Users>\n    <User guid=\"{user}\" name=\"Counterpoint\" id=\"counterpoint\"/>\n  </Users>");

    // the code book
    x.push_str("  <CodeBook>\n    <Codes>\n");
    let _ = writeln!(x, "      <Code guid=\"{}\" name=\"Actor\" isCodable=\"false\">", guid("code:actor"));
    // an actor's parts (NATO of Western officials) are codes inside its
    // code, so a QDA tool can count them apart or together
    let cat = &s.catalogue;
    let actor_code = |x: &mut String, i: usize, indent: &str, close: bool| {
        let a = &cat.actors[i];
        let [r, g, b] = a.colour.0;
        let _ = writeln!(
            x,
            "{indent}<Code guid=\"{}\" name=\"{}\" isCodable=\"true\" color=\"#{r:02X}{g:02X}{b:02X}\">\
             <Description>{}</Description>{}",
            guid(&format!("code:actor:{}", a.id)),
            escape(&a.name),
            escape(&if a.group.is_empty() { a.id.clone() } else { format!("{} ({})", a.id, a.group) }),
            if close { "</Code>" } else { "" }
        );
    };
    for i in (0..cat.actors.len()).filter(|&i| cat.root(i) == i) {
        let parts: Vec<usize> = cat.parts(i).collect();
        actor_code(&mut x, i, "        ", parts.is_empty());
        if !parts.is_empty() {
            for p in parts {
                actor_code(&mut x, p, "          ", true);
            }
            x.push_str("        </Code>\n");
        }
    }
    x.push_str("      </Code>\n");
    let _ = writeln!(x, "      <Code guid=\"{}\" name=\"Topic\" isCodable=\"false\">", guid("code:topic"));
    for t in &s.topics.topics {
        let _ = write!(
            x,
            "        <Code guid=\"{}\" name=\"{}\" isCodable=\"true\"",
            guid(&format!("code:topic:{}", t.id)),
            escape(&t.name)
        );
        if t.proposition.trim().is_empty() {
            x.push_str("/>\n");
        } else {
            let _ = writeln!(x, "><Description>Favor: {}</Description></Code>", escape(&t.proposition));
        }
    }
    x.push_str("      </Code>\n");
    let _ = writeln!(x, "      <Code guid=\"{}\" name=\"Stance\" isCodable=\"false\">", guid("code:stance"));
    for st in Stance::ALL {
        let _ = writeln!(x, "        <Code guid=\"{}\" name=\"{}\" isCodable=\"true\"/>", stance_code(st), st.label());
    }
    x.push_str("      </Code>\n    </Codes>\n  </CodeBook>\n");

    // the sources, with a selection per statement shown
    let mut by_article: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for r in &c.list {
        by_article.entry(r.article).or_default().push(r.entry);
    }
    let mut sources = Vec::new();
    let mut notes: Vec<(String, String, String)> = Vec::new();
    x.push_str("  <Sources>\n");
    for (i, a) in s.articles.iter().enumerate() {
        let ai = i as u32;
        let entries = by_article.get(&ai).map_or(&[][..], Vec::as_slice);
        // every article the filters let through, with or without statements,
        // so the analyst can code it further
        if entries.is_empty() && !c.included.get(i).copied().unwrap_or(false) {
            continue;
        }
        let source = guid(&format!("article:{}", a.id));
        let text = a.text.replace("\r\n", "\n");
        let pos = Positions::new(&a.text);
        let _ = writeln!(
            x,
            "    <TextSource guid=\"{source}\" name=\"{}\" plainTextPath=\"internal://{source}.txt\" {stamp}>",
            escape(&a.title)
        );
        let mut about = vec![a.source.clone()];
        if !a.outlet.is_empty() {
            about.push(a.outlet.clone());
        }
        if let Some(d) = &a.date {
            about.push(d.clone());
        }
        let _ = writeln!(x, "      <Description>{}</Description>", escape(&about.join(", ")));
        for &ei in entries {
            let Some(e) = ws.entries.get(ai as usize).and_then(|v| v.get(ei as usize)) else { continue };
            let st = &e.statement;
            let sel = statement_guid(&e.key);
            let (start, end) = (pos.of(st.content.start), pos.of(st.content.end));
            let speaker = st.speaker.as_deref().unwrap_or("unknown speaker");
            let label: String = e.text.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(60).collect();
            let _ = writeln!(
                x,
                "      <PlainTextSelection guid=\"{sel}\" name=\"{}\" startPosition=\"{start}\" endPosition=\"{end}\" {stamp}>",
                escape(&format!("{speaker}: {label}"))
            );
            let mut description = format!("{speaker} ({})", super::kind_word(st.kind));
            for (t, v) in &st.stance {
                let topic = s.topics.topic(t).map_or(t.as_str(), |x| x.name.as_str());
                let _ = write!(description, "; {topic}: {}", v.label());
            }
            let _ = writeln!(x, "        <Description>{}</Description>", escape(&description));
            let mut codes: Vec<(String, String)> = Vec::new();
            if let Some(actor) = st.actor.as_deref().filter(|id| s.catalogue.actor(id).is_some()) {
                codes.push((format!("actor:{actor}"), guid(&format!("code:actor:{actor}"))));
            }
            for t in st.topics.iter().filter(|t| s.topics.topic(t).is_some()) {
                codes.push((format!("topic:{t}"), guid(&format!("code:topic:{t}"))));
            }
            let stances: BTreeSet<Stance> = st.stance.values().copied().collect();
            for v in stances {
                codes.push((format!("stance:{}", v.label()), stance_code(v)));
            }
            for (what, code) in codes {
                let coding = guid(&format!("coding:{sel}:{what}"));
                let _ =
                    writeln!(x, "        <Coding guid=\"{coding}\" {stamp}><CodeRef targetGUID=\"{code}\"/></Coding>");
            }
            if !e.note.trim().is_empty() {
                let note = guid(&format!("note:{sel}"));
                let _ = writeln!(x, "        <NoteRef targetGUID=\"{note}\"/>");
                notes.push((note, format!("Note on {speaker}: {label}"), e.note.clone()));
            }
            x.push_str("      </PlainTextSelection>\n");
        }
        x.push_str("    </TextSource>\n");
        sources.push((format!("sources/{source}.txt"), text));
    }
    x.push_str("  </Sources>\n");
    if !notes.is_empty() {
        x.push_str("  <Notes>\n");
        for (g, title, text) in notes {
            let _ = writeln!(
                x,
                "    <Note guid=\"{g}\" name=\"{}\" {stamp}><PlainTextContent>{}</PlainTextContent></Note>",
                escape(&title),
                escape(&text)
            );
        }
        x.push_str("  </Notes>\n");
    }
    x.push_str("</Project>\n");
    Project { qde: x, sources }
}

/// The `.qdpx` file: the project zipped with its sources.
pub fn qdpx(ws: &Workspace, c: &Comparison, name: &str) -> std::io::Result<Vec<u8>> {
    let p = project(ws, c, name);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("project.qde", options).map_err(std::io::Error::other)?;
    zip.write_all(p.qde.as_bytes())?;
    for (path, text) in &p.sources {
        zip.start_file(path.as_str(), options).map_err(std::io::Error::other)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_are_stable_uuids_and_differ_by_name() {
        let a = guid("article:1");
        assert_eq!(a, guid("article:1"));
        assert_ne!(a, guid("article:2"));
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), [8, 4, 4, 4, 12]);
        assert!(a.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
        assert_eq!(&parts[2][..1], "8", "version 8");
        assert!(matches!(&parts[3][..1], "8" | "9" | "a" | "b"), "RFC variant");
    }

    #[test]
    fn positions_count_code_points_in_text_with_lf_line_ends() {
        let text = "Заголовок\r\n“Ми — за”, said ü.\r\nEnd";
        let p = Positions::new(text);
        let lf = text.replace("\r\n", "\n");
        let start = text.find('“').unwrap();
        let end = text.find(", said").unwrap();
        let chars: Vec<char> = lf.chars().collect();
        let got: String = chars[p.of(start)..p.of(end)].iter().collect();
        assert_eq!(got, "“Ми — за”");
        let e = text.find("End").unwrap();
        assert_eq!(chars[p.of(e)..].iter().collect::<String>(), "End");
    }

    #[test]
    fn now_is_an_xsd_date_time() {
        let t = now();
        assert_eq!(t.len(), 20, "{t}");
        assert!(t.ends_with('Z') && t.as_bytes()[10] == b'T', "{t}");
    }
}
