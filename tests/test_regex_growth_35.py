"""Round 35: two more patterns that grew quadratically on adversarial lines, made linear
(as tests/test_regex_growth_34.py: at most 30 times as long at 10,000 characters as at
1,000), and tables showing the lines they are for still read as before.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers import odtworks
from bibcheck.readers.latex import biberbbl
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


# --- the separators of an ODT bibliography mark's author field (odtworks._SEPARATOR) ----


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a" + " " * n + "b", id="one-space-run"),
        pytest.param(lambda n: "a " + "\t " * (n // 2) + "an", id="tabs-before-a-word"),
    ],
)
def test_separator_is_linear(line: Line) -> None:
    assert_linear(lambda text: odtworks._SEPARATOR.split(text), line)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Kowalski, Jan; Nowak, Anna", ["Kowalski, Jan", "Nowak, Anna"]),
        ("Kowalski, Jan ;  Nowak, Anna", ["Kowalski, Jan", "Nowak, Anna"]),
        ("Lee, Ann and Roe, Bo", ["Lee, Ann", "Roe, Bo"]),
        ("Müller, Eva und Roth, Udo", ["Müller, Eva", "Roth, Udo"]),
        ("Dupont, Luc  et   Martin, Zoé", ["Dupont, Luc", "Martin, Zoé"]),
        ("Smith & Wesson Ltd", ["Smith", "Wesson Ltd"]),
        ("Andersen, Sandra", ["Andersen, Sandra"]),  # "and" inside a word: no separator
    ],
)
def test_separator_still_splits(text: str, parts: list[str]) -> None:
    assert odtworks._SEPARATOR.split(text) == parts


# --- the key=value pairs of a biber .bbl field list (biberbbl._KEY_VALUE) -------------------


def test_key_value_is_linear() -> None:
    assert_linear(lambda text: list(biberbbl._KEY_VALUE.finditer(text)), lambda n: "a" * n)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("family={Kowalski},familyi={K\\bibinitperiod}", ["family", "familyi"]),
        ("hash=0a1b,given={Jan}", ["hash", "given"]),
        ("xfamily={Nowak}", ["xfamily"]),
        ("given=", ["given"]),
        ("no pairs here", []),
    ],
)
def test_key_value_still_read(text: str, keys: list[str]) -> None:
    assert [m.group(1) for m in biberbbl._KEY_VALUE.finditer(text)] == keys
