"""A bibliography set up in a package or class of the project (a thesis template's
``\\usepackage{mystyle}`` or ``\\documentclass{mythesis}`` whose ``.sty``/``.cls`` stands
in the project folder and holds ``\\addbibresource{refs.bib}`` or ``\\bibliography{refs}``)
is the document's own: its files are read, and a biblatex it loads decides how keys
match.  A package of the TeX distribution (not in the folder) is not looked for, and a
``\\bibliography`` in a macro definition (``#1``) names no file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.latex.localstyles import local_styles
from tests.test_regex_growth import assert_linear

BIB = "@Book{kowalski2024, author={Jan Kowalski}, title={Ksiazka o metodach}, year=2024,\n"
BIB += "  publisher={Wydawnictwo}}\n@Article{nowak2019, author={Anna Nowak}, title={Artykul},\n"
BIB += "  journal={Przeglad}, year=2019}\n"
DOC = "\\begin{document}\nTekst \\cite{kowalski2024} i \\cite{nowak2019}.\n\\printbibliography\n"
DOC += "\\end{document}\n"
_MISSING = (C.CITATION_KEY_MISSING, C.BIBLIOGRAPHY_UNREADABLE, C.NO_LITERATURE_LIST)


@pytest.mark.parametrize(
    "files",
    [
        # a local package loads biblatex and names the .bib (Polish thesis template)
        {
            "mystyle.sty": "\\RequirePackage[backend=biber]{biblatex}\n\\addbibresource{refs.bib}\n",
            "thesis.tex": "\\documentclass{article}\n\\usepackage{mystyle}\n",
        },
        # several packages in one \usepackage, options, the .bib in a folder, % comments
        {
            "uni.sty": "\\ProvidesPackage{uni}\n% \\addbibresource{old.bib}\n"
            "\\RequirePackage[style=numeric,\n  backend=biber]{biblatex}\n"
            "\\addbibresource[datatype=bibtex]{bib/refs.bib}\n",
            "thesis.tex": "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n"
            "\\usepackage[polish]{babel}\n\\usepackage{amsmath,uni}\n",
        },
        # a thesis class built on report, naming the .bib with natbib's \bibliography
        {
            "mythesis.cls": "\\NeedsTeXFormat{LaTeX2e}\n\\ProvidesClass{mythesis}\n"
            "\\LoadClass[12pt]{report}\n\\RequirePackage{natbib}\n"
            "\\AtEndDocument{\\bibliographystyle{plainnat}\\bibliography{refs}}\n",
            "thesis.tex": "\\documentclass[a4paper]{mythesis}\n",
        },
        # a class built on a class of the project, which loads a package of the project
        {
            "base.cls": "\\LoadClass{book}\n\\RequirePackage{thesis-bib}\n",
            "faculty.cls": "\\LoadClassWithOptions{base}\n",
            "thesis-bib.sty": "\\RequirePackage{biblatex}\n\\addbibresource{refs.bib}\n",
            "thesis.tex": "\\documentclass{faculty}\n",
        },
        # a package in a folder of the project, named with its path
        {
            "style/setup.sty": "\\RequirePackage{biblatex}\n\\addglobalbib{refs.bib}\n",
            "thesis.tex": "\\documentclass{article}\n\\usepackage{style/setup}\n",
        },
    ],
)
def test_a_local_style_names_the_bibliography(tmp_path: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text + (DOC if name == "thesis.tex" else ""))
    bib = tmp_path / ("bib/refs.bib" if "bib/refs.bib" in str(files) else "refs.bib")
    bib.parent.mkdir(exist_ok=True)
    bib.write_text(BIB)
    doc = parse_file(tmp_path / "thesis.tex")
    assert not [a for a in doc.all_anomalies() if a.code in _MISSING]
    linked = {f.label: f.literature for f in doc.footnotes}
    assert set(linked) == {"kowalski2024", "nowak2019"}
    assert all(match is not None for match in linked.values())
    assert [b.name for b in doc.bibliographies] == [bib.relative_to(tmp_path).as_posix()]


def test_a_missing_bib_named_in_a_style_is_said(tmp_path: Path) -> None:
    (tmp_path / "mystyle.sty").write_text(
        "\\RequirePackage{biblatex}\n\\addbibresource{gone.bib}\n"
    )
    (tmp_path / "t.tex").write_text("\\documentclass{article}\n\\usepackage{mystyle}\n" + DOC)
    found = [a for a in parse_file(tmp_path / "t.tex").all_anomalies()]
    unreadable = [a for a in found if a.code is C.BIBLIOGRAPHY_UNREADABLE]
    assert len(unreadable) == 1 and "gone.bib" in unreadable[0].message
    assert "mystyle.sty" in unreadable[0].message


def test_biblatex_loaded_by_a_style_matches_keys_exactly(tmp_path: Path) -> None:
    (tmp_path / "mystyle.sty").write_text(
        "\\RequirePackage{biblatex}\n\\addbibresource{refs.bib}\n"
    )
    (tmp_path / "refs.bib").write_text(BIB.replace("kowalski2024", "Kowalski2024"))
    (tmp_path / "t.tex").write_text("\\documentclass{article}\n\\usepackage{mystyle}\n" + DOC)
    found = parse_file(tmp_path / "t.tex").all_anomalies()
    # biber does not find the entry (BibTeX would, with a citation-key-case warning)
    missing = [a for a in found if a.code is C.CITATION_KEY_MISSING]
    assert len(missing) == 1 and "biber matches keys exactly" in missing[0].message
    assert C.CITATION_KEY_CASE not in [a.code for a in found]


def test_a_chapter_read_alone_takes_the_style_of_its_main_document(tmp_path: Path) -> None:
    (tmp_path / "mystyle.sty").write_text(
        "\\RequirePackage{biblatex}\n\\addbibresource{refs.bib}\n"
    )
    (tmp_path / "refs.bib").write_text(BIB)
    (tmp_path / "main.tex").write_text(
        "\\documentclass{book}\n\\usepackage{mystyle}\n\\begin{document}\n\\include{ch1}\n"
        "\\printbibliography\n\\end{document}\n"
    )
    (tmp_path / "ch1.tex").write_text("\\chapter{Wstep}\nTekst \\cite{nowak2019}.\n")
    doc = parse_file(tmp_path / "ch1.tex")
    assert not [a for a in doc.all_anomalies() if a.code in _MISSING]
    assert [f.literature is not None for f in doc.footnotes] == [True]


@pytest.mark.parametrize(
    ("files", "preamble", "names"),
    [
        # distribution packages and classes are not in the folder: nothing
        ({}, "\\documentclass{article}\n\\usepackage[style=apa]{biblatex}\n", []),
        ({"a.sty": "x"}, "\\documentclass{article}\n\\usepackage{a}\n", ["a.sty"]),
        # nested and repeated: each file once, loops refused
        (
            {"a.sty": "\\RequirePackage{b}\n", "b.sty": "\\RequirePackage{a,b}\n"},
            "\\usepackage{a}\\usepackage{b}\n",
            ["a.sty", "b.sty"],
        ),
        ({"k.cls": "\\LoadClass{k}\n"}, "\\documentclass{k}\n", ["k.cls"]),
        # a commented-out package, a macro argument: not loaded
        ({"a.sty": "x"}, "%\\usepackage{a}\n\\usepackage{#1}\n", []),
    ],
)
def test_local_styles(
    tmp_path: Path, files: dict[str, str], preamble: str, names: list[str]
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    assert [s.name for s in local_styles(preamble, [tmp_path])] == names


def test_a_bibliography_macro_in_a_style_names_no_file(tmp_path: Path) -> None:
    (tmp_path / "mystyle.sty").write_text(
        "\\let\\oldbibliography\\bibliography\n"
        "\\renewcommand{\\bibliography}[1]{\\oldbibliography{#1}}\n"
        "\\newcommand{\\refsfrom}[1]{\\addbibresource{\\detokenize{#1}}}\n"
    )
    (tmp_path / "refs.bib").write_text(BIB)
    (tmp_path / "t.tex").write_text(
        "\\documentclass{article}\n\\usepackage{mystyle}\n\\begin{document}\n"
        "Tekst \\cite{nowak2019}.\n\\bibliography{refs}\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "t.tex")
    assert not [a for a in doc.all_anomalies() if a.code in _MISSING]
    assert [b.name for b in doc.bibliographies] == ["refs.bib"]


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "\\usepackage[" * (n // 12),
        lambda n: "\\usepackage{" + "a," * (n // 2),
        lambda n: "\\documentclass " * (n // 15),
    ],
)
def test_local_styles_is_linear_on_long_lines(tmp_path: Path, line: Callable[[int], str]) -> None:
    assert_linear(lambda text: local_styles(text, [tmp_path]), line)
