//! Arbitrary bytes as a session file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::time::Duration;

mod cpu;

fuzz_target!(|data: &[u8]| {
    cpu::within(Duration::from_secs(2), "one input", || counterpoint::fuzzing::session_load(data));
});
