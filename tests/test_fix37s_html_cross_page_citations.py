"""A book's HTML chapter whose citations link to the book's bibliography page (Sphinx,
Jupyter Book): refused with what it holds and what to read instead, never "nothing found".
Pages written for these tests."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
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
    ("page", "count", "pages"),
    [(_AUTHOR_YEAR, "2 citation link(s)", "refs.html"), (_NUMBERED, "3 citation", "sources")],
)
def test_chapter_is_refused_with_what_it_holds(page: str, count: str, pages: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_bytes(page.encode(), "ch2.html")
    message = str(raised.value)
    assert count in message
    assert pages in message
    assert "source" in message  # what to read instead
    assert "links to other sites" not in message
