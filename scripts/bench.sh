#!/usr/bin/env bash
# End-to-end throughput and memory of `kg build` (issue 6).
#
# Builds release binaries, generates a deterministic corpus (JSONL and a
# folder with the same documents) and gazetteers of 1k, 10k and 100k aliases
# with kg-gen under target/bench-data, then times
#   kg build CORPUS --no-render -q --threads T [--gazetteer DIR]
# for every gazetteer, input form and T in 1 2, and prints Markdown tables:
# MB/s, documents/s, CPU time and peak RSS, whether the outputs of 1 and 2
# threads (and of JSONL and folder) are byte-identical, the time of the bare
# loop of issue 6 (examples/baseline.rs) on the same data and threads, the
# gazetteer's
# load+compile time (the whole process on an empty input), and where the time
# goes (stages added one at a time, 10k aliases).
#
# With --versus N it only compares kg build with the bare loop on two
# threads, and each of them on one thread with two (10k and 100k aliases,
# JSONL and folder): N runs of each, alternating, and prints the median and
# best-run ratios and the median speed-ups.
#
# With --unlisted N it only measures what finding people and organisations
# the gazetteer does not list costs: `kg build` against `kg build
# --listed-only`, 2 threads, JSONL, 1k, 10k and 100k aliases, N alternating
# runs each; median wall and CPU seconds of each.
#
# With --ceiling N it only measures how much two cores can give `kg build`
# on this machine: 1 thread against 2 threads, and against two one-thread
# processes run at once (nothing shared but the machine), N alternating
# runs each (10k and 100k aliases, JSONL).
#
# Usage: scripts/bench.sh [--size 100M] [--runs 3] [--big] [--versus N] [--ceiling N] [--unlisted N]
#   --size S   corpus size in bytes of text (K, M, G suffixes; default 100M)
#   --runs N   runs per configuration; the fastest is reported (default 3),
#              since other work on a shared machine only ever slows a run
#   --big      also stream a 1 GB corpus (JSONL and folder) with 100k aliases
#              on all cores and report its peak RSS
#   --versus N only the alternating comparisons (bare loop, threads), N runs each
#   --ceiling N only the two-core ceiling (threads against two processes), N runs each
#   --unlisted N only the default build against --listed-only, N runs each
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=100M
RUNS=3
BIG=0
VERSUS=0
CEILING=0
UNLISTED=0
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --big) BIG=1; shift ;;
    --versus) VERSUS="$2"; shift 2 ;;
    --ceiling) CEILING="$2"; shift 2 ;;
    --unlisted) UNLISTED="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

DATA=target/bench-data
KG=target/release/kg
GEN=target/release/kg-gen
BASELINE=target/release/examples/baseline
GAZETTEERS=(1000 10000 100000)

# GNU time reports the peak RSS of a process; install it when missing.
TIME=/usr/bin/time
if ! "$TIME" -f %M true >/dev/null 2>&1; then
  echo "bench.sh: installing GNU time…" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time; } \
    >/dev/null 2>&1 || true
  "$TIME" -f %M true >/dev/null 2>&1 || TIME=""
fi

echo "bench.sh: building release binaries…" >&2
cargo build --release --locked --bin kg --bin kg-gen --example baseline >&2
mkdir -p "$DATA"

# Generated data is kept between runs and rebuilt when the generator, the
# seeds or the requested size change.
fresh() { # fresh NAME KEY: true when $DATA/NAME was made with KEY
  [ -e "$DATA/$1" ] && [ "$(cat "$DATA/$1.stamp" 2>/dev/null)" = "$2" ]
}
stamp_of() { # stamp_of ARGS...: a key for data made by kg-gen with ARGS
  echo "$* $(cat src/bin/kg-gen.rs seeds/*.txt src/gazetteer/*.rs gazetteer/*.tsv gazetteer/*.txt | sha256sum)"
}
generate_corpus() { # generate_corpus SIZE -> sets CORPUS_JSONL, CORPUS_DIR
  local size="$1" key
  CORPUS_JSONL="corpus-$size.jsonl"
  CORPUS_DIR="corpus-$size"
  key="$(stamp_of corpus "$size")"
  for out in "$CORPUS_JSONL" "$CORPUS_DIR"; do
    if ! fresh "$out" "$key"; then
      rm -rf "${DATA:?}/$out"
      "$GEN" corpus --bytes "$size" --seed 1 --out "$DATA/$out"
      echo "$key" >"$DATA/$out.stamp"
    fi
  done
}
generate_gazetteer() { # generate_gazetteer N
  local key
  key="$(stamp_of gazetteer "$1")"
  if ! fresh "gaz-$1" "$key"; then
    rm -rf "${DATA:?}/gaz-$1"
    "$GEN" gazetteer --aliases "$1" --seed 1 --out "$DATA/gaz-$1"
    echo "$key" >"$DATA/gaz-$1.stamp"
  fi
}
gazetteer_flags() { # below the shipped size, kg-gen writes a standalone
  # gazetteer (with its own word lists) that replaces the shipped one
  if [ -e "$DATA/gaz-$1/common_words.txt" ]; then
    echo "--no-default-gazetteer --gazetteer $DATA/gaz-$1"
  else
    echo "--gazetteer $DATA/gaz-$1"
  fi
}

baseline_dirs() { # the gazetteer folders the bare loop reads for gaz-N
  if [ -e "$DATA/gaz-$1/common_words.txt" ]; then
    echo "$DATA/gaz-$1"
  else
    echo "gazetteer $DATA/gaz-$1"
  fi
}

calc() { awk "BEGIN { print $* }"; } # calc EXPR: floating-point arithmetic

# median(a, k): the median of a[1..k], for the awk programs of the
# alternating tables (insertion sort: mawk has no asort).
AWK_MEDIAN='
function median(a, k,   i, j, t) {
  for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
  return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}
'

# measure CMD...: runs CMD once; sets WALL, CPU (seconds) and RSS (MB).
# With FRESH=DIR, the mentions.jsonl a previous run left in DIR is removed
# first, untimed: replacing a 200 MB file makes the kernel free the old one
# inside `kg`'s final rename (0.2-0.5 s on this kind of machine), a cost of
# the file system that a first run into an empty folder does not pay.
measure() {
  local out="$DATA/time.out"
  [ -n "${FRESH:-}" ] && rm -f "$FRESH/mentions.jsonl"
  if [ -n "$TIME" ]; then
    "$TIME" -o "$out" -f "%e %U %S %M" "$@"
    read -r WALL user sys rss_kb <"$out"
    CPU=$(awk "BEGIN { printf \"%.2f\", $user + $sys }")
  else
    # No GNU time: poll the high-water mark (VmHWM) while the process runs.
    local start end pid hwm=0 v
    start=$(date +%s.%N)
    "$@" & pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
      sleep 0.05
    done
    wait "$pid"
    end=$(date +%s.%N)
    WALL=$(calc "$end - $start")
    CPU="n/a"
    rss_kb=$hwm
  fi
  RSS=$(( rss_kb / 1024 ))
}

# best CMD...: runs CMD $RUNS times; keeps the fastest WALL (and its CPU),
# and the largest RSS.
best() {
  local w="" c="" r=0 i
  for ((i = 0; i < RUNS; i++)); do
    measure "$@"
    if [ -z "$w" ] || [ "$(calc "($WALL < $w)")" = 1 ]; then
      w=$WALL c=$CPU
    fi
    [ "$RSS" -gt "$r" ] && r=$RSS
  done
  WALL=$w CPU=$c RSS=$r
}

corpus_stats() { # corpus_stats DIR -> sets DOCS, BYTES
  DOCS=$(find "$1" -name '*.txt' | wc -l)
  BYTES=$(find "$1" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
}

machine() {
  local cpu
  cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)
  echo "Machine: $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GB RAM," \
    "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
}

run_table() { # run_table SIZE GAZETTEERS... : the throughput table
  local size="$1" n input t flags out args
  shift
  generate_corpus "$size"
  corpus_stats "$DATA/$CORPUS_DIR"
  local mb
  mb=$(calc "$BYTES / 1000000")
  printf '\nCorpus: %s documents, %.1f MB of text (`kg-gen corpus --bytes %s --seed 1`), best of %s run(s).\n\n' \
    "$DOCS" "$mb" "$size" "$RUNS"
  echo "| aliases | input | threads | wall s | MB/s | docs/s | CPU s | peak RSS MB | same output | bare loop s | kg / bare loop |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
  for n in "$@"; do
    generate_gazetteer "$n"
    flags=$(gazetteer_flags "$n")
    for input in jsonl folder; do
      args=("$DATA/$CORPUS_JSONL")
      [ "$input" = folder ] && args=("$DATA/$CORPUS_DIR")
      for t in 1 2; do
        out="$DATA/out/$size-$n-$input-t$t"
        # shellcheck disable=SC2086 # $flags is a list of options
        # shellcheck disable=SC2046 # baseline_dirs is a list of folders
        RAYON_NUM_THREADS=$t best "$BASELINE" "${args[@]}" $(baseline_dirs "$n") 2>/dev/null
        local bare=$WALL
        FRESH=$out best "$KG" build "${args[@]}" --no-render -q --threads "$t" --out "$out" $flags
        printf '| %s | %s | %s | %.2f | %.1f | %.0f | %s | %s | %s | %.2f | %.2f |\n' \
          "$n" "$input" "$t" "$WALL" "$(calc "$mb / $WALL")" \
          "$(calc "$DOCS / $WALL")" "$CPU" "$RSS" "$(same "$out" "$DATA/out/$size-$n-jsonl-t1")" \
          "$bare" "$(calc "$WALL / $bare")"
      done
    done
    rm -f "$DATA"/out/"$size-$n"-*/mentions.jsonl # ~2 bytes per byte of text
  done
}

same() { # same OUT REF: whether OUT's outputs equal REF's byte for byte
  [ "$1" = "$2" ] && { echo "reference"; return; }
  if cmp -s "$1/graph.json" "$2/graph.json" && cmp -s "$1/graph.dot" "$2/graph.dot" \
    && cmp -s "$1/mentions.jsonl" "$2/mentions.jsonl"; then
    echo "yes"
  else
    echo "**no**"
  fi
}

compile_table() {
  local n flags
  printf '\nGazetteer load and compile: `kg mentions - -q` on an empty input (the whole process), best of %s.\n\n' "$RUNS"
  echo "| aliases | wall s | CPU s | peak RSS MB |"
  echo "| ---: | ---: | ---: | ---: |"
  for n in "${GAZETTEERS[@]}"; do
    generate_gazetteer "$n"
    flags=$(gazetteer_flags "$n")
    # shellcheck disable=SC2086
    best "$KG" mentions - -q $flags </dev/null
    printf '| %s | %.2f | %s | %s |\n' "$n" "$WALL" "$CPU" "$RSS"
  done
}

breakdown_table() { # where the time goes, by subtraction, 10k aliases
  local null flags
  generate_corpus "$SIZE"
  generate_gazetteer 1 # one synthetic name that never occurs: a null matcher
  generate_gazetteer 10000
  null=$(gazetteer_flags 1)
  flags=$(gazetteer_flags 10000)
  printf '\nWhere the time goes (10k aliases, %s JSONL; each row adds a stage to the one above; best of %s).\n\n' "$SIZE" "$RUNS"
  echo "| stage | wall s (1 thread) | CPU s (1 thread) | wall s (2 threads) | CPU s (2 threads) |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  stage "load + compile the gazetteer (empty input)" mentions - $flags
  stage "read JSONL, segment, empty scan (1-alias gazetteer)" mentions "$DATA/$CORPUS_JSONL" $null
  stage "+ compile, match, write mentions (\`kg mentions\`)" mentions "$DATA/$CORPUS_JSONL" $flags
  stage "+ graph, graph.json, graph.dot (\`kg build --no-render\`)" build "$DATA/$CORPUS_JSONL" $flags
}

stage() { # stage LABEL SUBCOMMAND ARGS...: one row of the breakdown
  local label="$1" row t out=()
  shift
  [ "$1" = build ] && out=(--no-render --out "$DATA/out/breakdown")
  row="| $label |"
  for t in 1 2; do
    FRESH=$DATA/out/breakdown best "$KG" "$@" "${out[@]}" -q --threads "$t" </dev/null >/dev/null
    row="$row $(printf '%.2f' "$WALL") | $CPU |"
  done
  echo "$row"
  rm -f "$DATA/out/breakdown/mentions.jsonl"
}

big_table() {
  local input flags out
  generate_corpus 1G
  corpus_stats "$DATA/$CORPUS_DIR"
  generate_gazetteer 100000
  flags=$(gazetteer_flags 100000)
  printf '\nPeak memory on 1 GB (%s documents), 100k aliases, all cores, one run each.\n\n' "$DOCS"
  echo "| input | wall s | MB/s | peak RSS MB |"
  echo "| --- | ---: | ---: | ---: |"
  for input in jsonl folder; do
    local arg="$DATA/$CORPUS_JSONL"
    [ "$input" = folder ] && arg="$DATA/$CORPUS_DIR"
    out="$DATA/out/1G-$input"
    # shellcheck disable=SC2086
    measure "$KG" build "$arg" --no-render -q --out "$out" $flags
    printf '| %s | %.1f | %.1f | %s |\n' "$input" "$WALL" \
      "$(calc "$BYTES / 1000000 / $WALL")" "$RSS"
    rm -f "$out/mentions.jsonl"
  done
}

versus_table() { # kg / bare loop, and 1 thread / 2 threads of each, $VERSUS alternating runs
  local n input args flags i kg bare one bare_one
  generate_corpus "$SIZE"
  printf '\n`kg build` against the bare loop on 2 threads, and each on 1 thread against 2, %s alternating runs each.\n\n' "$VERSUS"
  echo "| aliases | input | kg / bare loop, median | kg / bare loop, best runs | kg 1 thread / 2 threads, median | bare loop 1 thread / 2 threads, median |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: |"
  for n in 10000 100000; do
    generate_gazetteer "$n"
    flags=$(gazetteer_flags "$n")
    for input in jsonl folder; do
      args=("$DATA/$CORPUS_JSONL")
      [ "$input" = folder ] && args=("$DATA/$CORPUS_DIR")
      for ((i = 0; i < VERSUS; i++)); do
        # shellcheck disable=SC2046 # baseline_dirs is a list of folders
        RAYON_NUM_THREADS=2 measure "$BASELINE" "${args[@]}" $(baseline_dirs "$n") 2>/dev/null
        bare=$WALL
        # shellcheck disable=SC2046
        RAYON_NUM_THREADS=1 measure "$BASELINE" "${args[@]}" $(baseline_dirs "$n") 2>/dev/null
        bare_one=$WALL
        # shellcheck disable=SC2086 # $flags is a list of options
        FRESH=$DATA/out/versus measure "$KG" build "${args[@]}" --no-render -q --threads 2 --out "$DATA/out/versus" $flags
        kg=$WALL
        # shellcheck disable=SC2086
        FRESH=$DATA/out/versus measure "$KG" build "${args[@]}" --no-render -q --threads 1 --out "$DATA/out/versus" $flags
        one=$WALL
        echo "$kg $bare $one $bare_one"
      done | awk '{ print $1 / $2, $1, $2, $3 / $1, $4 / $2 }' | awk -v n="$n" -v input="$input" "$AWK_MEDIAN"'
        { ratio[NR] = $1; speedup[NR] = $4; bare_speedup[NR] = $5
          if (NR == 1 || $2 < kg) kg = $2; if (NR == 1 || $3 < bare) bare = $3 }
        END { printf "| %s | %s | %.2f | %.2f | %.2f | %.2f |\n", n, input, median(ratio, NR), kg / bare,
          median(speedup, NR), median(bare_speedup, NR) }'
    done
  done
  rm -rf "$DATA/out/versus"
}

jsonl_build() { # jsonl_build OUT THREADS [OPTIONS...]: measure kg build on the JSONL corpus into $DATA/out/OUT, with the caller's $flags
  local out="$DATA/out/$1" threads="$2"
  shift 2
  # shellcheck disable=SC2086 # $flags is a list of options
  FRESH=$out measure "$KG" build "$DATA/$CORPUS_JSONL" --no-render -q --threads "$threads" --out "$out" "$@" $flags
}

ceiling_table() { # 1 thread / 2 threads of kg, against two one-thread kg processes at once
  local n flags i one two pair
  generate_corpus "$SIZE"
  printf '\nHow much two cores give: `kg build` (JSONL) on 1 thread against 2 threads, and against two one-thread `kg build` processes run at once (each the whole job, into its own folder; nothing shared but the machine), %s alternating runs each.\n\n' "$CEILING"
  echo "| aliases | kg 1 thread / 2 threads, median | two processes at once: 2 x one alone / both, median |"
  echo "| ---: | ---: | ---: |"
  for n in 10000 100000; do
    generate_gazetteer "$n"
    flags=$(gazetteer_flags "$n")
    for ((i = 0; i < CEILING; i++)); do
      jsonl_build ceiling-a 1
      one=$WALL
      jsonl_build ceiling-a 2
      two=$WALL
      rm -f "$DATA/out/ceiling-a/mentions.jsonl" "$DATA/out/ceiling-b/mentions.jsonl"
      # shellcheck disable=SC2086
      measure bash -c "\"\$0\" \"\$@\" --out '$DATA/out/ceiling-a' & \"\$0\" \"\$@\" --out '$DATA/out/ceiling-b'; wait" \
        "$KG" build "$DATA/$CORPUS_JSONL" --no-render -q --threads 1 $flags
      pair=$WALL
      echo "$one $two $pair"
    done | awk -v n="$n" "$AWK_MEDIAN"'
      { speedup[NR] = $1 / $2; pair[NR] = 2 * $1 / $3 }
      END { printf "| %s | %.2f | %.2f |\n", n, median(speedup, NR), median(pair, NR) }'
  done
  rm -rf "$DATA/out/ceiling-a" "$DATA/out/ceiling-b"
}

unlisted_table() { # kg build against kg build --listed-only, $UNLISTED alternating runs
  local n flags i
  generate_corpus "$SIZE"
  printf '\nWhat people and organisations the gazetteer does not list cost: `kg build` (JSONL, 2 threads) by default and with `--listed-only`, %s alternating runs each.\n\n' "$UNLISTED"
  echo "| aliases | default wall s, median | --listed-only wall s, median | default CPU s, median | --listed-only CPU s, median | default / --listed-only (wall) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
  # With 1k aliases the gazetteer lists almost no one: the rules find most.
  for n in 1000 10000 100000; do
    generate_gazetteer "$n"
    flags=$(gazetteer_flags "$n")
    for ((i = 0; i < UNLISTED; i++)); do
      jsonl_build unlisted 2
      echo -n "$WALL $CPU "
      jsonl_build unlisted 2 --listed-only
      echo "$WALL $CPU"
    done | awk -v n="$n" "$AWK_MEDIAN"'
      { w[NR] = $1; c[NR] = $2; lw[NR] = $3; lc[NR] = $4; r[NR] = $1 / $3 }
      END { printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |\n", n, median(w, NR), median(lw, NR),
        median(c, NR), median(lc, NR), median(r, NR) }'
  done
  rm -rf "$DATA/out/unlisted"
}

if [ "$UNLISTED" -gt 0 ]; then
  machine
  unlisted_table
  exit 0
fi

if [ "$CEILING" -gt 0 ]; then
  machine
  ceiling_table
  exit 0
fi

if [ "$VERSUS" -gt 0 ]; then
  machine
  versus_table
  exit 0
fi

echo "## kg build, $(date -u +%Y-%m-%d)"
echo
machine
compile_table
run_table "$SIZE" "${GAZETTEERS[@]}"
breakdown_table
[ "$BIG" = 1 ] && big_table
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
