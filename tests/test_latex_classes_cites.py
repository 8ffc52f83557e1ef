"""LaTeX classes built on book/report/memoir (by name, or by the ``.cls`` beside the
document) restart footnotes per chapter; abntex2cite's ``\\apud`` and other citation
commands of abntex2cite, natbib, apacite, biblatex-chicago and biblatex-apa are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument
from bibcheck.readers.latex import read_at
from bibcheck.readers.latex.classes import ClassChain, base_classes, class_chain
from bibcheck.readers.latex.counters import Reset, reset_of

BIB = """@book{freire1987, author={Freire, Paulo}, title={Pedagogia do oprimido},
  publisher={Paz e Terra}, address={Rio de Janeiro}, year=1987}
@article{moura2015, author={Moura, Clara}, title={Leitura e escola}, journal={Rev. Educ.},
  year=2015, pages={11--29}}
@book{vieira2009, author={Vieira, Tomás}, title={Estradas do sertão}, publisher={UFPE},
  year=2009}
"""


# -- what a class is built on ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\\LoadClass{book}", ["book"]),
        ("\\LoadClass[12pt,a4paper]{ report }", ["report"]),
        ("\\LoadClassWithOptions{memoir}", ["memoir"]),
        ("% \\LoadClass{book}\n\\LoadClass{article}", ["article"]),
        ("\\ProvidesClass{note}\n\\RequirePackage{graphicx}", []),
    ],
    ids=["plain", "options-spaces", "with-options", "commented-out", "none"],
)
def test_base_classes(text: str, expected: list[str]) -> None:
    assert base_classes(text) == expected


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("files", "name", "names"),
    [
        ({"uniclass.cls": "\\LoadClass[oneside]{book}"}, "uniclass", ("uniclass", "book")),
        (
            {"deptthesis.cls": "\\LoadClass{uniclass}", "uniclass.cls": "\\LoadClass{memoir}"},
            "deptthesis",
            ("deptthesis", "uniclass", "memoir"),
        ),
        ({"a.cls": "\\LoadClass{b}", "b.cls": "\\LoadClass{a}"}, "a", ("a", "b")),
        ({}, "abntex2", ("abntex2",)),
    ],
    ids=["one-level", "two-levels", "loop-refused", "not-beside"],
)
def test_class_chain(
    tmp_path: Path, files: dict[str, str], name: str, names: tuple[str, ...]
) -> None:
    _write(tmp_path, files)
    assert class_chain(name, [tmp_path]).names == names


@pytest.mark.parametrize(
    ("preamble", "chain", "expected"),
    [
        ("\\documentclass[12pt,brazil]{abntex2}", ClassChain(("abntex2",)), Reset("chapter")),
        ("\\documentclass{ociamthesis}", ClassChain(("ociamthesis",)), Reset("chapter")),
        ("\\documentclass{scrreprt}", ClassChain(("scrreprt",)), Reset("chapter")),
        ("\\documentclass{uniclass}", ClassChain(("uniclass", "report")), Reset("chapter")),
        ("\\documentclass{uniclass}", ClassChain(("uniclass", "article")), Reset()),
        ("\\documentclass{uniclass}", ClassChain(("uniclass",)), Reset()),
        (
            "\\documentclass{uniclass}",
            ClassChain(("uniclass", "book"), ("\\counterwithout{footnote}{chapter}",)),
            Reset(),
        ),
        (
            "\\documentclass{uniclass}\n\\counterwithin{footnote}{chapter}",
            ClassChain(("uniclass", "article")),
            Reset("chapter", True),
        ),
        (
            "\\documentclass{uniclass}\n\\counterwithout{footnote}{chapter}",
            ClassChain(("uniclass", "memoir")),
            Reset(),
        ),
    ],
    ids=[
        "abntex2-by-name",
        "oxford-thesis-by-name",
        "koma-report",
        "local-on-report",
        "local-on-article",
        "unknown",
        "class-file-counterwithout",
        "preamble-counterwithin",
        "preamble-counterwithout",
    ],
)
def test_reset_of_built_on(preamble: str, chain: ClassChain, expected: Reset) -> None:
    assert reset_of(preamble, classes=lambda name: chain) == expected


# -- documents -------------------------------------------------------------------------


def ingest(
    tmp_path: Path, cls: str, body: str, files: dict[str, str] | None = None
) -> ParsedDocument:
    """A document whose body starts at line 4 of the file."""
    _write(tmp_path, {"refs.bib": BIB, **(files or {})})
    tex = tmp_path / "tese.tex"
    tex.write_text(
        f"\\documentclass[12pt]{{{cls}}}\n\\usepackage[alf]{{abntex2cite}}\n"
        "\\begin{document}\n" + body + "\n\\bibliography{refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    return parse_file(tex)


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda x: (x[1], x[0]))


CHAPTERS = """\\chapter{Introdução}
Texto.\\footnote{Primeira nota.}
\\chapter{Revisão}
Mais texto.\\footnote{Segunda nota.} E outra.\\footnote{Terceira nota.}"""


@pytest.mark.parametrize(
    ("cls", "files", "expected"),
    [
        ("abntex2", {}, [("1.1", 5), ("2.1", 7), ("2.2", 7)]),
        ("ppgthesis", {"ppgthesis.cls": "\\LoadClass[a4paper]{book}"}, [
            ("1.1", 5), ("2.1", 7), ("2.2", 7)]),
        ("ppgthesis", {"ppgthesis.cls": "\\LoadClass{article}\n\\newcommand\\chapter{}"}, [
            ("1", 5), ("2", 7), ("3", 7)]),
        ("ppgthesis", {"ppgthesis.cls": "\\LoadClass{memoir}\n\\counterwithout{footnote}{chapter}"},
         [("1", 5), ("2", 7), ("3", 7)]),
    ],
    ids=["abntex2", "local-class-on-book", "local-class-on-article", "local-counterwithout"],
)  # fmt: skip
def test_footnotes_restart_per_chapter(
    tmp_path: Path, cls: str, files: dict[str, str], expected: list[tuple[str, int]]
) -> None:
    assert markers(ingest(tmp_path, cls, CHAPTERS, files)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Segundo \\apud{freire1987}{moura2015}, a escola muda.",
            [("freire1987", 4), ("moura2015", 4)],
        ),
        (
            "Como diz \\apudonline[p.~14]{freire1987}{moura2015}.",
            [("freire1987", 4), ("moura2015", 4)],
        ),
        ("O sertão \\cite{vieira2009} e \\citeauthoronline{moura2015}.", [
            ("vieira2009", 4), ("moura2015", 4)]),
        ("Ver \\Idem[p.~3]{vieira2009} e \\opcit{moura2015}.", [
            ("vieira2009", 4), ("moura2015", 4)]),
        ("Ver \\citepalias{moura2015} e \\headlesscite{vieira2009}.", [
            ("moura2015", 4), ("vieira2009", 4)]),
        ("Ver \\nptextcite{moura2015}; \\fullciteA{vieira2009}.", [
            ("moura2015", 4), ("vieira2009", 4)]),
    ],
    ids=["apud", "apudonline-page", "citeauthoronline", "idem-opcit", "alias-headless",
         "nptextcite-fullciteA"],
)  # fmt: skip
def test_citation_commands(tmp_path: Path, body: str, expected: list[tuple[str, int]]) -> None:
    doc = ingest(tmp_path, "abntex2", body)
    assert sorted(markers(doc)) == sorted(expected)


def test_footciteref_is_a_footnote(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "article", "Texto.\\footciteref{vieira2009}")
    notes = {f.label: f for f in doc.footnotes}
    assert list(notes) == ["1"]
    assert notes["1"].reference is not None and notes["1"].reference.year == 2009


def test_a_word_command_a_document_defines_is_its_macro(tmp_path: Path) -> None:
    body = "\\newcommand{\\passim}{\\emph{passim}}\nEm Freire \\cite{freire1987}, \\passim.\n"
    doc = ingest(tmp_path, "article", body)
    assert markers(doc) == [("freire1987", 5)]
    raw = read_at((tmp_path / "tese.tex").read_text(encoding="utf-8"), str(tmp_path / "tese.tex"))
    assert "passim." in " ".join(b.text for b in raw.blocks)
