"""Biblatex's @patent and @periodical (and the other biblatex types a kind fits) get a
kind, in .bib and CSL-JSON alike; Greek letters in a title's math (``3$\\Pi$u``,
``$\\alpha$-helix``, ``$\\Sigma_g^+$``) read as the letters, the dollars dropped, in a .bib
and in a LaTeX bibitem; other math stays as written.  Own entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibcheck.bibfile import decode_latex
from bibcheck.manuscript import parse_file
from bibcheck.mathscripts import greek_text, plain_scripts, scripts_as_text
from bibcheck.model import RefKind
from bibcheck.parse.references.csljson import to_reference


@pytest.mark.parametrize(
    ("entry_type", "kind"),
    [
        ("patent", RefKind.PATENT),
        ("Patent", RefKind.PATENT),
        ("periodical", RefKind.BOOK),
        ("suppperiodical", RefKind.ARTICLE),
        ("mvcollection", RefKind.BOOK),
        ("reference", RefKind.BOOK),
        ("inreference", RefKind.CHAPTER),
        ("bookinbook", RefKind.CHAPTER),
        ("misc", RefKind.UNKNOWN),
    ],
)
def test_bib_entry_types(tmp_path: Path, entry_type: str, kind: RefKind) -> None:
    path = tmp_path / "lib.bib"
    path.write_text(
        f"@{entry_type}{{k1,\n  author = {{Berg, Ola}},\n  title = {{A work}},\n"
        "  number = {DE 10 2001 555 A1},\n  year = {2001},\n}\n",
        encoding="utf-8",
    )
    (entry,) = parse_file(path).literature
    assert entry.reference.kind is kind


@pytest.mark.parametrize(
    ("csl_type", "kind"),
    [("patent", RefKind.PATENT), ("periodical", RefKind.BOOK), ("article", RefKind.ARTICLE)],
)
def test_csl_types(csl_type: str, kind: RefKind) -> None:
    item = {"id": "k", "type": csl_type, "title": "A work", "issued": {"date-parts": [[2001]]}}
    assert to_reference(json.loads(json.dumps(item)), 1).kind is kind


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (r"Bands of the 2$\Delta$g state", "Bands of the 2Δg state"),
        (r"The X 1$\Sigma$g+ ground state", "The X 1Σg+ ground state"),
        (r"Folding of the $\beta$-sheet", "Folding of the β-sheet"),
        (r"Transitions to $\Sigma_u^+$ levels", "Transitions to Σu+ levels"),
        (r"{$\gamma$}-ray bursts", "γ-ray bursts"),
        (r"$\kappa$ and $\lambda$ chains", "κ and λ chains"),
        (r"Free energy $\Delta G$ of binding", "Free energy ΔG of binding"),
        (r"An $\upmu$m-scale probe", "An μm-scale probe"),
        (r"A $\varepsilon$-net", "A ε-net"),
        # other mathematics stays as written
        (r"Sorting in $O(n \log n)$", r"Sorting in $O(n \log n)$"),
        (r"Tests at $\alpha = 0.01$", r"Tests at $\alpha = 0.01$"),
        (r"The $\infty$-norm", r"The $\infty$-norm"),
    ],
)
def test_greek_math_in_bib_titles(value: str, text: str) -> None:
    assert decode_latex(value) == text


@pytest.mark.parametrize(
    ("math", "text"),
    [
        (r"\Pi", "Π"),
        (r"\Sigma_{g}^{+}", "Σg+"),
        (r"\alpha\beta", "αβ"),
        (r"\Upomega", "Ω"),
        (r"\alpha'", "α'"),
        (r"\sqrt{\alpha}", None),
        (r"\alpha < 1", None),
        ("x_1", None),
        (" ", None),
    ],
)
def test_greek_text(math: str, text: str | None) -> None:
    assert greek_text(math) == text


def test_running_text_keeps_its_math() -> None:
    assert plain_scripts(r"\alpha") is None
    assert scripts_as_text(r"the $\alpha$ decay") == r"the $\alpha$ decay"
    assert scripts_as_text(r"the $\alpha$ decay", symbols=True) == "the α decay"


def test_bibitem_title_with_greek_math(tmp_path: Path) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(
        "\\documentclass{article}\n\\begin{document}\nThe band is known \\cite{ro1977}.\n"
        "\\begin{thebibliography}{9}\n\\bibitem{ro1977}\n"
        "P.~Ro, ``Emission of the b 3$\\Pi$g state'', \\emph{J. Mol. Spec.} \\textbf{4},"
        " 1--9 (1977).\n\\end{thebibliography}\n\\end{document}\n",
        encoding="utf-8",
    )
    (note,) = parse_file(path).footnotes
    assert note.reference.title == "Emission of the b 3Πg state"
