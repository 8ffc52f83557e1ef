"""A collective book listed under its title with its editor after it (round 79), in a note
or a list, its imprint the place and year alone, a page cited after them: ``Storia di
Brescia, a cura di Anna Neri, Brescia, 1999, p. 45.``, ``A History of Wales, edited by Ann
Lloyd, Cardiff, 1994.``, ``Dzieje Krakowa, red. Jan Nowak, Kraków 1997, s. 12.``.  The
title is the words before the editor's mark, the editors are the book's editors and no
authors, the mark no part of the title.  A film by ``dir.`` and its country stays no book.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.title_editor import titled_collection
from tests.test_regex_growth import assert_linear

_CASES = [
    (
        "Storia di Brescia, a cura di Anna Neri, Brescia, 1999, p. 45.",
        ("Storia di Brescia", (), ("Anna Neri",), "Brescia", 1999),
    ),
    (
        "Histoire de la Savoie, sous la direction de Paul Girard, Chambéry, 1986, p. 112.",
        ("Histoire de la Savoie", (), ("Paul Girard",), "Chambéry", 1986),
    ),
    (
        "A History of Wales, edited by Ann Lloyd, Cardiff, 1994.",
        ("A History of Wales", (), ("Ann Lloyd",), "Cardiff", 1994),
    ),
    (
        "Dzieje Krakowa, red. Jan Nowak, Kraków 1997, s. 12.",
        ("Dzieje Krakowa", (), ("Jan Nowak",), "Kraków", 1997),
    ),
    (
        "Storia di Como, a cura di Anna Neri e Luca Sala, Como, Nodo, 2003, pp. 7-9.",
        ("Storia di Como", (), ("Anna Neri", "Luca Sala"), "Como", 2003),
    ),
    # (the shape read before: place, publisher and year)
    (
        "Geschichte Kärntens, hrsg. von Max Huber, Klagenfurt, Heyn, 1981.",
        ("Geschichte Kärntens", (), ("Max Huber",), "Klagenfurt", 1981),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CASES)
@pytest.mark.parametrize("note", [True, False])
def test_title_then_editor(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str, int], note: bool
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert (ref.title, ref.authors, ref.editors, ref.place, ref.year) == expected
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    "text",
    [
        # a film by its director and country
        "Il sorpasso, dir. Dino Risi, Italia, 1962.",
        "Il sorpasso, dir. Dino Risi, 1962.",
        # an author's book, no editor's mark
        "Anna Neri, Storia di Brescia, Brescia, 1999, p. 45.",
    ],
)
def test_no_titled_collection(text: str) -> None:
    assert titled_collection(text) is None


def test_titled_collection_linear() -> None:
    assert_linear(
        titled_collection, lambda n: "Storia, a cura di Anna Neri, " + "Brescia " * (n // 8)
    )
    assert_linear(titled_collection, lambda n: "Storia " * (n // 7) + ", a cura di Anna Neri, X")
