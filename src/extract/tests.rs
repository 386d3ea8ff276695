//! One test per reporting pattern, each on a small text written for it.

use super::*;
use crate::catalogue::Catalogue;
use crate::topics::TopicLexicon;

struct Found {
    kind: Kind,
    speaker: Option<String>,
    actor: Option<String>,
    content: String,
    source: Option<String>,
    cue: Option<String>,
}

fn run(text: &str) -> Vec<Found> {
    let cat = Catalogue::builtin();
    let topics = TopicLexicon::builtin();
    extract(text, &cat, &topics)
        .into_iter()
        .map(|s| Found {
            kind: s.kind,
            speaker: s.speaker.clone(),
            actor: s.actor.clone(),
            content: s.content_text(text),
            source: s.source.map(|x| x.text(text).to_string()),
            cue: s.cue.map(|x| x.text(text).to_string()),
        })
        .collect()
}

/// The only statement found, with a readable failure otherwise.
fn one(text: &str) -> Found {
    let mut found = run(text);
    assert_eq!(
        found.len(),
        1,
        "expected one statement in {text:?}, found {:?}",
        found.iter().map(|f| &f.content).collect::<Vec<_>>()
    );
    found.remove(0)
}

#[test]
fn quote_comma_speaker_said() {
    let f = one("“We will not give up an inch of our land,” Zelensky said.");
    assert_eq!(f.content, "We will not give up an inch of our land");
    assert_eq!(f.kind, Kind::Direct);
    assert_eq!(f.speaker.as_deref(), Some("Volodymyr Zelensky"));
    assert_eq!(f.actor.as_deref(), Some("ukrainian-leadership"));
    assert_eq!(f.cue.as_deref(), Some("said"));
    assert_eq!(f.source.as_deref(), Some("Zelensky"));
}

#[test]
fn quote_comma_said_speaker() {
    let f = one("\"The door to talks remains open,\" said Dmitry Peskov, the Kremlin spokesman.");
    assert_eq!(f.content, "The door to talks remains open");
    assert_eq!(f.speaker.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(f.actor.as_deref(), Some("kremlin"));
}

#[test]
fn quote_he_added_resolves_the_pronoun() {
    let found = run(
        "Kremlin spokesman Dmitry Peskov said the plan was unrealistic. “It ignores the situation on the ground,” he added.",
    );
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].content, "It ignores the situation on the ground");
    assert_eq!(found[1].source.as_deref(), Some("he"));
    assert_eq!(found[1].speaker.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(found[1].actor.as_deref(), Some("kremlin"));
}

#[test]
fn speaker_said_colon_quote() {
    let f = one("Foreign Minister Andrii Sybiha said on X: “Russia is not looking for peace.”");
    assert_eq!(f.content, "Russia is not looking for peace.");
    assert_eq!(f.kind, Kind::Direct);
    assert_eq!(f.actor.as_deref(), Some("ukrainian-mfa"));
}

#[test]
fn speaker_said_that_clause_and_without_that() {
    let f = one("Lavrov said that Moscow had set out its position clearly.");
    assert_eq!(f.content, "Moscow had set out its position clearly");
    assert_eq!(f.kind, Kind::Indirect);
    assert_eq!(f.speaker.as_deref(), Some("Sergei Lavrov"));
    assert_eq!(f.actor.as_deref(), Some("russian-mfa"));
    let f = one("Lavrov said on Tuesday Moscow had set out its position clearly.");
    assert_eq!(f.content, "Moscow had set out its position clearly");
}

#[test]
fn told_reporters_that() {
    let f = one("Kremlin aide Yuri Ushakov told reporters in Moscow that no date had been set for new talks.");
    assert_eq!(f.content, "no date had been set for new talks");
    assert_eq!(f.speaker.as_deref(), Some("Yuri Ushakov"));
    let f = one("Ushakov told reporters no date had been set.");
    assert_eq!(f.content, "no date had been set");
}

#[test]
fn according_to_before_and_after() {
    let f = one("According to the Kremlin, the two presidents spoke for ninety minutes.");
    assert_eq!(f.content, "the two presidents spoke for ninety minutes");
    assert_eq!(f.actor.as_deref(), Some("kremlin"));
    let f = one("The talks will resume next week, according to two diplomats familiar with the plans.");
    assert_eq!(f.content, "The talks will resume next week");
    assert_eq!(f.actor, None);
}

#[test]
fn according_to_yields_to_an_explicit_speaker() {
    // the readout is where the report comes from, but Putin is the speaker
    let f = one("According to the Kremlin readout, Putin told Trump that a full ceasefire needed guarantees.");
    assert_eq!(f.speaker.as_deref(), Some("Vladimir Putin"));
    assert_eq!(f.content, "a full ceasefire needed guarantees");
}

#[test]
fn accused_x_of_c() {
    let f = one("Ukraine's ombudsman Dmytro Lubinets accused Russia of torturing prisoners of war.");
    assert_eq!(f.content, "Russia of torturing prisoners of war");
    assert_eq!(f.cue.as_deref(), Some("accused"));
    assert_eq!(f.actor.as_deref(), Some("ukrainian-leadership"));
}

#[test]
fn statement_by_s_that_c() {
    let f = one(
        "Peskov was asked about a statement by the Ukrainian Foreign Ministry that only NATO membership could protect Ukraine.",
    );
    assert_eq!(f.content, "only NATO membership could protect Ukraine");
    assert_eq!(f.actor.as_deref(), Some("ukrainian-mfa"));
}

#[test]
fn apposition_between_commas() {
    let f = one("Maria Zakharova, the Russian Foreign Ministry's spokeswoman, said the proposal was a provocation.");
    assert_eq!(f.speaker.as_deref(), Some("Maria Zakharova"));
    assert_eq!(f.actor.as_deref(), Some("russian-mfa"));
    assert_eq!(f.content, "the proposal was a provocation");
    // the name in the apposition, the description first
    let f = one("The head of the Russian delegation, Vladimir Medinsky, said the talks had been useful.");
    assert_eq!(f.speaker.as_deref(), Some("Vladimir Medinsky"));
}

#[test]
fn wrote_on_telegram_that() {
    let f = one("Dmitry Medvedev wrote on Telegram that the decision was an act of war.");
    assert_eq!(f.content, "the decision was an act of war");
    assert_eq!(f.cue.as_deref(), Some("wrote"));
    assert_eq!(f.actor.as_deref(), Some("russia"));
}

#[test]
fn content_then_speaker_said() {
    let f = one("Moscow will not accept foreign troops in Ukraine, Kremlin spokesman Dmitry Peskov has said.");
    assert_eq!(f.content, "Moscow will not accept foreign troops in Ukraine");
    assert_eq!(f.speaker.as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn parenthetical_attribution_keeps_both_halves() {
    let f = one("The framework, he said, was a bridge rather than a substitute.");
    assert_eq!(f.content, "The framework … was a bridge rather than a substitute");
}

#[test]
fn participle_continues_the_speaker() {
    let found = run("Peskov said the plan was unrealistic, adding that Moscow had not been consulted.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].content, "the plan was unrealistic");
    assert_eq!(found[1].content, "Moscow had not been consulted");
    assert_eq!(found[1].speaker.as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn mixed_quote() {
    let f = one("Zakharova said the sanctions were “counterproductive” and would fail.");
    assert_eq!(f.kind, Kind::Mixed);
    assert_eq!(f.content, "the sanctions were “counterproductive” and would fail");
}

#[test]
fn quote_split_around_its_attribution_is_one_statement() {
    let f = one("“We are ready,” Rutte said. “The alliance will do its part.”");
    assert_eq!(f.content, "We are ready … The alliance will do its part.");
    assert_eq!(f.kind, Kind::Direct);
}

#[test]
fn paragraph_of_quote_continues_the_previous_speaker() {
    let text = "Ingrid Halvorsen, a professor at the University of Oslo, said guarantees needed teeth.\n\n“A promise is only as strong as the willingness to keep it. Everyone in Kyiv knows that.”\n";
    let found = run(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].speaker.as_deref(), Some("Ingrid Halvorsen"));
    assert_eq!(found[1].kind, Kind::Direct);
    // the source is the mention it continues from
    assert_eq!(found[1].source.as_deref(), Some("Ingrid Halvorsen"));
}

#[test]
fn quote_over_several_paragraphs() {
    let text = "Lavrov said: «First it was tanks, then aircraft, now missiles. Each time we were told it would change everything.\n\n«Each time nothing changed but the number of victims.»\n\nThe meeting ended at noon.\n";
    let f = one(text);
    assert!(f.content.starts_with("First it was tanks"), "{}", f.content);
    assert!(f.content.ends_with("the number of victims."), "{}", f.content);
    assert_eq!(f.speaker.as_deref(), Some("Sergei Lavrov"));
}

#[test]
fn colon_at_a_paragraph_end_past_an_aside_opens_the_next_paragraphs() {
    let text = "Russian Foreign Minister Sergey Lavrov, speaking at a news conference in Moscow, said:\n\n«What is being offered is not a peace plan but a plan to rearm Kiev.\n\n«No one has cancelled these conditions.»\n\nThe meeting ended at noon.\n";
    let f = one(text);
    assert!(f.content.starts_with("What is being offered"), "{}", f.content);
    assert!(f.content.ends_with("cancelled these conditions."), "{}", f.content);
    assert_eq!(f.kind, Kind::Direct);
    assert_eq!(f.speaker.as_deref(), Some("Sergei Lavrov"));
    assert_eq!(f.cue.as_deref(), Some("said:"));
    // a negated verb reports nothing
    assert!(run("Lavrov did not say:\n\n«Nothing will change.»\n").iter().all(|f| f.cue.as_deref() != Some("say:")));
}

#[test]
fn unbalanced_quote_never_swallows_the_article() {
    let text = "Peskov said: “This will not work.\n\nThe Kremlin made no further comment. Markets were calm.\n\nLater, Lavrov said the talks were over.\n";
    let found = run(text);
    // the open quote ends with its paragraph; the next paragraphs are
    // not part of it, and the later statement is still found
    assert!(found.iter().all(|f| !f.content.contains("Markets")));
    assert!(found.iter().any(|f| f.speaker.as_deref() == Some("Sergei Lavrov") && f.content == "the talks were over"));
}

#[test]
fn scare_quotes_and_titles_are_not_statements() {
    assert!(run("Russia launched its so-called “special military operation” in February 2022.").is_empty());
    assert!(run("She is the author of “Paper Shields: Small States and the Promises of Great Powers.”").is_empty());
    assert!(run("The deal, known as the “Black Sea Grain Initiative,” expired in July.").is_empty());
}

#[test]
fn apostrophes_are_not_quotes() {
    let f = one("Ukraine’s allies’ patience is wearing thin, NATO's Mark Rutte said.");
    assert_eq!(f.content, "Ukraine’s allies’ patience is wearing thin");
    assert_eq!(f.kind, Kind::Indirect);
}

#[test]
fn nested_quotes_stay_inside() {
    let f = one("“They call it ‘reassurance’, but it is a provocation,” Zakharova said.");
    assert_eq!(f.content, "They call it ‘reassurance’, but it is a provocation");
    assert_eq!(f.kind, Kind::Direct);
}

#[test]
fn she_skips_a_man_and_they_finds_a_group() {
    let text = "Kaja Kallas met Andrii Sybiha in Brussels. She said the bloc would keep raising the cost of the war. European leaders said in a joint statement that borders could not be changed by force. They said they were ready to help.";
    let found = run(text);
    let she = found.iter().find(|f| f.source.as_deref() == Some("She")).expect("she");
    assert_eq!(she.speaker.as_deref(), Some("Kaja Kallas"));
    let they = found.iter().find(|f| f.source.as_deref() == Some("They")).expect("they");
    assert_eq!(they.speaker.as_deref(), Some("European leaders"));
    assert_eq!(they.actor.as_deref(), Some("western-officials"));
}

#[test]
fn the_spokesman_and_the_ministry_find_their_antecedents() {
    let text = "Kremlin spokesman Dmitri Peskov told reporters the deal was over. The spokesman insisted that the decision was final.\n\nMaria Zakharova, the Russian Foreign Ministry spokeswoman, criticised the plan. “It will fail,” the ministry said in a statement.";
    let found = run(text);
    let spokesman = found.iter().find(|f| f.source.as_deref() == Some("The spokesman")).expect("spokesman");
    assert_eq!(spokesman.speaker.as_deref(), Some("Dmitry Peskov"));
    let ministry = found.iter().find(|f| f.source.as_deref() == Some("the ministry")).expect("ministry");
    assert_eq!(ministry.actor.as_deref(), Some("russian-mfa"));
}

#[test]
fn bodies_and_places_speak_too() {
    let f = one("Moscow insists that any settlement must reflect the realities on the ground.");
    assert_eq!(f.actor.as_deref(), Some("russia"));
    let f = one("Kiev has repeatedly accused Moscow of violating the deal.");
    assert_eq!(f.speaker.as_deref(), Some("Kyiv"));
    assert_eq!(f.actor.as_deref(), Some("ukrainian-leadership"));
    let f = one("Western officials have said that Ukraine cannot join while the war continues.");
    assert_eq!(f.actor.as_deref(), Some("western-officials"));
}

#[test]
fn anonymous_sources_and_unknown_speakers() {
    let f = one("A senior US official, speaking on condition of anonymity, said Washington wanted a full settlement.");
    assert_eq!(f.actor.as_deref(), Some("western-officials"));
    let f = one("Zhou Lanting, a professor at Fudan University, told the agency that short truces could build trust.");
    assert_eq!(f.speaker.as_deref(), Some("Zhou Lanting"));
    assert_eq!(f.actor, None);
}

#[test]
fn dateline_is_not_content() {
    let f =
        one("BRUSSELS, Dec 3 (Reuters) - Allies must send more air defence, NATO chief Mark Rutte said on Tuesday.");
    assert_eq!(f.content, "Allies must send more air defence");
}

#[test]
fn negated_and_intended_reports_are_not_statements() {
    assert!(run("The Kremlin declined to say whether Putin would attend.").is_empty());
    assert!(run("Peskov did not say when the talks would resume.").is_empty());
}

#[test]
fn topics_are_tagged() {
    let cat = Catalogue::builtin();
    let topics = TopicLexicon::builtin();
    let s = extract(
        "Peskov said NATO membership for Ukraine was unacceptable and new sanctions would not change that.",
        &cat,
        &topics,
    );
    assert_eq!(s.len(), 1);
    assert!(s[0].topics.contains(&"nato-membership".to_string()), "{:?}", s[0].topics);
    assert!(s[0].topics.contains(&"sanctions".to_string()), "{:?}", s[0].topics);
}

#[test]
fn spans_are_on_char_boundaries_and_do_not_overlap() {
    let cat = Catalogue::builtin();
    let topics = TopicLexicon::builtin();
    for sample in crate::samples::SAMPLES {
        let article = crate::ingest::parse_article(sample.name, sample.bytes).expect(sample.name);
        let text = &article.text;
        let found = extract(text, &cat, &topics);
        assert!(found.len() >= 8, "{}: only {} statements", sample.name, found.len());
        for w in found.windows(2) {
            assert!(w[0].content.end <= w[1].content.start, "{}: overlapping contents", sample.name);
        }
        for s in &found {
            for span in std::iter::once(s.content).chain(s.source).chain(s.cue).chain(s.pieces.iter().copied()) {
                assert!(span.start <= span.end && span.end <= text.len());
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
        // deterministic
        assert_eq!(found, extract(text, &cat, &topics));
    }
}

#[test]
fn empty_and_odd_texts_do_not_panic() {
    for t in [
        "",
        " ",
        "\n\n",
        "“",
        "”",
        "«»",
        "\"\"\"\"",
        "'''",
        "said",
        ", said he.",
        "“,” said",
        "…",
        "—",
        "\u{feff}",
        "a\u{0}b",
    ] {
        let _ = run(t);
    }
}
