"""Reader choice: a Markdown document with HTML written in it (``Author<sup>1</sup>``,
Pandoc's ``<div custom-style="Caption"><p>…</p></div>``) is no HTML page; a page or an
HTML fragment still is.  Texts written for the tests."""

from __future__ import annotations

import pytest

from bibcheck.readers import html

_MARKDOWN = """# Signal crosstalk in soil bacteria

Ana Ruiz<sup>1</sup>, Tomas Berg<sup>2</sup>

> 1\\. Department of Soil Science, Example University.

## Results

Both signals were produced [@okafor2020; @lind2019], as shown before [@haas2015].

<div custom-style="Caption"><p>
**Fig 1.** Expression of both synthases over time.
</p></div>
"""

_PAGE = """<!DOCTYPE html><html><body><h1>Signals</h1>
<p>Both signals were produced <a href="#fn1">1</a>.</p>
<p># not a heading [@x] [@y] [@z]</p></body></html>"""

_FRAGMENT = """<h1>Signals</h1>
<p>Both signals were produced.</p>
<p>Expression rose over time.</p>"""


@pytest.mark.parametrize(
    ("text", "at_most", "at_least"),
    [
        pytest.param(_MARKDOWN, 0.3, 0.0, id="markdown-with-inline-html"),
        pytest.param(_PAGE, 1.0, 0.6, id="whole-page"),
        pytest.param(_FRAGMENT, 1.0, 0.6, id="html-fragment"),
    ],
)
def test_html_score(text: str, at_most: float, at_least: float) -> None:
    assert at_least <= html.score(text) <= at_most
