use super::*;

#[test]
#[ignore]
fn debug_dump() {
    let text = std::fs::read_to_string("/tmp/t4.txt").unwrap();
    let (mut toks, paras) = tokens::tokenize(&text);
    let quotes = structure::pair_quotes(&text, &mut toks, &paras);
    let sents = structure::sentences(&text, &toks);
    for s in &sents {
        let words: Vec<String> = (s.start..s.end).map(|i| format!("{}{}", toks[i].text(&text), if toks[i].quote != 0 { "^" } else { "" })).collect();
        println!("S body={} [{}]", s.body - s.start, words.join(" "));
    }
    println!("{} quotes", quotes.len());
}
