"""Org books: ``#+include:`` expanded as Org export does (:lines, :minlevel, block
includes), with line numbers of the included files, loop and missing-file anomalies."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.orginclude import org_lines, parse, splice

BIB = """
@book{roe2001,
  author = {Roe, Richard},
  title = {A Book on Ledgers},
  publisher = {Example Press},
  year = {2001}
}
@article{doe2010,
  author = {Doe, Jane},
  title = {An Article},
  journal = {Journal of Examples},
  year = {2010}
}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("5-10", (5, 9)),  # Org: the end is excluded
        ("-10", (None, 9)),
        ("2-", (2, None)),
        (" 3 - 4 ", (3, 3)),
        ("x-3", None),
        ("-", None),
    ],
)
def test_org_lines(value: str, want: tuple[int | None, int | None] | None) -> None:
    assert org_lines(value) == want


@pytest.mark.parametrize(
    ("value", "name", "lines", "minlevel", "block", "search"),
    [
        ('"ch1.org"', "ch1.org", None, None, None, None),
        ('"ch1.org" :lines "2-"', "ch1.org", (2, None), None, None, None),
        ("chapters/ch2.org :minlevel 2", "chapters/ch2.org", None, 2, None, None),
        ('"init.el" src emacs-lisp', "init.el", None, None, "src", None),
        ('"notes.txt" example :lines "1-3"', "notes.txt", (1, 2), None, "example", None),
        ('"book.org::*Methods"', "book.org", None, None, None, "*Methods"),
        ('"a b.org" :only-contents t', "a b.org", None, None, None, None),
    ],
    ids=["plain", "lines", "minlevel", "src", "example-lines", "search", "quoted-space"],
)
def test_parse(
    value: str,
    name: str,
    lines: tuple[int | None, int | None] | None,
    minlevel: int | None,
    block: str | None,
    search: str | None,
) -> None:
    include = parse(value)
    assert include is not None
    assert (include.name, include.lines, include.minlevel, include.block, include.search) == (
        name,
        lines,
        minlevel,
        block,
        search,
    )


def test_splice_keeps_origins_and_files(tmp_path: Path) -> None:
    write(tmp_path, "ch1.org", "#+title: Chapter\n* One\nText one.\n")
    write(tmp_path, "sub/ch2.org", "* Two\n** Deeper\nText two.\n")
    main = write(
        tmp_path,
        "book.org",
        """
        #+title: Book
        #+include: "ch1.org" :lines "2-"
        #+include: "sub/ch2.org" :minlevel 2
        #+begin_example
        #+include: "ch1.org"
        #+end_example
        """,
    )
    lines = main.read_text(encoding="utf-8").splitlines()
    out = splice(lines, tmp_path, main)
    assert out.lines == [
        "#+title: Book",
        "",
        "* One",
        "Text one.",
        "",
        "** Two",
        "*** Deeper",
        "Text two.",
        "#+begin_example",
        '#+include: "ch1.org"',  # inside a block: no keyword
        "#+end_example",
    ]
    assert out.origin == [1, 2, 2, 3, 3, 1, 2, 3, 4, 5, 6]
    assert [out.file_of(n) for n in (1, 3, 6)] == ["", "ch1.org", "sub/ch2.org"]


def test_org_book_main_file_is_read_with_its_chapters(tmp_path: Path) -> None:
    write(tmp_path, "refs.bib", BIB)
    write(
        tmp_path,
        "01-intro.org",
        """
        #+title: Introduction
        #+bibliography: refs.bib
        * Introduction
        Ledgers are old [cite:@roe2001].
        """,
    )
    write(
        tmp_path,
        "02-method.org",
        """
        #+title: Method
        * Method
        The method follows earlier work [cite:@doe2010].

        #+begin_example
        #+bibliography: missing.bib
        #+end_example
        """,
    )
    write(tmp_path, "code.el", "(setq x [cite:@nothing])\n")
    book = write(
        tmp_path,
        "00-book.org",
        """
        #+title: The Book
        #+bibliography: refs.bib

        #+include: "01-intro.org" :lines "2-"
        #+include: "02-method.org" :lines "2-"
        #+include: "code.el" src emacs-lisp
        #+include: "03-missing.org"
        #+include: "00-book.org"

        * References
        #+print_bibliography:
        """,
    )
    doc = parse_file(book)
    assert doc.reader == "org"
    assert doc.title == "The Book"
    found = sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers)
    assert found == [("doe2010", 3), ("roe2001", 4)]  # lines in the chapters
    assert [b.name for b in doc.bibliographies] == ["refs.bib"]  # named twice, read once
    unread = sorted((a.line, a.message) for a in doc.anomalies if a.code is C.INCLUDE_UNREADABLE)
    assert [line for line, _ in unread] == [7, 8]
    assert "no such file" in unread[0][1] and "includes itself" in unread[1][1]
    assert not [a for a in doc.anomalies if a.code is C.BIBLIOGRAPHY_UNREADABLE]
