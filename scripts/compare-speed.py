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

usage: compare-speed.py DIR BIN [BIN ...] [--runs N] [--threads T]

  DIR        a folder of articles, e.g. from
             `python3 scripts/make-articles.py DIR --count 2000`
  BIN        a release build of counterpoint (copy target/release/counterpoint
             aside before building the next)
  --runs     runs of each build (default 30)
  --threads  RAYON_NUM_THREADS for each run (default 1); with more than one,
             MB/s per core is the bytes over the CPU time of all threads
"""
import argparse
import hashlib
import os
import resource
import statistics
import subprocess
import sys


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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir")
    ap.add_argument("bins", nargs="+")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    if not os.path.isdir(args.dir):
        sys.exit(f"compare-speed: {args.dir}: not a folder")
    for b in args.bins:
        if not os.access(b, os.X_OK):
            sys.exit(f"compare-speed: {b}: not an executable")
    size = folder_bytes(args.dir)
    env = dict(os.environ, RAYON_NUM_THREADS=str(args.threads))
    times = {b: [] for b in args.bins}
    digests = {}
    # one untimed run each first, with its output kept: files in the page
    # cache, and the outputs compared
    for b in args.bins:
        _, digests[b] = run(b, args.dir, env, keep_output=True)
    for _ in range(args.runs):
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
    if any(digests[b] != digests[first] for b in args.bins):
        sys.exit(1)


if __name__ == "__main__":
    main()
