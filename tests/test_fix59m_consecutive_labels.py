"""Numbered reference entries on consecutive lines, no blank line between (fix 59m).

``[1] …`` right under ``[2] …`` (or ``(1)``/``(2)``) is two entries: a line starting
with the list's own label form and the next number starts a new entry, a wrapped line
(a year, a page range, the rest of a title) still continues the one before.  Own fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.adocplain import plain_list
from bibcheck.readers.common import read_paragraph_list
from bibcheck.readers.labeloff import without_label
from bibcheck.readers.labelsplit import entry_label, joined_works, starts_next_entry


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("[1] Smith, J. (2019). Title.", ("[]", 1)),
        ("[12] Doe, A. Book.", ("[]", 12)),
        ("(3) Lee, B. Paper.", ("()", 3)),
        ("4. Kim, C. Essay.", (".", 4)),
        ("5) Park, D. Report.", (")", 5)),
        ("  [7] indented a little", ("[]", 7)),
        ("2019 edition. Penguin.", None),
        ("12–19.", None),
        ("[1]", None),
        ("University Press.", None),
        ("[a] lettered", None),
    ],
)
def test_entry_label(line: str, want: tuple[str, int] | None) -> None:
    assert entry_label(line) == want


@pytest.mark.parametrize(
    ("first", "line", "want"),
    [
        ("[1] Smith, J. (2019).", "[2] Jones, K. (2020).", True),
        ("(1) Smith, J. (2019).", "(2) Jones, K. (2020).", True),
        ("9. Smith, J. (2019).", "10. Jones, K. (2020).", True),
        ("3) Smith, J. (2019).", "4) Jones, K. (2020).", True),
        # a bracketed label may skip numbers (an entry left out), not go back
        ("[1] Smith, J. (2019).", "[3] Jones, K. (2020).", True),
        ("[1] Smith, J. (2019).", "[60] Jones, K. (2020).", False),
        ("[2] Smith, J. (2019).", "[2] Jones, K. (2020).", False),
        ("[4] Smith, J. (2019).", "[2] Jones, K. (2020).", False),
        # other forms only with the next number ("(3) 1–9": an issue wrapped to the line start)
        ("(1) Smith, J. Water, 12", "(3) 1–9.", False),
        ("4. Smith, J. (2019).", "6. Jones, K. (2020).", False),
        # another label form
        ("[1] Smith, J. (2019).", "(2) Jones, K. (2020).", False),
        ("[1] Smith, J. (2019).", "2. Jones, K. (2020).", False),
        # a wrapped line starting with a number
        ("[1] Smith, J. (2019). Lakes.", "2019 edition. Penguin.", False),
        ("[11] Jones, K. Water, 12,", "12–19.", False),
        # the entry itself has no label: paragraphs stay as they were
        ("Smith, J. (2019). Lakes.", "[2] Jones, K. (2020).", False),
    ],
)
def test_starts_next_entry(first: str, line: str, want: bool) -> None:
    assert starts_next_entry(first, line) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "[1] Smith, J. (2019). Rivers.\n[2] Jones, K. (2020). Loads.",
            ["[1] Smith, J. (2019). Rivers.", "[2] Jones, K. (2020). Loads."],
        ),
        (
            "(1) Smith, J. (2019). Rivers and\nsediment. OUP.\n(2) Jones, K. (2020). Loads,\n12–19.",
            [
                "(1) Smith, J. (2019). Rivers and\nsediment. OUP.",
                "(2) Jones, K. (2020). Loads,\n12–19.",
            ],
        ),
        (
            "[1] Brown, A. (2018). Lakes.\n2019 edition. Penguin.\n[2] Grey, B. (2017). Ponds.",
            ["[1] Brown, A. (2018). Lakes.\n2019 edition. Penguin.", "[2] Grey, B. (2017). Ponds."],
        ),
        (
            "[1] Brown, A. (2018). Lakes.\n[5] Grey, B. (2017). Ponds.",
            ["[1] Brown, A. (2018). Lakes.", "[5] Grey, B. (2017). Ponds."],
        ),
        (
            # a skipped parenthesised number is no split: an issue wrapped to the line start
            "(1) Brown, A. (2018). Lakes. Water, 12\n(3) 1–9.",
            ["(1) Brown, A. (2018). Lakes. Water, 12\n(3) 1–9."],
        ),
        (
            # unlabelled paragraphs joined as before
            "Brown, A. (2018). Lakes and\nponds. Penguin.",
            ["Brown, A. (2018). Lakes and\nponds. Penguin."],
        ),
    ],
)
def test_read_paragraph_list(text: str, want: list[str]) -> None:
    notes = read_paragraph_list(text.split("\n"), 0, set())
    # (a label every entry types is the entry's number, taken off its text: fix65l)
    labelled = all(entry_label(w) is not None for w in want)
    assert [n.text for n in notes] == [without_label(w) if labelled else w for w in want]
    # (typed "[n]" labels are the entries' numbers, a skipped one kept: fix59o; other
    # paragraphs are numbered by place)
    typed = [w[1 : w.index("]")] for w in want if w.startswith("[")]
    places = [str(k) for k in range(1, len(want) + 1)]
    assert [n.label for n in notes] == (typed if len(typed) == len(want) else places)


_BODY = """# A note on rivers

Rivers carry sediment<sup>1</sup>, nutrients<sup>2</sup> and salt<sup>3</sup>.

## References

"""


@pytest.mark.parametrize(
    ("entries", "lines"),
    [
        (
            "[1] Moss, P. (2015). *Silt in motion*. Harbour Press.\n"
            "[2] Reed, T. (2016). Carbon in estuaries. *Coastal Letters*, 4, 10–20.\n"
            "[3] Vale, S. (2017). *Salt and sea*. Northgate.\n",
            [7, 8, 9],
        ),
        (
            "(1) Moss, P. (2015). *Silt in motion*.\nHarbour Press.\n"
            "(2) Reed, T. (2016). Carbon in estuaries. *Coastal Letters*, 4,\n10–20.\n"
            "(3) Vale, S. (2017). *Salt and sea*.\n2018 edition. Northgate.\n",
            [7, 9, 11],
        ),
        (
            "1. Moss, P. (2015). *Silt in motion*. Harbour Press.\n"
            "2. Reed, T. (2016). Carbon in estuaries. *Coastal Letters*, 4, 10–20.\n"
            "3. Vale, S. (2017). *Salt and sea*. Northgate.\n",
            [7, 8, 9],
        ),
    ],
)
def test_sup_markdown_document(tmp_path: Path, entries: str, lines: list[int]) -> None:
    path = tmp_path / "note.md"
    path.write_text(_BODY + entries, encoding="utf-8")
    doc = parse_file(path)
    assert [f.label for f in doc.footnotes] == ["1", "2", "3"]
    assert [e.line for e in doc.literature] == lines
    authors = [e.reference.authors for e in doc.literature]
    assert authors == [("Moss, P.",), ("Reed, T.",), ("Vale, S.",)]
    assert [a.code.value for a in doc.anomalies] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "[1] Moss, P. (2015). Silt in motion. Harbour Press.\n"
            "[2] Reed, T. (2016). Carbon in estuaries. Coastal Letters, 4, 10–20.",
            [(1, 1), (2, 2)],
        ),
        (
            "(1) Moss, P. (2015). Silt in motion.\n2016 edition. Harbour Press.\n"
            "(2) Reed, T. (2016). Carbon in estuaries. Coastal Letters, 4,\n10–20.",
            [(1, 2), (3, 4)],
        ),
    ],
)
def test_asciidoc_plain_list(text: str, want: list[tuple[int, int]]) -> None:
    lines = text.split("\n")
    found = plain_list(lines, 0, len(lines), lambda k: False, lambda t: t)
    assert [(e.line, e.end_line) for e in found.entries] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a second parenthesised work with a skipped number: not split, so said
        ("(1) Moss, P. (2015). Silt.\n(4) Vale, S. (2017). Salt.", [(2, 1)]),
        # split as the next entry: nothing to say
        ("(1) Moss, P. (2015). Silt.\n(2) Vale, S. (2017). Salt.", []),
        # an issue number wrapped to the line start holds no year: no finding
        ("(1) Moss, P. (2015). Silt. Water, 12\n(3) 1–9.", []),
        # unlabelled paragraphs
        ("Moss, P. (2015). Silt and\n(4) Vale 2017.", []),
    ],
)
def test_joined_works(text: str, want: list[tuple[int, int]]) -> None:
    lines = text.split("\n")
    notes = read_paragraph_list(lines, 0, set())
    found = joined_works(notes, lines)
    assert [(a.line, a.literature_entry) for a in found] == want
    assert all(a.code.value == "literature-numbering" for a in found)


def test_joined_works_document(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    entries = (
        "(1) Moss, P. (2015). *Silt in motion*. Harbour Press.\n"
        "(3) Vale, S. (2017). *Salt and sea*. Northgate.\n"
    )
    path.write_text(_BODY + entries, encoding="utf-8")
    doc = parse_file(path)
    numbering = [a for a in doc.anomalies if a.code.value == "literature-numbering"]
    assert [(a.line, a.literature_entry) for a in numbering] == [(8, 1)]


def test_rst_literature_section(tmp_path: Path) -> None:
    path = tmp_path / "note.rst"
    path.write_text(
        "Note\n====\n\nRivers carry sediment [1]_ and nutrients [2]_.\n\n"
        ".. [1] Moss, P. (2015). Silt in motion.\n   Harbour Press.\n"
        ".. [2] Reed, T. (2016). Carbon in estuaries.\n\n"
        "References\n----------\n\n"
        "[1] Moss, P. (2015). Silt in motion.\n"
        "[2] Reed, T. (2016). Carbon in estuaries. Coastal Letters, 4,\n10–20.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert [(e.line, e.reference.end_line) for e in doc.literature] == [(13, 13), (14, 15)]
