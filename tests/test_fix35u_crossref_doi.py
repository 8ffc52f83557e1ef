"""A chapter takes its book's DOI through ``crossref``/``xdata`` (as biber gives it): that
borrowed DOI names the book, so the chapter is no duplicate of the book, nor of the book's
other chapters; a chapter's own DOI differing from the book's is fine; one work entered
twice (one DOI, one title) is still a duplicate.  For a ``.bib`` read as the document and
for a ``.bib`` a Pandoc, Org or LaTeX manuscript cites from."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.bibfile import read_bib
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, FindingKind
from bibcheck.readers import bibtex

BOOK = """@collection{atlas,
  editor = {Moreau, Claire},
  title = {Atlas of Alpine Lakes},
  publisher = {Éditions du Lac},
  location = {Annecy},
  date = {2014},
  doi = {10.5555/atlas.2014},
}
"""
CHAPTER = """@incollection{{ch{n},
  author = {{{author}}},
  title = {{{title}}},
  crossref = {{atlas}},
  pages = {{{pages}}},{extra}
}}
"""
MONOGRAPH = """@book{lakes,
  author = {Moreau, Claire},
  title = {Lakes of Savoy},
  publisher = {Éditions du Lac},
  date = {2016},
  doi = {10.5555/lakes.2016},
}
"""
TITLELESS = """@inbook{ch9,
  author = {Moreau, Claire},
  crossref = {lakes},
  chapter = {9},
}
"""
XDATA = """@xdata{shared,
  publisher = {Éditions du Lac},
  date = {2014},
  doi = {10.5555/atlas.2014},
}

@incollection{ch8,
  author = {Vidal, Luc},
  title = {Ice cover and mixing},
  booktitle = {Atlas of Alpine Lakes},
  xdata = {shared},
}
"""


def _chapter(n: int, author: str, title: str, extra: str = "") -> str:
    return CHAPTER.format(n=n, author=author, title=title, pages=f"{n}--{n + 9}", extra=extra)


ONE = _chapter(1, "Favre, Anne", "Sediment cores")
TWO = _chapter(2, "Rossi, Marco", "Plankton blooms")
OWN = _chapter(3, "Keller, Jonas", "Shoreline birds", "\n  doi = {10.5555/atlas.2014.ch3},")
AGAIN = _chapter(4, "Favre, Anne", "Sediment cores")
COPIED = """@incollection{copied,
  author = {Girard, Paul},
  title = {Fish of the deep basins},
  booktitle = {Atlas of Alpine Lakes},
  publisher = {Éditions du Lac},
  year = {2014},
  doi = {10.5555/atlas.2014},
}
"""
STRAY = """@article{stray,
  author = {Weber, Ida},
  title = {Groundwater inflow},
  journal = {Limnetica},
  year = {2014},
  doi = {10.5555/atlas.2014},
}
"""
TWIN = """@article{p1,
  author = {Nolan, Rhea},
  title = {Varves of Lake Bourget},
  journaltitle = {Limnetica},
  date = {2019},
  doi = {10.5555/lim.77},
}

@article{p2,
  author = {Nolan, R.},
  title = {Varves of lake Bourget},
  journal = {Limnetica},
  year = {2019},
  doi = {10.5555/LIM.77},
}
"""


def _duplicates(text: str) -> list[str]:
    raw = bibtex.read(text)
    return [a.message for a in raw.anomalies if a.code is AnomalyCode.LITERATURE_DUPLICATE_ENTRY]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (BOOK + ONE, 0),
        (BOOK + ONE + TWO, 0),
        (MONOGRAPH + TITLELESS, 0),
        (BOOK + OWN, 0),
        (XDATA + BOOK, 0),
        (BOOK + ONE + AGAIN, 1),
        (BOOK + COPIED, 0),
        (BOOK + ONE + COPIED, 0),
        (BOOK + STRAY, 1),
        (TWIN, 1),
    ],
    ids=[
        "chapter-and-book",
        "two-chapters",
        "titleless-inbook",
        "own-doi",
        "xdata-doi",
        "chapter-twice",
        "copied-book-doi",
        "copied-and-inherited",
        "unrelated-same-doi",
        "article-twice",
    ],
)
def test_bib_document_duplicates(text: str, count: int) -> None:
    assert len(_duplicates(text)) == count


def test_inherited_fields_are_named() -> None:
    records = {r.key: r for r in read_bib(BOOK + ONE + OWN)[0]}
    assert "doi" in records["ch1"].inherited
    assert "doi" not in records["ch3"].inherited
    assert "doi" not in records["atlas"].inherited
    assert records["ch1"].fields["doi"] == "10.5555/atlas.2014"  # still given, as biber does


PANDOC = """---
title: Lakes
bibliography: refs.bib
---

Cores were taken.[^1] Blooms recur.[^2] The atlas maps them.[^3] Chapter nine.[^4] Savoy.[^5]

[^1]: See @ch1, 3.
[^2]: See @ch2, 5.
[^3]: See @atlas, 1.
[^4]: See @ch9.
[^5]: See @lakes, 2.
"""
ORG = """#+TITLE: Lakes
#+BIBLIOGRAPHY: refs.bib

Cores were taken [cite:@ch1]. Blooms recur [cite:@ch2]. The atlas maps them [cite:@atlas].
Chapter nine [cite:@ch9]. Savoy [cite:@lakes].

#+PRINT_BIBLIOGRAPHY:
"""
LATEX = r"""\documentclass{article}
\usepackage[style=verbose]{biblatex}
\addbibresource{refs.bib}
\begin{document}
Cores were taken.\footcite{ch1} Blooms recur.\footcite{ch2}
The atlas maps them.\footcite{atlas} Chapter nine.\footcite{ch9} Savoy.\footcite{lakes}
\printbibliography
\end{document}
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [("paper.md", PANDOC), ("paper.org", ORG), ("paper.tex", LATEX)],
    ids=["pandoc", "org", "latex"],
)
def test_manuscript_chapters_are_not_their_book(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / "refs.bib").write_text(BOOK + ONE + TWO + MONOGRAPH + TITLELESS, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert len(doc.literature) == 5
    findings = analyse_document(doc, {}, {})
    assert not [f for f in findings if f.kind is FindingKind.DUPLICATE_CITATION]
