//! The sample articles, embedded so "Try the samples" works from anywhere.

/// One embedded sample file.
pub struct Sample {
    /// File name, whose extension tells the format.
    pub name: &'static str,
    pub bytes: &'static [u8],
}

macro_rules! samples {
    ($($f:literal),* $(,)?) => {
        &[$(Sample { name: $f, bytes: include_bytes!(concat!("../assets/samples/", $f)) }),*]
    };
}

/// Written for the project in several outlets' styles (see each file's
/// last line); the quotations in them are invented.
pub const SAMPLES: &[Sample] = samples![
    "wire-nato-ministers.txt",
    "kremlin-briefing.txt",
    "kyiv-foreign-ministry.txt",
    "uk-broadsheet-coalition.md",
    "german-weekly-weapons.html",
    "liveblog-energy-truce.txt",
    "analysis-guarantees.txt",
    "agency-prisoner-swap.txt",
    "tass-kremlin-guarantees-ru.txt",
    "pravda-sybiha-guarantees-uk.txt",
];

/// Made-up outlets the varied copies are credited to.
const OUTLETS: &[&str] =
    &["Harbour Gazette", "Evening Wire", "Northern Courier", "Capital Ledger", "Morning Dispatch", "River Post"];

/// `n` articles made from the samples for trying the app (and measuring
/// it) at scale: each sample copied with its paragraphs in another order,
/// credited to one of six made-up outlets and dated across 2025, so the
/// same remarks are carried by several outlets on several days, as wire
/// copy is.
pub fn varied(n: usize) -> Vec<crate::article::Article> {
    let samples: Vec<crate::article::Article> =
        SAMPLES.iter().filter_map(|s| crate::ingest::parse_article(s.name, s.bytes).ok()).collect();
    (0..n)
        .map(|i| {
            let base = &samples[i % samples.len()];
            let mut paras: Vec<&str> = base.text.split("\n\n").collect();
            // rotate the body a little so copies differ in order as well
            if paras.len() > 4 {
                let len = paras.len();
                let k = 1 + (i / samples.len()) % (len - 2);
                paras[1..].rotate_left(k % (len - 1));
            }
            let text = format!("{}\n\nRef. {i:05}\n", paras.join("\n\n"));
            let mut a = crate::article::Article::from_text(format!("varied-{i:05}-{}", base.file_name()), text);
            a.outlet = OUTLETS[(i / samples.len()) % OUTLETS.len()].to_string();
            // spread over the year: day of year from the copy's number
            let day = crate::calendar::days_from_civil(2025, 1, 1) + ((i * 7) % 365) as i32;
            a.date = Some(crate::calendar::iso(day));
            a
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varied_copies_differ_and_carry_outlets_and_dates() {
        let v = varied(40);
        assert_eq!(v.len(), 40);
        let ids: std::collections::BTreeSet<_> = v.iter().map(|a| a.id.clone()).collect();
        assert_eq!(ids.len(), 40, "every copy is a distinct article");
        let outlets: std::collections::BTreeSet<_> = v.iter().map(|a| a.outlet.as_str()).collect();
        assert!(outlets.len() >= 4);
        assert!(v.iter().all(|a| a.date.as_deref().is_some_and(|d| d.starts_with("2025-") && d.len() == 10)));
    }

    #[test]
    fn every_sample_file_is_embedded_and_reads_as_an_article() {
        let on_disk = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples")).unwrap().count();
        assert_eq!(on_disk, SAMPLES.len(), "a sample file is not embedded");
        for s in SAMPLES {
            let a = crate::ingest::parse_article(s.name, s.bytes).unwrap();
            assert!(a.text.len() > 1500, "{}", s.name);
            assert!(!a.title.is_empty(), "{}", s.name);
        }
    }
}
