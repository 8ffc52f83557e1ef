"""LaTeX manuscripts under revision are read with every change accepted.

latexdiff output, the ``changes`` package, todonotes and fixme notes: deleted and old
text is gone (no citation, no footnote, no entry), added text is live at its own lines,
comments and notes are not text.  Fixtures written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.latex import read
from bibcheck.readers.latex.revisions import Conventions, accept

REVISING = "\\usepackage{changes}\n"


@pytest.mark.parametrize(
    ("text", "preamble", "expected"),
    [
        pytest.param(
            "a\\DIFdelbegin \\DIFdel{old}\\DIFdelend \\DIFaddbegin \\DIFadd{new}\\DIFaddend .",
            "",
            "anew.",
            id="latexdiff-substitution",
        ),
        pytest.param(
            "x\\DIFdelbegin \\DIFdel{one\ntwo}\n\\DIFdelend y",
            "",
            "x\n\ny",
            id="latexdiff-deletion-keeps-newlines",
        ),
        pytest.param(
            "\\DIFaddbegin \\DIFadd{see\n\\mbox{\n\\cite{k}}\n.}\\DIFaddend",
            "",
            "see\n\\mbox{\n\\cite{k}}\n.",
            id="latexdiff-multiline-addition",
        ),
        pytest.param(
            "\\DIFdelbeginFL \\DIFdelFL{a}\\DIFdelendFL \\DIFaddbeginFL \\DIFaddFL{b}\\DIFaddendFL",
            "",
            "b",
            id="latexdiff-float-variants",
        ),
        pytest.param(
            "text \\DIFdel{gone} kept",
            "",
            "text  kept",
            id="latexdiff-del-outside-block",
        ),
        pytest.param(
            "\\providecommand{\\DIFdelbegin}{}\n\\providecommand{\\DIFdel}[1]{#1}",
            "",
            "\\providecommand{\\DIFdelbegin}{}\n\\providecommand{\\DIFdel}[1]{#1}",
            id="definitions-left-alone",
        ),
        pytest.param(
            "\\added[id=R1]{new \\emph{words}} and \\deleted[id=R2,comment={x}]{old}.",
            "",
            "new \\emph{words} and .",
            id="changes-added-deleted",
        ),
        pytest.param(
            "\\replaced[id=R1]{fresh}{stale} \\comment{why?}\\highlight{this}",
            "",
            "fresh this",
            id="changes-replaced-comment-highlight",
        ),
        pytest.param(
            "\\replaced{\\added{in}side}{\\cite{x}}",
            "",
            "inside",
            id="changes-nested",
        ),
        pytest.param(
            "A\\todo[inline]{ask \\cite{y}} B\\missingfigure{plot}\\fxnote*{check}{this}.",
            "",
            "A Bthis.",
            id="todo-missingfigure-fixme",
        ),
        pytest.param(
            "keep \\sout{struck} \\marginpar{note}",
            "",
            "keep \\sout{struck} \\marginpar{note}",
            id="strike-and-margin-typeset-in-a-final-text",
        ),
        pytest.param(
            "keep \\sout{struck}\\st{also} \\marginpar{note}",
            REVISING,
            "keep  ",
            id="strike-and-margin-in-a-revision",
        ),
        pytest.param(
            "\\marginpar{note}\\sout{struck}",
            "\\usepackage[draft]{todonotes}\n",
            "\\sout{struck}",
            id="margin-in-a-draft-with-todonotes",
        ),
        pytest.param(
            "\\add{new}\\remove{old} \\replace{was}{is} \\comment{text}{why?}",
            "\\usepackage{easyReview}\n",
            "new is text",
            id="easyreview",
        ),
        pytest.param(
            "\\add[ed]{new}\\remove[ed]{old} \\change[ed]{was}{is} \\note[ed]{why?}"
            "\\annote[ed]{text}{note}",
            "\\usepackage[finalnew]{trackchanges}\n",
            "new is text",
            id="trackchanges",
        ),
        pytest.param(
            "\\add{new}\\remove{old}",
            "",
            "\\add{new}\\remove{old}",
            id="easyreview-names-mean-nothing-without-it",
        ),
        pytest.param(
            "\\hbox\\DIFdelbegin \\DIFdel{x}\\DIFdelend word",
            "",
            "\\hbox word",
            id="control-word-not-joined",
        ),
        pytest.param(
            "a\\\\todo{x} \\todos{y} \\todo{z}",
            "",
            "a\\\\todo{x} \\todos{y} ",
            id="line-break-and-longer-names-are-not-commands",
        ),
        pytest.param(
            "\\todo unbalanced {",
            "",
            "\\todo unbalanced {",
            id="no-argument-left-alone",
        ),
    ],
)
def test_accept(text: str, preamble: str, expected: str) -> None:
    conventions = Conventions()
    conventions.learn(preamble)
    assert accept(text, conventions) == expected
    assert accept(text, conventions).count("\n") == text.count("\n")


HEAD = "\\documentclass{article}\n\\usepackage{natbib}\n"


def ingest(tmp_path: Path, body: str, bibliography: str, preamble: str = "") -> ParsedDocument:
    """Line 1 of ``body`` is line 5 of the file (with ``preamble`` one line)."""
    tex = tmp_path / "paper.tex"
    tex.write_text(
        HEAD
        + (preamble or "%\n")
        + "\\begin{document}\n"
        + body
        + "\n\\begin{thebibliography}{9}\n"
        + bibliography
        + "\\end{thebibliography}\n\\end{document}\n",
        encoding="utf-8",
    )
    return parse_file(tex)


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda x: (x[1], x[0]))


ITEMS = (
    "\\bibitem{ames} Ames R. Soil carbon in upland pasture. Soil Use. 2019;4:1--9.\n"
    "\\bibitem{botha} Botha K, Nel P. Grazing and erosion. Land Degrad. 2020;8:22--30.\n"
)
DELETED_ITEM = (
    "\\DIFdelbegin %DIFDELCMD < \\bibitem{cruz}\n%DIFDELCMD < %%%\n"
    "\\DIFdel{Cruz L. Old rainfall series. Hydrol Lett. 2001;2:5--7.\n}\\DIFdelend "
)
ADDED_ITEM = (
    "\\DIFaddbegin \\bibitem{dahl} \\DIFadd{Dahl M. New rainfall series. Hydrol Lett. "
    "2022;9:1--4.\n}\\DIFaddend "
)


@pytest.mark.parametrize(
    ("body", "bibliography", "preamble", "expected", "entries"),
    [
        pytest.param(
            "Carbon fell\\DIFdelbegin \\DIFdel{~\\cite{cruz}}\\DIFdelend "
            "\\DIFaddbegin \\DIFadd{~\\cite{dahl}}\\DIFaddend .\n"
            "Grazing matters~\\cite{botha}.",
            ITEMS + DELETED_ITEM + ADDED_ITEM,
            "",
            [("dahl", 5), ("botha", 6)],
            ["ames", "botha", "dahl"],
            id="latexdiff-cites-and-bibitems",
        ),
        pytest.param(
            "\\DIFaddbegin \\DIFadd{Erosion follows grazing~\\mbox{%DIFAUXCMD\n"
            "\\cite{botha}}\\hspace{0pt}%DIFAUXCMD\n.\n}\\DIFaddend\n"
            "Soil data~\\cite{ames}.",
            ITEMS,
            "\\providecommand{\\DIFadd}[1]{{\\protect\\color{blue}\\uwave{#1}}} %DIF PREAMBLE\n",
            [("botha", 6), ("ames", 9)],
            ["ames", "botha"],
            id="latexdiff-cite-at-its-own-line",
        ),
        pytest.param(
            "Fell.\\DIFdelbegin \\footnote{\\DIFdel{Old note, see }%DIFDELCMD < \\cite{ames}%%%\n"
            "\\DIFdel{.}}\n\\DIFdelend \\DIFaddbegin \\footnote{\\DIFadd{New note.}}\n\\DIFaddend "
            "Then~\\cite{botha}.",
            ITEMS,
            "",
            [("1", 7), ("botha", 8)],
            ["ames", "botha"],
            id="latexdiff-deleted-footnote",
        ),
        pytest.param(
            "\\replaced[id=R1]{New view~\\cite{ames}.}{Old view~\\cite{botha}.}\n"
            "\\deleted[id=R2]{Gone~\\citep{botha}.} \\added{Kept~\\citet{botha}.}\n"
            "Note.\\todo[inline]{compare \\cite{ames}} \\comment{see \\cite{botha}}",
            ITEMS,
            REVISING,
            [("ames", 5), ("botha", 6)],
            ["ames", "botha"],
            id="changes-package",
        ),
        pytest.param(
            "\\replaced{See \\cite{ames}.}{See \\cite{nokey}.}\nLater \\cite{nokey}.",
            ITEMS,
            REVISING,
            [("ames", 5), ("nokey", 6)],
            ["ames", "botha"],
            id="missing-key-named-at-its-live-line",
        ),
    ],
)
def test_revised_manuscript(
    tmp_path: Path,
    body: str,
    bibliography: str,
    preamble: str,
    expected: list[tuple[str, int]],
    entries: list[str],
) -> None:
    doc = ingest(tmp_path, body, bibliography, preamble)
    assert markers(doc) == expected
    labels = [n.label for n in doc.literature]
    assert labels == entries
    missing = [a for a in doc.anomalies if a.code is C.CITATION_KEY_MISSING]
    live = {label for label, _ in expected if not label.isdigit()}  # footnotes are numbered
    assert {a.footnote for a in missing} == live - set(entries)
    for anomaly in missing:
        assert anomaly.line == dict(expected)[str(anomaly.footnote)]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        pytest.param("M\\aa rtensson", "Mårtensson", id="aa-space"),
        pytest.param("Gro\\ss e", "Große", id="ss-space"),
        pytest.param("Bj\\o{}rn", "Bjørn", id="o-braces"),
        pytest.param("grei\\dh ing", "greiðing", id="t1-letter"),
        pytest.param("S\\o ren and", "Søren and", id="next-word-kept"),
    ],
)
def test_letter_commands_end_at_their_space(written: str, expected: str) -> None:
    doc = read(f"\\begin{{document}}\n{written} grazed.\n\\end{{document}}\n")
    assert " ".join(b.text for b in doc.blocks).split() == [*expected.split(), "grazed."]


@pytest.mark.parametrize(
    ("preamble", "body", "expected"),
    [
        pytest.param(
            "\\newcommand{\\rev}[1]{{\\color{blue}#1}}\n",
            "\\rev{Grazing was heavier\nin the wet years~\\cite{botha}.}\nSoil~\\cite{ames}.",
            [("botha", 6), ("ames", 7)],
            id="newcommand-revision-mark",
        ),
        pytest.param(
            "\\NewDocumentCommand{\\new}{om}{\\textcolor{blue}{#2}}\n",
            "\\new[R2]{Carbon\nfell\n\\cite{ames}.}",
            [("ames", 7)],
            id="xparse-optional-then-text",
        ),
        pytest.param(
            "\\newcommand{\\mycite}[1]{\\citep{#1}}\n",
            "Fell \\mycite{\n  ames}.",
            [("ames", 5)],
            id="citation-macro-stands-at-its-use",
        ),
    ],
)
def test_argument_text_keeps_its_lines(
    tmp_path: Path, preamble: str, body: str, expected: list[tuple[str, int]]
) -> None:
    assert markers(ingest(tmp_path, body, ITEMS, preamble)) == expected
