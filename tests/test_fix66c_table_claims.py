"""Claims of citations inside tables and captions (fix66c).

A citation in a table's cell supports its row (the cells joined, the header left out),
or the cell itself when the cell is a sentence of its own; never the whole table nor the
paragraph before it.  Markdown pipe and grid tables, Org tables, HTML ``<table>``,
wikitext ``{|`` tables, reStructuredText grid tables, AsciiDoc ``|===`` tables, Word and
OpenDocument tables; a caption's citation claims the caption, its label (``Table:``, the
block title's dot, ``|+``) no part of it.  All text written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RawMarker, TextBlock
from bibcheck.readers.markuptables import (
    Cell,
    Rule,
    caption_label,
    grid_columns,
    is_row,
    is_sentence,
    row_cells,
    rule_kind,
)
from bibcheck.readers.rowjoin import join_rows
from tests.helpers import claims_by_label
from tests.test_fix63m_captions_cells import odt
from tests.test_reader_docx import build_docx, note, p, ref, t


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("|-------|:------:|---|", Rule.PIPE),
        ("------|------", Rule.PIPE),
        ("|---------------+----------+-----|", Rule.PIPE),  # Org
        ("+-------+--------+", Rule.GRID),
        ("+=======+========+", Rule.GRID),
        ("---", None),  # a thematic break
        ("=====", None),  # a setext underline
        ("| a | b |", None),
    ],
)
def test_rule_kind(line: str, kind: Rule | None) -> None:
    assert rule_kind(line) is kind


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("| Osprey survey | cohort | nests doubled |", True),
        ("|Kite count |transect", True),
        ("| A line block of verse", False),
        ("Not | a row", False),
    ],
)
def test_is_row(line: str, row: bool) -> None:
    assert is_row(line) is row


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("| Osprey | 120 |", [Cell(2, "Osprey"), Cell(11, "120")]),
        ("|a \\| b|c", [Cell(1, "a \\| b"), Cell(8, "c")]),
        ("|  |x|", [Cell(4, "x")]),
    ],
)
def test_row_cells(line: str, cells: list[Cell]) -> None:
    assert row_cells(line) == cells


def test_grid_columns_read_down_each_cell() -> None:
    lines = ["| Osprey  | nests   |", "| survey  | doubled |"]
    columns = grid_columns(lines)
    assert [[c.text for c in col] for col in columns] == [
        ["Osprey", "survey"],
        ["nests", "doubled"],
    ]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Nests on the pylons doubled within five years.", True),
        ("Les nids ont doublé en cinq ans.", True),
        ("Die Zahl der Nester hat sich verdoppelt.", True),
        ("鹗的巢数量在五年内翻了一番。", True),
        ("No change.", False),  # a value of its row
        ("nests doubled over five years.", False),  # opens in lower case
        ("Osprey survey", False),
    ],
)
def test_is_sentence(text: str, sentence: bool) -> None:
    assert is_sentence(text) is sentence


@pytest.mark.parametrize(
    ("line", "length"), [("Table: Studies of kites", 7), ("table: x", 7), ("Tables: x", 0)]
)
def test_caption_label(line: str, length: int) -> None:
    assert caption_label(line) == length


def test_join_rows_moves_markers_to_the_row_end() -> None:
    blocks = [
        TextBlock("Prose before.", ((0, 1),)),
        TextBlock("Osprey survey", ((0, 2),)),
        TextBlock("nests doubled", ((0, 3),)),
        TextBlock("Prose after.", ((0, 4),)),
    ]
    markers = [RawMarker("1", 3, 14, 2, 13), RawMarker("2", 4, 13, 3, 12)]
    joined, moved = join_rows(blocks, markers, [[(2, 0), (3, 1)]])
    assert [b.text for b in joined] == [
        "Prose before.",
        "Osprey survey nests doubled",
        "Prose after.",
    ]
    assert [(m.block, m.offset) for m in moved] == [(1, 27), (2, 12)]


# --------------------------------------------------------------------------- documents

_YAML = """\
---
title: Raptors
references:
- id: lind
  title: Ospreys of the wet fens
- id: amos
  title: Kites over dry valleys
- id: oduya
  title: Kestrel densities
---

"""

_PIPE = (
    _YAML
    + """\
Raptors have returned to the fens. The studies below measured them.

| Study | Design | n | Outcome |
|-------|--------|---|---------|
| Osprey survey | cohort | 120 | nests doubled [@lind] |
| Kite count | transect | 48 | no change [@amos] |

Table: Studies of raptor recovery in the fens [@oduya].
"""
)

_BARE_PIPE = (
    _YAML
    + """\
Les rapaces sont revenus dans les marais.

Étude | Année | Résultat
------|-------|---------
Balbuzards | 2012 | Les nids ont doublé en cinq ans [@lind].
milans | 2014 | aucun changement [@amos]
"""
)

_GRID = (
    _YAML
    + """\
Raptors have returned to the fens. The studies below measured them.

+---------------+----------+---------------+
| Study         | Design   | Outcome       |
+===============+==========+===============+
| Osprey survey | cohort   | nests doubled |
| in the fens   |          | [@lind]       |
+---------------+----------+---------------+
| Kite count    | transect | no change     |
|               |          | [@amos]       |
+---------------+----------+---------------+
"""
)

_ORG = """\
#+TITLE: Greifvögel

* Ergebnisse
Die Greifvögel sind in die Marschen zurückgekehrt.

#+CAPTION: Studien zur Erholung der Greifvögel [fn:3]
| Studie        | Design   | Ergebnis             |
|---------------+----------+----------------------|
| Fischadler    | Kohorte  | Nester verdoppelt [fn:1] |
| Milan         | Transekt | keine Änderung [fn:2] |

* Fußnoten
[fn:1] P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.
[fn:2] R. Amos, "Kites over dry valleys," J. Raptor Stud., vol. 12, pp. 45-60, 2014.
[fn:3] K. Oduya, "Kestrel densities," Bird Study, vol. 3, pp. 1-9, 2017.
"""

_REFS_HTML = """<h2>References</h2><ol>
<li id="r1">P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.</li>
<li id="r2">R. Amos, "Kites over dry valleys," J. Raptor Stud., vol. 12, pp. 45-60, 2014.</li>
</ol></body></html>
"""

_HTML = (
    """<html><head><title>Хищные птицы</title></head><body>
<h1>Результаты</h1>
<p>Хищные птицы вернулись на болота.</p>
<table>
<tr><th>Исследование</th><th>Дизайн</th><th>Итог</th></tr>
<tr><td>Учёт скоп</td><td>когорта</td><td>гнёзд вдвое больше <a href="#r1">[1]</a></td></tr>
<tr><td>Учёт коршунов</td><td>трансекта</td><td>без изменений <a href="#r2">[2]</a></td></tr>
</table>
<p>Пустельг считали отдельно.</p>
"""
    + _REFS_HTML
)

_WIKI = """\
'''Raptors''' have returned to the fens. The studies below measured them.

{| class="wikitable"
|+ Studies of raptor recovery<ref>K. Oduya, "Kestrel densities," Bird Study, 2017.</ref>
! Study !! Design !! Outcome
|-
| Osprey survey || cohort || nests doubled<ref>P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.</ref>
|-
| Kite count
| transect
| no change<ref>R. Amos, "Kites over dry valleys," J. Raptor Stud., 2014.</ref>
|}

Kestrels were counted separately.

== References ==
<references />
"""

_RST = """\
Raptors
=======

Raptors have returned to the fens. The studies below measured them.

+---------------+----------+----------------------+
| Study         | Design   | Outcome              |
+===============+==========+======================+
| Osprey survey | cohort   | nests doubled [1]_   |
+---------------+----------+----------------------+
| Kite count    | transect | no change [2]_       |
+---------------+----------+----------------------+

.. list-table:: Raptor counts
   :header-rows: 1

   * - Study
     - Outcome
   * - Heron census
     - stable [3]_

Kestrels were counted separately.

.. [1] P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.
.. [2] R. Amos, "Kites over dry valleys," J. Raptor Stud., vol. 12, pp. 45-60, 2014.
.. [3] K. Oduya, "Kestrel densities," Bird Study, vol. 3, pp. 1-9, 2017.
"""

_ADOC = """\
= Raptors

Raptors have returned to the fens. The studies below measured them.

.Studies of raptor recovery footnote:[K. Oduya, "Kestrel densities," Bird Study, 2017.]
|===
|Study |Design |Outcome

|Osprey survey |cohort |nests doubled footnote:[P. Lind, Ospreys of the Wet Fens, 2012.]
|Kite count |transect |no change footnote:[R. Amos, "Kites over dry valleys," 2014.]
|===

Kestrels were counted separately.
"""

_ADOC_LINES = """\
= Raptors

Raptors have returned to the fens.

[cols="2,3,2"]
|===
|Study |Outcome |Source

|Osprey survey
|nests doubled
|<<lind>>

|Kite count
|no change footnote:[R. Amos, "Kites over dry valleys," 2014.]
|<<lind>>
|===

Kestrels were counted separately.

[bibliography]
== References

* [[[lind]]] P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.
"""


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "pipe.md",
            _PIPE,
            {
                "lind": "Osprey survey cohort 120 nests doubled",
                "amos": "Kite count transect 48 no change",
                "oduya": "Studies of raptor recovery in the fens",
            },
        ),
        (
            "bare.md",
            _BARE_PIPE,
            {
                "lind": "Les nids ont doublé en cinq ans",  # a sentence cell: the cell
                "amos": "milans 2014 aucun changement",
            },
        ),
        (
            "grid.md",
            _GRID,
            {
                "lind": "Osprey survey in the fens cohort nests doubled",
                "amos": "Kite count transect no change",
            },
        ),
        (
            "birds.org",
            _ORG,
            {
                "1": "Fischadler Kohorte Nester verdoppelt",
                "2": "Milan Transekt keine Änderung",
                "3": "Studien zur Erholung der Greifvögel",
            },
        ),
        (
            "birds.html",
            _HTML,
            {
                "1": "Учёт скоп когорта гнёзд вдвое больше",
                "2": "Учёт коршунов трансекта без изменений",
            },
        ),
        (
            "birds.wiki",
            _WIKI,
            {
                "1": "Studies of raptor recovery",
                "2": "Osprey survey cohort nests doubled",
                "3": "Kite count transect no change",
            },
        ),
        (
            "birds.rst",
            _RST,
            {
                "1": "Osprey survey cohort nests doubled",
                "2": "Kite count transect no change",
                "3": "Heron census stable",
            },
        ),
        (
            "birds.adoc",
            _ADOC,
            {
                "1": "Studies of raptor recovery",
                "2": "Osprey survey cohort nests doubled",
                "3": "Kite count transect no change",
            },
        ),
        (
            "lines.adoc",
            _ADOC_LINES,
            {"lind": "Kite count no change", "1": "Kite count no change"},
        ),
    ],
)
def test_a_citation_in_a_table_claims_its_row(
    name: str, text: str, expected: dict[str, str]
) -> None:
    claims = claims_by_label(parse_bytes(text.encode(), name))
    for label, claim in expected.items():
        assert claims.get(label) == claim, claims


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in cells) + "</w:tr>"


def test_word_table_row() -> None:
    body = [
        p(t("Raptors"), style="Title"),
        p(t("Raptors have returned to the fens. The studies below measured them.")),
        "<w:tbl>"
        + _row(p(t("Study")), p(t("Design")), p(t("Outcome")))
        + _row(p(t("Osprey survey")), p(t("cohort")), p(t("nests doubled"), ref(1)))
        + _row(
            p(t("Kite count")),
            p(t("transect")),
            p(t("No change in the number of kites was found."), ref(2)),
        )
        + "</w:tbl>",
        p(t("Kestrels were counted separately.")),
    ]
    notes = [
        note(1, t("P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.")),
        note(2, t("R. Amos, Kites over dry valleys. J. Raptor Stud. 12, 2014.")),
    ]
    claims = claims_by_label(parse_bytes(build_docx(body=body, footnotes=notes), "birds.docx"))
    assert claims == {
        "1": "Osprey survey cohort nests doubled",
        "2": "No change in the number of kites was found.",
    }


def test_opendocument_table_row() -> None:
    doc = odt(
        [
            "Raptors have returned to the fens.",
            "|Study|Design|Outcome|",
            "|Osprey survey|cohort|nests doubled{fn:P. Lind, Ospreys of the Wet Fens, 2012.}|",
            "|Kite count|transect|no change{fn:R. Amos, Kites over dry valleys, 2014.}|",
            "Kestrels were counted separately.",
        ]
    )
    assert claims_by_label(doc) == {
        "1": "Osprey survey cohort nests doubled",
        "2": "Kite count transect no change",
    }


def test_a_row_of_one_cell_is_a_box_not_a_row() -> None:
    blocks = [TextBlock("Box heading", ((0, 1),)), TextBlock("The box's prose ends.", ((0, 2),))]
    markers = [RawMarker("1", 2, 22, 1, 21)]
    joined, moved = join_rows(blocks, markers, [[(1, 0), (2, 0)]])
    assert joined == blocks and moved == markers
