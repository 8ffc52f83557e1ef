"""Markdown posts that cite a numbered reference list by ``[n]``: a number beyond the list
(``[4]`` under three entries) cites a work the list lacks.  It is kept as a citation and
reported (``citation-key-missing``), never dropped.  Fixtures written for the tests in the
patterns of Jekyll/Hugo blog posts."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.mdlinks import read as read_links

_LIST = (
    "\n\n## {heading}\n\n"
    "1. Lopes, Ana. 2010. [Coalitions in Brazil](https://doi.org/10.1000/cb.1). *Dados* 53 (2): 1–20.\n"
    "2. Reis, Bruno. 2015. *Presidents and Parties*. São Paulo: Editora Alfa.\n"
    "3. Costa, Rui, and Eva Lima. 2019. [Cabinets](https://doi.org/10.1000/cab.3). *Opin. Públ.* 25: 3–9.\n"
)


@pytest.mark.parametrize(
    ("body", "heading", "missing", "line"),
    [
        pytest.param(
            "# Coalitions\n\nThe model held for decades [1]. Some call it over [4].",
            "References",
            ["4"],
            3,
            id="single-marker-beyond",
        ),
        pytest.param(
            "# Coalizões\n\nO modelo durou [1, 2].\nOutros discordam [3][5].",
            "Referências",
            ["5"],
            4,
            id="chained-marker-beyond",
        ),
        pytest.param(
            "# Coalitions\n\nSee the survey [2–4] and the reply [9].",
            "Bibliography",
            ["4", "9"],
            3,
            id="range-reaching-beyond",
        ),
    ],
)
def test_a_number_beyond_the_list_is_reported(
    body: str, heading: str, missing: list[str], line: int
) -> None:
    doc = read_links(body + _LIST.format(heading=heading))
    cited = {m.label for m in doc.markers}
    assert set(missing) <= cited
    reported = [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert sorted(a.footnote or "" for a in reported) == sorted(missing)
    assert all(a.line == line for a in reported)


def test_a_bracketed_year_is_no_citation() -> None:
    doc = read_links(
        "# Coalitions\n\nThe crisis [2016] ended it [1]." + _LIST.format(heading="References")
    )
    assert [m.label for m in doc.markers] == ["1"]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
