//! `C was rejected by S`: a position reported in the passive, what was
//! rejected (welcomed, condemned, hailed …) first and who holds the
//! position after "by": "The new package was welcomed by Kyiv", "The plan
//! has been dismissed by Moscow as a trick". What was said is the subject,
//! with the speaker's "as …" when there is one.
//!
//! Only verbs whose content is their object ([`Frame::Object`],
//! [`Frame::Accuse`], [`Frame::Describe`]) and that report on their own
//! (strong): "was attacked by drones" is no statement. A person as the
//! subject is greeted or blamed, not quoted ("The president was welcomed by
//! cheering crowds"), and a pronoun only points back: neither is taken.

use super::super::doc::Doc;
use super::super::lexicon::{Class, Form, Frame};
use super::super::mentions::{Mention, Range};
use super::{Candidate, Rule, Site, Source};

pub struct PassiveBy;

impl Rule for PassiveBy {
    fn name(&self) -> &'static str {
        "passive by"
    }

    fn why(&self) -> &'static str {
        "“C was rejected by S”: the passive puts what was rejected or welcomed first, and who did so after “by”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let d = site.d;
        let (si, i) = (site.si, site.i);
        let sent = d.sents[si];
        let t = d.w.t(i);
        let v = t.verb?;
        if t.quote != 0
            || !v.strong
            || v.bare
            || v.form == Form::Gerund
            || !matches!(v.frame, Frame::Object | Frame::Accuse | Frame::Describe)
            || !d.is(i + 1, "by")
        {
            return None;
        }
        let aux = auxiliary(d, i, sent.body)?;
        let subject = (opening(d, si, aux)?, aux);
        if !said_thing(d, subject) {
            return None;
        }
        let agent = d.w.right_np(i + 2, sent.end)?;
        if !d.w.names_someone(agent) || (agent.0..agent.1).any(|k| d.w.t(k).has(Class::OUTLET | Class::PRONOUN)) {
            return None;
        }
        let mut content = vec![subject];
        // "… by Moscow as a trick", "… by the ministry in Kyiv as a
        // crime": how the speaker called it
        let as_ = (agent.1..sent.end.min(agent.1 + 5))
            .take_while(|&k| !d.w.t(k).is_any_punct(&[',', ';', ':', '.']))
            .find(|&k| d.is(k, "as"))
            .filter(|&k| d.only_adjuncts(agent.1, k));
        if let Some(as_) = as_ {
            let (a, e) = d.trim(as_, sent.end);
            if e > a + 1 {
                content.push((a, e));
            }
        } else if agent.1 < sent.end && d.w.t(agent.1).has(Class::CONJ) || !d.only_adjuncts(agent.1, sent.end) {
            return None;
        }
        Some(Candidate {
            content,
            source: Source::Mention(Mention { head: agent, desc: None }),
            cue: Some((aux, i + 2)),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// The first word of the verb group before the participle at `i`: "was",
/// "were", "is", "are", with "has been" / "have been" / "had been" taken
/// whole, past adverbs ("was quickly rejected").
fn auxiliary(d: &Doc, i: usize, lo: usize) -> Option<usize> {
    let mut k = i;
    while k > lo && d.w.t(k - 1).has(Class::ADVERB) && !d.w.t(k - 1).has(Class::AUX) {
        k -= 1;
    }
    let be = k.checked_sub(1).filter(|&b| b >= lo)?;
    if ["was", "were", "is", "are"].iter().any(|w| d.is(be, w)) {
        return Some(be);
    }
    if d.is(be, "been") && be > lo && ["has", "have", "had"].iter().any(|w| d.is(be - 1, w)) {
        return Some(be - 1);
    }
    None
}

/// Where the subject before `aux` starts: past a fronted phrase ending in
/// a comma ([`Doc::past_fronted`]: "On Monday, …", "In Brussels, …").
/// None where another comma or a verb stands in the way, or the subject is
/// long: a clause, not a noun phrase.
fn opening(d: &Doc, si: usize, aux: usize) -> Option<usize> {
    let a = d.past_fronted(si, aux);
    let plain = (a..aux).all(|k| {
        let t = d.w.t(k);
        !t.is_any_punct(&[',', ';', ':']) && t.verb.is_none_or(|v| v.bare) && !t.has(Class::FINITE | Class::SUBORD)
    });
    (plain && aux > a && aux - a <= 12).then_some(a)
}

/// Whether the subject `r` names a thing that can be said or decided (a
/// plan, a package, a claim), not a person, nor a pronoun pointing back:
/// its last word is a small common word.
fn said_thing(d: &Doc, r: Range) -> bool {
    let last = d.w.t(r.1 - 1);
    last.is_word()
        && !last.cap
        && !last.has(Class::PRONOUN | Class::ROLE | Class::GROUP)
        && (r.0..r.1).all(|k| d.w.t(k).quote == 0)
        && (r.0..r.1).filter(|&k| d.w.t(k).is_wordlike()).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, run};

    #[test]
    fn what_was_rejected_or_welcomed_and_by_whom() {
        for (text, content, speaker) in [
            ("The ferry plan was rejected by Moscow.", "The ferry plan", "Moscow"),
            ("The new port levy has been welcomed by the harbour board.", "The new port levy", "the harbour board"),
            ("The toll rise was quickly condemned by Mayor Ana Lind.", "The toll rise", "Mayor Ana Lind"),
        ] {
            let f = one(&format!("Port news\n\n{text}\n"));
            assert_eq!(f.content, content, "{text}");
            assert_eq!(f.source.as_deref(), Some(speaker), "{text}");
        }
        // how the speaker called it is part of what was said
        for text in [
            "The toll rise was dismissed by the harbour board as a stunt.",
            "The toll rise was dismissed by the harbour board in Gdansk as a stunt.",
        ] {
            let f = one(&format!("Port news\n\n{text}\n"));
            assert_eq!(f.content, "The toll rise … as a stunt", "{text}");
        }
    }

    #[test]
    fn no_statement_from_people_pronouns_weapons_or_outlets() {
        for text in [
            // a person welcomed is greeted
            "The new mayor was welcomed by cheering crowds.",
            "Ana Lind was welcomed by the harbour board.",
            // a pronoun points back
            "It was rejected by the harbour board.",
            // no verb of saying
            "The old ferry was hit by a drone.",
            // an outlet only relays
            "The ferry plan was reported by Reuters.",
            // a clause of its own after the speaker
            "The ferry plan was rejected by the board and the city went ahead anyway.",
        ] {
            assert!(run(&format!("Port news\n\n{text}\n")).is_empty(), "{text}");
        }
    }
}
