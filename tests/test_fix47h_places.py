"""Fix 47h: a place in the cited work after the number, in any language, in superscript
markers (``<sup>[1, х. 23]</sup>``, ``<sup>4, pp. 5-9</sup>``) and in parenthesised numeric
citations (``(2, х. 23)``, ``(4, old. 5)``): the shared grammar of
:mod:`bibcheck.readers.places`, as bracketed citations of plain text read it.  Own text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers import supmarkdown
from bibcheck.readers.parennum import paren_citations
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("<sup>[1, х. 23]</sup>", ["1"]),  # Mongolian page
        ("<sup>4, pp. 5-9</sup>", ["4"]),
        ("<sup>[2, old. 17]</sup>", ["2"]),  # Hungarian page
        ("<sup>[3, с. 12–14]</sup>", ["3"]),
        ("<sup>1, p. 5</sup>", ["1"]),
        ("<sup>[6, § 4]</sup>", ["6"]),
        ("<sup>2,3</sup>", ["2", "3"]),  # (as before: a list of notes)
        ("<sup>[5]</sup>", ["5"]),
        ("<sup>1, see</sup>", []),  # words that are no place: no marker
        ("<sup>[1, Smith 2010]</sup>", []),
    ],
)
def test_sup_marker_with_a_place(text: str, labels: list[str]) -> None:
    found = [m.group("label") for m in supmarkdown.MARKER.finditer(text)]
    assert [n for label in found for n in supmarkdown.expand_labels(label)] == labels


def test_sup_markdown_reads_places_in_markers() -> None:
    doc = (
        "# Ажлын тайлан\n\n"
        "Энэ тайланд бэлчээрийн талаар товч өгүүлнэ.\n\n"
        "Малчид нүүдэллэдэг<sup>[1, х. 23]</sup>, бэлчээр хомсдож байна<sup>[2]</sup>, "
        "мөн ус багасна<sup>3, p. 5</sup>.\n\n"
        "## References\n\n"
        "1. Batbayar D. Pastoral routes. Ulaanbaatar: Admon, 2011.\n"
        "2. Green K. Grassland loss. Oxford: Clarendon, 2016.\n"
        "3. Oyun S. Water on the steppe. Darkhan: Press, 2019.\n"
    )
    doc_read = supmarkdown.read(doc)
    assert [m.label for m in doc_read.markers] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("as the survey showed (2, х. 23).", [["2"]]),
        ("as the survey showed (4, old. 5).", [["4"]]),
        ("as the survey showed (1, p. 5).", [["1"]]),
        ("as the survey showed (3, с. 12).", [["3"]]),
        ("as the survey showed (3, стр. 12–14).", [["3"]]),
        ("as the survey showed (5, bet. 4-6).", [["5"]]),
        ("in the range (2, e.g. 5)", []),  # two words with stops: no place
        ("scores (2, Smith 5)", []),  # no stop: no place word
        ("as the survey showed (2 х. 23).", []),  # an unknown word needs its comma
    ],
)
def test_parenthesised_citation_with_a_place(text: str, labels: list[list[str]]) -> None:
    assert [found for _, _, found in paren_citations(text, 6)] == labels


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "<sup>[1, " + "х. 2 " * (n // 5), id="sup-places"),
        pytest.param(lambda n: "<sup>1" + ", 2" * (n // 3), id="sup-numbers"),
        pytest.param(lambda n: "(1, " + "ab. " * (n // 4), id="paren-abbreviations"),
        pytest.param(lambda n: "(1" + ", " * (n // 2), id="paren-commas"),
    ],
)
def test_place_patterns_are_linear(line: Line) -> None:
    assert_linear(lambda t: list(supmarkdown.MARKER.finditer(t)), line)
    assert_linear(lambda t: paren_citations(t, 5), line)
