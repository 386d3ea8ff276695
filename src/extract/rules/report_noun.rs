//! `a statement by S that C`, `S's claim that C`: a noun that reports
//! speech, its speaker and a `that` clause.

use super::super::lexicon::Class;
use super::super::mentions::Mention;
use super::{Candidate, Rule, Site, Source};

pub struct ReportNoun;

impl Rule for ReportNoun {
    fn name(&self) -> &'static str {
        "report noun"
    }

    fn why(&self) -> &'static str {
        "a report can be a noun: “a statement by S that C”, “S's warning that C”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let (d, si, i) = (site.d, site.si, site.i);
        let t = d.w.t(i);
        let s = site.sentence();
        let possessed = i > s.body && {
            let p = d.w.s(i - 1);
            p.ends_with("'s") || p.ends_with("’s")
        };
        // a word that is also a verb ("claims", "warning") is read as one,
        // unless a possessive makes it a noun ("the mayor's claim that")
        if !t.has(Class::REPORT_NOUN) || t.verb.is_some() && !possessed || phrasal_at(site) {
            return None;
        }
        let (src, that) = if d.is(i + 1, "by") || d.is(i + 1, "from") {
            let np = d.w.right_np(i + 2, s.end)?;
            (np, np.1)
        } else if possessed {
            let np = d.w.left_np(i, s.body)?;
            (np, i + 1)
        } else {
            return None;
        };
        if !d.is(that, "that") {
            return None;
        }
        let start = that + 1;
        let (a, e) = d.trim(start, d.clause_end(start, s.end));
        if a >= e {
            return None;
        }
        Some(Candidate {
            content: vec![(a, e)],
            source: Source::Mention(Mention { head: src, desc: None }),
            cue: Some((i, i + 1)),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// `S's message was clear: C`, `The verdict of S was harsh: C`: a noun
/// that reports speech, its speaker, a form of "be" and a colon; what
/// follows the colon is what was said.
pub struct NounIsColon;

impl Rule for NounIsColon {
    fn name(&self) -> &'static str {
        "message was clear"
    }

    fn why(&self) -> &'static str {
        "“S's message was clear: C” states what S said after the colon"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let (d, si, i) = (site.d, site.si, site.i);
        let t = d.w.t(i);
        let s = site.sentence();
        if !t.has(Class::REPORT_NOUN) || t.cap || i + 3 >= s.end {
            return None;
        }
        // whose: a possessive before the noun ("the mayor's", "her"), or
        // "from" / "of" and a noun phrase after it
        let owner_before = i > s.body && {
            let p = d.w.t(i - 1);
            d.w.is_possessive(i - 1)
                || p.has(Class::PRONOUN) && ["his", "her", "their", "its"].iter().any(|w| d.is(i - 1, w))
        };
        let (src, be) = if owner_before {
            (d.w.left_np(i, s.body)?, i + 1)
        } else if d.is(i + 1, "from") || d.is(i + 1, "of") {
            let np = d.w.right_np(i + 2, s.end)?;
            (np, np.1)
        } else {
            return None;
        };
        let after_be = if ["was", "is", "were", "are", "remained", "remains", "seemed"].iter().any(|w| d.is(be, w)) {
            be + 1
        } else if d.is(be, "has") && d.is(be + 1, "been") {
            be + 2
        } else {
            return None;
        };
        // a few words saying how it was put ("simple", "just as blunt"),
        // then the colon
        let colon = (after_be..(after_be + 5).min(s.end)).find(|&k| !d.w.t(k).is_word() || d.w.t(k).cap)?;
        if !d.w.t(colon).is_punct(':')
            || colon + 1 >= s.end
            || (after_be..colon).any(|k| d.w.t(k).verb.is_some() || d.w.t(k).has(Class::AUX))
        {
            return None;
        }
        let ((a, e), quoted) = super::after_colon(d, colon, s.end)?;
        // "Poland's position is nuanced: Warsaw will help, its minister
        // told us": the words after the colon are credited by name at
        // their end, and that attribution reads them
        let credited = !quoted
            && (a..e).any(|k| {
                let t = d.w.t(k);
                let comma = t.quote == 0 && t.is_punct(',')
                    || t.is_quote() && k > a && d.w.t(k - 1).is_punct(',') && d.quote_closes_at(k);
                comma && d.attribution_follows(k + 1, e)
            });
        if credited {
            return None;
        }
        let content = (a, e);
        Some(Candidate {
            content: vec![content],
            source: Source::Mention(Mention { head: src, desc: None }),
            cue: Some((i, i + 1)),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// Whether the word starts a phrasal reporting verb ("calls for").
fn phrasal_at(site: &Site) -> bool {
    let w = &site.d.w;
    w.phrasal(site.i, (site.i + 1).min(w.toks.len() - 1)).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::super::Kind;
    use super::super::testing::{one, run};

    #[test]
    fn a_statement_by_s_that_c() {
        let f = one(
            "Reporters asked about a statement by the Ukrainian Foreign Ministry that its border posts were mined.",
        );
        assert_eq!(f.content, "its border posts were mined");
        assert_eq!(f.actor.as_deref(), Some("ukrainian-mfa"));
        assert_eq!(f.cue.as_deref(), Some("statement"));
    }

    #[test]
    fn words_after_the_colon_credited_at_their_end_are_not_the_noun_s() {
        let found = run(
            "Port plans\n\nThe board's position is more cautious: the port will reopen \"in stages,\" its chair Anna Lind told reporters.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Anna Lind"), "{found:?}");
        assert_eq!(found[0].content, "the port will reopen \"in stages,\"", "{found:?}");
    }

    #[test]
    fn a_possessive_speaker() {
        let f = one("Peskov's assurance that the convoy carried only food did not convince Warsaw.");
        assert_eq!(f.content, "the convoy carried only food did not convince Warsaw");
        assert_eq!(f.speaker.as_deref(), Some("Dmitry Peskov"));
    }

    #[test]
    fn a_noun_that_is_also_a_verb_after_a_possessive() {
        let f = one("The senator's claim that the mine was perfectly safe drew laughter.");
        assert!(f.content.starts_with("the mine was perfectly safe"), "{}", f.content);
        assert_eq!(f.source.as_deref(), Some("The senator's"));
        assert_eq!(f.cue.as_deref(), Some("claim"));
    }

    #[test]
    fn a_message_that_was_clear_and_what_followed_the_colon() {
        let f = one("The harbour master's message was simple: the ferries would sail when the ice allowed.");
        assert_eq!(f.content, "the ferries would sail when the ice allowed");
        assert_eq!(f.source.as_deref(), Some("The harbour master's"));
        assert_eq!(f.cue.as_deref(), Some("message"));
        let f = one("The verdict of the audit office was harsh: the port had wasted millions on new cranes.");
        assert_eq!(f.content, "the port had wasted millions on new cranes");
        assert_eq!(f.source.as_deref(), Some("the audit office"));
        let f = one("The message from the ministry has been unambiguous: no tanker would be inspected twice.");
        assert_eq!(f.content, "no tanker would be inspected twice");
        // a quotation after the colon is the content, a direct one
        let f = one("Mayor Ilse Varg's answer was just as blunt: “We will not pay the new fee.”");
        assert_eq!(f.content, "We will not pay the new fee.");
        assert_eq!(f.kind, Kind::Direct);
        assert_eq!(f.speaker.as_deref(), Some("Ilse Varg"));
    }

    #[test]
    fn a_text_cut_anywhere_in_the_phrase_is_read_without_reading_past_it() {
        let whole = "The harbour master's message was simple: the ferries would sail.";
        for (cut, c) in whole.char_indices().filter(|(_, c)| !c.is_alphanumeric()) {
            run(&format!("Port news\n\n{}", &whole[..cut]));
            run(&format!("Port news\n\n{}", &whole[..cut + c.len_utf8()]));
        }
    }

    #[test]
    fn no_speaker_no_report_noun_or_no_clause_is_no_statement() {
        // no one's message
        assert!(run("The message was clear: the ferries would not sail.").is_empty());
        // not a noun of speech
        assert!(run("The harbour's weather was clear: the ferries sailed at dawn.").is_empty());
        // a list, not a clause
        assert!(run("The ministry's answer was short: two ferries, one tug.").is_empty());
        // a verb before the colon: the colon ends something else
        assert!(run("The ministry's answer was sent on Friday: the fee stays.").is_empty());
    }

    #[test]
    fn without_that_it_is_only_a_noun() {
        assert!(run("The statement by the ministry ran to four pages.").is_empty());
    }
}
