#!/usr/bin/env python3
"""Generate a folder of varied articles for load tests and benchmarks.

Repeats and varies existing articles (the shared evaluation corpus when it
is present, else the project's samples): paragraph order shuffled after the
headline, speaker names swapped between articles, numbers changed. Nothing
generated is committed; texts stay where they came from.

usage: make-articles.py OUT_DIR [--count N] [--seed S] [SOURCE_DIR ...]
"""
import argparse
import os
import random
import re
import sys

NAMES = [
    ("Dmitry Peskov", "Peskov"), ("Maria Zakharova", "Zakharova"), ("Sergei Lavrov", "Lavrov"),
    ("Andrii Sybiha", "Sybiha"), ("Volodymyr Zelensky", "Zelensky"), ("Mark Rutte", "Rutte"),
    ("Kaja Kallas", "Kallas"), ("Heorhii Tykhyi", "Tykhyi"), ("Yuri Ushakov", "Ushakov"),
    ("Keir Starmer", "Starmer"), ("Friedrich Merz", "Merz"), ("Emmanuel Macron", "Macron"),
]


def sources(dirs):
    texts = []
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for n in sorted(os.listdir(d)):
            if n.endswith((".txt", ".md")):
                with open(os.path.join(d, n), encoding="utf-8", errors="replace") as f:
                    texts.append(f.read())
    return texts


def vary(text, rng):
    paras = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    if len(paras) > 2:
        head, body = paras[0], paras[1:]
        # keep neighbouring paragraphs together in pairs so quotes that
        # continue a speaker keep their antecedent
        pairs = [body[i:i + 2] for i in range(0, len(body), 2)]
        rng.shuffle(pairs)
        paras = [head] + [p for pair in pairs for p in pair]
    out = "\n\n".join(paras)
    a, b = rng.sample(NAMES, 2)
    out = out.replace(a[0], b[0]).replace(a[1], b[1])
    out = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + rng.randint(1, 9)), out)
    return out + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("sources", nargs="*")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = a.sources or [
        os.path.join(here, "../../shared/corpus/domain-dev"),
        os.path.join(here, "../../shared/corpus/polnear-dev"),
        os.path.join(here, "../assets/samples"),
    ]
    texts = sources(dirs)
    if not texts:
        sys.exit("no source articles found")
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    total = 0
    for i in range(a.count):
        t = vary(texts[i % len(texts)], rng)
        total += len(t.encode("utf-8"))
        with open(os.path.join(a.out, f"article-{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(t)
    print(f"{a.count} articles, {total / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
