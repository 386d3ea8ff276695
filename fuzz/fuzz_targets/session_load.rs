//! Arbitrary bytes as a session file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    counterpoint::fuzzing::session_load(data);
});
