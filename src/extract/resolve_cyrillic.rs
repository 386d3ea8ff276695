//! Who a mention in a Russian or Ukrainian sentence refers to, and which
//! actor that is: the counterpart of [`super::resolve`] for Cyrillic.
//!
//! A name in any case finds the catalogue person (Пескова → Dmitry
//! Peskov) through [`crate::cyrillic`]; a name outside the catalogue is
//! kept as one entity through its cases and written in Latin letters, as
//! English-language news would; a title alone finds its holder in the
//! catalogue ("речник МЗС" in a Ukrainian story is the Ukrainian Foreign
//! Ministry's spokesman, "глава МИД США" nobody in particular); a role
//! word alone ("по словам пресс-секретаря", "как отметил российский
//! дипломат") and a pronoun (он, она, він, вона) find the latest
//! compatible entity; institutions ("в МИД России", "у Кремлі") are
//! matched to the catalogue's Cyrillic aliases, with the story's own
//! country added when none is named ("в МИД" in a Russian story).

use super::lexicon::Class;
use super::lexicon::slavic::{self, SlavicLexicon, fold};
use super::mentions::{Mention, Range, Words};
use super::resolve::{ActorFrom, NamedAs, Recent, Resolved};
use crate::catalogue::{Catalogue, Gender, Strength};
use crate::cyrillic::{self, keys_of, match_cyrillic};
use std::rc::Rc;

#[derive(Debug, Clone)]
struct Entity {
    name: String,
    /// Case keys of the surname (people outside the catalogue).
    keys: Vec<String>,
    person: bool,
    plural: bool,
    gender: Option<Gender>,
    /// English roles: from the catalogue title and the role words seen.
    roles: Vec<String>,
    actor: Option<usize>,
    /// A catalogue person: the name is the catalogue's.
    catalogue: bool,
}

pub struct CyrillicResolver<'a> {
    w: &'a Words<'a>,
    catalogue: &'a Catalogue,
    entities: Vec<Entity>,
    recent: Recent,
}

impl<'a> CyrillicResolver<'a> {
    pub fn new(w: &'a Words<'a>, catalogue: &'a Catalogue) -> Self {
        CyrillicResolver { w, catalogue, entities: Vec::new(), recent: Recent::default() }
    }

    fn touch(&mut self, e: usize) -> Resolved {
        self.recent.touch(e);
        let ent = &self.entities[e];
        // the Cyrillic resolver does not yet tell a pronoun from a name:
        // every person counts as named, for the statement's confidence
        let named_as = if ent.person { NamedAs::Name } else { NamedAs::Body };
        let actor_from = match ent.actor {
            None => ActorFrom::Nothing,
            Some(_) if ent.catalogue => ActorFrom::Catalogue(Strength::Person),
            Some(_) => ActorFrom::Catalogue(Strength::Alias),
        };
        Resolved { speaker: Some(ent.name.clone()), actor: ent.actor, entity: Some(e), named_as, actor_from }
    }

    /// "Київ і Вашингтон заявили", "Путин и Трамп договорились": speakers
    /// of two actors joined make one joint statement, which speaks for
    /// neither (as in English copy); each side must be named outright, a
    /// person or a body the catalogue knows, or a country or capital.
    fn joint(&self, (a, b): Range, lang: &str) -> Option<Resolved> {
        let k = (a + 1..b.saturating_sub(1))
            .find(|&k| super::rules::ru_uk::AND.iter().any(|c| self.w.is(k, c)) && self.w.t(k).quote == 0)?;
        // a country or capital alone counts too, with the catalogue's
        // actor or none ("Москва и Пекин": Russia and no actor)
        let lex = slavic::of(lang);
        let side = |r: Range| -> Option<(Option<usize>, Option<&crate::catalogue::Speaker>)> {
            let words = self.words(r);
            let place = words.len() == 1
                && words[0].chars().next().is_some_and(char::is_uppercase)
                && (lex.get(words[0]).class.contains(Class::NATION) || keyed_place(words[0], lex));
            match match_cyrillic(self.catalogue, &words, lang) {
                Some(cm) if cm.m.strength >= Strength::Alias || place => {
                    Some((Some(cm.m.actor), self.catalogue.person(&cm.m)))
                }
                _ => place.then_some((None, None)),
            }
        };
        let ((left, p), (right, q)) = (side((a, k))?, side((k + 1, b))?);
        if left == right {
            // "Песков и Ушаков заявили": two people of one actor are both
            // the speaker, as in English copy
            return super::resolve::people_together(p, q, left?);
        }
        Some(Resolved {
            speaker: Some(display(self.w.range_text((a, b)))),
            actor: None,
            entity: None,
            named_as: NamedAs::Body,
            actor_from: ActorFrom::Nothing,
        })
    }

    fn words(&self, r: Range) -> Vec<&'a str> {
        (r.0..r.1).filter(|&k| self.w.t(k).is_wordlike()).map(|k| self.w.s(k)).collect()
    }

    /// Whether `word` is the surname of a catalogue person, alone and in
    /// the nominative ("Лавров", "Захарова", "Сибіга"; not "Лаврова" or
    /// "Захарову"): read as the same sound key as the catalogue's spelling.
    pub fn nominative_person(&self, word: &str, lang: &str) -> bool {
        let Some(cm) = match_cyrillic(self.catalogue, &[word], lang) else { return false };
        if cm.m.strength != Strength::Person {
            return false;
        }
        let Some(surname) = self.catalogue.person(&cm.m).and_then(|p| p.name.split_whitespace().last()) else {
            return false;
        };
        cyrillic::latin_key(&cyrillic::transliterate(word, lang)) == cyrillic::latin_key(surname)
    }

    /// A sentence subject seen in passing, remembered for pronouns.
    pub fn subject(&mut self, m: &Mention, lang: &str) {
        let _ = self.mention(m, lang);
    }

    /// The actor an entity has by the end of the article (a description
    /// later in the story may have told it).
    pub fn final_actor(&self, e: usize) -> Option<usize> {
        self.entities.get(e).and_then(|x| x.actor)
    }

    /// A surname alone seen before the full name ("Новак: …" in a
    /// headline, "Вице-премьер Александр Новак" in the lead): the person
    /// the story names in full, with their name and actor.
    pub fn final_person(&self, e: usize) -> Option<(String, Option<usize>)> {
        let ent = self.entities.get(e)?;
        if ent.catalogue || ent.name.contains(' ') {
            return None;
        }
        let word = ent.keys.first().cloned().unwrap_or_else(|| ent.name.clone());
        self.entities.iter().enumerate().find_map(|(k, x)| {
            (k != e && x.person && x.name.contains(' ') && x.keys.iter().any(|key| cyrillic::same_name(key, &word)))
                .then(|| (x.name.clone(), x.actor))
        })
    }

    /// The speaker a mention names.
    pub fn mention(&mut self, m: &Mention, lang: &str) -> Resolved {
        let lex = slavic::of(lang);
        let (mut a, b) = m.head;
        if a >= b {
            return Resolved::default();
        }
        // "в МИД", "у Кремлі": an institution
        if b - a > 1 && self.w.t(a).has(Class::PREP) {
            a += 1;
        }
        let head = (a, b);
        if let Some(r) = self.pronoun(head) {
            return r;
        }
        if let Some(r) = self.joint(head, lang) {
            return r;
        }
        let words = self.words(head);
        if let Some(r) = self.insider(head, &words, lang) {
            return r;
        }
        // "Главы МИД Франции и Италии заявили": a role whose form is also
        // a singular case, with a plural verb right after, is several
        // holders, not the one the title would find
        let verb_after = self.w.toks.get(b).is_some_and(|t| t.verb.is_some()).then(|| self.w.s(b));
        if words.first().is_some_and(|w| lex.is_group_role(w, verb_after) && !lex.is_plural_role(w))
            && !words.iter().any(|w| lex.is_given_name(w))
        {
            return self.group(head, &words, lex);
        }
        // a catalogue person, by any spelling in any case
        if let Some(cm) = match_cyrillic(self.catalogue, &words, lang)
            && cm.m.strength == Strength::Person
            && let Some(p) = self.catalogue.person(&cm.m)
        {
            let name = p.name.clone();
            let roles = title_roles(&p.title);
            // the words that named them, so a later surname alone finds
            // them: the name itself where it can be told from the title
            // ("Постпред России … Василий Небензя": not "России", or
            // "Россия" later would be the ambassador)
            let named = name_runs(self.w, lex, head).last().map_or_else(|| words.clone(), |&run| self.words(run));
            let keys: Vec<String> = named
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(crate::lang::is_cyrillic))
                .map(|w| w.to_string())
                .collect();
            let e = self.entity_named(&name, keys, true, p.gender, roles, Some(cm.m.actor));
            self.entities[e].catalogue = true;
            return self.touch(e);
        }
        // "Лідери Франції, Німеччини …", "министры иностранных дел": a
        // group, not a person named after it ("Іспанії"), the one holder
        // of a title, nor the latest of a role
        if words.first().is_some_and(|w| lex.is_plural_role(w)) {
            return self.group(head, &words, lex);
        }
        let runs = name_runs(self.w, lex, head);
        if let Some(&run) = runs.last() {
            let mut run_words = self.words(run);
            // "Мэр Томска Иван Громов": a place or body of the post, in
            // the genitive, before a given name is no part of the name
            if run_words.len() >= 3 && !lex.is_given_name(run_words[0]) && lex.is_given_name(run_words[1]) {
                run_words.remove(0);
            }
            let surname = run_words.last().copied().unwrap_or("");
            // an earlier mention of the same person, in another case
            let roles: Vec<String> = words.iter().filter_map(|w| lex.role(w)).map(str::to_string).collect();
            let earlier = self.recent.newest_first().find(|&e| {
                let ent = &self.entities[e];
                ent.person && ent.keys.iter().any(|k| cyrillic::same_name(k, surname))
            });
            if let Some(e) = earlier {
                if self.entities[e].actor.is_none() {
                    self.entities[e].actor = self.actor_of(&words, lex, is_office(&roles));
                }
                // the full name, when this mention gives more of it
                if run_words.len() > 1 && !self.entities[e].name.contains(' ') && !self.entities[e].catalogue {
                    self.entities[e].name = cyrillic::latin_name(&run_words.join(" "), lang);
                }
                self.entities[e].roles.extend(roles);
                return self.touch(e);
            }
            let first = run_words.first().copied().unwrap_or("");
            let person = run_words.len() >= 2
                || lex.is_given_name(first)
                || surname_like(surname)
                || roles.iter().any(|r| !["ministry", "head", "company", "command"].contains(&r.as_str()));
            if person {
                let actor = self.actor_of(&words, lex, is_office(&roles));
                let gender = if lex.is_female(first, surname) {
                    Some(Gender::Female)
                } else if run_words.len() >= 2 && lex.is_given_name(first) {
                    Some(Gender::Male)
                } else {
                    None
                };
                let name = cyrillic::latin_name(&run_words.join(" "), lang);
                let e = self.entity_named(&name, vec![surname.to_string()], true, gender, roles, actor);
                return self.touch(e);
            }
        }
        // "Офіс президента", "пресс-служба президента": a body that
        // serves the holder of a title is not its holder
        let serves = words.len() >= 2 && lex.get(words[0]).class.contains(Class::ORG) && lex.role(words[0]).is_none();
        if runs.is_empty() && serves {
            return self.body(head, &words, lex);
        }
        // a bare office ("Президент также заявил") after a holder of it
        // was named: that holder, as in English, not the home country's
        if runs.is_empty()
            && words.len() == 1
            && let Some(e) = self.description(&words, lex)
            && self.entities[e].person
        {
            return self.touch(e);
        }
        // a title alone: its holder
        if runs.is_empty()
            && let Some((ai, pi, at)) = self.title_holder(&words, lex)
        {
            // "советник президента", "сотрудники администрации
            // президента": a role before the title is someone who serves
            // its holder, speaking for the holder's actor
            if words[..at].iter().any(|w| lex.role(w).is_some() || lex.get(w).class.contains(Class::ROLE)) {
                let roles: Vec<String> = words[..at].iter().filter_map(|w| lex.role(w)).map(str::to_string).collect();
                let name = display(self.w.range_text(head));
                let e = self.entity_named(&name, Vec::new(), true, None, roles, Some(ai));
                return self.touch(e);
            }
            let p = &self.catalogue.actors[ai].speakers[pi];
            let (name, gender, roles) = (p.name.clone(), p.gender, title_roles(&p.title));
            let e = self.entity_named(&name, Vec::new(), true, gender, roles, Some(ai));
            self.entities[e].catalogue = true;
            return self.touch(e);
        }
        // a role alone: the latest entity holding it
        if runs.is_empty()
            && let Some(e) = self.description(&words, lex)
        {
            return self.touch(e);
        }
        self.body(head, &words, lex)
    }

    /// «Источник в Кремле», «джерела УП в Офісі президента»: someone
    /// who works inside a body, unnamed, speaks for the body's actor and
    /// is not the holder of the title the body is named by. The body is
    /// read first, so that the source is the one mentioned last.
    fn insider(&mut self, (a, b): Range, words: &[&str], lang: &str) -> Option<Resolved> {
        let lex = slavic::of(lang);
        if !words.first().is_some_and(|w| lex.is_insider(w)) {
            return None;
        }
        let k = (a + 1..b.min(a + 3)).find(|&k| ["в", "во", "у"].iter().any(|p| self.w.is(k, p)))?;
        if k + 1 >= b {
            return None;
        }
        let within = self.mention(&Mention { head: (k + 1, b), desc: None }, lang);
        let name = display(self.w.range_text((a, b)));
        let plural = self.w.t(a).has(Class::GROUP);
        let e = self.entity_named(&name, Vec::new(), false, None, Vec::new(), within.actor);
        self.entities[e].plural |= plural;
        Some(self.touch(e))
    }

    fn pronoun(&mut self, head: Range) -> Option<Resolved> {
        if head.1 - head.0 != 1 {
            return None;
        }
        let w = fold(self.w.s(head.0));
        let (male, female, plural) = match w.as_str() {
            "он" | "він" | "его" | "його" => (true, false, false),
            "она" | "вона" | "ее" | "її" => (false, true, false),
            "они" | "вони" | "их" | "їх" | "їхніми" => (false, false, true),
            // "В Кремле … Там считают": the body or place named last
            "там" => {
                let e = self.recent.newest_first().find(|&e| !self.entities[e].person)?;
                return Some(self.touch(e));
            }
            _ => return None,
        };
        let found = self.recent.newest_first().find(|&e| {
            let ent = &self.entities[e];
            if plural {
                ent.plural || !ent.person
            } else {
                ent.person
                    && !ent.plural
                    && (!male || ent.gender != Some(Gender::Female))
                    && (!female || ent.gender != Some(Gender::Male))
            }
        });
        Some(match found {
            Some(e) => {
                if self.entities[e].gender.is_none() && (male || female) {
                    self.entities[e].gender = Some(if male { Gender::Male } else { Gender::Female });
                }
                self.touch(e)
            }
            None => Resolved::default(),
        })
    }

    fn entity_named(
        &mut self,
        name: &str,
        keys: Vec<String>,
        person: bool,
        gender: Option<Gender>,
        roles: Vec<String>,
        actor: Option<usize>,
    ) -> usize {
        if let Some(e) = self.entities.iter().position(|x| x.name == name) {
            let ent = &mut self.entities[e];
            ent.roles.extend(roles);
            ent.actor = ent.actor.or(actor);
            ent.gender = ent.gender.or(gender);
            for k in keys {
                if !ent.keys.contains(&k) {
                    ent.keys.push(k);
                }
            }
            return e;
        }
        self.entities.push(Entity {
            name: name.to_string(),
            keys,
            person,
            plural: false,
            gender,
            roles,
            actor,
            catalogue: false,
        });
        self.entities.len() - 1
    }

    /// The actor of someone outside the catalogue, from the bodies and
    /// countries their description names ("губернатор Белгородской
    /// области", "мэр Москвы", "премьер-министр Словакии"). A country alone
    /// ties them to a side only when they hold an office.
    fn actor_of(&self, words: &[&str], lex: &SlavicLexicon, office: bool) -> Option<usize> {
        let words = outside_places(words, lex);
        if let Some(cm) = match_cyrillic(self.catalogue, &words, lex.tables.code)
            && (cm.m.strength > Strength::Keyword || office)
        {
            return Some(cm.m.actor);
        }
        // an official of no named country is the story's own ("мэр
        // столицы", "Міністр аграрної політики")
        if office && !has_nation(&words, lex) {
            let home = [home_word(lex)];
            return match_cyrillic(self.catalogue, &home, lex.tables.code).map(|cm| cm.m.actor);
        }
        None
    }

    /// The holder of a title named without them, as the catalogue gives
    /// titles ("Kremlin spokesman"); the story's country unless another is
    /// named ("министр иностранных дел Украины"); with where in `words`
    /// the title starts.
    fn title_holder(&self, words: &[&str], lex: &SlavicLexicon) -> Option<(usize, usize, usize)> {
        let keyed: Vec<Rc<[String]>> = words.iter().map(|w| keys_of(w)).collect();
        let mut best: Option<(usize, &str, usize)> = None;
        for (p, title) in &lex.title_keys {
            if let Some(at) = (0..keyed.len()).find(|&pos| cyrillic::phrase_at(&keyed, pos, p))
                && best.is_none_or(|(n, _, _)| p.len() > n)
            {
                best = Some((p.len(), *title, at));
            }
        }
        let (_, title, at) = best?;
        let home = lex.tables.home;
        let nation = words.iter().find_map(|w| {
            let keys = keys_of(w);
            lex.title_word_keys.iter().find(|(tk, _)| keys.iter().any(|k| tk.contains(k))).map(|x| x.1)
        });
        // a country the title words cannot name ("Президент Фінляндії"):
        // not the home country's holder
        if nation.is_none() && words.iter().any(|w| lex.get(w).class.contains(Class::NATION) || keyed_place(w, lex)) {
            return None;
        }
        let title = match nation {
            Some(n) if n != home => {
                if title.contains(home) {
                    title.replace(home, n)
                } else {
                    return None;
                }
            }
            _ => title.to_string(),
        };
        // "российский лидер", "лидер Венгрии": the office that leads the
        // country named (none named, or more words: a party's, a
        // movement's leader)
        let title = if title.ends_with(" leader") {
            if nation.is_none() || words.len() > 2 {
                return None;
            }
            super::leader_title(&title.to_lowercase(), self.catalogue)?
        } else {
            title
        };
        let mut holders = self.catalogue.actors.iter().enumerate().flat_map(|(ai, a)| {
            a.speakers
                .iter()
                .enumerate()
                .filter(|(_, p)| p.title.eq_ignore_ascii_case(&title))
                .map(move |(pi, _)| (ai, pi))
        });
        let (ai, pi) = holders.next()?;
        holders.next().is_none().then_some((ai, pi, at))
    }

    /// "пресс-секретаря", "российский дипломат", "министерства": the
    /// latest entity with that role.
    fn description(&self, words: &[&str], lex: &SlavicLexicon) -> Option<usize> {
        // only role words and their adjectives: "российский дипломат", not
        // "МЗС ОАЕ"
        let other = words.iter().any(|w| {
            lex.role(w).is_none()
                && (w.chars().next().is_some_and(char::is_uppercase) && !lex.get(w).class.contains(Class::NATION))
        });
        if other {
            return None;
        }
        let roles: Vec<&str> = words.iter().filter_map(|w| lex.role(w)).collect();
        let role = *roles.last()?;
        let wanted = synonyms(role);
        let body = role == "ministry" || role == "company";
        if role == "company" {
            // "Компания заявила": the body named last
            return self.recent.newest_first().find(|&e| !self.entities[e].person);
        }
        // "По словам политика": the one person named last, whatever their
        // post (the word names none)
        if role == "politician" {
            return self.recent.newest_first().find(|&e| self.entities[e].person && !self.entities[e].plural);
        }
        // one holder of a role is not a group of them ("Голова МЗС" after
        // "Голови МЗС Польщі та Литви")
        let one = !words.first().is_some_and(|w| lex.is_plural_role(w));
        self.recent.newest_first().find(|&e| {
            let ent = &self.entities[e];
            ent.person != body && !(one && ent.plural) && ent.roles.iter().any(|r| wanted.contains(&r.as_str()))
        })
    }

    /// Several holders of a role ("Лідери Франції та Італії"): a body
    /// marked plural, so that one holder later is not taken for them.
    fn group(&mut self, head: Range, words: &[&str], lex: &SlavicLexicon) -> Resolved {
        let r = self.body(head, words, lex);
        if let Some(e) = r.entity {
            self.entities[e].plural = true;
        }
        r
    }

    /// Institutions and places: the catalogue's alias in its own spelling
    /// when one matches, else the words as written.
    fn body(&mut self, head: Range, words: &[&str], lex: &SlavicLexicon) -> Resolved {
        let places = outside_places(words, lex);
        // "в МИД", "У МЗС", "Міноборони": the story's own country's, when
        // nothing else is named
        let bare = words.iter().all(|w| {
            lex.role(w).is_some()
                || !w.chars().next().is_some_and(char::is_uppercase) && !w.chars().all(char::is_uppercase)
        }) && words.iter().any(|w| lex.role(w) == Some("ministry") || lex.get(w).class.contains(Class::ORG));
        let matched = match_cyrillic(self.catalogue, &places, lex.tables.code).or_else(|| {
            if !bare || has_nation(words, lex) {
                return None;
            }
            let mut probe = places.clone();
            probe.push(home_word(lex));
            match_cyrillic(self.catalogue, &probe, lex.tables.code)
                .filter(|cm| cm.phrase.as_deref().is_some_and(|p| p.split_whitespace().count() >= 2))
        });
        let roles: Vec<String> = words.iter().filter_map(|w| lex.role(w)).map(str::to_string).collect();
        let (name, actor) = match &matched {
            Some(cm) if cm.m.strength == Strength::Alias => {
                (cm.phrase.clone().unwrap_or_else(|| self.w.range_text(head).to_string()), Some(cm.m.actor))
            }
            Some(cm) if !roles.is_empty() || head.1 - head.0 <= 3 => {
                (display(self.w.range_text(head)), Some(cm.m.actor))
            }
            _ => (display(self.w.range_text(head)), None),
        };
        let plural = self.w.t(head.1 - 1).has(Class::GROUP | Class::PLURAL);
        let keys = if words.len() == 1 { vec![words[0].to_string()] } else { Vec::new() };
        // "Прем'єр Польщі заявив …": one person by an office, whom "він"
        // or "вона" after may stand for (a ministry, a company or a
        // command is no person)
        let one_holder = !plural
            && words
                .first()
                .and_then(|w| lex.role(w))
                .is_some_and(|r| !["ministry", "company", "command"].contains(&r));
        let e = self.entity_named(&name, keys, false, None, roles, actor);
        self.entities[e].plural |= plural;
        self.entities[e].person |= one_holder;
        self.touch(e)
    }
}

/// Roles that hold a public office (an analyst, an expert, a company
/// do not).
fn is_office(roles: &[String]) -> bool {
    roles.iter().any(|r| !["analyst", "expert", "company", "source"].contains(&r.as_str()))
}

/// Endings of Russian and Ukrainian surnames.
fn surname_like(w: &str) -> bool {
    let f = fold(w);
    [
        "ов",
        "ев",
        "ёв",
        "ин",
        "ын",
        "ский",
        "ський",
        "цкий",
        "цький",
        "ко",
        "ук",
        "юк",
        "чук",
        "ич",
        "ова",
        "ева",
        "ина",
        "ская",
        "ська",
        "ак",
        "як",
    ]
    .iter()
    .any(|e| f.ends_with(e))
        && f.chars().count() >= 4
}

/// The story's own country, in the genitive.
fn home_word(lex: &SlavicLexicon) -> &'static str {
    if lex.tables.code == "uk" { "України" } else { "России" }
}

/// Whether a description names a country (or the UN) whose official the
/// speaker is.
fn has_nation(words: &[&str], lex: &SlavicLexicon) -> bool {
    words.iter().any(|w| {
        let k = keys_of(w);
        lex.title_word_keys.iter().any(|(tk, _)| k.iter().any(|x| tk.contains(x)))
    })
}

/// The words of a description without places after a preposition ("…
/// по расследованию нарушений на Украине" is not Ukraine speaking).
fn outside_places<'w>(words: &[&'w str], lex: &SlavicLexicon) -> Vec<&'w str> {
    let mut out = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let after_prep = i > 0 && lex.get(words[i - 1]).class.contains(Class::PREP);
        if after_prep && (lex.get(w).class.contains(Class::NATION) || keyed_place(w, lex)) {
            continue;
        }
        out.push(*w);
    }
    out
}

fn keyed_place(w: &str, lex: &SlavicLexicon) -> bool {
    keys_of(w)
        .iter()
        .skip(1)
        .any(|k| ["", "а", "я", "ь"].iter().any(|e| lex.get(&format!("{k}{e}")).class.contains(Class::NATION)))
}

/// Runs of name words in a mention: capitalised words no list knows.
fn name_runs(w: &Words, lex: &SlavicLexicon, r: Range) -> Vec<Range> {
    let keep = |k: usize, e: usize| {
        let after_prep = k > r.0 && w.t(k - 1).has(Class::PREP);
        // a lone capitalised word before a common noun is no name
        let before_noun = e - k == 1
            && e < r.1
            && w.t(e).is_word()
            && (!w.t(e).cap || w.t(e).all_caps || w.t(e).has(Class::ORG | Class::ROLE | Class::NATION))
            && w.t(e).verb.is_none()
            && !w.t(e).has(Class::PREP | Class::ADVERB | Class::CONJ | Class::TIME | Class::MEDIUM);
        !after_prep && !before_noun
    };
    // particles inside a name, one or more: "фон дер Ляйен"
    let particle = |k: usize| super::rules::ru_uk::PARTICLES.contains(&fold(w.s(k)).as_str());
    super::rules::ru_uk::name_runs_in(r.0, r.1, |k| is_name(w, lex, k), particle, keep)
}

fn is_name(w: &Words, lex: &SlavicLexicon, k: usize) -> bool {
    let t = w.t(k);
    let not_name = Class::ROLE
        | Class::ORG
        | Class::NATION
        | Class::PREP
        | Class::CONJ
        | Class::SUBORD
        | Class::PRONOUN
        | Class::DET
        | Class::TIME
        | Class::MEDIUM
        | Class::ADVERB
        | Class::GROUP
        | Class::TITLE;
    t.is_word()
        && t.cap
        && !(t.all_caps && w.s(k).chars().count() > 1)
        && !t.has(not_name)
        && t.verb.is_none()
        && !lex.is_outlet(w.s(k))
        && w.s(k).chars().next().is_some_and(crate::lang::is_cyrillic)
        // a country in another case ("министр … Эстонии Маргус Цахкна")
        && !keyed_place(w.s(k), lex)
}

/// English role words of a catalogue title ("Kremlin spokesman").
fn title_roles(title: &str) -> Vec<String> {
    title.split_whitespace().map(|w| w.to_lowercase()).collect()
}

/// Roles that may stand for one another.
fn synonyms(role: &str) -> Vec<&'static str> {
    match role {
        "spokesman" => vec!["spokesman", "spokeswoman", "spokesperson", "press"],
        "diplomat" => vec!["diplomat", "ambassador", "envoy", "foreign", "minister"],
        "ambassador" => vec!["ambassador", "envoy", "diplomat"],
        "minister" => vec!["minister", "secretary"],
        "president" => vec!["president"],
        "head" => vec!["head", "chief", "minister", "director"],
        "prime" => vec!["prime", "premier"],
        "ministry" => vec!["ministry"],
        "company" => vec!["company"],
        "commissioner" | "ombudsman" => vec!["commissioner", "ombudsman"],
        "analyst" | "expert" => vec!["analyst", "expert"],
        "aide" | "adviser" => vec!["aide", "adviser", "advisor"],
        "governor" => vec!["governor"],
        "mayor" => vec!["mayor"],
        "secretary" => vec!["secretary"],
        "envoy" => vec!["envoy", "ambassador"],
        "leader" => vec!["leader", "president", "prime"],
        "lawmaker" => vec!["lawmaker"],
        "chairman" => vec!["chairman", "chairwoman"],
        _ => vec![],
    }
}

/// The words of a body as written, without a leading preposition and
/// final punctuation; a closing mark stays only with its opening one
/// (НАК «Нафтогаз»), so a name quoted whole («Портфлот») is the name.
fn display(s: &str) -> String {
    let mut d = s.trim_matches(|c: char| !c.is_alphanumeric() && c != '»' && c != '"' && c != '”');
    if d.matches('»').count() > d.matches('«').count() {
        d = d.strip_suffix('»').unwrap_or(d);
    }
    // («Источник “Ъ”»: the paper's name in English marks)
    if d.matches('”').count() > d.matches('“').count() {
        d = d.strip_suffix('”').unwrap_or(d);
    }
    if d.matches('"').count() % 2 == 1 {
        d = d.strip_suffix('"').unwrap_or(d);
    }
    if d.starts_with('"') && d.ends_with('"') && d.len() > 1 && !d[1..d.len() - 1].contains('"') {
        d = &d[1..d.len() - 1];
    }
    d.to_string()
}
