//! Extraction as an ordered list of small rules.
//!
//! Each rule knows one way newsrooms attribute speech and says why it is
//! there; its tests (in its own module) are sentences written for it.
//! Three kinds of rule run, in this order:
//!
//! 1. **blocks**: passages set apart as what someone said (a paragraph
//!    after "she wrote on X:"); what they hold is quoted material, so no
//!    later rule looks inside;
//! 2. rules **at a word**: every word of every sentence outside quotation
//!    marks and blocks (and outside content already claimed in that
//!    sentence) is offered to each rule in turn; the first rule that
//!    answers claims the word, and what it found is kept unless its
//!    content overlaps a statement found earlier in the sentence;
//! 3. rules **over the article**, which see every statement found so far:
//!    quotations no clause claimed.
//!
//! Which rule found a statement is kept with it ("found by" in the
//! inspector and the command line), and the confidence of a statement is
//! computed from that and the rest of its evidence in one place,
//! [`super::confidence`].

mod according;
mod attitude;
mod colon;
mod complement;
mod coordinated;
mod headline;
mod interview;
mod participle;
mod passive;
mod pointing;
mod quotes;
mod report_noun;
mod reported;
pub mod ru_uk;
mod trailing;
mod traps;
mod verb;

#[cfg(test)]
pub(crate) mod testing;

use super::doc::Doc;
use super::lexicon::{Class, Frame};
use super::mentions::{Mention, Range};
use std::cell::OnceCell;
pub use verb::VerbSite;

/// Who said it, as found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Mention(Mention),
    /// The subject of an earlier statement: a participle (`, adding that`)
    /// or a quote continuing the previous speaker. The index is into the
    /// list of candidates.
    Inherit(usize),
    /// No one named.
    None,
}

/// A statement before speakers are resolved.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Content as token ranges (one, or several for a quotation that
    /// continues after its attribution).
    pub content: Vec<Range>,
    pub source: Source,
    pub cue: Option<Range>,
    pub sentence: usize,
    /// The name of the rule that found it.
    pub rule: &'static str,
    /// The content is set apart as someone's words without quotation
    /// marks (a block after a colon, a headline "Name: words"): direct.
    pub set_apart: bool,
}

impl Candidate {
    /// Whether any piece of the content overlaps `r`.
    pub fn overlaps(&self, r: Range) -> bool {
        self.content.iter().any(|c| c.0 < r.1 && r.0 < c.1)
    }
}

/// The candidate whose content starts last before byte `at`: whose
/// speaker a quotation set apart with no source of its own carries on.
pub(crate) fn statement_before(d: &Doc, at: usize, out: &[Candidate]) -> Option<usize> {
    out.iter()
        .enumerate()
        .filter(|(_, c)| d.w.t(c.content[0].0).start < at)
        .max_by_key(|(_, c)| c.content[0].0)
        .map(|(k, _)| k)
}

/// What a colon at `colon` (inside a sentence ending at `end`) gives as
/// someone's words: a quotation opening right after it, whole, or else
/// the rest of the sentence if it is a clause, with a verb of its own
/// ("two ferries, one tug" is a list). The flag says which: `true` for a
/// quotation.
pub(super) fn after_colon(d: &Doc, colon: usize, end: usize) -> Option<(Range, bool)> {
    let first = d.w.t(colon + 1);
    if first.quote != 0 && first.is_quote() {
        let q = &d.quotes[first.quote as usize - 1];
        return Some(((q.open, (q.close + 1).min(end)), true));
    }
    let (a, e) = d.trim(colon + 1, end);
    let finite = |k: usize| d.w.t(k).has(Class::FINITE | Class::AUX) || d.w.t(k).verb.is_some();
    if a >= e || !(a..e).any(finite) {
        return None;
    }
    Some(((a, e), false))
}

/// The content of the candidates found so far, for a rule that asks of
/// every quotation in an article whether a candidate already holds part
/// of it ([`Candidate::overlaps`]): the pieces sorted by start, each with
/// the furthest end up to it, so that a long article's quotations are not
/// each compared with every candidate (time in the square of its length).
pub(super) struct Covered {
    starts: Vec<usize>,
    /// The furthest end among the pieces up to each.
    reach: Vec<usize>,
}

impl Covered {
    /// The pieces of `out`.
    pub(super) fn of(out: &[Candidate]) -> Self {
        let mut pieces: Vec<Range> = out.iter().flat_map(|c| c.content.iter().copied()).collect();
        pieces.sort_unstable();
        let mut c = Covered { starts: Vec::with_capacity(pieces.len()), reach: Vec::with_capacity(pieces.len()) };
        for r in pieces {
            c.push(r);
        }
        c
    }

    fn push(&mut self, r: Range) {
        let reach = self.reach.last().map_or(r.1, |&m| m.max(r.1));
        self.starts.push(r.0);
        self.reach.push(reach);
    }

    /// Adds a piece given to a candidate.
    pub(super) fn add(&mut self, r: Range) {
        if self.starts.last().is_none_or(|&s| s <= r.0) {
            self.push(r);
            return;
        }
        // out of order (no rule gives pieces so): placed, the reaches after
        // it made again
        let at = self.starts.partition_point(|&s| s <= r.0);
        self.starts.insert(at, r.0);
        self.reach.insert(at, r.1);
        for i in at..self.reach.len() {
            let before = if i == 0 { 0 } else { self.reach[i - 1] };
            let own = if i == at { r.1 } else { self.reach[i] };
            self.reach[i] = before.max(own);
        }
    }

    /// Whether a piece overlaps `r`, as [`Candidate::overlaps`] says of
    /// each: of the pieces that start before `r` ends, one ends after it
    /// starts.
    pub(super) fn overlaps(&self, r: Range) -> bool {
        let before_end = self.starts.partition_point(|&s| s < r.1);
        before_end > 0 && self.reach[before_end - 1] > r.0
    }
}

/// One way newsrooms report speech.
pub trait Rule: Sync {
    /// Shown as "found by" in the inspector and the command line.
    fn name(&self) -> &'static str;
    /// One line: the reporting habit the rule reads.
    fn why(&self) -> &'static str;
    /// Tried at a word of a sentence; the first rule that answers claims
    /// the word.
    fn at_word(&self, _site: &Site) -> Option<Candidate> {
        None
    }
    /// Run once over the article, after every rule has had its words.
    fn over_article(&self, _d: &Doc, _out: &mut Vec<Candidate>) {}
}

/// A language's rules, in the order they are tried.
pub struct RuleList {
    /// Run first over the article ([`Rule::over_article`]); their
    /// contents are closed to the rules after them.
    pub blocks: &'static [&'static dyn Rule],
    pub at_word: &'static [&'static dyn Rule],
    pub over_article: &'static [&'static dyn Rule],
    /// Whether any rule of `at_word` may find something at word `i`:
    /// most words are none of the words the rules start from, and are
    /// passed over without offering them to each rule in turn. Must hold
    /// wherever one of them returns a candidate.
    pub may_start: fn(&Doc, usize) -> bool,
}

/// [`RuleList::may_start`] of a language whose rules are offered every
/// word.
pub fn any_word(_: &Doc, _: usize) -> bool {
    true
}

/// [`RuleList::may_start`] of [`ENGLISH`]: every rule at a word starts
/// from a reporting verb ([`Site::verb`], which needs a verb of the
/// lexicon or a phrasal verb's form), "according" (to), "as" (S put
/// it, S noted), "put" (it bluntly:), "words" (in S's words) or a report
/// noun ("a statement by").
fn english_may_start(d: &Doc, i: usize) -> bool {
    let t = d.w.t(i);
    t.verb.is_some()
        || t.phrasal
        || t.has(Class::REPORT_NOUN)
        || d.is(i, "as")
        || d.is(i, "according")
        || d.is(i, "words")
        || d.is(i, "put")
        || d.is(i, "puts")
}

impl RuleList {
    /// Every rule, in the order they run.
    pub fn all(&self) -> impl Iterator<Item = &'static dyn Rule> + '_ {
        self.blocks.iter().chain(self.at_word).chain(self.over_article).copied()
    }
}

/// The rules for English news copy.
pub const ENGLISH: RuleList = RuleList {
    blocks: &[&colon::ColonBlock, &headline::SpeakerColon, &headline::DashName],
    at_word: &[
        &according::AccordingTo,
        &according::AsPutIt,
        &according::PutItColon,
        &according::AsNoted,
        &according::InTheirWords,
        &participle::Participle,
        &participle::FrontedParticiple,
        &reported::InvertedOpening,
        &trailing::SpeakerAfterVerb,
        &reported::ReportedClause,
        &complement::ComplementReport,
        &attitude::AttitudeReport,
        &trailing::Parenthetical,
        &trailing::TrailingClause,
        &coordinated::CoordinatedVerb,
        &passive::PassiveBy,
        &report_noun::ReportNoun,
        &report_noun::NounIsColon,
    ],
    over_article: &[
        &headline::HeadlineSubtitle,
        &pointing::SaidThis,
        &quotes::DashCredit,
        &quotes::LabelledQuote,
        &quotes::ContinuedQuote,
        &interview::QuestionAndAnswer,
    ],
    may_start: english_may_start,
};

/// A word of a sentence, as offered to the rules.
pub struct Site<'a> {
    pub d: &'a Doc<'a>,
    /// The sentence.
    pub si: usize,
    /// The word.
    pub i: usize,
    /// Candidates already found in this sentence.
    pub earlier: &'a [Candidate],
    /// Index of `earlier[0]` in the article's list of candidates.
    pub base: usize,
    verb: OnceCell<Option<VerbSite>>,
}

impl Site<'_> {
    /// The reporting verb at this word, analysed once for every rule.
    pub fn verb(&self) -> Option<&VerbSite> {
        self.verb.get_or_init(|| VerbSite::at(self.d, self.si, self.i)).as_ref()
    }

    pub fn sentence(&self) -> super::structure::Sentence {
        self.d.sents[self.si]
    }
}

/// What the candidates of the article passes that run first claim: their
/// content, and the whole line where the speaker's name and the words
/// make it up together ("Words: Name" as a headline, "Name: words"),
/// whose sentences the rules at each word then leave alone. Why: a
/// headline credited after a colon ("… the two sides agree on:
/// Jaishankar") had also been read as "agree on" reporting the name.
fn claimed(d: &Doc, out: &[Candidate]) -> Vec<Range> {
    let mut r: Vec<Range> = out.iter().flat_map(|c| c.content.iter().copied()).collect();
    for c in out {
        if let Source::Mention(m) = c.source
            && let (Some(first), Some(last)) = (c.content.first(), c.content.last())
        {
            let s = d.sents[c.sentence];
            let whole = (m.head.0.min(first.0), m.head.1.max(last.1));
            if s.body <= whole.0 && whole.1 <= s.end {
                r.push(whole);
            }
        }
    }
    r
}

/// Every candidate of an article, rule by rule.
pub fn find_all(d: &Doc, rules: &RuleList) -> Vec<Candidate> {
    let mut out = Vec::new();
    for rule in rules.blocks {
        rule.over_article(d, &mut out);
    }
    let blocks = claimed(d, &out);
    for si in 0..d.sents.len() {
        let s = d.sents[si];
        if blocks.iter().any(|b| b.0 <= s.body && s.end <= b.1) {
            continue;
        }
        sentence(d, si, rules, &mut out);
    }
    for rule in rules.over_article {
        rule.over_article(d, &mut out);
    }
    out
}

/// Every candidate of an article whose sentences are read in different
/// languages: each sentence gets its language's rules at every word,
/// and each language's article passes keep only what they find in that
/// language's sentences. An article all in one language takes exactly
/// the path of [`find_all`].
pub fn find_by_reading(d: &Doc, readings: &[ru_uk::Reading]) -> Vec<Candidate> {
    use ru_uk::Reading;
    let list = |r: Reading| match r {
        Reading::En => &ENGLISH,
        Reading::Ru => &ru_uk::RUSSIAN,
        Reading::Uk => &ru_uk::UKRAINIAN,
    };
    let first = readings.first().copied().unwrap_or(Reading::En);
    if readings.iter().all(|&r| r == first) {
        return find_all(d, list(first));
    }
    let present: Vec<Reading> =
        [Reading::En, Reading::Ru, Reading::Uk].into_iter().filter(|r| readings.contains(r)).collect();
    // a pass of language `r` keeps only what it finds in that language's
    // sentences: what it found in another's is not its to find
    let pass = |r: Reading, passes: &[&'static dyn Rule], out: &mut Vec<Candidate>| {
        for rule in passes {
            let before = out.len();
            rule.over_article(d, out);
            for c in &mut out[before..] {
                if readings.get(c.sentence).copied().unwrap_or(Reading::En) != r {
                    ru_uk::withdraw(c);
                }
            }
        }
    };
    let mut out = Vec::new();
    for &r in &present {
        pass(r, list(r).blocks, &mut out);
    }
    let blocks = claimed(d, &out);
    for si in 0..d.sents.len() {
        let s = d.sents[si];
        if blocks.iter().any(|b| b.0 <= s.body && s.end <= b.1) {
            continue;
        }
        sentence(d, si, list(readings.get(si).copied().unwrap_or(Reading::En)), &mut out);
    }
    for &r in &present {
        pass(r, list(r).over_article, &mut out);
    }
    out
}

/// Offers every word of one sentence to the rules, in order.
fn sentence(d: &Doc, si: usize, rules: &RuleList, out: &mut Vec<Candidate>) {
    let s = d.sents[si];
    if d.link_teaser(si) {
        return;
    }
    let first_new = out.len();
    for i in s.body..s.end {
        let t = d.w.t(i);
        if t.quote != 0 || !t.is_word() || !(rules.may_start)(d, i) {
            continue;
        }
        // inside content already claimed in this sentence: a nested
        // report is part of what the outer speaker said
        if out[first_new..].iter().any(|c| c.content.iter().any(|r| r.0 <= i && i < r.1)) {
            continue;
        }
        let site = Site { d, si, i, earlier: &out[first_new..], base: first_new, verb: OnceCell::new() };
        let Some(mut c) = rules.at_word.iter().find_map(|r| r.at_word(&site)) else { continue };
        if let Some(cited) = traps::cited_by_outlet(d, &c) {
            c.source = Source::Mention(cited);
        }
        if traps::says_nothing(d, &c) {
            continue;
        }
        // keep contents from overlapping within the sentence
        let clash = out[first_new..].iter().any(|o| c.content.iter().any(|&r| o.overlaps(r)));
        if !clash {
            out.push(c);
        } else if let Some(inner) = nested_report(d, &out[first_new..], &c) {
            // "The Kremlin rejected the plan, Peskov said": what the
            // trailing speaker said holds the nested report whole
            ru_uk::withdraw(&mut out[first_new + inner]);
            out.push(c);
        }
    }
}

/// The one candidate of `earlier` that `c`, a trailing attribution ("…,
/// Peskov said", "…, says Peskov"), clashes with, when it is a report by a verb of stance ("rejected",
/// "welcomed", "called for") lying whole, verb and subject, inside what
/// `c` credits: "The Kremlin rejected the plan, Peskov said" is what
/// Peskov said, of which the Kremlin's rejection is a part. Why: a
/// spokesman reports his side's position in the third person, and the
/// verb's report had taken the sentence from him.
/// Not when the one credited is an outlet, which only relays ("…, The
/// Hill reported").
fn nested_report(d: &Doc, earlier: &[Candidate], c: &Candidate) -> Option<usize> {
    let &[whole] = c.content.as_slice() else { return None };
    // (a verb of saying or telling: "a charge Minsk denies" is no credit)
    let says = c.cue.is_some_and(|(v, _)| {
        d.w.t(v).verb.is_some_and(|x| matches!(x.frame, Frame::Say | Frame::Tell) && x.strong)
            && !d.w.s(v).get(..3).is_some_and(|p| p.eq_ignore_ascii_case("den"))
    });
    if !says
        || !matches!(c.rule, "trailing attribution" | "speaker after verb")
        || matches!(c.source, Source::Mention(m) if d.names_outlet(m.head))
    {
        return None;
    }
    let inside = |r: Range| whole.0 <= r.0 && r.1 <= whole.1;
    let mut clashing = earlier.iter().enumerate().filter(|(_, o)| c.content.iter().any(|&r| o.overlaps(r)));
    let (i, o) = clashing.next()?;
    let nested = matches!(o.rule, "complement report" | "attitude report")
        && o.content.iter().all(|&r| inside(r))
        && o.cue.is_some_and(inside)
        && matches!(o.source, Source::Mention(m) if inside(m.head));
    (nested && clashing.next().is_none()).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pieces_covered_overlap_what_some_candidate_overlaps() {
        // pieces of every length, empty ones too, some added out of order:
        // asked of every range, the index answers as the candidates do
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        let candidate = |content: Vec<Range>| Candidate {
            content,
            source: Source::Inherit(0),
            cue: None,
            sentence: 0,
            rule: "test",
            set_apart: false,
        };
        for _ in 0..50 {
            let mut out: Vec<Candidate> = Vec::new();
            for _ in 0..next(8) {
                let pieces = (0..1 + next(3))
                    .map(|_| {
                        let a = next(60);
                        (a, a + next(6))
                    })
                    .collect();
                out.push(candidate(pieces));
            }
            let mut covered = Covered::of(&out);
            for _ in 0..4 {
                let a = next(60);
                let r = (a, a + next(5));
                covered.add(r);
                let i = next(out.len() + 1);
                match out.get_mut(i) {
                    Some(c) => c.content.push(r),
                    None => out.push(candidate(vec![r])),
                }
            }
            for a in 0..70 {
                for len in 0..6 {
                    let r = (a, a + len);
                    assert_eq!(covered.overlaps(r), out.iter().any(|c| c.overlaps(r)), "{r:?} {out:?}");
                }
            }
        }
    }

    #[test]
    fn a_report_cut_at_any_character_is_read_without_reading_past_it() {
        // a text may end anywhere (a feed cut short, a paste): every rule
        // reads only the tokens there are
        use super::testing::run;
        for whole in [
            "The ferry, according to two port officials, will not sail before March.",
            "The mayor spoke about half an hour at the forum.",
            "“The silos are full,” said Pieter van den Berg. “They are,” van den Berg said.",
            "Q: Mayor, do you expect the ferries to sail?",
            "Officials in occupied Tokmak said the lines were down.",
            "The shipyard has denied these claims, and denied it cut corners.",
            "Nurses said the ward was full. “It is hard,” one of them said.",
            "A senior official from a Baltic country said the tankers were old.",
            "The verdict of the audit office was harsh: “The cranes were wasted.”",
            "Kallas called late on Thursday for a full audit of the funds.",
            "According to the Harbour Lab, a Lisbon-based think tank, freight fell.",
            "‘We will not close the port’: Okafor vows to keep ferries running",
            "“A dangerous gamble”: Lavrov on the harbour deal",
            "Macron, Merz call for a ferry truce as talks stall",
            "Kremlin: no date set for a summit with Kyiv",
            "No date set for a summit with Kyiv – Kremlin",
            "READ MORE: Mayor says the port will reopen",
            "The mayor urged restraint on both sides.",
            "It costs £1.5bn, the mayor said.",
            "The harbour board has ruled out a fare rise.",
            "The harbour board has not ruled out a fare rise.",
            "The harbour board refused to rule out a fare rise.",
            "The harbour master on Dec. 1 said the quay was shut.",
            "The city's deputy mayor Ana Lind thanked the crews and said the quay was shut.",
            "The harbour master on 1 December said earlier this week that the quay was shut.",
            "The mayor told reporters travelling with her that the port would open.",
            "The port will open in May, the mayor told reporters on a daily call.",
            "The Ukrainian president said the port would open. “Soon,” he said.",
            "The ministry rejected the report.\n\n“It is false,” the statement said.",
            "«Сроки не изменились», — сказал в интервью ТАСС Сергей Лавров.",
            "«Планы прежние», — написал в своем Telegram-канале Дмитрий Медведев.",
            "«Терміни не змінилися», — заявив у вівторок в ефірі телемарафону Андрій Сибіга.",
            "Как сообщил источник, знакомый с ходом встречи, порт откроют в мае.",
            "- The port will open in May, an official said.",
            "Why it matters: The port will open in May, an official said.",
        ] {
            // at each word's edges, where the rules look for the next
            // token; as body text and as the headline (some rules read
            // headlines only)
            for (cut, c) in whole.char_indices().filter(|(_, c)| !c.is_alphanumeric()) {
                for part in [&whole[..cut], &whole[..cut + c.len_utf8()]] {
                    run(&format!("Port news\n\n{part}"));
                    // the headline forms (no full stop) as the headline too
                    if !whole.contains('.') {
                        run(part);
                    }
                }
            }
        }
    }

    #[test]
    fn words_passed_over_are_words_no_rule_starts_from() {
        // every rule offered every word finds what the English list finds
        // passing most words over, in the sample articles and in reports
        // written for this test
        use super::super::mentions::Words;
        use super::super::{structure, tokens};
        let every_word = RuleList { may_start: any_word, ..ENGLISH };
        let mut texts: Vec<String> = crate::samples::SAMPLES
            .iter()
            .filter_map(|s| crate::ingest::parse_article(s.name, s.bytes).ok())
            .map(|a| a.text)
            .collect();
        texts.push(
            "As the mayor put it, the bridge is late. The minister's warning that fares would rise came \
             early. According to the union, talks failed. Officials called for calm, pointing out that \
             \"nothing is decided\". A statement by the council said the vote stands."
                .to_string(),
        );
        let mut found = 0;
        for text in &texts {
            let (mut toks, paras) = tokens::tokenize(text);
            let quotes = structure::pair_quotes(text, &mut toks, &paras);
            let sents = structure::sentences(text, &toks);
            let d = Doc { w: Words { text, toks: &toks }, quotes: &quotes, sents: &sents, headline: None };
            let fast = format!("{:?}", find_all(&d, &ENGLISH));
            assert_eq!(fast, format!("{:?}", find_all(&d, &every_word)));
            found += find_all(&d, &ENGLISH).len();
        }
        assert!(found > 20, "the texts hold reports: {found}");
    }

    #[test]
    fn every_rule_has_a_distinct_name_and_a_reason() {
        let mut names = std::collections::HashSet::new();
        for r in ENGLISH.all().chain(ru_uk::RUSSIAN.all()) {
            assert!(names.insert(r.name()), "two rules are called {:?}", r.name());
            assert!(!r.why().is_empty() && !r.why().contains('\n'), "{}: the why is one line", r.name());
        }
    }
}
