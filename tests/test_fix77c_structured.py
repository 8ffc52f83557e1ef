"""Reference.editors and .number read from structured sources (fix77c): a .bib's ``editor``
and a report's, standard's or patent's ``number`` (a journal's ``number`` stays its issue),
a crossref child taking its book's editors; CSL-JSON's ``editor`` and ``number``; RIS's
``ED``/``A2`` (a whole book's ``A3``, as Zotero writes a book's editors) and the number as
``SN`` (when no ISBN) or ``M1``; a .bbl's marked ``\\bibinfo{editor}`` people."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import Reference

BIB = r"""
@book{edited,
  editor = {Harlow, Jane and Okafor, Bem},
  title = {Rivers and Their Margins},
  publisher = {Fenwick Press},
  address = {Leeds},
  year = {2014},
}
@incollection{chapter,
  author = {Marsh, Tobias},
  editor = {Harlow, Jane and Okafor, Bem},
  title = {Gravel bars in motion},
  booktitle = {Rivers and Their Margins},
  publisher = {Fenwick Press},
  pages = {12--30},
  year = {2014},
}
@techreport{report,
  author = {Quill, Ada},
  title = {Sediment budgets of small catchments},
  institution = {Northern Water Institute},
  number = {NWI-TR-2019-04},
  year = {2019},
}
@standard{standard,
  organization = {International Organization for Standardization},
  title = {Geographic information -- Metadata},
  number = {ISO 19115-1:2014},
  year = {2014},
}
@patent{patent,
  author = {Veld, Anna},
  title = {Floating sediment trap},
  number = {EP 3012345},
  year = {2016},
}
@article{article,
  author = {Pike, Rowan},
  title = {Fish passage at low weirs},
  journal = {Journal of Weirs},
  volume = {4},
  number = {2},
  pages = {1--9},
  year = {2011},
}
@book{parent,
  editor = {Dunmore, Carys},
  title = {Shallow Seas},
  publisher = {Tidewater Press},
  year = {2020},
}
@incollection{child,
  author = {Pell, Alys},
  title = {Eelgrass in winter},
  crossref = {parent},
  pages = {5--19},
}
"""

CSL = [
    {
        "id": "report",
        "type": "report",
        "author": [{"family": "Quill", "given": "Ada"}],
        "title": "Sediment budgets of small catchments",
        "number": "NWI-TR-2019-04",
        "publisher": "Northern Water Institute",
        "issued": {"date-parts": [[2019]]},
    },
    {
        "id": "chapter",
        "type": "chapter",
        "author": [{"family": "Marsh", "given": "Tobias"}],
        "editor": [{"family": "Harlow", "given": "Jane"}, {"literal": "River Society"}],
        "title": "Gravel bars in motion",
        "container-title": "Rivers and Their Margins",
        "issued": {"date-parts": [[2014]]},
    },
    {
        "id": "edited",
        "type": "book",
        "editor": [{"family": "Harlow", "given": "Jane"}, {"family": "Okafor", "given": "Bem"}],
        "title": "Rivers and Their Margins",
        "publisher": "Fenwick Press",
        "issued": {"date-parts": [[2014]]},
    },
]

RIS = """TY  - RPRT
AU  - Quill, Ada
TI  - Sediment budgets of small catchments
PY  - 2019
PB  - Northern Water Institute
SN  - NWI-TR-2019-04
ER  - 

TY  - CHAP
AU  - Marsh, Tobias
A2  - Harlow, Jane
A2  - Okafor, Bem
TI  - Gravel bars in motion
T2  - Rivers and Their Margins
PY  - 2014
PB  - Fenwick Press
SP  - 12
EP  - 30
ER  - 

TY  - BOOK
A2  - Vale, Simon
A3  - Harlow, Jane
TI  - Rivers and Their Margins
PY  - 2014
PB  - Fenwick Press
ER  - 

TY  - BOOK
ED  - Dunmore, Carys
TI  - Shallow Seas
PY  - 2020
PB  - Tidewater Press
ER  - 

TY  - STAND
AU  - International Organization for Standardization
TI  - Geographic information -- Metadata
PY  - 2014
M1  - ISO 19115-1:2014
ER  - 

TY  - RPRT
AU  - Quill, Ada
TI  - Sediment budgets, second edition
PY  - 2021
SN  - 978-3-16-148410-0
M1  - NWI-TR-2021-01
ER  - 
"""  # noqa: W291


def _refs(data: str, name: str) -> list[Reference]:
    doc = parse_bytes(data.encode(), name)
    return [e.reference for e in doc.literature]


def _by_title(refs: list[Reference], start: str) -> Reference:
    return next(r for r in refs if (r.title or "").startswith(start))


# (source, title's start, authors, editors, number)
CASES: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str | None]] = [
    ("bib", "Rivers", ("Harlow, Jane", "Okafor, Bem"), ("Harlow, Jane", "Okafor, Bem"), None),
    ("bib", "Gravel", ("Marsh, Tobias",), ("Harlow, Jane", "Okafor, Bem"), None),
    ("bib", "Sediment", ("Quill, Ada",), (), "NWI-TR-2019-04"),
    ("bib", "Geographic", (), (), "ISO 19115-1:2014"),
    ("bib", "Floating", ("Veld, Anna",), (), "EP 3012345"),
    ("bib", "Fish", ("Pike, Rowan",), (), None),
    ("bib", "Eelgrass", ("Pell, Alys",), ("Dunmore, Carys",), None),
    ("csl", "Sediment", ("Quill, Ada",), (), "NWI-TR-2019-04"),
    ("csl", "Gravel", ("Marsh, Tobias",), ("Harlow, Jane", "River Society"), None),
    ("csl", "Rivers", ("Harlow, Jane", "Okafor, Bem"), ("Harlow, Jane", "Okafor, Bem"), None),
    ("ris", "Sediment budgets of", ("Quill, Ada",), (), "NWI-TR-2019-04"),
    ("ris", "Gravel", ("Marsh, Tobias",), ("Harlow, Jane", "Okafor, Bem"), None),
    ("ris", "Rivers", ("Harlow, Jane",), ("Harlow, Jane",), None),
    ("ris", "Shallow", ("Dunmore, Carys",), ("Dunmore, Carys",), None),
    (
        "ris",
        "Geographic",
        ("International Organization for Standardization",),
        (),
        "ISO 19115-1:2014",
    ),
    ("ris", "Sediment budgets, second", ("Quill, Ada",), (), "NWI-TR-2021-01"),
]


@pytest.fixture(scope="module")
def read() -> dict[str, list[Reference]]:
    return {
        "bib": _refs(BIB, "refs.bib"),
        "csl": _refs(json.dumps(CSL), "refs.json"),
        "ris": _refs(RIS, "refs.ris"),
    }


@pytest.mark.parametrize(("source", "title", "authors", "editors", "number"), CASES)
def test_editors_and_number_from_structured_sources(
    read: dict[str, list[Reference]],
    source: str,
    title: str,
    authors: tuple[str, ...],
    editors: tuple[str, ...],
    number: str | None,
) -> None:
    ref = _by_title(read[source], title)
    assert (ref.authors, ref.editors, ref.number) == (authors, editors, number)


def test_a_journal_number_stays_the_issue(read: dict[str, list[Reference]]) -> None:
    article = _by_title(read["bib"], "Fish")
    assert (article.issue, article.number) == ("2", None)


def test_an_isbn_in_sn_stays_the_isbn(read: dict[str, list[Reference]]) -> None:
    report = _by_title(read["ris"], "Sediment budgets, second")
    assert report.isbn == "9783161484100"


# an elsarticle-style .bbl marking each field: the chapter's book's editors marked too
BBL = r"""\begin{thebibliography}{2}
\expandafter\ifx\csname natexlab\endcsname\relax\def\natexlab#1{#1}\fi
\providecommand{\bibinfo}[2]{#2}
%Type = Incollection
\bibitem[{Marsh(2014)}]{marsh2014}
\bibinfo{author}{Marsh, T.}, \bibinfo{year}{2014}.
\newblock \bibinfo{title}{Gravel bars in motion}, in: \bibinfo{editor}{Harlow, J.},
\bibinfo{editor}{Okafor, B.} (Eds.), \bibinfo{booktitle}{Rivers and Their Margins}.
\newblock \bibinfo{publisher}{Fenwick Press}, \bibinfo{address}{Leeds}, pp. \bibinfo{pages}{12--30}.
%Type = Article
\bibitem[{Pike(2011)}]{pike2011}
\bibinfo{author}{Pike, R.}, \bibinfo{year}{2011}.
\newblock \bibinfo{title}{Fish passage at low weirs}.
\newblock \bibinfo{journal}{Journal of Weirs} \bibinfo{volume}{4}, \bibinfo{pages}{1--9}.
\end{thebibliography}
"""
TEX = (
    "\\documentclass{article}\n\\usepackage{natbib}\n\\begin{document}\n"
    "Text \\nocite{*}.\n\n\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n"
)


@pytest.mark.parametrize(
    ("label", "editors"), [("marsh2014", ("Harlow, J.", "Okafor, B.")), ("pike2011", ())]
)
def test_editors_a_bbl_marks(tmp_path: Path, label: str, editors: tuple[str, ...]) -> None:
    (tmp_path / "paper.bbl").write_text(BBL, encoding="utf-8")
    (tmp_path / "paper.tex").write_text(TEX, encoding="utf-8")
    doc = parse_file(tmp_path / "paper.tex")
    refs = {e.label: e.reference for e in doc.literature}
    assert refs[label].editors == editors
