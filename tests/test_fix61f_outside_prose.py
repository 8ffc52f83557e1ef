"""fix61f: citations outside running prose (table rows, reading lists, captions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.rowsource import row_gives_source


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a leaderboard row: the work named in one cell, linked in another
        ("| Kovacs et al. (2021) | 91.2 | [Sparse Tree Parsing](https://example.org/p1) | |", True),
        ("| Tree CRF (Osei and Park, 2019) | 88.0 | <https://example.org/p2> |", True),
        ("| Brandt et al. 2018 | 12 | doi:10.1234/abcd.5 |", True),
        ("| Brandt et al. 2018 | 12 | https://doi.org/10.1234/abcd.5 |", True),
        ("Lindqvist (2020) | 0.93 | [paper](https://example.org/p3)", True),  # no outer pipes
        (
            "| Osei (2019) | 0.9 | [paper](https://example.org/p4) | [code](https://example.org/c)",
            True,
        ),
        (
            '<tr><td>Moreau et al. (2017)</td><td><a href="https://example.org/m">PDF</a></td></tr>',
            True,
        ),
        # a row with no link: the work is named, not given
        ("| Kovacs et al. (2021) | 91.2 | Sparse Tree Parsing | |", False),
        ("| --- | :---: | --- |", False),
        # prose with a link is no table row
        ("As Kovacs et al. (2021) show, see [the paper](https://example.org/p1).", False),
        ("One pipe | only here https://example.org", False),
        # a pipe inside code is no cell separator
        ("Run `a|b|c` as Kovacs et al. (2021) did: https://example.org", False),
    ],
)
def test_row_gives_source(line: str, expected: bool) -> None:
    assert row_gives_source(line) is expected


_LEADERBOARD = """# Sequence tagging

Results on the shared task test set.

| Model | F1 | Paper / Source | Code |
| --- | :---: | --- | --- |
| Span graph + RoBERTa (Kovacs et al., 2021) | 91.2 | [Sparse Tree Parsing Revisited](https://example.org/kovacs21) | [Official](https://example.org/code1) |
| Lattice tagger (Osei and Park, 2019) | 90.1 | [Lattices for Tagging](https://example.org/osei19) | |
| Char CNN (Brandt et al., 2018) | 88.7 | [Characters All the Way](https://example.org/brandt18) | |
| Window model (Moreau et al., 2016) | 85.0 | [Windows and Tags](https://example.org/moreau16) | |
"""

_LISTED_ABOVE = """# Word segmentation

Systems marked with a star use external data.

- Kovacs et al. (2021): span graph with memory
- Osei and Park (2019): lattice tagger
- Brandt et al. (2018): character CNN

| Model | F1 | Paper |
| --- | --- | --- |
| Kovacs et al. (2021) | 97.1 | [Memory for Segmentation](https://example.org/k21) |
| Osei and Park (2019) | 96.4 | [Lattices Again](https://example.org/o19) |
| Brandt et al. (2018) | 95.0 | [Characters for Words](https://example.org/b18) |
"""

_UNLINKED = """# Sequence tagging

Scores from [the shared task](https://example.org/task) and [its mirror](https://example.org/m).

| Model | F1 | Paper |
| --- | --- | --- |
| Span graph (Kovacs et al., 2021) | 91.2 | Sparse Tree Parsing Revisited |
| Lattice tagger (Osei and Park, 2019) | 90.1 | Lattices for Tagging |
| Char CNN (Brandt et al., 2018) | 88.7 | Characters All the Way |
"""

_MIXED = """# Sequence tagging

| Model | F1 | Paper |
| --- | --- | --- |
| Span graph (Kovacs et al., 2021) | 91.2 | [Sparse Tree Parsing](https://example.org/k21) |
| Lattice tagger (Osei and Park, 2019) | 90.1 | [Lattices for Tagging](https://example.org/o19) |

Earlier systems (Brandt et al., 2018; Moreau et al., 2016) did worse.
"""


def _dated_complaints(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "board.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    return [
        a.message
        for a in doc.all_anomalies()
        if a.code is AnomalyCode.NO_LITERATURE_LIST and "by author and date" in a.message
    ]


def test_leaderboard_rows_give_their_works(tmp_path: Path) -> None:
    assert _dated_complaints(tmp_path, _LEADERBOARD) == []


def test_works_listed_above_a_sourced_table(tmp_path: Path) -> None:
    assert _dated_complaints(tmp_path, _LISTED_ABOVE) == []


def test_unlinked_rows_still_cite_unlisted_works(tmp_path: Path) -> None:
    (message,) = _dated_complaints(tmp_path, _UNLINKED)
    assert "(Kovacs et al., 2021)" in message and "(Brandt et al., 2018)" in message


def test_prose_citations_beside_a_sourced_table(tmp_path: Path) -> None:
    (message,) = _dated_complaints(tmp_path, _MIXED)
    assert "(Brandt et al., 2018), (Moreau et al., 2016)" in message
    assert "Kovacs" not in message and "Osei" not in message


# --- notes opened by an anchor that holds their number (GitHub READMEs) ---

from bibcheck.readers.linknotes import find as find_link_notes  # noqa: E402


@pytest.mark.parametrize(
    ("note_line", "label", "text"),
    [
        (
            '<a name="myfootnote1">1</a>: Trained on the larger split.',
            "1",
            "Trained on the larger split.",
        ),
        (
            '<a name="myfootnote1">[1]</a> Trained on the larger split.',
            "1",
            "Trained on the larger split.",
        ),
        (
            '<a id="fn-1"><sup>1</sup></a> Trained on the larger split.',
            "1",
            "Trained on the larger split.",
        ),
        (
            '<a name="note1">1.</a> Trained on the larger split.',
            "1",
            "Trained on the larger split.",
        ),
        (
            '<a id="user-content-fn-1">1</a>: Trained on the larger split.',
            "1",
            "Trained on the larger split.",
        ),
    ],
)
def test_numbered_anchor_opens_a_note(note_line: str, label: str, text: str) -> None:
    fragment = note_line.split('"')[1]
    lines = [f"Scores are higher<sup>[{label}](#{fragment})</sup> on the test set.", "", note_line]
    found = find_link_notes(lines)
    assert [(n.label, n.text) for n in found.notes] == [(label, text)]
    assert [(m.line, m.label) for m in found.markers] == [(0, label)]


@pytest.mark.parametrize(
    "line",
    [
        '<a name="table1">1</a>: Scores on the test set.',  # a table's anchor, not a note's
        '<a name="fnref1">1</a>: back to the text',  # a back anchor
        '<a href="#myfootnote1">1</a>: a link, not an anchor',
    ],
)
def test_other_numbered_anchors_open_no_note(line: str) -> None:
    lines = ["Scores are higher<sup>[1](#myfootnote1)</sup> on the test set.", "", line]
    assert find_link_notes(lines).notes == ()


_ANCHORED_NOTES = """# Coreference

| Model | F1 | Paper |
| --- | --- | --- |
| Kovacs et al. (2021)<sup>[1](#myfootnote1)</sup> | 81.0 | [Word-Level Links](https://example.org/k21) |
| Kovacs et al. (2021)<sup>[2](#myfootnote2)</sup> | 79.6 | [Span Links](https://example.org/k21b) |

<a name="myfootnote1">[1]</a> Kovacs et al. (2021): mention ranking with a large encoder.

<a name="myfootnote2">[2]</a> Kovacs et al. (2021): mention ranking with a small encoder.
"""


def test_anchored_notes_in_a_table_document(tmp_path: Path) -> None:
    path = tmp_path / "coref.md"
    path.write_text(_ANCHORED_NOTES, encoding="utf-8")
    doc = parse_file(path)
    notes = {fn.label: fn for fn in doc.footnotes if not fn.label.startswith("L")}
    assert sorted(notes) == ["1", "2"]
    assert notes["1"].line == 8 and notes["2"].line == 10
    assert "mention ranking with a large encoder" in notes["1"].reference.raw
    assert not [a for a in doc.all_anomalies() if "cites [1], [2]" in a.message]
