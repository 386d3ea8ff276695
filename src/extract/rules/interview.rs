//! Interviews printed as questions and answers in English: each turn a
//! paragraph, the journalist's question and the interviewee's answer
//! taking turns, marked ("Q: …" / "A: …") or not (a paragraph that asks,
//! then the paragraphs that answer). Every answer is what the
//! interviewee said, word for word; the questions are not statements.
//! Why: outlets print long interviews this way, and without it the
//! answers, which hold the interviewee's positions, were lost or given
//! to the wrong speaker (the "A" before a colon read as a name).

use super::super::doc::Doc;
use super::super::mentions::{Mention, Range};
use super::{Candidate, Rule, Source};

pub struct QuestionAndAnswer;

/// At least this many questions, each followed by an answer, make an
/// interview (one question in an article is a rhetorical one).
const MIN_PAIRS: usize = 2;

/// How a paragraph takes its turn.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Turn {
    /// "Q: …", "Question: …".
    MarkedQuestion,
    /// "A: …", "Answer: …": the words start after the mark.
    MarkedAnswer(usize),
    /// A paragraph of at most three sentences that ends with a question
    /// mark and quotes no one.
    Question,
    /// Any other paragraph: the words start at the first token.
    Other,
}

/// A paragraph: its turn, and where its words start and end.
struct Para {
    turn: Turn,
    start: usize,
    end: usize,
}

impl Para {
    /// Whether the paragraph has quotation marks (read only for the few
    /// paragraphs of an interview).
    fn quotes(&self, d: &Doc) -> bool {
        (self.start..self.end).any(|j| d.w.t(j).is_quote())
    }
}

impl Rule for QuestionAndAnswer {
    fn name(&self) -> &'static str {
        "interview answer"
    }

    fn why(&self) -> &'static str {
        "in an interview printed as questions and answers, each answer is the interviewee's"
    }

    fn over_article(&self, d: &Doc, out: &mut Vec<Candidate>) {
        // most articles ask nothing: done after a glance at each sentence
        if !may_be_interview(d) {
            return;
        }
        let paras = paragraphs(d);
        if paras.iter().filter(|p| matches!(p.turn, Turn::MarkedQuestion | Turn::Question)).count() < MIN_PAIRS {
            return;
        }
        let marked = paras.iter().filter(|p| p.turn == Turn::MarkedQuestion).count() >= MIN_PAIRS
            && paras.iter().filter(|p| matches!(p.turn, Turn::MarkedAnswer(_))).count() >= MIN_PAIRS;
        let answers = if marked { marked_answers(d, &paras) } else { plain_answers(d, &paras, out) };
        let Some(&(first_answer, _)) = answers.first() else { return };
        // the first question: where the introduction ends
        let first_turn = paras
            .iter()
            .filter(|p| matches!(p.turn, Turn::MarkedQuestion | Turn::Question) && p.end <= first_answer)
            .map(|p| p.start)
            .next()
            .unwrap_or(first_answer);
        let Some(source) = interviewee(d, first_turn, out) else { return };
        for (a, e) in answers {
            // speech reported inside an answer ("we believe …") is part of it
            for c in out.iter_mut() {
                if c.content.iter().all(|x| x.0 >= a && x.1 <= e) {
                    super::ru_uk::withdraw(c);
                }
            }
            if out.iter().any(|c| c.overlaps((a, e))) {
                continue;
            }
            let Some(si) = d.sents.iter().position(|s| s.start <= a && a < s.end) else { continue };
            out.push(Candidate {
                content: vec![(a, e)],
                source,
                cue: None,
                sentence: si,
                rule: self.name(),
                set_apart: true,
            });
        }
    }
}

/// Whether at least [`MIN_PAIRS`] sentences end with a question mark or
/// open with a label and a colon: what any interview has, read from two
/// or three tokens of each sentence.
fn may_be_interview(d: &Doc) -> bool {
    let turn_like = |s: &crate::extract::structure::Sentence| {
        let last = (s.body..s.end).rev().find(|&j| !d.w.t(j).is_quote());
        last.is_some_and(|j| d.w.t(j).is_punct('?'))
            || (s.body + 1..s.end.min(s.body + 5)).any(|j| d.w.t(j).is_punct(':'))
    };
    d.sents.iter().filter(|s| turn_like(s)).nth(MIN_PAIRS - 1).is_some()
}

/// The article's paragraphs with their turns.
fn paragraphs(d: &Doc) -> Vec<Para> {
    let mut paras: Vec<Para> = Vec::new();
    let mut k = 0;
    while k < d.sents.len() {
        let first = d.sents[k];
        let n = d.sents[k..].iter().take_while(|s| s.para == first.para).count();
        let end = d.sents[k + n - 1].end;
        let (start, end) = (first.body, end);
        let mark = |words: &[&str]| {
            end > start + 2 && words.iter().any(|w| d.w.s(start) == *w) && d.w.t(start + 1).is_punct(':')
        };
        // the one asking named before a colon: the outlet ("DW: …") or the
        // interviewer (a colon looked for first: most paragraphs have none)
        let asker = (start + 1..end.min(start + 5)).find(|&j| d.w.t(j).is_punct(':')).is_some_and(|colon| {
            d.names_outlet((start, colon))
                || colon == start + 1 && ["Interviewer", "Reporter", "Journalist"].iter().any(|w| d.w.s(start) == *w)
        });
        let asks = (start..end).rev().find(|&j| !d.w.t(j).is_quote()).is_some_and(|j| d.w.t(j).is_punct('?'));
        let turn = if mark(&["Q", "Question"]) || asker {
            Turn::MarkedQuestion
        } else if mark(&["A", "Answer"]) {
            Turn::MarkedAnswer(start + 2)
        } else if asks && n <= 3 && !(start..end).any(|j| d.w.t(j).is_quote()) {
            Turn::Question
        } else {
            Turn::Other
        };
        paras.push(Para { turn, start, end });
        k += n;
    }
    paras
}

/// "Q: … / A: …": every marked answer, and the paragraphs that carry it
/// on before the next question.
fn marked_answers(d: &Doc, paras: &[Para]) -> Vec<Range> {
    let mut out = Vec::new();
    let mut in_answer = false;
    let last_question = paras.iter().rposition(|p| p.turn == Turn::MarkedQuestion).unwrap_or(0);
    for (i, p) in paras.iter().enumerate() {
        match p.turn {
            Turn::MarkedAnswer(a) => {
                in_answer = true;
                if p.end > a {
                    out.push((a, p.end));
                }
            }
            // an answer's next paragraphs, up to the next question (after
            // the last one the story may go back to prose)
            Turn::Other if in_answer && i < last_question && !p.quotes(d) => out.push((p.start, p.end)),
            _ => in_answer = false,
        }
    }
    out
}

/// Answers without marks: the paragraphs after each question up to
/// the next one (after the last, the one paragraph right after it), in
/// an article whose introduction says it is an interview. An answer
/// quotes no one and credits nothing to anyone but the one answering.
fn plain_answers(d: &Doc, paras: &[Para], out: &[Candidate]) -> Vec<Range> {
    // questions marked as the asker's ("DW: …") with answers unmarked
    // need no introduction to say it is an interview
    let marked = paras.iter().filter(|p| p.turn == Turn::MarkedQuestion).count() >= MIN_PAIRS;
    let asked = |t: Turn| if marked { t == Turn::MarkedQuestion } else { t == Turn::Question };
    let questions: Vec<usize> = (0..paras.len()).filter(|&i| asked(paras[i].turn)).collect();
    let Some(&first) = questions.first() else { return Vec::new() };
    if !marked && !(0..first).any(|i| introduces_interview(d, paras[i].start, paras[i].end)) {
        return Vec::new();
    }
    let answer_ok = |p: &Para| {
        p.turn == Turn::Other
            && !p.quotes(d)
            && !out.iter().any(|c| {
                c.content.iter().any(|x| x.0 >= p.start && x.1 <= p.end)
                    && !matches!(c.source, Source::Mention(m) if first_person(d, m.head))
            })
    };
    let mut found = Vec::new();
    let mut pairs = 0;
    for (n, &q) in questions.iter().enumerate() {
        let stop = questions.get(n + 1).copied().unwrap_or((q + 2).min(paras.len()));
        let run: Vec<Range> =
            paras[q + 1..stop].iter().take_while(|p| answer_ok(p)).map(|p| (p.start, p.end)).collect();
        if !run.is_empty() {
            pairs += 1;
        }
        found.extend(run);
    }
    if pairs >= MIN_PAIRS { found } else { Vec::new() }
}

/// Whether the words `[a, e)` say that an interview follows: "spoke to
/// us", "talked with our correspondent", "the interview has been edited
/// for length", "this transcript was condensed".
fn introduces_interview(d: &Doc, a: usize, e: usize) -> bool {
    let is = |k: usize, ws: &[&str]| k < e && ws.iter().any(|w| d.is(k, w));
    (a..e).any(|k| {
        is(k, &["spoke", "talked", "speaking", "talking"]) && is(k + 1, &["to", "with"]) && is(k + 2, &["us", "our"])
            || is(k, &["edited", "condensed"]) && is(k + 1, &["for"])
            || is(k, &["interview", "transcript", "conversation"])
                && (a..e).any(|j| is(j, &["edited", "condensed", "us", "our"]))
    })
}

/// Whether the phrase is "I" or "we": the one answering.
fn first_person(d: &Doc, r: Range) -> bool {
    r.1 == r.0 + 1 && (d.is(r.0, "i") || d.is(r.0, "we"))
}

/// Who answers: the subject of "X spoke to us" before the first
/// question, else the speaker the story named last before it, else
/// first.
fn interviewee(d: &Doc, first_turn: usize, out: &[Candidate]) -> Option<Source> {
    let before = d.sents.iter().take_while(|s| s.end <= first_turn);
    for s in before {
        let spoke = (s.body + 1..s.end.saturating_sub(1))
            .find(|&k| ["spoke", "talked"].iter().any(|w| d.is(k, w)) && ["to", "with"].iter().any(|w| d.is(k + 1, w)));
        if let Some(v) = spoke
            && let Some(head) = d.w.left_np(v, s.body)
            && d.w.names_someone(head)
            && !first_person(d, head)
        {
            return Some(Source::Mention(Mention { head, desc: None }));
        }
    }
    let named = |c: &Candidate| matches!(c.source, Source::Mention(m) if !first_person(d, m.head));
    let last_before = out
        .iter()
        .enumerate()
        .filter(|(_, c)| named(c) && c.content[0].1 <= first_turn)
        .max_by_key(|(_, c)| c.content[0].0);
    last_before.map(|(k, _)| k).or_else(|| out.iter().position(named)).map(Source::Inherit)
}

#[cfg(test)]
mod tests {
    use super::super::super::Kind;
    use super::super::testing::run;

    const INTRO: &str =
        "Harbour master Ilse Brandt spoke to us at the port on Friday. The interview has been edited for length.\n\n";

    #[test]
    fn answers_after_marked_questions_are_the_interviewee_s() {
        let text = format!(
            "Port chief: 'The quay will reopen in spring'\n\n{INTRO}Q: When will the north quay reopen?\n\nA: In April, if the ice allows. We have the steel already.\n\nQ: And the ferries?\n\nA: They sail from the south quay until then.\n"
        );
        let found = run(&text);
        let answers: Vec<_> = found.iter().filter(|f| f.rule == "interview answer").collect();
        assert_eq!(answers.len(), 2, "{found:?}");
        assert_eq!(answers[0].content, "In April, if the ice allows. We have the steel already.");
        assert_eq!(answers[0].speaker.as_deref(), Some("Ilse Brandt"));
        assert_eq!(answers[0].kind, Kind::Direct);
        assert_eq!(answers[1].content, "They sail from the south quay until then.");
        // nothing is credited to the turn marks, and the questions say nothing
        assert!(
            found.iter().all(|f| f.speaker.as_deref() != Some("Q") && f.speaker.as_deref() != Some("A")),
            "{found:?}"
        );
        assert!(!found.iter().any(|f| f.content.contains("When will")), "{found:?}");
    }

    #[test]
    fn answers_after_questions_without_marks_are_the_interviewee_s() {
        let text = format!(
            "The harbour after the storm\n\n{INTRO}When will the north quay reopen?\n\nIn April, if the ice allows. We believe the steel will hold.\n\nThe south quay takes the ferries until then.\n\nAnd the cost?\n\nLower than we feared.\n\nBrandt has run the port since 2019.\n"
        );
        let found = run(&text);
        let answers: Vec<&str> =
            found.iter().filter(|f| f.rule == "interview answer").map(|f| f.content.as_str()).collect();
        assert_eq!(
            answers,
            [
                "In April, if the ice allows. We believe the steel will hold.",
                "The south quay takes the ferries until then.",
                "Lower than we feared."
            ],
            "{found:?}"
        );
        // "we believe" inside an answer is part of it, not a statement of its own
        assert!(found.iter().all(|f| f.content != "the steel will hold"), "{found:?}");
        assert!(found.iter().all(|f| f.speaker.as_deref() == Some("Ilse Brandt")), "{found:?}");
    }

    #[test]
    fn answers_after_the_outlet_s_questions_are_the_interviewee_s() {
        let text = "The harbour after the storm\n\nIn an interview with the BBC, harbour master Ilse Brandt spoke of the repairs.\n\nBBC: When will the north quay reopen?\n\nIn April, if the ice allows.\n\nBBC: And the cost?\n\nLower than we feared.\n";
        let found = run(text);
        let answers: Vec<&str> =
            found.iter().filter(|f| f.rule == "interview answer").map(|f| f.content.as_str()).collect();
        assert_eq!(answers, ["In April, if the ice allows.", "Lower than we feared."], "{found:?}");
        assert!(
            found.iter().filter(|f| f.rule == "interview answer").all(|f| f.speaker.as_deref() == Some("Ilse Brandt"))
        );
        // the outlet's questions are no statements
        assert!(found.iter().all(|f| !f.content.contains('?')), "{found:?}");
        let found = run(&text.replace("BBC", "DW"));
        assert!(found.iter().all(|f| !f.content.contains('?')), "{found:?}");
    }

    #[test]
    fn questions_in_prose_make_no_interview() {
        // an explainer asks and answers its own questions: no one is
        // interviewed
        let text = "What the toll means\n\nThe harbour board set a new toll on Monday.\n\nWhy does it matter?\n\nShips will pay twice as much.\n\nWho decides?\n\nThe board, said its chair Ilse Brandt.\n";
        let found = run(text);
        assert!(found.iter().all(|f| f.rule != "interview answer"), "{found:?}");
        // one question in an interview's introduction is not enough
        let text = format!("{INTRO}Will the quay reopen?\n\nIn April.\n\nBrandt then left for the quay.\n");
        assert!(run(&text).iter().all(|f| f.rule != "interview answer"));
    }
}
