//! Publication dates as newsrooms write them.
//!
//! Sessions compare statements across articles by day, so a date is
//! normalised to `YYYY-MM-DD` whenever the year is known. Datelines usually
//! leave the year out ("MOSCOW, October 14"); inventing one would be a
//! guess, so the text is then kept as written.
//!
//! Only the forms seen in wire copy and page metadata are recognised: ISO
//! (`2025-12-03`, with or without a time), `03.12.2025`, `3 December 2025`,
//! `December 3, 2025`, abbreviations, ordinals, a leading weekday, and month
//! names in English, French, German, Russian and Ukrainian. `12/03/2025` is
//! left alone on purpose: it means different days on either side of the
//! Atlantic.

/// A date found at the start of a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// `YYYY-MM-DD`, or the text as written when the year is missing.
    pub(crate) value: String,
    /// Bytes of the input the date took up (after any weekday).
    pub(crate) len: usize,
    pub(crate) year: Option<u32>,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

/// Reads a date at the very start of `s`.
pub(crate) fn parse_date_prefix(s: &str) -> Option<FoundDate> {
    numeric_date(s).or_else(|| worded_date(s))
}

/// A stored date as the app shows it: `3 Dec 2025`, or `3 Dec` when the
/// article never gave the year, so that dates read the same whichever way
/// each newsroom wrote them. Anything that is not a date we recognise is
/// shown as stored.
pub fn display_date(stored: &str) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    match parse_date_prefix(stored.trim()) {
        Some(found) if found.len == stored.trim().len() => {
            let month = MONTHS[found.month as usize - 1];
            match found.year {
                Some(year) => format!("{} {month} {year}", found.day),
                None => format!("{} {month}", found.day),
            }
        }
        _ => stored.to_string(),
    }
}

/// Normalises a date from metadata (`<meta>`, JSON-LD, front matter).
///
/// Metadata values that are not dates we understand are kept as written
/// when short, since they are still more useful to a reader than nothing;
/// long ones are junk, not dates.
pub(crate) fn normalise_meta_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    if let Some(found) = parse_date_prefix(raw) {
        return Some(found.value);
    }
    (raw.chars().count() <= 40).then(|| raw.to_string())
}

/// A line that is nothing but a date, such as `3 December 2025`,
/// `Published: 2025-12-03 14:05` or `Wednesday, December 3, 2025`.
pub(crate) fn date_line(line: &str) -> Option<String> {
    let mut s = line.trim();
    for label in ["published on", "published:", "published", "posted on", "posted:", "posted", "updated:", "date:"] {
        if s.len() >= label.len() && s.is_char_boundary(label.len()) && s[..label.len()].eq_ignore_ascii_case(label) {
            s = s[label.len()..].trim_start();
            break;
        }
    }
    let found = parse_date_prefix(s)?;
    let rest = s[found.len..].trim_start_matches([',', ' ', '.', '|', '-', '\u{2013}', '\u{2014}']);
    let rest = rest.strip_prefix("at ").unwrap_or(rest);
    (rest.is_empty() || starts_with_time(rest)).then_some(found.value)
}

/// The date in a wire-style dateline: `BRUSSELS, Dec 3 - ...`,
/// `KYIV/WASHINGTON, Aug 17 — ...`. The place must be in capitals, which is
/// what keeps ordinary sentences starting with a date from matching.
pub(crate) fn dateline_date(line: &str) -> Option<String> {
    // a small ASCII letter before the first comma is in the place, which
    // is in capitals: ordinary sentences are turned down at once
    if line.bytes().take_while(|&b| b != b',').any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let (place, rest) = line.trim_start().split_once(',')?;
    if !is_dateline_place(place) {
        return None;
    }
    let rest = rest.trim_start();
    let found = parse_date_prefix(rest)?;
    let after = &rest[found.len..];
    let ends_well = after.is_empty() || after.starts_with(['.', ',', ' ', '(', '-', ':', '\u{2013}', '\u{2014}']);
    ends_well.then_some(found.value)
}

fn is_dateline_place(place: &str) -> bool {
    let place = place.trim();
    // the character test first: it stops at the first small letter, which
    // ordinary sentences have at once
    place.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '/' | '.' | '-' | '\'' | '\u{2019}'))
        && (2..=60).contains(&place.chars().count())
        && place.chars().filter(|c| c.is_uppercase()).count() >= 2
}

fn starts_with_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits) && b.get(digits) == Some(&b':') && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
}

/// `2025-12-03`, `2025/12/03`, `2025-12-03T10:00:00Z` or `03.12.2025`.
fn numeric_date(s: &str) -> Option<FoundDate> {
    let mut c = Cursor::new(s);
    let first = c.number(1, 4)?;
    let first_len = c.pos;
    let sep = c.next_char()?;
    if first_len == 4 && matches!(sep, '-' | '/' | '.') {
        let month = c.number(1, 2)?;
        if !c.eat(sep) {
            return None;
        }
        let day = c.number(1, 2)?;
        return full_date(first, month, day, c.pos);
    }
    if first_len <= 2 && sep == '.' {
        let month = c.number(1, 2)?;
        if !c.eat('.') {
            return None;
        }
        let year = c.number(4, 4)?;
        return full_date(year, month, first, c.pos);
    }
    None
}

/// `3 December 2025`, `Dec. 3, 2025`, `Wed, 03 Dec 2025 10:00 GMT`,
/// `October 14`, Russian `3 декабря 2025 г.`.
fn worded_date(s: &str) -> Option<FoundDate> {
    let mut c = Cursor::new(s);
    // An optional weekday, not part of the date as found.
    if let Some(word) = c.word()
        && is_weekday(word)
    {
        c.eat('.');
        c.eat(',');
        if c.spaces() == 0 {
            return None;
        }
    } else {
        c.pos = 0;
    }
    let start = c.pos;

    if let Some(day) = c.number(1, 2) {
        // Day first: "3 December 2025", "3rd Dec", "3. Dezember 2025".
        c.ordinal_suffix();
        c.eat('.');
        if c.spaces() == 0 {
            return None;
        }
        let month = month_number(c.word()?)?;
        let month_end = c.pos;
        c.eat('.');
        c.eat(',');
        if c.spaces() > 0
            && let Some(year) = c.number(4, 4)
        {
            return full_date(year, month, day, c.pos);
        }
        return partial_date(s, start, month_end, month, day);
    }

    // Month first: "December 3, 2025", "Dec. 3", "October 14".
    let month = month_number(c.word()?)?;
    c.eat('.');
    if c.spaces() == 0 {
        return None;
    }
    let day = c.number(1, 2)?;
    c.ordinal_suffix();
    let day_end = c.pos;
    c.eat(',');
    if c.spaces() > 0
        && let Some(year) = c.number(4, 4)
    {
        return full_date(year, month, day, c.pos);
    }
    partial_date(s, start, day_end, month, day)
}

fn full_date(year: u32, month: u32, day: u32, len: usize) -> Option<FoundDate> {
    ((1900..=2100).contains(&year) && (1..=12).contains(&month) && valid_day(year, month, day)).then(|| FoundDate {
        value: format!("{year:04}-{month:02}-{day:02}"),
        len,
        year: Some(year),
        month,
        day,
    })
}

fn partial_date(s: &str, start: usize, end: usize, month: u32, day: u32) -> Option<FoundDate> {
    // 2000 is a leap year, so 29 February passes without a year.
    valid_day(2000, month, day).then(|| FoundDate {
        value: s[start..end].to_string(),
        len: end,
        year: None,
        month,
        day,
    })
}

fn valid_day(year: u32, month: u32, day: u32) -> bool {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=days).contains(&day)
}

fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    if word.is_ascii() {
        // as below, without lower-casing into a new string: an ASCII word
        // lower-cases letter by letter
        let mut low = [0u8; 9];
        let Some(w) = ascii_lower(word, &mut low) else { return false };
        return matches!(
            w,
            b"monday"
                | b"tuesday"
                | b"wednesday"
                | b"thursday"
                | b"friday"
                | b"saturday"
                | b"sunday"
                | b"mon"
                | b"tue"
                | b"wed"
                | b"thu"
                | b"fri"
                | b"sat"
                | b"sun"
                | b"mond"
                | b"tues"
                | b"wedn"
                | b"thur"
                | b"frid"
                | b"satu"
                | b"sund"
        );
    }
    let w = word.to_lowercase();
    DAYS.iter().any(|d| w == *d || (w.len() >= 3 && w.len() <= 4 && d.starts_with(w.as_str())))
}

/// Month names: full names (English, French, German, Russian and
/// Ukrainian genitive, as dates are written) and English abbreviations.
const MONTH_NAMES: [&[&str]; 12] = [
    &["january", "jan", "janvier", "januar", "января", "січня"],
    &["february", "feb", "février", "fevrier", "februar", "февраля", "лютого"],
    &["march", "mar", "mars", "märz", "marz", "марта", "березня"],
    &["april", "apr", "avril", "апреля", "квітня"],
    &["may", "mai", "мая", "травня"],
    &["june", "jun", "juin", "juni", "июня", "червня"],
    &["july", "jul", "juillet", "juli", "июля", "липня"],
    &["august", "aug", "août", "aout", "августа", "серпня"],
    &["september", "sep", "sept", "septembre", "сентября", "вересня"],
    &["october", "oct", "octobre", "oktober", "октября", "жовтня"],
    &["november", "nov", "novembre", "ноября", "листопада"],
    &["december", "dec", "décembre", "decembre", "dezember", "декабря", "грудня"],
];

fn month_number(word: &str) -> Option<u32> {
    if word.is_ascii() {
        // as below, without lower-casing into a new string: an ASCII word
        // lower-cases letter by letter, and can only be one of the ASCII
        // names
        let mut low = [0u8; 9];
        return match ascii_lower(word, &mut low)? {
            b"january" | b"jan" | b"janvier" | b"januar" => Some(1),
            b"february" | b"feb" | b"fevrier" | b"februar" => Some(2),
            b"march" | b"mar" | b"mars" | b"marz" => Some(3),
            b"april" | b"apr" | b"avril" => Some(4),
            b"may" | b"mai" => Some(5),
            b"june" | b"jun" | b"juin" | b"juni" => Some(6),
            b"july" | b"jul" | b"juillet" | b"juli" => Some(7),
            b"august" | b"aug" | b"aout" => Some(8),
            b"september" | b"sep" | b"sept" | b"septembre" => Some(9),
            b"october" | b"oct" | b"octobre" | b"oktober" => Some(10),
            b"november" | b"nov" | b"novembre" => Some(11),
            b"december" | b"dec" | b"decembre" | b"dezember" => Some(12),
            _ => None,
        };
    }
    let w = word.to_lowercase();
    (1..=12u32).zip(MONTH_NAMES).find(|(_, names)| names.contains(&w.as_str())).map(|(n, _)| n)
}

/// An ASCII word in lower case in `buf`, or `None` when it is longer than
/// `buf` (and so longer than any name looked for).
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 9]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..word.len())?;
    for (o, b) in out.iter_mut().zip(word.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// A byte position in a string with the few reads dates need.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Self {
        Cursor { s, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }

    fn next_char(&mut self) -> Option<char> {
        let c = self.rest().chars().next()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, want: char) -> bool {
        if self.rest().starts_with(want) {
            self.pos += want.len_utf8();
            true
        } else {
            false
        }
    }

    /// Spaces, including the no-break space typesetters put in dates.
    fn spaces(&mut self) -> usize {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}', '\t']);
        self.pos += rest.len() - trimmed.len();
        rest.len() - trimmed.len()
    }

    /// `min..=max` ASCII digits not followed by another digit.
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let rest = self.rest();
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(min..=max).contains(&n) {
            return None;
        }
        self.pos += n;
        rest[..n].parse().ok()
    }

    /// A run of letters, which must end at a non-letter.
    fn word(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        // ASCII letters by their bytes, then any other letters
        let mut n = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        if rest.as_bytes().get(n).is_some_and(|b| !b.is_ascii()) {
            n += rest[n..].chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum::<usize>();
        }
        if n == 0 {
            return None;
        }
        self.pos += n;
        Some(&rest[..n])
    }

    fn ordinal_suffix(&mut self) {
        let rest = self.rest();
        for suffix in ["st", "nd", "rd", "th"] {
            if rest.get(..2).is_some_and(|r| r.eq_ignore_ascii_case(suffix))
                && !rest[2..].starts_with(char::is_alphabetic)
            {
                self.pos += 2;
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<String> {
        parse_date_prefix(s).map(|d| d.value)
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(value("2025-12-03").as_deref(), Some("2025-12-03"));
        assert_eq!(value("2025-12-03T10:15:00+01:00").as_deref(), Some("2025-12-03"));
        assert_eq!(value("2025/1/9").as_deref(), Some("2025-01-09"));
        assert_eq!(value("03.12.2025").as_deref(), Some("2025-12-03"));
        assert_eq!(value("2025-13-03"), None);
        assert_eq!(value("2025-02-29"), None);
        assert_eq!(value("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(value("12/03/2025"), None, "ambiguous US/European order");
        assert_eq!(value("20251203"), None);
    }

    #[test]
    fn worded_forms() {
        assert_eq!(value("3 December 2025").as_deref(), Some("2025-12-03"));
        assert_eq!(value("December 3, 2025").as_deref(), Some("2025-12-03"));
        assert_eq!(value("Dec. 3, 2025").as_deref(), Some("2025-12-03"));
        assert_eq!(value("3rd Dec 2025").as_deref(), Some("2025-12-03"));
        assert_eq!(value("Wednesday, December 3, 2025").as_deref(), Some("2025-12-03"));
        assert_eq!(value("Wed, 03 Dec 2025 10:00:00 GMT").as_deref(), Some("2025-12-03"));
        assert_eq!(value("3. Dezember 2025").as_deref(), Some("2025-12-03"));
        assert_eq!(value("3 décembre 2025").as_deref(), Some("2025-12-03"));
        assert_eq!(value("3 декабря 2025 г.").as_deref(), Some("2025-12-03"));
        assert_eq!(value("14 жовтня 2025").as_deref(), Some("2025-10-14"));
        assert_eq!(value("Dec 3").as_deref(), Some("Dec 3"));
        assert_eq!(value("October 14. The").as_deref(), Some("October 14"));
        assert_eq!(value("3 December, the").as_deref(), Some("3 December"));
        assert_eq!(value("Mayday 3"), None);
        assert_eq!(value("December 32"), None);
        assert_eq!(value("Decembers 3"), None);
        assert_eq!(value("Maybe 3 people"), None);
    }

    #[test]
    fn dates_display_alike_however_written() {
        assert_eq!(display_date("2025-12-04"), "4 Dec 2025");
        assert_eq!(display_date("December 4"), "4 Dec");
        assert_eq!(display_date("Dec 3"), "3 Dec");
        assert_eq!(display_date("14 жовтня"), "14 Oct");
        assert_eq!(display_date("Spring 2025"), "Spring 2025", "kept when not a date");
        assert_eq!(display_date("Dec 3 or so"), "Dec 3 or so", "kept when more than a date");
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline_date("BRUSSELS, Dec 3 - NATO ministers met.").as_deref(), Some("Dec 3"));
        assert_eq!(dateline_date("MOSCOW, October 14. The ministry said").as_deref(), Some("October 14"));
        assert_eq!(dateline_date("KYIV/WASHINGTON, Aug 17 \u{2014} Talks resumed").as_deref(), Some("Aug 17"));
        assert_eq!(dateline_date("GENEVA, December 3, 2025 (Wire) - Envoys").as_deref(), Some("2025-12-03"));
        assert_eq!(dateline_date("BERLIN \u{2014} The chancellor said"), None);
        assert_eq!(dateline_date("On Dec 3, the minister said"), None);
        assert_eq!(dateline_date("Brussels, Dec 3 - lower case place"), None);
    }

    #[test]
    fn date_lines() {
        assert_eq!(date_line("  2025-12-03 ").as_deref(), Some("2025-12-03"));
        assert_eq!(date_line("Published: 3 December 2025, 14:05").as_deref(), Some("2025-12-03"));
        assert_eq!(date_line("December 3, 2025 at 9:30 GMT").as_deref(), Some("2025-12-03"));
        assert_eq!(date_line("December 3, 2025: talks resume"), None);
        assert_eq!(normalise_meta_date(" 2025-12-03T08:00:00Z").as_deref(), Some("2025-12-03"));
        assert_eq!(normalise_meta_date("yesterday").as_deref(), Some("yesterday"));
        assert_eq!(normalise_meta_date("  "), None);
    }

    #[test]
    fn words_and_places_read_as_plain_lower_casing_would() {
        fn weekday_plain(word: &str) -> bool {
            const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
            let w = word.to_lowercase();
            DAYS.iter().any(|d| w == *d || (w.len() >= 3 && w.len() <= 4 && d.starts_with(w.as_str())))
        }
        fn place_plain(place: &str) -> bool {
            let place = place.trim();
            let upper = place.chars().filter(|c| c.is_uppercase()).count();
            (2..=60).contains(&place.chars().count())
                && upper >= 2
                && place.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '/' | '.' | '-' | '\'' | '\u{2019}'))
        }
        let mut words: Vec<String> = crate::lang::random_texts(3, 3000);
        for w in [
            "Monday",
            "MON",
            "tue",
            "Tues",
            "wednesday",
            "WEDNESDAYS",
            "mo",
            "September",
            "SEPT",
            "sEpTeMbRe",
            "Mai",
            "märz",
            "MÄRZ",
            "Août",
            "ДЕКАБРЯ",
            "Грудня",
            "oktober",
            "O\u{212a}TOBER",
            "\u{212a}",
        ] {
            words.push(w.to_string());
        }
        for d in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] {
            for k in 1..=d.len() + 1 {
                let w = format!("{}{}", &d[..k.min(d.len())], if k > d.len() { "s" } else { "" });
                words.push(w.to_uppercase());
                words.push(w);
            }
        }
        for w in [
            "january jan janvier januar",
            "february feb fevrier februar",
            "march mar mars marz",
            "april apr avril",
            "may mai",
            "june jun juin juni",
            "july jul juillet juli",
            "august aug aout",
            "september sep sept septembre",
            "october oct octobre oktober",
            "november nov novembre",
            "december dec decembre dezember",
        ]
        .iter()
        .flat_map(|l| l.split(' '))
        {
            words.push(w.to_uppercase());
            words.push(format!("{w}x"));
            words.push(w.to_string());
        }
        for w in &words {
            assert_eq!(is_weekday(w), weekday_plain(w), "{w:?}");
            let plain = {
                let l = w.to_lowercase();
                (1..=12u32).zip(MONTH_NAMES).find(|(_, names)| names.contains(&l.as_str())).map(|(n, _)| n)
            };
            assert_eq!(month_number(w), plain, "{w:?}");
            assert_eq!(is_dateline_place(w), place_plain(w), "{w:?}");
        }
    }
}
