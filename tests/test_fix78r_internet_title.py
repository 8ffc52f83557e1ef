"""fix78r: an authorless resource in NLM's ``Title [Internet]. Place: Body; [seen …]`` shape.

The title is the sentence before the medium designator (a name quoted in the body's, as
``Universitatea "X"``, is no title), and a resource with no date of its own, only the
day it was seen, served at its address, is a web resource (a database, a dictionary
online), no book.  (The examples are this file's own.)
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

# (entry, title, kind)
_ENTRIES = [
    (
        'Atlasul graiurilor de câmpie în format digital [Internet]. Craiova: Universitatea "Ion '
        'Exemplu"; [accesat 03.03.2025]. Disponibil la: https://atlas.example.org/',
        "Atlasul graiurilor de câmpie în format digital",
        "web",
    ),
    (
        "Corpus of Harbour Ledgers [Internet]. Leeds: University of Leeds; [cited 2024 Mar 2]. "
        "Available from: https://ledgers.example.org/",
        "Corpus of Harbour Ledgers",
        "web",
    ),
    (
        'Wörterbuch der Flussnamen [Internet]. Kiel: Institut "Beispiel"; [zitiert 2024 Jan 9]. '
        "Verfügbar unter: https://flussnamen.example.org/",
        "Wörterbuch der Flussnamen",
        "web",
    ),
    (
        'Glossaire des parlers côtiers [Internet]. Brest: Université "Modèle"; [cité le 4 mars '
        "2024]. Disponible sur : https://glossaire.example.org/",
        "Glossaire des parlers côtiers",
        "web",
    ),
]


@pytest.mark.parametrize(("entry", "title", "kind"), _ENTRIES)
def test_authorless_internet_resource(entry: str, title: str, kind: str) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.authors, ref.title, ref.kind.value) == ((), title, kind)


def test_dated_book_online_keeps_its_kind() -> None:
    # (guard, passes on main: an authorless book online with its own year stays a book)
    entry = (
        "Tidal records of the estuary [Internet]. Leeds: Harbour Authority; 2019 [cited 2024 "
        "Mar 2]. Available from: https://tides.example.org/"
    )
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.title, ref.year, ref.kind.value) == ("Tidal records of the estuary", 2019, "book")
