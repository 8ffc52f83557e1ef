"""Org-mode: keys that look like number ranges stay whole; a chapter of an Org book finds
the bibliography its book names elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.readers import org
from bibcheck.readers.registry import ReadOptions

_HEAD = "#+TITLE: Notes\n\n* Section\n"


def _labels(body: str) -> list[str]:
    return [m.label for m in org.read(_HEAD + body).markers]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "See cite:kim:2011. For spectra see cite:0953-8984-22-26-265006.\n",
            ["kim:2011", "0953-8984-22-26-265006"],
        ),
        ("As shown citep:1999-2001,lee.2004 before.\n", ["1999-2001", "lee.2004"]),
        ("Shown by citet:12-34 and citealp:56-78/9.\n", ["12-34", "56-78/9"]),
        ("Both [[cite:&2-3;&ab:cd][See::p. 4]] here.\n", ["2-3", "ab:cd"]),
        ("Version three cite:&10-20;&x_y here.\n", ["10-20", "x_y"]),
        ("Org cite [cite:@4-5;@doi-10.1/x] here.\n", ["4-5", "doi-10.1/x"]),
        ("Styled [cite/t:@7,8] here.\n", ["7"]),  # org-cite keys hold no comma
        ("A note[fn:3-4] here.\n\n[fn:3-4] The note, citing cite:5-6.\n", ["3-4", "5-6"]),
        ("Plain numbers cite:1,2 stay two keys.\n", ["1", "2"]),
    ],
    ids=[
        "hyphen-key",
        "year-range-key",
        "citet-citealp",
        "v3-bracket-link",
        "v3-plain",
        "org-cite",
        "org-cite-comma",
        "footnote-label",
        "two-number-keys",
    ],
)
def test_range_like_keys_stay_whole(body: str, expected: list[str]) -> None:
    assert _labels(body) == expected


_BIB = """@article{kim2011,
  author = {Kim, Ana and Park, Joon},
  title = {Adsorption on Stepped Surfaces},
  journal = {Surface Science},
  year = {2011}
}
"""
_OTHER_BIB = """@book{kim2011,
  author = {Other, Olga},
  title = {A Different Work},
  year = {1999}
}
"""
_CHAPTER = "#+TITLE: Surfaces\n\n* Steps\nSteps bind more strongly cite:kim2011.\n"


@pytest.mark.parametrize(
    ("files", "chapter", "title"),
    [
        (  # a directory of numbered chapters: the last names the bibliography
            {
                "ch/09-references.org": "* References\nbibliography:refs.bib\n",
                "ch/refs.bib": _BIB,
                "ch/02-intro.org": "* Intro\nNo citations here.\n",
            },
            "ch/03-surfaces.org",
            "Adsorption on Stepped Surfaces",
        ),
        (  # the book is exported from its root: the .bib sits one directory up
            {"book/chapters/12-refs.org": "bibliography:dft.bib\n", "book/dft.bib": _BIB},
            "book/chapters/03-surfaces.org",
            "Adsorption on Stepped Surfaces",
        ),
        (  # the chapter's #+SETUPFILE names it
            {"setup.org": "#+BIBLIOGRAPHY: refs.bib\n", "refs.bib": _BIB},
            "notes/surfaces.org",
            "Adsorption on Stepped Surfaces",
        ),
        (  # a master file beside the chapters includes this one and names it
            {
                "book.org": '#+TITLE: Book\n#+INCLUDE: "parts/surfaces.org"\nbibliography:b.bib\n',
                "b.bib": _BIB,
            },
            "parts/surfaces.org",
            "Adsorption on Stepped Surfaces",
        ),
        (  # the chapter's own bibliography wins over its siblings'
            {
                "ch/01-own.org": "bibliography:other.bib\n",
                "ch/other.bib": _OTHER_BIB,
                "ch/refs.bib": _BIB,
            },
            "ch/02-surfaces.org",
            "Adsorption on Stepped Surfaces",
        ),
        (  # an unnumbered note beside another file: no book, nothing guessed
            {"notes/other.org": "bibliography:refs.bib\n", "notes/refs.bib": _BIB},
            "notes/surfaces.org",
            None,
        ),
        (  # a numbered chapter of another directory is no sibling
            {"a/09-refs.org": "bibliography:refs.bib\n", "a/refs.bib": _BIB, "b/x.txt": ""},
            "b/03-surfaces.org",
            None,
        ),
    ],
    ids=[
        "numbered-siblings",
        "bib-at-book-root",
        "setupfile",
        "master-includes-chapter",
        "own-bibliography-first",
        "unnumbered-no-guess",
        "other-directory-no-guess",
    ],
)
def test_chapter_finds_book_bibliography(
    tmp_path: Path, files: dict[str, str], chapter: str, title: str | None
) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    text = _CHAPTER
    if chapter == "notes/surfaces.org" and "setup.org" in files:
        text = "#+SETUPFILE: ../setup.org\n" + text
    if chapter == "ch/02-surfaces.org":
        text = "bibliography:refs.bib\n" + text
    path = tmp_path / chapter
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    doc = org.read_opts(text, str(path), ReadOptions())
    titles = [n.reference.title for n in doc.footnotes if n.reference is not None]
    codes = [a.code.value for a in doc.anomalies]
    if title is None:
        assert titles == []
        assert "citation-key-missing" in codes
    else:
        assert titles == [title]
        assert codes == []
