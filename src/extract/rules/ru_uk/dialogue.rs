//! Interviews printed as dialogue: each turn a paragraph opening with a
//! dash, the journalist's question and the answer taking turns. Every
//! answer is what the interviewee said (the person the story quoted last
//! before the dialogue); the questions are not statements, though speech
//! reported in one (`— Москва требует …`) is found by the other rules.

use super::super::super::doc::Doc;
use super::super::{Candidate, Rule, Source};
use super::S;

pub struct Interview(pub &'static str);

/// Fewer dialogue paragraphs than this are prose dialogue, credited line
/// by line (`— …, — говорит X.`).
const MIN_TURNS: usize = 4;

impl Rule for Interview {
    fn name(&self) -> &'static str {
        "interview answer (ru/uk)"
    }

    fn why(&self) -> &'static str {
        "in an interview printed as dialogue, every other dash paragraph is the interviewee's answer"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        let s = S::new(d, self.0);
        // paragraphs that open with a dash, with their token ranges
        let mut turns: Vec<(u32, usize, usize)> = Vec::new();
        let mut para = u32::MAX;
        for sent in d.sents {
            if sent.para == para {
                continue;
            }
            para = sent.para;
            if s.is_dash(sent.start) && s.t(sent.start).quote == 0 {
                let end = d.sents.iter().filter(|x| x.para == para).map(|x| x.end).max().unwrap_or(sent.end);
                turns.push((para, sent.start, end));
            }
        }
        if turns.len() < MIN_TURNS {
            return;
        }
        let first_turn = turns[0].1;
        // the interviewee: the speaker the story named last before the
        // dialogue, else first
        let named = |c: &Candidate| matches!(c.source, Source::Mention(_));
        let before = out
            .iter()
            .enumerate()
            .filter(|(_, c)| named(c) && c.content[0].1 <= first_turn)
            .max_by_key(|(_, c)| c.content[0].0)
            .map(|(k, _)| k);
        let Some(who) = before.or_else(|| out.iter().position(named)) else { return };
        // questions and answers alternate; a turn that asks (ends with a
        // question mark) puts the count back in step
        let mut answer = false;
        let mut prev_para = turns[0].0;
        for &(p, a, e) in &turns {
            if p > prev_para + 1 {
                // prose between two dialogues: start again with a question
                answer = false;
            }
            prev_para = p;
            let asks = (a..e).rev().find(|&k| !s.t(k).is_quote()).is_some_and(|k| s.t(k).is_punct('?'));
            if asks {
                answer = false;
            }
            if answer {
                let mut b = a;
                while b < e && s.is_dash(b) {
                    b += 1;
                }
                let r = (b, e);
                // speech reported inside an answer is part of it
                for c in out.iter_mut() {
                    if c.content.iter().all(|x| x.0 >= b && x.1 <= e) {
                        super::withdraw(c);
                    }
                }
                if e > b && !out.iter().any(|c| c.overlaps(r)) {
                    let si = s.sentence_of(b).unwrap_or(0);
                    out.push(Candidate {
                        set_apart: false,
                        content: vec![r],
                        source: Source::Inherit(who),
                        cue: None,
                        sentence: si,
                        rule: self.name(),
                    });
                }
            }
            answer = !answer;
        }
    }
}
