//! `S said A and urged B`, `S abstains on the vote, calls for C`: a second
//! reporting verb that shares the subject of the first.

use super::super::lexicon::Class;
use super::{Candidate, Rule, Site, Source};

pub struct CoordinatedVerb;

impl Rule for CoordinatedVerb {
    fn name(&self) -> &'static str {
        "coordinated verb"
    }

    fn why(&self) -> &'static str {
        "one subject often reports twice: “S said A and urged B”, “S abstains, calls for C”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v =
            site.verb().filter(|v| !v.participle && v.strong && v.subject.is_none() && v.speaker_after.is_none())?;
        if site.d.w.t(site.i).verb.is_some_and(|vb| vb.bare) {
            return None;
        }
        let (d, si, i) = (site.d, site.si, site.i);
        let s = site.sentence();
        // "and" / "but" (with adverbs: "and has also warned"), or a comma
        // as in a headline: "S abstains on vote, calls for talks"
        let k = (s.body..i)
            .rev()
            .find(|&k| !d.w.t(k).has(super::super::lexicon::Class::ADVERB | super::super::lexicon::Class::AUX))?;
        let joined = d.coordinated_verb(k, s.end) == Some(i) || d.w.t(k).is_punct(',') && k > s.body;
        if !joined {
            return None;
        }
        let content = d.forward(si, v.after, v.frame, i)?;
        Some(Candidate {
            content: vec![content],
            source: source(site)?,
            cue: Some(v.cue),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// The speaker of the first verb: the report before it in the sentence,
/// or else the subject the sentence opens with, after any fronted phrase.
fn source(site: &Site) -> Option<Source> {
    let (d, si) = (site.d, site.si);
    if let Some(k) = site.earlier.iter().rposition(|c| c.sentence == si) {
        return Some(Source::Inherit(site.base + k));
    }
    let s = site.sentence();
    // after a fronted phrase too: "Later, speaking in his evening address,
    // the mayor thanked the crews and said …"
    let opens = |np: &(usize, usize)| {
        np.0 == s.body || np.0 > s.body + 1 && d.w.t(np.0 - 1).is_punct(',') && d.w.t(np.0 - 1).quote == 0
    };
    // "Norway's fisheries minister thanked … and said": past a
    // possessive, words the lexicon does not know up to a role it knows
    // (and the name after it) are still the subject; "The city's deputy
    // mayor thanked …": a possessive in small letters ends the subject
    // walk before it starts
    let mut subj = match d.subject(si, site.i).filter(opens) {
        Some(mut subj) => {
            if d.w.is_possessive(subj.1 - 1)
                && let Some(end) = past_possessive(d, subj.1, site.i)
            {
                subj.1 = end;
            }
            subj
        }
        None => {
            let a = s.body + usize::from(d.w.t(s.body).has(Class::DET));
            if a + 1 >= site.i || !d.w.is_possessive(a) {
                return None;
            }
            (s.body, past_possessive(d, a + 1, site.i)?)
        }
    };
    // "Some of the teachers, including …, said": the subject stops at a
    // noun the lexicon does not know as a speaker; the phrase goes on to
    // it, not only to "the"
    while subj.1 < site.i && d.w.t(subj.1 - 1).has(Class::DET) && d.w.t(subj.1).is_word() && d.w.t(subj.1).quote == 0 {
        subj.1 += 1;
    }
    // "Ukraine's defence minister, Denys Shmyhal, thanked … and said":
    // the name in apposition is the speaker, as for a first verb
    Some(Source::Mention(d.with_apposition(subj, site.i)))
}

/// The end of a subject that goes on past a possessive at `from`: a few
/// words in small letters the lexicon does not know as anything else,
/// then a role ("deputy mayor", "fisheries minister") and any name after
/// it, before `hi`.
fn past_possessive(d: &super::super::doc::Doc, from: usize, hi: usize) -> Option<usize> {
    let mut k = from;
    while k < hi && k < from + 4 {
        let t = d.w.t(k);
        if !t.is_word() || t.cap || t.quote != 0 || t.verb.is_some() || t.has(Class::CLOSED) {
            return None;
        }
        k += 1;
        if t.has(Class::ROLE) && !(k < hi && d.w.t(k).has(Class::ROLE) && !d.w.t(k).cap) {
            while k < hi && d.w.is_name_word(k) {
                k += 1;
            }
            return Some(k);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;

    #[test]
    fn said_and_urged_are_two_statements() {
        let found = run("Kallas said the package was ready and urged Budapest to lift its veto.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].content, "the package was ready");
        assert_eq!(found[1].content, "Budapest to lift its veto");
        assert_eq!(found[1].speaker.as_deref(), Some("Kaja Kallas"));
        assert_eq!(found[1].rule_name(), "coordinated verb");
    }

    #[test]
    fn the_object_of_the_first_verb_does_not_speak_the_second() {
        // "lanes" ends like a verb, but the phrase before it is the
        // object of "thanked"
        // (the thanks for a thing given are a statement of their own)
        let found = run("Mayor Okafor thanked the council for the new bus lanes and urged drivers to use them.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].content, "the council for the new bus lanes");
        assert_eq!(found[1].content, "drivers to use them");
        assert_eq!(found[1].speaker.as_deref(), Some("Okafor"));
    }

    #[test]
    fn encouraging_someone_is_a_second_report() {
        // "encouraged X to" asks something of others, like "urged"
        let found = run("The coach said the pitch was “a disgrace” and encouraged fans to write to the club.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].content, "the pitch was “a disgrace”");
        assert_eq!(found[1].content, "fans to write to the club");
        // a bare object is no request
        assert!(run("The early figures encouraged the traders.").is_empty());
    }

    #[test]
    fn the_subject_may_follow_a_fronted_phrase() {
        for opening in ["Later,", "Speaking at the depot,", "Later, speaking on local radio,"] {
            let found =
                run(&format!("{opening} Mayor Okafor thanked the crews and said the trams would run on Sunday."));
            assert_eq!(found.len(), 1, "{opening} {found:?}");
            assert_eq!(found[0].content, "the trams would run on Sunday", "{opening}");
            assert_eq!(found[0].speaker.as_deref(), Some("Okafor"), "{opening}");
        }
    }

    #[test]
    fn a_name_in_apposition_to_the_subject_speaks() {
        let found = run("Estonia's defence minister, Ana Lind, thanked the crews and said the quay would reopen.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the quay would reopen");
        assert_eq!(found[0].speaker.as_deref(), Some("Ana Lind"));
        let found = run("The Kremlin's spokesman, Dmitry Peskov, thanked the hosts and said the talks would go on.");
        assert_eq!(found[0].speaker.as_deref(), Some("Dmitry Peskov"), "{found:?}");
        assert_eq!(found[0].actor.as_deref(), Some("kremlin"), "{found:?}");
    }

    #[test]
    fn a_verb_after_a_comma_shares_the_subject() {
        let found = run("Pakistan abstains in the vote, calls for an early ceasefire");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "an early ceasefire");
        assert_eq!(found[0].source.as_deref(), Some("Pakistan"));
    }

    #[test]
    fn with_an_auxiliary_between() {
        let found = run("Moscow rejected the plan, and has demanded that Kyiv withdraw first.");
        assert!(
            found.iter().any(|f| f.content == "Kyiv withdraw first" && f.speaker.as_deref() == Some("Moscow")),
            "{found:?}"
        );
    }

    #[test]
    fn a_subject_of_an_unknown_noun_is_not_cut_after_the() {
        // "plumbers" is no role the lexicon knows: the subject the rule
        // falls back on goes on to it
        let found = run("Some of the plumbers, among them Ola Nordmann, said the pipes had burst.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the pipes had burst");
        assert_eq!(found[0].source.as_deref(), Some("Some of the plumbers"));
    }

    #[test]
    fn a_role_after_a_possessive_is_the_subject() {
        for (opening, speaker) in [
            ("The city's deputy mayor", "city's deputy mayor"),
            ("Norway's fisheries minister", "Norway's fisheries minister"),
            ("Norway's fisheries minister Ola Hansen", "Ola Hansen"),
        ] {
            let found = run(&format!("{opening} thanked the crews and said the quay would reopen in May."));
            assert_eq!(found.len(), 1, "{opening}: {found:?}");
            assert_eq!(found[0].content, "the quay would reopen in May", "{opening}");
            assert_eq!(found[0].speaker.as_deref(), Some(speaker), "{opening}");
        }
    }
}
