"""An act cited by its title and the version of its text with no comma between them
(:mod:`.act_tails`): ``… in der Fassung der Bekanntmachung vom …`` no part of the title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.act_tails import without_act_tail
from tests.test_regex_growth import assert_linear

ACTS = [
    (
        "Jagdgesetz in der Fassung der Bekanntmachung vom 3. April 2001 (BGBl. I S. 640), "
        "zuletzt geändert durch Art. 4 des Gesetzes vom 1. Juli 2021 (BGBl. I S. 2101).",
        "Jagdgesetz",
        2001,
    ),
    (
        "Fischereigesetz in der Fassung der Neubekanntmachung vom 9. Mai 1999 (GVBl. S. 77).",
        "Fischereigesetz",
        1999,
    ),
    ("Landeswaldgesetz in der Fassung vom 14. Juni 2010 (GBl. S. 212).", "Landeswaldgesetz", 2010),
    (
        "Bienenseuchen-Verordnung i. d. F. d. Bek. vom 3. November 2004.",
        "Bienenseuchen-Verordnung",
        2004,
    ),
    (
        "Gesetz über das Fischereiwesen in der Fassung der Bekanntmachung vom 9. Mai 1999, "
        "GVBl. S. 77.",
        "Gesetz über das Fischereiwesen",
        1999,
    ),
    # the gazette's abbreviation left after an opening parenthesis
    (
        "Gesetz über die Jagd (Landesjagdgesetz – LJagdG) vom 3. April 2001 (BGBl. I S. 640).",
        "Gesetz über die Jagd (Landesjagdgesetz – LJagdG) vom 3. April 2001",
        2001,
    ),
    # near-miss, read as before: the version after a comma
    (
        "Jagdgesetz (JagdG), in der Fassung der Bekanntmachung vom 3. April 2001 (BGBl. I S. 640).",
        "Jagdgesetz (JagdG)",
        2001,
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "title", "year"), ACTS)
def test_act_title_without_version(text: str, title: str, year: int, note: bool) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)


# a work about an act, not the act: its title as written
NOT_CUT = [
    "Das Tierschutzgesetz in der Fassung von 1972",
    "Jagdrecht in der Fassung der Länder",
    "Der Roman in der Fassung letzter Hand",
]


@pytest.mark.parametrize("title", NOT_CUT)
def test_title_not_cut(title: str) -> None:
    assert without_act_tail(title) == title


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (without_act_tail, lambda n: "Gesetz" + " in der Fassung" * (n // 15) + " x"),
        (without_act_tail, lambda n: "Gesetz" + " i. d. F." * (n // 9) + "x"),
        (without_act_tail, lambda n: "Gesetz vom 1. Mai 2001" + " (BGBl" * (n // 6) + " x"),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
