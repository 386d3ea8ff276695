//! Sentences written for these tests, in the ways news copy reports
//! positions.

use super::*;
use crate::extract::{Kind, Statement};

fn ids(l: &TopicLexicon, text: &str) -> Vec<String> {
    l.tag(text).into_iter().map(|i| l.topics[i].id.clone()).collect()
}

/// Topics and stance of the statement `content` inside `text` (the first
/// occurrence), with `cue` as its reporting verb if given.
fn read(text: &str, content: &str, cue: Option<&str>) -> (Vec<String>, BTreeMap<String, Stance>) {
    let l = TopicLexicon::builtin();
    let start = text.find(content).expect("content in text");
    let cue = cue.map(|c| {
        let s = text.find(c).expect("cue in text");
        Span::new(s, s + c.len())
    });
    let mut s = Statement {
        content: Span::new(start, start + content.len()),
        pieces: Vec::new(),
        source: None,
        cue,
        speaker: None,
        actor: None,
        kind: Kind::Indirect,
        topics: Vec::new(),
        stance: BTreeMap::new(),
        rule: String::new(),
        confidence: 100,
        headline: false,
        role: None,
    };
    l.annotate(text, std::slice::from_mut(&mut s));
    (s.topics, s.stance)
}

fn stance_of(text: &str, content: &str, topic: &str) -> Option<Stance> {
    read(text, content, None).1.get(topic).copied()
}

#[test]
fn tags_several_topics() {
    let l = TopicLexicon::builtin();
    let t = ids(&l, "Kyiv's full membership in the alliance is the only real security guarantee it has");
    assert!(t.contains(&"nato-membership".to_string()), "{t:?}");
    assert!(t.contains(&"security-guarantees".to_string()), "{t:?}");
    assert!(!t.contains(&"sanctions".to_string()));
}

#[test]
fn inflected_forms_and_word_boundaries() {
    let l = TopicLexicon::builtin();
    assert_eq!(ids(&l, "They negotiated for hours"), ["peace-talks"]);
    assert_eq!(ids(&l, "The bank was sanctioned in May"), ["sanctions"]);
    // "gas" inside "Vegas" is not energy; "talk of" is not negotiations
    assert!(ids(&l, "a rally in Las Vegas").is_empty());
    assert!(ids(&l, "").is_empty());
}

#[test]
fn related_words_need_a_second_word_or_a_sentence_about_the_topic() {
    let l = TopicLexicon::builtin();
    // "ports" alone is only related to grain
    assert!(ids(&l, "the ports were busy").is_empty());
    let (t, _) = read("Wheat exports resumed as the minister said the ports were busy.", "the ports were busy", None);
    assert_eq!(t, ["grain-food"]);
}

#[test]
fn words_that_stand_for_something_said_before_take_the_topic_of_the_context() {
    let text = "Chancellor visits Kyiv\n\nBerlin will send more air defence to Kyiv this winter.\n\
                The chancellor said the decision was overdue.";
    let (t, _) = read(text, "the decision was overdue", None);
    assert_eq!(t, ["weapons"]);
    // without such a word (and with a headline that names no topic) a
    // statement keeps no topic
    let text = "Chancellor visits Kyiv\n\nBerlin will send more air defence to Kyiv this winter.\n\
                The chancellor said he was tired.";
    assert!(read(text, "he was tired", None).0.is_empty());
}

#[test]
fn a_topic_in_the_frame_of_a_statement_counts_half() {
    let l = TopicLexicon::builtin();
    let t = ids(&l, "a European contingent would only arrive after a ceasefire");
    assert_eq!(t, ["security-guarantees"]);
}

#[test]
fn cue_words_give_a_side() {
    let t = "The minister said they support new sanctions on the oil trade.";
    assert_eq!(stance_of(t, "they support new sanctions on the oil trade", "sanctions"), Some(Stance::Favor));
    let t = "The envoy said the truce proposal was unacceptable.";
    assert_eq!(stance_of(t, "the truce proposal was unacceptable", "peace-talks"), Some(Stance::Against));
    let t = "The spokesman said the delegations would meet again on Friday.";
    assert_eq!(stance_of(t, "the delegations would meet again on Friday", "peace-talks"), Some(Stance::Neutral));
}

#[test]
fn negation_turns_a_cue_round() {
    let t = "He said Moscow will never accept foreign troops in the country.";
    assert_eq!(
        stance_of(t, "Moscow will never accept foreign troops in the country", "security-guarantees"),
        Some(Stance::Against)
    );
    let t = "She said the allies should not send more air defence.";
    assert_eq!(stance_of(t, "the allies should not send more air defence", "weapons"), Some(Stance::Against));
}

#[test]
fn the_target_named_the_other_way_round_turns_the_stance() {
    // against lifting sanctions is for sanctions
    let t = "The foreign minister said her country rejects any easing of sanctions.";
    assert_eq!(stance_of(t, "her country rejects any easing of sanctions", "sanctions"), Some(Stance::Favor));
    // for neutrality is against membership
    let t = "The official said the country must adopt neutral status.";
    assert_eq!(stance_of(t, "the country must adopt neutral status", "nato-membership"), Some(Stance::Against));
}

#[test]
fn refusing_to_pull_out_is_for_the_land() {
    // "pull out" and "withdraw from" are refusing words too, but inside a
    // phrase named the other way round they are the step refused
    for content in
        ["the brigades would not pull out of Donbas", "the army will never withdraw from the Zaporizhzhia region"]
    {
        let t = format!("The commander said {content}.");
        assert_eq!(stance_of(&t, content, "territory"), Some(Stance::Favor), "{content}");
    }
    // a withdrawal asked for is against
    let t = "The envoy said the brigades must pull out of Donbas.";
    assert_eq!(stance_of(t, "the brigades must pull out of Donbas", "territory"), Some(Stance::Against));
}

#[test]
fn talks_without_preconditions_are_an_offer() {
    for content in [
        "the capital was ready for talks without preconditions",
        "the government would sit down for negotiations with no preconditions",
    ] {
        let t = format!("The spokesman said {content}.");
        assert_eq!(stance_of(&t, content, "peace-talks"), Some(Stance::Favor), "{content}");
    }
    let t = "Министр заявил, что страна готова к переговорам без предварительных условий.";
    assert_eq!(
        stance_of(t, "страна готова к переговорам без предварительных условий", "peace-talks"),
        Some(Stance::Favor)
    );
    // wanting the war over is about ending it
    let t = "The president said he wanted the war to end by the spring.";
    assert!(read(t, "he wanted the war to end by the spring", None).0.contains(&"peace-talks".to_string()));
}

#[test]
fn questions_conditions_and_accusations_take_no_side() {
    let t = "\"Who would welcome a ceasefire that nobody monitors?\" the senator asked.";
    assert_eq!(
        stance_of(t, "Who would welcome a ceasefire that nobody monitors?", "peace-talks"),
        Some(Stance::Neutral)
    );
    let t = "The diplomat said that if the other side rejects the talks, the fighting goes on.";
    assert_eq!(
        stance_of(t, "if the other side rejects the talks, the fighting goes on", "peace-talks"),
        Some(Stance::Neutral)
    );
    let t = "The ministry said the other side violated the truce twice overnight.";
    assert_eq!(stance_of(t, "the other side violated the truce twice overnight", "peace-talks"), Some(Stance::Neutral));
}

#[test]
fn the_reporting_verb_gives_the_side_of_a_nominal_report() {
    let t = "The premier dismissed calls for a truce on Monday.";
    let (topics, stance) = read(t, "calls for a truce on Monday", Some("dismissed"));
    assert_eq!(topics, ["peace-talks"]);
    assert_eq!(stance.get("peace-talks"), Some(&Stance::Against));
}

#[test]
fn harm_defends_what_follows_and_blames_what_precedes() {
    let t = "The envoy said the shipments would undermine the search for a settlement.";
    let (_, s) = read(t, "the shipments would undermine the search for a settlement", None);
    assert_eq!(s.get("peace-talks"), Some(&Stance::Favor));
}

#[test]
fn an_obligation_on_the_topic_itself_is_a_condition_not_a_side() {
    let t = "The aide said any security guarantees must be agreed with all the parties.";
    let c = "any security guarantees must be agreed with all the parties";
    assert_eq!(stance_of(t, c, "security-guarantees"), Some(Stance::Neutral));
}

#[test]
fn topics_without_a_proposition_get_no_stance() {
    let t = "The operator said the substation was repaired overnight.";
    let (topics, stance) = read(t, "the substation was repaired overnight", None);
    assert_eq!(topics, ["energy"]);
    assert!(stance.is_empty());
}

#[test]
fn the_built_in_lexicon_is_written_at_the_current_version() {
    // an older number there would send every start through the upgrade,
    // which reads the built-in file a second time
    let f: LexiconFile = ron::from_str(DEFAULT_TOPICS_RON).unwrap();
    assert_eq!(f.version, LEXICON_VERSION);
}

#[test]
fn version_one_lexicons_open_and_gain_propositions_and_cues() {
    // as sessions saved before stance existed wrote them
    let old = r#"(version: 1, topics: [
        (id: "sanctions", name: "Sanctions", terms: ["sanction*", "embargo"]),
        (id: "chess", name: "Chess", terms: ["chess"]),
    ])"#;
    let l = TopicLexicon::from_ron(old).unwrap();
    assert_eq!(l.version, LEXICON_VERSION);
    let s = l.topic("sanctions").unwrap();
    assert!(s.has_stance(), "the built-in proposition is added");
    assert!(s.terms["en"].contains(&"embargo".to_string()));
    assert!(!l.topic("chess").unwrap().has_stance());
    assert!(!l.cues.is_empty());
    assert_eq!(ids(&l, "a chess match"), ["chess"]);
    assert_eq!(ids(&l, "the sanctions bite"), ["sanctions"]);
}

#[test]
fn version_two_lexicons_gain_the_remarks_topic_and_fighting_words_and_keep_their_own_words() {
    let mut l = TopicLexicon::builtin();
    let talks = l.position("peace-talks").unwrap();
    l.topics[talks].remarks = false;
    l.topics[talks].terms.get_mut("en").unwrap().retain(|w| w != "truce");
    for c in l.cues.values_mut() {
        c.fighting.clear();
    }
    l.version = 2;
    let saved = ron::ser::to_string(&l).unwrap();
    let back = TopicLexicon::from_ron(&saved).unwrap();
    assert_eq!(back.version, LEXICON_VERSION);
    let t = back.topic("peace-talks").unwrap();
    assert!(t.remarks);
    assert!(!t.terms["en"].contains(&"truce".to_string()), "a word the user removed stays removed");
    assert!(back.cues.values().all(|c| !c.fighting.is_empty()));
}

#[test]
fn version_three_lexicons_gain_the_question_words_and_keep_their_own() {
    let mut l = TopicLexicon::builtin();
    for c in l.cues.values_mut() {
        c.questions.clear();
    }
    l.cues.get_mut("en").unwrap().favor.push("hooray".into());
    l.version = 3;
    let saved = ron::ser::to_string(&l).unwrap();
    let back = TopicLexicon::from_ron(&saved).unwrap();
    assert_eq!(back.version, LEXICON_VERSION);
    assert!(back.cues.values().all(|c| !c.questions.is_empty()));
    assert!(back.cues["en"].favor.contains(&"hooray".to_string()), "a word the user added stays");
}

#[test]
fn version_four_lexicons_gain_the_courtesies_and_keep_their_own() {
    let mut l = TopicLexicon::builtin();
    for c in l.cues.values_mut() {
        c.courtesies.clear();
    }
    l.cues.get_mut("en").unwrap().against.push("boo".into());
    l.version = 4;
    let saved = ron::ser::to_string(&l).unwrap();
    let back = TopicLexicon::from_ron(&saved).unwrap();
    assert_eq!(back.version, LEXICON_VERSION);
    assert!(back.cues.values().all(|c| !c.courtesies.is_empty()));
    assert!(back.cues["en"].against.contains(&"boo".to_string()), "a word the user added stays");
}

#[test]
fn duplicate_and_empty_ids_are_refused() {
    let dup = r#"(topics: [(id: "a", name: "A"), (id: "a", name: "B")])"#;
    assert!(matches!(TopicLexicon::from_ron(dup), Err(TopicError::DuplicateId(_))));
    let empty = r#"(topics: [(id: " ", name: "A")])"#;
    assert!(matches!(TopicLexicon::from_ron(empty), Err(TopicError::EmptyId)));
}

#[test]
fn edited_lexicon_retags() {
    let mut l = TopicLexicon::builtin();
    assert!(ids(&l, "the chess match").is_empty());
    let mut t = Topic::new("chess", "Chess");
    t.terms.insert("en".into(), vec!["chess".into()]);
    l.topics.push(t);
    l.reindex();
    assert_eq!(ids(&l, "the chess match"), ["chess"]);
}

#[test]
fn the_language_is_read_from_the_letters() {
    assert_eq!(detect_language("The talks resumed."), "en");
    assert_eq!(detect_language("Переговоры возобновились в Стамбуле."), "ru");
    assert_eq!(detect_language("Перемовини відновилися в Стамбулі."), "uk");
}

#[test]
fn insisting_says_how_firmly_not_which_way() {
    // the clause after "insisted that" decides; a condition on a guarantee
    // stays a condition however firmly it is put
    let t = "The adviser insisted that any security guarantee would have to be signed by all five capitals.";
    let c = "any security guarantee would have to be signed by all five capitals";
    assert_eq!(read(t, c, Some("insisted that")).1.get("security-guarantees"), Some(&Stance::Neutral));
}

#[test]
fn no_longer_turns_a_cue_round() {
    let t = "The party leader said it no longer supports arms deliveries to Kyiv.";
    assert_eq!(stance_of(t, "it no longer supports arms deliveries to Kyiv", "weapons"), Some(Stance::Against));
}

#[test]
fn sanctions_against_a_country_name_their_target_not_a_side() {
    let t = "Прем'єр закликав партнерів посилити санкції проти російського газу.";
    assert_eq!(
        stance_of(t, "закликав партнерів посилити санкції проти російського газу", "sanctions"),
        Some(Stance::Favor)
    );
    let t = "Министр призвал ужесточить санкции против российских банков.";
    assert_eq!(stance_of(t, "призвал ужесточить санкции против российских банков", "sanctions"), Some(Stance::Favor));
}

#[test]
fn proposing_a_step_is_being_for_it() {
    let t = "The foreign ministry said Kyiv proposed a week-long truce along the whole front.";
    assert_eq!(
        stance_of(t, "Kyiv proposed a week-long truce along the whole front", "peace-talks"),
        Some(Stance::Favor)
    );
}

#[test]
fn the_concerns_of_the_parties_are_not_a_refusal() {
    let t = "The envoy said he hoped the negotiations would take up the concerns of every party.";
    let c = "he hoped the negotiations would take up the concerns of every party";
    assert_eq!(stance_of(t, c, "peace-talks"), Some(Stance::Favor));
}

#[test]
fn a_refusing_word_before_harm_to_the_topic_is_said_of_what_does_the_harm() {
    let t = "The minister said the airbase plan was reckless and would wreck any settlement.";
    let c = "the airbase plan was reckless and would wreck any settlement";
    assert_eq!(stance_of(t, c, "peace-talks"), Some(Stance::Favor));
}

#[test]
fn saying_the_other_side_uses_talks_as_cover_takes_no_side() {
    let t = "The spokesman said Moscow is using the truce to bring up fresh reserves.";
    assert_eq!(
        stance_of(t, "Moscow is using the truce to bring up fresh reserves", "peace-talks"),
        Some(Stance::Neutral)
    );
}

#[test]
fn demanding_that_a_country_renounce_the_alliance_is_against_its_membership() {
    let t = "Moscow said any deal must contain a renunciation of NATO membership by Kyiv.";
    assert_eq!(
        stance_of(t, "any deal must contain a renunciation of NATO membership by Kyiv", "nato-membership"),
        Some(Stance::Against)
    );
    let t = "The minister said Georgia should never renounce NATO as its goal.";
    assert_eq!(stance_of(t, "Georgia should never renounce NATO as its goal", "nato-membership"), Some(Stance::Favor));
}

#[test]
fn an_action_that_undoes_the_topic_turns_it_round() {
    // welcoming a halt to the aid is being against the aid
    let t = "The senator said he would welcome a halt to all military aid for Kyiv.";
    assert_eq!(stance_of(t, "he would welcome a halt to all military aid for Kyiv", "weapons"), Some(Stance::Against));
    // lifting a restriction on the arms is being for the arms
    let t = "The general said lifting the range limits was the right decision.";
    assert_eq!(stance_of(t, "lifting the range limits was the right decision", "weapons"), Some(Stance::Favor));
    // refusing to give land away is being for keeping it
    let t = "Президент заявив, що Київ ніколи не віддасть загарбникам Херсонську область.";
    assert_eq!(
        stance_of(t, "Київ ніколи не віддасть загарбникам Херсонську область", "territory"),
        Some(Stance::Favor)
    );
    // a topic word of its own inside a longer phrase is not undone by it
    let t = "The premier said she would support any plan to end the war this year.";
    assert_eq!(stance_of(t, "she would support any plan to end the war this year", "peace-talks"), Some(Stance::Favor));
}

#[test]
fn a_denial_that_names_what_it_depends_on_asks_for_it() {
    let t = "The analyst said no truce would last without a foreign military presence on the ground.";
    let (topics, stance) = read(t, "no truce would last without a foreign military presence on the ground", None);
    assert!(topics.contains(&"security-guarantees".to_string()), "{topics:?}");
    assert_eq!(stance.get("security-guarantees"), Some(&Stance::Favor));
    // the denial is spent on the condition: no side on the truce itself
    assert_eq!(stance.get("peace-talks"), Some(&Stance::Neutral));
    // without a denial before it, "without" asks for nothing, and still
    // turns a cue after it round
    let t = "The minister said the country would manage without foreign peacekeepers.";
    assert_eq!(
        stance_of(t, "the country would manage without foreign peacekeepers", "security-guarantees"),
        Some(Stance::Neutral)
    );
    let t = "The minister said the plan would go ahead without support for foreign peacekeepers.";
    assert_eq!(
        stance_of(t, "the plan would go ahead without support for foreign peacekeepers", "security-guarantees"),
        Some(Stance::Against)
    );
}

#[test]
fn an_obligation_bears_on_the_topic_word_after_it() {
    let t = "The spokesman said any agreement must accept the realities on the ground.";
    let (_, s) = read(t, "any agreement must accept the realities on the ground", None);
    assert_eq!(s.get("territory"), Some(&Stance::Against));
    // the "new realities" a settlement is to accept are the same claim
    for (t, c) in [
        (
            "The aide said a lasting deal must reflect the new territorial realities.",
            "a lasting deal must reflect the new territorial realities",
        ),
        ("Помощник заявил, что договор должен учитывать новые реалии.", "договор должен учитывать новые реалии"),
    ] {
        let (_, s) = read(t, c, None);
        assert_eq!(s.get("territory"), Some(&Stance::Against), "{t}");
    }
}

#[test]
fn a_threat_against_what_an_if_clause_names_is_not_support_for_it() {
    let t = "The deputy minister said Moscow would do what is necessary to protect itself if the missiles arrived.";
    let c = "Moscow would do what is necessary to protect itself if the missiles arrived";
    assert_ne!(stance_of(t, c, "weapons"), Some(Stance::Favor));
}

#[test]
fn a_weak_word_counts_when_the_article_is_about_its_topic() {
    // "ban" alone is only related to sanctions: under a headline about
    // sanctions it is the sanctions topic, under another headline nothing
    let body = "\n\nBRUSSELS — Ministers met for a second day.\n\n\
                An official said a further ban on bank transfers was being drafted.\n";
    let c = "a further ban on bank transfers was being drafted";
    let about = format!("EU ministers weigh new sanctions on Moscow{body}");
    assert_eq!(read(&about, c, None).0, ["sanctions"]);
    let other = format!("EU ministers meet in Brussels for a second day{body}");
    assert!(read(&other, c, None).0.is_empty());
}

#[test]
fn refusing_to_change_borders_is_for_keeping_them() {
    let t = "The minister said nobody will change the 1991 borders by force.";
    assert_eq!(stance_of(t, "nobody will change the 1991 borders by force", "territory"), Some(Stance::Favor));
    let t = "Посол заявив, що Київ не погодиться змінювати кордони 1991 року під тиском.";
    assert_eq!(
        stance_of(t, "Київ не погодиться змінювати кордони 1991 року під тиском", "territory"),
        Some(Stance::Favor)
    );
}

#[test]
fn a_negation_before_a_plain_topic_word_takes_no_side() {
    // the negation is of what is said about the talks, not a refusal of them
    let t = "The envoy said the delegation was never told about the peace plan.";
    assert_eq!(
        stance_of(t, "the delegation was never told about the peace plan", "peace-talks"),
        Some(Stance::Neutral)
    );
    // a phrase named the other way round under a negation still counts
    let t = "The minister said there will be no territorial concessions this year.";
    assert_eq!(stance_of(t, "there will be no territorial concessions this year", "territory"), Some(Stance::Favor));
}

#[test]
fn a_negation_reaches_a_turned_word_from_the_action() {
    // "not" is five words before "membership", but right before "give up"
    let t = "The president said Ukraine will not give up its long road to NATO membership.";
    let c = "Ukraine will not give up its long road to NATO membership";
    assert_eq!(stance_of(t, c, "nato-membership"), Some(Stance::Favor));
}

#[test]
fn agreeing_to_a_step_and_demanding_it_whole_are_for_it() {
    let t = "The spokeswoman said Kyiv had said yes to a ninety-day truce in March.";
    assert_eq!(stance_of(t, "Kyiv had said yes to a ninety-day truce in March", "peace-talks"), Some(Stance::Favor));
    let t = "The minister called for a full and unconditional ceasefire on land and at sea.";
    let (_, s) = read(t, "a full and unconditional ceasefire on land and at sea", Some("called for"));
    assert_eq!(s.get("peace-talks"), Some(&Stance::Favor));
    let t = "The official said the new sanctions package showed that economic pressure works.";
    let c = "the new sanctions package showed that economic pressure works";
    assert_eq!(stance_of(t, c, "sanctions"), Some(Stance::Favor));
}

#[test]
fn proposals_and_a_good_basis_are_for_it_in_russian_and_ukrainian() {
    let t = "Посол сказал, что Москва предложила трехдневное перемирие на юге.";
    assert_eq!(stance_of(t, "Москва предложила трехдневное перемирие на юге", "peace-talks"), Some(Stance::Favor));
    let t = "Дипломат сказал, что этот проект — хорошая основа для переговоров в Женеве.";
    assert_eq!(
        stance_of(t, "этот проект — хорошая основа для переговоров в Женеве", "peace-talks"),
        Some(Stance::Favor)
    );
    let t = "Речник заявив, що Київ запропонував тижневе перемир'я на всій лінії фронту.";
    assert_eq!(
        stance_of(t, "Київ запропонував тижневе перемир'я на всій лінії фронту", "peace-talks"),
        Some(Stance::Favor)
    );
    // not reducing the pressure is keeping it up
    let t = "Міністр заявив, що Брюссель не зменшуватиме економічний тиск до кінця року.";
    assert_eq!(
        stance_of(t, "Брюссель не зменшуватиме економічний тиск до кінця року", "sanctions"),
        Some(Stance::Favor)
    );
}

#[test]
fn words_that_only_share_a_stem_with_a_topic_word_do_not_tag_it() {
    let l = TopicLexicon::builtin();
    // "armed forces" are not arms, shelling is not shells, a compromised
    // policy is no compromise, a bridge's name is not the peninsula
    assert!(ids(&l, "the armed forces of the region held a parade").is_empty());
    assert!(ids(&l, "troops shelled two villages overnight").is_empty());
    assert!(ids(&l, "the leak compromised the ministry's mail").is_empty());
    assert!(ids(&l, "traffic on the Crimean Bridge was halted").is_empty());
    // the words themselves still count
    assert_eq!(ids(&l, "more arms and shells for the front"), ["weapons"]);
}

#[test]
fn strike_reports_are_not_about_arms_for_ukraine_nor_about_peace() {
    let l = TopicLexicon::builtin();
    // drones that attack are not military aid; a civilian ("мирный
    // житель") is not the peace process
    assert!(ids(&l, "Над областью ночью сбили шесть беспилотников.").is_empty());
    assert!(ids(&l, "Уночі над областю збили шість дронів.").is_empty());
    assert!(ids(&l, "При обстреле пострадал мирный житель.").is_empty());
    assert_eq!(ids(&l, "Стороны обсудили мирный план."), ["peace-talks"]);
    // a missile that strikes is the fighting, a missile sent is arms
    assert!(ids(&l, "Overnight long-range missile strikes hit two depots near the river").is_empty());
    assert_eq!(ids(&l, "Kyiv asked its partners for more long-range missiles"), ["weapons"]);
}

#[test]
fn a_cue_that_is_itself_a_phrase_named_the_other_way_round_does_not_refuse_it() {
    // "withdraw from" refuses talks elsewhere; here it only says what would
    // be done with the land
    let t = "The paper said Kyiv would withdraw from the occupied parts of Donbas under the draft.";
    let c = "Kyiv would withdraw from the occupied parts of Donbas under the draft";
    assert_eq!(stance_of(t, c, "territory"), Some(Stance::Neutral));
    // refusing the withdrawal is for the territory
    let t = "The minister said Kyiv rejected any withdrawal from Donbas.";
    assert_eq!(stance_of(t, "Kyiv rejected any withdrawal from Donbas", "territory"), Some(Stance::Favor));
}

#[test]
fn failing_measures_and_closed_subjects_are_refusals() {
    let t = "The envoy said the sanctions had failed to break the Russian economy.";
    assert_eq!(
        stance_of(t, "the sanctions had failed to break the Russian economy", "sanctions"),
        Some(Stance::Against)
    );
    let t = "The spokesman said a British contingent on that soil can never be a subject of discussion.";
    let c = "a British contingent on that soil can never be a subject of discussion";
    assert_eq!(stance_of(t, c, "security-guarantees"), Some(Stance::Against));
}

#[test]
fn territory_of_some_country_is_not_the_territory_question() {
    let l = TopicLexicon::builtin();
    // "territory" alone is weak: a strike on someone's soil is no claim
    // about Ukraine's borders, though the stemmer cuts it as "territorial"
    assert!(ids(&l, "the drone came down on Latvian territory near a farm").is_empty());
    assert_eq!(ids(&l, "there will be no territorial concessions"), ["territory"]);
}

#[test]
fn more_asks_for_the_thing_named_after_it_and_otherwise_only_compares() {
    let text = "The minister said Kyiv needed more interceptors before the frosts.";
    assert_eq!(stance_of(text, "Kyiv needed more interceptors before the frosts", "weapons"), Some(Stance::Favor));
    let text = "The army said it had received more than sixty howitzers this year.";
    assert_eq!(
        stance_of(text, "it had received more than sixty howitzers this year", "weapons"),
        Some(Stance::Neutral)
    );
    let text = "An economist said the embargo made diesel more costly for everyone.";
    assert_eq!(stance_of(text, "the embargo made diesel more costly for everyone", "sanctions"), Some(Stance::Neutral));
}

#[test]
fn air_defence_in_action_reports_the_fighting_not_arms_for_it() {
    // what air defence shot down is a report of the night's attack
    for (text, content) in [
        (
            "Night raid\n\nAir defence had downed more than sixty drones by dawn, the army said.",
            "Air defence had downed more than sixty drones by dawn",
        ),
        (
            "Ночной налёт\n\nСилы ПВО за ночь сбили 15 беспилотников над югом страны, сообщил губернатор.",
            "Силы ПВО за ночь сбили 15 беспилотников над югом страны",
        ),
        (
            "Нічний наліт\n\nЗа ніч збито 30 дронів силами ППО на півдні, повідомили у штабі.",
            "За ніч збито 30 дронів силами ППО на півдні",
        ),
    ] {
        let (topics, _) = read(text, content, None);
        assert!(topics.is_empty(), "{content}: {topics:?}");
    }
    // nor does it make the article about arms: the missiles launched in
    // the next sentence are the attack's
    let text = "Night raid\n\nAir defence shot down 20 drones over the port, the navy said.\n\n\
                Russia also launched four missiles at the city, the navy said.";
    let (topics, _) = read(text, "Russia also launched four missiles at the city", None);
    assert!(topics.is_empty(), "{topics:?}");
    // air defence asked for is the arms
    let text = "The mayor said the city needed more air defence before the frosts.";
    assert_eq!(stance_of(text, "the city needed more air defence before the frosts", "weapons"), Some(Stance::Favor));
}

#[test]
fn a_report_of_the_fighting_has_a_topic_only_by_a_word_of_its_own() {
    // civilians, the wounded and children are the victims here, not a
    // humanitarian question; the settlements shelled are villages
    let text = "Night strike\n\nThe shelling killed two civilians and wounded six, including three children, \
                the mayor said. Rescuers lifted four bodies from the rubble, the mayor added. Troops shelled \
                nine settlements in the district, the governor said.";
    for content in [
        "The shelling killed two civilians and wounded six, including three children",
        "Rescuers lifted four bodies from the rubble",
        "Troops shelled nine settlements in the district",
    ] {
        let (topics, _) = read(text, content, None);
        assert!(topics.is_empty(), "{content}: {topics:?}");
    }
    // a topic word of its own still counts in such a report, and a
    // settlement of the war is still the talks
    let text = "The governor said the strike killed two civilians and that allies must send more air defence.";
    let (topics, _) = read(text, "the strike killed two civilians and that allies must send more air defence", None);
    assert_eq!(topics, ["weapons"]);
    let l = TopicLexicon::builtin();
    assert_eq!(ids(&l, "any settlement must be fair to both sides"), ["peace-talks"]);
    assert_eq!(ids(&l, "both sides want an end to the killing"), ["peace-talks"]);
}

#[test]
fn what_is_needed_in_the_passive_comes_before_the_verb() {
    // the thing needed is the subject: "X would be needed" asks for X
    let text = "The general said thousands of foreign troops would be needed along the line.";
    assert_eq!(
        stance_of(text, "thousands of foreign troops would be needed along the line", "security-guarantees"),
        Some(Stance::Favor)
    );
    // an active obligation still only sets a condition on what precedes it
    let text = "The envoy said a settlement needs the approval of both parliaments.";
    assert_eq!(
        stance_of(text, "a settlement needs the approval of both parliaments", "peace-talks"),
        Some(Stance::Neutral)
    );
}

#[test]
fn the_headline_topic_is_the_one_its_terms_name_not_the_firms_it_mentions() {
    // two oil firms named again and again do not turn a sanctions story
    // into an energy one
    let text = "Brussels sanctions Gazprom Neft and Surgutneftegas over the war\n\n\
                The EU blacklisted Gazprom Neft and Surgutneftegas, two big oil producers, as it did Rosneft.\n\n\
                Ministers gathered in the afternoon. A senior diplomat said the decision was overdue.";
    let (t, _) = read(text, "the decision was overdue", None);
    assert_eq!(t, ["sanctions"]);
}

#[test]
fn a_story_that_names_finland_is_not_about_nato_membership() {
    // "Finlandization" is matched as written: its stem is the country's
    let text = "Finland and Norway agree to share ferry routes

                The two governments signed the deal in Oslo.

                A spokesman said the ferries would sail daily.";
    let (t, _) = read(text, "the ferries would sail daily", None);
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn people_hurt_in_an_attack_take_no_topic_from_the_headline() {
    let text = "Sweden to send more air defence to Kyiv

                Sweden will deliver two batteries before spring, the minister said.

                In Kharkiv, officials said five people were hurt overnight.";
    let (t, _) = read(text, "five people were hurt overnight", None);
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn a_topic_met_only_in_the_lead_paragraph_is_not_what_the_article_is_about() {
    let text = "Prime minister welcomes guests in Lisbon\n\n\
                The talks over dinner also touched on frozen Russian assets and the power grid.\n\n\
                Her spokesman said the visit was a success.";
    let (t, _) = read(text, "the visit was a success", None);
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn a_headline_that_names_no_topic_leaves_it_to_a_lead_about_one() {
    let text = "“The ball is in their court”\n\n\
                The foreign minister spoke about the prospects of negotiations with Kyiv.\n\n\
                He said the contacts went on at a working level.";
    let (t, _) = read(text, "the contacts went on at a working level", None);
    assert_eq!(t, ["peace-talks"]);
}

#[test]
fn undoing_an_undoing_is_a_step_towards_the_topic() {
    let text = "The envoy said Washington would lift its pause on military aid within days.";
    let c = "Washington would lift its pause on military aid within days";
    assert_eq!(stance_of(text, c, "weapons"), Some(Stance::Favor));
    let text = "The envoy said Washington would not lift its pause on military aid this year.";
    let c = "Washington would not lift its pause on military aid this year";
    assert_eq!(stance_of(text, c, "weapons"), Some(Stance::Against));
}

#[test]
fn a_refusal_that_is_lifted_refuses_nothing() {
    let text = "Diplomats said the new sanctions package passed once Budapest lifted its veto.";
    let c = "the new sanctions package passed once Budapest lifted its veto";
    assert_eq!(stance_of(text, c, "sanctions"), Some(Stance::Neutral));
    let text = "Diplomats said Budapest would veto the new sanctions package.";
    let c = "Budapest would veto the new sanctions package";
    assert_eq!(stance_of(text, c, "sanctions"), Some(Stance::Against));
}

#[test]
fn a_cue_before_a_list_bears_on_every_item() {
    let text = "The premier said she backs sanctions, arms deliveries and security guarantees for Kyiv.";
    let c = "she backs sanctions, arms deliveries and security guarantees for Kyiv";
    for topic in ["sanctions", "weapons", "security-guarantees"] {
        assert_eq!(stance_of(text, c, topic), Some(Stance::Favor), "{topic}");
    }
    // a stop ends the list
    let text = "The premier said she backs sanctions. Arms deliveries were for the defence ministry to settle.";
    let c = "she backs sanctions. Arms deliveries were for the defence ministry to settle";
    assert_eq!(stance_of(text, c, "weapons"), Some(Stance::Neutral));
}

#[test]
fn harm_named_as_a_thing_or_denied_takes_no_side() {
    // "the damage" is a noun here: nothing before it is said to cause harm
    let text = "The lawmaker said frozen assets should pay for the damage done to the city.";
    let c = "frozen assets should pay for the damage done to the city";
    assert_eq!(stance_of(text, c, "sanctions"), Some(Stance::Neutral));
    // saying a thing does no harm answers an objection, it does not argue for it
    let text = "An adviser said the new sanctions would not damage the economy much.";
    let c = "the new sanctions would not damage the economy much";
    assert_eq!(stance_of(text, c, "sanctions"), Some(Stance::Neutral));
    let text = "An adviser said the new sanctions were pointless and would not damage the economy much.";
    let c = "the new sanctions were pointless and would not damage the economy much";
    assert_eq!(stance_of(text, c, "sanctions"), Some(Stance::Against));
}

#[test]
fn blaming_a_step_for_the_war_and_calling_it_hostile_are_refusals() {
    let text = "The ambassador said the alliance's eastward expansion was a main cause of the war.";
    let c = "the alliance's eastward expansion was a main cause of the war";
    assert_eq!(stance_of(text, c, "nato-membership"), Some(Stance::Against));
    let text = "A Kremlin aide called the new sanctions an unfriendly step.";
    let c = "the new sanctions an unfriendly step";
    assert_eq!(stance_of(text, c, "sanctions"), Some(Stance::Against));
}

#[test]
fn a_pause_on_strikes_is_a_truce() {
    let l = TopicLexicon::builtin();
    // with the kind of strikes between the verb and the strikes
    assert!(
        ids(&l, "Both sides would halt their long-range drone and missile strikes for a month")
            .contains(&"peace-talks".to_string())
    );
    assert!(!ids(&l, "Both sides would halt. Drone strikes went on").contains(&"peace-talks".to_string()));
    assert!(
        ids(&l, "Both sides agreed to a pause on strikes against power plants").contains(&"peace-talks".to_string())
    );
}

#[test]
fn greetings_and_thanks_take_no_topic_from_the_headline() {
    for (text, content) in [
        (
            "Envoy says the truce talks will go on\n\nHOST: Good morning, Ambassador.\n\nHOLT: Good morning, Dana. Thanks for having me.",
            "Good morning, Dana. Thanks for having me.",
        ),
        (
            "Envoy says the truce talks will go on\n\nHOST: Minister Holt, thank you.\n\nHOLT: Thank you again.",
            "Minister Holt, thank you.",
        ),
        (
            "Посланник говорит, что переговоры о перемирии продолжатся\n\nВЕДУЩИЙ: Спасибо за приглашение.\n\nХОЛТ: Добрый день.",
            "Спасибо за приглашение.",
        ),
        (
            "Посланець каже, що переговори про перемир'я триватимуть\n\nВЕДУЧИЙ: Дякую за запрошення.\n\nХОЛТ: Добрий день.",
            "Дякую за запрошення.",
        ),
    ] {
        let (t, s) = read(text, content, None);
        assert!(t.is_empty() && s.is_empty(), "{content}: {t:?} {s:?}");
    }
    // a remark with words of its own still takes the headline's topic
    let text = "Envoy says the truce talks will go on\n\nHOLT: Thank you. We are staying at the table.";
    assert_eq!(read(text, "Thank you. We are staying at the table.", None).0, ["peace-talks"]);
    // and a bare refusal is no courtesy
    let text = "Envoy says the truce talks will go on\n\nHOLT: No.";
    assert_eq!(read(text, "No.", None).0, ["peace-talks"]);
}

#[test]
fn a_statement_with_no_topic_word_takes_the_topic_its_headline_names() {
    let text = "Delegations meet for a third round of peace talks in Geneva\n\n\
                The two teams sat down on Monday morning.\n\n\
                A diplomat said the mood in the room was good.";
    let (t, _) = read(text, "the mood in the room was good", None);
    assert_eq!(t, ["peace-talks"]);
    // what reports the fighting is about that, not about the headline
    let text = "Delegations meet for a third round of peace talks in Geneva\n\n\
                The two teams sat down on Monday morning.\n\n\
                The governor said drones were shot down over two villages overnight.";
    assert!(read(text, "drones were shot down over two villages overnight", None).0.is_empty());
    // and so is a count of the day's clashes, in every language
    for (text, content) in [
        (
            "Delegations meet for a third round of peace talks in Geneva\n\nThe staff said there were 90 combat clashes overnight.",
            "there were 90 combat clashes overnight",
        ),
        (
            "Делегації зустрілися на третій раунд мирних переговорів\n\nУ Генштабі повідомили, що за добу відбулося 90 бойових зіткнень.",
            "за добу відбулося 90 бойових зіткнень",
        ),
        (
            "Делегации встретились на третий раунд мирных переговоров\n\nВ Генштабе сообщили, что за сутки произошло 90 боестолкновений.",
            "за сутки произошло 90 боестолкновений",
        ),
    ] {
        assert!(read(text, content, None).0.is_empty(), "{content}");
    }
    // a headline that names only weak words (a missile hit a town) gives
    // no topic to what is said there
    let text = "Missile hits apartment block in the east\n\n\
                Rescuers worked through the night.\n\n\
                The mayor said the block would be rebuilt by spring.";
    assert!(read(text, "the block would be rebuilt by spring", None).0.is_empty());
}

#[test]
fn an_answer_to_a_question_is_about_what_the_question_names_not_the_headline() {
    let en = "Delegations meet for a third round of peace talks in Geneva\n\nThe two teams sat down on Monday.\n\n";
    let ru = "Делегации встретились на третий раунд мирных переговоров\n\nКоманды сели за стол в понедельник.\n\n";
    let uk = "Делегації зустрілися на третій раунд мирних переговорів\n\nКоманди сіли за стіл у понеділок.\n\n";
    for (headline, body, content, want) in [
        (
            en,
            "Asked whether new sanctions would follow, the spokeswoman said all options were open.",
            "all options were open",
            "sanctions",
        ),
        (
            en,
            "When asked about arms deliveries, the minister said he would not go into details.",
            "he would not go into details",
            "weapons",
        ),
        (
            ru,
            "Отвечая на вопрос о новых санкциях, представитель сказал, что все варианты открыты.",
            "все варианты открыты",
            "sanctions",
        ),
        (
            uk,
            "Відповідаючи на запитання про нові санкції, речниця сказала, що всі варіанти відкриті.",
            "всі варіанти відкриті",
            "sanctions",
        ),
    ] {
        // without the question, the headline's topic
        let plain = format!("{headline}{}", &body[body.find(", ").unwrap() + 2..]);
        assert_eq!(read(&plain, content, None).0, ["peace-talks"], "{plain}");
        let text = format!("{headline}{body}");
        assert_eq!(read(&text, content, None).0, [want], "{body}");
    }
    // a question that names no topic leaves the headline's
    let text = format!("{en}Asked about the mood, the spokeswoman said it was good.");
    assert_eq!(read(&text, "it was good", None).0, ["peace-talks"]);
    // and an answer with a topic word of its own is about that
    let text = format!("{en}Asked about new sanctions, the spokeswoman said the arms would arrive soon.");
    assert_eq!(read(&text, "the arms would arrive soon", None).0, ["weapons"]);
}

#[test]
fn a_passive_verb_after_what_it_reports_decides_the_stance() {
    let text = "The new sanctions package was welcomed by Kyiv.";
    let (topics, stance) = read(text, "The new sanctions package", Some("was welcomed by"));
    assert_eq!(topics, ["sanctions"]);
    assert_eq!(stance.get("sanctions"), Some(&Stance::Favor));
    let text = "The new sanctions package was rejected by Budapest.";
    let (_, stance) = read(text, "The new sanctions package", Some("was rejected by"));
    assert_eq!(stance.get("sanctions"), Some(&Stance::Against));
}

#[test]
fn what_is_threatened_or_vowed_decides_not_the_verb() {
    // the harm the speaker threatens to do is against its target
    let text = "The premier threatened to block the next sanctions package.";
    let (_, stance) = read(text, "to block the next sanctions package", Some("threatened"));
    assert_eq!(stance.get("sanctions"), Some(&Stance::Against));
    let text = "The premier vowed to derail the peace talks.";
    let (_, stance) = read(text, "to derail the peace talks", Some("vowed"));
    assert_eq!(stance.get("peace-talks"), Some(&Stance::Against));
    // and what is promised for it is for it
    let text = "The premier promised to increase the arms deliveries.";
    let (_, stance) = read(text, "to increase the arms deliveries", Some("promised"));
    assert_eq!(stance.get("weapons"), Some(&Stance::Favor));
}

#[test]
fn refusing_words_count_when_the_reporting_verb_accuses() {
    let text = "Moscow accused the allies of trying to prolong the fighting with every new shipment of arms.";
    let c = "the allies of trying to prolong the fighting with every new shipment of arms";
    assert_eq!(stance_of(text, c, "weapons"), Some(Stance::Against));
    // harm alone under an accusation still describes the other side
    let text = "Kyiv accused Moscow of trying to wreck the truce.";
    assert_eq!(stance_of(text, "Moscow of trying to wreck the truce", "peace-talks"), Some(Stance::Neutral));
}

#[test]
fn continuing_asks_for_what_follows_and_only_reports_what_precedes() {
    let text = "The minister said Berlin would continue arms deliveries to Kyiv.";
    let c = "Berlin would continue arms deliveries to Kyiv";
    assert_eq!(stance_of(text, c, "weapons"), Some(Stance::Favor));
    let text = "The spokesman said the negotiations continue at expert level.";
    let c = "the negotiations continue at expert level";
    assert_eq!(stance_of(text, c, "peace-talks"), Some(Stance::Neutral));
    let text = "Пресс-секретарь сказал, что переговоры продолжаются на уровне экспертов.";
    let c = "переговоры продолжаются на уровне экспертов";
    assert_eq!(stance_of(text, c, "peace-talks"), Some(Stance::Neutral));
}

#[test]
fn stating_an_aim_is_being_for_it() {
    let text = "The host said their aim is to bring about a ceasefire before winter.";
    let c = "their aim is to bring about a ceasefire before winter";
    assert_eq!(stance_of(text, c, "peace-talks"), Some(Stance::Favor));
}

#[test]
fn an_obligation_with_nothing_after_it_gives_way_to_the_other_words() {
    // "should" names no topic word after it; "dead end" says where the
    // speaker stands
    let text = "Delegates in Vienna met again on the truce.\n\nThe envoy said the truce talks were a dead end and should stop.";
    let c = "the truce talks were a dead end and should stop";
    assert_eq!(stance_of(text, c, "peace-talks"), Some(Stance::Against));
}

#[test]
fn under_a_headline_naming_talks_and_more_a_remark_is_about_the_talks() {
    let text = "Envoys agree to swap more prisoners of war at talks in Doha\n\n\
                The exchange of prisoners and captives is due next week, both delegations said.\n\n\
                A mediator said the atmosphere had been calm and businesslike.";
    let (t, _) = read(text, "the atmosphere had been calm and businesslike", None);
    assert_eq!(t, ["peace-talks"]);
    // a lexicon whose talks topic does not take remarks gives the main one
    let mut l = TopicLexicon::builtin();
    for topic in &mut l.topics {
        topic.remarks = false;
    }
    l.reindex();
    let start = text.find("the atmosphere").unwrap();
    let ctx = ArticleContext::new(&l, text);
    let a = l.analyze(text, &[Span::new(start, text.len())], &ctx);
    let ids: Vec<&str> = a.topics.iter().map(|f| l.topics[f.topic].id.as_str()).collect();
    assert_eq!(ids, ["prisoners"]);
}

#[test]
fn a_quotation_run_over_paragraphs_is_read_in_the_paragraph_its_attribution_ends() {
    // the first paragraph sets out what others say; the point is made in
    // the paragraph the attribution closes
    let text = "Trade ministers meet\n\nThe minister spoke after the meeting.\n\n“Some in the room argued that the sanctions should be lifted before the summer. They call the sanctions useless and want them lifted.\n\n“We will keep every sanction in place until the last soldier has left,” she said.\n";
    let content = &text[text.find("Some in the room").unwrap()..text.find(",” she said").unwrap()];
    let last = "We will keep every sanction in place until the last soldier has left";
    let (topics, stance) = read(text, content, Some("said"));
    assert_eq!(topics, ["sanctions"]);
    assert_eq!(stance.get("sanctions"), Some(&Stance::Favor), "{stance:?}");
    assert_eq!((topics, stance), read(text, last, Some("said")));
    let whole = Span::new(text.find("Some in the room").unwrap(), text.rfind('.').unwrap());
    assert_eq!(last_paragraph_of_quotation(text, whole).text(text), &text[text.find(last).unwrap()..whole.end]);
    // a part of one paragraph is itself
    let one = Span::new(text.find(last).unwrap(), whole.end);
    assert_eq!(last_paragraph_of_quotation(text, one), one);
}

#[test]
fn foreign_military_personnel_in_russian_and_ukrainian_are_a_force_in_ukraine() {
    let l = TopicLexicon::builtin();
    assert_eq!(ids(&l, "Москва против размещения иностранных военных у своих границ"), ["security-guarantees"]);
    assert_eq!(ids(&l, "Париж готов направить европейских военных для охраны портов"), ["security-guarantees"]);
    assert_eq!(ids(&l, "уряд обговорює розміщення іноземних військових біля кордону"), ["security-guarantees"]);
    // the adjective of other things is not the personnel
    assert!(ids(&l, "іноземна військова техніка прибула до порту").iter().all(|t| t != "security-guarantees"));
    assert!(ids(&l, "европейский военный бюджет вырос").iter().all(|t| t != "security-guarantees"));
}

#[test]
fn not_ruling_talks_out_is_openness_to_them() {
    let text = "Talks\n\nThe Kremlin has not ruled out a new round of talks in Geneva.";
    let found = crate::extract::extract(text, &crate::catalogue::Catalogue::builtin(), &TopicLexicon::builtin());
    let s = found.iter().find(|s| s.content_text(text).starts_with("a new round")).expect("the statement");
    assert_eq!(s.stance.get("peace-talks"), Some(&Stance::Favor), "{found:?}");
}

#[test]
fn refusing_to_rule_talks_out_is_openness_to_them() {
    for verb in ["refused", "declined"] {
        let text = format!("Talks\n\nThe Kremlin {verb} to rule out a new round of talks in Geneva.");
        let found = crate::extract::extract(&text, &crate::catalogue::Catalogue::builtin(), &TopicLexicon::builtin());
        let s = found.iter().find(|s| s.content_text(&text).starts_with("a new round")).expect("the statement");
        assert_eq!(s.stance.get("peace-talks"), Some(&Stance::Favor), "{verb}: {found:?}");
    }
}

#[test]
fn an_exchange_of_fire_is_the_fighting_not_a_prisoner_swap() {
    let l = TopicLexicon::builtin();
    for text in ["the two armies exchanged fire across the river", "an exchange of fire near the ford lasted an hour"] {
        assert!(ids(&l, text).iter().all(|t| t != "prisoners"), "{text}");
    }
    // prisoners exchanged are still prisoners
    assert!(ids(&l, "the two sides exchanged sixty prisoners on Friday").iter().any(|t| t == "prisoners"));
}

#[test]
fn a_cue_reaching_out_of_another_topic_s_phrase_speaks_of_what_it_names() {
    // "prolong the war" is a phrase of the talks named the other way
    // round; "only prolong" says what the speaker thinks of the deliveries
    let t = "The envoy said the new tank deliveries only prolong the war.";
    assert_eq!(stance_of(t, "the new tank deliveries only prolong the war", "weapons"), Some(Stance::Against));
    // a cue wholly inside such a phrase stays the phrase's own word
    let t = "The envoy said a withdrawal from the Donetsk region was \"a key condition\" for ending the war.";
    let (_, stance) = read(t, "a withdrawal from the Donetsk region was \"a key condition\" for ending the war", None);
    assert_ne!(stance.get("peace-talks"), Some(&Stance::Neutral), "{stance:?}");
}

#[test]
fn sanctions_to_be_lifted_and_a_future_in_nato() {
    let t = "The premier said the sanctions should be lifted before spring.";
    assert_eq!(stance_of(t, "the sanctions should be lifted before spring", "sanctions"), Some(Stance::Against));
    let l = TopicLexicon::builtin();
    assert!(ids(&l, "Georgia's future lay firmly in NATO").contains(&"nato-membership".to_string()));
    assert!(ids(&l, "their rightful place is in NATO").contains(&"nato-membership".to_string()));
    assert!(ids(&l, "Посол видит будущее Грузии в НАТО.").contains(&"nato-membership".to_string()));
    assert!(ids(&l, "Посол бачить майбутнє Грузії в НАТО.").contains(&"nato-membership".to_string()));
}

#[test]
fn an_unrealistic_or_cynical_plan_in_russian_and_ukrainian() {
    let t = "Посол назвал новый план перемирия «нереалистичным».";
    assert_eq!(stance_of(t, "новый план перемирия «нереалистичным»", "peace-talks"), Some(Stance::Against));
    let t = "Посол назвав новий план перемир'я «цинічним».";
    assert_eq!(stance_of(t, "новий план перемир'я «цинічним»", "peace-talks"), Some(Stance::Against));
}

#[test]
fn what_a_side_will_not_accept_or_agree_to_in_russian_and_ukrainian() {
    for (t, c, topic) in [
        ("Посол сказал, что Минск не примет новые санкции.", "Минск не примет новые санкции", "sanctions"),
        (
            "Посол сказал, что Минск никогда не согласится на перемирие.",
            "Минск никогда не согласится на перемирие",
            "peace-talks",
        ),
        ("Посол сказав, що Мінськ не погодиться на перемир'я.", "Мінськ не погодиться на перемир'я", "peace-talks"),
    ] {
        assert_eq!(stance_of(t, c, topic), Some(Stance::Against), "{t}");
    }
    // agreeing is for it
    let t = "Посол сказал, что стороны согласились на перемирие.";
    assert_eq!(stance_of(t, "стороны согласились на перемирие", "peace-talks"), Some(Stance::Favor));
}

#[test]
fn the_question_of_territories_is_the_territory_topic_in_russian_and_ukrainian() {
    let l = TopicLexicon::builtin();
    assert!(ids(&l, "питання територій обговорять окремо").contains(&"territory".to_string()));
    assert!(ids(&l, "вопрос территорий отложили до осени").contains(&"territory".to_string()));
}

#[test]
fn doubling_or_tripling_what_is_given_is_for_it() {
    let t = "The minister said Norway would double its sanctions budget next year.";
    assert_eq!(stance_of(t, "Norway would double its sanctions budget next year", "sanctions"), Some(Stance::Favor));
    let t = "The minister said Norway had tripled its sanctions staff.";
    assert_eq!(stance_of(t, "Norway had tripled its sanctions staff", "sanctions"), Some(Stance::Favor));
}
