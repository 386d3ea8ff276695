//! Who is speaking: the subject of a reporting verb, found by walking left
//! from it past adverbs, times and asides ("Lavrov has also repeatedly
//! said", "Rep. Jane Doe (D-Ore.) said"), and the subjects of sentences
//! that pronouns later refer to.

use super::doc::Doc;
use super::lexicon::{Class, Form};
use super::mentions::{Mention, Range};
use super::tokens::Kind;

/// The words that bring someone new into a story before their role: "A
/// pensioner", "Her neighbour", "A spokesman for …" (read by the subject
/// walk and by the resolver).
pub(crate) const INTRODUCING: &[&str] = &["a", "an", "her", "his", "their", "our"];

impl Doc<'_> {
    /// Whether the word at `k` refuses ("refused", "declines"): before
    /// "to rule out", a negation.
    pub(crate) fn refuses(&self, k: usize) -> bool {
        ["refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining"]
            .iter()
            .any(|w| self.is(k, w))
    }

    /// Whether the verb at `i` is "rule out" (its particle right after).
    pub(crate) fn rules_out(&self, i: usize) -> bool {
        ["rule", "rules", "ruled", "ruling"].iter().any(|w| self.is(i, w)) && self.is(i + 1, "out")
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
                // "did not rule out a meeting": leaving a thing open is a
                // position taken, as «в Кремле не исключили» is
                if self.rules_out(i) {
                    k -= 1;
                    continue;
                }
                return None;
            }
            if self.is(k - 1, "to") {
                // "declined to say", "is expected to announce" report
                // nothing yet; "went on to say", "took to Twitter to
                // accuse" do
                // (past a time or an adverb between: "failed on Thursday
                // to agree", "refused once again to say")
                let mut j = k - 1;
                while j > lo && j + 4 > k && {
                    let p = self.w.t(j - 1);
                    p.is_word() && !p.has(Class::INTENT) && (p.has(Class::TIME | Class::ADVERB) || self.is(j - 1, "on"))
                } {
                    j -= 1;
                }
                if j > lo && self.w.t(j - 1).has(Class::INTENT) {
                    // "refused to rule out talks" leaves them open, as "did
                    // not rule out" does
                    if self.rules_out(i) && self.refuses(j - 1) {
                        k = j - 1;
                        continue;
                    }
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
            // "Peskov on Dec. 1 called …", "on December 1": the day after
            // its month (an abbreviation's dot between)
            if matches!(t.kind, Kind::Number) && k >= 3 {
                let month = |m: usize| self.w.t(m).has(Class::TIME) && self.w.t(m).cap;
                if month(k - 2) {
                    k -= 1;
                    continue;
                }
                if k >= 4 && self.w.t(k - 2).is_punct('.') && month(k - 3) {
                    k -= 2;
                    continue;
                }
            }
            // "on 1 December": the month after its day
            if t.has(Class::TIME)
                && t.cap
                && k >= 3
                && matches!(self.w.t(k - 2).kind, Kind::Number)
                && self.is(k - 3, "on")
            {
                k -= 2;
                continue;
            }
            // "Peskov in Moscow said": where the person spoke, a city the
            // country table knows, after a name (not "officials in Kyiv",
            // whom the place describes, nor "the Kremlin in Moscow")
            if t.is_word()
                && t.cap
                && k >= lo + 3
                && self.is(k - 2, "in")
                && {
                    let p = self.w.t(k - 3);
                    p.is_word()
                        && p.cap
                        && !p.all_caps
                        && !p.has(Class::ORG | Class::GROUP | Class::NATION | Class::ROLE | Class::TITLE | Class::DET)
                }
                && super::lexicon::Lexicon::of(super::lexicon::Lang::En).adjective_of_place(self.w.s(k - 1)).is_some()
            {
                k -= 2;
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
    pub(crate) fn purpose_subject(&self, to: usize, lo: usize) -> Option<usize> {
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

    pub(crate) fn passive(&self, i: usize, lo: usize) -> bool {
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

    /// Where the main clause of sentence `si` starts, before `before`:
    /// past a fronted adverbial ending in a comma ("In Kyiv, …", "Speaking
    /// on Monday, …") and a second after it ("Later, speaking on the
    /// radio, …").
    pub(crate) fn past_fronted(&self, si: usize, before: usize) -> usize {
        let s = self.sents[si];
        let mut a = s.body;
        for _ in 0..2 {
            let first = self.w.t(a);
            if (first.has(Class::PREP | Class::SUBORD | Class::SENT_ADV)
                || self.w.s(a).ends_with("ing")
                || first.has(Class::TIME))
                && let Some(c) = (a..before.min(s.end)).find(|&k| self.w.t(k).is_punct(',') && self.w.t(k).quote == 0)
            {
                a = c + 1;
            } else {
                break;
            }
        }
        a
    }

    /// The subject of the sentence: the first noun phrase of its main
    /// clause, after a fronted phrase ending in a comma.
    pub(crate) fn subject(&self, si: usize, before: usize) -> Option<Range> {
        let s = self.sents[si];
        let a = self.past_fronted(si, before);
        let mut e = a;
        // "the head of the delegation", "a spokesperson for the Commission"
        let joins = |e: usize| {
            e > a && (self.is(e, "of") || self.is(e, "for") && self.w.t(e - 1).has(Class::ROLE) && !self.w.t(e - 1).cap)
        };
        // "a spokesman for the port authority", "a port authority
        // spokesman": nouns in small letters the lexicon does not know,
        // after an article, are the phrase's too (at most three)
        let plain = |k: usize| {
            let t = self.w.t(k);
            t.is_word()
                && !t.cap
                && t.quote == 0
                && t.verb.is_none()
                && !t.has(Class::CLOSED | Class::TIME)
                && !self.w.past_form(k)
        };
        // (only for someone brought in at the sentence's start, by "a",
        // "an" or a possessive, as the resolver reads them; not before a
        // name: "The president's Pacific roots" is no subject the walk
        // reads)
        // ("One port official": one of some, brought in the same way)
        let introduced = a == s.body && (INTRODUCING.iter().any(|w| self.is(a, w)) || self.is(a, "one"));
        // and after a possessive: "Ukraine's air force", "the city's
        // water utility"
        let possessive = |k: usize| self.w.s(k).ends_with("'s") || self.w.s(k).ends_with("’s");
        let (mut nouns, mut joined, mut end) = (0, false, a);
        while e < before && e < s.end {
            // "Ursula von der Leyen will …": the small words inside a name
            if self.w.subject_word(e) || joins(e) || self.w.particle_in_name(e, a, before.min(s.end), false) {
                if nouns > 0 && !joined && !self.w.t(e).has(Class::ROLE | Class::ORG | Class::GROUP) {
                    break;
                }
                joined |= joins(e);
                nouns = 0;
            } else if e > a
                && nouns < 3
                && plain(e)
                && (nouns > 0 || introduced && self.w.t(e - 1).has(Class::DET) || possessive(e - 1))
            {
                nouns += 1;
            } else {
                break;
            }
            e += 1;
            if nouns == 0 || joined {
                end = e;
            }
        }
        let e = end;
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
    /// quotations: "Among those freed was Taras Kovalchuk". None after a
    /// reporting verb that no name follows: in "“…,” Lavrov said after
    /// talks with Maxim Ryzhenkov" the name is where it was said, and the
    /// sentence is Lavrov's (whose statement the resolver has already met).
    pub(crate) fn first_name(&self, si: usize) -> Option<Range> {
        let s = self.sents[si];
        let mut k = s.body;
        while k < s.end {
            let t = self.w.t(k);
            // (the speaker after the verb, "“…,” said Ana Lind", is still
            // the first name)
            if t.quote == 0
                && t.verb.is_some_and(|v| v.form == Form::Finite && !v.bare)
                && !(k + 1 < s.end && self.w.is_name_word(k + 1))
            {
                return None;
            }
            if t.quote == 0 && self.w.is_name_word(k) && k > s.body {
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
    pub(crate) fn subject_mention(&self, si: usize) -> Option<Mention> {
        let s = self.sents[si];
        let head = self.subject(si, s.end)?;
        Some(self.with_apposition(head, s.end))
    }

    /// `head` with the apposition that follows it between commas, before
    /// `hi`: a description ("Zakharova, the spokeswoman,") describes the
    /// head; a name after a description ("His Lithuanian counterpart, Ana
    /// Lind,") is the head, and the description describes it.
    pub(crate) fn with_apposition(&self, head: Range, hi: usize) -> Mention {
        // "Ukraine's ambassador to the UK, Ana Lind,": a short phrase of
        // place after the description, before the comma
        let end = self.place_phrase_end(head.1, hi).unwrap_or(head.1);
        if end < hi && self.w.t(end).is_punct(',') {
            let a = end + 1;
            if let Some(c) = (a..hi.min(a + 25)).find(|&k| self.w.t(k).is_punct(',') && self.w.t(k).quote == 0) {
                let t = self.w.t(a);
                if end == head.1 && c > a && t.has(Class::DET | Class::ROLE | Class::TITLE | Class::NATION) {
                    return Mention { head, desc: Some((a, c)) };
                }
                if self.w.is_short_name((a, c)) && !self.w.ends_in_name(head) {
                    return Mention { head: (a, c), desc: Some((head.0, end)) };
                }
            }
        }
        Mention { head, desc: None }
    }

    /// Where a phrase of place or field after a description ends at a
    /// comma ("to the UK", "in London", "for the region"): a preposition,
    /// then at most four words with no verb, quotation or break.
    fn place_phrase_end(&self, at: usize, hi: usize) -> Option<usize> {
        if at >= hi || !["to", "in", "for", "at", "of"].iter().any(|w| self.is(at, w)) {
            return None;
        }
        let c = (at + 1..hi.min(at + 6)).find(|&k| !self.w.t(k).is_word() || self.w.t(k).quote != 0)?;
        let plain = (at + 1..c).all(|k| {
            let t = self.w.t(k);
            // "to Chile and Peru": two places joined are one phrase
            let places_joined = self.is(k, "and") && k > at + 1 && self.w.t(k - 1).cap && self.w.t(k + 1).cap;
            t.verb.is_none() && (places_joined || !t.has(Class::FINITE | Class::AUX | Class::PRONOUN | Class::CONJ))
        });
        (c > at + 1 && plain && self.w.t(c).is_punct(',') && self.w.t(c).quote == 0).then_some(c)
    }

    /// "I laughed and said", "Trump paused and added": the subject of the
    /// first verb.
    pub(crate) fn coordinated_subject(&self, stop: usize, lo: usize) -> Option<Mention> {
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
        // a phrase right after a verb or a preposition is its object, and
        // the word after it no verb but a plural noun ("thanked the allies
        // for the air defence systems and urged"): no subject there
        let object = |np: &Range| {
            np.0 > lo && {
                let p = self.w.t(np.0 - 1);
                p.quote == 0 && p.is_word() && (p.verb.is_some() || p.has(Class::FINITE | Class::PREP))
            }
        };
        self.w.left_np(k, lo).filter(|np| np.1 == k && !object(np)).map(|h| Mention { head: h, desc: None })
    }

    /// Group with a modifier: "Economists at the central bank say",
    /// "People close to the governor said", "Those close to her say".
    /// Why: unnamed groups are quoted by where they work, what they study
    /// or whom they stand near, and that modifier is part of who speaks.
    /// A plural group noun (or "those") opens its clause, a preposition
    /// (after "close", "familiar" and the like) follows it, and nothing
    /// after that up to the verb at `stop` is a verb or a new clause.
    pub(crate) fn group_with_modifier(&self, stop: usize, lo: usize) -> Option<Mention> {
        const MAX: usize = 12;
        let mut a = stop;
        while a > lo && stop - a < MAX {
            let t = self.w.t(a - 1);
            if !t.is_wordlike() || t.quote != 0 {
                break;
            }
            a -= 1;
        }
        // the phrase starts the clause
        if a > lo {
            let b = self.w.t(a - 1);
            if !(b.quote == 0 && b.is_any_punct(&[',', ';', ':', '—', '–', '('])) {
                return None;
            }
        }
        let mut h = a;
        while h < stop && self.w.t(h).has(Class::DET) && !self.w.t(h).has(Class::GROUP) {
            h += 1;
        }
        let head = if h == a + 1 && self.is(a, "those") {
            a
        } else {
            let head = (h..(h + 3).min(stop)).find(|&k| self.w.t(k).has(Class::GROUP) && self.w.t(k).is_word())?;
            // only adjectives between the determiner and the group noun
            let plain = |k: usize| {
                let t = self.w.t(k);
                t.is_word()
                    && t.verb.is_none()
                    && !t.has(
                        Class::PREP
                            | Class::SUBORD
                            | Class::CONJ
                            | Class::AUX
                            | Class::FINITE
                            | Class::WH
                            | Class::PRONOUN
                            | Class::NEGATION,
                    )
            };
            if !(h..head).all(plain) {
                return None;
            }
            head
        };
        let mut m = head + 1;
        if m < stop
            && ["close", "familiar", "loyal", "opposed", "allied", "based", "critical"].iter().any(|w| self.is(m, w))
        {
            m += 1;
        }
        if !(m + 1 < stop && self.w.t(m).has(Class::PREP) && self.w.t(m).is_word()) {
            return None;
        }
        let clause = |k: usize| {
            let t = self.w.t(k);
            t.verb.is_some()
                || t.has(Class::FINITE | Class::AUX | Class::SUBORD | Class::WH | Class::NEGATION | Class::PRONOUN)
                || self.is(k, "that")
        };
        if (m + 1..stop).any(clause) {
            return None;
        }
        Some(Mention { head: (a, stop), desc: None })
    }

    /// `, who said ...`: a relative pronoun as subject.
    pub(crate) fn relative_subject(&self, stop: usize, lo: usize) -> Option<Mention> {
        if stop > lo && (self.is(stop - 1, "who") || self.is(stop - 1, "which") || self.is(stop - 1, "that")) {
            return Some(Mention { head: (stop - 1, stop), desc: None });
        }
        None
    }

    /// Replaces a relative pronoun by the phrase it refers to.
    pub(crate) fn resolve_relative(&self, m: Mention, lo: usize) -> Mention {
        let (a, b) = m.head;
        if b - a == 1 && (self.is(a, "who") || self.is(a, "which") || self.is(a, "that")) && a > lo {
            let end = if self.w.t(a - 1).is_punct(',') { a - 1 } else { a };
            if let Some(np) = self.w.left_np(end, lo) {
                return Mention { head: np, desc: None };
            }
        }
        m
    }

    /// The first comma or sentence end from `from` on, outside quotation
    /// marks (`hi` if none).
    pub(crate) fn comma_or_end(&self, from: usize, hi: usize) -> usize {
        (from..hi)
            .find(|&k| self.w.t(k).quote == 0 && (self.w.t(k).is_punct(',') || self.w.t(k).is_terminal()))
            .unwrap_or(hi)
    }

    /// After `said Dmitry Peskov`, a following `, the Kremlin spokesman`
    /// apposition, or a relative clause right after the speaker ("said a
    /// soldier who gave only his first name"): returns (index after it
    /// all, description range).
    pub(crate) fn extend_appositive_right(&self, np_end: usize, hi: usize) -> (usize, Option<Range>) {
        if np_end < hi && self.w.t(np_end).is_punct(',') {
            let a = np_end + 1;
            if a < hi && (self.w.t(a).has(Class::DET | Class::ROLE | Class::TITLE | Class::NATION) || self.is(a, "who"))
            {
                // the apposition runs to the next comma or the end
                let e = self.comma_or_end(a, hi);
                if e > a {
                    return (e, Some((a, e)));
                }
            }
        } else if np_end + 1 < hi && self.is(np_end, "who") && self.w.t(np_end).quote == 0 {
            let e = self.comma_or_end(np_end + 1, hi);
            return (e, Some((np_end, e)));
        }
        (np_end, None)
    }
}

#[cfg(test)]
mod tests {
    use super::super::doc::Parsed;

    /// The subject phrase the walk left from `verb` ends at, as text.
    fn before(text: &str, verb: &str) -> Option<String> {
        let p = Parsed::new(text);
        let d = p.doc();
        let stop = d.skip_left(p.at(verb), 0)?;
        let np = d.w.left_np(stop, 0)?;
        Some(p.words(np).to_string())
    }

    #[test]
    fn adverbs_auxiliaries_and_times_sit_between_subject_and_verb() {
        assert_eq!(before("The governor has also repeatedly said so.", "said").as_deref(), Some("The governor"));
        assert_eq!(before("The governor on Friday said so.", "said").as_deref(), Some("The governor"));
        assert_eq!(before("Sen. Ada Kline (D-Vt.) said so.", "said").as_deref(), Some("Sen. Ada Kline"));
    }

    #[test]
    fn a_date_sits_between_subject_and_verb() {
        for date in ["on Dec. 1", "on December 1", "on 1 December", "on Sept. 30"] {
            let text = format!("The governor {date} said so.");
            assert_eq!(before(&text, "said").as_deref(), Some("The governor"), "{date}");
        }
    }

    #[test]
    fn where_a_named_person_spoke_sits_between_them_and_the_verb() {
        assert_eq!(before("Lindqvist in Oslo said so.", "said").as_deref(), Some("Lindqvist"));
        assert_eq!(before("Ada Kline in Warsaw on Friday said so.", "said").as_deref(), Some("Ada Kline"));
        // the place describes a group, or is part of a body's name
        assert_eq!(before("Officials in Oslo said so.", "said").as_deref(), Some("Officials in Oslo"));
        assert_eq!(before("The embassy in Oslo said so.", "said").as_deref(), Some("The embassy in Oslo"));
    }

    #[test]
    fn negated_and_intended_verbs_have_no_speaker() {
        assert_eq!(before("The envoy did not say when.", "say"), None);
        assert_eq!(before("The envoy declined to say when.", "say"), None);
        assert_eq!(before("The envoy is expected to announce it.", "announce"), None);
    }

    #[test]
    fn a_purpose_clause_reports_for_the_main_subject() {
        assert_eq!(before("The envoy went on to say it twice.", "say").as_deref(), Some("The envoy"));
    }

    #[test]
    fn passives_are_not_reports() {
        let p = Parsed::new("The plan was rejected at once.");
        assert!(p.doc().passive(p.at("rejected"), 0));
        let p = Parsed::new("The council rejected the plan.");
        assert!(!p.doc().passive(p.at("rejected"), 0));
    }

    #[test]
    fn sentence_subject_past_a_fronted_phrase() {
        let p = Parsed::new("In Oslo, the two delegations met for a second day.");
        let r = p.doc().subject(0, p.toks.len()).unwrap();
        assert_eq!(p.words(r), "the two delegations");
        let p = Parsed::new("Among those who came back was Ivan Doroshenko, a medic.");
        assert_eq!(p.words(p.doc().first_name(0).unwrap()), "Ivan Doroshenko");
    }

    #[test]
    fn the_small_words_of_a_name_are_the_subjects_too() {
        let p = Parsed::new("Chair Hanna van der Berg will visit the depot on Monday.");
        let r = p.doc().subject(0, p.toks.len()).unwrap();
        assert_eq!(p.words(r), "Chair Hanna van der Berg");
        // not a particle that no name follows
        // the nouns after a possessive that lead to a body or a role
        let p = Parsed::new("Norway's port agency said the tanker drifted.");
        let r = p.doc().subject(0, p.toks.len()).unwrap();
        assert_eq!(p.words(r), "Norway's port agency");
        let p = Parsed::new("Norway's grain harvest fell.");
        let r = p.doc().subject(0, p.toks.len()).unwrap();
        assert_eq!(p.words(r), "Norway's");
        let p = Parsed::new("Hanna Berg de facto runs the party.");
        let r = p.doc().subject(0, p.toks.len()).unwrap();
        assert_eq!(p.words(r), "Hanna Berg");
    }

    #[test]
    fn relative_and_coordinated_subjects() {
        let p = Parsed::new("She thanked the minister, who said the line would hold.");
        let d = p.doc();
        let who = d.relative_subject(p.at("said"), 0).unwrap();
        assert_eq!(p.words(d.resolve_relative(who, 0).head), "the minister");
        let p = Parsed::new("The mayor paused and added that no one was hurt.");
        let m = p.doc().coordinated_subject(p.at("added"), 0).unwrap();
        assert_eq!(p.words(m.head), "The mayor");
    }

    #[test]
    fn a_group_with_its_modifier_is_the_subject() {
        for (text, want) in [
            ("Economists at the central bank say rates will rise.", "Economists at the central bank"),
            ("People close to the governor said she would run.", "People close to the governor"),
            ("Those close to her say she would run.", "Those close to her"),
            (
                "Many voters in rural Ohio and across the plains say prices are too high.",
                "Many voters in rural Ohio and across the plains",
            ),
        ] {
            let p = Parsed::new(text);
            let d = p.doc();
            let verb = if text.contains(" say ") { "say" } else { "said" };
            let m = d.group_with_modifier(p.at(verb), 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(p.words(m.head), want);
        }
        // a clause in between, or no group noun, is not such a subject
        let p = Parsed::new("Experts who studied the bill said it was flawed.");
        assert!(p.doc().group_with_modifier(p.at("said"), 0).is_none());
        let p = Parsed::new("The storm over the bay said little.");
        assert!(p.doc().group_with_modifier(p.at("said"), 0).is_none());
    }

    #[test]
    fn an_apposition_after_a_speaker_named_after_the_verb() {
        let p = Parsed::new("said Ilse Brandt, the party's treasurer, in Bonn.");
        let d = p.doc();
        let (end, desc) = d.extend_appositive_right(p.at(","), p.toks.len());
        assert_eq!(p.words(desc.unwrap()), "the party's treasurer");
        assert!(p.toks[end].is_punct(','));
    }
}
