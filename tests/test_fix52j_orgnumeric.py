"""Org documents that cite by typed numbers (pandoc -t org of a Word article)."""

from __future__ import annotations

import pytest

from bibcheck.readers import org
from bibcheck.readers.orgnumeric import cites_by_number, flatten

_EN = """#+title: Tidal energy in small estuaries
#+author: A. Writer

* 1 Introduction
  :PROPERTIES:
  :CUSTOM_ID: introduction
  :END:

Tidal stream turbines are now tested in several estuaries [1]. Their
output depends on the local flow [2], [3] and on blockage [2]-[4].

| Site     | Capacity | Source |
|----------+----------+--------|
| Estuary  | 2 MW     | [5]    |

#+begin_quote
"Most sites are smaller than expected" [3, p. 7].
#+end_quote

* References
  :PROPERTIES:
  :CUSTOM_ID: references
  :END:

1. J. Smith, "Tidal streams", /Energy/, vol. 3, pp. 1--9, 2019.
2. K. Lee and M. Roe, "Flow in channels", /Ocean Eng./, vol. 5, pp.
   10--20, 2018.
3. P. Doe, "Blockage effects", /Renew. Energy/, vol. 7, 2020.
4. R. Fox, "Arrays", /J. Fluid Mech./, vol. 9, pp. 3--4, 2017.
5. Tidal Agency, "Site list", 2021. [Online]. Available:
   [[https://tides.example.org/sites]]
"""

_DE = """#+TITLE: Windkraft an Land

* Einleitung
Die Genehmigungsverfahren dauern lange [1]. Das zeigen mehrere
Studien [2].

* Literaturverzeichnis
1. A. Müller, „Genehmigung", /Energiewirtschaft/, Bd. 4, 2020.
2. B. Schulz, „Verfahren", /Umweltrecht/, Bd. 2, 2021.
"""

# org-cite documents keep the org reader's own reading
_ORGCITE = """#+title: Keys
#+bibliography: refs.bib

* Text
As shown before [cite:@smith2019].
"""

# typed [n] with no numbered list: not numeric plain text
_NO_LIST = """#+title: Notes

* Text
Array [1] is not a citation here, nor is [2].
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [(_EN, True), (_DE, True), (_ORGCITE, False), (_NO_LIST, False)],
)
def test_cites_by_number(text: str, expected: bool) -> None:
    assert cites_by_number(text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("#+title: X", ""),
        ("  :PROPERTIES:", ""),
        ("* 1 Introduction", "1 Introduction"),
        ("** References", "References"),
        ("see [[https://a.example/x]]", "see https://a.example/x"),
        ("see [[https://a.example/x][the site]]", "see the site https://a.example/x"),
        ("a *bold* line [3]", "a *bold* line [3]"),  # (not a heading)
        ("| a | [5] |", "| a | [5] |"),
    ],
)
def test_flatten_line(line: str, expected: str) -> None:
    assert flatten(line) == expected


def test_flatten_keeps_lines_and_drawers() -> None:
    flat = flatten(_EN).split("\n")
    assert len(flat) == len(_EN.split("\n"))
    assert flat[4:7] == ["", "", ""]  # the drawer


@pytest.mark.parametrize(
    ("text", "markers", "entries", "title"),
    [
        (
            _EN,
            [("1", 9), ("2", 10), ("3", 10), ("4", 10), ("5", 14)],
            5,
            "Tidal energy in small estuaries",
        ),
        (_DE, [("1", 4), ("2", 5)], 2, "Windkraft an Land"),
    ],
)
def test_read_numeric_org(
    text: str, markers: list[tuple[str, int]], entries: int, title: str
) -> None:
    assert org.score(text) >= 0.6
    raw = org.read(text)
    assert raw.reader == "org"
    assert raw.title == title
    found = [(m.label, m.line) for m in raw.markers]
    for want in markers:
        assert want in found
    assert len(raw.literature) == entries


def test_locator_in_quote() -> None:
    raw = org.read(_EN)
    assert ("3", 17) in [(m.label, m.line) for m in raw.markers]


def test_org_cite_not_delegated() -> None:
    raw = org.read(_ORGCITE)
    assert [m.label for m in raw.markers] == ["smith2019"]


def test_no_list_not_claimed() -> None:
    assert org.score(_NO_LIST) == 0.0
