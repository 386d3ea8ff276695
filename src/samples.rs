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

#[cfg(test)]
mod tests {
    use super::*;

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
