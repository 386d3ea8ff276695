//! Bytes to text: byte order marks, legacy encodings, and refusing what is
//! not text at all.
//!
//! The order of the checks matters. Known file signatures come first so a
//! user who drops a photo or a PDF gets told *what* it is, not just "binary".
//! A byte order mark is trusted over any guess. Valid UTF-8 is taken as is,
//! because legacy encodings almost never happen to form valid UTF-8 beyond
//! ASCII. Only then is the encoding guessed, with chardetng (the detector
//! Firefox uses), which needs some text to be reliable. Measured on
//! invented Windows-1251 Russian: every prefix of ordinary prose longer than
//! about 10 characters (two or three words) was decoded correctly, but
//! single words and capitals (`НАТО`, `МИД РФ`, `Да`) came out as Greek,
//! Turkish or Western text. Articles are far longer than that; a one-line
//! note in a legacy encoding may be misread.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, REPLACEMENT, UTF_8, UTF_16BE, UTF_16LE};

/// Why bytes could not be turned into article text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeProblem {
    /// No bytes, or nothing but whitespace and a byte order mark.
    #[error("the file is empty")]
    Empty,
    /// Not text; `what` names the kind of file for the user ("a PNG image").
    #[error("this is {what}, not an article")]
    Binary { what: String },
}

/// How much of the start of a file is inspected for binary content. Enough
/// to catch any real binary format, small enough to stay cheap on 20 MB.
const SNIFF_LEN: usize = 64 * 1024;

/// Decodes the bytes of a text file.
///
/// UTF-8 comes back byte for byte, minus a byte order mark: no newline
/// normalisation and no trimming, because offsets into this text are
/// compared with offsets into the raw file. UTF-16 needs a byte order mark;
/// without one it looks like binary data (NUL bytes) and is refused.
///
/// # Errors
///
/// [`DecodeProblem::Empty`] for no text at all, [`DecodeProblem::Binary`]
/// for a known non-text format or bytes that do not look like text.
pub fn decode_text(bytes: &[u8]) -> Result<String, DecodeProblem> {
    decode_with_declared(bytes, None)
}

/// [`decode_text`], with an encoding the document declares for itself (an
/// HTML `<meta charset>`), used instead of guessing when the bytes are not
/// UTF-8. A byte order mark still wins, as it does in browsers.
pub(crate) fn decode_with_declared(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<String, DecodeProblem> {
    if bytes.is_empty() {
        return Err(DecodeProblem::Empty);
    }
    if let Some(what) = file_signature(bytes) {
        return Err(DecodeProblem::Binary { what: what.into() });
    }
    let text = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => {
            let body = &bytes[bom_len..];
            if encoding == UTF_8 {
                refuse_binary_bytes(body)?;
                utf8_or_lossy(body)
            } else {
                let (text, _) = encoding.decode_without_bom_handling(body);
                refuse_binary_chars(&text)?;
                text.into_owned()
            }
        }
        None => {
            refuse_binary_bytes(bytes)?;
            match std::str::from_utf8(bytes) {
                Ok(text) => text.to_owned(),
                Err(_) => {
                    let encoding = declared
                        .filter(|e| ![UTF_8, UTF_16LE, UTF_16BE, REPLACEMENT].contains(e))
                        .unwrap_or_else(|| guess_encoding(bytes));
                    encoding.decode_without_bom_handling(bytes).0.into_owned()
                }
            }
        }
    };
    if text.trim().is_empty() {
        return Err(DecodeProblem::Empty);
    }
    Ok(text)
}

/// The encoding chardetng finds most likely for the whole file.
pub(crate) fn guess_encoding(bytes: &[u8]) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, Utf8Detection::Allow)
}

/// The encoding an HTML document declares in its first bytes
/// (`<meta charset="windows-1251">` or the `http-equiv` form). Like the
/// browsers' prescan, only the start of the file is looked at.
pub(crate) fn declared_html_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let mut from = 0;
    while let Some(at) = find_ignore_ascii_case(&head[from..], b"charset") {
        let mut i = from + at + b"charset".len();
        from = i;
        while head.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if head.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while head.get(i).is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'') {
            i += 1;
        }
        let len = head[i..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
            .count();
        if let Some(encoding) = Encoding::for_label(&head[i..i + len]) {
            return Some(encoding);
        }
    }
    None
}

fn find_ignore_ascii_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

fn utf8_or_lossy(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// Well-known signatures at the start of non-text files, with the name the
/// user will read.
fn file_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"II*\x00", "a TIFF image"),
        (b"MM\x00*", "a TIFF image"),
        (b"\x00\x00\x01\x00", "an icon image"),
        (b"%PDF-", "a PDF document"),
        (b"{\\rtf", "an RTF document (save it as plain text first)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Microsoft Office document"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\xfd7zXZ\x00", "an XZ archive"),
        (b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
        (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (b"Rar!\x1a\x07", "a RAR archive"),
        (b"\x7fELF", "a program (ELF executable)"),
        (b"\xcf\xfa\xed\xfe", "a program (Mach-O executable)"),
        (b"\xca\xfe\xba\xbe", "a program or Java class file"),
        (b"\x00asm", "a WebAssembly module"),
        (b"SQLite format 3\x00", "an SQLite database"),
        (b"OggS", "an Ogg audio or video file"),
        (b"fLaC", "a FLAC audio file"),
        (b"ID3", "an MP3 audio file"),
        (b"wOFF", "a web font"),
        (b"wOF2", "a web font"),
    ];
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Some(zip_kind(bytes));
    }
    // bzip2: "BZh", a block size digit, then the block magic (pi in BCD).
    if bytes.len() >= 10 && bytes.starts_with(b"BZh") && &bytes[4..10] == b"\x31\x41\x59\x26\x53\x59" {
        return Some("a bzip2 archive");
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" {
        return Some(match &bytes[8..12] {
            b"WEBP" => "a WebP image",
            b"WAVE" => "a WAV audio file",
            b"AVI " => "an AVI video",
            _ => "a RIFF media file",
        });
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("an MP4 or QuickTime video");
    }
    SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, what)| *what)
}

/// Office documents, e-books and plain archives all start as ZIP files; the
/// names of the first entries tell them apart.
fn zip_kind(bytes: &[u8]) -> &'static str {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let has = |needle: &[u8]| memchr::memmem::find(head, needle).is_some();
    if has(b"word/") {
        "a Word document (save it as plain text or HTML first)"
    } else if has(b"xl/") {
        "an Excel spreadsheet"
    } else if has(b"ppt/") {
        "a PowerPoint presentation"
    } else if has(b"application/vnd.oasis.opendocument") {
        "an OpenDocument file (save it as plain text or HTML first)"
    } else if has(b"application/epub+zip") {
        "an EPUB e-book"
    } else {
        "a ZIP archive"
    }
}

/// Refuses bytes with NULs or many control characters near the start.
fn refuse_binary_bytes(bytes: &[u8]) -> Result<(), DecodeProblem> {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    if memchr::memchr(0, sample).is_some() {
        return Err(binary_data());
    }
    // counted in blocks of a fixed size with a one-byte count, a loop the
    // compiler does with vector instructions
    let (blocks, rest) = sample.as_chunks::<64>();
    let mut controls = 0;
    for block in blocks {
        controls += usize::from(block.iter().fold(0u8, |n, &b| n + u8::from(is_control_byte(b))));
    }
    controls += rest.iter().filter(|&&b| is_control_byte(b)).count();
    too_many_controls(controls, sample.len())
}

/// [`is_control`] of a byte, written with comparisons only (no table or
/// bit test), so that many bytes are tested at once.
#[inline]
fn is_control_byte(b: u8) -> bool {
    // below 0x20 but not 09, 0A, 0C, 0D (0x09 to 0x0D without 0x0B) or 1B
    let text_control = ((b.wrapping_sub(0x09) < 5) & (b != 0x0b)) | (b == 0x1b);
    ((b < 0x20) & !text_control) | (b == 0x7f)
}

/// The same check on decoded text, for UTF-16 where bytes are meaningless.
fn refuse_binary_chars(text: &str) -> Result<(), DecodeProblem> {
    let mut total = 0;
    let mut controls = 0;
    for c in text.chars().take(SNIFF_LEN) {
        if c == '\0' {
            return Err(binary_data());
        }
        total += 1;
        controls += usize::from(is_control(u32::from(c)));
    }
    too_many_controls(controls, total)
}

/// C0 controls other than the ones text files really contain (tab, line
/// feed, carriage return, form feed, and escape for ISO-2022 text).
fn is_control(c: u32) -> bool {
    (c < 0x20 && !matches!(c, 0x09 | 0x0a | 0x0c | 0x0d | 0x1b)) || c == 0x7f
}

/// Text has next to no control characters; more than one in ten is not text.
fn too_many_controls(controls: usize, total: usize) -> Result<(), DecodeProblem> {
    if controls * 10 > total { Err(binary_data()) } else { Ok(()) }
}

fn binary_data() -> DecodeProblem {
    DecodeProblem::Binary { what: "binary data".into() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{WINDOWS_1251, WINDOWS_1252};

    const RUSSIAN: &str = "Министр иностранных дел заявил, что переговоры продолжатся \
        в Женеве на следующей неделе. По его словам, стороны обсудят вопросы безопасности.";
    const FRENCH: &str = "Le ministre a déclaré que les négociations reprendraient à Genève. \
        « Nous sommes prêts », a-t-il ajouté, sans préciser l'échéance.";
    const GERMAN: &str = "Die Außenministerin äußerte sich nach dem Treffen in Brüssel: \
        Die Gespräche seien schwierig gewesen, über Grenzfragen gebe es keine Einigung.";

    fn binary_what(bytes: &[u8]) -> String {
        match decode_text(bytes) {
            Err(DecodeProblem::Binary { what }) => what,
            other => panic!("expected binary, got {other:?}"),
        }
    }

    #[test]
    fn utf8_comes_back_byte_for_byte() {
        let raw = "  Title\r\n\r\n\u{201c}Quoted,\u{201d} he said.\t \n\n";
        assert_eq!(decode_text(raw.as_bytes()).unwrap(), raw);
    }

    #[test]
    fn utf8_bom_is_removed_and_nothing_else_changes() {
        let body = "Envoy\u{2019}s words\r\nSecond line \r\n";
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice(body.as_bytes());
        assert_eq!(decode_text(&bytes).unwrap(), body);
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let text = "Посол сказал: \u{ab}Нет\u{bb}.\r\nLine two";
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode_text(&le).unwrap(), text);
        assert_eq!(decode_text(&be).unwrap(), text);
    }

    #[test]
    fn utf16_without_bom_is_refused_as_binary() {
        let le: Vec<u8> = "Hello there".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(binary_what(&le), "binary data");
    }

    #[test]
    fn windows_1251_russian_round_trips() {
        let (bytes, _, unmappable) = WINDOWS_1251.encode(RUSSIAN);
        assert!(!unmappable);
        assert_eq!(guess_encoding(&bytes), WINDOWS_1251);
        assert_eq!(decode_text(&bytes).unwrap(), RUSSIAN);
    }

    #[test]
    fn windows_1251_minimum_length_for_detection() {
        // The finding quoted in the module docs: a few words of prose are
        // enough, a lone word in capitals is not.
        for enough in ["Да, мы готовы", "Он сказал нет", "Это так, заявил посол"]
        {
            let (bytes, _, _) = WINDOWS_1251.encode(enough);
            assert_eq!(decode_text(&bytes).unwrap(), enough);
        }
        let (bytes, _, _) = WINDOWS_1251.encode("НАТО");
        assert_ne!(guess_encoding(&bytes), WINDOWS_1251, "detection improved: update the docs");
    }

    #[test]
    fn latin1_french_and_german_round_trip() {
        for text in [FRENCH, GERMAN] {
            let (bytes, _, unmappable) = WINDOWS_1252.encode(text);
            assert!(!unmappable);
            assert!(std::str::from_utf8(&bytes).is_err());
            assert_eq!(decode_text(&bytes).unwrap(), text);
        }
    }

    #[test]
    fn declared_charset_is_used_for_non_utf8() {
        let html = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; \
             charset=windows-1251\"></head><body><p>{}</p></body></html>",
            "Да."
        );
        let (bytes, _, _) = WINDOWS_1251.encode(&html);
        assert_eq!(declared_html_charset(&bytes), Some(WINDOWS_1251));
        assert_eq!(decode_with_declared(&bytes, declared_html_charset(&bytes)).unwrap(), html);
        assert_eq!(declared_html_charset(b"<meta charset='utf-8'>"), Some(UTF_8));
        assert_eq!(declared_html_charset(b"<p>no declaration</p>"), None);
    }

    #[test]
    fn known_signatures_are_named() {
        assert_eq!(binary_what(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "a PNG image");
        assert_eq!(binary_what(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "a PDF document");
        assert_eq!(binary_what(b"PK\x03\x04\x14\0\0\0notes.txt"), "a ZIP archive");
        assert!(binary_what(b"PK\x03\x04\x14\0\0\0word/document.xml").starts_with("a Word"));
        assert_eq!(binary_what(b"\xff\xd8\xff\xe0\0\x10JFIF"), "a JPEG image");
        assert_eq!(binary_what(b"GIF89a\x01\0"), "a GIF image");
        assert_eq!(binary_what(b"\x1f\x8b\x08\0"), "a gzip archive");
        assert_eq!(binary_what(b"RIFF\0\0\0\0WEBPVP8 "), "a WebP image");
        assert_eq!(binary_what(b"BZh91AY&SY\x01"), "a bzip2 archive");
        // "BZh" followed by prose is text, not bzip2.
        assert_eq!(decode_text(b"BZhang spoke").unwrap(), "BZhang spoke");
    }

    #[test]
    fn nul_bytes_or_many_controls_are_binary_data() {
        assert_eq!(binary_what(b"some text\0more"), "binary data");
        assert_eq!(binary_what(b"\x01\x02\x03\x04abc\x05\x06"), "binary data");
        // A stray form feed or two in a long text is fine.
        let text = format!("{}\x0c{}", "Minister. ".repeat(20), "End.");
        assert_eq!(decode_text(text.as_bytes()).unwrap(), text);
    }

    #[test]
    fn controls_are_counted_wherever_they_fall() {
        // one control in every nine bytes is one too many, whatever the
        // offsets of the controls
        for control in [0x01u8, 0x08, 0x1f, 0x7f] {
            for shift in 0..8 {
                let mut bytes = b"x".repeat(shift);
                for _ in 0..20 {
                    bytes.extend_from_slice(b"abcd\tef\n");
                    bytes.push(control);
                }
                assert!(refuse_binary_bytes(&bytes).is_err(), "{control:#x} {shift}");
                // the same text with a tenth of the controls is text
                let fewer: Vec<u8> =
                    bytes.iter().enumerate().filter(|&(i, &b)| b != control || i % 90 < 9).map(|(_, &b)| b).collect();
                assert!(refuse_binary_bytes(&fewer).is_ok(), "{control:#x} {shift}");
            }
        }
    }

    #[test]
    fn empty_and_blank_files_are_empty() {
        assert_eq!(decode_text(b""), Err(DecodeProblem::Empty));
        assert_eq!(decode_text(b" \r\n\t\n"), Err(DecodeProblem::Empty));
        assert_eq!(decode_text(b"\xef\xbb\xbf"), Err(DecodeProblem::Empty));
        assert_eq!(decode_text(b"\xff\xfe \0\n\0"), Err(DecodeProblem::Empty));
    }

    #[test]
    fn controls_counted_as_byte_by_byte() {
        fn plain(bytes: &[u8]) -> Result<(), DecodeProblem> {
            let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
            if sample.contains(&0) {
                return Err(binary_data());
            }
            let controls = sample.iter().filter(|&&b| is_control(u32::from(b))).count();
            too_many_controls(controls, sample.len())
        }
        for b in 0..=255u8 {
            assert_eq!(is_control_byte(b), is_control(u32::from(b)), "{b:#x}");
        }
        let mut state = 0x1234_5678_9abc_def1u64;
        for round in 0..3000 {
            let len = [0, 1, 7, 8, 9, 254, 255, 256, 511, 1000, 70_000][round % 11];
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    // mostly text, some controls
                    let r = (state >> 32) as u8;
                    let v = r.wrapping_mul(7) % 0x21;
                    if usize::from(r) < 200 + round % 56 {
                        b'a' + r % 26
                    } else if v == 0 && round % 5 != 0 {
                        0x7f
                    } else {
                        v
                    }
                })
                .collect();
            assert_eq!(refuse_binary_bytes(&bytes), plain(&bytes));
        }
    }
}
