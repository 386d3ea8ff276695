//! Building plain text out of markup, one place for the spacing rules.
//!
//! HTML and Markdown both describe text as a tree of blocks and runs whose
//! whitespace is mostly layout. Extraction wants the opposite: paragraphs
//! separated by exactly one blank line, list items one per line, no stray
//! spaces at line ends. Rather than fixing the text up afterwards (which
//! would also touch whitespace that *is* content), the converters ask for
//! gaps and the writer emits only the largest gap requested between two
//! pieces of text, and never at the start or the end.

/// A pending separator, ordered so that the larger one wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
    Paragraph,
}

#[derive(Debug)]
pub(crate) struct TextWriter {
    out: String,
    gap: Gap,
}

impl TextWriter {
    pub(crate) fn new() -> Self {
        TextWriter { out: String::new(), gap: Gap::None }
    }

    /// Text whose whitespace is layout (HTML text nodes, Markdown prose):
    /// every run of whitespace becomes at most one space.
    pub(crate) fn push_collapsed(&mut self, s: &str) {
        for (i, word) in s.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.want(Gap::Space);
            }
            if !word.is_empty() {
                self.flush();
                self.out.push_str(word);
            }
        }
    }

    /// Text whose line breaks are content (code, `<pre>`): lines are kept,
    /// only trailing blanks on each line and blank lines are dropped.
    pub(crate) fn push_verbatim(&mut self, s: &str) {
        for (i, line) in s.lines().enumerate() {
            if i > 0 {
                self.want(Gap::Line);
            }
            let line = line.trim_end();
            if !line.trim_start().is_empty() {
                self.flush();
                self.out.push_str(line);
            }
        }
        if s.ends_with('\n') {
            self.want(Gap::Line);
        }
    }

    pub(crate) fn space(&mut self) {
        self.want(Gap::Space);
    }

    pub(crate) fn line_break(&mut self) {
        self.want(Gap::Line);
    }

    pub(crate) fn paragraph_break(&mut self) {
        self.want(Gap::Paragraph);
    }

    pub(crate) fn finish(self) -> String {
        self.out
    }

    fn want(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    fn flush(&mut self) {
        if !self.out.is_empty() {
            match self.gap {
                Gap::None => {}
                Gap::Space => self.out.push(' '),
                Gap::Line => self.out.push('\n'),
                Gap::Paragraph => self.out.push_str("\n\n"),
            }
        }
        self.gap = Gap::None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_gap_wins_and_edges_stay_clean() {
        let mut w = TextWriter::new();
        w.paragraph_break();
        w.push_collapsed("  The envoy   said\n hello ");
        w.line_break();
        w.paragraph_break();
        w.push_collapsed("Second.");
        w.line_break();
        w.push_collapsed("Item");
        w.paragraph_break();
        assert_eq!(w.finish(), "The envoy said hello\n\nSecond.\nItem");
    }

    #[test]
    fn verbatim_keeps_lines() {
        let mut w = TextWriter::new();
        w.push_collapsed("Code:");
        w.paragraph_break();
        w.push_verbatim("  let x = 1;  \n\n  x + 1\n");
        w.push_collapsed("after");
        assert_eq!(w.finish(), "Code:\n\n  let x = 1;\n  x + 1\nafter");
    }
}
