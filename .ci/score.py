#!/usr/bin/env python3
"""Scores the extractor on the shared corpora and checks the floors.

usage: score.py BINARY SHARED_DIR FLOORS_JSON
Exits 1 if a figure is below its floor.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    binary, shared, floors_path = sys.argv[1:4]
    with open(floors_path) as f:
        floors = json.load(f)
    scorer = os.path.join(shared, "tools", "score_statements.py")
    failed = False
    for corpus, wanted in floors.items():
        if corpus.startswith("_"):
            continue
        folder = os.path.join(shared, "corpus", corpus)
        files = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".txt"))
        with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as pred:
            subprocess.run([binary, "extract", "--format", "jsonl", *files], stdout=pred, check=True)
        out = subprocess.run([sys.executable, scorer, "--gold", folder, "--pred", pred.name, "--json"],
                             capture_output=True, text=True, check=True)
        os.unlink(pred.name)
        result = json.loads(out.stdout)
        for key, floor in wanted.items():
            part, metric = key.split(".")
            # topics, stance and cell exist only where the gold has topics
            value = (result.get(part) or {}).get(metric)
            ok = value is not None and value >= floor
            failed |= not ok
            shown = "n/a" if value is None else f"{value:.4f}"
            print(f"{corpus:12s} {key:22s} {shown:>6s}  floor {floor:.2f}  {'ok' if ok else 'BELOW FLOOR'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
