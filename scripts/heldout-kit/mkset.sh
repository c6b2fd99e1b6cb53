#!/usr/bin/env bash
# Prepare a folder for a helper that makes one development set blind.
# usage: mkset.sh N FOLDER ORDINAL "REGIONS" "LETTERS"
#   e.g. mkset.sh 210 /tmp/co377 two-hundred-and-tenth "the Caucasus, West Africa" "a to l"
# The helper is then told: "Read FOLDER/P.md and do exactly what it says. It is your whole task."
set -euo pipefail
n=$1 folder=$2 ord=$3 regions=$4 letters=$5
repo=$(cd "$(dirname "$0")/../.." && pwd)
data=$repo/tests/data
# The two newest sets already committed (a sibling set may still be in the making).
# Numbers may skip one whose helper made no set.
newest=$(ls -d "$data"/heldout* | sed 's/.*heldout//' | grep -E '^[0-9]+$' | sort -n | tail -2)
latest_a=heldout$(head -1 <<< "$newest") latest_b=heldout$(tail -1 <<< "$newest")
mkdir -p "$folder/work" "$folder/example" "$folder/docs"
cp "$repo/../shared/eval/README.md" "$folder/guidelines.md"
cp "$data/heldout/README.md" "$folder/readme-first.md"
cp "$data/heldout14/README.md" "$folder/readme-14.md"
cp "$data/$latest_a/README.md" "$folder/readme-latest-a.md"
cp "$data/$latest_b/README.md" "$folder/readme-latest-b.md"
cp "$data/heldout/build_gold.py" "$folder/build_gold.py"
ex=$(ls "$data/$latest_b/docs" | head -1)
cp "$data/$latest_b/docs/$ex" "$folder/example/"
python3 - "$data/$latest_b/annotations.json" "$ex" "$folder/example/annotation.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
json.dump({"_format": a["_format"], "docs": {sys.argv[2]: a["docs"][sys.argv[2]]}},
          open(sys.argv[3], "w"), indent=1, ensure_ascii=False)
PY
grep -ho 'https\?://[^ |)]*' "$data"/heldout*/README.md | sort -u > "$folder/used_urls.txt"
ord_cap="$(tr '[:lower:]' '[:upper:]' <<< "${ord:0:1}")${ord:1}"
sed -e "s|{ORD}|$ord|g" -e "s|{ORD_CAP}|$ord_cap|g" -e "s|{FOLDER}|$folder|g" \
    -e "s|{REGIONS}|$regions|g" -e "s|{LETTERS}|$letters|g" -e "s|{SET}|heldout$n|g" \
    -e "s|{LATEST_A}|$latest_a|g" -e "s|{LATEST_B}|$latest_b|g" \
    "$repo/scripts/heldout-kit/brief.md" > "$folder/P.md"
echo "$folder ready: $(wc -l < "$folder/used_urls.txt") used addresses"
