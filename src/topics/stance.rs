//! Stance: is the speaker, in this statement, for or against a topic's
//! proposition?
//!
//! Read from the statement's own words and the words that introduce it,
//! never from who the speaker is:
//!
//! - cue words and phrases, for ("support", "insist on", "no alternative
//!   to") or against ("reject", "unacceptable", "a trick");
//! - harm: "X would undermine the talks" defends the talks and rejects X;
//! - negation, within a few words and the same clause: "will not accept";
//! - the topic word the cue is about, and which way round it names the
//!   topic: against "lifting sanctions" is for sanctions;
//! - a cue before a list bears on every item of it ("backs sanctions,
//!   arms and guarantees"); undoing an undoing gives the thing back ("lift
//!   its pause on aid"), and a refusal undone refuses nothing ("lifted its
//!   veto");
//! - the reporting verb: "dismissed calls for a truce"; under an accusing
//!   one only refusing words count ("accused X of trying to prolong …");
//! - questions, conditions ("if they reject …") and accusations about the
//!   other side ("they broke the truce") take no side.
//!
//! A statement with no cue is neutral: when unsure, neutral.

use super::{ArticleContext, CueHit, CueKind, TermHit, TermKind, TopicLexicon, matcher};
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The speaker's stance toward a topic's proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Favor,
    Against,
    Neutral,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Favor, Stance::Against, Stance::Neutral];

    pub fn label(self) -> &'static str {
        match self {
            Stance::Favor => "favor",
            Stance::Against => "against",
            Stance::Neutral => "neutral",
        }
    }

    pub fn parse(s: &str) -> Option<Stance> {
        match s.trim().to_lowercase().as_str() {
            "favor" | "favour" | "for" => Some(Stance::Favor),
            "against" => Some(Stance::Against),
            "neutral" => Some(Stance::Neutral),
            _ => None,
        }
    }

    /// A one-character mark for cards and tables.
    pub fn symbol(self) -> &'static str {
        match self {
            Stance::Favor => "+",
            Stance::Against => "−",
            Stance::Neutral => "○",
        }
    }
}

/// Why a stance was given: one deciding word or phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// The cue (or topic word) in the article text.
    pub span: Span,
    pub what: ReasonKind,
    /// A negation that turned it round.
    pub negated_by: Option<Span>,
    /// The topic word it bears on, if one.
    pub target: Option<Span>,
    /// The topic word names the topic the other way round.
    pub opposite: bool,
    /// What it adds: positive for favor.
    pub weight: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonKind {
    FavorCue,
    AgainstCue,
    /// Harm to what follows (defended) or by what precedes (rejected).
    Harm,
    /// A topic word under negation: "no talks".
    NegatedTopic,
    /// The statement is a question: no stance.
    Question,
    /// Describes the other side: no stance from this clause.
    Accusation,
    /// A cue inside a condition, not counted.
    Condition,
    /// What a denial depends on: "no deal without [guarantees]".
    Required,
    /// Undoing what undid it: "lift the pause on [aid]".
    Restored,
}

impl ReasonKind {
    pub fn label(self) -> &'static str {
        match self {
            ReasonKind::FavorCue => "for",
            ReasonKind::AgainstCue => "against",
            ReasonKind::Harm => "harm",
            ReasonKind::NegatedTopic => "negated topic",
            ReasonKind::Question => "a question",
            ReasonKind::Accusation => "describes the other side",
            ReasonKind::Condition => "in a condition (not counted)",
            ReasonKind::Required => "asked for as a condition",
            ReasonKind::Restored => "gives back what was undone",
        }
    }
}

/// The stance on one topic and the words that decided it.
#[derive(Debug, Clone, PartialEq)]
pub struct StanceFinding {
    pub stance: Stance,
    /// Sum of the reasons' weights.
    pub score: f32,
    pub reasons: Vec<Reason>,
}

/// How much evidence a side needs.
const THRESHOLD: f32 = 0.9;
/// Words between a negation and what it turns round.
const NEGATION_REACH: usize = 4;
/// Words between a cue and the topic word it bears on.
const TARGET_REACH: usize = 10;
/// Words between an action that undoes something and the topic word it is
/// done to: "a halt [to] [all] [foreign] [military aid]".
const REVERSER_REACH: usize = 4;

struct Tok {
    span: Span,
    /// Comma-level clause.
    clause: usize,
    /// Sentence-level clause (split at ; : — and "but").
    part: usize,
    lead_in: bool,
    in_condition: bool,
}

/// Stance per tagged topic that has a proposition.
#[allow(clippy::too_many_arguments)]
pub(crate) fn decide(
    lex: &TopicLexicon,
    ctx: &ArticleContext,
    text: &str,
    parts: &[Span],
    tagged: &[usize],
    targets_all: &[TermHit],
    cues: &[CueHit],
    lead_in: Span,
    question: bool,
) -> BTreeMap<usize, StanceFinding> {
    let stance_topics: Vec<usize> = tagged.iter().copied().filter(|&t| lex.topics[t].has_stance()).collect();
    let mut out: BTreeMap<usize, StanceFinding> = BTreeMap::new();
    if stance_topics.is_empty() {
        return out;
    }
    let neutral = |reasons: Vec<Reason>| StanceFinding { stance: Stance::Neutral, score: 0.0, reasons };
    if question {
        let span = parts.last().copied().unwrap_or(Span::new(0, 0));
        let r = Reason {
            span: Span::new(span.end.saturating_sub(1), span.end),
            what: ReasonKind::Question,
            negated_by: None,
            target: None,
            opposite: false,
            weight: 0.0,
        };
        for &t in &stance_topics {
            out.insert(t, neutral(vec![r.clone()]));
        }
        return out;
    }
    // the words, with their clauses
    let toks = tokens(ctx, text, lead_in, parts, cues);
    let tok_at = |sp: Span| toks.iter().position(|t| t.span.start >= sp.start).unwrap_or(toks.len().saturating_sub(1));
    // an accusation in the reporting verb ("accused X of …"): the whole
    // statement describes the other side, unless what it accuses them of
    // is named with a refusing word ("accused the West of escalation",
    // "of trying to prolong the war"): that word is the speaker's own
    let accused_lead = cues.iter().find(|c| c.kind == CueKind::Accusation && c.lead_in);
    let condemned = cues.iter().any(|c| c.kind == CueKind::Against && !c.lead_in);
    if let Some(acc) = accused_lead.filter(|_| !condemned) {
        let r = Reason {
            span: acc.span,
            what: ReasonKind::Accusation,
            negated_by: None,
            target: None,
            opposite: false,
            weight: 0.0,
        };
        for &t in &stance_topics {
            out.insert(t, neutral(vec![r.clone()]));
        }
        return out;
    }
    let accused_parts: Vec<usize> = cues
        .iter()
        .filter(|c| c.kind == CueKind::Accusation && !c.lead_in)
        .map(|c| toks[tok_at(c.span)].part)
        .collect();

    let reversers: Vec<Span> = cues.iter().filter(|c| c.kind == CueKind::Reverser).map(|c| c.span).collect();
    // a topic word right after an opposite phrase of its topic belongs to
    // it: "withdrawal from [Donbas]", "recognition of [Crimea]"
    // where the naming of a turned word starts (the reverser): a negation
    // reaches the word from there ("will not give up its course towards
    // [membership]")
    let mut via: Vec<(Span, Span)> = Vec::new();
    // an action that undoes another right after it ("lift [its] pause",
    // "end the suspension"): the two cancel out
    let undone_by = |r: Span| {
        reversers.iter().copied().find(|&r0| {
            r0.end <= r.start
                && tok_at(r).saturating_sub(tok_at(r0)) <= 2
                && !text.get(r0.end..r.start).unwrap_or("").contains([',', ';', '.', ':'])
        })
    };
    let mut restored: Vec<(TermHit, Span, Span)> = Vec::new();
    let turned: Vec<TermHit> = targets_all
        .iter()
        .map(|h| {
            let mut h = *h;
            if h.kind != TermKind::Opposite
                && let Some(o) = targets_all.iter().find(|o| {
                    o.kind == TermKind::Opposite
                        && o.topic == h.topic
                        && o.span.end <= h.span.start
                        && tok_at(h.span).saturating_sub(tok_at(o.span)) <= 4
                        && !text.get(o.span.end..h.span.start).unwrap_or("").contains([',', ';', '.', ':'])
                })
            {
                h.kind = TermKind::Opposite;
                via.push((h.span, o.span));
            }
            // "lifting [sanctions]", "hand over [Donbas]": an action that
            // undoes or gives away what it is done to, shortly before the
            // topic word and not part of a longer topic word of its own
            // ("end the war"); the nearest one acts on the word
            let undoes = |r: Span| {
                r.end <= h.span.start
                    && tok_at(h.span).saturating_sub(tok_at(r)) <= REVERSER_REACH
                    && !text.get(r.end..h.span.start).unwrap_or("").contains([',', ';', '.', ':'])
                    && !targets_all.iter().any(|o| o.span.contains(&r) && o.span.len() > r.len())
                    && !cues.iter().any(|c| {
                        matches!(c.kind, CueKind::Favor | CueKind::Against | CueKind::Harm)
                            && c.span.start >= r.end
                            && c.span.end <= h.span.start
                    })
            };
            if let Some(r) = reversers.iter().copied().filter(|&r| undoes(r)).max_by_key(|r| r.start) {
                // "lift its pause on [aid]", "end the suspension of [talks]":
                // undoing an undoing gives the thing back, a step towards it
                if let Some(r0) = undone_by(r).filter(|&r0| undoes(r0)) {
                    restored.push((h, r0, r));
                } else {
                    h.kind = if h.kind == TermKind::Opposite { TermKind::Term } else { TermKind::Opposite };
                    via.push((h.span, r));
                }
            }
            h
        })
        .collect();
    // the reverser is the action, not the topic ("recognise" is a word of
    // the territory topic too)
    let targets: Vec<(usize, &TermHit)> = turned
        .iter()
        .filter(|h| stance_topics.contains(&h.topic) && !reversers.contains(&h.span))
        .map(|h| (tok_at(h.span), h))
        .collect();
    // "no settlement will hold without [guarantees]", "impossible unless
    // [neutrality]": a denial that names what it depends on asks for that;
    // the negation (or the refusing word) is spent on it
    let mut spent: Vec<Span> = Vec::new();
    let mut required: Vec<(usize, Span)> = Vec::new();
    for r in cues.iter().filter(|c| c.kind == CueKind::Requirement && !c.lead_in) {
        let ri = tok_at(r.span);
        let denials: Vec<Span> = cues
            .iter()
            .filter(|c| {
                matches!(c.kind, CueKind::Negator | CueKind::Against)
                    && !c.lead_in
                    && c.span.end <= r.span.start
                    && toks[tok_at(c.span)].part == toks[ri].part
            })
            .map(|c| c.span)
            .collect();
        if !denials.is_empty() {
            spent.extend(denials);
            spent.push(r.span);
            required.push((ri, r.span));
        }
    }
    let negators: Vec<(usize, Span)> = cues
        .iter()
        .filter(|c| c.kind == CueKind::Negator && !spent.contains(&c.span))
        .map(|c| (tok_at(c.span), c.span))
        .collect();
    // "lifted its veto", "dropped the objection": a refusal undone by the
    // action right before it refuses nothing
    for c in cues.iter().filter(|c| c.kind == CueKind::Against) {
        if undone_by(c.span).is_some() {
            spent.push(c.span);
        }
    }
    let polar: Vec<(usize, &CueHit)> = cues
        .iter()
        .filter(|c| {
            matches!(c.kind, CueKind::Favor | CueKind::Against | CueKind::Harm | CueKind::Modal | CueKind::Increment)
        })
        .filter(|c| !spent.contains(&c.span))
        .map(|c| (tok_at(c.span), c))
        .collect();
    // words that are a phrase named the other way round ("withdrawal
    // from", "pull out of" the land) say what is done, not a refusal of
    // it: the phrase carries their meaning, and they are no cue
    let in_phrase =
        |c: &CueHit| !c.lead_in && targets_all.iter().any(|h| h.kind == TermKind::Opposite && h.span.overlaps(&c.span));
    let mut score: BTreeMap<usize, f32> = BTreeMap::new();
    let mut reasons: BTreeMap<usize, Vec<Reason>> = BTreeMap::new();
    let mut used_negators: Vec<usize> = Vec::new();
    // harm done to a topic word after it ("would wreck [the talks]"): the
    // refusing words before it in that part are said of what does the harm
    let defending: Vec<usize> = polar
        .iter()
        .filter(|(hi, h)| {
            h.kind == CueKind::Harm
                && !text.get(h.span.end..).is_some_and(|r| r.trim_start().starts_with("by "))
                && targets.iter().any(|(ti, _)| ti > hi && toks[*ti].part == toks[*hi].part && ti - hi <= TARGET_REACH)
        })
        .map(|(hi, _)| *hi)
        .collect();

    // "dismissed [calls for a truce]": a reporting verb that takes a side
    // on a report that opens with a cue ("calls for", "support for")
    // decides; the opening cue names what it is about
    let first_content = toks.iter().position(|t| !t.lead_in).unwrap_or(0);
    // "threatened [to block the package]": what is threatened, promised
    // or vowed is the infinitive's own cue, which decides instead
    let infinitive_decides = toks
        .get(first_content)
        .is_some_and(|t| text.get(t.span.start..t.span.end).is_some_and(|w| w.eq_ignore_ascii_case("to")))
        && polar.iter().any(|(ci, c)| *ci == first_content + 1 && !c.lead_in);
    let verb_decides = !infinitive_decides && polar.iter().any(|(_, c)| c.lead_in);
    for &(ci, cue) in &polar {
        let tok = &toks[ci];
        // under an accusing reporting verb only the refusing words count,
        // "trying to" there included ("accused X of trying to prolong …")
        if accused_lead.is_some() {
            if cue.kind != CueKind::Against {
                continue;
            }
        } else if accused_parts.contains(&tok.part) {
            continue;
        }
        if verb_decides && !cue.lead_in && ci <= first_content + 1 || infinitive_decides && cue.lead_in {
            continue;
        }
        // a cue that reaches out of a phrase named the other way round is
        // no cue for that phrase's topic, but may be for another: "[weapons
        // deliveries] only prolong the war" ("prolong the war" is of the
        // talks) speaks against the deliveries; one wholly inside the
        // phrase ("withdrawal from" Donbas) is the phrase's own word
        let within =
            in_phrase(cue) && targets_all.iter().any(|h| h.kind == TermKind::Opposite && h.span.contains(&cue.span));
        let phrase_topics: Vec<usize> = if in_phrase(cue) {
            targets_all
                .iter()
                .filter(|h| h.kind == TermKind::Opposite && h.span.overlaps(&cue.span))
                .map(|h| h.topic)
                .collect()
        } else {
            Vec::new()
        };
        if within
            || stance_topics.iter().all(|t| phrase_topics.contains(t))
            || !phrase_topics.is_empty()
                && !targets.iter().any(|(ti, h)| !phrase_topics.contains(&h.topic) && toks[*ti].part == tok.part)
        {
            continue;
        }
        let others: Vec<(usize, &TermHit)>;
        let targets = if phrase_topics.is_empty() {
            &targets
        } else {
            others = targets.iter().copied().filter(|(_, h)| !phrase_topics.contains(&h.topic)).collect();
            &others
        };
        if tok.in_condition {
            for &t in &stance_topics {
                reasons.entry(t).or_default().push(Reason {
                    span: cue.span,
                    what: ReasonKind::Condition,
                    negated_by: None,
                    target: None,
                    opposite: false,
                    weight: 0.0,
                });
            }
            continue;
        }
        // a negation shortly before, in the same clause, with no other cue
        // between
        let cue_last = toks.iter().rposition(|t| t.span.start < cue.span.end).unwrap_or(ci);
        let neg = negators
            .iter()
            .filter(|(ni, sp)| {
                *ni < ci
                    && ci - ni <= NEGATION_REACH
                    && toks[*ni].clause == tok.clause
                    && !cue.span.contains(sp)
                    && !polar.iter().any(|(pi, _)| pi > ni && *pi < ci)
            })
            .max_by_key(|(ni, _)| *ni)
            // or right after it: "should not", "must never"
            .or_else(|| {
                negators.iter().find(|(ni, sp)| {
                    *ni == cue_last + 1
                        && toks[*ni].clause == tok.clause
                        && matches!(sp.text(text).to_lowercase().as_str(), "not" | "never" | "n't" | "no")
                })
            })
            .copied();
        if let Some((ni, _)) = neg {
            used_negators.push(ni);
        }
        let sign = if neg.is_some() { -1.0 } else { 1.0 };
        // the topic word it bears on: the nearest in its part of the
        // sentence (any in the statement for a reporting verb); a word
        // inside an "if" clause is what a threat answers, not what the
        // words outside it take a side on
        let reachable = |(ti, _): &&(usize, &TermHit)| {
            (cue.lead_in || (toks[*ti].part == tok.part && ti.abs_diff(ci) <= TARGET_REACH))
                && (!toks[*ti].in_condition || tok.in_condition)
        };
        // an obligation bears on what follows it: the nearest word after
        // it, if there is one ("any deal must reflect [the realities]")
        // "[European troops] would be needed", "more [air defence] is
        // needed": a passive need argues for what precedes it, or for the
        // purpose it names ("a force would be needed to [deter] …")
        let passive_need = cue.kind == CueKind::Modal
            && ci > 0
            && matches!(
                toks[ci - 1].span.text(text).to_lowercase().as_str(),
                "be" | "is" | "are" | "was" | "were" | "been" | "being"
            );
        let after = (cue.kind == CueKind::Modal && !passive_need)
            .then(|| targets.iter().filter(reachable).filter(|(ti, _)| *ti > ci).min_by_key(|(ti, _)| *ti))
            .flatten();
        let before = passive_need
            .then(|| targets.iter().filter(reachable).filter(|(ti, _)| *ti < ci).max_by_key(|(ti, _)| *ti))
            .flatten();
        // "more [interceptors]": an amount asks for the topic word right
        // after it, unbroken by punctuation; "more than forty drones",
        // "more expensive" only compare
        let amount = (cue.kind == CueKind::Increment).then(|| {
            let compares = toks.get(cue_last + 1).is_some_and(|t| t.span.text(text).eq_ignore_ascii_case("than"));
            targets
                .iter()
                .filter(|(ti, _)| *ti > cue_last && ti - cue_last <= REVERSER_REACH && !compares)
                .filter(|(_, h)| !text.get(cue.span.end..h.span.start).unwrap_or("").contains([',', ';', '.', ':']))
                .filter(reachable)
                .min_by_key(|(ti, _)| *ti)
        });
        if amount.is_some_and(|a| a.is_none()) {
            continue;
        }
        let near = amount
            .flatten()
            .or(after)
            .or(before)
            .or_else(|| targets.iter().filter(reachable).min_by_key(|(ti, _)| (ti.abs_diff(ci), *ti < ci)))
            .copied();
        // "a dangerous step that would undermine [the talks]": a refusing
        // word before harm done to the topic word is said of what does the
        // harm, not of the topic
        if cue.kind == CueKind::Against && defending.iter().any(|&hi| hi > ci && toks[hi].part == tok.part) {
            continue;
        }
        let (aims, target): (Vec<usize>, Option<(usize, &TermHit)>) = match near {
            Some((ti, h)) => (vec![h.topic], Some((ti, h))),
            // no topic word in reach: the topics the statement has without
            // one of their words in this part
            None => {
                let free: Vec<usize> = stance_topics
                    .iter()
                    .copied()
                    .filter(|t| !targets.iter().any(|(ti, h)| h.topic == *t && toks[*ti].part == tok.part))
                    .collect();
                if targets.is_empty() {
                    (free, None)
                } else {
                    // topic words elsewhere in the statement: the nearest
                    let far = targets.iter().min_by_key(|(ti, _)| ti.abs_diff(ci)).copied();
                    match far {
                        Some((ti, h)) => (vec![h.topic], Some((ti, h))),
                        None => (free, None),
                    }
                }
            }
        };
        // "the damage it has caused": harm named as a thing after a
        // determiner says nothing of what came before it
        let harm_noun = cue.kind == CueKind::Harm
            && ci > 0
            && matches!(
                toks[ci - 1].span.text(text).to_lowercase().as_str(),
                "the" | "this" | "that" | "such" | "its" | "their" | "any"
            );
        if harm_noun && target.is_none_or(|(ti, _)| ti < ci) {
            continue;
        }
        let opposite = target.is_some_and(|(_, h)| h.kind == TermKind::Opposite);
        // "undermined by X": the harm comes from what follows
        let passive = text.get(cue.span.end..).is_some_and(|r| r.trim_start().starts_with("by "));
        let base = match cue.kind {
            CueKind::Favor | CueKind::Increment => 1.0,
            CueKind::Against => -1.0,
            // an obligation bears on what follows it; on what precedes it
            // is a condition, no stance
            CueKind::Modal => match target {
                Some((ti, _)) if ti > ci || passive_need => 1.0,
                // an obligation with nothing named after it is the
                // statement's only word on the topic, or says nothing
                None if targets.is_empty()
                    && !polar.iter().any(|(_, c)| {
                        !c.lead_in && matches!(c.kind, CueKind::Favor | CueKind::Against | CueKind::Harm)
                    }) =>
                {
                    1.0
                }
                _ => 0.0,
            },
            // harm to what follows defends it; harm done by what precedes
            // condemns it; harm the speaker vows or threatens to do
            // ("threatened [to block the package]") is against it
            _ => match target {
                Some(_) if infinitive_decides && ci == first_content + 1 => -1.0,
                Some((ti, _)) if (ti > ci) != passive => 1.0,
                Some(_) => -1.0,
                None => 0.0,
            },
        };
        // "the measures would not hurt the economy": denying that a thing
        // does harm answers an objection and argues for nothing
        let base = if cue.kind == CueKind::Harm && base < 0.0 && neg.is_some() { 0.0 } else { base };
        let w = base * sign * if opposite { -1.0 } else { 1.0 };
        if w == 0.0 {
            continue;
        }
        // "support for [sanctions], [arms] and [talks]": a cue before a
        // list bears on every topic word of the list, not the first only
        let mut aims: Vec<(usize, Option<&TermHit>, f32)> =
            aims.into_iter().map(|t| (t, target.map(|(_, h)| h), w)).collect();
        if let Some((t0, h0)) = target
            && t0 > ci
        {
            let mut prev = h0;
            for &(tj, hj) in targets.iter().filter(|(tj, _)| *tj > t0) {
                if hj.span.start < prev.span.end {
                    continue;
                }
                if toks[tj].part != tok.part || !is_list_gap(text.get(prev.span.end..hj.span.start).unwrap_or("")) {
                    break;
                }
                if polar.iter().any(|(pi, _)| *pi > t0 && *pi < tj) {
                    break;
                }
                if !aims.iter().any(|(t, _, _)| *t == hj.topic) {
                    let wj = base * sign * if hj.kind == TermKind::Opposite { -1.0 } else { 1.0 };
                    aims.push((hj.topic, Some(hj), wj));
                }
                prev = hj;
            }
        }
        for (t, on, w) in aims {
            *score.entry(t).or_default() += w;
            reasons.entry(t).or_default().push(Reason {
                span: cue.span,
                what: match cue.kind {
                    CueKind::Favor | CueKind::Modal | CueKind::Increment => ReasonKind::FavorCue,
                    CueKind::Against => ReasonKind::AgainstCue,
                    _ => ReasonKind::Harm,
                },
                negated_by: neg.map(|(_, sp)| sp),
                target: on.map(|h| h.span),
                opposite: on.is_some_and(|h| h.kind == TermKind::Opposite),
                weight: w,
            });
        }
    }
    // a phrase named the other way round under a negation with no cue of
    // its own: "no territorial concessions", "never recognise [Crimea]".
    // A plain topic word under a negation takes no side: the negation
    // there is of what is said about it ("is not serious about peace",
    // "were not consulted on the plan"), and refusals are said with verbs
    // that are cues ("reject talks")
    for &(ti, h) in &targets {
        let tok = &toks[ti];
        if h.kind != TermKind::Opposite
            || tok.in_condition
            || accused_parts.contains(&tok.part)
            || accused_lead.is_some()
        {
            continue;
        }
        let from = via.iter().find(|(sp, _)| *sp == h.span).map_or(ti, |(_, r)| tok_at(*r));
        let Some(&(ni, nspan)) = negators.iter().find(|(ni, _)| {
            *ni < from
                && from - ni <= NEGATION_REACH
                && toks[*ni].clause == tok.clause
                && !used_negators.contains(ni)
                && !polar.iter().any(|(pi, c)| pi > ni && *pi <= ti && !in_phrase(c))
        }) else {
            continue;
        };
        let _ = ni;
        let w = if h.kind == TermKind::Opposite { 1.0 } else { -1.0 };
        *score.entry(h.topic).or_default() += w;
        reasons.entry(h.topic).or_default().push(Reason {
            span: h.span,
            what: ReasonKind::NegatedTopic,
            negated_by: Some(nspan),
            target: Some(h.span),
            opposite: h.kind == TermKind::Opposite,
            weight: w,
        });
    }
    // "will lift its pause on [aid]": giving back what was undone is a
    // step towards it; "will not lift …" refuses that step
    for (h, r0, r) in &restored {
        let ti = tok_at(h.span);
        let from = tok_at(*r0);
        let tok = &toks[ti];
        if !stance_topics.contains(&h.topic)
            || tok.in_condition
            || accused_parts.contains(&tok.part)
            || accused_lead.is_some()
        {
            continue;
        }
        let neg = negators
            .iter()
            .find(|(ni, _)| *ni < from && from - ni <= NEGATION_REACH && toks[*ni].clause == toks[from].clause)
            .map(|(_, sp)| *sp);
        let w = if h.kind == TermKind::Opposite { -1.0 } else { 1.0 } * if neg.is_some() { -1.0 } else { 1.0 };
        *score.entry(h.topic).or_default() += w;
        reasons.entry(h.topic).or_default().push(Reason {
            span: Span::new(r0.start, r.end),
            what: ReasonKind::Restored,
            negated_by: neg,
            target: Some(h.span),
            opposite: h.kind == TermKind::Opposite,
            weight: w,
        });
    }
    // what a denial depends on is asked for: the topic words shortly after
    // "without" / "unless" there
    for &(ri, rspan) in required.iter().filter(|_| accused_lead.is_none()) {
        for &(ti, h) in &targets {
            if ti <= ri || ti - ri > NEGATION_REACH || toks[ti].part != toks[ri].part {
                continue;
            }
            let w = if h.kind == TermKind::Opposite { -1.0 } else { 1.0 };
            *score.entry(h.topic).or_default() += w;
            reasons.entry(h.topic).or_default().push(Reason {
                span: rspan,
                what: ReasonKind::Required,
                negated_by: None,
                target: Some(h.span),
                opposite: h.kind == TermKind::Opposite,
                weight: w,
            });
        }
    }
    for &t in &stance_topics {
        let s = score.get(&t).copied().unwrap_or(0.0);
        let stance = if s >= THRESHOLD {
            Stance::Favor
        } else if s <= -THRESHOLD {
            Stance::Against
        } else {
            Stance::Neutral
        };
        let mut rs = reasons.remove(&t).unwrap_or_default();
        if rs.is_empty() && !accused_parts.is_empty() {
            let c = cues.iter().find(|c| c.kind == CueKind::Accusation).expect("an accusation");
            rs.push(Reason {
                span: c.span,
                what: ReasonKind::Accusation,
                negated_by: None,
                target: None,
                opposite: false,
                weight: 0.0,
            });
        }
        out.insert(t, StanceFinding { stance, score: s, reasons: rs });
    }
    out
}

/// The words between two items of a list: a comma, "and", "or", "as
/// well as", with at most a few words more ("air defence today and an
/// [invitation] tomorrow"), and no stop between.
fn is_list_gap(gap: &str) -> bool {
    if gap.contains([';', ':', '.', '!', '?', '—', '(', ')']) {
        return false;
    }
    let words: Vec<String> = matcher::words(gap).map(|(_, w)| w.to_lowercase()).collect();
    let joins = gap.contains(',') || words.iter().any(|w| matches!(w.as_str(), "and" | "or" | "plus"));
    joins && words.len() <= 4
}

/// The words of the lead-in and the statement, each with its clause.
fn tokens(ctx: &ArticleContext, text: &str, lead_in: Span, parts: &[Span], cues: &[CueHit]) -> Vec<Tok> {
    // about one word in six bytes of English: room for the words at once,
    // rather than a copy each time the count doubles
    let bytes = lead_in.len() + parts.iter().map(Span::len).sum::<usize>();
    let mut toks: Vec<Tok> = Vec::with_capacity(bytes / 6 + 4);
    let mut clause = 0;
    let mut part = 0;
    let mut prev_end: Option<usize> = None;
    let breaks: Vec<Span> = cues.iter().filter(|c| c.kind == CueKind::ClauseBreak).map(|c| c.span).collect();
    let conds: Vec<Span> = cues.iter().filter(|c| c.kind == CueKind::Condition).map(|c| c.span).collect();
    let mut in_condition = false;
    for (ri, region) in std::iter::once(lead_in).chain(parts.iter().copied()).enumerate() {
        if region.is_empty() {
            continue;
        }
        for span in ctx.words_in(text, region) {
            if let Some(pe) = prev_end {
                let gap = text.get(pe..span.start).unwrap_or("");
                if gap.contains([';', ':', '—', '–', '(', ')', '.', '!', '?']) {
                    part += 1;
                    clause += 1;
                    in_condition = false;
                } else if gap.contains(',') {
                    clause += 1;
                    in_condition = false;
                } else if ri > 1 && toks.last().is_some_and(|t| !t.lead_in) && gap.len() > 2 {
                    // a new piece of an interrupted quote
                    part += 1;
                    clause += 1;
                }
            }
            if breaks.iter().any(|b| b.start == span.start) {
                part += 1;
                clause += 1;
                in_condition = false;
            }
            if conds.iter().any(|c| c.start == span.start) {
                in_condition = true;
            }
            toks.push(Tok { span, clause, part, lead_in: ri == 0, in_condition });
            prev_end = Some(span.end);
        }
    }
    if toks.is_empty() {
        toks.push(Tok { span: Span::new(0, 0), clause: 0, part: 0, lead_in: false, in_condition: false });
    }
    toks
}

/// One reason in words: `“reject” (against)`, `“not” + “accept” (against)`.
pub fn describe(r: &Reason, text: &str) -> String {
    let q = |sp: Span| format!("“{}”", sp.text(text).split_whitespace().collect::<Vec<_>>().join(" "));
    let mut s = match r.negated_by {
        Some(n) => format!("{} + {}", q(n), q(r.span)),
        None => q(r.span),
    };
    let side = if r.weight > 0.0 {
        "for"
    } else if r.weight < 0.0 {
        "against"
    } else {
        r.what.label()
    };
    s.push_str(&format!(" ({side}"));
    if let Some(t) = r.target
        && t != r.span
    {
        s.push_str(&format!(", on {}", q(t)));
    }
    if r.opposite {
        s.push_str(", named the other way round");
    }
    s.push(')');
    s
}
