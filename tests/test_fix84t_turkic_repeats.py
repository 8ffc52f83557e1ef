"""Tatar, Bashkir and Chuvash repeat notes in GOST style (round 84, heldout71's Tatar ODT).

GOST notes in the Volga Turkic languages shorten "the work cited" after the author as
``Ахмәтов Р. Ш. Күрс. хезм. — Б. 12.`` (Tatar ``күрсәтелгән хезмәт``), Bashkir ``Күрһ.
хеҙм.``, Chuvash ``Асӑннӑ ӗҫ``; Chuvash writes ibid. as ``Ҫавӑнтах``.  Read as full notes
they became titles ``Күрс. хезм`` and their works went missing from the literature.
All examples are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats
from tests.growth import growth

_FULL = [
    "Ахмәтов Р. Ш. Казан шәһәре тарихы. — Казан: Мирас, 2005. — 300 б.",
    "Petrov A. B. A History of Rural Clinics. — London: Acme Press, 1999. — 200 p.",
    "Ильина Е. В. Чувашские больницы XIX века. — Чебоксары, 2011. — 180 с.",
]


@pytest.mark.parametrize(
    ("note", "kind", "target"),
    [
        ("Ахмәтов Р. Ш. Күрс. хезм. — Б. 12.", "op-cit", 0),
        ("Petrov A. B. Күрс. хезм. — P. 45.", "op-cit", 1),
        ("Petrov A. B. Күрс.хезм. — P. 45.", "op-cit", 1),
        ("Ахмәтов Р. Ш. Күрһ. хеҙм. — 14-се б.", "op-cit", 0),
        ("Ильина Е. В. Асӑннӑ ӗҫ. — С. 7.", "op-cit", 2),
        ("Ильина Е. В. Асăннă ĕç. — С. 7.", "op-cit", 2),
        ("Ҫавӑнтах. — С. 9.", "ibid", 2),
        ("Çавăнтах. — С. 9.", "ibid", 2),
    ],
)
def test_volga_turkic_repeats_name_their_work(note: str, kind: str, target: int) -> None:
    found = find_repeats([*_FULL, note])[-1]
    assert found is not None
    assert (found.kind, found.target) == (kind, target)


@pytest.mark.parametrize(
    "note",
    [
        # a title that only opens with the same letters
        "Ахмәтов Р. Ш. Күрсәтмәләр җыентыгы. — Казан: Мирас, 2001. — 90 б.",
        # the plural "the works named" in a title is no repeat of one work
        "Ильина Е. В. Асӑннӑ ӗҫсем ҫинчен. — Чебоксары, 2015. — 40 с.",
        # a word that only opens with the ibid. word
        "Ҫавӑнтахлӑх историйӗ. — Чебоксары, 2003. — 12 с.",
    ],
)
def test_near_misses_stay_full_notes(note: str) -> None:
    assert find_repeats([*_FULL, note])[-1] is None


@pytest.mark.parametrize("unit", ["Ахмәтов Р. Ш. Күрс. ", "Күрс. хезм", "Асӑннӑ ", "ас ӗҫ "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: find_repeats([_FULL[0], unit * n + " хезм. — Б. 1."]), 200, 800) < 6
