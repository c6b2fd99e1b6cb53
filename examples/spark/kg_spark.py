#!/usr/bin/env python3
"""Build one kg graph from a JSONL corpus with Spark: a map step and a merge.

Map: the corpus is split into N partitions by a stable hash of each
document's id, and every executor task runs `kg build` on its partition,
returning the partial graph.json. Merge: the driver writes the partial
graphs to files and runs `kg merge`, whose result equals one `kg build`
over the whole corpus, byte for byte (tests/cli/merge.rs).

    python3 examples/spark/kg_spark.py --kg target/release/kg \
        --input corpus.jsonl --out out-spark --partitions 8

See examples/spark/README.md for running it on a cluster.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from array import array


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Build a kg graph from a JSONL corpus on Spark (map: kg build "
        "per partition; merge: kg merge on the driver)."
    )
    p.add_argument("--kg", required=True, help="path of the kg binary on the driver")
    p.add_argument(
        "--input",
        required=True,
        help='JSONL corpus ({"id": ..., "text": ...} a line); any path or URI '
        "Spark reads (file, folder, glob, hdfs://, s3a://)",
    )
    p.add_argument("--out", required=True, help="output folder (graph.json, graph.dot)")
    p.add_argument("--partitions", type=int, default=4, help="map tasks (default 4)")
    p.add_argument(
        "--window",
        default="sentence",
        choices=["sentence", "paragraph", "document"],
        help="kg build --window (default sentence)",
    )
    p.add_argument(
        "--max-evidence", type=int, default=10, help="kg build --max-evidence (default 10)"
    )
    p.add_argument(
        "--master",
        default=None,
        help="Spark master (default local[2]; under spark-submit, its --master)",
    )
    args = p.parse_args(argv)
    if args.partitions < 1:
        p.error("--partitions must be at least 1")
    if args.max_evidence < 0:
        p.error("--max-evidence must not be negative")
    return args


def partition_of(key, partitions):
    """Partition of a document id. Python's hash() of a str changes with
    every process (PYTHONHASHSEED), so executors would disagree; CRC-32 does not."""
    return zlib.crc32(key.encode("utf-8")) % partitions


def with_id(line, doc_id):
    """The JSON object `line` (bytes) with an `id` field put first, or None
    when the object is empty (kg skips it for lacking `text` anyway) or does
    not start with `{` (a byte-order mark, which kg rejects as it is)."""
    stripped = line.lstrip()
    body = stripped[1:]
    if not stripped.startswith(b"{") or body.lstrip().startswith(b"}"):
        return None
    return b'{"id":' + json.dumps(doc_id).encode("utf-8") + b"," + body


def keyed(line, index, input_name, partitions):
    """((partition, line index), line) for one line of the corpus, or None
    for a blank line.

    A line without an `id` gets the one a single `kg build INPUT` would give
    it, `INPUT:LINE`, written into the line: inside a partition's temporary
    file kg would name it after that file instead. Lines kg will reject
    (malformed JSON, a non-string id) are passed on unchanged, so kg reports
    them; they are spread by line number.
    """
    if not line.strip():
        return None
    key = "#line %d" % index
    try:
        obj = json.loads(line)
    except ValueError:
        obj = None
    if isinstance(obj, dict):
        if "id" not in obj:
            doc_id = "%s:%d" % (input_name, index + 1)
            line = with_id(line, doc_id) or line
            key = doc_id
        elif isinstance(obj["id"], str):
            key = obj["id"]
    return ((partition_of(key, partitions), index), line)


def executable(driver_path):
    """The kg binary on this executor: the copy shipped with addFile/--files
    when there is one, else the driver's path (a shared filesystem)."""
    from pyspark import SparkFiles

    try:
        shipped = SparkFiles.get(os.path.basename(driver_path))
    except Exception:  # no SparkFiles root outside a task
        shipped = None
    path = shipped if shipped and os.path.isfile(shipped) else driver_path
    if not os.access(path, os.X_OK):
        try:
            os.chmod(path, 0o755)
        except OSError:
            pass
    return path


WARNING = re.compile(r"^(kg: warning: )(.+?):(\d+):", re.M)


def relabel(stderr, corpus, lines, input_name):
    """kg's warnings name the partition's temporary file and line; name the
    corpus and its line instead."""

    def fix(m):
        n = int(m.group(3))
        if m.group(2) != corpus or not 1 <= n <= len(lines):
            return m.group(0)
        return "%s%s:%d:" % (m.group(1), input_name, lines[n - 1] + 1)

    return WARNING.sub(fix, stderr)


def build_command(kg, corpus, out, args, threads):
    return [
        kg, "build", corpus, "--out", out, "--no-render", "-q",
        "--threads", str(threads),
        "--window", args.window,
        "--max-evidence", str(args.max_evidence),
    ]  # fmt: skip


def map_partition(kg_path, args, input_name, threads):
    """The task run on each partition: its lines -> (index, graph.json text,
    documents, kg's warnings)."""

    def run(index, rows):
        kg = executable(kg_path)
        with tempfile.TemporaryDirectory(prefix="kg-part-%05d-" % index) as tmp:
            corpus = os.path.join(tmp, "part.jsonl")
            lines = array("q")  # corpus line index of each line written
            with open(corpus, "wb") as f:
                for (_, line_index), line in rows:
                    f.write(line)
                    f.write(b"\n")
                    lines.append(line_index)
            out = os.path.join(tmp, "out")
            cmd = build_command(kg, corpus, out, args, threads)
            proc = subprocess.run(cmd, capture_output=True)
            stderr = relabel(proc.stderr.decode("utf-8", "replace"), corpus, lines, input_name)
            if proc.returncode != 0:
                # Failing the task lets Spark retry it, then fail the job with this message.
                raise RuntimeError(
                    "kg build failed on partition %d (exit %d):\n%s"
                    % (index, proc.returncode, stderr)
                )
            with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
                graph = f.read()
        documents = json.loads(graph)["graph"]["documents"]
        yield (index, graph, documents, stderr)

    return run


def run_kg(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    sys.stderr.write(proc.stderr)
    if proc.returncode != 0:
        raise SystemExit("kg-spark: %s failed (exit %d)" % (cmd[1], proc.returncode))


def empty_graph(kg, args, folder):
    """The graph of no documents, so that one partition still has something
    to merge with (kg merge takes two graphs or more)."""
    corpus = os.path.join(folder, "empty.jsonl")
    open(corpus, "w").close()
    out = os.path.join(folder, "empty")
    run_kg(build_command(kg, corpus, out, args, 1))
    return os.path.join(out, "graph.json")


def build(spark, args):
    """Runs the job on a live session and writes args.out. Returns the number
    of documents in each partition, by partition index."""
    from pyspark import StorageLevel

    kg = os.path.abspath(args.kg)
    sc = spark.sparkContext
    try:
        sc.addFile(kg)  # copied to every executor; SparkFiles.get finds it
    except Exception as e:  # already shipped under this name (spark-submit --files)
        print("kg-spark: not shipping %s (%s)" % (kg, str(e).splitlines()[0]), file=sys.stderr)
    if __name__ != "__main__":
        # Imported as a module: its functions are pickled by name, so the
        # executors must be able to import it too.
        sc.addPyFile(os.path.abspath(__file__))
    threads = int(sc.getConf().get("spark.task.cpus", "1"))
    n, name = args.partitions, args.input
    # Key by (partition, line index) and sort inside partitions by it, so each
    # partition keeps corpus order: kg keeps the first of two lines with one id.
    partials = (
        sc.textFile(args.input, use_unicode=False)
        .zipWithIndex()
        .map(lambda li: keyed(li[0], li[1], name, n))
        .filter(lambda kv: kv is not None)
        .repartitionAndSortWithinPartitions(n, lambda key: key[0])
        .mapPartitionsWithIndex(map_partition(kg, args, name, threads))
    )
    # toLocalIterator alone would run one job per partition, one after the
    # other; keeping the partials and counting runs every task at once.
    partials.persist(StorageLevel.MEMORY_AND_DISK)
    partials.count()
    work = tempfile.mkdtemp(prefix="kg-spark-")
    try:
        graphs, documents = [], [0] * n
        # One partial graph at a time: the driver never holds them all.
        for index, graph, docs, warnings in partials.toLocalIterator():
            sys.stderr.write(warnings)
            path = os.path.join(work, "part-%05d.json" % index)
            with open(path, "w", encoding="utf-8") as f:
                f.write(graph)
            graphs.append(path)
            documents[index] = docs
        if len(graphs) < 2:
            graphs.append(empty_graph(kg, args, work))
        run_kg([kg, "merge", *sorted(graphs), "--out", args.out, "-q"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
        partials.unpersist()
    return documents


def session(master):
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("kg")
    # Under spark-submit (PYSPARK_GATEWAY_PORT is set), spark-submit's --master applies.
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = "local[2]"
    if master is not None:
        builder = builder.master(master)
        if master.startswith("local"):
            # Workers must run this interpreter, not whichever python3 is first on PATH.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


def main(argv=None):
    args = parse_args(argv)
    if not os.path.isfile(args.kg):
        raise SystemExit("kg-spark: no kg binary at %s: build it (cargo build --release)" % args.kg)
    spark = session(args.master)
    spark.sparkContext.setLogLevel("WARN")
    try:
        documents = build(spark, args)
    finally:
        spark.stop()
    print(
        "kg-spark: %d documents in %d partition%s (%s) -> %s"
        % (
            sum(documents),
            len(documents),
            "" if len(documents) == 1 else "s",
            " ".join(map(str, documents)),
            args.out,
        )
    )


if __name__ == "__main__":
    main()
