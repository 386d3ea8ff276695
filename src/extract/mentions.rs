//! Step 4: the words that name a speaker.
//!
//! Without a full parser, a speaker mention is found as a run of tokens
//! that can make up a noun phrase in news copy: names, titles, roles,
//! determiners, nationalities, possessives, `of` between them. Runs are
//! read leftwards from a reporting verb (`Kremlin spokesman Dmitry Peskov
//! said`) or rightwards after it (`said Dmitry Peskov`), and appositions
//! between commas (`Maria Zakharova, the ministry's spokeswoman, said`)
//! are kept as the speaker's description.

use super::lexicon::{Class, en};
use super::tokens::{Kind, Token};

/// Words that cannot be (or end) a noun phrase's head: the closed
/// classes ([`Class::CLOSED`]) but determiners, and negations.
const FUNCTION_WORD: Class = Class::CLOSED.difference(Class::DET).union(Class::NEGATION);

/// A token range `[start, end)`.
pub type Range = (usize, usize);

/// A speaker mention: the head that names the speaker and an optional
/// description (an apposition) that tells more about them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub head: Range,
    pub desc: Option<Range>,
}

pub struct Words<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
}

/// Lower-case particles inside family names ("von der Leyen", "van Weel",
/// "da Silva", "bin Salman").
pub const NAME_PARTICLES: &[&str] =
    &["von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "al", "bin", "zu", "ter"];
impl<'a> Words<'a> {
    pub fn t(&self, i: usize) -> &'a Token {
        &self.toks[i]
    }

    pub fn s(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    /// Whether token `i` is the word `w` (ASCII letters in any case).
    /// Asked of most words by most rules: the lengths are compared
    /// before the text is sliced.
    #[inline(always)]
    pub fn is(&self, i: usize, w: &str) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        t.end - t.start == w.len()
            && t.is_word()
            && self.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(w.as_bytes())
    }

    /// Whether token `i` names a document that speaks for whoever put it
    /// out ([`en::DOCUMENTS`](super::lexicon::en::DOCUMENTS),
    /// [`en::ISSUED_DOCUMENTS`](super::lexicon::en::ISSUED_DOCUMENTS)).
    pub fn is_document(&self, i: usize) -> bool {
        use super::lexicon::en;
        en::DOCUMENTS.iter().any(|w| self.is(i, w)) || en::ISSUED_DOCUMENTS.iter().any(|w| self.is(i, w))
    }

    /// Whether word `i` names a part of a group before "of" ("one",
    /// "two", "some", "another": [`en::PART_OF_GROUP`]).
    pub fn part_of_group(&self, i: usize) -> bool {
        en::PART_OF_GROUP.iter().any(|w| self.is(i, w))
    }

    /// Whether word `k` has a past tense's form: regular ("lifted") or
    /// one of [`en::IRREGULAR_PAST`] ("held").
    pub fn past_form(&self, k: usize) -> bool {
        let s = self.s(k);
        s.len() > 4 && s.ends_with("ed") || en::IRREGULAR_PAST.binary_search(&s).is_ok()
    }

    /// Whether token `i` is a word in 's ("ministry's", "Kyiv’s").
    pub fn is_possessive(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        let w = &self.text[t.start..t.end];
        t.is_word() && w.len() > 2 && (w.ends_with("'s") || w.ends_with("’s"))
    }

    /// [`lexicon::phrasal`](super::lexicon::phrasal) of word `i` and the
    /// word `p` after it: looked up only when word `i` is a form of a
    /// phrasal verb, which most words are not.
    pub fn phrasal(&self, i: usize, p: usize) -> Option<(super::lexicon::Frame, super::lexicon::Form)> {
        if !self.toks[i].phrasal {
            return None;
        }
        super::lexicon::phrasal(self.s(i), self.s(p))
    }

    pub fn span(&self, r: Range) -> (usize, usize) {
        (self.toks[r.0].start, self.toks[r.1 - 1].end)
    }

    pub fn range_text(&self, r: Range) -> &'a str {
        if r.0 >= r.1 {
            return "";
        }
        let (s, e) = self.span(r);
        &self.text[s..e]
    }

    /// A word that can be (part of) a proper name.
    pub fn is_name_word(&self, i: usize) -> bool {
        let t = self.t(i);
        t.is_word()
            && t.cap
            && !t.has(
                Class::NOT_NAME | Class::TITLE | Class::NATION | Class::ROLE | Class::ORG | Class::PRONOUN | Class::DET,
            )
            && (!t.has(Class::TIME) || self.month_as_given_name(i))
            && t.verb.is_none_or(|_| self.s(i).len() > 1 && i > 0 && self.t(i - 1).cap)
    }

    /// "Jan Nowak": a month's short form that is also a given name, right
    /// before a capitalised word that is no time ("Jan 5", "Jan Monday").
    fn month_as_given_name(&self, i: usize) -> bool {
        self.is(i, "jan")
            && self.toks.get(i + 1).is_some_and(|n| n.is_word() && n.cap && !n.has(Class::TIME))
            && self.s(i + 1).len() > 1
    }

    /// Words that may sit inside a speaker noun phrase.
    fn np_word(&self, i: usize) -> bool {
        let t = self.t(i);
        if t.quote != 0 {
            return false;
        }
        match t.kind {
            Kind::Number => true,
            // an ordinal or a measure: "12th Ward", "28-year-old"
            Kind::Word if self.s(i).as_bytes().first().is_some_and(u8::is_ascii_digit) => true,
            Kind::Word => {
                if t.has(Class::DET | Class::ROLE | Class::TITLE | Class::NATION | Class::GROUP | Class::ORG) {
                    return !t.has(Class::PRONOUN);
                }
                // a capitalised "But" or "And" opens a sentence, not a name
                t.cap && !t.has(Class::NOT_NAME | Class::PRONOUN | Class::SUBORD | Class::WH | Class::CONJ)
            }
            _ => false,
        }
    }

    /// The noun phrase that ends just before `end`, not reaching below `lo`.
    pub fn left_np(&self, end: usize, lo: usize) -> Option<Range> {
        if end <= lo {
            return None;
        }
        let last = end - 1;
        let lt = self.t(last);
        if lt.quote != 0 {
            return None;
        }
        // "one of them", "two of them": part of the group the pronoun
        // stands for, the phrase whole
        if last >= lo + 2 && self.is(last, "them") && self.is(last - 1, "of") && self.part_of_group(last - 2) {
            return Some((last - 2, end));
        }
        if lt.has(Class::PRONOUN) && lt.is_word() {
            return Some((last, end));
        }
        let mut k = end;
        // "the mother of three": a number that ends the phrase after "of"
        // counts, not stands at its start
        let counted =
            |k: usize| k == last && k > lo + 1 && self.is(k - 1, "of") && en::COUNT_WORDS.iter().any(|w| self.is(k, w));
        while k > lo && self.extends_left(k - 1, k, end, lo) {
            k -= 1;
            // nothing stands before a determiner but "of" / "for" inside a
            // name ("one of the", "Headquarters for the Treatment of ...")
            // "Britain's most senior officer": a superlative after a
            // possessive, whose owner is part of the phrase
            let superlative = k > lo && k + 1 < end && self.is(k, "most") && self.is_possessive(k - 1);
            if self.t(k).has(Class::DET)
                && !superlative
                && !counted(k)
                && !(k > lo + 1 && (self.is(k - 1, "of") || self.is(k - 1, "for")) && self.t(k - 2).cap)
                && !self.joins_the_second(k, end, lo)
            {
                // "the other diplomat", "the two officials", "a few
                // lawmakers": an article before a determiner is the
                // phrase's start
                if k > lo && k + 1 < end && ["the", "a"].iter().any(|w| self.is(k - 1, w)) && !self.is(k, "the") {
                    k -= 1;
                }
                break;
            }
        }
        let k = self.trim_left_edge(self.noun_before_title(k, end, lo), end, lo);
        if k >= end || !self.valid_np((k, end)) {
            return None;
        }
        // "one of the diplomats", "two of the officials": a part of a
        // group speaks, and the phrase names it whole
        let k = if k >= lo + 2 && self.is(k - 1, "of") && self.t(k).has(Class::DET) && self.part_of_group(k - 2) {
            k - 2
        } else {
            k
        };
        // "A European official involved in the planning", "people
        // familiar with the talks": the phrase found is the object of a
        // modifier; the speaker is the whole phrase from the clause start
        // ("officials in occupied Donetsk": a participle of the place's
        // state between the preposition and the place)
        let p = if k > lo + 1 && self.state_of_place(k - 1) { k - 1 } else { k };
        if p > lo
            && self.t(p - 1).has(Class::PREP)
            && self.t(p - 1).is_word()
            && let Some(whole) = self.postmodified(p - 1, end, lo)
        {
            return Some(whole);
        }
        Some((k, end))
    }

    /// "Poland and the Baltic states", "Finland and the Netherlands": "the"
    /// at `k` opens the second of two named sides joined by "and".
    fn joins_the_second(&self, k: usize, end: usize, lo: usize) -> bool {
        self.is(k, "the")
            && k > lo + 1
            && k + 1 < end
            && self.is(k - 1, "and")
            && self.t(k - 2).cap
            && self.t(k - 2).is_word()
            && self.t(k + 1).cap
    }

    /// Whether word `i` says what state a place is in, before its name:
    /// "occupied", "annexed", "liberated", "besieged".
    fn state_of_place(&self, i: usize) -> bool {
        ["occupied", "annexed", "liberated", "besieged", "embattled", "recaptured"].iter().any(|w| self.is(i, w))
            && self.t(i).quote == 0
            && self.t(i + 1).cap
    }

    /// Whether word `i` belongs to a noun phrase whose words from `k` to
    /// `end` are already taken.
    fn extends_left(&self, i: usize, k: usize, end: usize, lo: usize) -> bool {
        let last = end - 1;
        let t = self.t(i);
        if self.np_word(i) {
            return true;
        }
        // a date as a name's modifier: "9/11 widow Ann Cole"
        if t.is_punct('/')
            && i > lo
            && k < end
            && matches!(self.t(i - 1).kind, Kind::Number)
            && matches!(self.t(k).kind, Kind::Number)
        {
            return true;
        }
        // "the ministers of Estonia, Latvia and Lithuania": a comma inside a
        // list of countries after "of" that ends with "and" and a country
        // (not "…, Kyiv and Washington said" after a clause ending in one)
        if t.is_punct(',') && i > lo && k < end {
            let country = |j: usize| self.t(j).is_word() && self.t(j).cap && self.t(j).has(Class::NATION);
            let mut first = i - 1;
            while first >= lo + 2 && self.t(first - 1).is_punct(',') && country(first - 2) {
                first -= 2;
            }
            return country(i - 1)
                && country(k)
                && first > lo
                && self.is(first - 1, "of")
                && (k..end).any(|j| self.is(j, "and"))
                && country(end - 1);
        }
        if !t.is_word() {
            return false;
        }
        if !t.cap && i == last {
            // a common-noun head: "the Russian side", "two industry sources";
            // a past tense is none ("Ukraine and Russia traded blame"), but
            // after an article it may be ("the accused")
            let past = self.s(i).len() > 4 && self.s(i).ends_with("ed");
            // a gerund after an article or a possessive is a noun: "people
            // familiar with Merz's thinking", "the thinking"
            let noun_of = |v: super::lexicon::Verb| {
                v.form == super::lexicon::Form::Gerund && {
                    let p = self.s(i - 1);
                    self.t(i - 1).has(Class::DET) || p.ends_with("'s") || p.ends_with("’s")
                }
            };
            return !t.has(FUNCTION_WORD) && i > lo && t.verb.is_none_or(noun_of) && {
                let p = self.t(i - 1);
                if past && !p.has(Class::DET) {
                    return false;
                }
                p.quote == 0
                    && (p.has(Class::DET | Class::NATION | Class::ROLE)
                        || p.cap
                        || matches!(p.kind, Kind::Number)
                        || p.is_word() && i >= lo + 2 && (self.t(i - 2).has(Class::DET) || self.is_possessive(i - 2))
                        // a compound after a nation: "the Ukrainian air force"
                        || p.is_word()
                            && !p.has(FUNCTION_WORD)
                            && p.verb.is_none()
                            && i >= lo + 2
                            && self.t(i - 2).cap
                            && self.t(i - 2).has(Class::NATION))
            };
        }
        // "9/11 widow Ann Cole said", "local shopkeeper Bill Ortiz said":
        // an unlisted noun before the name, after what describes the
        // person or at the clause's start
        if self.unlisted_noun_before_name(i, end) && (i == lo || self.np_word(i - 1)) {
            return true;
        }
        // "David van Weel", "Ursula von der Leyen": particles inside a name,
        // a name word on each side of the run of them; or at the start of
        // the phrase, before a surname ("von der Leyen said")
        if !t.cap && i < last && self.particle_in_name(i, lo, end, true) {
            return true;
        }
        // "the prime minister's office", "the president's spokesman": an
        // office's possessive before the head
        if !t.cap && i < last && i > lo && self.is_office_possessive(i) {
            return true;
        }
        if self.is(i, "of") || self.is(i, "for") || self.is(i, "at") {
            // "head of the Russian delegation", "spokesman for the ministry"
            return k < end
                && i > lo
                && self.np_word(i - 1)
                && !self.t(i - 1).has(Class::DET)
                && (self.t(i - 1).has(Class::ROLE | Class::TITLE | Class::ORG) || self.t(i - 1).cap);
        }
        if self.is(i, "and") {
            // "Poland and the Baltic states": the second may open with "the"
            let second = |k: usize| self.t(k).cap || self.joins_the_second(k, end, lo);
            return k < end && i > lo && self.t(i - 1).cap && second(k);
        }
        // "ambassador to India", "envoy to the UN"
        if self.is(i, "to") {
            return k < end && i > lo && self.t(i - 1).has(Class::ROLE | Class::TITLE) && self.t(i - 1).is_word();
        }
        // an adjective between a determiner or a possessive and the rest:
        // "a senior US official", "Putin's closest aide", or a noun
        // between a nation and its head: "the Ukrainian air force"; a few
        // such words in a row before a noun in small letters: "a drone
        // unit commander" (not "the third time NAME": a name's own words
        // follow no such run)
        self.plain_modifier(i)
            && i < last
            && i > lo
            && self.t(i + 1).is_word()
            && (self.opens_modifiers(i - 1)
                || !self.t(i + 1).cap
                    && (2..=3).any(|n| {
                        i >= lo + n && (1..n).all(|j| self.inner_modifier(i - j)) && self.opens_modifiers(i - n)
                    }))
    }

    /// A word in small letters that may modify a noun after it: no
    /// function word, no verb, no word a speaker's phrase has anyway (a
    /// determiner, a role).
    fn plain_modifier(&self, i: usize) -> bool {
        let t = self.t(i);
        t.is_word()
            && !t.cap
            && t.quote == 0
            && !t.has(
                Class::CLOSED
                    | Class::ROLE
                    | Class::TITLE
                    | Class::GROUP
                    | Class::ORG
                    | Class::NATION,
            )
            && t.verb.is_none()
            // "the first time officials said so": a time, not a speaker's
            // modifier
            && !["time", "times", "first", "last", "next", "second", "third"].iter().any(|w| self.is(i, w))
    }

    /// Whether word `k` is one of a run of up to three modifiers between a
    /// determiner (not before `lo`) and a speaker's head noun (before
    /// `hi`): "a drone unit commander".
    fn in_modifier_run(&self, k: usize, lo: usize, hi: usize) -> bool {
        if !self.plain_modifier(k) {
            return false;
        }
        let first = (lo.max(k.saturating_sub(2))..k).rev().take_while(|&j| self.plain_modifier(j)).last().unwrap_or(k);
        let after = (k + 1..hi.min(first + 4)).find(|&j| !self.plain_modifier(j));
        first > lo
            && self.t(first - 1).has(Class::DET)
            && after.is_some_and(|j| self.np_word(j) && !self.t(j).has(Class::DET) && !self.t(j).cap)
    }

    /// A modifier with more of them after it: a plain one, or a word in
    /// small letters a phrase has anyway ("senior" in "the most senior
    /// customs officer").
    fn inner_modifier(&self, i: usize) -> bool {
        let t = self.t(i);
        self.plain_modifier(i) || !t.cap && self.np_word(i) && !t.has(Class::DET | Class::PRONOUN)
    }

    /// What the modifiers of a head may follow: a determiner, a
    /// possessive or a nation ("the", "Putin's", "Ukrainian").
    fn opens_modifiers(&self, i: usize) -> bool {
        let t = self.t(i);
        t.has(Class::DET) || self.is_possessive(i) || t.cap && t.has(Class::NATION)
    }

    /// Whether word `i` is a particle ([`Self::is_name_particle`]) in the
    /// run of them between two name words, all within `lo..hi`: "David van
    /// Weel", "Ursula von der Leyen". With `may_open`, the run may also
    /// open a surname, after the phrase's edge, a mark or an office:
    /// "von der Leyen said", "Defence Minister van Weel said".
    pub fn particle_in_name(&self, i: usize, lo: usize, hi: usize, may_open: bool) -> bool {
        if !self.is_name_particle(i) {
            return false;
        }
        let after = (i + 1..hi).find(|&j| !self.is_name_particle(j)).is_some_and(|j| self.is_name_word(j));
        // what opens a surname: the phrase's edge, a mark or quotation
        // before it, or an office ("Minister van Weel")
        let opens = |j: usize| {
            let t = self.t(j);
            !t.is_word() || t.quote != 0 || t.cap && t.has(Class::TITLE | Class::ROLE)
        };
        let before = match (lo..i).rev().find(|&j| !self.is_name_particle(j)) {
            Some(j) => self.is_name_word(j) || may_open && opens(j),
            None => may_open,
        };
        after && before
    }

    /// Whether word `i` is a small word inside a person's name ("von",
    /// "van", "der", "de", "zu").
    pub fn is_name_particle(&self, i: usize) -> bool {
        let t = self.t(i);
        // (every particle is a short word in small letters)
        t.is_word() && !t.cap && t.quote == 0 && t.end - t.start <= 3 && NAME_PARTICLES.contains(&self.s(i))
    }

    /// Whether word `i` is the possessive of a role or a title
    /// ("minister's", "president’s").
    fn is_office_possessive(&self, i: usize) -> bool {
        let w = self.s(i);
        let Some(owner) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) else { return false };
        let e = crate::extract::lexicon::Lexicon::of(crate::extract::lexicon::Lang::En).get(owner);
        e.class.intersects(Class::ROLE | Class::TITLE) && !e.class.intersects(Class::PRONOUN)
    }

    /// "panel Chairman Jason Chaffetz": a common noun in front of a title,
    /// right after a clause boundary, belongs to the phrase.
    fn noun_before_title(&self, k: usize, end: usize, lo: usize) -> usize {
        if !(k > lo && k < end && self.t(k).cap) {
            return k;
        }
        let w = self.t(k - 1);
        let boundary =
            k - 1 == lo || self.t(k - 2).is_quote() || self.t(k - 2).is_any_punct(&[',', ';', ':', '(', '—', '–']);
        let noun = w.is_word() && !w.cap && w.quote == 0 && w.verb.is_none() && !w.has(FUNCTION_WORD | Class::DET);
        if boundary && noun { k - 1 } else { k }
    }

    /// Drops connectives left at the start of a phrase, and a relative
    /// "that" after a noun ("a question that Moscow says ...").
    fn trim_left_edge(&self, mut k: usize, end: usize, lo: usize) -> usize {
        while k < end && (self.is(k, "of") || self.is(k, "and") || self.is(k, "for") || self.is(k, "at")) {
            k += 1;
        }
        if k + 1 < end
            && (self.is(k, "that") || self.is(k, "which"))
            && k > lo
            && self.t(k - 1).is_word()
            && !self.t(k - 1).has(Class::DET | Class::PREP)
        {
            k += 1;
        }
        k
    }

    /// `NP (participle|adjective) PREP ... end` starting at a clause start.
    fn postmodified(&self, prep: usize, end: usize, lo: usize) -> Option<Range> {
        // the modifier: "involved", "familiar", "close", "based", "speaking"
        let m = prep.checked_sub(1)?;
        if m < lo {
            return None;
        }
        let mw = self.s(m).to_ascii_lowercase();
        let modifier = mw.ends_with("ed")
            || mw.ends_with("ing")
            || ["familiar", "close", "opposed", "loyal", "allied", "responsible", "critical"].contains(&mw.as_str());
        // or a noun: "a narrator in the Clinton ad", "a professor at Yale"
        let tm = self.t(m);
        let noun = tm.is_word() && tm.verb.is_none() && !tm.has(FUNCTION_WORD | Class::DET | Class::TIME);
        // a capital only where a group or a role opens the sentence
        // ("Officials in Warsaw, who ..., said"), not a name ("Peskov in
        // Moscow")
        let group_opens = tm.has(Class::GROUP | Class::ROLE) && !self.is_name_word(m);
        if !(modifier || noun) || tm.cap && !group_opens {
            return None;
        }
        // a possessor ends no speaker phrase ("Critics seized on the
        // mayor's claim" is a clause, not a speaker), and a pronoun before
        // "-ed" is its subject ("they turned to the police")
        let last = self.s(end - 1);
        if last.ends_with("'s") || last.ends_with("’s") {
            return None;
        }
        let head_end = if modifier { m } else { m + 1 };
        let np = self.left_np(head_end, lo)?;
        if np.1 - np.0 == 1 && self.t(np.0).has(Class::PRONOUN) {
            return None;
        }
        // the phrase must start the clause
        let starts = np.0 == lo
            || self.t(np.0 - 1).is_any_punct(&[',', ':', ';', '—', '–', '('])
            || self.t(np.0 - 1).has(Class::SENT_ADV | Class::CONJ);
        let starts =
            starts || (np.0 > lo && self.t(np.0 - 1).is_quote() && self.t(np.0 - 1).quote != 0) || (np.0 == lo);
        (starts && (self.names_someone(np) || self.t(np.0).has(Class::DET)) && np.1 == head_end && end - np.0 <= 14)
            .then_some((np.0, end))
    }

    /// A noun phrase starting at `start`, not reaching `hi`.
    pub fn right_np(&self, start: usize, hi: usize) -> Option<Range> {
        if start >= hi {
            return None;
        }
        let t = self.t(start);
        if t.quote != 0 || !t.is_wordlike() {
            return None;
        }
        if t.has(Class::PRONOUN) {
            return Some((start, start + 1));
        }
        let mut k = start;
        while k < hi {
            let t = self.t(k);
            // a date as a name's modifier: "9/11 survivor Ann Cole"
            let slash_date = t.is_punct('/')
                && k > start
                && k + 1 < hi
                && matches!(self.t(k - 1).kind, Kind::Number)
                && matches!(self.t(k + 1).kind, Kind::Number);
            let ok = slash_date
                || self.np_word(k)
                // "said Ursula von der Leyen"
                || k > start && self.particle_in_name(k, start, hi, false)
                || self.unlisted_noun_before_name(k, hi)
                || ((self.is(k, "of") || self.is(k, "for") || self.is(k, "and"))
                    && k > start
                    && k + 1 < hi
                    && self.np_word(k + 1))
                || (t.is_word()
                    && !t.cap
                    && k > start
                    && self.t(k - 1).has(Class::DET)
                    && k + 1 < hi
                    && self.np_word(k + 1)
                    && t.verb.is_none()
                    && !t.has(Class::PREP | Class::SUBORD | Class::CONJ | Class::AUX | Class::FINITE))
                || k > start && self.in_modifier_run(k, start, hi);
            if !ok {
                break;
            }
            // a determiner only starts a phrase
            if k > start && t.has(Class::DET) && !self.is(k - 1, "of") && !self.is(k - 1, "for") {
                break;
            }
            k += 1;
        }
        while k > start
            && (self.is(k - 1, "of") || self.is(k - 1, "and") || self.is(k - 1, "for") || self.t(k - 1).has(Class::DET))
        {
            k -= 1;
        }
        (k > start && self.valid_np((start, k))).then_some((start, k))
    }

    /// A word in small letters the lexicon does not know, right before a
    /// given name and a surname: a noun that says who someone is ("9/11
    /// widow Ann Cole", "local shopkeeper Bill Ortiz", "Route 9 commuter
    /// Jo Hale"). Two name words after it keep a verb out ("said Moscow
    /// wants Kyiv to ...").
    fn unlisted_noun_before_name(&self, k: usize, hi: usize) -> bool {
        let t = self.t(k);
        t.is_word()
            && !t.cap
            && t.quote == 0
            && t.class == Class::empty()
            && t.verb.is_none()
            && !t.phrasal
            // "upcoming", "visiting": a participle, no noun
            && !self.s(k).ends_with("ing")
            && k + 2 < hi
            && self.is_name_word(k + 1)
            && self.is_name_word(k + 2)
    }

    /// Whether a run of words can name a speaker: it needs a name, a role
    /// or a body, not just determiners and adjectives.
    pub fn valid_np(&self, r: Range) -> bool {
        let (a, b) = r;
        if b <= a {
            return false;
        }
        if b - a == 1 && self.t(a).has(Class::PRONOUN) {
            return true;
        }
        let last = self.t(b - 1);
        if last.has(Class::TIME) && !last.has(Class::ROLE) && !self.is_name_word(b - 1) {
            return false;
        }
        if last.has(Class::DET) && b - a == 1 {
            return false;
        }
        (a..b).any(|i| {
            let t = self.t(i);
            t.cap && !t.has(Class::NOT_NAME | Class::DET | Class::TIME)
                || t.has(Class::ROLE | Class::GROUP | Class::ORG | Class::NATION) && !t.has(Class::DET)
                || (i == b - 1 && t.is_word() && !t.cap && i > a)
        })
    }

    /// `S, APPOSITION, said`: with `comma` the index of the comma before
    /// the verb, finds the head and description going back over up to
    /// three comma-separated chunks. Returns the mention and the index
    /// where it starts (content before it belongs to someone else).
    pub fn appositive(&self, comma: usize, lo: usize) -> Option<Mention> {
        // chunk boundaries: commas outside quotes and brackets
        let mut bounds = vec![comma];
        let mut i = comma;
        while i > lo && bounds.len() < 5 {
            i -= 1;
            let t = self.t(i);
            if t.quote == 0 && t.is_punct(',') {
                bounds.push(i);
            }
        }
        // chunks from the right: (start, end) exclusive of commas
        let mut chunks: Vec<Range> = Vec::new();
        for w in bounds.windows(2) {
            chunks.push((w[1] + 1, w[0]));
        }
        chunks.push((lo, *bounds.last().unwrap_or(&lo)));
        // Candidate heads: chunk k (k ≥ 1) whose phrase ends the chunk,
        // with every chunk after it an apposition. The speaker's name is
        // the leftmost such phrase that names a person ("Ana Lind, the
        // treasurer of the party, one of three who resigned, said");
        // failing that, the nearest one.
        let mut best: Option<(usize, Range)> = None;
        let mut named: Option<(usize, Range)> = None;
        for k in 1..chunks.len() {
            if !self.appositive_like(chunks[k - 1]) {
                break;
            }
            let head = chunks[k];
            if head.0 >= head.1 {
                continue;
            }
            // a fronted phrase opening the sentence ("Speaking to the BBC,",
            // "In Kyiv,") is no one named
            if head.0 == lo && (self.t(lo).has(Class::PREP) || self.s(lo).ends_with("ing")) {
                // with no head found before it, the name nearest the verb
                // ("In a statement, one of the lawyers, Ana Lind, said")
                let name = chunks[0];
                if best.is_none() && self.left_np(name.1, name.0) == Some(name) && self.ends_in_name(name) {
                    let desc = (k >= 2).then(|| (chunks[k - 1].0, chunks[1].1));
                    return Some(Mention { head: name, desc });
                }
                break;
            }
            let Some(np) = self.left_np(self.before_parenthetical(head.1, head.0), head.0) else { continue };
            if !self.names_someone(np) {
                // "One of his attorneys, Ana Lind, said": a phrase of no
                // role or group this lexicon knows, set off before a full
                // name, describes the person named
                let name = chunks[0];
                if k == 1 && self.is_short_name(name) && self.left_np(name.1, name.0) == Some(name) {
                    return Some(Mention { head: name, desc: Some(head) });
                }
                continue;
            }
            if best.is_none() {
                best = Some((k, np));
            }
            // "Norway's envoy to Chile, Ola Nordmann, said": a name that is
            // the object of a preposition is where the person serves, not
            // who they are
            // (names joined by "and" included: "to Chile and Peru"), and
            // whom they serve, title and all: "a spokesman for Chancellor
            // Friedrich Merz, Stefan Kornelius, said"
            let proper =
                |i: usize| self.is_name_word(i) || self.t(i).cap && self.t(i).has(Class::NATION | Class::TITLE);
            let mut name_start = np.1;
            while name_start > np.0
                && (proper(name_start - 1)
                    || name_start >= np.0 + 2 && self.is(name_start - 1, "and") && proper(name_start - 2))
            {
                name_start -= 1;
            }
            // ("to the United Nations": past its article)
            let before =
                if name_start > head.0 + 1 && self.is(name_start - 1, "the") { name_start - 1 } else { name_start };
            let object_of = before > head.0 && self.t(before - 1).has(Class::PREP);
            if self.ends_in_name(np) && !object_of {
                named = Some((k, np));
            }
        }
        let (k, np) = named.or(best)?;
        let descs = &chunks[..k];
        let desc = (descs[descs.len() - 1].0, descs[0].1);
        // "the head of the delegation, Vladimir Medinsky, said": the name
        // is in the apposition and the head is the description
        let last_desc = descs[descs.len() - 1];
        if named.is_none()
            && k == 1
            && self.left_np(last_desc.1, last_desc.0) == Some(last_desc)
            && self.ends_in_name(last_desc)
        {
            // the phrase before it describes: "the head of the Russian
            // delegation" ("while the European Commission president, ..."
            // leaves "while" out)
            return Some(Mention { head: last_desc, desc: Some(np) });
        }
        Some(Mention { head: np, desc: Some(desc) })
    }

    /// A short parenthetical right after a name (a party and state
    /// "(D-Ohio)", an age "(54)", "(pictured)") belongs to the name, not to
    /// what follows: the index after it, or `at` when there is none.
    pub fn skip_parenthetical(&self, at: usize, hi: usize) -> usize {
        if at < hi && self.t(at).is_punct('(') && self.t(at).quote == 0 {
            for k in at + 2..(at + 10).min(hi) {
                let t = self.t(k);
                if t.is_punct(')') {
                    return k + 1;
                }
                if t.quote != 0 || t.is_punct('(') || t.is_punct(',') {
                    break;
                }
            }
        }
        at
    }

    /// The same seen from its right: where a short parenthetical that ends
    /// at `end` starts, or `end` when none does.
    pub fn before_parenthetical(&self, end: usize, lo: usize) -> usize {
        if end >= lo + 4 && self.t(end - 1).is_punct(')') && self.t(end - 1).quote == 0 {
            for k in (lo + 1..end - 2).rev().take(8) {
                let t = self.t(k);
                if t.is_punct('(') {
                    return k;
                }
                if t.quote != 0 || t.is_punct(')') || t.is_punct(',') {
                    break;
                }
            }
        }
        end
    }

    /// Whether a phrase ends in a person's name ("... Dmitry Peskov").
    pub fn ends_in_name(&self, r: Range) -> bool {
        let (a, b) = r;
        b > a
            && self.is_name_word(b - 1)
            && (b - a >= 2 && self.is_name_word(b - 2) || !self.t(b - 1).has(Class::NATION))
    }

    fn appositive_like(&self, r: Range) -> bool {
        let (a, b) = r;
        if a >= b || b - a > 40 {
            return false;
        }
        let t = self.t(a);
        // a nickname in quotes: Serhii, ..., „Bison“, said
        if t.is_quote() && t.quote != 0 && (a..b).all(|k| self.t(k).quote == t.quote) {
            return true;
        }
        // an age: "Quina Jones, 25, said"
        if b - a == 1 && matches!(t.kind, Kind::Number) {
            return true;
        }
        t.has(Class::DET | Class::ROLE | Class::TITLE | Class::NATION | Class::SENT_ADV | Class::PREP)
            || self.is(a, "who")
            || self.is(a, "whose")
            || self.is(a, "which")
            || self.is(a, "speaking")
            || (t.is_word() && self.s(a).ends_with("ing") && !t.cap)
            || (t.cap && self.left_np(b, a) == Some((a, b)))
            // "Pyongyang's only ally and its lifeline to the world"
            || (t.cap && b - a <= 20 && !(a..b).any(|k| self.t(k).has(Class::FINITE) || self.t(k).verb.is_some_and(|v| v.form != super::lexicon::Form::Gerund)))
            || self.is(a, "himself")
            || self.is(a, "herself")
    }

    /// Words that may make up a sentence's subject: like the words of a
    /// speaker phrase, but a capitalised subordinator or wh-word counts
    /// (a subject may open the sentence with one).
    pub fn subject_word(&self, i: usize) -> bool {
        let t = self.t(i);
        t.quote == 0
            && (matches!(t.kind, Kind::Number)
                || t.is_word()
                    && (t.has(Class::DET | Class::ROLE | Class::TITLE | Class::NATION | Class::GROUP | Class::ORG)
                        && !t.has(Class::PRONOUN)
                        || t.cap && !t.has(Class::NOT_NAME | Class::PRONOUN)))
    }

    /// Whether the phrase names a speaker (a name, a body, a role or group).
    pub fn names_someone(&self, r: Range) -> bool {
        (r.0..r.1).any(|i| {
            let t = self.t(i);
            (t.cap && !t.has(Class::NOT_NAME)) || t.has(Class::ROLE | Class::GROUP | Class::ORG | Class::PRONOUN)
        })
    }

    /// Whether `r` is a name alone: two to four name words ("Ana Lind",
    /// "Ruth Okafor Mensah"), as set off between commas after a title.
    pub fn is_short_name(&self, r: Range) -> bool {
        (2..=4).contains(&(r.1.saturating_sub(r.0))) && (r.0..r.1).all(|k| self.is_name_word(k))
    }

    pub fn has_name(&self, r: Range) -> bool {
        (r.0..r.1).any(|i| self.is_name_word(i))
    }
}

#[cfg(test)]
mod tests {
    use super::super::doc::Parsed;

    /// The speaker phrase ending just before `verb`.
    fn left(text: &str, verb: &str) -> Option<String> {
        let p = Parsed::new(text);
        let r = p.doc().w.left_np(p.at(verb), 0)?;
        Some(p.words(r).to_string())
    }

    #[test]
    fn titles_names_and_roles_make_a_speaker() {
        assert_eq!(
            left("Kremlin spokesman Dmitry Peskov said", "said").as_deref(),
            Some("Kremlin spokesman Dmitry Peskov")
        );
        assert_eq!(left("a senior EU diplomat said", "said").as_deref(), Some("a senior EU diplomat"));
        assert_eq!(
            left("the head of the port authority said", "said").as_deref(),
            Some("the head of the port authority")
        );
        assert_eq!(left("two shipping sources said", "said").as_deref(), Some("two shipping sources"));
    }

    #[test]
    fn a_compound_noun_after_a_nation_is_one_speaker() {
        // a service named by two common nouns after its country
        assert_eq!(left("The Norwegian coast guard said", "said").as_deref(), Some("The Norwegian coast guard"));
        assert_eq!(left("Norway's coast guard said", "said").as_deref(), Some("Norway's coast guard"));
    }

    #[test]
    fn several_modifiers_before_a_head_noun_belong_to_the_speaker() {
        assert_eq!(left("a mine clearance team leader said", "said").as_deref(), Some("a mine clearance team leader"));
        assert_eq!(
            left("Norway's fisheries control spokesman said", "said").as_deref(),
            Some("Norway's fisheries control spokesman")
        );
        // not words before a name: the name is the phrase
        assert_eq!(left("for the fourth time Ilse Berg said", "said").as_deref(), Some("Ilse Berg"));
    }

    #[test]
    fn a_superlative_after_a_possessive_keeps_its_owner() {
        assert_eq!(
            left("Estonia's most senior customs officer said", "said").as_deref(),
            Some("Estonia's most senior customs officer")
        );
        assert_eq!(
            left("the port board's most outspoken member said", "said").as_deref(),
            Some("the port board's most outspoken member")
        );
    }

    #[test]
    fn a_place_along_which_a_group_stands_is_part_of_it() {
        assert_eq!(
            left("Officials along the northern border say", "say").as_deref(),
            Some("Officials along the northern border")
        );
    }

    #[test]
    fn a_speaker_after_the_verb_may_have_several_modifiers() {
        let p = Parsed::new("said a ferry crew union spokesman.");
        let d = p.doc();
        let r = d.w.right_np(1, d.w.toks.len()).map(|r| p.words(r).to_string());
        assert_eq!(r.as_deref(), Some("a ferry crew union spokesman"));
    }

    #[test]
    fn particles_inside_a_name_belong_to_it() {
        assert_eq!(
            left("Dutch Trade Minister Anna van der Berg said", "said").as_deref(),
            Some("Dutch Trade Minister Anna van der Berg")
        );
        assert_eq!(left("Karl zu Hohenberg said", "said").as_deref(), Some("Karl zu Hohenberg"));
        // a particle with no name after it is none
        assert_eq!(left("the port de facto said", "said"), None);
    }

    #[test]
    fn an_offices_possessive_is_part_of_the_speaker() {
        assert_eq!(
            left("The Danish prime minister's office said", "said").as_deref(),
            Some("The Danish prime minister's office")
        );
        assert_eq!(left("the governor’s spokeswoman said", "said").as_deref(), Some("the governor’s spokeswoman"));
    }

    #[test]
    fn a_modifier_phrase_belongs_to_the_speaker() {
        assert_eq!(
            left("A diplomat familiar with the draft said", "said").as_deref(),
            Some("A diplomat familiar with the draft")
        );
        // but a clause before a possessor, or after a pronoun, is no
        // part of one
        assert_eq!(left("Critics jumped on the mayor's claim", "claim").as_deref(), Some("the mayor's"));
        // a place named after its state is still where the group is
        assert_eq!(
            left("Harbour officials in occupied Berdyansk said", "said").as_deref(),
            Some("Harbour officials in occupied Berdyansk")
        );
        assert_eq!(left("they wrote to the city council which said", "which").as_deref(), Some("the city council"));
    }

    #[test]
    fn a_past_tense_is_no_head_noun() {
        assert_eq!(left("Kyiv and Moscow traded blame", "blame"), None);
        assert_eq!(left("the governors signed pledges", "pledges"), None);
        // after an article it may be one
        assert_eq!(left("then the wounded said", "said").as_deref(), Some("the wounded"));
    }

    #[test]
    fn pronouns_and_function_words() {
        assert_eq!(left("then she said", "said").as_deref(), Some("she"));
        assert_eq!(left("because said", "said"), None);
    }

    #[test]
    fn a_speaker_after_the_verb() {
        let p = Parsed::new("said Foreign Minister Ana Lind on Monday");
        let r = p.doc().w.right_np(1, p.toks.len()).unwrap();
        assert_eq!(p.words(r), "Foreign Minister Ana Lind");
    }

    #[test]
    fn a_noun_the_lexicon_lacks_between_a_description_and_a_name() {
        let right = |text: &str| {
            let p = Parsed::new(text);
            p.doc().w.right_np(1, p.toks.len()).map(|r| p.words(r).to_string())
        };
        assert_eq!(right("said 9/11 widow Rosa Lenz").as_deref(), Some("9/11 widow Rosa Lenz"));
        assert_eq!(right("said 4th Ward alderman Tom Rusk").as_deref(), Some("4th Ward alderman Tom Rusk"));
        assert_eq!(right("said local baker Ida Penn").as_deref(), Some("local baker Ida Penn"));
        // no name after it: the verb after a place is not taken in
        assert_eq!(right("said Moscow wants Kyiv to yield").as_deref(), Some("Moscow"));
        // a participle is no noun
        assert_eq!(right("said upcoming Apple Music"), None);
        assert_eq!(left("9/11 widow Rosa Lenz said", "said").as_deref(), Some("9/11 widow Rosa Lenz"));
        assert_eq!(left("then local baker Ida Penn said", "said").as_deref(), Some("local baker Ida Penn"));
    }

    #[test]
    fn an_apposition_holds_the_description_or_the_name() {
        let p = Parsed::new("Ana Lind, the foreign minister, said");
        let d = p.doc();
        let comma = p.toks.iter().rposition(|t| t.is_punct(',')).unwrap();
        let m = d.w.appositive(comma, 0).unwrap();
        assert_eq!(p.words(m.head), "Ana Lind");
        assert_eq!(p.words(m.desc.unwrap()), "the foreign minister");
        let p = Parsed::new("The head of the delegation, Ana Lind, said");
        let comma = p.toks.iter().rposition(|t| t.is_punct(',')).unwrap();
        let m = p.doc().w.appositive(comma, 0).unwrap();
        assert!(p.words(m.head).contains("Ana Lind") || p.words(m.desc.unwrap()).contains("Ana Lind"));
    }

    #[test]
    fn the_place_a_person_is_posted_to_is_not_their_name() {
        for text in [
            "Norway's ambassador to Chile, Ola Nordmann, said",
            "Ukraine's envoy to Australia and New Zealand, Ola Nordmann, said",
        ] {
            let p = Parsed::new(text);
            let comma = p.toks.iter().rposition(|t| t.is_punct(',')).unwrap();
            let m = p.doc().w.appositive(comma, 0).unwrap();
            assert_eq!(p.words(m.head), "Ola Nordmann", "{text}");
            assert!(p.words(m.desc.unwrap()).ends_with("Chile") || p.words(m.desc.unwrap()).ends_with("Zealand"));
        }
    }

    #[test]
    fn the_person_served_is_not_the_name_of_who_serves() {
        // a titled name after "for" or "to" is whom the speaker works for
        for text in [
            "A spokeswoman for Governor Ana Lind, Ola Nordmann, said",
            "An adviser to President Ana Lind, Ola Nordmann, said",
        ] {
            let p = Parsed::new(text);
            let comma = p.toks.iter().rposition(|t| t.is_punct(',')).unwrap();
            let m = p.doc().w.appositive(comma, 0).unwrap();
            assert_eq!(p.words(m.head), "Ola Nordmann", "{text}");
            assert!(p.words(m.desc.unwrap()).ends_with("Ana Lind"), "{text}");
        }
    }

    #[test]
    fn a_name_set_off_after_a_phrase_of_no_known_role_is_the_speaker() {
        // "plumbers" and "tilers" are no role or group of the lexicon: the
        // full name after them is who speaks, the phrase describes
        for (text, desc) in [
            ("One of the tilers, Ola Nordmann, said", "One of the tilers"),
            ("One of his plumbers, Ola Nordmann, said", "One of his plumbers"),
        ] {
            let p = Parsed::new(text);
            let comma = p.toks.iter().rposition(|t| t.is_punct(',')).unwrap();
            let m = p.doc().w.appositive(comma, 0).unwrap();
            assert_eq!(p.words(m.head), "Ola Nordmann", "{text}");
            assert_eq!(p.words(m.desc.unwrap()), desc, "{text}");
        }
        // a single word set off is no full name
        let p = Parsed::new("One of the plumbers, Nordmann, said");
        let comma = p.toks.iter().rposition(|t| t.is_punct(',')).unwrap();
        assert_eq!(p.doc().w.appositive(comma, 0), None);
    }
}
