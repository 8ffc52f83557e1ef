"""HTML: a course page citing a numbered list by typed ``[n]`` and by links.

A body link to the address an entry shows as its link text ("Available from: <a
href=URL>URL</a>", the usual Vancouver "Available from:") cites that entry, whatever
the body link's own words; a typed number the list lacks cites a missing work (a
``citation-key-missing`` anomaly), not a footnote without definition.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.html import read

ENTRIES = [
    "Tamura K, Oduya B. Field methods. 2nd ed. Leeds: Moor Press; 2015.",
    "Lindqvist A. Sampling rivers. Uppsala: Delta; 2019. Available from: "
    '<a href="https://www.example.edu/lindqvist/sampling-rivers/">'
    "https://www.example.edu/lindqvist/sampling-rivers/</a>",
    "Reyes M. Flow and sediment. J River Sci. 2020;4(2):11-19. doi: "
    '<a href="https://doi.org/10.5555/jrs.2020.011">10.5555/jrs.2020.011</a>',
]


def _page(body: str) -> str:
    items = "".join(f"<li>{e}</li>" for e in ENTRIES)
    return f"<html><body>{body}\n<h2>References</h2><ol>{items}</ol></body></html>"


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        (
            '<p>Read chapter 2 (<a href="https://www.example.edu/lindqvist/sampling-rivers/">'
            "free PDF</a>) and [1].</p>",
            ["2", "1"],
        ),
        (
            '<p>Read <a href="https://www.example.edu/lindqvist/sampling-rivers">the book'
            '</a>, then <a href="https://doi.org/10.5555/jrs.2020.011">Reyes (2020)</a>.</p>',
            ["2", "3"],
        ),
    ],
    ids=["link-to-entry-address", "without-trailing-slash"],
)
def test_a_body_link_to_an_entry_address_cites_it(body: str, labels: list[str]) -> None:
    doc = read(_page(body))
    assert sorted(m.label for m in doc.markers) == sorted(labels)


def test_a_number_the_list_lacks_cites_a_missing_work() -> None:
    doc = read(_page("<p>See [1, 2] and the extension [4].</p>"))
    assert [m.label for m in doc.markers] == ["1", "2", "4"]
    missing = [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("4", 1)]
