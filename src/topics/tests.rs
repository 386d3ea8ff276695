use super::*;

fn ids(l: &TopicLexicon, text: &str) -> Vec<String> {
    l.tag(text).into_iter().map(|i| l.topics[i].id.clone()).collect()
}

#[test]
fn tags_several_topics() {
    let l = TopicLexicon::builtin();
    let t = ids(&l, "Kyiv's full membership in the alliance is the only real security guarantee it has");
    assert!(t.contains(&"nato-membership".to_string()), "{t:?}");
    assert!(t.contains(&"security-guarantees".to_string()), "{t:?}");
    assert!(!t.contains(&"sanctions".to_string()));
}
