"""A book's HTML chapter whose citations link to the book's bibliography page (Sphinx,
Jupyter Book): found, then read as citations of a page not read (never "nothing found").
Pages written for these tests."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.htmlcrosspage import CrossPage, cross_page_citations

_AUTHOR_YEAR = """<html><body><nav><a href="https://git.example.org/book">Source</a>
<a href="refs.html#top">References 2024</a></nav>
<main><h1>Wetlands</h1>
<p>Reed beds filter water <span id="id1">[<a class="reference internal" href="refs.html#id3">Kasza <em>et al.</em>, 2021</a>]</span>.</p>
<p>Older work is reviewed by <span id="id2">Pelt [<a class="reference internal" href="refs.html#id4">2015a</a>]</span>.</p>
</main></body></html>
"""

_NUMBERED = """<html><body><main><h1>Wetlands</h1>
<p>Reed beds filter water [<a href="../back/sources.html#s1">1</a>].</p>
<p>Older work is reviewed elsewhere [<a href="../back/sources.html#s2">2</a>], see also
<a href="notes.htm#n5">Pelt (n.d.)</a>.</p>
</main></body></html>
"""


@pytest.mark.parametrize(
    ("page", "path", "expected"),
    [
        pytest.param(_AUTHOR_YEAR, "ch2.html", CrossPage(2, 4, ("refs.html",)), id="author-year"),
        pytest.param(
            _NUMBERED, "ch2.html", CrossPage(3, 2, ("../back/sources.html", "notes.htm")),
            id="numbers-and-nd",
        ),
        pytest.param(
            '<p><a href="ch2.html#sec">Section 2020</a> and <a href="#x">2019</a></p>',
            "ch2.html", None, id="own-page-links",
        ),
        pytest.param(
            '<p><a href="methods.html#setup">the set-up</a></p>', "ch2.html", None,
            id="no-citation-text",
        ),
        pytest.param(
            '<p><a href="https://example.org/a.html#x">Kasza 2021</a></p>', "ch2.html", None,
            id="other-site",
        ),
    ],
)  # fmt: skip
def test_cross_page_citations(page: str, path: str, expected: CrossPage | None) -> None:
    soup = BeautifulSoup(page, "html.parser")
    assert cross_page_citations(soup, path) == expected


@pytest.mark.parametrize(
    ("page", "labels", "pages"),
    [(_AUTHOR_YEAR, {"id3", "id4"}, "refs.html"), (_NUMBERED, {"s1", "s2", "n5"}, "sources")],
)
def test_chapter_citations_are_read_not_refused(page: str, labels: set[str], pages: str) -> None:
    # (fix37c: read as citations whose entries are on a page not read, no longer refused)
    doc = parse_bytes(page.encode(), "ch2.html")
    assert {fn.label.rsplit("#", 1)[-1] for fn in doc.footnotes} == labels
    unread = [a.message for a in doc.anomalies if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]
    assert len(unread) == 1
    assert pages in unread[0]
    assert "source" in unread[0]  # what to read instead
