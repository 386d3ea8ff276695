//! Plain text articles: the text is the file, metadata comes from its top.
//!
//! Copied wire stories usually carry what we need in their first lines: a
//! headline, then a dateline (`MOSCOW, October 14. ...`) or a date on a line
//! of its own. The text itself is never touched, since spans point into it.

use crate::article::{Parsed, SourceFormat};

use super::dates::{date_line, dateline_date};

/// How many non-empty lines at the top may hold the date. Further down,
/// dates are about events in the story, not about the story.
const DATE_SEARCH_LINES: usize = 6;

/// An article from decoded plain text, kept exactly as decoded.
pub(crate) fn parse_text(source: &str, text: String) -> Parsed {
    let mut article = Parsed::from_text(source, text);
    article.format = SourceFormat::Text;
    article.date = find_date(&article.text);
    // A date alone on the first line is not a headline; the next line is.
    let title = {
        let mut lines = content_lines(&article.text);
        match lines.next() {
            Some(first) if date_line(first).is_some() => lines.next().map(|next| next.chars().take(200).collect()),
            _ => None,
        }
    };
    if let Some(title) = title {
        article.title = title;
    }
    article
}

/// The publication date near the top of a text: a dateline or a line that
/// is only a date, whichever comes first.
pub(crate) fn find_date(text: &str) -> Option<String> {
    content_lines(text)
        .take(DATE_SEARCH_LINES)
        .find_map(|line| date_line(line).or_else(|| dateline_date(line)).or_else(|| byline_date(line)))
}

/// The date after a byline: `Anna Koval — 4 December 2025, 19:40`, as
/// Ukrainian and Russian sites print the author and the time of posting.
/// The name before the dash is a few words without digits.
fn byline_date(line: &str) -> Option<String> {
    let (name, rest) = split_at_byline_dash(line)?;
    let words = name.split_whitespace().count();
    if !(1..=5).contains(&words) || name.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    date_line(rest)
}

/// `line` split around the first " — " in it, else the first " – ", else
/// the first " | ", in one pass over its bytes.
fn split_at_byline_dash(line: &str) -> Option<(&str, &str)> {
    const EM: &[u8] = " — ".as_bytes();
    const EN: &[u8] = " – ".as_bytes();
    const BAR: &[u8] = b" | ";
    let bytes = line.as_bytes();
    // the two dashes are E2 80 94 and E2 80 93
    let mut en = None;
    let mut bar = None;
    for at in memchr::memchr2_iter(0xE2, b'|', bytes) {
        let Some(start) = at.checked_sub(1) else { continue };
        let here = &bytes[start..];
        if here.starts_with(EM) {
            return Some((&line[..start], &line[start + EM.len()..]));
        }
        if en.is_none() && here.starts_with(EN) {
            en = Some(start);
        }
        if bar.is_none() && here.starts_with(BAR) {
            bar = Some(start);
        }
    }
    let (start, len) = en.map(|s| (s, EN.len())).or(bar.map(|s| (s, BAR.len())))?;
    Some((&line[..start], &line[start + len..]))
}

/// The lines of `text`, trimmed, without the empty ones: what
/// `text.lines().map(str::trim).filter(|l| !l.is_empty())` gives (a `\r`
/// before a line break is trimmed either way), with the line breaks found
/// by a vectorised search.
pub(crate) fn content_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut start = Some(0);
    std::iter::from_fn(move || {
        while let Some(from) = start {
            let end = breaks.next();
            start = end.map(|e| e + 1);
            let line = text[from..end.unwrap_or(text.len())].trim();
            if !line.is_empty() {
                return Some(line);
            }
        }
        None
    })
}

/// [`content_lines`] from the last line up.
pub(crate) fn content_lines_back(text: &str) -> impl Iterator<Item = &str> {
    let mut breaks = memchr::memrchr_iter(b'\n', text.as_bytes());
    let mut end = Some(text.len());
    std::iter::from_fn(move || {
        while let Some(to) = end {
            let start = breaks.next();
            end = start;
            let line = text[start.map_or(0, |s| s + 1)..to].trim();
            if !line.is_empty() {
                return Some(line);
            }
        }
        None
    })
}

/// Whether text that came in as `.txt` (or without a known extension) is
/// really a saved web page.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let starts = |prefix: &str| start.get(..prefix.len()).is_some_and(|s| s.eq_ignore_ascii_case(prefix));
    starts("<!doctype html")
        || (starts("<html") && start[5..].starts_with(|c: char| c == '>' || c.is_ascii_whitespace()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_after_a_byline() {
        let a = parse_text("a.txt", "Headline\n\nАнна Коваль — 4 грудня 2025, 19:40\n\nText.".to_string());
        assert_eq!(a.date.as_deref(), Some("2025-12-04"));
        let b = parse_text("b.txt", "Headline\n\nBy Tom Reed | 5 December 2025\n\nText.".to_string());
        assert_eq!(b.date.as_deref(), Some("2025-12-05"));
        // a sentence with a dash is no byline
        let c = parse_text("c.txt", "Headline\n\nTalks resumed in Geneva on Monday — 4 December 2025\n".to_string());
        assert_eq!(c.date, None);
    }

    #[test]
    fn text_is_kept_exactly_and_title_is_first_line() {
        let raw = "\r\n  Envoys meet in Geneva  \r\nGENEVA, Dec 3 - Talks began, officials said.  \r\n";
        let a = parse_text("wire/geneva.txt", raw.to_string());
        assert_eq!(a.text, raw);
        assert_eq!(a.title, "Envoys meet in Geneva");
        assert_eq!(a.date.as_deref(), Some("Dec 3"));
        assert_eq!(a.outlet, "");
        assert_eq!(a.format, SourceFormat::Text);
        assert_eq!(a.source, "wire/geneva.txt");
    }

    #[test]
    fn dateline_variants() {
        let cases = [
            ("T\nMOSCOW, October 14. The ministry said.", Some("October 14")),
            ("T\nKYIV/WASHINGTON, Aug 17 \u{2014} Talks resumed.", Some("Aug 17")),
            ("T\nBRUSSELS, December 3, 2025 - Ministers met.", Some("2025-12-03")),
            ("T\nBERLIN \u{2014} The chancellor spoke.", None),
            ("T\n\n3 December 2025\n\nBody.", Some("2025-12-03")),
            ("T\nBy A. Writer\n2025-12-03\nBody.", Some("2025-12-03")),
            ("T\nOn December 3, 2025, the envoy spoke.", None),
        ];
        for (text, want) in cases {
            assert_eq!(find_date(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn date_is_searched_only_near_the_top() {
        let text = format!("Title\n{}2025-12-03\n", "Line.\n".repeat(10));
        assert_eq!(find_date(&text), None);
    }

    #[test]
    fn date_line_first_gives_title_from_next_line() {
        let a = parse_text("a.txt", "December 3, 2025\nSummit ends without deal\nBody.".into());
        assert_eq!(a.title, "Summit ends without deal");
        assert_eq!(a.date.as_deref(), Some("2025-12-03"));
    }

    #[test]
    fn html_sniffing() {
        assert!(looks_like_html("\n  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML lang=en>"));
        assert!(looks_like_html("<html>"));
        assert!(!looks_like_html("<htmlfoo>"));
        assert!(!looks_like_html("The <html> tag"));
        assert!(!looks_like_html("<p>fragment</p>"));
    }

    #[test]
    fn byline_dash_split_as_three_plain_splits() {
        let mut texts = crate::lang::random_texts(2, 4000);
        for t in [
            "T\nMOSCOW, October 14. The ministry said.",
            "KYIV/WASHINGTON, Aug 17 \u{2014} Talks",
            "  BRUSSELS , December 3, 2025 - Ministers",
            "Brussels, Dec 3 - x",
            "НЬЮ-ЙОРК, 3 декабря. Текст",
        ] {
            texts.push(t.to_string());
        }
        for t in texts {
            let plain: Vec<&str> = t.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            assert_eq!(content_lines(&t).collect::<Vec<_>>(), plain, "{t:?}");
            let back: Vec<&str> = t.lines().rev().map(str::trim).filter(|l| !l.is_empty()).collect();
            assert_eq!(content_lines_back(&t).collect::<Vec<_>>(), back, "{t:?}");
            let plain = [" — ", " – ", " | "].iter().find_map(|d| t.split_once(d));
            assert_eq!(split_at_byline_dash(&t), plain, "{t:?}");
            assert_eq!(find_date(&t), find_date_plain(&t), "{t:?}");
        }
    }

    /// The date search as first written, with the plain splits.
    fn find_date_plain(text: &str) -> Option<String> {
        let byline = |line: &str| {
            let (name, rest) = [" — ", " – ", " | "].iter().find_map(|d| line.split_once(d))?;
            let words = name.split_whitespace().count();
            if !(1..=5).contains(&words) || name.chars().any(|c| c.is_ascii_digit()) {
                return None;
            }
            date_line(rest)
        };
        let dateline = |line: &str| {
            let (place, rest) = line.trim_start().split_once(',')?;
            let place = place.trim();
            let upper = place.chars().filter(|c| c.is_uppercase()).count();
            let is_place = (2..=60).contains(&place.chars().count())
                && upper >= 2
                && place.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '/' | '.' | '-' | '\'' | '\u{2019}'));
            if !is_place {
                return None;
            }
            let rest = rest.trim_start();
            let found = super::super::dates::parse_date_prefix(rest)?;
            let after = &rest[found.len..];
            let ends_well =
                after.is_empty() || after.starts_with(['.', ',', ' ', '(', '-', ':', '\u{2013}', '\u{2014}']);
            ends_well.then_some(found.value)
        };
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(DATE_SEARCH_LINES)
            .find_map(|line| date_line(line).or_else(|| dateline(line)).or_else(|| byline(line)))
    }
}
