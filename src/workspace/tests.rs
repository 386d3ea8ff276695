use super::*;
use crate::catalogue::Rgb;

fn workspace() -> Workspace {
    let mut w = Workspace::default();
    let arts = crate::samples::SAMPLES[..3]
        .iter()
        .map(|s| Arc::new(crate::ingest::parse_article(s.name, s.bytes).unwrap()))
        .collect();
    assert_eq!(w.add_articles(arts), 3);
    w.mark_saved();
    w
}

fn first_with_actor<'a>(w: &'a Workspace, actor: &str) -> &'a Entry {
    w.entries.iter().flatten().find(|e| e.statement.actor.as_deref() == Some(actor)).unwrap()
}

#[test]
fn reassigning_an_actor_then_undo_and_redo() {
    let mut w = workspace();
    let key = first_with_actor(&w, "kremlin").key.clone();
    w.set_actor(&key, Some("russia".into()));
    assert_eq!(w.entry(&key).unwrap().statement.actor.as_deref(), Some("russia"));
    assert!(w.entry(&key).unwrap().edited);
    assert!(w.is_dirty());
    assert_eq!(w.undo_label(), Some("change actor"));
    assert!(w.undo());
    assert_eq!(w.entry(&key).unwrap().statement.actor.as_deref(), Some("kremlin"));
    assert!(!w.entry(&key).unwrap().edited);
    // back at the saved state: clean again
    assert!(!w.is_dirty());
    assert!(w.redo());
    assert_eq!(w.entry(&key).unwrap().statement.actor.as_deref(), Some("russia"));
    assert!(w.is_dirty());
    // setting it back to what extraction found drops the override
    w.set_actor(&key, Some("kremlin".into()));
    assert!(w.session.annotations.is_empty());
}

#[test]
fn many_steps_of_undo() {
    let mut w = workspace();
    let keys: Vec<StatementKey> = w.entries.iter().flatten().take(30).map(|e| e.key.clone()).collect();
    let original = w.session.clone();
    for (i, k) in keys.iter().enumerate() {
        w.set_note(k, format!("note {i}"));
        w.set_hidden(k, true);
    }
    assert_eq!(w.session.annotations.len(), 30);
    for _ in 0..60 {
        assert!(w.undo());
    }
    assert!(w.session == original);
    assert!(!w.is_dirty());
}

#[test]
fn hand_added_statements_and_removal() {
    let mut w = workspace();
    let id = w.session.articles[0].id.clone();
    let text = w.session.articles[0].text.clone();
    let start = text.find("guarantees").unwrap_or(10);
    let before = w.entries[0].len();
    let key =
        w.add_statement(&id, Span::new(start, start + 10), Some("Someone".into()), Some("russia".into())).unwrap();
    assert_eq!(w.entries[0].len(), before + 1);
    let e = w.entry(&key).unwrap();
    assert!(e.added());
    assert_eq!(e.statement.actor.as_deref(), Some("russia"));
    w.set_actor(&key, Some("kremlin".into()));
    assert_eq!(w.entry(&key).unwrap().statement.actor.as_deref(), Some("kremlin"));
    w.remove_added(&key);
    assert_eq!(w.entries[0].len(), before);
    w.undo();
    assert_eq!(w.entries[0].len(), before + 1);
    // spans outside the text are refused
    assert!(w.add_statement(&id, Span::new(text.len(), text.len() + 4), None, None).is_none());
}

#[test]
fn catalogue_edits_re_attribute_after_refresh_and_undo() {
    let mut w = workspace();
    let kremlin = w.entries.iter().flatten().filter(|e| e.statement.actor.as_deref() == Some("kremlin")).count();
    assert!(kremlin > 0);
    let id = w.add_actor("Peskov's office", "Russia", Rgb([1, 2, 3]));
    w.edit_catalogue("edit aliases", |c| {
        let k = c.actors.iter_mut().find(|a| a.id == "kremlin").unwrap();
        let peskov = k.speakers.iter().position(|s| s.name == "Dmitry Peskov").unwrap();
        let sp = k.speakers.remove(peskov);
        c.actors.iter_mut().find(|a| a.id == id).unwrap().speakers.push(sp);
    });
    assert!(w.is_stale());
    w.refresh_now();
    assert!(!w.is_stale());
    let moved = w.entries.iter().flatten().filter(|e| e.statement.actor.as_deref() == Some(id.as_str())).count();
    assert!(moved > 0);
    w.undo();
    w.undo();
    w.refresh_now();
    assert_eq!(w.entries.iter().flatten().filter(|e| e.statement.actor.as_deref() == Some("kremlin")).count(), kremlin);
}

#[test]
fn merge_and_delete_actors_remap_hand_edits() {
    let mut w = workspace();
    let key = first_with_actor(&w, "kremlin").key.clone();
    w.set_actor(&key, Some("russian-mfa".into()));
    w.merge_actors("russian-mfa", "russia");
    assert!(w.session.catalogue.actor("russian-mfa").is_none());
    assert!(w.session.catalogue.actor("russia").unwrap().speakers.iter().any(|s| s.name == "Sergei Lavrov"));
    assert_eq!(w.entry(&key).unwrap().statement.actor.as_deref(), Some("russia"));
    w.undo();
    assert!(w.session.catalogue.actor("russian-mfa").is_some());
    assert_eq!(w.entry(&key).unwrap().statement.actor.as_deref(), Some("russian-mfa"));
    w.delete_actor("russian-mfa");
    assert_eq!(w.entry(&key).unwrap().statement.actor, None);
}

#[test]
fn deleting_a_whole_leaves_its_parts_standing_and_the_session_saveable() {
    let mut w = workspace();
    w.delete_actor("western-officials");
    let cat = &w.session.catalogue;
    assert!(cat.actor("nato").unwrap().part_of.is_none(), "NATO is an actor of its own now");
    cat.validate().expect("no part names a deleted actor");
    w.undo();
    assert_eq!(w.session.catalogue.actor("nato").unwrap().part_of.as_deref(), Some("western-officials"));
    // merged into another whole, the parts follow it
    w.merge_actors("western-officials", "kremlin");
    assert_eq!(w.session.catalogue.actor("eu").unwrap().part_of.as_deref(), Some("kremlin"));
    w.session.catalogue.validate().unwrap();
}

#[test]
fn opening_the_same_article_twice_adds_it_once_and_removal_undoes() {
    let mut w = workspace();
    let again = Arc::new(
        crate::ingest::parse_article(crate::samples::SAMPLES[0].name, crate::samples::SAMPLES[0].bytes).unwrap(),
    );
    assert_eq!(w.add_articles(vec![again]), 0);
    assert_eq!(w.session.articles.len(), 3);
    let id = w.session.articles[1].id.clone();
    let key = w.entries[1][0].key.clone();
    w.set_note(&key, "keep me".into());
    w.remove_articles(std::slice::from_ref(&id));
    assert_eq!(w.session.articles.len(), 2);
    assert!(w.session.annotations.is_empty());
    w.undo();
    assert_eq!(w.session.articles.len(), 3);
    assert_eq!(w.session.articles[1].id, id);
    assert_eq!(w.entry(&key).unwrap().note, "keep me");
}

#[test]
fn an_edit_survives_a_shifted_span() {
    // a newer extractor drawing the content a little differently still
    // finds the user's edit
    let mut w = workspace();
    let e = w.entries[0][2].clone();
    let shifted = Span::new(e.key.span.start + 2, e.key.span.end);
    let key = StatementKey { article: e.key.article.clone(), span: shifted };
    w.session.annotations.insert(key.clone(), Annotation { note: "still here".into(), ..Default::default() });
    w.refresh_now();
    let i = w.index_of(&e.key.article).unwrap();
    w.entries[i] = w.derive(i);
    assert!(w.entries[i].iter().any(|x| x.note == "still here"));
    assert_eq!(w.orphaned_annotations(), 0);
}

#[test]
fn fixing_an_article_date_and_outlet_is_undoable_and_survives_re_extraction() {
    let mut w = workspace();
    let id = w.session.articles[0].id.clone();
    let before = ArticleMeta::of(&w.session.articles[0]);
    let n = w.statement_count();
    w.set_article_meta(&id, ArticleMeta { outlet: "Wire One".into(), date: Some("2025-12-09".into()) });
    assert_eq!(w.session.articles[0].outlet, "Wire One");
    assert_eq!(w.session.articles[0].date.as_deref(), Some("2025-12-09"));
    assert_eq!(w.undo_label(), Some("change outlet and date"));
    assert!(w.is_dirty());
    // the article's id is its text's, so edits keyed by it still find it
    assert_eq!(w.session.articles[0].id, id);
    // the catalogue changes: statements are extracted again, the fix stays
    w.edit_catalogue("rename actor", |c| c.actors[0].name = "Renamed".into());
    w.refresh_now();
    assert_eq!(w.statement_count(), n);
    assert_eq!(w.session.articles[0].outlet, "Wire One");
    w.undo();
    w.undo();
    assert_eq!(ArticleMeta::of(&w.session.articles[0]), before);
    assert!(!w.is_dirty());
    w.redo();
    w.redo();
    assert_eq!(w.session.articles[0].date.as_deref(), Some("2025-12-09"));
    // several dates at once are one step
    let ids: Vec<ArticleId> = w.session.articles.iter().map(|a| a.id.clone()).collect();
    w.set_article_dates("set year", ids.iter().map(|i| (i.clone(), "2024-01-01".to_string())).collect());
    assert!(w.session.articles.iter().all(|a| a.date.as_deref() == Some("2024-01-01")));
    w.undo();
    assert_eq!(w.session.articles[0].date.as_deref(), Some("2025-12-09"));
}

#[test]
fn accepting_a_statement_marks_it_checked_not_edited() {
    let mut w = workspace();
    let key = first_with_actor(&w, "kremlin").key.clone();
    w.set_checked(&key, true);
    let e = w.entry(&key).unwrap();
    assert!(e.checked && !e.edited);
    assert_eq!(w.undo_label(), Some("accept statement"));
    assert!(w.session.annotations[&key].checked);
    w.set_note(&key, "fine".into());
    assert!(w.entry(&key).unwrap().edited);
    w.undo();
    w.undo();
    assert!(!w.entry(&key).unwrap().checked);
    assert!(w.session.annotations.is_empty());
}

#[test]
fn a_new_speaker_brings_the_catalogue_actor_along() {
    let mut w = workspace();
    let key = first_with_actor(&w, "kremlin").key.clone();
    w.set_speaker(&key, Some("Andrii Sybiha".into()));
    let e = w.entry(&key).unwrap();
    assert_eq!(e.statement.speaker.as_deref(), Some("Andrii Sybiha"));
    assert_eq!(e.statement.actor.as_deref(), Some("ukrainian-mfa"));
    assert_eq!(w.undo_label(), Some("change speaker"));
    w.undo();
    assert_eq!(w.entry(&key).unwrap().statement.actor.as_deref(), Some("kremlin"));
    // an actor chosen by hand is kept
    w.set_actor(&key, Some("russia".into()));
    w.set_speaker(&key, Some("Andrii Sybiha".into()));
    assert_eq!(w.entry(&key).unwrap().statement.actor.as_deref(), Some("russia"));
    // a speaker the catalogue does not know leaves the actor alone
    let other = first_with_actor(&w, "western-officials").key.clone();
    w.set_speaker(&other, Some("A. Nobody".into()));
    assert_eq!(w.entry(&other).unwrap().statement.actor.as_deref(), Some("western-officials"));
}

#[test]
fn a_statement_added_by_hand_takes_its_kind_from_quote_marks_and_its_actor_from_its_speaker() {
    let mut w = Workspace::default();
    let text = "Title\n\n«We will not wait,» the minister said. Officials said talks would resume. Then he said the «talks» were over.\n";
    w.add_articles(vec![Arc::new(Article::from_text("a.txt", text))]);
    let id = w.session.articles[0].id.clone();
    let span_of = |needle: &str| {
        let s = text.find(needle).unwrap();
        Span::new(s, s + needle.len())
    };
    let direct = w.add_statement(&id, span_of("We will not wait"), None, None).unwrap();
    assert_eq!(w.entry(&direct).unwrap().statement.kind, Kind::Direct);
    let quoted = w.add_statement(&id, span_of("«We will not wait,»"), None, None).unwrap();
    assert_eq!(w.entry(&quoted).unwrap().statement.kind, Kind::Direct);
    let mixed = w.add_statement(&id, span_of("the «talks» were over"), None, None).unwrap();
    assert_eq!(w.entry(&mixed).unwrap().statement.kind, Kind::Mixed);
    let reported = w.add_statement(&id, span_of("talks would resume"), None, None).unwrap();
    assert_eq!(w.entry(&reported).unwrap().statement.kind, Kind::Indirect);
    // typing a speaker the catalogue knows gives the actor
    w.set_speaker(&reported, Some("Dmitry Peskov".into()));
    assert_eq!(w.entry(&reported).unwrap().statement.actor.as_deref(), Some("kremlin"));
    w.undo();
    assert_eq!(w.entry(&reported).unwrap().statement.actor, None);
}

/// Two articles from two outlets carrying the same remark (one of them
/// trimmed), and another remark of the same speaker.
fn re_reported() -> Workspace {
    let mut w = Workspace::default();
    let texts = [
        (
            "Harbour Gazette",
            "2025-03-03",
            "Kremlin keeps pipeline talks on hold\n\nKremlin spokesman Dmitry Peskov said on Monday: \"Nobody here will talk about the pipeline while the pumping stations are being shelled, and the other side knows it.\"\n\nPeskov also said: \"The grain ships may sail next week if the insurers agree.\"\n",
        ),
        (
            "Evening Wire",
            "2025-03-04",
            "Moscow rules out pipeline talks\n\nDmitry Peskov told reporters: \"Nobody here will talk about the pipeline while the pumping stations are being shelled.\"\n",
        ),
    ];
    let arts = texts
        .iter()
        .map(|(outlet, date, text)| {
            let mut a = crate::article::Article::from_text(format!("{outlet}.txt"), *text);
            a.outlet = outlet.to_string();
            a.date = Some(date.to_string());
            Arc::new(a)
        })
        .collect();
    assert_eq!(w.add_articles(arts), 2);
    w.group_now();
    w
}

fn peskov_saying<'a>(w: &'a Workspace, article: usize, words: &str) -> &'a Entry {
    w.entries[article].iter().find(|e| e.text.contains(words)).unwrap_or_else(|| panic!("{words}: {:?}", w.entries))
}

#[test]
fn the_same_remark_in_two_outlets_is_one_group_and_the_analyst_can_split_and_merge_it() {
    let mut w = re_reported();
    let full = peskov_saying(&w, 0, "pumping stations").key.clone();
    let trimmed = peskov_saying(&w, 1, "pumping stations").key.clone();
    let grain = peskov_saying(&w, 0, "grain ships").key.clone();
    assert_eq!(w.entry(&full).unwrap().statement.speaker.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(w.groups.members(&full), vec![full.clone(), trimmed.clone()]);
    assert_eq!(w.groups.group_of(&grain), None, "another remark stands alone");

    // split: the trimmed version stands alone, saved with the session
    w.split_from_group(&trimmed);
    w.group_now();
    assert_eq!(w.groups.group_of(&full), None);
    assert_eq!(w.undo_label(), Some("split from group"));
    let saved = crate::session::Session::from_ron(std::path::Path::new("s.ron"), &w.session.to_ron()).unwrap();
    assert_eq!(saved.annotations.get(&trimmed).and_then(|a| a.group.clone()), Some(crate::grouping::GroupPin::Alone));
    assert!(w.undo());
    w.group_now();
    assert_eq!(w.groups.members(&full).len(), 2);

    // merge: the grain remark joins by the analyst's word, as one step
    w.merge_groups(&full, &grain);
    w.group_now();
    assert_eq!(w.groups.members(&full).len(), 3);
    assert_eq!(w.undo_label(), Some("merge groups"));
    assert!(w.undo());
    w.group_now();
    assert_eq!(w.groups.group_of(&grain), None);
}

#[test]
fn fixing_an_article_date_changes_the_role_and_actor_its_speakers_had() {
    let mut w = Workspace::default();
    let mut a = crate::article::Article::from_text(
        "a.txt",
        "Talks in Vienna\n\nJoe Biden said: \"Our door stays open to every partner who keeps its word.\"\n",
    );
    a.date = Some("2023-05-02".into());
    w.add_articles(vec![Arc::new(a.clone())]);
    let e = w.entries[0].iter().find(|e| e.statement.speaker.as_deref() == Some("Joe Biden")).unwrap();
    assert_eq!(e.statement.actor.as_deref(), Some("us-administration"));
    assert_eq!(e.statement.role.as_deref(), Some("US President, 2021–2025"));
    let key = e.key.clone();
    w.set_article_meta(&a.id, ArticleMeta { outlet: String::new(), date: Some("2025-06-01".into()) });
    let e = w.entry(&key).unwrap();
    assert_eq!(e.statement.actor, None, "no office in 2025");
    assert_eq!(e.statement.role.as_deref(), Some("former US President, 2025–"));
    assert!(w.undo());
    assert_eq!(w.entry(&key).unwrap().statement.actor.as_deref(), Some("us-administration"));
}

#[test]
fn a_title_named_alone_follows_the_article_date_to_its_holder() {
    let mut w = Workspace::default();
    let mut a = crate::article::Article::from_text(
        "a.txt",
        "Rail talks\n\nThe German chancellor said the bridge over the Oder would be rebuilt.\n",
    );
    w.add_articles(vec![Arc::new(a.clone())]);
    // undated: the holder the catalogue lists today
    let e = &w.entries[0][0];
    assert_eq!(e.statement.speaker.as_deref(), Some("Friedrich Merz"));
    let key = e.key.clone();
    a.date = Some("2023-05-02".into());
    w.set_article_meta(&a.id, ArticleMeta { outlet: String::new(), date: a.date.clone() });
    let e = w.entry(&key).unwrap();
    assert_eq!(e.statement.speaker.as_deref(), Some("Olaf Scholz"));
    assert_eq!(e.statement.role.as_deref(), Some("German Chancellor, 2021–2025"));
    assert!(w.undo());
    assert_eq!(w.entry(&key).unwrap().statement.speaker.as_deref(), Some("Friedrich Merz"));
}

#[test]
fn the_csv_gives_the_versions_of_one_remark_one_group() {
    let w = re_reported();
    let c = crate::compare::compare(&w, None);
    let csv = crate::export::csv(&w, &c.list);
    let mut rd = ::csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let headers = rd.headers().unwrap().clone();
    let gi = headers.iter().position(|h| h == "group").expect("a group column");
    let si = headers.iter().position(|h| h == "statement").unwrap();
    let rows: Vec<::csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    let group_of = |words: &str| -> Vec<String> {
        rows.iter().filter(|r| r[si].contains(words)).map(|r| r[gi].to_string()).collect()
    };
    let pipeline = group_of("pumping stations");
    assert_eq!(pipeline.len(), 2);
    assert!(pipeline[0].starts_with('g') && pipeline[0] == pipeline[1], "{pipeline:?}");
    assert_eq!(group_of("grain ships"), vec![String::new()], "alone: no group");
}

/// Whether grouping must run again is told from what was kept of each
/// article, and that is what reading every statement anew tells: after a
/// split, a merge, a hidden statement, a new speaker, articles opened and
/// closed, and undo.
#[test]
fn the_kept_grouping_fingerprint_is_what_reading_every_statement_gives() {
    let mut w = re_reported();
    let fresh = |w: &Workspace| crate::grouping::fingerprint(&w.grouping_items());
    let mut seen = vec![w.grouping_fingerprint()];
    assert_eq!(w.grouping_fingerprint(), fresh(&w));
    assert_eq!(w.grouped_for(), fresh(&w), "grouped from what it has");
    let full = peskov_saying(&w, 0, "pumping stations").key.clone();
    let trimmed = peskov_saying(&w, 1, "pumping stations").key.clone();
    let grain = peskov_saying(&w, 0, "grain ships").key.clone();
    type Step<'a> = Box<dyn Fn(&mut Workspace) + 'a>;
    let steps: Vec<Step> = vec![
        Box::new(|w| w.split_from_group(&trimmed)),
        Box::new(|w| w.merge_groups(&full, &grain)),
        Box::new(|w| w.set_hidden(&grain, true)),
        Box::new(|w| w.set_speaker(&full, Some("Maria Zakharova".into()))),
        Box::new(|w| {
            let a = crate::article::Article::from_text(
                "late.txt",
                "Talks resume\n\nThe envoy said: \"We will be back at the table on Friday.\"\n",
            );
            assert_eq!(w.add_articles(vec![Arc::new(a)]), 1);
        }),
        Box::new(|w| assert!(w.undo())),
    ];
    for step in steps {
        step(&mut w);
        assert_eq!(w.grouping_fingerprint(), fresh(&w));
        seen.push(w.grouping_fingerprint());
    }
    // each of those changed what grouping reads, but for the last, which
    // went back to the step before
    assert_eq!(seen[6], seen[4]);
    seen.truncate(6);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 6, "{seen:?}");
    // a note is not something grouping reads
    let before = w.grouping_fingerprint();
    w.set_note(&full, "ask the desk".into());
    assert_eq!(w.grouping_fingerprint(), before);
    assert_eq!(fresh(&w), before);
}
