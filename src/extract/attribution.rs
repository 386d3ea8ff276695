//! Step 5: reporting clauses, and what each one reports.
//!
//! Each rule below reads one way news copy attributes speech, and is tried
//! at every reporting verb (or `according to`, or a nominal cue such as
//! "a statement by S that ...") outside quotation marks:
//!
//! * `S said (that) C` / `S told reporters (that) C` — content after the
//!   verb, its hearer and any time or place adjuncts;
//! * `C, S said` / `“Q,” said S` — content before the speaker;
//! * `S said: “Q”` — content after a colon, possibly the next paragraph;
//! * `S accused X of C`, `S rejected C`, `S called X “Q”` — verb frames;
//! * `According to S, C` / `C, according to S`;
//! * `a statement by S that C`, `S's claim that C`;
//! * `..., adding/saying that C` — a participle continuing the subject.
//!
//! Quotations no clause claimed are attributed afterwards
//! ([`super::continuations`]).

use super::lexicon::{self, Class, Form, Frame};
use super::mentions::{Mention, Range, Words};
use super::structure::{Quote, Sentence};
use super::tokens::Kind;

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
    /// How sure the rule is: explicit clauses beat continuations.
    pub rank: u8,
    /// The content ranges are separate statements ("that A, and that B")
    /// rather than pieces of one ("A, he said, B").
    pub split: bool,
}

pub struct Finder<'a> {
    pub w: Words<'a>,
    pub quotes: &'a [Quote],
    pub sents: &'a [Sentence],
}

/// Whether "that A, and that B" becomes two statements.
const SPLIT_COORDINATED: bool = false;

const NOMINAL_CUES: &[&str] = &[
    "statement",
    "claim",
    "claims",
    "assertion",
    "warning",
    "suggestion",
    "promise",
    "pledge",
    "insistence",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "announcement",
    "remarks",
    "comments",
    "argument",
    "assurance",
    "assurances",
    "view",
    "position",
    "belief",
    "insistence",
    "demand",
    "demands",
    "threat",
    "threats",
    "admission",
    "conclusion",
    "charge",
];

impl<'a> Finder<'a> {
    fn is(&self, i: usize, w: &str) -> bool {
        self.w.is(i, w)
    }

    /// All candidates of one sentence, in order.
    pub fn sentence(&self, si: usize, out: &mut Vec<Candidate>) {
        let s = self.sents[si];
        let first_new = out.len();
        let mut i = s.body;
        while i < s.end {
            let t = self.w.t(i);
            if t.quote != 0 || !t.is_word() {
                i += 1;
                continue;
            }
            // inside content already claimed in this sentence: a nested
            // report is part of what the outer speaker said
            if out[first_new..].iter().any(|c| c.content.iter().any(|r| r.0 <= i && i < r.1)) {
                i += 1;
                continue;
            }
            let found = if self.is(i, "according") && self.is(i + 1, "to") {
                self.according(si, i)
            } else if t.verb.is_some()
                || lexicon::phrasal(self.w.s(i), self.w.s((i + 1).min(self.w.toks.len() - 1))).is_some()
            {
                self.verb(si, i, &out[first_new..], first_new)
            } else if NOMINAL_CUES.iter().any(|n| self.is(i, n)) {
                self.nominal(si, i)
            } else {
                None
            };
            if let Some(c) = found {
                // keep contents from overlapping within the sentence
                let clash = out[first_new..]
                    .iter()
                    .any(|o| o.content.iter().any(|a| c.content.iter().any(|b| a.0 < b.1 && b.0 < a.1)));
                if !clash {
                    if c.split {
                        // "said that A, and that B": one statement each
                        for r in &c.content {
                            out.push(Candidate { content: vec![*r], split: false, ..c.clone() });
                        }
                    } else {
                        out.push(c);
                    }
                }
            }
            i += 1;
        }
    }

    /// Index after fillers that may sit between a subject and its verb
    /// ("has also repeatedly", "on Monday", "last week"), going left from
    /// `i`. `None` when the verb is negated or infinitive.
    pub(crate) fn skip_left(&self, i: usize, lo: usize) -> Option<usize> {
        let mut k = i;
        while k > lo {
            let t = self.w.t(k - 1);
            // a bracket between subject and verb: "Rep. John Mica (R-Fla.) said"
            if t.is_punct(')') && t.quote == 0 {
                if let Some(open) = (lo..k - 1).rev().find(|&j| self.w.t(j).is_punct('('))
                    && k - 1 - open <= 8
                {
                    k = open;
                    continue;
                }
                break;
            }
            if t.quote != 0 || !t.is_wordlike() {
                break;
            }
            if t.has(Class::NEGATION) || self.w.s(k - 1).ends_with("n't") || self.w.s(k - 1).ends_with("n’t") {
                return None;
            }
            if self.is(k - 1, "to") {
                // "declined to say", "is expected to announce" report
                // nothing yet; "went on to say", "took to Twitter to
                // accuse" do
                let before = k.checked_sub(2).map(|j| self.w.s(j).to_ascii_lowercase()).unwrap_or_default();
                const INTENT: &[&str] = &[
                    "declined",
                    "refused",
                    "want",
                    "wants",
                    "wanted",
                    "plan",
                    "plans",
                    "planned",
                    "expected",
                    "likely",
                    "unlikely",
                    "going",
                    "set",
                    "hope",
                    "hopes",
                    "hoped",
                    "try",
                    "tries",
                    "tried",
                    "ready",
                    "able",
                    "unable",
                    "due",
                    "scheduled",
                    "sure",
                    "certain",
                    "intends",
                    "intend",
                    "intended",
                    "needs",
                    "need",
                    "needed",
                    "has",
                    "have",
                    "had",
                    "decline",
                    "declines",
                    "refuse",
                    "refuses",
                    "seek",
                    "seeks",
                    "sought",
                    "wish",
                    "wishes",
                    "prepared",
                    "reluctant",
                    "allowed",
                    "permitted",
                    "authorized",
                    "failed",
                    "fail",
                    "fails",
                    "promised",
                    "vowed",
                    "agreed",
                    "asked",
                    "urged",
                    "told",
                    "would",
                    "like",
                    "hesitant",
                    "willing",
                    "eager",
                    "trying",
                    "hoping",
                    "planning",
                    "seeking",
                    "wanting",
                    "attempting",
                    "aiming",
                    "expects",
                    "preparing",
                    "declining",
                    "refusing",
                    "continue",
                    "continues",
                    "continued",
                    "began",
                    "begin",
                    "begins",
                    "started",
                    "start",
                    "starts",
                    "used",
                    "ought",
                    "supposed",
                    "about",
                ];
                if INTENT.contains(&before.as_str()) {
                    return None;
                }
                k -= 1;
                // the rest of the purpose clause is not the subject
                return self.purpose_subject(k, lo);
            }
            let time = t.has(Class::TIME) && !t.cap
                || (t.has(Class::TIME)
                    && t.cap
                    && k >= 2
                    && (self.is(k - 2, "on")
                        || self.is(k - 2, "last")
                        || self.is(k - 2, "this")
                        || self.is(k - 2, "in")
                        || self.is(k - 2, "earlier")));
            if (t.has(Class::ADVERB | Class::AUX) && !t.cap && !t.has(Class::PRONOUN | Class::DET)) || time {
                k -= 1;
                continue;
            }
            if (self.is(k - 1, "on")
                || self.is(k - 1, "in")
                || self.is(k - 1, "late")
                || self.is(k - 1, "early")
                || self.is(k - 1, "earlier")
                || self.is(k - 1, "this")
                || self.is(k - 1, "last"))
                && k < i
            {
                k -= 1;
                continue;
            }
            if matches!(t.kind, Kind::Number) && k < i && self.w.t(k).has(Class::TIME) {
                k -= 1;
                continue;
            }
            // "who in 2010 said"
            if matches!(t.kind, Kind::Number)
                && k >= 2
                && self.w.t(k - 2).has(Class::PREP)
                && self.w.s(k - 1).len() == 4
            {
                k -= 2;
                continue;
            }
            break;
        }
        Some(k)
    }

    /// "went on to say", "took to Twitter to accuse": the subject is the
    /// one of the main verb, found before it.
    fn purpose_subject(&self, to: usize, lo: usize) -> Option<usize> {
        // walk back to the main verb: a finite-looking word after a
        // phrase that can be a subject
        let mut v = to;
        while v > lo && to - v < 8 {
            v -= 1;
            let t = self.w.t(v);
            if t.quote != 0 || t.is_any_punct(&[',', ';', ':']) {
                return None;
            }
            if t.is_word()
                && !t.cap
                && !t.has(Class::DET | Class::PREP | Class::ROLE | Class::GROUP)
                && v > lo
                && self.w.left_np(v, lo).is_some()
            {
                return self.skip_left(v, lo);
            }
        }
        None
    }

    fn passive(&self, i: usize, lo: usize) -> bool {
        let mut k = i;
        while k > lo {
            let t = self.w.t(k - 1);
            if t.has(Class::ADVERB) && !t.has(Class::AUX) {
                k -= 1;
                continue;
            }
            return ["was", "were", "is", "are", "be", "been", "being", "get", "got"].iter().any(|w| self.is(k - 1, w));
        }
        false
    }

    fn verb(&self, si: usize, i: usize, earlier: &[Candidate], base: usize) -> Option<Candidate> {
        let s = self.sents[si];
        let t = self.w.t(i);
        let next = i + 1;
        let (frame, form, after) = match lexicon::phrasal(self.w.s(i), if next < s.end { self.w.s(next) } else { "" }) {
            Some((f, fm)) if next < s.end => (f, fm, next + 1),
            _ => {
                let v = t.verb?;
                (v.frame, v.form, next)
            }
        };
        // a capitalised verb inside a sentence is a name ("Post", "Reports")
        if t.cap && i > s.body && !self.w.t(i - 1).is_quote() {
            return None;
        }
        // the noun: "the report", "a call", "his warning", "Zelensky's remarks"
        let possessive = i > s.body && (self.w.s(i - 1).ends_with("'s") || self.w.s(i - 1).ends_with("’s"));
        if i > s.body && (self.w.t(i - 1).has(Class::DET) || possessive) && self.w.t(i - 1).quote == 0 {
            return None;
        }
        if frame == Frame::Describe && self.is(i, "called") && i > s.body && self.is(i - 1, "so") {
            return None;
        }
        // "a video call", "the peace plan": a bare form after a singular
        // noun that follows a determiner is part of a noun phrase
        if t.verb.is_some_and(|v| v.bare) && i >= s.body + 2 {
            let p = self.w.t(i - 1);
            let noun = p.is_word()
                && !p.cap
                && !p.has(Class::ADVERB | Class::AUX | Class::PRONOUN | Class::GROUP)
                && !self.w.s(i - 1).ends_with('s');
            if noun && self.w.t(i - 2).has(Class::DET) {
                return None;
            }
        }
        // "is telling", "was saying": a progressive, so a finite verb
        let progressive = form == Form::Gerund
            && i > s.body
            && ["is", "are", "was", "were", "been", "'s", "’s"].iter().any(|w| self.is(i - 1, w));
        if form == Form::Gerund && !progressive {
            return self.participle(si, i, frame, after, earlier, base);
        }
        let strong = t.verb.is_none_or(|v| v.strong);
        if !progressive && self.passive(i, s.body) {
            // "was quoted as saying" is handled at "saying"
            return None;
        }
        let stop = self.skip_left(i, s.body)?;
        let cue = Some((i, after));
        // "Said Ellis: “...”" — an inverted clause opening the sentence
        if i == s.body && matches!(frame, Frame::Say) {
            let np = self.w.right_np(after, s.end)?;
            if np.1 < s.end && self.w.t(np.1).is_any_punct(&[':', ',']) {
                let start = np.1 + 1;
                let (a, e) = self.trim(start, self.clause_end(start, s.end));
                if a < e {
                    return Some(Candidate {
                        content: vec![(a, e)],
                        source: Source::Mention(Mention { head: np, desc: None }),
                        cue,
                        sentence: si,
                        rank: 3,
                        split: false,
                    });
                }
            }
            return None;
        }
        // "“Q,” said S" / "C, said S": the speaker after the verb
        let before_is_break = stop > s.body && {
            let b = self.w.t(stop - 1);
            b.is_punct(',') || (b.is_quote() && b.quote != 0 && self.quote_closes_at(stop - 1))
        };
        if before_is_break
            && stop == i
            && let Some(np) = self.w.right_np(after, s.end)
        {
            let np_end = self.extend_appositive_right(np.1, s.end);
            // "said Peskov." / "said Peskov on Monday" / "said Peskov, the
            // spokesman" — but not "said Washington regarded ..."
            let tail_ok = np_end.0 >= s.end || {
                let t = self.w.t(np_end.0);
                !t.is_word() || t.has(Class::PREP | Class::TIME | Class::SUBORD | Class::ADVERB)
            };
            if tail_ok && self.only_adjuncts(np_end.0, s.end) {
                let content = self.content_before(si, stop)?;
                return Some(Candidate {
                    content: vec![content],
                    source: Source::Mention(Mention { head: np, desc: np_end.1 }),
                    cue,
                    sentence: si,
                    rank: 3,
                    split: false,
                });
            }
        }
        // the subject before the verb
        let mention = if stop > s.body && self.w.t(stop - 1).is_punct(',') {
            self.w.appositive(stop - 1, s.body)
        } else {
            self.w.left_np(stop, s.body).map(|h| Mention { head: h, desc: None })
        };
        let mention = mention
            .or_else(|| self.relative_subject(stop, s.body))
            .or_else(|| self.coordinated_subject(stop, s.body))?;
        // "who said" / "which said": the relative pronoun stands for the
        // phrase before it
        let mention = self.resolve_relative(mention, s.body);
        // subjects that cannot speak: "it" in "it is said", a time word
        let head_first = mention.head.0;
        // what was said
        let fwd = self.forward(si, after, frame, i);
        // weak verbs ("agreed", "maintained", "believes") report only with
        // `that`, a colon or a quotation after them
        let fwd = fwd.filter(|c| strong || self.explicit_complement(after, c.0));
        let start_of_subject = mention.head.0.min(mention.desc.map_or(usize::MAX, |d| d.0));
        // "“Q,” Lubinets told reporters at a hospital where ...": a
        // quotation opening the sentence is what was said, unless `that`
        // or a colon introduces something else
        let quote_first = start_of_subject > s.body && {
            let b = self.w.t(start_of_subject - 1);
            b.is_quote()
                && self.quote_closes_at(start_of_subject - 1)
                && self.quotes[b.quote as usize - 1].open == s.body
        };
        let fwd = fwd.filter(|c| !quote_first || self.explicit_complement(after, c.0));
        if let Some(content) = fwd {
            let mut content = vec![content];
            self.split_coordinated(&mut content, s.end);
            let split = content.len() > 1;
            return Some(Candidate { content, source: Source::Mention(mention), cue, sentence: si, rank: 3, split });
        }
        // "A, he said, B": the attribution in the middle of the sentence
        if start_of_subject > s.body
            && self.w.t(start_of_subject - 1).is_punct(',')
            && matches!(frame, Frame::Say | Frame::Tell | Frame::Belief)
        {
            let comma = (after..s.end.min(after + 10)).find(|&k| self.w.t(k).is_punct(',') && self.w.t(k).quote == 0);
            // not when a participle or `according to` follows: ", he
            // said, adding that ..." is two statements
            let continues = |c: usize| {
                let n = c + 1;
                n < s.end
                    && (self.w.t(n).verb.is_some_and(|v| v.form == Form::Gerund)
                        || self.is(n, "according")
                        || (n + 1 < s.end && lexicon::phrasal(self.w.s(n), self.w.s(n + 1)).is_some()))
            };
            if let Some(c) = comma.filter(|&c| !continues(c))
                && self.only_adjuncts(after, c)
                && (c + 1..s.end).any(|k| self.w.t(k).is_wordlike())
            {
                let first = self.content_before(si, start_of_subject - 1);
                let (a2, e2) = self.trim(c + 1, self.clause_end(c + 1, s.end));
                if let Some(first) = first
                    && a2 < e2
                    && (a2..e2).filter(|&k| self.w.t(k).is_wordlike()).count() >= 2
                {
                    return Some(Candidate {
                        content: vec![first, (a2, e2)],
                        source: Source::Mention(mention),
                        cue,
                        sentence: si,
                        rank: 3,
                        split: false,
                    });
                }
            }
        }
        // "C, S said" with nothing after the verb but adjuncts
        if !matches!(frame, Frame::Say | Frame::Tell | Frame::Belief) || !self.only_adjuncts(after, s.end) {
            return None;
        }
        let content = if start_of_subject > s.body && self.w.t(start_of_subject - 1).is_punct(',') {
            self.content_before(si, start_of_subject - 1)
        } else if start_of_subject > s.body
            && self.w.t(start_of_subject - 1).is_quote()
            && self.quote_closes_at(start_of_subject - 1)
        {
            self.content_before(si, start_of_subject)
        } else if start_of_subject == s.body && head_first == s.body {
            // "“We will win.” Zelensky said." — the quote is the sentence before
            self.previous_quote_sentence(si)
        } else {
            None
        }?;
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(mention),
            cue,
            sentence: si,
            rank: 3,
            split: false,
        })
    }

    /// Whether the content starting at `start` is introduced by `that`, a
    /// colon or a quotation mark.
    fn explicit_complement(&self, after: usize, start: usize) -> bool {
        start > after && (self.is(start - 1, "that") || self.w.t(start - 1).is_punct(':'))
            || self.w.t(start).is_quote() && self.w.t(start).quote != 0
    }

    /// `, adding that C` / `, saying C` / `was quoted as saying`.
    fn participle(
        &self,
        si: usize,
        i: usize,
        frame: Frame,
        after: usize,
        earlier: &[Candidate],
        base: usize,
    ) -> Option<Candidate> {
        let s = self.sents[si];
        if i == s.body {
            return None;
        }
        let prev = self.w.t(i - 1);
        let quoted_as = self.is(i - 1, "as") && i >= 2 && self.is(i - 2, "quoted");
        // “...,” adding that: the comma inside the closing mark
        let comma_quote = prev.is_quote() && i >= 2 && self.w.t(i - 2).is_punct(',') && self.quote_closes_at(i - 1);
        let ok = prev.is_punct(',')
            || comma_quote
            || self.is(i - 1, "while")
            || self.is(i - 1, "before")
            || self.is(i - 1, "after")
            || self.is(i - 1, "and")
            || quoted_as
            || self.is(i - 1, "by");
        if !ok || (prev.quote != 0 && !comma_quote) {
            return None;
        }
        let content = self.forward(si, after, frame, i)?;
        // the participle belongs to the main clause: its subject when the
        // sentence opens with one ("The ministry rejected ..., calling it"),
        // else the speaker of the report before it ("“Q,” he said, adding")
        // (a subject inside what someone said, as in "Chiefs would meet on
        // Thursday, he said, adding ...", is not the main clause's)
        let reported = |np: &Range| {
            earlier.iter().any(|c| c.sentence == si && c.content.iter().any(|r| r.0 <= np.0 && np.0 < r.1))
        };
        let main =
            self.subject(si, i).filter(|np| (np.0 == s.body || self.w.t(np.0 - 1).is_punct(',')) && !reported(np));
        let source = match main {
            Some(subj) if !self.w.t(s.body).is_quote() => Source::Mention(Mention { head: subj, desc: None }),
            _ => match earlier.iter().rposition(|c| c.sentence == si) {
                Some(k) => Source::Inherit(base + k),
                None => Source::Mention(Mention { head: self.subject(si, i)?, desc: None }),
            },
        };
        let mut content = vec![content];
        self.split_coordinated(&mut content, s.end);
        let split = content.len() > 1;
        Some(Candidate { content, source, cue: Some((i, after)), sentence: si, rank: 2, split })
    }

    /// The subject of the sentence: the first noun phrase of its main
    /// clause, after a fronted phrase ending in a comma.
    pub fn subject(&self, si: usize, before: usize) -> Option<Range> {
        let s = self.sents[si];
        let mut a = s.body;
        // skip a fronted adverbial: "In Kyiv, ...", "Speaking on Monday, ..."
        let first = self.w.t(a);
        if (first.has(Class::PREP | Class::SUBORD | Class::SENT_ADV)
            || self.w.s(a).ends_with("ing")
            || first.has(Class::TIME))
            && let Some(c) = (a..before.min(s.end)).find(|&k| self.w.t(k).is_punct(',') && self.w.t(k).quote == 0)
        {
            a = c + 1;
        }
        let mut e = a;
        while e < before && e < s.end && (self.w.np_word_pub(e) || (self.is(e, "of") && e > a)) {
            e += 1;
        }
        if e == a {
            if self.w.t(a).has(Class::PRONOUN) {
                return Some((a, a + 1));
            }
            return None;
        }
        // "Maria Zakharova, the spokeswoman, ..." — the name before the comma
        self.w.valid_np((a, e)).then_some((a, e))
    }

    /// The first full name (two or more name words) in a sentence outside
    /// quotations: "Among those freed was Taras Kovalchuk".
    pub fn first_name(&self, si: usize) -> Option<Range> {
        let s = self.sents[si];
        let mut k = s.body;
        while k < s.end {
            if self.w.t(k).quote == 0 && self.w.is_name_word(k) && k > s.body {
                let mut e = k;
                while e < s.end && self.w.is_name_word(e) && self.w.t(e).quote == 0 {
                    e += 1;
                }
                if e - k >= 2 {
                    return Some((k, e));
                }
                k = e;
            } else {
                k += 1;
            }
        }
        None
    }

    /// The subject with its apposition, if one follows between commas.
    pub fn subject_mention(&self, si: usize) -> Option<Mention> {
        let s = self.sents[si];
        let head = self.subject(si, s.end)?;
        let mut desc = None;
        if head.1 < s.end && self.w.t(head.1).is_punct(',') {
            let a = head.1 + 1;
            if let Some(c) = (a..s.end.min(a + 25)).find(|&k| self.w.t(k).is_punct(',') && self.w.t(k).quote == 0) {
                let t = self.w.t(a);
                if c > a && t.has(Class::DET | Class::ROLE | Class::TITLE | Class::NATION) {
                    desc = Some((a, c));
                }
            }
        }
        Some(Mention { head, desc })
    }

    /// `C, S said`: the content before the speaker, from the start of the
    /// sentence to `end` (a comma or the token after a closing quote).
    fn content_before(&self, si: usize, end: usize) -> Option<Range> {
        let s = self.sents[si];
        let mut a = s.body;
        // a leading "According to X," is not part of it
        if self.is(a, "according")
            && let Some(c) = (a..end).find(|&k| self.w.t(k).is_punct(','))
        {
            a = c + 1;
        }
        let mut e = end;
        while e > a && (self.w.t(e - 1).is_any_punct(&[',', ';', ':', '—', '–', '-'])) {
            e -= 1;
        }
        if e <= a {
            return None;
        }
        let words = (a..e).filter(|&k| self.w.t(k).is_wordlike()).count();
        if words < 2 {
            return None;
        }
        Some((a, e))
    }

    /// Whether the token at `k` is the closing mark of a quotation.
    fn quote_closes_at(&self, k: usize) -> bool {
        let t = self.w.t(k);
        t.quote != 0 && self.quotes[t.quote as usize - 1].close == k && self.quotes[t.quote as usize - 1].closed
    }

    /// "S said." after a sentence that is all quotation.
    fn previous_quote_sentence(&self, si: usize) -> Option<Range> {
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

    /// After `said Dmitry Peskov`, a following `, the Kremlin spokesman`
    /// apposition: returns (index after it all, description range).
    fn extend_appositive_right(&self, np_end: usize, hi: usize) -> (usize, Option<Range>) {
        if np_end < hi && self.w.t(np_end).is_punct(',') {
            let a = np_end + 1;
            if a < hi && (self.w.t(a).has(Class::DET | Class::ROLE | Class::TITLE | Class::NATION) || self.is(a, "who"))
            {
                // the apposition runs to the next comma or the end
                let mut e = a;
                while e < hi && !(self.w.t(e).quote == 0 && (self.w.t(e).is_punct(',') || self.w.t(e).is_terminal())) {
                    e += 1;
                }
                if e > a {
                    return (e, Some((a, e)));
                }
            }
        }
        (np_end, None)
    }

    /// Whether nothing but adjuncts follows: time, place, hearer, "in a
    /// statement", "when asked about ...", a participle after a comma.
    fn only_adjuncts(&self, from: usize, hi: usize) -> bool {
        let mut k = from;
        while k < hi {
            let t = self.w.t(k);
            if t.is_terminal() || t.is_any_punct(&[')', ']']) || (t.is_quote() && t.quote == 0) {
                k += 1;
                continue;
            }
            if t.is_punct(',') || t.is_punct(';') || t.is_punct('—') || t.is_punct('–') {
                // what follows a comma is a new phrase: fine
                return true;
            }
            if t.is_punct(':') {
                return false;
            }
            // a relative clause ("a hospital where ...") adds nothing said
            if ["where", "which", "who", "whose", "whom"].iter().any(|w| self.is(k, w)) && k > from {
                return true;
            }
            if self.is(k, "that") || t.has(Class::WH) && !self.is(k, "when") {
                return false;
            }
            if t.has(Class::SUBORD) {
                return true;
            }
            if t.quote != 0 {
                // a quoted name inside a phrase: "with the «Izvestia» newspaper"
                let p = k.checked_sub(1).map(|p| self.w.t(p));
                let named = t.is_quote()
                    && p.is_some_and(|p| {
                        p.has(Class::DET | Class::PREP)
                            || p.is_word() && (self.w.s(k - 1).ends_with("'s") || self.w.s(k - 1).ends_with("’s"))
                    });
                if named {
                    k = self.quotes[t.quote as usize - 1].close + 1;
                    continue;
                }
                return false;
            }
            if t.is_word()
                && (t.has(
                    Class::PREP
                        | Class::TIME
                        | Class::ADVERB
                        | Class::DET
                        | Class::ROLE
                        | Class::GROUP
                        | Class::NATION
                        | Class::MEDIUM,
                ) || t.cap
                    || !t.has(Class::FINITE) && t.verb.is_none())
            {
                if t.has(Class::FINITE) {
                    return false;
                }
                k += 1;
                continue;
            }
            if matches!(t.kind, Kind::Number) {
                k += 1;
                continue;
            }
            return false;
        }
        true
    }

    /// Where the content after a verb starts and ends, for each frame.
    fn forward(&self, si: usize, after: usize, frame: Frame, verb: usize) -> Option<Range> {
        let s = self.sents[si];
        let hi = s.end;
        if after >= hi {
            return None;
        }
        let start = match frame {
            Frame::Say | Frame::Belief => self.complement_start(after, hi, false)?,
            Frame::Tell => {
                if self.is(after, "to") {
                    // "asked to be identified": not a report
                    return None;
                }
                if self.is(after, "that") {
                    after + 1
                } else {
                    let obj = self.object_end(after, hi);
                    let Some(o) = obj else {
                        // "asked whether", "urged restraint"
                        return self
                            .complement_start(after, hi, false)
                            .map(|st| (st, self.clause_end(st, hi)))
                            .filter(|r| r.0 < r.1);
                    };
                    // "told supporters at a rally to “go and vote”": a
                    // request; the hearer belongs to the content
                    let to = (o..hi.min(o + 8)).find(|&k| {
                        self.is(k, "to")
                            && self.w.t(k).quote == 0
                            && (k + 1 < hi)
                            && (self.w.t(k + 1).is_quote()
                                || !self.w.t(k + 1).has(Class::DET | Class::PRONOUN) && !self.w.t(k + 1).cap)
                    });
                    let pp_only = to.is_some_and(|to| {
                        (o..to).all(|k| {
                            self.w.t(k).is_wordlike() && self.w.t(k).quote == 0 && !self.w.t(k).has(Class::FINITE)
                        })
                    });
                    if self.is(o, "to") || pp_only { after } else { self.complement_start(o, hi, true)? }
                }
            }
            Frame::Accuse => {
                if self.w.t(after).quote != 0 && self.w.t(after).is_quote() {
                    // "attacked “the hateful ideology ...”"
                    after
                } else {
                    // "accused the North's leader, Kim Jong Un, of ..."
                    let linked = (after + 1..hi.min(after + 14)).find(|&k| {
                        let t = self.w.t(k);
                        t.quote == 0
                            && (self.is(k, "of")
                                || self.is(k, "for")
                                || self.is(k, "over")
                                || self.is(k, "as")
                                || self.is(k, "with"))
                    });
                    let blocked = linked.is_some_and(|l| {
                        (after..l).any(|k| self.w.t(k).is_any_punct(&[';', ':']) || self.w.t(k).has(Class::FINITE))
                    });
                    if linked.is_none() || blocked {
                        return None;
                    }
                    after
                }
            }
            Frame::Object => {
                let t = self.w.t(after);
                // "rejected a statement by Peskov that C": C is Peskov's,
                // and the nominal report says so
                let nominal = (after..hi.min(after + 4)).any(|k| {
                    NOMINAL_CUES.iter().any(|n| self.is(k, n))
                        && (self.is(k + 1, "by") || self.is(k + 1, "from") || {
                            let p = self.w.s(k.saturating_sub(1));
                            k > after && (p.ends_with("'s") || p.ends_with("’s"))
                        })
                });
                if nominal {
                    return None;
                }
                if self.is(after, "that") {
                    after + 1
                } else if t.is_wordlike() || t.is_quote() {
                    // "rejected the accusation", "dismissed it": an object
                    // that only points back says nothing new
                    let end = self.clause_end(after, hi);
                    let words = (after..end).filter(|&k| self.w.t(k).is_wordlike()).count();
                    let anaphoric = ["the", "this", "that", "these", "those", "it", "them", "such"]
                        .iter()
                        .any(|w| self.is(after, w));
                    let quoted = (after..end).any(|k| self.w.t(k).quote != 0);
                    if anaphoric && words <= 3 && !quoted {
                        return None;
                    }
                    after
                } else {
                    return None;
                }
            }
            Frame::Describe => {
                // "called the plan “a provocation”", "described X as Y",
                // "what it called “the bitter experience”"
                let end = self.clause_end(after, hi);
                let has_quote = (after..end).any(|k| self.w.t(k).quote != 0);
                let has_as = (after..end).any(|k| self.is(k, "as") || self.is(k, "to"));
                if !(has_quote || has_as && !self.is(verb, "called")) {
                    return None;
                }
                // skip "it" in "called it “...”"
                after
            }
        };
        let end = self.clause_end(start, hi);
        let (start, end) = self.trim(start, end);
        (start < end && (start..end).any(|k| self.w.t(k).is_wordlike())).then_some((start, end))
    }

    /// End of the object noun phrase of a verb (its hearer or target).
    fn object_end(&self, a: usize, hi: usize) -> Option<usize> {
        if a >= hi {
            return None;
        }
        let t = self.w.t(a);
        if t.quote != 0
            || !t.is_wordlike()
            || self.is(a, "that")
            || t.has(Class::WH | Class::SUBORD) && !self.is(a, "as")
        {
            return None;
        }
        if t.has(Class::PRONOUN)
            || ["him", "her", "them", "us", "me", "it", "reporters", "journalists"].iter().any(|w| self.is(a, w))
        {
            return Some(a + 1);
        }
        let mut k = a;
        while k < hi {
            let t = self.w.t(k);
            if t.quote != 0 || !t.is_wordlike() {
                break;
            }
            if k > a
                && (self.is(k, "that")
                    || t.has(Class::PREP) && !self.is(k, "of")
                    || t.has(Class::WH | Class::SUBORD | Class::FINITE))
            {
                break;
            }
            if k > a && self.is(k, "of") && !(k + 1 < hi && (self.w.t(k + 1).cap || self.w.t(k + 1).has(Class::DET))) {
                break;
            }
            if k > a
                && self.is(k, "of")
                && self.w.t(k + 1).has(Class::DET)
                && !self.w.t(k - 1).has(Class::ROLE | Class::TITLE)
            {
                break;
            }
            if t.has(Class::CONJ) {
                break;
            }
            if t.verb.is_some_and(|v| v.form == Form::Gerund) && k > a {
                break;
            }
            k += 1;
        }
        (k > a).then_some(k)
    }

    /// Start of a clause after a verb (and its hearer): after `that`, at a
    /// colon, at a wh-word or quotation, or where a subject begins after
    /// time and place adjuncts ("said on Monday the measures were ...").
    fn complement_start(&self, a: usize, hi: usize, after_object: bool) -> Option<usize> {
        // `that` within reach, with nothing clause-like before it
        let mut k = a;
        let mut in_pp = false;
        let mut pp_has_noun = false;
        while k < hi && k < a + 16 {
            let t = self.w.t(k);
            if t.quote != 0 {
                // a quotation inside a phrase ("with the «Izvestia»
                // newspaper") is a name; otherwise it starts the content
                if in_pp
                    && k > a
                    && (self.w.t(k - 1).has(Class::DET | Class::PREP) || {
                        let p = self.w.s(k - 1);
                        p.ends_with("'s") || p.ends_with("’s")
                    })
                {
                    let q = &self.quotes[t.quote as usize - 1];
                    k = q.close + 1;
                    pp_has_noun = true;
                    continue;
                }
                return (t.is_quote() || k == a).then_some(k);
            }
            match t.kind {
                Kind::Punct(':') => return (k + 1 < hi).then_some(k + 1),
                Kind::Punct(',') => {
                    // "said, “Q”": the quotation is the content
                    if k + 1 < hi
                        && self.w.t(k + 1).is_quote()
                        && self.w.t(k + 1).quote != 0
                        && self.quotes[self.w.t(k + 1).quote as usize - 1].open == k + 1
                    {
                        return Some(k + 1);
                    }
                    // "said, however, that" / "said, citing X, that": look
                    // for a `that` before the next comma
                    let next_comma = (k + 1..hi).find(|&j| self.w.t(j).is_punct(','));
                    if let Some(nc) = next_comma
                        && self.is(nc + 1, "that")
                        && nc - k < 10
                    {
                        return Some(nc + 2);
                    }
                    return None;
                }
                Kind::Punct('(') => {
                    // skip a bracket
                    let close = (k..hi).find(|&j| self.w.t(j).is_punct(')'))?;
                    k = close + 1;
                    continue;
                }
                Kind::Punct(_) | Kind::Quote(_) => return None,
                _ => {}
            }
            if self.is(k, "that")
                && k + 1 < hi
                && (self.w.t(k + 1).has(Class::FINITE | Class::AUX) && !self.w.t(k + 1).has(Class::PRONOUN))
            {
                // "the meeting that was held": a relative pronoun
                k += 1;
                continue;
            }
            if self.is(k, "that") {
                // "that question." is a determiner, not a clause
                let det = k + 2 < hi + 1
                    && self.w.t(k + 1).is_word()
                    && !self.w.t(k + 1).cap
                    && (k + 2 >= hi || self.w.t(k + 2).is_any_punct(&['.', '!', '?', ')']));
                if det {
                    return None;
                }
                return Some(k + 1);
            }
            if t.has(Class::CONJ) {
                return None;
            }
            if t.has(Class::WH) && !self.is(k, "when") || self.is(k, "if") && k == a {
                return Some(k);
            }
            // "after the summit", "since June": a phrase, not a clause
            let pp_subord = ["after", "before", "since", "until"].iter().any(|w| self.is(k, w))
                && k + 1 < hi
                && (self.w.t(k + 1).has(Class::DET | Class::TIME) && !self.w.t(k + 1).has(Class::PRONOUN)
                    || matches!(self.w.t(k + 1).kind, Kind::Number));
            if pp_subord {
                in_pp = true;
                pp_has_noun = false;
                k += 1;
                continue;
            }
            if t.has(Class::SUBORD) || (self.is(k, "when") && k > a) {
                return None;
            }
            if self.is(k, "when") && k == a {
                return None;
            }
            if t.has(Class::PREP) && !self.is(k, "that") {
                in_pp = true;
                pp_has_noun = false;
                k += 1;
                continue;
            }
            if in_pp {
                // "said on Tuesday Moscow had ...": a name after a complete
                // phrase, followed by a verb, is a new subject
                let named_subject =
                    t.cap && pp_has_noun && !self.w.t(k - 1).has(Class::PREP | Class::DET) && self.verb_follows(k, hi);
                let starts_clause = (t.has(Class::DET) && pp_has_noun)
                    || named_subject
                    || (t.has(Class::PRONOUN) && !["him", "her", "them", "it"].iter().any(|w| self.is(k, w)));
                if starts_clause && !self.is(k, "it") {
                    return Some(k);
                }
                if t.is_wordlike() && !t.has(Class::DET) {
                    pp_has_noun = true;
                }
                k += 1;
                continue;
            }
            let ly = t.is_word()
                && !t.cap
                && self.w.s(k).len() > 4
                && self.w.s(k).ends_with("ly")
                && !["only", "early", "likely"].contains(&self.w.s(k));
            if (t.has(Class::ADVERB) || ly) && !t.has(Class::DET | Class::PRONOUN | Class::PREP) && !t.cap {
                k += 1;
                continue;
            }
            if t.has(Class::TIME) {
                k += 1;
                continue;
            }
            if after_object && t.has(Class::FINITE) {
                return None;
            }
            // a subject starts here
            return Some(k);
        }
        None
    }

    /// Whether a finite verb follows the noun phrase starting at `k`.
    fn verb_follows(&self, k: usize, hi: usize) -> bool {
        let mut j = k;
        while j < hi && j < k + 6 && self.w.np_word_pub(j) {
            j += 1;
        }
        j < hi && j > k && {
            let t = self.w.t(j);
            t.has(Class::FINITE | Class::AUX)
                || t.verb.is_some_and(|v| v.form != Form::Gerund)
                || (t.is_word()
                    && !t.cap
                    && (self.w.s(j).ends_with("ed") || self.w.s(j).ends_with('s'))
                    && !t.has(Class::PREP | Class::DET))
        }
    }

    /// End of the reported clause that starts at `a`.
    fn clause_end(&self, a: usize, hi: usize) -> usize {
        let mut k = a;
        while k < hi {
            let t = self.w.t(k);
            // a comma just inside a closing mark counts: “...,” adding
            let comma_in_quote =
                t.is_quote() && t.quote != 0 && k > a && self.w.t(k - 1).is_punct(',') && self.quote_closes_at(k);
            if (t.quote == 0 && (t.is_punct(',') || t.is_punct(';') || t.is_any_punct(&['—', '–'])) || comma_in_quote)
                && k + 1 < hi
            {
                let n = k + 1;
                let k = if comma_in_quote { k + 1 } else { k };
                // ", according to", ", adding that", ", he said"
                if self.is(n, "according") && self.is(n + 1, "to") {
                    return k;
                }
                // ", adding that", ", calling it “...”", ", accusing X of"
                if let Some(v) = self.w.t(n).verb
                    && v.form == Form::Gerund
                    && v.strong
                    && v.frame != Frame::Belief
                {
                    return k;
                }
                if n + 1 < hi && lexicon::phrasal(self.w.s(n), self.w.s(n + 1)).is_some_and(|(_, f)| f == Form::Gerund)
                {
                    return k;
                }
                if self.attribution_follows(n, hi) {
                    return k;
                }
                // ", after S told ..." — a new report in a subordinate clause;
                // ", and S has described ..." — a second speaker
                if self.w.t(n).has(Class::SUBORD | Class::CONJ) && self.report_within(n + 1, hi) {
                    return k;
                }
            }
            k += 1;
        }
        hi
    }

    /// `he said` / `said Peskov` / `the ministry said in a statement` from
    /// `k` to the end of the sentence.
    fn attribution_follows(&self, k: usize, hi: usize) -> bool {
        let mut v = k;
        while v < hi && v < k + 8 && self.w.t(v).verb.is_none() {
            v += 1;
        }
        if v >= hi || v >= k + 8 {
            return false;
        }
        let verb = self.w.t(v).verb.unwrap_or(lexicon::lookup("said").verb.unwrap_or(super::lexicon::Verb {
            frame: Frame::Say,
            form: Form::Finite,
            bare: false,
            strong: true,
        }));
        if !matches!(verb.frame, Frame::Say | Frame::Tell) || verb.form == Form::Gerund {
            return false;
        }
        let subject_before = v > k && self.w.left_np(v, k) == Some((k, v));
        let subject_after = v == k && self.w.right_np(v + 1, hi).is_some();
        (subject_before || subject_after) && self.only_adjuncts(v + 1, hi)
    }

    fn report_within(&self, a: usize, hi: usize) -> bool {
        (a..hi.min(a + 14)).any(|v| {
            let Some(vb) = self.w.t(v).verb else { return false };
            if !vb.strong || vb.form == Form::Gerund || vb.frame == Frame::Belief || self.w.t(v).quote != 0 {
                return false;
            }
            // the subject, possibly with an apposition: "Sergey Lavrov,
            // Russia's foreign minister, has described"
            let Some(stop) = self.skip_left(v, a) else { return false };
            let np = if stop > a && self.w.t(stop - 1).is_punct(',') {
                self.w.appositive(stop - 1, a).map(|m| m.head)
            } else {
                self.w.left_np(stop, a)
            };
            np.is_some_and(|np| {
                np.0 == a
                    && (self.w.has_name(np) || self.w.names_someone(np) && matches!(vb.frame, Frame::Say | Frame::Tell))
            })
        })
    }

    /// Drops punctuation and a leading `that` at the edges.
    fn trim(&self, mut a: usize, mut e: usize) -> (usize, usize) {
        while a < e && (self.is(a, "that") || self.w.t(a).is_any_punct(&[',', ':', ';', '—', '–', '-'])) {
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

    /// `S said that A, and that B`: kept as one statement (as annotators
    /// and readers take it); the hook stays for callers that want to split.
    fn split_coordinated(&self, content: &mut Vec<(usize, usize)>, _hi: usize) {
        if !SPLIT_COORDINATED {
            return;
        }
        let (a, e) = content[0];
        for k in a + 1..e.saturating_sub(1) {
            if self.w.t(k).quote == 0 && self.is(k, "and") && self.is(k + 1, "that") {
                let mut first_end = k;
                if self.w.t(first_end - 1).is_punct(',') {
                    first_end -= 1;
                }
                content[0] = (a, first_end);
                content.push((k + 2, e));
                return;
            }
        }
    }

    /// "I laughed and said", "Trump paused and added": the subject of the
    /// first verb.
    fn coordinated_subject(&self, stop: usize, lo: usize) -> Option<Mention> {
        if stop < lo + 3 || !self.is(stop - 1, "and") {
            return None;
        }
        let v = stop - 2;
        let t = self.w.t(v);
        if !t.is_word() || t.cap || t.has(Class::DET | Class::PREP | Class::ROLE | Class::GROUP) {
            return None;
        }
        let verbish = t.verb.is_some() || self.w.s(v).ends_with("ed") || self.w.s(v).ends_with('s');
        if !verbish {
            return None;
        }
        let k = self.skip_left(v, lo)?;
        self.w.left_np(k, lo).filter(|np| np.1 == k).map(|h| Mention { head: h, desc: None })
    }

    /// `, who said ...`: a relative pronoun as subject.
    fn relative_subject(&self, stop: usize, lo: usize) -> Option<Mention> {
        if stop > lo && (self.is(stop - 1, "who") || self.is(stop - 1, "which") || self.is(stop - 1, "that")) {
            return Some(Mention { head: (stop - 1, stop), desc: None });
        }
        None
    }

    /// Replaces a relative pronoun by the phrase it refers to.
    fn resolve_relative(&self, m: Mention, lo: usize) -> Mention {
        let (a, b) = m.head;
        if b - a == 1 && (self.is(a, "who") || self.is(a, "which") || self.is(a, "that")) && a > lo {
            let end = if self.w.t(a - 1).is_punct(',') { a - 1 } else { a };
            if let Some(np) = self.w.left_np(end, lo) {
                return Mention { head: np, desc: None };
            }
        }
        m
    }

    /// `According to S, C.` and `C, according to S.`
    fn according(&self, si: usize, i: usize) -> Option<Candidate> {
        let s = self.sents[si];
        let src_start = i + 2;
        if src_start >= s.end {
            return None;
        }
        let at_start = i == s.body || (i > s.body && self.w.t(i - 1).has(Class::SENT_ADV) && i - 1 == s.body);
        let (src, content) = if at_start {
            let comma = (src_start..s.end).find(|&k| self.w.t(k).is_punct(',') && self.w.t(k).quote == 0)?;
            let content = self.trim(comma + 1, self.clause_end(comma + 1, s.end));
            ((src_start, comma), content)
        } else if self.w.t(i - 1).is_punct(',') {
            let end = (src_start..s.end)
                .find(|&k| (self.w.t(k).is_punct(',') || self.w.t(k).is_terminal()) && self.w.t(k).quote == 0)
                .unwrap_or(s.end);
            let c = self.content_before(si, i - 1)?;
            ((src_start, end), c)
        } else {
            return None;
        };
        if src.0 >= src.1 || content.0 >= content.1 {
            return None;
        }
        // a report inside names its own speaker: "According to the
        // readout, Putin told Trump that ..." is Putin's statement
        if self.has_report(content.0, content.1) {
            return None;
        }
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(Mention { head: src, desc: None }),
            cue: Some((i, i + 2)),
            sentence: si,
            rank: 3,
            split: false,
        })
    }

    fn has_report(&self, a: usize, e: usize) -> bool {
        (a..e).any(|v| {
            let t = self.w.t(v);
            t.quote == 0
                && t.verb.is_some_and(|vb| {
                    vb.strong && vb.form == Form::Finite && matches!(vb.frame, Frame::Say | Frame::Tell)
                })
                && v > a
                && self.w.left_np(v, a).is_some()
        })
    }

    /// `a statement by S that C`, `S's claim that C`.
    fn nominal(&self, si: usize, i: usize) -> Option<Candidate> {
        let s = self.sents[si];
        let (src, that) = if self.is(i + 1, "by") || self.is(i + 1, "from") {
            let np = self.w.right_np(i + 2, s.end)?;
            (np, np.1)
        } else if i > s.body && {
            let p = self.w.s(i - 1);
            p.ends_with("'s") || p.ends_with("’s")
        } {
            let np = self.w.left_np(i, s.body)?;
            (np, i + 1)
        } else {
            return None;
        };
        if !self.is(that, "that") {
            return None;
        }
        let start = that + 1;
        let end = self.clause_end(start, s.end);
        let (a, e) = self.trim(start, end);
        if a >= e {
            return None;
        }
        let mut content = vec![(a, e)];
        self.split_coordinated(&mut content, s.end);
        let split = content.len() > 1;
        Some(Candidate {
            content,
            source: Source::Mention(Mention { head: src, desc: None }),
            cue: Some((i, i + 1)),
            sentence: si,
            rank: 2,
            split,
        })
    }
}

impl Words<'_> {
    pub fn np_word_pub(&self, i: usize) -> bool {
        let t = self.t(i);
        t.quote == 0
            && (matches!(t.kind, Kind::Number)
                || t.is_word()
                    && (t.has(Class::DET | Class::ROLE | Class::TITLE | Class::NATION | Class::GROUP | Class::ORG)
                        && !t.has(Class::PRONOUN)
                        || t.cap && !t.has(Class::NOT_NAME | Class::PRONOUN)))
    }
}
