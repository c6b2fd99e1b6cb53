#!/usr/bin/env python3
"""The Spark job's graph equals the single-machine graph, byte for byte.

Runs examples/spark/kg_spark.py in Spark's local mode (local[2]) on a JSONL
corpus made from seeds/*.txt and compares graph.json and graph.dot with a
plain `kg build` of the same file. The kg binary is $KG, or
target/release/kg. Needs pyspark and Java 17. Exits non-zero on failure.

    KG=target/release/kg python3 examples/spark/test_spark.py
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
JOB = os.path.join(HERE, "kg_spark.py")
KG = os.path.abspath(os.environ.get("KG") or os.path.join(ROOT, "target", "release", "kg"))

results = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    if ok:
        results["passed"] += 1
        print("ok - %s" % name)
    else:
        results["failed"] += 1
        print("FAIL - %s%s" % (name, ": " + detail if detail else ""))


def seeds_corpus(path, extra=()):
    """One line per seed file, id = file name, then the `extra` raw lines."""
    seeds = os.path.join(ROOT, "seeds")
    with open(path, "w", encoding="utf-8") as f:
        for name in sorted(os.listdir(seeds)):
            if name.endswith(".txt"):
                with open(os.path.join(seeds, name), encoding="utf-8") as t:
                    f.write(json.dumps({"id": name, "text": t.read()}) + "\n")
        for line in extra:
            f.write(line + "\n")


def run(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit("FAIL - %s exited with %d" % (" ".join(cmd[:3]), proc.returncode))
    return proc


def warnings(stderr):
    return sorted(line for line in stderr.splitlines() if line.startswith("kg: warning:"))


def compare(name, work, corpus, partitions, options):
    """Runs the Spark job and `kg build` on `corpus` (a path relative to
    `work`, so that both name id-less lines alike) and checks that they agree.
    Returns the Spark job's stdout and the merged graph."""
    single = run(
        [KG, "build", corpus, "--out", "single", "--no-render", "-q", *options], work
    )
    started = time.monotonic()
    spark = run(
        [
            sys.executable, JOB, "--kg", KG, "--input", corpus, "--out", "spark",
            "--partitions", str(partitions), "--master", "local[2]", *options,
        ],
        work,
    )  # fmt: skip
    print("# %s: %.1f s, %s" % (name, time.monotonic() - started, spark.stdout.strip()))
    for f in ["graph.json", "graph.dot"]:
        with open(os.path.join(work, "single", f), "rb") as a:
            want = a.read()
        with open(os.path.join(work, "spark", f), "rb") as b:
            got = b.read()
        check("%s: %s equals the single build" % (name, f), want == got)
    check(
        "%s: the same warnings as the single build" % name,
        warnings(single.stderr) == warnings(spark.stderr),
        "%r != %r" % (warnings(single.stderr), warnings(spark.stderr)),
    )
    with open(os.path.join(work, "spark", "graph.json"), encoding="utf-8") as f:
        return spark.stdout, json.load(f)


def partition_sizes(stdout):
    m = re.search(r"in \d+ partitions? \(([\d ]+)\)", stdout)
    return [int(x) for x in m.group(1).split()] if m else []


def test_seeds(work):
    """The issue's case: five seed articles, three partitions, default options."""
    seeds_corpus(os.path.join(work, "corpus.jsonl"))
    stdout, graph = compare("seeds", work, "corpus.jsonl", 3, [])
    sizes = partition_sizes(stdout)
    check("seeds: 5 documents over 3 partitions", sum(sizes) == 5 and len(sizes) == 3, stdout)
    # Otherwise nothing was merged and the comparison proves little.
    check(
        "seeds: at least two partitions hold documents",
        sum(1 for s in sizes if s > 0) >= 2,
        stdout,
    )
    check("seeds: the graph has the 5 documents", graph["graph"]["documents"] == 5)
    check("seeds: the graph has edges", len(graph["links"]) > 0)


def test_awkward_lines(work):
    """Options passed on (window, evidence cap re-applied after the merge),
    and the lines kg treats specially: no id (kg names it FILE:LINE), a
    duplicate id (the first line wins), malformed JSON, a blank line."""
    extra = [
        json.dumps({"text": "Ukraine and Poland signed a deal with NATO in Brussels."}),
        json.dumps({"id": "000_9c642064cdc59907.txt", "text": "Russia and China."}),
        "{not json",
        "",
        json.dumps({"id": "late.txt", "text": "Donald Trump met Vladimir Putin in Alaska."}),
    ]
    seeds_corpus(os.path.join(work, "mixed.jsonl"), extra)
    options = ["--window", "paragraph", "--max-evidence", "1"]
    stdout, graph = compare("awkward lines", work, "mixed.jsonl", 4, options)
    check("awkward lines: 7 documents kept", graph["graph"]["documents"] == 7, stdout)
    evidence = [e for link in graph["links"] for e in link.get("evidence", [])]
    check(
        "awkward lines: the id-less line is named mixed.jsonl:6",
        any(e.get("doc") == "mixed.jsonl:6" for e in evidence),
        json.dumps(evidence)[:300],
    )
    check(
        "awkward lines: evidence capped at 1",
        all(len(link.get("evidence", [])) <= 1 for link in graph["links"]),
    )


def test_one_partition(work):
    """One partition has nothing to merge with: the job merges it with an empty graph."""
    seeds_corpus(os.path.join(work, "corpus.jsonl"))
    compare("one partition", work, "corpus.jsonl", 1, [])


def main():
    if not os.path.isfile(KG):
        raise SystemExit("no kg binary at %s: run `cargo build --release` or set KG" % KG)
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SystemExit("pyspark is missing: python3 -m pip install pyspark (and Java 17)")
    for test in [test_seeds, test_awkward_lines, test_one_partition]:
        with tempfile.TemporaryDirectory(prefix="kg-spark-test-") as work:
            test(work)
    print("%d passed, %d failed" % (results["passed"], results["failed"]))
    sys.exit(1 if results["failed"] else 0)


if __name__ == "__main__":
    main()
