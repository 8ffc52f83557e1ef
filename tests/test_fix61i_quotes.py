"""Round 61, fixer i: a citation in a quotation's attribution counts.

* ``<blockquote>…<footer><cite>Author [n]</cite></footer></blockquote>`` (HTML's own
  pattern for a quote's source) and a figure's ``footer`` are part of the text, not page
  chrome; a page's or an article's ``<footer>`` stays skipped.
* Citations inside ``<cite>``, ``<figcaption>``, ``<caption>`` and ``<tfoot>`` are read.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.htmlquote import quote_attribution


@pytest.mark.parametrize(
    ("html", "want"),
    [
        ("<blockquote><p>q</p><footer id='t'>A [1]</footer></blockquote>", True),
        ("<figure><img src='a.png'><footer id='t'>Photo: B</footer></figure>", True),
        ("<blockquote><header id='t'>From C</header><p>q</p></blockquote>", True),
        ("<body><footer id='t'>© 2024 Site</footer></body>", False),
        ("<article><p>x</p><footer id='t'>Posted by D</footer></article>", False),
        # an article's footer inside a quoted post: the article owns it
        ("<blockquote><article><footer id='t'>E</footer></article></blockquote>", False),
        ("<blockquote><p id='t'>q</p></blockquote>", False),
    ],
)
def test_quote_attribution(html: str, want: bool) -> None:
    tag = BeautifulSoup(html, "html.parser").find(id="t")
    assert tag is not None
    assert quote_attribution(tag) is want


REFS = "".join(
    f"<li>{name}. Title {n}. Journal. 200{n};{n}:1-2.</li>"
    for n, name in enumerate(
        ["Abel A", "Berg B, Cole C", "Dahl D", "Engel E", "Falk F", "Gust G"], 1
    )
)

PAGE = f"""<!DOCTYPE html><html><body><article>
<p>Turning is safe [1].</p>
<blockquote><p>Quoted words.</p>
<footer>— <cite>Berg and Cole [2]</cite></footer></blockquote>
<figure><img src="a.png"><figcaption>Trial flow, after Dahl [3].</figcaption></figure>
<table><caption>Trials in wards [4]</caption><tr><td>x</td></tr>
<tfoot><tr><td>Source: Falk [5]</td></tr></tfoot></table>
<h2>References</h2>
<ol>{REFS}</ol>
</article>
<footer class="site-footer"><p>Cited on our blog [6]</p></footer>
</body></html>"""


def test_citations_outside_running_prose() -> None:
    doc = parse_bytes(PAGE.encode(), "page.html")
    got = sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers)
    assert got == [("1", 2), ("2", 4), ("3", 5), ("4", 6), ("5", 7)]
    assert [e.reference.authors for e in doc.literature][:2] == [("Abel A",), ("Berg B", "Cole C")]


def test_figure_footer_credit() -> None:
    page = f"""<!DOCTYPE html><html><body>
<p>Pressure maps differ [1].</p>
<figure><img src="m.png"><footer>Adapted from <cite>Dahl [3]</cite></footer></figure>
<h2>References</h2><ol>{REFS}</ol></body></html>"""
    doc = parse_bytes(page.encode(), "fig.html")
    got = sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers)
    assert got == [("1", 2), ("3", 3)]
