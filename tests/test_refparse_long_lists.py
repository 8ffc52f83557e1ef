"""Reference entries with long author lists (30-100 names), as physics and medicine papers
print them, are parsed in every common shape of a name list.

A name-list regex that can read a name, or the gap between two initials, in two ways takes
time that doubles with every author; these cases would not finish then (no timing is
asserted: they hang).  ``benchmarks/parse_worst_case.py`` prints the times.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.readers.slides import names_line

_STEMS = ("Varga", "Lindqvist", "Okafor", "Brennan", "Tamura", "Quiroga", "Haddad", "Novak")


def _names(n: int, fmt: str, sep: str) -> tuple[str, str, str]:
    """``n`` distinct names written as ``fmt``, joined by ``sep``; with the first and last."""
    people = []
    for i in range(n):
        surname = f"{_STEMS[i % len(_STEMS)]}{'ebcdfghjklmnprstvwz'[i // len(_STEMS) % 19]}er"
        given = chr(ord("A") + i % 26), chr(ord("C") + i % 21)
        people.append(fmt.format(a=given[0], b=given[1], s=surname))
    return sep.join(people), people[0], people[-1]


_TITLE = "Seasonal drift of trace metals in estuarine sediment"
# (shape, name format, separator, tail after the names, first and last author as parsed)
_CASES = [
    ("vancouver", "{s} {a}{b}", ", ", f". {_TITLE}. Mar Chem. 2019;41:113-9."),
    ("initials-first elsevier", "{a}.{b}. {s}", ", ", f", {_TITLE}, Mar. Chem. 41 (2019) 113-119."),
    ("initials-first vancouver", "{a}.{b}. {s}", ", ", f". {_TITLE}. Mar Chem. 2019;41:113-9."),
    (
        "spaced initials elsevier",
        "{a}. {b}. {s}",
        ", ",
        f", {_TITLE}, Mar. Chem. 41 (2019) 113-119.",
    ),
    ("spaced initials vancouver", "{a}. {b}. {s}", ", ", f". {_TITLE}. Mar Chem. 2019;41:113-9."),
    ("inverted apa", "{s}, {a}. {b}.", ", ", f" (2019). {_TITLE}. Marine Chemistry, 41, 113-119."),
    (
        "semicolons apa",
        "{s}, {a}. {b}.",
        "; ",
        f" (2019). {_TITLE}. Marine Chemistry, 41, 113-119.",
    ),
    ("and-joined", "{a}. {s}", " and ", f". {_TITLE}. Mar Chem. 2019;41:113-9."),
]


@pytest.mark.parametrize("n", [30, 100])
@pytest.mark.parametrize(("shape", "fmt", "sep", "tail"), _CASES, ids=[c[0] for c in _CASES])
def test_long_author_list(shape: str, fmt: str, sep: str, tail: str, n: int) -> None:
    names, first, last = _names(n, fmt, sep)
    ref = parse_reference(names + tail, [1], detect_styles=True)
    assert ref.title == _TITLE
    assert ref.year == 2019
    assert ref.authors[0] == first
    assert ref.authors[-1] == last


@pytest.mark.parametrize(
    ("fmt", "sep", "tail", "expected"),
    [
        ("{a}. {b}. {s}", ", ", ".", True),
        ("{a}.{b}. {s}", ", ", ", and Ruth Vance.", False),
        ("{a}. {s}", " and ", " and others.", True),
        ("{a}. {b}. {s}", ", ", ", Seasonal drift of trace metals.", False),
    ],
)
def test_long_names_line_of_slides(fmt: str, sep: str, tail: str, expected: bool) -> None:
    names, _, _ = _names(60, fmt, sep)
    assert names_line(names + tail) is expected
