//! Lines that credit their words by name rather than with a verb:
//! headlines, bullets and transcripts. `Name: words` (a headline, a
//! bullet, an interview transcript), `Words – Name` (a headline), and the
//! subtitle after a headline's colon (`S vows A: B`).

use super::super::doc::Doc;
use super::super::lexicon::Class;
use super::super::mentions::{Mention, Range};
use super::super::tokens::Kind;
use super::{Candidate, Rule, Source};
use crate::topics::matcher::FastMap;

/// At most this many words name the speaker before a colon.
const LABEL_WORDS: usize = 10;

pub struct SpeakerColon;

impl Rule for SpeakerColon {
    fn name(&self) -> &'static str {
        "speaker colon"
    }

    fn why(&self) -> &'static str {
        "headlines, bullets and transcripts put the speaker first: “Name: words”"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let mut names = NameUses::default();
        let mut turns = Vec::new();
        let mut hosts: Option<Vec<usize>> = None;
        for si in 0..d.sents.len() {
            if let Some(c) = self.at_line(d, si, &mut names)
                && !out.iter().any(|o| c.content.iter().any(|&r| o.overlaps(r)))
            {
                // the journalist's turns are read sentence by sentence,
                // as the reporter's own words are
                let Source::Mention(m) = c.source else { continue };
                let hosts = hosts.get_or_insert_with(|| journalists(d));
                if hosts.iter().any(|&h| d.w.s(h).eq_ignore_ascii_case(d.w.s(m.head.1 - 1))) {
                    continue;
                }
                turns.push(out.len());
                out.push(c);
            }
        }
        carry_turns_on(d, &turns, out);
    }
}

/// The journalists of a broadcast transcript, by the name word their
/// first label ends with: "STEVE INSKEEP, HOST:", "ANNA HOLT (CNN
/// ANCHOR):", "JOHN RUWITCH, BYLINE:". Why: a host's turns introduce,
/// ask and retell the news ("The Kremlin said on Tuesday that …"); they
/// are no position of the host's, and what they retell is the words of
/// those they name.
fn journalists(d: &Doc) -> Vec<usize> {
    let w = &d.w;
    let mut found = Vec::new();
    for si in 0..d.sents.len() {
        let s = d.sents[si];
        if si > 0 && d.sents[si - 1].para == s.para {
            continue;
        }
        // one to four name words, then a comma or a bracket
        let mut k = s.body;
        while k < s.end && k < s.body + 4 && w.t(k).is_word() && w.t(k).cap && w.t(k).quote == 0 {
            k += 1;
        }
        if k == s.body || k + 2 >= s.end || !w.t(k).is_any_punct(&[',', '(']) {
            continue;
        }
        // at most two words of the outlet ("CNN", "BBC NEWS"), the role,
        // perhaps the bracket's close, and the colon
        let role = (k + 1..(k + 4).min(s.end))
            .find(|&j| super::super::lexicon::en::JOURNALIST_ROLES.iter().any(|r| w.is(j, r)));
        let Some(role) = role else { continue };
        let mut c = role + 1;
        if c < s.end && w.t(c).is_punct(')') {
            c += 1;
        }
        if c < s.end && w.t(c).is_punct(':') && (k + 1..role).all(|j| w.t(j).is_word() && w.t(j).cap) {
            found.push(k - 1);
        }
    }
    found
}

/// "Vladimir Putin: Colleagues, good afternoon." and then paragraphs
/// with no label, up to the next "Name:" or "Question:": a transcript
/// gives a turn of several paragraphs its speaker's label once, and
/// every paragraph of the turn is that speaker's, one statement each.
/// Why: official transcripts and press-conference records print long
/// answers so, and only the first paragraph of each was found.
///
/// Read only in a transcript: two turns or more whose words end as
/// speech does (a full stop, a question or a comma, not a crosshead's
/// bare phrase), and only up to a next label, so the story told after
/// the last turn stays the reporter's; a paragraph with quotation marks
/// or a time opening a live page's entry ends the turn.
fn carry_turns_on(d: &Doc, turns: &[usize], out: &mut Vec<Candidate>) {
    let spoken = |c: &Candidate| {
        let end = c.content[0].1;
        end > 0 && {
            let t = d.w.t(end - 1);
            t.is_terminal() || t.is_any_punct(&[',', ':']) || t.is_quote() && end >= 2 && d.w.t(end - 2).is_terminal()
        }
    };
    if turns.iter().filter(|&&i| spoken(&out[i])).nth(1).is_none() {
        return;
    }
    // the first sentence of each paragraph, and whether it opens with a
    // label: at most a few words and a colon
    let firsts: Vec<usize> =
        (0..d.sents.len()).filter(|&si| si == 0 || d.sents[si - 1].para != d.sents[si].para).collect();
    let labelled = |si: usize| {
        let s = d.sents[si];
        (s.body + 1..s.end.min(s.body + LABEL_WORDS + 1)).find(|&k| d.w.t(k).is_punct(':')).is_some_and(|colon| {
            (s.body..colon).all(|k| d.w.t(k).is_word() && d.w.t(k).quote == 0) && d.w.t(s.body).cap
        })
    };
    let mut found = Vec::new();
    for &i in turns {
        let c = &out[i];
        if !spoken(c) {
            continue;
        }
        let Some(p) = firsts.iter().position(|&si| si == c.sentence) else { continue };
        let mut run = Vec::new();
        let mut closed = false;
        for &si in &firsts[p + 1..] {
            if labelled(si) {
                closed = true;
                break;
            }
            let s = d.sents[si];
            let end = para_end(d, si);
            if past_time(d, s.body, end) != s.body || (s.body..end).any(|k| d.w.t(k).is_quote()) {
                break;
            }
            run.push((si, (s.body, end)));
        }
        if !closed {
            continue;
        }
        for (si, r) in run {
            found.push(Candidate { content: vec![r], sentence: si, cue: None, ..c.clone() });
        }
    }
    for c in found {
        if !out.iter().any(|o| c.content.iter().any(|&r| o.overlaps(r))) {
            out.push(c);
        }
    }
}

impl SpeakerColon {
    fn at_line(&self, d: &Doc, si: usize, names: &mut NameUses) -> Option<Candidate> {
        let s = d.sents[si];
        if si > 0 && d.sents[si - 1].para == s.para {
            return None;
        }
        // a bullet: "- Name: words"; a transcript quoted whole: "“NAME: words"
        let first = d.w.t(s.body);
        // (the mark may open the quotation or reopen it, as a quotation over
        // several paragraphs does)
        let opened = first.is_quote() && first.quote != 0;
        let a = if first.is_any_punct(&['-', '•', '*', '–', '—']) || opened { s.body + 1 } else { s.body };
        let a = past_time(d, a, s.end);
        let mut end = para_end(d, si);
        let inside = if opened { first.quote } else { 0 };
        let colon = (a..end.min(a + LABEL_WORDS + 1)).find(|&k| d.w.t(k).is_punct(':') && d.w.t(k).quote == inside)?;
        let start = colon + 1;
        // "• Zakharova: “…”": a quotation after the colon credits it to
        // the one name before, though the article names her nowhere else
        let quoted = start < end && d.w.t(start).is_quote() && d.w.t(start).quote != 0 && !opened;
        let head = speaker_label(d, a, colon, names)
            .or_else(|| quoted.then(|| single_name(d, a, colon)).flatten())
            .or_else(|| body_label(d, a, colon, end))
            .or_else(|| office_label(d, a, colon, end))?;
        // "DW: Will Hungary …?": an outlet before a colon is the one asking
        // in an interview, or its own report; no one's statement
        if d.names_outlet(head) {
            return None;
        }
        if opened && d.quote_closes_at(end - 1) {
            end -= 1;
        }
        if start >= end {
            return None;
        }
        // "Name in Paris: ‘words’ on the force": the quotation only
        let first = d.w.t(start);
        let quoted = !opened && first.is_quote() && first.quote != 0;
        let content: Range = if quoted {
            let q = &d.quotes[first.quote as usize - 1];
            (q.open, q.close + 1)
        } else {
            (start, end)
        };
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(Mention { head, desc: None }),
            cue: Some((colon, colon + 1)),
            sentence: si,
            rule: self.name(),
            set_apart: true,
        })
    }
}

/// Past a time that opens an entry of a live page ("14.20", "10:42 GMT
/// —"): where the line's own words start, `a` if it opens with none.
fn past_time(d: &Doc, a: usize, hi: usize) -> usize {
    const ZONES: &[&str] = &["GMT", "BST", "CET", "CEST", "EET", "EEST", "UTC", "ET", "EST", "EDT", "MSK"];
    let number = |k: usize| k < hi && matches!(d.w.t(k).kind, Kind::Number);
    if !number(a) {
        return a;
    }
    let mut k = a + 1;
    // "10:42" may come as a number, a colon and a number
    if k + 1 < hi && d.w.t(k).is_any_punct(&[':', '.']) && number(k + 1) && d.w.t(k).start == d.w.t(a).end {
        k += 2;
    }
    if k < hi && ZONES.iter().any(|z| d.w.s(k) == *z) {
        k += 1;
    }
    if k < hi && d.w.t(k).is_any_punct(&['-', '–', '—']) {
        k += 1;
    }
    // a time stands alone before its words: "14.20 Lavrov", not "2025 Lavrov"
    let time = d.w.s(a).contains(['.', ':']) || k > a + 1;
    if time && k < hi { k } else { a }
}

/// The token after the last of the paragraph sentence `si` opens.
fn para_end(d: &Doc, si: usize) -> usize {
    let para = d.sents[si].para;
    d.sents[si..].iter().take_while(|x| x.para == para).last().map_or(d.sents[si].end, |x| x.end)
}

/// Whether `[a, e)` names a speaker the way a label does: titles, then a
/// name, then perhaps a short place or topic ("Zelensky in Paris"). The
/// name must be a person's (two or more name words after a title, as in
/// "Kremlin spokesman Dmitry Peskov") or a surname the article uses
/// elsewhere ("Collins" for "Judith Collins"), so that section labels
/// ("Background", "Poll") and title-case headings are not read as names.
/// Returns the speaker phrase.
pub(super) fn speaker_label(d: &Doc, a: usize, e: usize, uses: &mut NameUses) -> Option<Range> {
    if e <= a {
        return None;
    }
    let w = &d.w;
    let mut k = a;
    while k < e && w.t(k).is_word() && w.t(k).has(Class::TITLE | Class::ROLE | Class::NATION) && !w.is_name_word(k) {
        k += 1;
    }
    let titled = k > a;
    let name_start = k;
    while k < e && (w.is_name_word(k) || name_particle(d, k)) {
        k += 1;
    }
    let names = k - name_start;
    if names == 0 || names > 4 || !w.is_name_word(k - 1) {
        return None;
    }
    // "Q:" and "A:" mark the turns of an interview, not who speaks, and
    // "Moderator:" who runs them
    if names == 1
        && !titled
        && (w.s(name_start).chars().count() == 1
            || super::super::lexicon::en::TRANSCRIPT_ROLES.iter().any(|r| w.is(name_start, r)))
    {
        return None;
    }
    // a short phrase after the name: "in Paris", "on climate change"
    if k < e {
        let pp =
            w.t(k).has(Class::PREP) && e - k <= 5 && (k + 1..e).all(|j| w.t(j).is_wordlike() && w.t(j).verb.is_none());
        if !pp {
            return None;
        }
    }
    let known = uses.used_elsewhere(d, k - 1, a, e);
    (known || titled && names >= 2).then_some((a, k))
}

/// `[a, e)` as a body named in capitals, one to three words ending in a
/// word for a body ("Kremlin: no plans for a meeting", "White House:
/// …", "Ukraine's Defence Ministry: …"), with a clause of at least three
/// words after the colon. Why: outlets head a body's statement with its
/// name as they do a person's.
fn body_label(d: &Doc, a: usize, e: usize, end: usize) -> Option<Range> {
    let words = (e + 1..end).filter(|&k| d.w.t(k).is_word()).count();
    (words >= 3 && names_a_body(d, a, e)).then_some((a, e))
}

/// `[a, e)` as an office of a side, with a clause of at least three
/// words after the colon: "Polish PM: Europe must pay for its defence",
/// "Hungary's foreign minister: …", "Kremlin spokesman: …". Why: outlets
/// head a statement with the speaker's office as often as with a name.
/// The label must be one speaker's phrase ending in the office, and name
/// a nation or a body, so that a heading ("Minister: the week ahead") is
/// none.
fn office_label(d: &Doc, a: usize, e: usize, end: usize) -> Option<Range> {
    let w = &d.w;
    let words = (e + 1..end).filter(|&k| w.t(k).is_word()).count();
    let last = w.t(e.checked_sub(1)?);
    let ok = e > a
        && e - a <= 5
        && words >= 3
        && last.has(Class::ROLE | Class::TITLE)
        && !last.has(Class::ORG)
        && !w.is_name_word(e - 1)
        && (a..e - 1).any(|k| w.t(k).has(Class::NATION | Class::ORG))
        && !(a..e).any(|k| w.t(k).has(Class::NON_SPEAKER | Class::REPORT_NOUN | Class::OUTLET) || w.is_document(k))
        && w.left_np(e, a) == Some((a, e));
    ok.then_some((a, e))
}

/// Whether `[a, e)` is a body named in capitals: one to three words
/// ending in a word for a body, none a poll, study or document (findings,
/// not a speaker), nor an outlet (whose name after a headline is its
/// byline).
fn names_a_body(d: &Doc, a: usize, e: usize) -> bool {
    let w = &d.w;
    e > a
        && e - a <= 3
        && (a..e).all(|k| w.t(k).is_word() && w.t(k).cap && w.t(k).quote == 0)
        && w.t(e - 1).has(Class::ORG)
        && !(a..e).any(|k| w.t(k).has(Class::NON_SPEAKER | Class::REPORT_NOUN) || w.is_document(k))
        && !d.names_outlet((a, e))
}

/// `[a, e)` as one name word alone (a surname: "Zakharova"), not a
/// one-letter turn mark ("Q").
fn single_name(d: &Doc, a: usize, e: usize) -> Option<Range> {
    (e == a + 1 && d.w.is_name_word(a) && d.w.s(a).chars().count() > 1).then_some((a, e))
}

/// "von", "der", "de": lower-case words inside a name.
fn name_particle(d: &Doc, k: usize) -> bool {
    k > 0 && d.w.is_name_word(k - 1) && ["von", "van", "der", "de", "la", "al", "bin"].iter().any(|p| d.w.is(k, p))
}

/// Where an article uses its capitalised words, to tell whether a name
/// word occurs again outside a line ([`Self::used_elsewhere`]): the
/// first few lines asked read the article through, and the index of
/// every such word is made only for an article with more such lines (a
/// long transcript has one per turn, and reading it through for each
/// took time in the square of its length).
#[derive(Default)]
pub(super) struct NameUses {
    asked: usize,
    index: Option<FirstAndLast>,
}

/// Per capitalised word in ASCII lower case, and per such word without
/// its "'s", the first and last token where it stands.
type FirstAndLast = FastMap<Box<[u8]>, (usize, usize)>;

/// Lines read through before the index is made.
const SCANS: usize = 2;

impl NameUses {
    /// Whether the name word at `k` occurs again outside `[a, e)`, in
    /// any case and with or without "'s".
    pub(super) fn used_elsewhere(&mut self, d: &Doc, k: usize, a: usize, e: usize) -> bool {
        let word = d.w.s(k);
        self.asked += 1;
        if self.asked <= SCANS {
            return d.w.toks.iter().enumerate().any(|(j, t)| {
                (j < a || j >= e) && t.is_word() && t.cap && {
                    let s = t.text(d.w.text);
                    s.eq_ignore_ascii_case(word) || without_s(s).is_some_and(|b| b.eq_ignore_ascii_case(word))
                }
            });
        }
        let index = self.index.get_or_insert_with(|| {
            let mut index = FirstAndLast::default();
            for (j, t) in d.w.toks.iter().enumerate().filter(|(_, t)| t.is_word() && t.cap) {
                let s = t.text(d.w.text);
                for form in std::iter::once(s).chain(without_s(s)) {
                    let span = index.entry(form.to_ascii_lowercase().into_bytes().into()).or_insert((j, j));
                    span.1 = j;
                }
            }
            index
        });
        // every use lies inside the line only if the first and last do
        index.get(word.to_ascii_lowercase().as_bytes()).is_some_and(|&(first, last)| first < a || last >= e)
    }
}

/// A word without its possessive "'s" or "’s", if it has one.
fn without_s(s: &str) -> Option<&str> {
    s.strip_suffix("'s").or_else(|| s.strip_suffix("’s"))
}

pub struct DashName;

impl Rule for DashName {
    fn name(&self) -> &'static str {
        "dash name"
    }

    fn why(&self) -> &'static str {
        "headlines credit a paraphrase with a dash and a name: “Words – Lavrov”"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let Some(hp) = d.headline else { return };
        let Some(si) = d.sents.iter().position(|s| s.para == hp) else { return };
        let end = para_end(d, si);
        let s = d.sents[si];
        // the last dash of the headline, a name after it; or a colon
        // before the name that ends it ("India will back any process the
        // two sides accept: Jaishankar")
        let Some(dash) =
            (s.body + 2..end).rev().find(|&k| d.w.t(k).is_any_punct(&['–', '—', '-', '―', ':']) && d.w.t(k).quote == 0)
        else {
            return;
        };
        let colon = d.w.t(dash).is_punct(':');
        if colon && end - dash > 4 {
            return;
        }
        // "… – Lavrov", or a body: "… – Kremlin", "… – Foreign Ministry",
        // after a clause of three words or more
        let (a, e) = d.trim(s.body, dash);
        let clause = (a..e).filter(|&k| d.w.t(k).is_word()).count() >= 3;
        // (a surname the story does not repeat, after a clause with a
        // verb of its own: "Ukraine will never recognise … – Sybiha")
        let finite = (a..e).any(|k| d.w.t(k).quote == 0 && d.w.t(k).has(Class::FINITE | Class::AUX));
        // (after a colon, only a clause is credited so: "Ukraine war
        // latest: Zelensky" heads a page about him)
        if colon && !(clause && finite) {
            return;
        }
        let Some(head) = speaker_label(d, dash + 1, end, &mut NameUses::default())
            .filter(|h| h.1 == end)
            .or_else(|| (clause && names_a_body(d, dash + 1, end)).then_some((dash + 1, end)))
            .or_else(|| (clause && finite).then(|| single_name(d, dash + 1, end)).flatten())
            .filter(|&h| !d.names_outlet(h))
        else {
            return;
        };
        let content = (a, e);
        if a >= e || out.iter().any(|o| o.overlaps(content)) {
            return;
        }
        out.push(Candidate {
            content: vec![content],
            source: Source::Mention(Mention { head, desc: None }),
            cue: Some((dash, dash + 1)),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        });
    }
}

pub struct HeadlineSubtitle;

impl Rule for HeadlineSubtitle {
    fn name(&self) -> &'static str {
        "headline subtitle"
    }

    fn why(&self) -> &'static str {
        "after a reported headline a colon gives the speaker's own words: “S vows A: B”"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let Some(hp) = d.headline else { return };
        let found: Vec<(usize, Range, usize)> = out
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let last = *c.content.last()?;
                let colon = last.1;
                let in_headline = d.w.toks.get(colon).is_some_and(|t| t.para == hp && t.is_punct(':'));
                if !in_headline {
                    return None;
                }
                let end = d.w.toks.iter().rposition(|t| t.para == hp)? + 1;
                let (a, e) = d.trim(colon + 1, end);
                (a < e).then_some((i, (a, e), c.sentence))
            })
            .collect();
        for (i, content, sentence) in found {
            // (nor the name a headline's words are credited to after its
            // colon: "…: Jaishankar")
            let credited =
                |o: &Candidate| matches!(o.source, Source::Mention(m) if m.head.0 < content.1 && content.0 < m.head.1);
            if out.iter().any(|o| o.overlaps(content) || credited(o)) {
                continue;
            }
            out.push(Candidate {
                content: vec![content],
                source: Source::Inherit(i),
                cue: Some((content.0 - 1, content.0)),
                sentence,
                rule: self.name(),
                set_apart: true,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::Kind;
    use super::super::testing::{one, run};

    #[test]
    fn pm_is_a_prime_minister_in_a_headline() {
        for headline in
            ["‘The ferries will run,’ says Polish PM after storm", "Polish PM says the ferries will run after storm"]
        {
            let found = run(&format!("{headline}\n\nThe storm closed three harbours on the coast on Friday.\n"));
            assert_eq!(found.len(), 1, "{headline}: {found:?}");
            assert_eq!(found[0].speaker.as_deref(), Some("Polish PM"), "{headline}");
            assert_eq!(found[0].actor.as_deref(), Some("western-officials"), "{headline}");
        }
    }

    #[test]
    fn a_headline_s_verbs_joined_by_a_comma_are_two_statements() {
        let found = run("Sybiha says ferries will sail, rejects port blockade\n\nThe talks went on.\n");
        let contents: Vec<&str> = found.iter().map(|f| f.content.as_str()).collect();
        assert_eq!(contents, ["ferries will sail", "port blockade"], "{found:?}");
        assert!(found.iter().all(|f| f.headline && f.speaker.as_deref() == Some("Andrii Sybiha")), "{found:?}");
    }

    #[test]
    fn a_second_subject_without_a_verb_closes_a_headline() {
        let f = one("Harbour board says ferries will sail, Oslo sceptical\n\nThe talks went on.\n");
        assert_eq!(f.content, "ferries will sail");
        let f = one("Harbour board says ferries will sail, Oslo cool on the plan\n\nThe talks went on.\n");
        assert_eq!(f.content, "ferries will sail");
        // a name with a verb after the comma is more of what was said
        let f = one("Harbour board says ferries will sail, Oslo will pay\n\nThe talks went on.\n");
        assert_eq!(f.content, "ferries will sail, Oslo will pay");
    }

    #[test]
    fn an_as_clause_in_a_headline_is_the_reporter_s() {
        let found = run("Harbour board says ferries will sail as Oslo cuts the subsidy\n\nThe talks went on.\n");
        let board = found.iter().find(|f| f.speaker.as_deref() == Some("Harbour board")).expect("the headline");
        assert_eq!(board.content, "ferries will sail");
        // "as well as", "such as" and an "as" before no clause stay
        let found = run("Harbour board says ferries as well as buses will sail\n\nThe talks went on.\n");
        assert_eq!(found[0].content, "ferries as well as buses will sail");
        // a short clause of a plural noun and its verb closing the line
        let found = run("Harbour board calls for a ferry truce as talks stall\n\nThe talks went on.\n");
        assert_eq!(found[0].content, "a ferry truce");
        // and in a headline written in title case
        for headline in [
            "Harbour Board Signals Ferry Truce as Talks Stall",
            "Harbour Board Signals Ferry Truce as Fuel Prices Climb",
        ] {
            let found = run(&format!("{headline}\n\nThe talks went on.\n"));
            assert_eq!(found[0].content, "Ferry Truce", "{headline}");
        }
        let found = run("Harbour board says the ferries are running as intended\n\nThe talks went on.\n");
        assert_eq!(found[0].content, "the ferries are running as intended");
    }

    #[test]
    fn two_headlines_in_one_line_are_read_apart() {
        let found = run("Harbour board rejects pay offer; city reports ferry delays\n\nThe strike went on.\n");
        let board = found.iter().find(|f| f.speaker.as_deref() == Some("Harbour board")).expect("the first headline");
        assert_eq!(board.content, "pay offer");
        assert!(board.headline);
    }

    #[test]
    fn name_colon_words_in_a_headline() {
        let found = run("Sybiha: Moscow answers every truce offer with drones\n\nSybiha spoke in Kyiv on Friday.\n");
        assert_eq!(found[0].content, "Moscow answers every truce offer with drones");
        assert_eq!(found[0].kind, Kind::Direct);
        assert_eq!(found[0].speaker.as_deref(), Some("Andrii Sybiha"));
    }

    #[test]
    fn a_body_named_before_a_colon_in_a_headline() {
        let found = run("Kremlin: no date set for a summit with Kyiv\n\nThe talks went on.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "no date set for a summit with Kyiv");
        assert_eq!(found[0].actor.as_deref(), Some("kremlin"));
        // a poll or a section label is no speaker
        for line in ["Poll: voters split over the harbour plan", "Analysis: what the harbour plan means"] {
            assert!(run(&format!("{line}\n\nThe talks went on.\n")).is_empty(), "{line}");
        }
    }

    #[test]
    fn a_quotation_then_a_colon_and_its_speaker_in_a_headline() {
        for (line, speaker) in [
            ("‘We will not close the port’: Okafor vows to keep ferries running", "Okafor"),
            ("“A dangerous gamble”: Lavrov on the harbour deal", "Sergei Lavrov"),
            ("‘No deal without us’: Kallas", "Kaja Kallas"),
            // an interview's headline: the one who speaks to the paper
            ("‘The ferries will run all winter’: Okafor speaks to the Harbour Gazette", "Okafor"),
            (
                "‘The ferries will run all winter’: Ukraine's foreign minister speaks to us",
                "Ukraine's foreign minister",
            ),
        ] {
            let found = run(&format!("{line}\n\nOkafor and the board met on Friday.\n"));
            let f = found.iter().find(|f| f.kind == Kind::Direct).unwrap_or_else(|| panic!("{line}: {found:?}"));
            assert!(line.contains(&f.content), "{line}: {f:?}");
            assert_eq!(f.speaker.as_deref(), Some(speaker), "{line}");
            assert!(f.headline, "{line}");
        }
        // a name in quotation marks, and a quotation in the body, are not
        let found = run("“Operation Spring”: the army chose the name in March\n\nThe talks went on.\n");
        assert!(found.is_empty(), "{found:?}");
        let found = run("Port news\n\n“Operation Spring”: the mayor says the name was hers.\n");
        assert!(found.iter().all(|f| f.kind != Kind::Direct), "{found:?}");
    }

    #[test]
    fn two_names_joined_by_a_comma_in_a_headline_speak_together() {
        let found = run("Macron, Merz call for a ferry truce\n\nThe talks went on.\n");
        assert_eq!(found[0].speaker.as_deref(), Some("Emmanuel Macron and Friedrich Merz"), "{found:?}");
        assert_eq!(found[0].actor.as_deref(), Some("western-officials"));
        let found = run("Putin, Okonkwo pledge a ferry truce\n\nThe talks went on.\n");
        assert_eq!(found[0].actor, None, "{found:?}");
        // a place set off after one name, and a verb in the singular, are no pair
        let found = run("Lavrov, in Ankara, says the ferry talks are over\n\nThe talks went on.\n");
        assert_eq!(found[0].speaker.as_deref(), Some("Sergei Lavrov"), "{found:?}");
    }

    #[test]
    fn one_name_before_a_colon_and_a_quotation() {
        // named nowhere else, but a quotation follows the colon
        for line in ["• Okafor: “The quay reopens on Monday.”", "Okafor: “The quay reopens on Monday.”"] {
            let found = run(&format!("Port notes\n\nThe board met.\n\n{line}\n\nThe meeting ended.\n"));
            assert_eq!(found.len(), 1, "{line}: {found:?}");
            assert_eq!(found[0].content, "The quay reopens on Monday.", "{line}");
            assert_eq!(found[0].speaker.as_deref(), Some("Okafor"), "{line}");
        }
        // without the quotation a lone word stays a label
        let found =
            run("Port notes\n\nThe board met.\n\n• Okafor: the quay reopens on Monday.\n\nThe meeting ended.\n");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_time_before_the_label_on_a_live_page() {
        for line in ["14.20 Okafor: “The quay reopens on Monday.”", "10:42 GMT — Okafor: “The quay reopens on Monday.”"]
        {
            let found = run(&format!("Port live\n\nThe board met.\n\n{line}\n\nThe meeting ended.\n"));
            assert_eq!(found.len(), 1, "{line}: {found:?}");
            assert_eq!(found[0].content, "The quay reopens on Monday.", "{line}");
            assert_eq!(found[0].speaker.as_deref(), Some("Okafor"), "{line}");
        }
        // a year is no time of day
        let found =
            run("Port live\n\nThe board met.\n\n2025 Okafor: “The quay reopens on Monday.”\n\nThe meeting ended.\n");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_crosshead_reads_like_a_headline() {
        // an entry of a live page, and a section of a story, headed in
        // the clipped grammar of headlines
        for head in
            ["10:42 GMT — Harbour board says no date set for reopening", "Harbour board says no date set for reopening"]
        {
            let found = run(&format!("Port live\n\nThe port is shut.\n\n{head}\n\nThe board met on Monday.\n"));
            assert_eq!(found.len(), 1, "{head}: {found:?}");
            assert_eq!(found[0].content, "no date set for reopening", "{head}");
            assert_eq!(found[0].source.as_deref(), Some("Harbour board"), "{head}");
            assert!(found[0].headline, "{head}");
        }
        // not a crosshead: a line ending a sentence, an item of a list a
        // colon opens, the last line of the text
        for text in [
            "The port is shut.\n\nHarbour board says no date set for reopening.\n\nThe board met.\n",
            "The board listed its worries:\n\nHarbour board says no date set for reopening\n\nThe board met.\n",
            "The port is shut.\n\nHarbour board says no date set for reopening\n",
        ] {
            let found = run(&format!("Port live\n\n{text}"));
            assert!(found.iter().all(|f| !f.headline), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_surname_the_article_explains_later() {
        let found = run(
            "Lindqvist: Sweden will train more pilots\n\nDefence Minister Ebba Lindqvist said on Monday that the budget had grown.\n",
        );
        assert_eq!(found[0].content, "Sweden will train more pilots");
        assert_eq!(found[0].speaker.as_deref(), Some("Ebba Lindqvist"));
    }

    #[test]
    fn a_name_with_a_place_and_a_quotation() {
        let found =
            run("Zelensky in Rome: ‘We need shells, not speeches’ on aid\n\nZelensky met the prime minister.\n");
        assert_eq!(found[0].content, "We need shells, not speeches");
        assert_eq!(found[0].kind, Kind::Direct);
    }

    #[test]
    fn bullets_and_transcripts() {
        let text = "Reactions came quickly.\n\n- Kremlin spokesman Dmitry Peskov: There is nothing to discuss yet.\n\n- Foreign Minister Andrii Sybiha: \"Nothing about us without us.\"\n";
        let found = run(text);
        assert!(
            found
                .iter()
                .any(|f| f.content == "There is nothing to discuss yet." && f.actor.as_deref() == Some("kremlin"))
        );
        assert!(
            found
                .iter()
                .any(|f| f.content == "Nothing about us without us." && f.actor.as_deref() == Some("ukrainian-mfa"))
        );
    }

    #[test]
    fn a_transcript_turn_runs_over_paragraphs_up_to_the_next_label() {
        let text = "Meeting on the ports\n\nThe minister met port directors on Monday.\n\n\
                    Ivo Marsh: Good morning, everyone.\n\n\
                    We start with the northern quay. Ms Lind, please.\n\n\
                    Anna Lind: Thank you.\n\n\
                    The quay handled nine ships last month.\n\n\
                    Dredging ends in May.\n\n\
                    Question: When will the ferries return?\n\n\
                    Ivo Marsh: In spring, if the ice allows.\n\n\
                    The meeting lasted an hour, and Marsh and Lind left together.\n";
        let found = run(text);
        let said = |who: &str| -> Vec<&str> {
            found.iter().filter(|f| f.speaker.as_deref() == Some(who)).map(|f| f.content.as_str()).collect()
        };
        assert_eq!(
            said("Ivo Marsh"),
            [
                "Good morning, everyone.",
                "We start with the northern quay. Ms Lind, please.",
                "In spring, if the ice allows."
            ],
            "{found:?}"
        );
        assert_eq!(
            said("Anna Lind"),
            ["Thank you.", "The quay handled nine ships last month.", "Dredging ends in May."],
            "{found:?}"
        );
        // the question and the story around the transcript are no one's
        assert_eq!(found.len(), 6, "{found:?}");
        // nor are a moderator's words, which end a turn as a question does
        let text = text
            .replace("Question: When will the ferries return?", "Moderator: One more question, please.")
            .replace("Ivo Marsh: Good morning", "Moderator: Welcome.\n\nIvo Marsh: Good morning");
        let again = run(&text);
        assert!(!again.iter().any(|f| f.content.starts_with("One more")), "{again:?}");
        assert_eq!(again.iter().filter(|f| f.speaker.as_deref() == Some("Anna Lind")).count(), 3, "{again:?}");
    }

    #[test]
    fn crossheads_of_a_live_page_keep_the_reporting_between_them() {
        // "Name: words" lines that end like headings head a live page's
        // entries; the entries are the reporter's, not the names'
        let text = "Port live\n\n\
                    Ivo Marsh: northern quay to reopen\n\n\
                    The quay will reopen next week after repairs.\n\n\
                    Anna Lind: ferries will wait for spring\n\n\
                    Ferries are not expected back before March.\n\n\
                    Ivo Marsh: dredging on time\n";
        let found = run(text);
        assert!(
            !found.iter().any(|f| f.content.starts_with("The quay") || f.content.starts_with("Ferries")),
            "{found:?}"
        );
    }

    #[test]
    fn a_broadcast_host_retells_the_news_and_the_guest_speaks() {
        let text = "Harbour chief says ferries will sail by spring\n\n\
                    ANNA HOLT, HOST:\n\n\
                    The city council said on Monday that the ferries would not run this winter. Will they run in spring?\n\n\
                    MARK REED: They will. The quay is nearly repaired.\n\n\
                    HOLT: Mark Reed, thank you.\n\n\
                    REED: Thank you, Anna.\n";
        let found = run(text);
        // the host's words are no statement of hers; the council's words
        // she retells are the council's
        assert!(!found.iter().any(|f| f.speaker.as_deref().is_some_and(|s| s.contains("HOLT"))), "{found:?}");
        let council = found.iter().find(|f| f.content == "the ferries would not run this winter");
        assert!(council.is_some_and(|f| f.speaker.as_deref() == Some("city council")), "{found:?}");
        let reed: Vec<&str> =
            found.iter().filter(|f| f.speaker.as_deref() == Some("Mark Reed")).map(|f| f.content.as_str()).collect();
        assert_eq!(reed, ["They will. The quay is nearly repaired.", "Thank you, Anna."], "{found:?}");
        // with a bracketed role too
        let text = text.replace("ANNA HOLT, HOST:", "ANNA HOLT (HARBOUR RADIO ANCHOR):");
        let found = run(&text);
        assert!(!found.iter().any(|f| f.speaker.as_deref().is_some_and(|s| s.contains("HOLT"))), "{found:?}");
    }

    #[test]
    fn a_transcript_quoted_paragraph_by_paragraph() {
        let text = "The interview, in part:\n\n“HOLM: We will rebuild the port first.\n\n“KARLSSON: And the railway?\n\n“HOLM: The railway comes after.”\n\nHolm and Karlsson spoke for an hour.\n";
        let found = run(text);
        let holm: Vec<&str> =
            found.iter().filter(|f| f.source.as_deref() == Some("HOLM")).map(|f| f.content.as_str()).collect();
        assert_eq!(holm, ["We will rebuild the port first.", "The railway comes after."]);
    }

    #[test]
    fn a_long_transcript_tells_its_speakers_from_its_labels_on_every_line() {
        // past the lines read through one by one, the labels are told by
        // the index of the article's capitalised words: the same answers
        let mut text = String::from("A panel on the port, in part:\n\n");
        for turn in 0..12 {
            text.push_str(&format!("HOLM: The quay number {turn} opens in spring.\n\n"));
            text.push_str(&format!("Note: the figure {turn} was checked.\n\n"));
            text.push_str(&format!("KARLSSON: And the dredging of basin {turn}?\n\n"));
        }
        text.push_str("Holm’s answers and Karlsson were recorded.\n");
        let found = run(&text);
        let by = |who: &str| found.iter().filter(|f| f.source.as_deref() == Some(who)).count();
        assert_eq!((by("HOLM"), by("KARLSSON")), (12, 12), "{found:?}");
        assert!(!found.iter().any(|f| f.content.starts_with("the figure")), "{found:?}");
    }

    #[test]
    fn an_office_of_a_side_before_a_colon_is_the_speaker() {
        for (label, who) in [
            ("Estonian foreign minister", "Estonian foreign minister"),
            ("Norway's fisheries minister", "Norway's fisheries minister"),
        ] {
            let found = run(&format!("{label}: Ferries will sail all winter\n\nThe port opened on Monday.\n"));
            assert_eq!(found.len(), 1, "{label}: {found:?}");
            assert_eq!(found[0].content, "Ferries will sail all winter");
            assert_eq!(found[0].source.as_deref(), Some(who));
            assert_eq!(found[0].kind, Kind::Direct);
        }
        // an office of no side, a poll or an outlet heads no statement
        for label in ["Minister", "Harbour Poll", "The other side"] {
            let found = run(&format!("{label}: Ferries will sail all winter\n\nThe port opened on Monday.\n"));
            assert!(found.is_empty(), "{label}: {found:?}");
        }
    }

    #[test]
    fn labels_and_headings_are_not_speakers() {
        assert!(run("Background: The talks began in March.\n\nMore text here.\n").is_empty());
        assert!(run("Winter Comes Early For Farmers: Prices of feed doubled.\n\nMore text.\n").is_empty());
        assert!(run("Why it matters: the vote is close.\n\nMore text.\n").is_empty());
        // the interviewer's turns in a question-and-answer interview
        let found = run(concat!(
            "The mayor Ilse Brandt spoke to us.\n\n",
            "Q: Will the bridge be ready by May?\n\n",
            "Brandt: Yes. The steel is already on site.\n\n",
            "Q: And the cost?\n\n",
            "Brandt: Lower than we feared.\n"
        ));
        assert!(found.iter().all(|f| f.speaker.as_deref() != Some("Q")), "{found:?}");
        assert_eq!(found.iter().filter(|f| f.speaker.as_deref() == Some("Ilse Brandt")).count(), 2, "{found:?}");
    }

    #[test]
    fn words_then_a_dash_and_a_name() {
        let found = run("Grain corridor will stay open through winter – Zelensky\n\nZelensky spoke in Odesa.\n");
        assert_eq!(found[0].content, "Grain corridor will stay open through winter");
        assert_eq!(found[0].kind, Kind::Indirect);
        assert_eq!(found[0].speaker.as_deref(), Some("Volodymyr Zelensky"));
        assert_eq!(found[0].rule, "dash name");
        // a surname the story does not repeat, after a clause with a verb
        let found = run("Grain corridor will stay open through winter – Zelensky\n\nThe president spoke in Odesa.\n");
        assert_eq!(found[0].speaker.as_deref(), Some("Volodymyr Zelensky"), "{found:?}");
        // not after words with no verb, nor an outlet
        assert!(run("Night of explosions in the port city – Odesa\n\nThe mayor spoke.\n").is_empty());
        assert!(run("Grain corridor will stay open through winter – Ukrinform\n\nThe port is busy.\n").is_empty());
    }

    #[test]
    fn words_then_a_colon_and_the_name_that_ends_the_headline() {
        let text = "Ferries will run whatever the two towns agree on: Sybiha\n\nThe minister spoke at the quay.\n";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "Ferries will run whatever the two towns agree on");
        assert_eq!(found[0].speaker.as_deref(), Some("Andrii Sybiha"));
        assert_eq!(found[0].rule, "dash name");
        // a heading with no clause before the colon credits nothing
        assert!(run("Harbour strike latest: Sybiha\n\nThe minister spoke at the quay.\n").is_empty());
    }

    #[test]
    fn words_then_a_dash_and_a_body() {
        let found = run("No date set for a summit with Washington – Kremlin\n\nThe spokesman spoke on Friday.\n");
        assert_eq!(found[0].content, "No date set for a summit with Washington");
        assert_eq!(found[0].speaker.as_deref(), Some("Kremlin"));
        assert_eq!(found[0].actor.as_deref(), Some("kremlin"));
        assert_eq!(found[0].rule, "dash name");
        // an outlet after the dash is the byline; a poll is no speaker
        assert!(run("Rates will rise again next spring - Reuters\n\nBanks expect more.\n").is_empty());
        assert!(run("Most voters back the new grid plan – Gallup Poll\n\nThe survey ran in May.\n").is_empty());
    }

    #[test]
    fn a_subtitle_after_a_reported_headline() {
        let found =
            run("Lavrov warns talks are over: We will not negotiate under threats\n\nThe minister spoke in Minsk.\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].content, "talks are over");
        assert_eq!(found[1].content, "We will not negotiate under threats");
        assert_eq!(found[1].kind, Kind::Direct);
        assert_eq!(found[1].speaker.as_deref(), Some("Sergei Lavrov"));
    }
}
