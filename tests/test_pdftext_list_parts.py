"""PDF-to-text reader: a reference list in parts, over page breaks, under qualified headings.

The documents are written for the tests in the shape ``pdftotext`` (without ``-layout``)
gives a book chapter: a running head broken into three lines (the chapter's number, its
title, the page number), footnotes at page bottoms, a bibliography that starts mid-page
above the page's notes and goes on over the next pages, split into parts.
"""

from __future__ import annotations

import unicodedata

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.listheads import is_qualified_list_heading, is_selective_heading
from bibcheck.readers.pdftext import read

FF = "\f"


def _page(lines: list[str], folio: int, chapter: str = "7", title: str = "The Salt Road") -> str:
    return f"{chapter}\n\n{title}\n\n{folio}\n\n" + "\n".join(lines) + "\n\n"


def _chapter(heading: str, first: str, second: str, decomposed: bool = False) -> str:
    """A chapter of five pages: notes 1-5, the list under ``heading``, its parts under
    ``first`` and ``second``; the list broken by page 3's notes and page 4's head."""
    ferrer = "Ferna\u0301ndez" if decomposed else "Fernández"
    pages = [
        [
            "The salt came down the valley on mules until the railway arrived.1 Its",
            "carriers kept accounts that survive in two archives.2",
            "1",
            "Hugh Barrow, Mules and Money (Leeds: Dale, 1988), 14.",
            "2",
            "See Barrow, Mules and Money, 20-22.",
        ],
        [
            "The tolls paid at the bridge were recorded by the town clerk.3 They",
            "rose sharply after the flood of 1771.4",
            "3",
            "Town Archive, Tolls, 1765-1780.",
            "4",
            "Anna Quist, The Bridge Towns (York: Ouse Press, 2001), 55.",
        ],
        [
            "Conclusion",
            "",
            "The road outlived its trade by a century.5",
            "",
            heading,
            first,
            "Town Archive, Tolls, 1765-1780, ledger 2.",
            "Statutes of the Bridge Wardens. Edited by Joan Pike. Leeds: Dale,",
            "1952.",
            "5",
            "",
            "Quist, The Bridge Towns, 60-61.",
        ],
        [
            "Wardens' Accounts, 1700-1800. Edited by Ruth Lamb. York: Ouse Press, 1960.",
            "",
            second,
            "Barrow, Hugh. Mules and Money. Leeds: Dale, 1988.",
            f"{ferrer}, Luis. Caminos de la sal. Madrid: Sal, 1994.",
            "Quist, Anna. The Bridge Towns. York: Ouse Press, 2001.",
        ],
        [
            "Ward, Simon. Carriers and Carts. London: Hill, 1979.",
            "Young, Edith. A Valley Economy. Leeds: Dale, 2010.",
        ],
    ]
    return FF.join(_page(lines, 40 + n) for n, lines in enumerate(pages))


_WANT = [
    "Town Archive",
    "Statutes of the Bridge Wardens",
    "Wardens' Accounts",
    "Barrow",
    "Fernández",
    "Quist",
    "Ward",
    "Young",
]


def _starts(text: str) -> list[str]:
    doc = read(text)
    return [unicodedata.normalize("NFC", e.text) for e in doc.literature]


@pytest.mark.parametrize(
    ("heading", "first", "second", "decomposed"),
    [
        ("Bibliography", "Primary Sources", "Secondary Sources", False),
        ("Bibliography", "Primary Sources", "Secondary Sources", True),
        ("Bibliography", "Unpublished Sources", "Printed Sources", True),
        ("Sources and Literature", "Archival Sources", "Secondary Literature", False),
        ("Quellen und Literatur", "Ungedruckte Quellen", "Literatur", True),
        ("Bibliographie", "Sources manuscrites", "Études", False),
    ],
    ids=["en", "en-decomposed", "unpublished", "archival", "de", "fr"],
)
def test_a_list_in_parts_over_page_breaks_loses_nothing(
    heading: str, first: str, second: str, decomposed: bool
) -> None:
    entries = _starts(_chapter(heading, first, second, decomposed))
    assert len(entries) == len(_WANT), entries
    for entry, start in zip(entries, _WANT, strict=True):
        assert entry.startswith(start), (entry, start)


def test_a_numbered_running_head_is_no_entry_and_no_text() -> None:
    doc = read(_chapter("Bibliography", "Primary Sources", "Secondary Sources"))
    texts = [b.text for b in doc.blocks] + [e.text for e in doc.literature]
    assert not any("The Salt Road" in t for t in texts)
    assert all(e.text.strip() != "7" for e in doc.literature)


def _selected(heading: str) -> str:
    body = [
        "The barometer reached the steppe late.1 Observers were few.2",
        "1",
        "Ivan Petrov, Weather and Empire (Kazan: Volga, 1999), 12.",
        "2",
        "Sara Lund, Stations (Oslo: Fjord, 2004), 3.",
    ]
    listing = [
        heading,
        "Lund, Sara. Stations. Oslo: Fjord, 2004.",
        "Moss, Karl. Telegraph Weather. Berlin: Spree, 1987.",
        "Petrov, Ivan. Weather and Empire. Kazan: Volga, 1999.",
    ]
    return FF.join(_page(lines, 3 + n) for n, lines in enumerate([body, body, listing]))


@pytest.mark.parametrize(
    ("heading", "partial"),
    [
        ("Selected Secondary Literature", True),
        ("Further Reading", True),
        ("Ausgewählte Literatur", True),
        ("Bibliografía seleccionada", True),
        ("Printed Primary Sources", False),
        ("Secondary Works", False),
    ],
    ids=["selected", "further", "de-selected", "es-selected", "printed", "works"],
)
def test_a_list_under_a_qualified_heading_is_read(heading: str, partial: bool) -> None:
    doc = read(_selected(heading))
    assert [e.text.split(",")[0] for e in doc.literature] == ["Lund", "Moss", "Petrov"]
    assert doc.literature_partial is partial


def test_a_section_called_primary_sources_is_no_list() -> None:
    text = _selected("Further Reading").replace(
        "The barometer reached",
        "Primary Sources\nThe letters of the observers show that the barometer reached",
    )
    doc = read(text)
    assert doc.literature_heading_line is not None
    assert "Further Reading" in text.split("\n")[doc.literature_heading_line - 1]


@pytest.mark.parametrize(
    ("text", "qualified", "selective"),
    [
        ("Selected Secondary Literature", True, True),
        ("Primary Sources", True, False),
        ("Printed primary sources", True, False),
        ("Manuscripts", True, False),
        ("Ungedruckte Quellen", True, False),
        ("Weiterführende Literatur", True, True),
        ("Fonti archivistiche", True, False),
        ("Fuentes primarias y secundarias", True, False),
        ("Primary education", False, False),
        ("Sources of the famine", False, False),
        ("Conclusion", False, False),
        ("Selected", False, False),
        ("The sources, 1840-1860", False, False),
    ],
    ids=lambda v: str(v),
)
def test_qualified_headings(text: str, qualified: bool, selective: bool) -> None:
    assert is_qualified_list_heading(text) is qualified
    assert is_selective_heading(text) is selective


def test_entries_left_out_of_the_list_are_said() -> None:
    """A part heading outside the vocabulary, then an entry that starts with a quoted
    title: what follows is taken for another column's text; the entries in it are said."""
    listing = [
        "References",
        "Abbot, Carl. Tolls and Bridges. Leeds: Dale, 1971.",
        "",
        "Works on the wider region",
        "“The Bridge Towns Revisited.” Ouse Review 4 (2003): 1–9.",
        "Barrow, Hugh. Mules and Money. Leeds: Dale, 1988.",
        "Quist, Anna. The Bridge Towns. York: Ouse Press, 2001.",
        "Ward, Simon. Carriers. London: Hill, 1979.",
    ]
    body = _selected("x").split(FF)[0]
    doc = read(body + FF + body + FF + _page(listing, 9))
    read_as = {e.text.split(",")[0] for e in doc.literature}
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]
    missing = {"Barrow", "Quist", "Ward"} - read_as
    assert not missing or (unread and f"{len(missing)} lines" in unread[0].message)
    assert missing or not unread


def test_a_list_read_whole_says_nothing_unread() -> None:
    doc = read(_chapter("Bibliography", "Primary Sources", "Secondary Sources"))
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]
