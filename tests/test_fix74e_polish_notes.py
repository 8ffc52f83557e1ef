"""Polish legal-history notes: an ``op. cit.`` naming its title repeats the author's work
of that title, not his latest; an unsigned newspaper article (``*Tytuł*, „Gazeta” 1927,
nr 12, s. 3``); a court's judgment by its court and date (``Wyrok SN z dnia …``) and a
bill's explanatory statement (``Uzasadnienie projektu …``) are legal sources
(``report``); an archive's file by its ``sygn.`` is a file (``unknown``), no remark.
Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, titled_op_cit

NOTES = [
    "J. Nowak, *Prawo i kara*, Kraków 1930, s. 5.",
    "A. Lis, *Sądy grodzkie*, Lwów 1925, s. 3.",
    "J. Nowak, *Studia nad karą*, Kraków 1931, s. 1.",
    "J. Nowak, *Prawo i kara*, op. cit., s. 88.",
]


@pytest.mark.parametrize(
    ("target", "author", "short", "expected"),
    [
        (2, "Nowak", "*Prawo i kara*", 0),  # the work of that title
        (2, "Nowak", "*Studia nad karą*", 2),  # the latest is that work
        (2, "Nowak", None, 2),  # no title: the latest, as before
        (2, "Nowak", "*Inna praca*", 2),  # no note of that title: the latest
        (2, "Nowak", "*Prawo i…*", 0),  # a title cut short
        (2, "Lis", "*Prawo i kara*", 2),  # another author's note: none
    ],
)
def test_titled_target(target: int, author: str, short: str | None, expected: int) -> None:
    found: list[object | None] = [None] * len(NOTES)
    assert titled_op_cit.titled_target(NOTES, found, target, author, short) == expected


@pytest.mark.parametrize(
    ("text", "title", "kind", "year"),
    [
        (
            "*Nowe ceny chleba*, „Gazeta Przykładowa” 1927, nr 12, s. 3.",
            "Nowe ceny chleba",
            RefKind.ARTICLE,
            1927,
        ),
        (
            "Pożar w porcie, „Kurier Przykładowy” 1931, nr 88, s. 4.",
            "Pożar w porcie",
            RefKind.ARTICLE,
            1931,
        ),
        (
            "Wyrok SN z dnia 3 marca 1936 r., II K 123/35, OSP 1936, poz. 40.",
            None,
            RefKind.REPORT,
            1936,
        ),
        (
            "Postanowienie Sądu Apelacyjnego w Krakowie z dnia 5 maja 2010 r., I ACz 1/10.",
            None,
            RefKind.REPORT,
            2010,
        ),
        (
            "Komisja Przykładowa, Sekcja Prawa Cywilnego, *Uzasadnienie projektu ustawy o wodach*, t. 2, Warszawa 1921, s. 9.",
            "Uzasadnienie projektu ustawy o wodach",
            RefKind.REPORT,
            1921,
        ),
        # (an article about such statements stays an article)
        (
            "A. Nowak, Uzasadnienie projektu w praktyce legislacyjnej, „Państwo i Prawo” 2001, nr 3, s. 5–19.",
            "Uzasadnienie projektu w praktyce legislacyjnej",
            RefKind.ARTICLE,
            2001,
        ),
    ],
)
def test_note_fields(text: str, title: str | None, kind: RefKind, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert ref.kind is kind
    assert ref.year == year
    if title is not None:
        assert ref.title == title


@pytest.mark.parametrize(
    "text",
    [
        "Archiwum Państwowe w Przykładowie, Sąd Okręgowy w Przykładowie, sygn. 35/1920/0/7/88.",
        "Archiwum Miejskie w Przykładowie, Akta miasta, sygn. 44.",
    ],
)
def test_archive_file_no_remark(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True, note=True).kind is RefKind.UNKNOWN
