"""The buttons publishers set after each reference on an article page ("Google Scholar",
"CrossRef", "PubMed", "View in Scopus", "Article"): their words are no title and no part of
the reference, an index's look-up address is not the work's, and a DOI behind a button is
kept.  Fixtures written for the tests in the markup of Springer's and ScienceDirect's pages."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference

_PAGE = """<!DOCTYPE html><html><head><title>Floods</title></head><body><article>
<h1>River floods</h1>
<p>Floods raise admissions <a href="#ref-CR1">1</a>.</p>
<section><h2>References</h2><ol class="c-article-references">
<li class="c-article-references__item" id="ref-CR1">{entry}</li>
</ol></section></article></body></html>
"""


def _entry(entry: str) -> Reference:
    doc = parse_bytes(_PAGE.format(entry=entry).encode(), "page.html")
    (literature,) = doc.literature
    assert literature.reference is not None
    return literature.reference


@pytest.mark.parametrize(
    ("entry", "title", "url"),
    [
        pytest.param(
            "<p>Office for National Statistics. Excess deaths in summer 2022. ONS, Newport "
            '(2022)</p><p><a href="https://www.scopus.com/record/x">View in Scopus</a> '
            '<a href="https://doi.org/10.1000/ons.3">CrossRef</a></p>',
            "Excess deaths in summer 2022",
            "https://doi.org/10.1000/ons.3",
            id="scopus-and-crossref",
        ),
        pytest.param(
            "<p>European Environment Agency. Floods and health in Europe. EEA, Copenhagen "
            '(2020)</p><p><a href="https://scholar.google.com/scholar_lookup?title=f">'
            "Google Scholar</a></p>",
            "Floods and health in Europe",
            None,
            id="google-scholar-only",
        ),
        pytest.param(
            "<p>Okafor T, Lee M (2021) Flood exposure and admissions. Int J Hyg 231:113–121</p><p>"
            '<a href="https://doi.org/10.1000/x1">Article</a> '
            '<a href="https://pubmed.ncbi.nlm.nih.gov/123/">PubMed</a> '
            '<a href="https://scholar.google.com/scholar_lookup?title=x">Google Scholar</a></p>',
            "Flood exposure and admissions",
            "https://doi.org/10.1000/x1",
            id="article-pubmed-scholar",
        ),
    ],
)
def test_reference_buttons_are_no_part_of_the_reference(
    entry: str, title: str, url: str | None
) -> None:
    ref = _entry(entry)
    assert ref.title == title
    assert ref.url == url
    for word in ("Google Scholar", "Scopus", "CrossRef", "PubMed"):
        assert word not in ref.raw
