"""fix55c: a chapter with no list whose folder holds one (``Literatur.md``, ``refs.bib``):
``no-literature-list`` names the file and says how to check against it, never reading it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.siblinglist import SiblingLists, list_named, sibling_hint, sibling_lists

CHAPTER = """\
# Kapitel 2

Die Quellenlage ist dünn.[^1] Das sah man später anders.[^2]

[^1]: Vgl. Albers, Jonas: Hafenstädte im Wandel, Kiel 1998, S. 14.
[^2]: Vgl. Brück, Marta: Die Stadt und ihr Archiv, Hamburg 2012, S. 7.
"""

LIST = """\
# Literaturverzeichnis

Albers, Jonas: Hafenstädte im Wandel, Kiel 1998.

Brück, Marta: Die Stadt und ihr Archiv, Hamburg 2012.
"""


@pytest.mark.parametrize(
    ("stem", "named"),
    [
        ("Literatur", True),
        ("Anhang_Literatur", True),
        ("Literaturverzeichnis", True),
        ("references", True),
        ("bibliography", True),
        ("Bibliografia", True),
        ("99-references", True),
        ("refs", True),
        ("works-cited", True),
        ("Quellen und Literatur", True),
        ("webographie", True),
        ("参考文献", True),
        # look-alikes: no list word at a word's start
        ("Kapitel_2", False),
        ("preferences", False),
        ("refsection-notes", False),
        ("resources", False),
        ("Einleitung", False),
    ],
)
def test_list_file_names(stem: str, named: bool) -> None:
    assert list_named(stem) is named


@pytest.mark.parametrize(
    ("files", "databases", "texts"),
    [
        (["Literatur.md"], (), ("Literatur.md",)),
        (["Anhang_Literatur.md", "Kapitel_3.md"], (), ("Anhang_Literatur.md",)),
        (["thesis.bib"], ("thesis.bib",), ()),
        (["references.json", "data.json"], ("references.json",), ()),
        (["bibliography.tex", "chap01.tex"], (), ("bibliography.tex",)),
        # nothing that names a list: no hint
        (["Kapitel_3.md", "notes.txt", "data.json", "figure.png"], (), ()),
        (["references.png"], (), ()),
    ],
)
def test_files_beside_the_chapter(
    tmp_path: Path, files: list[str], databases: tuple[str, ...], texts: tuple[str, ...]
) -> None:
    chapter = tmp_path / "Kapitel_2.md"
    chapter.write_text(CHAPTER, encoding="utf-8")
    for name in files:
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = sibling_lists(str(chapter))
    assert (found.databases, found.texts) == (databases, texts)


def test_the_document_itself_is_not_its_sibling(tmp_path: Path) -> None:
    own = tmp_path / "references.md"
    own.write_text(LIST, encoding="utf-8")
    assert not sibling_lists(str(own))


@pytest.mark.parametrize(
    ("files", "says", "not_says"),
    [
        (
            {"Literatur.md": LIST},
            ["Literatur.md next to this file", "bibcheck ingest Literatur.md"],
            ["--bibliography Literatur.md"],
        ),
        (
            {"kapitel.bib": "@book{albers1998, title={Hafenstädte}, year={1998}}\n"},
            ["--bibliography kapitel.bib"],
            ["bibcheck ingest"],
        ),
    ],
)
def test_no_literature_list_names_the_sibling(
    tmp_path: Path, files: dict[str, str], says: list[str], not_says: list[str]
) -> None:
    chapter = tmp_path / "Kapitel_2.md"
    chapter.write_text(CHAPTER, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    doc = parse_file(chapter)
    assert not doc.literature  # the sibling is never read for the chapter
    [found] = [a for a in doc.anomalies if a.code is AnomalyCode.NO_LITERATURE_LIST]
    assert found.message.startswith("no literature list found; ")
    for text in says:
        assert text in found.message
    for text in not_says:
        assert text not in found.message


def test_no_sibling_no_hint(tmp_path: Path) -> None:
    chapter = tmp_path / "Kapitel_2.md"
    chapter.write_text(CHAPTER, encoding="utf-8")
    (tmp_path / "Kapitel_3.md").write_text(CHAPTER, encoding="utf-8")
    doc = parse_file(chapter)
    [found] = [a for a in doc.anomalies if a.code is AnomalyCode.NO_LITERATURE_LIST]
    assert found.message == "no literature list found"


def test_a_reader_without_bibliography_option_is_not_told_to_pass_one() -> None:
    hint = sibling_hint(SiblingLists(("refs.bib",), ()), takes_bibliography=False)
    assert "refs.bib next to this file" in hint
    assert "--bibliography" not in hint


@pytest.mark.parametrize("unit", ["ref-", "_literat ", "refsrefs", "x_" * 2])
def test_list_word_stays_linear(unit: str) -> None:
    from bibcheck.readers.siblinglist import _LIST_WORD
    from tests.test_regex_growth import assert_linear

    assert_linear(_LIST_WORD.search, lambda n: (unit * (n // len(unit) + 1))[:n])


@pytest.mark.parametrize(
    ("bibs", "says"),
    [
        (["library.bib"], "--bibliography library.bib; library.bib next to it may be the one"),
        (["a.bib", "b.bib"], "--bibliography FILE; a.bib, b.bib next to it may be the one"),
        ([], "(give the file with --bibliography FILE)"),
    ],
)
def test_keys_without_bibliography_name_the_bib_beside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bibs: list[str], says: str
) -> None:
    """The named .bib is missing; the refusal names the one beside the file."""
    from bibcheck.cli import main

    paper = tmp_path / "paper.md"
    paper.write_text(
        "---\ntitle: Harbours\nbibliography: harbours.bib\n---\n\n"
        "Harbours grew [@okafor2011; @lind2019].\n",
        encoding="utf-8",
    )
    for name in bibs:
        (tmp_path / name).write_text("@book{other, title={Other}, year={2000}}\n", "utf-8")
    assert main(["ingest", "--db", str(tmp_path / "s.db"), str(paper)]) == 2
    assert says in " ".join(capsys.readouterr().err.split())
