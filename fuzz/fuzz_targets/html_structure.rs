//! Bytes as a program that writes an HTML page (deep, unbalanced and
//! repetitive markup of up to 2 MB from a few dozen bytes), which is parsed
//! with linear work, read and extracted. Checks the invariants.
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
    cpu::within(Duration::from_secs(2), "one input", || {
        counterpoint::fuzzing::html_structure(data, &CATALOGUE, &TOPICS)
    });
});
