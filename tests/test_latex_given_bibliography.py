"""``--bibliography`` with a LaTeX chapter (sweep 30 problem 6).

A thesis chapter checked on its own names no ``.bib`` (the main file does); the user
gives the thesis's ``.bib`` or a CSL-JSON export on the command line. The entries come
after the bibliographies the document names itself: a key the document's own file
defines keeps that definition. A given file that cannot be read is said, never silent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode

CHAPTER = "\\chapter{Results}\nAs shown before \\cite{lee98}, and again \\citep[p.~4]{kim2003}.\n"
BIB = (
    "@book{lee98, author={Lee, A.}, title={First Book}, publisher={P}, year={1998}}\n"
    "@article{kim2003, author={Kim, B.}, title={An Article}, journal={J}, year={2003}}\n"
)


def _cited(doc: object) -> dict[str, str | None]:
    return {
        n.label: (n.reference.title if n.reference else None)
        for n in doc.footnotes  # type: ignore[attr-defined]
    }


def test_chapter_with_given_bib_resolves_its_keys(tmp_path: Path) -> None:
    (tmp_path / "chapter.tex").write_text(CHAPTER)
    (tmp_path / "thesis.bib").write_text(BIB)
    doc = parse_file(tmp_path / "chapter.tex", bibliography=[tmp_path / "thesis.bib"])
    assert doc.reader == "latex"
    assert _cited(doc) == {"lee98": "First Book", "kim2003": "An Article"}
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]


def test_given_csl_json(tmp_path: Path) -> None:
    (tmp_path / "chapter.tex").write_text(CHAPTER)
    items = [
        {"id": "lee98", "type": "book", "title": "First Book", "issued": {"date-parts": [[1998]]}},
        {"id": "kim2003", "type": "article-journal", "title": "An Article"},
    ]
    (tmp_path / "refs.json").write_text(json.dumps(items))
    doc = parse_file(tmp_path / "chapter.tex", bibliography=[tmp_path / "refs.json"])
    assert _cited(doc) == {"lee98": "First Book", "kim2003": "An Article"}


@pytest.mark.parametrize(
    ("own", "title"),
    [
        ("@book{lee98, author={Lee, A.}, title={Own Title}, year={1998}}\n", "Own Title"),
        ("@book{other, author={O, A.}, title={Other}, year={1990}}\n", "First Book"),
    ],
    ids=["named-file-wins", "given-fills-the-gap"],
)
def test_named_bibliography_comes_first(tmp_path: Path, own: str, title: str) -> None:
    (tmp_path / "paper.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\nSee \\cite{lee98}.\n"
        "\\bibliography{own}\n\\end{document}\n"
    )
    (tmp_path / "own.bib").write_text(own)
    (tmp_path / "given.bib").write_text(BIB)
    doc = parse_file(tmp_path / "paper.tex", bibliography=[tmp_path / "given.bib"])
    assert _cited(doc)["lee98"] == title


def test_unreadable_given_file_is_said(tmp_path: Path) -> None:
    (tmp_path / "chapter.tex").write_text(CHAPTER)
    doc = parse_file(tmp_path / "chapter.tex", bibliography=[tmp_path / "missing.bib"])
    unread = [a for a in doc.all_anomalies() if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]
    assert len(unread) == 1 and "missing.bib" in unread[0].message
