//! Attributions that come after what was said, or in the middle of it:
//! `“Q,” said S`, `C, S said`, `A, he said, B`.

use super::super::lexicon::{Form, Frame, en};
use super::super::mentions::Range;
use super::verb::{VerbSite, start_of};
use super::{Candidate, Rule, Site, Source};

pub struct SpeakerAfterVerb;

impl Rule for SpeakerAfterVerb {
    fn name(&self) -> &'static str {
        "speaker after verb"
    }

    fn why(&self) -> &'static str {
        "wire copy puts the verb before the speaker after a quote: “…,” said S"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb()?;
        let speaker = v.speaker_after?;
        let d = site.d;
        let content = d.content_before(site.si, v.stop?)?;
        // “Q1,” said S, “Q2”: the quotation resumes after the speaker
        let end = speaker.desc.map_or(speaker.head.1, |r| r.1.max(speaker.head.1));
        let first_is_quote = d.w.t(content.0).is_quote() && d.w.t(content.0).quote != 0;
        let content = match resumed_quote(site, end).filter(|_| first_is_quote) {
            Some(rest) => vec![content, rest],
            None => vec![content],
        };
        Some(Candidate {
            content,
            source: Source::Mention(speaker),
            cue: Some(v.cue),
            sentence: site.si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// A quotation opening right after the comma that ends the speaker's
/// phrase (and any bracket after it), in the same sentence.
fn resumed_quote(site: &Site, from: usize) -> Option<Range> {
    let (d, s) = (site.d, site.sentence());
    let comma = (from..s.end.min(from + 12)).find(|&k| d.w.t(k).is_punct(',') || d.w.t(k).quote != 0)?;
    let open = comma + 1;
    if !d.w.t(comma).is_punct(',') || open >= s.end {
        return None;
    }
    let t = d.w.t(open);
    let q = t.quote.checked_sub(1).map(|q| &d.quotes[q as usize])?;
    (t.is_quote() && q.open == open && q.close < s.end).then_some((open, q.close + 1))
}

pub struct Parenthetical;

impl Rule for Parenthetical {
    fn name(&self) -> &'static str {
        "parenthetical"
    }

    fn why(&self) -> &'static str {
        "an attribution may interrupt what was said: “A, he said, B”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| speech(site, v))?;
        let subject = v.subject?;
        let (d, s) = (site.d, site.sentence());
        let start = start_of(&subject);
        if !(start > s.body && d.w.t(start - 1).is_punct(',')) {
            return None;
        }
        if relative(site, v) {
            return None;
        }
        let c = (v.after..s.end.min(v.after + 10)).find(|&k| d.w.t(k).is_punct(',') && d.w.t(k).quote == 0)?;
        if continues(site, c) || !d.only_adjuncts(v.after, c) || !(c + 1..s.end).any(|k| d.w.t(k).is_wordlike()) {
            return None;
        }
        let (a2, e2) = d.trim(c + 1, d.clause_end(c + 1, s.end));
        if a2 >= e2 || (a2..e2).filter(|&k| d.w.t(k).is_wordlike()).count() < 2 {
            return None;
        }
        // the first half may be a lone subject: "Prices, she said, will rise"
        let lone = (s.body..start - 1).filter(|&k| d.w.t(k).is_wordlike()).count() == 1;
        let first = match d.content_before(site.si, start - 1) {
            Some(r) => r,
            None if lone && d.w.t(s.body).is_wordlike() => (s.body, start - 1),
            None => return None,
        };
        Some(Candidate {
            content: vec![first, (a2, e2)],
            source: Source::Mention(subject),
            cue: Some(v.cue),
            sentence: site.si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// Whether the verb opens a relative clause about the speaker (", who
/// asked not to be named, said …"): it neither interrupts nor closes
/// what was said before the speaker.
fn relative(site: &Site, v: &VerbSite) -> bool {
    v.cue.0 > 0 && (site.d.is(v.cue.0 - 1, "who") || site.d.is(v.cue.0 - 1, "which"))
}

/// A verb of saying, telling or believing; not "found" or "showed", which
/// after a clause report findings, not speech ("Divided as they were,
/// leaders found ...").
fn speech(site: &Site, v: &VerbSite) -> bool {
    matches!(v.frame, Frame::Say | Frame::Tell | Frame::Belief) && !en::FINDINGS.iter().any(|w| site.d.is(site.i, w))
}

/// Not when a participle or `according to` follows the comma: ", he said,
/// adding that ..." is two statements, ", the paper said, quoting two
/// officials" names a source, and ", an aide said, speaking on condition
/// of anonymity" tells how the source spoke ([`en::SOURCE_MANNER`]), not
/// more of what was said; nor when the speaker's second verb does: ", he
/// told reporters, but said ...".
fn continues(site: &Site, comma: usize) -> bool {
    let (d, end) = (site.d, site.sentence().end);
    let n = comma + 1;
    let second_verb = n + 1 < end
        && ["but", "and", "yet"].iter().any(|w| d.is(n, w))
        && d.w.t(n + 1).verb.is_some_and(|v| v.form != Form::Gerund);
    n < end
        && (d.w.t(n).verb.is_some_and(|v| v.form == Form::Gerund)
            || d.is(n, "according")
            || d.is(n, "quoting")
            || !d.w.t(n).cap && en::SOURCE_MANNER.iter().any(|w| d.is(n, w))
            || second_verb
            || narrated_as(d, n, end)
            || framed(d, n, end)
            // ", Ukrinform reports": an outlet relaying the attribution
            || d.attribution_follows(n, end)
            || (n + 1 < end && d.w.phrasal(n, n + 1).is_some()))
}

/// ", S said on Tuesday, as talks stalled": after a mid-sentence
/// attribution, an "as" clause in the third person sets the scene in the
/// reporter's words. Not "as long as", "as soon as" and the like, nor
/// "as we always have": those go on with what was said.
fn narrated_as(d: &super::super::doc::Doc, n: usize, end: usize) -> bool {
    const SAID_ON: &[&str] =
        &["long", "soon", "well", "much", "far", "if", "though", "we", "i", "you", "our", "my", "us", "your"];
    d.is(n, "as") && d.w.t(n).quote == 0 && n + 1 < end && !SAID_ON.iter().any(|w| d.is(n + 1, w))
}

/// ", the ministry said on Friday, in the latest push to end the war",
/// ", she said, amid protests": after a mid-sentence attribution, a
/// phrase in which the reporter frames the report ("amid …", or "in"
/// with a word of [`en::REPORTER_FRAMING`] among its next three).
fn framed(d: &super::super::doc::Doc, n: usize, end: usize) -> bool {
    d.w.t(n).quote == 0
        && (d.is(n, "amid")
            || d.is(n, "in") && (n + 1..end.min(n + 4)).any(|k| en::REPORTER_FRAMING.iter().any(|w| d.is(k, w))))
}

pub struct TrailingClause;

impl Rule for TrailingClause {
    fn name(&self) -> &'static str {
        "trailing attribution"
    }

    fn why(&self) -> &'static str {
        "the attribution often closes the sentence: “C, S said.”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| !relative(site, v))?;
        let subject = v.subject?;
        let quote_first = super::reported::quote_opens_before(site.d, site.sentence(), start_of(&subject));
        // ("…, Moscow continues to shell the city", "…, which added to
        // the pressure": "continue" and "add" before "to" go on with a
        // deed or a sum, not with speech)
        let goes_on =
            ["continue", "continues", "continued", "add", "adds", "added"].iter().any(|w| site.d.is(site.i, w))
                && site.d.is(v.after, "to");
        let tail_free = !goes_on && site.d.only_adjuncts(v.after, site.sentence().end);
        // after an opening quotation anything may follow a verb of saying:
        // the reported clause declined it (“Q,” she said at an event
        // marking ...); and any reporting verb with nothing after it
        // attributes the quotation (“Q?” he demanded.)
        let ok = if speech(site, v) { quote_first || tail_free } else { quote_first && tail_free };
        if !ok {
            return None;
        }
        let content = content_before_subject(site, start_of(&subject), subject.head.0)?;
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(subject),
            cue: Some(v.cue),
            sentence: site.si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// `C, S said` / `“Q” S said` / `“Q.” S said.`: what was said before the
/// speaker, in this sentence or the one before.
fn content_before_subject(site: &Site, start: usize, head_first: usize) -> Option<Range> {
    let (d, s) = (site.d, site.sentence());
    if start > s.body && d.w.t(start - 1).is_punct(',') {
        d.content_before(site.si, start - 1)
    } else if start > s.body && d.w.t(start - 1).is_quote() && d.quote_closes_at(start - 1) {
        d.content_before(site.si, start)
    } else if start == s.body && head_first == s.body {
        // "“We will win.” Zelensky said." — the quote is the sentence before
        d.previous_quote_sentence(site.si)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::Kind;
    use super::super::testing::{one, run};

    #[test]
    fn a_position_reported_in_the_third_person_is_the_trailing_speaker_s() {
        for text in [
            "Port news\n\nThe harbour board rejected the fee plan, its spokesman Ivo Marsh said.\n",
            "Harbour board rejects fee plan, says Ivo Marsh\n\nThe board met on Friday.\n",
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].speaker.as_deref(), Some("Ivo Marsh"), "{text}: {found:?}");
            assert!(
                found[0].content.starts_with("The harbour board rejected")
                    || found[0].content.starts_with("Harbour board rejects"),
                "{found:?}"
            );
        }
        // a denial by another is no credit of the report it denies
        let found = run(
            "Port news\n\nPort officials have repeatedly accused the board of blocking the ferries, an allegation Vilnius denies.\n",
        );
        assert!(found.iter().all(|f| f.speaker.as_deref() != Some("Vilnius")), "{found:?}");
    }

    #[test]
    fn going_on_with_a_deed_is_no_attribution() {
        for text in [
            "Port news\n\nWhile the council looks for a way out, the company continues to dredge the harbour.\n",
            "Port news\n\nThe ferries stayed in port for a week, and the storm added to the losses.\n",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        // "continued" closing what was said is still an attribution
        let found = run("Port news\n\n“The quay will be ready by May,” the mayor continued.\n");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_relative_clause_after_a_speaker_named_after_the_verb_describes_them() {
        for tail in ["who asked to be named only by her first name", "who goes by the call sign Lynx, as is the rule"] {
            let f = one(&format!("“The ferries will run again once the ice is gone,” said a harbour pilot {tail}."));
            assert_eq!(f.content, "The ferries will run again once the ice is gone", "{tail}");
            assert_eq!(f.source.as_deref(), Some("a harbour pilot"), "{tail}");
        }
    }

    #[test]
    fn a_relative_clause_without_commas_between_the_speaker_and_the_verb() {
        let f = one("\"The windows shook for a minute,\" a woman who lives by the depot told us.");
        assert_eq!(f.source.as_deref(), Some("a woman"));
        assert_eq!(f.content, "The windows shook for a minute");
        let f = one("Farmers who stayed in the village said the road had been mined.");
        assert_eq!(f.source.as_deref(), Some("Farmers"));
        assert_eq!(f.content, "the road had been mined");
        // a question put before "who" names no one
        let f = one("Asked who would pay for the repairs the minister said the state would.");
        assert_eq!(f.source.as_deref(), Some("the minister"));
        // a plural verb after a singular speaker is a noun
        let text = "The son of a general, the envoy who won the port back from Ottoman rule in spring, Ivo Marek long held the post.";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_pronoun_after_someone_brought_in_by_a_description() {
        for (text, speaker) in [
            ("Ferry queue\n\nA pensioner waited by the pier. \"The boat is late again,\" she said.\n", "pensioner"),
            ("Ferry queue\n\nHer neighbour shook his head. \"It was never on time,\" he said.\n", "Her neighbour"),
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].speaker.as_deref(), Some(speaker), "{text}");
        }
        // a phrase cut before its noun introduces no one
        let found = run("Ferry queue\n\nHer political career began at the port. \"It was never on time,\" he said.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker, None);
    }

    #[test]
    fn a_speaker_numbered_by_the_number_sign() {
        // "No." before a number ends no sentence
        let f = one("Ferries will sail again next week, a No. 10 spokesman said.");
        assert_eq!(f.content, "Ferries will sail again next week");
        assert_eq!(f.speaker.as_deref(), Some("No. 10 spokesman"));
    }

    #[test]
    fn the_reporter_s_framing_after_a_mid_sentence_attribution_is_no_part_of_what_was_said() {
        for frame in
            ["in the latest push to end the strike", "in a rare rebuke of the port board", "amid rising fuel costs"]
        {
            let f = one(&format!("The north quay will close on Friday, the harbour master said on Monday, {frame}."));
            assert_eq!(f.content, "The north quay will close on Friday", "{frame}");
        }
        // what goes on after the attribution in the speaker's words stays
        let f = one("The north quay, the harbour master said, will close on Friday.");
        assert_eq!(f.content, "The north quay … will close on Friday");
    }

    #[test]
    fn the_reporter_s_link_to_the_story_is_no_part_of_what_was_said() {
        for link in ["Meanwhile", "Separately", "Elsewhere"] {
            let f = one(&format!("{link}, the north quay will close on Friday, the harbour master said."));
            assert_eq!(f.content, "the north quay will close on Friday", "{link}");
        }
        // nor the reporter's tie to what came before
        for tie in ["The remarks came as", "The move comes as"] {
            let f = one(&format!("{tie} the north quay closed for repairs, the harbour master said."));
            assert_eq!(f.content, "the north quay closed for repairs", "{tie}");
        }
        // a speaker's own "However" stays theirs
        let f = one("However, the north quay will close on Friday, the harbour master said.");
        assert_eq!(f.content, "However, the north quay will close on Friday");
    }

    #[test]
    fn a_newsletter_s_section_label_is_no_part_of_what_was_said() {
        for label in
            ["Why it matters", "State of play", "What they're saying", "The big picture", "Exclusive", "Update"]
        {
            let f = one(&format!("{label}: The north quay will close on Friday, the harbour master said."));
            assert_eq!(f.content, "The north quay will close on Friday", "{label}");
        }
        // a speaker's own words before a colon stay theirs
        let f = one("One thing is clear: the north quay will close on Friday, the harbour master said.");
        assert_eq!(f.content, "One thing is clear: the north quay will close on Friday");
    }

    #[test]
    fn a_lead_in_before_a_colon_is_no_part_of_the_quotation() {
        // a newsletter's label or the reporter's lead-in, then the quotation
        for lead in ["The mood at the port", "Where things stand", "Her answer"] {
            let f =
                one(&format!("{lead}: “The ferries will run again once the ice is gone,” a harbour official said."));
            assert_eq!(f.content, "The ferries will run again once the ice is gone", "{lead}");
            assert_eq!(f.kind, Kind::Direct, "{lead}");
        }
        // a longer lead-in, or one naming someone, may be the quotation's
        // own cue and stays
        let f = one(
            "The short version from the port office on that cold morning: “The ferries will run again soon,” she said.",
        );
        assert!(f.content.starts_with("The short version"), "{}", f.content);
        let f = one("Mayor Ilse Brandt had heard enough: “The ferries will run again soon,” she said.");
        assert!(f.content.starts_with("Mayor Ilse Brandt"), "{}", f.content);
        // a colon inside the quotation stays in it
        let f = one("“Two things: the ice and the wind,” a harbour official said.");
        assert_eq!(f.content, "Two things: the ice and the wind");
        // nor when words follow the quotation before the comma
        let f = one("One rule: “no ferries” until the ice is gone, a harbour official said.");
        assert_eq!(f.content, "One rule: “no ferries” until the ice is gone");
    }

    #[test]
    fn a_surname_with_small_particles_is_one_speaker_after_a_quotation() {
        // "von", "van", "der": small words inside a family name, after the
        // verb or opening the surname before it
        for (tail, speaker) in [
            ("said Ursula von der Leyen", "Ursula von der Leyen"),
            ("said Commission President Ursula von der Leyen, adding that the vote could wait", "Ursula von der Leyen"),
            ("von der Leyen said", "Ursula von der Leyen"),
            ("said Pieter van den Berg", "Pieter van den Berg"),
            ("van den Berg said", "van den Berg"),
        ] {
            let found = run(&format!("Grain deal\n\n“The silos at the port are full again,” {tail}.\n"));
            let f = found.iter().find(|f| f.content == "The silos at the port are full again").unwrap_or_else(|| {
                panic!("{tail}: {:?}", found.iter().map(|f| (&f.content, &f.speaker)).collect::<Vec<_>>())
            });
            assert_eq!(f.speaker.as_deref(), Some(speaker), "{tail}");
        }
        // the catalogue knows her: the surname alone has the full name's actor
        let short = one("Grain deal\n\n“The silos at the port are full again,” von der Leyen said.\n");
        let full = one("Grain deal\n\nUrsula von der Leyen said the silos at the port were full again.\n");
        assert!(full.actor.is_some());
        assert_eq!(short.actor, full.actor);
    }

    #[test]
    fn a_document_after_the_verb_speaks_for_where_it_came_from() {
        // "“Q,” reads a statement posted on X's channel": the verb before
        // a document, and the phrase that says whose it is
        for (tail, speaker) in [
            ("reads a statement posted on the harbour board's Telegram channel", "harbour board"),
            ("said a statement from the harbour board", "harbour board"),
            ("said a letter signed by the harbour board", "harbour board"),
        ] {
            let found = run(&format!("Quay shut\n\n“The north quay stays shut until the storm passes,” {tail}.\n"));
            assert_eq!(found.len(), 1, "{tail}: {found:?}");
            assert_eq!(found[0].content, "The north quay stays shut until the storm passes", "{tail}");
            assert_eq!(found[0].speaker.as_deref(), Some(speaker), "{tail}");
        }
        // the owner of a document named before it
        for owner in ["port authority", "harbour board", "water board"] {
            let found = run(&format!("Quay shut\n\nThe {owner}'s statement said the north quay would stay shut.\n"));
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].speaker.as_deref(), Some(owner));
        }
        // a board speaks as a council or an authority does
        let found = run("Quay shut\n\nThe north quay will stay shut, the harbour board said.\n");
        assert_eq!(found[0].speaker.as_deref(), Some("harbour board"), "{found:?}");
        // a text that ends inside the phrase is read without reading past it
        for cut in [
            "said",
            "reads",
            "said a",
            "said the open",
            "reads a statement posted",
            "reads a post on",
            "said a letter from",
        ] {
            run(&format!("Quay shut\n\n“The north quay stays shut until the storm passes,” {cut}"));
        }
    }

    #[test]
    fn a_body_named_as_an_authority_or_a_bank_is_whole() {
        for body in ["Port Authority", "Financial Conduct Authority", "European Investment Bank"] {
            let found = run(&format!("Quay to reopen\n\nThe quay will reopen on Friday, the {body} said.\n"));
            assert_eq!(found.len(), 1, "{body}: {found:?}");
            assert_eq!(found[0].speaker.as_deref(), Some(body), "{body}");
        }
    }

    #[test]
    fn part_of_a_group_speaks_after_the_content() {
        for (tail, speaker) in [
            ("one of the inspectors said", "one of the inspectors"),
            ("some of the inspectors said", "some of the inspectors"),
            ("the two inspectors said", "two inspectors"),
            ("the other inspector said", "other inspector"),
        ] {
            let found = run(&format!("Port news\n\nThe cranes will be replaced by spring, {tail}."));
            assert_eq!(found.len(), 1, "{tail}: {found:?}");
            assert_eq!(found[0].content, "The cranes will be replaced by spring", "{tail}");
            assert_eq!(found[0].speaker.as_deref(), Some(speaker), "{tail}");
        }
    }

    #[test]
    fn a_speaker_described_by_a_noun_the_lexicon_lacks() {
        // the quotation was lost when the speaker's phrase could not be read
        for (text, speaker) in [
            ("“The levee will not hold another storm,” said 9/11 widow Rosa Lenz.", "Rosa Lenz"),
            ("“Rents doubled in two years,” said 4th Ward alderman Tom Rusk.", "Tom Rusk"),
            ("“We bake through the night,” local baker Ida Penn said.", "Ida Penn"),
            ("“The ridge was quiet by noon,” said 1st Lt. Jo Marsh.", "Jo Marsh"),
        ] {
            let f = one(text);
            assert_eq!(f.kind, Kind::Direct, "{text}");
            assert_eq!(f.speaker.as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn a_source_quoted_after_the_attribution_is_no_more_of_what_was_said() {
        let found = run("Envoy recalled\n\nKyiv recalled its consul, the paper said, quoting two senior officials.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "Kyiv recalled its consul");
    }

    #[test]
    fn how_the_source_spoke_is_no_more_of_what_was_said() {
        for text in [
            "Ferry halted\n\nThe night ferry to Gotland was halted, a port official said, declining to be named.\n",
            "Ferry halted\n\nThe night ferry to Gotland was halted, a port official said, speaking on condition of anonymity.\n",
            "Ferry halted\n\nThe night ferry to Gotland was halted, a port official said, without giving a reason.\n",
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].content, "The night ferry to Gotland was halted", "{text}");
            assert_eq!(found[0].speaker.as_deref(), Some("port official"), "{text}");
        }
        // what the speaker went on to say is still theirs
        let found = run("Ferry halted\n\nThe ferry, a port official said, was going to sail at dawn.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, "parenthetical");
    }

    #[test]
    fn doctors_teachers_and_judges_speak_as_officials_do() {
        for (text, source) in [
            ("The ward was full by noon, doctors at the clinic said.", "doctors at the clinic"),
            ("The exams will go ahead, teachers said.", "teachers"),
            ("The appeal has no merit, two judges wrote.", "two judges"),
        ] {
            let found = run(&format!("Town news\n\n{text}\n"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].source.as_deref(), Some(source), "{text}");
        }
    }

    #[test]
    fn a_group_after_said_may_open_what_was_said() {
        // "said officials still want": the group is the subject of the
        // clause reported, not a speaker after the verb
        let found = run(
            "Town news\n\nBut Ana Lind, an adviser at the port, said officials still want a ferry to the island.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Ana Lind"));
        assert_eq!(found[0].content, "officials still want a ferry to the island");
        // an adverb before an adjunct is still the speaker's
        let found = run("Town news\n\n“The ferry will sail,” said residents recently in a letter.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].source.as_deref(), Some("residents"));
        // and an adverb that ends the text is read without reading past it
        let found = run("Town news\n\n“The ferry will sail,” said residents still");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn an_outlet_relaying_a_mid_sentence_attribution_is_not_more_of_it() {
        let found = run("Ferry halted\n\nThe ferry will not sail, the mayor said at a meeting, Nordpress reports.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "The ferry will not sail");
        assert_eq!(found[0].speaker.as_deref(), Some("mayor"));
    }

    #[test]
    fn an_as_clause_after_the_attribution_is_the_reporter_s() {
        let found = run("Ferry halted\n\nThe ferry will not sail, the port said on Monday, as a storm closed in.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "The ferry will not sail");
        // but "as long as" and "as we …" go on with what was said
        for tail in ["as long as the wind holds", "as we always have"] {
            let found = run(&format!("Ferry halted\n\nThe ferry will sail, the port said, {tail}.\n"));
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].content, format!("The ferry will sail … {tail}"), "{tail}");
        }
    }

    #[test]
    fn attorneys_speak_as_lawyers_do() {
        for group in ["lawyers", "attorneys"] {
            let found = run(&format!("Ferry halted\n\nThe ferry will sail on Monday, {group} for the port said.\n"));
            assert_eq!(found.len(), 1, "{group}: {found:?}");
            assert_eq!(found[0].content, "The ferry will sail on Monday");
            assert_eq!(found[0].source.as_deref(), Some(format!("{group} for the port").as_str()));
        }
    }

    #[test]
    fn a_relative_clause_about_the_speaker_after_a_fronted_phrase() {
        let found = run(
            "Ferry halted\n\nSpeaking to the BBC, a port official, who asked not to be named, said the ferry would sail.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the ferry would sail");
        assert_eq!(found[0].speaker.as_deref(), Some("port official"));
        let found =
            run("Ferry halted\n\nIn a statement, one of the port's lawyers, Ana Lind, said the ferry would sail.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Ana Lind"));
    }

    #[test]
    fn quote_then_speaker_then_verb() {
        let f = one("“Nobody here wants a frozen conflict,” Zelensky said.");
        assert_eq!(f.content, "Nobody here wants a frozen conflict");
        assert_eq!(f.kind, Kind::Direct);
        assert_eq!(f.speaker.as_deref(), Some("Volodymyr Zelensky"));
        assert_eq!(f.actor.as_deref(), Some("ukrainian-leadership"));
        assert_eq!(f.cue.as_deref(), Some("said"));
        assert_eq!(f.source.as_deref(), Some("Zelensky"));
    }

    #[test]
    fn quote_then_verb_then_speaker() {
        let f = one("\"Nothing has been signed yet,\" said Yuri Ushakov, the Kremlin aide.");
        assert_eq!(f.content, "Nothing has been signed yet");
        assert_eq!(f.speaker.as_deref(), Some("Yuri Ushakov"));
        assert_eq!(f.actor.as_deref(), Some("kremlin"));
        // "said Washington regarded ..." is a clause, not a speaker
        assert!(
            run("The deal is off, said Washington regarded it as void.")
                .iter()
                .all(|f| f.speaker.as_deref() != Some("Washington"))
        );
    }

    #[test]
    fn a_date_in_the_speakers_description() {
        let f = one("“We were promised a memorial,” said 7/7 survivor Paul Grant.");
        assert_eq!(f.content, "We were promised a memorial");
        assert_eq!(f.source.as_deref(), Some("7/7 survivor Paul Grant"));
    }

    #[test]
    fn a_lawmakers_party_and_state_sit_between_name_and_description() {
        // after the verb, with an apposition after the parenthetical
        let f = one("\"The aid bill is stuck for good,\" said Rep. Nora Palk (D-N.Y.), who sits on the panel.");
        assert_eq!(f.speaker.as_deref(), Some("Nora Palk"));
        assert_eq!(f.content, "The aid bill is stuck for good");
        // before the verb, set off by commas
        let f = one("\"We found no such letter,\" Sen. Ed Marsh (R-Ohio), a member of the committee, said.");
        assert_eq!(f.speaker.as_deref(), Some("Ed Marsh"));
    }

    #[test]
    fn a_quotation_resumed_after_said_s() {
        let f = one("“The ferry will run,” said Captain Ines Moro, “but only twice a day.”");
        assert_eq!(f.content, "The ferry will run … but only twice a day.");
        assert_eq!(f.speaker.as_deref(), Some("Ines Moro"));
        assert_eq!(f.kind, Kind::Direct);
    }

    #[test]
    fn any_reporting_verb_after_a_quotation() {
        let f = one("“Who signed off on this contract?” the auditor demanded.");
        assert_eq!(f.content, "Who signed off on this contract?");
        assert_eq!(f.source.as_deref(), Some("the auditor"));
        // not when the verb has an object of its own
        assert!(
            run("“Enough,” the auditor demanded a recount.").iter().all(|f| f.content != "Enough"),
            "a verb with its own object does not attribute the quotation"
        );
    }

    #[test]
    fn clause_then_speaker_said() {
        let f = one("Grain exports will double by spring, Ukraine's agriculture minister has said.");
        assert_eq!(f.content, "Grain exports will double by spring");
        assert_eq!(f.source.as_deref(), Some("Ukraine's agriculture minister"));
        assert_eq!(f.actor.as_deref(), Some("ukrainian-leadership"));
    }

    #[test]
    fn an_attribution_inside_keeps_both_halves() {
        let f = one("The plan, she said, was never meant to last beyond winter.");
        assert_eq!(f.content, "The plan … was never meant to last beyond winter");
        // two statements when a participle follows the attribution
        let found = run("The plan is dead, she said, adding that nobody mourned it.");
        assert_eq!(found.len(), 2);
        // and when the speaker's second verb does: "but said" is no part
        // of what was said first
        let found = run("The depot will reopen, the mayor told reporters, but said the road must be fixed first.");
        let contents: Vec<&str> = found.iter().map(|f| f.content.as_str()).collect();
        assert_eq!(contents, ["The depot will reopen", "the road must be fixed first"]);
        assert!(found.iter().all(|f| f.source.as_deref().is_some_and(|s| s.contains("mayor"))), "{found:?}");
    }

    #[test]
    fn an_attribution_after_a_lone_subject() {
        let f = one("Rents, the report's author said, will double within five years.");
        assert_eq!(f.content, "Rents … will double within five years");
        assert_eq!(f.cue.as_deref(), Some("said"));
    }

    #[test]
    fn a_quote_sentence_then_a_bare_attribution() {
        let f = one("“The harvest is in.” Zelensky said.");
        assert_eq!(f.content, "The harvest is in.");
        assert_eq!(f.speaker.as_deref(), Some("Volodymyr Zelensky"));
    }

    #[test]
    fn an_attribution_on_a_call_or_at_an_event() {
        // "call" and "address" are verbs of saying too, but after "a"
        // they name the occasion
        for tail in [
            "the mayor told reporters on a daily call",
            "the mayor said on a conference call",
            "the mayor said in a call with reporters",
            "the mayor told residents in a video address",
        ] {
            let found = run(&format!("Ferry news\n\nThe night ferry will run again from Monday, {tail}.\n"));
            assert_eq!(found.len(), 1, "{tail}: {found:?}");
            assert_eq!(found[0].content, "The night ferry will run again from Monday", "{tail}");
            assert_eq!(found[0].speaker.as_deref(), Some("mayor"), "{tail}");
        }
    }
}
