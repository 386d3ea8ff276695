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

/// Whether the word starts a phrasal reporting verb ("calls for").
fn phrasal_at(site: &Site) -> bool {
    let w = &site.d.w;
    w.phrasal(site.i, (site.i + 1).min(w.toks.len() - 1)).is_some()
}

#[cfg(test)]
mod tests {
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
    fn without_that_it_is_only_a_noun() {
        assert!(run("The statement by the ministry ran to four pages.").is_empty());
    }
}
