"""fix60c: numbered lists cited as the writer typed them.

Plain text citing a numbered list by ``(n)``; AsciiDoc citing a numbered bibliography by
``[n]``; a Markdown page with YAML front matter read as plain text, titled by its front
matter.  The fixtures are the shapes such documents take (written for these tests).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument
from bibcheck.readers.adocnumeric import cites_by_number, number_citations, printed_numbers
from bibcheck.readers.parentext import paragraphs, paren_marked
from bibcheck.readers.plaintext import ITEM
from bibcheck.readers.yamltitle import blank_front, front_title

# ---------------------------------------------------------------- pure functions


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["a", "b", "", "c"], [[0, 1], [3]]),
        (["", "a", "", "", "b", "c", ""], [[1], [4, 5]]),
        (["", "  "], []),
    ],
)
def test_paragraphs(lines: list[str], expected: list[list[int]]) -> None:
    assert paragraphs(lines) == expected


_BODY = [
    "Sleep helps memory (1). Adults too (2, 3), and",
    "children (4–6). We ask: (1) does napping help, and (2)",
    "does timing matter?",
]


def test_paren_marked_writes_citations_in_brackets() -> None:
    assert paren_marked(_BODY, 6) == [
        "Sleep helps memory [1]. Adults too [2, 3], and",
        "children [4–6]. We ask: (1) does napping help, and (2)",
        "does timing matter?",
    ]


@pytest.mark.parametrize(
    ("lines", "size"),
    [
        # an enumeration and a list's labels only
        (["We ask: (1) why, (2) how and (3) when.", "", "(4) a label"], 4),
        # counts, years and equation numbers
        (["Of 120 samples, 31 (26) failed in 2019 (2019).", "", "see Eq. (2) and Eq. (3)"], 3),
        # too few of the list's numbers
        (["As shown (1)."], 8),
        # no list
        (["As shown (1), (2) and (3)."], 0),
    ],
)
def test_paren_marked_none(lines: list[str], size: int) -> None:
    assert paren_marked(lines, size) is None


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("(1) Walker MP. Sleep. 2009.", "1"),
        ("  (12) Chen G. Nanoscale. 2005.", "12"),
        ("1. Walker MP. Sleep. 2009.", "1"),
        ("[3] Walker MP. Sleep. 2009.", None),  # (bracketed: its own group)
    ],
)
def test_item_in_parentheses(line: str, number: str | None) -> None:
    m = ITEM.match(line)
    assert m is not None
    assert m.group("b") == number


def test_item_half_parenthesis_is_no_item() -> None:
    assert ITEM.match("(1. Walker") is None


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ([("ref1", "1"), ("ref2", "2")], {"1": "ref1", "2": "ref2"}),
        ([("a", " [1] "), ("b", "2.")], {"1": "a", "2": "b"}),
        ([("a", "1"), ("b", None)], {}),  # not all numbered
        ([("a", "Smith 2020"), ("b", "2")], {}),
        ([("a", "1"), ("b", "1")], {}),  # a number twice
        ([], {}),
    ],
)
def test_printed_numbers(printed: list[tuple[str, str | None]], expected: dict[str, str]) -> None:
    assert printed_numbers(printed) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("warms [1]. Some [2, 3] and [4-6].", [["1"], ["2", "3"], ["4", "5", "6"]]),
        ("as IEEE writes [4]–[6].", [["4", "5", "6"]]),
        ("press kbd:[1] or link:page.html[2] or a[3]", []),
        ("a list [1][2] or [1]_x_ or #[5]", []),
    ],
)
def test_number_citations(line: str, expected: list[list[str]]) -> None:
    assert [found for _, _, found in number_citations(line)] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["a [1]. b [2, 3].", "c [4]"], True),
        (["only [3] once"], False),
        (["a [1][2] kbd:[3] x[4]"], False),
    ],
)
def test_cites_by_number(lines: list[str], expected: bool) -> None:
    numbers = {str(n): f"ref{n}" for n in range(1, 5)}
    assert cites_by_number(lines, numbers) is expected


@pytest.mark.parametrize(
    ("text", "title", "blanked"),
    [
        ('---\ntitle: "A B"\nauthor: X\n---\nBody\n', "A B", "\n\n\n\nBody\n"),
        ("---\ntitle: >\n  Two\n  lines\n---\nBody", "Two lines", "\n\n\n\n\nBody"),
        ("---\nauthor: X\n---\nBody\n", None, "\n\n\nBody\n"),
        ("# Heading\n\n---\nBody\n", None, "# Heading\n\n---\nBody\n"),
    ],
)
def test_front_matter(text: str, title: str | None, blanked: str) -> None:
    assert front_title(text) == title
    assert blank_front(text) == blanked


# ---------------------------------------------------------------- whole documents

_VANCOUVER_TXT = """\
Effects of sleep on memory

Sleep supports the consolidation of declarative memory (1). Several
studies have confirmed this in adults (2, 3), and the effect extends to
children (4–6). We asked two questions: (1) does napping help, and (2)
does timing matter? Of 40 children, 12 (30%) napped daily.

References

1. Walker MP. The role of sleep in cognition and emotion. Ann N Y Acad Sci. 2009;1156:168-197.
2. Diekelmann S, Born J. The memory function of sleep. Nat Rev Neurosci. 2010;11(2):114-126.
3. Rasch B, Born J. About sleep's role in memory. Physiol Rev. 2013;93(2):681-766.
4. Wilhelm I, Diekelmann S, Born J. Sleep in children improves memory performance.
   Learn Mem. 2008;15(5):373-377.
5. Kurdziel L, Duclos K, Spencer RM. Sleep spindles in midday naps enhance learning in
   preschool children. Proc Natl Acad Sci U S A. 2013;110(43):17267-17272.
6. Backhaus J, Hoeckesfeld R, Born J. Post learning sleep enhances memory in children.
   Neurobiol Learn Mem. 2008;89(1):76-80.
"""

_PAREN_ITEMS_TXT = """\
A note on heat in thin films

The classical model (1) predicts the decay rate. The energy balance is

    q = k dT/dx                                   (1)

and from Eq. (2) we obtain the flux. Later work refined this (2, 3) and
measured films down to 5 nm (4-5).

References

(1) Fourier J. The Analytical Theory of Heat. Cambridge University Press; 1878.
(2) Chen G. Nanoscale Energy Transport and Conversion. Oxford University Press; 2005.
(3) Cahill DG, Ford WK, Goodson KE. Nanoscale thermal transport. J Appl Phys. 2003;93(2):793-818.
(4) Ju YS, Goodson KE. Phonon scattering in silicon films. Appl Phys Lett. 1999;74(20):3005-3007.
(5) Liu W, Asheghi M. Thermal conduction in ultrathin silicon layers. J Appl Phys. 2005;98(12):123523.
"""


def _read(tmp_path: Path, name: str, text: str) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def _cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    """The document's citations (markers) as ``(label, line)``, in the text's order."""
    found = [(m.line, m.column, f.label) for f in doc.footnotes for m in f.markers]
    found += [(m.line, m.column, m.label) for m in doc.stray_markers]
    return [(label, line) for line, _, label in sorted(found)]


def test_plain_text_cites_in_parentheses(tmp_path: Path) -> None:
    doc = _read(tmp_path, "sleep.txt", _VANCOUVER_TXT)
    assert doc.reader == "plain-text"
    assert doc.title == "Effects of sleep on memory"
    assert _cites(doc) == [("1", 3), ("2", 4), ("3", 4), ("4", 5), ("5", 5), ("6", 5)]
    assert [e.label for e in doc.literature] == ["1", "2", "3", "4", "5", "6"]
    assert [e.line for e in doc.literature] == [10, 11, 12, 13, 15, 17]
    assert sorted(n.label for n in doc.footnotes) == ["1", "2", "3", "4", "5", "6"]
    assert not doc.all_anomalies()


def test_plain_text_list_numbered_in_parentheses(tmp_path: Path) -> None:
    doc = _read(tmp_path, "heat.txt", _PAREN_ITEMS_TXT)
    assert doc.reader == "plain-text"
    # (not the equation's number, nor "Eq. (2)")
    assert _cites(doc) == [("1", 3), ("2", 7), ("3", 7), ("4", 8), ("5", 8)]
    assert [e.line for e in doc.literature] == [12, 13, 14, 15, 16]
    assert doc.literature[1].reference is not None
    assert doc.literature[1].reference.year == 2005
    assert not doc.all_anomalies()


def test_plain_text_enumerations_without_a_list_are_no_citations(tmp_path: Path) -> None:
    text = (
        "Meeting notes\n\nWe agreed on three steps: (1) collect the data, (2) clean it\n"
        "and (3) write the summary. The budget was 400 (20%) of the total (2).\n\n"
        "Action items\n\n1. Alice sends the data.\n2. Bob drafts the summary.\n"
    )
    with pytest.raises(Exception, match="no reader recognises"):
        _read(tmp_path, "notes.txt", text)


def test_plain_text_brackets_still_win(tmp_path: Path) -> None:
    text = _VANCOUVER_TXT.replace("memory (1).", "memory [1].").replace("(2, 3)", "[2, 3]")
    doc = _read(tmp_path, "mixed.txt", text)
    # a body citing by [n] is read by its brackets alone: "(4–6)" is not read
    assert _cites(doc) == [("1", 3), ("2", 4), ("3", 4)]


_ADOC_KEYED = """\
= Reef fish and warming seas
Jane Doe

== Introduction

Coral reef fish change their range as the sea warms [1]. Some species
move poleward by kilometres a decade [2, 3], and larval survival falls
at higher temperatures [4]. Press kbd:[1] to see the map.

[bibliography]
== References

- [[[ref1, 1]]] Pinsky ML, Worm B. Marine taxa track local climate velocities. Science. 2013;341:1239-1242.
- [[[ref2, 2]]] Poloczanska ES, Brown CJ. Global imprint of climate change on marine life. Nat Clim Chang. 2013;3:919-925.
- [[[ref3, 3]]] Sunday JM, Bates AE. Thermal tolerance and the redistribution of animals. Nat Clim Chang. 2012;2:686-690.
- [[[ref4, 4]]] Pankhurst NW, Munday PL. Climate change and fish reproduction. Mar Freshw Res. 2011;62(9):1015-1026.
"""

_ADOC_ORDERED = """\
= Reef fish and warming seas

Coral reef fish change their range as the sea warms [1]. Some species
move poleward by kilometres a decade [2]–[4], as one survey [6] found.

== References

. Pinsky ML, Worm B. Marine taxa track local climate velocities. Science. 2013;341:1239-1242.
. Poloczanska ES, Brown CJ. Global imprint of climate change on marine life. Nat Clim Chang. 2013;3:919-925.
. Sunday JM, Bates AE. Thermal tolerance and the redistribution of animals. Nat Clim Chang. 2012;2:686-690.
. Pankhurst NW, Munday PL. Climate change and fish reproduction. Mar Freshw Res. 2011;62(9):1015-1026.
"""


def test_adoc_numbers_cite_keyed_entries(tmp_path: Path) -> None:
    doc = _read(tmp_path, "reef.adoc", _ADOC_KEYED)
    assert doc.reader == "asciidoc"
    assert _cites(doc) == [("ref1", 6), ("ref2", 7), ("ref3", 7), ("ref4", 8)]
    assert [e.label for e in doc.literature] == ["ref1", "ref2", "ref3", "ref4"]
    assert not doc.all_anomalies()


def test_adoc_numbers_cite_ordered_list(tmp_path: Path) -> None:
    doc = _read(tmp_path, "reef.adoc", _ADOC_ORDERED)
    assert _cites(doc) == [("1", 3), ("2", 4), ("3", 4), ("4", 4), ("6", 4)]
    assert [e.label for e in doc.literature] == ["1", "2", "3", "4"]
    # [6] of a list of 4: a citation of a missing entry, said
    assert [a.footnote for a in doc.all_anomalies()] == ["6"]


def test_adoc_bulleted_list_is_not_numbered(tmp_path: Path) -> None:
    text = _ADOC_ORDERED.replace("\n. ", "\n* ")
    doc = _read(tmp_path, "reef.adoc", text)
    assert _cites(doc) == []


def test_adoc_xref_citations_unchanged(tmp_path: Path) -> None:
    text = _ADOC_KEYED.replace("warms [1]", "warms <<ref1>>").replace("[2, 3]", "<<ref2>>")
    text = text.replace("temperatures [4]", "temperatures <<ref4>>")
    doc = _read(tmp_path, "reef.adoc", text)
    assert _cites(doc) == [("ref1", 6), ("ref2", 7), ("ref4", 8)]


_FRONT_MD = """\
---
title: "Soil carbon under cover crops"
author: Jane Doe
date: 2024-03-01
---

Cover crops raise soil organic carbon in the topsoil [1]. The gain is
larger under no-till [2, 3] and grows with the years of cover [4].

References

1. Poeplau C, Don A. Carbon sequestration via cover crops. Agric Ecosyst Environ. 2015;200:33-41.
2. Jian J, Du X. Cropland soil carbon changes due to cover cropping. Soil Biol Biochem. 2020;143:107735.
3. Blanco-Canqui H. Cover crops and carbon sequestration. Agron J. 2022;114(6):3027-3048.
4. McClelland SC, Paustian K. Cover crops and soil organic carbon stocks. Ecol Appl. 2021;31(3):e02278.
"""


def test_markdown_front_matter_title(tmp_path: Path) -> None:
    doc = _read(tmp_path, "soil.md", _FRONT_MD)
    assert doc.reader == "plain-text"
    assert doc.title == "Soil carbon under cover crops"
    assert _cites(doc) == [("1", 7), ("2", 8), ("3", 8), ("4", 8)]
    assert [e.line for e in doc.literature] == [12, 13, 14, 15]
    assert not doc.all_anomalies()


def test_markdown_front_matter_without_title(tmp_path: Path) -> None:
    text = _FRONT_MD.replace('title: "Soil carbon under cover crops"\n', "")
    doc = _read(tmp_path, "soil.md", text)
    # (the front matter's "---" is no title; the first line cites, so it is none either)
    assert doc.title is None
    assert _cites(doc) == [("1", 6), ("2", 7), ("3", 7), ("4", 7)]
