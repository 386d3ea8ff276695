#!/usr/bin/env python3
"""Per-rule accuracy: share of a rule's statements that match a gold statement with the right speaker and actor.
usage: scripts/rule-accuracy.py target/release/counterpoint domain-dev newsroom-dev  (the corpora in ../shared/corpus)"""
import sys, json, subprocess, os, collections
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared')
sys.path.insert(0, os.path.join(SHARED, 'tools'))
import score_statements as S
binary = sys.argv[1]
tot = collections.Counter(); ok = collections.Counter()
for corpus in sys.argv[2:]:
    folder = os.path.join(SHARED, 'corpus', corpus)
    files = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith('.txt'))
    out = subprocess.run([binary, 'extract', '--format', 'jsonl', *files], capture_output=True, text=True).stdout
    open('/tmp/ra.jsonl', 'w').write(out)
    preds = S.load_pred('/tmp/ra.jsonl')
    rules = collections.defaultdict(list)
    for line in out.splitlines():
        r = json.loads(line); rules[S.article_key(r['article'])].append(r.get('rule', ''))
    gold = S.load_gold(folder)
    for key, (kind, gs, text) in gold.items():
        ps = preds.get(key, [])
        m = dict((pi, gi) for gi, pi in S.match(gs, ps, False))
        for pi, p in enumerate(ps):
            rule = rules[key][pi]
            tot[rule] += 1
            gi = m.get(pi)
            if gi is None: continue
            g = gs[gi]
            sp = S.speaker_ok(kind, g, p)
            act = (g.get('actor') == p.get('actor')) if kind == 'json' else True
            if sp is not False and act: ok[rule] += 1
for r in sorted(tot, key=lambda r: -tot[r]):
    print(f'{r:32s} {ok[r]:4d}/{tot[r]:4d} = {100*ok[r]/tot[r]:5.1f}%')
