#!/usr/bin/env python3
"""Bring the gazetteer counts the READMEs and source notes state up to date.

usage: scripts/fix-counts.py

tests/gazetteer.rs checks that every count the READMEs and the notes under
gazetteer/sources state is the shipped gazetteer's. After a data change this script runs
those tests, reads each failure's "<file> should say <claim>", finds the stale claim (the
same words with other numbers; line breaks allowed between words) and writes the new one.
It runs the tests again until they pass, and stops when a claim cannot be found.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAILURE = re.compile(r'(?:the note on (\S+)|(\S+\.md)) should say "(.+)"')


def failures():
    out = subprocess.run(["cargo", "test", "--release", "--test", "gazetteer", "--", "--test-threads=1"],
                         cwd=ROOT, capture_output=True, text=True)
    found = []
    for line in (out.stdout + out.stderr).splitlines():
        m = FAILURE.search(line)
        if m:
            note, readme, claim = m.groups()
            path = os.path.join("gazetteer", "sources", note.replace(".tsv", ".md")) if note else readme
            found.append((path, claim.replace('\\"', '"')))
    return found, out.returncode


def fix(path, claim):
    """Replace the claim's stale form in path; False when there is none."""
    words = re.split(r"(\d[\d,]*)", claim)
    pattern = "".join(r"\d[\d,]*" if re.fullmatch(r"\d[\d,]*", w) else re.escape(w) for w in words)
    pattern = re.sub(r"\\ ", r"\\s+", pattern)
    full = os.path.join(ROOT, path)
    text = open(full, encoding="utf-8").read()
    new, n = re.subn(pattern, claim, text, count=1)
    if n == 0 or new == text:
        return False
    open(full, "w", encoding="utf-8").write(new)
    print(f"{path}: {claim}")
    return True


def main():
    for _ in range(20):
        found, status = failures()
        if not found:
            print("pass" if status == 0 else "tests fail for another reason: run cargo test --test gazetteer")
            return status
        for path, claim in found:
            if not fix(path, claim):
                print(f"{path}: no stale form of {claim!r} to replace", file=sys.stderr)
                return 1
    return 1


if __name__ == "__main__":
    sys.exit(main())
