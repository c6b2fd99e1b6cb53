#!/usr/bin/env python3
"""Join two partial development sets, each under the brief's ten passages,
into one set: the first helper's passages as they are, the second's
renumbered after them, one annotations file and one README.

usage: join.py FIRST SECOND OUT SET ORDINAL "NOTE"
  FIRST, SECOND  helper folders (docs/, annotations.json, README.md)
  OUT            the new folder (docs/, annotations.json, README.md)
  SET            the joined set's name (heldout239)
  ORDINAL        its number in words, for the README's title
                 (two-hundred-and-thirty-ninth): the first helper's title
                 names the number that helper was given, not the set's
  NOTE           what to say of the join in the README, after its title

Then run tests/data/heldout/build_gold.py OUT to write its gold files.
The annotation files are merged document by document and nothing of them
is printed, so whoever joins the sets still has not read their gold.
"""
import json
import os
import re
import shutil
import sys


def main(first, second, out, set_name, ordinal, note):
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    a = json.load(open(os.path.join(first, "annotations.json"), encoding="utf-8"))
    b = json.load(open(os.path.join(second, "annotations.json"), encoding="utf-8"))
    docs = dict(a["docs"])
    for name in sorted(os.listdir(os.path.join(first, "docs"))):
        shutil.copy(os.path.join(first, "docs", name), os.path.join(out, "docs", name))
    offset = len(docs)
    renamed = {}
    for name in sorted(os.listdir(os.path.join(second, "docs"))):
        number, rest = name.split("_", 1)
        new = f"{int(number) + offset:02d}_{rest}"
        renamed[number] = new.split("_", 1)[0]
        shutil.copy(os.path.join(second, "docs", name), os.path.join(out, "docs", new))
        docs[new] = b["docs"][name]
    a["docs"] = docs
    with open(os.path.join(out, "annotations.json"), "w", encoding="utf-8") as f:
        json.dump(a, f, indent=1, ensure_ascii=False)
    readme_a = open(os.path.join(first, "README.md"), encoding="utf-8").read()
    readme_b = open(os.path.join(second, "README.md"), encoding="utf-8").read()
    _, body_a = readme_a.split("\n", 1)
    title = f"# {ordinal[:1].upper()}{ordinal[1:]} held-out news set"
    mapping = ", ".join(f"its {k} is this set's {v}" for k, v in renamed.items())
    # One placeholder for the joined set's first measurement.
    body_b = readme_b.replace("FIRST-MEASURED-PLACEHOLDER\n", "")
    body_b = re.sub(r"^(#+) ", r"\1## ", body_b, flags=re.M)
    joined = (
        f"{title}\n\n{note}\n{body_a.rstrip()}\n\n"
        f"## The second helper's passages ({mapping})\n\n"
        f"The second helper's README follows as it wrote it; its headings are one level down, "
        f"and its passage numbers are its own ({mapping}).\n\n{body_b}"
    )
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(joined)
    print(f"{out}: {len(docs)} passages ({set_name})")


if __name__ == "__main__":
    main(*sys.argv[1:])
