"""A known place of publication told apart from its namesakes by its river or region
(places.is_place): ``Frankfurt am Main``, ``Frankfurt a. M.``, ``Freiburg i. Br.`` are the
known places; an unknown name or a phrase after a place is not."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.places import is_place


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Frankfurt am Main", True),
        ("Frankfurt am Main.", True),
        ("Frankfurt a. M.", True),
        ("Frankfurt/M.", True),
        ("Freiburg im Breisgau", True),
        ("Freiburg i. Br.", True),
        ("Praha nad Vltavou", True),
        ("Frankfurt", True),
        ("Cambridge (MA)", True),
        # an unknown base, a lower-case qualifier, a phrase after a place
        ("Smithville am Main", False),
        ("Frankfurt am main", False),
        ("Oxford on Sunday", False),
        ("Paris in Arabic", False),
        ("Madrid und Berlin", False),
    ],
)
def test_is_place(name: str, expected: bool) -> None:
    assert is_place(name) is expected


@pytest.mark.parametrize(
    "note",
    [
        "K. Brenner, Die Zeit der Seele. Studien zu Augustinus, Frankfurt am Main, Klostermann,"
        " 1994, p. 33.",
        "M. Lindqvist, Gedächtnis und Erwartung, Freiburg i. Br., Alber, 2001, S. 12.",
    ],
)
def test_note_with_qualified_place_is_a_book(note: str) -> None:
    ref = parse_reference(note, [1], note=True)
    assert ref.kind is RefKind.BOOK
