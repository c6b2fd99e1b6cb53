#!/usr/bin/env python3
"""Write a new development set's first measurement into its README.

usage: first.py SET COMMIT SESSION [SENTENCE] [--kg BIN]
  Scores tests/data/SET with BIN (default target/release/kg, which must be
  built from COMMIT), and replaces the README's FIRST-MEASURED-PLACEHOLDER
  line with the figures, wrapped as the earlier sets' READMEs have them.
  SENTENCE is appended (e.g. "The session's start binary (3c2a806) scored the same.").
"""
import os
import re
import subprocess
import sys
import textwrap

NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def count(n, word):
    """`no split`, `one split`, `two splits`, `12 splits`."""
    said = NUMBERS[n] if n < len(NUMBERS) else str(n)
    return f"{said} {word}" + ("s" if n > 1 else "")


def main(argv):
    kg = "target/release/kg"
    if "--kg" in argv:
        i = argv.index("--kg")
        kg = argv[i + 1]
        del argv[i : i + 2]
    name, commit, session = argv[:3]
    sentence = argv[3] if len(argv) > 3 else ""
    env = dict(os.environ, SET=name, KG=kg)
    out = subprocess.run(["scripts/score-heldout.sh"], env=env, capture_output=True, text=True, check=True).stdout
    line = [l for l in out.splitlines() if l.startswith(name + ":")][-1]
    m = re.search(
        r"F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+); cou ([\d.]+)/([\d.]+) per ([\d.]+)/([\d.]+) org ([\d.]+)/([\d.]+)\)"
        r" doc-entity F1 ([\d.]+) splits (\d+) merges (\d+)",
        line,
    )
    f1, p, r, cp, cr, pp, pr, op, orr, df1, splits, merges = m.groups()
    text = (
        f"First measured at {commit} (session {session}, with the session's changes so far, none made from "
        f"this set; before anything was read of this set): P {p}, R {r} (country {cp} / {cr}, person {pp} / "
        f"{pr}, organization {op} / {orr}), mention F1 {f1}, doc-entity F1 {df1}, "
        f"{count(int(splits), 'split')}, {count(int(merges), 'merge')}. {sentence}"
    ).strip()
    path = f"tests/data/{name}/README.md"
    readme = open(path, encoding="utf-8").read()
    placeholder = re.search(r"^[ \t]*FIRST-MEASURED-PLACEHOLDER[ \t]*$", readme, re.M)
    if not placeholder:
        sys.exit(f"{path}: no FIRST-MEASURED-PLACEHOLDER line")
    paragraph = textwrap.fill(text, 72, break_on_hyphens=False)
    readme = readme[: placeholder.start()] + paragraph + readme[placeholder.end() :]
    open(path, "w", encoding="utf-8").write(readme)
    print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
