"""Claims in the remaining table shapes (fix66k).

Pandoc's simple tables (columns lined up under a rule of dash runs, header optional) and
multiline tables (a line of dashes above and below, rows apart by blank lines, cells over
several lines): a citation in a cell claims its row, never the whole table; a setext
underline or a thematic break is no table.  AsciiDoc ``|===`` tables with span and
repeat specifiers (``3+|``, ``.2+|``, ``3*|``) in their first line: the columns counted
with the spans.  A citation in a row's ordinary cell claims the whole row, a sentence cell
in it too.  All text written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.adoccells import blank_specs, columns_filled, row_spans
from bibcheck.readers.markuptables import (
    Cell,
    aligned_cells,
    aligned_table_lines,
    claims_row,
    column_spans,
)
from tests.helpers import claims_by_label


@pytest.mark.parametrize(
    ("line", "spans"),
    [
        ("-------  ------", [(0, 7), (9, 15)]),
        ("  ---  -----  --", [(2, 5), (7, 12), (14, 16)]),
        ("-----", None),  # a setext underline, a rule, a multiline table's border
        ("- - -", None),  # a thematic break
        ("--- text ---", None),
        ("|---|---|", None),  # a pipe table's rule
    ],
)
def test_column_spans(line: str, spans: list[tuple[int, int]] | None) -> None:
    assert column_spans(line) == spans


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("Osprey survey  cohort", ["Osprey survey", "cohort"]),
        ("  Kite         48", ["Kite", "48"]),
        ("               right", ["", "right"]),  # a blank first cell
        ("Ein Wort       zwei Worte", ["Ein Wort", "zwei Worte"]),  # spaces in a cell stay
    ],
)
def test_aligned_cells(line: str, cells: list[str]) -> None:
    spans = column_spans("-------------  --------")
    assert spans is not None
    assert [c.text for c in aligned_cells(line, spans)] == cells


def test_aligned_cells_keep_columns() -> None:
    assert aligned_cells("ab   cd", [(0, 3), (5, 7)]) == [Cell(0, "ab"), Cell(5, "cd")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Study  n\n-----  --\nKite   4\n\nAfter.", {0, 1, 2}),
        ("Before.\n\n-----  --\nKite   4\n-----  --\n\nAfter.", {2, 3, 4}),
        ("-----------\nA   B\n---  ---\nx   y\n\nz   w\n-----------\n\nAfter.", set(range(7))),
        ("Heading\n-------\n\nText.\n\n- - -\n\nMore.", set()),
    ],
)
def test_aligned_table_lines(text: str, rows: set[int]) -> None:
    assert aligned_table_lines(text.split("\n")) == rows


@pytest.mark.parametrize(
    ("offset", "sentences", "whole"),
    [(30, [(10, 25)], True), (20, [(10, 25)], False), (5, [(10, 25)], True), (9, [], True)],
)
def test_claims_row(offset: int, sentences: list[tuple[int, int]], whole: bool) -> None:
    assert claims_row(offset, sentences) is whole


def test_adoc_row_spans() -> None:
    assert row_spans(".2+|Fens |Osprey 2.3+|x |y") == [(1, 1), (2, 2)]
    assert row_spans("2+|a |b") == []


@pytest.mark.parametrize(
    ("line", "columns", "blanked"),
    [
        ("2+|Studie |Ergebnis", 3, "  |Studie |Ergebnis"),
        ("3+|Titel", 3, "  |Titel"),
        ("3*|x", 3, "  |x"),
        (".2+|a |b |c", 3, "   |a |b |c"),
        ("|Fischadler 2+^|doppelt", 3, "|Fischadler    |doppelt"),
        ("|a |b", 2, "|a |b"),
        ("|120+|x", 2, "|120+|x"),  # "120+" glued to a cell's text is its text
    ],
)
def test_adoc_specs(line: str, columns: int, blanked: str) -> None:
    assert columns_filled(line) == columns
    assert blank_specs(line) == blanked


# --------------------------------------------------------------------------- documents

_YAML = """\
---
title: Raptors
references:
- id: lind
  title: Ospreys of the wet fens
- id: amos
  title: Kites over dry valleys
---

"""

_SIMPLE = (
    _YAML
    + """\
Raptors have returned to the fens. The studies below measured them.

  Study          Design     Outcome
  -------------  ---------  -----------------------
  Osprey survey  cohort     nests doubled [@lind]
  Kite count     transect   no change [@amos]

Kestrels were counted separately.
"""
)

_HEADERLESS = (
    _YAML
    + """\
Die Greifvögel sind in die Marschen zurückgekehrt.

-------------  ---------  -------------------------
Fischadler     Kohorte    Nester verdoppelt [@lind]
Milan          Transekt   keine Änderung [@amos]
-------------  ---------  -------------------------

Turmfalken wurden getrennt gezählt.
"""
)

_MULTILINE = (
    _YAML
    + """\
Les rapaces sont revenus dans les marais.

-------------------------------------------
Étude          Plan       Résultat
-------------  ---------  -----------------
Balbuzards     cohorte    nids doublés
des marais                [@lind]

Milans         transect   aucun changement
                          [@amos]
-------------------------------------------

Les faucons ont été comptés à part.
"""
)

_MULTILINE_HEADERLESS = (
    _YAML
    + """\
Las rapaces han vuelto a las marismas.

-------------  ---------  -----------------
Águilas        cohorte    nidos duplicados
pescadoras                [@lind]

Milanos        transecto  sin cambios
                          [@amos]
-------------------------------------------

Los cernícalos se contaron aparte.
"""
)

_NOT_TABLES = (
    _YAML
    + """\
Heading of a section
--------------------

Ospreys nest on pylons [@lind].

- - -

Kites hunt over dry valleys [@amos].
"""
)

_SUP = """\
# Raptors

Raptors have returned to the fens.

Study          Design     Outcome
-------------  ---------  -----------------------
Osprey survey  cohort     nests doubled<sup>1</sup>
Kite count     transect   no change<sup>2</sup>

Kestrels were counted separately.

## References

1. P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.
2. R. Amos, "Kites over dry valleys," J. Raptor Stud., vol. 12, pp. 45-60, 2014.
"""

_SENTENCE_ROW_MD = (
    _YAML
    + """\
Raptors have returned.

| Study | Finding | Design |
|-------|---------|--------|
| Osprey survey | Nests on the pylons doubled within five years. | cohort [@lind] |
"""
)

_SENTENCE_ROW_HTML = """<html><head><title>Хищные птицы</title></head><body>
<p>Хищные птицы вернулись.</p>
<table>
<tr><th>Учёт</th><th>Итог</th><th>Метод</th></tr>
<tr><td>Учёт скоп</td><td>Число гнёзд выросло вдвое за пять лет.</td>
<td>когорта<sup><a href="#n1">1</a></sup></td></tr>
</table>
<h2>Примечания</h2>
<ol><li id="n1">P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.</li></ol>
</body></html>
"""

_SENTENCE_ROW_ORG = """\
#+TITLE: Greifvögel

* Ergebnisse
Die Greifvögel sind zurückgekehrt.

| Studie     | Befund                                   | Design         |
|------------+------------------------------------------+----------------|
| Fischadler | Die Zahl der Nester hat sich verdoppelt. | Kohorte [fn:1] |

* Fußnoten
[fn:1] P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.
"""

_ADOC_REFS = """
[bibliography]
== References

* [[[lind]]] P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.
* [[[amos]]] R. Amos, Kites over dry valleys. 2014.
"""

_ADOC_SPAN = (
    """\
= Greifvögel

Die Greifvögel sind zurückgekehrt.

|===
3+|Studien zur Erholung
|Fischadler
|Kohorte
|Nester verdoppelt <<lind>>
|Milan
|Transekt
|keine Änderung <<amos>>
|===

Turmfalken wurden getrennt gezählt.
"""
    + _ADOC_REFS
)

_ADOC_REPEAT = (
    """\
= Raptors

Raptors have returned.

|===
3*|Survey
|Osprey
|cohort
|nests doubled <<lind>>
|Kite
|transect
|no change <<amos>>
|===
"""
    + _ADOC_REFS
)

_ADOC_ROWSPAN = (
    """\
= Raptors

Raptors have returned.

|===
.2+|Fens |Osprey |nests doubled <<lind>>
|Kite
|no change <<amos>>
|Dry valleys
|Kestrel
|stable
|===
"""
    + _ADOC_REFS
)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "simple.md",
            _SIMPLE,
            {
                "lind": "Osprey survey cohort nests doubled",
                "amos": "Kite count transect no change",
            },
        ),
        (
            "headerless.md",
            _HEADERLESS,
            {
                "lind": "Fischadler Kohorte Nester verdoppelt",
                "amos": "Milan Transekt keine Änderung",
            },
        ),
        (
            "multiline.md",
            _MULTILINE,
            {
                "lind": "Balbuzards des marais cohorte nids doublés",
                "amos": "Milans transect aucun changement",
            },
        ),
        (
            "multiline_headerless.md",
            _MULTILINE_HEADERLESS,
            {
                "lind": "Águilas pescadoras cohorte nidos duplicados",
                "amos": "Milanos transecto sin cambios",
            },
        ),
        (
            "prose.md",
            _NOT_TABLES,
            {"lind": "Ospreys nest on pylons", "amos": "Kites hunt over dry valleys"},
        ),
        (
            "sup.md",
            _SUP,
            {"1": "Osprey survey cohort nests doubled", "2": "Kite count transect no change"},
        ),
        (
            "row.md",
            _SENTENCE_ROW_MD,
            {"lind": "Osprey survey Nests on the pylons doubled within five years. cohort"},
        ),
        (
            "row.html",
            _SENTENCE_ROW_HTML,
            {"1": "Учёт скоп Число гнёзд выросло вдвое за пять лет. когорта"},
        ),
        (
            "row.org",
            _SENTENCE_ROW_ORG,
            {"1": "Fischadler Die Zahl der Nester hat sich verdoppelt. Kohorte"},
        ),
        (
            "span.adoc",
            _ADOC_SPAN,
            {
                "lind": "Fischadler Kohorte Nester verdoppelt",
                "amos": "Milan Transekt keine Änderung",
            },
        ),
        (
            "repeat.adoc",
            _ADOC_REPEAT,
            {"lind": "Osprey cohort nests doubled", "amos": "Kite transect no change"},
        ),
        (
            "rowspan.adoc",
            _ADOC_ROWSPAN,
            {"lind": "Fens Osprey nests doubled", "amos": "Kite no change"},
        ),
    ],
)
def test_a_citation_in_a_table_claims_its_row(
    name: str, text: str, expected: dict[str, str]
) -> None:
    claims = claims_by_label(parse_bytes(text.encode(), name))
    for label, claim in expected.items():
        assert claims.get(label) == claim, claims
