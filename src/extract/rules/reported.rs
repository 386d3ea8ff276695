//! The reported clause after its verb: `S said (that) C`, `S told
//! reporters C`, `S said: “Q”`, and the inverted `Said S: C`.

use super::super::doc::Doc;
use super::super::lexicon::{Class, Form, Frame, en};
use super::super::mentions::{Mention, Range};
use super::super::structure::Sentence;
use super::verb::{VerbSite, start_of};
use super::{Candidate, Rule, Site, Source};

pub struct ReportedClause;

impl Rule for ReportedClause {
    fn name(&self) -> &'static str {
        "reported clause"
    }

    fn why(&self) -> &'static str {
        "the commonest report: a speaker, a verb of saying, then what was said"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| matches!(v.frame, Frame::Say | Frame::Tell | Frame::Belief))?;
        let subject = v.subject?;
        let content = content_after(site, v, &subject)?;
        // “Q1,” she said, “Q2”: one quotation interrupted by its
        // attribution, both pieces hers
        let d = site.d;
        let start = start_of(&subject);
        let resumes = d.w.t(content.0).is_quote() && d.w.t(content.0).quote != 0;
        let content = match d.content_before(site.si, start) {
            Some(first) if resumes && quote_opens_before(d, site.sentence(), start) => vec![first, content],
            _ => vec![content],
        };
        Some(Candidate {
            content,
            source: Source::Mention(subject),
            cue: Some(v.cue),
            sentence: site.si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// "Orbán threatened to veto the aid": a threat to do something, made by
/// someone (a name, an office, a body, a country, he or she), is what was
/// said, as a vow or a promise is. Not a threat by a thing: "the floods
/// threatened to cut the road" (why "threaten" is a weak verb).
fn threat_by_someone(site: &Site, fwd: Range, subject: &Mention) -> bool {
    let d = site.d;
    let (a, b) = subject.head;
    let last = b - 1;
    ["threaten", "threatens", "threatened", "threatening"].iter().any(|w| d.is(site.i, w))
        && d.is(fwd.0, "to")
        && b > a
        && (d.w.is_name_word(last)
            || d.w.t(last).has(Class::ROLE | Class::ORG)
            || ["he", "she", "they"].iter().any(|w| d.is(last, w)))
}

/// What follows the verb, when it is what was said: weak verbs
/// ("agreed", "believes") report only with `that`, a colon or a
/// quotation after them; and after a quotation opening the sentence
/// ("“Q,” Lubinets told reporters at a hospital where ...") the quotation
/// is what was said, unless `that` or a colon introduces something else.
pub(super) fn content_after(site: &Site, v: &VerbSite, subject: &Mention) -> Option<Range> {
    let d = site.d;
    let s = site.sentence();
    // "asked whether the Kremlin expected sanctions": a question put to
    // someone, not a report of what the subject holds
    let from = start_of(subject);
    if from > s.body && d.is(from - 1, "whether") {
        return None;
    }
    let fwd = d.forward(site.si, v.after, v.frame, site.i)?;
    // "who asked that her surname not be used", "who asked not to be
    // named": a request to stay unnamed is how the source spoke, not
    // what they said
    if ["asked", "asks", "ask", "requested"].iter().any(|w| d.is(site.i, w))
        && (fwd.0..fwd.1.min(fwd.0 + 6)).any(|k| {
            let be = if d.is(k + 1, "to") { k + 2 } else { k + 1 };
            d.is(k, "not")
                && d.is(be, "be")
                && ["named", "identified", "used", "published", "quoted", "disclosed", "given"]
                    .iter()
                    .any(|w| d.is(be + 1, w))
        })
    {
        return None;
    }
    let explicit = d.explicit_complement(v.after, fwd.0);
    // a quoted fragment inside attests speech even after a weak verb:
    // "believed the text “would not bring peace”"
    let quoted = (fwd.0..fwd.1).any(|k| d.w.t(k).quote != 0);
    if !v.strong
        && !explicit
        && !quoted
        && !blames_for_a_reason(site, v, fwd)
        && !belief_with_a_clause(site, v, fwd, subject)
        && !position_restated(d, fwd)
        && !threat_by_someone(site, fwd, subject)
    {
        return None;
    }
    // "stated this in an interview", "said so on Friday": a word that
    // only points back at what was said, then where or when it was said
    if !quoted
        && ["this", "that", "it", "so"].iter().any(|w| d.is(fwd.0, w))
        && (fwd.1 == fwd.0 + 1 || d.w.t(fwd.0 + 1).has(Class::PREP))
    {
        return None;
    }
    // "confirmed the exchange": a bare noun after a verb of saying
    let takes_object = en::SAY_WITH_OBJECT.iter().any(|w| d.is(site.i, w));
    // "denied the allegations": a denial whose object only points back
    // at what others said says nothing new (as "rejected the claims")
    if d.w.s(site.i).get(..4).is_some_and(|p| p.eq_ignore_ascii_case("deni") || p.eq_ignore_ascii_case("deny"))
        && !explicit
        && d.only_points_back(fwd.0, fwd.1)
    {
        return None;
    }
    if matches!(v.frame, Frame::Say | Frame::Belief) && !explicit && !takes_object && !d.reads_as_clause(fwd.0, fwd.1) {
        return None;
    }
    // "repeated that view on Friday": `that` straight before a noun, with
    // no verb after, points back at something said before; it opens no
    // clause ("insisted that the envoy go" does: an article follows). The
    // noun may have a verb's form ("repeated that warning on Monday")
    if fwd.0 > v.after && d.is(fwd.0 - 1, "that") && !quoted && {
        let n = d.w.t(fwd.0);
        n.is_word() && !n.cap && !n.has(Class::DET | Class::PRONOUN) && !d.reads_as_clause(fwd.0 + 1, fwd.1)
    } {
        return None;
    }
    if quote_opens_before(d, s, start_of(subject)) && !introduced_at_verb(site, v, fwd.0) {
        return None;
    }
    Some(fwd)
}

/// "repeated his call for a ceasefire", "renewed calls for talks",
/// "restated Kyiv's opposition to the plan": after a weak verb of
/// saying, an object that names a position ([`en::RESTATED_POSITIONS`]),
/// after at most a possessive, with what the position is about after it.
fn position_restated(d: &Doc, (a, e): Range) -> bool {
    let mut k = a;
    // "his", "its", "Kyiv's", "the government's"
    if let Some(p) = (a..e.min(a + 4)).find(|&k| d.w.t(k).quote == 0 && d.w.is_possessive(k)) {
        k = p + 1;
    } else if k < e && ["his", "her", "its", "their", "our", "my"].iter().any(|w| d.is(k, w)) {
        k += 1;
    }
    k + 2 < e
        && en::RESTATED_POSITIONS.iter().any(|w| d.is(k, w))
        && (d.w.t(k + 1).has(Class::PREP) || d.is(k + 1, "that"))
}

/// A weak verb of blame or thanks with its reason after `for` ("attacked
/// the senator for her vote", "thanked the crews for working through the
/// night"): the reason is what the speaker holds against or for someone,
/// which a bare object ("attacked the port") never says.
fn blames_for_a_reason(site: &Site, v: &VerbSite, fwd: Range) -> bool {
    let d = site.d;
    if v.frame != Frame::Accuse {
        return false;
    }
    let thanks = d.w.s(site.i).get(..5).is_some_and(|p| p.eq_ignore_ascii_case("thank"));
    (fwd.0 + 1..fwd.1.saturating_sub(1)).any(|k| {
        let n = d.w.t(k + 1);
        d.is(k, "for")
            && d.w.t(k).quote == 0
            && (n.verb.is_some_and(|vb| vb.form == Form::Gerund)
                || ["his", "her", "their", "its", "our", "my", "your"].iter().any(|w| d.is(k + 1, w))
                // thanks for a thing given ("for the new aid package"),
                // where an attack "for the second time" gives no reason
                || thanks && ["the", "a", "an", "this", "these"].iter().any(|w| d.is(k + 1, w))
                || n.is_word() && !n.cap && d.w.s(k + 1).ends_with("ing"))
    })
}

/// Belief with a bare clause: "the mayor believes the bridge will open
/// in May", "officials fear the river could rise". Why: newsrooms drop
/// `that` after verbs of belief as often as after "said", and a clause
/// with its own subject and finite verb is what the speaker holds; "believe
/// in the plan", "hoped to win" and findings ("showed", "found") are not.
fn belief_with_a_clause(site: &Site, v: &VerbSite, fwd: Range, subject: &Mention) -> bool {
    let d = site.d;
    if v.frame != Frame::Belief || en::FINDINGS.iter().any(|w| d.is(site.i, w)) || d.is(site.i, "expect") {
        return false;
    }
    // "when it believes", "if you think": a condition, not a report
    let start = start_of(subject);
    if start > 0 && ["when", "if", "unless", "whenever", "once"].iter().any(|w| d.is(start - 1, w)) {
        return false;
    }
    let (a, e) = fwd;
    let first = d.w.t(a);
    let opens_subject = first.is_word()
        && first.quote == 0
        && !first.has(
            Class::PREP
                | Class::SUBORD
                | Class::CONJ
                | Class::ADVERB
                | Class::AUX
                | Class::FINITE
                | Class::WH
                | Class::NEGATION,
        )
        && first.verb.is_none();
    if !opens_subject {
        return false;
    }
    // a finite verb after a short subject, before any break
    for k in a + 1..e.min(a + 9) {
        let t = d.w.t(k);
        if !t.is_wordlike() || t.quote != 0 || d.is(k, "to") {
            return false;
        }
        if t.has(Class::FINITE | Class::AUX) {
            return true;
        }
    }
    false
}

/// Whether the sentence opens with a quotation that closes right before
/// the speaker at `start`: “Q,” S said ...
pub(super) fn quote_opens_before(d: &Doc, s: Sentence, start: usize) -> bool {
    start > s.body && {
        let b = d.w.t(start - 1);
        b.is_quote() && d.quote_closes_at(start - 1) && d.quotes[b.quote as usize - 1].open == s.body
    }
}

/// After a quotation that opens the sentence, the quotation is what was
/// said; another content takes over only when a quotation follows, or
/// `that` or a colon right after the verb or its hearer. A `that` further
/// on belongs to an adjunct: “Q,” she said at a rally marking the day
/// that ..., “Q,” he told reporters after the talks that ran late.
fn introduced_at_verb(site: &Site, v: &VerbSite, start: usize) -> bool {
    let d = site.d;
    let t = d.w.t(start);
    if t.is_quote() && t.quote != 0 {
        return true;
    }
    if !d.explicit_complement(v.after, start) {
        return false;
    }
    let intro = start - 1;
    intro == v.after || v.frame == Frame::Tell && d.object_end(v.after, site.sentence().end) == Some(intro)
}

pub struct InvertedOpening;

impl Rule for InvertedOpening {
    fn name(&self) -> &'static str {
        "inverted opening"
    }

    fn why(&self) -> &'static str {
        "a sentence may open with the verb: “Said the minister: …”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| v.opens && v.stop.is_some())?;
        let d = site.d;
        let s = site.sentence();
        let np = d.w.right_np(v.after, s.end)?;
        if !(np.1 < s.end && d.w.t(np.1).is_any_punct(&[':', ','])) {
            return None;
        }
        let start = np.1 + 1;
        let (a, e) = d.trim(start, d.clause_end(start, s.end));
        (a < e).then(|| Candidate {
            content: vec![(a, e)],
            source: Source::Mention(Mention { head: np, desc: None }),
            cue: Some(v.cue),
            sentence: site.si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::Kind;
    use super::super::testing::{one, run};

    #[test]
    fn one_more_of_a_group_after_while_reports_on_its_own() {
        let found = run(concat!(
            "Harbour pilots were split. ",
            "One said the channel was “too shallow for tankers,” while another described it as “safe enough.”"
        ));
        let said: Vec<&str> = found.iter().map(|f| f.content.as_str()).collect();
        assert_eq!(said, ["the channel was “too shallow for tankers,”", "it as “safe enough.”"], "{found:?}");
        let found = run("Ana Lind said the channel was too shallow, while another pilot said it was safe.");
        let said: Vec<&str> = found.iter().map(|f| f.content.as_str()).collect();
        assert_eq!(said, ["the channel was too shallow", "it was safe"], "{found:?}");
    }

    #[test]
    fn a_word_pointing_back_then_where_it_was_said_is_no_content() {
        for text in [
            "The mayor stated this in an interview with a local paper.",
            "The mayor said so on Friday.",
            "The mayor said it at a briefing.",
        ] {
            assert!(run(text).is_empty(), "{text}");
        }
        // a clause after the same words is content
        for (text, content) in [
            ("The mayor said it would rain.", "it would rain"),
            ("The mayor said this month that the quay would open.", "the quay would open"),
            // "may" in small letters is no month
            ("The mayor said this may take weeks.", "this may take weeks"),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
    }

    #[test]
    fn what_is_urged_may_be_a_thing() {
        for (text, content) in [
            ("The mayor urged restraint on both sides of the strike.", "restraint on both sides of the strike"),
            ("The mayor urged more air defence for the port.", "more air defence for the port"),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
        // whom it is urged on, with nothing urged, is no statement
        assert!(run("The mayor urged allies at the summit.").is_empty());
        assert_eq!(one("The mayor urged residents to save water.").content, "residents to save water");
    }

    #[test]
    fn the_name_set_off_after_a_post_at_a_body_is_the_speaker() {
        // "to the United Nations" is where the envoy serves, past its
        // article as without it ("to Chile")
        for text in [
            "Norway's envoy to the United Nations, Ola Berg, told the council that the ferries must sail.",
            "Norway's envoy to Chile, Ola Berg, told the council that the ferries must sail.",
        ] {
            let f = one(text);
            assert_eq!(f.speaker.as_deref(), Some("Ola Berg"), "{text}");
            assert_eq!(f.content, "the ferries must sail");
        }
    }

    #[test]
    fn a_date_after_the_verb_is_passed_over() {
        // newsroom dates: an abbreviated month's full stop is no sentence's
        // end, and the day is no subject
        for date in ["on Dec. 1", "on Sept. 12", "Jan. 5", "January 5", "Dec. 5, 2025,", "on Monday"] {
            let f = one(&format!("The harbour master said {date} that the north quay would close."));
            assert_eq!(f.content, "the north quay would close", "{date}");
            assert_eq!(f.speaker.as_deref(), Some("harbour master"), "{date}");
        }
        // a number after a time word that is no month is the subject
        assert_eq!(one("The harbour master said today 40 crates were lost.").content, "40 crates were lost");
    }

    #[test]
    fn what_someone_failed_to_agree_on_is_no_report_with_a_time_between() {
        // "failed on Thursday to agree": the time between does not make
        // the infinitive a report; the participle after is its own
        let found = run(
            "Port news\n\nThe council failed on Thursday to agree on a budget for the port backed by Nordic banks, \
                         with the mayor vowing to block any deal that \"hurts the port.\"\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("mayor"));
        assert_eq!(found[0].content, "to block any deal that \"hurts the port.\"");
        assert!(run("Port news\n\nThe council refused once again to say that the port would close.\n").is_empty());
    }

    #[test]
    fn the_duma_named_alone_is_russia_s_parliament() {
        // newsrooms drop "State" as they drop "Verkhovna" before "Rada"
        let f = one("Duma deputy Ivan Marov said the ferry deal was dead.");
        assert_eq!(f.speaker.as_deref(), Some("Ivan Marov"));
        assert_eq!(f.actor.as_deref(), Some("russia"));
        assert_eq!(one("The Duma said the ferry deal was dead.").actor.as_deref(), Some("russia"));
    }

    #[test]
    fn a_rough_number_opens_what_was_said() {
        // "at least", "about", "nearly", "up to", "over" before a number
        // are the clause's, not a phrase of the verb
        for content in [
            "at least six trucks were turned back",
            "about 40 families had left",
            "about ten families had left",
            "about forty families had left",
            "nearly thousands of crates were lost",
            "nearly 300 homes had no heating",
            "up to 12 ferries would sail",
            "over 200 crates were lost",
        ] {
            let f = one(&format!("The harbour master said {content}."));
            assert_eq!(f.content, content);
            assert_eq!(f.speaker.as_deref(), Some("harbour master"));
        }
        // a time after the verb stays out
        assert_eq!(one("The harbour master said at 10 am that the quay was shut.").content, "the quay was shut");
        assert_eq!(one("The harbour master said around 5 pm that the quay was shut.").content, "the quay was shut");
    }

    #[test]
    fn a_request_to_stay_unnamed_is_no_statement() {
        for ask in [
            "asked that her surname not be used",
            "asked that his name not be published",
            "requested that she not be identified",
        ] {
            let found =
                run(&format!("Port news\n\n“The night shifts are too long,” said Olena, a crane driver who {ask}.\n"));
            assert_eq!(found.len(), 1, "{ask}: {found:?}");
            assert_eq!(found[0].content, "The night shifts are too long", "{ask}");
        }
    }

    #[test]
    fn the_question_put_to_the_speaker_is_no_part_of_the_answer() {
        for tail in ["when asked about it", "when pressed on the cost", ", when questioned by reporters"] {
            let found = run(&format!(
                "Port news\n\nThe mayor called the fees “a tax on sailors”{}{tail}.",
                if tail.starts_with(',') { "" } else { " " }
            ));
            assert_eq!(found.len(), 1, "{tail}: {found:?}");
            assert_eq!(found[0].content, "the fees “a tax on sailors”", "{tail}");
        }
        // asked to do something: part of what is reported
        let found = run("The mayor said the crews left the depot when asked to by the police.");
        assert_eq!(found[0].content, "the crews left the depot when asked to by the police");
    }

    #[test]
    fn a_position_named_again_after_a_weak_verb() {
        for (text, content) in [
            (
                "The mayor repeated his call for a new bridge over the river.",
                "his call for a new bridge over the river",
            ),
            ("The union renewed calls for an inquiry into the port fire.", "calls for an inquiry into the port fire"),
            (
                "Tallinn restated Estonia's opposition to any toll on the ferry.",
                "Estonia's opposition to any toll on the ferry",
            ),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
        // an object that is no position, or a position about nothing
        for text in [
            "The city renewed the licence of the ferry company for a year.",
            "The mayor repeated the exercise on Friday.",
            "The union renewed its demands.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_think_tank_is_no_verb_of_thinking() {
        let f = one("Analysts at a Warsaw think tank said the new levy would raise little money.");
        assert_eq!(f.source.as_deref(), Some("Analysts at a Warsaw think tank"));
        assert_eq!(f.content, "the new levy would raise little money");
        let f = one("A Tallinn think tank, the Baltic Policy Circle, said the drills had been planned for a year.");
        assert_eq!(f.content, "the drills had been planned for a year");
    }

    #[test]
    fn a_parent_of_three_may_speak() {
        // "three said" is a verb after a number, not "the said" of deeds
        for text in
            ["The mother of three said, “The fees are too high.”", "A father of two said that the fees were too high."]
        {
            let found = run(&format!("Port news\n\n{text}"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(
                found[0].speaker.as_deref().is_some_and(|s| s.ends_with(" of three") || s.ends_with(" of two")),
                "{text}: {found:?}"
            );
        }
        // "three reported cases" is no report
        assert!(run("Port news\n\nThe clinic saw three reported cases.").is_empty());
    }

    #[test]
    fn that_before_a_verb_is_what_was_said_about() {
        for (text, content) in [
            ("The mayor said that was too late for the ferry.", "that was too late for the ferry"),
            ("The mayor said that would cost the port dearly.", "that would cost the port dearly"),
            ("The mayor warned that would be a mistake.", "that would be a mistake"),
            ("The mayor denied that was the plan.", "that was the plan"),
            // the word that opens a clause is still dropped
            ("The mayor said that the ferry was late.", "the ferry was late"),
            ("The mayor said that it was late.", "it was late"),
        ] {
            let found = run(&format!("Port news\n\n{text}\n"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].content, content, "{text}");
        }
    }

    #[test]
    fn the_reporter_weighing_a_claim_is_not_part_of_it() {
        for aside in [
            "a claim that could not be independently verified",
            "a claim the Harbour Gazette could not verify",
            "an allegation the port board disputes",
            "which the port board denied",
            "which reporters were unable to confirm",
        ] {
            let found = run(&format!("Port news\n\nThe mayor said the dredger had sunk two barges, {aside}.\n"));
            assert_eq!(found.len(), 1, "{aside}: {found:?}");
            assert_eq!(found[0].content, "the dredger had sunk two barges", "{aside}");
        }
        // after a hyphen set apart as a dash, as some outlets write it
        let found = run("Port news\n\nThe mayor said the dredger had sunk two barges - a claim the board disputes.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the dredger had sunk two barges");
        // a "which" clause of the speaker's own, or one that goes on, stays
        for (text, content) in [
            (
                "The mayor said the port had a new dredger, which would start work in May.",
                "the port had a new dredger, which would start work in May",
            ),
            (
                "The mayor said the barges, which the board denied owning, were a hazard.",
                "the barges, which the board denied owning, were a hazard",
            ),
        ] {
            let found = run(&format!("Port news\n\n{text}\n"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].content, content, "{text}");
        }
    }

    #[test]
    fn even_as_sets_the_scene_after_what_was_said() {
        let found = run("Port news\n\nThe mayor said the port would reopen soon, even as the storm closed the road.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the port would reopen soon");
    }

    #[test]
    fn a_threat_by_someone_is_what_was_said_and_a_threat_by_a_thing_is_not() {
        for text in [
            "The mayor threatened to close the port to cruise ships.",
            "Harbour board threatens to close the port to cruise ships",
        ] {
            let found = run(&format!("{text}\n\nThe board met on Friday.\n"));
            assert!(found.iter().any(|f| f.content == "to close the port to cruise ships"), "{text}: {found:?}");
        }
        assert!(run("Port news\n\nThe floods threatened to close the port road.\n").is_empty());
        // a threat in a relative clause ends where the sentence's own verb,
        // of the past and after an adverb, takes over
        let found = run("Port news\n\nThe mayor, who had threatened to close the port, finally relented on Friday.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "to close the port", "{found:?}");
        // and between dashes
        let found =
            run("Port news\n\nThe mayor — who has long railed against the tolls — said the port would stay open.\n");
        assert!(found.iter().any(|f| f.content == "the port would stay open"), "{found:?}");
        assert!(found.iter().any(|f| f.content == "the tolls"), "{found:?}");
    }

    #[test]
    fn how_long_after_something_the_words_came_is_the_reporter_s() {
        for tail in [
            "days after the storm closed the road",
            "a day before the ferry strike",
            "just hours after the cranes failed",
            "less than a week after the vote",
            "two weeks ahead of the regatta",
            "3 days after the flood",
        ] {
            let text = format!("Port news\n\nThe mayor said on Monday the port would reopen soon, {tail}.\n");
            let found = run(&text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].content, "the port would reopen soon", "{text}");
        }
        // a span of time that is what was said stays
        let found = run("Port news\n\nThe mayor said the port would reopen soon, within days.\n");
        assert_eq!(found[0].content, "the port would reopen soon, within days", "{found:?}");
    }

    #[test]
    fn as_with_a_scene_ends_what_was_said_and_as_with_a_reason_does_not() {
        for (text, content) in [
            (
                "The mayor said the port would reopen soon, as he toured the docks with engineers.",
                "the port would reopen soon",
            ),
            (
                "The mayor said the port would reopen soon, as the harbour master prepares to retire.",
                "the port would reopen soon",
            ),
            (
                "The mayor said the port would reopen soon, as Tromso lifted its ban on ferries.",
                "the port would reopen soon",
            ),
            (
                "The mayor said the port would stay shut, as a reopening would put the crews at risk.",
                "the port would stay shut, as a reopening would put the crews at risk",
            ),
            (
                "The mayor said the port would stay shut, as the cranes were broken.",
                "the port would stay shut, as the cranes were broken",
            ),
        ] {
            let found = run(&format!("Port news\n\n{text}\n"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].content, content, "{text}");
        }
        // a headline's "as" and a name with a verb that is also a role's
        // plural
        let found = run("Mayor says port will reopen as Lindqvist heads to the docks\n\nThe mayor spoke on Friday.\n");
        assert_eq!(found[0].content, "port will reopen", "{found:?}");
    }

    #[test]
    fn an_outlet_relaying_the_report_is_not_what_was_said() {
        for relay in ["the Nordvik news agency reported", "state news agency Nordpress reported", "Nordpress reported"]
        {
            let found = run(&format!("Port news\n\nMayor Ana Lind said the port would reopen on Monday, {relay}.\n"));
            assert_eq!(found.len(), 1, "{relay}: {found:?}");
            assert_eq!(found[0].content, "the port would reopen on Monday", "{relay}");
        }
        // a clause that only mentions people saying something stays
        let found =
            run("Port news\n\nMayor Ana Lind said the port had lost trade, the first time officials said so.\n");
        assert_eq!(found[0].content, "the port had lost trade, the first time officials said so");
    }

    #[test]
    fn verbs_that_report_only_what_is_introduced_as_said() {
        for (text, content) in [
            ("Leavitt clarified that the visit would go ahead in May.", "the visit would go ahead in May"),
            ("Rutte underscored that no member would be left alone.", "no member would be left alone"),
            ("Sybiha underlined that the grain would keep moving.", "the grain would keep moving"),
            ("The envoy reassured the farmers that the border would reopen.", "the border would reopen"),
            ("Some diplomats speculated that the vote would slip.", "the vote would slip"),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
        // an object is no report
        assert!(run("The ministry clarified the rules for drivers.").is_empty());
        assert!(run("Rutte underscored the risk of a long delay.").is_empty());
    }

    #[test]
    fn said_that_and_said_without_that() {
        let f = one("Zakharova said that the embassy had received no note.");
        assert_eq!(f.content, "the embassy had received no note");
        assert_eq!(f.kind, Kind::Indirect);
        assert_eq!(f.speaker.as_deref(), Some("Maria Zakharova"));
        assert_eq!(f.actor.as_deref(), Some("russian-mfa"));
        let f = one("Zakharova said on Thursday the embassy had received no note.");
        assert_eq!(f.content, "the embassy had received no note");
    }

    #[test]
    fn what_someone_denied_is_what_the_denial_is_about() {
        // a denial of an act or a part in something is a position taken,
        // as a denial of a clause is
        let f = one("The port authority has denied dumping fuel in the bay.");
        assert_eq!(f.content, "dumping fuel in the bay");
        assert_eq!(f.cue.as_deref(), Some("denied"));
        let f = one("The shipyard denied any part in the collapse of the crane.");
        assert_eq!(f.content, "any part in the collapse of the crane");
        let f = one("The shipyard denied that the crane had been overloaded.");
        assert_eq!(f.content, "the crane had been overloaded");
        // a denial of what others said, named only, says nothing new
        for text in
            ["The shipyard denied the allegations.", "The shipyard has denied these claims.", "The shipyard denies it."]
        {
            assert!(run(text).is_empty(), "{text}");
        }
        let f = one("The shipyard denied the allegations of forced overtime in its docks.");
        assert_eq!(f.content, "the allegations of forced overtime in its docks");
        assert_eq!(one("The shipyard denied it cut corners.").content, "it cut corners");
    }

    #[test]
    fn a_clause_without_that_in_an_irregular_past() {
        // no -ed, no auxiliary: the past tense itself makes it a clause
        for (text, content) in [
            ("The mayor said the bridge fell into the river at dawn.", "the bridge fell into the river at dawn"),
            ("The envoy said the truce held through the night.", "the truce held through the night"),
            ("Petrov said the convoy came under fire twice.", "the convoy came under fire twice"),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
        // a bare object is still no statement
        assert!(run("The minister said a prayer for the crew.").is_empty());
    }

    #[test]
    fn a_past_tense_that_may_be_a_noun_between_subject_and_object() {
        for (text, content) in [
            ("The envoy said the council saw no reason to wait.", "the council saw no reason to wait"),
            ("Petrov said the ministry set a date for the vote.", "the ministry set a date for the vote"),
            ("The mayor said the storm cut 40 lines overnight.", "the storm cut 40 lines overnight"),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
        // as a noun it makes no clause: after an article, or with no
        // object after it
        assert!(run("The guide said the saw a bargain.").is_empty());
        assert!(run("The guide said a budget cut.").is_empty());
    }

    #[test]
    fn that_before_a_noun_points_back_and_opens_no_clause() {
        assert!(run("The rally was loud. The governor repeated that figure at it on Sunday.").is_empty());
        // a clause after `that` is still what was said, a bare verb too
        assert_eq!(one("The governor repeated that bridges were closed.").content, "bridges were closed");
        assert_eq!(one("The governor insisted that the convoy wait.").content, "the convoy wait");
        // a noun with a verb's form ("warning") points back too, unless a
        // verb follows it
        assert!(run("The governor repeated that warning on Sunday.").is_empty());
        assert_eq!(one("The governor said that warning sirens were broken.").content, "warning sirens were broken");
    }

    #[test]
    fn made_clear_reports_what_follows() {
        for (text, content) in [
            ("The council has made clear it will not sell the quay.", "it will not sell the quay"),
            ("The council made it clear that the quay was not for sale.", "the quay was not for sale"),
        ] {
            let f = one(text);
            assert_eq!(f.content, content, "{text}");
            assert_eq!(f.source.as_deref(), Some("The council"), "{text}");
        }
    }

    #[test]
    fn how_long_someone_argued_is_not_what_they_argued_for() {
        let f = one("The governor has argued for months that only a new bridge can save the port.");
        assert_eq!(f.content, "only a new bridge can save the port");
        assert_eq!(one("The governor argued for a new bridge.").content, "a new bridge");
    }

    #[test]
    fn what_the_speaker_held_back_is_no_part_of_what_was_said() {
        for text in [
            "The envoy said the ferry would sail but declined to say when.",
            "The envoy said the ferry would sail and did not elaborate.",
            "The envoy said the ferry would sail but gave no date.",
            // the speaker named again
            "The envoy said the ferry would sail, but she declined to give a date.",
            "The envoy said the ferry would sail, but he would not say when.",
        ] {
            assert_eq!(one(text).content, "the ferry would sail", "{text}");
        }
        // nor how the speaker said it, nor what saying it did
        assert_eq!(one("The envoy said the ferry would sail, without giving a date.").content, "the ferry would sail");
        assert_eq!(
            one("The envoy said the ferry would not sail, deepening a row with the harbour board.").content,
            "the ferry would not sail"
        );
        // what someone in the clause refused is still part of it
        assert_eq!(one("The envoy said the captain refused to turn back.").content, "the captain refused to turn back");
        assert_eq!(
            one("The envoy said the crew was tired and refused to sail.").content,
            "the crew was tired and refused to sail"
        );
        assert_eq!(
            one("The envoy said the crew was tired but refused to give up.").content,
            "the crew was tired but refused to give up"
        );
        assert_eq!(
            one("The envoy said the crew was cornered but they would not say where.").content,
            "the crew was cornered but they would not say where"
        );
    }

    #[test]
    fn a_report_in_a_relative_clause_ends_where_the_sentence_goes_on() {
        let found =
            run("Mayor Ilse Brandt, who has long argued that the bridge was unsafe, said the council would close it.");
        let contents: Vec<&str> = found.iter().map(|f| f.content.as_str()).collect();
        assert_eq!(contents, ["the bridge was unsafe", "the council would close it"], "{found:?}");
        assert!(found.iter().all(|f| f.speaker.as_deref() == Some("Ilse Brandt")), "{found:?}");
        let found =
            run("Ilse Brandt, who called for a ban on lorries last year, said the council would close the bridge.");
        let contents: Vec<&str> = found.iter().map(|f| f.content.as_str()).collect();
        assert_eq!(contents, ["a ban on lorries last year", "the council would close the bridge"], "{found:?}");
        // "said to" is no verb of the sentence
        let f = one("Brandt said the bridge, said to be the oldest in town, would close.");
        assert_eq!(f.content, "the bridge, said to be the oldest in town, would close");
    }

    #[test]
    fn told_a_hearer() {
        let f = one("Ushakov told journalists in the Kremlin that a date was still being discussed.");
        assert_eq!(f.content, "a date was still being discussed");
        assert_eq!(f.actor.as_deref(), Some("kremlin"));
        let f = one("Ushakov told journalists a date was still being discussed.");
        assert_eq!(f.content, "a date was still being discussed");
    }

    #[test]
    fn the_hearer_of_a_warning_or_promise_is_no_part_of_it() {
        let f = one("The coach warned the players that the season could still be lost.");
        assert_eq!(f.content, "the season could still be lost");
        let f = one("The mayor promised residents that the water would be back by noon.");
        assert_eq!(f.content, "the water would be back by noon");
        // with no hearer the clause starts at once
        let f = one("The coach warned the season could still be lost.");
        assert_eq!(f.content, "the season could still be lost");
    }

    #[test]
    fn a_question_put_to_the_speaker_is_no_report_of_its_subject() {
        let found = run("Okafor, asked whether the council expected more cuts, said: “We will know in spring.”");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Okafor"));
        assert!(found[0].content.starts_with("We will know in spring"), "{}", found[0].content);
    }

    #[test]
    fn a_to_inside_the_told_clause_leaves_the_hearer_out() {
        // the infinitive belongs to the reported clause, not to a request
        // made of the hearer
        let f = one("The harbour master told the crews that the port saw no need to close before Friday.");
        assert_eq!(f.content, "the port saw no need to close before Friday");
        let f = one("The coach told his players on Sunday that the club wanted them to rest.");
        assert_eq!(f.content, "the club wanted them to rest");
        // a request still keeps its hearer
        let f = one("The coach told the fans at the ground to stay home on Saturday.");
        assert!(f.content.starts_with("the fans"), "{}", f.content);
    }

    #[test]
    fn a_programme_named_as_the_hearer_is_not_quoted_content() {
        let f = one("The senator told NBC's “Evening Hour” that the bill would pass by June.");
        assert_eq!(f.content, "the bill would pass by June");
        assert_eq!(f.kind, Kind::Indirect);
    }

    #[test]
    fn said_colon_quote() {
        let f = one("Sybiha wrote on X: “Every drone we stop is a life kept.”");
        assert_eq!(f.content, "Every drone we stop is a life kept.");
        assert_eq!(f.kind, Kind::Direct);
        assert_eq!(f.actor.as_deref(), Some("ukrainian-mfa"));
    }

    #[test]
    fn wrote_on_a_channel_that() {
        let f = one("Medvedev wrote on Telegram that the new sanctions were a sign of weakness.");
        assert_eq!(f.content, "the new sanctions were a sign of weakness");
        assert_eq!(f.cue.as_deref(), Some("wrote"));
        assert_eq!(f.actor.as_deref(), Some("russia"));
    }

    #[test]
    fn a_mixed_quote() {
        let f = one("Kallas said the offer was “not serious” and changed nothing.");
        assert_eq!(f.kind, Kind::Mixed);
        assert_eq!(f.content, "the offer was “not serious” and changed nothing");
    }

    #[test]
    fn weak_verbs_need_that() {
        assert!(run("The two sides agreed the schedule.").is_empty());
        let f = one("The two sides agreed that the schedule would stand.");
        assert_eq!(f.content, "the schedule would stand");
    }

    #[test]
    fn a_quote_over_several_paragraphs() {
        let text = "Rutte said: “We built this alliance slowly. Every member had to argue its way in.\n\n“Nobody should think the door slams shut now.”\n\nThe session closed early.\n";
        let f = one(text);
        assert!(f.content.starts_with("We built this alliance"), "{}", f.content);
        assert!(f.content.ends_with("the door slams shut now."), "{}", f.content);
        assert_eq!(f.speaker.as_deref(), Some("Mark Rutte"));
    }

    #[test]
    fn after_an_opening_quote_a_later_that_is_no_content() {
        let f = one("“We need more buses,” Mayor Ruth Okafor said at an event announcing that two routes would close.");
        assert_eq!(f.content, "We need more buses");
        assert_eq!(f.kind, Kind::Direct);
        let found = run("“The plan is sound,” the minister told reporters after a meeting that ran past midnight.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].content, "The plan is sound");
        // right after the verb or its hearer, `that` still brings the content
        let found = run("“Look again,” Okafor told the council that the budget had a hole in it.");
        assert!(found.iter().any(|f| f.content == "the budget had a hole in it"), "{found:?}");
    }

    #[test]
    fn a_quotation_interrupted_by_its_attribution_keeps_both_pieces() {
        let f = one("“If the river rises again,” the engineer said, “the lower road goes first.”");
        assert_eq!(f.content, "If the river rises again … the lower road goes first.");
        assert_eq!(f.kind, Kind::Direct);
        assert_eq!(f.source.as_deref(), Some("the engineer"));
    }

    #[test]
    fn blame_with_its_reason() {
        let f = one("In a speech on Tuesday the mayor attacked the governor for his handling of the floods.");
        assert_eq!(f.content, "the governor for his handling of the floods");
        assert_eq!(f.source.as_deref(), Some("the mayor"));
        let f = one("The senator attacked her rivals for taking money from the banks.");
        assert_eq!(f.content, "her rivals for taking money from the banks");
        // a bare object, or a stretch of time, is no reason
        assert!(run("The rebels attacked the depot for three hours.").is_empty());
        assert!(run("The senator attacked her rivals.").is_empty());
        // thanks for a thing given; an attack a second time gives no reason
        let f = one("The mayor thanked Norway for the new ferry.");
        assert_eq!(f.content, "Norway for the new ferry");
        assert!(run("The rebels attacked the depot for the second time.").is_empty());
        assert!(run("The mayor thanked Norway.").is_empty());
    }

    #[test]
    fn belief_with_a_bare_clause() {
        let f = one("The mayor believes the new bridge will be her best legacy.");
        assert_eq!(f.content, "the new bridge will be her best legacy");
        assert_eq!(f.source.as_deref(), Some("The mayor"));
        let f = one("But conservationists worry the dam could flood the valley.");
        assert_eq!(f.content, "the dam could flood the valley");
        assert_eq!(f.source.as_deref(), Some("conservationists"));
        // no clause of its own: a creed, an aim
        assert!(run("The mayor believes in the new bridge.").is_empty());
        assert!(run("The mayor hoped to open the bridge in May.").is_empty());
        assert!(run("A town may ask for help when it believes its water is unsafe.").is_empty());
    }

    #[test]
    fn an_interview_named_before_the_speaker_is_no_part_of_the_speaker() {
        let f = one("In a radio interview Okafor declared “We have the votes for the new bridge.”");
        assert_eq!(f.source.as_deref(), Some("Okafor"));
        assert_eq!(f.content, "We have the votes for the new bridge.");
        let f = one("In an interview with a local paper, the mayor said the bridge would open in May.");
        assert_eq!(f.source.as_deref(), Some("the mayor"));
    }

    #[test]
    fn a_group_known_by_its_modifier_speaks() {
        let f = one("People close to the mayor say the bus budget will be cut.");
        assert_eq!(f.source.as_deref(), Some("People close to the mayor"));
        assert_eq!(f.content, "the bus budget will be cut");
        let f = one("Researchers on the bridge project said the cables had worn faster than planned.");
        assert_eq!(f.source.as_deref(), Some("Researchers on the bridge project"));
    }

    #[test]
    fn an_inverted_opening() {
        let f = one("Said Klitschko: the cranes will be back by June.");
        assert_eq!(f.content, "the cranes will be back by June");
        assert_eq!(f.source.as_deref(), Some("Klitschko"));
    }
}
