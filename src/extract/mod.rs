//! Finding statements: who said what, in which words.
//!
//! A pipeline of small steps, each in its own module with its own tests:
//!
//! 1. [`tokens`]: words, punctuation, quote marks, paragraphs;
//! 2. [`structure`]: quotations paired, then sentences;
//! 3. [`attribution`]: reporting clauses and what they report;
//! 4. continuations: quotations no clause claimed, paragraphs that carry
//!    on an earlier speaker's quote, colons that open the next paragraph;
//! 5. [`resolve`]: pronouns and descriptions to speakers, speakers to
//!    actors;
//! 6. topics.
//!
//! Pure and deterministic: no I/O, no global state beyond word lists.

pub mod attribution;
pub mod lexicon;
pub mod mentions;
pub mod resolve;
pub mod structure;
pub mod tokens;

use crate::catalogue::Catalogue;
use crate::span::Span;
use crate::topics::TopicLexicon;
use attribution::{Candidate, Finder, Source};
use mentions::{Mention, Range, Words};
use serde::{Deserialize, Serialize};
use structure::Quote;

/// How the words were reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The whole content is quoted.
    Direct,
    /// Reported speech, no quotation marks.
    Indirect,
    /// Reported speech holding quoted fragments.
    Mixed,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Indirect => "indirect",
            Kind::Mixed => "mixed",
        }
    }

    pub const ALL: [Kind; 3] = [Kind::Direct, Kind::Indirect, Kind::Mixed];
}

/// One attributed statement in an article. Spans are byte ranges into the
/// article's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// What was said: the span covering all of it.
    pub content: Span,
    /// The pieces of a statement interrupted by its attribution (“Q1,” he
    /// said. “Q2.”); empty when the content is one piece.
    #[serde(default)]
    pub pieces: Vec<Span>,
    /// The words that name the speaker (or, for a continued quotation, the
    /// earlier mention it continues from).
    pub source: Option<Span>,
    /// The reporting verb or phrase.
    pub cue: Option<Span>,
    /// The resolved speaker, spelled as the catalogue spells it.
    pub speaker: Option<String>,
    /// Catalogue id of the speaker's actor.
    pub actor: Option<String>,
    pub kind: Kind,
    /// Topic ids.
    pub topics: Vec<String>,
    /// Stance toward the proposition of each tagged topic that has one.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub stance: std::collections::BTreeMap<String, crate::topics::Stance>,
}

impl Statement {
    /// The content as one string, pieces joined with " … ".
    pub fn content_text(&self, text: &str) -> String {
        if self.pieces.len() <= 1 {
            return self.content.text(text).to_string();
        }
        self.pieces.iter().map(|p| p.text(text)).collect::<Vec<_>>().join(" … ")
    }

    /// The pieces, or the whole content when it is one piece.
    pub fn parts(&self) -> Vec<Span> {
        if self.pieces.is_empty() { vec![self.content] } else { self.pieces.clone() }
    }
}

/// Everything extraction needs besides the text.
pub struct Extractor<'a> {
    pub catalogue: &'a Catalogue,
    pub topics: &'a TopicLexicon,
}

impl Extractor<'_> {
    /// Finds every statement in `text`, in order.
    pub fn extract(&self, text: &str) -> Vec<Statement> {
        extract(text, self.catalogue, self.topics)
    }
}

/// Finds every statement in `text`, in order of appearance.
pub fn extract(text: &str, catalogue: &Catalogue, topics: &TopicLexicon) -> Vec<Statement> {
    if text.len() <= CHUNK_BYTES {
        return extract_chunk(text, catalogue, topics);
    }
    // Very long texts (a book pasted into one file, a 5 MB line) are read
    // in pieces cut between paragraphs: memory stays bounded whatever the
    // file, and no step can turn slow on one enormous paragraph. A quote or
    // pronoun that crosses a cut loses its antecedent, which no news
    // article is long enough to notice.
    let mut out = Vec::new();
    for (start, end) in chunks(text, CHUNK_BYTES) {
        let shift = |sp: Span| Span::new(sp.start + start, sp.end + start);
        for mut s in extract_chunk(&text[start..end], catalogue, topics) {
            s.content = shift(s.content);
            s.pieces = s.pieces.into_iter().map(shift).collect();
            s.source = s.source.map(shift);
            s.cue = s.cue.map(shift);
            out.push(s);
        }
    }
    out
}

/// Texts longer than this are extracted piece by piece.
pub const CHUNK_BYTES: usize = 256 * 1024;

/// Cuts `text` into pieces of at most about `max` bytes, preferring a
/// blank line, then a line break, then a sentence end, then a space.
pub fn chunks(text: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        if text.len() - start <= max {
            out.push((start, text.len()));
            break;
        }
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let floor = window.len() / 2;
        let cut = [
            window.rfind("\n\n").map(|i| i + 2),
            window.rfind('\n').map(|i| i + 1),
            window.rfind(". ").map(|i| i + 2),
            window.rfind(' ').map(|i| i + 1),
        ]
        .into_iter()
        .flatten()
        .find(|&i| i > floor)
        .unwrap_or(window.len());
        out.push((start, start + cut));
        start += cut;
    }
    out
}

fn extract_chunk(text: &str, catalogue: &Catalogue, topics: &TopicLexicon) -> Vec<Statement> {
    let (mut toks, paras) = tokens::tokenize(text);
    if toks.is_empty() {
        return Vec::new();
    }
    let quotes = structure::pair_quotes(text, &mut toks, &paras);
    let sents = structure::sentences(text, &toks);
    let w = Words { text, toks: &toks };
    let finder = Finder { w: Words { text, toks: &toks }, quotes: &quotes, sents: &sents };
    let mut cands: Vec<Candidate> = Vec::new();
    for si in 0..sents.len() {
        finder.sentence(si, &mut cands);
    }
    colon_openers(&finder, &mut cands);
    orphan_quotes(&finder, &mut cands);
    build(text, &w, &finder, &quotes, cands, catalogue, topics)
}

/// `S continued:` at the end of a paragraph: the next paragraph is what
/// was said.
fn colon_openers(f: &Finder, cands: &mut Vec<Candidate>) {
    for (si, s) in f.sents.iter().enumerate() {
        let last = s.end - 1;
        if !f.w.t(last).is_punct(':') || si + 1 >= f.sents.len() {
            continue;
        }
        let next = f.sents[si + 1];
        if next.para != s.para + 1 {
            continue;
        }
        // a reporting verb with a subject in the sentence
        let Some(v) = (s.body..last).rev().find(|&k| {
            let t = f.w.t(k);
            t.quote == 0
                && t.verb.is_some_and(|v| {
                    matches!(v.frame, lexicon::Frame::Say | lexicon::Frame::Tell) && v.form != lexicon::Form::Gerund
                })
        }) else {
            continue;
        };
        // the subject, past an aside: "Lavrov, speaking in Moscow, said:"
        let Some(stop) = f.skip_left(v, s.body) else { continue };
        let mention = if stop > s.body && f.w.t(stop - 1).is_punct(',') {
            f.w.appositive(stop - 1, s.body)
        } else {
            f.w.left_np(stop, s.body).map(|head| Mention { head, desc: None })
        };
        let Some(mention) = mention else { continue };
        let first = f.w.t(next.body);
        let content: Range = if first.quote != 0 && first.is_quote() {
            let q = &f.quotes[first.quote as usize - 1];
            (q.open, q.close + 1)
        } else {
            // the whole next paragraph
            let end = f.sents.iter().filter(|x| x.para == next.para).map(|x| x.end).max().unwrap_or(next.end);
            (next.body, end)
        };
        if cands.iter().any(|c| c.content.iter().any(|r| r.0 < content.1 && content.0 < r.1)) {
            continue;
        }
        cands.push(Candidate {
            content: vec![content],
            source: Source::Mention(mention),
            cue: Some((v, last + 1)),
            sentence: si,
            rank: 2,
            split: false,
        });
    }
}

/// Whether a quotation reads as speech rather than a title, a name or a
/// scare-quoted term.
fn speech_like(f: &Finder, q: &Quote) -> bool {
    if q.words < 5 {
        return false;
    }
    let inner: Vec<usize> = (q.open + 1..q.close).filter(|&k| f.w.t(k).is_word()).collect();
    let caps = inner.iter().filter(|&&k| f.w.t(k).cap).count();
    if caps * 10 >= inner.len() * 6 {
        return false; // Title Case: a book, an operation, a programme
    }
    // introduced as a name: "known as", "titled", "called", "so-called"
    if q.open > 0 {
        let p = q.open - 1;
        if ["titled", "entitled", "called", "named", "dubbed", "as", "so-called", "of", "the", "slogan", "headline"]
            .iter()
            .any(|w| f.w.is(p, w))
        {
            return false;
        }
    }
    true
}

/// Quotations no clause claimed: a quote that continues the speaker of the
/// statement before it, in the same paragraph or opening the next one.
fn orphan_quotes(f: &Finder, cands: &mut Vec<Candidate>) {
    for (qi, q) in f.quotes.iter().enumerate() {
        let _ = qi;
        let qr: Range = (q.open, q.close + 1);
        if cands.iter().any(|c| c.content.iter().any(|r| r.0 < qr.1 && qr.0 < r.1)) {
            continue;
        }
        // “Q” ― Name: a dash, then who said it
        if let Some(c) = dash_attribution(f, q, qr) {
            cands.push(c);
            continue;
        }
        if !speech_like(f, q) {
            continue;
        }
        let q_start = f.w.t(q.open).start;
        // the statement just before, by position
        let Some(prev) = cands
            .iter()
            .enumerate()
            .filter(|(_, c)| c.content.last().is_some_and(|r| f.w.t(r.1 - 1).end <= q_start))
            .max_by_key(|(_, c)| c.content.last().map_or(0, |r| r.1))
            .map(|(i, _)| i)
        else {
            continue;
        };
        let pc = &cands[prev];
        let p_last = pc.content.last().map_or(0, |r| r.1 - 1);
        let p_para = f.w.t(p_last).para;
        let q_para = q.paras.0;
        let opens_para = f.sents.iter().any(|s| s.body == q.open && s.para == q_para);
        let prev_sentence_of_para = f.sents.iter().filter(|s| s.para == p_para).map(|s| s.end).max().unwrap_or(0);
        let same_para = p_para == q_para;
        let continues_para = opens_para && q_para == p_para + 1 && {
            // the earlier statement ends its paragraph
            let sent_of_prev = f.sents.iter().position(|s| s.start <= p_last && p_last < s.end).unwrap_or(0);
            f.sents[sent_of_prev].end == prev_sentence_of_para
        };
        if !(same_para || continues_para) {
            continue;
        }
        // the quote stands alone: nothing but punctuation around it in its
        // sentence(s)
        let sent = f.sents.iter().find(|s| s.start <= q.open && q.open < s.end);
        let alone =
            sent.is_some_and(|s| (s.body..s.end).all(|k| f.w.t(k).quote as usize == qi + 1 || !f.w.t(k).is_wordlike()));
        if !alone {
            continue;
        }
        // a direct quote in the sentence right before: one statement in
        // two pieces, as news copy splits a quote around "he said"
        let this_sent = sent.map(|s| s.start);
        let direct_before = cands.iter().rposition(|c| {
            let r = c.content[c.content.len() - 1];
            let t = f.w.t(r.0);
            let is_quote = t.quote != 0 && f.quotes[t.quote as usize - 1].open == r.0;
            is_quote
                && f.sents.get(c.sentence + 1).is_some_and(|n| Some(n.start) == this_sent)
                && f.sents[c.sentence].para == q_para
        });
        if let Some(d) = direct_before {
            cands[d].content.push(qr);
            continue;
        }
        cands.push(Candidate {
            content: vec![qr],
            source: Source::Inherit(prev),
            cue: None,
            sentence: pc.sentence,
            rank: 1,
            split: false,
        });
    }
}

/// `“Q” ― Edwin Monroy`: a quotation followed by a dash and a name that
/// ends the sentence, as reader comments and epigraphs are credited.
fn dash_attribution(f: &Finder, q: &Quote, qr: Range) -> Option<Candidate> {
    if !q.closed {
        return None;
    }
    let d = q.close + 1;
    let dash = f.w.toks.get(d)?;
    if !dash.is_any_punct(&['―', '—', '–', '-']) || dash.para != f.w.t(q.close).para {
        return None;
    }
    let sent = f.sents.iter().position(|s| s.start <= d && d < s.end)?;
    let end = f.sents[sent].end;
    let np = f.w.right_np(d + 1, end)?;
    // nothing but a full stop after the name
    if (np.1..end).any(|k| f.w.t(k).is_wordlike()) {
        return None;
    }
    Some(Candidate {
        content: vec![qr],
        source: Source::Mention(Mention { head: np, desc: None }),
        cue: Some((d, d + 1)),
        sentence: sent,
        rank: 2,
        split: false,
    })
}

#[allow(clippy::too_many_arguments)]
fn build(
    text: &str,
    w: &Words,
    f: &Finder,
    quotes: &[Quote],
    cands: Vec<Candidate>,
    catalogue: &Catalogue,
    topics: &TopicLexicon,
) -> Vec<Statement> {
    let mut resolver = resolve::Resolver::new(w, catalogue);
    // order of resolution: by position of the source mention, so pronouns
    // see the entities mentioned before them; subjects of sentences are
    // fed in as they pass
    let mut order: Vec<usize> = (0..cands.len()).collect();
    let pos = |c: &Candidate| match c.source {
        Source::Mention(m) => m.head.0.min(c.content[0].0),
        _ => c.content[0].0,
    };
    order.sort_by_key(|&i| pos(&cands[i]));
    let mut resolved: Vec<Option<resolve::Resolved>> = vec![None; cands.len()];
    let mut source_span: Vec<Option<Span>> = vec![None; cands.len()];
    let mut next_sentence = 0;
    // inheritance may point forwards after sorting: resolve in passes
    let mut pending: Vec<usize> = Vec::new();
    for &ci in &order {
        let c = &cands[ci];
        let at = pos(c);
        while next_sentence < f.sents.len() && f.sents[next_sentence].end <= at {
            match f.subject_mention(next_sentence) {
                Some(subj) => resolver.subject(&subj),
                // no subject found: the first full name stands in
                None => {
                    if let Some(name) = f.first_name(next_sentence) {
                        resolver.subject(&Mention { head: name, desc: None });
                    }
                }
            }
            next_sentence += 1;
        }
        match c.source {
            Source::Mention(m) => {
                resolved[ci] = Some(resolver.mention(&m));
                let (s, e) = w.span(m.head);
                source_span[ci] = Some(Span::new(s, e));
            }
            Source::Inherit(_) => pending.push(ci),
            Source::None => resolved[ci] = Some(resolve::Resolved::default()),
        }
    }
    for _ in 0..4 {
        for &ci in &pending {
            if let Source::Inherit(p) = cands[ci].source
                && resolved[ci].is_none()
                && p < cands.len()
                && let Some(r) = resolved[p].clone()
            {
                resolved[ci] = Some(r);
                source_span[ci] = source_span[p];
            }
        }
    }
    let mut out = Vec::with_capacity(cands.len());
    for (ci, c) in cands.iter().enumerate() {
        let mut pieces: Vec<Span> = Vec::new();
        let mut quoted_words = 0usize;
        let mut all_words = 0usize;
        for &r in &c.content {
            let (span, qw, aw) = piece_span(text, w, quotes, r);
            if span.is_empty() {
                continue;
            }
            quoted_words += qw;
            all_words += aw;
            pieces.push(span);
        }
        if pieces.is_empty() {
            continue;
        }
        let content = pieces.iter().skip(1).fold(pieces[0], |a, b| a.cover(b));
        let kind = if all_words > 0 && quoted_words == all_words {
            Kind::Direct
        } else if quoted_words > 0 {
            Kind::Mixed
        } else {
            Kind::Indirect
        };
        let r = resolved[ci].clone().unwrap_or_default();
        let cue = c.cue.map(|(a, b)| {
            let (s, e) = w.span((a, b));
            Span::new(s, e)
        });
        out.push(Statement {
            content,
            pieces: if pieces.len() > 1 { pieces } else { Vec::new() },
            source: source_span[ci],
            cue,
            speaker: r.speaker,
            actor: r.actor.map(|a| catalogue.actors[a].id.clone()),
            kind,
            topics: Vec::new(),
            stance: Default::default(),
        });
    }
    out.sort_by_key(|s| (s.content.start, s.content.end));
    // contents never overlap: keep the first of any overlapping pair
    let mut kept: Vec<Statement> = Vec::with_capacity(out.len());
    for s in out {
        if kept.last().is_some_and(|k: &Statement| k.content.overlaps(&s.content)) {
            continue;
        }
        kept.push(s);
    }
    // topics and stance, from each statement, its sentence and the
    // article's headline and lead
    topics.annotate(text, &mut kept);
    kept
}

/// Byte span of a content range: the words inside the marks when the range
/// is exactly one quotation; trimmed of edge punctuation. Also counts the
/// words inside quotations and in all.
fn piece_span(text: &str, w: &Words, quotes: &[Quote], r: Range) -> (Span, usize, usize) {
    let (a, b) = r;
    if a >= b {
        return (Span::new(0, 0), 0, 0);
    }
    let first = w.t(a);
    let mut span = if first.quote != 0 && first.is_quote() && quotes[first.quote as usize - 1].open == a && {
        let q = &quotes[first.quote as usize - 1];
        q.close + 1 >= b
    } {
        let q = &quotes[first.quote as usize - 1];
        Span::new(q.inner.0, q.inner.1)
    } else {
        let (s, e) = w.span(r);
        Span::new(s, e)
    };
    // trim spaces and trailing commas/full stops inside
    let t = span.text(text);
    let lead = t.len() - t.trim_start().len();
    span.start += lead;
    let t = span.text(text);
    let trimmed = t.trim_end().trim_end_matches([',', ';', ':', ' ', '\n', '\r', '\t']);
    span.end = span.start + trimmed.len();
    let mut quoted = 0;
    let mut all = 0;
    for k in a..b {
        let tk = w.t(k);
        if tk.is_wordlike() && tk.start >= span.start && tk.end <= span.end {
            all += 1;
            if tk.quote != 0 {
                quoted += 1;
            }
        }
    }
    (span, quoted, all)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod chunk_tests {
    use super::*;

    #[test]
    fn chunks_cover_the_text_in_order_on_char_boundaries() {
        let text = "Первый абзац. Second one.\n\n".repeat(40_000) + &"word ".repeat(100_000);
        let parts = chunks(&text, 10_000);
        assert_eq!(parts.first().unwrap().0, 0);
        assert_eq!(parts.last().unwrap().1, text.len());
        for w in parts.windows(2) {
            assert_eq!(w[0].1, w[1].0);
        }
        for &(s, e) in &parts {
            assert!(e - s <= 10_000 && e > s);
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        }
    }

    #[test]
    fn long_texts_are_extracted_in_pieces_with_correct_offsets() {
        let para =
            "Kremlin spokesman Dmitry Peskov said the plan was unrealistic. “It ignores the situation,” he added.\n\n";
        let text = para.repeat(CHUNK_BYTES / para.len() * 3);
        let cat = Catalogue::builtin();
        let topics = TopicLexicon::builtin();
        let found = extract(&text, &cat, &topics);
        assert!(found.len() >= 2 * (CHUNK_BYTES / para.len() * 3) - 4, "{}", found.len());
        for s in &found {
            let c = s.content.text(&text);
            assert!(c == "the plan was unrealistic" || c == "It ignores the situation", "{c:?}");
        }
    }
}
