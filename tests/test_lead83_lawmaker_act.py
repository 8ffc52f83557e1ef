"""An act cited under the body that made it (:mod:`bibcheck.parse.references.lawmaker_act`):
the lawmaker's sentence first, then the act's heading; a person's work titled after a law
is no act."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.lawmaker_act import lawmaker

LAWMAKERS = [
    ("Assembly of Kosovo", True),
    ("National Assembly of the Republic of Armenia", True),
    ("Parliament of Georgia", True),
    ("Republic of Albania", True),
    ("Saeima", True),
    ("Løgtingið", True),
    ("Sejm Rzeczypospolitej Polskiej", True),
    ("Верховна Рада України", True),
    ("Narodna skupština Republike Srbije", True),
    ("Cabinet of Ministers of Ukraine", True),
    ("Guvernul României", True),
    ("Ministry of Justice", True),
    # persons, a publisher, a place: no lawmaker
    ("Smith J", False),
    ("J. Smith", False),
    ("Anna Roe", False),
    ("Oxford University Press", False),
    ("Tirana", False),
]


@pytest.mark.parametrize(("name", "expected"), LAWMAKERS)
def test_lawmaker(name: str, expected: bool) -> None:
    assert lawmaker(name) is expected


# (entry, authors, title, year)
ACTS = [
    (
        "Assembly of Kosovo. Law No. 05/L-021 on the Protection of Waters. Official Gazette"
        " of the Republic of Kosovo, No. 3, 2016.",
        ("Assembly of Kosovo",),
        "Law No. 05/L-021 on the Protection of Waters",
        2016,
    ),
    (
        "Sejm Rzeczypospolitej Polskiej. Ustawa z dnia 7 września 1991 r. o systemie"
        " oświaty. Dz.U. 1991 nr 95 poz. 425.",
        ("Sejm Rzeczypospolitej Polskiej",),
        "Ustawa z dnia 7 września 1991 r. o systemie oświaty",
        1991,
    ),
    (
        "Saeima. Ustawa z dnia 3 marca 2005 r. o ochronie zabytków. Dz.U. 2005 poz. 12.",
        ("Saeima",),
        "Ustawa z dnia 3 marca 2005 r. o ochronie zabytków",
        2005,
    ),
    (
        "Ministry of Justice. Law No. 07/L-013 on Probation Service. Official Gazette, 2021.",
        ("Ministry of Justice",),
        "Law No. 07/L-013 on Probation Service",
        2021,
    ),
]


@pytest.mark.parametrize(("entry", "authors", "title", "year"), ACTS)
def test_lawmaker_act(entry: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.kind is RefKind.REPORT
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


# near-misses: a person's commentary on a law, an author's book: no lawmaker's act
NEAR_MISSES = [
    (
        "Anna Roe. Ustawa z dnia 7 września 1991 r. o systemie oświaty: komentarz."
        " Warszawa: Wolters Kluwer; 2019.",
        "Anna Roe",
    ),
    (
        "Berisha A. Law No. 05/L-021 on the Protection of Waters: a commentary. Prishtina:"
        " Kolegji; 2020.",
        "Berisha A",
    ),
]


@pytest.mark.parametrize(("entry", "author"), NEAR_MISSES)
def test_person_is_no_lawmaker(entry: str, author: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.style != "legal"
    assert author in ref.authors
