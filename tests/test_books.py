"""A book's root file stands for the book: bookdown, Quarto, Jupyter Book, MyST (sweep 18).

``bibcheck ingest index.Rmd`` of a bookdown book used to read index.Rmd alone and say
nothing of the chapters ``_bookdown.yml`` lists; the root of a Quarto book or a Jupyter
Book, citing nothing itself, was refused as "no reader recognises this document".  Now
the chapters the project lists are read too, each as its own document, and what is not
read is said.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bibcheck.books import (
    BookKind,
    TocEntry,
    bookdown_files,
    find_book,
    quarto_files,
    toc_files,
)
from bibcheck.config import Settings
from bibcheck.errors import ExitCode, InputError
from bibcheck.pipeline import Outcome, read_manuscripts, run_all
from bibcheck.store import open_db
from tests.test_cli import run

BIB = """@book{alpha2001,
  author = {Alpha, Ann},
  title = {A First Book},
  year = {2001},
  publisher = {North Press}
}

@article{beta2002,
  author = {Beta, Ben},
  title = {A Second Paper},
  journal = {Journal of Tests},
  year = {2002},
  volume = {3},
  pages = {1--9}
}
"""
CITES = "# {title}\n\nA claim that needs support [@alpha2001].\nAnother one [@beta2002].\n"
PREFACE = "# Preface\n\nThis book is about testing. It cites nothing here.\n"


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


# ---------------------------------------------------------------- listings (pure)


@pytest.mark.parametrize(
    ("data", "names", "files", "listed"),
    [
        ({"rmd_files": ["index.Rmd", "b.Rmd", "a.Rmd"]}, [], ["index.Rmd", "b.Rmd", "a.Rmd"], True),
        (
            {"rmd_files": {"html": ["index.Rmd", "a.Rmd"], "latex": ["index.Rmd", "b.Rmd"]}},
            [],
            ["index.Rmd", "a.Rmd", "b.Rmd"],
            True,
        ),
        (
            {},
            ["b.Rmd", "_x.Rmd", "index.Rmd", "a.rmd", "n.md"],
            ["index.Rmd", "a.rmd", "b.Rmd"],
            False,
        ),
        (
            {"rmd_subdir": True},
            ["index.Rmd", "p/c.Rmd", "_d/e.Rmd"],
            ["index.Rmd", "p/c.Rmd"],
            False,
        ),
        (
            {"rmd_subdir": ["p"]},
            ["index.Rmd", "p/c.Rmd", "q/d.Rmd"],
            ["index.Rmd", "p/c.Rmd"],
            False,
        ),
    ],
    ids=["list", "per-format", "default", "subdir-all", "subdir-named"],
)
def test_bookdown_files(
    data: dict[str, Any], names: list[str], files: list[str], listed: bool
) -> None:
    assert bookdown_files(data, names) == (files, listed)


@pytest.mark.parametrize(
    ("book", "files"),
    [
        ({"chapters": ["index.qmd", "a.qmd"]}, ["index.qmd", "a.qmd"]),
        (
            {
                "chapters": [
                    "index.qmd",
                    {"part": "Getting started", "chapters": ["a.qmd", "b.qmd"]},
                    {"part": "part2.qmd", "chapters": ["c.qmd"]},
                ],
                "appendices": ["x.qmd", {"href": "y.qmd"}],
            },
            ["index.qmd", "a.qmd", "b.qmd", "part2.qmd", "c.qmd", "x.qmd", "y.qmd"],
        ),
        ({"title": "No chapters"}, []),
    ],
    ids=["strings", "parts-and-appendices", "none"],
)
def test_quarto_files(book: dict[str, Any], files: list[str]) -> None:
    assert quarto_files(book) == files


@pytest.mark.parametrize(
    ("data", "entries"),
    [
        (
            {
                "format": "jb-book",
                "root": "intro",
                "chapters": [
                    {"file": "a.md", "title": "A"},
                    {"file": "b", "sections": [{"file": "b1.ipynb"}, {"url": "https://x.test"}]},
                ],
            },
            ["intro", "a.md", "b", "b1.ipynb"],
        ),
        (
            {"root": "intro", "parts": [{"caption": "P", "chapters": [{"file": "p/a"}]}]},
            ["intro", "p/a"],
        ),
        ({"root": "intro", "chapters": [{"glob": "notes/*"}]}, ["intro", "notes/*"]),
        (
            {
                "project": {
                    "toc": [
                        {"file": "index.md"},
                        {"title": "Part", "children": [{"file": "a.md"}, {"pattern": "x/*.md"}]},
                    ]
                }
            },
            ["index.md", "a.md", "x/*.md"],
        ),
    ],
    ids=["chapters-sections", "parts", "glob", "myst"],
)
def test_toc_files(data: dict[str, Any], entries: list[str]) -> None:
    assert [e.name for e in toc_files(data)] == entries
    assert all(e.pattern == ("*" in e.name) for e in toc_files(data))
    assert TocEntry("a") != TocEntry("a", pattern=True)


# ---------------------------------------------------------------- finding the book


BOOKS: dict[str, tuple[dict[str, str], str, BookKind, list[str]]] = {
    "bookdown": (
        {
            "_bookdown.yml": 'rmd_files: ["index.Rmd", "01-a.Rmd", "02-b.Rmd"]\n',
            "index.Rmd": "---\ntitle: T\nbibliography: refs.bib\n---\n\n" + PREFACE,
            "01-a.Rmd": CITES.format(title="A"),
            "02-b.Rmd": CITES.format(title="B"),
        },
        "index.Rmd",
        BookKind.BOOKDOWN,
        ["01-a.Rmd", "02-b.Rmd"],
    ),
    "bookdown-default": (
        {
            "_bookdown.yml": "book_filename: t\n",
            "index.Rmd": "---\ntitle: T\nbibliography: refs.bib\n---\n\n" + PREFACE,
            "02-b.Rmd": CITES.format(title="B"),
            "01-a.Rmd": CITES.format(title="A"),
            "_common.Rmd": "```{r}\nx <- 1\n```\n",
        },
        "index.Rmd",
        BookKind.BOOKDOWN,
        ["01-a.Rmd", "02-b.Rmd"],
    ),
    "quarto": (
        {
            "_quarto.yml": (
                "project:\n  type: book\nbook:\n  title: T\n  chapters:\n    - index.qmd\n"
                "    - part: Part One\n      chapters:\n        - ch/a.qmd\n"
                "  appendices:\n    - b.qmd\nbibliography: refs.bib\n"
            ),
            "index.qmd": PREFACE,
            "ch/a.qmd": CITES.format(title="A"),
            "b.qmd": CITES.format(title="B"),
        },
        "index.qmd",
        BookKind.QUARTO,
        ["ch/a.qmd", "b.qmd"],
    ),
    "jupyter-book": (
        {
            "_toc.yml": (
                "format: jb-book\nroot: intro\nchapters:\n- file: a\n  sections:\n  - file: b.md\n"
            ),
            "_config.yml": "title: T\nbibtex_bibfiles:\n  - refs.bib\n",
            "intro.md": PREFACE,
            "a.md": "# A\n\nA claim {cite}`alpha2001`.\n",
            "b.md": "# B\n\nAnother {cite:p}`beta2002`.\n",
        },
        "intro.md",
        BookKind.JUPYTER_BOOK,
        ["a.md", "b.md"],
    ),
    "myst": (
        {
            "myst.yml": (
                "version: 1\nproject:\n  bibliography:\n    - refs.bib\n  toc:\n"
                "    - file: index.md\n    - title: Part\n      children:\n"
                "        - file: a.md\n"
            ),
            "index.md": PREFACE,
            "a.md": "# A\n\nA claim {cite}`alpha2001`.\n",
        },
        "index.md",
        BookKind.MYST,
        ["a.md"],
    ),
}


@pytest.mark.parametrize("name", list(BOOKS))
def test_find_book_from_its_root_and_its_folder(tmp_path: Path, name: str) -> None:
    files, root, kind, chapters = BOOKS[name]
    write(tmp_path, {**files, "refs.bib": BIB})
    for named in (tmp_path / root, tmp_path):
        book = find_book(named)
        assert book is not None and book.kind is kind
        assert book.root.resolve() == (tmp_path / root).resolve()
        assert [c.relative_to(tmp_path).as_posix() for c in book.chapters] == chapters
        assert not book.problems
    first = tmp_path / chapters[0]
    assert find_book(first) is None  # a chapter named alone is read alone


@pytest.mark.parametrize(
    ("files", "root"),
    [
        ({"_quarto.yml": "project:\n  type: website\n", "index.qmd": PREFACE}, "index.qmd"),
        ({"notes.md": PREFACE}, "notes.md"),
        ({"_bookdown.yml": "rmd_files: []\n", "index.Rmd": PREFACE}, "index.Rmd"),
    ],
    ids=["quarto-website", "no-project", "empty-listing"],
)
def test_no_book(tmp_path: Path, files: dict[str, str], root: str) -> None:
    write(tmp_path, files)
    assert find_book(tmp_path / root) is None
    assert find_book(tmp_path) is None


def test_an_unreadable_listing_is_a_problem_said(tmp_path: Path) -> None:
    write(tmp_path, {"_quarto.yml": "book: [unclosed\n", "index.qmd": PREFACE})
    book = find_book(tmp_path / "index.qmd")
    assert book is not None and book.chapters == ()
    assert "_quarto.yml could not be read" in book.problems[0]


def test_a_glob_that_matches_nothing_is_a_problem_said(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"_toc.yml": "root: intro\nchapters:\n- glob: none/*\n- file: a\n", "intro.md": PREFACE},
    )
    book = find_book(tmp_path / "intro.md")
    assert book is not None and "'none/*' in _toc.yml matches no file" in book.problems[0]
    assert [c.name for c in book.chapters] == ["a"]  # listed, missing: the reader says so


# ---------------------------------------------------------------- ingest


@pytest.mark.parametrize("name", list(BOOKS))
def test_ingest_a_book_root_reads_its_chapters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    files, root, kind, chapters = BOOKS[name]
    write(tmp_path, {**files, "refs.bib": BIB})
    db = str(tmp_path / "b.db")
    code, out, err = run(["ingest", "--db", db, str(tmp_path / root)], capsys)
    assert code == ExitCode.OK, err
    n = len(chapters)
    assert f"is the root of a {kind.value}: {n} chapter file" in out
    assert f"{root}: not stored: it cites nothing itself" in out
    assert out.count("stored: ") - out.count("not stored: ") == n
    for chapter in chapters:
        assert f"stored: {tmp_path / chapter} (pandoc-markdown)" in out
    assert "no reader recognises" not in out + err


def test_a_missing_chapter_is_an_error_naming_the_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = dict(BOOKS["bookdown"][0])
    files["_bookdown.yml"] = 'rmd_files: ["index.Rmd", "01-a.Rmd", "09-gone.Rmd"]\n'
    write(tmp_path, {**files, "refs.bib": BIB})
    code, out, err = run(
        ["ingest", "--db", str(tmp_path / "b.db"), str(tmp_path / "index.Rmd")], capsys
    )
    assert code == ExitCode.INPUT
    assert "09-gone.Rmd: no such file (a file listed in" in err and "_bookdown.yml)" in err
    assert f"stored: {tmp_path / '01-a.Rmd'}" in out


def test_a_chapter_citing_nothing_is_said_not_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = dict(BOOKS["quarto"][0])
    files["b.qmd"] = "# Appendix\n\nSome tables, no sources.\n"
    write(tmp_path, {**files, "refs.bib": BIB})
    code, out, _ = run(["ingest", "--db", str(tmp_path / "b.db"), str(tmp_path)], capsys)
    assert code == ExitCode.OK
    assert "holds a Quarto book (_quarto.yml, root index.qmd)" in out
    assert "b.qmd: not stored: this file of the Quarto book cites nothing" in out


def test_a_root_that_cites_is_stored_with_its_chapters(tmp_path: Path) -> None:
    files = dict(BOOKS["bookdown"][0])
    files["index.Rmd"] = "---\ntitle: T\nbibliography: refs.bib\n---\n\nIt begins [@alpha2001].\n"
    write(tmp_path, {**files, "refs.bib": BIB})
    readings = list(read_manuscripts([tmp_path / "index.Rmd", tmp_path / "01-a.Rmd"]))
    assert [r.outcome for r in readings] == [Outcome.BOOK, Outcome.READ, Outcome.READ, Outcome.READ]
    assert [r.path.name for r in readings if r.doc] == ["index.Rmd", "01-a.Rmd", "02-b.Rmd"]


def test_a_file_that_is_no_book_root_is_refused_as_before(tmp_path: Path) -> None:
    write(tmp_path, {"notes.md": PREFACE})
    [reading] = read_manuscripts([tmp_path / "notes.md"])
    assert reading.outcome is Outcome.FAILED and "no reader recognises" in reading.message
    [folder] = read_manuscripts([tmp_path])
    assert folder.outcome is Outcome.FAILED and "is a directory" in folder.message


def test_run_all_reads_the_book(tmp_path: Path) -> None:
    files, root, _, chapters = BOOKS["quarto"]
    write(tmp_path, {**files, "refs.bib": BIB})
    db = open_db(tmp_path / "a.db")
    result = run_all(
        db, [tmp_path / root], Settings(), out_dir=tmp_path / "r", formats=("json",),
        check=False, archive=False, verify=False,
    )  # fmt: skip
    assert len(result.documents) == len(chapters)
    assert any("is the root of a Quarto book" in note for note in result.notes)
    write(tmp_path, {"lone.md": PREFACE})
    with pytest.raises(InputError, match="no reader recognises"):
        run_all(db, [tmp_path / "lone.md"], Settings(), out_dir=tmp_path / "r", check=False)


def test_distributed_ingest_queues_the_chapters_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bibcheck.cli.fleetrun import _with_chapters

    files, root, _, chapters = BOOKS["bookdown"]
    write(tmp_path, {**files, "refs.bib": BIB})
    found = _with_chapters([tmp_path / root, tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [root, *chapters, "."]
    assert "is the root of a bookdown book: 2 chapter files" in capsys.readouterr().out
