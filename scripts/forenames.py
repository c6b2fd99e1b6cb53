#!/usr/bin/env python3
"""Prints the given names that scripts/data/common-forenames-by-country.tsv
adds to the Faker names of gazetteer/given_names.txt.

Usage: scripts/forenames.py > names.txt, then put the names under the
second header of gazetteer/given_names.txt.

The TSV holds four columns (country, gender, localized and romanized
name) of `common-forenames-by-country.csv` from
sigpwned/popular-names-by-country-dataset, commit
c7d018f1f3197f6a6cb71cb2c4895be3d6ffdbb8 (CC0): the most popular given
names of 106 countries, from Wikipedia's "List of most popular given
names", with romanized forms. Each word of a romanized name in the Latin
script counts, as Faker's do, less the words below.
"""
import re

LATIN = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?$"
)
# Typos of the source, a place, English words, and surnames that English
# news names far more often than the given names.
LEFT_OUT = {
    "Berrdo", "Ferndo", "Leordo",
    "Doha",
    "Lovely", "Marks", "Monte", "Princess",
    "Harris", "Jameson", "Stevenson",
}
MIN_LETTERS = 3


def main():
    faker = set()
    for line in open("gazetteer/given_names.txt", encoding="utf-8"):
        if line.startswith("# From sigpwned"):
            break
        if line.strip() and not line.startswith("#"):
            faker.add(line.strip())
    rows = open("scripts/data/common-forenames-by-country.tsv", encoding="utf-8")
    names = set()
    for row in list(rows)[1:]:
        romanized = row.rstrip("\n").split("\t")[3]
        for word in romanized.split(" "):
            if LATIN.match(word) and len(word) >= MIN_LETTERS:
                names.add(word)
    for name in sorted(names - faker - LEFT_OUT):
        print(name)


if __name__ == "__main__":
    main()
