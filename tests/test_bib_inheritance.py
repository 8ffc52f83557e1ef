"""``crossref`` and ``xdata``: what a .bib entry takes from its parent (BibTeX and biblatex
rules), in one file and across the files a LaTeX document names."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.bibfile import inherit, read_bib
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references.bibtex import to_reference

PROCEEDINGS = """@inproceedings{kato2018,
  author   = {Kato, Mei and Roy, Dev},
  title    = {Sparse Ferry Schedules},
  pages    = {11--19},
  crossref = {tsc2018}
}

@proceedings{tsc2018,
  title     = {Proceedings of the Transit Systems Conference},
  editor    = {Berg, Ola},
  publisher = {TSC Press},
  address   = {Oslo},
  year      = {2018},
  shorthand = {TSC18}
}
"""

BOOK = """@inbook{ward2015,
  title    = {Canal Tolls},
  chapter  = {4},
  crossref = {ward2015book}
}
@book{ward2015book,
  author    = {Ward, Nell},
  title     = {Inland Waterways},
  publisher = {Harbour},
  date      = {2015}
}
"""

MVBOOK = """@book{vol2,
  title    = {The Northern Routes},
  volume   = {2},
  crossref = {mv}
}
@mvbook{mv,
  author = {Stone, Ivo},
  title  = {A History of Trade},
  year   = {2001},
  volumes = {3}
}
"""

PERIODICAL = """@article{lin2020,
  author   = {Lin, Yu},
  title    = {Lock Capacity},
  crossref = {jwr-special}
}
@periodical{jwr-special,
  title  = {Journal of Water Routes},
  issuetitle = {Locks},
  volume = {12},
  year   = {2020}
}
"""

XDATA = """@xdata{springer-ber, publisher = {Springer}, location = {Berlin}}
@xdata{lncs, series = {Lecture Notes in Computer Science}}
@book{moss2019,
  author = {Moss, Kay},
  title  = {Port Logic},
  year   = {2019},
  xdata  = {springer-ber, lncs}
}
"""

CHILD_KEEPS = """@inproceedings{own,
  title = {Own Title},
  booktitle = {Own Booktitle},
  year = {1999},
  crossref = {p}
}
@proceedings{p, title = {Parent Proceedings}, year = {2000}, publisher = {P}}
"""

MISC = """@misc{part, note = {Part 2}, crossref = {whole}}
@misc{whole, title = {Whole Dataset}, year = {2021}, url = {https://data.example.org/w}}
"""


def fields_of(text: str, key: str) -> dict[str, str]:
    records, _ = read_bib(text)
    return next(r for r in records if r.key == key).fields


@pytest.mark.parametrize(
    ("text", "key", "expected", "absent"),
    [
        pytest.param(
            PROCEEDINGS,
            "kato2018",
            {"title": "Sparse Ferry Schedules", "year": "2018", "publisher": "TSC Press",
             "booktitle": "Proceedings of the Transit Systems Conference", "address": "Oslo"},
            ["shorthand"],
            id="proceedings-title-is-booktitle",
        ),
        pytest.param(
            BOOK,
            "ward2015",
            {"title": "Canal Tolls", "booktitle": "Inland Waterways", "date": "2015",
             "bookauthor": "Ward, Nell", "author": "Ward, Nell"},
            [],
            id="book-author-and-booktitle",
        ),
        pytest.param(
            MVBOOK,
            "vol2",
            {"title": "The Northern Routes", "maintitle": "A History of Trade", "year": "2001"},
            ["booktitle"],
            id="mvbook-title-is-maintitle",
        ),
        pytest.param(
            PERIODICAL,
            "lin2020",
            {"journaltitle": "Journal of Water Routes", "volume": "12", "year": "2020",
             "title": "Lock Capacity"},
            [],
            id="periodical-title-is-journaltitle",
        ),
        pytest.param(
            XDATA,
            "moss2019",
            {"publisher": "Springer", "location": "Berlin",
             "series": "Lecture Notes in Computer Science"},
            [],
            id="xdata-two-sources",
        ),
        pytest.param(
            CHILD_KEEPS,
            "own",
            {"title": "Own Title", "booktitle": "Own Booktitle", "year": "1999",
             "publisher": "P"},
            [],
            id="the-child-keeps-its-own-fields",
        ),
        pytest.param(
            MISC, "part", {"title": "Whole Dataset", "year": "2021"}, [], id="same-names-otherwise"
        ),
    ],
)  # fmt: skip
def test_inheritance(text: str, key: str, expected: dict[str, str], absent: list[str]) -> None:
    fields = fields_of(text, key)
    assert {name: fields.get(name) for name in expected} == expected
    for name in absent:
        assert name not in fields


def test_the_inherited_year_reaches_the_reference() -> None:
    records, errors = read_bib(PROCEEDINGS)
    ref = to_reference(records[0])
    assert (ref.year, ref.host, ref.publisher) == (
        2018,
        "Proceedings of the Transit Systems Conference",
        "TSC Press",
    )
    assert ref.title == "Sparse Ferry Schedules"
    assert errors == []


def test_a_missing_parent_is_an_error_and_nothing_is_lost() -> None:
    records, errors = read_bib("@article{a, title={Alone}, year={2003}, crossref={gone}}\n")
    assert records[0].fields["title"] == "Alone"
    assert [(e.line, e.parent_key) for e in errors] == [(1, "gone")]


def test_a_crossref_loop_ends() -> None:
    text = "@misc{a, title={A}, crossref={b}}\n@misc{b, year={2001}, crossref={a}}\n"
    records, errors = inherit(read_bib(text)[0])
    assert [r.fields.get("year") for r in records] == ["2001", "2001"]
    assert errors == []


def test_a_parent_in_another_bib_file_of_the_document(tmp_path: Path) -> None:
    (tmp_path / "papers.bib").write_text(PROCEEDINGS.split("@proceedings")[0])
    (tmp_path / "venues.bib").write_text("@proceedings" + PROCEEDINGS.split("@proceedings")[1])
    (tmp_path / "p.tex").write_text(
        "\\documentclass{article}\n\\bibliography{papers,venues}\n\\begin{document}\n"
        "Ferries \\cite{kato2018}.\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "p.tex")
    note = next(f for f in doc.footnotes if f.label == "kato2018")
    assert (note.reference.year, note.reference.publisher) == (2018, "TSC Press")
    assert C.BIBLIOGRAPHY_UNREADABLE not in {a.code for a in doc.all_anomalies()}


def test_a_parent_in_no_file_is_said(tmp_path: Path) -> None:
    (tmp_path / "r.bib").write_text("@inproceedings{x, title={X}, crossref={nowhere}}\n")
    (tmp_path / "p.tex").write_text(
        "\\documentclass{article}\n\\bibliography{r}\n\\begin{document}\n"
        "See \\cite{x}.\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "p.tex")
    said = [a for a in doc.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNREADABLE]
    assert len(said) == 1 and "'nowhere'" in said[0].message and said[0].line == 2
