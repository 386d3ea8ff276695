//! `S voiced concern over C`, `S expressed doubt that C`: an attitude
//! named by a noun, which stays in the content.

use super::super::lexicon::{Class, Frame};
use super::reported::content_after;
use super::{Candidate, Rule, Site, Source};

pub struct AttitudeReport;

impl Rule for AttitudeReport {
    fn name(&self) -> &'static str {
        "attitude report"
    }

    fn why(&self) -> &'static str {
        "a position is often reported as an attitude voiced: “S voiced concern over C”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| v.frame == Frame::Attitude)?;
        let subject = v.subject?;
        let content = content_after(site, v, &subject)?;
        // "as Kyiv voices doubts", "expressed deep concern.": a feeling
        // about nothing the sentence names says no position
        if site.d.w.t(content.1 - 1).has(Class::ATTITUDE)
            && (content.0..content.1).all(|k| !site.d.w.t(k).has(Class::PREP))
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

#[cfg(test)]
mod tests {
    use super::super::testing::{one, run};

    #[test]
    fn the_attitude_noun_stays_in() {
        let f = one("Sybiha voiced disappointment over the slow delivery of air defence.");
        assert_eq!(f.content, "disappointment over the slow delivery of air defence");
        assert_eq!(f.actor.as_deref(), Some("ukrainian-mfa"));
        let f = one("Stubb expressed doubt that the offer was meant seriously.");
        assert_eq!(f.content, "doubt that the offer was meant seriously");
    }

    #[test]
    fn a_feeling_about_nothing_named_is_no_statement() {
        for text in ["The mayor voiced doubts.", "Ferry fares rise as the mayor voices deep concern"] {
            assert!(
                run(&format!("Port news\n\n{text}\n"))
                    .iter()
                    .all(|f| !f.content.ends_with("doubts") && !f.content.ends_with("concern")),
                "{text}"
            );
        }
        // with what it is about, it stays
        assert_eq!(one("The mayor voiced doubts about the ferry plan.").content, "doubts about the ferry plan");
    }

    #[test]
    fn only_with_an_attitude() {
        assert!(run("The courier expressed the parcels to Lviv overnight.").is_empty());
    }
}
