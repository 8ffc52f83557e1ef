"""A code cited as the Commonwealth cites its acts (the year after a comma is its date), and
Romania's gazette of 1949–1989 after an act's title.  All examples are invented or of the
shape real notes give; the convention is in tests/corpus/README.md ("Conventions decided in
round 84")."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Indian Penal Code, 1860.", "Indian Penal Code", 1860),
        ("Indian Penal Code, 1860, s. 295A.", "Indian Penal Code", 1860),
        ("Code of Criminal Procedure, 1973, s. 154.", "Code of Criminal Procedure", 1973),
        ("The Code of Civil Procedure, 1908 (Act V of 1908).", "The Code of Civil Procedure", 1908),
        ("Bharatiya Nyaya Sanhita, 2023.", "Bharatiya Nyaya Sanhita", 2023),
        ("Criminal Code, 1995, s. 5.", "Criminal Code", 1995),
        # an act as before
        ("The Companies Act, 2013.", "The Companies Act", 2013),
    ],
)
def test_code_comma_year(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)


@pytest.mark.parametrize(
    "text",
    [
        # a book about a code stays the author's book
        "Mulla, D. F., The Code of Civil Procedure, 18th edn, LexisNexis, 2011.",
    ],
)
def test_book_about_code(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is RefKind.BOOK and ref.authors


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Legea nr. 12/1990, Buletinul Oficial, nr. 4, 1990.", "Legea nr. 12/1990", 1990),
        (
            "Decretul nr. 770/1966, Buletinul Oficial al R.S.R., nr. 60, 1966.",
            "Decretul nr. 770/1966",
            1966,
        ),
        (
            "Decretul nr. 770/1966, în Buletinul Oficial, partea I, nr. 60 din 1 octombrie 1966.",
            "Decretul nr. 770/1966",
            1966,
        ),
        # the present gazette, as before
        ("Legea nr. 12/1990, Monitorul Oficial, nr. 4, 1990.", "Legea nr. 12/1990", 1990),
    ],
)
def test_romanian_gazette_of_1949_1989(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.title, ref.year) == (title, year)
