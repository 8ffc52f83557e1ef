"""pdftotext output of a paper's first page: affiliation numbers glued to the authors'
names are no note markers (their lines stand under the byline, numbered from 1), a
footnote that is only a web address is a note, and a line of thousands of numbers is
read in linear time (lines written for the tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers import pdftext
from bibcheck.readers.pdftext import read
from tests.test_regex_growth import assert_linear

FIRST_PAGE = [
    "Scour at Bridge Piers in Glacial Rivers",
    "",
    "{byline}",
    "",
    "{aff1}",
    "{aff2}",
    "",
    "Abstract. Scour holes at piers in braided glacial rivers grow in the melt season.",
    "",
    "1 Introduction",
    "",
    "Pier scour in glacial rivers is fed by the melt season's floods. We",
    "measured it with a sonar on a float1 and logged the river stage with",
    "a pressure gauge of the river authority.2 Both records are public.3",
    "",
    "1 https://github.com/pier-lab/sonar-float",
    "2 See the gauge's page at www.example.org/gauges/ice-river.",
    "3 https://doi.org/10.5281/zenodo.1122334",
]


def page(byline: str, aff1: str, aff2: str) -> str:
    text = "\n".join(FIRST_PAGE).format(byline=byline, aff1=aff1, aff2=aff2)
    return text + "\n\f"


@pytest.mark.parametrize(
    ("byline", "aff1", "aff2"),
    [
        pytest.param(
            "Ana Silva1 and Jon Berg2",
            "1 Glacier Institute, Tromso, Norway",
            "2 River Laboratory, Umea, Sweden",
            id="two-authors-in-order",
        ),
        pytest.param(
            "Ana Silva1, Jon Berg2, and Eva Lund1",
            "1 Glacier Institute, Tromso, Norway",
            "2 River Laboratory, Umea, Sweden",
            id="three-authors-number-again",
        ),
        pytest.param(
            "Ana Silva1 and Jon Berg2",
            "1",
            "Glacier Institute, Tromso, Norway",
            id="number-alone-over-the-affiliation",
        ),
    ],
)
def test_affiliations_are_no_notes(byline: str, aff1: str, aff2: str) -> None:
    doc = read(page(byline, aff1, aff2))
    notes = {n.label: n.text for n in doc.footnotes}
    assert sorted(notes) == ["1", "2", "3"]
    assert notes["1"] == "https://github.com/pier-lab/sonar-float"
    assert notes["2"].startswith("See the gauge's page")
    assert notes["3"] == "https://doi.org/10.5281/zenodo.1122334"
    assert [m.line for m in doc.markers] == [13, 14, 14]


@pytest.mark.parametrize(
    ("line", "note"),
    [
        pytest.param("1 https://github.com/org/tool", (1, "https://github.com/org/tool"), id="url"),
        pytest.param("4 http://example.org/a", (4, "http://example.org/a"), id="http"),
        pytest.param("2 www.example.org/data", (2, "www.example.org/data"), id="www"),
        pytest.param("3 see Section 4.", (3, "see Section 4."), id="see"),
        pytest.param("8 percent of the piers were scoured", None, id="sentence-from-a-number"),
        pytest.param("5 httpd logs were kept", None, id="word-like-a-scheme"),
    ],
)
def test_note_line_forms(line: str, note: tuple[int, str] | None) -> None:
    found = pdftext._definition(line)
    assert (None if found is None else found[:2]) == note


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "4.2 " * (n // 4), id="decimals"),
        pytest.param(lambda n: "pier1 " * (n // 6), id="glued-numbers"),
        pytest.param(lambda n: "Silva1 and " * (n // 11), id="byline-like"),
        pytest.param(lambda n: "²" * n, id="superscripts"),
        pytest.param(lambda n: "piers 9 , " * (n // 10), id="set-apart"),
    ],
)
def test_a_long_line_is_read_in_linear_time(line: Callable[[int], str]) -> None:
    # (a growth check: the page scored with the line at 10,000 characters against at 1,000;
    # it was tens of seconds at 10,000, quadratic)
    text = page("Ana Silva1 and Jon Berg2", "1 Glacier Institute", "2 River Laboratory")
    assert_linear(
        lambda long: pdftext.score(
            text.replace("Both records are public.3", f"Both records are public.3\n{long}")
        ),
        line,
    )
