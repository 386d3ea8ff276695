//! Where what was said starts and ends: the clause after a reporting verb
//! (past its hearer, times and places), the end of a reported clause at
//! the next attribution, and what may follow a speaker without being said.

use super::doc::Doc;
use super::lexicon::{self, Class, Form, Frame, en};
use super::mentions::Range;
use super::tokens::Kind;

/// What one token tells the search for a clause's start.
enum Step {
    Found(usize),
    Stop,
    Next(usize),
}

/// A prepositional phrase being walked over after the verb.
#[derive(Default)]
struct Phrase {
    open: bool,
    has_noun: bool,
    /// The phrases after the verb began with "in": where or how the words
    /// came out ("said in remarks carried by …", "in an interview with …").
    channel: bool,
}

impl Doc<'_> {
    /// Whether nothing but adjuncts follows: time, place, hearer, "in a
    /// statement", "when asked about ...", a participle after a comma.
    pub(crate) fn only_adjuncts(&self, from: usize, hi: usize) -> bool {
        let mut k = from;
        while k < hi {
            let t = self.w.t(k);
            if t.is_terminal() || t.is_any_punct(&[')', ']']) || (t.is_quote() && t.quote == 0) {
                k += 1;
                continue;
            }
            if t.is_punct(',') || t.is_punct(';') || t.is_punct('—') || t.is_punct('–') {
                // what follows a comma is a new phrase: fine
                return true;
            }
            if t.is_punct(':') {
                return false;
            }
            // a relative clause ("a hospital where ...") adds nothing said
            if ["where", "which", "who", "whose", "whom"].iter().any(|w| self.is(k, w)) && k > from {
                return true;
            }
            if self.is(k, "that") || t.has(Class::WH) && !self.is(k, "when") {
                return false;
            }
            if t.has(Class::SUBORD) {
                return true;
            }
            if t.quote != 0 {
                // a quoted name inside a phrase: "with the «Izvestia» newspaper"
                let p = k.checked_sub(1).map(|p| self.w.t(p));
                let named = t.is_quote()
                    && p.is_some_and(|p| {
                        p.has(Class::DET | Class::PREP)
                            || p.is_word() && (self.w.s(k - 1).ends_with("'s") || self.w.s(k - 1).ends_with("’s"))
                    });
                if named {
                    k = self.quotes[t.quote as usize - 1].close + 1;
                    continue;
                }
                return false;
            }
            if t.is_word()
                && (t.has(
                    Class::PREP
                        | Class::TIME
                        | Class::ADVERB
                        | Class::DET
                        | Class::ROLE
                        | Class::GROUP
                        | Class::NATION
                        | Class::MEDIUM,
                ) || t.cap
                    || !t.has(Class::FINITE) && t.verb.is_none())
            {
                if t.has(Class::FINITE) {
                    return false;
                }
                k += 1;
                continue;
            }
            if matches!(t.kind, Kind::Number) || self.bare_noun(k, from) {
                k += 1;
                continue;
            }
            return false;
        }
        true
    }

    /// Whether the bare verb at `k` is a noun after a determiner, past
    /// at most two words that are no verbs: "on a daily call", "in a
    /// conference call". Not a verb with an ending ("the ministry
    /// denies"), which may be a clause's own.
    fn bare_noun(&self, k: usize, from: usize) -> bool {
        if !self.w.t(k).verb.is_some_and(|v| v.bare) {
            return false;
        }
        let mut j = k;
        for _ in 0..3 {
            if j <= from {
                return false;
            }
            j -= 1;
            let p = self.w.t(j);
            if p.has(Class::DET) {
                return true;
            }
            if !p.is_word() || p.verb.is_some() || p.has(Class::FINITE | Class::AUX | Class::PREP | Class::PRONOUN) {
                return false;
            }
        }
        false
    }

    /// Where the content after a verb starts and ends, for each frame.
    pub(crate) fn forward(&self, si: usize, after: usize, frame: Frame, verb: usize) -> Option<Range> {
        let hi = self.sents[si].end;
        if after >= hi {
            return None;
        }
        // "vowed to rebuild the port": what is promised is the infinitive
        let commits = en::SAY_WITH_OBJECT.iter().any(|w| self.is(verb, w));
        let start = match frame {
            Frame::Say if commits && self.infinitive_at(after, hi) => after,
            Frame::Say | Frame::Belief => {
                let start = self.complement_start(after, hi, false)?;
                self.past_hearer(verb, start, hi).unwrap_or(start)
            }
            Frame::Tell => match self.tell_start(after, hi) {
                Some(Ok(start)) => start,
                // "asked whether", "urged restraint": the clause is all
                Some(Err(whole)) => return Some(whole),
                // "urged restraint on both sides", "urges more air
                // defence": what is urged, a thing and not a hearer
                None if self.urges_a_thing(verb, after, hi) => after,
                None => return None,
            },
            Frame::Accuse => self.accuse_start(after, hi, verb)?,
            Frame::Object => self.object_start(after, hi)?,
            Frame::Describe => self.describe_start(after, hi, verb)?,
            Frame::Attitude => self.attitude_start(after, hi)?,
        };
        let end = self.clause_end(start, hi);
        let end = match frame {
            Frame::Object | Frame::Accuse | Frame::Describe => self.narrated_verb_end(start, end, false),
            // "threatened a veto and attempted to …": after a noun phrase
            // alone, not a clause ("pledged the talks would go on and
            // failed to …" is what was said); verbs of saying with no
            // object keep it ("said … and concluded …", as PolNeAR does)
            Frame::Say if commits => self.narrated_verb_end(start, end, true),
            _ => end,
        };
        let end = self.fronted_clause_end(si, verb, start).map_or(end, |c| end.min(c));
        let end = self.channel_after_quote(start, end);
        let (start, end) = self.trim(start, end);
        (start < end && (start..end).any(|k| self.w.t(k).is_wordlike())).then_some((start, end))
    }

    /// `condemned the strikes but stopped short of new measures`,
    /// `praised the timetable and thanked the crews`: a verb's object ends where
    /// "and" or "but" joins a second verb in the past of the same
    /// subject (one with an object's first word after it, or "stopped
    /// short of"), which the reporter narrates. "renewed efforts" after
    /// "and" is a noun phrase, and stays.
    fn narrated_verb_end(&self, start: usize, end: usize, after_noun_phrase: bool) -> usize {
        let past = |k: usize| {
            let t = self.w.t(k);
            t.is_word() && !t.cap && t.quote == 0 && self.w.past_form(k)
        };
        let object_opens = |k: usize| {
            k < end
                && self.w.t(k).quote == 0
                && (self.w.t(k).has(Class::DET | Class::PREP | Class::PRONOUN | Class::SUBORD | Class::ADVERB)
                    || self.is(k, "short") && k + 1 < end && self.is(k + 1, "of"))
        };
        (start + 1..end.saturating_sub(2))
            .find(|&k| {
                self.w.t(k).quote == 0
                    && (self.is(k, "and") || self.is(k, "but"))
                    && past(k + 1)
                    && object_opens(k + 2)
                    // not inside a clause of the object ("a show in which
                    // players were given tasks and competed for jobs")
                    && !(start..k).any(|j| self.w.t(j).has(Class::WH) || self.is(j, "that"))
                    // and, where asked, after a noun phrase with no verb
                    && !(after_noun_phrase
                        && (start..k).any(|j| {
                            let t = self.w.t(j);
                            t.has(Class::FINITE | Class::AUX) || t.verb.is_some() || t.is_word() && self.w.past_form(j)
                        }))
            })
            .map_or(end, |k| if self.w.t(k - 1).is_punct(',') { k - 1 } else { k })
    }

    /// `called the plan “a dangerous escalation” in a post on Telegram`,
    /// `… “a stunt” at her weekly briefing`: a phrase after a closing
    /// quotation that names where the words were said (a post, a
    /// statement, an interview, a briefing, a channel) is how they came
    /// out, not more of them. The end of the content without it.
    fn channel_after_quote(&self, start: usize, end: usize) -> usize {
        // the occasions; the platforms are the lexicon's media ("on
        // Telegram", "on X")
        const OCCASIONS: &[&str] = &[
            "post",
            "statement",
            "interview",
            "video",
            "address",
            "message",
            "briefing",
            "tweet",
            "letter",
            "speech",
            "remarks",
            "comments",
            "television",
            "tv",
            "radio",
            "conference",
            "summit",
            "meeting",
            "rally",
            "hearing",
            "forum",
        ];
        let mut e = end;
        while e > start && self.w.t(e - 1).is_any_punct(&['.', ',']) && self.w.t(e - 1).quote == 0 {
            e -= 1;
        }
        let Some(q) = (start..e).rev().find(|&k| self.quote_closes_at(k)) else { return end };
        let p = q + 1;
        let tail_ok = e > p + 1
            && e - p <= 8
            && ["in", "on", "during", "at"].iter().any(|w| self.is(p, w))
            // "at her weekly briefing", "at a news conference": the
            // speaker's own occasion; "at the summit" may be what the
            // words were about ("expected “decisions” at the summit")
            && (!self.is(p, "at") || ["a", "an", "his", "her", "their", "its"].iter().any(|w| self.is(p + 1, w)))
            && (p..e).all(|k| self.w.t(k).quote == 0 && self.w.t(k).is_wordlike())
            && (p + 1..e).any(|k| self.w.t(k).has(Class::MEDIUM) || OCCASIONS.iter().any(|w| self.is(k, w)));
        if tail_ok { p } else { end }
    }

    /// Fronted subordinate clause: "Although the mayor said the plan was
    /// sound, the council voted it down". Why: a report inside a clause
    /// that opens the sentence ends with that clause, at its comma; what
    /// follows is the main clause, the writer's own narration. The index
    /// where the content must end, when the verb at `verb` sits in such a
    /// clause.
    pub(crate) fn fronted_clause_end(&self, si: usize, verb: usize, start: usize) -> Option<usize> {
        const FRONTING: &[&str] =
            &["although", "though", "while", "whereas", "because", "since", "if", "unless", "when", "once"];
        let s = self.sents[si];
        if !FRONTING.iter().any(|w| self.is(s.body, w)) {
            return None;
        }
        // the verb belongs to the fronted clause: no break before it
        let broken = (s.body + 1..verb).any(|k| {
            let t = self.w.t(k);
            t.quote == 0 && t.is_any_punct(&[',', ';', ':', '—', '–'])
        });
        if broken {
            return None;
        }
        let comma = (start + 1..s.end).find(|&k| {
            let t = self.w.t(k);
            t.quote == 0 && t.is_punct(',')
                || t.is_quote() && t.quote != 0 && self.w.t(k - 1).is_punct(',') && self.quote_closes_at(k)
        })?;
        // a main clause must follow
        if comma + 3 > s.end {
            return None;
        }
        // "When the mayor noted that ... — the chief retorted, “...”": a
        // new speaker and verb before the comma open the main clause
        let v = comma - 1;
        if self.w.t(v).quote == 0
            && self.w.t(v).verb.is_some()
            && let Some(np) = self.w.left_np(v, start).filter(|np| np.0 > start + 1)
        {
            return Some(np.0);
        }
        Some(if self.w.t(comma).is_quote() { comma + 1 } else { comma })
    }

    /// `S warned allies that C`, `S promised voters that C`: a verb of
    /// saying that may name its hearer, a short phrase and `that` after
    /// it: the content starts after `that`. Why: the hearer is whom the
    /// speaker addressed, not part of what was said; a `that` followed by
    /// a verb is a relative pronoun ("warned the allies that had sent
    /// troops") and leaves the start where it was.
    fn past_hearer(&self, verb: usize, start: usize, hi: usize) -> Option<usize> {
        if !en::SAY_TO_HEARER.iter().any(|w| self.is(verb, w)) || self.is(start, "that") {
            return None;
        }
        let o = self.object_end(start, hi)?;
        (o <= start + 5
            && o + 1 < hi
            && self.is(o, "that")
            && self.w.t(o).quote == 0
            && !self.w.t(o + 1).has(Class::FINITE | Class::AUX))
        .then_some(o + 1)
    }

    /// Whether the "that" at `k`, right after a reporting verb, is what
    /// the clause is about, not the word opening it: "said that was too
    /// late" (a verb follows at once; "said that the port …" opens one).
    pub(crate) fn that_is_subject(&self, k: usize) -> bool {
        self.w.toks.get(k + 1).is_some_and(|n| {
            n.is_word() && n.quote == self.w.t(k).quote && n.has(Class::FINITE | Class::AUX) && !n.has(Class::PRONOUN)
        })
    }

    /// `S told reporters (that) C`, `S urged X to C`: past the hearer.
    /// `Err` holds a whole content found without a hearer.
    fn tell_start(&self, after: usize, hi: usize) -> Option<Result<usize, Range>> {
        if self.is(after, "to") {
            // "asked to be identified": not a report
            return None;
        }
        if self.is(after, "that") {
            return Some(Ok(if self.that_is_subject(after) { after } else { after + 1 }));
        }
        let Some(o) = self.object_end(after, hi) else {
            return self
                .complement_start(after, hi, false)
                .map(|st| (st, self.clause_end(st, hi)))
                .filter(|r| r.0 < r.1)
                .map(Err);
        };
        // "told supporters at a rally to “go and vote”": a request; the
        // hearer belongs to the content
        let to = (o..hi.min(o + 8)).find(|&k| {
            self.is(k, "to")
                && self.w.t(k).quote == 0
                && (k + 1 < hi)
                && (self.w.t(k + 1).is_quote()
                    || !self.w.t(k + 1).has(Class::DET | Class::PRONOUN) && !self.w.t(k + 1).cap)
        });
        // what stands between hearer and `to` must be a phrase ("at a
        // rally"), not a clause of its own, whose `to` is the clause's:
        // not after `that` ("told reporters that the city saw no reason
        // to wait"), nor after a determiner or pronoun opening a subject
        // ("told reporters the door to talks stays open")
        let opens_clause = o < hi && self.w.t(o).has(Class::DET | Class::PRONOUN);
        let pp_only = !opens_clause
            && to.is_some_and(|to| {
                (o..to).all(|k| {
                    let t = self.w.t(k);
                    t.is_wordlike()
                        && t.quote == 0
                        && !t.has(Class::FINITE | Class::WH | Class::SUBORD)
                        && !self.is(k, "that")
                })
            });
        if self.is(o, "to") || pp_only {
            return Some(Ok(after));
        }
        // "told reporters travelling with him that …": a participle after
        // the hearer describes them, and what was said follows its "that"
        if let Some(that) = self.hearer_participle_then_that(o, hi) {
            return Some(Ok(that + 1));
        }
        self.complement_start(o, hi, true).map(Ok)
    }

    /// The "that" closing a participle phrase at `o` ("travelling with
    /// him", "gathered outside the court") within a few words, with no
    /// verb, mark or clause word before it.
    fn hearer_participle_then_that(&self, o: usize, hi: usize) -> Option<usize> {
        if o >= hi {
            return None;
        }
        let t = self.w.t(o);
        let s = self.w.s(o);
        if !t.is_word()
            || t.cap
            || t.verb.is_some()
            || t.has(Class::FINITE)
            || !(s.ends_with("ing") || s.ends_with("ed"))
        {
            return None;
        }
        let that = (o + 1..hi.min(o + 10)).find(|&k| self.is(k, "that"))?;
        (o + 1..that)
            .all(|k| {
                let t = self.w.t(k);
                t.is_wordlike() && t.quote == 0 && t.verb.is_none() && !t.has(Class::FINITE | Class::WH | Class::SUBORD)
            })
            .then_some(that)
    }

    /// `S accused X of C`, `S attacked “Q”`: the content starts at the
    /// object, when a linking preposition follows it, or when the verb
    /// judges what it names and that is a thing, not people ("condemned
    /// the shelling of the port": a position on the shelling).
    fn accuse_start(&self, after: usize, hi: usize, verb: usize) -> Option<usize> {
        if self.w.t(after).quote != 0 && self.w.t(after).is_quote() {
            // "attacked “the hateful ideology ...”"
            return Some(after);
        }
        // "accused the North's leader, Kim Jong Un, of ..."
        let linked = (after + 1..hi.min(after + 14)).find(|&k| {
            let t = self.w.t(k);
            t.quote == 0
                && (self.is(k, "of")
                    || self.is(k, "for")
                    || self.is(k, "over")
                    || self.is(k, "as")
                    || self.is(k, "with"))
        });
        let blocked = linked.is_some_and(|l| {
            (after..l).any(|k| self.w.t(k).is_any_punct(&[';', ':']) || self.w.t(k).has(Class::FINITE))
        });
        if blocked {
            return None;
        }
        if linked.is_none() {
            let judges = en::JUDGING_VERBS
                .iter()
                .any(|p| self.w.s(verb).get(..p.len()).is_some_and(|v| v.eq_ignore_ascii_case(p)));
            let end = self.clause_end(after, hi);
            if !judges
                || !self.w.t(after).is_word()
                || self.w.t(after).has(Class::PREP)
                || self.names_people(after, end)
                || self.only_points_back(after, end)
            {
                return None;
            }
        }
        Some(after)
    }

    /// The head of the noun phrase that opens `[a, e)`: its last word
    /// before a preposition, a conjunction, a clause or a mark ("the
    /// Ukrainian delegation in Berlin": "delegation").
    pub(crate) fn object_head(&self, a: usize, e: usize) -> Option<usize> {
        let mut head = None;
        for k in a..e {
            let t = self.w.t(k);
            let opens = t.has(Class::PREP | Class::CONJ | Class::SUBORD | Class::WH | Class::FINITE)
                || ["to", "that", "who", "which"].iter().any(|w| self.is(k, w));
            if !t.is_word() || t.quote != 0 || k > a && opens {
                break;
            }
            head = Some(k);
        }
        head
    }

    /// Whether the object `[a, e)` names people rather than a thing: its
    /// head a name ("welcomed Zelensky to Berlin"), a person's role, a
    /// group or a body ("the first refugees", "the delegation"), or a
    /// pronoun, and not what someone has ("Zelensky's plan" is a thing).
    pub(crate) fn names_people(&self, a: usize, e: usize) -> bool {
        let Some(h) = self.object_head(a, e) else { return false };
        let s = self.w.s(h);
        let possessive =
            s.ends_with("'s") || s.ends_with("’s") || h + 1 < self.w.toks.len() && matches!(self.w.s(h + 1), "'" | "’");
        !possessive
            && (self.w.is_name_word(h)
                || self.w.t(h).has(Class::ROLE | Class::TITLE | Class::GROUP | Class::ORG | Class::PRONOUN))
    }

    /// `S rejected C`, `S called for C`: the object is the content, unless
    /// it only points back ("rejected the accusation") or names someone
    /// else's report ("rejected a statement by Peskov that ...").
    fn object_start(&self, after: usize, hi: usize) -> Option<usize> {
        let t = self.w.t(after);
        // "rejected a statement by Peskov that C": C is Peskov's, and the
        // nominal report says so
        let nominal = (after..hi.min(after + 4)).any(|k| {
            self.w.t(k).is_word()
                && self.w.t(k).has(Class::REPORT_NOUN)
                && (self.is(k + 1, "by") || self.is(k + 1, "from") || {
                    let p = self.w.s(k.saturating_sub(1));
                    k > after && (p.ends_with("'s") || p.ends_with("’s"))
                })
                && (k + 1..hi.min(k + 10)).any(|j| self.is(j, "that"))
        });
        if nominal {
            return None;
        }
        if self.is(after, "that") {
            return Some(if self.that_is_subject(after) { after } else { after + 1 });
        }
        // "set out to fill the gap": an intention, not a report; "laws
        // proposed during his term": a participle, not a report
        if self.is(after, "to") || t.has(Class::PREP) && !self.is(after, "as") || !(t.is_wordlike() || t.is_quote()) {
            return None;
        }
        // "rejected the accusation", "dismissed it": an object that only
        // points back says nothing new
        if self.only_points_back(after, self.clause_end(after, hi)) {
            return None;
        }
        Some(after)
    }

    /// Whether the object `[a, e)` only points back at something said
    /// before: "it" or "them" alone, or up to three words after a
    /// determiner that points back ("the accusation", "these claims"),
    /// with no verb of their own and nothing quoted ("it cut corners" is
    /// a clause, "dismissed them as liars" says what of them).
    pub(crate) fn only_points_back(&self, a: usize, e: usize) -> bool {
        let words = (a..e).filter(|&k| self.w.t(k).is_wordlike()).count();
        let pronoun = (self.is(a, "it") || self.is(a, "them")) && words == 1;
        // "this" alone, or what others said, named again ("the
        // accusations", "these reports"); a thing done or planned
        // ("welcomed the decision", "condemned the strike") is what the
        // position is on
        let speech = |k: usize| self.w.t(k).has(Class::REPORT_NOUN) || en::SPEECH_NOUNS.iter().any(|w| self.is(k, w));
        let named = ["the", "this", "that", "these", "those", "such"].iter().any(|w| self.is(a, w))
            && words <= 3
            && self.object_head(a, e).is_some_and(|h| h == a || speech(h));
        (pronoun || named) && !(a..e).any(|k| self.w.t(k).quote != 0 || self.w.t(k).has(Class::FINITE | Class::AUX))
    }

    /// `to` followed by a verb: "to ban", "to rebuild".
    fn infinitive_at(&self, k: usize, hi: usize) -> bool {
        self.is(k, "to")
            && k + 1 < hi
            && self.w.t(k + 1).is_word()
            && !self.w.t(k + 1).cap
            && !self.w.t(k + 1).has(Class::DET | Class::PRONOUN | Class::TIME)
    }

    /// `S voiced concern over C`, `S expressed the hope that C`: the object
    /// must name an attitude within its first words.
    fn attitude_start(&self, after: usize, hi: usize) -> Option<usize> {
        (after..hi.min(after + 3))
            .take_while(|&k| self.w.t(k).is_word() && self.w.t(k).quote == 0)
            .any(|k| self.w.t(k).has(Class::ATTITUDE))
            .then_some(after)
    }

    /// Whether a reported clause `[a, e)` has a verb, as a clause must (a
    /// bare noun after "confirmed the exchange" is no report) — unless it
    /// states an attitude ("stressed the need for ...") or sits in a
    /// headline, which drops its verbs ("says Kyiv ready for talks").
    pub(crate) fn reads_as_clause(&self, a: usize, e: usize) -> bool {
        if self.in_headline(a) || (a..e.min(a + 3)).any(|k| self.w.t(k).has(Class::ATTITUDE)) {
            return true;
        }
        let verb = (a..e).any(|k| {
            let t = self.w.t(k);
            let s = self.w.s(k);
            t.quote != 0
                || t.has(Class::FINITE | Class::AUX)
                || t.verb.is_some()
                || t.is_word() && !t.cap && s.len() > 3 && (s.ends_with("ed") || s.ends_with('s'))
                || t.is_word() && !t.cap && en::IRREGULAR_PAST.binary_search(&s).is_ok()
                || self.ambiguous_past_at(k, a, e)
        });
        // a crosshead last: asked only of a clause with no verb
        verb || self.in_crosshead(a)
    }

    /// Whether word `k` of a clause `[a, e)` is one of
    /// [`en::AMBIGUOUS_PAST`] read as a verb: after a word that is no
    /// article, preposition or number ("the alliance saw", not "the
    /// saw"), and before an object's first word: an article, a pronoun,
    /// "no" or a number ("saw no threat", "set a date", "left it").
    fn ambiguous_past_at(&self, k: usize, a: usize, e: usize) -> bool {
        let t = self.w.t(k);
        if k <= a || k + 1 >= e || !t.is_word() || t.cap || en::AMBIGUOUS_PAST.binary_search(&self.w.s(k)).is_err() {
            return false;
        }
        let (before, after) = (self.w.t(k - 1), self.w.t(k + 1));
        let subject_end = before.is_word() && !before.has(Class::DET | Class::PREP);
        let object_start = matches!(after.kind, Kind::Number)
            || after.is_word() && (after.has(Class::DET | Class::PRONOUN) || self.is(k + 1, "no"));
        subject_end && object_start
    }

    /// `S called the plan “a provocation”`, `S described X as Y`, "what it
    /// called “the bitter experience”": a quotation or `as` must follow.
    fn describe_start(&self, after: usize, hi: usize, verb: usize) -> Option<usize> {
        let end = self.clause_end(after, hi);
        let has_quote = (after..end).any(|k| self.w.t(k).quote != 0);
        let has_as = (after..end).any(|k| self.is(k, "as") || self.is(k, "to"));
        // "called her vote a mistake", "called it a trick": an object, then
        // a predicate that opens with "a"
        let object = self.w.t(after).is_word() && !self.w.t(after).has(Class::PREP | Class::DET)
            || self.is(after, "the")
            || ["his", "her", "their", "its", "this", "that"].iter().any(|w| self.is(after, w));
        let predicate =
            object && (after + 1..end).any(|k| (self.is(k, "a") || self.is(k, "an")) && self.w.t(k - 1).is_word());
        if !(has_quote || predicate || has_as && !self.is(verb, "called")) {
            return None;
        }
        Some(after)
    }

    /// End of the object noun phrase of a verb (its hearer or target).
    pub(crate) fn object_end(&self, a: usize, hi: usize) -> Option<usize> {
        if a >= hi {
            return None;
        }
        let t = self.w.t(a);
        if t.quote != 0
            || !t.is_wordlike()
            || self.is(a, "that")
            || t.has(Class::WH | Class::SUBORD) && !self.is(a, "as")
        {
            return None;
        }
        if t.has(Class::PRONOUN)
            || ["him", "her", "them", "us", "me", "it", "reporters", "journalists"].iter().any(|w| self.is(a, w))
        {
            return Some(a + 1);
        }
        let mut k = a;
        while k < hi {
            let t = self.w.t(k);
            // a programme named after its channel is part of the hearer:
            // "told NBC's “Evening Hour” that ..."
            if k > a && t.is_quote() && t.quote != 0 && {
                let p = self.w.s(k - 1);
                p.ends_with("'s") || p.ends_with("’s")
            } {
                let close = self.quotes[t.quote as usize - 1].close;
                if close > k && close + 1 < hi {
                    k = close + 1;
                    continue;
                }
            }
            if t.quote != 0 || !t.is_wordlike() {
                break;
            }
            if k > a
                && (self.is(k, "that")
                    || t.has(Class::PREP) && !self.is(k, "of")
                    || t.has(Class::WH | Class::SUBORD | Class::FINITE))
            {
                break;
            }
            if k > a && self.is(k, "of") && !(k + 1 < hi && (self.w.t(k + 1).cap || self.w.t(k + 1).has(Class::DET))) {
                break;
            }
            if k > a
                && self.is(k, "of")
                && self.w.t(k + 1).has(Class::DET)
                && !self.w.t(k - 1).has(Class::ROLE | Class::TITLE)
            {
                break;
            }
            if t.has(Class::CONJ) {
                break;
            }
            // "told the committee the figures ...": a second determiner
            // after a noun starts the clause
            if k > a && t.has(Class::DET) && !self.w.t(k - 1).has(Class::PREP | Class::DET | Class::CONJ) {
                break;
            }
            // "told reporters he would ...": a pronoun after the hearer
            // starts the clause
            let subject_it = k + 1 < hi && self.w.t(k + 1).has(Class::FINITE | Class::AUX);
            if k > a && t.has(Class::PRONOUN) && (subject_it || !["it", "you"].iter().any(|w| self.is(k, w))) {
                break;
            }
            if t.verb.is_some_and(|v| v.form == Form::Gerund) && k > a {
                break;
            }
            k += 1;
        }
        (k > a).then_some(k)
    }

    /// Start of a clause after a verb (and its hearer): after `that`, at a
    /// colon, at a wh-word or quotation, or where a subject begins after
    /// time and place adjuncts ("said on Monday the measures were ...").
    pub(crate) fn complement_start(&self, a: usize, hi: usize, after_object: bool) -> Option<usize> {
        // `that` within reach, with nothing clause-like before it
        let mut k = a;
        let mut pp = Phrase::default();
        while k < hi && k < a + 16 {
            let t = self.w.t(k);
            let step = if t.quote != 0 {
                self.complement_at_quote(a, k, &mut pp)
            } else if matches!(t.kind, Kind::Punct(_) | Kind::Quote(_)) {
                self.complement_at_punct(k, hi)
            } else {
                self.complement_at_word(a, k, hi, after_object, &mut pp)
            };
            match step {
                Step::Found(start) => return Some(start),
                Step::Stop => return None,
                Step::Next(n) => k = n,
            }
        }
        None
    }

    /// A quotation inside a phrase ("with the «Izvestia» newspaper") is a
    /// name; otherwise it starts the content.
    fn complement_at_quote(&self, a: usize, k: usize, pp: &mut Phrase) -> Step {
        let t = self.w.t(k);
        if pp.open
            && k > a
            && (self.w.t(k - 1).has(Class::DET | Class::PREP) || {
                let p = self.w.s(k - 1);
                p.ends_with("'s") || p.ends_with("’s")
            })
        {
            pp.has_noun = true;
            return Step::Next(self.quotes[t.quote as usize - 1].close + 1);
        }
        if t.is_quote() || k == a { Step::Found(k) } else { Step::Stop }
    }

    fn complement_at_punct(&self, k: usize, hi: usize) -> Step {
        match self.w.t(k).kind {
            Kind::Punct(':') if k + 1 < hi => Step::Found(k + 1),
            Kind::Punct(',') => {
                // "said, “Q”": the quotation is the content
                let n = self.w.t((k + 1).min(hi.saturating_sub(1)));
                if k + 1 < hi && n.is_quote() && n.quote != 0 && self.quotes[n.quote as usize - 1].open == k + 1 {
                    return Step::Found(k + 1);
                }
                // "said, however, that" / "said, citing X, that": look for
                // a `that` before the next comma
                match (k + 1..hi).find(|&j| self.w.t(j).is_punct(',')) {
                    Some(nc) if self.is(nc + 1, "that") && nc - k < 10 => Step::Found(nc + 2),
                    _ => Step::Stop,
                }
            }
            // a full stop inside the sentence is an abbreviation's: "said
            // on Dec. 1 that"
            Kind::Punct('.') if k + 1 < hi => Step::Next(k + 1),
            // skip a bracket
            Kind::Punct('(') => match (k..hi).find(|&j| self.w.t(j).is_punct(')')) {
                Some(close) => Step::Next(close + 1),
                None => Step::Stop,
            },
            _ => Step::Stop,
        }
    }

    fn complement_at_word(&self, a: usize, k: usize, hi: usize, after_object: bool, pp: &mut Phrase) -> Step {
        let t = self.w.t(k);
        // "pledged to ban ...": an infinitive, not a reported clause
        if k == a && self.infinitive_at(k, hi) {
            return Step::Stop;
        }
        if self.is(k, "that") {
            if k + 1 < hi && self.w.t(k + 1).has(Class::FINITE | Class::AUX) && !self.w.t(k + 1).has(Class::PRONOUN) {
                // "said that was too late": what the clause is about
                if k == a && !after_object && self.that_is_subject(k) {
                    return Step::Found(k);
                }
                // "the meeting that was held": a relative pronoun
                return Step::Next(k + 1);
            }
            // "told the radio that morning that …", "said that evening
            // the …": a time, not the word opening the clause ("that day
            // was the worst" is the clause's subject)
            if k + 2 < hi
                && en::THAT_TIMES.iter().any(|w| self.is(k + 1, w))
                && !self.w.t(k + 1).cap
                && !self.w.t(k + 2).has(Class::FINITE | Class::AUX)
            {
                return Step::Next(k + 2);
            }
            // "that question." is a determiner, not a clause
            let det = k + 2 < hi + 1
                && self.w.t(k + 1).is_word()
                && !self.w.t(k + 1).cap
                && (k + 2 >= hi || self.w.t(k + 2).is_any_punct(&['.', '!', '?', ')']));
            return if det { Step::Stop } else { Step::Found(k + 1) };
        }
        if t.has(Class::CONJ) {
            return Step::Stop;
        }
        // "said at least four ships were hit", "said nearly 300 people
        // …": a quantity opens the subject of the clause; it is no phrase
        // of time or place, nor an adverb of the verb ("said at 10 am
        // that" is a time)
        if !t.cap
            && (t.has(Class::PREP | Class::ADVERB) || self.w.s(k).ends_with("ly"))
            && self.quantity_opens_clause(k, hi)
        {
            return Step::Found(k);
        }
        if t.has(Class::WH) && !self.is(k, "when") || self.is(k, "if") && k == a {
            return Step::Found(k);
        }
        // "after the summit", "since June": a phrase, not a clause
        let pp_subord = ["after", "before", "since", "until"].iter().any(|w| self.is(k, w))
            && k + 1 < hi
            && (self.w.t(k + 1).has(Class::DET | Class::TIME) && !self.w.t(k + 1).has(Class::PRONOUN)
                || matches!(self.w.t(k + 1).kind, Kind::Number));
        if pp_subord {
            *pp = Phrase { open: true, has_noun: false, channel: false };
            return Step::Next(k + 1);
        }
        if t.has(Class::SUBORD) || self.is(k, "when") {
            return Step::Stop;
        }
        if t.has(Class::PREP) {
            let channel = if pp.open { pp.channel } else { self.is(k, "in") };
            *pp = Phrase { open: true, has_noun: false, channel };
            return Step::Next(k + 1);
        }
        if pp.open {
            return self.complement_after_phrase(k, hi, pp);
        }
        // "said earlier this week that", "said last month the …": a time,
        // not a subject (a possessive, "this week's talks", is no time word)
        // (the month is written with a capital: "this may take weeks" is
        // a modal)
        if ["this", "last", "next"].iter().any(|w| self.is(k, w))
            && k + 1 < hi
            && self.w.t(k + 1).has(Class::TIME)
            && self.w.t(k + 1).is_word()
            && (self.w.t(k + 1).cap || !self.is(k + 1, "may"))
        {
            return Step::Next(k + 2);
        }
        let ly = t.is_word()
            && !t.cap
            && self.w.s(k).len() > 4
            && self.w.s(k).ends_with("ly")
            && !["only", "early", "likely"].contains(&self.w.s(k));
        if (t.has(Class::ADVERB) || ly) && !t.has(Class::DET | Class::PRONOUN | Class::PREP) && !t.cap
            || t.has(Class::TIME)
        {
            return Step::Next(self.day_of_month_end(k, hi));
        }
        if after_object && t.has(Class::FINITE) {
            return Step::Stop;
        }
        // a subject starts here (or, after "which he said", the verb)
        Step::Found(k)
    }

    /// Inside a time or place phrase after the verb: "said on Tuesday
    /// Moscow had ...": a name after a complete phrase, followed by a verb,
    /// is a new subject.
    fn complement_after_phrase(&self, k: usize, hi: usize, pp: &mut Phrase) -> Step {
        let t = self.w.t(k);
        // ("in comments carried by the agency Interfax that …": a name
        // followed by "that" ends a phrase of where the words came out,
        // and "that" opens the clause; after "asked about a statement by
        // the ministry that …" the clause is the statement's)
        let name_end = (k..hi).find(|&j| !(self.w.t(j).cap && self.w.t(j).is_word())).unwrap_or(hi);
        let named_subject = t.cap
            && pp.has_noun
            && !self.w.t(k - 1).has(Class::PREP | Class::DET)
            && !(pp.channel && self.is(name_end, "that"))
            && self.verb_follows(k, hi);
        // "aboard Air Force One": a capital determiner or pronoun after a
        // name goes on with the name
        let in_name = t.cap && self.w.t(k - 1).cap && self.w.t(k - 1).is_word();
        let starts_clause = (t.has(Class::DET) && pp.has_noun && !in_name)
            || named_subject
            || (t.has(Class::PRONOUN) && !in_name && !["him", "her", "them", "it"].iter().any(|w| self.is(k, w)));
        if starts_clause && !self.is(k, "it") {
            return Step::Found(k);
        }
        if t.is_wordlike() && !t.has(Class::DET) {
            pp.has_noun = true;
        }
        Step::Next(k + 1)
    }

    /// Past the time word at `k` and, when it names a month, the day and
    /// year that follow ("said Jan. 5 that", "said Dec. 5, 2025, that"):
    /// the day is no subject of what was said.
    fn day_of_month_end(&self, k: usize, hi: usize) -> usize {
        let month = en::MONTHS.iter().any(|m| self.is(k, m)) || en::MONTH_ABBREVIATIONS.iter().any(|m| self.is(k, m));
        let number = |j: usize| j < hi && matches!(self.w.t(j).kind, Kind::Number);
        let mut j = k + 1;
        if !month {
            return j;
        }
        if j < hi && self.w.t(j).is_punct('.') {
            j += 1;
        }
        if !number(j) {
            return k + 1;
        }
        j += 1;
        // ", 2025": the year, and the comma before "that"
        if j < hi && self.w.t(j).is_punct(',') && number(j + 1) {
            j += 2;
        }
        if j < hi && self.w.t(j).is_punct(',') && self.is(j + 1, "that") {
            j += 1;
        }
        j
    }

    /// Whether the word at `k` opens a quantity ("at least", "up to",
    /// "about", "nearly" …, then a number) whose noun phrase a finite
    /// verb follows.
    fn quantity_opens_clause(&self, k: usize, hi: usize) -> bool {
        let number = if self.is(k, "at") && (self.is(k + 1, "least") || self.is(k + 1, "most"))
            || self.is(k, "up") && self.is(k + 1, "to")
        {
            k + 2
        } else if en::APPROXIMATELY.iter().any(|w| self.is(k, w)) {
            k + 1
        } else {
            return false;
        };
        number < hi
            && (matches!(self.w.t(number).kind, Kind::Number)
                || en::COUNT_WORDS.iter().chain(en::LARGER_NUMBER_WORDS).any(|w| self.is(number, w)))
            // "said around 5 pm that": a time
            && !["am", "pm", "a.m.", "p.m.", "gmt", "utc"].iter().any(|w| self.is(number + 1, w))
            && (number + 1..(number + 6).min(hi)).take_while(|&j| self.w.t(j).is_word()).any(|j| {
                self.w.t(j).has(Class::FINITE | Class::AUX) || self.w.t(j).verb.is_some_and(|v| v.form != Form::Gerund)
            })
    }

    /// Whether a finite verb follows the noun phrase starting at `k`.
    pub(crate) fn verb_follows(&self, k: usize, hi: usize) -> bool {
        let mut j = k;
        while j < hi && j < k + 6 && self.w.subject_word(j) {
            // "Lammy heads to Kyiv": a role word's plural after a name,
            // before a preposition or an article, is the verb
            if j > k
                && self.w.t(j - 1).cap
                && !self.w.t(j).cap
                && self.w.s(j).ends_with('s')
                && j + 1 < hi
                && self.w.t(j + 1).has(Class::PREP | Class::DET)
            {
                return true;
            }
            j += 1;
        }
        j < hi && j > k && {
            let t = self.w.t(j);
            t.has(Class::FINITE | Class::AUX)
                || t.verb.is_some_and(|v| v.form != Form::Gerund)
                || (t.is_word()
                    && !t.cap
                    && (self.w.s(j).ends_with("ed") || self.w.s(j).ends_with('s'))
                    && !t.has(Class::PREP | Class::DET))
        }
    }

    /// Whether `verb` is "urge" and the noun phrase after it names what is
    /// urged, not whom: no person, group, name or pronoun in it.
    fn urges_a_thing(&self, verb: usize, after: usize, hi: usize) -> bool {
        if !["urge", "urges", "urged", "urging"].iter().any(|w| self.is(verb, w)) || self.is(after, "to") {
            return false;
        }
        let o = self.object_end(after, hi).unwrap_or_else(|| self.clause_end(after, hi)).min(after + 4);
        o > after
            && (after..o).all(|k| {
                let t = self.w.t(k);
                let w = self.w.s(k).to_ascii_lowercase();
                let person = |w: &str| en::PERSON_OFFICES.contains(&w) || en::GROUP_NOUNS.contains(&w);
                t.is_word()
                    && !t.cap
                    && t.quote == 0
                    && !t.has(Class::GROUP | Class::PRONOUN)
                    && !person(&w)
                    && !w.strip_suffix('s').is_some_and(person)
            })
    }

    /// "as talks stall", "as strikes continue" closing a headline: a
    /// plural noun and one more word, the line's last.
    fn short_headline_clause(&self, k: usize, hi: usize) -> bool {
        let end = (k..hi).find(|&j| !self.w.t(j).is_wordlike()).unwrap_or(hi);
        let (t, s) = (self.w.t(k), self.w.s(k));
        end == k + 2
            && t.is_word()
            && !t.cap
            && s.ends_with('s')
            && !s.ends_with("ss")
            && !t.has(Class::ADVERB | Class::PREP | Class::DET | Class::PRONOUN)
            && self.w.t(k + 1).is_word()
            && !self.w.t(k + 1).has(Class::ADVERB | Class::PREP | Class::DET)
    }

    /// `Kyiv sceptical`, `Moscow unmoved`, `Berlin cool on plan`: from `k`
    /// to `hi` (the line's end), a name in capitals, then one to four
    /// words in small letters of which none is a verb, an auxiliary or a
    /// pronoun, and no more punctuation.
    fn verbless_tail(&self, k: usize, hi: usize) -> bool {
        let t = self.w.t(k);
        if !(t.is_word() && t.cap && !t.has(Class::DET | Class::PRONOUN) && (2..=5).contains(&(hi - k))) {
            return false;
        }
        (k + 1..hi).all(|j| {
            let u = self.w.t(j);
            u.is_word()
                && u.quote == 0
                && !u.cap
                && u.verb.is_none()
                && !u.has(Class::AUX | Class::FINITE | Class::PRONOUN | Class::SUBORD)
                && !self.is(j, "and")
        })
    }

    /// [`Self::short_headline_clause`] in a headline written in title
    /// case: "as Talks Stall", "as Gas Prices Climb", a plural noun (with
    /// one word before it) and one more word, the line's last.
    fn title_case_headline_clause(&self, k: usize, hi: usize) -> bool {
        let end = (k..hi).find(|&j| !self.w.t(j).is_wordlike()).unwrap_or(hi);
        if !(k + 2..=k + 3).contains(&end) || !self.in_title_case_headline(k) {
            return false;
        }
        let noun = self.w.s(end - 2);
        (k..end).all(|j| self.w.t(j).is_word() && self.w.t(j).cap && !self.w.t(j).has(Class::ADVERB | Class::PREP))
            && noun.ends_with('s')
            && !noun.ends_with("ss")
    }

    /// Whether the words from `n` to the end of the sentence (`hi`, with
    /// no comma, quotation or other clause between) are the reporter's
    /// word on what was said: an apposition naming it a claim ("a claim
    /// Moscow disputes", "an allegation that could not be checked"), or a
    /// "which" clause that checks or contests it ("which Reuters could
    /// not independently confirm").
    fn reporter_aside(&self, n: usize, hi: usize) -> bool {
        if !(self.is(n, "a") || self.is(n, "an") || self.is(n, "which")) {
            return false;
        }
        let end = (n..hi).find(|&j| !self.w.t(j).is_wordlike()).unwrap_or(hi);
        let closes = end == hi || end + 1 == hi && self.w.t(end).is_any_punct(&['.', '!']);
        if !closes || (n..end).any(|j| self.w.t(j).quote != 0) {
            return false;
        }
        if self.is(n, "a") || self.is(n, "an") {
            (n + 1..end.min(n + 4)).any(|j| !self.w.t(j).cap && en::CLAIM_NOUNS.iter().any(|c| self.is(j, c)))
        } else {
            self.is(n, "which") && (n + 1..end).any(|j| en::CHECKING_VERBS.iter().any(|c| self.is(j, c)))
        }
    }

    /// Whether the words from `m` (after ", as") set the scene rather than
    /// give a reason: a subject and a verb in the past ("as he toured the
    /// docks", "as Oslo lifted the ban") or in the present ("as the envoy
    /// prepares to visit"). A modal or an auxiliary ("as a reopening
    /// would endanger the crews", "as the cranes were broken") is a reason
    /// the speaker gives, and stays.
    fn scene_after_as(&self, m: usize, hi: usize) -> bool {
        // the subject's words, then its verb: one in the past, or in -s
        // with an object's or a phrase's first word after it ("prepares
        // to", "heads for"); a modal, an auxiliary or another clause first
        // is no scene
        for v in m + 1..hi.min(m + 7) {
            let t = self.w.t(v);
            if !t.is_word() || t.quote != 0 || t.has(Class::FINITE | Class::AUX | Class::SUBORD | Class::CONJ) {
                return false;
            }
            if t.cap || t.has(Class::PREP | Class::DET | Class::PRONOUN) {
                continue;
            }
            let s = self.w.s(v);
            let past = self.w.past_form(v);
            let next_opens = v + 1 == hi
                || !self.w.t(v + 1).is_word()
                || self.w.t(v + 1).has(Class::PREP | Class::DET) && self.w.t(v + 1).quote == 0;
            let present = s.len() > 3 && s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && next_opens;
            if past || present {
                return true;
            }
        }
        false
    }

    /// End of the reported clause that starts at `a`.
    pub(crate) fn clause_end(&self, a: usize, hi: usize) -> usize {
        let mut k = a;
        while k < hi {
            let t = self.w.t(k);
            // "S vows A: B" in a headline: B is a second statement; and
            // "S rejects A; T reports B" is two headlines in one line
            if k > a && (t.is_punct(':') || t.is_punct(';')) && self.in_headline(k) {
                return k;
            }
            // "said A and urged B": a second report by the same speaker;
            // "confirmed A but declined to say B": what the speaker held back
            if k > a && t.quote == 0 && (self.coordinated_report_at(k, hi) || self.withholds_at(k, hi)) {
                let comma = k > a + 1 && self.w.t(k - 1).is_punct(',');
                return if comma { k - 1 } else { k };
            }
            // "S says A as Kyiv voices concern" in a headline: the
            // reporter setting what was said beside what happened
            if k > a
                && t.quote == 0
                && self.is(k, "as")
                && k + 1 < hi
                && self.in_headline(k)
                && (self.w.t(k + 1).cap && self.verb_follows(k + 1, hi)
                    || self.short_headline_clause(k + 1, hi)
                    || self.title_case_headline_clause(k + 1, hi))
            {
                return k;
            }
            // "… “a provocation” when asked about it": the question put to
            // the speaker is no part of the answer ("leaving the car when
            // asked to by police" is: a request, not a question)
            if k > a
                && t.quote == 0
                && t.has(Class::SUBORD)
                && self.is(k, "when")
                && ["asked", "pressed", "questioned", "challenged"].iter().any(|w| self.is(k + 1, w))
                && !self.is(k + 2, "to")
            {
                let mut e = k;
                if e > a + 1 && (self.is(e - 1, "and") || self.is(e - 1, "but")) {
                    e -= 1;
                }
                return if e > a + 1 && self.w.t(e - 1).is_punct(',') { e - 1 } else { e };
            }
            // "Trump says deal is close, Kyiv sceptical" in a headline: a
            // second subject with a predicate and no verb closes the line,
            // the reporter's, not more of what was said
            if k > a + 1 && t.quote == 0 && t.is_punct(',') && self.in_headline(k) && self.verbless_tail(k + 1, hi) {
                return k;
            }
            // " - a claim the BBC could not verify": a hyphen set apart by
            // spaces is a dash, before the reporter weighing the claim
            if k > a && t.quote == 0 && t.is_punct('-') && k + 1 < hi && self.reporter_aside(k + 1, hi) {
                return k;
            }
            // a comma just inside a closing mark counts: “...,” adding
            let comma_in_quote =
                t.is_quote() && t.quote != 0 && k > a && self.w.t(k - 1).is_punct(',') && self.quote_closes_at(k);
            if (t.quote == 0 && (t.is_punct(',') || t.is_punct(';') || t.is_any_punct(&['—', '–'])) || comma_in_quote)
                && k + 1 < hi
            {
                let n = k + 1;
                let k = if comma_in_quote { k + 1 } else { k };
                // ", according to", ", adding that", ", he said"
                if self.is(n, "according") && self.is(n + 1, "to") {
                    return k;
                }
                // ", without giving details", ", without naming it": how the
                // speaker said it, not more of what was said
                if self.is(n, "without")
                    && n + 1 < hi
                    && self.w.t(n + 1).is_word()
                    && self.w.s(n + 1).ends_with("ing")
                    && !self.w.t(n + 1).cap
                {
                    return k;
                }
                // ", deepening a standoff": what saying it did
                if !self.w.t(n).cap && en::CONSEQUENCES.iter().any(|g| self.is(n, g)) {
                    return k;
                }
                // ", a claim that could not be verified", ", which Kyiv
                // denies": the reporter weighing what was said
                if self.reporter_aside(n, hi) {
                    return k;
                }
                // ", even as his envoy returned empty-handed": the reporter
                // setting what was said against what happened
                if self.is(n, "even") && self.is(n + 1, "as") && self.w.t(n).quote == 0 {
                    return k;
                }
                // ", days after talks stalled", ", a week before the vote":
                // when the words came, the reporter's timing
                if self.time_apart_at(n, hi) {
                    return k;
                }
                // ", as he held talks in Moscow", ", as the envoy prepares
                // to fly in": the reporter setting the scene
                if self.is(n, "as") && self.w.t(n).quote == 0 && self.scene_after_as(n + 1, hi) {
                    return k;
                }
                // ", adding that", ", calling it “...”", ", accusing X of"
                if let Some(v) = self.w.t(n).verb
                    && v.form == Form::Gerund
                    && v.strong
                    && v.frame != Frame::Belief
                {
                    return k;
                }
                if n + 1 < hi && self.w.phrasal(n, n + 1).is_some_and(|(_, f)| f == Form::Gerund) {
                    return k;
                }
                // ", with the prime minister telling parliament that …": a
                // second speaker's report
                if self.is(n, "with") && self.w.t(n).quote == 0 && self.speaker_reports_at(n + 1, hi) {
                    return k;
                }
                if self.attribution_follows(n, hi) {
                    return k;
                }
                // "Budrys, who has long called for a blockade, said the EU
                // must act": a report in a relative clause ends where the
                // verb of the sentence it hangs on follows
                if self.main_verb_after_relative(a, n, hi) {
                    return k;
                }
                // ", after S told ..." — a new report in a subordinate clause;
                // ", and S has described ..." — a second speaker
                if self.w.t(n).has(Class::SUBORD | Class::CONJ) && self.report_within(n + 1, hi) {
                    return k;
                }
            }
            k += 1;
        }
        hi
    }

    /// Whether the words from `n` tell how long before or after something
    /// else the words were said: "days after", "a week before", "just
    /// hours after", "less than a month after", "two days ahead of". Why:
    /// wire copy sets a report beside what happened around it with such a
    /// phrase after a comma, and it is no part of what was said.
    fn time_apart_at(&self, n: usize, hi: usize) -> bool {
        let any = |k: usize, ws: &[&str]| ws.iter().any(|w| self.is(k, w));
        let mut k = n;
        if any(k, en::TIME_APART_HEDGES) {
            k += 1;
        }
        if any(k, &["less", "more"]) && self.is(k + 1, "than") {
            k += 2;
        }
        let count = any(k, &["a", "an", "one", "several", "few"])
            || any(k, en::COUNT_WORDS)
            || any(k, en::LARGER_NUMBER_WORDS)
            || matches!(self.w.t(k).kind, Kind::Number);
        if count {
            k += 1;
            if self.is(k, "few") {
                k += 1;
            }
        }
        k + 1 < hi
            && self.w.t(k).quote == 0
            && any(k, en::SPANS_OF_TIME)
            && (any(k + 1, &["after", "before", "since"]) || self.is(k + 1, "ahead") && self.is(k + 2, "of"))
    }

    /// Whether the words from `a` are someone (a name, a role, a body),
    /// then a participle reporting what they say: "the prime minister
    /// telling parliament", "Merz insisting". At most eight words to it,
    /// with no break between.
    fn speaker_reports_at(&self, a: usize, hi: usize) -> bool {
        let Some(g) = (a + 1..hi.min(a + 9)).find(|&k| {
            let t = self.w.t(k);
            !t.is_word() || t.verb.is_some_and(|v| v.form == Form::Gerund)
        }) else {
            return false;
        };
        let v = self.w.t(g).verb;
        v.is_some_and(|v| v.strong && v.frame != Frame::Belief) && self.w.names_someone((a, g))
    }

    /// Whether the word at `n`, right after a comma, is a finite reporting
    /// verb with no subject of its own ("said", "told", not "said to
    /// cost"), and the clause starting at `a` lies in a relative clause set
    /// off by a comma (", who has long argued that ...") no more than a
    /// few words before it: the verb is then the sentence's own.
    ///
    /// Any verb of the past after a relative clause of a person set off by
    /// commas or dashes is the sentence's own too: "Fico, who had
    /// threatened to block it, ultimately abstained" (the threat is all
    /// that was said).
    fn main_verb_after_relative(&self, a: usize, n: usize, hi: usize) -> bool {
        let relative = || {
            let lo = a.saturating_sub(10).max(1);
            (lo..a)
                .rev()
                .find(|&j| {
                    let t = self.w.t(j);
                    t.is_any_punct(&[',', ';', '—', '–']) || t.is_terminal() || self.is(j, "who") || self.is(j, "which")
                })
                .is_some_and(|j| {
                    (self.is(j, "who") || self.is(j, "which")) && self.w.t(j - 1).is_any_punct(&[',', '—', '–'])
                })
        };
        let Some(v) = self.w.t(n).verb else {
            // "…, ultimately abstained": past adverbs, then a verb of the
            // past of no report, after "who" only
            let mut k = n;
            while k < hi
                && k < n + 2
                && (self.w.t(k).has(Class::ADVERB) || self.w.s(k).ends_with("ly"))
                && !self.w.t(k).cap
            {
                k += 1;
            }
            let t = self.w.t(k);
            return k < hi
                && t.is_word()
                && !t.cap
                && t.quote == 0
                && t.verb.is_none()
                && !t.has(Class::CLOSED | Class::ADVERB)
                && self.w.past_form(k)
                && relative()
                && (a.saturating_sub(10).max(1)..a).any(|j| self.is(j, "who"));
        };
        if v.form == Form::Gerund || v.bare || !v.strong || !matches!(v.frame, Frame::Say | Frame::Tell) {
            return false;
        }
        if self.w.t(n).cap || n + 1 >= hi || self.is(n + 1, "to") || self.is(n + 1, "by") {
            return false;
        }
        relative()
    }

    /// `and urged ...`, `but has also warned ...`: a conjunction, then a
    /// finite reporting verb with no subject of its own. Returns the index
    /// of the verb.
    pub(crate) fn coordinated_verb(&self, k: usize, hi: usize) -> Option<usize> {
        // a headline joins its verbs with a comma: "S says A, rejects B"
        let joins = self.is(k, "and") || self.is(k, "but") || self.w.t(k).is_punct(',') && self.in_headline(k);
        if !joins {
            return None;
        }
        let mut v = k + 1;
        while v < hi && v < k + 4 && self.w.t(v).has(Class::ADVERB | Class::AUX) && !self.w.t(v).cap {
            v += 1;
        }
        if v >= hi {
            return None;
        }
        let t = self.w.t(v);
        let phrasal = v + 1 < hi && self.w.phrasal(v, v + 1).is_some_and(|(_, f)| f != Form::Gerund);
        // a bare form after "and" is rarely a verb of this subject ("and
        // state officials"): third person or past only
        let verb =
            t.verb.is_some_and(|vb| vb.form != Form::Gerund && vb.strong && !vb.bare && vb.frame != Frame::Belief);
        (t.quote == 0 && !t.cap && (verb || phrasal)).then_some(v)
    }

    /// `but declined to comment`, `and did not say …`, `but gave no
    /// details`: a conjunction, then the speaker holding something back
    /// ([`en::WITHHELD`]).
    fn withholds_at(&self, k: usize, hi: usize) -> bool {
        if !(self.is(k, "and") || self.is(k, "but")) {
            return false;
        }
        // "but she declined to give a timeline": the speaker named again
        // ("they" is as often the people the clause was about)
        let k = if ["he", "she", "it"].iter().any(|w| self.is(k + 1, w)) { k + 1 } else { k };
        if k + 2 >= hi {
            return false;
        }
        let (n, m) = (k + 1, k + 2);
        // "refused to drop the gun" is what someone else did
        // ("refused to give up" or "give way" is no silence either)
        let withheld = m + 1 < hi
            && en::WITHHELD.iter().any(|w| self.is(m + 1, w))
            && !(self.is(m + 1, "give") && ["up", "in", "way"].iter().any(|w| self.is(m + 2, w)));
        ["gave", "offered", "provided"].iter().any(|w| self.is(n, w)) && self.is(m, "no")
            || ["declined", "refused"].iter().any(|w| self.is(n, w)) && self.is(m, "to") && withheld
            || ["did", "would", "could"].iter().any(|w| self.is(n, w)) && self.is(m, "not") && withheld
    }

    fn coordinated_report_at(&self, k: usize, hi: usize) -> bool {
        self.coordinated_verb(k, hi).is_some()
    }

    /// `he said` / `said Peskov` / `the ministry said in a statement` from
    /// `k` to the end of the sentence.
    pub(crate) fn attribution_follows(&self, k: usize, hi: usize) -> bool {
        /// Words that describe a news outlet before its name or its noun.
        const MEDIA_MODIFIERS: &[&str] =
            &["state", "state-run", "state-owned", "state-controlled", "official", "news", "independent", "private"];
        // (a bare form after an article is a noun: "briefed on the call")
        let noun = |v: usize| self.w.t(v).verb.is_some_and(|x| x.bare) && v > k && self.w.t(v - 1).has(Class::DET);
        let mut v = k;
        while v < hi && v < k + 8 && (self.w.t(v).verb.is_none() || noun(v)) {
            v += 1;
        }
        if v >= hi || v >= k + 8 {
            return false;
        }
        let verb = self.w.t(v).verb.unwrap_or(lexicon::lookup("said").verb.unwrap_or(super::lexicon::Verb {
            frame: Frame::Say,
            form: Form::Finite,
            bare: false,
            strong: true,
        }));
        if !matches!(verb.frame, Frame::Say | Frame::Tell) || verb.form == Form::Gerund {
            return false;
        }
        // "the RIA news agency said", "state news agency TASS reported": an
        // outlet's description before the phrase the speaker words take
        let outlet_word = |i: usize| {
            let t = self.w.t(i);
            t.quote == 0
                && t.is_word()
                && (t.has(Class::DET)
                    || t.cap && !t.has(Class::NOT_NAME)
                    || MEDIA_MODIFIERS.iter().any(|w| self.is(i, w)))
        };
        let subject_before = v > k
            && self.w.left_np(v, k).is_some_and(|(s, e)| {
                e == v
                    && (s == k
                        || s - k <= 3
                            && (k..s).all(outlet_word)
                            && (s..v).any(|i| self.w.t(i).has(Class::ORG | Class::MEDIUM) || self.w.t(i).cap))
            });
        let subject_after = v == k && self.w.right_np(v + 1, hi).is_some();
        (subject_before || subject_after || v > k && self.described_subject(k, v)) && self.only_adjuncts(v + 1, hi)
    }

    /// ", two sources briefed on the call told Axios": the words `k..v`
    /// before the verb of saying are a noun phrase and a participle
    /// describing it ("briefed", "involved"), with a short phrase after
    /// the participle.
    fn described_subject(&self, k: usize, v: usize) -> bool {
        (k + 1..v).find(|&p| self.w.s(p).ends_with("ed") && !self.w.t(p).cap).is_some_and(|p| {
            self.w.left_np(p, k).is_some_and(|(s, e)| s == k && e == p)
                && v - p <= 5
                && (p + 1..v).all(|j| {
                    let t = self.w.t(j);
                    t.is_word() && t.quote == 0 && !t.has(Class::CONJ | Class::SUBORD | Class::PRONOUN | Class::WH)
                })
        })
    }

    pub(crate) fn report_within(&self, a: usize, hi: usize) -> bool {
        (a..hi.min(a + 14)).any(|v| {
            let Some(vb) = self.w.t(v).verb else { return false };
            if !vb.strong || vb.form == Form::Gerund || vb.frame == Frame::Belief || self.w.t(v).quote != 0 {
                return false;
            }
            // "…,” while another described it as …": one more of a group
            // the story quotes, by that word alone
            if v == a + 1 && ["another", "others"].iter().any(|w| self.is(a, w)) {
                return true;
            }
            // the subject, possibly with an apposition: "Sergey Lavrov,
            // Russia's foreign minister, has described"
            let Some(stop) = self.skip_left(v, a) else { return false };
            // (where the phrase starts: "the trade commissioner, Eva
            // Holm, said" starts at its description)
            let np = if stop > a && self.w.t(stop - 1).is_punct(',') {
                self.w.appositive(stop - 1, a).map(|m| (m.desc.map_or(m.head.0, |d| d.0.min(m.head.0)), m.head.1))
            } else {
                self.w.left_np(stop, a)
            };
            np.is_some_and(|np| {
                np.0 == a
                    && (self.w.has_name(np) || self.w.names_someone(np) && matches!(vb.frame, Frame::Say | Frame::Tell))
            })
        })
    }

    pub(crate) fn has_report(&self, a: usize, e: usize) -> bool {
        // "insists on keeping", "spoke about the plan": the verb's object
        // is a topic, not what was said ("said on Tuesday", "said on
        // Telegram" still report)
        let topic_after = |v: usize| {
            v + 2 < e
                && ["on", "about", "upon"].iter().any(|w| self.is(v + 1, w))
                && !self.w.t(v + 2).cap
                && !self.w.t(v + 2).has(Class::TIME)
        };
        (a..e).any(|v| {
            let t = self.w.t(v);
            t.quote == 0
                && t.verb.is_some_and(|vb| {
                    vb.strong && vb.form == Form::Finite && matches!(vb.frame, Frame::Say | Frame::Tell)
                })
                && v > a
                && !topic_after(v)
                // (past an adverb: "Putin also told …")
                && self.skip_left(v, a).and_then(|stop| self.w.left_np(stop, a)).is_some()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::doc::Parsed;
    use super::super::lexicon::Frame;

    /// The content after `verb` in the first sentence, read with `frame`.
    fn after(text: &str, verb: &str, frame: Frame) -> Option<String> {
        let p = Parsed::new(text);
        let v = p.at(verb);
        let r = p.doc().forward(0, v + 1, frame, v)?;
        Some(p.words(r).to_string())
    }

    #[test]
    fn said_that_or_without_that_or_after_times() {
        assert_eq!(after("She said that the dam held.", "said", Frame::Say).as_deref(), Some("the dam held"));
        assert_eq!(after("She said the dam held.", "said", Frame::Say).as_deref(), Some("the dam held"));
        assert_eq!(
            after("She said on Sunday in Lviv the dam held.", "said", Frame::Say).as_deref(),
            Some("the dam held")
        );
        assert_eq!(after("She said, however, that the dam held.", "said", Frame::Say).as_deref(), Some("the dam held"));
    }

    #[test]
    fn a_name_closing_a_phrase_before_that_is_no_subject() {
        for phrase in [
            "in remarks carried by the state news agency BelTA",
            "in an interview with the daily paper Kommersant",
            "in comments to the broadcaster Radio Liberty",
        ] {
            let text = format!("He said {phrase} that the border would stay shut.");
            assert_eq!(after(&text, "said", Frame::Say).as_deref(), Some("the border would stay shut"), "{phrase}");
        }
        // a name after a complete phrase, with its own verb, is the subject
        assert_eq!(
            after("He said on Tuesday Moscow had closed the border.", "said", Frame::Say).as_deref(),
            Some("Moscow had closed the border")
        );
    }

    #[test]
    fn a_second_narrated_verb_ends_a_promised_thing_but_not_a_promised_clause() {
        for (text, content) in [
            ("The union threatened a strike and tried to win over the drivers.", "a strike"),
            ("The union threatened a strike but agreed to talk on Monday.", "a strike"),
            // a clause goes on: its own verb came first
            (
                "The union threatened the depot would close and stayed to talk it over.",
                "the depot would close and stayed to talk it over",
            ),
        ] {
            assert_eq!(after(text, "threatened", Frame::Say).as_deref(), Some(content), "{text}");
        }
    }

    #[test]
    fn a_source_described_by_a_participle_after_a_comma_ends_the_clause() {
        for source in [
            "two people briefed on the call told the paper",
            "officials involved in the talks said",
            "a diplomat briefed by the envoy said on Friday",
        ] {
            let text = format!("She said the quay would reopen, {source}.");
            assert_eq!(after(&text, "said", Frame::Say).as_deref(), Some("the quay would reopen"), "{source}");
        }
        // a clause that goes on after the comma stays
        assert_eq!(
            after("She said the quay would reopen, the cranes repaired by then.", "said", Frame::Say).as_deref(),
            Some("the quay would reopen, the cranes repaired by then")
        );
    }

    #[test]
    fn that_morning_is_a_time_not_the_clause_it_opens() {
        for (text, verb, frame) in [
            ("She told the local radio that morning that the dam held.", "told", Frame::Tell),
            ("She said that evening the dam held.", "said", Frame::Say),
            ("He told crews that night that the dam held.", "told", Frame::Tell),
        ] {
            assert_eq!(after(text, verb, frame).as_deref(), Some("the dam held"), "{text}");
        }
        // a plural opens the clause: no one time is pointed at
        assert_eq!(
            after("She said that years of neglect had worn the dam down.", "said", Frame::Say).as_deref(),
            Some("years of neglect had worn the dam down")
        );
    }

    #[test]
    fn this_week_and_last_month_are_times_not_subjects() {
        for time in ["earlier this week that", "this morning", "last month that", "late last year"] {
            let text = format!("She said {time} the dam held.");
            assert_eq!(after(&text, "said", Frame::Say).as_deref(), Some("the dam held"), "{time}");
        }
    }

    #[test]
    fn a_hearer_described_by_a_participle_is_no_part_of_what_was_told() {
        for hearer in
            ["reporters travelling with her", "reporters gathered outside the court", "pilgrims waiting at the gate"]
        {
            let text = format!("She told {hearer} that the bridge would reopen.");
            assert_eq!(after(&text, "told", Frame::Tell).as_deref(), Some("the bridge would reopen"), "{hearer}");
        }
        // a hearer and then what was said, with no "that": as before
        assert_eq!(
            after("She told reporters the bridge would reopen.", "told", Frame::Tell).as_deref(),
            Some("the bridge would reopen")
        );
    }

    #[test]
    fn a_report_in_a_fronted_clause_ends_at_its_comma() {
        assert_eq!(
            after("Although the mayor said the pier was safe, the council shut it.", "said", Frame::Say).as_deref(),
            Some("the pier was safe")
        );
        assert_eq!(
            after("While she argued the fee was “too steep,” the board raised it again.", "argued", Frame::Say)
                .as_deref(),
            Some("the fee was “too steep,”")
        );
        // a new speaker and verb before the comma start the main clause
        assert_eq!(
            after(
                "When the mayor noted that the pier was old — and it is — the chief retorted, “It still stands.”",
                "noted",
                Frame::Say
            )
            .as_deref(),
            Some("the pier was old — and it is")
        );
        // a sentence that opens with its speaker runs on past a comma
        assert_eq!(
            after("The mayor said the pier, which is old, was safe.", "said", Frame::Say).as_deref(),
            Some("the pier, which is old, was safe")
        );
    }

    #[test]
    fn a_phrase_after_the_verb_is_not_a_clause() {
        assert_eq!(after("She spoke after the vote.", "spoke", Frame::Say), None);
        assert_eq!(after("She said so before the vote.", "said", Frame::Say), None);
    }

    #[test]
    fn told_skips_the_hearer() {
        assert_eq!(
            after("He told the committee the figures were wrong.", "told", Frame::Tell).as_deref(),
            Some("the figures were wrong")
        );
        assert_eq!(
            after("He urged voters to stay home.", "urged", Frame::Tell).as_deref(),
            Some("voters to stay home")
        );
        assert_eq!(after("He asked to be left out of it.", "asked", Frame::Tell), None);
    }

    #[test]
    fn accused_needs_a_linking_preposition() {
        assert_eq!(
            after("She accused the board of hiding losses.", "accused", Frame::Accuse).as_deref(),
            Some("the board of hiding losses")
        );
        assert_eq!(after("She accused the board.", "accused", Frame::Accuse), None);
    }

    #[test]
    fn an_object_that_only_points_back_says_nothing() {
        assert_eq!(after("The union rejected it.", "rejected", Frame::Object), None);
        assert_eq!(
            after("The union rejected any cut to night shifts.", "rejected", Frame::Object).as_deref(),
            Some("any cut to night shifts")
        );
    }

    #[test]
    fn describing_needs_as_or_a_quotation() {
        assert_eq!(
            after("He described the offer as an insult.", "described", Frame::Describe).as_deref(),
            Some("the offer as an insult")
        );
        assert_eq!(after("He called the offer yesterday.", "called", Frame::Describe), None);
        assert_eq!(
            after("She called the proposal a trap for the unwary.", "called", Frame::Describe).as_deref(),
            Some("the proposal a trap for the unwary")
        );
        assert_eq!(after("She called a news conference.", "called", Frame::Describe), None);
    }

    #[test]
    fn a_reported_clause_ends_at_the_next_attribution() {
        let p = Parsed::new("Prices will rise, the bank said, adding that wages would not.");
        let d = p.doc();
        let end = d.clause_end(0, p.toks.len());
        assert_eq!(p.words((0, end)), "Prices will rise");
        let p = Parsed::new("The road is shut, according to police.");
        let end = p.doc().clause_end(0, p.toks.len());
        assert_eq!(p.words((0, end)), "The road is shut");
    }

    #[test]
    fn what_may_follow_a_speaker_without_being_said() {
        let p = Parsed::new("said the mayor on Friday in a statement.");
        assert!(p.doc().only_adjuncts(p.at("on"), p.toks.len()));
        let p = Parsed::new("said the mayor that it was over.");
        assert!(!p.doc().only_adjuncts(p.at("that"), p.toks.len()));
    }

    #[test]
    fn a_report_inside_a_clause_is_seen() {
        let p = Parsed::new("the minister told the press that talks were off");
        assert!(p.doc().has_report(0, p.toks.len()));
        let p = Parsed::new("the talks were off until March");
        assert!(!p.doc().has_report(0, p.toks.len()));
    }
}
