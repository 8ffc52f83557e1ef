"""AsciiDoc bibliography entries whose wrapped line starts with a number ("  2019. https://…",
"  3. Aufl., Köln …") keep that line: it is the work's year or edition, not a nested list."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

HEAD = """
    = Notes

    See <<one>>.

    [bibliography]
    == References

    """


@pytest.mark.parametrize(
    ("entry", "year", "tail"),
    [
        (
            "- [[[one]]] Ada Quill. Tuning the Gate.\n  2019. https://quill.example/gate\n",
            2019,
            "https://quill.example/gate",
        ),
        (
            "* [[[one]]] Lenz, K.: Bauen mit Holz.\n  3. Aufl., Köln: Rieder, 2015.\n",
            2015,
            "Rieder",
        ),
        (
            "* [[[one]]] B. Oak. Stone Walls.\n  1. ed. Leeds: Moor Press, 2001.\n",
            2001,
            "Moor Press",
        ),
    ],
    ids=["year-line", "edition-line-german", "edition-line-first"],
)
def test_number_line_continues_entry(tmp_path: Path, entry: str, year: int, tail: str) -> None:
    path = tmp_path / "doc.adoc"
    path.write_text(textwrap.dedent(HEAD).lstrip("\n") + entry, encoding="utf-8")
    doc = parse_file(path)
    (lit,) = doc.literature
    assert lit.reference.year == year
    assert tail in lit.reference.raw


def test_next_entry_still_starts(tmp_path: Path) -> None:
    text = textwrap.dedent(HEAD).lstrip("\n") + (
        "* [[[one]]] A. Bo. Tiles.\n  2020. Acme.\n* [[[two]]] C. Do. Roofs. Acme, 2021.\n"
    )
    path = tmp_path / "doc.adoc"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert [lit.label for lit in doc.literature] == ["one", "two"]
    assert [lit.reference.year for lit in doc.literature] == [2020, 2021]
