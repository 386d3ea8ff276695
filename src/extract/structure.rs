//! Steps 2 and 3: quotations, then sentences.
//!
//! Quotations are paired mark by mark with a small stack, paragraph by
//! paragraph, using the conventions of English (“…” ‘…’ "…"), German (
//! „…“ ‚…‘), French and Russian («…») typesetting. A quotation may run over
//! several paragraphs when each new paragraph reopens it, as newspapers
//! print long quotes; any other quotation left open is closed at the end of
//! its paragraph, so an unbalanced mark can never swallow the rest of an
//! article. Sentences never split inside a quotation.

use super::tokens::{Kind, Token};

/// A top-level quotation.
#[derive(Debug, Clone)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark (or the last token of the last
    /// paragraph when the quotation was never closed).
    pub close: usize,
    /// Whether `close` is a real closing mark.
    pub closed: bool,
    /// Byte span of the words inside the marks.
    pub inner: (usize, usize),
    /// Paragraphs the quotation runs over (first, last).
    pub paras: (u32, u32),
    /// Number of words inside.
    pub words: usize,
    /// Nested quotations inside it, as byte spans including their marks.
    pub nested: Vec<(usize, usize)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
}

fn closer_for(open: char) -> &'static [char] {
    // Typography in the wild mixes conventions, so any closing mark of the
    // same family may close; the spacing rules in `classify` decide
    // whether an ambiguous mark opens or closes.
    match family(open) {
        Family::Double => &['”', '“', '"', '»', '«', '」'],
        Family::Single => &['’', '‘', '\'', '›', '‹'],
    }
}

fn family(c: char) -> Family {
    match c {
        '‘' | '’' | '‚' | '\'' | '‹' | '›' => Family::Single,
        _ => Family::Double,
    }
}

#[derive(Clone, Copy)]
struct Open {
    tok: usize,
    mark: char,
}

/// A top-level quotation still open at the end of a paragraph.
#[derive(Clone, Copy)]
struct Carry {
    open: Open,
    first_para: u32,
    last_para: u32,
    /// Last token of `last_para`.
    last_tok: usize,
}

/// Pairs the quote marks of the tokens and marks every token inside a
/// top-level quotation with its index (+1) in `Token::quote`.
pub fn pair_quotes(text: &str, toks: &mut [Token], paras: &[(usize, usize)]) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut carried: Option<Carry> = None;
    let mut nested: Vec<(usize, usize)> = Vec::new();
    let mut a = 0;
    while a < toks.len() {
        let para = toks[a].para;
        let b = toks[a..].iter().position(|t| t.para != para).map_or(toks.len(), |n| a + n);
        let (ps, pe) = paras[para as usize];
        let mut stack: Vec<Open> = Vec::new();
        let mut cont: Option<Carry> = None;
        let mut i = a;
        if let Some(c) = carried.take() {
            let reopens = c.last_para + 1 == para && matches!(toks[a].kind, Kind::Quote('“' | '«' | '„' | '"' | '»'));
            if reopens {
                stack.push(c.open);
                cont = Some(c);
                i += 1; // the reopening mark is part of the quotation
            } else {
                finish(toks, &mut quotes, c.open.tok, c.last_tok, false, c.first_para, &mut nested);
            }
        }
        while i < b {
            let Kind::Quote(c) = toks[i].kind else {
                i += 1;
                continue;
            };
            let before = text[ps..toks[i].start].chars().next_back();
            let after = text[toks[i].end..pe].chars().next();
            match classify(c, before, after, &stack) {
                Action::Open => {
                    if stack.len() < 8 {
                        stack.push(Open { tok: i, mark: c });
                    }
                }
                Action::Close(k) => {
                    let opener = stack[k];
                    stack.truncate(k);
                    if k == 0 {
                        let first_para = match cont {
                            Some(c) if c.open.tok == opener.tok => c.first_para,
                            _ => toks[opener.tok].para,
                        };
                        finish(toks, &mut quotes, opener.tok, i, true, first_para, &mut nested);
                    } else {
                        nested.push((toks[opener.tok].start, toks[i].end));
                    }
                }
                Action::Ignore => {}
            }
            i += 1;
        }
        // Single quotes left open were apostrophes. A top-level double
        // quotation left open may continue in the next paragraph.
        if let Some(&bottom) = stack.first()
            && family(bottom.mark) == Family::Double
        {
            let first_para = match cont {
                Some(c) if c.open.tok == bottom.tok => c.first_para,
                _ => toks[bottom.tok].para,
            };
            carried = Some(Carry { open: bottom, first_para, last_para: para, last_tok: b - 1 });
        }
        a = b;
    }
    if let Some(c) = carried {
        finish(toks, &mut quotes, c.open.tok, c.last_tok, false, c.first_para, &mut nested);
    }
    quotes
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Action {
    Open,
    /// Closes the quotation opened at this stack position.
    Close(usize),
    Ignore,
}

/// Decides what one mark does, from its neighbours and what is open.
fn classify(c: char, before: Option<char>, after: Option<char>, stack: &[Open]) -> Action {
    // spacing: a mark after a space opens, a mark before a space closes
    let left_open = before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b) || is_opening_mark(b));
    let right_open = after.is_none_or(|a| a.is_whitespace() || ",.;:!?)]}…—–-".contains(a) || is_closing_mark(a));
    // the innermost open quotation this mark can close
    let closable = stack.iter().rposition(|o| closer_for(o.mark).contains(&c));
    let close = |k: Option<usize>| k.map_or(Action::Ignore, Action::Close);
    match c {
        '’' | '\'' => {
            let top_single = stack.last().is_some_and(|o| closer_for(o.mark).contains(&c));
            if top_single && !after.is_some_and(char::is_alphanumeric) && !left_open {
                close(closable)
            } else if c == '\'' && left_open && !right_open && after.is_some_and(char::is_alphabetic) {
                Action::Open
            } else {
                Action::Ignore // an apostrophe
            }
        }
        '‘' => {
            if stack.last().is_some_and(|o| o.mark == '‚') && !left_open {
                close(closable)
            } else if left_open && !right_open && !after.is_some_and(|a| a.is_ascii_digit()) {
                Action::Open
            } else {
                Action::Ignore
            }
        }
        '"' => {
            let any_double = stack.iter().any(|o| family(o.mark) == Family::Double);
            if before.is_some_and(|b| b.is_ascii_digit()) && !any_double && !right_open {
                Action::Ignore // 5'10" tall
            } else if closable.is_some() && (!left_open || right_open) {
                close(closable)
            } else if left_open && !right_open {
                Action::Open
            } else if closable.is_some() {
                close(closable)
            } else if before.is_some_and(|b| b.is_ascii_digit()) {
                Action::Ignore
            } else {
                Action::Open
            }
        }
        '“' => {
            // closes German „…“; otherwise opens (English)
            let german = stack.last().is_some_and(|o| o.mark == '„');
            // a quotation whose first words were cut opens with an ellipsis
            // ("“… and so we stayed”"): after a space it still opens
            let elided = left_open && after.is_some_and(|a| a == '…' || a == '.');
            if closable.is_some() && (german || (!left_open && right_open)) {
                close(closable)
            } else if !right_open || elided {
                Action::Open
            } else {
                close(closable)
            }
        }
        '”' | '»' | '›' | '」' => {
            if closable.is_some() {
                close(closable)
            } else if (before.is_none() && stack.is_empty() || left_open && !right_open) && matches!(c, '”' | '»') {
                // a paragraph opening with the wrong mark, or Danish »…«
                Action::Open // Danish/Swedish »…« and ”…”
            } else {
                Action::Ignore
            }
        }
        '«' | '„' | '‟' | '‚' | '‹' | '「' => {
            if closable.is_some() && !left_open {
                close(closable) // »…« closes with «
            } else if !right_open {
                Action::Open
            } else {
                Action::Ignore
            }
        }
        _ => Action::Ignore,
    }
}

fn is_opening_mark(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '‘' | '‚' | '"' | '\'' | '‹')
}

fn is_closing_mark(c: char) -> bool {
    matches!(c, '”' | '»' | '’' | '"' | '\'' | '“' | '›')
}

fn finish(
    toks: &mut [Token],
    quotes: &mut Vec<Quote>,
    open: usize,
    close: usize,
    closed: bool,
    first_para: u32,
    nested: &mut Vec<(usize, usize)>,
) {
    let idx = quotes.len() as u32 + 1;
    let inner_start = toks[open].end;
    let inner_end = if closed { toks[close].start } else { toks[close].end };
    let mut words = 0;
    for t in &mut toks[open..=close] {
        t.quote = idx;
        if t.is_wordlike() {
            words += 1;
        }
    }
    let (qs, qe) = (toks[open].start, toks[close].end);
    let mine = nested.iter().copied().filter(|&(s, e)| s >= qs && e <= qe).collect();
    nested.clear();
    quotes.push(Quote {
        open,
        close,
        closed,
        inner: (inner_start, inner_end.max(inner_start)),
        paras: (first_para, toks[close].para),
        words,
        nested: mine,
    });
}

/// A sentence as a token range `[start, end)`; `body` skips a dateline
/// or timestamp that opens the paragraph (`BRUSSELS, Dec 3 (Reuters) -`,
/// `18:02 GMT -`), which is no part of what anyone said.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub start: usize,
    pub body: usize,
    pub end: usize,
    pub para: u32,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "st", "jr", "sr", "prof", "rev", "capt",
    "maj", "adm", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "dept", "univ", "fig", "vol", "pp", "cmdr", "gens", "reps", "sens",
    "messrs", "hon", "pres", "supt", "wash", "calif", "fla", "ariz", "mass", "penn", "conn", "mich", "minn", "ill",
    "tenn", "ky", "va", "md", "nev", "colo", "okla", "ore", "wis", "ala", "ga", "la", "mo", "miss", "ark",
];

/// [`ABBREVIATIONS`] as numbers ([`abbreviation_key`]), sorted: asked at
/// every full stop after a word, a search of a few steps where comparing
/// the word with each entry took dozens.
static ABBREVIATION_KEYS: std::sync::LazyLock<Vec<u128>> = std::sync::LazyLock::new(|| {
    let mut keys: Vec<u128> = ABBREVIATIONS.iter().map(|a| abbreviation_key(a.as_bytes())).collect();
    keys.sort_unstable();
    keys
});

/// A word of at most six bytes as one number, packed as the lexicon packs
/// its short words ([`super::lexicon::pack`]).
fn abbreviation_key(bytes: &[u8]) -> u128 {
    super::lexicon::pack(bytes).unwrap_or(0)
}

/// Where the sentence `[start, end)` starts after the paragraph's
/// dateline, which ends at `body`: a token of the sentence, since every
/// rule reads the token there.
fn body_in(body: usize, start: usize, end: usize) -> usize {
    if body < end { body.max(start) } else { start }
}

/// Splits the tokens of each paragraph into sentences.
pub fn sentences(text: &str, toks: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut a = 0;
    while a < toks.len() {
        let para = toks[a].para;
        let b = toks[a..].iter().position(|t| t.para != para).map_or(toks.len(), |n| a + n);
        let body = dateline_end(text, &toks[a..b]).map_or(a, |n| a + n);
        let mut start = a;
        let mut i = a;
        while i < b {
            let t = &toks[i];
            let ends_here = if t.quote != 0 {
                // only at a closing mark that follows sentence punctuation
                // and ends the quotation: “We will win.” Then ...
                matches!(t.kind, Kind::Quote(_))
                    && i > a
                    && toks[i - 1].is_terminal()
                    && toks.get(i + 1).is_none_or(|n| n.quote != t.quote)
                    && starts_sentence(toks.get(i + 1), b, i + 1)
            } else if t.is_terminal() {
                !is_abbreviation(text, toks, i, a) && starts_sentence(toks.get(i + 1), b, i + 1)
            } else if t.is_word() && t.end > t.start && text.as_bytes()[t.end - 1] == b'.' {
                // U.S. at the end of a sentence; never after a title or an
                // initial ("Mr. Obama", "John F. Kennedy")
                let w = &text[t.start..t.end];
                let title = w.len() <= 5 && (w.len() == 2 || !w[..w.len() - 1].contains('.'));
                !title && toks.get(i + 1).is_some_and(|n| i + 1 < b && n.cap && n.has(super::lexicon::Class::NOT_NAME))
            } else {
                false
            };
            if ends_here {
                // closing marks and brackets right after the full stop
                let mut e = i + 1;
                while e < b
                    && (toks[e].is_any_punct(&[')', ']'])
                        || (toks[e].quote != 0 && toks[e].quote == t.quote && toks[e].is_quote()))
                {
                    e += 1;
                }
                out.push(Sentence { start, body: body_in(body, start, e), end: e, para });
                start = e;
                i = e;
                continue;
            }
            i += 1;
        }
        if start < b {
            out.push(Sentence { start, body: body_in(body, start, b), end: b, para });
        }
        a = b;
    }
    out
}

fn starts_sentence(next: Option<&Token>, para_end: usize, idx: usize) -> bool {
    if idx >= para_end {
        return true;
    }
    match next {
        None => true,
        Some(n) => {
            n.cap
                || n.is_quote()
                || matches!(n.kind, Kind::Number | Kind::Punct('(' | '[' | '—' | '–' | '-' | '•' | '*'))
        }
    }
}

fn is_abbreviation(text: &str, toks: &[Token], i: usize, para_start: usize) -> bool {
    if !toks[i].is_punct('.') || i == para_start {
        return false;
    }
    let prev = &toks[i - 1];
    if prev.end != toks[i].start || !prev.is_word() {
        return false;
    }
    let w = prev.text(text);
    // an initial: John F. Kennedy
    if w.chars().count() == 1 && prev.cap {
        return true;
    }
    // no abbreviation is longer than six letters: a longer word is none,
    // and a shorter one is lower-cased on the stack (this is asked at
    // every full stop after a word)
    let mut buf = [0u8; 6];
    let Some(bytes) = buf.get_mut(..w.len()) else { return false };
    bytes.copy_from_slice(w.as_bytes());
    bytes.make_ascii_lowercase();
    let Ok(lower) = std::str::from_utf8(bytes) else { return false };
    if ABBREVIATION_KEYS.binary_search(&abbreviation_key(bytes)).is_err() {
        return false;
    }
    // "Dec." ends a sentence only when no day number follows; "No." only
    // before a number
    let next = toks.get(i + 1);
    match lower {
        "no" => next.is_some_and(|n| matches!(n.kind, Kind::Number)),
        "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec" => {
            next.is_some_and(|n| matches!(n.kind, Kind::Number))
        }
        "co" | "inc" | "corp" | "ltd" | "wash" | "calif" | "fla" | "ariz" | "mass" | "penn" | "conn" | "mich"
        | "minn" | "ill" | "tenn" | "ky" | "va" | "md" | "nev" | "colo" | "okla" | "ore" | "wis" | "ala" | "ga"
        | "la" | "mo" | "miss" | "ark" => {
            // a state or company abbreviation ends a sentence before a
            // capitalised function word
            !next.is_some_and(|n| n.cap && n.has(super::lexicon::Class::NOT_NAME | super::lexicon::Class::PRONOUN))
        }
        _ => true,
    }
}

/// Number of tokens of a dateline or timestamp opening a paragraph:
/// upper-case place names, dates, an outlet in brackets, then a dash.
fn dateline_end(text: &str, para: &[Token]) -> Option<usize> {
    if list_marker(text, para) {
        return Some(1);
    }
    let limit = para.len().min(14);
    for (k, t) in para[..limit].iter().enumerate() {
        if t.is_any_punct(&['-', '—', '–']) || (t.kind == Kind::Punct('-') && t.text(text) == "--") {
            if k == 0 {
                return None;
            }
            // a place in capitals, or in title case before a date
            // ("Brussels, 3 March —"): a number and a month with it
            // (a Russian or Ukrainian month is written small: "Москва, 6
            // декабря —", "Київ. 6 грудня. INTERFAX-UKRAINE -")
            let dated = para[..k].iter().any(|p| matches!(p.kind, Kind::Number))
                && para[..k].iter().any(|p| p.cap && p.has(super::lexicon::Class::TIME) || slavic_month(p.text(text)));
            let ok = para[..k].iter().all(|p| match p.kind {
                Kind::Word => {
                    p.all_caps
                        || slavic_month(p.text(text))
                        || p.cap && dated
                        || p.has(super::lexicon::Class::TIME)
                        || p.text(text).eq_ignore_ascii_case("gmt")
                        || p.text(text).eq_ignore_ascii_case("utc")
                        || p.text(text).eq_ignore_ascii_case("cet")
                        || p.text(text).eq_ignore_ascii_case("am")
                        || p.text(text).eq_ignore_ascii_case("pm")
                        || (p.cap && para[..k].iter().any(|q| q.is_any_punct(&['('])))
                }
                Kind::Number => true,
                Kind::Punct(c) => matches!(c, ',' | '/' | '(' | ')' | '.' | ':'),
                Kind::Quote(_) => false,
            });
            let has_anchor = para[..k].iter().any(|p| p.all_caps || matches!(p.kind, Kind::Number));
            // a paragraph that is only a dateline ("NATO —") has no body
            // to skip to: every rule reads a sentence from its body
            return (ok && has_anchor && k + 1 < para.len()).then_some(k + 1);
        }
        if t.is_punct(':') && k > 0 && t.quote == 0 && colon_dateline(text, para, k) {
            return Some(k + 1);
        }
        if t.is_quote() {
            return None;
        }
    }
    None
}

/// A paragraph that is an item of a list ("- Kyiv would …", "• The
/// minister …"): the mark and its space open it, and what follows is a
/// word, a number or a quotation mark. The mark is no part of what anyone
/// said. (A dash of dialogue, "— …", is read by the ru/uk rules.)
fn list_marker(text: &str, para: &[Token]) -> bool {
    let [mark, next, ..] = para else { return false };
    matches!(mark.kind, Kind::Punct('-' | '•' | '*' | '·' | '▪' | '◦' | '‣'))
        && mark.text(text) != "--"
        && text[mark.end..next.start].starts_with(' ')
        && matches!(next.kind, Kind::Word | Kind::Number | Kind::Quote(_))
}

/// Whether `w` is a Russian or Ukrainian month as a date writes it.
fn slavic_month(w: &str) -> bool {
    // every such month is more than four bytes, and starts with a
    // Cyrillic letter (two bytes, the first 0xD0 or 0xD1)
    w.len() > 4
        && matches!(w.as_bytes()[0], 0xD0 | 0xD1)
        && (super::lexicon::ru::MONTHS.contains(&w) || super::lexicon::uk::MONTHS.contains(&w))
}

/// "ISLAMABAD: Pakistan on Monday …", "NEW DELHI: …": a place in
/// capitals before a colon opening a paragraph (as South Asian papers
/// write datelines), not a speaker before their words ("NATO: …", or
/// "HOLM:" in a transcript). A city the country table knows (of four
/// letters or more), or a name of two words or more in the first
/// paragraphs; a word after the colon with a capital, no quotation.
fn colon_dateline(text: &str, para: &[Token], colon: usize) -> bool {
    let words = &para[..colon];
    if colon > 3 || !words.iter().all(|p| p.kind == Kind::Word && p.all_caps) {
        return false;
    }
    let after = para.get(colon + 1);
    if !after.is_some_and(|a| a.kind == Kind::Word && a.cap) {
        return false;
    }
    let lex = super::lexicon::Lexicon::of(super::lexicon::Lang::En);
    // a city or capital; the country table also holds blocs ("NATO")
    let place = |w: &str| lex.adjective_of_place(w).is_some();
    let letters: usize = words.iter().map(|p| p.text(text).len()).sum();
    // (not "EU:", which the table places too); a name of several words
    // only where a dateline stands, at the top (not "ANA LIND:" labelling
    // a turn of a transcript further down)
    let top = para[0].para <= 2;
    words.len() >= 2 && letters >= 8 && top || words.len() == 1 && letters >= 4 && place(words[0].text(text))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn quotes_of(text: &str) -> Vec<String> {
        let (mut toks, paras) = tokenize(text);
        pair_quotes(text, &mut toks, &paras).iter().map(|q| text[q.inner.0..q.inner.1].to_string()).collect()
    }

    /// The text after the paragraph's dateline or list mark, if it has one.
    fn body(text: &str) -> Option<String> {
        let (toks, _) = tokenize(text);
        dateline_end(text, &toks).map(|n| text[toks[n].start..].to_string())
    }

    fn sentences_of(text: &str) -> Vec<String> {
        let (mut toks, paras) = tokenize(text);
        pair_quotes(text, &mut toks, &paras);
        sentences(text, &toks).iter().map(|s| text[toks[s.body].start..toks[s.end - 1].end].to_string()).collect()
    }

    #[test]
    fn every_abbreviation_fits_the_stack_buffer_and_ends_no_sentence() {
        // the look-up lower-cases at most six bytes: a longer entry could
        // never be found
        for a in ABBREVIATIONS {
            assert!(a.len() <= 6 && a.bytes().all(|b| b.is_ascii_lowercase()), "{a}");
        }
        // each found by its number, and no other word of up to six letters
        // shares one
        for a in ABBREVIATIONS {
            assert!(ABBREVIATION_KEYS.binary_search(&abbreviation_key(a.as_bytes())).is_ok(), "{a}");
        }
        let mut keys: Vec<u128> = ABBREVIATION_KEYS.clone();
        keys.dedup();
        assert_eq!(keys.len(), ABBREVIATIONS.len());
        for w in ["m", "mrx", "gens.", "sai", "said", "nov1", "jano", "a", "calif0"] {
            assert!(ABBREVIATION_KEYS.binary_search(&abbreviation_key(w.as_bytes())).is_err(), "{w}");
        }
        assert_eq!(
            sentences_of("Mr. Hale met Gen. Adams in Calif. They talked."),
            ["Mr. Hale met Gen. Adams in Calif.", "They talked."]
        );
        assert_eq!(sentences_of("The MESSRS. Brown and Stone spoke."), ["The MESSRS. Brown and Stone spoke."]);
    }

    #[test]
    fn quotes_pair_in_every_typography() {
        assert_eq!(quotes_of("“One,” she said. «Two», he said. „Drei“, sagte er."), ["One,", "Two", "Drei"]);
        assert_eq!(quotes_of("He said \"yes\" twice."), ["yes"]);
        assert_eq!(quotes_of("''Fine,'' she said."), ["Fine,"]);
    }

    #[test]
    fn nested_quotes_stay_inside_and_apostrophes_are_not_quotes() {
        assert_eq!(
            quotes_of("“They call it ‘help’, we call it theft,” she said."),
            ["They call it ‘help’, we call it theft,"]
        );
        assert!(quotes_of("The allies’ patience and Ukraine’s needs.").is_empty());
    }

    #[test]
    fn a_quote_may_run_over_paragraphs_that_reopen_it() {
        let q = quotes_of("“First part.\n\n“Second part.”\n\nNarration.");
        assert_eq!(q.len(), 1);
        assert!(q[0].starts_with("First part.") && q[0].ends_with("Second part."));
    }

    #[test]
    fn a_quote_may_open_with_an_ellipsis() {
        assert_eq!(quotes_of("“… and then the lights went out,” she said."), ["… and then the lights went out,"]);
        assert_eq!(quotes_of("He wrote: “...we kept going.” Then he stopped."), ["...we kept going."]);
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let q = quotes_of("He said: “This will not work.\n\nThe room went quiet.");
        assert_eq!(q, ["This will not work."]);
    }

    #[test]
    fn sentences_skip_abbreviations_and_datelines() {
        assert_eq!(
            sentences_of("KYIV, May 2 (Reuters) - Mr. Dale met Gen. Ross. They spoke in the U.S. Embassy."),
            ["Mr. Dale met Gen. Ross.", "They spoke in the U.S. Embassy."]
        );
        assert_eq!(sentences_of("“We won.” Then he left."), ["“We won.”", "Then he left."]);
        // a place in title case before a date
        assert_eq!(sentences_of("Oslo, 4 June — The port shut."), ["The port shut."]);
        assert_eq!(sentences_of("Bergen, June 4 — The port shut."), ["The port shut."]);
        // a name and an age are no dateline
        assert_eq!(
            sentences_of("Ola Lind, 54 — the mayor — shut the port."),
            ["Ola Lind, 54 — the mayor — shut the port."]
        );
    }

    #[test]
    fn a_place_in_capitals_before_a_colon_is_a_dateline() {
        for text in ["ISLAMABAD: The port reopened on Monday.", "NEW DELHI: The port reopened on Monday."] {
            assert_eq!(body(text).as_deref(), Some("The port reopened on Monday."), "{text}");
        }
        // a body in capitals before its words is a speaker, and a colon
        // before a quotation opens it
        for text in [
            "NATO: The port must reopen.",
            "EU: The port must reopen.",
            "KARLSSON: The port must reopen.",
            "ISLAMABAD: “The port is open.”",
        ] {
            assert_eq!(body(text), None, "{text}");
        }
    }

    #[test]
    fn the_mark_of_a_list_item_opens_no_content() {
        for text in [
            "- The ferry would run twice a week, an official said.",
            "• The ferry would run twice a week, an official said.",
            "* \"The ferry runs again,\" the mayor said.",
        ] {
            let want = text.split_once(' ').map(|(_, rest)| rest);
            assert_eq!(body(text).as_deref(), want, "{text}");
        }
        // a minus sign, a double hyphen or a dash of dialogue is no mark
        for text in
            ["-5 degrees were forecast, the office said.", "-- The ferry runs again.", "— Паром ходит, — сказал он."]
        {
            assert_eq!(body(text), None, "{text}");
        }
        // the statement's words start after the mark
        let text = "Talks on the ferry\n\n- The ferry would run twice a week, an official said.";
        let cat = crate::catalogue::Catalogue::builtin();
        let topics = crate::topics::TopicLexicon::builtin();
        let found = crate::extract::extract(text, &cat, &topics);
        let contents: Vec<&str> = found.iter().map(|s| &text[s.content.start..s.content.end]).collect();
        assert_eq!(contents, ["The ferry would run twice a week"]);
    }

    #[test]
    fn a_russian_or_ukrainian_dateline_with_a_small_month_is_no_content() {
        for text in [
            "Москва. 6 декабря. INTERFAX.RU - Порт снова открыт.",
            "Москва, 6 декабря - Порт снова открыт.",
            "Київ. 6 грудня. INTERFAX-UKRAINE - Порт знову відкритий.",
        ] {
            let want = text.rsplit(" - ").next();
            assert_eq!(body(text).as_deref(), want, "{text}");
        }
        // a title-case word and a number before a dash, with no month,
        // open no dateline
        assert_eq!(body("Москва, 6 кораблей - это много."), None);
    }

    #[test]
    fn a_paragraph_that_is_only_a_dateline_is_its_own_body() {
        // every rule reads a sentence from its body: it must be a token
        // of the sentence ("NATO —" alone once made one past the end)
        for text in [" NATO — ", "KYIV, May 2 (Reuters) -", "OSLO —\n\nThe port was shut."] {
            let (mut toks, paras) = tokenize(text);
            pair_quotes(text, &mut toks, &paras);
            for s in sentences(text, &toks) {
                assert!(s.body < s.end, "{text:?}: {s:?}");
            }
            let cat = crate::catalogue::Catalogue::builtin();
            let topics = crate::topics::TopicLexicon::builtin();
            crate::extract::extract(text, &cat, &topics);
        }
    }
}
