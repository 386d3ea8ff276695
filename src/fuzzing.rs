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
