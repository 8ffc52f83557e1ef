"""German bodies named with hyphens, and two bodies joined by a word for "and" (round 80).

German writes an office or an institute named after its field or a person with hyphens
(``Kraftfahrt-Bundesamt``, ``Friedrich-Loeffler-Institut``, ``Hans-Böckler-Stiftung``; with
the given name apart, ``Robert Koch-Institut``): a body, not a person's double family name
(``Müller-Lüdenscheidt``).  Two bodies named as one author, joined by ``und``/``and``/``og``/
``ve`` with no comma, are two authors in a note or a list as in an APA head; a Nordic state
body by ``Statens`` and its field (``Statens kartverk``) stands on its own.  The examples
are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import generic, parse_reference
from bibcheck.parse.references.corporate import is_organisation
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Luftfahrt-Bundesamt", True),
        ("Ernst Haeckel-Institut", True),
        ("Otto-Hahn-Institut", True),
        ("Clara-Zetkin-Stiftung für Bildung", True),
        ("Landes-Gesundheitsamt", True),
        ("Meier-Wiedenbach-Verband", True),
        # near misses: persons' double names, a person with one
        ("Schulze-Altenkamp", False),
        ("Greta Schulze-Altenkamp", False),
        ("Lang-Ostermann, K.", False),
    ],
)
def test_hyphenated_body_is_an_organisation(name: str, body: bool) -> None:
    assert is_organisation(name) is body


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        (
            "Ernst Haeckel-Institut und Otto-Hahn-Institut",
            ("Ernst Haeckel-Institut", "Otto-Hahn-Institut"),
        ),
        ("Luftfahrt-Bundesamt und Bundesnetzagentur", ("Luftfahrt-Bundesamt", "Bundesnetzagentur")),
        ("Bundesnetzagentur and Luftfahrt-Bundesamt", ("Bundesnetzagentur", "Luftfahrt-Bundesamt")),
        ("Statens kartverk og Kystverket", ("Statens kartverk", "Kystverket")),
        # near misses: one body's own "und", a title
        ("Ministerium für Wirtschaft und Verkehr", ("Ministerium für Wirtschaft und Verkehr",)),
        ("Department of Health and Human Services", ("Department of Health and Human Services",)),
        ("Statens kartverk", ("Statens kartverk",)),
    ],
)
def test_bodies_split(name: str, parts: tuple[str, ...]) -> None:
    assert generic.bodies(name) == parts


@pytest.mark.parametrize(
    ("text", "note", "authors"),
    [
        (
            "Ernst Haeckel-Institut und Otto-Hahn-Institut, Jahresbericht 2019 (Jena, 2020), 7.",
            True,
            ("Ernst Haeckel-Institut", "Otto-Hahn-Institut"),
        ),
        (
            "Luftfahrt-Bundesamt und Umweltbundesamt, Fluglärm 2018 (Braunschweig, 2019), 3.",
            True,
            ("Luftfahrt-Bundesamt", "Umweltbundesamt"),
        ),
        (
            "Otto-Hahn-Institut and Ernst Haeckel-Institut, Annual review 2017 (Jena, 2018), 11.",
            True,
            ("Otto-Hahn-Institut", "Ernst Haeckel-Institut"),
        ),
        (
            "Luftfahrt-Bundesamt und Umweltbundesamt. Fluglärm 2018. Braunschweig: LBA; 2019.",
            False,
            ("Luftfahrt-Bundesamt", "Umweltbundesamt"),
        ),
        # near misses: one hyphenated body; persons joined by "und"; a body's own "and"
        (
            "Luftfahrt-Bundesamt, Fluglärm 2018 (Braunschweig: LBA, 2019), 3.",
            True,
            ("Luftfahrt-Bundesamt",),
        ),
        (
            "Greta Schulze-Altenkamp und Paul Renz, Die Elbe (Hamburg, 2008), 5.",
            True,
            ("Greta Schulze-Altenkamp", "Paul Renz"),
        ),
        (
            "Ministry of Trade and Industry. Annual report 2020. Oslo: The Ministry; 2021.",
            False,
            ("Ministry of Trade and Industry",),
        ),
    ],
)
def test_joined_bodies_read(text: str, note: bool, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [0], detect_styles=True, note=note).authors == authors


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Aa-" * (n // 3) + "Institut",
        lambda n: ("Aa Bb-Cc-" * (n // 9))[:n] + "amt",
        lambda n: "Aa-Institut und " * (n // 16),
    ],
    ids=["hyphen-run", "words-and-hyphens", "joined-run"],
)
def test_hyphenated_bodies_linear(line) -> None:  # type: ignore[no-untyped-def]
    assert_linear(lambda text: (is_organisation(text), generic.bodies(text)), line)
