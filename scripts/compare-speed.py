#!/usr/bin/env python3
"""Time builds of `counterpoint extract` against each other, alternately.

Runs `BIN extract --format jsonl DIR > /dev/null` for each build in turn,
RUNS times over, and prints for each build the best and the median CPU time
(user + sys, to the microsecond, as the kernel counts it for the child) and
the MB/s per core they make of DIR's bytes. Builds are alternated because
this machine's speed drifts by a third within the hour: figures of
different hours do not compare, figures of the same minutes do. The first
run of each build is also checked to print what the first build prints,
byte for byte (a speed change must not change the output).

With --probe, a fixed memory probe runs in each round too: a chase of
pointers through 32 MB, which waits on memory at every step. Its own time
is the machine's state in that minute (on the shared machines this runs
on, other tenants make memory slower or faster; the processor's own speed
barely moves), and the figures end with how closely each build's times
follow it (Pearson r over the rounds). Needs a C compiler (`cc`).

usage: compare-speed.py DIR BIN [BIN ...] [--runs N] [--threads T] [--probe]

  DIR        a folder of articles, e.g. from
             `python3 scripts/make-articles.py DIR --count 2000`
  BIN        a release build of counterpoint (copy target/release/counterpoint
             aside before building the next)
  --runs     runs of each build (default 30)
  --threads  RAYON_NUM_THREADS for each run (default 1); with more than one,
             MB/s per core is the bytes over the CPU time of all threads
  --probe    time the memory probe in each round as well
"""
import argparse
import atexit
import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile

# The memory probe: 32 MB of indices shuffled into one cycle (Sattolo),
# then 5 million steps along it, each a read that waits on memory.
PROBE_C = r"""
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    size_t n = (32u << 20) / sizeof(size_t);
    size_t *a = malloc(n * sizeof(size_t));
    if (!a) return 1;
    for (size_t i = 0; i < n; i++) a[i] = i;
    uint64_t x = 88172645463325252ULL;
    for (size_t i = n - 1; i > 0; i--) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        size_t j = x % i, t = a[i];
        a[i] = a[j]; a[j] = t;
    }
    size_t p = 0;
    for (long i = 0; i < 5000000L; i++) p = a[p];
    printf("%zu\n", p);
    return 0;
}
"""


def folder_bytes(path):
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(binary, folder, env, keep_output):
    """CPU seconds of one run, and a digest of its output when asked."""
    before = cpu_seconds()
    out = subprocess.PIPE if keep_output else subprocess.DEVNULL
    done = subprocess.run([binary, "extract", "--format", "jsonl", folder], stdout=out, env=env, check=False)
    spent = cpu_seconds() - before
    if done.returncode not in (0, 1):
        sys.exit(f"compare-speed: {binary} exited with {done.returncode}")
    digest = hashlib.sha256(done.stdout).hexdigest() if keep_output else None
    return spent, digest


def build_probe():
    """The probe, compiled into a temporary folder."""
    folder = tempfile.mkdtemp(prefix="counterpoint-probe-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    source, binary = os.path.join(folder, "probe.c"), os.path.join(folder, "probe")
    with open(source, "w") as f:
        f.write(PROBE_C)
    try:
        done = subprocess.run(["cc", "-O2", "-o", binary, source], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        sys.exit("compare-speed: --probe needs a C compiler, and `cc` was not found")
    if done.returncode != 0:
        sys.exit(f"compare-speed: the probe did not compile:\n{done.stderr}")
    return binary


def time_probe(binary):
    before = cpu_seconds()
    subprocess.run([binary], stdout=subprocess.DEVNULL, check=True)
    return cpu_seconds() - before


def pearson(xs, ys):
    mx, my = statistics.mean(xs), statistics.mean(ys)
    sx = sum((x - mx) ** 2 for x in xs) ** 0.5
    sy = sum((y - my) ** 2 for y in ys) ** 0.5
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (sx * sy) if sx and sy else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir")
    ap.add_argument("bins", nargs="+")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--probe", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(args.dir):
        sys.exit(f"compare-speed: {args.dir}: not a folder")
    for b in args.bins:
        if not os.access(b, os.X_OK):
            sys.exit(f"compare-speed: {b}: not an executable")
    size = folder_bytes(args.dir)
    env = dict(os.environ, RAYON_NUM_THREADS=str(args.threads))
    times = {b: [] for b in args.bins}
    probe = build_probe() if args.probe else None
    probe_times = []
    digests = {}
    # one untimed run each first, with its output kept: files in the page
    # cache, and the outputs compared
    for b in args.bins:
        _, digests[b] = run(b, args.dir, env, keep_output=True)
    for _ in range(args.runs):
        if probe:
            probe_times.append(time_probe(probe))
        for b in args.bins:
            t, _ = run(b, args.dir, env, keep_output=False)
            times[b].append(t)
    first = args.bins[0]
    print(f"{size:,} bytes in {args.dir}, {args.runs} runs each, RAYON_NUM_THREADS={args.threads}")
    for b in args.bins:
        v = sorted(times[b])
        best, median = v[0], statistics.median(v)
        same = "same output" if digests[b] == digests[first] else f"OUTPUT DIFFERS from {first}"
        print(
            f"{b}: best {best * 1000:.1f} ms ({size / best / 1e6:.1f} MB/s), "
            f"median {median * 1000:.1f} ms ({size / median / 1e6:.1f} MB/s); {same}"
        )
    if probe:
        v = sorted(probe_times)
        follows = ", ".join(f"{b} r = {pearson(probe_times, times[b]):.2f}" for b in args.bins)
        print(
            f"memory probe: best {v[0] * 1000:.1f} ms, median {statistics.median(v) * 1000:.1f} ms, "
            f"slowest {v[-1] * 1000:.1f} ms; how closely the builds follow it: {follows}"
        )
    if any(digests[b] != digests[first] for b in args.bins):
        sys.exit(1)


if __name__ == "__main__":
    main()
