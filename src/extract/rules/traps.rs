//! What looks like a report but is not a statement: data, polls and
//! footage that "show" or "find" things, and news outlets reporting on
//! their own account ("UNN wrote earlier that", "a Reuters correspondent
//! reports"), which is narration, not what an actor said.

use super::super::doc::Doc;
use super::super::lexicon::{Class, en};
use super::super::mentions::Mention;
use super::{Candidate, Source};

/// The one a news outlet cites, when the candidate's speaker is the
/// outlet and its sentence says whom it relays: "the port reopened,
/// Interfax reported, citing the governor" is the governor's statement,
/// as «со ссылкой на» makes the one cited the speaker.
pub fn cited_by_outlet(d: &Doc, c: &Candidate) -> Option<Mention> {
    let Source::Mention(m) = c.source else { return None };
    if !d.names_outlet(m.head) {
        return None;
    }
    let s = d.sents[c.sentence];
    let inside = |k: usize| c.content.iter().any(|r| r.0 <= k && k < r.1);
    let at = (s.body + 1..s.end).find(|&k| {
        (d.w.is(k, "citing") || d.w.is(k, "quoting")) && d.w.t(k).quote == 0 && d.w.t(k - 1).is_punct(',') && !inside(k)
    })?;
    let np = d.w.right_np(at + 1, s.end)?;
    (!d.names_outlet(np) && !inside(np.0) && d.w.names_someone(np)).then_some(Mention { head: np, desc: None })
}

/// Whether a candidate found at a word is one of these traps.
pub fn says_nothing(d: &Doc, c: &Candidate) -> bool {
    let Source::Mention(m) = c.source else { return false };
    let (a, b) = m.head;
    // the clause the speaker phrase sits in, up to the phrase's end:
    // "Data from the ship-tracking firm X showed", "A poll by Y found"
    let s = d.sents[c.sentence];
    let start = (s.body..a)
        .rev()
        .find(|&k| d.w.t(k).is_any_punct(&[',', ';', ':', '(']) || d.w.t(k).quote != 0)
        .map_or(s.body, |k| k + 1);
    // a data word that only qualifies a person's role ("Research Director
    // Ana Holt", "the polling chief") names a speaker, not a finding
    // and "footage of the mayor saying" records the mayor, who speaks
    // and a data word in a body's name ("the Institute for Strategic
    // Studies", "the Centre for the Study of War") names the body
    let body_name = (a..b).any(|k| {
        let t = d.w.t(k);
        t.is_word() && t.cap && t.has(Class::ORG) && !t.has(Class::NON_SPEAKER)
    });
    let shows_at = |k: usize| {
        d.w.t(k).is_word()
            && d.w.t(k).has(Class::NON_SPEAKER)
            && !(body_name && k >= a && d.w.t(k).cap)
            && !(k + 1 < b && d.w.t(k + 1).is_word() && d.w.t(k + 1).has(Class::ROLE | Class::TITLE))
            && !(k + 2 == a && d.is(k + 1, "of"))
    };
    let clause_shows = (start..b).any(shows_at);
    clause_shows && start <= a || d.names_outlet(m.head) || asked_of(d, c.sentence, a) || read_by_reporter(d, c, b)
}

/// "The remarks suggest Kyiv is digging in", "His comments signal a
/// shift": what someone said, as the subject of a verb that reads it, is
/// the reporter's reading, not a statement. The speaker phrase ends at
/// `b`.
fn read_by_reporter(d: &Doc, c: &Candidate, b: usize) -> bool {
    let Some((v, _)) = c.cue else { return false };
    let verb = d.w.s(v).as_bytes();
    en::READ_AS.iter().any(|stem| verb.get(..stem.len()).is_some_and(|p| p.eq_ignore_ascii_case(stem.as_bytes())))
        && !d.w.t(b - 1).cap
        && en::SAID_THINGS.iter().any(|w| d.is(b - 1, w))
}

/// Whether the speaker phrase starting at `a` follows an auxiliary that
/// opens a question the sentence ends with: "Minister, do you expect the
/// talks to resume?", "Did the mayor say the bridge would reopen?" put a
/// claim to someone, who has not made it.
fn asked_of(d: &Doc, si: usize, a: usize) -> bool {
    let s = d.sents[si];
    if a < s.body || s.end <= s.body + 1 {
        return false;
    }
    let last = d.w.t(s.end - 1);
    let aux = |k: usize| {
        d.w.t(k).quote == 0
            && ["do", "does", "did", "will", "would", "can", "could", "should"].iter().any(|w| d.is(k, w))
    };
    // (the auxiliary is read into a name that follows it when it opens
    // the sentence or follows a colon: "Did Ivan Petrenko", "Fact check:
    // Did …")
    last.is_punct('?') && last.quote == 0 && (a > s.body && aux(a - 1) || d.w.t(a).cap && aux(a) && a + 1 < s.end)
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;

    #[test]
    fn data_polls_and_footage_say_nothing() {
        assert!(run("Data from the customs service showed that exports fell by a third.").is_empty());
        assert!(run("A survey by a Kyiv institute found that most people opposed any deal.").is_empty());
        assert!(run("Footage shared online showed that the bridge had collapsed.").is_empty());
        // nor does what is written up at a gate or in a crowd
        assert!(run("A sign on the ferry terminal read “All sailings cancelled.”").is_empty());
        assert!(run("Dockers carried banners saying the port was not for sale.").is_empty());
    }

    #[test]
    fn what_was_said_read_by_the_reporter_is_no_statement() {
        for text in [
            "The remarks suggest the port authority is digging in.",
            "His comments signal a shift in how the ferries are run.",
            "The move underscores how little the board trusts the crews.",
        ] {
            assert!(run(text).is_empty(), "{text}");
        }
        // a speaker suggesting something is a statement
        assert_eq!(run("The minister suggested the port authority was digging in.").len(), 1);
    }

    #[test]
    fn a_question_put_to_someone_is_not_their_statement() {
        for text in [
            "Ferry talks\n\nQ: Mayor, do you expect the ferries to sail before winter?\n",
            "Ferry talks\n\nDid the harbour master say the quay would reopen?\n",
            "Ferry talks\n\nDid Ivan Petrenko say the quay would reopen?\n",
            "Ferry talks\n\nDo Ivan Petrenko and the mayor believe the quay will reopen?\n",
            "Fact check: Did Ivan Petrenko say the quay would reopen?\n\nHe did not.\n",
            "Ferry talks\n\nWhy does the union believe the fares will rise?\n",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        // a report that ends in a question it relays is still a report,
        // and so is a question quoted from someone
        assert_eq!(run("Ferry talks\n\nThe mayor said the ferries would sail, but will they?\n").len(), 1);
        let found = run("Ferry talks\n\n“Do you expect us to pay twice?” the mayor asked.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("mayor"));
    }

    #[test]
    fn a_line_pointing_to_another_story_says_nothing_here() {
        let text = concat!(
            "Ferry strike\n\n",
            "The harbour master said the ferries would sail on Monday.\n\n",
            "READ MORE: Mayor says the port will be rebuilt by spring\n\n",
            "Related: Kremlin says talks with the union are on pause\n\n",
            "Читайте також: Зеленський заявив, що порт відкриють навесні\n\n",
            "More on this story: the minister said the fares would rise.\n",
        );
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the ferries would sail on Monday");
        // a label inside a sentence, or a speaker named before a colon,
        // is no link
        let found = run(
            "Ferry strike\n\nThe mayor said: related costs will rise.\n\nWatch: the minister said the fares would rise.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "related costs will rise");
    }

    #[test]
    fn an_outlet_citing_someone_gives_the_statement_to_them() {
        let text = "Port shut\n\nThe grain terminal stays closed, Interfax reported, citing Lavrov.\n\nThe pier burned overnight, RIA Novosti said.\n";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "The grain terminal stays closed");
        assert_eq!(found[0].speaker.as_deref(), Some("Sergei Lavrov"));
        assert_eq!(found[0].actor.as_deref(), Some("russian-mfa"));
        // an outlet citing another outlet is still narration
        assert!(run("Ferry late\n\nThe ferry was late, Interfax said, citing TASS.\n").is_empty());
    }

    #[test]
    fn a_body_named_for_its_studies_speaks() {
        // a data word in a body's name names the body, not a finding
        for text in [
            "The Institute for Strategic Studies said that the fleet had moved south.",
            "The Centre for the Study of Conflict said the front had barely shifted.",
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}");
            assert!(found[0].source.as_deref().is_some_and(|s| s.ends_with("Studies") || s.ends_with("Conflict")));
        }
        // the body's study is still a finding
        assert!(run("A study by the Institute for Strategic Studies found that the fleet had moved.").is_empty());
    }

    #[test]
    fn outlets_on_their_own_account_are_narration() {
        assert!(run("Interfax reported earlier that the plant had been shut.").is_empty());
        assert!(run("An Ukrinform correspondent reports this from the scene.").is_empty());
        // outlets named in several words, whose words alone name a city
        // or a government
        for text in [
            "Port shut\n\nThe Washington Post reported that the port had been shut for a week.",
            "Port shut\n\nThe Kyiv Independent reported that the port had been shut for a week.",
            "Port shut\n\nThe port had been shut for a week, the Associated Press reported.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        // a body whose name starts as an outlet's does still speaks
        assert_eq!(run("Port shut\n\nThe Guardian Council said that the port had been shut.").len(), 1);
    }

    #[test]
    fn a_speaker_named_to_an_outlet_still_speaks() {
        let found = run("Peskov told Interfax that the plant would reopen.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].speaker.as_deref(), Some("Dmitry Peskov"));
        let found = run("The pollster said the data showed a shift.");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_data_word_in_a_job_title_is_a_person() {
        let f = super::super::testing::one("Survey Director Lena Marsh said that turnout would beat every forecast.");
        assert_eq!(f.content, "turnout would beat every forecast");
        assert_eq!(f.source.as_deref(), Some("Survey Director Lena Marsh"));
        // the finding itself is still no statement
        assert!(run("The survey found that turnout would beat every forecast.").is_empty());
    }
}
