"""MLA 9 papers as plain text: author-page citations of a Works Cited list.

A humanities paper or student essay cites ``(Ferrante 45)``, ``(Ortner, Making 12-14)``,
``(qtd. in Varga 3)``, ``(Bell 3; Amis 49)``, a page alone after the author is named,
``(Lund et al. 88)``, a corporate author ``(World Meteorological Organization 7)``, an
anonymous work by its short title ``("Salt Roads")``.  Each citation is a citation of the
entry it names, labelled by the entry's place in the list (1, 2, … as the key does); an
author-page citation of a name no entry has is a ``missing-literature-entry``.  Pages,
typed or as pdftotext gives a printed paper (running heads, form feeds).  Every paper and
entry here is written for these tests.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import ParsedDocument, parse_bytes
from bibcheck.model import FindingKind
from bibcheck.readers import choose
from bibcheck.readers.mla import line_cites, mla_index, mla_shaped, scan_all
from tests.test_regex_growth import assert_linear


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def read(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "/tmp/essay.txt")


def pairs(m: ParsedDocument) -> set[tuple[str, int]]:
    return {(mk.label, mk.line) for fn in m.footnotes for mk in fn.markers}


# ------------------------------------------------------------------ the index


ENTRIES = [
    ("1", "Amis, Petra. Cold Light: Essays on Winter. Harbour UP, 2001."),
    ("2", "Ortner, Vilém. Making Rivers. Danube Press, 1997."),
    ("3", "---. The River Unmade. Danube Press, 2004."),
    ("4", "World Meteorological Organization. State of the Climate. WMO, 2020."),
    ("5", '"Salt Roads of the North." Baltic Heritage Trust, www.balticheritage.eu/salt.'),
    ("6", "Lund, Karin, et al. Fjord Songs. Nordic UP, 2015."),
    ("7", "The Ballad of the Drowned Bell. Edited by Ann Kerr, Tarn Books, 1988."),
]
INDEX = mla_index(ENTRIES)


@pytest.mark.parametrize(
    ("text", "labels", "unlisted"),
    [
        ("A winter essay (Amis 12).", ["1"], []),
        # a repeated author ("---.") is the author above: a short title tells them apart
        ("Rivers are made (Ortner, Making 45).", ["2"], []),
        ("And unmade (Ortner, River Unmade 3-5).", ["3"], []),
        # the name alone heads two entries: which is meant is unknown, said apart
        ("Only the name (Ortner 9).", [], ["Ortner"]),
        # a corporate author, in full
        ("Warming goes on (World Meteorological Organization 7).", ["4"], []),
        # an anonymous work by its title, in quotes or shortened, no page or a page
        ('The trade routes ("Salt Roads").', ["5"], []),
        ('The trade routes ("Salt Roads of the North").', ["5"], []),
        ("The refrain (Ballad of the Drowned Bell 14).", ["7"], []),
        ("The refrain (Ballad 14).", ["7"], []),
        ("Three authors (Lund et al. 88).", ["6"], []),
        ("Mixed (Amis 3; Lund et al. 4).", ["1", "6"], []),
        # an author no entry has: apart
        ("A lost source (Whitlock 45).", [], ["Whitlock"]),
        ("One found, one not (Amis 3; Whitlock 45).", ["1"], ["Whitlock"]),
        ("A pair (Hale and Rusk 7-9).", [], ["Hale and Rusk"]),
        # no author: a month, a figure, an acronym, a phrase
        ("It froze (March 12).", [], []),
        ("See the chart (Figure 3).", [], []),
        ("The agency (NOAA 4).", [], []),
        ("Nothing here (see below).", [], []),
    ],
)
def test_scan_all(text: str, labels: list[str], unlisted: list[str]) -> None:
    found, missing, _ = scan_all(text, INDEX, None)
    assert [lab for _, _, lab in found] == labels
    assert [name for _, _, name in missing] == unlisted


def test_repeated_author_counts_as_shaped() -> None:
    entries = [
        ("1", "Ortner, Vilém. Making Rivers. Danube Press, 1997."),
        ("2", "---. The River Unmade. Danube Press, 2004."),
        ("3", "———. Stones. Danube Press, 2009."),
    ]
    assert mla_shaped(entries)


@pytest.mark.parametrize(
    ("line", "following", "want"),
    [
        # over the line end: counted on the first line, its end on the next
        ("as the song has it (Amis", "61-66). Then", [(1, 6, "1")]),
        ("as the song has it (Amis 61).", "Then more", [(0, 28, "1")]),
        # a page alone at the line's end, the next line a new sentence (a block quote)
        ("Amis writes of frost: the ice is thin. (61)", "The next line", [(0, 43, "1")]),
        # ... not a list's "(1)" in running text
        ("Amis lists (1)", "the ice and (2) the frost.", []),
    ],
)
def test_line_cites(line: str, following: str, want: list[tuple[int, int, str]]) -> None:
    here, _, _ = line_cites(line, following, INDEX, None)
    assert here == want


@pytest.mark.parametrize(
    "line",
    [lambda n: "(" + "Amis " * (n // 5) + ")", lambda n: "(Amis, " + "a" * n, lambda n: "(" * n],
)
def test_scan_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(
        lambda text: (scan_all(text, INDEX, None), line_cites(text, text, INDEX, None)), line
    )


# ------------------------------------------------------------------ papers


ESSAY = doc(
    """
    Mara Quist
    Dr. Ellery
    HUM 210
    4 March 2025

    Water and Memory

         River towns remember floods in their songs. Petra Amis calls the
    winter flood "a second calendar" for the valley (Amis 12), and Ortner
    finds the same calendar in the account books of the mills (Ortner,
    Making 45-46). The books are dry, but the songs are not. Amis writes:

              The ice breaks at night, and the town counts its boats
              in the morning, as if the river had borrowed them and
              might not give them back. (88)

    The songs keep what the ledgers lose. Ortner later admits that his
    ledgers cannot date the oldest floods (Ortner, River Unmade 3).
         The heritage surveys agree ("Salt Roads"), and so does the ballad
    collected on the coast (Ballad 14; Lund et al. 201).

                                   Works Cited

    Amis, Petra. Cold Light: Essays on Winter. Harbour UP, 2001.
    Lund, Karin, et al. Fjord Songs. Nordic UP, 2015.
    Ortner, Vilém. Making Rivers. Danube Press, 1997.
    ---. The River Unmade. Danube Press, 2004.
    "Salt Roads of the North." Baltic Heritage Trust, 2019,
         www.balticheritage.eu/salt. Accessed 2 Mar. 2025.
    The Ballad of the Drowned Bell. Edited by Ann Kerr, Tarn Books, 1988.
    """
)


def test_essay_with_block_quote() -> None:
    m = read(ESSAY)
    assert m.reader == "plain-text"
    assert pairs(m) == {
        ("1", 9),
        ("3", 10),  # Ortner, Making: wrapped over the line end, counted where it starts
        ("1", 15),  # the page alone after the block quote: Amis, named before it
        ("4", 18),
        ("5", 19),
        ("6", 20),
        ("2", 20),
    }
    assert [e.reference.title for e in m.literature][:2] == [
        "Cold Light: Essays on Winter",
        "Fjord Songs",
    ]


PAGED = doc(
    """
                                                                  Teller 1

    Jonah Teller
    Professor Vance
    ENVS 3020
    12 April 2025

    Weather as Testimony

         Climate reports speak in averages, but farmers speak in
    seasons (World Meteorological Organization 7). The archive of a
    single parish shows the difference (Brandt 114). Brandt counts the
    failed harvests of two centuries, and finds them clustered in the
    cold decades (115-17). The same clusters appear in the diaries
    collected by Lund and her colleagues (Lund et al. 42), which read
    the sky as "a ledger nobody balances" (Lund et al.
    <FF>                                                              Teller 2

    43).
         A historian of the parish is less sure (Whitlock 45).

    <FF>                                                              Teller 3

                                   Works Cited

    Brandt, Oskar. Harvest and Hunger: A Parish History. Fenwick UP,
         2011.
    Lund, Karin, et al. Fjord Songs. Nordic UP, 2015.
    World Meteorological Organization. State of the Global Climate 2020.
         WMO, 2021.
    """
).replace("<FF>", "\f")


def test_paged_paper_with_corporate_author_and_et_al() -> None:
    m = read(PAGED)
    assert m.reader == "plain-text"
    got = pairs(m)
    assert {("3", 11), ("1", 12), ("1", 14), ("2", 15), ("2", 16)} == got
    assert not any(line == 19 for _, line in got)  # "43)." is the citation's end
    findings = analyse_document(m, {}, {})
    missing = [f for f in findings if f.kind is FindingKind.MISSING_LITERATURE_ENTRY]
    assert [f.lines for f in missing] == [(20,)]
    assert "Whitlock" in missing[0].message


def test_paged_paper_is_plain_text_not_pdf_text() -> None:
    assert choose("paper.txt", PAGED).reader.name == "plain-text"
