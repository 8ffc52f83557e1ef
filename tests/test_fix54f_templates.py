"""Fix 54f: a template naming its ``.bib`` through a macro defined in a file its class
inputs (:mod:`bibcheck.readers.latex.bibmacros`), and a ``\\marginnote`` standing as a
paragraph of its own (a template's editorial box) being no footnote
(:mod:`bibcheck.readers.latex.margin`).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.readers.latex import read, read_at
from bibcheck.readers.latex.bibmacros import resolved_name
from bibcheck.readers.latex.margin import opens_paragraph
from tests.test_regex_growth import assert_linear

_CLASS = (
    "\\NeedsTeXFormat{LaTeX2e}\n\\ProvidesClass{journalx}\n\\LoadClass{article}\n"
    "\\RequirePackage[backend=biber]{biblatex}\n\\input{meta.tex}\n"
    "\\addbibresource{\\paperBIB}\n"
)
_MAIN = (
    "\\documentclass{journalx}\n\\begin{document}\n"
    "Lund studied tides \\citep{lund2001}.\n\\printbibliography\n\\end{document}\n"
)
_BIB = "@article{lund2001, author={Lund, Eva}, title={Tides}, journal={J}, year={2001}}\n"


@pytest.mark.parametrize(
    ("meta", "found"),
    [
        ("\\def\\paperBIB{refs.bib}\n", True),
        ("\\newcommand{\\paperBIB}{refs}\n", True),
        ("\\newcommand\\paperBIB{refs.bib}\n", True),
        # a macro with a parameter names nothing; another macro's definition neither
        ("\\newcommand{\\paperBIB}[1]{refs.bib}\n", False),
        ("\\def\\paperBIBLIO{refs.bib}\n", False),
    ],
)
def test_bib_named_by_macro(tmp_path: Path, meta: str, found: bool) -> None:
    (tmp_path / "journalx.cls").write_text(_CLASS)
    (tmp_path / "meta.tex").write_text(meta)
    (tmp_path / "refs.bib").write_text(_BIB)
    (tmp_path / "paper.tex").write_text(_MAIN)
    doc = read_at(_MAIN, str(tmp_path / "paper.tex"))
    labels = {n.label for n in doc.literature}
    assert ("lund2001" in labels) is found


@pytest.mark.parametrize(
    ("name", "texts", "want"),
    [
        ("\\refsFILE", ["\\def\\refsFILE{lit.bib}"], "lit.bib"),
        ("\\refsFILE", ["\\gdef\\refsFILE{lit}"], "lit"),
        ("refs", ["\\def\\refs{lit.bib}"], None),  # no macro: a plain name
        ("\\refsFILE", ["\\def\\refsFILE{\\jobname.bib}"], None),  # other commands
    ],
)
def test_resolved_name(name: str, texts: list[str], want: str | None) -> None:
    assert resolved_name(name, texts, []) == want


_BOX = (
    "\\documentclass{article}\n\\begin{document}\n\\maketitle\n\n"  # 1-4
    "%% --- box ---\n"  # 5
    "\\marginnote{\n\\textbf{Edited by}\\\\ A. Editor\\\\ \\textbf{Received} 2020}\n\n"  # 6-8
    "Text with a note in the margin.\\marginnote{Measured at noon.}\n"  # 9
    "\\end{document}\n"
)


def test_margin_box_is_no_note() -> None:
    doc = read(_BOX)
    assert [(m.label, m.line) for m in doc.markers] == [("1", 9)]
    assert [n.text for n in doc.footnotes] == ["Measured at noon."]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("\\marginnote{x}", True),
        ("Intro.\n\n% a comment\n\\marginnote{x}", True),
        ("Intro.\n\n  \\marginnote{x}", True),
        ("Intro.\n\\marginnote{x}", False),  # the paragraph goes on
        ("Intro.\n% a comment\n\\marginnote{x}", False),  # a comment is no blank line
        ("Some words \\marginnote{x}", False),
    ],
)
def test_opens_paragraph(text: str, want: bool) -> None:
    assert opens_paragraph(text, text.index("\\marginnote")) is want


Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "%" * n, id="percent"),
    pytest.param(lambda n: "a\n" * (n // 2), id="lines"),
    pytest.param(lambda n: " %\n" * (n // 3), id="comment-lines"),
    pytest.param(lambda n: "\\def\\x{" * (n // 7), id="defs"),
    pytest.param(lambda n: "\\input{" * (n // 7), id="inputs"),
]


@pytest.mark.parametrize("line", LINES)
def test_opens_paragraph_is_linear(line: Line) -> None:
    assert_linear(lambda text: opens_paragraph(text + "\\m", len(text)), line)


@pytest.mark.parametrize("line", LINES)
def test_resolved_name_is_linear(line: Line) -> None:
    assert_linear(lambda text: resolved_name("\\x", [text], []), line)


_APPENDIX = (
    "\\section*{References}\n"  # 1
    "\\begin{enumerate}\n"  # 2
    "\\item[{[1]}] K. Lund. Typesetting by hand. Oslo: Fjell, 1984.\n"  # 3
    "\\item[{[2]}] M. Aas. Printing of tables. Bergen: Vik, 1990.\n"  # 4
    "\\end{enumerate}\n"
)
_THESIS = (
    "\\documentclass{report}\n\\begin{document}\n"
    "Body text without citations.\n\\input{appendix}\n\\end{document}\n"
)


@pytest.mark.parametrize(("where", "want"), [("included", "appendix.tex"), ("main", "")])
def test_list_in_included_file_names_it(tmp_path: Path, where: str, want: str) -> None:
    main = _THESIS if where == "included" else _THESIS.replace("\\input{appendix}", _APPENDIX)
    (tmp_path / "appendix.tex").write_text(_APPENDIX)
    (tmp_path / "thesis.tex").write_text(main)
    doc = read_at(main, str(tmp_path / "thesis.tex"))
    files = {n.file for n in doc.literature}
    assert doc.literature and files == {want}
