"""Fix round 28 (L): sub- and superscripts in inline math read as plain text in titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.bibfile import decode_latex
from bibcheck.manuscript import parse_file
from bibcheck.mathscripts import plain_scripts, scripts_as_text


@pytest.mark.parametrize(
    ("math", "text"),
    [
        ("_2", "2"),
        ("_{3}", "3"),
        ("^{87}", "87"),
        ("^{2+}", "2+"),
        ("_4^{-}", "4-"),
        (r"\mathrm{NH}_3", "NH3"),
        (r"\mathrm{SO_4}", "SO4"),
        (r"\text{N}_2", "N2"),
        # ordinals: the suffix raised
        ("5^{th}", "5th"),
        ("21^{st}", "21st"),
        (r"2^\text{nd}", "2nd"),
        (r"3^{\mathrm{rd}}", "3rd"),
        ("1^{er}", "1er"),
        # mathematics stays as written
        ("n^{th}", None),
        ("x_1", None),
        ("10^{-6}", None),
        (r"\alpha", None),
        (r"\mathrm{d}x", None),
    ],
)
def test_plain_scripts(math: str, text: str | None) -> None:
    assert plain_scripts(math) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (r"Methane to CH$_3$OH over zeolites", "Methane to CH3OH over zeolites"),
        (r"Lifetimes of {$^{87}$Rb} dimers", "Lifetimes of {87Rb} dimers"),
        (r"Errors below $10^{-6}$ in NO$_x$", r"Errors below $10^{-6}$ in NOx"),
        (r"Price is \$5 and \$6", r"Price is \$5 and \$6"),
    ],
)
def test_scripts_as_text(value: str, text: str) -> None:
    assert scripts_as_text(value) == text


@pytest.mark.parametrize(
    ("field", "text"),
    [
        (r"Lifetimes of {$^{87}$Rb} dimers", "Lifetimes of 87Rb dimers"),
        (r"Reduction of N$_2$O on {Pt}", "Reduction of N2O on Pt"),
        (r"Uptake of $\mathrm{SO}_2$ by soot", "Uptake of SO2 by soot"),
        (r"Proceedings of the $5^{th}$ Workshop", "Proceedings of the 5th Workshop"),
    ],
)
def test_bib_field_scripts(field: str, text: str) -> None:
    assert decode_latex(field) == text


def test_bibitem_title_scripts(tmp_path: Path) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(
        "\\documentclass{article}\n\\begin{document}\nAs shown \\cite{ito2019}.\n"
        "\\begin{thebibliography}{9}\n\\bibitem{ito2019}\n"
        "K. Ito, L. Moreau, Selective reduction of N$_2$O on ceria, J. Catal. 12 (2019) "
        "1--9.\n\\end{thebibliography}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.literature[0].reference.title == "Selective reduction of N2O on ceria"
