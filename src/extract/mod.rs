//! Finding statements: who said what, in which words.
//!
//! A pipeline of small steps, each in its own module with its own tests:
//!
//! 1. [`tokens`]: words, punctuation, quote marks, paragraphs, each word
//!    looked up once in the [`lexicon`];
//! 2. [`structure`]: quotations paired, then sentences;
//! 3. [`rules`]: an ordered list of small rules, one per way newsrooms
//!    report speech, each finding candidates with the help of [`subject`]
//!    (who is speaking), [`clause`] (where what was said starts and ends)
//!    and [`mentions`] (the words that name a speaker);
//! 4. [`resolve`]: pronouns and descriptions to speakers, speakers to
//!    actors;
//! 5. [`build`]: candidates to statements, with their kind and topics.
//!
//! Pure and deterministic: no I/O, no global state beyond word lists.

pub mod build;
pub mod clause;
pub mod confidence;
pub mod doc;
pub mod lexicon;
pub mod mentions;
pub mod resolve;
pub mod resolve_cyrillic;
pub mod rules;
pub mod structure;
pub mod subject;
pub mod tokens;

use crate::catalogue::Catalogue;
use crate::span::Span;
use crate::topics::TopicLexicon;
use doc::Doc;
use mentions::Words;
use serde::{Deserialize, Serialize};

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
    /// The name of the extraction rule that found it ("found by"); empty
    /// for a statement added by hand.
    #[serde(default)]
    pub rule: String,
    /// How sure extraction is, in per cent, from the rule and the speaker
    /// evidence ([`confidence`]); 100 for a statement added by hand.
    #[serde(default)]
    pub confidence: u8,
    /// Found in the article's headline, which compresses and paraphrases.
    #[serde(default)]
    pub headline: bool,
    /// The speaker's role that gave the actor, when the catalogue dates it
    /// ("press secretary, 2012–").
    #[serde(default)]
    pub role: Option<String>,
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

/// Roles in time: a statement whose speaker the catalogue lists with
/// dated roles speaks for the actor of the role held on the article's
/// date (a foreign minister who left office in 2024 speaks for nobody in
/// a 2025 article), and carries that role's label. Applied after
/// extraction, which reads the text alone, so that fixing an article's
/// date moves its statements too. Only statements extraction gave to the
/// actor the person is listed under change: an actor found another way
/// (the speaker's own words about whom they speak for) stands.
///
/// Before that, a speaker named by a title alone is given the person
/// who held it ([`name_title_holders`]), on the date or, undated, the
/// person the catalogue lists with it now.
pub fn apply_roles(statements: &mut [Statement], catalogue: &Catalogue, date: Option<&str>) {
    let day = date.and_then(crate::catalogue::Day::parse);
    name_title_holders(statements, catalogue, day);
    let Some(day) = day else { return };
    // the few people with dated roles, looked up by name once
    let dated: Vec<&str> = catalogue
        .actors
        .iter()
        .flat_map(|a| &a.speakers)
        .filter(|p| !p.roles.is_empty())
        .map(|p| p.name.as_str())
        .collect();
    if dated.is_empty() {
        return;
    }
    for s in statements {
        let Some(m) = s.speaker.as_deref().filter(|n| dated.contains(n)).and_then(|n| catalogue.person_named(n)) else {
            continue;
        };
        let listed = &catalogue.actors[m.owner].id;
        if s.actor.as_deref() != Some(listed.as_str()) {
            continue;
        }
        let (actor, role) = catalogue.actor_on(&m, Some(day));
        if role.is_none() && actor == Some(m.owner) {
            continue;
        }
        s.role = role.map(|r| r.label());
        s.actor = actor.map(|i| catalogue.actors[i].id.clone());
    }
}

/// "The German chancellor said", "Ukraine's foreign minister said": a
/// speaker named by a title alone, no name anywhere in the story, is the
/// one person of the catalogue who held that title on `day` (by their
/// dated roles; a person without roles, or any person when the article
/// is undated, by the title listed, though not on a day when a dated
/// holder still held it), and speaks for that person's actor.
/// Why: the same person is then one speaker however the story names
/// them, and the title of another year is another person's. Bodies ("the
/// alliance") are not titles of people; two holders decide nothing.
pub fn name_title_holders(statements: &mut [Statement], catalogue: &Catalogue, day: Option<crate::catalogue::Day>) {
    let lex = lexicon::Lexicon::of(lexicon::Lang::En);
    for s in statements.iter_mut() {
        let Some(key) = s.speaker.as_deref().and_then(|sp| title_key(sp, lex)) else { continue };
        let key = match leader_title(&key, catalogue) {
            Some(office) => office,
            None if catalogue.is_persons_title(&key) => key,
            None => continue,
        };
        let Some(p) = title_holder(catalogue, &key, day) else { continue };
        let Some(m) = catalogue.person_named(&p.name) else { continue };
        s.speaker = Some(p.name.clone());
        s.actor = Some(catalogue.actors[m.owner].id.clone());
    }
}

/// The one person of the catalogue who holds the title `key` (lower
/// case) on `day` (undated: the title listed); none for two.
fn title_holder<'c>(
    catalogue: &'c Catalogue,
    key: &str,
    day: Option<crate::catalogue::Day>,
) -> Option<&'c crate::catalogue::Speaker> {
    let people = || catalogue.actors.iter().flat_map(|a| &a.speakers);
    // a person listed with the title and no dates holds it from when
    // the last dated holder left it ("US Secretary of State" in 2016
    // is not today's)
    let succeeded = people()
        .flat_map(|p| &p.roles)
        .filter(|r| r.title.eq_ignore_ascii_case(key))
        .filter_map(|r| r.until.as_deref().and_then(crate::catalogue::Day::parse))
        .max();
    let mut holders = people().filter(|p| {
        let title = match day {
            Some(day) if !p.roles.is_empty() => crate::catalogue::roles::role_on(&p.roles, day).map(|r| &r.title),
            Some(day) if succeeded.is_some_and(|u| day < u) => None,
            _ => Some(&p.title),
        };
        p.kind == crate::catalogue::SpeakerKind::Person && title.is_some_and(|t| t.eq_ignore_ascii_case(key))
    });
    match (holders.next(), holders.next()) {
        (Some(p), None) => Some(p),
        _ => None,
    }
}

/// The office a country's "leader" holds, as a title key: "russian
/// leader" → "russian president", "hungarian leader" → "hungarian prime
/// minister" (a country led by its government,
/// [`lexicon::en::LED_BY_GOVERNMENT`]); "the Kremlin chief" is Russia's;
/// a country's "top diplomat" is its foreign minister.
/// Why: reporters name a head of state or government by this second
/// reference, and the catalogue lists the office. The first office the
/// catalogue lists a person under; none when the key is no leader's.
pub(crate) fn leader_title(key: &str, catalogue: &Catalogue) -> Option<String> {
    // "Russia's top diplomat": its foreign minister
    if let Some(nation) = key.strip_suffix(" top diplomat").filter(|n| !n.contains(' ')) {
        return Some(format!("{nation} foreign minister")).filter(|k| catalogue.is_persons_title(k));
    }
    let (nation, what) = key.rsplit_once(' ')?;
    let nation = match (nation, what) {
        ("kremlin", "leader" | "chief") => "russian",
        (n, "leader") if !n.contains(' ') => n,
        _ => return None,
    };
    let offices: &[&str] =
        if lexicon::en::LED_BY_GOVERNMENT.contains(&nation) { lexicon::en::HEAD_OF_GOVERNMENT } else { &["president"] };
    offices.iter().map(|o| format!("{nation} {o}")).find(|k| catalogue.is_persons_title(k))
}

/// A speaker's words as a catalogue title would write them, when they
/// are a title and no name: "the German chancellor" → "german
/// chancellor", "Ukraine's foreign minister" → "ukrainian foreign
/// minister", "U.S. secretary of state" → "us secretary of state"; none
/// unless the last word is a role or a title (a name ends in a name).
fn title_key(speaker: &str, lex: &lexicon::Lexicon) -> Option<String> {
    // most speakers are names: their last word says so before any more
    // is read
    let (_, last) = speaker.rsplit_once(' ')?;
    if !lex.get(last).class.intersects(lexicon::Class::ROLE | lexicon::Class::TITLE) {
        return None;
    }
    let mut words: Vec<&str> = speaker.split(' ').collect();
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        words.remove(0);
    }
    if words.len() < 2 {
        return None;
    }
    let mut key = String::with_capacity(speaker.len());
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase().replace('’', "'");
        let word = match lower.strip_suffix("'s") {
            // "Ukraine's" → "ukrainian"
            Some(country) if i == 0 => lex.adjective_of_country(country)?.to_string(),
            Some(_) => return None,
            None => lower,
        };
        let word = match word.as_str() {
            "american" | "u.s." | "u.s" | "america" => "us",
            "uk" | "u.k." | "britain" => "british",
            // "Polish PM": how headlines write the office
            "pm" => "prime minister",
            w => w,
        };
        if i > 0 {
            key.push(' ');
        }
        key.push_str(word);
    }
    Some(key)
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
        return extract_chunk(text, true, catalogue, topics);
    }
    // Very long texts (a book pasted into one file, a 5 MB line) are read
    // in pieces cut between paragraphs: memory stays bounded whatever the
    // file, and no step can turn slow on one enormous paragraph. A quote or
    // pronoun that crosses a cut loses its antecedent, which no news
    // article is long enough to notice.
    let mut out = Vec::new();
    for (start, end) in chunks(text, CHUNK_BYTES) {
        let shift = |sp: Span| Span::new(sp.start + start, sp.end + start);
        for mut s in extract_chunk(&text[start..end], start == 0, catalogue, topics) {
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

/// Extracts one piece of a text; `first` when it starts the text (and so
/// may start with a headline).
fn extract_chunk(text: &str, first: bool, catalogue: &Catalogue, topics: &TopicLexicon) -> Vec<Statement> {
    let (mut toks, paras) = tokens::tokenize(text);
    if toks.is_empty() {
        return Vec::new();
    }
    let quotes = structure::pair_quotes(text, &mut toks, &paras);
    let sents = structure::sentences(text, &toks);
    if !rules::ru_uk::has_cyrillic(text) {
        let mut d = Doc { w: Words { text, toks: &toks }, quotes: &quotes, sents: &sents, headline: None };
        if first {
            d.headline = d.find_headline();
        }
        let cands = rules::find_all(&d, &rules::ENGLISH);
        // no Cyrillic letter at all: read as English
        let found = build::statements_read(&d, cands, catalogue, topics, &[], "en");
        tokens::give_back(toks);
        return found;
    }
    // Russian and Ukrainian sentences get their own words and rules
    let article = crate::lang::reading_language(text);
    let readings = rules::ru_uk::sentence_readings(text, &toks, &sents, article);
    rules::ru_uk::annotate(text, &mut toks, &sents, &readings);
    let mut d = Doc { w: Words { text, toks: &toks }, quotes: &quotes, sents: &sents, headline: None };
    if first {
        d.headline = d.find_headline();
    }
    let cands = rules::find_by_reading(&d, &readings);
    let found = build::statements_read(&d, cands, catalogue, topics, &readings, article);
    tokens::give_back(toks);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_date_picks_the_role_and_the_actor() {
        let cat = Catalogue::builtin();
        let topics = TopicLexicon::builtin();
        let text = "Kyiv's top diplomat spoke to students.\n\nDmytro Kuleba said: \"Our windows face west and will stay that way.\"\n";
        let found = extract(text, &cat, &topics);
        let s = found.iter().find(|s| s.speaker.as_deref() == Some("Dmytro Kuleba")).expect("found");
        assert_eq!(s.actor.as_deref(), Some("ukrainian-mfa"), "undated: the actor listed");
        let mut in_office = found.clone();
        apply_roles(&mut in_office, &cat, Some("2022-06-01"));
        let s1 = in_office.iter().find(|s| s.speaker.as_deref() == Some("Dmytro Kuleba")).unwrap();
        assert_eq!(s1.actor.as_deref(), Some("ukrainian-mfa"));
        assert_eq!(s1.role.as_deref(), Some("Ukrainian Foreign Minister, 2020–2024"));
        let mut after = found.clone();
        apply_roles(&mut after, &cat, Some("2025-03-10"));
        let s2 = after.iter().find(|s| s.speaker.as_deref() == Some("Dmytro Kuleba")).unwrap();
        assert_eq!(s2.actor, None, "a former minister speaks for nobody");
        assert_eq!(s2.role.as_deref(), Some("former Ukrainian Foreign Minister, 2024–"));
        // a date without a year decides nothing
        let mut yearless = found.clone();
        apply_roles(&mut yearless, &cat, Some("March 10"));
        assert_eq!(yearless, found);
    }
    #[test]
    fn a_title_named_alone_is_its_holder_on_the_article_date() {
        let cat = Catalogue::builtin();
        let topics = TopicLexicon::builtin();
        let text = "Rail talks\n\nThe German chancellor said the bridge would be rebuilt.\n\n\
                    Ukraine's foreign minister said the trains would run by spring.\n\n\
                    The US secretary of state said the tracks were a priority.\n\n\
                    The prime minister said the budget was ready.\n";
        let found = extract(text, &cat, &topics);
        let speakers = |date: Option<&str>| {
            let mut s = found.clone();
            apply_roles(&mut s, &cat, date);
            s.iter().map(|s| s.speaker.clone().unwrap_or_default()).collect::<Vec<_>>()
        };
        assert_eq!(speakers(None), ["Friedrich Merz", "Andrii Sybiha", "Marco Rubio", "prime minister"]);
        assert_eq!(speakers(Some("2023-05-02")), ["Olaf Scholz", "Dmytro Kuleba", "Antony Blinken", "prime minister"]);
        // a title no one the catalogue dates held that day stays a title,
        // and the holder listed today is not taken back to before the
        // dated holder left
        let old = speakers(Some("2016-09-12"));
        assert_eq!(old[2], "US secretary of state", "{old:?}");
        // the holder's actor on the day: the 2023 chancellor spoke for the
        // German government
        let mut s = found.clone();
        apply_roles(&mut s, &cat, Some("2023-05-02"));
        assert_eq!(s[0].actor.as_deref(), Some("german-government"));
        assert_eq!(s[0].role.as_deref(), Some("German Chancellor, 2021–2025"));
    }

    #[test]
    fn pm_is_the_prime_minister() {
        let cat = Catalogue::builtin();
        let topics = TopicLexicon::builtin();
        let text =
            "Polish PM: The ferry link will be ready by June\n\nThe Hungarian PM said the bridge toll would fall.\n";
        let mut found = extract(text, &cat, &topics);
        apply_roles(&mut found, &cat, None);
        let speakers: Vec<_> = found.iter().map(|s| s.speaker.clone().unwrap_or_default()).collect();
        assert_eq!(speakers, ["Donald Tusk", "Viktor Orbán"]);
    }

    #[test]
    fn a_country_s_leader_is_who_leads_it_on_the_date() {
        let cat = Catalogue::builtin();
        let topics = TopicLexicon::builtin();
        let text = "Grain corridor\n\nThe Russian leader said the corridor would stay shut.\n\n\
                    The Hungarian leader said the vote on the loan would wait.\n\n\
                    The Kremlin chief said the offer of talks still stood.\n\n\
                    The German leader said the ships would be insured.\n\n\
                    The Chechen leader said his men were ready.\n\n\
                    The opposition leader said the count was rigged.\n";
        let found = extract(text, &cat, &topics);
        let speakers = |date: Option<&str>| {
            let mut s = found.clone();
            apply_roles(&mut s, &cat, date);
            s.iter().map(|s| s.speaker.clone().unwrap_or_default()).collect::<Vec<_>>()
        };
        // a president leads Russia; a prime minister or chancellor leads
        // Hungary and Germany; a leader's title the catalogue lists is
        // its holder's; a party's leader is no country's
        assert_eq!(
            speakers(None),
            [
                "Vladimir Putin",
                "Viktor Orbán",
                "Vladimir Putin",
                "Friedrich Merz",
                "Ramzan Kadyrov",
                "opposition leader"
            ]
        );
        assert_eq!(speakers(Some("2023-05-02"))[3], "Olaf Scholz");
        // a country's top diplomat is its foreign minister
        let text = "Grain corridor\n\nUkraine's top diplomat said the ships would sail.\n";
        let mut diplomat = extract(text, &cat, &topics);
        apply_roles(&mut diplomat, &cat, None);
        assert_eq!(diplomat[0].speaker.as_deref(), Some("Andrii Sybiha"), "{diplomat:?}");
    }

    use rules::testing::run;

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

    #[test]
    fn an_unbalanced_quote_never_swallows_the_article() {
        let text = "Peskov said: “That is not going to work.\n\nShares in Moscow fell. Traders shrugged.\n\nLater, Lavrov said the meeting had been useful.\n";
        let found = run(text);
        assert!(found.iter().all(|f| !f.content.contains("Traders")));
        assert!(
            found
                .iter()
                .any(|f| f.speaker.as_deref() == Some("Sergei Lavrov") && f.content == "the meeting had been useful")
        );
    }

    #[test]
    fn a_dateline_is_not_content() {
        let found = run("WARSAW, June 9 (Reuters) - More shelters are needed near the border, Tusk said on Monday.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].content, "More shelters are needed near the border");
    }

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
