#!/usr/bin/env bash
# Score `kg mentions` on a held-out news set (tests/data/$SET) with the shared
# scorer, which the repository does not carry.
#
# Usage: [SET=heldout|heldout2|heldout3] [KG=path/to/kg] [FLAGS=...] scripts/score-heldout.sh [SCORE_PY] [-- SCORER_ARGS...]
#   SET          which set to score: heldout (tests/data/heldout, the default)
#                or heldout2 (tests/data/heldout2, the second set); any folder
#                name under tests/data holding docs/, gold.json and
#                gold-mentions.json works
#   KG           the kg binary (default: target/release/kg under
#                $CARGO_TARGET_DIR, or target/; built with
#                `cargo build --release --bin kg` when missing)
#   FLAGS        more options for `kg mentions`, split on spaces (e.g.
#                FLAGS=--listed-only: the gazetteer's entities alone)
#   SCORE_PY     path of score.py (default: ../shared/eval/score.py, relative
#                to the repository root)
#   SCORER_ARGS  passed on to score.py (e.g. --json, --min-f1 0.8)
#   MISSES=1     also print the scorer's top false positives and misses
#                for heldout2 and heldout3 (left out by default: those sets
#                stay a fair estimate only while no one tunes on them)
#
# score.py reads the gold of any set other than 'seeds' from heldout/ beside
# itself, so the script copies it into a temporary directory with a `heldout`
# symlink (and a `$SET` symlink) to tests/data/$SET, runs
#   kg mentions tests/data/$SET/docs -q $FLAGS
# into a temporary file and prints what
#   python3 TMP/score.py $SET MENTIONS
# prints (the scorer names the set in its summary line).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
set_name=${SET:-heldout}
set_dir=$root/tests/data/$set_name
if [[ "$set_name" == */* || ! -f "$set_dir/gold.json" || ! -f "$set_dir/gold-mentions.json" || ! -d "$set_dir/docs" ]]; then
    echo "score-heldout: no held-out set '$set_name' (want tests/data/$set_name with docs/, gold.json, gold-mentions.json)" >&2
    exit 2
fi
score_py=""
if [[ $# -gt 0 && "$1" != "--" ]]; then
    score_py=$1
    shift
fi
[[ $# -gt 0 && "$1" == "--" ]] && shift
score_py=${score_py:-$root/../shared/eval/score.py}
if [[ ! -f "$score_py" ]]; then
    echo "score-heldout: no scorer at $score_py (pass its path as the first argument)" >&2
    exit 2
fi

kg=${KG:-${CARGO_TARGET_DIR:-$root/target}/release/kg}
if [[ ! -x "$kg" ]]; then
    (cd "$root" && cargo build --release --bin kg >&2)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$score_py" "$tmp/score.py"
ln -s "$set_dir" "$tmp/heldout"
[[ "$set_name" != heldout ]] && ln -s "$set_dir" "$tmp/$set_name"
read -r -a flags <<< "${FLAGS:-}"
(cd "$root" && "$kg" mentions "tests/data/$set_name/docs" -q "${flags[@]}") > "$tmp/mentions.jsonl"
# heldout2 and heldout3 estimate quality on unseen news only while no one
# tunes on their misses: their `top_fp` / `top_fn` lines are left out unless
# MISSES=1 asks for them.
if [[ "$set_name" == heldout || "${MISSES:-}" == 1 ]]; then
    python3 "$tmp/score.py" "$set_name" "$tmp/mentions.jsonl" "$@"
else
    status=0
    python3 "$tmp/score.py" "$set_name" "$tmp/mentions.jsonl" "$@" > "$tmp/score.out" || status=$?
    grep -v -E '^top_f[pn]:' "$tmp/score.out" || true
    exit "$status"
fi
