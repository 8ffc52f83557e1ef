"""biblatex lists split by entry filters: each ``\\printbibliography`` prints the cited
entries its ``keyword``/``type``/``subtype``/``category`` options admit, sorted on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

_BIB = """\
@book{zimmer, author = {Zimmer, Anna}, title = {Erste Quelle}, year = {1901},
  keywords = {quelle, druck}}
@book{adler, author = {Adler, Bruno}, title = {Zweite Quelle}, year = {1902},
  keywords = {quelle}}
@article{baum, author = {Baum, Clara}, title = {Ein Aufsatz}, journal = {Z}, year = {2001}}
@book{moser, author = {Moser, Dora}, title = {Ein Buch}, year = {2002}, entrysubtype = {classical}}
@online{ernst, author = {Ernst, Egon}, title = {Eine Seite}, year = {2003},
  url = {https://site.example.net}}
@phdthesis{fink, author = {Fink, Frieda}, title = {Eine Arbeit}, school = {U}, year = {2004}}
"""
_CITES = r"\cite{zimmer} \cite{baum} \cite{adler} \cite{moser} \cite{ernst} \cite{fink}"

_CASES = [
    # (what the document prints, the families in printed order)
    (
        "\\printbibliography[keyword=quelle,title={Quellen}]\n"
        "\\printbibliography[notkeyword=quelle,title={Literatur}]",
        ["Adler", "Zimmer", "Baum", "Ernst", "Fink", "Moser"],
    ),
    (  # German sources/literature with a heading option and braces holding a comma
        "\\printbibheading[title={Verzeichnisse}]\n"
        "\\printbibliography[heading=subbibliography,keyword=quelle,title={Quellen, gedruckt}]\n"
        "\\printbibliography[heading=subbibliography,notkeyword=quelle]",
        ["Adler", "Zimmer", "Baum", "Ernst", "Fink", "Moser"],
    ),
    (  # by entry type: books first, then everything else
        "\\printbibliography[type=book,title={Books}]\n"
        "\\printbibliography[nottype=book,title={Other works}]",
        ["Adler", "Moser", "Zimmer", "Baum", "Ernst", "Fink"],
    ),
    (  # biber's alias: a @phdthesis is a thesis
        "\\printbibliography[type=thesis,title={Theses}]\n\\printbibliography[nottype=thesis]",
        ["Fink", "Adler", "Baum", "Ernst", "Moser", "Zimmer"],
    ),
    (  # two filters of one list are both required
        "\\printbibliography[keyword=quelle,keyword=druck]\n\\printbibliography[notkeyword=druck]",
        ["Zimmer", "Adler", "Baum", "Ernst", "Fink", "Moser"],
    ),
    (  # entrysubtype
        "\\printbibliography[subtype=classical,title={Sources anciennes}]\n"
        "\\printbibliography[notsubtype=classical,title={Études}]",
        ["Moser", "Adler", "Baum", "Ernst", "Fink", "Zimmer"],
    ),
    (  # a list of one type only: what no list admits is printed nowhere, as biblatex does
        "\\printbibliography[type=online,title={Web}]",
        ["Ernst"],
    ),
    (  # categories declared in the preamble
        "\\printbibliography[category=primary]\n\\printbibliography[notcategory=primary]",
        ["Baum", "Moser", "Adler", "Ernst", "Fink", "Zimmer"],
    ),
    (  # a commented-out list prints nothing
        "%\\printbibliography[keyword=quelle]\n\\printbibliography[nottype=online]\n",
        ["Adler", "Baum", "Fink", "Moser", "Zimmer"],
    ),
]


def _write(tmp: Path, prints: str) -> Path:
    (tmp / "refs.bib").write_text(_BIB, encoding="utf-8")
    tex = tmp / "doc.tex"
    tex.write_text(
        "\\documentclass{article}\n\\usepackage[style=authoryear]{biblatex}\n"
        "\\addbibresource{refs.bib}\n\\DeclareBibliographyCategory{primary}\n"
        "\\addtocategory{primary}{moser,baum}\n\\begin{document}\n"
        f"Text {_CITES}.\n{prints}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    return tex


@pytest.mark.parametrize(("prints", "families"), _CASES)
def test_filtered_lists_in_printed_order(tmp_path: Path, prints: str, families: list[str]) -> None:
    doc = parse_file(_write(tmp_path, prints))
    got = [e.reference.authors[0].split(",")[0] for e in doc.literature if e.reference]
    assert got == families


def test_entry_printed_nowhere_is_no_missing_entry(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "\\printbibliography[type=online]"))
    codes = {a.code for a in doc.all_anomalies()}
    assert "literature-missing" not in codes
    assert len(doc.literature) == 1
