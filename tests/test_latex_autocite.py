"""biblatex's \\autocite makes a footnote in note styles, a citation in the text elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.latex.autocite import autocite_is_footnote


@pytest.mark.parametrize(
    ("preamble", "footnote"),
    [
        pytest.param(r"\usepackage[style=verbose-trad2,backend=biber]{biblatex}", True,
                     id="verbose-trad2"),
        pytest.param(r"\usepackage[citestyle=authortitle-icomp,bibstyle=authortitle]{biblatex}",
                     True, id="authortitle-icomp"),
        pytest.param(r"\usepackage[notes,backend=biber]{biblatex-chicago}", True,
                     id="chicago-notes"),
        pytest.param(r"\usepackage[authordate,backend=biber]{biblatex-chicago}", False,
                     id="chicago-authordate"),
        pytest.param(r"\usepackage[style=authoryear]{biblatex}", False, id="authoryear"),
        pytest.param(r"\usepackage[style=numeric,autocite=footnote]{biblatex}", True,
                     id="option"),
        pytest.param("\\usepackage[style=verbose]{biblatex}\n"
                     "\\ExecuteBibliographyOptions{autocite=inline}", False, id="executed-inline"),
        pytest.param(r"\usepackage{biblatex}", False, id="default-numeric"),
        pytest.param(r"\usepackage[style=oscola]{biblatex}", True, id="oscola"),
    ],
)  # fmt: skip
def test_autocite_is_footnote(preamble: str, footnote: bool) -> None:
    assert autocite_is_footnote(preamble) is footnote


MAIN = r"""\documentclass{article}
\usepackage[style=verbose-ibid,backend=biber]{biblatex}
\addbibresource{refs.bib}
\newcommand{\vgl}[2][]{\autocite[Vgl.][#1]{#2}}
\begin{document}
Die Hanse war ein Verbund.\autocite[23]{hammel2000} Der Handel
wuchs.\autocites[134]{jahnke2014}[212]{stark1985} Spätere Forschung\vgl[12]{stark1985}
bestätigt das \parencite{jahnke2014}.
\printbibliography
\end{document}
"""

BIB = """@book{hammel2000, author={Hammel, Rolf}, title={Die Hanse}, year={2000}}
@book{jahnke2014, author={Jahnke, Carsten}, title={Der Heringshandel}, year={2014}}
@book{stark1985, author={Stark, Walter}, title={Lübeck und Danzig}, year={1985}}
"""


def test_autocite_in_a_verbose_style_is_a_footnote(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text(MAIN, encoding="utf-8")
    doc = parse_file(main)
    notes = {f.label: (f.line, f.reference.title) for f in doc.footnotes}
    assert notes["1"] == (6, "Die Hanse")
    assert notes["2"][0] == 7
    assert notes["3"] == (7, "Lübeck und Danzig")  # the \vgl wrapper
    assert "jahnke2014" in notes  # \parencite stays a citation in the text
