//! Who published an article, when its metadata does not say.
//!
//! Comparing positions across a week of news means knowing which outlet
//! each statement came through. Saved pages usually name their site in
//! their metadata (read by the HTML and Markdown readers); copied wire
//! stories and pasted text say it in other ways, tried here in order:
//!
//! 1. the agency in a wire dateline: `KYIV, Dec 7 (Reuters) -`,
//!    `LONDON (AP) —`;
//! 2. a byline that names the outlet: `By Jane Doe, Reuters`,
//!    `By Jane Doe | The Kyiv Independent`;
//! 3. the address the text was copied from (a URL near the top or the end,
//!    or the page's canonical address), named by a table of known news
//!    sites, else shown as its domain.
//!
//! Only an empty outlet is filled, and the user can always fix it.

/// Lines at the top that may hold the dateline or byline.
const TOP_LINES: usize = 6;
/// How much of a saved page's source is searched for its address.
const HTML_HEAD_BYTES: usize = 100_000;

/// News sites by domain, for addresses found in or with a text.
const KNOWN_SITES: &[(&str, &str)] = &[
    ("reuters.com", "Reuters"),
    ("apnews.com", "Associated Press"),
    ("afp.com", "AFP"),
    ("bbc.com", "BBC"),
    ("bbc.co.uk", "BBC"),
    ("theguardian.com", "The Guardian"),
    ("nytimes.com", "The New York Times"),
    ("washingtonpost.com", "The Washington Post"),
    ("wsj.com", "The Wall Street Journal"),
    ("ft.com", "Financial Times"),
    ("economist.com", "The Economist"),
    ("bloomberg.com", "Bloomberg"),
    ("cnn.com", "CNN"),
    ("politico.eu", "Politico Europe"),
    ("politico.com", "Politico"),
    ("aljazeera.com", "Al Jazeera"),
    ("dw.com", "DW"),
    ("france24.com", "France 24"),
    ("euronews.com", "Euronews"),
    ("lemonde.fr", "Le Monde"),
    ("spiegel.de", "Der Spiegel"),
    ("tass.com", "TASS"),
    ("tass.ru", "TASS"),
    ("ria.ru", "RIA Novosti"),
    ("interfax.ru", "Interfax"),
    ("interfax.com", "Interfax"),
    ("rt.com", "RT"),
    ("kommersant.ru", "Kommersant"),
    ("meduza.io", "Meduza"),
    ("themoscowtimes.com", "The Moscow Times"),
    ("kyivindependent.com", "The Kyiv Independent"),
    ("kyivpost.com", "Kyiv Post"),
    ("ukrinform.net", "Ukrinform"),
    ("ukrinform.ua", "Ukrinform"),
    ("pravda.com.ua", "Ukrainska Pravda"),
    ("unian.info", "UNIAN"),
    ("unian.net", "UNIAN"),
    ("aa.com.tr", "Anadolu Agency"),
    ("kremlin.ru", "President of Russia (kremlin.ru)"),
    ("mid.ru", "Russian Foreign Ministry (mid.ru)"),
    ("mfa.gov.ua", "Ukrainian Foreign Ministry (mfa.gov.ua)"),
    ("president.gov.ua", "President of Ukraine (president.gov.ua)"),
    ("whitehouse.gov", "The White House"),
    ("state.gov", "US State Department"),
    ("nato.int", "NATO"),
];

/// Words that make what follows a byline's comma a job, not an outlet
/// ("By Jane Doe, diplomatic editor").
const ROLE_WORDS: &[&str] = &[
    "editor",
    "correspondent",
    "reporter",
    "writer",
    "staff",
    "contributor",
    "columnist",
    "analyst",
    "chief",
    "bureau",
    "senior",
    "special",
    "political",
    "diplomatic",
    "foreign",
    "defence",
    "defense",
    "security",
    "affairs",
    "producer",
    "photographer",
    "in",
];

/// The start of a saved page's source, where its address would be.
pub(crate) fn page_head(html: &str) -> String {
    html[..floor_char_boundary(html, HTML_HEAD_BYTES)].to_string()
}

/// Fills `article.outlet` when it is empty. `page` is the start of a saved
/// page's source (empty for other files).
pub(crate) fn fill(article: &mut crate::article::Parsed, page: &str) {
    if !article.outlet.trim().is_empty() {
        return;
    }
    // (an empty page has no address: text files skip the search)
    let found = from_text(&article.text)
        .or_else(|| (!page.is_empty()).then(|| page_address(page)).flatten().and_then(|url| site_name(&url)));
    if let Some(o) = found {
        article.outlet = o;
    }
}

/// The outlet as the text itself gives it.
pub(crate) fn from_text(text: &str) -> Option<String> {
    let top: Vec<&str> = super::text::content_lines(text).take(TOP_LINES).collect();
    top.iter()
        .find_map(|l| dateline_agency(l).or_else(|| slash_agency(l)))
        .or_else(|| top.iter().find_map(|l| byline_outlet(l)))
        .or_else(|| {
            let bottom: Vec<&str> = super::text::content_lines_back(text).take(3).collect();
            top.iter().chain(bottom.iter()).find_map(|l| address_line(l)).and_then(|u| site_name(&u))
        })
}

/// `KYIV, December 7 (Counterpoint News Agency) – …`, `LONDON (Reuters) -`.
fn dateline_agency(line: &str) -> Option<String> {
    // a bracket further on than this is turned down below, so only the
    // start of the line is searched
    let open = memchr::memchr(b'(', &line.as_bytes()[..line.len().min(61)])?;
    let place = line[..open].trim_end();
    if place.is_empty() || open > 60 {
        return None;
    }
    // the place is in capitals ("KYIV", "KYIV/WASHINGTON"), what follows
    // it up to the bracket a date at most
    let (head, date) = place.split_once(',').map_or((place, ""), |(h, d)| (h.trim(), d.trim()));
    let capitals = head.chars().filter(|c| c.is_uppercase()).count();
    if capitals < 2 || head.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    if !date.is_empty() && crate::ingest::date_parts(date).is_none() {
        return None;
    }
    let close = open + line[open..].find(')')?;
    let name = line[open + 1..close].trim();
    let after = line[close + 1..].trim_start();
    if !after.starts_with(['-', '–', '—', ':']) {
        return None;
    }
    plausible_name(name).then(|| name.to_string())
}

/// The agency between slashes after a Russian-style dateline:
/// `МОСКВА, 4 декабря. /ТАСС/. …`, `КИЕВ, 5 марта. /Интерфакс/ -`.
fn slash_agency(line: &str) -> Option<String> {
    // the small letters first: a small ASCII letter before the first comma
    // is in the place, and ordinary sentences have one at once
    if line.bytes().take_while(|&b| b != b',').any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let (place, rest) = line.split_once(',')?;
    let place = place.trim();
    if place.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    let capitals = place.chars().filter(|c| c.is_uppercase()).count();
    if capitals < 2 || place.chars().count() > 40 {
        return None;
    }
    // the agency's slash is at most 30 characters on, so within 120 bytes:
    // a first ". /" any further on is turned down below
    let open = rest.as_bytes()[..rest.len().min(123)].windows(3).position(|w| w == b". /")? + 3;
    if rest[..open].chars().count() > 30 {
        return None;
    }
    let close = open + rest[open..].find('/')?;
    let name = rest[open..close].trim();
    (name.chars().count() <= 40 && plausible_name(name)).then(|| name.to_string())
}

/// `By Jane Doe, Reuters`, `By Jane Doe | Kyiv Post`, `By Jane Doe for RT`.
fn byline_outlet(line: &str) -> Option<String> {
    let rest = line.strip_prefix("By ").or_else(|| line.strip_prefix("by "))?;
    let (_, outlet) = rest
        .split_once(" | ")
        .or_else(|| rest.split_once(" for "))
        .or_else(|| rest.rsplit_once(", "))
        .or_else(|| rest.split_once(" - "))
        .or_else(|| rest.split_once(" — "))?;
    let outlet = outlet.trim().trim_end_matches('.');
    let words: Vec<String> = outlet.split_whitespace().map(str::to_lowercase).collect();
    if words.iter().any(|w| ROLE_WORDS.contains(&w.as_str())) {
        return None;
    }
    // "By Jane Doe and John Roe" has no outlet; "By Jane Doe, 4 Dec" neither
    if outlet.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let known = KNOWN_SITES.iter().any(|(_, n)| n.eq_ignore_ascii_case(outlet));
    (known || plausible_name(outlet)).then(|| outlet.to_string())
}

/// A short name that starts with a capital and is not a date or a number.
fn plausible_name(name: &str) -> bool {
    let words = name.split_whitespace().count();
    (1..=6).contains(&words)
        && name.chars().count() <= 60
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.chars().any(|c| c.is_ascii_digit())
        && crate::ingest::date_parts(name).is_none()
}

/// A line that is an address, or says where the text came from:
/// `https://…`, `Source: https://…`, `Source: www.example.org/…`.
fn address_line(line: &str) -> Option<String> {
    // an address starts "http" or "www." in any case (no other character
    // lower-cases to those letters): most lines are turned down without
    // lower-casing them
    if !may_start_an_address(line) {
        return None;
    }
    if !has_ascii_ignoring_case(line, b"http") && !has_ascii_ignoring_case(line, b"www.") {
        return None;
    }
    let lower = line.to_lowercase();
    let rest = ["source:", "from:", "url:", "link:", "originally published at"]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|r| r.trim().to_string()))
        .unwrap_or(lower);
    let rest = rest.trim_matches(['<', '>', '(', ')']);
    let is_address = rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
    (is_address && !rest.contains(' ')).then(|| rest.to_string())
}

/// Whether the start of `line` allows [`address_line`] to find an address
/// in it: lower-cased, the line starts with one of the source labels, or
/// with the address itself after any brackets. A line whose start is not
/// all ASCII is left to the full test (lower-casing other characters can
/// change their length, or even make them ASCII).
fn may_start_an_address(line: &str) -> bool {
    const LABELS: [&[u8]; 5] = [b"source:", b"from:", b"url:", b"link:", b"originally published at"];
    let bytes = line.as_bytes();
    let Some(&first) = bytes.first() else { return false };
    if !first.is_ascii() {
        // the line lower-cased starts with this character lower-cased
        return line
            .chars()
            .next()
            .and_then(|c| c.to_lowercase().next())
            .is_some_and(|c| matches!(c, 's' | 'f' | 'u' | 'l' | 'o' | 'h' | 'w' | '<' | '>' | '(' | ')'));
    }
    // the ASCII bytes at the start (up to 32) lower-case to themselves in
    // small letters; past them, what the line lower-cases to is not known
    // here, and the answer is yes when what is known fits
    let known = bytes.iter().take(32).take_while(|b| b.is_ascii()).count();
    let possible = |at: usize, pat: &[u8]| {
        if at + pat.len() <= known {
            return bytes[at..at + pat.len()].eq_ignore_ascii_case(pat);
        }
        if known == bytes.len() {
            // the line ends first
            return false;
        }
        at >= known || bytes[at..known].eq_ignore_ascii_case(&pat[..known - at])
    };
    if LABELS.iter().any(|label| possible(0, label)) {
        return true;
    }
    match bytes[..known].iter().position(|b| !matches!(b, b'<' | b'>' | b'(' | b')')) {
        Some(at) => possible(at, b"http") || possible(at, b"www."),
        // brackets only: nothing is left when that is the whole line
        None => known < bytes.len(),
    }
}

/// Whether `line` holds `pat` (ASCII, lower case) in any case of its
/// letters.
fn has_ascii_ignoring_case(line: &str, pat: &[u8]) -> bool {
    let bytes = line.as_bytes();
    let first = pat[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), bytes)
        .any(|i| bytes.get(i..i + pat.len()).is_some_and(|w| w.eq_ignore_ascii_case(pat)))
}

/// A saved page's own address: its canonical link or `og:url`.
fn page_address(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    for marker in ["rel=\"canonical\"", "rel='canonical'", "property=\"og:url\"", "property='og:url'"] {
        let Some(at) = lower.find(marker) else { continue };
        // the tag around the marker
        let start = lower[..at].rfind('<')?;
        let end = at + lower[at..].find('>')?;
        let tag = &html[start..end];
        let tag_lower = &lower[start..end];
        for attr in ["href=", "content="] {
            if let Some(i) = tag_lower.find(attr) {
                let v = &tag[i + attr.len()..];
                let q = v.chars().next()?;
                if q == '"' || q == '\'' {
                    let v = &v[1..];
                    return v.find(q).map(|e| v[..e].to_string());
                }
            }
        }
    }
    None
}

/// The name of the site at an address: a known news site's name, else its
/// domain.
pub(crate) fn site_name(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    if !host.contains('.') || host.len() > 80 {
        return None;
    }
    let known = KNOWN_SITES
        .iter()
        .find(|(domain, _)| host == *domain || host.ends_with(&format!(".{domain}")))
        .map(|(_, name)| name.to_string());
    Some(known.unwrap_or(host))
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_agency_in_a_wire_dateline() {
        let cases = [
            ("Headline\n\nODESA, March 2 (Harbour Wire) – Ships left port.", Some("Harbour Wire")),
            ("Headline\nLONDON (Reuters) - The pound rose.", Some("Reuters")),
            ("Headline\nKYIV/WARSAW, Aug 17 (AP) — Talks resumed.", Some("AP")),
            // brackets that are not an agency
            ("Headline\nThe minister (who spoke first) - said no.", None),
            ("Headline\nGENEVA, Dec 3 (2025) - Talks.", None),
            ("Headline\nGENEVA, Dec 3 - Talks began (slowly) - officials said.", None),
            // Russian agencies put themselves between slashes
            ("Заголовок\n\nСОЧИ, 9 июня. /ТАСС/. Переговоры продолжились.", Some("ТАСС")),
            ("Заголовок\nКАЗАНЬ, 2 мая. /Интерфакс/ - Заседание началось.", Some("Интерфакс")),
            ("Заголовок\nЦены, как и прежде. /растут/ слишком быстро.", None),
        ];
        for (text, want) in cases {
            assert_eq!(from_text(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn a_byline_that_names_the_outlet() {
        let cases = [
            ("Headline\nBy Mira Kovac, Harbour Wire\nBody.", Some("Harbour Wire")),
            ("Headline\nBy Mira Kovac | The Kyiv Independent\nBody.", Some("The Kyiv Independent")),
            ("Headline\nby Mira Kovac for RT\nBody.", Some("RT")),
            // a job, or nothing, after the name
            ("Headline\nBy Mira Kovac, diplomatic editor\nBody.", None),
            ("Headline\nBy Mira Kovac, Senior Correspondent\nBody.", None),
            ("Headline\nBy Mira Kovac\nBody.", None),
            ("Headline\nBy Mira Kovac, 4 December 2025\nBody.", None),
        ];
        for (text, want) in cases {
            assert_eq!(from_text(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn the_address_it_came_from() {
        assert_eq!(
            from_text("Headline\nhttps://www.reuters.com/world/europe/some-story-2025-12-04/\nBody.").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            from_text("Headline\nBody.\n\nSource: https://kyivindependent.com/x").as_deref(),
            Some("The Kyiv Independent")
        );
        assert_eq!(from_text("Headline\nBody.\nSource: www.example.org/a/b").as_deref(), Some("example.org"));
        assert_eq!(site_name("https://edition.cnn.com/2025/12/04/x").as_deref(), Some("CNN"));
        assert_eq!(site_name("not an address"), None);
        let page = r#"<html><head><link rel="canonical" href="https://tass.com/politics/1"><title>T</title>"#;
        assert_eq!(page_address(page).as_deref(), Some("https://tass.com/politics/1"));
        let page = r#"<meta content='https://meduza.io/en/news/x' property='og:url'>"#;
        assert_eq!(page_address(page).and_then(|u| site_name(&u)).as_deref(), Some("Meduza"));
    }

    #[test]
    fn only_an_empty_outlet_is_filled() {
        let mut a = crate::article::Parsed::from_text("a.txt", "Headline\nLONDON (Reuters) - Body.");
        fill(&mut a, "");
        assert_eq!(a.outlet, "Reuters");
        a.outlet = "Chosen by the user".into();
        fill(&mut a, "");
        assert_eq!(a.outlet, "Chosen by the user");
    }

    #[test]
    fn outlets_found_as_the_plain_reading_finds_them() {
        fn address_plain(line: &str) -> Option<String> {
            let lower = line.to_lowercase();
            let rest = ["source:", "from:", "url:", "link:", "originally published at"]
                .iter()
                .find_map(|p| lower.strip_prefix(p).map(|r| r.trim().to_string()))
                .unwrap_or(lower);
            let rest = rest.trim_matches(['<', '>', '(', ')']);
            let is_address = rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
            (is_address && !rest.contains(' ')).then(|| rest.to_string())
        }
        fn slash_plain(line: &str) -> Option<String> {
            let (place, rest) = line.split_once(',')?;
            let place = place.trim();
            let capitals = place.chars().filter(|c| c.is_uppercase()).count();
            if capitals < 2 || place.chars().any(|c| c.is_lowercase()) || place.chars().count() > 40 {
                return None;
            }
            let open = rest.find(". /")? + 3;
            if rest[..open].chars().count() > 30 {
                return None;
            }
            let close = open + rest[open..].find('/')?;
            let name = rest[open..close].trim();
            (name.chars().count() <= 40 && plausible_name(name)).then(|| name.to_string())
        }
        let mut lines = crate::lang::random_texts(4, 4000);
        for l in [
            "Source: https://x.org/a",
            "(https://A.b/c)",
            "<www.a.b>",
            "originally published at www.x.y",
            "\u{212a}https://a",
            "СОЧИ, 9 июня. /ТАСС/. Текст",
            "URL:   HTTPS://Q.R/S",
            "from: www.a.b c",
            "lin\u{212a}: https://a.b/c",
            "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<https://a.b",
            "(((www.a.b)))",
            "(ht",
            "ORIGINALLY PUBLISHED AT https://x.y",
            "Source:https://a.b",
            "Https://a.b/c d",
        ] {
            lines.push(l.to_string());
        }
        for l in &lines {
            for line in [l.as_str(), l.trim()] {
                assert_eq!(address_line(line), address_plain(line), "{line:?}");
                assert_eq!(slash_agency(line), slash_plain(line), "{line:?}");
            }
        }
    }
}
