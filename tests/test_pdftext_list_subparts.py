"""PDF-to-text reader: a bibliography split into parts and sub-parts.

A history book's bibliography (``pdftotext`` without ``-layout``) is often split into
Primary and Secondary sources, the primary ones again into Manuscripts and Printed (or
Unpublished / Published, Archives / Official publications): every line under a heading
of a part is an entry or an entry's text, a heading is neither.  Archival entries lead
with the repository and its abbreviation (``County Archives (CA), Truro.``), two of them
one after the other.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.listheads import is_list_part_heading
from bibcheck.readers.pdftext import read

BODY = [
    "Beacon Dues on the Western Coast",
    "",
    "The dues were farmed out to a lessee from 1730.1 The lessee sent",
    "accounts to the Board every quarter, and the Board complained of them.2",
    "",
    "1",
    "Ruth Penhale, Light Dues and Shipping (Exeter: Harbour Press, 1979), 12.",
    "2",
    "Penhale, Light Dues, 30–31.",
    "",
]


def _bibliography(primary: str, first: str, second: str, blank: bool) -> list[str]:
    gap = [""] if blank else []
    return [
        "Bibliography",
        primary,
        first,
        "County Archives (CA), Truro. DD/TR 14, Accounts of the light dues lessee,",
        "1730–1760.",
        "County Archives (CA), Truro. QS/B 2, Minutes of the Harbour Board, 1741–1790.",
        "The Trinity Archive (TA), London. Logs of the Lizard Light, 1752–1790.",
        *gap,
        second,
        "An Act for Building a Lighthouse on the Lizard Point. 25 Geo. II, c. 19.",
        "London: Thomas Baskett, 1752.",
        *gap,
        "Secondary sources",
        "Hosking, Alan. The Lamp Room. Truro: Cove Books, 2004.",
        "Penhale, Ruth. Light Dues and Shipping. Exeter: Harbour Press, 1979.",
        "Tregear, Owen. “Attorneys of the Western Ports.” Maritime Law Review 8",
        "(1991): 77–90.",
    ]


WANT = [
    ("County Archives (CA), Truro. DD/TR 14", "1730–1760."),
    ("County Archives (CA), Truro. QS/B 2", "1741–1790."),
    ("The Trinity Archive (TA), London.", "1752–1790."),
    ("An Act for Building a Lighthouse", "Baskett, 1752."),
    ("Hosking, Alan.", "2004."),
    ("Penhale, Ruth.", "1979."),
    ("Tregear, Owen.", "77–90."),
]


@pytest.mark.parametrize(
    ("primary", "first", "second", "blank"),
    [
        pytest.param("Primary sources", "Manuscripts", "Printed", True, id="manuscripts-printed"),
        pytest.param("Primary sources", "Unpublished", "Published", True, id="unpublished"),
        pytest.param("Primary Sources", "Archives", "Official publications", False, id="tight"),
    ],
)
def test_entries_under_every_part(primary: str, first: str, second: str, blank: bool) -> None:
    doc = read("\n".join([*BODY, *_bibliography(primary, first, second, blank)]) + "\n")
    got = [(e.text, e.line) for e in doc.literature]
    assert len(got) == len(WANT), [t[:40] for t, _ in got]
    for (text, _), (start, end) in zip(got, WANT, strict=True):
        assert text.startswith(start) and text.endswith(end), text
    headings = {primary, first, second, "Secondary sources"}
    assert not any(line in e.text.split("\n") for e in doc.literature for line in headings)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Printed", True),
        ("Unpublished:", True),
        ("Manuscripts", True),
        ("Books and articles", True),
        ("Official publications", True),
        ("Gedruckte Quellen", True),
        ("Libros y artículos", True),
        ("Printed in London", False),
        ("Data and method", False),
        ("And", False),
        ("Introduction", False),
        ("Printed, 1752.", False),
    ],
)
def test_list_part_heading(text: str, want: bool) -> None:
    assert is_list_part_heading(text) is want


FURTHER = [
    "Further Reading",
    "Hosking, Alan. The Lamp Room. Truro: Cove Books, 2004.",
    "A short and vivid account of the keepers' daily work, with photographs of",
    "the lamp rooms before electrification.",
    "Marsh, Gerald. The Tide Mill in the Landscape. London: Estuary Books, 2004.",
    "Useful on the harbour works around the lights.",
    "Oakes, R., & Penn, S. (2017). Hydraulic models of undershot wheels.",
    "Journal of Mill History, 24(2), 77–95.",
    "The only modelling study of tidal wheels.",
]


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        pytest.param(
            FURTHER,
            ["Hosking, Alan.", "Marsh, Gerald.", "Oakes, R., & Penn"],
            id="annotated-further-reading",
        ),
        pytest.param(
            ["Bibliography", *FURTHER[1:2], *FURTHER[4:5], FURTHER[6], FURTHER[7]],
            ["Hosking, Alan.", "Marsh, Gerald.", "Oakes, R., & Penn"],
            id="plain-bibliography",
        ),
    ],
)
def test_comments_of_an_annotated_list_are_no_entries(lines: list[str], want: list[str]) -> None:
    doc = read("\n".join([*BODY, *lines]) + "\n")
    assert len(doc.literature) == len(want), [e.text[:30] for e in doc.literature]
    for entry, start in zip(doc.literature, want, strict=True):
        assert entry.text.startswith(start)
        assert "vivid" not in entry.text and "harbour works" not in entry.text
        assert "modelling study" not in entry.text
    assert doc.literature[-1].text.endswith("77–95.")
