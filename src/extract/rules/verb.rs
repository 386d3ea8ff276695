//! A reporting verb at a word, analysed once for all the rules that start
//! from one: is it a verb here at all (not "the report", "a video call",
//! "so-called"), a participle or a finite verb, negated or passive, and
//! where its subject is.

use super::super::doc::Doc;
use super::super::lexicon::{Class, Form, Frame, en};
use super::super::mentions::{Mention, Range};

/// What the rules starting from a reporting verb need to know about it.
#[derive(Debug, Clone)]
pub struct VerbSite {
    pub frame: Frame,
    pub form: Form,
    /// The verb (and its particle: "called for").
    pub cue: Range,
    /// The first token after the cue.
    pub after: usize,
    /// Strong verbs report without `that` ("said", "warned"); weak ones
    /// ("agreed", "believes") only with `that`, a colon or a quotation.
    pub strong: bool,
    /// A participle continuing a subject (", adding that"), not a finite
    /// verb.
    pub participle: bool,
    /// For a finite, active, affirmative verb: where its subject ends,
    /// past adverbs and times ("has also said on Monday").
    pub stop: Option<usize>,
    /// The verb opens the sentence: "Said Ellis: ...".
    pub opens: bool,
    /// "“Q,” said S" / "C, said S": the speaker after the verb, when the
    /// sentence reads that way.
    pub speaker_after: Option<Mention>,
    /// The subject before the verb.
    pub subject: Option<Mention>,
}

impl VerbSite {
    /// The reporting verb at word `i` of sentence `si`, if it is one.
    pub fn at(d: &Doc, si: usize, i: usize) -> Option<VerbSite> {
        let s = d.sents[si];
        let t = d.w.t(i);
        let next = i + 1;
        let phrasal = d.phrasal_at(i, s.end);
        let (frame, form, after) = match phrasal {
            Some((f, fm, after)) => (f, fm, after),
            None => {
                let v = t.verb?;
                (v.frame, v.form, next)
            }
        };
        if !is_verb_here(d, si, i, frame) {
            return None;
        }
        // "is telling", "was saying": a progressive, so a finite verb
        let progressive = form == Form::Gerund
            && i > s.body
            && ["is", "are", "was", "were", "been", "'s", "’s"].iter().any(|w| d.is(i - 1, w));
        let mut site = VerbSite {
            frame,
            form,
            cue: (i, after),
            after,
            // a verb with its particle reports whatever the verb alone
            // does ("ruled out a truce", where "ruled" alone is weak)
            strong: phrasal.is_some() || t.verb.is_none_or(|v| v.strong),
            participle: form == Form::Gerund && !progressive || going_on_to(d, s.body, i),
            stop: None,
            opens: i == s.body && matches!(frame, Frame::Say),
            speaker_after: None,
            subject: None,
        };
        // "was quoted as saying" is handled at "saying"
        if site.participle || !progressive && d.passive(i, s.body) {
            return Some(site);
        }
        site.stop = d.skip_left(i, s.body);
        // "did not rule out …": the cue is the negation with the verb,
        // which the stance reads as leaving the thing open
        if let Some(stop) = site.stop
            && d.rules_out(i)
            && let Some(k) = (stop..i).find(|&k| {
                d.w.t(k).has(Class::NEGATION) || d.w.s(k).ends_with("n't") || d.w.s(k).ends_with("n’t") || d.refuses(k)
            })
        {
            site.cue.0 = k;
        }
        if let Some(stop) = site.stop
            && !site.opens
        {
            // only verbs of saying invert ("said Peskov"); "…, accused
            // Russia of ..." has its subject before
            if frame == Frame::Say {
                site.speaker_after = speaker_after(d, si, i, stop, after);
            }
            if site.speaker_after.is_none() {
                site.subject = subject_before(d, si, stop);
            }
        }
        Some(site)
    }
}

/// ", going on to say that": a participle chain continuing the subject
/// of the clause before, read like ", adding that". Why: "going on to"
/// carries a second report by the same speaker, as "went on to" does for
/// a finite verb.
pub fn going_on_to(d: &Doc, lo: usize, i: usize) -> bool {
    i >= lo + 3 && d.is(i - 1, "to") && d.is(i - 2, "on") && d.is(i - 3, "going")
}

/// Whether the word is used as a verb here, not as a noun or a name.
fn is_verb_here(d: &Doc, si: usize, i: usize, frame: Frame) -> bool {
    let s = d.sents[si];
    let t = d.w.t(i);
    // a capitalised verb inside a sentence is a name ("Post", "Reports"),
    // except in a headline in title case
    if t.cap && i > s.body && !d.w.t(i - 1).is_quote() && !d.in_title_case_headline(i) {
        return false;
    }
    // the noun: "the report", "a call", "his warning", "Zelensky's remarks"
    // (a clitic split from a pronoun is "is": "she's saying")
    let possessive = i > s.body
        && (d.w.s(i - 1).ends_with("'s") || d.w.s(i - 1).ends_with("’s"))
        && !["'s", "’s"].contains(&d.w.s(i - 1));
    // ("one said", "another added": one of a group, and a verb past)
    let one_of = i > s.body && (d.is(i - 1, "one") || d.is(i - 1, "another")) && t.verb.is_some_and(|v| !v.bare);
    // ("the mother of three said it", "two said that", "both added:"
    // likewise, when a clause or quotation follows the verb, not a noun:
    // "three reported cases")
    let few_of = || {
        en::COUNT_WORDS.iter().chain(&["both", "several", "many", "most"]).any(|w| d.is(i - 1, w))
            && t.verb.is_some_and(|v| !v.bare)
            && i + 1 < s.end
            && {
                let n = d.w.t(i + 1);
                n.is_any_punct(&[',', ':'])
                    || n.is_quote()
                    || d.is(i + 1, "that")
                    || n.has(Class::DET | Class::PRONOUN)
                    || n.cap
            }
    };
    if i > s.body && (d.w.t(i - 1).has(Class::DET) && !one_of && !few_of() || possessive) && d.w.t(i - 1).quote == 0 {
        return false;
    }
    if frame == Frame::Describe && d.is(i, "called") && i > s.body && d.is(i - 1, "so") {
        return false;
    }
    // "a Washington think tank": the verb is half of a noun
    if i + 1 < s.end
        && en::VERB_NOUN_COMPOUNDS.iter().any(|(v, nouns)| d.is(i, v) && nouns.iter().any(|n| d.is(i + 1, n)))
    {
        return false;
    }
    // after a preposition only a participle is a verb: "by saying", but
    // "in charge of", "on record"
    if i > s.body
        && d.w.t(i - 1).has(Class::PREP)
        && !d.is(i - 1, "to")
        && t.verb.is_some_and(|v| v.form != Form::Gerund)
    {
        return false;
    }
    // "a video call", "the peace plan": a bare form after a singular noun
    // that follows a determiner is part of a noun phrase
    if t.verb.is_some_and(|v| v.bare) && i >= s.body + 2 {
        let p = d.w.t(i - 1);
        let noun = p.is_word()
            && !p.cap
            && !p.has(Class::ADVERB | Class::AUX | Class::PRONOUN | Class::GROUP)
            && !d.w.s(i - 1).ends_with('s');
        // but "people close to the mayor say": the phrase is the object
        // of a group's modifier, and the bare form its verb
        if noun && d.w.t(i - 2).has(Class::DET) && d.group_with_modifier(i, s.body).is_none() {
            return false;
        }
    }
    true
}

/// "“Q,” said S" / "C, said S": a speaker right after the verb, with
/// nothing after it but adjuncts ("said Peskov on Monday", "said Peskov,
/// the spokesman") — but not "said Washington regarded ...".
fn speaker_after(d: &Doc, si: usize, i: usize, stop: usize, after: usize) -> Option<Mention> {
    let s = d.sents[si];
    let before_is_break = stop > s.body && {
        let b = d.w.t(stop - 1);
        b.is_punct(',') || (b.is_quote() && b.quote != 0 && d.quote_closes_at(stop - 1))
    };
    if !before_is_break || stop != i {
        return None;
    }
    let mut np = d.w.right_np(after, s.end).or_else(|| document_after(d, after, s.end))?;
    // "a person familiar with the matter": the word that opens how the
    // source knows is no part of the source's phrase
    if np.1 > np.0 + 1 && knows_at(d, np.1 - 1, s.end) {
        np.1 -= 1;
    }
    // "…, said officials still want …": an adverb before a word of no
    // adjunct is inside a clause whose subject the phrase is
    let adverb_then_verb = |k: usize| {
        let t = d.w.t(k);
        k + 1 < s.end && t.has(Class::ADVERB) && !t.has(Class::PREP | Class::TIME) && {
            let n = d.w.t(k + 1);
            n.is_word()
                && !n.cap
                && n.quote == 0
                && !n.has(Class::PREP | Class::TIME | Class::DET | Class::ADVERB | Class::SUBORD)
        }
    };
    // "said Rep. Ana Lind (D-Ohio), who chairs the panel"
    let np = document_origin(d, np, s.end);
    let (np_end, desc) = d.extend_appositive_right(d.w.skip_parenthetical(np.1, s.end), s.end);
    // (and the phrase itself, up to its end, is how the source is
    // described: "said an official briefed on the talks")
    let np_end = if knows_at(d, np_end, s.end) {
        (np_end + 2..s.end).find(|&k| !d.w.t(k).is_wordlike() || d.w.t(k).quote != 0).unwrap_or(s.end)
    } else {
        np_end
    };
    let tail_ok = np_end >= s.end || {
        let t = d.w.t(np_end);
        !t.is_word() || t.has(Class::PREP | Class::TIME | Class::SUBORD | Class::ADVERB) && !adverb_then_verb(np_end)
    };
    (tail_ok && d.only_adjuncts(np_end, s.end)).then_some(Mention { head: np, desc })
}

/// Whether the word at `k` opens a phrase of how an unnamed source knows
/// ([`en::SOURCE_KNOWS`]): one of its words, small, with a preposition
/// after it ("familiar with", "briefed on", "close to").
fn knows_at(d: &Doc, k: usize, end: usize) -> bool {
    k + 1 < end
        && !d.w.t(k).cap
        && d.w.t(k).quote == 0
        && en::SOURCE_KNOWS.iter().any(|w| d.is(k, w))
        && d.w.t(k + 1).has(Class::PREP)
}

/// "a letter", "the open letter", "a new post": a document the lexicon
/// classes as no noun of a speaker, after a determiner.
fn document_after(d: &Doc, k: usize, end: usize) -> Option<Range> {
    if k + 1 >= end || !d.w.t(k).has(Class::DET) || d.w.t(k).has(Class::PRONOUN) {
        return None;
    }
    let n = if ["open", "joint", "new", "written"].iter().any(|w| d.is(k + 1, w)) { k + 2 } else { k + 1 };
    (n < end && d.w.t(n).quote == 0 && d.w.is_document(n)).then_some((k, n + 1))
}

/// `a statement from the defence ministry`, `a post shared on the
/// mayor's account`: a document after the verb ("“Q,” said a statement
/// from …", "“Q,” reads a post on …") with the phrase that says where it
/// came from, which names who speaks ([`crate::extract::resolve`] reads
/// it); any other phrase is itself.
fn document_origin(d: &Doc, np: Range, end: usize) -> Range {
    if np.1 <= np.0 || !d.w.is_document(np.1 - 1) {
        return np;
    }
    let mut k = np.1;
    if k >= end {
        return np;
    }
    if k + 1 < end && en::PUBLISHED.iter().any(|w| d.is(k, w)) && d.w.t(k + 1).has(Class::PREP) {
        k += 1;
    }
    if d.is(k, "on") {
        // "on the harbour board's Telegram channel": to the end of the
        // channel named after its owner
        let Some(owner) = (k + 1..(k + 6).min(end)).find(|&i| d.w.is_possessive(i)) else { return np };
        let mut e = owner + 1;
        while e < end && {
            let t = d.w.t(e);
            t.is_word() && (t.cap || t.has(Class::MEDIUM) || en::CHANNELS.iter().any(|w| d.is(e, w)))
        } {
            e += 1;
        }
        return (np.0, e);
    }
    if !(d.is(k, "from") || d.is(k, "by")) {
        return np;
    }
    d.w.right_np(k + 1, end).map_or(np, |o| (np.0, o.1))
}

/// The subject before the verb: a noun phrase, a phrase with an
/// apposition ("Lavrov, Russia's foreign minister, said"), a relative
/// pronoun standing for the phrase before it ("..., who said"), or the
/// subject of a first verb ("paused and added").
pub(super) fn subject_before(d: &Doc, si: usize, stop: usize) -> Option<Mention> {
    let s = d.sents[si];
    if let Some(m) = d.group_with_modifier(stop, s.body) {
        return Some(m);
    }
    let mention = if stop > s.body && d.w.t(stop - 1).is_punct(',') {
        d.w.appositive(stop - 1, s.body)
    } else if let Some(m) = dashed_apposition(d, si, stop) {
        Some(m)
    } else if let Some(m) = restrictive_relative(d, si, stop) {
        Some(m)
    } else {
        d.w.left_np(stop, s.body).map(|h| Mention { head: h, desc: None })
    };
    let mention = mention
        .or_else(|| d.relative_subject(stop, s.body))
        .or_else(|| d.coordinated_subject(stop, s.body))
        .or_else(|| one_of_them(d, s.body, stop))?;
    let mention = headline_pair(d, si, stop, mention);
    Some(d.resolve_relative(mention, s.body))
}

/// The words a relative clause without commas may hold between "who"
/// and the verb: enough for "who lives near the plant" or "who gave
/// only her first name", not a second sentence.
const RELATIVE_WORDS: usize = 12;

/// "A man who lives near the plant said", "Residents who fled the town
/// told us": a relative clause without commas that says which person
/// speaks sits between the speaker and the verb at `stop`. The speaker is
/// the phrase before "who", the clause its description; the phrase
/// right before the verb ("the plant") is no speaker.
fn restrictive_relative(d: &Doc, si: usize, stop: usize) -> Option<Mention> {
    let s = d.sents[si];
    let lo = s.body.max(stop.saturating_sub(RELATIVE_WORDS + 1));
    // back to "who" over words only: no comma, dash, bracket or quotation
    let who =
        (lo..stop).rev().take_while(|&k| d.w.t(k).is_wordlike() && d.w.t(k).quote == 0).find(|&k| d.is(k, "who"))?;
    if who + 1 >= stop || who <= s.body {
        return None;
    }
    // (a verb before "who" is no phrase: "Asked who would pay the
    // minister said" leaves the minister the speaker)
    let head = d.w.left_np(who, s.body)?;
    // a plural verb needs a plural speaker: in "the leader who won
    // independence from British rule" the last word is a noun
    let plural = d.w.t(who - 1).has(Class::GROUP) || d.w.s(who - 1).ends_with('s');
    let agrees = plural || !d.w.t(stop).verb.is_some_and(|v| v.bare);
    (head.1 == who && agrees && d.w.names_someone(head)).then_some(Mention { head, desc: Some((who, stop)) })
}

/// "Macron, Merz call for a ceasefire": in a headline a comma joins two
/// names before a verb in the plural, as "and" does in a sentence. The
/// subject then runs from the first name.
fn headline_pair(d: &Doc, si: usize, stop: usize, m: Mention) -> Mention {
    let s = d.sents[si];
    let (a, b) = m.head;
    let comma = a.wrapping_sub(1);
    let first_ok = a >= s.body + 2
        && a - s.body <= 4
        && d.in_headline(a)
        && d.w.t(comma).is_punct(',')
        && (s.body..comma).all(|k| d.w.is_name_word(k))
        && (a..b).all(|k| d.w.is_name_word(k))
        && m.desc.is_none();
    let plural_verb = || (stop..(stop + 3).min(s.end)).find_map(|k| d.w.t(k).verb).is_some_and(|v| v.bare);
    if first_ok && plural_verb() { Mention { head: (s.body, b), desc: None } } else { m }
}

/// "One said", "Another, who asked not to be named, said": one of a
/// group named before, opening the sentence (the speaker resolves to the
/// group).
fn one_of_them(d: &Doc, body: usize, stop: usize) -> Option<Mention> {
    // "…, while another described it as …": opening a clause after a
    // conjunction too
    if let Some(k) = stop.checked_sub(1).filter(|&k| k > body)
        && (d.is(k, "one") || d.is(k, "another"))
        && d.w.t(k).quote == 0
        && ["while", "whereas", "and", "but"].iter().any(|w| d.is(k - 1, w))
    {
        return Some(Mention { head: (k, k + 1), desc: None });
    }
    if !(d.is(body, "one") || d.is(body, "another")) || d.w.t(body).quote != 0 {
        return None;
    }
    if stop == body + 1 {
        return Some(Mention { head: (body, body + 1), desc: None });
    }
    (stop >= body + 5 && d.w.t(body + 1).is_punct(',') && d.is(body + 2, "who") && d.w.t(stop - 1).is_punct(','))
        .then_some(Mention { head: (body, body + 1), desc: Some((body + 2, stop - 1)) })
}

/// `S — DESCRIPTION — said`: a speaker whose description is set off by
/// dashes (or double hyphens) right before the verb.
fn dashed_apposition(d: &Doc, si: usize, stop: usize) -> Option<Mention> {
    let s = d.sents[si];
    let is_dash = |k: usize| d.w.t(k).quote == 0 && d.w.t(k).is_any_punct(&['—', '–', '-']);
    if stop < s.body + 3 || !is_dash(stop - 1) {
        return None;
    }
    let open = (s.body.max(stop.saturating_sub(40))..stop - 1).rev().find(|&k| is_dash(k))?;
    if open + 1 >= stop - 1 {
        return None;
    }
    let head = d.w.left_np(open, s.body)?;
    // the phrase before the first dash must name someone, and nothing
    // but the description may sit between the dashes
    let inside_quote = (open..stop).any(|k| d.w.t(k).quote != 0);
    (d.w.names_someone(head) && !inside_quote).then_some(Mention { head, desc: Some((open + 1, stop - 1)) })
}

/// Where a mention starts, its description included.
pub fn start_of(m: &Mention) -> usize {
    m.head.0.min(m.desc.map_or(usize::MAX, |d| d.0))
}

#[cfg(test)]
mod tests {
    use super::super::super::doc::Parsed;
    use super::*;

    fn site(text: &str, verb: &str) -> Option<VerbSite> {
        let p = Parsed::new(text);
        VerbSite::at(&p.doc(), 0, p.at(verb))
    }

    #[test]
    fn how_an_unnamed_source_knows_is_no_part_of_its_phrase() {
        for (text, source) in [
            ("“The quay is safe,” said a person familiar with the survey.", "a person"),
            ("“The quay is safe,” said an engineer briefed on the survey.", "an engineer"),
            ("“The quay is safe,” said a pilot involved in the survey, who asked not to be named.", "a pilot"),
        ] {
            let p = Parsed::new(text);
            let d = p.doc();
            let v = VerbSite::at(&d, 0, p.at("said")).unwrap_or_else(|| panic!("{text}"));
            let m = v.speaker_after.unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.w.range_text(m.head), source, "{text}");
        }
    }

    #[test]
    fn nouns_and_names_are_not_verbs() {
        assert!(site("The report was late.", "report").is_none());
        assert!(site("They held a video call on Monday.", "call").is_none());
        assert!(site("Reporters met the Washington Post editors.", "Post").is_none());
        assert!(site("It was a so called truce.", "called").is_none());
        assert!(site("Analysts at a Warsaw think tank said it was late.", "think").is_none());
        assert!(site("Analysts at a Warsaw think tank said it was late.", "said").is_some());
        assert!(site("Think tanks in Riga doubt it.", "Think").is_none());
        assert!(site("Analysts think the bridge will hold.", "think").is_some());
    }

    #[test]
    fn a_participle_or_a_finite_verb() {
        let v = site("He left, adding that he would be back.", "adding").unwrap();
        assert!(v.participle && v.stop.is_none());
        let v = site("He is saying that he will be back.", "saying").unwrap();
        assert!(!v.participle);
        let v = site("The mayor said that he would be back.", "said").unwrap();
        assert_eq!(v.frame, Frame::Say);
        assert!(v.strong && v.subject.is_some());
    }

    #[test]
    fn passives_and_negations_have_no_subject() {
        assert!(site("The figure was confirmed by the army.", "confirmed").unwrap().stop.is_none());
        assert!(site("The army never confirmed the figure.", "confirmed").unwrap().stop.is_none());
    }

    #[test]
    fn the_speaker_after_the_verb() {
        let p = Parsed::new("“Go home,” said the mayor, the one in charge.");
        let v = VerbSite::at(&p.doc(), 0, p.at("said")).unwrap();
        let m = v.speaker_after.unwrap();
        assert_eq!(p.words(m.head), "the mayor");
        assert_eq!(p.words(m.desc.unwrap()), "the one in charge");
        assert!(v.subject.is_none());
    }

    #[test]
    fn a_description_between_dashes_before_the_verb() {
        for text in [
            "Rita Okoye — who has run the clinic since 2009 — said the funding would run out in May.",
            "Rita Okoye -- who has run the clinic since 2009 -- said the funding would run out in May.",
        ] {
            let p = Parsed::new(text);
            let v = VerbSite::at(&p.doc(), 0, p.at("said")).unwrap();
            let m = v.subject.unwrap();
            assert_eq!(p.words(m.head), "Rita Okoye");
            assert_eq!(p.words(m.desc.unwrap()), "who has run the clinic since 2009");
        }
    }

    #[test]
    fn only_verbs_of_saying_put_the_speaker_after_them() {
        let p = Parsed::new("The new rules, accused Russia of cheating.");
        let v = VerbSite::at(&p.doc(), 0, p.at("accused")).unwrap();
        assert!(v.speaker_after.is_none());
    }

    #[test]
    fn a_clitic_is_after_a_pronoun_leaves_a_verb() {
        let v = site("She’s saying that the vote was fixed.", "saying").unwrap();
        assert!(!v.participle && v.subject.is_some());
        assert!(site("The mayor’s warning came late.", "warning").is_none());
    }

    #[test]
    fn a_verb_form_after_a_preposition_is_a_noun() {
        assert!(site("The officer in charge of the depot left.", "charge").is_none());
        assert!(site("She won by saying less.", "saying").is_some());
    }

    #[test]
    fn a_phrasal_verb_takes_its_particle() {
        let v = site("The unions called for a strike.", "called").unwrap();
        assert_eq!(v.frame, Frame::Object);
        assert_eq!(v.cue.1 - v.cue.0, 2);
    }
}
