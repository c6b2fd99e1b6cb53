#!/usr/bin/env python3
"""Add aliases to rows and new rows to the shipped gazetteer's TSV files.

Used as a library from a one-off script:

    import importlib.util, sys
    spec = importlib.util.spec_from_file_location("ge", "scripts/gazetteer-edit.py")
    ge = importlib.util.module_from_spec(spec); spec.loader.exec_module(ge)
    ge.apply(
        [("organizations_institutions.tsv", "pinu-honduras", "aliases", "Pinu-SD")],
        [("people_officials.tsv", {"id": "jane-doe", "type": "person", "name": "Jane Doe",
                                   "description": "…", "country": "honduras"})],
    )

Every edit is checked before anything is written: an id that does not exist, an
alias the row already has (in any name column), or a new row whose id is taken
raises, and no file changes. New rows go at the end of their file.
"""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gazetteer")
NAME_COLUMNS = ("name", "aliases", "context_aliases", "country_aliases")


def read(name):
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    return lines[0].split("\t"), lines


def apply(edits, new_rows):
    files = {}
    ids = set()
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".tsv"):
            files[name] = read(name)
            ids.update(l.split("\t", 1)[0] for l in files[name][1][1:] if l and not l.startswith("#"))
    for name, row_id, column, value in edits:
        header, lines = files[name]
        col = header.index(column)
        for i, line in enumerate(lines):
            cells = line.split("\t")
            if cells[0] != row_id:
                continue
            cells += [""] * (len(header) - len(cells))
            names = [n for c in NAME_COLUMNS if c in header for n in cells[header.index(c)].split("|")]
            if value in names:
                raise ValueError(f"{row_id} already has {value!r}")
            cells[col] = f"{cells[col]}|{value}" if cells[col] else value
            lines[i] = "\t".join(cells)
            break
        else:
            raise ValueError(f"{name}: no row {row_id}")
    for name, row in new_rows:
        header, lines = files[name]
        if row["id"] in ids:
            raise ValueError(f"id {row['id']} is taken")
        unknown = set(row) - set(header)
        if unknown:
            raise ValueError(f"{name} has no column {unknown}")
        ids.add(row["id"])
        while lines and lines[-1] == "":
            lines.pop()
        lines.append("\t".join(row.get(c, "") for c in header))
        lines.append("")
    for name, (_, lines) in files.items():
        path = os.path.join(HERE, name)
        text = "\n".join(lines)
        if open(path, encoding="utf-8").read() != text:
            open(path, "w", encoding="utf-8").write(text)


def move(name, row_id, value, source, target):
    """Moves `value` from column `source` to column `target` of one row."""
    header, lines = read(name)
    s, t = header.index(source), header.index(target)
    for i, line in enumerate(lines):
        cells = line.split("\t")
        if cells[0] != row_id:
            continue
        cells += [""] * (len(header) - len(cells))
        names = cells[s].split("|")
        if value not in names:
            raise ValueError(f"{row_id}: {value!r} is not in {source}")
        cells[s] = "|".join(n for n in names if n != value)
        cells[t] = f"{cells[t]}|{value}" if cells[t] else value
        lines[i] = "\t".join(cells)
        open(os.path.join(HERE, name), "w", encoding="utf-8").write("\n".join(lines))
        return
    raise ValueError(f"{name}: no row {row_id}")
