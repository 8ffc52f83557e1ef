"""Manuscripts in revision marked with the authors' own commands, and the group after a
one-argument command that is no text (fix62e).

* A manuscript that defines a command striking its argument out
  (``\\newcommand{\\del}[1]{\\textcolor{red}{\\sout{#1}}}``) marks its revisions by hand:
  what that command (or a plain ``\\sout``) strikes out is deleted text, so a citation in
  it is no citation; what the companion command for new text wraps is read.
* ``\\label{x}``, ``\\ref{x}``, ``\\color{c}`` take one argument: a braced group after it is
  text (PLOS's supporting-information captions, ``\\label{S2_File}`` then
  ``{\\bf ... \\cite{k}}`` on the next line), read with its citations.

Fixtures written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.latex.revisions import Conventions, accept, strikes_argument

BIB = """@article{moss2011, author={Moss, Petra}, title={Lichens on slate roofs},
  journal={Bryologist}, year={2011}}
@article{fenn2015, author={Fenn, Arlo}, title={Peat cores of the lowlands},
  journal={Holocene}, year={2015}}
@article{reed2019, author={Reed, Ines}, title={Sedge meadows after fire},
  journal={Oecologia}, year={2019}}
@article{birch2021, author={Birch, Tomas}, title={Carbon in raised bogs},
  journal={Ecosystems}, year={2021}}
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\\newcommand{\\del}[1]{\\textcolor{red}{\\sout{#1}}}", True),
        ("\\newcommand{\\rem}[1]{{\\color{red}\\st{#1}}}", True),
        ("\\def\\old#1{\\xout{#1}}", True),
        ("\\newcommand{\\repl}[2]{\\sout{#1}\\,\\textcolor{blue}{#2}}", True),
        ("\\providecommand{\\cut}[1]{\\sout { #1 }}", True),
        ("\\newcommand{\\new}[1]{\\textcolor{blue}{#1}}", False),
        ("a \\sout{struck word} in the text", False),
        ("\\newcommand{\\bump}[1]{\\stepcounter{#1}}", False),
        ("\\newcommand{\\stress}[1]{\\textbf{#1}}", False),
        ("", False),
    ],
)
def test_strikes_argument(text: str, expected: bool) -> None:
    assert strikes_argument(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "\\newcommand{\\del}[1]{\\textcolor{red}{\\sout{#1}}}\nx \\sout{old} y",
            "\\newcommand{\\del}[1]{\\textcolor{red}{}}\nx  y",
            id="own-deletion-command",
        ),
        pytest.param(
            "\\newcommand{\\new}[1]{\\textcolor{blue}{#1}}\nx \\sout{old} y",
            "\\newcommand{\\new}[1]{\\textcolor{blue}{#1}}\nx \\sout{old} y",
            id="no-deletion-command-strike-stays",
        ),
    ],
)
def test_accept_with_own_commands(text: str, expected: str) -> None:
    assert accept(text, Conventions()) == expected


def test_conventions_learn_own_deletion_command() -> None:
    conventions = Conventions()
    conventions.learn("\\newcommand\\gone[1]{{\\color{gray}\\st{#1}}}")
    assert conventions.revisions
    assert conventions.rules()["st"] == (False,)


def _parse(tmp_path: Path, body: str, preamble: str = "") -> ParsedDocument:
    (tmp_path / "peat.bib").write_text(BIB, encoding="utf-8")
    doc = tmp_path / "peat.tex"
    doc.write_text(
        "\\documentclass{article}\n"
        "\\usepackage[normalem]{ulem}\n"
        "\\usepackage{xcolor}\n"
        f"{preamble}"
        "\\begin{document}\n"
        f"{body}"
        "\\bibliographystyle{plain}\n"
        "\\bibliography{peat}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    return parse_file(doc)


def _cited(parsed: ParsedDocument) -> list[tuple[str, int]]:
    return sorted((m.label, m.line) for f in parsed.footnotes for m in f.markers)


HAND_MARKED = (
    "\\newcommand{\\add}[1]{\\textcolor{blue}{#1}}\n"
    "\\newcommand{\\del}[1]{\\textcolor{red}{\\sout{#1}}}\n"
    "\\newcommand{\\repl}[2]{\\del{#1}\\add{#2}}\n"
)


@pytest.mark.parametrize(
    ("preamble", "body", "expected"),
    [
        pytest.param(
            HAND_MARKED,
            "Roofs \\del{were surveyed \\cite{moss2011}} \\add{hold lichens \\cite{fenn2015}}.\n"
            "Cores \\repl{as in \\cite{reed2019}}{as in \\cite{birch2021}}.\n",
            [("birch2021", 9), ("fenn2015", 8)],
            id="del-add-repl",
        ),
        pytest.param(
            "\\usepackage{soul}\n\\newcommand{\\rem}[1]{{\\color{red}\\st{#1}}}\n",
            "Bogs store carbon \\rem{\\citep{moss2011}}\\cite{reed2019}.\n"
            "A plain strike \\st{see \\cite{fenn2015}} is deleted too.\n",
            [("reed2019", 7)],
            id="soul-strike-command",
        ),
        pytest.param(
            "\\newcommand{\\new}[1]{\\textcolor{blue}{#1}}\n",
            "Peat \\new{grows slowly \\cite{fenn2015}}; \\sout{typeset strike \\cite{reed2019}}.\n",
            [("fenn2015", 6), ("reed2019", 6)],
            id="no-deletion-command-strike-is-text",
        ),
    ],
)
def test_hand_marked_revisions(
    tmp_path: Path, preamble: str, body: str, expected: list[tuple[str, int]]
) -> None:
    parsed = _parse(tmp_path, body, preamble)
    assert _cited(parsed) == expected
    assert sorted(e.label for e in parsed.literature) == sorted(k for k, _ in expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "\\subsection*{S2 File}\n\\label{S2_File}\n{\\bf Cores dated as in \\cite{fenn2015}}.\n",
            [("fenn2015", 7)],
            id="label-then-bold-caption",
        ),
        pytest.param(
            "See Fig.~\\ref{fig:bog}{\\em after} \\cite{reed2019}.\n",
            [("reed2019", 5)],
            id="ref-then-group",
        ),
        pytest.param(
            "Sedges {\\color{teal}{return after fire \\cite{reed2019}}}.\n",
            [("reed2019", 5)],
            id="color-then-group",
        ),
        pytest.param(
            "\\setcounter{page}{3}Lichens \\cite{moss2011}.\n",
            [("moss2011", 5)],
            id="two-argument-command-still-whole",
        ),
    ],
)
def test_group_after_one_argument_command_is_text(
    tmp_path: Path, body: str, expected: list[tuple[str, int]]
) -> None:
    parsed = _parse(tmp_path, body)
    assert _cited(parsed) == expected
    assert not [a for a in parsed.all_anomalies() if a.code == C.UNREAD_REGION]
