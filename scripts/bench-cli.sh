#!/usr/bin/env bash
# Times `counterpoint extract` over a generated folder of 2,000 articles
# (release build, all cores), best of 5 runs.
# usage: scripts/bench-cli.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build --release --quiet
python3 scripts/make-articles.py "$dir" --count "$count"
best=
for _ in 1 2 3 4 5; do
  start=$(date +%s.%N)
  ./target/release/counterpoint extract --format jsonl "$dir" > "$dir.out"
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
done
lines=$(wc -l < "$dir.out")
rm -f "$dir.out"
echo "extract over $count articles: best of 5 runs ${best}s on $(nproc) cores ($lines statements)"
