//! Names spelt several ways. Slavic names reach English copy through
//! several transliterations (Tykhyi, Tikhiy, Tychyi; Kyslytsya, Kislitsa;
//! Yermak, Iermak; Heorhii, Georgy) and sometimes with a typo (Zelenksy).
//! A name is reduced to a key that the common variants share, and two
//! names whose keys differ are still taken as one when their spellings
//! are a single edit apart and long enough for that to be safe.

/// The spelling-blind key of one word of a Latin-script name.
///
/// Diacritics go, and the letters transliteration systems disagree on
/// are merged: kh/ch/gh/h and g (Ukrainian Г is h, Russian Г is g), y/j/i
/// and runs of them (iy, yi, ii), ts/tz/cz/c, zh/z, sh/s, w/v, ph/f, x/ks,
/// a vowel after i (ia → a, "Kyslytsya" / "Kislitsa"), a final ei/ey (→ i,
/// "Sergei" / "Serhii"), and double letters.
pub fn name_key(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    if word.is_ascii() {
        // no ASCII letter has a diacritic to fold: the letters and digits,
        // lower-cased, are what stays
        s.extend(word.bytes().filter(u8::is_ascii_alphanumeric).map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        for c in word.chars().flat_map(char::to_lowercase) {
            match fold(c) {
                Some(f) => s.push_str(f),
                None if c.is_alphanumeric() => s.push(c),
                None => {}
            }
        }
    }
    for (from, to) in [
        ("sch", "s"),
        ("kh", "h"),
        ("ch", "h"),
        ("gh", "h"),
        ("g", "h"),
        ("zh", "z"),
        ("sh", "s"),
        ("ts", "c"),
        ("tz", "c"),
        ("cz", "c"),
        ("ph", "f"),
        ("w", "v"),
        ("x", "ks"),
        ("q", "k"),
        ("ck", "k"),
        ("y", "i"),
        ("j", "i"),
    ] {
        if has(&s, from) {
            s = s.replace(from, to);
        }
    }
    // "ei" at the end: Sergei / Sergey / Serhii
    if let Some(stem) = s.strip_suffix("ei") {
        s = format!("{stem}i");
    }
    // a vowel after i: Kyslytsya / Kislitsa, Mariya / Maria
    for (from, to) in [("ia", "a"), ("io", "o"), ("iu", "u"), ("ie", "e")] {
        if has(&s, from) {
            s = s.replace(from, to);
        }
    }
    // double letters, runs of i included
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Whether `s` holds `pat` (a few ASCII letters): a name is a few bytes,
/// too short for a substring search's set-up to pay.
fn has(s: &str, pat: &str) -> bool {
    // the first byte tells most windows apart without a call to memcmp
    let p = pat.as_bytes();
    s.as_bytes().windows(p.len()).any(|w| w[0] == p[0] && w == p)
}

/// Latin letters with diacritics as their base letters.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        '\'' | '’' | '-' | '.' => "",
        _ => return None,
    })
}

/// Whether two spellings of a surname may be the same name: equal keys,
/// or (for names of six letters or more) one edit apart, a swap of two
/// neighbouring letters counting as one edit.
pub fn same_name(a: &str, b: &str) -> bool {
    let (ka, kb) = (name_key(a), name_key(b));
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka == kb {
        return true;
    }
    let (la, lb) = (plain(a), plain(b));
    la.chars().count().min(lb.chars().count()) >= 6 && edits(&la, &lb) <= 1
}

/// Whether two given names may name one person: the same name spelt
/// another way ([`same_name`]), or two forms of one name
/// ([`crate::extract::lexicon::en::GIVEN_NAME_FORMS`]: "Mike" and
/// "Michael", "Vladimir" and "Volodymyr").
pub fn same_given_name(a: &str, b: &str) -> bool {
    if same_name(a, b) {
        return true;
    }
    let forms = given_name_forms();
    forms.get(&name_key(a)).is_some_and(|g| forms.get(&name_key(b)) == Some(g))
}

/// Whether `w` is a given name [`crate::extract::lexicon::en::GIVEN_NAME_FORMS`]
/// lists, in any spelling its name key joins.
pub fn is_listed_given_name(w: &str) -> bool {
    given_name_forms().contains_key(&name_key(w))
}

/// The name key of each word of [`crate::extract::lexicon::en::GIVEN_NAME_FORMS`],
/// with the number of its group.
fn given_name_forms() -> &'static std::collections::HashMap<String, usize> {
    static FORMS: std::sync::OnceLock<std::collections::HashMap<String, usize>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let groups = crate::extract::lexicon::en::GIVEN_NAME_FORMS;
        groups.iter().enumerate().flat_map(|(g, names)| names.iter().map(move |n| (name_key(n), g))).collect()
    })
}

/// Lower case, diacritics folded.
pub(crate) fn plain(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    if w.is_ascii() {
        // of ASCII, only the marks [`fold`] drops change
        out.extend(w.bytes().filter(|b| !matches!(b, b'\'' | b'-' | b'.')).map(|b| char::from(b.to_ascii_lowercase())));
        return out;
    }
    for c in w.chars().flat_map(char::to_lowercase) {
        match fold(c) {
            Some(f) => out.push_str(f),
            None => out.push(c),
        }
    }
    out
}

/// Edit distance with adjacent swaps (optimal string alignment), capped:
/// 0 for the same word, 1 for one letter changed, added, dropped or two
/// neighbouring letters swapped, else 2.
pub(crate) fn edits(a: &str, b: &str) -> usize {
    if a == b {
        return 0;
    }
    // names are short: their letters fit on the stack, so the names of an
    // article are compared without allocating
    const MAX: usize = 40;
    let mut abuf = ['\0'; MAX];
    let mut bbuf = ['\0'; MAX];
    let (mut na, mut nb) = (0, 0);
    for c in a.chars() {
        if na == MAX {
            return edits_long(a, b);
        }
        abuf[na] = c;
        na += 1;
    }
    for c in b.chars() {
        if nb == MAX {
            return edits_long(a, b);
        }
        bbuf[nb] = c;
        nb += 1;
    }
    one_edit(&abuf[..na], &bbuf[..nb])
}

/// [`edits`] of words too long for the stack.
fn edits_long(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_edit(&a, &b)
}

/// [`edits`] of two different letter sequences: past the letters they
/// share at the start, one edit must leave the rest the same.
fn one_edit(a: &[char], b: &[char]) -> usize {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return 2;
    }
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let one = if a.len() == b.len() {
        i == a.len()
            // one letter changed
            || a[i + 1..] == b[i + 1..]
            // two neighbours swapped
            || (i + 1 < a.len() && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..])
    } else {
        // one letter more in the longer
        a[i..] == b[i + 1..]
    };
    if one { usize::from(a != b) } else { 2 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_share_a_key() {
        for group in [
            &["Tykhyi", "Tikhiy", "Tychyi", "Tikhy"][..],
            &["Kyslytsya", "Kislitsa", "Kyslytsia"],
            &["Yermak", "Iermak"],
            &["Heorhii", "Georgy", "Georgii", "Heorhiy"],
            &["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii"],
            &["Sergei", "Sergey", "Serhii", "Serhiy"],
            &["Sybiha", "Sybiga"],
            &["Podolyak", "Podoliak"],
            &["Erdoğan", "Erdogan"],
        ] {
            let key = name_key(group[0]);
            for v in group {
                assert_eq!(name_key(v), key, "{v} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(name_key("Lavrov"), name_key("Ryabkov"));
        assert_ne!(name_key("Peskov"), name_key("Pesko"));
        assert!(!same_name("Kuleba", "Kulebyaka"));
        assert!(!same_name("Dmitriev", "Medvedev"));
    }

    #[test]
    fn forms_of_one_given_name_are_one_name() {
        assert!(same_given_name("Mike", "Michael"));
        assert!(same_given_name("Volodymyr", "Vladimir"));
        assert!(same_given_name("Oleksii", "Alexey"));
        assert!(same_given_name("Serhiy", "Sergei"), "a transliteration needs no entry");
        // two names, not two forms of one
        assert!(!same_given_name("Oleksii", "Dmytro"));
        assert!(!same_given_name("Hunter", "Joe"));
        assert!(!same_given_name("Alexander", "Alexei"));
        assert!(is_listed_given_name("Pyotr") && !is_listed_given_name("Kuleba"));
    }

    #[test]
    fn each_form_of_a_given_name_belongs_to_one_name() {
        let mut seen = std::collections::HashMap::new();
        for (g, names) in crate::extract::lexicon::en::GIVEN_NAME_FORMS.iter().enumerate() {
            assert!(names.len() >= 2, "{names:?}: a name needs another form");
            for n in *names {
                assert_eq!(*n, n.to_lowercase(), "{n}: lower case");
                if let Some(other) = seen.insert(name_key(n), g) {
                    assert_eq!(other, g, "{n} is a form of two names");
                }
            }
        }
    }

    #[test]
    fn one_typo_in_a_long_name() {
        assert!(same_name("Zelenksy", "Zelensky"));
        assert!(same_name("Klitchko", "Klitschko"));
        // too short to guess
        assert!(!same_name("Putn", "Putin"));
    }

    /// The optimal string alignment distance by its table, capped at 2.
    fn distance_by_table(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, v) in d[0].iter_mut().enumerate() {
            *v = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()].min(2)
    }

    #[test]
    fn edits_agree_with_the_full_table_on_every_short_word() {
        // every word of up to four letters over three letters (one of
        // them two bytes long), against every other
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.chars().count() < 4)
                .flat_map(|w| ['a', 'b', 'ё'].map(|c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
            words.sort();
            words.dedup();
        }
        assert_eq!(words.len(), 1 + 3 + 9 + 27 + 81);
        for a in &words {
            for b in &words {
                assert_eq!(edits(a, b), distance_by_table(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn edits_count_typos_swaps_and_stop_past_one() {
        assert_eq!(edits("zelensky", "zelensky"), 0);
        assert_eq!(edits("zelenksy", "zelensky"), 1, "two letters swapped");
        assert_eq!(edits("klitchko", "klitschko"), 1, "a letter missing");
        assert_eq!(edits("sybiha", "sybiga"), 1, "a letter changed");
        assert_eq!(edits("kuleba", "kulebyaka"), 2);
        assert_eq!(edits("", "ab"), 2);
        assert_eq!(edits("", "a"), 1);
        // past the stack buffer the same answers
        let long = "a".repeat(60);
        assert_eq!(edits(&long, &long), 0);
        assert_eq!(edits(&long, &format!("{long}b")), 1);
        assert_eq!(edits(&format!("{long}ab"), &format!("{long}ba")), 1);
        assert_eq!(edits(&format!("{long}ab"), &format!("{long}cd")), 2);
    }
}
