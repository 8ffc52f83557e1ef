"""Body links beside a document's own notes are no citations under ``--link-citations auto``
(issue 11: links cite "on by default for articles with no notes"), but they are said: one
``link-not-cited`` info anomaly with their count, the first addresses and the first line.
Fixtures written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, LinkPolicy

_HTML = """<html><body><article>
<h1>Prices and housing</h1>
<p>Inflation reached 15.8 % in December.<sup><a href="#fn1" id="r1">1</a></sup>
The harmonised index follows the <a href="https://stats.example.eu/hicp/method">statistics
office's method</a>.</p>
<p>{extra}</p>
<h2>Notes</h2>
<ol>
<li id="fn1">Novak, Petr. <i>Prices in Transition</i>. Prague: Academia, 2019,
https://books.example.cz/prices. <a href="#r1">↩</a></li>
</ol>
</article></body></html>
"""

_RST = """Housing costs
=============

Rents rose fastest in the capital [#]_. The `ministry's dataset
<https://data.example.gov/rents>`_ shows the same.{extra}

.. [#] Horvat, Ana. *Rents and Wages*. Zagreb: Naklada, 2020.
"""


@pytest.mark.parametrize(
    ("template", "name", "extra", "count", "shown", "line"),
    [
        pytest.param(
            _HTML, "p.html", "", 1, "https://stats.example.eu/hicp/method", 4, id="html-one"
        ),
        pytest.param(
            _HTML,
            "p.html",
            'See the <a href="https://cb.example.cz/forecast">forecast</a> and '
            '<a href="https://ecb.example.eu/wp.pdf">a working paper</a>.',
            3,
            "https://stats.example.eu/hicp/method, https://cb.example.cz/forecast, "
            "https://ecb.example.eu/wp.pdf",
            4,
            id="html-three",
        ),
        pytest.param(
            _HTML,
            "p.html",
            'The book is <a href="https://books.example.cz/prices">online</a>.',
            1,
            "https://stats.example.eu/hicp/method",
            4,
            id="html-link-to-a-note-address-is-not-counted",
        ),
        pytest.param(_RST, "r.rst", "", 1, "https://data.example.gov/rents", 4, id="rst-one"),
    ],
)
def test_links_beside_notes_are_said(
    template: str, name: str, extra: str, count: int, shown: str, line: int
) -> None:
    doc = parse_bytes(template.format(extra=extra).encode(), name)
    found = [a for a in doc.all_anomalies() if a.code is AnomalyCode.LINK_NOT_CITED]
    assert len(found) == 1
    assert found[0].message.startswith(f"{count} link(s) to other sites in the body ({shown})")
    assert found[0].line == line
    assert not any(f.label.startswith("L") for f in doc.footnotes)


def test_always_counts_them_and_says_nothing() -> None:
    doc = parse_bytes(_HTML.format(extra="").encode(), "p.html", links=LinkPolicy.ALWAYS)
    assert [a for a in doc.all_anomalies() if a.code is AnomalyCode.LINK_NOT_CITED] == []
    assert [f.label for f in doc.footnotes if f.label.startswith("L")] == ["L1"]


def test_no_body_link_no_anomaly() -> None:
    page = _HTML.replace(
        '<a href="https://stats.example.eu/hicp/method">statistics\noffice\'s method</a>', "method"
    )
    doc = parse_bytes(page.format(extra="").encode(), "p.html")
    assert [a for a in doc.all_anomalies() if a.code is AnomalyCode.LINK_NOT_CITED] == []
