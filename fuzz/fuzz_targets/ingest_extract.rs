//! Arbitrary bytes as an article file (its first byte picks the format),
//! read and extracted. Checks the invariants, not just "no panic".
#![no_main]

use counterpoint::catalogue::Catalogue;
use counterpoint::topics::TopicLexicon;
use libfuzzer_sys::fuzz_target;
use std::time::Duration;

mod cpu;
use std::sync::LazyLock;

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::builtin);
static TOPICS: LazyLock<TopicLexicon> = LazyLock::new(TopicLexicon::builtin);

fuzz_target!(|data: &[u8]| {
    cpu::within(Duration::from_secs(5), "one input", || {
        counterpoint::fuzzing::ingest_extract(data, &CATALOGUE, &TOPICS)
    });
});
