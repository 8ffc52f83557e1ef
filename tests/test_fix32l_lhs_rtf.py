"""Literate Haskell theses (lhs2TeX) and RTF refusals.

* In an lhs2TeX document (``.lhs``, or a text with lhs2TeX's ``%include x.fmt`` /
  ``%format`` directives) a line ``%include Chapters/Intro.lhs`` is lhs2TeX's include,
  not a comment: the file is read; lhs2TeX's own ``.fmt`` files are not looked for;
  ``code``/``spec`` blocks and bird-track lines are Haskell, not LaTeX.  In other LaTeX
  ``%include`` stays a comment.
* Brackets in a LaTeX argument (``morecomment=[f][\\color{red}]-``) are no Markdown
  reference-style links: a link ``[text][n]`` counts only when ``[n]:`` is defined.
* An RTF document (``{\\rtf1``) is refused naming its format, with a conversion.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.decode import binary_format, decode
from bibcheck.readers.evidence import citation_evidence
from bibcheck.readers.latex.source import load
from tests.test_regex_growth import assert_linear

LISTINGS = (
    "\\usepackage{listings}\n\\lstdefinelanguage{patch}{\n  morecomment=[f][\\color{blue}]+,\n"
    "  morecomment=[f][\\color{orange}]-,\n  morecomment=[s][\\itshape]{@@}{@@}\n}\n"
)
BIB = "@book{wadler1992, author={Philip Wadler}, title={Monads for Functional Programming},\n"
BIB += "  year=1992, publisher={Springer}}\n@article{hughes1989, author={John Hughes},\n"
BIB += "  title={Why Functional Programming Matters}, journal={The Computer Journal}, year=1989}\n"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


@pytest.mark.parametrize(
    ("main_name", "main", "chapters"),
    [
        # a .lhs thesis: format file of lhs2TeX, chapters through %include
        (
            "Thesis.lhs",
            "\\documentclass{report}\n%include polycode.fmt\n" + LISTINGS + "\\begin{document}\n"
            "%include Chapters/Intro.lhs\n%include Chapters/Monads.lhs\n"
            "\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n",
            {
                "Chapters/Intro.lhs": "\\chapter{Intro}\nAs \\citet{hughes1989} argued.\n"
                "\\begin{code}\nmain = print (f {- brace { -} 1)\n\\end{code}\n",
                "Chapters/Monads.lhs": "\\chapter{Monads}\n%include ../Chapters/Law.lhs\n"
                "> unit :: a -> M a\n> unit a = \\x -> {a\n",
                "Chapters/Law.lhs": "Laws after \\cite{wadler1992}.\n",
            },
        ),
        # a .tex driver made by lhs2TeX's conventions: the directives say it is lhs2TeX
        (
            "paper.tex",
            '%include lhs2TeX.fmt\n%format alpha = "\\alpha"\n\\documentclass{article}\n'
            "\\begin{document}\n%include sections/one.lhs\n\\bibliography{refs}\n"
            "\\end{document}\n",
            {
                "sections/one.lhs": "\\section{One}\n\\cite{hughes1989} and \\cite{wadler1992}.\n"
                "\\begin{spec}\nf :: {x}\n\\end{spec}\n"
            },
        ),
    ],
)
def test_lhs2tex_includes_are_read(
    tmp_path: Path, main_name: str, main: str, chapters: dict[str, str]
) -> None:
    _write(tmp_path, {main_name: main, "refs.bib": BIB, **chapters})
    doc = parse_file(tmp_path / main_name)
    assert sorted(f.label for f in doc.footnotes) == ["hughes1989", "wadler1992"]
    assert all(f.literature is not None for f in doc.footnotes)
    bad = (C.INCLUDE_UNREADABLE, C.CITATION_KEY_MISSING, C.DOCUMENT_DAMAGED)
    assert not [a for a in doc.all_anomalies() if a.code in bad]


def test_a_missing_lhs2tex_include_is_said_as_written(tmp_path: Path) -> None:
    text = "\\documentclass{report}\n\\begin{document}\n%include Chapters/Gone.lhs\n"
    text += "Text \\cite{hughes1989}.\n\\bibliography{refs}\n\\end{document}\n"
    _write(tmp_path, {"t.lhs": text, "refs.bib": BIB})
    found = [a for a in parse_file(tmp_path / "t.lhs").all_anomalies()]
    gaps = [a for a in found if a.code is C.INCLUDE_UNREADABLE]
    assert len(gaps) == 1 and gaps[0].line == 3
    assert gaps[0].message.startswith("%include Chapters/Gone.lhs (line 3)")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # plain LaTeX: %include is a comment
        ("p.tex", "\\documentclass{article}\n\\begin{document}\n%include other\nX.\n"),
        # in an lhs file, not at a line's start, or with more on the line: no directive
        ("p.lhs", "\\documentclass{article}\n\\begin{document}\n  %include other\nX.\n"),
        ("p.lhs", "\\documentclass{article}\n\\begin{document}\nX. %include other\n"),
    ],
)
def test_include_comments_are_not_includes(tmp_path: Path, name: str, text: str) -> None:
    loaded = load(text + "\\end{document}\n", str(tmp_path / name))
    assert not loaded.anomalies
    assert "include" not in loaded.source.text


@pytest.mark.parametrize(
    "line",
    [lambda n: "%include " + "a" * n, lambda n: "%include " + " " * n + "x", lambda n: "%" * n],
)
def test_lhs_directives_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: load(text + "\n", "long.lhs"), line)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # listings options in a LaTeX argument: no reference links
        (LISTINGS, 0),
        ("\\lstset{morecomment=[l][\\color{gray}]{//}}\n", 0),
        # Markdown reference links with their definitions
        ("See the [manual][3] and [notes][ref-a].\n\n[3]: https://e.org/m\n[ref-a]: <x.html>\n", 2),
        # a label defined in other letter case and spacing (CommonMark matches them)
        (
            "The [report][Annual  Report] and [plan][annual report].\n\n"
            "  [annual report]: https://e.org/r\n",
            2,
        ),
        # no definition: Markdown shows the brackets as they are
        ("The [draft][v2] is here.\n", 0),
    ],
)
def test_reference_links_need_a_definition(text: str, count: int) -> None:
    found = [e for e in citation_evidence(text) if e.what.startswith("reference-style links")]
    assert sum(e.count for e in found) == count


def test_a_thesis_whose_chapters_are_absent_says_so(tmp_path: Path) -> None:
    # the listings options are no Markdown links: no refusal sending it to markdown-links,
    # but the missing chapter, as lhs2TeX names it
    text = "\\documentclass{report}\n" + LISTINGS + "\\begin{document}\n"
    text += "%include Chapters/Intro.lhs\n\\bibliography{refs}\n\\end{document}\n"
    _write(tmp_path, {"m.lhs": text, "refs.bib": BIB})
    doc = parse_file(tmp_path / "m.lhs")
    gaps = [a.message for a in doc.all_anomalies() if a.code is C.INCLUDE_UNREADABLE]
    assert [g.split(" (")[0] for g in gaps] == ["%include Chapters/Intro.lhs"]


RTF = b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2639\n{\\fonttbl\\f0\\fswiss Helvetica;}\n"
RTF += b"\\pard\\f0\\fs24 A claim.\\footnote{Source.}\\par\n}\n"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (RTF, "README.rtf"),
        (RTF, "notes.txt"),  # known by its signature whatever the name
        (b"\xef\xbb\xbf  \n" + RTF.replace(b"rtf1\\ansi", b"rtf1 \\ansi"), "letter"),
    ],
)
def test_rtf_is_refused_naming_the_format(data: bytes, name: str) -> None:
    assert binary_format(data, name) == "a Rich Text Format document (.rtf)"
    with pytest.raises(InputError) as err:
        decode(data, name)
    message = str(err.value)
    assert "Rich Text Format" in message and "pandoc" in message
    assert f"-o {Path(name).stem}.md" in message


@pytest.mark.parametrize("text", ["{\\rtfx}", "{\\rt", "A {\\rtf1} in prose.", "{\\bf x}"])
def test_texts_that_are_not_rtf(text: str) -> None:
    assert binary_format(text.encode(), "a.txt") is None
    assert decode(text.encode(), "a.txt").text == text


def test_a_name_too_long_for_the_file_system_is_no_traceback(tmp_path: Path) -> None:
    loaded = load("\\input{" + "a" * 10_000 + "}\n", str(tmp_path / "x.tex"))
    assert [a.code for a in loaded.anomalies] == [C.INCLUDE_UNREADABLE]
