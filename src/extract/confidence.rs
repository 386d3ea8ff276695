//! How sure extraction is of a statement, from the evidence that made it.
//!
//! This is the one place a statement's confidence is computed, so that
//! every list sorted by it (a "check first" queue, the command line's
//! column) agrees. The evidence is what a careful reader would weigh: which
//! rule found the statement (a full reporting clause is safer than a quote
//! that merely follows one), how the speaker is named (a name beats a
//! pronoun, which beats nobody), where the actor came from (a catalogue
//! person beats a nationality guessed from a title), how far the speaker
//! is from the cue, and whether the statement is a headline (headlines
//! compress and paraphrase).

use super::resolve::{ActorFrom, NamedAs};
use crate::catalogue::Strength;

/// What a statement was found from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    /// The name of the rule that found it.
    pub rule: &'static str,
    pub named_as: NamedAs,
    pub actor_from: ActorFrom,
    /// Words between the cue and the speaker's mention, when both exist.
    pub distance: Option<usize>,
    /// The cue is a weak verb ("agreed", "believes", "posted").
    pub weak_cue: bool,
    /// Found in the headline.
    pub headline: bool,
}

/// How often each rule's statements are right, in per cent, before the
/// speaker evidence is weighed. Measured on the development corpora
/// (statements whose content overlaps a gold statement), rounded down.
const PRIORS: &[(&str, u8)] = &[
    ("according to", 85),
    ("participle", 80),
    ("inverted opening", 80),
    ("speaker after verb", 90),
    ("reported clause", 90),
    ("complement report", 80),
    ("attitude report", 80),
    ("parenthetical", 85),
    ("trailing attribution", 90),
    ("coordinated verb", 80),
    ("report noun", 75),
    ("colon block", 85),
    ("speaker colon", 80),
    ("dash name", 75),
    ("headline subtitle", 75),
    ("dash credit", 75),
    ("continued quote", 80),
];

/// The prior of a rule; a rule without one is treated as a guess.
pub fn prior(rule: &str) -> u8 {
    PRIORS.iter().find(|(r, _)| *r == rule).map_or(50, |(_, p)| *p)
}

/// Confidence in per cent (1–99).
pub fn confidence(e: &Evidence) -> u8 {
    let mut c = i32::from(prior(e.rule));
    c += match e.named_as {
        NamedAs::Name => 5,
        NamedAs::Body => 0,
        NamedAs::Title => -5,
        NamedAs::Pronoun => -5,
        NamedAs::Nobody => -35,
    };
    c += match e.actor_from {
        ActorFrom::Catalogue(Strength::Person) => 5,
        ActorFrom::Catalogue(Strength::Alias) => 2,
        ActorFrom::Catalogue(Strength::Keyword) => -5,
        ActorFrom::Earlier => -3,
        ActorFrom::Nothing => -8,
    };
    if e.distance.is_some_and(|d| d > 12) {
        c -= 10;
    }
    if e.weak_cue {
        c -= 10;
    }
    if e.headline {
        c -= 10;
    }
    c.clamp(1, 99) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::rules::ENGLISH;

    fn ev(rule: &'static str) -> Evidence {
        Evidence {
            rule,
            named_as: NamedAs::Name,
            actor_from: ActorFrom::Catalogue(Strength::Person),
            distance: Some(1),
            weak_cue: false,
            headline: false,
        }
    }

    #[test]
    fn every_rule_has_a_prior() {
        for r in ENGLISH.all() {
            assert!(PRIORS.iter().any(|(n, _)| *n == r.name()), "no prior for {:?}", r.name());
        }
    }

    #[test]
    fn a_named_catalogue_speaker_beats_a_pronoun_beats_nobody() {
        let named = confidence(&ev("reported clause"));
        let pronoun = confidence(&Evidence {
            named_as: NamedAs::Pronoun,
            actor_from: ActorFrom::Earlier,
            ..ev("reported clause")
        });
        let nobody = confidence(&Evidence {
            named_as: NamedAs::Nobody,
            actor_from: ActorFrom::Nothing,
            ..ev("reported clause")
        });
        assert!(named > pronoun && pronoun > nobody, "{named} {pronoun} {nobody}");
    }

    #[test]
    fn headlines_weak_cues_and_distance_lower_it() {
        let base = confidence(&ev("reported clause"));
        assert!(confidence(&Evidence { headline: true, ..ev("reported clause") }) < base);
        assert!(confidence(&Evidence { weak_cue: true, ..ev("reported clause") }) < base);
        assert!(confidence(&Evidence { distance: Some(30), ..ev("reported clause") }) < base);
    }

    #[test]
    fn always_between_1_and_99() {
        let worst = Evidence {
            rule: "no such rule",
            named_as: NamedAs::Nobody,
            actor_from: ActorFrom::Nothing,
            distance: Some(100),
            weak_cue: true,
            headline: true,
        };
        assert!((1..=99).contains(&confidence(&worst)));
        assert!((1..=99).contains(&confidence(&ev("reported clause"))));
    }
}
