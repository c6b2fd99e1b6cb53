#!/usr/bin/env python3
"""Build gold.json and gold-mentions.json of a held-out set from its annotations.json.

usage: build_gold.py [SET_DIR] [--check] [--uncovered]
  SET_DIR      the set's folder, holding annotations.json and docs/ (default: the folder of
               this script, tests/data/heldout; e.g. tests/data/heldout2 for the second set)
  --check      build in memory and compare with the committed files (exit 1 if they differ)
  --uncovered  also list, per document, capitalised words that no annotation covers
               (a reviewing aid for the annotator, not part of the gold)

The output has exactly the shape of the shared seeds' gold (shared/eval/seeds-gold.json
and seeds-gold-mentions.json), which score.py reads for the set 'heldout' (from a folder
named heldout/ beside it; scripts/score-heldout.sh links the set it scores there):

  gold.json:          {doc: {entities: [{name, type, surfaces, mentions[, credit_mentions]
                       [, boilerplate_mentions][, credit|boilerplate: true][, note]}],
                       _demonyms, _locations_other, _ambiguous, _nested}}
  gold-mentions.json: {doc: {mentions: [{surface, char_start, char_end, byte_start, byte_end,
                       line, zone, category, name, type | country}]}}

Occurrence rule (annotations.json, "_format"): every whole-word, case-sensitive occurrence
of an annotated surface is a mention, with the scorer's word boundary (no word character on
either side). Surfaces are placed longest first; an occurrence inside a longer annotated
span is not a mention. When the longer span is an entity and the shorter surface names
something else (a country inside an organisation's name, a demonym inside a name), it is
recorded in _nested, as the seeds do. An entity's "occ" (1-based indices among its remaining
occurrences) keeps only those occurrences. Ambiguous surfaces are placed too, so that nothing
inside them becomes a mention, but they are not mentions themselves (score.py makes every
whole-word occurrence of an _ambiguous or _nested surface don't-care). A surface may be
annotated twice only when it is an entity restricted by "occ" and an ambiguous case taking
the occurrences left over (the group name 'the Houthi' beside the attributive 'Houthi rebels').

Zones: a line is 'credit' or 'boilerplate' when it starts with one of the document's
prefixes for that zone, otherwise 'body'. Every produced span is checked: the UTF-8 bytes at
its offsets must decode to its surface, and its character offsets must hold the surface too.
"""
import json
import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = HERE
DOCS = os.path.join(SET_DIR, "docs")


def occurrences(text, surface):
    pat = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def zone_of(line_text, zones):
    for zone in ("credit", "boilerplate"):
        for prefix in zones.get(zone, []):
            if line_text.startswith(prefix):
                return zone
    return "body"


def build_doc(doc, ann, errors):
    path = os.path.join(DOCS, doc)
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    zones = ann.get("zones", {})
    for zone, prefixes in zones.items():
        for p in prefixes:
            if not any(l.startswith(p) for l in lines):
                errors.append(f"{doc}: zone prefix {p!r} matches no line")

    items = []  # (surface, category, record)
    for r in ann.get("entities", []):
        items.append((r["surface"], "entity", r))
    for r in ann.get("demonyms", []):
        items.append((r["surface"], "demonym", r))
    for r in ann.get("locations", []):
        items.append((r["surface"], "location", r))
    for r in ann.get("ambiguous", []):
        items.append((r["surface"], "ambiguous", r))
    seen = {}
    for s, c, r in items:
        if s in seen:
            (c0, r0) = seen[s]
            split = c0 == "entity" and "occ" in r0 and c == "ambiguous"
            if not split:
                errors.append(f"{doc}: surface {s!r} annotated twice")
        seen[s] = (c, r)
    order = sorted(range(len(items)), key=lambda i: (-len(items[i][0]), i))

    def ref(cat, r):
        if cat == "entity":
            return r["name"]
        if cat == "demonym":
            return r.get("country") or r.get("refers_to")
        return r["surface"]

    claimed = []  # (start, end, category, record)
    nested = OrderedDict()
    ambiguous_counts = {}
    for i in order:
        surface, cat, r = items[i]
        occ = occurrences(text, surface)
        if not occ:
            errors.append(f"{doc}: {surface!r} does not occur")
        free = []
        for s, e in occ:
            inside = next((c for c in claimed if s < c[1] and c[0] < e), None)
            if inside is None:
                free.append((s, e))
                continue
            icat, irec = inside[2], inside[3]
            if icat == "entity" and cat in ("entity", "demonym", "location") and ref(cat, r) != irec["name"]:
                key = (surface, irec["surface"])
                if key not in nested:
                    n = OrderedDict(surface=surface, category=cat if cat != "location" else "location",
                                    refers_to=ref(cat, r), inside=irec["surface"], count=0)
                    nested[key] = n
                nested[key]["count"] += 1
        if "occ" in r:
            keep = set(r["occ"])
            if max(keep) > len(free):
                errors.append(f"{doc}: {surface!r} occ {sorted(keep)} but only {len(free)} free occurrences")
            free = [sp for k, sp in enumerate(free, 1) if k in keep]
        if cat == "ambiguous":
            ambiguous_counts[surface] = len(free)
        for s, e in free:
            claimed.append((s, e, cat, r))

    # mentions
    mentions = []
    for s, e, cat, r in sorted(claimed, key=lambda c: c[0]):
        if cat == "ambiguous":
            continue
        bs = len(text[:s].encode("utf-8"))
        be = bs + len(text[s:e].encode("utf-8"))
        line = text.count("\n", 0, s) + 1
        zone = zone_of(lines[line - 1], zones)
        m = OrderedDict(surface=r["surface"], char_start=s, char_end=e, byte_start=bs, byte_end=be,
                        line=line, zone=zone, category=cat)
        if cat == "entity":
            m["name"] = r["name"]
            m["type"] = r["type"]
        elif cat == "demonym":
            m["country"] = r.get("country")
        if raw[bs:be].decode("utf-8") != m["surface"] or text[s:e] != m["surface"]:
            errors.append(f"{doc}: span {bs}-{be} does not hold {m['surface']!r}")
        mentions.append(m)

    # gold.json record
    ents = OrderedDict()
    for m in mentions:
        if m["category"] != "entity":
            continue
        e = ents.get(m["name"])
        if e is None:
            e = ents[m["name"]] = OrderedDict(name=m["name"], type=m["type"], surfaces=[],
                                              _zones={"body": 0, "credit": 0, "boilerplate": 0},
                                              _surface_zones=OrderedDict(), note=None)
        elif e["type"] != m["type"]:
            errors.append(f"{doc}: {m['name']!r} typed both {e['type']} and {m['type']}")
        if m["surface"] not in e["surfaces"]:
            e["surfaces"].append(m["surface"])
        e["_zones"][m["zone"]] += 1
        e["_surface_zones"].setdefault(m["surface"], set()).add(m["zone"])
    for r in ann.get("entities", []):
        if r.get("note") and r["name"] in ents and not ents[r["name"]]["note"]:
            ents[r["name"]]["note"] = r["note"]
    entities = []
    for e in ents.values():
        z = e["_zones"]
        out = OrderedDict(name=e["name"], type=e["type"], surfaces=e["surfaces"], mentions=z["body"])
        if z["credit"]:
            out["credit_mentions"] = z["credit"]
        if z["boilerplate"]:
            out["boilerplate_mentions"] = z["boilerplate"]
        if z["body"]:
            for zone in ("credit", "boilerplate"):
                only = [s for s, zs in e["_surface_zones"].items() if zs == {zone}]
                if only:
                    out[zone + "_only_surfaces"] = only
        else:
            if z["credit"] and not z["boilerplate"]:
                out["credit"] = True
            elif z["boilerplate"] and not z["credit"]:
                out["boilerplate"] = True
        if e["note"]:
            out["note"] = e["note"]
        entities.append(out)

    def counted(cat, records, fields):
        res = []
        for r in records:
            ms = [m for m in mentions if m["category"] == cat and m["surface"] == r["surface"]]
            if not ms:
                continue
            o = OrderedDict((k, r[k]) for k in fields if k in r)
            zc = {z: sum(1 for m in ms if m["zone"] == z) for z in ("body", "credit", "boilerplate")}
            o["count"] = zc["body"]
            if zc["credit"]:
                o["credit_count"] = zc["credit"]
            if zc["boilerplate"]:
                o["boilerplate_count"] = zc["boilerplate"]
            if not zc["body"]:
                o["credit" if zc["credit"] else "boilerplate"] = True
            if r.get("note"):
                o["note"] = r["note"]
            res.append(o)
        return res

    demonyms = counted("demonym", ann.get("demonyms", []), ("surface", "country", "refers_to"))
    locations = counted("location", ann.get("locations", []), ("surface", "kind", "metonym_for"))
    ambiguous = []
    for r in ann.get("ambiguous", []):
        o = OrderedDict(surface=r["surface"], candidate_type=r["candidate_type"], decision=r["decision"],
                        count=ambiguous_counts.get(r["surface"], 0))
        if r.get("note"):
            o["note"] = r["note"]
        ambiguous.append(o)
    gold = OrderedDict(entities=entities, _demonyms=demonyms, _locations_other=locations,
                       _ambiguous=ambiguous, _nested=list(nested.values()))
    return gold, OrderedDict(mentions=mentions), text, claimed


def uncovered(doc, text, claimed):
    words = []
    for m in re.finditer(r"[^\W\d_][\w’'.-]*", text):
        w = m.group(0)
        if not w[0].isupper():
            continue
        if any(m.start() < c[1] and c[0] < m.end() for c in claimed):
            continue
        words.append(w.rstrip(".’'-"))
    return sorted(set(words))


def main(argv):
    global SET_DIR, DOCS
    dirs = [a for a in argv if not a.startswith("--")]
    if len(dirs) > 1:
        print("usage: build_gold.py [SET_DIR] [--check] [--uncovered]", file=sys.stderr)
        return 2
    if dirs:
        SET_DIR = os.path.abspath(dirs[0])
        DOCS = os.path.join(SET_DIR, "docs")
    ann = json.load(open(os.path.join(SET_DIR, "annotations.json"), encoding="utf-8"))
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
    errors = []
    if sorted(ann["docs"]) != docs:
        errors.append(f"annotated documents {sorted(ann['docs'])} differ from docs/ {docs}")
    gold, ment = OrderedDict(), OrderedDict()
    for doc in docs:
        if doc not in ann["docs"]:
            continue
        g, m, text, claimed = build_doc(doc, ann["docs"][doc], errors)
        gold[doc], ment[doc] = g, m
        if "--uncovered" in argv:
            print(doc, "uncovered:", " ".join(uncovered(doc, text, claimed)))
    for e in errors:
        print("error:", e, file=sys.stderr)
    if errors:
        return 1
    gs = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    ms = json.dumps(ment, ensure_ascii=False, indent=1) + "\n"
    gp, mp = os.path.join(SET_DIR, "gold.json"), os.path.join(SET_DIR, "gold-mentions.json")
    if "--check" in argv:
        same = all(os.path.exists(p) and open(p, encoding="utf-8").read() == s for p, s in ((gp, gs), (mp, ms)))
        print("gold files are up to date" if same else "gold files differ from annotations.json: run build_gold.py")
        return 0 if same else 1
    open(gp, "w", encoding="utf-8").write(gs)
    open(mp, "w", encoding="utf-8").write(ms)
    n = {c: sum(1 for d in ment.values() for x in d["mentions"] if x["category"] == c)
         for c in ("entity", "demonym", "location")}
    t = {t: sum(1 for d in ment.values() for x in d["mentions"] if x.get("type") == t)
         for t in ("country", "person", "organization")}
    print(f"{len(gold)} documents: {n['entity']} entity mentions ({t['country']} country, {t['person']} person, "
          f"{t['organization']} organization), {n['demonym']} demonyms, {n['location']} other locations; "
          f"every span's bytes equal its surface")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
