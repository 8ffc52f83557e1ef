"""Publisher pages that give each part of a reference its own element (ScienceDirect's
``authors``/``title``/``host``, Wiley's ``author``/``articleTitle``/``pubYear``, HTML made
from JATS ``string-name``/``article-title``/``source``): the elements are the boundaries of
the authors, the title and the journal, and the buttons after an entry ("Google Scholar")
are no title.  Fixtures written for the tests in those publishers' markup."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind

_PAGE = """<!DOCTYPE html><html><head><title>Floods</title></head><body><article>
<h1>River floods and hospital visits</h1>
<p>Floods raise admissions <a href="#b1">[1]</a>.</p>
<section><h2>References</h2><ol class="references">
<li id="b1">{entry}</li>
</ol></section></article></body></html>
"""


def _entry(entry: str) -> Reference:
    doc = parse_bytes(_PAGE.format(entry=entry).encode(), "page.html")
    (literature,) = doc.literature
    assert literature.reference is not None
    return literature.reference


@pytest.mark.parametrize(
    ("entry", "authors", "title", "journal", "year", "volume", "pages"),
    [
        pytest.param(
            '<span class="authors">T. Okafor, J.-P. Martin, L. van Dijk, et al.</span> '
            '<span class="title">Flood exposure and emergency admissions in river towns</span> '
            '<span class="host">Int. J. Hyg. Environ. Health, 231 (2021), pp. 113-121, '
            '<a href="https://doi.org/10.1000/ijh.5">10.1000/ijh.5</a></span>'
            '<div class="ReferenceLinks"><a href="https://scholar.google.com/x">Google Scholar</a>'
            '<a href="https://www.scopus.com/x">View in Scopus</a></div>',
            ("T. Okafor", "J.-P. Martin", "L. van Dijk"),
            "Flood exposure and emergency admissions in river towns",
            "Int. J. Hyg. Environ. Health",
            2021,
            "231",
            "113-121",
            id="sciencedirect-journal-abbreviation",
        ),
        pytest.param(
            '<span class="authors">M.K. Lee</span> '
            '<span class="title">Flood warnings in R: the package floodr</span> '
            '<span class="host">J. Open Source Softw., 7 (3) (2022), Article e1044</span>',
            ("M.K. Lee",),
            "Flood warnings in R: the package floodr",
            "J. Open Source Softw.",
            2022,
            "7",
            "e1044",
            id="sciencedirect-article-number",
        ),
        pytest.param(
            '<span class="author">Haddad, R.</span>, &amp; <span class="author">Lind, S.</span> '
            '(<span class="pubYear">2019</span>). <span class="articleTitle">Coastal surges '
            'and clinic closures</span>. <i class="journalTitle">Nat. Hazards Rev.</i>, '
            '<span class="vol">20</span>, <span class="pageFirst">44</span>–'
            '<span class="pageLast">52</span>.',
            ("Haddad, R.", "Lind, S."),
            "Coastal surges and clinic closures",
            "Nat. Hazards Rev.",
            2019,
            "20",
            "44-52",
            id="wiley-parts",
        ),
        pytest.param(
            '<span class="string-name"><span class="surname">Moreau</span> '
            '<span class="given-names">C</span></span>, '
            '<span class="string-name"><span class="surname">Ito</span> '
            '<span class="given-names">K</span></span>. '
            '<span class="article-title">Heat, floods and the elderly</span>. '
            '<span class="source">Environ. Res. Lett.</span> '
            '<span class="year">2020</span>;<span class="volume">15</span>:'
            '<span class="fpage">101</span>.',
            ("Moreau C", "Ito K"),
            "Heat, floods and the elderly",
            "Environ. Res. Lett.",
            2020,
            "15",
            "101",
            id="jats-derived",
        ),
    ],
)
def test_marked_parts_are_the_fields(
    entry: str,
    authors: tuple[str, ...],
    title: str,
    journal: str,
    year: int,
    volume: str,
    pages: str,
) -> None:
    ref = _entry(entry)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.host == journal
    assert (ref.year, ref.volume, ref.pages) == (year, volume, pages)
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize(
    ("entry", "authors", "title", "place"),
    [
        pytest.param(
            '<span class="authors">European Environment Agency</span> '
            '<span class="title">Floods and Health in Europe</span> '
            '<span class="host">EEA Report No. 4/2020, EEA, Copenhagen (2020)</span>'
            '<div class="ReferenceLinks"><a href="https://scholar.google.com/y">Google Scholar</a>'
            "</div>",
            ("European Environment Agency",),
            "Floods and Health in Europe",
            "Copenhagen",
            id="organisation-report",
        ),
        pytest.param(
            '<span class="authors">Ministry of Health, National Weather Service</span> '
            '<span class="title">Guidance on flood warnings</span> '
            '<span class="host">MoH, Wellington (2018)</span>',
            ("Ministry of Health, National Weather Service",),
            "Guidance on flood warnings",
            "Wellington",
            id="two-organisations-not-split",
        ),
    ],
)
def test_reports_keep_their_title_and_organisation(
    entry: str, authors: tuple[str, ...], title: str, place: str
) -> None:
    ref = _entry(entry)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.place == place
    assert ref.kind is not RefKind.ARTICLE
