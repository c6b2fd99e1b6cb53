#!/usr/bin/env python3
"""Score kg on every annotated set at once, or compare two kg binaries mention by mention.

usage: score-sets.py [--kg BIN] [--json] [SET ...]
       score-sets.py --diff BIN_A BIN_B [--show] [SET ...]
       score-sets.py --misses [--kg BIN] [SET ...]
       score-sets.py --compare A.jsonl B.jsonl

  SET      seeds or a folder name under tests/data holding docs/, gold.json and
           gold-mentions.json (default: seeds and every such folder, in numeric order)
  --kg     the kg binary (default: target/release/kg)
  --json   one JSON object per set instead of the table
  --diff   run both binaries and count, over the sets, the gold mentions B finds and A does
           not (gained), those A finds and B does not (lost), and B's new and removed false
           positives: what a rule or an alias changes, in one command
  --misses list each set's misses and false positives, one a line (type, text, doc), except
           on the clean sets
  --compare read two saved --json outputs and list the sets whose precision or recall
           changed, then count the sets on which each rose and fell (seeds apart): the
           figure a session note gives for "the older sets", from files kept beside it
  --show   with --diff, also list those mentions, except on the clean sets, whose misses no
           one reads (so that they keep measuring unseen news)

Scoring is the shared scorer's (shared/eval/score.py, imported from ../shared/eval beside the
repository, or from $SCORE_PY): a system span is a true positive when a gold entity span has
the same byte offsets and type; spans on don't-care surfaces count for nothing.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data")
TYPES = ("country", "person", "organization")
# Sets kept clean: their misses are never read, so they still estimate unseen news.
CLEAN = {"heldout2", "heldout3", "heldout5", "heldout7", "heldout9", "heldout10", "heldout11",
         "heldout12", "heldout13"}


def load_scorer():
    path = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "shared", "eval", "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, os.path.dirname(os.path.abspath(path))


SCORER, EVAL_DIR = load_scorer()


def all_sets():
    names = [d for d in os.listdir(DATA) if os.path.isfile(os.path.join(DATA, d, "gold.json"))]
    key = lambda n: int(re.sub(r"\D", "", n) or 1)
    return ["seeds"] + sorted(names, key=key)


def set_files(name):
    if name == "seeds":
        base = EVAL_DIR
        gold, ment = "seeds-gold.json", "seeds-gold-mentions.json"
        docs = os.path.join(ROOT, "seeds")
    else:
        base = os.path.join(DATA, name)
        gold, ment = "gold.json", "gold-mentions.json"
        docs = os.path.join(base, "docs")
    load = lambda f: json.load(open(os.path.join(base, f), encoding="utf-8"))
    return load(gold), load(ment), docs


def run_kg(kg, docs):
    out = subprocess.run([kg, "mentions", docs, "-q"], cwd=ROOT, capture_output=True, check=True)
    system = {}
    for line in out.stdout.decode("utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            if m.get("type") in TYPES:
                doc = os.path.basename(str(m["doc"]))
                system.setdefault(doc, []).append((int(m["start"]), int(m["end"]), m["type"]))
    return system


def classify(name, kg):
    """Per set: the true positives and false positives (doc, start, end, type, text) and the gold."""
    gold, ment, docs = set_files(name)
    system = run_kg(kg, docs)
    tps, fps, golds = set(), set(), set()
    for doc in gold:
        text = open(os.path.join(docs, doc), "rb").read()
        spans = {(m["byte_start"], m["byte_end"]): m["type"]
                 for m in ment[doc]["mentions"] if m["category"] == "entity"}
        word = lambda s, e: text[s:e].decode("utf-8", "replace")
        golds.update((doc, s, e, t, word(s, e)) for (s, e), t in spans.items())
        dont_care = SCORER.dont_care_spans(gold[doc], ment[doc], text)
        for s, e, t in system.get(doc, []):
            if spans.get((s, e)) == t:
                tps.add((doc, s, e, t, word(s, e)))
            elif (s, e) in dont_care or ((s, e) not in spans and SCORER.overlaps((s, e), dont_care)):
                continue
            else:
                fps.add((doc, s, e, t, word(s, e)))
    return tps, fps, golds


def figures(tps, fps, golds):
    ratio = lambda a, b: a / b if b else 0.0
    row = {"tp": len(tps), "fp": len(fps), "fn": len(golds) - len(tps)}
    row["p"] = ratio(len(tps), len(tps) + len(fps))
    row["r"] = ratio(len(tps), len(golds))
    for t in TYPES:
        tp = sum(1 for m in tps if m[3] == t)
        fp = sum(1 for m in fps if m[3] == t)
        row[t] = (ratio(tp, tp + fp), ratio(tp, sum(1 for g in golds if g[3] == t)))
    return row


def score(kg, sets, as_json):
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = pool.map(lambda s: (s, figures(*classify(s, kg))), sets)
        for name, row in results:
            if as_json:
                print(json.dumps({"set": name, **row}))
                continue
            types = " ".join(f"{t[:3]} {row[t][0]:.2f}/{row[t][1]:.2f}" for t in TYPES)
            print(f"{name:<11} P {row['p']:.3f} R {row['r']:.3f}  tp {row['tp']:>4} fp {row['fp']:>3}"
                  f" fn {row['fn']:>3}  {types}")


def misses(kg, sets):
    sets = [s for s in sets if s not in CLEAN]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name, (tps, fps, golds) in pool.map(lambda s: (s, classify(s, kg)), sets):
            for kind, found in (("miss", golds - tps), ("false", fps)):
                for doc, s, _, t, text in sorted(found):
                    print(f"{name}\t{kind}\t{t}\t{text}\t{doc}@{s}")


def diff(kg_a, kg_b, sets, show):
    totals = Counter()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        both = pool.map(lambda s: (s, classify(s, kg_a), classify(s, kg_b)), sets)
        for name, (tp_a, fp_a, _), (tp_b, fp_b, _) in both:
            change = {"gained": tp_b - tp_a, "lost": tp_a - tp_b,
                      "new_fp": fp_b - fp_a, "removed_fp": fp_a - fp_b}
            counts = {k: len(v) for k, v in change.items()}
            totals.update(counts)
            if not any(counts.values()):
                continue
            print(f"{name}: " + " ".join(f"{k} {n}" for k, n in counts.items()))
            if show and name not in CLEAN:
                for kind, found in change.items():
                    for doc, s, _, t, text in sorted(found):
                        print(f"  {kind:<10} {t[:3]} {text!r} ({doc}@{s})")
    print("total: " + " ".join(f"{k} {totals[k]}" for k in ("gained", "lost", "new_fp", "removed_fp")))


WORDS = {"p": "precision", "r": "recall"}


def compare(path_a, path_b):
    load = lambda p: {r["set"]: r for r in map(json.loads, open(p, encoding="utf-8")) if r}
    rows_a, rows_b = load(path_a), load(path_b)
    moves = Counter()
    for name in [s for s in rows_b if s in rows_a]:
        a, b = rows_a[name], rows_b[name]
        # As the table shows them: a precision that moves in the fourth place
        # (one more true positive) is no change a reader sees.
        changed = [(k, a[k], b[k]) for k in ("p", "r") if round(a[k], 3) != round(b[k], 3)]
        if not changed:
            continue
        print(f"{name}: " + " ".join(f"{k.upper()} {x:.3f} -> {y:.3f}" for k, x, y in changed))
        if name != "seeds":
            moves.update(f"{WORDS[k]} {'rose' if y > x else 'fell'}" for k, x, y in changed)
    only = sorted(set(rows_a) ^ set(rows_b))
    if only:
        print("in one file only: " + " ".join(only))
    print("sets (seeds apart): " + ", ".join(
        f"{k} on {moves[k]}" for k in ("recall rose", "recall fell", "precision rose",
                                       "precision fell")))


def main(argv):
    show, as_json, list_misses = ("--show" in argv, "--json" in argv, "--misses" in argv)
    args = [a for a in argv if a not in ("--show", "--json", "--misses")]
    if args[:1] == ["--compare"]:
        if len(args) != 3:
            sys.exit(__doc__)
        compare(args[1], args[2])
        return
    if args[:1] == ["--diff"]:
        if len(args) < 3:
            sys.exit(__doc__)
        diff(args[1], args[2], args[3:] or all_sets(), show)
        return
    kg = os.path.join(ROOT, "target", "release", "kg")
    if args[:1] == ["--kg"]:
        kg, args = args[1], args[2:]
    if any(a.startswith("-") for a in args):
        sys.exit(__doc__)
    if list_misses:
        misses(kg, args or all_sets())
    else:
        score(kg, args or all_sets(), as_json)


if __name__ == "__main__":
    main(sys.argv[1:])
