#!/usr/bin/env python3
"""Times `counterpoint extract` on hostile HTML shapes at 1, 5 and 20 MB.

Each shape is markup an attacker (or a broken page generator) might send:
deep or unbalanced nesting, stray end tags, the shapes that make the HTML5
tree construction algorithm walk its stack, foreign content, comments and
CDATA, huge or many attributes. Each file is the shape repeated to the
size, with a sentence of prose in it. Prints seconds and peak memory (GNU time) per
run; time that grows with size faster than the size does would show a
superlinear path.

    cargo build --release
    python3 scripts/hostile-html.py [target/release/counterpoint] [--sizes 1,5,20] [--only NAME]
"""

import subprocess
import sys
import tempfile
import time

PROSE = "<p>The minister said the talks had been useful, according to officials.</p>"

# name: (prefix, unit repeated to the size, suffix)
SHAPES = {
    "dfn self-closed": ("", "<dfn/>", PROSE),
    "span self-closed": ("", "<span/>", PROSE),
    "custom element self-closed": ("", "<x-card/>", PROSE),
    "stray end tags": ("", "<div></x>", PROSE),
    "stray end tags after deep divs": ("<div>" * 20000, "</span>", PROSE),
    "<!--> then divs": ("<!-->", "<div>", PROSE),
    "spaces past the depth cap": ("<!-->", "<p> <div><div>", PROSE),
    "void elements past the depth cap": ("<div>" * 300, "<basefont>", PROSE),
    "unclosed divs with text": ("", "<div>said he. ", PROSE),
    "formatting with ids then p": ("", '<b id="1"><p>x', PROSE),
    "nested a": ("", '<a href="#">x', PROSE),
    "a in table cells": ("", "<a><table><td>", PROSE),
    "table foster-parenting": ("", "<table>x<tr>y", PROSE),
    "p inside button": ("<button>", "<p>x", PROSE),
    "select options": ("<select>", "<option><optgroup>", PROSE),
    "nested lists": ("", "<ul><li>item ", PROSE),
    "svg deep": ("<svg>", "<g>", PROSE),
    "svg then p": ("", "<svg><p>", PROSE),
    "math integration points": ("", "<math><mi><svg><foreignObject>", PROSE),
    "template in template": ("", "<template><div>", PROSE),
    "unclosed comment": (PROSE, "<!--", ""),
    "cdata outside svg": ("", "<![CDATA[", PROSE),
    "cdata in svg": ("<svg>", "<![CDATA[x]]>", "</svg>" + PROSE),
    "one huge attribute": ('<p title="', "x", '">' + PROSE),
    "many attributes": ("<p ", "a1=1 b2=2 ", ">" + PROSE),
    "distinct tag names": ("", None, PROSE),
    "entities": ("<p>", "&amp;&notin;&#x41;&#1234567890;&", "</p>" + PROSE),
    "headings": ("", "<h1><h2><h3>", PROSE),
    "nobr": ("", "<nobr><nobr>", PROSE),
    "script escapes": ("", "<script><!--<script>", PROSE),
    "deep tables": ("", "<table><tr><td>", PROSE),
    "unclosed textarea": (PROSE, "<textarea>", ""),
    "plaintext": (PROSE + "<plaintext>", "<b>x</b>", ""),
    "paragraphs of prose": ("", PROSE, ""),
    "prose in 250 divs": ("<div>" * 250, PROSE, ""),
}


def make(shape, size):
    prefix, unit, suffix = SHAPES[shape]
    room = size - len(prefix) - len(suffix)
    if unit is None:
        parts, n, i = [], 0, 0
        while n < room:
            t = f"<t{i}>"
            parts.append(t)
            n += len(t)
            i += 1
        body = "".join(parts)[:room]
    else:
        # whole units: a unit cut in half could swallow the prose
        body = unit * (room // len(unit))
    return (prefix + body + suffix).encode()


def run(binary, path):
    """Seconds, peak memory in MB (GNU time's %M), exit code, stderr."""
    start = time.monotonic()
    p = subprocess.run(
        ["/usr/bin/time", "-f", "%M", binary, "extract", path],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    elapsed = time.monotonic() - start
    lines = p.stderr.decode(errors="replace").strip().splitlines()
    rss_kb = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    err = "\n".join(l for l in lines[:-1] if not l.startswith("Command exited"))
    return elapsed, rss_kb / 1024, p.returncode, err


def main():
    args = sys.argv[1:]
    binary = "target/release/counterpoint"
    sizes = [1, 5, 20]
    only = None
    while args:
        a = args.pop(0)
        if a == "--sizes":
            sizes = [float(x) for x in args.pop(0).split(",")]
        elif a == "--only":
            only = args.pop(0)
        else:
            binary = a
    mb = 1024 * 1024
    print(f"{'shape':34}" + "".join(f"{f'{s:g} MB':>18}" for s in sizes) + "  result")
    with tempfile.TemporaryDirectory(prefix="hostile-html-") as d:
        for shape in SHAPES:
            if only and only not in shape:
                continue
            cells, result = [], ""
            for s in sizes:
                size = min(int(s * mb), 20 * mb - 64)
                path = d + "/page.html"
                with open(path, "wb") as f:
                    f.write(make(shape, size))
                elapsed, rss, code, err = run(binary, path)
                cells.append(f"{elapsed:7.2f} s {rss:5.0f} MB")
                result = "ok" if code == 0 else (err.split(": ", 2)[-1] if code == 1 else f"exit {code}: {err[-200:]}")
            print(f"{shape:34}" + "".join(f"{c:>18}" for c in cells) + f"  {result}", flush=True)


if __name__ == "__main__":
    main()
