//! A per-input time limit in CPU time. libFuzzer's `-timeout` counts wall
//! time, which on a shared machine (or under `nice`) says more about the
//! other processes than about the code: an input that takes 0.2 s of CPU
//! was reported as a six-second timeout. The targets check CPU time
//! themselves; `-timeout` stays, much higher, as the backstop for a real
//! hang.

use std::time::Duration;

/// CPU time used by the process so far.
pub fn used() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime only writes the timespec it is given.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Runs `f`, panicking if it used more than `limit` of CPU time.
pub fn within(limit: Duration, what: &str, f: impl FnOnce()) {
    let start = used();
    f();
    let took = used().saturating_sub(start);
    assert!(took <= limit, "{what} took {took:?} of CPU time (limit {limit:?})");
}
