"""fix61k: Markdown reading lists whose entries carry a bold number (``**[1]**``,
``**1.**``, ``- [1]``), grouped under topic headings or not, with or without a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.readers.boldlist import BOLD_ITEM, bold_list, work_like


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ('**[1]** Okafor, C. "Tides." Ocean 2 (2019).', "1"),
        ("__[12]__ Varga, I. *Sediments*. 2011.", "12"),
        ("**3.** Lund, M. *Waves*. 2010.", "3"),
        ('- [4] Brandt, O. "Waves." 2015.', "4"),
        ('* **[5]** Haddad, R. "Spectra." 2017.', "5"),
        ("**1**. Install it.", None),
        ("**[1] Okafor", None),
    ],
)
def test_bold_item(line: str, label: str | None) -> None:
    m = BOLD_ITEM.match(line)
    assert (m.group("a") or m.group("b") if m else None) == label


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ('Okafor, Chidi, and Maja Lund. "Tidal mixing." Ocean Letters 12 (2019).', True),
        ("Varga, Imre. *Sediment transport*. Delta Press, 2011.", True),
        ("C. Okafor and M. Lund. “Tidal mixing”, 2019.", True),
        ("van Dijk, T. _Tides of time_ (2001)", True),
        ("Install the package with pip, version 2.0 from 2021.", False),
        ('Read the "Getting started" guide.', False),
        ('Okafor, Chidi. "Tidal mixing." Ocean Letters.', False),  # no year
    ],
)
def test_work_like(text: str, work: bool) -> None:
    assert work_like(text) is work


_ROADMAP = """# Reading roadmap for ocean modelling

A list of papers to read, oldest first.

## 1 Foundations

### 1.1 Mixing

**[1]** Okafor, Chidi, and Maja Lund. "Tidal mixing on continental shelves." Ocean Letters 12.3 (2019): 44-58. [[pdf]](https://example.org/okafor2019.pdf) **(Start here)**

**[2]** Varga, Imre. *Sediment transport in estuaries*. Delta Press, 2011. [[pdf]](https://example.org/varga.pdf)

### 1.2 Waves

**[3]** Brandt, Olaf, Ana Costa, and Wei Zhang. "Internal waves revisited." Journal of Fluid Studies 88 (2015). [[pdf]](https://example.org/brandt.pdf)

**[4]** Haddad, Rima. "A spectral wave model." Proceedings of the Coastal Modelling Workshop, 2017. [[url]](https://example.org/haddad)
"""


def test_bold_list_span() -> None:
    assert bold_list(_ROADMAP.split("\n")) == (8, 16)
    steps = ["**1.** Install it, 2021.", "", "**2.** Run it.", ""]
    assert bold_list(steps) is None
    prose = [
        '**[1]** Okafor, C. "Tides." 2019.',
        "",
        "Some prose.",
        "",
        '**[2]** Lund, M. "W." 2010.',
    ]
    assert bold_list(prose) is None


def _doc(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "list.md"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def test_roadmap_without_references_heading(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _ROADMAP)
    assert doc.reader == "markdown-links"
    assert doc.footnotes == ()
    got = [
        (e.label, e.line, e.reference.authors, e.reference.title, e.reference.year, e.reference.url)
        for e in doc.literature
    ]
    assert got == [
        (
            "1",
            9,
            ("Okafor, Chidi", "Maja Lund"),
            "Tidal mixing on continental shelves",
            2019,
            "https://example.org/okafor2019.pdf",
        ),
        (
            "2",
            11,
            ("Varga, Imre",),
            "Sediment transport in estuaries",
            2011,
            "https://example.org/varga.pdf",
        ),
        (
            "3",
            15,
            ("Brandt, Olaf", "Ana Costa", "Wei Zhang"),
            "Internal waves revisited",
            2015,
            "https://example.org/brandt.pdf",
        ),
        ("4", 17, ("Haddad, Rima",), "A spectral wave model", 2017, "https://example.org/haddad"),
    ]
    assert doc.all_anomalies() == []
    assert analyse_document(doc, {}, {}) == []


def test_bold_numbers_after_a_heading_body_link_is_cited(tmp_path: Path) -> None:
    text = (
        "## Papers\n\n"
        '**1.** Okafor, C. and Lund, M. "Tidal mixing on continental shelves." *Ocean Letters*, 2019.\n'
        "[[paper]](https://example.org/okafor)\n\n"
        "**2.** Varga, I. *Sediment transport in estuaries*. Delta Press, 2011.\n\n"
        '**3.** Brandt, O. "Internal waves revisited." *Journal of Fluid Studies*, 2015.\n\n'
        "Some closing words, with [a link](https://example.org/blog).\n"
    )
    doc = _doc(tmp_path, text)
    assert [(e.label, e.line, e.reference.url) for e in doc.literature] == [
        ("1", 3, "https://example.org/okafor"),
        ("2", 6, None),
        ("3", 8, None),
    ]
    assert [(n.label, n.line) for n in doc.footnotes] == [("L1", 10)]
    assert [a.code.value for a in doc.all_anomalies()] == []


def test_cited_bold_list_under_references(tmp_path: Path) -> None:
    text = (
        "# Shelf seas\n\n"
        "Tidal mixing dominates on broad shelves [1], while sediment sets the turbidity [2].\n\n"
        "## References\n\n"
        '**[1]** Okafor, Chidi, and Maja Lund. "Tidal mixing on continental shelves." Ocean Letters 12.3 (2019): 44-58.\n\n'
        "**[2]** Varga, Imre. *Sediment transport in estuaries*. Delta Press, 2011.\n\n"
        '**[3]** Brandt, Olaf. "Internal waves revisited." Journal of Fluid Studies 88 (2015).\n\n'
        "## Acknowledgements\n\nWe thank the crew of the survey ship.\n"
    )
    doc = _doc(tmp_path, text)
    assert doc.reader == "markdown-links"
    assert [(n.label, n.line) for n in doc.footnotes] == [("1", 7), ("2", 9)]
    assert [e.label for e in doc.literature] == ["1", "2", "3"]
    # a list under References that the body cites: its uncited entry is a finding
    assert [(a.code.value, a.line) for a in doc.all_anomalies()] == [("literature-uncited", 11)]


def test_numbered_steps_are_no_reading_list(tmp_path: Path) -> None:
    text = (
        "# gridkit\n\n**1.** Install the package with pip, version 2.0 from 2021.\n\n"
        "**2.** Run `gridkit init` in your project.\n\n"
        '**3.** Read the "Getting started" guide at [the docs](https://example.org/docs).\n\n'
        "See [the changelog](https://example.org/changelog) for news.\n"
    )
    doc = _doc(tmp_path, text)
    assert doc.literature == ()
    assert [n.label for n in doc.footnotes] == ["L1", "L2"]


def test_references_list_above_a_bold_reading_list_stays_the_list(tmp_path: Path) -> None:
    text = (
        "# Shelf seas\n\nTidal mixing dominates [1].\n\n## References\n\n"
        '1. Okafor, Chidi. "Tidal mixing on continental shelves." Ocean Letters 12 (2019).\n\n'
        "## Further reading\n\n"
        "**[A1]** is not a number, so:\n\n"
        "**1.** Varga, Imre. *Sediment transport in estuaries*. Delta Press, 2011.\n\n"
        '**2.** Brandt, Olaf. "Internal waves revisited." Journal of Fluid Studies 88 (2015).\n'
    )
    doc = _doc(tmp_path, text)
    assert [n.label for n in doc.footnotes] == ["1"]
    assert doc.literature[0].label == "1"
    assert doc.literature[0].line == 7
    assert doc.literature[0].reference.title == "Tidal mixing on continental shelves"
