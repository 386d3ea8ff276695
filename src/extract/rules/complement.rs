//! Verbs whose object is what was said, or leads to it: `S accused X of
//! C`, `S rejected C`, `S called for C`, `S called X “Q”`, `S described X
//! as Y`.

use super::super::lexicon::{Class, Form, Frame, en};
use super::super::mentions::Mention;
use super::reported::content_after;
use super::{Candidate, Rule, Site, Source};

pub struct ComplementReport;

impl Rule for ComplementReport {
    fn name(&self) -> &'static str {
        "complement report"
    }

    fn why(&self) -> &'static str {
        "accusing, rejecting, calling for or describing reports a position through the verb's object"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| matches!(v.frame, Frame::Accuse | Frame::Object | Frame::Describe))?;
        let subject = v.subject?;
        let content = content_after(site, v, &subject)?;
        let content = free_relative_end(site, &subject, content);
        if removes_from_post(site, v.cue, content)
            || hosts_people(site, v.cue, content)
            || spoke_for_a_while(site, content)
        {
            return None;
        }
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

/// "What Kyiv calls a “tactical withdrawal” has lasted a week", "What
/// Moscow describes as …": after "what" opening the sentence, the
/// speaker's words are the subject of the sentence, and what they called
/// it ends before the sentence's own verb (an auxiliary or finite verb
/// outside quotation marks).
fn free_relative_end(site: &Site, subject: &Mention, (a, b): (usize, usize)) -> (usize, usize) {
    let w = &site.d.w;
    let first = subject.desc.map_or(subject.head.0, |d| d.0.min(subject.head.0));
    // (only opening the sentence: "pointing to what it called …" is an
    // object, and the sentence's verb came before)
    if first == 0 || first - 1 != site.d.sents[site.si].body || !w.is(first - 1, "what") {
        return (a, b);
    }
    // ("what Moscow describes as …": "what" is the thing described)
    let a = if w.is(a, "as") && a + 1 < b { a + 1 } else { a };
    let verb = (a + 1..b).find(|&k| {
        let t = w.t(k);
        t.quote == 0
            && t.is_word()
            && (t.has(Class::FINITE | Class::AUX) || t.verb.is_some_and(|v| v.form == Form::Finite))
    });
    match verb {
        Some(k) => (a, k),
        None => (a, b),
    }
}

/// "The mayor spoke about 20 minutes": "about" before a number of
/// minutes or hours is how long someone spoke, not what about ("spoke
/// about two hours of footage" is still a subject).
fn spoke_for_a_while(site: &Site, (a, b): (usize, usize)) -> bool {
    let w = &site.d.w;
    let number = |k: usize| {
        matches!(w.t(k).kind, crate::extract::tokens::Kind::Number)
            || ["a", "an", "half"].iter().chain(en::COUNT_WORDS).any(|n| w.is(k, n))
    };
    let unit = |k: usize| ["minute", "minutes", "hour", "hours", "seconds"].iter().any(|u| w.is(k, u));
    a > 0
        && w.is(a - 1, "about")
        && number(a)
        && (unit(a + 1) || w.is(a + 1, "an") && unit(a + 2))
        && !(a + 1..b).any(|k| w.is(k, "of"))
}

/// "The mayor welcomed the first refugees at the station": welcoming
/// people, with no "as" saying what of them, is receiving them, not a
/// position taken ("welcomed the decision" is one).
fn hosts_people(site: &Site, cue: (usize, usize), (a, b): (usize, usize)) -> bool {
    let w = &site.d.w;
    w.s(cue.0).get(..6).is_some_and(|v| v.eq_ignore_ascii_case("welcom"))
        && !(a..b).any(|k| w.is(k, "as") || w.t(k).quote != 0)
        && site.d.names_people(a, b)
}

/// "Zelensky dismissed the commander of the Joint Forces": dismissing a
/// person or an office holder, with no "as" saying what of, is removing
/// them from their post, not a position taken on something.
fn removes_from_post(site: &Site, cue: (usize, usize), (a, b): (usize, usize)) -> bool {
    let w = &site.d.w;
    if !w.s(cue.0).get(..7).is_some_and(|v| v.eq_ignore_ascii_case("dismiss")) || (a..b).any(|k| w.is(k, "as")) {
        return false;
    }
    // an office in the object's first few words ("the army's chief", "two
    // senior generals"), or a name first; not an office's possession
    // ("the minister's plan" is a thing dismissed)
    let possessive = |k: usize| {
        let s = |k: usize| if k < b { w.s(k) } else { "" };
        [s(k), s(k + 1)].iter().any(|t| t.ends_with("'s") || t.ends_with("’s") || *t == "'" || *t == "’")
    };
    let first = (a..b).find(|&k| !w.t(k).has(Class::DET));
    first.is_some_and(|k| w.is_name_word(k) && !possessive(k))
        || (a..b.min(a + 4)).any(|k| w.t(k).has(Class::ROLE | Class::TITLE | Class::GROUP) && !possessive(k))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, run};

    #[test]
    fn what_someone_calls_a_thing_is_only_the_name_they_give_it() {
        let f = one("What the mayor calls a “temporary closure” has now lasted a year.");
        assert_eq!(f.content, "a “temporary closure”");
        assert_eq!(f.speaker.as_deref(), Some("mayor"));
        let f = one("What the mayor describes as a “pause” is seen by traders as a ban.");
        assert_eq!(f.content, "a “pause”");
    }

    #[test]
    fn accused_x_of_c() {
        let f = one("Lubinets accused Moscow of moving children to camps in Crimea.");
        assert_eq!(f.content, "Moscow of moving children to camps in Crimea");
        assert_eq!(f.cue.as_deref(), Some("accused"));
        assert_eq!(f.actor.as_deref(), Some("ukrainian-leadership"));
    }

    #[test]
    fn a_second_verb_the_reporter_narrates_ends_the_object() {
        for (text, content) in [
            ("The port authority condemned the blockade but stopped short of naming the ships.", "the blockade"),
            (
                "The mayor praised the new ferry timetable and thanked the crews for their work.",
                "the new ferry timetable",
            ),
            ("The board described the audit as thorough, but ordered a second one.", "the audit as thorough"),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
        // a noun phrase after "and", or a verb of a clause inside the
        // object, is still the object
        let f = one("The mayor praised the ferry crews and renewed efforts to keep the port open.");
        assert_eq!(f.content, "the ferry crews and renewed efforts to keep the port open");
        let f = one("The mayor praised a contest in which bakers baked rye and competed for a prize.");
        assert_eq!(f.content, "a contest in which bakers baked rye and competed for a prize");
    }

    #[test]
    fn rejected_and_called_for() {
        let f = one("Lavrov rejected any role for foreign troops in the buffer zone.");
        assert_eq!(f.content, "any role for foreign troops in the buffer zone");
        let f = one("Kallas called for a full audit of the frozen funds.");
        assert_eq!(f.content, "a full audit of the frozen funds");
        assert_eq!(f.cue.as_deref(), Some("called for"));
    }

    #[test]
    fn verbs_of_a_stance_with_their_particle_report_what_follows() {
        for (text, content, cue) in [
            ("The mayor hinted at a fare rise next spring.", "a fare rise next spring", "hinted at"),
            ("The mayor played down fears of a port closure.", "fears of a port closure", "played down"),
            (
                "The mayor brushed off reports of a rift with the board.",
                "reports of a rift with the board",
                "brushed off",
            ),
            ("The mayor pleaded for calm on the quays.", "calm on the quays", "pleaded for"),
            ("The bishop appealed for a truce over the holidays.", "a truce over the holidays", "appealed for"),
            ("The mayor railed against the new ferry tolls.", "the new ferry tolls", "railed against"),
            // in a headline too
            ("Mayor hints at fare rise", "fare rise", "hints at"),
        ] {
            let found = run(&format!("{text}\n\nThe board met on Friday.\n"));
            let f = found.iter().find(|f| f.content == content).unwrap_or_else(|| panic!("{text}: {found:?}"));
            assert_eq!(f.cue.as_deref(), Some(cue), "{text}");
        }
    }

    #[test]
    fn an_aside_after_a_name_is_that_person_s_report() {
        // "after railing against" hangs on the name before it, not on the
        // subject of the sentence, and its comma closes what was said
        let found =
            run("Port fees\n\nTraders were surprised when Anna Lind, after railing against the port fees, cut them.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].speaker.as_deref(), found[0].content.as_str()), (Some("Anna Lind"), "the port fees"));
    }

    #[test]
    fn ruling_out_a_thing_reports_a_position() {
        // "ruled" alone is weak ("the court ruled"); with its particle it
        // reports like "rejected"
        for (text, content) in [
            ("The harbour board has ruled out a fare rise this year.", "a fare rise this year"),
            ("Harbour board rules out fare rise", "fare rise"),
        ] {
            let found = run(&format!("{text}\n\nThe board met on Friday.\n"));
            assert!(found.iter().any(|f| f.content == content), "{text}: {found:?}");
        }
    }

    #[test]
    fn not_ruling_a_thing_out_is_a_position_too() {
        // leaving a thing open is said, as ruling it out is; other
        // negated reports still report nothing
        for text in [
            "The harbour board did not rule out a fare rise this year.",
            "The harbour board has not ruled out a fare rise this year.",
            "The harbour board wouldn't rule out a fare rise this year.",
        ] {
            let f = one(text);
            assert_eq!(f.content, "a fare rise this year", "{text}");
            assert_eq!(f.speaker.as_deref(), Some("harbour board"), "{text}");
            assert!(f.cue.as_deref().is_some_and(|c| c.starts_with("not") || c.starts_with("wouldn't")), "{text}");
        }
        assert!(run("The harbour board did not say when fares would rise.").is_empty());
        assert!(run("The harbour board did not reject a fare rise.").is_empty());
    }

    #[test]
    fn refusing_to_rule_a_thing_out_is_leaving_it_open() {
        for (text, cue) in [
            ("The harbour board refused to rule out a fare rise this year.", "refused to rule out"),
            ("The harbour board has declined to rule out a fare rise this year.", "declined to rule out"),
        ] {
            let f = one(text);
            assert_eq!(f.content, "a fare rise this year", "{text}");
            assert_eq!(f.speaker.as_deref(), Some("harbour board"), "{text}");
            assert_eq!(f.cue.as_deref(), Some(cue), "{text}");
        }
        // other refusals still report nothing yet
        assert!(run("The harbour board refused to say when fares would rise.").is_empty());
    }

    #[test]
    fn a_day_between_the_verb_and_its_particle() {
        let f = one("Kallas called on Thursday for a full audit of the frozen funds.");
        assert_eq!(f.content, "a full audit of the frozen funds");
        assert_eq!(f.cue.as_deref(), Some("called on Thursday for"));
        for text in [
            "Kallas called Thursday for a full audit of the frozen funds.",
            "Kallas called late on Thursday for a full audit of the frozen funds.",
            "Kallas called yesterday for a full audit of the frozen funds.",
        ] {
            assert_eq!(one(text).content, "a full audit of the frozen funds", "{text}");
        }
        let f = one("The mayor called on Monday on residents to save water.");
        assert_eq!(f.content, "residents to save water");
        assert_eq!(f.speaker.as_deref(), Some("mayor"));
    }

    #[test]
    fn judging_a_thing_done_is_a_position_on_it() {
        // no "of" or "for" is needed when the object is a thing judged
        for (text, content) in [
            ("The bishop condemned the shelling of the ferry pier.", "the shelling of the ferry pier"),
            ("The council praised the new flood wall.", "the new flood wall"),
            ("The mayor slammed the closure.", "the closure"),
        ] {
            assert_eq!(one(text).content, content, "{text}");
        }
        // a thing done or planned, named again, is still what is judged
        assert_eq!(one("The harbour board welcomed the decision.").content, "the decision");
        assert_eq!(one("The harbour board rejected the proposal.").content, "the proposal");
        // judging a person with nothing said of them, or what others said
        // named again, reports nothing
        assert!(run("The bishop praised the mayor.").is_empty());
        assert!(run("The harbour board rejected the claims.").is_empty());
        assert!(run("The harbour board dismissed these reports.").is_empty());
    }

    #[test]
    fn a_judgement_and_a_clause_after_it_are_two_statements() {
        let found = run("The bishop condemned the night shelling and said the ferry would run again.");
        let contents: Vec<&str> = found.iter().map(|f| f.content.as_str()).collect();
        assert_eq!(contents, ["the night shelling", "the ferry would run again"]);
    }

    #[test]
    fn welcoming_people_is_receiving_them() {
        for text in [
            "The mayor welcomed the first refugees at the station.",
            "The governor welcomed the Danish delegation in Odesa.",
            "The governor welcomed Jonas Berg to the port on Friday.",
        ] {
            assert!(run(text).is_empty(), "{text}");
        }
        // what people did, or people welcomed as something, is a position
        assert_eq!(one("The mayor welcomed the refugees' return.").content, "the refugees' return");
        assert_eq!(
            one("The mayor welcomed the volunteers as “the best of the city”.").content,
            "the volunteers as “the best of the city”"
        );
    }

    #[test]
    fn dismissing_an_office_holder_is_no_report() {
        assert!(run("The mayor dismissed the head of the water board after the flood.").is_empty());
        assert!(run("The mayor dismissed two senior engineers on Friday.").is_empty());
        // dismissing a plan, or anyone as something, is a position taken
        assert_eq!(
            one("The mayor dismissed the engineer's plan for the harbour wall.").content,
            "the engineer's plan for the harbour wall"
        );
        assert_eq!(one("The mayor dismissed the report as fiction.").content, "the report as fiction");
        assert_eq!(one("The mayor dismissed the engineers as alarmists.").content, "the engineers as alarmists");
        // a pronoun with what it is dismissed as says something, "it" or "them"
        assert_eq!(one("The mayor dismissed them as alarmists.").content, "them as alarmists");
        assert_eq!(one("The mayor dismissed it as a stunt.").content, "it as a stunt");
    }

    #[test]
    fn called_x_quote_and_described_x_as_y() {
        let f = one("Zakharova called the new rules “legal banditry”.");
        assert_eq!(f.content, "the new rules “legal banditry”");
        let f = one("Merz described the truce offer as a stalling tactic.");
        assert_eq!(f.content, "the truce offer as a stalling tactic");
        // portraying and deriding are describing too
        let f = one("Senator Ray Holt portrayed the governor as a “reckless gambler” in the debate.");
        assert_eq!(f.content, "the governor as a “reckless gambler” in the debate");
        let f = one("The mayor derided the toll plan as “a tax on commuters.”");
        assert_eq!(f.cue.as_deref(), Some("derided"));
        // a work that portrays something, with no "as", reports nothing
        assert!(run("The film portrays a soldier returning home.").is_empty());
    }

    #[test]
    fn verbs_of_public_blame_and_praise_report_their_object() {
        // denouncing, lamenting or touting something is a position taken
        // in public, and the object is what the position is about
        let f = one("The bishop denounced the cuts to the hospice budget.");
        assert_eq!(f.content, "the cuts to the hospice budget");
        assert_eq!(f.cue.as_deref(), Some("denounced"));
        let f = one("The governor touted the new rail link as a boost for the north.");
        assert_eq!(f.content, "the new rail link as a boost for the north");
        let f = one("The senator mocked her rival for skipping the debate.");
        assert_eq!(f.content, "her rival for skipping the debate");
    }

    #[test]
    fn how_long_someone_spoke_is_no_subject() {
        assert!(run("The harbour master spoke about 20 minutes at the ferry forum.").is_empty());
        assert!(run("The bishop spoke about an hour and took no questions.").is_empty());
        assert!(run("The governor spoke about half an hour before the vote.").is_empty());
        // a number of things, or of hours of something, is what was spoken of
        assert_eq!(
            one("The harbour master spoke about 20 ferries stuck in the ice.").content,
            "20 ferries stuck in the ice"
        );
        assert_eq!(
            one("The bishop spoke about two hours of testimony from the flood victims.").content,
            "two hours of testimony from the flood victims"
        );
    }

    #[test]
    fn an_object_that_points_back_or_a_name() {
        assert!(run("The ministry rejected this.").is_empty());
        assert!(run("The town was called Shchastia before the war.").is_empty());
        assert!(run("Ukraine joined the so-called drone coalition in May.").is_empty());
    }

    #[test]
    fn where_the_words_came_out_is_not_part_of_them() {
        for tail in [
            "in a post on Telegram",
            "in a statement",
            "during a radio interview",
            "at her weekly briefing",
            "at a news conference in Riga",
        ] {
            let found =
                run(&format!("Port news\n\nThe harbour board called the new fees “a tax on sailors” {tail}.\n"));
            assert_eq!(found.len(), 1, "{tail}: {found:?}");
            assert_eq!(found[0].content, "the new fees “a tax on sailors”", "{tail}");
        }
        // a phrase that says more of it stays
        let found = run("Port news\n\nThe harbour board called the new fees “a tax on sailors” in all but name.\n");
        assert_eq!(found[0].content, "the new fees “a tax on sailors” in all but name");
        for tail in ["at every berth", "at the summit"] {
            let found =
                run(&format!("Port news\n\nThe harbour board called the new fees “a tax on sailors” {tail}.\n"));
            assert_eq!(found[0].content, format!("the new fees “a tax on sailors” {tail}"));
        }
    }

    #[test]
    fn a_name_after_a_place_word_is_no_new_subject() {
        // "One" is a determiner and a pronoun, but after "Air Force" it is
        // the end of the plane's name, not the subject of what was said
        for place in ["aboard Air Force One", "aboard the presidential plane", "alongside Prime Minister Carney"] {
            let found =
                run(&format!("Trip notes\n\nThe senator told reporters {place} that the vote would be close.\n"));
            assert_eq!(found.len(), 1, "{place}: {found:?}");
            assert_eq!(found[0].content, "the vote would be close", "{place}");
        }
    }
}
