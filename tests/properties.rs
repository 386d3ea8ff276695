//! Properties that must hold for any input, checked on generated ones.

use counterpoint::catalogue::{Catalogue, Rgb};
use counterpoint::extract::{Kind, extract};
use counterpoint::session::{Annotation, Session, StatementKey};
use counterpoint::topics::TopicLexicon;
use counterpoint::workspace::Workspace;
use counterpoint::{Article, Span};
use proptest::prelude::*;
use std::sync::{Arc, LazyLock};

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::builtin);
static TOPICS: LazyLock<TopicLexicon> = LazyLock::new(TopicLexicon::builtin);
static SAMPLES: LazyLock<Vec<Arc<Article>>> = LazyLock::new(|| {
    counterpoint::samples::SAMPLES
        .iter()
        .map(|s| Arc::new(counterpoint::ingest::parse_article(s.name, s.bytes).unwrap()))
        .collect()
});

/// Text built from pieces of news copy: names, reporting verbs, quote
/// marks of every style, punctuation and line breaks, in any order.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Peskov",
        "Kremlin spokesman Dmitry Peskov",
        "he",
        "she",
        "they",
        "the ministry",
        "Zelenskiy",
        "Kyiv",
        "Moscow",
        " said",
        " told reporters",
        " added",
        " according to",
        " that",
        " accused",
        " of",
        " wrote on X",
        ":",
        ",",
        ".",
        "“",
        "”",
        "\"",
        "«",
        "»",
        "„",
        "‘",
        "’",
        "'",
        " — ",
        "\n",
        "\n\n",
        " the plan",
        " was",
        " unacceptable",
        " NATO",
        " talks",
        "Ukraine’s",
        " ",
        "Й",
        "Песков",
        "Сибіга",
        "глава МИД",
        " заявил",
        " наголосив",
        ", что",
        ", що",
        " по словам",
        " в Кремле",
        " – ",
        "Джерело:",
        "Пряма мова:",
        "Лідери",
        "Постпред России",
        " сообщил",
        "\n– ",
        "é",
        "\u{200b}",
        "(",
        ")",
        "?",
        "…",
        "U.S.",
        "Mr.",
        "5'10\"",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let found = extract(text, &CATALOGUE, &TOPICS);
    let ok = |s: Span| {
        s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
    };
    for (i, s) in found.iter().enumerate() {
        prop_assert!(ok(s.content));
        prop_assert!(s.source.is_none_or(ok));
        prop_assert!(s.cue.is_none_or(ok));
        for p in &s.pieces {
            prop_assert!(ok(*p) && s.content.contains(p));
        }
        if let Some(next) = found.get(i + 1) {
            prop_assert!(s.content.end <= next.content.start, "overlap: {:?} {:?}", s.content, next.content);
        }
    }
    prop_assert_eq!(&found, &extract(text, &CATALOGUE, &TOPICS), "not deterministic");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_are_in_the_text_on_char_boundaries_and_never_overlap(text in newsish()) {
        check_spans(&text)?;
    }

    #[test]
    fn the_same_holds_for_arbitrary_unicode(text in "\\PC{0,400}") {
        check_spans(&text)?;
    }
}

/// A random annotation on a char-boundary span of article `a`.
fn annotation_on(
    a: &Article,
    start: usize,
    len: usize,
    actor: Option<usize>,
    note: bool,
    hidden: bool,
    kind: Option<u8>,
) -> (StatementKey, Annotation) {
    let text = &a.text;
    let mut s = start % text.len().max(1);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = (s + 1 + len % 200).min(text.len());
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    let ids = ["kremlin", "russia", "ukrainian-mfa"];
    let annotation = Annotation {
        actor: actor.map(|i| ids.get(i % 4).map(|x| x.to_string())),
        note: if note { format!("note «{s}» \"quoted\"\n2nd line") } else { String::new() },
        hidden,
        kind: kind.map(|k| [Kind::Direct, Kind::Indirect, Kind::Mixed][k as usize % 3]),
        ..Default::default()
    };
    (StatementKey { article: a.id.clone(), span: Span::new(s, e) }, annotation)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn save_then_load_gives_an_equal_session(
        pick in prop::collection::vec(0usize..8, 1..4),
        notes in prop::collection::vec((0usize..8, 0usize..5000, 0usize..400, prop::option::of(0usize..4), any::<bool>(), any::<bool>(), prop::option::of(0u8..3)), 0..12),
        hidden_actor in prop::option::of(0usize..6),
        search in "[a-zA-Zé «»]{0,12}",
    ) {
        let mut s = Session::default();
        for i in pick {
            let a = SAMPLES[i].clone();
            if !s.articles.iter().any(|x| x.id == a.id) {
                s.articles.push(a);
            }
        }
        for (ai, start, len, actor, note, hidden, kind) in notes {
            let a = s.articles[ai % s.articles.len()].clone();
            let (k, v) = annotation_on(&a, start, len, actor, note, hidden, kind);
            if !v.is_empty() {
                s.annotations.insert(k, v);
            }
        }
        if let Some(h) = hidden_actor {
            s.view.hidden_actors.push(s.catalogue.actors[h].id.clone());
        }
        s.view.filters.search = search;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        s.save(&path).unwrap();
        let back = Session::load(&path).unwrap();
        prop_assert!(back == s);
    }
}

/// One user edit, chosen at random.
#[derive(Debug, Clone)]
enum Op {
    Actor(usize, usize, Option<usize>),
    Note(usize, usize, String),
    Hide(usize, usize, bool),
    Kind(usize, usize, u8),
    Add(usize, usize, usize),
    NewActor(String),
    Merge(usize, usize),
    Delete(usize),
    Alias(usize, String),
    RemoveArticle(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0usize..3, 0usize..40, prop::option::of(0usize..6)).prop_map(|(a, e, x)| Op::Actor(a, e, x)),
        (0usize..3, 0usize..40, "[a-z «»]{0,10}").prop_map(|(a, e, n)| Op::Note(a, e, n)),
        (0usize..3, 0usize..40, any::<bool>()).prop_map(|(a, e, h)| Op::Hide(a, e, h)),
        (0usize..3, 0usize..40, 0u8..3).prop_map(|(a, e, k)| Op::Kind(a, e, k)),
        (0usize..3, 0usize..5000, 1usize..300).prop_map(|(a, s, l)| Op::Add(a, s, l)),
        "[A-Z][a-z]{2,8}".prop_map(Op::NewActor),
        (0usize..6, 0usize..6).prop_map(|(a, b)| Op::Merge(a, b)),
        (0usize..6).prop_map(Op::Delete),
        (0usize..6, "[A-Z][a-z]{3,8}").prop_map(|(a, s)| Op::Alias(a, s)),
        (0usize..3).prop_map(Op::RemoveArticle),
    ]
}

fn apply(w: &mut Workspace, op: &Op) {
    let entry = |w: &Workspace, a: usize, e: usize| -> Option<StatementKey> {
        let n = w.entries.len();
        if n == 0 {
            return None;
        }
        let list = &w.entries[a % n];
        (!list.is_empty()).then(|| list[e % list.len()].key.clone())
    };
    let actor_id = |w: &Workspace, i: usize| {
        w.session.catalogue.actors.get(i % w.session.catalogue.actors.len().max(1)).map(|a| a.id.clone())
    };
    match op {
        Op::Actor(a, e, x) => {
            if let Some(k) = entry(w, *a, *e) {
                let id = x.and_then(|i| actor_id(w, i));
                w.set_actor(&k, id);
            }
        }
        Op::Note(a, e, n) => {
            if let Some(k) = entry(w, *a, *e) {
                w.set_note(&k, n.clone());
            }
        }
        Op::Hide(a, e, h) => {
            if let Some(k) = entry(w, *a, *e) {
                w.set_hidden(&k, *h);
            }
        }
        Op::Kind(a, e, k) => {
            if let Some(key) = entry(w, *a, *e) {
                w.set_kind(&key, [Kind::Direct, Kind::Indirect, Kind::Mixed][*k as usize]);
            }
        }
        Op::Add(a, s, l) => {
            if !w.session.articles.is_empty() {
                let art = w.session.articles[a % w.session.articles.len()].clone();
                let (k, _) = annotation_on(&art, *s, *l, None, false, false, None);
                w.add_statement(&art.id, k.span, Some("Someone".into()), None);
            }
        }
        Op::NewActor(name) => {
            w.add_actor(name, "Test", Rgb([1, 2, 3]));
        }
        Op::Merge(a, b) => {
            if let (Some(x), Some(y)) = (actor_id(w, *a), actor_id(w, *b)) {
                w.merge_actors(&x, &y);
            }
        }
        Op::Delete(a) => {
            if w.session.catalogue.actors.len() > 1
                && let Some(x) = actor_id(w, *a)
            {
                w.delete_actor(&x);
            }
        }
        Op::Alias(a, s) => {
            if let Some(x) = actor_id(w, *a) {
                let s = s.clone();
                w.edit_catalogue("add alias", move |c| {
                    if let Some(act) = c.actors.iter_mut().find(|y| y.id == x) {
                        act.aliases.push(s);
                    }
                });
            }
        }
        Op::RemoveArticle(a) => {
            if !w.session.articles.is_empty() {
                let id = w.session.articles[a % w.session.articles.len()].id.clone();
                w.remove_articles(&[id]);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn edits_then_undo_give_the_original_session(ops in prop::collection::vec(op(), 1..14)) {
        let mut w = Workspace::default();
        w.add_articles(SAMPLES[..3].to_vec());
        let original = w.session.clone();
        let before_entries = w.entries.clone();
        for o in &ops {
            apply(&mut w, o);
            if w.is_stale() {
                w.refresh_now();
            }
        }
        // undo everything but the opening of the articles
        while w.undo_label().is_some_and(|l| !l.starts_with("open")) {
            w.undo();
        }
        if w.is_stale() {
            w.refresh_now();
        }
        prop_assert!(w.session == original, "undo did not restore the session after {ops:?}");
        prop_assert_eq!(&w.entries, &before_entries);
        // and redo all of it again works without panicking
        while w.redo() {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the user did to the catalogue, taking the built-in
    /// catalogue's new entries keeps it valid, keeps every actor's name,
    /// bloc and colour and every speaker where the user put it, and a
    /// second update finds nothing more.
    #[test]
    fn updating_an_edited_catalogue_keeps_the_users_work(ops in prop::collection::vec(op(), 1..14)) {
        // the catalogue's edits need no articles
        let mut w = Workspace::default();
        for o in &ops {
            apply(&mut w, o);
        }
        let before = w.session.catalogue.clone();
        let mut c = before.clone();
        let builtin = &*CATALOGUE;
        c.update_from(builtin);
        prop_assert!(c.validate().is_ok());
        for a in &before.actors {
            let now = c.actor(&a.id);
            prop_assert!(now.is_some(), "actor {} lost", a.id);
            let now = now.unwrap();
            prop_assert_eq!((&now.name, &now.group, now.colour), (&a.name, &a.group, a.colour));
            for s in &a.speakers {
                prop_assert!(now.speakers.iter().any(|x| x.name == s.name), "{} left {}", s.name, a.id);
            }
        }
        let again = c.clone();
        prop_assert!(c.update_from(builtin).is_empty());
        prop_assert!(c == again);
    }
}
