//! Bringing a session's catalogue up to date with the built-in one.
//!
//! A session keeps its own copy of the catalogue, so entries the program
//! gains later (people, bodies, spellings) never reach sessions saved
//! before. [`Catalogue::update_from`] takes them in without undoing what
//! the user did: names, blocs, colours and every entry they added stay;
//! nothing is added twice, nor added back where the user put it under
//! another actor; and a spelling the built-in catalogue moved from an
//! actor's aliases to one of its bodies ("Кремль" to the body Kremlin)
//! moves the same way, so that the body's name is the speaker.

use super::{Actor, Catalogue, RoleActor, Speaker, normalise_words};
use std::collections::{HashMap, HashSet};

/// What an update added and moved, for the user to read before applying.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateSummary {
    /// Actors added, by name.
    pub actors: Vec<String>,
    /// People and bodies added to actors already there, by name.
    pub speakers: Vec<String>,
    /// Spellings added to people, bodies and actors already there.
    pub spellings: usize,
    /// Actor aliases that became a body's spellings.
    pub moved: usize,
}

impl UpdateSummary {
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.speakers.is_empty() && self.spellings == 0 && self.moved == 0
    }
}

/// A spelling as the matcher compares it.
fn key(s: &str) -> String {
    normalise_words(s).join(" ")
}

/// Every spelling a speaker is known by.
fn spellings(s: &Speaker) -> impl Iterator<Item = &String> {
    std::iter::once(&s.name).chain(&s.aliases)
}

/// Every spelling of a catalogue, kept up to date as the update adds:
/// who goes by it.
#[derive(Default)]
struct Spellings {
    /// A speaker's spelling: the first (actor, speaker) that has it.
    speakers: HashMap<String, (usize, usize)>,
    /// An actor's alias: the actors that have it.
    aliases: HashMap<String, Vec<usize>>,
}

impl Spellings {
    fn of(c: &Catalogue) -> Self {
        let mut out = Spellings::default();
        for (i, a) in c.actors.iter().enumerate() {
            for x in &a.aliases {
                out.alias(key(x), i);
            }
            for (j, s) in a.speakers.iter().enumerate() {
                for x in spellings(s) {
                    out.speaker(key(x), i, j);
                }
            }
        }
        out
    }

    fn alias(&mut self, k: String, actor: usize) {
        self.aliases.entry(k).or_default().push(actor);
    }

    fn speaker(&mut self, k: String, actor: usize, speaker: usize) {
        self.speakers.entry(k).or_insert((actor, speaker));
    }

    /// Whether a spelling names a speaker anywhere, or is the alias of an
    /// actor other than `except`.
    fn taken(&self, k: &str, except: Option<usize>) -> bool {
        self.speakers.contains_key(k) || self.aliases.get(k).is_some_and(|v| v.iter().any(|&i| Some(i) != except))
    }
}

impl Catalogue {
    /// Takes into this catalogue what `defaults` has and it lacks, and
    /// says what changed. Running it again changes nothing.
    pub fn update_from(&mut self, defaults: &Catalogue) -> UpdateSummary {
        let mut sum = UpdateSummary::default();
        // 1. spellings the defaults moved from an actor to its body
        for a in &mut self.actors {
            let Some(d) = defaults.actor(&a.id) else { continue };
            let aliases: HashSet<String> = d.aliases.iter().map(|x| key(x)).collect();
            let bodies: HashSet<String> = d
                .speakers
                .iter()
                .filter(|s| s.kind == super::SpeakerKind::Body)
                .flat_map(spellings)
                .map(|x| key(x))
                .collect();
            let before = a.aliases.len();
            a.aliases.retain(|x| {
                let k = key(x);
                aliases.contains(&k) || !bodies.contains(&k)
            });
            sum.moved += before - a.aliases.len();
        }
        // 2. actors, people and bodies, spellings
        let mut known = Spellings::of(self);
        for d in &defaults.actors {
            match self.position(&d.id) {
                Some(i) => self.update_actor(i, d, &mut known, &mut sum),
                None => self.add_missing_actor(d, &mut known, &mut sum),
            }
        }
        // 3. a role may name an actor the user removed: it is left out
        let ids: HashSet<String> = self.actors.iter().map(|a| a.id.clone()).collect();
        for s in self.actors.iter_mut().flat_map(|a| &mut a.speakers) {
            s.roles.retain(|r| !matches!(&r.actor, RoleActor::Actor(id) if !ids.contains(id)));
        }
        // an actor added as a part of one the user removed stands alone
        for a in &mut self.actors {
            if a.part_of.as_ref().is_some_and(|p| !ids.contains(p)) {
                a.part_of = None;
            }
        }
        self.reindex();
        sum
    }

    fn update_actor(&mut self, i: usize, d: &Actor, known: &mut Spellings, sum: &mut UpdateSummary) {
        for alias in &d.aliases {
            let k = key(alias);
            if !self.actors[i].aliases.iter().any(|x| key(x) == k) && !known.taken(&k, Some(i)) {
                self.actors[i].aliases.push(alias.clone());
                known.alias(k, i);
                sum.spellings += 1;
            }
        }
        for w in &d.keywords {
            if !self.actors[i].keywords.iter().any(|x| x.eq_ignore_ascii_case(w)) {
                self.actors[i].keywords.push(w.clone());
                sum.spellings += 1;
            }
        }
        for s in &d.speakers {
            match known.speakers.get(&key(&s.name)).copied() {
                // known, wherever the user keeps them: new spellings only,
                // and dated roles where they have none
                Some((ai, si)) => {
                    for alias in &s.aliases {
                        let k = key(alias);
                        if !known.taken(&k, None) {
                            self.actors[ai].speakers[si].aliases.push(alias.clone());
                            known.speaker(k, ai, si);
                            sum.spellings += 1;
                        }
                    }
                    let p = &mut self.actors[ai].speakers[si];
                    if p.roles.is_empty() && !s.roles.is_empty() && ai == i {
                        p.roles = s.roles.clone();
                    }
                }
                None => {
                    let mut s = s.clone();
                    s.aliases.retain(|x| !known.taken(&key(x), None));
                    let j = self.actors[i].speakers.len();
                    for x in spellings(&s) {
                        known.speaker(key(x), i, j);
                    }
                    sum.speakers.push(s.name.clone());
                    self.actors[i].speakers.push(s);
                }
            }
        }
    }

    fn add_missing_actor(&mut self, d: &Actor, known: &mut Spellings, sum: &mut UpdateSummary) {
        let mut a = d.clone();
        a.aliases.retain(|x| !known.taken(&key(x), None));
        a.speakers.retain(|s| !known.speakers.contains_key(&key(&s.name)));
        for s in &mut a.speakers {
            s.aliases.retain(|x| !known.taken(&key(x), None));
        }
        // every spelling already elsewhere: the user merged it away
        if a.aliases.is_empty() && a.speakers.is_empty() {
            return;
        }
        let i = self.actors.len();
        for x in &a.aliases {
            known.alias(key(x), i);
        }
        for (j, s) in a.speakers.iter().enumerate() {
            for x in spellings(s) {
                known.speaker(key(x), i, j);
            }
        }
        sum.actors.push(a.name.clone());
        self.actors.push(a);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Rgb, SpeakerKind};

    fn person(name: &str, aliases: &[&str]) -> Speaker {
        Speaker {
            name: name.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            title: String::new(),
            gender: None,
            kind: SpeakerKind::Person,
            roles: vec![],
        }
    }

    fn body(name: &str, aliases: &[&str]) -> Speaker {
        Speaker { kind: SpeakerKind::Body, ..person(name, aliases) }
    }

    fn actor(id: &str, aliases: &[&str], speakers: Vec<Speaker>) -> Actor {
        Actor {
            id: id.into(),
            name: id.to_uppercase(),
            group: "G".into(),
            colour: Rgb([1, 2, 3]),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            speakers,
            keywords: vec![],
            part_of: None,
        }
    }

    /// A catalogue as saved before the ministry became a body, and the
    /// defaults after.
    fn old_and_new() -> (Catalogue, Catalogue) {
        let old = Catalogue::new(vec![actor(
            "mfa",
            &["Foreign Ministry", "Міністерство"],
            vec![person("Anna Berg", &["Berg"])],
        )]);
        let new = Catalogue::new(vec![
            actor(
                "mfa",
                &["Foreign Ministry", "foreign office"],
                vec![body("Foreign Ministry", &["Міністерство"]), person("Anna Berg", &["Berg", "Берг"])],
            ),
            actor("navy", &["the navy"], vec![person("Ola Holm", &["Holm"])]),
        ]);
        (old, new)
    }

    #[test]
    fn new_entries_arrive_and_moved_spellings_move() {
        let (mut c, new) = old_and_new();
        let sum = c.update_from(&new);
        assert_eq!(sum.actors, ["NAVY"]);
        assert_eq!(sum.speakers, ["Foreign Ministry"]);
        // "foreign office" for the actor, "Берг" for the person
        assert_eq!(sum.spellings, 2);
        assert_eq!(sum.moved, 1);
        let mfa = c.actor("mfa").unwrap();
        assert_eq!(mfa.aliases, ["Foreign Ministry", "foreign office"]);
        assert_eq!(mfa.speakers[0].aliases, ["Berg", "Берг"]);
        // the Cyrillic spelling now names the body, so the body is the
        // speaker in copy that uses it
        let m = c.match_speaker("Міністерство", "").unwrap();
        assert_eq!(c.person(&m).map(|s| s.name.as_str()), Some("Foreign Ministry"));
        // a second update finds nothing to do
        let again = c.clone();
        assert!(c.update_from(&new).is_empty());
        assert_eq!(c, again);
    }

    #[test]
    fn what_the_user_did_stays() {
        let (mut c, new) = old_and_new();
        // renamed and recoloured the actor, moved the person elsewhere,
        // merged the navy into the ministry
        c.actors[0].name = "Our ministry".into();
        c.actors[0].colour = Rgb([9, 9, 9]);
        let berg = c.actors[0].speakers.remove(0);
        let mut mine = actor("mine", &[], vec![berg]);
        mine.speakers.push(person("Ola Holm", &["Holm"]));
        mine.aliases.push("the navy".into());
        c.actors.push(mine);
        c.reindex();
        let sum = c.update_from(&new);
        assert!(sum.actors.is_empty(), "the merged actor is not brought back: {sum:?}");
        assert_eq!(c.actors.len(), 2);
        assert_eq!(c.actors[0].name, "Our ministry");
        assert_eq!(c.actors[0].colour, Rgb([9, 9, 9]));
        // the person stays where the user put them, with the new spelling
        let mine = c.actor("mine").unwrap();
        assert_eq!(mine.speakers[0].aliases, ["Berg", "Берг"]);
        assert!(!c.actor("mfa").unwrap().speakers.iter().any(|s| s.name == "Anna Berg"));
    }

    #[test]
    fn the_built_in_catalogue_is_up_to_date_with_itself() {
        let mut c = Catalogue::builtin();
        assert!(c.update_from(&Catalogue::builtin()).is_empty());
    }
}
