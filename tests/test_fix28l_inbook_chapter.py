"""Fix round 28 (L): a BibTeX ``@inbook`` citing a chapter by name is that chapter, not the
book, and no duplicate of an ``@book`` entry for the whole book."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import FindingKind

_BIB = """@Book{handbook,
  title = {The {Rust} Embedded Handbook},
  author = {Nakamura, Aiko},
  publisher = {Tern Press},
  year = {2019}
}
@InBook{handbookch,
  title = {The {Rust} Embedded Handbook},
  chapter = {%s},
  author = {Nakamura, Aiko},
  publisher = {Tern Press},
  year = {2019}
}
"""


def _doc(tmp_path: Path, chapter: str) -> tuple[dict[str, str | None], list[str]]:
    (tmp_path / "refs.bib").write_text(_BIB % chapter, encoding="utf-8")
    tex = tmp_path / "paper.tex"
    tex.write_text(
        "\\documentclass{article}\n\\begin{document}\nSee \\cite{handbook} and "
        "\\cite{handbookch}.\n\\bibliographystyle{plain}\n\\bibliography{refs}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(tex)
    titles = {e.label: e.reference.title for e in doc.literature}
    kinds = [
        f.message for f in analyse_document(doc, {}, {}) if f.kind is FindingKind.DUPLICATE_CITATION
    ]
    return titles, kinds


@pytest.mark.parametrize(
    ("chapter", "title", "duplicate"),
    [
        ("Interrupts and Critical Sections", "Interrupts and Critical Sections", False),
        ("Memory-mapped Registers", "Memory-mapped Registers", False),
        # a chapter number: the entry's title is the book's (the same work, said)
        ("4", "The Rust Embedded Handbook", True),
    ],
)
def test_inbook_chapter(tmp_path: Path, chapter: str, title: str, duplicate: bool) -> None:
    titles, duplicates = _doc(tmp_path, chapter)
    assert titles["handbookch"] == title
    assert titles["handbook"] == "The Rust Embedded Handbook"
    assert bool(duplicates) is duplicate
