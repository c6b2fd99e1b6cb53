#!/usr/bin/env python3
"""Write gazetteer/organizations_sanctioned.tsv from the OFAC SDN transcription.

usage: scripts/sanctioned-orgs.py [--out PATH]

  --out PATH   write there instead of gazetteer/organizations_sanctioned.tsv (the test
               `the_sanctioned_file_is_what_its_script_writes` compares the two)

Reads scripts/data/ofac-sdn-entities.tsv (the entities of OFAC's Specially Designated
Nationals list designated from mid-2024 to October 2025, ent_num 49776-56054, transcribed
from the list's CSV; gazetteer/sources/organizations_sanctioned.md says from where) and
writes one gazetteer row per entity:

- name: OFAC's name in news casing (`ACE ELECTRONIC HK CO., LIMITED` becomes `Ace Electronic
  HK Co., Limited`): words capitalised, small words lower-cased, legal forms and letter
  groups without a vowel as written. The matcher lets text raise a lower-case letter but
  never lower a capital, so the name still matches OFAC's capitals.
- aliases: the a.k.a. names, and each name without the legal forms that begin or end it
  (`Ace Electronic HK`, `Eksiton` for `Limited Liability Company Eksiton`), when two words
  or more are left; one word left is a context alias, which counts only where the story
  names the entity in full. Acronyms (a.k.a. `AGI`) are left out: short capitals mean too
  many things.
- country: the country OFAC's registration numbers give, as a gazetteer id (Hong Kong and
  Macau are China's); empty where the transcription has none or the gazetteer lacks it.
- description: what OFAC's list says, its programmes and the names it links the entity to.

A name or alias that another gazetteer file already has (case, accents and hyphens aside) is
dropped, and so is a whole row whose name is, or whose name without its legal forms is when
two words or more are left (`Shandong Shengxing Chemical` for `SHANDONG SHENGXING CHEMICAL
CO., LTD.`: the same firm; one word left, `Arsenal` of `LLC ARSENAL`, may be anything); an
alias two rows would share is left to neither; a row whose name is one word (`ARGOS`) is
left out, as too likely to be something else. The output is written to a temporary file and
renamed, and is the same on every run.
"""
import csv
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "scripts", "data", "ofac-sdn-entities.tsv")
OUT = os.path.join(ROOT, "gazetteer", "organizations_sanctioned.tsv")
HEADER = ["id", "type", "name", "aliases", "context_aliases", "country_aliases", "qid",
          "description", "country"]

SMALL = {"and", "of", "for", "the", "de", "del", "la", "las", "los", "y", "e", "da", "do",
         "dos", "das", "di", "du", "van", "von", "et", "en", "und", "im", "ve", "va", "on",
         "in", "at", "to"}
# Legal forms as news writes them, by their capitals.
FORMS = {"LLC": "LLC", "L.L.C": "L.L.C", "L.L.C.": "L.L.C.", "FZE": "FZE", "FZC": "FZC",
         "FZCO": "FZCO", "FZ": "FZ", "DMCC": "DMCC", "JSC": "JSC", "PJSC": "PJSC",
         "OJSC": "OJSC", "CJSC": "CJSC", "OOO": "OOO", "LLP": "LLP", "PLC": "PLC",
         "SARL": "SARL", "SAS": "SAS", "SRL": "SRL", "SPA": "SpA", "GMBH": "GmbH", "AG": "AG",
         "AB": "AB", "AS": "AS", "BV": "BV", "NV": "NV", "KG": "KG", "CO": "Co", "CO.": "Co.",
         "CO.,": "Co.,", "LTD": "Ltd", "LTD.": "Ltd.", "INC": "Inc", "INC.": "Inc.",
         "CORP": "Corp", "CORP.": "Corp.", "LIMITED": "Limited", "S.A.": "S.A.", "SA": "SA",
         "C.V.": "C.V.", "PTE": "Pte", "PTE.": "Pte.", "SDN": "Sdn", "SDN.": "Sdn.",
         "BHD": "Bhd", "BHD.": "Bhd.", "LTDA": "Ltda", "S.R.L.": "S.R.L.", "SAC": "SAC",
         "EOOD": "EOOD", "OOD": "OOD", "SAL": "SAL", "S.A.L.": "S.A.L.", "OSOO": "OSOO", "DOO": "DOO", "JV": "JV", "HK": "HK", "UAE": "UAE",
         "USA": "USA", "UK": "UK"}
# Legal forms that begin or end names, longest first, in capitals as OFAC writes them.
LEADING = sorted([
    "LIMITED LIABILITY COMPANY", "JOINT STOCK COMPANY", "PUBLIC JOINT STOCK COMPANY",
    "OPEN JOINT STOCK COMPANY", "CLOSED JOINT STOCK COMPANY", "AKTSIONERNOE OBSHCHESTVO",
    "ZAKRYTOE AKTSIONERNOE OBSHCHESTVO", "OTKRYTOE AKTSIONERNOE OBSHCHESTVO",
    "PUBLICHNOE AKTSIONERNOE OBSHCHESTVO", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU",
    "LLC", "JSC", "PJSC", "OJSC", "CJSC", "OOO", "AO", "PAO", "ZAO", "OAO",
], key=len, reverse=True)
TRAILING = sorted([
    "CO., LTD.", "CO., LTD", "CO., LIMITED", "CO. LTD.", "CO. LTD", "CO LTD", "CO. LIMITED",
    "CO LIMITED", "COMPANY LIMITED", "PTE. LTD.", "PTE LTD", "SDN. BHD.", "SDN BHD",
    "S.A. DE C.V.", "S. DE R.L. DE C.V.", "S.A.", "SA", "LIMITED", "LTD.", "LTD", "LLC",
    "L.L.C.", "L.L.C", "FZE", "FZC", "FZCO", "FZ LLC", "FZ-LLC", "DMCC", "INC.", "INC",
    "CORP.", "CORP", "CORPORATION", "GMBH", "AG", "PLC", "LLP", "SARL", "SRL", "JSC", "CO.",
    "CO", "LIMITED SIRKETI", "LTD. STI.", "JV", "SAL", "S.A.L.", "OSOO",
    "LIMITED LIABILITY COMPANY", "JOINT STOCK COMPANY",
], key=len, reverse=True)
COUNTRY_FIXES = {"Hong Kong": "china", "Macau": "china", "Burma": "myanmar"}


def cased(name):
    words = name.split(" ")
    out = []
    for i, w in enumerate(words):
        if w in FORMS:
            out.append(FORMS[w])
        elif i > 0 and w.lower() in SMALL:
            out.append(w.lower())
        elif any(ch.isdigit() for ch in w) or not re.search(r"[AEIOUY]", w):
            out.append(w)
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def bare(name):
    """The name without the legal forms that begin or end it, in OFAC's capitals."""
    name = name.strip().rstrip(",")
    for form in LEADING:
        if name.startswith(form + " "):
            name = name[len(form) + 1:]
            break
    changed = True
    while changed:
        changed = False
        for form in TRAILING:
            for sep in (", ", " "):
                if name.endswith(sep + form):
                    name = name[: -len(sep + form)].rstrip(",")
                    changed = True
    return name


def key(name):
    """A name as the matcher compares it: case, accents and hyphens aside."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s\-–]+", " ", plain.casefold()).strip()


def slug(name):
    s = re.sub(r"[.'’]", "", name.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def existing_names():
    names = set()
    for f in os.listdir(os.path.join(ROOT, "gazetteer")):
        if not f.endswith(".tsv") or f == os.path.basename(OUT):
            continue
        for row in csv.DictReader(open(os.path.join(ROOT, "gazetteer", f), encoding="utf-8"),
                                  delimiter="\t", quoting=csv.QUOTE_NONE):
            for col in ("name", "aliases", "context_aliases", "country_aliases", "demonyms"):
                for a in (row.get(col) or "").split("|"):
                    if a:
                        names.add(key(a))
            names.add(row["id"])
    return names


def countries():
    found = {}
    for row in csv.DictReader(open(os.path.join(ROOT, "gazetteer", "countries.tsv"),
                                   encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        for a in [row["name"]] + (row["aliases"] or "").split("|"):
            if a:
                found[a] = row["id"]
    return found


def description(row):
    text = f"sanctioned by the US Treasury (OFAC SDN list, {row['programs'].replace('|', ', ')})"
    if row["linked_to"]:
        text += "; linked to " + "; ".join(row["linked_to"].split("|"))
    return text


def main():
    out_path = OUT
    if sys.argv[1:2] == ["--out"] and len(sys.argv) == 3:
        out_path = sys.argv[2]
    elif sys.argv[1:]:
        sys.exit(__doc__.split("\n\n")[1])
    taken = existing_names()
    country_ids = countries()
    rows = list(csv.DictReader(open(SOURCE, encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    entries = []
    for row in rows:
        name = re.sub(r" +", " ", row["name"].strip())
        if " " not in bare(name) and bare(name) == name:
            continue
        plain, context = [], []
        for surface in [name] + [a for a in row["akas"].split("|") if a]:
            surface = re.sub(r" +", " ", surface.strip())
            if surface != name and (len(surface) <= 5 and surface.isupper()):
                continue
            for form in (surface, bare(surface)):
                # What a leading form leaves may begin with a small word
                # (`FOR THE PRODUCTION OF …`): no name of its own.
                if form != surface and form.split(" ")[0].lower() in SMALL:
                    continue
                text = cased(form)
                if " " in form:
                    plain.append(text)
                elif len(form) >= 5 and form != surface:
                    context.append(text)
        country = row["country"]
        entries.append({
            "ent_num": row["ent_num"],
            "name": cased(name),
            "bare": bare(name),
            "plain": list(dict.fromkeys(plain)),
            "context": list(dict.fromkeys(context)),
            "country": COUNTRY_FIXES.get(country) or country_ids.get(country, ""),
            "description": description(row),
        })
    # An alias two rows would share is left to neither.
    count = {}
    for e in entries:
        for a in {key(x) for x in e["plain"] + e["context"]}:
            count[a] = count.get(a, 0) + 1
    ids = set()
    with open(out_path + ".tmp", "w", encoding="utf-8") as out:
        out.write("\t".join(HEADER) + "\n")
        for e in entries:
            # The name without its legal forms in another file is that
            # file's entity; one word left may be anything (see above).
            without = e["bare"]
            named = key(e["name"]) in taken or (" " in without and key(without) in taken)
            if named or count.get(key(e["name"]), 0) > 1:
                continue
            keep = lambda a: key(a) not in taken and count.get(key(a), 0) == 1
            aliases = [a for a in e["plain"] if a != e["name"] and keep(a)]
            context = [a for a in e["context"] if keep(a) and a not in aliases]
            ident = slug(e["name"])
            if ident in taken or ident in ids:
                ident = f"{ident}-ofac-{e['ent_num']}"
            ids.add(ident)
            out.write("\t".join([ident, "organization", e["name"], "|".join(aliases),
                                 "|".join(context), "", "", e["description"],
                                 e["country"]]) + "\n")
    os.replace(out_path + ".tmp", out_path)


if __name__ == "__main__":
    main()
