"""biblatex manuscripts shipped with biber's ``.bbl`` instead of their ``.bib`` (arXiv
sources, publisher uploads): the entries are read with their fields, not lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Severity
from bibcheck.readers.latex.biberbbl import is_biber_bbl, read_biber_bbl

HEAD = """% $ biblatex auxiliary file $
% $ biblatex bbl format version 3.2 $
% Do not modify the above lines!
\\begingroup
\\makeatletter
\\@ifundefined{ver@biblatex.sty}
  {\\@latex@error{Missing 'biblatex' package}{}\\aftergroup\\endinput}
  {}
\\endgroup

\\refsection{0}
  \\datalist[entry]{nyt/global//global/global}
"""
TAIL = """  \\enddatalist
\\endrefsection
\\endinput
"""

# the name form of biblatex >= 3.3: key=value parts inside the second group
MODERN = """    \\entry{okafor2019tides}{article}{}{}
      \\name{author}{2}{}{%
        {{un=0,uniquepart=base,hash=aa11}{%
           family={Okafor},
           familyi={O\\bibinitperiod},
           given={Chidinma\\bibnamedelima A.},
           giveni={C\\bibinitperiod\\bibinitdelim A\\bibinitperiod},
           givenun=0}}%
        {{un=0,uniquepart=base,hash=bb22}{%
           family={Hale},
           familyi={H\\bibinitperiod},
           given={Tomás},
           giveni={T\\bibinitperiod},
           prefix={de},
           prefixi={d\\bibinitperiod},
           suffix={Jr.},
           suffixi={J\\bibinitperiod},
           givenun=0}}%
      }
      \\strng{namehash}{cc33}
      \\strng{fullhash}{cc33}
      \\field{sortinit}{O}
      \\field{sortinithash}{dd44}
      \\field{extradatescope}{labelyear}
      \\field{labeldatesource}{year}
      \\field{labelnamesource}{author}
      \\field{labeltitlesource}{title}
      \\field{journaltitle}{Estuarine, Coastal and Shelf Science}
      \\field{title}{Tidal asymmetry in the {Niger} delta: a {\\"u}ber-simple model}
      \\field{volume}{221}
      \\field{year}{2019}
      \\field{pages}{112\\bibrangedash 125}
      \\range{pages}{14}
      \\verb{doi}
      \\verb 10.1016/j.ecss.2019.03.004
      \\endverb
      \\verb{urlraw}
      \\verb https://example.org/okafor-tides
      \\endverb
      \\verb{url}
      \\verb https://example.org/okafor-tides
      \\endverb
      \\keyw{estuaries,tides}
    \\endentry
"""

# the older positional name form, a publisher list, a visit date, "and others"
POSITIONAL = """    \\entry{lindqvist2008harbours}{book}{}
      \\name{author}{1}{}{%
        {{uniquename=0,hash=ee55}{Lindqvist}{L\\bibinitperiod}{Karin}{K\\bibinitperiod}{}{}{}{}}%
      }
      \\true{moreauthor}
      \\list{publisher}{2}{%
        {Nordic Academic Press}%
        {Routledge}%
      }
      \\list{location}{1}{%
        {Lund}%
      }
      \\strng{namehash}{ff66}
      \\field{sortinit}{L}
      \\field{title}{Harbours of the Baltic, 1850--1914}
      \\field{year}{2008}
      \\field{urlday}{4}
      \\field{urlmonth}{3}
      \\field{urlyear}{2021}
    \\endentry
"""

# biber 1.x/2.x: the label name written as a \\name of its own, a name form option
OLDER = """    \\entry{petrov1998}{book}{vlang=russian}
      \\name{labelname}{1}{}{%
        {{uniquename=0,hash=hh88}{Петров}{П\\bibinitperiod}{Иван}{И\\bibinitperiod}{}{}{}{}}%
      }
      \\name[form=original,lang=russian]{author}{2}{}{%
        {{uniquename=0,hash=hh88}{Петров}{П\\bibinitperiod}{Иван}{И\\bibinitperiod}{}{}{}{}}%
        {{uniquename=0,hash=ii99}{Smith}{S\\bibinitperiod}{Jim}{J\\bibinitperiod}{}{}{}{}}%
      }
      \\field{labelyear}{1998}
      \\field{title}{Реки Сибири}
      \\field{year}{1998}
    \\endentry
"""

CORPORATE = """    \\entry{who2022report}{report}{}
      \\name{author}{1}{}{%
        {{hash=gg77}{%
           family={{World Health Organization}},
           familyi={W\\bibinitperiod},
           givenun=0}}%
      }
      \\field{title}{Global tuberculosis report 2022}
      \\field{type}{techreport}
      \\field{year}{2022}
    \\endentry
"""


@pytest.mark.parametrize(
    ("entry", "want"),
    [
        (
            MODERN,
            {
                "key": "okafor2019tides",
                "type": "article",
                "authors": ("Okafor, Chidinma A.", "de Hale, Jr., Tomás"),
                "fields": {
                    "author": "Okafor, Chidinma A. and de Hale, Jr., Tomás",
                    "journaltitle": "Estuarine, Coastal and Shelf Science",
                    "title": "Tidal asymmetry in the Niger delta: a über-simple model",
                    "volume": "221",
                    "year": "2019",
                    "pages": "112–125",
                    "doi": "10.1016/j.ecss.2019.03.004",
                    "url": "https://example.org/okafor-tides",
                },
                "title_line": 29,
            },
        ),
        (
            POSITIONAL,
            {
                "key": "lindqvist2008harbours",
                "type": "book",
                "authors": ("Lindqvist, Karin", "others"),
                "fields": {
                    "author": "Lindqvist, Karin and others",
                    "publisher": "Nordic Academic Press and Routledge",
                    "location": "Lund",
                    "title": "Harbours of the Baltic, 1850–1914",
                    "year": "2008",
                    "urldate": "2021-03-04",
                },
                "title_line": 15,
            },
        ),
        (
            CORPORATE,
            {
                "key": "who2022report",
                "type": "report",
                "authors": ("World Health Organization",),
                "fields": {
                    "author": "World Health Organization",
                    "title": "Global tuberculosis report 2022",
                    "type": "techreport",
                    "year": "2022",
                },
                "title_line": 8,
            },
        ),
        (
            OLDER,
            {
                "key": "petrov1998",
                "type": "book",
                "authors": ("Петров, Иван", "Smith, Jim"),
                "fields": {
                    "author": "Петров, Иван and Smith, Jim",
                    "title": "Реки Сибири",
                    "year": "1998",
                },
                "title_line": 10,
            },
        ),
    ],
    ids=["named-parts", "positional-parts", "corporate", "older-labelname"],
)
def test_entry_fields(entry: str, want: dict[str, object]) -> None:
    text = HEAD + entry + TAIL
    assert is_biber_bbl(text)
    (record,) = read_biber_bbl(text)
    assert record.key == want["key"]
    assert record.entry_type == want["type"]
    assert record.authors == want["authors"]
    assert record.fields == want["fields"]
    first = HEAD.count("\n") + 1
    assert record.line == first
    assert record.end_line == first + entry.count("\n") - 1
    assert record.field_lines["title"] == first + int(str(want["title_line"])) - 1


def test_an_entry_repeated_in_a_second_refsection_is_read_once() -> None:
    text = HEAD + MODERN + TAIL + "\\refsection{1}\n  \\datalist[entry]{x}\n" + MODERN + TAIL
    assert [r.key for r in read_biber_bbl(text)] == ["okafor2019tides"]


@pytest.mark.parametrize(
    "text",
    [
        "\\begin{thebibliography}{1}\n\\bibitem{a} A. Author. Title. 2001.\n"
        "\\end{thebibliography}\n",
        "% $ biblatex auxiliary file $\n\\refsection{0}\n\\endrefsection\n",
        "",
    ],
    ids=["bibtex-bbl", "no-entries", "empty"],
)
def test_what_is_not_a_biber_bbl(text: str) -> None:
    assert not is_biber_bbl(text)
    assert read_biber_bbl(text) == []


def test_a_manuscript_without_its_bib_reads_the_biber_bbl(tmp_path: Path) -> None:
    (tmp_path / "paper.bbl").write_text(HEAD + MODERN + POSITIONAL + CORPORATE + TAIL)
    (tmp_path / "paper.tex").write_text(
        "\\documentclass{article}\n\\usepackage[style=authoryear]{biblatex}\n"
        "\\addbibresource{refs.bib}\n\\begin{document}\n"
        "Tides \\parencite[115]{okafor2019tides}; harbours \\textcite{lindqvist2008harbours}.\n"
        "And \\autocite{who2022report}, \\cite{nowhere2020}.\n"
        "\\printbibliography\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "paper.tex")
    got = {e.label: e.reference for e in doc.literature}
    assert set(got) == {"okafor2019tides", "lindqvist2008harbours", "who2022report"}
    tides = got["okafor2019tides"]
    assert tides.title == "Tidal asymmetry in the Niger delta: a über-simple model"
    assert tides.year == 2019 and tides.doi == "10.1016/j.ecss.2019.03.004"
    assert got["lindqvist2008harbours"].year == 2008
    assert got["who2022report"].title == "Global tuberculosis report 2022"
    lines = {e.label: e.line for e in doc.literature}
    assert lines["okafor2019tides"] == HEAD.count("\n") + 1  # lines of the .bbl
    anomalies = doc.all_anomalies()
    missing = [a.footnote for a in anomalies if a.code is C.CITATION_KEY_MISSING]
    assert missing == ["nowhere2020"]  # a key the .bbl does not hold is still said
    # the absent .bib is said once, as an info: the .bbl is what arXiv sources ship
    (said,) = [a for a in anomalies if a.code is C.BIBLIOGRAPHY_SUBSTITUTED]
    assert "refs.bib" in said.message and "paper.bbl" in said.message
    assert said.line == 3
    assert C.BIBLIOGRAPHY_UNREADABLE not in {a.code for a in anomalies}
    severities = {f.kind.value: f.severity for f in analyse_document(doc, {}, {})}
    assert severities["coverage-gap"] is Severity.INFO


def test_a_broken_bib_is_still_a_warning_when_the_bbl_stands_in(tmp_path: Path) -> None:
    (tmp_path / "paper.bbl").write_text(HEAD + MODERN + TAIL)
    (tmp_path / "refs.bib").write_bytes(b"\xff\xfe\x00garbage{")
    (tmp_path / "paper.tex").write_text(
        "\\usepackage{biblatex}\n\\addbibresource{refs.bib}\n\\begin{document}\n"
        "Tides \\parencite{okafor2019tides}.\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "paper.tex")
    assert [e.label for e in doc.literature] == ["okafor2019tides"]
    codes = [a.code for a in doc.all_anomalies()]
    assert C.BIBLIOGRAPHY_SUBSTITUTED not in codes
    assert codes.count(C.BIBLIOGRAPHY_UNREADABLE) >= 1
