"""One ``<sup>`` holding two (or three) note links, ``<sup><a href="#fn4">4</a>,&#8202;<a
href="#fn5">5</a></sup>``: each link is a marker of its own, none lost.  Pages written for
this test."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

_NOTE = '<li id="fn{n}">Karl Wendt, <em>Mühlen am Rhein</em> (Köln: Eder, 19{n:02d}), {n}. <a href="#fnref{n}">↩</a></li>'


def _page(sup: str, count: int) -> str:
    notes = "\n".join(_NOTE.format(n=n) for n in range(1, count + 1))
    return (
        "<!doctype html><html><body><article><h1>Mühlen</h1>\n"
        '<p>Erstens gilt dies.<sup><a href="#fn1" id="fnref1">1</a></sup></p>\n'
        f"<p>Mühlen mahlten Korn.{sup}</p>\n"
        f"<section><h2>Anmerkungen</h2><ol>{notes}</ol></section></article></body></html>\n"
    )


_TWO = '<sup><a href="#fn2" id="fnref2">2</a>,&#8202;<a href="#fn3" id="fnref3">3</a></sup>'
_THREE = (
    '<sup><a href="#fn2" id="fnref2">2</a>, <a href="#fn3" id="fnref3">3</a>,'
    ' <a href="#fn4" id="fnref4">4</a></sup>'
)
_DASH = '<sup><a href="#fn2" id="fnref2">2</a>–<a href="#fn3" id="fnref3">3</a></sup>'


@pytest.mark.parametrize(
    ("sup", "count"),
    [
        pytest.param(_TWO, 3, id="two-hair-space"),
        pytest.param(_THREE, 4, id="three-comma"),
        pytest.param(_DASH, 3, id="two-dash"),
    ],
)
def test_each_link_of_one_sup_is_a_marker(sup: str, count: int) -> None:
    doc = parse_bytes(_page(sup, count).encode(), "aufsatz.html")
    marked = {f.label: [m.line for m in f.markers] for f in doc.footnotes}
    assert marked == {"1": [2], **{str(n): [3] for n in range(2, count + 1)}}
    assert not [a for a in doc.anomalies if a.code.value == "definition-without-marker"]
