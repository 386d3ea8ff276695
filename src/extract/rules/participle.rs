//! `..., adding that C` / `..., saying C` / `was quoted as saying C`: a
//! participle that carries on the subject of the main clause.

use super::super::lexicon::{Class, en};
use super::super::mentions::{Mention, Range};
use super::{Candidate, Rule, Site, Source};

pub struct Participle;

impl Rule for Participle {
    fn name(&self) -> &'static str {
        "participle"
    }

    fn why(&self) -> &'static str {
        "news copy adds a second report to the first with a participle: “…, adding that …”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| v.participle)?;
        let (d, si, i) = (site.d, site.si, site.i);
        let s = site.sentence();
        if i == s.body {
            return None;
        }
        // ", going on to say": the chain stands where the participle would
        let lead = if super::verb::going_on_to(d, s.body, i) { i - 3 } else { i };
        if lead == s.body {
            return None;
        }
        let prev = d.w.t(lead - 1);
        // “...,” adding that: the comma inside the closing mark
        let comma_quote = prev.is_quote() && lead >= 2 && d.w.t(lead - 2).is_punct(',') && d.quote_closes_at(lead - 1);
        let relayed = relayed(site);
        let with_subject = with_subject(site);
        let ok = prev.is_punct(',')
            || comma_quote
            || document_speaks(site)
            || ["while", "before", "after", "and", "by"].iter().any(|w| d.is(lead - 1, w))
            || relayed.is_some()
            || with_subject.is_some();
        if !ok || (prev.quote != 0 && !comma_quote) {
            return None;
        }
        // "“Q,” TASS quoted Peskov as saying.": what was said came first;
        // "C, the envoy was quoted as saying by TASS." too, without marks
        let quoted_first = relayed.and_then(|_| quotation_relayed(site, v.after));
        let said_first = relayed
            .filter(|(_, np)| np.is_none() && quoted_first.is_none())
            .and_then(|(q, _)| said_before_relay(site, q, v.after));
        let content = match (quoted_first, said_first) {
            (Some(q), _) => q,
            (None, Some((c, _))) => c,
            (None, None) => d.forward(si, v.after, v.frame, i)?,
        };
        // "after reading the outline": a weak verb reports only what is
        // introduced as said
        if quoted_first.is_none() && !v.strong && !d.explicit_complement(v.after, content.0) {
            return None;
        }
        // "…, citing Lavrov", "quoting two officials": who it comes from,
        // not what was said
        if (d.is(i, "citing") || d.is(i, "quoting")) && names_source(d, content) {
            return None;
        }
        // "…, citing no evidence": the reporter noting what the speaker
        // did not give, not a reason given
        if d.is(i, "citing") && (d.is(content.0, "no") || d.is(content.0, "nothing")) {
            return None;
        }
        // "… when Trump, after railing against the tax breaks, produced a
        // plan": the name the aside hangs on is who spoke, not the
        // sentence's subject
        let aside = (lead >= s.body + 3
            && ["after", "before", "while"].iter().any(|w| d.is(lead - 1, w))
            && d.w.t(lead - 2).is_punct(','))
        .then(|| d.w.left_np(lead - 2, s.body))
        .flatten()
        .filter(|&np| d.w.ends_in_name(np));
        let source = match relayed.and_then(|(_, np)| np).or(with_subject).or(said_first.map(|(_, np)| np)).or(aside) {
            Some(head) => Source::Mention(Mention { head, desc: None }),
            None => match source(site) {
                Some(source) => source,
                // "“Q,” Peskov was quoted as saying": the one quoted is the
                // subject of "was quoted", after the quotation
                None => Source::Mention(Mention {
                    head: relayed.filter(|_| quoted_first.is_some()).and_then(|(q, _)| quoted_subject(site, q))?,
                    desc: None,
                }),
            },
        };
        // (and the aside's comma closes what was said)
        let content = match aside {
            Some(_) => (content.0..content.1)
                .find(|&k| k > content.0 && d.w.t(k).is_punct(',') && d.w.t(k).quote == 0)
                .map_or(content, |k| (content.0, k)),
            None => content,
        };
        Some(Candidate {
            content: vec![content],
            source,
            cue: Some(v.cue),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// Whether `content` is only a noun phrase that names someone (with a
/// full stop after it at most): a source, as after "citing".
fn names_source(d: &super::super::doc::Doc, content: Range) -> bool {
    let end = if content.1 > content.0 && d.w.t(content.1 - 1).is_punct('.') { content.1 - 1 } else { content.1 };
    d.w.right_np(content.0, end).is_some_and(|np| np.1 == end && d.w.names_someone(np))
}

pub struct FrontedParticiple;

impl Rule for FrontedParticiple {
    fn name(&self) -> &'static str {
        "fronted participle"
    }

    fn why(&self) -> &'static str {
        "a participle may open the sentence for the subject named after its comma: “After warning that …, the mayor left”"
    }

    fn at_word(&self, site: &Site) -> Option<Candidate> {
        let v = site.verb().filter(|v| v.participle)?;
        let (d, si, i) = (site.d, site.si, site.i);
        let s = site.sentence();
        let opens = i == s.body
            || i == s.body + 1 && ["after", "before", "while", "by", "since", "when"].iter().any(|w| d.is(s.body, w));
        if !opens {
            return None;
        }
        let content = d.forward(si, v.after, v.frame, i)?;
        if !v.strong && !d.explicit_complement(v.after, content.0) {
            return None;
        }
        // the comma that closes the participle's phrase, a comma just
        // inside a closing mark included
        let comma = (content.0 + 1..s.end).find(|&k| {
            let t = d.w.t(k);
            t.quote == 0 && t.is_punct(',')
                || t.is_quote() && t.quote != 0 && d.w.t(k - 1).is_punct(',') && d.quote_closes_at(k)
        })?;
        let subject = d.w.right_np(comma + 1, s.end).filter(|np| d.w.names_someone(*np))?;
        // the subject's own verb follows: a main clause
        if subject.1 >= s.end {
            return None;
        }
        let verb = d.w.t(subject.1);
        if !verb.is_word() || verb.cap || verb.has(Class::PREP) {
            return None;
        }
        let end = if d.w.t(comma).is_quote() { comma + 1 } else { comma };
        let (a, e) = d.trim(content.0, end.min(content.1));
        (a < e).then(|| Candidate {
            content: vec![(a, e)],
            source: Source::Mention(Mention { head: subject, desc: None }),
            cue: Some(v.cue),
            sentence: si,
            rule: self.name(),
            set_apart: false,
        })
    }
}

/// `S was quoted (by TASS) as saying`, `TASS quoted S as saying`: a report
/// relayed by someone else. Returns where "quoted" (or "cited") is, and
/// the speaker when the one quoted is named between it and "as"; `None`
/// for them when the sentence's subject is the one quoted.
fn relayed(site: &Site) -> Option<(usize, Option<Range>)> {
    let (d, i) = (site.d, site.i);
    let s = site.sentence();
    if i < s.body + 2 || !d.is(i - 1, "as") {
        return None;
    }
    let q = (s.body.max(i.saturating_sub(10))..i - 1).rev().find(|&k| d.is(k, "quoted") || d.is(k, "cited"))?;
    if q + 1 == i - 1 || d.is(q + 1, "by") {
        // "was quoted as saying", "was quoted by RIA Novosti as saying"
        return Some((q, None));
    }
    // "TASS quoted Peskov as saying": the one quoted speaks
    let np = d.w.right_np(q + 1, i - 1).filter(|np| np.1 == i - 1)?;
    Some((q, Some(np)))
}

/// The quotation that opens the sentence and closes before the relay,
/// when nothing but adjuncts follows the participle at `after`: "“Q,”
/// TASS quoted Peskov as saying", "“Q,” Peskov was quoted as saying by
/// TASS".
fn quotation_relayed(site: &Site, after: usize) -> Option<Range> {
    let (d, s) = (site.d, site.sentence());
    let open = d.w.t(s.body);
    if !open.is_quote() || open.quote == 0 || !d.only_adjuncts(after, s.end) {
        return None;
    }
    let close = d.quotes[open.quote as usize - 1].close;
    (d.quote_closes_at(close) && close < site.i).then(|| d.content_before(site.si, close + 1)).flatten()
}

/// "Talks are over, the envoy was quoted as saying by TASS": what was
/// said, up to the comma before the one quoted (the subject of "was
/// quoted" at `q`), and that subject, when only adjuncts follow the
/// participle at `after`. Why: agencies relay a report after it as often
/// as before it, with or without quotation marks.
fn said_before_relay(site: &Site, q: usize, after: usize) -> Option<(Range, Range)> {
    let (d, s) = (site.d, site.sentence());
    if d.w.t(s.body).is_quote() || !d.only_adjuncts(after, s.end) {
        return None;
    }
    let subject = quoted_subject(site, q)?;
    let comma =
        subject.0.checked_sub(1).filter(|&c| c > s.body + 1 && d.w.t(c).is_punct(',') && d.w.t(c).quote == 0)?;
    let content = d.content_before(site.si, comma)?;
    let quoted = (content.0..content.1).any(|k| d.w.t(k).quote != 0);
    (quoted || d.reads_as_clause(content.0, content.1)).then_some((content, subject))
}

/// The subject of the passive "quoted" or "cited" at `q` ("Peskov was
/// quoted as saying", "Peskov was quoted by TASS as saying").
fn quoted_subject(site: &Site, q: usize) -> Option<Range> {
    let (d, s) = (site.d, site.sentence());
    let aux = q.checked_sub(1).filter(|&k| k > s.body && ["was", "were", "is", "are"].iter().any(|w| d.is(k, w)))?;
    d.w.left_np(aux, s.body).filter(|np| d.w.names_someone(*np))
}

/// A document that speaks: "issued a statement calling the vote a
/// farce", "sent a letter urging members to stay". Why: the participle
/// after a statement, letter or post reports what it says, for whoever
/// issued it, the main clause's subject.
/// A video or a speech speaks so too ("posted a video urging allies …"),
/// and the channel it went out on may stand between ("posted a video on
/// X urging …").
fn document_speaks(site: &Site) -> bool {
    let (d, i) = (site.d, site.i);
    let body = site.sentence().body;
    let spoken = ["video", "speech", "address"];
    let document = |k: usize| {
        k > body
            && (d.w.t(k).has(Class::REPORT_NOUN) || en::DOCUMENTS.iter().chain(&spoken).any(|w| d.is(k, w)))
            && d.w.t(k - 1).has(Class::DET)
    };
    // "… on X", "… on Telegram": the channel after the document
    let channel = i > body + 3 && d.w.t(i - 1).has(Class::MEDIUM) && d.is(i - 2, "on") && d.w.t(i - 1).quote == 0;
    document(i - 1) || channel && document(i - 3)
}

/// "with Macron insisting that ...", "footage of the mayor saying ...": a
/// participle with its own subject. Why: a recording of someone speaking
/// reports their words as surely as "with S saying" does.
fn with_subject(site: &Site) -> Option<Range> {
    const RECORDINGS: &[&str] = &["footage", "video", "clip", "recording", "audio", "tape"];
    let (d, s) = (site.d, site.sentence());
    let np = d.w.left_np(site.i, s.body)?;
    let recorded = np.0 > s.body + 1 && d.is(np.0 - 1, "of") && RECORDINGS.iter().any(|w| d.is(np.0 - 2, w));
    (np.0 > s.body && (d.is(np.0 - 1, "with") || recorded) && d.w.names_someone(np)).then_some(np)
}

/// The participle belongs to the main clause: its subject when the
/// sentence opens with one ("The ministry rejected ..., calling it"),
/// else the speaker of the report before it ("“Q,” he said, adding"). A
/// subject inside what someone said ("Talks would resume on Friday, he
/// said, adding ...") is not the main clause's.
fn source(site: &Site) -> Option<Source> {
    let (d, si, i) = (site.d, site.si, site.i);
    let s = site.sentence();
    let reported = |np: &Range| {
        site.earlier.iter().any(|c| c.sentence == si && c.content.iter().any(|r| r.0 <= np.0 && np.0 < r.1))
    };
    let main = d.subject(si, i).filter(|np| (np.0 == s.body || d.w.t(np.0 - 1).is_punct(',')) && !reported(np));
    Some(match main {
        Some(subj) if !d.w.t(s.body).is_quote() => Source::Mention(d.with_apposition(subj, i)),
        _ => match site.earlier.iter().rposition(|c| c.sentence == si) {
            Some(k) => Source::Inherit(site.base + k),
            None => Source::Mention(Mention { head: d.subject(si, i)?, desc: None }),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, run};

    #[test]
    fn a_text_cut_off_after_the_speaker_of_a_fronted_participle() {
        // a file saved half-way: the subject is the last word there is
        for cut in [
            "Commenting on reports that the port would close, Deputy Mayor Ana",
            "Asked whether the port would close, the mayor",
        ] {
            let found = run(&format!("Port news\n\nThe port is shut.\n\n{cut}"));
            assert_eq!(found.len(), 0, "{cut}: {found:?}");
        }
    }

    #[test]
    fn citing_someone_names_a_source_not_speech() {
        // the outlet relays; the one it cites said nothing here
        let found = run("Talks moved\n\nThe talks were moved to June, according to TASS, citing a Kremlin source.");
        assert!(found.iter().all(|f| f.content != "a Kremlin source"), "{found:?}");
        let found = run("Port closed\n\nSource: Interfax, citing Lavrov\n\nThe port stays shut.");
        assert!(found.iter().all(|f| f.content != "Lavrov"), "{found:?}");
        // what is cited as a reason is still reported
        let found = run("The court struck the rule down, citing a threat to the water supply.");
        assert!(found.iter().any(|f| f.content == "a threat to the water supply"), "{found:?}");
        // the reporter noting that nothing was given
        for text in ["The mayor said the dam leaked, citing no evidence.", "The mayor blamed the dam, citing nothing."]
        {
            let found = run(&format!("Dam news\n\n{text}"));
            assert!(found.iter().all(|f| !f.content.contains("no evidence") && f.content != "nothing"), "{found:?}");
        }
    }

    #[test]
    fn a_relay_after_what_was_said_without_marks() {
        for (text, speaker) in [
            ("The ferry will sail on Friday, the port spokeswoman was quoted as saying by TASS.", "port spokeswoman"),
            ("The ferry will sail on Friday, Mayor Okafor was quoted by Interfax as saying.", "Okafor"),
            ("The ferry will sail “as planned”, the port spokeswoman was cited as saying by RIA.", "port spokeswoman"),
        ] {
            let found = run(&format!("Port news\n\n{text}"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].content.starts_with("The ferry will sail"), "{text}: {found:?}");
            assert_eq!(found[0].speaker.as_deref(), Some(speaker), "{text}");
        }
        // a relay with more of its own after it is not this one
        let found = run("Port news\n\nThe ferry left, the harbour master was quoted as saying that it was late.");
        assert!(found.iter().all(|f| f.content != "The ferry left"), "{found:?}");
    }

    #[test]
    fn adding_that_continues_the_subject() {
        let found = run("Sybiha said the convoy had crossed, adding that two trucks were turned back.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].content, "two trucks were turned back");
        assert_eq!(found[1].cue.as_deref(), Some("adding"));
        assert_eq!(found[1].speaker.as_deref(), Some("Andrii Sybiha"));
    }

    #[test]
    fn going_on_to_say_continues_the_speaker() {
        let found = run("“The rink stays open,” the manager said, going on to say that the fees would rise in spring.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].content, "the fees would rise in spring");
        assert_eq!(found[1].source.as_deref(), Some("the manager"));
    }

    #[test]
    fn after_a_quote_it_continues_that_speaker() {
        let found = run("“We are not done,” the coach said, insisting that the season could still be saved.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].content, "the season could still be saved");
        assert_eq!(found[1].source.as_deref(), Some("the coach"));
    }

    #[test]
    fn the_main_clause_subject_when_there_is_no_report_before() {
        let found = run("The ministry expelled two attachés, saying their visas had been misused.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].content, "their visas had been misused");
        assert_eq!(found[0].source.as_deref(), Some("The ministry"));
    }

    #[test]
    fn the_main_clause_subject_with_whom_it_speaks_for() {
        let found = run(
            "A spokesperson for the European Commission declined to comment, saying only that the vote was Friday.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].source.as_deref(), Some("A spokesperson for the European Commission"));
        assert_eq!(found[0].actor.as_deref(), Some("eu"));
    }

    #[test]
    fn a_document_that_speaks_for_whoever_issued_it() {
        let found = run("The union issued a statement calling the new rota “a step backwards” for nurses.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the new rota “a step backwards” for nurses");
        assert_eq!(found[0].source.as_deref(), Some("The union"));
        let found = run("The mayor sent a letter urging residents to save water.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].source.as_deref(), Some("The mayor"));
        // a video speaks too, and its channel may stand between
        for text in [
            "The mayor posted a video urging residents to save water.",
            "The mayor posted a video on Telegram urging residents to save water.",
        ] {
            let f = one(text);
            assert_eq!(f.content, "residents to save water", "{text}");
            assert_eq!(f.source.as_deref(), Some("The mayor"), "{text}");
        }
        // footage someone filmed shows, it does not speak for them
        assert!(run("The mayor watched the crowd urging the police to step back.").is_empty());
    }

    #[test]
    fn a_recording_of_someone_speaking() {
        let found = run("The advert uses footage of Governor Ruth Ames saying, “We cannot afford another bridge.”");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "We cannot afford another bridge.");
        assert_eq!(found[0].source.as_deref(), Some("Governor Ruth Ames"));
    }

    #[test]
    fn a_quotation_relayed_after_it_was_said() {
        for (text, source) in [
            (
                "The ferry left late.\n\n“We will not close the strait,” Interfax quoted a navy officer as saying.",
                "a navy officer",
            ),
            ("The ferry left late.\n\n“We will not close the strait,” Peskov was quoted as saying by TASS.", "Peskov"),
            ("The ferry left late.\n\n“We will not close the strait,” Peskov was quoted by TASS as saying.", "Peskov"),
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].content, "We will not close the strait", "{text}");
            assert_eq!(found[0].source.as_deref(), Some(source), "{text}");
        }
    }

    #[test]
    fn quoted_as_saying() {
        let found = run("Medvedev was quoted as saying that the talks were pointless.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].content, "the talks were pointless");
        assert_eq!(found[0].actor.as_deref(), Some("russia"));
    }

    #[test]
    fn relayed_by_an_agency() {
        let found = run("Lavrov was quoted by Interfax as saying that the offer had expired.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].content, "the offer had expired");
        assert_eq!(found[0].speaker.as_deref(), Some("Sergei Lavrov"));
        let found = run("RIA Novosti quoted Kremlin aide Yuri Ushakov as saying that no date had been fixed.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].speaker.as_deref(), Some("Yuri Ushakov"));
        assert_eq!(found[0].actor.as_deref(), Some("kremlin"));
    }

    #[test]
    fn a_name_set_off_after_the_subject_is_the_speaker() {
        // "counterpart" holds an office, and the name between commas is
        // who holds it; a hearer followed by a clause is no part of it
        let found = run(
            "Her Latvian counterpart, Ana Berzina, struck a calmer tone, telling reporters the border would stay open to trucks.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Ana Berzina"));
        assert_eq!(found[0].actor.as_deref(), Some("western-officials"));
        assert_eq!(found[0].content, "the border would stay open to trucks");
    }

    #[test]
    fn with_a_subject_of_its_own() {
        let found = run("The summit ended late, with Merz insisting that the fund would be ready by March.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the fund would be ready by March");
        assert_eq!(found[0].speaker.as_deref(), Some("Friedrich Merz"));
        // after another report, whose content ends before it
        let found =
            run("The board voiced doubts about the deal, with its chair telling staff that the price was too high.");
        let chair = found.iter().find(|f| f.source.as_deref() == Some("its chair")).expect("the chair's statement");
        assert_eq!(chair.content, "the price was too high");
        assert!(found.iter().all(|f| !f.content.contains("telling")), "{found:?}");
    }

    #[test]
    fn a_participle_that_opens_a_sentence_reports_nothing() {
        assert!(run("Speaking in Riga, the minister thanked the hosts.").is_empty());
    }

    #[test]
    fn a_fronted_participle_reports_for_the_subject_after_its_comma() {
        let found = run("After warning that the bridge was unsafe, the mayor closed it to trucks.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the bridge was unsafe");
        assert_eq!(found[0].source.as_deref(), Some("the mayor"));
        let found = run("Calling the new fee “a tax on the poor,” the senator voted against it.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, "the new fee “a tax on the poor,”");
        assert_eq!(found[0].source.as_deref(), Some("the senator"));
    }
}
