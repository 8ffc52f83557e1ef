"""Markdown written by Pandoc's citeproc: ``<sup>[1](#ref-a),[2](#ref-b)</sup>`` citations and
``<div id="ref-a" class="csl-entry">`` references (one entry each, never a bare tag as an
entry).  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.common import read_list, read_paragraph_list
from bibcheck.readers.cslmarkdown import rewrite

SUPS = [
    ("one link", "Cells<sup>[4](#ref-Ito2019)</sup>.", "Cells<sup>4</sup>."),
    ("two links", "A<sup>[1](#ref-a),[2](#ref-b-2)</sup> b", "A<sup>1,2</sup> b"),
    ("a range", "A<sup>[3](#ref-c)–[5](#ref-e)</sup>.", "A<sup>3–5</sup>."),
    ("spaces, semicolons", "A<sup>[3](#ref-c); [7](#ref-g)</sup>", "A<sup>3;7</sup>"),
    ("an entity dash", "A<sup>[3](#ref-c)&ndash;[5](#ref-e)</sup>", "A<sup>3–5</sup>"),
    (
        "two groups",
        "A<sup>[1](#ref-a)</sup>, B<sup>[9](#ref-i)</sup>",
        "A<sup>1</sup>, B<sup>9</sup>",
    ),
    ("an affiliation", "Ana Lima<sup>1,2</sup>", "Ana Lima<sup>1,2</sup>"),
    ("a link elsewhere", "<sup>[1](#fig-1)</sup>", "<sup>[1](#fig-1)</sup>"),
]


@pytest.mark.parametrize(("line", "expected"), [s[1:] for s in SUPS], ids=[s[0] for s in SUPS])
def test_linked_superscripts(line: str, expected: str) -> None:
    assert rewrite([line]).lines == [expected]


BIBLIOGRAPHY = [
    "## References",
    "",
    '<div id="refs" class="references csl-bib-body" line-spacing="2">',
    "",
    '<div id="ref-Ito2019" class="csl-entry">',
    "",
    '<span class="csl-left-margin">1. </span><span class="csl-right-inline">Ito, K. &'
    " Berg, P. Folding in the cold. *J. Cryo.* **4**, 1–9 (2019).</span>",
    "",
    "</div>",
    "",
    "<div id=\"ref-Mora2021\" class='csl-entry'>",
    "",
    '<span class="csl-left-margin">2</span><span class="csl-right-inline">Mora, L.'
    ' <span class="nocase">tRNA</span> pools. *Cell Rep.* **8**, 10 (2021).</span>',
    "",
    "</div>",
    "",
    "</div>",
    "",
    "# Methods",
]


def test_entries() -> None:
    doc = rewrite(BIBLIOGRAPHY)
    assert doc.bibliography == (2, 16)
    assert [line for line in doc.lines if line.strip()] == [
        "## References",
        "1. Ito, K. & Berg, P. Folding in the cold. *J. Cryo.* **4**, 1–9 (2019).",
        "2. Mora, L. tRNA pools. *Cell Rep.* **8**, 10 (2021).",
        "# Methods",
    ]
    assert len(doc.lines) == len(BIBLIOGRAPHY)


MANUSCRIPT = (
    "# Cold folding\n\n"
    "Ana Lima<sup>1</sup>, Rui Sousa<sup>1,2</sup>\n\n"
    "<sup>1</sup> Institute of Cryobiology, Porto\n"
    "<sup>2</sup> Department of Physics, University of Braga\n\n"
    "## Introduction\n\n"
    "Proteins fold slowly in the cold<sup>[1](#ref-Ito2019),[2](#ref-Mora2021)</sup>.\n"
    "Pools shift<sup>[2](#ref-Mora2021)–[4](#ref-Abe2020)</sup>.\n\n"
    "## References\n\n"
    '<div id="refs" class="references csl-bib-body">\n\n'
    + "".join(
        f'<div id="ref-{key}" class="csl-entry">\n\n<span class="csl-left-margin">{n}. </span>'
        f'<span class="csl-right-inline">{text}</span>\n\n</div>\n\n'
        for n, key, text in [
            (1, "Ito2019", "Ito, K. Folding in the cold. *J. Cryo.* **4**, 1–9 (2019)."),
            (2, "Mora2021", "Mora, L. Pools. *Cell Rep.* **8**, 10 (2021)."),
            (3, "Dias2018", "Dias, F. Ice. *Nat. Phys.* **2**, 5 (2018)."),
            (4, "Abe2020", "Abe, T. Chaperones. *EMBO J.* **9**, 7 (2020)."),
            (5, "Sato2022", "Sato, Y. Sequencing. *Genome Res.* **3**, 2 (2022)."),
        ]
    )
    + "</div>\n\n# Methods\n\nReads were aligned as before<sup>[5](#ref-Sato2022)</sup>.\n"
)


def test_a_citeproc_manuscript(tmp_path: Path) -> None:
    path = tmp_path / "manuscript.md"
    path.write_text(MANUSCRIPT, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "sup-markdown"
    cited = sorted((f.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 10), ("2", 10), ("2", 11), ("3", 11), ("4", 11), ("5", 51)]
    assert [e.label for e in doc.literature] == ["1", "2", "3", "4", "5"]
    assert [e.reference.year for e in doc.literature if e.reference] == [
        2019,
        2021,
        2018,
        2020,
        2022,
    ]
    assert not any("<" in e.reference.raw for e in doc.literature)
    assert not [a for a in doc.all_anomalies() if a.severity.value != "info"]


# A line of tags alone is no entry (author-date citeproc output, an anchor line)
MARKUP_LINES = [
    (
        "entry divs",
        ['<div id="ref-a" class="csl-entry">', "", "Abe, T. 2020. *Ice*. Oslo.", "", "</div>"],
        ["Abe, T. 2020. *Ice*. Oslo."],
    ),
    (
        "an anchor line",
        ['<a id="ref-b"></a>', "Berg, P. 2019. *Snow*. Bergen.", "", "<br/>"],
        ["Berg, P. 2019. *Snow*. Bergen."],
    ),
]


@pytest.mark.parametrize(
    ("lines", "entries"), [m[1:] for m in MARKUP_LINES], ids=[m[0] for m in MARKUP_LINES]
)
def test_tags_alone_are_no_entry(lines: list[str], entries: list[str]) -> None:
    assert [n.text for n in read_paragraph_list(lines, 0, set())] == entries
    numbered = ["1. " + entries[0] if ln == entries[0] else ln for ln in lines]
    notes, _, _ = read_list(numbered, 0, set())
    assert [n.text for n in notes] == entries
