#!/usr/bin/env python3
"""Rebuilds gazetteer/given_names.txt from the person providers of Faker.

Usage: scripts/given-names.py FAKER_WHEEL > names.txt
(fetch the wheel with `pip download faker==40.63.0 --no-deps -d DIR`), then
put the names under the header of gazetteer/given_names.txt.

Keeps every first name in the Latin script (a capital, lower-case letters,
optionally a hyphen and a second such part) that appears in at least two
locales, or in one locale other than `en` and `is_IS`, whose long lists hold
rare names and words (`General`, `Major`, `Royal`).
"""
import collections
import importlib
import pkgutil
import re
import sys
import tempfile
import zipfile

LATIN = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?$"
)
LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
NOISY = ("en", "is_IS")


def main(wheel):
    root = tempfile.mkdtemp()
    zipfile.ZipFile(wheel).extractall(root)
    sys.path.insert(0, root)
    people = importlib.import_module("faker.providers.person")
    locales = collections.defaultdict(set)
    for m in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        for attr in LISTS:
            names = provider.__dict__.get(attr)
            if isinstance(names, (dict, tuple, list)):
                for name in names:
                    if isinstance(name, str) and LATIN.match(name):
                        locales[name].add(m.name)
    for name in sorted(locales):
        where = locales[name]
        if len(where) >= 2 or next(iter(where)) not in NOISY:
            print(name)


if __name__ == "__main__":
    main(sys.argv[1])
