"""An HTML page that cites its reference list by links: body links to other sites that
match no entry are not citations (unless the list is a news page's box of "Sources"), and
the page says so (as the Markdown links reader
does), never dropping them in silence.  Fixtures written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode

_PAGE = """<html><body><article>
<h1>Trams in small towns</h1>
<p>Ridership rose after the line opened, as the
<a href="https://transit.example.org/reports/2023">operator's report</a> shows.</p>
<p>{extra}</p>
<h2>{heading}</h2>
<ul>
<li>Tram Operator Ltd, <a href="https://transit.example.org/reports/2023">Annual
ridership report 2023</a>, 2024.</li>
<li>Berg, L., Light rail and towns, Urban Studies (2021).</li>
</ul>
</article></body></html>
"""


@pytest.mark.parametrize(
    ("extra", "count"),
    [
        pytest.param("No other link here.", 0, id="all-links-cite-entries"),
        pytest.param(
            'Fares fell too (<a href="https://fares.example.net/study">a fares study</a>).',
            1,
            id="one-link-matches-no-entry",
        ),
        pytest.param(
            'See <a href="https://a.example.com/x">one</a> and '
            '<a href="https://b.example.com/y">another</a>.',
            2,
            id="two-links-match-no-entry",
        ),
    ],
)
def test_body_links_matching_no_entry_are_reported(extra: str, count: int) -> None:
    doc = parse_bytes(_PAGE.format(extra=extra, heading="References").encode(), "trams.html")
    found = [a for a in doc.all_anomalies() if a.code is AnomalyCode.LINK_NOT_CITED]
    if count == 0:
        assert found == []
    else:
        assert len(found) == 1 and found[0].message.startswith(f"{count} link(s)")
        assert found[0].line == 5  # the first such link
    cited = [f.literature.number for f in doc.footnotes if f.literature is not None]
    assert cited == [1]


def test_beside_a_sources_box_they_are_citations_of_their_own() -> None:
    extra = 'Fares fell too (<a href="https://fares.example.net/study">a fares study</a>).'
    doc = parse_bytes(_PAGE.format(extra=extra, heading="Sources").encode(), "trams.html")
    assert [a for a in doc.all_anomalies() if a.code is AnomalyCode.LINK_NOT_CITED] == []
    cited = [
        (f.literature.number if f.literature is not None else f.reference.url)
        for f in doc.footnotes
    ]
    assert cited == [1, "https://fares.example.net/study"]
