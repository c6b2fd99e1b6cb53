#!/usr/bin/env bash
# Score `kg mentions` on the held-out news set (tests/data/heldout) with the
# shared scorer, which the repository does not carry.
#
# Usage: scripts/score-heldout.sh [SCORE_PY] [-- SCORER_ARGS...]
#   SCORE_PY     path of score.py (default: ../shared/eval/score.py, relative
#                to the repository root)
#   SCORER_ARGS  passed on to score.py (e.g. --json, --min-f1 0.8)
#
# score.py reads the set 'heldout' from heldout/ beside itself, so the script
# copies it into a temporary directory with a `heldout` symlink to
# tests/data/heldout, runs
#   kg mentions tests/data/heldout/docs -q
# into a temporary file and prints what
#   python3 TMP/score.py heldout MENTIONS
# prints. kg is $KG if set, else target/release/kg under $CARGO_TARGET_DIR
# (or target/), built with `cargo build --release --bin kg` when missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
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
ln -s "$root/tests/data/heldout" "$tmp/heldout"
(cd "$root" && "$kg" mentions tests/data/heldout/docs -q) > "$tmp/mentions.jsonl"
python3 "$tmp/score.py" heldout "$tmp/mentions.jsonl" "$@"
