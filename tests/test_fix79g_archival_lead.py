"""A German archive's file cited by holder, department and shelfmark before its title
(:mod:`.shelfmark_lead`): the holder and the shelfmark no part of the title, the date or span
closing the title kept in it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.shelfmark_lead import blanked_lead_shelfmark, dated_file_title
from tests.test_regex_growth import assert_linear

HELD_FILES = [
    (
        "Hessisches Landesarchiv, Abt. Marburg, Best. 19 b Nr. 771: Protokolle der "
        "Pferdemusterung im Amt Ziegenhain, 1811–1813.",
        "Protokolle der Pferdemusterung im Amt Ziegenhain, 1811–1813",
    ),
    (
        "Stadtarchiv Goslar, Best. 4, Nr. 118: Bittschrift der Schäfergilde an den Rat, "
        "3. Juni 1788.",
        "Bittschrift der Schäfergilde an den Rat, 3. Juni 1788",
    ),
    (
        "Hauptstaatsarchiv Stuttgart, A 213 Bü 5521: Gutachten über die Klauenseuche, 1839.",
        "Gutachten über die Klauenseuche, 1839",
    ),
    (
        "Geheimes Staatsarchiv Preußischer Kulturbesitz, I. HA Rep. 76 Nr. 204: Akten "
        "betreffend die Tierarzneischule, 1790–1802.",
        "Akten betreffend die Tierarzneischule, 1790–1802",
    ),
    (
        "Landesarchiv Sachsen-Anhalt, Abteilung Magdeburg, Rep. 12 Nr. 7: Berichte der "
        "Kreistierärzte.",
        "Berichte der Kreistierärzte",
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "title"), HELD_FILES)
def test_held_file_title(text: str, title: str, note: bool) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert (ref.authors, ref.title, ref.kind) == ((), title, RefKind.UNKNOWN)


# the date closing the title, after the title read without it
DATED = [
    ("Brief an den Rat", "      Brief an den Rat, 3. Juni 1788.", "Brief an den Rat, 3. Juni 1788"),
    ("Akten", "   Akten, 1790–1802.", "Akten, 1790–1802"),
    ("Letter to the Board", "  Letter to the Board, March 1802", "Letter to the Board, March 1802"),
    # near-misses: more than a date after the title, or nothing
    ("Akten", "   Akten, Bd. 3, 1790–1802.", "Akten"),
    ("Akten", "   Akten, Berlin 1790.", "Akten"),
    ("Akten", "   Akten.", "Akten"),
    (None, "   Akten.", None),
]


@pytest.mark.parametrize(("title", "text", "expected"), DATED)
def test_dated_file_title(title: str | None, text: str, expected: str | None) -> None:
    assert dated_file_title(title, text) == expected


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (
            lambda s: parse_reference(s, [0], detect_styles=True, note=True),
            lambda n: "Stadtarchiv X, Abt. Y, " + "Best. 1, " * (n // 9) + "Nr. 2 x",
        ),
        (
            blanked_lead_shelfmark,
            lambda n: "Stadtarchiv X, Abt. " + "Yy " * (n // 3) + ", Best. 1, Nr. 2 x",
        ),
        (
            blanked_lead_shelfmark,
            lambda n: "Stadtarchiv X, Abteilung Y, Best. " + "1 " * (n // 2) + "Nr. 2 x",
        ),
        (lambda s: dated_file_title("Akten", s), lambda n: "Akten, " + "1. " * (n // 3) + "x"),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
