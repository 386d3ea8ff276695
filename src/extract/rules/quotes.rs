//! Quotations no clause claimed: a quotation credited with a dash
//! (`“Q” — Name`), and a quotation that carries on the speaker before it.

use super::super::doc::Doc;
use super::super::lexicon::{Form, en};
use super::super::mentions::{Mention, Range};
use super::super::structure::Quote;
use super::{Candidate, Covered, Rule, Source};

pub struct DashCredit;

impl Rule for DashCredit {
    fn name(&self) -> &'static str {
        "dash credit"
    }

    fn why(&self) -> &'static str {
        "reader comments, epigraphs and headlines credit a quote with a dash: “Q” — Name"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let mut covered = Covered::of(out);
        for q in d.quotes {
            let qr: Range = (q.open, q.close + 1);
            if covered.overlaps(qr) {
                continue;
            }
            if let Some(c) = self.credit(d, q, qr) {
                covered.add(qr);
                out.push(c);
            }
        }
    }
}

impl DashCredit {
    /// A closed quotation, a dash, then a name that ends the sentence.
    fn credit(&self, d: &Doc, q: &Quote, qr: Range) -> Option<Candidate> {
        if !q.closed {
            return None;
        }
        let k = q.close + 1;
        let dash = d.w.toks.get(k)?;
        // "‘We will not leave’: Zelensky vows to hold the line": a
        // quotation opening its line, a colon, and who said it (the
        // subject of the line's clause, if one follows), as headlines
        // credit a quote
        let opens_line = q.open == 0 || d.w.t(q.open - 1).para != d.w.t(q.open).para;
        let colon = dash.is_punct(':') && opens_line && (d.in_headline(q.open) || d.in_crosshead(q.open));
        if !(dash.is_any_punct(&['―', '—', '–', '-']) || colon) || dash.para != d.w.t(q.close).para {
            return None;
        }
        let sent = d.sents.iter().position(|s| s.start <= k && k < s.end)?;
        let end = d.sents[sent].end;
        let np = d.w.right_np(k + 1, end)?;
        // nothing but a full stop after the name, or after a colon the
        // verb of the name's own clause
        // (or a verb of an interview: "‘…’: Sybiha speaks to our
        // correspondent")
        let verb_after =
            colon && np.1 < end && !d.w.t(np.1).cap && (d.w.t(np.1).verb.is_some() || d.w.is(np.1, "speaks"));
        // or what it was about: "‘…’: Lavrov on the missile decision"
        let about = colon
            && np.1 < end
            && d.w.is(np.1, "on")
            && end - np.1 <= 6
            && (np.1 + 1..end).all(|j| !d.w.t(j).is_wordlike() || d.w.t(j).verb.is_none());
        // or, after a comma, where or when it was said: "“…” — Ana Lind,
        // speaking in parliament on Monday" (no clause of its own)
        let occasion = !colon
            && d.w.t(np.1.min(end.saturating_sub(1))).is_punct(',')
            && np.1 + 1 < end
            && (d.w.t(np.1 + 1).verb.is_some_and(|v| v.form == Form::Gerund)
                || en::SOURCE_MANNER
                    .iter()
                    .chain(&["in", "at", "on", "during", "after", "before", "to"])
                    .any(|w| d.w.is(np.1 + 1, w)))
            && (np.1 + 2..end).all(|j| d.w.t(j).verb.is_none_or(|v| v.form != Form::Finite));
        if !verb_after && !about && !occasion && (np.1..end).any(|j| d.w.t(j).is_wordlike()) {
            return None;
        }
        if colon && !d.w.names_someone(np) {
            return None;
        }
        Some(Candidate {
            content: vec![qr],
            source: Source::Mention(Mention { head: np, desc: None }),
            cue: Some((k, k + 1)),
            sentence: sent,
            rule: self.name(),
            set_apart: false,
        })
    }
}

pub struct LabelledQuote;

impl Rule for LabelledQuote {
    fn name(&self) -> &'static str {
        "labelled quote"
    }

    fn why(&self) -> &'static str {
        "some outlets set a quotation apart as `Quote: \"…\"` under a `Source:` line that names the speaker"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        for si in 0..d.sents.len() {
            if let Some(c) = labelled(d, si, out)
                && !out.iter().any(|o| c.content.iter().any(|&r| o.overlaps(r)))
            {
                out.push(c);
            }
        }
    }
}

/// The number of words of the label among `labels` that opens the
/// sentence at `k`, followed by a colon.
fn label_at(d: &Doc, k: usize, end: usize, labels: &[&str]) -> Option<usize> {
    // a label is a word or a few and a colon, which most paragraphs do not
    // have so near their start: the colon is looked for first; and the
    // label is capitalised as a heading writes it ("Quote:", not "quote:")
    let n = (1..=3).find(|&n| k + n < end && d.w.t(k + n).is_punct(':'))?;
    if !d.w.t(k).cap {
        return None;
    }
    labels
        .iter()
        .any(|l| l.split_whitespace().count() == n && l.split_whitespace().enumerate().all(|(j, w)| d.w.is(k + j, w)))
        .then_some(n)
}

/// `Quote: "Q"` opening a paragraph: the quotation (or the rest of the
/// paragraph) is what the person the nearest `Source:` line names said,
/// or, with no such line, the speaker of the statement before.
fn labelled(d: &Doc, si: usize, out: &[Candidate]) -> Option<Candidate> {
    let sent = d.sents[si];
    // only at the start of a paragraph
    if si > 0 && d.sents[si - 1].para == sent.para {
        return None;
    }
    let n = label_at(d, sent.body, sent.end, en::QUOTE_LABELS)?;
    let a = sent.body + n + 1;
    let para_end = d.sents.iter().filter(|x| x.para == sent.para).map(|x| x.end).max().unwrap_or(sent.end);
    if a >= para_end {
        return None;
    }
    let first = d.w.t(a);
    let content: Range = if first.quote != 0 && first.is_quote() && d.quotes[first.quote as usize - 1].open == a {
        let q = &d.quotes[first.quote as usize - 1];
        (q.open, q.close + 1)
    } else {
        (a, para_end)
    };
    let source = match source_line(d, si) {
        Some(head) => Source::Mention(Mention { head, desc: None }),
        None => Source::Inherit(super::statement_before(d, d.w.t(sent.body).start, out)?),
    };
    Some(Candidate {
        content: vec![content],
        source,
        cue: Some((sent.body, a)),
        sentence: si,
        rule: "labelled quote",
        set_apart: first.quote == 0,
    })
}

/// The speaker a `Source:` paragraph before sentence `si` names: the
/// noun phrase after the label ("Source: Zelensky in his evening
/// address"), or after "citing" when an outlet relays them ("Source:
/// Interfax, citing the ministry"). Looked for back to the previous
/// labelled quotation's source, at most a few paragraphs up.
fn source_line(d: &Doc, si: usize) -> Option<Range> {
    let para = d.sents[si].para;
    (0..si).rev().take_while(|&k| d.sents[k].para + 6 >= para).find_map(|k| {
        let s = d.sents[k];
        if k > 0 && d.sents[k - 1].para == s.para {
            return None;
        }
        let n = label_at(d, s.body, s.end, en::SOURCE_LABELS)?;
        let from = (s.body + n + 1..s.end).find(|&j| d.w.is(j, "citing")).map_or(s.body + n + 1, |j| j + 1);
        d.w.right_np(from, s.end)
    })
}

pub struct ContinuedQuote;

impl Rule for ContinuedQuote {
    fn name(&self) -> &'static str {
        "continued quote"
    }

    fn why(&self) -> &'static str {
        "a quotation standing alone carries on the speaker of the statement just before it"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let mut covered = Covered::of(out);
        for (qi, q) in d.quotes.iter().enumerate() {
            let mut qr: Range = (q.open, q.close + 1);
            // a quotation opened after an attribution in its paragraph and
            // left open to the next, which reopens it (“Q1,” she said.
            // “Q2¶“Q3,” …): its first paragraph goes on with the speaker
            // before, whoever the later one is
            if covered.overlaps(qr)
                && let Some(first) = opened_mid_paragraph(d, q)
                && !covered.overlaps(first)
            {
                qr = first;
            }
            // a quotation too short to read as speech on its own may
            // still finish one: "“…,” she said. “We have a plan.”"
            let speech = speech_like(d, q);
            if covered.overlaps(qr) || !speech && !is_quoted_sentence(d, q) {
                continue;
            }
            // the quote stands alone: nothing but punctuation around it
            // in its sentence(s) (asked first: it settles most quotations
            // at once, and the sentences are in order)
            let at = d.sents.partition_point(|s| s.end <= q.open);
            let sent = d.sents.get(at).filter(|s| s.start <= q.open && q.open < s.end);
            let alone = sent
                .is_some_and(|s| (s.body..s.end).all(|k| d.w.t(k).quote as usize == qi + 1 || !d.w.t(k).is_wordlike()));
            if !alone {
                continue;
            }
            let Some(prev) = previous(d, q, out) else { continue };
            // a direct quote in the sentence right before: one statement in
            // two pieces, as news copy splits a quote around "he said"
            // (the first paragraph of a longer quotation stands alone)
            let whole = qr.1 == q.close + 1;
            if whole && let Some(k) = direct_before(d, q, sent.map(|s| s.start), out) {
                covered.add(qr);
                out[k].content.push(qr);
                continue;
            }
            if !speech {
                continue;
            }
            covered.add(qr);
            let sentence = out[prev].sentence;
            out.push(Candidate {
                content: vec![qr],
                source: Source::Inherit(prev),
                cue: None,
                sentence,
                rule: self.name(),
                set_apart: false,
            });
        }
    }
}

/// The first paragraph of a quotation run over several that opens after
/// other words of its paragraph: its words after the mark, to the
/// paragraph's end (not from the mark: a range from the mark is the
/// whole quotation's).
fn opened_mid_paragraph(d: &Doc, q: &Quote) -> Option<Range> {
    let para = q.paras.0;
    if q.paras.1 == para || q.open == 0 || d.w.t(q.open - 1).para != para {
        return None;
    }
    let end = (q.open..q.close).find(|&k| d.w.t(k).para != para)?;
    (end > q.open + 1).then_some((q.open + 1, end))
}

/// The statement just before the quotation, by position, when it is in
/// the same paragraph or ends the paragraph before one the quotation
/// opens.
fn previous(d: &Doc, q: &Quote, out: &[Candidate]) -> Option<usize> {
    let q_start = d.w.t(q.open).start;
    let prev = out
        .iter()
        .enumerate()
        .filter(|(_, c)| c.content.last().is_some_and(|r| r.0 < r.1 && d.w.t(r.1 - 1).end <= q_start))
        .max_by_key(|(_, c)| c.content.last().map_or(0, |r| r.1))
        .map(|(i, _)| i)?;
    let p_last = out[prev].content.last().map_or(0, |r| r.1 - 1);
    let p_para = d.w.t(p_last).para;
    let q_para = q.paras.0;
    let opens_para = d.sents.iter().any(|s| s.body == q.open && s.para == q_para);
    let prev_sentence_of_para = d.sents.iter().filter(|s| s.para == p_para).map(|s| s.end).max().unwrap_or(0);
    let same_para = p_para == q_para;
    let continues_para = opens_para && q_para == p_para + 1 && {
        // the earlier statement ends its paragraph
        let sent_of_prev = d.sents.iter().position(|s| s.start <= p_last && p_last < s.end).unwrap_or(0);
        d.sents[sent_of_prev].end == prev_sentence_of_para
    };
    (same_para || continues_para).then_some(prev)
}

/// A statement that is a quotation in the sentence right before, in the
/// same paragraph.
fn direct_before(d: &Doc, q: &Quote, this_sent: Option<usize>, out: &[Candidate]) -> Option<usize> {
    out.iter().rposition(|c| {
        let r = c.content[c.content.len() - 1];
        let t = d.w.t(r.0);
        let is_quote = t.quote != 0 && d.quotes[t.quote as usize - 1].open == r.0;
        is_quote
            && d.sents.get(c.sentence + 1).is_some_and(|n| Some(n.start) == this_sent)
            && d.sents[c.sentence].para == q.paras.0
    })
}

/// Whether a quotation is a whole sentence: it opens with a capital and
/// ends with the sentence's own full stop, question or exclamation mark
/// inside the marks ("“Not yet.”").
fn is_quoted_sentence(d: &Doc, q: &Quote) -> bool {
    q.words >= 1 && q.close > q.open + 2 && d.w.t(q.open + 1).cap && d.w.t(q.close - 1).is_terminal()
}

/// Whether a quotation reads as speech rather than a title, a name or a
/// scare-quoted term.
fn speech_like(d: &Doc, q: &Quote) -> bool {
    if q.words < 5 {
        return false;
    }
    let inner: Vec<usize> = (q.open + 1..q.close).filter(|&k| d.w.t(k).is_word()).collect();
    let caps = inner.iter().filter(|&&k| d.w.t(k).cap).count();
    if caps * 10 >= inner.len() * 6 {
        return false; // Title Case: a book, an operation, a programme
    }
    // introduced as a name: "known as", "titled", "called", "so-called"
    !(q.open > 0 && en::NAME_BEFORE_QUOTE.iter().any(|w| d.w.is(q.open - 1, w)))
}

#[cfg(test)]
mod tests {
    use super::super::super::Kind;
    use super::super::testing::{one, run};

    #[test]
    fn a_labelled_quote_is_from_the_source_line_above() {
        let text = "Minister pledges new shelters\n\nThe minister said the city would get new shelters.\n\nSource: Sybiha at a briefing in Kyiv\n\nQuote: \"Every school basement on the list will be ready before the frost.\"\n\nDetails: The work starts in May.\n";
        let found = run(text);
        let f = found.iter().find(|f| f.content.starts_with("Every school basement")).expect("the labelled quote");
        assert_eq!(f.content, "Every school basement on the list will be ready before the frost.");
        assert_eq!(f.kind, Kind::Direct);
        assert_eq!(f.speaker.as_deref(), Some("Andrii Sybiha"));
        assert_eq!(f.cue.as_deref(), Some("Quote:"));
        // an outlet relaying someone: the one it cites
        let text =
            "Source: Interfax, citing Lavrov\n\nQuote: \"The consulate will stay closed until the spring talks.\"\n";
        assert_eq!(one(text).speaker.as_deref(), Some("Sergei Lavrov"));
    }

    #[test]
    fn a_labelled_quote_without_a_source_line_keeps_the_speaker_before() {
        let text = "Zelensky said the grid had held through the night.\n\nQuote: \"The engineers worked without a break, and the lights stayed on.\"\n";
        let found = run(text);
        let f = found.iter().find(|f| f.content.starts_with("The engineers")).expect("the labelled quote");
        assert_eq!(f.speaker.as_deref(), Some("Volodymyr Zelensky"));
        // the word inside a sentence is no label
        assert!(run("He read the quote: nothing more.").is_empty());
    }

    #[test]
    fn a_quote_credited_with_a_dash() {
        let f = one("“We will rebuild every school” — Zelensky.");
        assert_eq!(f.content, "We will rebuild every school");
        assert_eq!(f.speaker.as_deref(), Some("Volodymyr Zelensky"));
        assert_eq!(f.cue.as_deref(), Some("—"));
        // with where and when it was said
        let f = one("“No school will stay shut” — Zelensky, speaking in Lviv on Monday.");
        assert_eq!(f.speaker.as_deref(), Some("Volodymyr Zelensky"));
        let f = one("“No school will stay shut” — Zelensky, in a video address.");
        assert_eq!(f.speaker.as_deref(), Some("Volodymyr Zelensky"));
        // not a clause of its own after the name
        let found = run("“No school will stay shut” — Zelensky, in Lviv, promised nothing of the kind.");
        assert!(found.iter().all(|f| !f.content.starts_with("No school")));
    }

    #[test]
    fn a_quote_split_around_its_attribution_is_one_statement() {
        let f = one("“The ice is thin,” Stubb said. “Nobody should dance on it.”");
        assert_eq!(f.content, "The ice is thin … Nobody should dance on it.");
        assert_eq!(f.kind, Kind::Direct);
    }

    #[test]
    fn a_short_sentence_after_the_attribution_finishes_the_quote() {
        let f = one("“The ice is thin this winter,” Stubb said. “Stay off it.”");
        assert_eq!(f.content, "The ice is thin this winter … Stay off it.");
        // a few quoted words that are no sentence stay out
        let f = one("“The ice is thin this winter,” Stubb said. The lake is “closed”.");
        assert_eq!(f.content, "The ice is thin this winter");
    }

    #[test]
    fn a_paragraph_of_quote_continues_the_speaker_before_it() {
        let text = "Olena Marchuk, who teaches law in Lviv, said the courts were overwhelmed.\n\n“Some cases wait three years. By then the witnesses have moved abroad.”\n";
        let found = run(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].speaker.as_deref(), Some("Olena Marchuk"));
        assert_eq!(found[1].kind, Kind::Direct);
        // the source is the mention it continues from
        assert_eq!(found[1].source.as_deref(), Some("Olena Marchuk"));
    }

    #[test]
    fn titles_names_and_scare_quotes_are_not_speech() {
        assert!(
            run("Columns crossed the border on the first night of the so-called “special military operation” in 2022.")
                .is_empty()
        );
        assert!(run("Her new book, “Fences Along The Frozen River Of Europe,” sold out.").is_empty());
        assert!(run("The pipeline, known as “the northern stream of the old network,” is idle.").is_empty());
    }
}
