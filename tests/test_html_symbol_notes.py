"""An author or unnumbered note marked by a symbol (``Name<sup><a href="#fn-star">*</a></sup>``,
``†``, ``‡``, ``**``) keeps the symbol as its label, beside numbered notes 1, 2 …"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode

_PAGE = """<!doctype html>
<html><body>
<h1>Rivers as Boundaries</h1>
<p class="byline">Mara Quint<sup><a href="#fn-a" id="fnref-a">{symbol}</a></sup></p>
<p>Rivers move.<sup><a href="#fn1" id="fnref1">1</a></sup> Courts follow them.<sup><a href="#fn2" id="fnref2">2</a></sup></p>
<section class="footnotes"><ol>
<li id="fn-a"><p>{symbol} Lecturer in Law, Riverside College. <a href="#fnref-a">&#8617;</a></p></li>
<li id="fn1"><p>1. Jane Doe, <em>Shifting Banks</em> 12 (2001). <a href="#fnref1">&#8617;</a></p></li>
<li id="fn2"><p>2. <em>Id.</em> at 14. <a href="#fnref2">&#8617;</a></p></li>
</ol></section>
</body></html>
"""


@pytest.mark.parametrize(
    "symbol",
    [
        pytest.param("*", id="star"),
        pytest.param("†", id="dagger"),
        pytest.param("‡", id="double-dagger"),
        pytest.param("**", id="two-stars"),
        pytest.param("[*]", id="bracketed-star"),
    ],
)
def test_symbol_label_kept(symbol: str) -> None:
    doc = parse_bytes(_PAGE.format(symbol=symbol).encode(), "article.html")
    got = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    want_label = symbol.strip("[]")
    assert got == sorted([(want_label, 4), ("1", 5), ("2", 5)])
    twice = [a for a in doc.anomalies if a.code is AnomalyCode.DUPLICATE_DEFINITION]
    assert twice == []
