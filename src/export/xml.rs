//! Writing XML by hand, safely: escaping, and leaving out what XML 1.0
//! cannot hold at all.

/// `s` escaped for element text and attribute values (either quote), with
/// the characters XML 1.0 forbids (control characters other than tab, line
/// feed and carriage return; U+FFFE, U+FFFF) left out, since no parser
/// would read the file with them in. Line breaks in attributes become
/// character references, so a parser keeps them instead of folding them
/// into spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether XML 1.0 allows `c` in a document.
fn allowed(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(escape("a < b & \"c\" 'd' > e"), "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e");
        assert_eq!(escape("bell\u{7}here\u{FFFF}"), "bellhere");
        assert_eq!(escape("two\nlines"), "two&#10;lines");
        assert_eq!(escape("Кремль «цитата»"), "Кремль «цитата»");
    }
}
