//! The article as the rules see it: words, quotations and sentences, with
//! the small questions every rule asks of them (is this word `that`, does
//! a quotation close here, where does the content before a comma start).

use super::lexicon::{Class, Form, Frame, en};
use super::mentions::{Range, Words};
use super::structure::{Quote, Sentence};
use crate::topics::matcher::FastMap;

/// Words, quotations and sentences of one article (or one chunk of it).
pub struct Doc<'a> {
    pub w: Words<'a>,
    pub quotes: &'a [Quote],
    pub sents: &'a [Sentence],
    /// The paragraph that is the article's headline, if it opens with one.
    pub headline: Option<u32>,
}

/// A crosshead ([`Doc::in_crosshead`]) is at most this many words.
const CROSSHEAD_WORDS: usize = 20;

/// A headline is one line of at most this many words ...
const HEADLINE_WORDS: usize = 30;
/// ... and, when it ends in a full stop, at most this many (a first line
/// of more words ending in a full stop is the lead of an untitled text).
const HEADLINE_WORDS_WITH_STOP: usize = 14;

impl Doc<'_> {
    /// The first paragraph, when it reads as a headline: one line, short,
    /// followed by more text, and not a sentence ending in a full stop
    /// unless very short.
    pub fn find_headline(&self) -> Option<u32> {
        let toks = self.w.toks;
        let first = toks.first()?;
        let end = toks.iter().position(|t| t.para != first.para)?;
        let (a, b) = (first.start, toks[end - 1].end);
        if self.w.text[a..b].contains('\n') {
            return None;
        }
        let words = toks[..end].iter().filter(|t| t.is_wordlike()).count();
        let stop = toks[end - 1].is_punct('.');
        (words <= HEADLINE_WORDS && (!stop || words <= HEADLINE_WORDS_WITH_STOP)).then_some(first.para)
    }

    /// A phrasal reporting verb at `i` ("called for", "called instead
    /// for"): its frame, form and the token after its particle.
    pub fn phrasal_at(&self, i: usize, hi: usize) -> Option<(Frame, Form, usize)> {
        // (most words are no form of a phrasal verb: nothing to look at)
        if !self.w.toks[i].phrasal {
            return None;
        }
        let mut p = i + 1;
        // one adverb may come between: "calling instead for"
        if p + 1 < hi
            && self.w.t(p).has(Class::ADVERB)
            && !self.w.t(p).cap
            && let Some((f, fm)) = self.w.phrasal(i, p + 1)
        {
            return Some((f, fm, p + 2));
        }
        // a day between: "called on Tuesday for", "called Tuesday for",
        // "called late on Monday for"
        let day = |k: usize| en::WEEKDAYS.iter().chain(&["yesterday", "today"]).any(|d| self.w.is(k, d));
        let around = |k: usize| {
            ["on", "late", "early", "night", "morning", "evening", "afternoon"].iter().any(|w| self.w.is(k, w))
        };
        // the particle is the first word after the time that makes one
        // with the verb ("called on Monday on residents to …"); asked
        // only where a time may start (this runs at every verb)
        let may_start = p < hi
            && (self.w.t(p).has(Class::TIME) || self.w.is(p, "on") || self.w.is(p, "late") || self.w.is(p, "early"));
        for q in (p + 1..(p + 4).min(hi)).filter(|_| may_start) {
            if !(around(q - 1) || day(q - 1)) {
                break;
            }
            if (p..q).any(day)
                && let Some((f, fm)) = self.w.phrasal(i, q)
            {
                return Some((f, fm, q + 1));
            }
        }
        if p >= hi {
            return None;
        }
        // "made it clear that …": the object "it" before the particle of
        // a verb of saying
        if p + 1 < hi
            && self.w.is(p, "it")
            && let Some((f @ Frame::Say, fm)) = self.w.phrasal(i, p + 1)
        {
            return Some((f, fm, p + 2));
        }
        // "argued for months that …": how long, not what for
        if self.w.is(p, "for") && p + 1 < hi && {
            let n = usize::from(["a", "some", "several", "many"].iter().any(|w| self.w.is(p + 1, w)));
            p + 1 + n < hi
                && ["days", "weeks", "months", "years", "decades", "hours", "day", "week", "month", "year", "decade"]
                    .iter()
                    .any(|w| self.w.is(p + 1 + n, w))
        } {
            return None;
        }
        let (f, fm) = self.w.phrasal(i, p)?;
        p += 1;
        Some((f, fm, p))
    }

    /// Whether token `k` is in a headline written in title case ("Obama
    /// Says Museum Will Tell ..."), where capitals do not mark names.
    pub fn in_title_case_headline(&self, k: usize) -> bool {
        if !self.in_headline(k) {
            return false;
        }
        let para = self.w.t(k).para;
        let words: Vec<_> = self
            .w
            .toks
            .iter()
            .take_while(|t| t.para == para)
            .filter(|t| t.is_word() && t.text(self.w.text).len() > 3)
            .collect();
        words.len() >= 3 && words.iter().filter(|t| t.cap).count() * 10 >= words.len() * 8
    }

    /// Whether sentence `si` opens its paragraph with a label pointing to
    /// another story ("Read more: …", "Related: …", "Читайте также: …"):
    /// what follows is that story's headline, nothing said in this one.
    pub fn link_teaser(&self, si: usize) -> bool {
        let s = self.sents[si];
        if s.start > 0 && self.w.t(s.start - 1).para == s.para {
            return false;
        }
        let Some(colon) = (s.start + 1..(s.start + 5).min(s.end)).find(|&k| self.w.t(k).is_punct(':')) else {
            return false;
        };
        if !(s.start..colon).all(|k| self.w.t(k).is_word()) {
            return false;
        }
        let label = (s.start..colon).map(|k| self.w.s(k).to_lowercase()).collect::<Vec<_>>().join(" ");
        en::LINK_LABELS.contains(&label.as_str())
    }

    /// Whether token `k` is in the headline.
    pub fn in_headline(&self, k: usize) -> bool {
        self.headline.is_some_and(|p| self.w.t(k).para == p)
    }

    /// Whether an attribution opening sentence `si` may point back at the
    /// sentence before it: one in its paragraph, or the last of the
    /// paragraph before, as agencies set the line apart (the lead, then
    /// "The minister said this …" or «Про це повідомив X»); never a
    /// headline. `si` is at least 1.
    pub(crate) fn points_back_to_previous(&self, si: usize) -> bool {
        let (sent, prev) = (self.sents[si], self.sents[si - 1]);
        prev.para == sent.para || prev.para + 1 == sent.para && !self.in_headline(prev.body)
    }

    /// Whether token `k` is in a crosshead after the headline: a line of
    /// its own, short, with no stop at its end, and text after it. Why:
    /// live pages head each entry with one ("10:42 GMT — Kremlin says no
    /// date set for summit"), and longer stories their sections, in the
    /// same clipped grammar as a headline.
    pub fn in_crosshead(&self, k: usize) -> bool {
        let toks = self.w.toks;
        let Some(para) = toks.get(k).map(|t| t.para) else { return false };
        if self.headline == Some(para) {
            return false;
        }
        // one sentence alone in its paragraph, not the last: a line with
        // no stop in it is read as one sentence
        let si = self.sents.partition_point(|s| s.end <= k);
        let Some(s) = self.sents.get(si).filter(|s| s.para == para) else { return false };
        let alone =
            (si == 0 || self.sents[si - 1].para != para) && self.sents.get(si + 1).is_some_and(|n| n.para != para);
        let (a, b) = (s.start, s.end);
        if !alone || b >= toks.len() || b <= a || b - a > 3 * CROSSHEAD_WORDS || toks[b].para == para {
            return false;
        }
        let last = &toks[b - 1];
        // an item of a list a colon opens is none
        if a > 0 && toks[a - 1].is_punct(':') {
            return false;
        }
        let words = toks[a..b].iter().filter(|t| t.is_wordlike()).count();
        (3..=CROSSHEAD_WORDS).contains(&words)
            && !toks[a..b].iter().any(|t| t.is_terminal())
            && !last.is_any_punct(&[':', ',', ';'])
            && !last.is_quote()
            && !self.w.text[toks[a].start..last.end].contains('\n')
    }

    /// [`Words::is`](super::mentions::Words::is), asked by most rules of
    /// most words, and kept inline: once the rules grew, the compiler
    /// had made it a call of its own (1.9 % of the instructions).
    #[inline(always)]
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        self.w.is(i, w)
    }

    /// Whether the phrase `r` names a news outlet: a word listed as one
    /// ("Reuters", "TASS"), or an outlet's name of several words
    /// ([`super::lexicon::en::OUTLET_NAMES`]) written with capitals
    /// ("the Associated Press", "The Kyiv Independent", "the Guardian").
    pub(crate) fn names_outlet(&self, (a, b): Range) -> bool {
        if (a..b).any(|k| self.w.t(k).is_word() && self.w.t(k).has(Class::OUTLET)) {
            return true;
        }
        // the whole name, and no more capitalised words after it ("the
        // Guardian Council" is no newspaper)
        let (names, lengths) = outlet_names();
        (a..b).any(|k| {
            let t = self.w.t(k);
            let word = self.w.s(k);
            // most words: no outlet's first word has their first letter
            // and length
            let letter = word.as_bytes().first().map_or(0, |b| b.to_ascii_lowercase());
            if !letter.is_ascii_lowercase()
                || word.len() > 16
                || lengths[usize::from(letter - b'a')] >> word.len() & 1 == 0
            {
                return false;
            }
            if !(t.cap || word == "the") || !t.is_word() {
                return false;
            }
            let mut lower = [0u8; 16];
            for (l, b) in lower.iter_mut().zip(word.bytes()) {
                *l = b.to_ascii_lowercase();
            }
            let Ok(first) = std::str::from_utf8(&lower[..word.len()]) else { return false };
            names.get(first).is_some_and(|rests| {
                rests.iter().any(|rest| {
                    let n = rest.len() + 1;
                    k + n <= b
                        && rest.iter().enumerate().all(|(j, w)| {
                            let t = self.w.t(k + 1 + j);
                            t.is_word() && t.cap && self.w.s(k + 1 + j).eq_ignore_ascii_case(w)
                        })
                        && self.w.toks.get(k + n).is_none_or(|t| !(t.is_word() && t.cap))
                })
            })
        })
    }

    /// Whether the token at `k` is the closing mark of a quotation.
    pub(crate) fn quote_closes_at(&self, k: usize) -> bool {
        let t = self.w.t(k);
        t.quote != 0 && self.quotes[t.quote as usize - 1].close == k && self.quotes[t.quote as usize - 1].closed
    }

    /// Drops punctuation and a leading `that` at the edges (not a "that"
    /// the clause is about: "that was too late").
    pub(crate) fn trim(&self, mut a: usize, mut e: usize) -> (usize, usize) {
        while a < e
            && (self.is(a, "that") && !self.that_is_subject(a)
                || self.w.t(a).is_any_punct(&[',', ':', ';', '—', '–', '-']))
        {
            a += 1;
        }
        while e > a {
            let t = self.w.t(e - 1);
            if t.is_any_punct(&[',', ':', ';', '.', '—', '–', '-']) && t.quote == 0 {
                e -= 1;
            } else {
                break;
            }
        }
        (a, e)
    }

    /// `C, S said`: the content before the speaker, from the start of the
    /// sentence to `end` (a comma or the token after a closing quote).
    pub(crate) fn content_before(&self, si: usize, end: usize) -> Option<Range> {
        let s = self.sents[si];
        let mut a = s.body;
        // a leading "According to X," is not part of it, and is all there
        // is before "According to X, Kyiv insists on …": an attribution,
        // not what was said
        if self.is(a, "according") && self.w.t(a).quote == 0 {
            match (a..end).find(|&k| self.w.t(k).is_punct(',')) {
                Some(c) => a = c + 1,
                None => return None,
            }
        }
        // nor the reporter's link to the story before ("Meanwhile, …")
        if a + 2 < end
            && self.w.t(a + 1).is_punct(',')
            && super::lexicon::en::NARRATIVE_LINKS.iter().any(|w| self.is(a, w))
        {
            a += 2;
        }
        // nor a newsletter's signpost ("Why it matters: …")
        if let Some(c) = self.section_label(a, end) {
            a = c + 1;
        }
        // nor the reporter's tie to what came before ("The remarks came
        // as …", "The move comes as …"): a short subject with no verb
        if let Some(k) = (a + 1..end.min(a + 8))
            .find(|&k| ["came", "comes", "come"].iter().any(|w| self.is(k, w)) && self.is(k + 1, "as") && k + 2 < end)
            && (a..k).all(|j| self.w.t(j).is_word() && self.w.t(j).verb.is_none() && self.w.t(j).quote == 0)
        {
            a = k + 2;
        }
        let mut e = end;
        while e > a && (self.w.t(e - 1).is_any_punct(&[',', ';', ':', '—', '–', '-'])) {
            e -= 1;
        }
        if e <= a {
            return None;
        }
        // nor the reporter's lead-in to a quotation that runs to the end
        // ("The view in Brussels: “…,” a diplomat said")
        if let Some(c) = self.lead_in_colon(a, e).or_else(|| self.framing_colon(a, e)) {
            a = c + 1;
        }
        let words = (a..e).filter(|&k| self.w.t(k).is_wordlike()).count();
        if words < 2 {
            return None;
        }
        Some((a, e))
    }

    /// The colon after a newsletter's section label ([`en::SECTION_LABELS`])
    /// or a page's one-word rubric ([`en::LABELS`]) opening `a..e`, with
    /// words after it.
    fn section_label(&self, a: usize, e: usize) -> Option<usize> {
        let c = (a + 1..(a + 6).min(e)).find(|&k| self.w.t(k).is_punct(':'))?;
        if c + 1 >= e || self.w.t(c).quote != 0 || !(a..c).all(|k| self.w.t(k).is_word()) {
            return None;
        }
        let label = self.w.text[self.w.t(a).start..self.w.t(c).start].trim_end().to_lowercase();
        // or a page's rubric ("Exclusive:", "Analysis:", "Update:")
        (en::SECTION_LABELS.contains(&label.as_str()) || c == a + 1 && en::LABELS.contains(&label.as_str()))
            .then_some(c)
    }

    /// A colon in `a..e`, outside quotations, right before a quotation
    /// that runs to `e`, after a short lead-in naming no one ("Her
    /// answer:", a newsletter's "What they're saying:"): the lead-in is
    /// the reporter's. A longer one may hold the quotation's own cue
    /// ("S scolded him: “Q,” she said").
    fn lead_in_colon(&self, a: usize, e: usize) -> Option<usize> {
        const LEAD_IN_WORDS: usize = 5;
        let close = self.w.t(e - 1);
        if !close.is_quote() || close.quote == 0 {
            return None;
        }
        let q = &self.quotes[close.quote as usize - 1];
        let c = q.open.checked_sub(1)?;
        if q.close != e - 1 || c <= a || !self.w.t(c).is_punct(':') || self.w.t(c).quote != 0 {
            return None;
        }
        let mut words = (a..c).filter(|&k| self.w.t(k).is_wordlike());
        let named = words.clone().skip(1).any(|k| self.w.t(k).cap);
        (!named && words.nth(LEAD_IN_WORDS).is_none()).then_some(c)
    }

    /// A colon in `a..e`, outside quotations, after a short clause of
    /// "be" about someone or somewhere named (a possessive or a capital
    /// past the first word) that frames what follows and reports nothing
    /// ("Poland's position is more nuanced:", "The mood in Kyiv was
    /// grim:"): the framing is the reporter's, and the words after the
    /// colon are what the attribution at the sentence's end credits.
    /// "One thing is clear:" names no one, and is the speaker's own.
    fn framing_colon(&self, a: usize, e: usize) -> Option<usize> {
        const FRAMING_WORDS: usize = 8;
        let c = (a + 2..e.min(a + FRAMING_WORDS + 2)).find(|&k| self.w.t(k).is_punct(':') && self.w.t(k).quote == 0)?;
        let be = |k: usize| ["is", "was", "are", "were", "remains", "remained"].iter().any(|w| self.is(k, w));
        let plain = (a..c).all(|k| {
            let t = self.w.t(k);
            t.quote == 0 && (t.is_word() || t.is_punct(',')) && t.verb.is_none()
        });
        let named = (a..c).any(|k| self.w.is_possessive(k) || k > a && self.w.t(k).cap);
        (plain && named && (a + 1..c).any(be) && c + 2 < e).then_some(c)
    }

    /// "S said." after a sentence that is all quotation.
    pub(crate) fn previous_quote_sentence(&self, si: usize) -> Option<Range> {
        if si == 0 {
            return None;
        }
        let p = self.sents[si - 1];
        if p.para != self.sents[si].para {
            return None;
        }
        let first = self.w.t(p.body);
        if first.quote == 0 || !first.is_quote() {
            return None;
        }
        let q = &self.quotes[first.quote as usize - 1];
        (q.close + 2 >= p.end).then_some((p.body, q.close + 1))
    }

    /// Whether the content starting at `start` is introduced by `that`, a
    /// colon or a quotation mark.
    pub(crate) fn explicit_complement(&self, after: usize, start: usize) -> bool {
        start > after && (self.is(start - 1, "that") || self.w.t(start - 1).is_punct(':'))
            || self.w.t(start).is_quote() && self.w.t(start).quote != 0
    }
}

/// Outlets' names by first word.
type OutletNames = FastMap<&'static str, Vec<Vec<&'static str>>>;

/// [`super::lexicon::en::OUTLET_NAMES`] by their first word (the words
/// after it, per name), and per letter a bit for each length of a first
/// word starting with it. Made once.
fn outlet_names() -> &'static (OutletNames, [u32; 26]) {
    static NAMES: std::sync::OnceLock<(OutletNames, [u32; 26])> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut map: OutletNames = Default::default();
        let mut lengths = [0u32; 26];
        for name in super::lexicon::en::OUTLET_NAMES {
            let mut words = name.split(' ');
            if let Some(first) = words.next() {
                if let Some(l) = first.bytes().next().filter(u8::is_ascii_lowercase) {
                    lengths[usize::from(l - b'a')] |= 1 << first.len().min(31);
                }
                map.entry(first).or_default().push(words.collect());
            }
        }
        (map, lengths)
    })
}

/// A text parsed up to sentences, for the tests of the steps that read a
/// [`Doc`].
#[cfg(test)]
pub(crate) struct Parsed {
    pub text: String,
    pub toks: Vec<super::tokens::Token>,
    pub quotes: Vec<Quote>,
    pub sents: Vec<Sentence>,
}

#[cfg(test)]
impl Parsed {
    pub fn new(text: &str) -> Parsed {
        let (mut toks, paras) = super::tokens::tokenize(text);
        let quotes = super::structure::pair_quotes(text, &mut toks, &paras);
        let sents = super::structure::sentences(text, &toks);
        Parsed { text: text.to_string(), toks, quotes, sents }
    }

    pub fn doc(&self) -> Doc<'_> {
        let mut d = Doc {
            w: Words { text: &self.text, toks: &self.toks },
            quotes: &self.quotes,
            sents: &self.sents,
            headline: None,
        };
        d.headline = d.find_headline();
        d
    }

    /// Index of the first token that is `word`.
    pub fn at(&self, word: &str) -> usize {
        self.toks.iter().position(|t| t.text(&self.text) == word).unwrap_or_else(|| panic!("no {word:?}"))
    }

    /// The text of a token range.
    pub fn words(&self, r: Range) -> &str {
        if r.0 >= r.1 { "" } else { &self.text[self.toks[r.0].start..self.toks[r.1 - 1].end] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_drops_that_and_edge_punctuation() {
        let p = Parsed::new("He said that, the vote was close; ");
        let d = p.doc();
        let (a, e) = d.trim(p.at("that"), p.toks.len());
        assert_eq!(p.words((a, e)), "the vote was close");
    }

    #[test]
    fn content_before_needs_two_words_and_skips_according_to() {
        let p = Parsed::new("According to aides, the trip is off, she said.");
        let d = p.doc();
        let comma = p.toks.iter().rposition(|t| t.is_punct(',')).unwrap();
        let r = d.content_before(0, comma).unwrap();
        assert_eq!(p.words(r), "the trip is off");
        let p = Parsed::new("Never, she said.");
        assert_eq!(p.doc().content_before(0, 1), None);
    }

    #[test]
    fn a_closing_mark_is_known_as_one() {
        let p = Parsed::new("“Enough,” he said.");
        let d = p.doc();
        let close = p.toks.iter().rposition(|t| t.is_quote()).unwrap();
        assert!(d.quote_closes_at(close));
        assert!(!d.quote_closes_at(0));
    }

    #[test]
    fn the_quote_sentence_before_a_bare_attribution() {
        let p = Parsed::new("“The bridge will reopen in May.” The mayor said so.");
        let r = p.doc().previous_quote_sentence(1).unwrap();
        assert_eq!(p.words(r), "“The bridge will reopen in May.”");
        assert_eq!(p.doc().previous_quote_sentence(0), None);
    }

    #[test]
    fn an_explicit_complement_is_that_a_colon_or_a_quote() {
        let p = Parsed::new("She agreed that rates would fall.");
        let d = p.doc();
        assert!(d.explicit_complement(p.at("that"), p.at("rates")));
        let p = Parsed::new("She agreed rates would fall.");
        assert!(!p.doc().explicit_complement(p.at("rates"), p.at("rates")));
    }
}
