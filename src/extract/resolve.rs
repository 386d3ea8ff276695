//! Step 6: who a mention refers to, and which actor that is.
//!
//! Speakers are tracked as entities through the article. A named mention
//! creates or refreshes one (a surname alone finds the earlier full name);
//! `he`, `she`, `they`, `it` take the latest compatible entity; a definite
//! description (`the spokesman`, `the ministry`, `Ukraine's top diplomat`)
//! takes the latest entity whose titles share its role. Sentence subjects
//! count as entities too, so `He later told reporters` finds the person
//! the previous sentence was about even when that one said nothing.

use super::lexicon::{self, Class};
use super::mentions::{Mention, Range, Words};
use crate::catalogue::{Catalogue, Gender, Speaker, Strength};

type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<crate::topics::matcher::FxHasher>>;
type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<crate::topics::matcher::FxHasher>>;

#[derive(Debug, Clone)]
pub struct Entity {
    /// Display name: full name for people, the phrase for bodies.
    pub name: String,
    pub surname: Option<String>,
    pub gender: Option<Gender>,
    pub person: bool,
    /// One person known only by their office ("the Ukrainian president"):
    /// no person entity (an office whose holder may be named,
    /// [`Resolver::office_holder`]), yet "he" or "she" may stand for it.
    pub by_office: bool,
    pub plural: bool,
    /// Lower-cased words of every description seen (titles, appositions).
    pub words: Vec<String>,
    pub actor: Option<usize>,
    /// [`word_bits`] of `name`, kept with it.
    word_bits: u64,
}

impl Entity {
    /// A body, place or group ("the Kremlin", "Western officials"): no
    /// person, no surname or gender.
    fn body(name: String, plural: bool, words: Vec<String>, actor: Option<usize>) -> Self {
        Entity {
            word_bits: word_bits(&name),
            name,
            surname: None,
            gender: None,
            person: false,
            by_office: false,
            plural,
            words,
            actor,
        }
    }
}

/// The outcome for one mention.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub speaker: Option<String>,
    pub actor: Option<usize>,
    pub entity: Option<usize>,
    /// How the text names the speaker.
    pub named_as: NamedAs,
    /// What gave the actor.
    pub actor_from: ActorFrom,
}

/// How a speaker is named where the statement is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NamedAs {
    /// Nobody: no source, or one that could not be resolved.
    #[default]
    Nobody,
    /// A person's name ("Dmitry Peskov", "Peskov").
    Name,
    /// A description that found its person ("the spokesman").
    Title,
    /// A pronoun that found its person ("he").
    Pronoun,
    /// A body, place or group ("the Kremlin", "Western officials").
    Body,
}

/// Where the speaker's actor came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActorFrom {
    /// No actor.
    #[default]
    Nothing,
    /// The catalogue, by a match of this strength.
    Catalogue(Strength),
    /// An earlier mention of the same speaker (or of its minister).
    Earlier,
    /// An office named without its country ("Defence Minister Ana Lind")
    /// in a story about one country: that country's government.
    Home,
}

impl Resolved {
    fn of(ent: &Entity, e: usize, named_as: NamedAs, actor_from: ActorFrom) -> Resolved {
        let actor_from = if ent.actor.is_some() { actor_from } else { ActorFrom::Nothing };
        Resolved { speaker: Some(ent.name.clone()), actor: ent.actor, entity: Some(e), named_as, actor_from }
    }
}

/// The entities of an article in the order they were last mentioned,
/// newest first when read ([`Self::newest_first`]). A mention moves its
/// entity to the end by adding it there and leaving its earlier place
/// stale (skipped when read, cleared away once half the places are
/// stale): moving it out of the list, as before, took time in the number
/// of entities at every mention, the square of a long article's length.
#[derive(Default)]
pub(crate) struct Recent {
    order: Vec<usize>,
    /// Per entity, its live place in `order` ([`NOWHERE`] before its
    /// first mention).
    place: Vec<usize>,
    stale: usize,
}

const NOWHERE: usize = usize::MAX;

impl Recent {
    /// Makes `e` the latest mentioned.
    pub(crate) fn touch(&mut self, e: usize) {
        if e >= self.place.len() {
            self.place.resize(e + 1, NOWHERE);
        }
        if self.place[e] != NOWHERE {
            self.stale += 1;
        }
        self.place[e] = self.order.len();
        self.order.push(e);
        if self.stale > 32 && self.stale * 2 > self.order.len() {
            // the live places alone, in order
            let mut kept = Vec::with_capacity(self.order.len() - self.stale);
            for (i, &x) in self.order.iter().enumerate() {
                if self.place[x] == i {
                    kept.push(x);
                }
            }
            for (i, &x) in kept.iter().enumerate() {
                self.place[x] = i;
            }
            self.order = kept;
            self.stale = 0;
        }
    }

    /// How late `e` was last mentioned (larger is later), if it was.
    pub(crate) fn rank(&self, e: usize) -> Option<usize> {
        self.place.get(e).copied().filter(|&p| p != NOWHERE)
    }

    /// The entities mentioned, the latest first.
    pub(crate) fn newest_first(&self) -> impl Iterator<Item = usize> + '_ {
        self.order.iter().enumerate().rev().filter(|&(i, &e)| self.place[e] == i).map(|(_, &e)| e)
    }
}

pub struct Resolver<'a> {
    pub w: &'a Words<'a>,
    pub catalogue: &'a Catalogue,
    pub entities: Vec<Entity>,
    /// Entity indices, by when last mentioned.
    recent: Recent,
    /// Entity indices by name in lower case (`to_lowercase`): a name is
    /// looked up among the names the same in any case, where it was
    /// compared with every entity (time in the square of a long
    /// article's length).
    names: FastMap<String, Vec<usize>>,
    /// The actor of the country the story is about, once worked out.
    home: Option<Option<usize>>,
    /// The country of [`Self::home_actor`]'s count, once counted, whether
    /// or not an actor speaks for it.
    home_country: Option<&'static str>,
    /// Whether a dateline names a place of [`Self::home_country`].
    home_dated: bool,
    /// Named mentions read so far, by what they say ([`ReadingKey`]).
    readings: FastMap<ReadingKey<'a>, std::rc::Rc<Reading>>,
    /// Ministries known only from their minister ([`Self::ministry_led_by`])
    /// and the paragraph where the minister was last named.
    led: Vec<(usize, u32)>,
    /// The entities that have been a statement's speaker, in the order
    /// they first were ([`Self::mention`]).
    spoke: Vec<usize>,
}

/// What a [`Reading`] is made of: the text of a named mention's head and
/// of its description, the length of the head text given to the
/// catalogue (all of it, or up to a place that follows: "diplomats in
/// Kyiv"), and where the name runs within the head, in words. A mention
/// written again as before ("Peskov" three times in a story) is read
/// once: its words, the catalogue's match and the gender they give are
/// the same each time.
type ReadingKey<'a> = (&'a str, Option<&'a str>, usize, usize, usize);

thread_local! {
    /// The [`Reading`]s of named mentions this thread has made, across
    /// articles ([`kept_key`]): news names the same people in the same
    /// words story after story, and a reading costs thousands of steps
    /// (the name's words, the catalogue's match, its spellings).
    static KEPT_READINGS: std::cell::RefCell<FastMap<Box<[u8]>, std::rc::Rc<Reading>>> =
        std::cell::RefCell::new(FastMap::default());
}

/// Readings kept before [`KEPT_READINGS`] starts afresh: a few hundred
/// bytes each with its key, so up to about 10 MB a thread (over 2,000
/// articles, a run's peak was 2.6 MB higher than with none kept).
const READINGS_KEPT: usize = 20_000;

/// What a reading is kept under across articles: the catalogue's answers
/// ([`Catalogue::answers_id`]), the [`ReadingKey`], and the word before
/// the head, each text after its length.
fn kept_key(answers: u64, (head, desc, head_len, run_from, run_to): &ReadingKey<'_>, before: &str) -> Vec<u8> {
    let desc = desc.unwrap_or("\u{0}");
    let mut k = Vec::with_capacity(8 * 6 + head.len() + desc.len() + before.len());
    for n in [answers, *head_len as u64, *run_from as u64, *run_to as u64] {
        k.extend_from_slice(&n.to_le_bytes());
    }
    for t in [*head, desc, before] {
        k.extend_from_slice(&(t.len() as u64).to_le_bytes());
        k.extend_from_slice(t.as_bytes());
    }
    k
}

/// What a named mention tells by itself, before the entities of the
/// article are searched: the same for each time it is read.
struct Reading {
    /// The name as written, without a possessive.
    raw_name: String,
    surname: String,
    /// A name of one word.
    single: bool,
    /// The catalogue's match of the head and description, or else of the
    /// name spelt another way.
    matched: Option<crate::catalogue::ActorMatch>,
    /// The words of head and description, and the title of the person
    /// matched.
    words: Vec<String>,
    /// The person's gender, or the one the words give.
    gender: Option<Gender>,
    /// [`Resolver::office_without_country`], once asked.
    office: std::cell::Cell<Option<bool>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Pronoun,
    Named,
    Description,
    Body,
}

/// Countries and blocs never counted as a story's home country
/// ([`Resolver::home_actor`]): a story about the war names both sides
/// throughout, so their counts say nothing about whose government an
/// office without a country is.
const NOT_HOME: &[&str] = &["russia", "ukraine", "europe", "nato"];

impl<'a> Resolver<'a> {
    pub fn new(w: &'a Words<'a>, catalogue: &'a Catalogue) -> Self {
        Resolver {
            w,
            catalogue,
            entities: Vec::new(),
            recent: Recent::default(),
            names: FastMap::default(),
            home: None,
            home_country: None,
            home_dated: false,
            readings: FastMap::default(),
            led: Vec::new(),
            spoke: Vec::new(),
        }
    }

    /// The actor of the country a story is about, if the catalogue knows
    /// one for it. Local reporting names its own government's offices
    /// without the country ("Defence Minister Ana Lind said"): the
    /// country is the one the story names most, clearly more than any
    /// other, at least three times. Russia and Ukraine are left out of
    /// the count, and so are blocs: a story about the war names both
    /// sides throughout, so their counts say nothing about whose
    /// government an office without a country is.
    fn home_actor(&mut self) -> Option<usize> {
        if let Some(h) = self.home {
            return h;
        }
        let lex = lexicon::Lexicon::of(lexicon::Lang::En);
        let lead_end = self.lead_end();
        let mut counts: Vec<(&'static str, usize, bool)> = Vec::new();
        // a dateline ("WARSAW (Reuters) -", "STOCKHOLM, Dec 5 —") says
        // where the story is reported from: as good as two namings
        let dateline = self.dateline_country(lead_end);
        if let Some(c) = dateline {
            counts.push((c, 2, true));
        }
        for i in 0..self.w.toks.len() {
            let t = self.w.t(i);
            // (most words are not capitalised: asked here, not in a call)
            if !t.is_word() || !t.cap {
                continue;
            }
            let Some(country) = self.country_at(i, lex) else { continue };
            if NOT_HOME.contains(&country) {
                continue;
            }
            let in_lead = t.start < lead_end;
            match counts.iter_mut().find(|(c, _, _)| *c == country) {
                Some((_, n, lead)) => {
                    *n += 1;
                    *lead |= in_lead;
                }
                None => counts.push((country, 1, in_lead)),
            }
        }
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        let country = match counts.as_slice() {
            [(c, n, true), rest @ ..] if *n >= 3 && rest.first().is_none_or(|(_, m, _)| *n > 2 * m) => Some(*c),
            _ => None,
        };
        let home = country.and_then(|c| self.catalogue.match_speaker("", &format!("{c} minister")).map(|m| m.actor));
        self.home = Some(home);
        self.home_country = country;
        self.home_dated = country.is_some() && country == dateline;
        home
    }

    /// Where the headline and the paragraph after it end, in bytes.
    fn lead_end(&self) -> usize {
        let mut lead_end = 0;
        for line in self.w.text.split_inclusive('\n').filter(|l| !l.trim().is_empty()).take(2) {
            lead_end = line.as_ptr() as usize - self.w.text.as_ptr() as usize + line.len();
        }
        lead_end
    }

    /// [`Self::home_actor`] of a story whose dateline names the home
    /// country; the story is counted through only when a dateline names
    /// a country at all (asked for every office named bare).
    fn dated_home_actor(&mut self) -> Option<usize> {
        if self.home.is_none() && self.dateline_country(self.lead_end()).is_none() {
            return None;
        }
        self.home_actor().filter(|_| self.home_dated)
    }

    /// The country word `i` names ("Poland", "Polish", "Warsaw", the
    /// last word of "the Netherlands"), if it is a capitalised one.
    fn country_at(&self, i: usize, lex: &lexicon::Lexicon) -> Option<&'static str> {
        let t = self.w.t(i);
        if !t.is_word() || !t.cap {
            return None;
        }
        let s = self.w.s(i);
        lexicon::en::COUNTRY_PHRASES
            .iter()
            .find(|(words, _)| {
                words.len() == 1 && s.eq_ignore_ascii_case(words[0])
                    || words.len() == 2 && i > 0 && self.w.is(i - 1, words[0]) && s.eq_ignore_ascii_case(words[1])
            })
            .map(|(_, c)| *c)
            .or_else(|| if t.has(Class::NATION) { lex.country_of(s) } else { None })
    }

    /// "Belgium held out. The country's finance minister said …": the
    /// actor of an office of "the country" (or "the nation"), read as the
    /// office of the country named last before the mention, within its
    /// paragraph or the one before, as the catalogue knows it.
    fn country_before(&self, m: &Mention) -> Option<usize> {
        let (a, b) = [Some(m.head), m.desc].into_iter().flatten().find(|&(a, b)| {
            b > a + 2
                && self.w.is(a, "the")
                && ["country's", "country’s", "nation's", "nation’s"].iter().any(|w| self.w.is(a + 1, w))
        })?;
        let first = m.desc.map_or(m.head.0, |d| d.0.min(m.head.0));
        let para = self.w.t(first).para;
        let lex = lexicon::Lexicon::of(lexicon::Lang::En);
        let country =
            (0..first).rev().take_while(|&k| self.w.t(k).para + 1 >= para).find_map(|k| self.country_at(k, lex))?;
        let office = self.w.range_text((a + 2, b));
        self.match_speaker(&format!("{country}'s {office}"), "")
            .or_else(|| self.match_speaker(&format!("{country} {office}"), ""))
            .map(|mm| mm.actor)
    }

    /// The country of the capital that opens the lead paragraph in
    /// capitals, as a dateline ("WARSAW (AFP) -", "STOCKHOLM, Dec 5 —"),
    /// if one does and the lexicon knows it; not Russia's or Ukraine's
    /// ([`NOT_HOME`]). `lead_end` is
    /// where the lead paragraph ends.
    fn dateline_country(&self, lead_end: usize) -> Option<&'static str> {
        let end = self.w.toks.iter().position(|t| t.start >= lead_end).unwrap_or(self.w.toks.len());
        let headline_para = self.w.toks.first()?.para;
        // the article's first word (no headline), or the lead's
        let lead = (0..end).find(|&i| self.w.t(i).para != headline_para);
        let lex = lexicon::Lexicon::of(lexicon::Lang::En);
        std::iter::once(0).chain(lead).find_map(|i| {
            let t = self.w.t(i);
            let after = self.w.toks.get(i + 1)?;
            if !t.is_word()
                || !t.all_caps
                || t.end - t.start < 4
                || !after.is_any_punct(&[',', '(', '-', '–', '—', ':'])
            {
                return None;
            }
            // a capital, not the country's own name or adjective
            let place = self.w.s(i);
            lex.adjective_of_place(place)?;
            lex.country_of(place).filter(|c| !NOT_HOME.contains(c))
        })
    }

    /// `matched`, unless it came from an office the catalogue gives one
    /// country though every country has one ("the Foreign Office" is the
    /// British one in London and Pakistan's in Islamabad:
    /// [`lexicon::en::GENERIC_OFFICES`]), the mention `m` names no country,
    /// and the story is about another country ([`Self::home_actor`]).
    /// Why: local reporting names its own government's offices bare.
    fn office_at_home(
        &mut self,
        m: &Mention,
        matched: Option<crate::catalogue::ActorMatch>,
    ) -> Option<crate::catalogue::ActorMatch> {
        let Some(mm) = matched.filter(|mm| mm.strength != Strength::Person) else { return matched };
        let ranges: Vec<Range> = std::iter::once(m.head).chain(m.desc).collect();
        // every such office is a word and "office"
        let generic = ranges.iter().any(|&(a, b)| {
            (a + 1..b).any(|k| {
                self.w.is(k, "office")
                    && lexicon::en::GENERIC_OFFICES
                        .iter()
                        .any(|g| g.strip_suffix(" office").is_some_and(|first| self.w.is(k - 1, first)))
            })
        });
        let nation = ranges.iter().any(|&(a, b)| (a..b).any(|k| self.w.t(k).has(Class::NATION)));
        if !generic || nation {
            return matched;
        }
        let home = self.home_actor();
        if self.home_country.is_some() && home != Some(mm.actor) { None } else { matched }
    }

    /// Whether a mention names an office and no country: "Defence
    /// Minister Ana Lind", not "Norway's defence minister", "Ana Lind" or
    /// an office of a body ("IAEA Director General").
    fn office_without_country(&self, m: &Mention) -> bool {
        let ranges = std::iter::once(m.head).chain(m.desc);
        let mut office = false;
        for (a, b) in ranges {
            for i in a..b {
                let s = self.w.s(i);
                let acronym = s.len() >= 2 && s.bytes().all(|c| c.is_ascii_uppercase());
                if self.w.t(i).has(Class::NATION) || acronym {
                    return false;
                }
                office = office || self.is_office(i);
            }
        }
        office
    }

    /// [`Self::office_without_country`] of a mention read before.
    /// "In Belgorod, the regional governor, NAME, said": an office named
    /// without its country, after a place that opens the sentence, is that
    /// place's (the catalogue's keywords place it: "Belgorod governor").
    fn opening_place_actor(&self, m: &Mention, desc_text: &str) -> Option<usize> {
        let first = m.desc.map_or(m.head.0, |d| d.0.min(m.head.0));
        let comma = first.checked_sub(1)?;
        if !self.w.t(comma).is_punct(',') {
            return None;
        }
        let mut j = comma;
        while j > 0 && self.w.t(j - 1).is_word() && self.w.t(j - 1).cap && !self.w.is(j - 1, "in") {
            j -= 1;
        }
        let opens = j >= 1 && j < comma && self.w.is(j - 1, "in") && self.w.t(j - 1).cap;
        if !opens || comma - j > 3 {
            return None;
        }
        let place = self.w.range_text((j, comma));
        let office = (m.head.0..m.head.1)
            .chain(m.desc.map_or(0..0, |d| d.0..d.1))
            .find(|&i| self.is_office(i))
            .map_or(desc_text, |i| self.w.s(i));
        let m = self.catalogue.match_speaker(&format!("{place} {office}"), "")?;
        Some(m.actor)
    }

    fn office_in(&self, reading: &Reading, m: &Mention) -> bool {
        if let Some(office) = reading.office.get() {
            return office;
        }
        let office = self.office_without_country(m);
        reading.office.set(Some(office));
        office
    }

    /// Whether word `i` is one of [`lexicon::en::OFFICES`], compared as
    /// [`Words::is`] compares (ASCII letters in any case, other bytes as
    /// they are), by one look-up instead of one comparison per office.
    fn is_office(&self, i: usize) -> bool {
        static OFFICES: std::sync::OnceLock<(FastSet<Vec<u8>>, usize)> = std::sync::OnceLock::new();
        let (set, longest) = OFFICES.get_or_init(|| {
            let set: FastSet<Vec<u8>> =
                lexicon::en::OFFICES.iter().map(|o| o.as_bytes().to_ascii_lowercase()).collect();
            let longest = lexicon::en::OFFICES.iter().map(|o| o.len()).max().unwrap_or(0);
            (set, longest)
        });
        if !self.w.t(i).is_word() {
            return false;
        }
        let s = self.w.s(i).as_bytes();
        let mut buf = [0u8; 32];
        if s.len() > *longest || s.len() > buf.len() {
            return false;
        }
        let lower = &mut buf[..s.len()];
        lower.copy_from_slice(s);
        lower.make_ascii_lowercase();
        set.contains(&lower[..])
    }

    /// [`Catalogue::match_speaker`], asked once per article for each
    /// head and description.
    /// What the catalogue matches a (head, description) to: asked of the
    /// catalogue each time, which keeps its answers across articles.
    fn match_speaker(&self, head: &str, desc: &str) -> Option<crate::catalogue::ActorMatch> {
        self.catalogue.match_speaker(head, desc)
    }

    fn touch(&mut self, e: usize) {
        self.recent.touch(e);
    }

    /// Adds an entity, found by its name from now on.
    fn add_entity(&mut self, entity: Entity) -> usize {
        let e = self.entities.len();
        self.names.entry(entity.name.to_lowercase()).or_default().push(e);
        self.entities.push(entity);
        e
    }

    /// Renames entity `e`.
    fn rename(&mut self, e: usize, name: &str) {
        if let Some(same) = self.names.get_mut(&self.entities[e].name.to_lowercase()) {
            same.retain(|&x| x != e);
        }
        self.names.entry(name.to_lowercase()).or_default().push(e);
        let ent = &mut self.entities[e];
        name.clone_into(&mut ent.name);
        ent.word_bits = word_bits(name);
    }

    /// The latest mentioned entity named `name` in any case that passes
    /// `ok`: the first the entities read latest first would give.
    fn latest_named(&self, name: &str, ok: impl Fn(&Entity) -> bool) -> Option<usize> {
        let same = with_lowercase(name, |key| self.names.get(key))?;
        same.iter()
            .filter(|&&e| ok(&self.entities[e]))
            .filter_map(|&e| self.recent.rank(e).map(|r| (r, e)))
            .max()
            .map(|(_, e)| e)
    }

    fn shape(&self, m: &Mention) -> Shape {
        let (a, b) = m.head;
        // "according to him": an object pronoun alone stands for its person
        // as the subject one does
        if b - a == 1
            && (self.w.t(a).has(Class::PRONOUN)
                || ["him", "her", "them", "his", "their", "its"].iter().any(|p| self.w.is(a, p)))
        {
            return Shape::Pronoun;
        }
        if let Some(run) = self.name_run(m.head) {
            // "Authorities in Belgorod", "officials in occupied Donetsk":
            // a group placed by a name after "in" or "from" is the group,
            // and the name is where it is
            let placed = (a + 1..run.0).any(|k| self.w.is(k, "in") || self.w.is(k, "from"));
            let core = if placed { self.core(m.head) } else { m.head };
            let placed_group = placed
                && core.1 < b
                && run.0 > core.1
                && {
                    let last = core.1 - 1;
                    let t = self.w.t(last);
                    t.is_word() && t.has(Class::GROUP) && !self.w.is_name_word(last)
                }
                && (self.w.is(core.1, "in") || self.w.is(core.1, "from"));
            if !placed_group && !self.stands_near(m.head, run) {
                return Shape::Named;
            }
        }
        let has_cap = (a..b).any(|i| self.w.t(i).cap && !self.w.t(i).has(Class::DET | Class::NOT_NAME));
        let starts_definite = self.w.is(a, "the")
            || self.w.s(a).ends_with("'s")
            || self.w.s(a).ends_with("’s")
            || self.w.is(a, "his")
            || self.w.is(a, "her")
            || self.w.is(a, "its")
            || self.w.is(a, "their");
        // "the spokesman", "the ministry", "Ukraine's top diplomat"
        let role_head = self.w.t(b - 1).has(Class::ROLE | Class::ORG) && !self.w.t(b - 1).cap
            // "The President", "the Foreign Minister": a title in capitals,
            // as some newsrooms write it, after "the"
            || self.w.is(a, "the")
                && b > a + 1
                && (a + 1..b).all(|i| {
                    let t = self.w.t(i);
                    t.cap && t.has(Class::ROLE | Class::TITLE) && !t.has(Class::ORG | Class::NATION)
                });
        if starts_definite
            && role_head
            && !(a..b).any(|i| self.w.t(i).cap && self.w.t(i).has(Class::ORG) && !self.w.t(i).has(Class::NATION))
        {
            let plural = self.w.t(b - 1).has(Class::GROUP);
            if !plural {
                return Shape::Description;
            }
        }
        let _ = has_cap;
        Shape::Body
    }

    /// "A source close to Zelensky", "people familiar with Merz's
    /// thinking": the name after a phrase of nearness is whom the speaker
    /// stands near, not the speaker, who is the phrase before it.
    fn stands_near(&self, (a, _): Range, run: Range) -> bool {
        let k = run.0;
        k >= a + 3
            && lexicon::en::NEARNESS
                .iter()
                .any(|(adjective, preposition)| self.w.is(k - 2, adjective) && self.w.is(k - 1, preposition))
    }

    /// Whether word `k` is a capital joined by a hyphen to a participle or
    /// an adjective of allegiance: "Russian-installed", "Kremlin-backed",
    /// "Moscow-appointed", "Western-leaning".
    fn hyphened_adjective(&self, k: usize) -> bool {
        const AFTER: &[&str] = &[
            "installed",
            "backed",
            "appointed",
            "led",
            "based",
            "controlled",
            "occupied",
            "held",
            "allied",
            "aligned",
            "leaning",
            "friendly",
            "funded",
            "sponsored",
            "supported",
        ];
        // asked of every name word of every mention: the last letter
        // first, then each ending with its hyphen, without a search
        let w = self.w.s(k).as_bytes();
        if !w.last().is_some_and(|&b| matches!(b | 0x20, b'd' | b'g' | b'y')) {
            return false;
        }
        AFTER.iter().any(|a| {
            w.len() > a.len() + 1
                && w[w.len() - a.len() - 1] == b'-'
                && w[w.len() - a.len()..].eq_ignore_ascii_case(a.as_bytes())
        })
    }

    /// The proper name in a phrase: the last run of name words, titles
    /// before it dropped ("Kremlin spokesman Dmitry Peskov" → "Dmitry
    /// Peskov").
    fn name_run(&self, r: Range) -> Option<Range> {
        let (a, b) = r;
        // "Anna Berg of the Greens", "Ivan Petrenko of the Kyiv School of
        // Economics": a person's name and then the body they belong to
        // (or their country: "Prime Minister Mark Rutte of the Netherlands")
        let of_at = (a + 2..b.saturating_sub(1)).find(|&k| {
            self.w.is(k, "of")
                && self.w.is_name_word(k - 1)
                && self.w.is_name_word(k - 2)
                && (self.w.is(k + 1, "the") || self.w.t(k + 1).cap)
        });
        if let Some(of_at) = of_at {
            let mut p = of_at;
            while p > a && self.w.is_name_word(p - 1) {
                p -= 1;
            }
            return Some((p, of_at));
        }
        let mut e = b;
        // a possessive or trailing role ends the phrase: "Peskov himself"
        while e > a && !self.w.is_name_word(e - 1) {
            e -= 1;
        }
        if e == a {
            return None;
        }
        let mut s = e;
        // "... Treatment of Prisoners of War": the end of an organisation's
        // name, not a person
        // particles inside the name, one or more ("Ursula von der Leyen"),
        // or opening a surname ("van Weel said", "Defence Minister van
        // Weel"), as the speaker's phrase took them
        while s > a && (self.w.is_name_word(s - 1) || self.w.particle_in_name(s - 1, a, e, true)) {
            s -= 1;
        }
        // "Russian-installed", "Kremlin-backed": a capital before a
        // participle says who put someone in place, and names no one
        while s < e && self.hyphened_adjective(s) {
            s += 1;
        }
        if s == e {
            return None;
        }
        // "Marine Le Pen": a role word that is also a given name, written
        // with a capital straight before a name and with no article or
        // nation before it ("a US Marine"), is the given name
        if s > a && s < e && self.given_name_not_role(s - 1, a) {
            s -= 1;
        }
        // a name ends the head (or only a role follows: "Peskov himself"),
        // but a name's possessive before a role is someone else ("Putin's
        // spokesman" is not Putin)
        let possessive = strip_possessive(self.w.s(e - 1)).len() < self.w.s(e - 1).len();
        // ("the European Solidarity party" names a body, not a person, and
        // "a Trump envoy" or "Putin aides" someone who serves them)
        // (nor are "Farm workers" or "Harbour lawyers" anyone named: a
        // plural role is a group, and the word before it says what kind)
        let plural_role = |k: usize| {
            let w = self.w.s(k);
            self.w.t(k).has(Class::GROUP) || !self.w.t(k).cap && w.ends_with('s') && !w.ends_with("ss")
        };
        let trailing_role = e + 1 == b
            && self.w.t(e).has(Class::ROLE)
            && !self.w.t(e).has(Class::ORG)
            && !plural_role(e)
            && (self.w.t(e).cap || !lexicon::en::STAFF.iter().any(|w| self.w.is(e, w)));
        if e < b && (possessive || !trailing_role) {
            return None;
        }
        let of_for = |k: usize| self.w.is(k, "of") || self.w.is(k, "for");
        // "a spokesman for President Volodymyr Zelensky": the staff, not
        // the person they serve
        let mut p = s;
        while p > a && (self.w.is(p - 1, "the") || self.is_title_word(p - 1) || self.letters_before_title(p - 1, s)) {
            p -= 1;
        }
        if p > a && self.serves_named(p - 1, b) {
            return None;
        }
        // "Commissioner for Human Rights Ola Nordmann", "the head of the
        // International Committee of the Red Cross Jonas Berg": after an
        // office or a body and "of"/"for" (and "the"), a run of four name
        // words or more is the body's name and then someone's two names
        let joint = if s > a + 1 && self.w.is(s - 1, "the") { s - 2 } else { s.saturating_sub(1) };
        if s > a
            && e >= s + 4
            && (of_for(joint) || self.w.is(joint, "on"))
            && joint > a
            && self.w.t(joint - 1).has(Class::TITLE | Class::ROLE | Class::ORG)
        {
            return Some((e - 2, e));
        }
        if s > a && (of_for(s - 1) || self.w.is(s - 1, "and")) {
            // "Commissioner for Human Rights Dmytro Lubinets": the end of
            // an office's name may be followed by a person the catalogue
            // knows, given name and surname
            if e >= s + 3 {
                let last_two = [self.w.s(e - 2), strip_possessive(self.w.s(e - 1))];
                if self.catalogue.person_by_spelling(&last_two).is_some() {
                    return Some((e - 2, e));
                }
            }
            return None;
        }
        // "the Council on Foreign Relations", "the Commission on
        // Presidential Debates": a name word after "on" (or "of"/"for")
        // and a body's word, capitalised words that are no names between,
        // ends the body's name; it is no person
        if e < s + 4 {
            let mut k = s;
            while k > a && self.w.t(k - 1).cap && self.w.t(k - 1).is_word() && !self.w.is_name_word(k - 1) {
                k -= 1;
            }
            // (two or three name words only right after "on": "of the
            // Armed Forces of Ukraine Oleksandr Syrskyi" is a person)
            let short = e == s + 1 || k == s && k > a && self.w.is(k - 1, "on");
            if k > a + 1 && short && (of_for(k - 1) || self.w.is(k - 1, "on")) && {
                let body = self.w.t(k - 2);
                body.cap && body.has(Class::ORG)
            } {
                return None;
            }
        }
        // an organisation's name in capitals ("Breitbart News Daily") is
        // still a name; a single capitalised word at a sentence start is
        // a name only if it is not a common word (checked by is_name_word)
        Some((s, e))
    }

    /// Whether the word right before the name `run` in `head` says how
    /// the person stands to what comes before it ("critic", "resident",
    /// "supporter", "voter"): a role in small letters that is no title
    /// or office, with more of the phrase before it. An office keeps what
    /// it follows ("Kremlin spokesman", "Zelensky aide").
    fn relation_before(&self, head: Range, run: Range) -> bool {
        if run.0 < head.0 + 2 {
            return false;
        }
        self.relation_word(run.0 - 1)
    }

    /// Whether word `w` is a role in small letters that is no title or
    /// office: how someone stands to another ("critic", "resident").
    fn relation_word(&self, w: usize) -> bool {
        let t = self.w.t(w);
        t.is_word() && !t.cap && t.quote == 0 && t.has(Class::ROLE) && !t.has(Class::TITLE) && !self.is_office(w)
    }

    /// Whether the description `d` names how the person stands to someone
    /// or something, not a post: its noun a role in small letters that is
    /// no title, office or staff ("a longtime Putin critic", "a vocal
    /// critic of the Kremlin"; not "a Kremlin spokesman", "a Putin aide").
    fn relation_described(&self, (a, b): Range) -> bool {
        if b <= a {
            return false;
        }
        // the noun: the description's last word, or the word before "of"
        let noun = (a..b).find(|&k| k + 1 < b && self.w.is(k + 1, "of")).unwrap_or(b - 1);
        self.relation_word(noun)
            && !with_lowercase(self.w.s(noun), |w| lexicon::en::STAFF.contains(&w))
            && !(a..b).any(|k| k != noun && (self.is_office(k) || self.w.t(k).has(Class::TITLE)))
    }

    /// Whether the name `run`, of two words or more and matched as the
    /// catalogue person `mm` by its surname, names someone else of that
    /// surname ("Oleksii Kuleba", "Hunter Biden"): its first word is a
    /// given name ([`Self::given_name_at`]) and no word before the
    /// surname can be the person's ("Donald J. Trump", "Joseph Biden" and
    /// "Vladimir Zelensky" can).
    fn names_someone_else(&self, (a, b): Range, mm: &crate::catalogue::ActorMatch) -> bool {
        b >= a + 2 && !(a..b - 1).any(|i| self.catalogue.first_name_fits(mm, self.w.s(i))) && self.given_name_at(a)
    }

    /// Whether word `i`, the first of a name, is a given name: more than
    /// an initial ("J.", "JD" are left alone), no possessive ("Ukraine's
    /// Kuleba"), and a given name the lexicon knows, or else a word it
    /// does not list and that ends no longer proper name ("the
    /// Washington Post Trump interview").
    fn given_name_at(&self, i: usize) -> bool {
        let w = self.w.s(i);
        if w.chars().count() < 3 || w.contains('.') || strip_possessive(w).len() < w.len() {
            return false;
        }
        if crate::catalogue::names::is_listed_given_name(w) || lexicon::is_female_name(w, "") {
            return true;
        }
        // after a capitalised word other than a title, a role or a
        // nationality ("Ukrainian"), though after a country or a city
        // ("Kyiv Post", "Washington Post")
        let in_longer_name = i > 0 && {
            let p = self.w.t(i - 1);
            p.is_word()
                && p.cap
                && !p.has(Class::TITLE | Class::ROLE)
                && (!p.has(Class::NATION)
                    || lexicon::Lexicon::of(lexicon::Lang::En).adjective_of_country(self.w.s(i - 1)).is_some())
        };
        let t = self.w.t(i);
        t.class == Class::empty() && t.verb.is_none() && !t.phrasal && !in_longer_name
    }

    /// Whether word `i`, a role in the lexicon, is written here as a
    /// given name: capitalised, a known given name, and not after an
    /// article, a nation or a number (`lo` is where the phrase starts).
    fn given_name_not_role(&self, i: usize, lo: usize) -> bool {
        let t = self.w.t(i);
        t.is_word()
            && t.cap
            && t.quote == 0
            && t.has(Class::ROLE)
            && lexicon::Lexicon::of(lexicon::Lang::En).is_female_name(self.w.s(i), "")
            && (i == lo || {
                let p = self.w.t(i - 1);
                !p.has(Class::DET | Class::NATION) && !matches!(p.kind, super::tokens::Kind::Number)
            })
    }

    /// Resolves the speaker of a mention at byte position `pos`.
    pub fn mention(&mut self, m: &Mention) -> Resolved {
        let r = self.speaker_of(m);
        if let Some(e) = r.entity
            && !self.spoke.contains(&e)
        {
            self.spoke.push(e);
        }
        r
    }

    fn speaker_of(&mut self, m: &Mention) -> Resolved {
        if let Some(from) = self.report_from(m) {
            return self.mention(&from);
        }
        if let Some(r) = self.one_of_group(m) {
            return r;
        }
        if let Some(r) = self.same_group(m) {
            return r;
        }
        if let Some(e) = self.aged(m) {
            let words = self.words_of(Some(m.head));
            add_words(&mut self.entities[e].words, &words);
            self.touch(e);
            return Resolved::of(&self.entities[e], e, NamedAs::Title, ActorFrom::Earlier);
        }
        // the catalogue is matched on the head without a trailing place
        // ("European diplomats in Kyiv" are European diplomats), or, when
        // the head names no country, with the place as its country ("the
        // foreign ministry in Moscow" is the Russian one)
        let core = self.core(m.head);
        let placed = self.placed(m.head, core);
        let head_text = placed.as_deref().unwrap_or(self.w.range_text(core));
        let desc_text = m.desc.map_or("", |d| self.w.range_text(d));
        if let Some(r) = self.joint(m) {
            return r;
        }
        if let Some(r) = self.part_of_group(m, head_text, desc_text) {
            return r;
        }
        // the body staff work in is read first, so that the staff are
        // the ones mentioned last
        let within = self.staff_within(m);
        let mut r = match self.shape(m) {
            Shape::Pronoun => self.pronoun(m),
            Shape::Named => self.named(m, head_text, desc_text),
            Shape::Description => {
                if let Some(e) = self.description(m) {
                    self.touch(e);
                    return Resolved::of(&self.entities[e], e, NamedAs::Title, ActorFrom::Earlier);
                }
                self.body(m, head_text, desc_text)
            }
            Shape::Body => self.body(m, head_text, desc_text),
        };
        if let (Some(actor), None, NamedAs::Body) = (within, r.actor, r.named_as) {
            if let Some(e) = r.entity {
                self.entities[e].actor = Some(actor);
            }
            r.actor = Some(actor);
            r.actor_from = ActorFrom::Earlier;
        }
        r
    }

    /// "A source in Zelensky's office", "officials at the Russian foreign
    /// ministry": people who work inside a body, named by it, speak for
    /// the body's actor when they have no side of their own. Why:
    /// newsrooms quote unnamed staff by the office they work in. A place
    /// after "in" is not a body ("officials in Kyiv" are read by
    /// [`Self::placed`]), nor are people who only live there. The body's
    /// actor, the body read as a mention of its own.
    fn staff_within(&mut self, m: &Mention) -> Option<usize> {
        let (a, b) = m.head;
        // a body, or a group people work in ("a source in the Ukrainian
        // delegation")
        if b < a + 3
            || !(self.w.t(b - 1).has(Class::ORG)
                || with_lowercase(self.w.s(b - 1), |w| lexicon::en::GROUPS_WORKED_IN.contains(&w)))
        {
            return None;
        }
        let k = (a + 1..b - 1).find(|&k| ["in", "at", "inside", "within", "from"].iter().any(|w| self.w.is(k, w)))?;
        let works_there = |w: &str| lexicon::en::STAFF.contains(&w) || lexicon::en::INSIDERS.contains(&w);
        if !with_lowercase(self.w.s(k - 1), works_there) {
            return None;
        }
        self.mention(&Mention { head: (k + 1, b), desc: None }).actor
    }

    /// "EU diplomats said …. One said …", "Another, who asked not to be
    /// named, said": one of the group mentioned last speaks, and speaks
    /// for the group's actor. Why: a story quotes a group, then one of it
    /// by "one" or "another" alone.
    fn one_of_group(&mut self, m: &Mention) -> Option<Resolved> {
        let (a, b) = m.head;
        // "one of them", "two of them": the same, by a pronoun
        let of_them = b == a + 3 && self.w.part_of_group(a) && self.w.is(a + 1, "of") && self.w.is(a + 2, "them");
        if !of_them && (b != a + 1 || !(self.w.is(a, "one") || self.w.is(a, "another"))) {
            return None;
        }
        // "One EU diplomat said …. Another said": one more of a kind
        // the story just quoted one of
        let newest = self.recent.newest_first().next();
        if !of_them
            && self.w.is(a, "another")
            && let Some(e) = newest
            && let Some(r) = self.another_of_kind(e)
        {
            return Some(r);
        }
        // a group, or a group noun alone, capitalised as it opened its
        // sentence ("Teachers said …. One of them said")
        let group = |ent: &Entity| {
            ent.plural || !ent.name.contains(' ') && lexicon::lookup(&ent.name).class.contains(Class::GROUP)
        };
        let e = self.recent.newest_first().find(|&e| group(&self.entities[e]))?;
        self.touch(e);
        Some(Resolved::of(&self.entities[e], e, NamedAs::Pronoun, ActorFrom::Earlier))
    }

    /// "Three EU officials told Reuters …. The officials said …": a group
    /// named again by "the" and its noun alone (a count may stand between:
    /// "the two diplomats") is the group of that noun mentioned last, of
    /// the few speakers named just before, and speaks for its side. Why: a
    /// story names its unnamed sources once in full, then by their noun.
    fn same_group(&mut self, m: &Mention) -> Option<Resolved> {
        let (a, b) = m.head;
        // (a relative clause after it tells only how they spoke)
        let relative = m.desc.is_some_and(|(d, _)| self.w.is(d, "who"));
        if m.desc.is_some() && !relative || !self.w.is(a, "the") || b < a + 2 || b > a + 3 {
            return None;
        }
        let last = self.w.t(b - 1);
        if !last.is_word() || last.cap || !last.has(Class::GROUP) || !self.w.s(b - 1).ends_with('s') {
            return None;
        }
        if b == a + 3 && !lexicon::en::COUNT_WORDS.iter().any(|w| self.w.is(a + 1, w)) {
            return None;
        }
        let noun = normal(self.w.s(b - 1));
        let e = self.recent.newest_first().take(4).find(|&e| {
            let ent = &self.entities[e];
            ent.plural && ent.words.len() >= 2 && ent.words.last() == Some(&noun)
        })?;
        self.touch(e);
        Some(Resolved::of(&self.entities[e], e, NamedAs::Title, ActorFrom::Earlier))
    }

    /// One more of the kind entity `e` is, when `e` is one unnamed
    /// speaker described by what they are ("One EU diplomat", "a senior
    /// Ukrainian official"): "another EU diplomat", with `e`'s side, a
    /// new speaker of the story. Why: a story quotes several unnamed
    /// people of one kind as "one …" and "another".
    fn another_of_kind(&mut self, e: usize) -> Option<Resolved> {
        let ent = &self.entities[e];
        let last = ent.name.rsplit(' ').next().unwrap_or("");
        let described = !ent.plural
            && ent.surname.is_none()
            && last.len() >= 3
            && last.bytes().all(|b| b.is_ascii_lowercase())
            && lexicon::lookup(last).class.intersects(Class::ROLE | Class::GROUP);
        if !described {
            return None;
        }
        let kind = ["one ", "a ", "an ", "another "]
            .iter()
            .find_map(|d| ent.name.get(..d.len()).filter(|p| p.eq_ignore_ascii_case(d)).map(|_| &ent.name[d.len()..]))
            .unwrap_or(&ent.name);
        let other = Entity::body(format!("Another {kind}"), false, ent.words.clone(), ent.actor);
        let other = Entity { person: ent.person, ..other };
        let o = self.add_entity(other);
        self.touch(o);
        Some(Resolved::of(&self.entities[o], o, NamedAs::Title, ActorFrom::Earlier))
    }

    /// "Olena Kovalenko stocked up on candles. “…,” the 54-year-old
    /// analyst said": a definite description by age is the person named
    /// last (who then has its words: "the analyst" later is her too).
    /// Why: features name a person once, then by age and trade.
    fn aged(&self, m: &Mention) -> Option<usize> {
        let (a, b) = m.head;
        if m.desc.is_some() || b < a + 2 || !self.w.is(a, "the") {
            return None;
        }
        let age = self.w.s(a + 1);
        let years = age.split_once('-').filter(|(n, rest)| {
            !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) && rest.eq_ignore_ascii_case("year-old")
        });
        if years.is_none() || (a + 2..b).any(|k| self.w.t(k).cap) {
            return None;
        }
        self.recent.newest_first().find(|&e| self.entities[e].person && !self.entities[e].plural).filter(|&e| {
            let ent = &self.entities[e];
            ent.surname.is_some() && ent.name.contains(' ')
        })
    }

    /// "Two EU diplomats said …. The package will target tankers, one of
    /// the diplomats said", "the other diplomat", "both diplomats": part
    /// of a group the story quoted speaks for the group's actor, in its
    /// own words. Why: a story names a group's side once, then its
    /// members by the plain noun.
    fn part_of_group(&mut self, m: &Mention, head_text: &str, desc_text: &str) -> Option<Resolved> {
        let (a, b) = m.head;
        // most mentions are names: their last word has a capital
        if m.desc.is_some() || b < a + 2 || self.w.t(b - 1).cap || !self.w.t(b - 1).is_word() {
            return None;
        }
        let mut k = a;
        if self.w.is(k, "the") {
            k += 1;
        }
        let lower = |i: usize| self.w.t(i).is_word() && !self.w.t(i).cap;
        let part = lexicon::en::PART_OF_GROUP.iter().any(|w| self.w.is(k, w));
        // "one senior diplomat": a word that says nothing of which one
        let quality = b == k + 3 && with_lowercase(self.w.s(k + 1), |w| lexicon::en::QUALITIES.contains(&w));
        let opens = part && self.w.is(k + 1, "of") && (b == k + 3 || b == k + 4 && self.w.is(k + 2, "the"))
            || (b == k + 2 || quality) && (part || ["other", "both"].iter().any(|w| self.w.is(k, w)));
        if !opens || !(k + 1..b).all(lower) {
            return None;
        }
        let noun = self.w.s(b - 1).to_ascii_lowercase();
        let stem = noun.strip_suffix('s').unwrap_or(&noun);
        if stem.len() < 3 {
            return None;
        }
        // (a diplomat is one of the officials a story quoted)
        let kin = |w: &str| {
            let w = w.strip_suffix('s').unwrap_or(w);
            w == stem || stem == "diplomat" && w == "official"
        };
        // (the group of the kind mentioned last, even if it has no side:
        // "Diplomats said …" then "two diplomats" are not the Russian
        // officials quoted before them)
        let group = self.recent.newest_first().find(|&e| {
            let ent = &self.entities[e];
            ent.plural && ent.words.iter().any(|w| kin(w))
        });
        let group = group.filter(|&e| self.entities[e].actor.is_some());
        // "A senior Ukrainian official said …. Another official said":
        // one more of the kind just quoted, with no group before
        let e = match group {
            Some(e) => e,
            None => {
                let e = self.recent.newest_first().next().filter(|_| self.w.is(k, "another") && b == k + 2)?;
                let ent = &self.entities[e];
                let last = ent.name.rsplit(' ').next().unwrap_or("");
                if ent.actor.is_none() || ent.plural || ent.surname.is_some() || !last.eq_ignore_ascii_case(&noun) {
                    return None;
                }
                e
            }
        };
        let mut r = self.body(m, head_text, desc_text);
        if r.actor.is_none() {
            r.actor = self.entities[e].actor;
            r.actor_from = ActorFrom::Earlier;
        }
        Some(r)
    }

    /// "Kyiv and Washington said", "Putin and Trump agreed": speakers of
    /// two actors joined make one joint statement, which speaks for
    /// neither; the speaker is the pair as written.
    fn joint(&self, m: &Mention) -> Option<Resolved> {
        let (a, b) = m.head;
        // (a comma joins a pair in a headline: "Macron, Merz call for …")
        let k = (a + 1..b.saturating_sub(1)).find(|&k| {
            (["and", "и", "і", "та", "&"].iter().any(|c| self.w.is(k, c)) || self.w.t(k).is_punct(','))
                && self.w.t(k).quote == 0
        })?;
        // each side named outright (a person, a capital, a body), not
        // only hinted at by an adjective; a capital the country table
        // knows ("Warsaw") is named outright though no alias lists it,
        // and stands for its country's government
        // or a person named after an office ("Polish President Karol
        // Nawrocki"), whom the office places
        let named = |r: Range| self.name_run(r).filter(|n| n.1 - n.0 >= 2);
        // or the country of whose officials the side speaks ("the defence
        // ministers of Poland and Ukraine")
        let side = |r: Range| match self.match_speaker(self.w.range_text(r), "") {
            Some(mm) if mm.strength >= Strength::Alias || named(r).is_some() => Some(mm),
            _ => self.country_speaker(r).or_else(|| {
                (r.1 >= r.0 + 3 && self.w.is(r.1 - 2, "of")).then(|| self.country_speaker((r.1 - 1, r.1))).flatten()
            }),
        };
        // a side no actor speaks for, named outright with a nationality
        // ("Chinese President Xi Jinping"): someone of another country,
        // so the pair speaks for neither
        // or a name alone the catalogue does not know beside one it does
        // ("Putin and Xi"): someone whose side is not known, so the pair
        // speaks for neither
        let foreign = |r: Range| {
            named(r).is_some() && (r.0..r.1).any(|i| self.w.t(i).has(Class::NATION))
                || r.1 == r.0 + 1 && self.w.is_name_word(r.0) && self.w.t(r.0).cap
        };
        // "and the Netherlands": the article is no part of the side
        let second = if self.w.is(k + 1, "the") && k + 2 < b { k + 2 } else { k + 1 };
        let (left, right) = match (side((a, k)), side((second, b))) {
            (Some(l), Some(r)) => (l, r),
            (Some(_), None) if foreign((k + 1, b)) => return Some(self.joint_of_none(m)),
            (None, Some(_)) if foreign((a, k)) => return Some(self.joint_of_none(m)),
            _ => return None,
        };
        if left.actor == right.actor {
            // "Polish President Karol Nawrocki and Lithuanian President
            // Gitanas Nauseda said": two people of one actor speak for it
            // together, and both are named, not the second alone
            let (p, q) = (self.catalogue.person(&left), self.catalogue.person(&right));
            if let Some(r) = people_together(p, q, left.actor) {
                return Some(r);
            }
            // a country or capital of the side, one word: as written
            // ("Hungary and Slovakia")
            let name = |r: Range, sp: Option<&Speaker>| match sp {
                Some(sp) if sp.kind != crate::catalogue::SpeakerKind::Body => Some(sp.name.clone()),
                _ => named(r).map(|n| display_phrase(self.w.range_text(n))).or_else(|| {
                    (r.1 == r.0 + 1 && self.w.t(r.0).cap && self.w.t(r.0).is_word()).then(|| self.w.s(r.0).to_string())
                }),
            };
            let (l, r) = (name((a, k), p)?, name((second, b), q)?);
            let the = if second > k + 1 { "the " } else { "" };
            return (l != r).then(|| Resolved {
                speaker: Some(format!("{l} and {the}{r}")),
                actor: Some(left.actor),
                entity: None,
                named_as: NamedAs::Name,
                actor_from: ActorFrom::Catalogue(left.strength.min(right.strength)),
            });
        }
        Some(self.joint_of_none(m))
    }

    /// A joint subject that speaks for no one actor: the pair as written.
    fn joint_of_none(&self, m: &Mention) -> Resolved {
        Resolved {
            speaker: Some(display_phrase(self.w.range_text(m.head))),
            actor: None,
            entity: None,
            named_as: NamedAs::Body,
            actor_from: ActorFrom::Nothing,
        }
    }

    /// "Poland said", "Warsaw said": a country or its capital named alone,
    /// which no alias lists, speaks as that country's officials. Why:
    /// newsrooms let a country or its capital stand for its government.
    fn country_speaker(&self, (s, e): Range) -> Option<crate::catalogue::ActorMatch> {
        let t = self.w.t(s);
        if e != s + 1 || !t.cap || !t.is_word() {
            return None;
        }
        let adjective = lexicon::Lexicon::of(lexicon::Lang::En).adjective_of_country(self.w.s(s))?;
        let mut officials = String::from(adjective);
        officials.push_str(" officials");
        self.match_speaker(&officials, "")
    }

    /// The head up to a preposition other than of/for that follows a noun
    /// (nor "to" between an office and whom it serves: "an adviser to
    /// Zelensky" speaks for Zelensky's side).
    fn core(&self, r: Range) -> Range {
        let (a, b) = r;
        for k in a + 1..b {
            let t = self.w.t(k);
            if t.has(Class::PREP)
                && !self.w.is(k, "of")
                && !self.w.is(k, "for")
                && t.is_word()
                && !(self.w.is(k, "to") && self.serves_named(k, b))
            {
                return (a, k);
            }
        }
        r
    }

    /// Whether word `i` is a title written before a name ("President",
    /// "Prime Minister"), not a body's letters that may stand there too
    /// ("UN Secretary General").
    fn is_title_word(&self, i: usize) -> bool {
        let t = self.w.t(i);
        t.is_word() && t.cap && !t.all_caps && t.has(Class::TITLE) && !t.has(Class::ORG)
    }

    /// Whether word `i` is a body's letters before a title, the title
    /// before `end` ("UN" in "for UN Secretary General Antonio Guterres"):
    /// part of the titles of whom staff serve.
    fn letters_before_title(&self, i: usize, end: usize) -> bool {
        i + 1 < end && self.w.t(i).is_word() && self.w.t(i).all_caps && self.is_title_word(i + 1)
    }

    /// Whether the preposition at `k` (for, of, to), in a head ending at
    /// `b`, joins an office in small letters to the person it serves,
    /// named after titles or none: "a spokesman for President Volodymyr
    /// Zelensky", "an adviser to Zelensky". Why: staff are named by whom
    /// they work for, and are not that person.
    fn serves_named(&self, k: usize, b: usize) -> bool {
        if k == 0 || k + 1 >= b || !(self.w.is(k, "for") || self.w.is(k, "of") || self.w.is(k, "to")) {
            return false;
        }
        let office = self.w.t(k - 1);
        if !office.is_word() || office.cap || !self.is_office(k - 1) {
            return false;
        }
        let mut n = k + 1;
        while n < b && (self.w.is(n, "the") || self.is_title_word(n) || self.letters_before_title(n, b)) {
            n += 1;
        }
        // a person's name, not a body's letters ("to the UN Serhiy …")
        n < b && self.w.is_name_word(n) && !self.w.t(n).all_caps
    }

    /// `a statement from the defence ministry`, `a readout by the White
    /// House`: a report named as the subject of "said" speaks for whoever
    /// it comes from, the phrase after "from" or "by". Why: newsrooms
    /// credit a written report to its document as often as to its author.
    fn report_from(&self, m: &Mention) -> Option<Mention> {
        let (a, b) = m.head;
        let mut k = if self.w.t(a).has(Class::DET) { a + 1 } else { a };
        // "a joint statement", "a written statement"
        if k + 1 < b && ["joint", "written", "separate", "brief", "short", "new"].iter().any(|w| self.w.is(k, w)) {
            k += 1;
        }
        // "a statement issued by", "a letter signed by": the participle
        // that says who put it out
        let by = if k + 1 < b && lexicon::en::PUBLISHED.iter().any(|w| self.w.is(k + 1, w)) { k + 2 } else { k + 1 };
        let is_document = |k: usize| {
            let noun = self.w.t(k);
            noun.is_word() && !noun.cap && (noun.has(Class::REPORT_NOUN) || self.w.is_document(k))
        };
        // "the ministry's statement": its owner
        if b >= a + 2 && self.w.is_possessive(b - 2) && is_document(b - 1) {
            return Some(Mention { head: (a, b - 1), desc: m.desc });
        }
        // "a statement posted on the ministry's Telegram channel": the
        // owner of the channel
        if by + 1 < b && self.w.is(by, "on") && is_document(k) {
            let owner = (by + 1..b).find(|&i| self.w.is_possessive(i))?;
            return Some(Mention { head: (by + 1, owner + 1), desc: m.desc });
        }
        if by + 1 >= b || !(self.w.is(by, "from") || self.w.is(by, "by")) {
            return None;
        }
        is_document(k).then_some(Mention { head: (by + 1, b), desc: m.desc })
    }

    /// `officials in Kyiv`, `the defence ministry in Moscow`: a head
    /// whose core (`core`, before the preposition) names no country,
    /// followed by "in" or "from" and a capital that stands for one, read
    /// as that country's ("Ukrainian officials"). Why: newsrooms name a
    /// government's bodies and officials by their city as often as by
    /// their nationality.
    fn placed(&self, head: Range, core: Range) -> Option<String> {
        let (a, b) = head;
        let (_, k) = core;
        if let Some(text) = self.placed_possessive(core) {
            return Some(text);
        }
        if !(self.w.is(k, "in") || self.w.is(k, "from")) || (a..k).any(|i| self.w.t(i).has(Class::NATION)) {
            return None;
        }
        let lex = lexicon::Lexicon::of(lexicon::Lang::En);
        let adjective = if k + 2 == b && self.w.t(k + 1).cap {
            // "from" says where someone comes from, so a country's own
            // name counts there ("diplomats from Finland"); "in" only
            // where they are, so only a capital standing for it does
            let place = self.w.s(k + 1);
            if self.w.is(k, "from") { lex.adjective_of_country(place) } else { lex.adjective_of_place(place) }?
        } else if k + 4 == b
            && self.w.is(k, "from")
            && (self.w.is(k + 1, "a") || self.w.is(k + 1, "an"))
            && self.w.t(k + 2).has(Class::NATION)
            && ["country", "nation", "state", "government", "capital"].iter().any(|w| self.w.is(k + 3, w))
        {
            // "an official from a Baltic country": the adjective itself
            self.w.s(k + 2)
        } else {
            return None;
        };
        let start = if self.w.t(a).has(Class::DET) { a + 1 } else { a };
        if start >= k {
            return None;
        }
        let mut text = String::from(adjective);
        text.push(' ');
        text.push_str(self.w.range_text((start, k)));
        Some(text)
    }

    /// `Kyiv's foreign ministry`, `Moscow's envoy`: a capital's
    /// possessive before a body or an office that names no country is
    /// read as that country's ("Ukrainian foreign ministry"), as
    /// [`Self::placed`] reads "the foreign ministry in Kyiv". Why: the
    /// catalogue knows a capital as the government at large, and the
    /// words after it say which part of that government speaks.
    fn placed_possessive(&self, core: Range) -> Option<String> {
        let (a, b) = core;
        if b < a + 2 || !self.w.t(a).cap {
            return None;
        }
        let owner = self.w.s(a);
        let place = strip_possessive(owner);
        if place.len() == owner.len() || (a + 1..b).any(|i| self.w.t(i).has(Class::NATION)) {
            return None;
        }
        if !self.w.t(b - 1).has(Class::ROLE | Class::ORG) {
            return None;
        }
        let lex = lexicon::Lexicon::of(lexicon::Lang::En);
        let adjective = lex.adjective_of_place(place)?;
        let mut text = String::from(adjective);
        text.push(' ');
        text.push_str(self.w.range_text((a + 1, b)));
        Some(text)
    }

    /// Whether word `i` is a country's possessive ("Germany's"), which
    /// makes an office as definite as "the" does.
    fn country_s(&self, i: usize) -> bool {
        let owner = self.w.s(i);
        let place = strip_possessive(owner);
        self.w.t(i).cap
            && place.len() < owner.len()
            && lexicon::Lexicon::of(lexicon::Lang::En).adjective_of_country(place).is_some()
    }

    fn words_of(&self, r: Option<Range>) -> Vec<String> {
        let mut out = Vec::new();
        self.words_into(r, &mut out);
        out
    }

    /// [`Self::words_of`], added to `out`.
    fn words_into(&self, r: Option<Range>, out: &mut Vec<String>) {
        let Some((a, b)) = r else { return };
        out.extend((a..b).filter(|&i| self.w.t(i).is_word()).map(|i| normal(self.w.s(i))));
    }

    /// Bodies named in a person's description ("the Russian Foreign
    /// Ministry spokeswoman", "Kremlin spokesman") become entities too, so
    /// that "the ministry" or "the Kremlin" later finds them.
    fn bodies_in(&mut self, r: Range) {
        let (a, b) = r;
        let mut i = a;
        while i < b {
            if self.w.t(i).cap && self.w.t(i).has(Class::ORG) && !self.w.t(i).has(Class::DET) {
                // the capitalised run ending here
                let mut s = i;
                while s > a && self.w.t(s - 1).cap && !self.w.t(s - 1).has(Class::DET) && !self.w.is_name_word(s - 1) {
                    s -= 1;
                }
                let name = display_phrase(self.w.range_text((s, i + 1)));
                if with_lowercase(&name, |key| self.names.get(key).is_none_or(Vec::is_empty)) {
                    let actor = self.match_speaker(&name, "").map(|m| m.actor);
                    let words = (s..=i).map(|k| normal(self.w.s(k))).collect();
                    let e = self.add_entity(Entity::body(name, false, words, actor));
                    self.touch(e);
                }
            }
            i += 1;
        }
    }

    /// [`Reading`] of a named mention: the same (head, description) is
    /// often read twice, as a statement's speaker and then as its
    /// sentence's subject, and a story names its speakers again and again
    /// in the same words.
    fn reading(&mut self, m: &Mention, run: Range, head_text: &str, desc_text: &str) -> std::rc::Rc<Reading> {
        let key = (
            self.w.range_text(m.head),
            m.desc.map(|d| self.w.range_text(d)),
            head_text.len(),
            run.0 - m.head.0,
            run.1 - m.head.0,
        );
        if let Some(r) = self.readings.get(&key) {
            return r.clone();
        }
        // read in an article before, with the same catalogue: a reading
        // also looks at the word before the head (whether the name goes on
        // a longer one), which is kept with it
        let before = m.head.0.checked_sub(1).map_or("", |p| self.w.s(p));
        let kept = kept_key(self.catalogue.answers_id(), &key, before);
        if let Some(r) = KEPT_READINGS.with_borrow(|k| k.get(&kept[..]).cloned()) {
            self.readings.insert(key, r.clone());
            return r;
        }
        let name_words: Vec<&str> = (run.0..run.1).map(|i| self.w.s(i)).collect();
        let joined = name_words.join(" ");
        let raw_name = strip_possessive(&joined).to_string();
        let raw_name = from_capitals(&raw_name).unwrap_or(raw_name);
        let surname = strip_possessive(name_words.last().copied().unwrap_or("")).to_string();
        let mut matched = self.match_speaker(head_text, desc_text);
        // "Zelensky aide Petro Bondar", "Trump envoy Tom Blake": a person
        // the catalogue knows, named before an office and someone else's
        // name, is whom that someone works for: their actor, not them
        let office_before = run.0 > m.head.0 && {
            let (w, t) = (run.0 - 1, self.w.t(run.0 - 1));
            t.is_word() && !t.cap && (t.has(Class::ROLE | Class::TITLE) || self.is_office(w))
        };
        if let Some(mm) = matched.filter(|mm| mm.person.is_some() && office_before) {
            let alone = self.match_speaker(self.w.range_text(run), desc_text);
            if alone.map(|a| (a.owner, a.person)) != Some((mm.owner, mm.person)) {
                matched = alone.or(Some(crate::catalogue::ActorMatch {
                    person: None,
                    strength: crate::catalogue::Strength::Keyword,
                    ..mm
                }));
            }
        }
        // "Oleksii Kuleba" is not the catalogue's Dmytro Kuleba, nor "Jill
        // Biden" Joe Biden: a first name that is none of the person's
        // names someone else of that surname, whose words before the
        // name (a title, a nationality) may still say whom they speak for
        if let Some(mm) = matched
            && mm.person.is_some()
            && self.names_someone_else(run, &mm)
        {
            let before = if run.0 > m.head.0 { self.w.range_text((m.head.0, run.0)) } else { "" };
            matched = self.match_speaker(before, desc_text).filter(|mm| mm.person.is_none());
        }
        // a catalogue person spelt another way ("Georgy Tikhiy", "Tychyi"
        // for Heorhii Tykhyi): the name itself decides, not the title
        if matched.is_none_or(|mm| mm.person.is_none()) {
            let mut spelt: Vec<&str> = name_words.clone();
            if let Some(last) = spelt.last_mut() {
                *last = strip_possessive(last);
            }
            if let Some(mm) = self.catalogue.person_by_spelling(&spelt) {
                matched = Some(mm);
            }
        }
        let catalogue = self.catalogue;
        let person = matched.and_then(|mm| catalogue.person(&mm));
        let title = matched.map(|mm| catalogue.title_words(&mm)).unwrap_or_default();
        let (a, b) = m.head;
        let mut words = Vec::with_capacity(b - a + m.desc.map_or(0, |(c, d)| d - c) + title.len());
        self.words_into(Some(m.head), &mut words);
        self.words_into(m.desc, &mut words);
        words.extend(title.iter().cloned());
        if let Some(mm) = matched {
            words.extend(catalogue.role_title_words(&mm).iter().cloned());
        }
        let gender = person.and_then(|p| p.gender).or_else(|| gender_of(&name_words, &surname, &words));
        let r = std::rc::Rc::new(Reading {
            raw_name,
            surname,
            single: name_words.len() == 1,
            matched,
            words,
            gender,
            office: std::cell::Cell::new(None),
        });
        self.readings.insert(key, r.clone());
        KEPT_READINGS.with_borrow_mut(|k| {
            if k.len() >= READINGS_KEPT {
                k.clear();
            }
            k.insert(kept.into_boxed_slice(), r.clone());
        });
        r
    }

    fn named(&mut self, m: &Mention, head_text: &str, desc_text: &str) -> Resolved {
        let Some(run) = self.name_run(m.head) else { return self.body(m, head_text, desc_text) };
        self.bodies_in((m.head.0, run.0));
        if let Some(d) = m.desc {
            self.bodies_in(d);
        }
        // "Putin critic", "Kyiv resident", "Trump supporter": a name or
        // place before a word for how the person stands to it, not for a
        // post, is no part of who they are or whom they speak for
        let head_text = if self.relation_before(m.head, run) { self.w.range_text(run) } else { head_text };
        // the same said in an apposition ("Lindsey Graham, a longtime
        // Putin critic,", "…, a vocal critic of the Kremlin,") says nothing
        // of whom the person speaks for
        let desc_text = if m.desc.is_some_and(|d| self.relation_described(d)) { "" } else { desc_text };
        // "Ivan Petrenko of the Kyiv School of Economics": the body after
        // "of" describes the person, as an apposition would; a place in
        // its name ("Kyiv") says nothing of whom they speak for
        // (a country alone there does: "Prime Minister Dick Schoof of the
        // Netherlands" is the Dutch one)
        let of_body: String;
        let country = |k: usize| k + 1 == m.head.1 && self.w.t(k).has(Class::NATION);
        let of_country = country(run.1 + 1) || self.w.is(run.1 + 1, "the") && country(run.1 + 2);
        let (head_text, desc_text) = if run.1 < m.head.1 && self.w.is(run.1, "of") && !of_country {
            of_body = format!("{} {desc_text}", self.w.range_text((run.1, m.head.1)));
            (self.w.range_text((m.head.0, run.1)), of_body.trim_end())
        } else {
            (head_text, desc_text)
        };
        let reading = self.reading(m, run, head_text, desc_text);
        let Reading { raw_name, surname, single, matched, words, gender, .. } = &*reading;
        let (mut matched, gender) = (*matched, *gender);
        matched = self.office_at_home(m, matched);
        let catalogue = self.catalogue;
        let mut person = matched.and_then(|mm| catalogue.person(&mm));
        let existing = self.earlier_mention(person, raw_name, surname, *single);
        // "Biden said" after "Hunter Biden": the surname of someone the
        // story named in full, not the catalogue's person of that surname
        // (unless the story named the catalogue's person too: "Trump" after
        // "Donald Trump" and "Ivanka Trump" is still Donald Trump)
        if *single
            && let (Some(mm), Some(e)) = (matched.filter(|mm| mm.person.is_some()), existing)
            && let Some((first, _)) = self.entities[e].name.split_once(' ')
            && self.entities[e].person
            && !catalogue.first_name_fits(&mm, first)
            && person.is_none_or(|p| with_lowercase(&p.name, |key| self.names.get(key).is_none_or(Vec::is_empty)))
        {
            matched = None;
            person = None;
        }
        let name = match (&person, existing) {
            (Some(p), _) => p.name.clone(),
            (None, Some(e)) if self.entities[e].name.len() >= raw_name.len() => self.entities[e].name.clone(),
            _ => raw_name.to_string(),
        };
        // a single capitalised word no catalogue knows and no earlier
        // mention explains may be a place or body ("Moscow", "Brussels")
        let is_body = run.1 - run.0 == 1
            && person.is_none()
            && existing.is_none()
            && matched.is_some_and(|mm| mm.strength == crate::catalogue::Strength::Alias);
        if is_body {
            return self.body(m, head_text, desc_text);
        }
        let mut actor = matched.map(|mm| mm.actor).or_else(|| existing.and_then(|e| self.entities[e].actor));
        // "Its deputy head, Iryna Vereshchuk, said" after "The presidential
        // office rejected it": the office's actor is hers
        if actor.is_none() && person.is_none() {
            actor = self.possessor_actor(m);
        }
        let mut home = false;
        if actor.is_none() && person.is_none() && self.office_in(&reading, m) {
            actor = self.opening_place_actor(m, desc_text).or_else(|| self.country_before(m)).or_else(|| {
                let a = self.home_actor();
                home = a.is_some();
                a
            });
        }
        // "Former US Ambassador to NATO Kurt Volker", "Ivan Petrenko, a
        // former defence minister": an office held no longer gives whom
        // the person speaks for now, and "Russian opposition leader …" or
        // "the shadow foreign secretary" one against the government (the
        // catalogue's people keep theirs: it knows their roles and when
        // they held them)
        if person.is_none() && self.out_of_office(m, run) {
            actor = None;
        }
        let e = match existing {
            Some(e) => {
                if self.entities[e].name != name {
                    self.rename(e, &name);
                }
                let ent = &mut self.entities[e];
                add_words(&mut ent.words, words);
                ent.actor = ent.actor.or(actor);
                ent.gender = ent.gender.or(gender);
                e
            }
            None => {
                let org_like = (run.0..run.1).any(|i| is_org_name_word(self.w.s(i)))
                    || person.is_some_and(|p| p.kind == crate::catalogue::SpeakerKind::Body);
                let mut kept = Vec::with_capacity(words.len());
                add_words(&mut kept, words);
                let entity = Entity {
                    word_bits: word_bits(&name),
                    name: name.clone(),
                    surname: Some(surname.clone()),
                    gender,
                    person: !org_like,
                    by_office: false,
                    plural: false,
                    words: kept,
                    actor,
                };
                self.add_entity(entity)
            }
        };
        self.ministry_led_by(m, run, e);
        self.touch(e);
        let from = match matched {
            Some(mm) if Some(mm.actor) == self.entities[e].actor => ActorFrom::Catalogue(mm.strength),
            _ if home && actor == self.entities[e].actor => ActorFrom::Home,
            _ => ActorFrom::Earlier,
        };
        let actor = self.entities[e].actor;
        let actor_from = if actor.is_some() { from } else { ActorFrom::Nothing };
        Resolved { speaker: Some(name), actor, entity: Some(e), named_as: NamedAs::Name, actor_from }
    }

    /// "Foreign Minister Andrii Sybiha said … The ministry said …": a
    /// minister named with the post makes the ministry the story may refer
    /// back to, with the minister's actor (a body of those words and actor
    /// named before is the one). Not "Prime Minister", which heads none.
    /// The minister's entity is `minister`.
    fn ministry_led_by(&mut self, m: &Mention, run: Range, minister: usize) {
        let Some(actor) = self.entities[minister].actor else { return };
        let Some((q, a)) = [(m.head.0, run.0)].into_iter().chain(m.desc).find_map(|(a, b)| {
            let k = (a + 1..b).find(|&k| self.w.is(k, "minister"))?;
            let t = self.w.t(k - 1);
            let qualifies = t.is_word()
                && !t.has(Class::NATION | Class::DET)
                && !["prime", "deputy", "first", "acting", "former", "cabinet"].iter().any(|w| self.w.is(k - 1, w))
                && self.w.s(k - 1).bytes().all(|b| b.is_ascii_alphabetic());
            qualifies.then_some((k - 1, a))
        }) else {
            return;
        };
        // the minister's part of a bloc: Germany's defence ministry is the
        // German government's
        let ent = &self.entities[minister];
        let actor = self.catalogue.member_for(actor, &ent.name, &ent.words.join(" "));
        let mut words: Vec<String> =
            (a..q).filter(|&i| self.w.t(i).has(Class::NATION)).map(|i| normal(self.w.s(i))).collect();
        let post = normal(self.w.s(q));
        words.push(post.clone());
        words.push("ministry".to_string());
        let known = self.recent.newest_first().find(|&e| {
            let ent = &self.entities[e];
            !ent.person && ent.actor == Some(actor) && words.iter().all(|w| ent.words.contains(w))
        });
        let e = match known {
            Some(e) => e,
            // not among the names: "the Foreign Ministry" named later is
            // a body of its own, with the side the text gives it
            None => {
                let mut name = post;
                name[..1].make_ascii_uppercase();
                self.entities.push(Entity::body(format!("{name} Ministry"), false, words, Some(actor)));
                self.entities.len() - 1
            }
        };
        self.touch(e);
        let para = self.w.t(m.head.0).para;
        match self.led.iter_mut().find(|(l, _)| *l == e) {
            Some(l) => l.1 = para,
            None if known.is_none() => self.led.push((e, para)),
            None => {}
        }
    }

    /// Whether entity `e` is a ministry known only from its minister,
    /// named more than a paragraph before `k`: a minister named in
    /// passing ("Lavrov, who was in the hall") does not make "the
    /// ministry" two paragraphs on his.
    fn led_long_ago(&self, e: usize, k: usize) -> bool {
        let para = self.w.t(k).para;
        self.led.iter().any(|&(l, p)| l == e && p + 1 < para)
    }

    /// Whether the titles before the name `run` in `m`'s head, or the
    /// start of its description, place the person outside the government
    /// their office or country names: an office held no longer ("former",
    /// "ex-minister"), or a place in the opposition ("opposition leader",
    /// "shadow foreign secretary", "exiled", "dissident").
    fn out_of_office(&self, m: &Mention, run: Range) -> bool {
        let past = |k: usize| {
            let w = self.w.s(k);
            ["former", "retired", "opposition", "shadow", "exiled", "dissident"].iter().any(|o| self.w.is(k, o))
                || w.len() > 3 && w.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ex-"))
        };
        (m.head.0..run.0).any(past) || m.desc.is_some_and(|(a, b)| (a..b.min(a + 4)).any(past))
    }

    /// The latest entity a name refers back to: the same catalogue person,
    /// or a person with the same surname (and a compatible first name).
    fn earlier_mention(&self, person: Option<&Speaker>, raw_name: &str, surname: &str, single: bool) -> Option<usize> {
        // the person the catalogue named, if the story has named them,
        // before anyone else of that surname ("Trump" after "Donald
        // Trump" and "Ivanka Trump")
        if let Some(p) = person
            && let Some(e) = self.recent.newest_first().find(|&e| self.entities[e].name == p.name)
        {
            return Some(e);
        }
        let bit = word_bit(surname.as_bytes());
        self.recent.newest_first().find(|&e| {
            let ent = &self.entities[e];
            ent.person
                && (ent
                        .surname
                        .as_deref()
                        .is_some_and(|s| s.eq_ignore_ascii_case(surname) && compatible_first(&ent.name, raw_name))
                        // "Guo" after "Guo Jiakun": family names come first in Chinese
                        || single && ent.word_bits & bit != 0 && has_word(&ent.name, surname))
        })
    }

    /// The one person of the story whose descriptions hold every role or
    /// title word of `r`, a singular office resolved as a body with no
    /// person behind it ("Polish prime minister", "Taoiseach"), and whose
    /// actor agrees with the office's; `None` when no person or several do.
    /// An office of no side ("The defence secretary has pledged …" above
    /// "John Healey said …") is the one person whose descriptions hold
    /// every word of it. Why: a headline and its lead name a person by
    /// office and the story by name.
    pub fn office_holder(&self, r: &Resolved) -> Option<usize> {
        let e = r.entity.filter(|_| r.named_as == NamedAs::Body)?;
        let office = self.entities.get(e)?;
        // one person, not a body ("the Kremlin") or a group; an office of
        // no side with nothing but its own words ("a retired general" is
        // anyone, and is no office)
        if office.person || office.plural {
            return None;
        }
        let lex = lexicon::Lexicon::of(lexicon::Lang::En);
        let bare = office.actor.is_none();
        let own: Vec<&String> = office.words.iter().filter(|w| !lex.get(w).class.intersects(Class::DET)).collect();
        if bare && (own.len() < 2 || office.words.first().is_some_and(|w| w == "a" || w == "an")) {
            return None;
        }
        let last = office.name.rsplit(' ').next().unwrap_or("");
        if !lex.get(last).class.intersects(Class::ROLE | Class::TITLE) || lex.get(last).class.intersects(Class::ORG) {
            return None;
        }
        let roles: Vec<&String> = office
            .words
            .iter()
            .filter(|w| {
                let c = lex.get(w).class;
                c.intersects(Class::ROLE | Class::TITLE) && !c.intersects(Class::ORG | Class::NATION)
            })
            .collect();
        if roles.is_empty() {
            return None;
        }
        let mut holders = (0..self.entities.len()).filter(|&p| {
            let ent = &self.entities[p];
            p != e
                && ent.person
                && ent.surname.is_some()
                && ent.name.contains(' ')
                && roles.iter().all(|w| ent.words.contains(w))
                && (bare || ent.actor == office.actor)
                && (!bare || own.iter().all(|w| ent.words.contains(w)))
        });
        let first = holders.next()?;
        holders.next().is_none().then_some(first)
    }

    /// The person the story names in full whose surname is `word` as
    /// written, when a headline's `word` was read as a catalogue person
    /// spelled otherwise ("Nowak says" above "Defence Minister Jan Nowak
    /// said" is not Alexander Novak, whom "Nowak" only transliterates);
    /// `None` when the headline spells the catalogue person's own name,
    /// or no one or several in the story fit. Why: a headline is read
    /// before the story that says who its surname is.
    pub fn headline_namesake(&self, r: &Resolved, word: &str) -> Option<usize> {
        let e = r.entity.filter(|_| r.named_as == NamedAs::Name)?;
        let ent = self.entities.get(e)?;
        let listed = self.catalogue.person_named(&ent.name)?;
        let sp = self.catalogue.person(&listed)?;
        let spelled = |n: &str| n.split(' ').any(|w| w.eq_ignore_ascii_case(word));
        if spelled(&sp.name) || sp.aliases.iter().any(|a| spelled(a)) {
            return None;
        }
        let mut namesakes = (0..self.entities.len()).filter(|&p| {
            let other = &self.entities[p];
            p != e
                && other.person
                && other.name.contains(' ')
                && other.surname.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(word))
                && self.catalogue.person_named(&other.name).is_none()
        });
        let first = namesakes.next()?;
        namesakes.next().is_none().then_some(first)
    }

    /// The one body of a known side that the story names in full with
    /// every word of a body `r` names with no side: "Navy" in a headline
    /// is the story's "Ukraine's Navy", "General Staff" its "General Staff
    /// of the Armed Forces of Ukraine"; `None` when no body or bodies of
    /// different sides do. Why: a headline names a body short, and the
    /// story says whose it is.
    pub fn body_named_in_full(&self, r: &Resolved) -> Option<usize> {
        let e = r.entity.filter(|_| r.named_as == NamedAs::Body)?;
        let short = self.entities.get(e)?;
        if short.person || short.plural || short.actor.is_some() {
            return None;
        }
        let lex = lexicon::Lexicon::of(lexicon::Lang::En);
        let words: Vec<&str> = short.name.split(' ').collect();
        let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        if !words.iter().all(capitalised) || !words.last().is_some_and(|w| lex.get(w).class.intersects(Class::ORG)) {
            return None;
        }
        let mut fuller = (0..self.entities.len()).filter(|&p| {
            let ent = &self.entities[p];
            p != e
                && !ent.person
                && ent.actor.is_some()
                && ent.name.split(' ').count() > words.len()
                && words.iter().all(|w| has_word(&ent.name, w))
        });
        let first = fuller.next()?;
        let actor = self.entities[first].actor;
        fuller.all(|p| self.entities[p].actor == actor).then_some(first)
    }

    /// Bodies, places and groups: "the Kremlin", "Moscow", "Western
    /// officials", "a senior US official".
    fn body(&mut self, m: &Mention, head_text: &str, desc_text: &str) -> Resolved {
        let matched = self.match_speaker(head_text, desc_text).or_else(|| self.country_speaker(self.core(m.head)));
        let matched = self.office_at_home(m, matched);
        let full_head = self.w.range_text(m.head);
        let (a, b) = m.head;
        let last = self.w.t(b - 1);
        let plural = last.has(Class::GROUP)
            || (last.is_word() && !last.cap && self.w.s(b - 1).ends_with('s') && !self.w.s(b - 1).ends_with("ss"));
        let mut words = self.words_of(Some(m.head));
        words.extend(self.words_of(m.desc));
        // a body the catalogue spells its own way ("Kiev" → "Kyiv"); its
        // words as written stay with it, for "the ministry" later
        if let Some(sp) = matched.and_then(|mm| self.catalogue.person(&mm))
            && sp.kind == crate::catalogue::SpeakerKind::Body
        {
            let name = sp.name.clone();
            let actor = matched.map(|mm| mm.actor);
            let e = match self.latest_named(&name, |_| true) {
                Some(e) => {
                    add_words(&mut self.entities[e].words, &words);
                    e
                }
                None => self.add_entity(Entity::body(name.clone(), plural, words, actor)),
            };
            self.touch(e);
            let from = matched.map_or(ActorFrom::Nothing, |mm| ActorFrom::Catalogue(mm.strength));
            return Resolved { speaker: Some(name), actor, entity: Some(e), named_as: NamedAs::Body, actor_from: from };
        }
        // "In Kyiv, officials said": as "officials in Kyiv"
        let placed = if matched.is_none() { self.opening_place_actor(m, "") } else { None };
        // "The Foreign Ministry said" in a story about Sybiha: a body named
        // without its country belongs with the earlier speaker whose
        // titles name it ("Foreign Minister Andrii Sybiha")
        let inherited = if matched.is_none() {
            self.kin_actor(m)
                .or_else(|| self.possessor_in_sentence(m))
                .or_else(|| self.possessor_actor(m).filter(|_| self.serves(b - 1)))
                .or_else(|| self.spokesperson_of_body_before(m))
                .or_else(|| self.country_before(m))
                .or(placed)
        } else {
            None
        };
        // "WARSAW — Poland summoned the envoy, the foreign ministry said":
        // one office named by "the" and no country, in a story about one
        // country ([`Self::home_actor`]) reported from it (its dateline),
        // is that country's, as local reporting names its own country's
        // offices bare (not "officials" or "diplomats": a group may be
        // anyone's; and not without the dateline: a story about the
        // Budapest Memorandum names Budapest throughout)
        let mut home = false;
        let inherited = inherited.or_else(|| {
            let bare = matched.is_none() && !plural && self.w.is(a, "the") && self.office_without_country(m);
            let a = if bare { self.dated_home_actor() } else { None };
            home = a.is_some();
            a
        });
        // "state grid operator Ukrenergo", "firm Rosatom": the body is its
        // name; the words before it only say what it is
        let named_from =
            (a + 1..b).rev().take_while(|&k| self.w.t(k).cap && self.w.t(k).is_word()).last().filter(|&k| {
                let p = self.w.t(k - 1);
                p.is_word()
                    && !p.cap
                    && !p.has(Class::PREP | Class::DET | Class::CONJ | Class::PRONOUN)
                    && !self.w.s(k - 1).contains(['\'', '’'])
                    // ("officials in occupied Tokmak" are the officials)
                    && !(a..k).any(|i| self.w.t(i).has(Class::PREP))
            });
        let display = match named_from {
            Some(k) => self.w.range_text((k, b)).to_string(),
            None => display_phrase(full_head),
        };
        // "the Headquarters", "the Commission": one capitalised body word
        // after "the" is the body named in full before ("the Coordination
        // Headquarters for ...")
        if matched.is_none() && b == a + 2 && self.w.is(a, "the") && last.cap && last.has(Class::ORG) {
            let word = self.w.s(b - 1);
            let bit = word_bit(word.as_bytes());
            let before = self.recent.newest_first().find(|&e| {
                let ent = &self.entities[e];
                !ent.person && ent.word_bits & bit != 0 && ent.name.contains(' ') && has_word(&ent.name, word)
            });
            if let Some(e) = before {
                self.touch(e);
                return Resolved::of(&self.entities[e], e, NamedAs::Body, ActorFrom::Earlier);
            }
        }
        // "the air force said" after "Ukraine's air force said": a body
        // named by its last words in small letters after "the" is the
        // body named before with them
        if matched.is_none()
            && self.w.is(a, "the")
            && (a + 3..=a + 4).contains(&b)
            && last.has(Class::ORG)
            && (a + 1..b).all(|i| self.w.t(i).is_word() && !self.w.t(i).cap)
        {
            let phrase = self.w.range_text((a + 1, b));
            let before = self.recent.newest_first().find(|&e| {
                let name = &self.entities[e].name;
                let k = name.len().saturating_sub(phrase.len());
                !self.entities[e].person
                    && k > 0
                    && name.is_char_boundary(k)
                    && name[k..].eq_ignore_ascii_case(phrase)
                    && name[..k].ends_with(' ')
            });
            if let Some(e) = before {
                self.touch(e);
                return Resolved::of(&self.entities[e], e, NamedAs::Body, ActorFrom::Earlier);
            }
        }
        // a body of that name placed elsewhere before is another body
        let existing = self
            .latest_named(&display, |ent| !ent.person)
            .filter(|&e| placed.is_none_or(|p| self.entities[e].actor == Some(p)));
        let e = match existing {
            // "Air Force says" in the headline, then "Ukraine's Air Force
            // said …, the Air Force said": a body named before with no side
            // has the side this mention gives it, and so have its statements
            // before ([`crate::extract::build`] completes them). Only a body
            // by its last word ("Ministry", "Force", "Staff"): a person the
            // story names as a body ("Mr. King") takes no side from the
            // words around one mention.
            Some(e) => {
                if last.has(Class::ORG) {
                    let ent = &mut self.entities[e];
                    ent.actor = ent.actor.or(matched.map(|mm| mm.actor)).or(inherited);
                }
                e
            }
            None => {
                self.add_entity(Entity::body(display.clone(), plural, words, matched.map(|mm| mm.actor).or(inherited)))
            }
        };
        // "a senior US official" is one person (he/she may follow), an
        // indefinite singular role
        if self.w.is(a, "a") || self.w.is(a, "an") {
            self.entities[e].person = true;
        }
        // "The Ukrainian president said …. “…,” he said": one person by
        // an office of a known side or a country named ("Iran's top
        // diplomat"), whom "he" or "she" may stand for ("the president" of
        // no side may be whoever was named before: "he" stays with them)
        // (the office may be named before "of" and its country: "the
        // representative of France")
        let office = (a + 1..b).find(|&k| self.w.is(k, "of")).map_or(b - 1, |k| k - 1);
        if !plural
            && office > a
            && (self.w.is(a, "the") && self.entities[e].actor.is_some() || self.country_s(a))
            && with_lowercase(self.w.s(office), |w| lexicon::en::PERSON_OFFICES.contains(&w))
        {
            self.entities[e].by_office = true;
        }
        self.touch(e);
        let from = match matched {
            Some(mm) if Some(mm.actor) == self.entities[e].actor => ActorFrom::Catalogue(mm.strength),
            _ if home && inherited == self.entities[e].actor => ActorFrom::Home,
            _ => ActorFrom::Earlier,
        };
        let mut r = Resolved::of(&self.entities[e], e, NamedAs::Body, from);
        r.speaker = Some(display);
        r
    }

    /// The actor of the latest entity whose description contains every
    /// capitalised word of the mention (ministry ≈ minister), or every
    /// word of a ministry named by its field after "the" in small letters
    /// ("the foreign ministry"): newsrooms name the ministry of the
    /// minister just quoted that way. "The ministry" alone may be any
    /// named before it, or that of a minister named in the paragraph or
    /// the one before ([`Self::ministry_led_by`]).
    fn kin_actor(&self, m: &Mention) -> Option<usize> {
        let (a, b) = m.head;
        if (a..b).any(|i| self.w.t(i).has(Class::NATION)) {
            return None;
        }
        let stem = |w: &str| {
            let w = w.to_string();
            if w.starts_with("minist") { "minist".to_string() } else { w }
        };
        let small = self.w.is(a, "the")
            && b >= a + 3
            && (a + 1..b).all(|i| self.w.t(i).is_word() && !self.w.t(i).cap)
            && self.w.s(b - 1).starts_with("minist");
        let want: Vec<String> = (a..b)
            .filter(|&i| (self.w.t(i).cap || small) && !self.w.t(i).has(Class::DET))
            .map(|i| stem(&normal(self.w.s(i))))
            .collect();
        if want.is_empty() || want.len() == 1 && !self.w.t(b - 1).has(Class::ORG) {
            return None;
        }
        // whether `x` stems to the stem `w`: a stem starting "minist" is
        // that alone, any other is the word itself
        let stems_to = |x: &str, w: &str| if w == "minist" { x.starts_with("minist") } else { x == w };
        self.recent.newest_first().find_map(|e| {
            let ent = &self.entities[e];
            (ent.actor.is_some() && want.iter().all(|w| ent.words.iter().any(|x| stems_to(x, w))))
                .then_some(ent.actor)
                .flatten()
                // the minister's part of a bloc: "the defence ministry"
                // after Germany's defence minister is the German government
                .map(|a| self.catalogue.member_for(a, &ent.name, &ent.words.join(" ")))
        })
    }

    fn pronoun(&mut self, m: &Mention) -> Resolved {
        let p = with_lowercase(self.w.s(m.head.0), |p| match p {
            "he" | "him" | "his" => "he",
            "she" | "her" => "she",
            "they" | "them" | "their" => "they",
            "it" | "its" => "it",
            "we" | "us" | "our" => "we",
            _ => "",
        });
        // "we" outside a quotation is a statement's author: in a body's
        // release ("The Ministry condemns the strike. … We call on our
        // partners …"), the body of a side that spoke first, not whatever
        // was named last ("Moscow continues …"); people say "I"
        let found = if p == "we" {
            self.spoke.first().copied().filter(|&e| {
                let ent = &self.entities[e];
                !ent.person && !ent.by_office && !ent.plural && ent.actor.is_some()
            })
        } else {
            None
        };
        let found = found.or_else(|| self.recent.newest_first().find(|&e| may_stand_for(&self.entities[e], p)));
        match found {
            Some(e) => {
                if p == "he" && self.entities[e].gender.is_none() {
                    self.entities[e].gender = Some(Gender::Male);
                } else if p == "she" && self.entities[e].gender.is_none() {
                    self.entities[e].gender = Some(Gender::Female);
                }
                self.touch(e);
                Resolved::of(&self.entities[e], e, NamedAs::Pronoun, ActorFrom::Earlier)
            }
            None => Resolved::default(),
        }
    }

    /// The actor of whoever "its", "his", "her" or "their" opening the
    /// mention's head or description stands for, when a role follows
    /// ("its spokesman", "her deputy"): staff speak for whom they serve.
    /// For "its" and "their" the possessor is the entity mentioned last,
    /// if the pronoun may stand for it (an older one may be anyone: "Its
    /// director" after a festival no actor speaks through is not a
    /// ministry's); "his" and "her" stand for the person mentioned last
    /// whom they fit, as "he" and "she" do, whatever body came after
    /// ("Kallas said the Union was ready. Her spokesperson, …").
    fn possessor_actor(&self, m: &Mention) -> Option<usize> {
        let opening = [Some(m.head), m.desc].into_iter().flatten().find(|&(a, b)| {
            b > a + 1
                && ["its", "his", "her", "their"].iter().any(|w| self.w.is(a, w))
                && (a + 1..b).any(|k| self.w.t(k).has(Class::ROLE) && !self.w.t(k).cap)
        })?;
        let p = with_lowercase(self.w.s(opening.0), |p| match p {
            "his" => "he",
            "her" => "she",
            "its" => "it",
            _ => "they",
        });
        let e = match p {
            "he" | "she" => self.recent.newest_first().find(|&e| may_stand_for(&self.entities[e], p))?,
            _ => self.recent.newest_first().next()?,
        };
        let ent = &self.entities[e];
        if !may_stand_for(ent, p) {
            return None;
        }
        // "Russia has denied it. Its foreign ministry said …": the office
        // of a country or body is read as "Russia's foreign ministry",
        // which the catalogue may know as an actor of its own
        if !ent.person && !ent.by_office && (p == "it" || p == "they") {
            let office = format!("{}'s {}", ent.name, self.w.range_text((opening.0 + 1, opening.1)));
            if let Some(mm) = self.match_speaker(&office, "").filter(|mm| Some(mm.actor) != ent.actor) {
                return Some(mm.actor);
            }
        }
        // staff serve their principal's part of a bloc: Kallas's
        // spokesperson speaks for the EU, not for Western officials at large
        let part = |a: usize| self.catalogue.member_for(a, &ent.name, "");
        ent.actor.map(part)
    }

    /// Whether word `i` names an office or someone who works for another
    /// ("office", "spokeswoman", "aides"), not someone who only stands by
    /// them ("supporters").
    fn serves(&self, i: usize) -> bool {
        !self.w.t(i).cap && (self.is_office(i) || lexicon::en::STAFF.iter().any(|w| self.w.is(i, w)))
    }

    /// "Zelensky signed the law on Friday, his office said": an office or
    /// staff named by "his" or "her" alone, after what they announced,
    /// serve the first person that announcement names whom the catalogue
    /// knows, when the pronoun fits.
    fn possessor_in_sentence(&self, m: &Mention) -> Option<usize> {
        let (a, b) = m.head;
        let female = match with_lowercase(self.w.s(a), |p| ["his", "her"].iter().position(|w| *w == p)) {
            Some(i) => i == 1,
            None => return None,
        };
        if b < a + 2 || !self.serves(b - 1) {
            return None;
        }
        // back to the start of the sentence, in the paragraph
        let para = self.w.t(a).para;
        let mut s = a;
        while s > 0 && self.w.t(s - 1).para == para && !(self.w.t(s - 1).is_terminal() && self.w.t(s - 1).quote == 0) {
            s -= 1;
        }
        // its first run of name words outside quotations that the
        // catalogue knows as a person (bodies and unknown names skipped)
        let mut k = s;
        while k < a {
            if self.w.t(k).quote != 0 || !self.w.is_name_word(k) {
                k += 1;
                continue;
            }
            let mut e = k;
            while e < a && self.w.is_name_word(e) && self.w.t(e).quote == 0 {
                e += 1;
            }
            let mm = self.match_speaker(self.w.range_text((k, e)), "");
            if let Some((mm, p)) = mm.and_then(|mm| Some((mm, self.catalogue.person(&mm)?)))
                && p.kind != crate::catalogue::SpeakerKind::Body
            {
                let fits = p.gender != Some(if female { Gender::Male } else { Gender::Female });
                return fits.then_some(mm.actor);
            }
            k = e;
        }
        None
    }

    /// "The European Commission declined to comment. A spokesperson said
    /// only that …": a spokesperson named by that word alone speaks for
    /// the body the sentence before opens with, if the catalogue knows it
    /// as a body or by an actor's own name (its part of a bloc). Why: a
    /// story names the body, then quotes "a spokesperson" without saying
    /// again whose.
    fn spokesperson_of_body_before(&self, m: &Mention) -> Option<usize> {
        let (a, b) = m.head;
        let word = ["spokesperson", "spokesman", "spokeswoman"];
        if m.desc.is_some() || b != a + 2 || !self.w.t(a).has(Class::DET) || !word.iter().any(|w| self.w.is(a + 1, w)) {
            return None;
        }
        // the mention opens its sentence, and the one before ends right
        // before it: its first word, after "The"
        let ends = |k: usize| self.w.t(k).is_terminal() && self.w.t(k).quote == 0;
        if a == 0 || !ends(a - 1) {
            return None;
        }
        let para = self.w.t(a - 1).para;
        let mut s = a - 1;
        while s > 0 && !ends(s - 1) && self.w.t(s - 1).para == para {
            s -= 1;
        }
        if self.w.t(s).has(Class::DET) {
            s += 1;
        }
        let mut e = s;
        while e < a && self.w.t(e).is_word() && self.w.t(e).cap && self.w.t(e).quote == 0 {
            e += 1;
        }
        if e == s {
            return None;
        }
        let mm = self.match_speaker(self.w.range_text((s, e)), "")?;
        let body = match self.catalogue.person(&mm) {
            Some(p) => p.kind == crate::catalogue::SpeakerKind::Body,
            // the actor's own name for itself ("European Commission")
            None => mm.strength == Strength::Alias,
        };
        body.then_some(mm.owner)
    }

    /// "the spokesman" → the latest entity described as a spokesman.
    fn description(&self, m: &Mention) -> Option<usize> {
        let (a, b) = m.head;
        // "the head of government", "the head of state": an office in
        // three words, the person who holds it
        let head_of = b >= a + 3
            && self.w.is(b - 3, "head")
            && self.w.is(b - 2, "of")
            && (self.w.is(b - 1, "government") || self.w.is(b - 1, "state"));
        let head = if head_of { format!("head of {}", normal(self.w.s(b - 1))) } else { normal(self.w.s(b - 1)) };
        let wanted = synonyms(&head);
        let nations: Vec<String> =
            (a..b).filter(|&i| self.w.t(i).has(Class::NATION)).map(|i| nation_family(&normal(self.w.s(i)))).collect();
        let modifiers: Vec<String> = (a..if head_of { b - 3 } else { b - 1 })
            .filter(|&i| self.w.t(i).has(Class::ROLE) && !self.w.t(i).has(Class::DET))
            .map(|i| normal(self.w.s(i)))
            .collect();
        // "the Kremlin official", "the ministry official": whoever of that
        // body's people spoke last, whatever their title
        let body_actor = if head == "official" && b >= a + 2 {
            let first = a + usize::from(self.w.t(a).has(Class::DET));
            let caps = (first..b - 1).all(|k| self.w.t(k).cap && self.w.t(k).quote == 0);
            (caps && first < b - 1).then(|| self.match_speaker(self.w.range_text((first, b - 1)), "")).flatten()
        } else {
            None
        };
        self.recent.newest_first().find(|&e| {
            let ent = &self.entities[e];
            // "a country's top diplomat" is its foreign minister
            let top_diplomat = ent.words.iter().any(|x| x == "top") && ent.words.iter().any(|x| x == "diplomat");
            let has = |w: &str| ent.words.iter().any(|x| x == w) || top_diplomat && (w == "foreign" || w == "minister");
            let of_body = body_actor.as_ref().is_some_and(|mm| ent.person && ent.actor == Some(mm.actor));
            let role_ok = wanted.iter().any(|w| has(w)) || of_body;
            let person_ok = if [
                "ministry",
                "agency",
                "office",
                "government",
                "headquarters",
                "department",
                "council",
                "administration",
                "service",
            ]
            .contains(&head.as_str())
            {
                !ent.person
            } else {
                // or one person by their office ("Russia's top diplomat"),
                // or one of a group ("One EU diplomat said …. “…,” the
                // diplomat said"), whom no pronoun takes for it
                ent.person
                    || ent.by_office
                    || !ent.plural && ent.words.first().is_some_and(|w| w == "one" || w == "another")
            };
            let mods_ok = modifiers.iter().all(|md| {
                // (a description may also be of who held the office,
                // or of its head: "the former minister", "the chief
                // negotiator")
                ["former", "chief"].contains(&md.as_str())
                    || lexicon::en::QUALITIES.contains(&md.as_str())
                    || has(md)
                    || wanted.contains(&md.as_str())
            });
            let nation_ok =
                nations.is_empty() || nations.iter().any(|n| ent.words.iter().any(|x| nation_family(x) == *n));
            role_ok && person_ok && nation_ok && mods_ok && !self.led_long_ago(e, a)
        })
    }

    /// What the catalogue knows the mention's head as, if anything.
    pub fn known(&self, m: &Mention) -> Option<crate::catalogue::ActorMatch> {
        self.match_speaker(self.w.range_text(m.head), "")
    }

    /// A sentence subject seen in passing: remembered for pronouns.
    pub fn subject(&mut self, m: &Mention) {
        match self.shape(m) {
            Shape::Named => {
                let head = self.w.range_text(m.head);
                let desc = m.desc.map_or("", |d| self.w.range_text(d));
                self.named(m, head, desc);
            }
            Shape::Body | Shape::Description if self.match_speaker(self.w.range_text(m.head), "").is_some() => {
                let head = self.w.range_text(m.head);
                self.body(m, head, "");
            }
            // "The diplomat also commented on …. He noted that …": the
            // person the description stands for is the one mentioned last
            Shape::Description => {
                if let Some(e) = self.description(m) {
                    self.touch(e);
                } else if self.introduces_someone(m) {
                    self.someone(m);
                }
            }
            Shape::Body if self.introduces_someone(m) => self.someone(m),
            _ => {}
        }
    }

    /// "A pensioner waited for the bus.", "Her neighbour shook his head.":
    /// someone brought into the story by a description alone, with "a",
    /// "an" or a possessive before one person's role. A pronoun after it
    /// ("“…,” she said") stands for them, as after a description that
    /// made a statement.
    fn introduces_someone(&self, m: &Mention) -> bool {
        let (a, b) = m.head;
        // "A spokesman for the port authority declined …": the role is
        // the word before what it is of or for
        let r = (a + 2..b).find(|&k| self.w.is(k, "for") || self.w.is(k, "of")).unwrap_or(b);
        let role = self.w.t(r - 1);
        r >= a + 2
            && super::subject::INTRODUCING.iter().any(|w| self.w.is(a, w))
            && role.is_word()
            && !role.cap
            && role.has(Class::ROLE)
            && !role.has(Class::GROUP | Class::ORG)
            && !self.w.s(r - 1).ends_with('s')
            && self.verb_at(b)
    }

    /// Whether word `k` reads as the verb of the subject before it: a verb
    /// the lexicon knows, an auxiliary or adverb, or a word in small
    /// letters in the past or the third person ("waited", "shook",
    /// "nods"), not a noun the subject phrase stopped before ("Her
    /// political career").
    fn verb_at(&self, k: usize) -> bool {
        let Some(t) = self.w.toks.get(k) else { return false };
        let w = self.w.s(k);
        t.is_word()
            && !t.cap
            && (t.verb.is_some()
                || t.has(Class::FINITE | Class::AUX | Class::ADVERB)
                || w.len() > 3 && w.ends_with('s')
                || self.w.past_form(k))
    }

    /// Keeps the one person [`Self::introduces_someone`] found, as the
    /// newest.
    fn someone(&mut self, m: &Mention) {
        let head = self.w.range_text(m.head);
        if let Some(e) = self.body(m, head, "").entity {
            self.entities[e].person = true;
        }
    }
}

/// Whether the pronoun `p` ("he", "she", "they" or "it"; any entity for
/// another) may stand for `ent`.
fn may_stand_for(ent: &Entity, p: &str) -> bool {
    match p {
        "he" => (ent.person || ent.by_office) && !ent.plural && ent.gender != Some(Gender::Female),
        "she" => (ent.person || ent.by_office) && !ent.plural && ent.gender != Some(Gender::Male),
        "they" => ent.plural || !ent.person,
        "it" => !ent.person && !ent.by_office && !ent.plural,
        _ => true,
    }
}

/// Two people of one actor named together ("Merz and Macron said",
/// "Песков и Ушаков заявили"): both are the speaker, and they speak for
/// `actor`. None unless both are people the catalogue knows, and two.
pub(crate) fn people_together(p: Option<&Speaker>, q: Option<&Speaker>, actor: usize) -> Option<Resolved> {
    let (p, q) = (p?, q?);
    let body = crate::catalogue::SpeakerKind::Body;
    if p.name == q.name || p.kind == body || q.kind == body {
        return None;
    }
    Some(Resolved {
        speaker: Some(format!("{} and {}", p.name, q.name)),
        actor: Some(actor),
        entity: None,
        named_as: NamedAs::Name,
        actor_from: ActorFrom::Catalogue(Strength::Person),
    })
}

/// A person's gender from a female given name or surname, or from the
/// words describing them ("spokeswoman", "chairman").
fn gender_of(name_words: &[&str], surname: &str, words: &[String]) -> Option<Gender> {
    let first = name_words.first().copied().unwrap_or("");
    if name_words.len() >= 2 && lexicon::is_female_name(first, surname) {
        return Some(Gender::Female);
    }
    // each word looked up once for both
    let classes = words.iter().fold(Class::empty(), |c, w| c | lexicon::lookup(w).class);
    if classes.contains(Class::FEMALE) {
        Some(Gender::Female)
    } else if classes.contains(Class::MALE) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// A word as the entities keep it: without a possessive, lower case,
/// without dots ("U.S.'s" → "us"). Asked of every word of every mention:
/// an ASCII word is made in one pass and one allocation.
fn normal(w: &str) -> String {
    let w = strip_possessive(w);
    if w.is_ascii() {
        let mut out = w.to_ascii_lowercase();
        if out.contains('.') {
            out.retain(|c| c != '.');
        }
        return out;
    }
    let mut lower = w.to_lowercase();
    lower.retain(|c| c != '.');
    lower
}

/// Adds to an entity's words those it does not have yet: the words are
/// only ever asked whether they hold one, and an entity named again and
/// again would otherwise keep every copy.
fn add_words(to: &mut Vec<String>, words: &[String]) {
    for w in words {
        if !to.contains(w) {
            to.push(w.clone());
        }
    }
}

/// `f(&w.to_lowercase())`, with a short ASCII word lower-cased on the
/// stack.
fn with_lowercase<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(l) = std::str::from_utf8(lower) {
            return f(l);
        }
    }
    f(&w.to_lowercase())
}

/// One bit of 64 for a word, ASCII case aside.
fn word_bit(w: &[u8]) -> u64 {
    let h = w
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x100_0000_01b3));
    1 << (h >> 58)
}

/// The bits ([`word_bit`]) of the words [`has_word`] finds in `name`:
/// a word whose bit is not set is not one of them, which tells most
/// names apart without splitting them. A name not all ASCII has every
/// bit.
fn word_bits(name: &str) -> u64 {
    if !name.is_ascii() {
        return u64::MAX;
    }
    name.as_bytes()
        .split(|b| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' '))
        .filter(|w| !w.is_empty())
        .map(|w| w.strip_suffix(b"'s").or_else(|| w.strip_suffix(b"'")).unwrap_or(w))
        .fold(0, |bits, w| bits | word_bit(w))
}

/// Whether a word of `name` (split at white space), without a
/// possessive, is `word` in any ASCII case. An ASCII name is split at its
/// bytes rather than its characters.
fn has_word(name: &str, word: &str) -> bool {
    if name.is_ascii() {
        // the ASCII characters `char::is_whitespace` holds
        let space = |b: &u8| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
        name.as_bytes().split(space).filter(|w| !w.is_empty()).any(|w| {
            let w = w.strip_suffix(b"'s").or_else(|| w.strip_suffix(b"'")).unwrap_or(w);
            w.eq_ignore_ascii_case(word.as_bytes())
        })
    } else {
        name.split_whitespace().any(|w| strip_possessive(w).eq_ignore_ascii_case(word))
    }
}

/// "MARK REED" → "Mark Reed": a name of two words or more written all in
/// capitals, as a transcript's labels print it, as the name is written
/// (a single word in capitals may be an abbreviation, "NATO", and stays).
fn from_capitals(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let caps = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    if words.len() < 2 || !words.iter().all(|w| caps(w)) {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // each part after a hyphen starts with a capital too
        let mut start = true;
        for c in w.chars() {
            if start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = c == '-';
        }
    }
    Some(out)
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('’'))
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w)
}

/// "the Kremlin" → "Kremlin", "A senior US official" → "senior US official".
fn display_phrase(s: &str) -> String {
    // words parted by single spaces (as most phrases are) are cut from
    // the front, not split and joined again
    let spaced = s.is_ascii()
        && !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.bytes().any(|b| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r'));
    if spaced {
        let mut rest = s;
        loop {
            let (first, after) = rest.split_once(' ').unwrap_or((rest, ""));
            if first.is_empty() || !["the", "a", "an"].iter().any(|a| first.eq_ignore_ascii_case(a)) {
                break;
            }
            rest = after;
        }
        return strip_possessive(rest).to_string();
    }
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while let Some(f) = words.first() {
        // no letter but ASCII ones lower-cases to these
        if ["the", "a", "an"].iter().any(|a| f.eq_ignore_ascii_case(a)) {
            words.remove(0);
        } else {
            break;
        }
    }
    let joined = words.join(" ");
    strip_possessive(&joined).to_string()
}

fn compatible_first(a: &str, b: &str) -> bool {
    let fa = a.split_whitespace().next().unwrap_or("");
    let fb = b.split_whitespace().next().unwrap_or("");
    let single = a.split_whitespace().count() == 1 || b.split_whitespace().count() == 1;
    // "Van Weel" after "David van Weel": a name that opens with a particle
    // gives no first name
    let particle = |w: &str| super::mentions::NAME_PARTICLES.iter().any(|p| w.eq_ignore_ascii_case(p));
    // "Lula da Silva" after "Luiz Inacio Lula da Silva": the shorter name
    // is the end of the longer, given names dropped from the front; only
    // three words or more, or a surname with a particle, since two words
    // may end a name read too long ("Rival Hillary Clinton")
    let ends = |long: &str, short: &str| {
        let (l, s): (Vec<&str>, Vec<&str>) = (long.split_whitespace().collect(), short.split_whitespace().collect());
        (s.len() >= 3 || s.len() == 2 && particle(s[0]))
            && s.len() < l.len()
            && l[l.len() - s.len()..].iter().zip(&s).all(|(x, y)| x.eq_ignore_ascii_case(y))
    };
    single || particle(fa) || particle(fb) || fa.eq_ignore_ascii_case(fb) || ends(a, b) || ends(b, a)
}

fn is_org_name_word(w: &str) -> bool {
    with_lowercase(w, is_org_name_lower)
}

fn is_org_name_lower(l: &str) -> bool {
    lexicon::lookup(l).class.contains(Class::ORG)
        || [
            "news",
            "times",
            "post",
            "journal",
            "daily",
            "press",
            "media",
            "tv",
            "radio",
            "network",
            "university",
            "institute",
            "center",
            "centre",
            "service",
            "group",
            "party",
            "association",
            "foundation",
            "council",
            "committee",
            "commission",
            "bank",
            "fund",
            "agency",
            "inc",
            "corp",
            "reuters",
            "ap",
            "afp",
            "tass",
            "ria",
            "interfax",
            "cnn",
            "bbc",
            "fox",
            "msnbc",
            "nbc",
            "cbs",
            "abc",
            "npr",
            "gallup",
            "quinnipiac",
            "rasmussen",
        ]
        .contains(&l)
}

/// Roles that may stand for one another in a description.
fn synonyms(head: &str) -> Vec<&'static str> {
    match head {
        "spokesman" | "spokeswoman" | "spokesperson" => vec!["spokesman", "spokeswoman", "spokesperson", "press"],
        "diplomat" => vec!["diplomat", "foreign", "ambassador", "envoy"],
        "leader" => vec!["leader", "president", "prime", "chancellor", "premier"],
        "head of government" => vec!["prime", "premier", "chancellor"],
        "head of state" => vec!["president", "king", "queen", "monarch"],
        "president" => vec!["president"],
        "minister" => vec!["minister", "secretary"],
        "official" => vec!["official", "officer"],
        "ministry" => vec!["ministry"],
        "analyst" | "expert" | "researcher" | "professor" | "lecturer" | "scientist" | "scholar" | "economist"
        | "fellow" => {
            vec![
                "analyst",
                "expert",
                "researcher",
                "professor",
                "lecturer",
                "scientist",
                "scholar",
                "economist",
                "fellow",
                "historian",
            ]
        }
        "aide" | "adviser" | "advisor" => vec!["aide", "adviser", "advisor"],
        "envoy" => vec!["envoy", "ambassador"],
        "ambassador" => vec!["ambassador", "envoy"],
        "chancellor" => vec!["chancellor"],
        "secretary" => vec!["secretary"],
        "headquarters" => vec!["headquarters"],
        "agency" => vec!["agency"],
        "commissioner" | "ombudsman" => vec!["commissioner", "ombudsman"],
        "general" => vec!["general"],
        "governor" => vec!["governor"],
        "mayor" => vec!["mayor"],
        "senator" => vec!["senator", "sen"],
        "candidate" | "nominee" => vec!["candidate", "nominee"],
        _ => vec![],
    }
}

/// Collapses nationality words of one country to a key.
fn nation_family(w: &str) -> String {
    match w {
        "russian" | "russia" | "moscow" | "kremlin" => "ru",
        "ukrainian" | "ukraine" | "kyiv" | "kiev" => "ua",
        "us" | "american" | "america" | "washington" => "us",
        "british" | "uk" | "britain" | "london" => "uk",
        "german" | "germany" | "berlin" => "de",
        "french" | "france" | "paris" => "fr",
        "chinese" | "china" | "beijing" => "cn",
        "turkish" | "turkey" | "ankara" => "tr",
        "european" | "europe" | "eu" => "eu",
        other => return other.to_string(),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::super::rules::testing::{Found, one, run};

    /// The speaker (empty for none) and actor of the statement whose
    /// source is written `source`.
    fn said(found: &[Found], source: &str) -> (String, Option<String>) {
        let f = found.iter().find(|f| f.source.as_deref() == Some(source)).unwrap_or_else(|| panic!("{source}"));
        (f.speaker.clone().unwrap_or_default(), f.actor.clone())
    }

    #[test]
    fn we_in_a_statement_s_own_words_is_its_author() {
        // a release in the third person, then in the first
        let text = concat!(
            "Statement of the Ukrainian Foreign Ministry on the port\n\n",
            "The Ukrainian Foreign Ministry strongly condemns the blockade of the harbour at Izmail. ",
            "While the shipping firms wait, Moscow continues to keep its ships at the mouth of the river. ",
            "We call on our partners to send escorts for the grain ships.",
        );
        let found = run(text);
        assert_eq!(said(&found, "We"), ("Ukrainian Foreign Ministry".to_string(), Some("ukrainian-mfa".to_string())));
    }

    #[test]
    fn a_group_placed_by_a_name_is_the_group_not_the_place() {
        // "in" or "from" and a town the catalogue does not know: the
        // officials there speak, not the town
        let text = concat!(
            "Grid repairs\n\n",
            "Authorities in Berdyansk said the substation would be repaired by Friday. ",
            "Local officials in occupied Tokmak said the lines were down. ",
            "On Monday, officials from Zhytomyr said the cables were old. ",
            "Mayor Ivan Fedorenko of Kherson said the crews were ready.",
        );
        let found = run(text);
        assert_eq!(said(&found, "Authorities in Berdyansk").0, "Authorities in Berdyansk");
        assert_eq!(said(&found, "Local officials in occupied Tokmak").0, "Local officials in occupied Tokmak");
        assert_eq!(said(&found, "officials from Zhytomyr").0, "officials from Zhytomyr");
        // a person named with an office and the place of it is the person
        assert!(found.iter().any(|f| f.speaker.as_deref() == Some("Ivan Fedorenko")), "{found:?}");
    }

    #[test]
    fn staff_named_by_the_body_they_work_in_speak_for_it() {
        let text = concat!(
            "Grain corridor\n\n",
            "A source in Zelensky's office said the convoy would sail on Monday. ",
            "He added that the escort was ready. ",
            "Officials at the Russian foreign ministry said the convoy had not been agreed. ",
            "An insider at the Kremlin said the navy would watch the convoy. ",
            "Residents in the port office said the quay was full.",
        );
        let found = run(text);
        for (source, actor) in [
            ("A source in Zelensky's office", "ukrainian-leadership"),
            ("Officials at the Russian foreign ministry", "russian-mfa"),
            ("An insider at the Kremlin", "kremlin"),
        ] {
            assert_eq!(said(&found, source).1.as_deref(), Some(actor), "{source}");
        }
        // people who do not work there have no side by it
        assert_eq!(said(&found, "Residents in the port office").1, None);
        // the staff, not the body they work in, are the ones a pronoun
        // after them stands for
        let he = found.iter().find(|f| f.content.starts_with("the escort")).expect("he added");
        assert_eq!(he.speaker.as_deref(), Some("source in Zelensky's office"), "{found:?}");
    }

    #[test]
    fn someone_close_to_a_person_is_not_that_person() {
        let text = concat!(
            "Grain corridor\n\n",
            "A source close to Zelensky said the convoy would sail on Monday. ",
            "People familiar with Merz's thinking said Berlin would pay for the escort. ",
            "An aide loyal to Orban said Budapest would not block it.",
        );
        let found = run(text);
        for source in ["A source close to Zelensky", "People familiar with Merz's thinking", "An aide loyal to Orban"] {
            let (speaker, actor) = said(&found, source);
            assert!(!["Volodymyr Zelensky", "Friedrich Merz", "Viktor Orbán"].contains(&speaker.as_str()), "{source}");
            assert_eq!(actor, None, "{source}");
        }
    }

    #[test]
    fn who_installed_an_official_is_whose_side_they_speak_for() {
        let text = concat!(
            "Grid repairs\n\n",
            "The Moscow-installed mayor of Berdyansk said the substation was repaired. ",
            "Russia-installed authorities in Tokmak said the lines were back. ",
            "A Kremlin-appointed official said the pylons were new. ",
            "Moscow-backed separatists said the poles were down. ",
            "The Russian-installed governor said the grid would hold.",
        );
        let found = run(text);
        for (source, speaker) in [
            ("The Moscow-installed mayor of Berdyansk", "Moscow-installed mayor of Berdyansk"),
            ("Russia-installed authorities in Tokmak", "Russia-installed authorities in Tokmak"),
            ("A Kremlin-appointed official", "Kremlin-appointed official"),
            ("Moscow-backed separatists", "Moscow-backed separatists"),
            // a capital before a participle names no one
            ("The Russian-installed governor", "Russian-installed governor"),
        ] {
            assert_eq!(said(&found, source), (speaker.to_string(), Some("russia".to_string())), "{source}");
        }
    }

    #[test]
    fn a_name_is_found_among_the_entities_as_comparing_it_with_each_would() {
        // bodies and people spelt alike in other cases, renamed, mentioned
        // in turn, among many others: the look-up by name answers as
        // reading every entity latest first and comparing names did
        let text = "x";
        let (toks, _) = super::super::tokens::tokenize(text);
        let w = super::Words { text, toks: &toks };
        let catalogue = crate::catalogue::Catalogue::builtin();
        let mut r = super::Resolver::new(&w, &catalogue);
        let spellings =
            ["Foreign Ministry", "foreign ministry", "FOREIGN MINISTRY", "Ministère", "MINISTÈRE", "Kremlin"];
        let mut seed = 3u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        for step in 0..600 {
            let name =
                if step % 3 == 0 { format!("Mayor {step}") } else { spellings[next(spellings.len())].to_string() };
            let e = match next(4) {
                0 if !r.entities.is_empty() => {
                    let e = next(r.entities.len());
                    r.rename(e, &name);
                    e
                }
                _ => r.add_entity(super::Entity {
                    word_bits: super::word_bits(&name),
                    name,
                    surname: None,
                    gender: None,
                    person: next(2) == 0,
                    by_office: false,
                    plural: false,
                    words: Vec::new(),
                    actor: None,
                }),
            };
            if next(5) > 0 {
                r.touch(e);
            }
            for asked in spellings.iter().chain(&["Mayor 3", "mayor 300", "Nobody"]) {
                let compared = |ok: &dyn Fn(&super::Entity) -> bool| {
                    r.recent
                        .newest_first()
                        .find(|&x| r.entities[x].name.to_lowercase() == asked.to_lowercase() && ok(&r.entities[x]))
                };
                assert_eq!(r.latest_named(asked, |_| true), compared(&|_| true), "{asked} at {step}");
                assert_eq!(r.latest_named(asked, |x| !x.person), compared(&|x| !x.person), "{asked} at {step}");
            }
        }
    }

    #[test]
    fn entities_are_read_latest_mentioned_first_however_many_mentions() {
        // against the list each mention was once moved to the end of:
        // few entities mentioned often (most places stale, cleared away
        // many times) and many mentioned once or twice
        for entities in [3, 40, 500] {
            let mut recent = super::Recent::default();
            let mut moved: Vec<usize> = Vec::new();
            let mut seed = entities as u64;
            for step in 0..3_000 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let e = (seed >> 33) as usize % entities;
                recent.touch(e);
                moved.retain(|&x| x != e);
                moved.push(e);
                if step % 97 == 0 {
                    assert!(recent.newest_first().eq(moved.iter().rev().copied()), "{entities} at {step}");
                }
            }
            assert!(recent.newest_first().eq(moved.iter().rev().copied()));
            assert!(recent.order.len() <= 2 * moved.len() + 33, "{}", recent.order.len());
        }
    }

    #[test]
    fn words_are_kept_lower_case_without_dots_or_possessives() {
        for (w, kept) in
            [("U.S.'s", "us"), ("Kremlin’s", "kremlin"), ("NATO", "nato"), ("Ж.Д.", "жд"), ("ΟΔΟΣ", "οδος")]
        {
            assert_eq!(super::normal(w), kept, "{w}");
        }
    }

    #[test]
    fn phrases_and_names_cut_at_bytes_as_at_white_space() {
        let phrase = |s: &str| {
            let mut words: Vec<&str> = s.split_whitespace().collect();
            while words.first().is_some_and(|f| ["the", "a", "an"].contains(&f.to_lowercase().as_str())) {
                words.remove(0);
            }
            super::strip_possessive(&words.join(" ")).to_string()
        };
        let has =
            |name: &str, w: &str| name.split_whitespace().any(|x| super::strip_possessive(x).eq_ignore_ascii_case(w));
        for s in [
            "",
            "the",
            "The Kremlin's",
            "a senior US official",
            "An  official",
            " the ministry ",
            "the\tKremlin",
            "The the A Kremlin'",
            "the Élysée",
            "Guo Jiakun's",
            "Guo\u{0b}Jiakun",
        ] {
            assert_eq!(super::display_phrase(s), phrase(s), "{s:?}");
            for w in ["", "guo", "jiakun", "kremlin", "the", "'s"] {
                assert_eq!(super::has_word(s, w), has(s, w), "{s:?} {w:?}");
                if has(s, w) {
                    assert_ne!(super::word_bits(s) & super::word_bit(w.as_bytes()), 0, "{s:?} {w:?}");
                }
            }
        }
    }

    #[test]
    fn a_name_in_capitals_is_shown_as_names_are_written() {
        assert_eq!(super::from_capitals("MARK REED").as_deref(), Some("Mark Reed"));
        assert_eq!(super::from_capitals("ANNA-MARIA HOLT-LIND").as_deref(), Some("Anna-Maria Holt-Lind"));
        assert_eq!(super::from_capitals("ОЛЕНА ГОЛУБ").as_deref(), Some("Олена Голуб"));
        // one word may be an abbreviation; a name already written is kept
        for name in ["NATO", "Mark Reed", "Mark REED", "J R"] {
            assert_eq!(super::from_capitals(name), None, "{name}");
        }
    }

    #[test]
    fn a_report_speaks_for_whoever_it_comes_from() {
        let found = run(
            "A statement from the Russian defence ministry said the convoy had been turned back. The ministry said no one was hurt.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Russian defence ministry"));
        // the body is then there for "the ministry" to find
        assert!(found.iter().all(|f| f.actor.as_deref() == Some("russia")), "{found:?}");
        // a report with no source named stays as it is
        let found = run("The statement said the convoy had been turned back.");
        assert_eq!(found[0].actor, None);
    }

    #[test]
    fn a_report_put_out_by_someone_speaks_for_them() {
        let found = run(
            "A statement issued by the Russian defence ministry said the convoy had been turned back. A joint statement released by Kyiv and Vilnius said the corridor would stay open.",
        );
        let said: Vec<_> = found.iter().map(|f| (f.speaker.as_deref(), f.actor.as_deref())).collect();
        assert_eq!(said, [(Some("Russian defence ministry"), Some("russia")), (Some("Kyiv and Vilnius"), None)]);
    }

    #[test]
    fn a_country_or_its_capital_alone_speaks_as_its_officials() {
        let found =
            run("Lithuania said the border posts would close at midnight. Vilnius said the decision was final.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|f| f.actor.as_deref() == Some("western-officials")), "{found:?}");
        // and two of them, each of another side, make a joint statement
        let found = run("Kyiv and Vilnius said the corridor would stay open.");
        assert_eq!(found[0].actor, None);
        assert_eq!(found[0].speaker.as_deref(), Some("Kyiv and Vilnius"));
    }

    #[test]
    fn a_given_name_is_part_of_the_name_after_an_office() {
        // an unknown Dmytro keeps his given name, and the surname alone
        // later finds him
        let found =
            run("Ukraine's navy spokesman Dmytro Koval said the port was hit twice. Koval said the crews were safe.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|f| f.speaker.as_deref() == Some("Dmytro Koval")), "{found:?}");
        assert!(found.iter().all(|f| f.actor.as_deref() == Some("ukrainian-leadership")), "{found:?}");
        // a known person after an office whose name ends in capitals
        let found = run("Parliament's Commissioner for Human Rights Dmytro Lubinets said the list was incomplete.");
        assert_eq!(found[0].speaker.as_deref(), Some("Dmytro Lubinets"));
        // anyone's two names after an office's name of two words or more,
        // and the name after it then finds the person
        let found = run(
            "Norway's Commissioner for Human Rights Ola Nordmann said the camp was overcrowded. The head of the International Committee of the Red Cross Jonas Berg said access was limited. Nordmann said the list was long.",
        );
        let speakers: Vec<_> = found.iter().map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Ola Nordmann"), Some("Jonas Berg"), Some("Ola Nordmann")]);
        // a body's name alone after the office stays whole
        let found = run("The Minister for Regional Development Affairs said the roads were open.");
        assert_ne!(found[0].speaker.as_deref(), Some("Development Affairs"));
    }

    #[test]
    fn a_group_named_by_its_city_keeps_the_city_past_an_aside() {
        let found = run(
            "Officials in Vilnius, who asked not to be named, said the border posts were closed. Analysts at a Tallinn institute, speaking privately, said the move was expected.",
        );
        let sources: Vec<_> = found.iter().map(|f| f.source.as_deref()).collect();
        assert_eq!(sources, [Some("Officials in Vilnius"), Some("Analysts at a Tallinn institute")]);
        assert_eq!(found[0].actor.as_deref(), Some("western-officials"));
    }

    #[test]
    fn a_body_named_on_a_subject_is_no_person() {
        let found = run(
            "The Council on Baltic Relations said the corridor was safe. The Commission on Coastal Affairs said the port was closed.",
        );
        let speakers: Vec<_> = found.iter().map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Council on Baltic Relations"), Some("Commission on Coastal Affairs")]);
        // a person after the name of a body of a country still is one
        let found = run("Chief of the Armed Forces of Norway Ola Nordmann said the drills would go on.");
        assert_eq!(found[0].speaker.as_deref(), Some("Ola Nordmann"));
    }

    #[test]
    fn a_name_with_particles_is_found_again_by_its_particle_and_surname() {
        let found = run(
            "Dutch Trade Minister Anna van der Berg said the tariffs were a mistake. Van der Berg added that talks would go on.",
        );
        let speakers: Vec<_> = found.iter().map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Anna van der Berg"), Some("Anna van der Berg")]);
        assert!(found.iter().all(|f| f.actor.as_deref() == Some("western-officials")), "{found:?}");
        // every particle the mentions know: "Da Silva" after the full name
        let found = run("Joao Pedro da Silva said the harvest was late. Da Silva added that prices would rise.");
        let speakers: Vec<_> = found.iter().map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Joao Pedro da Silva"), Some("Joao Pedro da Silva")]);
        // the end of the full name, given names dropped: the same person
        let found =
            run("Jose Carlos Lima da Costa said the port would reopen. Lima da Costa added that the fees would stay.");
        let speakers: Vec<_> = found.iter().map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Jose Carlos Lima da Costa"), Some("Jose Carlos Lima da Costa")]);
        // but two words that end a longer name are not enough alone
        assert!(!super::compatible_first("Jose Carlos Lima", "Carlos Lima"));
    }

    #[test]
    fn a_role_word_that_is_a_given_name_names_the_person() {
        // "Marine" is a role ("a Marine") and a given name: before a
        // surname, with no article or nation before it, it is the name
        let found = run(
            "Party leader Marine Vautrin said the list was final. Marine Vautrin told voters she would not step aside.",
        );
        let speakers: Vec<_> = found.iter().map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Marine Vautrin"), Some("Marine Vautrin")]);
        // a serving marine is still one
        let found = run("A US Marine said the base was quiet.");
        assert_eq!(found[0].speaker.as_deref(), Some("US Marine"));
        // and a corps is a body, not a person surnamed Corps taken for
        // another corps later in the story
        let found =
            run("The Marine Corps said the drill would go ahead. The Coastal Rescue Corps said its boats were ready.");
        let speakers: Vec<_> = found.iter().map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Marine Corps"), Some("Coastal Rescue Corps")]);
    }

    #[test]
    fn a_description_then_a_name_set_off_starts_a_new_report() {
        // the first report ends where the second speaker's description
        // starts, and the second speaker is the name
        let found = run(
            "The bloc's envoy, Ana Lind, called for calm, while the trade commissioner, Eva Holm, said the duties would stay.",
        );
        let said: Vec<_> = found.iter().map(|f| (f.speaker.as_deref(), f.content.as_str())).collect();
        assert_eq!(said, [(Some("Ana Lind"), "calm"), (Some("Eva Holm"), "the duties would stay")]);
    }

    #[test]
    fn an_office_in_the_headline_is_the_person_the_story_names_with_it() {
        let text = "Norwegian prime minister says the fishing deal is off\n\nNorway's prime minister, Ola Nordmann, said on Monday that the quota talks had failed.\n\nThe Kremlin said the talks could resume. Kremlin spokesman Dmitry Peskov said no date was set.";
        let found = run(text);
        let by_content =
            |c: &str| found.iter().find(|f| f.content.starts_with(c)).unwrap_or_else(|| panic!("{c}: {found:?}"));
        assert_eq!(by_content("the fishing deal").speaker.as_deref(), Some("Ola Nordmann"));
        assert_eq!(by_content("the fishing deal").actor.as_deref(), Some("western-officials"));
        // a body speaks for itself though a person of it is named later
        assert_eq!(by_content("the talks could").speaker.as_deref(), Some("Kremlin"));
    }

    #[test]
    fn an_office_of_no_side_in_the_lead_is_the_one_person_the_story_gives_it() {
        let text = "Defence secretary promises patrol boats\n\n\
                    The defence secretary has promised three patrol boats for the Ukrainian navy.\n\n\
                    John Healey said the boats would sail by summer.\n";
        let found = run(text);
        assert_eq!(found.len(), 3, "{found:?}");
        // the side he speaks for where the story names him
        assert!(found[2].actor.is_some(), "{found:?}");
        for f in &found {
            assert_eq!((f.speaker.as_deref(), &f.actor), (Some("John Healey"), &found[2].actor), "{found:?}");
        }
        // an office no one in the story holds stays as it is
        let found = run("Harbour secretary promises patrol boats\n\n\
                         The harbour secretary has promised three patrol boats.\n\n\
                         John Healey said the boats would sail by summer.\n");
        for f in &found[..2] {
            assert_ne!(f.speaker.as_deref(), Some("John Healey"), "{found:?}");
            assert_eq!(f.actor, None, "{found:?}");
        }
    }

    #[test]
    fn a_group_named_again_by_its_noun_is_the_group_named_before() {
        for again in [
            "The officials said the boats would sail next week.",
            "The officials, who asked not to be named, said the boats would sail next week.",
            "The two officials said the boats would sail next week.",
        ] {
            let text = format!("Ferry plan\n\nThe port will reopen, two Ukrainian officials told reporters. {again}\n");
            let found = run(&text);
            assert_eq!(found.len(), 2, "{again}: {found:?}");
            assert_eq!(found[1].speaker.as_deref(), Some("two Ukrainian officials"), "{again}: {found:?}");
            assert_eq!(found[1].actor, found[0].actor, "{again}: {found:?}");
        }
        // another noun is another group
        let found = run("Ferry plan\n\nThe port will reopen, two Ukrainian officials told reporters. \
                         The traders said the boats would sail next week.\n");
        assert_ne!(found[1].speaker.as_deref(), Some("two Ukrainian officials"), "{found:?}");
    }

    #[test]
    fn a_body_named_after_what_it_is_is_its_name() {
        for (text, speaker) in [
            ("Norway's state grid operator Nordlink said the cable was cut.", "Nordlink"),
            ("Ferry firm Baltline said the crossings were cancelled.", "Baltline"),
            ("The nonpartisan Harbour Budget Office said costs had doubled.", "Harbour Budget Office"),
            // a body named in full keeps every word, and "of" is no descriptor
            ("The Harbour Budget Office said costs had doubled.", "Harbour Budget Office"),
            ("The council of Nordvik said costs had doubled.", "council of Nordvik"),
        ] {
            let found = run(&format!("Port news\n\n{text}\n"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].speaker.as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn a_person_described_by_age_is_the_person_named_last() {
        let found = run(concat!(
            "Winter in the suburbs\n\n",
            "Marta Lindqvist has bought a stove and three sacks of coal.\n\n",
            "“The grid will not hold in January,” the 47-year-old analyst told reporters.\n\n",
            "The analyst said her street lost power twice last week.\n\n",
            "Olaf Berg, 70, a retired pilot, said the cold scared him. The 70-year-old added that he would stay.\n"
        ));
        let by = |words: &str| found.iter().find(|f| f.content.contains(words)).expect(words);
        assert_eq!(by("grid will not hold").speaker.as_deref(), Some("Marta Lindqvist"), "{found:?}");
        assert_eq!(by("lost power").speaker.as_deref(), Some("Marta Lindqvist"), "{found:?}");
        assert_eq!(by("would stay").speaker.as_deref(), Some("Olaf Berg"), "{found:?}");
        // no one named before: the description stays
        let found = run("Winter news\n\nThe 47-year-old analyst said the grid would fail.\n");
        assert_eq!(found[0].speaker.as_deref(), Some("47-year-old analyst"), "{found:?}");
    }

    #[test]
    fn a_word_of_praise_before_a_title_keeps_the_person_named_before() {
        let found = run(concat!(
            "Harbour talks\n\n",
            "Sergei Lavrov met the port authorities on Friday.\n\n",
            "The veteran minister said the quay would reopen in May.\n\n",
            "The longtime minister added that the fees would fall.\n"
        ));
        for words in ["quay would reopen", "fees would fall"] {
            let f = found.iter().find(|f| f.content.contains(words)).expect(words);
            assert_eq!(f.speaker.as_deref(), Some("Sergei Lavrov"), "{found:?}");
        }
        // a word that says which one is still read: a retired minister is
        // not the minister in office
        let found = run(concat!(
            "Harbour talks\n\n",
            "Sergei Lavrov met the port authorities on Friday.\n\n",
            "The retired minister said the quay would reopen in May.\n"
        ));
        let f = found.iter().find(|f| f.content.contains("quay")).expect("quay");
        assert_ne!(f.speaker.as_deref(), Some("Sergei Lavrov"), "{found:?}");
    }

    #[test]
    fn an_office_named_by_its_country_s_possessive_is_whom_he_stands_for() {
        // the office said nothing, then spoke; and the office spoke first
        for text in [
            "Port fees\n\nKremlin spokesman Dmitry Peskov said Moscow would answer.\n\n\
             Germany's chancellor backs the fee. At a fair in Bonn, he said the ports needed it.\n",
            "Port fees\n\nKremlin spokesman Dmitry Peskov said Moscow would answer.\n\n\
             Germany's chancellor said the fee was fair. At a fair in Bonn, he said the ports needed it.\n",
        ] {
            let found = run(text);
            let f = found.iter().find(|f| f.content.contains("ports needed")).expect("ports");
            assert_eq!(f.speaker.as_deref(), Some("Germany's chancellor"), "{found:?}");
            assert_ne!(f.actor.as_deref(), Some("kremlin"), "{found:?}");
        }
    }

    #[test]
    fn a_country_s_top_diplomat_is_the_foreign_minister_after() {
        for (country, side) in [("Russia", Some("russian-mfa")), ("Iran", None)] {
            let found = run(&format!(
                "Canal dues\n\n{country}'s top diplomat said the dues were unfair. \
                 The foreign minister added that ships would wait. “We are patient,” he said.\n"
            ));
            assert_eq!(found.len(), 3, "{found:?}");
            let first = found[0].speaker.clone();
            assert_eq!(first.as_deref(), Some(format!("{country}'s top diplomat").as_str()), "{found:?}");
            assert!(found.iter().all(|f| f.speaker == first && f.actor.as_deref() == side), "{found:?}");
        }
    }

    #[test]
    fn staff_described_after_a_possessive_or_in_a_delegation_speak_for_that_side() {
        let found = run(concat!(
            "Grid deal\n\n",
            "Putin's closest aide said the grid deal was close.\n\n",
            "Zelensky's new envoy said the deal needed a second look.\n\n",
            "A source in Putin's inner circle said the cables were bought.\n\n",
            "A source in the Ukrainian delegation said the map was redrawn.\n"
        ));
        let by = |words: &str| {
            found.iter().find(|f| f.content.contains(words)).unwrap_or_else(|| panic!("{words}: {found:?}"))
        };
        assert_eq!(by("was close").speaker.as_deref(), Some("Putin's closest aide"));
        assert_eq!(by("was close").actor.as_deref(), Some("kremlin"));
        assert_eq!(by("second look").speaker.as_deref(), Some("Zelensky's new envoy"));
        assert_eq!(by("second look").actor.as_deref(), Some("ukrainian-leadership"));
        assert_eq!(by("cables").actor.as_deref(), Some("kremlin"));
        assert_eq!(by("redrawn").actor.as_deref(), Some("ukrainian-leadership"));
    }

    #[test]
    fn one_senior_diplomat_after_officials_is_one_of_them() {
        for before in ["European officials said the timetable was fair.", "European officials were frustrated."] {
            let found =
                run(&format!("Ferry talks\n\n{before} One senior diplomat told reporters the crossings felt slow.\n"));
            let f = found.iter().find(|f| f.content.contains("crossings")).expect("crossings");
            assert_eq!(f.speaker.as_deref(), Some("One senior diplomat"), "{found:?}");
            assert_eq!(f.actor.as_deref(), Some("western-officials"), "{found:?}");
        }
        // with no group before, one diplomat has no side
        let found = run("Ferry talks\n\nOne senior diplomat told reporters the crossings felt slow.\n");
        assert_eq!(found[0].actor, None, "{found:?}");
    }

    #[test]
    fn the_diplomat_after_one_diplomat_is_that_diplomat_and_no_one_named_before() {
        for one in ["One EU diplomat", "Another European diplomat", "One senior diplomat"] {
            let found = run(&format!(
                "Harbour fees\n\nMaria Zakharova said the fees were \u{201c}a trap\u{201d}. \
                 {one} said the fees would stay. \u{201c}Nobody asked us,\u{201d} the diplomat said.\n"
            ));
            let f = found.iter().find(|f| f.content.contains("Nobody")).expect("quote");
            assert_eq!(f.speaker.as_deref(), Some(one), "{found:?}");
        }
        // "one" does not make a pronoun's person: "he" after "one
        // questioner asked him" is still the one named before
        let found = run(concat!(
            "Town hall\n\n",
            "Maria Zakharova answered questions in Kazan. One questioner raised the fees, ",
            "and she said the fees would fall.\n"
        ));
        let f = found.iter().find(|f| f.content.contains("would fall")).expect("fees");
        assert_eq!(f.speaker.as_deref(), Some("Maria Zakharova"), "{found:?}");
    }

    #[test]
    fn a_name_after_the_reporting_verb_does_not_take_the_next_he() {
        for after in [
            "after talks with his Belarusian counterpart Maxim Ryzhenkov",
            "at a joint news conference with Peter Szijjarto",
            "standing beside Olaf Petersen",
        ] {
            let found = run(&format!(
                "Grain corridor\n\n\u{201c}The corridor stays open,\u{201d} Lavrov said {after}.\n\n\
                 He also said the ships would be inspected.\n"
            ));
            let f = found.iter().find(|f| f.content.contains("inspected")).expect("ships");
            assert_eq!(f.speaker.as_deref(), Some("Sergei Lavrov"), "{after}: {found:?}");
        }
        // the speaker named after the verb is still the one "he" stands for
        let found = run(concat!(
            "Grain corridor\n\n",
            "\u{201c}The corridor stays open,\u{201d} said Olaf Petersen, a Danish shipping analyst.\n\n",
            "\u{201c}The insurers will follow,\u{201d} he added.\n"
        ));
        let f = found.iter().find(|f| f.content.contains("insurers")).expect("insurers");
        assert_eq!(f.speaker.as_deref(), Some("Olaf Petersen"), "{found:?}");
    }

    #[test]
    fn an_envoy_to_two_places_then_named_is_the_person_he_stands_for() {
        let found = run(concat!(
            "Ferry links\n\n",
            "The Ukrainian ambassador to Chile and Peru, Ivan Petrenko, welcomed the route as a lifeline. ",
            "He urged Lima to add a second ship.\n"
        ));
        let f = found.iter().find(|f| f.content.contains("second ship")).expect("ship");
        assert_eq!(f.speaker.as_deref(), Some("Ivan Petrenko"), "{found:?}");
    }

    #[test]
    fn a_foreign_office_named_bare_is_the_home_country_s() {
        // a story about Pakistan: its own Foreign Office, of no actor here
        let found = run(
            "Pakistan keeps its fleet home\n\nISLAMABAD: Pakistan will keep its fleet in port, the Foreign Office said on Friday. Pakistan has said so before, and Pakistan's fishermen agree.\n\nForeign Office spokesperson Imran Qadir said the decision was final.\n",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|f| f.actor.is_none()), "{found:?}");
        // in a story about Britain, or with its country named, it is London's
        for text in [
            "Britain widens its fleet ban\n\nLONDON - Britain will ban more tankers, the Foreign Office said. Britain has banned many, and Britain will go on.\n",
            "Pakistan keeps its fleet home\n\nISLAMABAD: Pakistan will keep its fleet in port, the British Foreign Office said. Pakistan has said so before, and Pakistan's fishermen agree.\n",
        ] {
            let found = run(text);
            assert_eq!(found[0].actor.as_deref(), Some("uk-government"), "{found:?}");
        }
    }

    #[test]
    fn an_office_named_bare_in_a_story_datelined_at_home_is_the_home_country_s() {
        let dated = "Poland shuts a rail crossing\n\nWARSAW (AFP) - Poland will shut the crossing on Monday, the interior ministry said. Poland has shut two before.\n";
        let found = run(dated);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].actor.as_deref(), Some("western-officials"), "{found:?}");
        // a dateline with no headline above it
        let found = run(&dated["Poland shuts a rail crossing\n\n".len()..]);
        assert_eq!(found[0].actor.as_deref(), Some("western-officials"), "{found:?}");
        // without it the story may only talk about the country
        let found = run(&dated.replace("WARSAW (AFP) - ", ""));
        assert_eq!(found[0].actor, None, "{found:?}");
        // nor is a group anyone's
        let found = run(&dated.replace("the interior ministry", "the officials"));
        assert_eq!(found[0].actor, None, "{found:?}");
    }

    #[test]
    fn an_office_of_the_country_is_the_office_of_the_country_named_last() {
        let found = run(concat!(
            "Ferry talks stall\n\nNorway wants the route back. Belgium held out for longer terms. ",
            "The country's finance minister, Pieter Claes, said the terms were too short.\n\n",
            "Russia stayed out of the talks. The nation's foreign ministry said the route was not its concern.\n"
        ));
        assert_eq!(said(&found, "Pieter Claes").1.as_deref(), Some("western-officials"), "{found:?}");
        assert_eq!(said(&found, "The nation's foreign ministry").1.as_deref(), Some("russian-mfa"), "{found:?}");
        // no country named before: none
        let found =
            run("Ferry talks stall\n\nThe country's finance minister, Pieter Claes, said the terms were too short.\n");
        assert_eq!(found[0].actor, None, "{found:?}");
    }

    #[test]
    fn a_headline_surname_is_the_story_s_person_of_that_spelling() {
        // "Nowak" transliterates the catalogue's Alexander Novak, but the
        // story names its own Nowak
        let found = run(
            "Poland to widen the canal, Nowak says\n\nWARSAW (Reuters) - Poland will widen the canal by 2028, Transport Minister Jan Nowak said on Friday.\n",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        for f in &found {
            assert_eq!(f.speaker.as_deref(), Some("Jan Nowak"), "{found:?}");
            assert_eq!(f.actor.as_deref(), Some("western-officials"), "{found:?}");
        }
        // the catalogue's own spelling stays the catalogue's person
        let found = run(
            "Novak says the canal will wait\n\nDeputy Prime Minister Alexander Novak said the canal would wait. Anna Novak, a local teacher, said the town needed it.\n",
        );
        assert_eq!(found[0].speaker.as_deref(), Some("Alexander Novak"), "{found:?}");
    }

    #[test]
    fn an_object_pronoun_and_a_capitalised_title_find_their_person() {
        let found = run(
            "Foreign Minister Andrii Sybiha met his Czech counterpart in Prague. According to him, the next round of talks would be held in Geneva. The Minister also welcomed the decision to send more shells.",
        );
        let by_content =
            |c: &str| found.iter().find(|f| f.content.starts_with(c)).unwrap_or_else(|| panic!("{c}: {found:?}"));
        assert_eq!(by_content("the next round").speaker.as_deref(), Some("Andrii Sybiha"));
        assert_eq!(by_content("the next round").actor.as_deref(), Some("ukrainian-mfa"));
        assert_eq!(by_content("the decision to send").speaker.as_deref(), Some("Andrii Sybiha"));
    }

    #[test]
    fn a_body_word_after_the_is_the_body_named_in_full_before() {
        let found = run(
            "The Joint Centre for Missing Persons said 40 names had been confirmed. The Centre said the lists would be shared with families.",
        );
        let speakers: Vec<_> = found.iter().map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Joint Centre for Missing Persons"), Some("Joint Centre for Missing Persons")]);
    }

    #[test]
    fn a_body_by_its_last_words_in_small_letters_is_the_body_named_before() {
        let found = run(
            "Ukraine's air force said 60 drones came in overnight. The air force said 52 of them were downed. Poland's air force said its jets stayed on the ground.\n\nThe air force said no drone had crossed the border.",
        );
        let said: Vec<_> = found.iter().map(|f| (f.speaker.as_deref(), f.actor.as_deref())).collect();
        let kyiv = (Some("Ukraine's air force"), Some("ukrainian-leadership"));
        assert_eq!(said[..2], [kyiv, kyiv], "{found:?}");
        // the body named last, and of its country's side
        assert_eq!(said[3], (Some("Poland's air force"), Some("western-officials")), "{found:?}");
        // a phrase the body named before does not end with stays its own
        let f = run("Ukraine's air force said the drones came in overnight. The navy said its ships stayed in port.");
        assert_eq!(f[1].speaker.as_deref(), Some("navy"), "{f:?}");
    }

    #[test]
    fn a_capitals_possessive_names_that_countrys_body() {
        let found = run(
            "Kyiv's foreign ministry said the convoy had left on time. Moscow's foreign ministry said the note was a provocation. Berlin's envoy said the fund was ready.",
        );
        let said = |source: &str| {
            let f = found.iter().find(|f| f.source.as_deref() == Some(source)).unwrap_or_else(|| panic!("{source}"));
            (f.speaker.clone(), f.actor.clone())
        };
        // the ministry, not the capital, speaks
        assert_eq!(
            said("Kyiv's foreign ministry"),
            (Some("Kyiv's foreign ministry".into()), Some("ukrainian-mfa".into()))
        );
        assert_eq!(said("Moscow's foreign ministry").1.as_deref(), Some("russian-mfa"));
        assert_eq!(said("Berlin's envoy").1.as_deref(), Some("german-government"));
    }

    #[test]
    fn the_seats_of_government_by_their_street_or_palace() {
        for (source, actor) in [
            ("A No 10 spokesperson", "uk-government"),
            ("Number 10", "uk-government"),
            ("The Elysée Palace", "french-government"),
            ("The Quai d'Orsay", "french-government"),
        ] {
            let found = run(&format!("{source} said the ferry deal would be signed in May."));
            assert_eq!(found.len(), 1, "{source}: {found:?}");
            assert_eq!(found[0].actor.as_deref(), Some(actor), "{source}");
        }
    }

    #[test]
    fn a_person_is_described_by_a_title_they_held_before() {
        // an article of the year David Lammy was foreign secretary calls him so
        let found = run(
            "Port talks\n\nDavid Lammy said the port would reopen.\n\n“The quay is safe,” the foreign secretary told MPs.",
        );
        let quay = found.iter().find(|f| f.content == "The quay is safe").expect("the quotation");
        assert_eq!(quay.speaker.as_deref(), Some("David Lammy"));
        // a title nobody mentioned held stays a description
        let found = run(
            "Port talks\n\nDavid Lammy said the port would reopen.\n\n“The quay is safe,” the defence secretary told MPs.",
        );
        let quay = found.iter().find(|f| f.content == "The quay is safe").expect("the quotation");
        assert_ne!(quay.speaker.as_deref(), Some("David Lammy"));
    }

    #[test]
    fn a_persons_spokesman_is_not_the_person() {
        let found = run("Putin's spokesman said no date was set. Sybiha's deputy said the visit would go ahead.");
        let said = |source: &str| {
            let f = found.iter().find(|f| f.source.as_deref() == Some(source)).unwrap_or_else(|| panic!("{source}"));
            (f.speaker.clone(), f.actor.clone())
        };
        // the staff of a catalogue person speak for the person's actor
        assert_eq!(said("Putin's spokesman"), (Some("Putin's spokesman".into()), Some("kremlin".into())));
        assert_eq!(said("Sybiha's deputy").0.as_deref(), Some("Sybiha's deputy"));
        assert_eq!(said("Sybiha's deputy").1.as_deref(), Some("ukrainian-mfa"));
    }

    #[test]
    fn whom_someone_supports_or_lives_in_is_not_who_they_are() {
        let found = run(concat!(
            "“The queues were long but calm,” said Kyiv resident Halyna Moroz. ",
            "“He is wrong about the grain deal,” said Putin critic Lev Orlov. ",
            "“I would march again tomorrow,” Trump supporter Dale Hicks said. ",
            "“The offer still stands,” said Zelensky aide Taras Hnat. ",
            "“We expect the vote on Friday,” said Kremlin spokesman Oleg Rudin."
        ));
        // a place, a leader or a cause before "resident", "critic",
        // "supporter" is not the speaker and gives no actor
        assert_eq!(said(&found, "Kyiv resident Halyna Moroz"), ("Halyna Moroz".into(), None));
        assert_eq!(said(&found, "Putin critic Lev Orlov"), ("Lev Orlov".into(), None));
        assert_eq!(said(&found, "Trump supporter Dale Hicks"), ("Dale Hicks".into(), None));
        // before an office, it is whom the speaker works for
        assert_eq!(
            said(&found, "Zelensky aide Taras Hnat"),
            ("Taras Hnat".into(), Some("ukrainian-leadership".into()))
        );
        assert_eq!(said(&found, "Kremlin spokesman Oleg Rudin"), ("Oleg Rudin".into(), Some("kremlin".into())));
    }

    #[test]
    fn a_critic_described_in_an_apposition_speaks_for_no_one_criticised() {
        let actor = |desc: &str| {
            let found = run(&format!("Grain deal\n\nLev Orlov, {desc}, said the grain deal was a trap.\n"));
            assert_eq!(found.len(), 1, "{desc}: {found:?}");
            found[0].actor.clone()
        };
        assert_eq!(actor("a longtime Putin critic"), None);
        assert_eq!(actor("a vocal critic of the Kremlin"), None);
        assert_eq!(actor("a Zelensky supporter"), None);
        // an office or staff in the apposition is whom the speaker serves
        assert_eq!(actor("a Kremlin spokesman").as_deref(), Some("kremlin"));
        assert_eq!(actor("a Zelensky adviser").as_deref(), Some("ukrainian-leadership"));
        assert_eq!(actor("an aide to Zelensky").as_deref(), Some("ukrainian-leadership"));
    }

    #[test]
    fn staff_named_by_whose_they_are_speak_for_them() {
        let found = run(concat!(
            "The Russian Foreign Ministry condemned the move. ",
            "Its spokeswoman, Anna Petrova, said the decision was hostile. ",
            "Maria Zakharova spoke first. Her deputy, Pavel Orlov, said talks were over. ",
            "The film festival opened on Friday. Its director, Lena Holm, said the tickets were gone."
        ));
        assert_eq!(said(&found, "Anna Petrova").1.as_deref(), Some("russian-mfa"));
        assert_eq!(said(&found, "Pavel Orlov").1.as_deref(), Some("russian-mfa"));
        // a body no actor speaks through gives none
        assert_eq!(said(&found, "Lena Holm").1, None);
    }

    #[test]
    fn a_name_then_a_body_word_is_the_body() {
        let found = run(concat!(
            "The Green Harbour party said the vote was rigged. ",
            "The Berger Policy Foundation said the plan would cost more."
        ));
        assert_eq!(said(&found, "The Green Harbour party").0, "Green Harbour party");
        assert_eq!(said(&found, "The Berger Policy Foundation").0, "Berger Policy Foundation");
    }

    #[test]
    fn it_finds_a_body_described_in_small_letters_the_sentence_before() {
        let found = run(concat!(
            "The ferry company published its timetable. ",
            "Russia's embassy in Tallinn dismissed the new rules. ",
            "“This is theft dressed up as law,” it said in a post on Telegram."
        ));
        assert_eq!(said(&found, "it"), ("Russia's embassy".into(), Some("russian-mfa".into())));
    }

    #[test]
    fn a_different_first_name_is_someone_else_with_that_surname() {
        let found = run(concat!(
            "“The cranes are back on the quay,” said Deputy Prime Minister Oleksii Kuleba. ",
            "Kuleba added that the dredging would end in May. ",
            "Hunter Biden said he had no plans to run for office. ",
            "“I have paid what I owed,” Biden told the court."
        ));
        // the catalogue's Dmytro Kuleba and Joe Biden are not them, nor is
        // their actor theirs
        assert_eq!(said(&found, "Deputy Prime Minister Oleksii Kuleba").0, "Oleksii Kuleba");
        assert_eq!(said(&found, "Deputy Prime Minister Oleksii Kuleba").1, None);
        assert_eq!(said(&found, "Hunter Biden"), ("Hunter Biden".into(), None));
        // the surname alone, later, is the person the story named in full
        assert_eq!(said(&found, "Kuleba"), ("Oleksii Kuleba".into(), None));
        assert_eq!(said(&found, "Biden"), ("Hunter Biden".into(), None));
    }

    #[test]
    fn a_first_name_that_is_also_a_month_is_someone_else_with_a_near_surname() {
        // "Jan" is a month's short form too; "Nowak" is spelled near the
        // catalogue's Novak
        let found = run("Jan Nowak said the port would stay open. Nowak added that the cranes were new.");
        assert_eq!(said(&found, "Jan Nowak"), ("Jan Nowak".into(), None));
        assert_eq!(said(&found, "Nowak"), ("Jan Nowak".into(), None));
        // nor with the catalogue's spelling of the surname
        let found = run("Jan Novak said the port would stay open.");
        assert_eq!(said(&found, "Jan Novak"), ("Jan Novak".into(), None));
        // the month stays a month
        let found = run("On Jan 5 Novak said the port would stay open.");
        assert_eq!(found[0].speaker.as_deref(), Some("Alexander Novak"), "{found:?}");
    }

    #[test]
    fn another_form_of_a_first_name_is_the_same_person() {
        let found = run(concat!(
            "Joseph Biden said the aid would continue. ",
            "Vladimir Zelensky said the talks had stalled. ",
            "Donald J. Trump said the deal was close. ",
            "Ivanka Trump said the plan was hers. Trump said he agreed with her."
        ));
        // a short form or the Russian form of the name, a middle initial
        assert_eq!(said(&found, "Joseph Biden"), ("Joe Biden".into(), Some("us-administration".into())));
        assert_eq!(
            said(&found, "Vladimir Zelensky"),
            ("Volodymyr Zelensky".into(), Some("ukrainian-leadership".into()))
        );
        assert_eq!(said(&found, "Donald J. Trump"), ("Donald Trump".into(), Some("us-administration".into())));
        // someone else of the surname, and the surname alone once the
        // catalogue's person was named too
        assert_eq!(said(&found, "Ivanka Trump"), ("Ivanka Trump".into(), None));
        assert_eq!(said(&found, "Trump"), ("Donald Trump".into(), Some("us-administration".into())));
    }

    #[test]
    fn a_word_of_a_longer_proper_name_is_no_first_name() {
        let found = run(concat!(
            "Trump has views on the alliance.\n\n",
            "In a meeting with the editors of the Kyiv Courier Trump said that the alliance cost too much."
        ));
        let f = found.iter().find(|f| f.content.contains("cost too much")).expect("found");
        assert_eq!(f.speaker.as_deref(), Some("Donald Trump"));
    }

    #[test]
    fn a_name_then_the_body_it_belongs_to() {
        let found = run(concat!(
            "The vote was close.\n\n",
            "“The bill came too late,” said Agnieszka Nowak of the Greens. ",
            "Ivan Petrenko of the Kyiv School of Economics said the cost would double."
        ));
        let speakers: Vec<&str> = found.iter().filter_map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, ["Agnieszka Nowak", "Ivan Petrenko"], "{found:?}");
        // a place in the body's name speaks for no one
        assert!(found.iter().all(|f| f.actor.is_none()), "{found:?}");
        // a body or a country the catalogue knows still gives the actor
        let found = run(concat!(
            "The vote was close.\n\n",
            "Oleg Sokolov of the Kremlin press service said the vote would wait. ",
            "Prime Minister Dick Schoof of the Netherlands said the vote would wait."
        ));
        let said: Vec<(Option<&str>, Option<&str>)> =
            found.iter().map(|f| (f.speaker.as_deref(), f.actor.as_deref())).collect();
        assert_eq!(
            said,
            [(Some("Oleg Sokolov"), Some("kremlin")), (Some("Dick Schoof"), Some("western-officials"))],
            "{found:?}"
        );
    }

    #[test]
    fn a_ministry_in_small_letters_is_the_minister_s_just_quoted() {
        let found = run(concat!(
            "Russian Foreign Minister Sergei Lavrov said the grain corridor was closed. ",
            "The foreign ministry said the decision was final."
        ));
        assert_eq!(said(&found, "The foreign ministry").1.as_deref(), Some("russian-mfa"));
    }

    #[test]
    fn a_ministry_in_small_letters_takes_the_minister_s_part_of_the_bloc() {
        // the minister is in no catalogue: his title gives the part
        let found = run(concat!(
            "German Defence Minister Ola Nordmann said the army needed more money. ",
            "The defence ministry said a new budget would follow in spring."
        ));
        assert_eq!(said(&found, "German Defence Minister Ola Nordmann").1.as_deref(), Some("german-government"));
        assert_eq!(said(&found, "The defence ministry").1.as_deref(), Some("german-government"));
    }

    #[test]
    fn an_opposition_figure_speaks_for_no_government() {
        let found = run(concat!(
            "Russian opposition leader Irina Volkova said the vote was a farce. ",
            "Hungarian opposition leader Gabor Kiss said the count was rigged. ",
            "Oleg Sorokin, an exiled Russian journalist, said the pressure would grow."
        ));
        assert_eq!(said(&found, "Russian opposition leader Irina Volkova").1, None);
        assert_eq!(said(&found, "Hungarian opposition leader Gabor Kiss").1, None);
        assert_eq!(said(&found, "Oleg Sorokin").1, None);
    }

    #[test]
    fn an_office_held_no_longer_gives_no_actor() {
        let found = run(concat!(
            "Former Latvian Foreign Minister Ilze Berzina said the ferry talks had failed. ",
            "Tarmo Kask, a former Estonian defence minister, said the ports were ready. ",
            "Latvian Foreign Minister Janis Ozols said the ferry talks would resume. ",
            "Berzina said later that she had been misquoted. ",
            "Retired Latvian Gen. Juris Kalns said the ports were ready. ",
            "Aivars Lejnieks, a retired Latvian general, said the ports were ready."
        ));
        assert_eq!(said(&found, "Retired Latvian Gen. Juris Kalns").1, None);
        assert_eq!(said(&found, "Aivars Lejnieks").1, None);
        assert_eq!(said(&found, "Former Latvian Foreign Minister Ilze Berzina").1, None);
        assert_eq!(said(&found, "Tarmo Kask").1, None);
        assert_eq!(said(&found, "Berzina").1, None);
        // the one in office does
        assert_eq!(said(&found, "Latvian Foreign Minister Janis Ozols").1.as_deref(), Some("western-officials"));
    }

    #[test]
    fn his_office_after_what_he_did_is_his() {
        let found = run(concat!(
            "President Volodymyr Zelensky signed the ferry law on Friday, his office said. ",
            "Sybiha met his Latvian counterpart in Riga, his spokesman said. ",
            "Most voters back the ferry law, his supporters believe."
        ));
        assert_eq!(said(&found, "his office").1.as_deref(), Some("ukrainian-leadership"));
        assert_eq!(said(&found, "his spokesman").1.as_deref(), Some("ukrainian-mfa"));
        // who only stand by someone do not speak for them
        assert_eq!(said(&found, "his supporters").1, None);
    }

    #[test]
    fn her_staff_serve_the_woman_named_before_a_body_and_her_part_of_the_bloc() {
        // "the European Union" comes after Kallas in the text read, yet
        // "her" stands for Kallas, and her spokesperson speaks for the EU
        let found = run(concat!(
            "Tariff talks\n\n",
            "The European Union will answer any new tariff, Kaja Kallas said in Brussels. ",
            "Her spokesperson, Ola Nordmann, said a list of measures was ready.\n"
        ));
        assert_eq!(said(&found, "Ola Nordmann"), ("Ola Nordmann".into(), Some("eu".into())));
    }

    #[test]
    fn a_spokesperson_alone_speaks_for_the_body_the_sentence_before_opens_with() {
        let found = run(concat!(
            "Aid talks\n\n",
            "The European Commission would not comment on the vote. ",
            "A spokesperson said only that the talks on the fund went on.\n\n",
            "Storms shut the port of Gdansk on Friday. A spokesman said the ferries would wait.\n"
        ));
        assert_eq!(said(&found, "A spokesperson"), ("spokesperson".into(), Some("eu".into())));
        // a sentence opening with no body the catalogue knows gives none
        assert_eq!(said(&found, "A spokesman").1, None);
    }

    #[test]
    fn a_description_opening_a_sentence_is_whom_he_stands_for_next() {
        // "the diplomat" opens a sentence that reports nothing: "he" after
        // it is the diplomat, not the spokesman quoted last
        let found = run(concat!(
            "Grain talks\n\n",
            "Russian Foreign Minister Sergei Lavrov said the corridor would stay shut. ",
            "Kremlin spokesman Dmitry Peskov said Putin had no plans to travel. ",
            "The diplomat also spoke about the grain deal. He noted that the port fees were unfair.\n"
        ));
        let he = found.iter().find(|f| f.source.as_deref() == Some("He")).expect("a statement by he");
        assert_eq!(he.speaker.as_deref(), Some("Sergei Lavrov"), "{found:?}");
    }

    #[test]
    fn an_office_of_a_known_side_is_whom_he_stands_for_next() {
        // the president is named by office alone: "he" after it is the
        // president, not the spokesman quoted before
        let found = run(concat!(
            "Grain talks\n\n",
            "“The corridor stays shut,” Kremlin spokesman Dmitry Peskov said on Monday.\n\n",
            "The Ukrainian president said in an evening address that the ships would sail. ",
            "“Nobody can stop the grain,” he said.\n"
        ));
        let he = found.iter().find(|f| f.content.contains("Nobody")).expect("a statement by he");
        assert_eq!(he.speaker.as_deref(), Some("Ukrainian president"), "{found:?}");
        assert_eq!(he.actor.as_deref(), Some("ukrainian-leadership"), "{found:?}");
        // an office of no known side may be whoever was named before it:
        // "he" stays with the person named
        let found = run(concat!(
            "Museum opens\n\n",
            "Mr. Lindqvist said the doors would open at noon. ",
            "It was, the director said, a long wait. ",
            "“Come early,” he said.\n"
        ));
        let he = found.iter().find(|f| f.content.contains("Come early")).expect("a statement by he");
        assert_eq!(he.speaker.as_deref(), Some("Lindqvist"), "{found:?}");
    }

    #[test]
    fn part_of_a_group_named_by_its_noun_speaks_for_it() {
        for (later, speaker) in [
            ("The fund could be split in two, one of the diplomats said.", "one of the diplomats"),
            // the same two, named again by their noun
            ("The two diplomats said the fund could be split in two.", "Two EU diplomats"),
            ("The fund could be split in two, the other diplomat said.", "other diplomat"),
        ] {
            let found =
                run(&format!("Budget talks\n\nTwo EU diplomats said they hoped for a deal by June.\n\n{later}\n"));
            let f = found
                .iter()
                .find(|f| f.content.contains("split in two"))
                .unwrap_or_else(|| panic!("{later}: {found:?}"));
            assert_eq!(f.speaker.as_deref(), Some(speaker), "{later}");
            // the group's whole bloc: the part ("eu") is read from the
            // words of the speaker, which name no side here; the group
            // itself speaks as it did first
            let first = found.iter().find(|f| f.content.contains("deal by June")).map(|f| f.actor.as_deref());
            let actor = if speaker == "Two EU diplomats" { first.flatten() } else { Some("western-officials") };
            assert_eq!(f.actor.as_deref(), actor, "{later}");
        }
        // no group of that noun quoted before: no actor
        let found = run(
            "Budget talks\n\nTwo EU diplomats said they hoped for a deal.\n\nThe fund could be split, one of the farmers said.\n",
        );
        let f = found.iter().find(|f| f.content.contains("fund")).expect("the farmer");
        assert_eq!(f.actor, None, "{found:?}");
        // the group of the noun quoted last is the one meant, though it
        // has no side: not a group of officials with one quoted before it
        let found = run(
            "Budget talks\n\nRussian officials said the fund was a trick.\n\nDiplomats said the fund would be debated in May.\n\nThe fund could be split in two, two diplomats said.\n",
        );
        let f = found.iter().find(|f| f.content.contains("split in two")).expect("the two diplomats");
        assert_eq!(f.actor, None, "{found:?}");
    }

    #[test]
    fn one_of_a_group_speaks_for_the_group() {
        let found = run(concat!(
            "Budget talks\n\n",
            "EU diplomats said they hoped for a deal by June. ",
            "One said the fund could be split in two. ",
            "Another, who asked not to be named, said the vote would slip.\n"
        ));
        assert_eq!(found.len(), 3, "{found:?}");
        for f in &found[1..] {
            assert_eq!(f.speaker.as_deref(), Some("EU diplomats"), "{found:?}");
            assert_eq!(f.actor.as_deref(), Some("eu"), "{found:?}");
        }
        assert_eq!(found[1].content, "the fund could be split in two");
        assert_eq!(found[2].content, "the vote would slip");
    }

    #[test]
    fn another_after_one_of_a_kind_is_one_more_of_that_kind() {
        let found = run(concat!(
            "Budget talks\n\n",
            "EU ministers met on Friday.\n\n",
            "One EU diplomat said the fund could be split in two. Another said the vote would slip.\n\n",
            "A senior Ukrainian official said Kyiv hoped for a deal. Another official said the hope was thin.\n"
        ));
        let by = |words: &str| found.iter().find(|f| f.content.contains(words)).expect(words);
        let another = by("vote would slip");
        assert_eq!(another.speaker.as_deref(), Some("Another EU diplomat"), "{found:?}");
        assert_eq!(another.actor.as_deref(), Some("eu"), "{found:?}");
        let official = by("hope was thin");
        assert_eq!(official.speaker.as_deref(), Some("Another official"), "{found:?}");
        assert_eq!(official.actor.as_deref(), Some("ukrainian-leadership"), "{found:?}");
        // "another" of no kind the story just quoted is no one's
        let found = run("Budget talks\n\nLindqvist said the fund was large. Another official said it was small.\n");
        let f = found.iter().find(|f| f.content.contains("small")).expect("a statement");
        assert_eq!(f.actor, None, "{found:?}");
    }

    #[test]
    fn one_of_them_is_one_of_the_group_before() {
        let found = run(concat!(
            "Budget talks\n\n",
            "EU diplomats said they hoped for a deal by June. ",
            "“The fund could be split in two,” one of them said. ",
            "Two of them said the vote would slip.\n\n",
            "Nurses said the ward was short of staff. ",
            "One of them said the night shifts were the worst.\n"
        ));
        assert_eq!(found.len(), 5, "{found:?}");
        for f in &found[1..3] {
            assert_eq!(f.speaker.as_deref(), Some("EU diplomats"), "{found:?}");
            assert_eq!(f.actor.as_deref(), Some("eu"), "{found:?}");
        }
        assert_eq!(found[1].content, "The fund could be split in two");
        // a group named by its noun alone, capitalised at the sentence's start
        assert_eq!(found[4].speaker.as_deref(), Some("Nurses"), "{found:?}");
        assert_eq!(found[4].content, "the night shifts were the worst");
    }

    #[test]
    fn a_name_set_off_after_a_title_and_a_place_is_whom_he_stands_for() {
        // the sentence reports nothing, yet "he" after it is the envoy,
        // not the source quoted before
        let found = run(concat!(
            "Port deal\n\n",
            "A port source told reporters that the first ships had left. ",
            "Norway's envoy to Chile, Ola Nordmann, welcomed the deal. ",
            "He said: “Every ship counts.”\n"
        ));
        let he = found.iter().find(|f| f.source.as_deref() == Some("He")).expect("a statement by he");
        assert_eq!(he.speaker.as_deref(), Some("Ola Nordmann"), "{found:?}");
    }

    #[test]
    fn the_head_of_government_is_the_prime_minister_named_before() {
        let found = run(concat!(
            "Energy aid\n\n",
            "Norwegian Prime Minister Ola Nordmann said the grid would hold this winter. ",
            "According to the head of government, the repairs would cost 40 million euros.\n"
        ));
        assert_eq!(said(&found, "the head of government").0, "Ola Nordmann", "{found:?}");
    }

    #[test]
    fn a_name_before_a_word_for_staff_is_whom_they_serve() {
        let found = run(concat!(
            "A Zelensky adviser said the ferry talks would resume. ",
            "Putin aides said the summit was off."
        ));
        assert_eq!(
            said(&found, "A Zelensky adviser"),
            ("Zelensky adviser".into(), Some("ukrainian-leadership".into()))
        );
        assert_eq!(said(&found, "Putin aides"), ("Putin aides".into(), Some("kremlin".into())));
    }

    #[test]
    fn staff_named_by_whom_they_serve_are_not_that_person() {
        let found = run(concat!(
            "A spokeswoman for President Volodymyr Zelensky said the letter had arrived. ",
            "An adviser to Kaja Kallas said the text was final. ",
            "Ukraine's envoy to the UN Serhiy Kyslytsya said the vote was close. ",
            "A spokeswoman for NATO Secretary General Mark Rutte said the meeting was over."
        ));
        // the staff speak for the side of whom they serve
        let (speaker, actor) = said(&found, "A spokeswoman for President Volodymyr Zelensky");
        assert!(speaker.starts_with("spokeswoman for"), "{speaker}");
        assert_eq!(actor.as_deref(), Some("ukrainian-leadership"));
        assert_eq!(said(&found, "An adviser to Kaja Kallas"), ("adviser to Kaja Kallas".into(), Some("eu".into())));
        // a body's letters after "to" are no one served
        assert_eq!(said(&found, "Ukraine's envoy to the UN Serhiy Kyslytsya").0, "Serhiy Kyslytsya");
        // but before the titles of whom the staff serve, part of them
        let (speaker, actor) = said(&found, "A spokeswoman for NATO Secretary General Mark Rutte");
        assert_eq!(speaker, "spokeswoman for NATO Secretary General Mark Rutte");
        assert_eq!(actor.as_deref(), Some("nato"));
    }

    #[test]
    fn a_body_named_by_its_city_speaks_for_that_country() {
        let found = run(
            "The interior ministry in Moscow said the border posts were closed. Officials in Kyiv said the crossings stayed open. Polish officials in Kyiv said the queue was long.",
        );
        let actor = |source: &str| {
            found
                .iter()
                .find(|f| f.source.as_deref() == Some(source))
                .unwrap_or_else(|| panic!("{source}"))
                .actor
                .clone()
        };
        assert_eq!(actor("The interior ministry in Moscow").as_deref(), Some("russia"));
        assert_eq!(actor("Officials in Kyiv").as_deref(), Some("ukrainian-leadership"));
        // a head that names its own country keeps it
        assert_eq!(actor("Polish officials in Kyiv").as_deref(), Some("western-officials"));
        // the city may open the sentence, and another city makes other
        // officials
        let found = run(
            "In Kyiv, officials said the crossings stayed open. In Moscow, officials said the posts were closed. Officials said the queue was long.",
        );
        let actors: Vec<_> = found.iter().map(|f| f.actor.as_deref()).collect();
        assert_eq!(actors, [Some("ukrainian-leadership"), Some("russia"), Some("russia")], "{found:?}");
    }

    #[test]
    fn a_capitalised_word_before_a_plural_role_names_no_one() {
        // at the start of a sentence "Harbour" has a capital, but
        // "Harbour workers" are a group, not a person named Harbour
        let found = run(
            "Harbour workers said they would not return until pay rose. Farm lawyers said the border should close. Ilse Varg said the strike was over. He said pay had risen.",
        );
        let speakers: Vec<&str> = found.iter().filter_map(|f| f.speaker.as_deref()).collect();
        assert_eq!(speakers, ["Harbour workers", "Farm lawyers", "Ilse Varg", "Ilse Varg"]);
        // a name with a single role after it is still the person named
        assert_eq!(one("Varg herself said the strike was over.").speaker.as_deref(), Some("Varg"));
    }

    #[test]
    fn where_someone_comes_from_says_whom_they_speak_for() {
        let found = run(
            "Diplomats from Finland said the ferry checks would go on. A senior official from a Baltic country said the tankers were old. Officials in Finland said the harbour was calm. A Nordic diplomat said the fleet was growing.",
        );
        let said = |source: &str| {
            let f = found.iter().find(|f| f.source.as_deref() == Some(source)).unwrap_or_else(|| panic!("{source}"));
            (f.speaker.clone().unwrap_or_default(), f.actor.clone())
        };
        // "from" a country: its own name counts, as its capital does
        assert_eq!(said("Diplomats from Finland").1.as_deref(), Some("western-officials"));
        // "from a Baltic country": the region's adjective
        assert_eq!(said("A senior official from a Baltic country").1.as_deref(), Some("western-officials"));
        // "in" a country says where they are, not whose they are
        assert_eq!(said("Officials in Finland").1, None);
        // a region's adjective is a nationality, not a name
        assert_eq!(said("A Nordic diplomat"), ("Nordic diplomat".to_string(), Some("western-officials".to_string())));
    }

    #[test]
    fn she_skips_a_man_and_they_find_a_group() {
        let text = "Kaja Kallas spoke with Andrii Sybiha by phone. She said the next package was almost ready. EU ministers said in a joint note that the fund would be doubled. They said the money would arrive in spring.";
        let found = run(text);
        let she = found.iter().find(|f| f.source.as_deref() == Some("She")).expect("she");
        assert_eq!(she.speaker.as_deref(), Some("Kaja Kallas"));
        let they = found.iter().find(|f| f.source.as_deref() == Some("They")).expect("they");
        assert_eq!(they.speaker.as_deref(), Some("EU ministers"));
        assert_eq!(they.actor.as_deref(), Some("eu"), "the EU, a part of Western officials");
    }

    #[test]
    fn the_spokesman_and_the_ministry_find_their_antecedents() {
        let text = "Kremlin spokesman Dmitri Peskov told reporters the schedule was unchanged. The spokesman insisted that no summit had been cancelled.\n\nMaria Zakharova, the Russian Foreign Ministry spokeswoman, mocked the proposal. “It will not survive the winter,” the ministry said in a statement.";
        let found = run(text);
        let spokesman = found.iter().find(|f| f.source.as_deref() == Some("The spokesman")).expect("spokesman");
        assert_eq!(spokesman.speaker.as_deref(), Some("Dmitry Peskov"));
        let ministry = found.iter().find(|f| f.source.as_deref() == Some("the ministry")).expect("ministry");
        assert_eq!(ministry.actor.as_deref(), Some("russian-mfa"));
    }

    #[test]
    fn the_ministry_after_its_minister_is_his() {
        let ministry = |text: &str| {
            let found = run(text);
            let f = found.iter().find(|f| f.source.as_deref() == Some("The ministry")).expect("ministry");
            f.actor.clone()
        };
        // the minister named last, not the ministry named before him
        let text = "Russia's Defence Ministry said its units had crossed the river.\n\nUkraine's Foreign Minister Andrii Sybiha said the claim was invented. The ministry said in a note that it had asked its partners for more help.";
        assert_eq!(ministry(text).as_deref(), Some("ukrainian-mfa"));
        // a minister named in passing two paragraphs before is not whom
        // "the ministry" means
        let text = "The Ukrainian Foreign Ministry said the talks had stalled.\n\nRussian Foreign Minister Sergei Lavrov, on a visit to Ankara, was at the same dinner.\n\nThe grain ships were late again this year.\n\nThe ministry later said that its envoy would go back.";
        assert_eq!(ministry(text).as_deref(), Some("ukrainian-mfa"));
        // a prime minister heads no ministry
        let text = "Prime Minister Yulia Svyrydenko said the budget was ready. The ministry said the figures would be published on Friday.";
        assert_eq!(ministry(text), None);
    }

    #[test]
    fn a_surname_finds_the_full_name_said_before() {
        let found = run(
            "Oksana Hrytsenko, a grain trader, said prices had doubled. Hrytsenko said the ports were the problem.",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].speaker.as_deref(), Some("Oksana Hrytsenko"));
    }

    #[test]
    fn an_envoy_named_after_the_post_is_the_he_that_follows() {
        let found = run(
            "Norway's ambassador to Chile, Ola Nordmann, said the visit was overdue. He urged Santiago to reopen the consulate.",
        );
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| f.speaker.as_deref() == Some("Ola Nordmann")), "{found:?}");
    }

    #[test]
    fn an_irish_title_is_not_part_of_the_name() {
        let found = run("Aoife Byrne said the budget was fair. Taoiseach Aoife Byrne said the vote would be close.");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| f.speaker.as_deref() == Some("Aoife Byrne")), "{found:?}");
        assert!(found.iter().all(|f| f.actor.as_deref() == Some("western-officials")), "{found:?}");
    }

    #[test]
    fn an_office_without_a_country_belongs_to_the_country_the_story_is_about() {
        let story = |lead: &str, body: &str| {
            let text = format!("Border sensors funded\n\n{lead}\n\n{body}");
            run(&text)
        };
        let body = "Interior Minister Aino Virta said the sensors would be installed by spring. She added that the data would be shared with neighbours.";
        let found = story(
            "Finland will spend more on its eastern border, and Finnish towns will get new posts in a plan Finland drew up in May.",
            body,
        );
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| f.actor.as_deref() == Some("western-officials")), "{found:?}");
        // a story naming two countries alike, or only the war's sides, has no home
        for lead in [
            "Finland and Sweden will spend more on their borders. Finland and Sweden say the cost is fair.",
            "Russia and Ukraine traded blame again, and Russia says Ukraine broke the pause.",
        ] {
            // (the lead's own "Russia says …" is Russia's, and not asked about)
            let found: Vec<_> =
                story(lead, body).into_iter().filter(|f| f.speaker.as_deref() == Some("Aino Virta")).collect();
            assert_eq!(found.len(), 2, "{lead}: {found:?}");
            assert!(found.iter().all(|f| f.actor.is_none()), "{lead}: {found:?}");
        }
        // the office of a body is not the country's
        let found = story(
            "Finland will spend more on its eastern border, and Finnish towns will get new posts in a plan Finland drew up in May.",
            "IAEA Director General Aino Virta said the sensors were sound.",
        );
        assert_eq!(found[0].actor, None, "{found:?}");
    }

    #[test]
    fn two_actors_joined_speak_for_neither() {
        let f = one("Washington and Moscow said the ferry line would reopen in June.");
        assert_eq!(f.speaker.as_deref(), Some("Washington and Moscow"));
        assert_eq!(f.actor, None);
        // two of one actor stay that actor's
        let f = one("Lavrov and Zakharova said the embassy would stay open.");
        assert_eq!(f.actor.as_deref(), Some("russian-mfa"));
        // and both are the speaker, each with the title before the name
        let f = one(
            "German Chancellor Friedrich Merz and French President Emmanuel Macron said the loan would be paid in May.",
        );
        assert_eq!(f.speaker.as_deref(), Some("Friedrich Merz and Emmanuel Macron"));
        assert_eq!(f.actor.as_deref(), Some("western-officials"));
        // people the catalogue does not know, placed by their offices
        let f = one("Latvian President Ilze Berzina and Estonian Prime Minister Tarmo Kask said the ferry would run.");
        assert_eq!(f.speaker.as_deref(), Some("Ilze Berzina and Tarmo Kask"));
        assert_eq!(f.actor.as_deref(), Some("western-officials"));
        let f = one("Latvian President Ilze Berzina and Russian President Vladimir Putin said the ferry would run.");
        assert_eq!(f.actor, None, "{f:?}");
        // a side of a country no actor speaks for is still someone else's
        let f = one("Russian President Vladimir Putin and Chinese President Xi Jinping said the ferry would run.");
        assert_eq!(f.speaker.as_deref(), Some("Russian President Vladimir Putin and Chinese President Xi Jinping"));
        assert_eq!(f.actor, None, "{f:?}");
        let f = one("Indian Prime Minister Ravi Menon and Russian President Vladimir Putin said the ferry would run.");
        assert_eq!(f.actor, None, "{f:?}");
        // a known leader beside a name the catalogue does not know
        let f = one("Putin and Okonkwo said the ferry would run.");
        assert_eq!(f.actor, None, "{f:?}");
        // officials of two countries of two actors
        let f = one("The transport ministers of Latvia and Ukraine said the ferry would run.");
        assert_eq!(f.actor, None, "{f:?}");
        let f = one("The transport ministers of Latvia and Estonia said the ferry would run.");
        assert_eq!(f.actor.as_deref(), Some("western-officials"), "{f:?}");
        // two countries or capitals of one actor, named alone
        for pair in ["Latvia and Estonia", "Riga and Tallinn"] {
            let f = one(&format!("{pair} said the ferry would run."));
            assert_eq!(f.speaker.as_deref(), Some(pair), "{f:?}");
            assert_eq!(f.actor.as_deref(), Some("western-officials"), "{f:?}");
        }
        let f = one("Latvia and Ukraine said the ferry would run.");
        assert_eq!(f.actor, None, "{f:?}");
        // the second side may open with "the"
        for pair in ["Latvia and the Netherlands", "Poland and the Baltic states"] {
            let f = one(&format!("{pair} said the ferry would run."));
            assert_eq!(f.speaker.as_deref(), Some(pair), "{f:?}");
            assert_eq!(f.actor.as_deref(), Some("western-officials"), "{f:?}");
        }
        let f = one("Riga and the Kremlin said the ferry would run.");
        assert_eq!(f.speaker.as_deref(), Some("Riga and the Kremlin"), "{f:?}");
        assert_eq!(f.actor, None, "{f:?}");
        // officials of one country, many of them
        for (group, actor) in [
            ("US senators", "us-administration"),
            ("Polish mayors", "western-officials"),
            ("French generals", "french-government"),
        ] {
            let f = one(&format!("{group} said the ferry would run."));
            assert_eq!(f.actor.as_deref(), Some(actor), "{group}: {f:?}");
        }
        // a list of countries after "of" is one subject
        let f = one("The transport ministers of Latvia, Estonia and Lithuania said the ferry would run.");
        assert_eq!(f.speaker.as_deref(), Some("transport ministers of Latvia, Estonia and Lithuania"));
        assert_eq!(f.actor.as_deref(), Some("western-officials"), "{f:?}");
        // but a clause ending in a country before the speakers is no list
        let f = one("The ferry would run a second route to Russia, Kyiv and Washington said on Tuesday.");
        assert_eq!(f.speaker.as_deref(), Some("Kyiv and Washington"), "{f:?}");
    }

    #[test]
    fn cities_and_bodies_speak_for_their_governments() {
        let f = one("Moscow maintains that the corridor must be inspected by its own officers.");
        assert_eq!(f.actor.as_deref(), Some("russia"));
        let f = one("Kiev has long accused Moscow of shelling the plant.");
        assert_eq!(f.speaker.as_deref(), Some("Kyiv"));
        assert_eq!(f.actor.as_deref(), Some("ukrainian-leadership"));
        let f = one("Western officials have said that the aid will continue into next year.");
        assert_eq!(f.actor.as_deref(), Some("western-officials"));
    }

    #[test]
    fn anonymous_officials_and_unknown_experts() {
        let f = one("A senior US official, who asked not to be named, said Washington expected an answer within days.");
        assert_eq!(f.actor.as_deref(), Some("us-administration"));
        let f = one("Li Wenhao, an economist at Peking University, told the paper that the truce could hold.");
        assert_eq!(f.speaker.as_deref(), Some("Li Wenhao"));
        assert_eq!(f.actor, None);
    }

    #[test]
    fn a_body_named_without_its_country_belongs_with_its_minister() {
        let text = "Foreign Minister Andrii Sybiha met his Polish counterpart in Kyiv. The Foreign Ministry said the talks had covered border crossings.";
        let found = run(text);
        let f = found.iter().find(|f| f.source.as_deref() == Some("The Foreign Ministry")).expect("ministry");
        assert_eq!(f.actor.as_deref(), Some("ukrainian-mfa"));
    }

    #[test]
    fn a_catalogue_body_named_in_full_is_found_again_by_its_head_word() {
        // the catalogue's name of the body is the speaker, and the words it
        // was written with stay with it for a shorter mention later
        let found = run(
            "According to the Coordination Headquarters for Prisoners of War, the lists were agreed after long talks.\n\nThe headquarters said in a statement that the next exchange would follow soon.",
        );
        let speakers: Vec<_> = found.iter().map(|f| f.speaker.as_deref()).collect();
        let name = Some("Coordination Headquarters for Prisoners of War");
        assert_eq!(speakers, [name, name], "{found:?}");
        assert!(found.iter().all(|f| f.actor.as_deref() == Some("ukrainian-leadership")));
    }

    #[test]
    fn a_local_office_after_an_opening_place_is_that_places() {
        let found = run(
            "In Kursk, the regional governor, Ivan Petrov, said a drone had hit a substation. In Kharkiv, the mayor, Oleh Bondar, said two districts lost power. The governor, Anna Lind, said schools would stay shut.",
        );
        let actors: Vec<_> = found.iter().map(|f| (f.speaker.as_deref(), f.actor.as_deref())).collect();
        assert_eq!(
            actors,
            [
                (Some("Ivan Petrov"), Some("russia")),
                (Some("Oleh Bondar"), Some("ukrainian-leadership")),
                // no place: no actor
                (Some("Anna Lind"), None),
            ]
        );
    }
}
