"""LaTeX table rows: a citation in a row claims that row, alignment tabs are spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.latex.tablerows import at_row_end, cell_text, is_table


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("tabular", True),
        ("tabular*", True),
        ("longtable", True),
        (" tabularx ", True),
        ("tblr", True),
        ("NiceTabular", True),
        ("itemize", False),
        ("table", False),  # the float, whose body is a caption and a tabular
        ("align", False),
        ("figure", False),
    ],
)
def test_is_table(name: str, expected: bool) -> None:
    assert is_table(name) is expected


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        ("Ridge regression & ", "Ridge regression   "),
        (" & 0.91 & 0.88 ", "   0.91   0.88 "),
        ("no tabs here", "no tabs here"),
        ("", ""),
    ],
)
def test_cell_text(chunk: str, expected: str) -> None:
    assert cell_text(chunk) == expected


@pytest.mark.parametrize(
    ("markers", "text", "offsets"),
    [
        ([("k1", 4, 2, 0, "")], "  0.93  ok  ", [10]),
        ([("k1", 4, 2, 3, ""), ("k2", 4, 9, 8, "ch.tex")], "Lasso   cells", [13, 13]),
        ([], "Lasso", []),
        ([("k1", 4, 2, 0, "")], "   ", [0]),
    ],
)
def test_at_row_end(
    markers: list[tuple[str, int, int, int, str]], text: str, offsets: list[int]
) -> None:
    moved = at_row_end(markers, text)
    assert [m[3] for m in moved] == offsets
    assert [m[:3] + m[4:] for m in moved] == [m[:3] + m[4:] for m in markers]


_BIB = """@article{ortiz2011, author={Ortiz, Ana}, title={Kernel methods}, journal={J. Stat.},
year={2011}}
@book{lindqvist1998, author={Lindqvist, Per}, title={Spatial data}, publisher={Norstedt},
year={1998}}
@article{moreau2020, author={Moreau, Luc}, title={Boosted trees}, journal={Mach. Learn.},
year={2020}}
"""

_TEX = r"""\documentclass{article}
\usepackage{natbib}
\begin{document}
Earlier work compared several estimators.

\begin{tabular}{lcc}
  Estimator & Error & Source \\
  \hline
  Kernel smoothing & 0.12 & \citep{ortiz2011} \\[2pt]
  \citet{lindqvist1998} & 0.19 & survey \\
  Gradient boosting & 0.08 & \cite{moreau2020}
\end{tabular}

The boosted model wins \citep{moreau2020}.

\bibliographystyle{plainnat}
\bibliography{refs}
\end{document}
"""


def _claims(tmp_path: Path, tex: str) -> dict[tuple[str, int], str]:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    path = tmp_path / "paper.tex"
    path.write_text(tex, encoding="utf-8")
    doc = parse_file(path)
    return {(f.label, m.line): m.claim.text for f in doc.footnotes for m in f.markers}


def test_rows_claim_their_own_row(tmp_path: Path) -> None:
    claims = _claims(tmp_path, _TEX)
    assert claims[("ortiz2011", 9)] == "Kernel smoothing 0.12"
    assert claims[("lindqvist1998", 10)] == "Lindqvist 0.19 survey"
    assert claims[("moreau2020", 11)] == "Gradient boosting 0.08"
    # prose after the table is read as before
    assert claims[("moreau2020", 14)] == "The boosted model wins"
    assert not any("&" in text for text in claims.values())


def test_ampersand_outside_tables_is_kept(tmp_path: Path) -> None:
    tex = _TEX.replace(
        "Earlier work compared several estimators.",
        r"Procter \& Gamble funded the study \citep{ortiz2011}.",
    )
    claims = _claims(tmp_path, tex)
    assert claims[("ortiz2011", 4)] == "Procter & Gamble funded the study"


def test_continued_cell_claims_the_row_above(tmp_path: Path) -> None:
    tex = _TEX.replace(
        r"  Gradient boosting & 0.08 & \cite{moreau2020}",
        "  Gradient boosting & 0.08 & \\cite{moreau2020} \\\\\n                    &      & \\cite{ortiz2011}",
    )
    claims = _claims(tmp_path, tex)
    assert claims[("moreau2020", 11)] == "Gradient boosting 0.08"
    assert claims[("ortiz2011", 12)] == "Gradient boosting 0.08"


def test_rows_of_code_only_add_no_finding(tmp_path: Path) -> None:
    tex = _TEX.replace(
        r"\begin{tabular}{lcc}",
        "\\begin{tabular}{ll}\n  \\verb|x| & \\cite{ortiz2011} \\\\\n  \\verb|y| & \\citep{ortiz2011} \\\\\n"
        "\\end{tabular}\n\n\\begin{tabular}{lcc}",
    )
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    path = tmp_path / "paper.tex"
    path.write_text(tex, encoding="utf-8")
    doc = parse_file(path)
    assert not [a for a in doc.anomalies if a.code.value == "claim-not-found"]
    claims = {(f.label, m.line): m.claim.text for f in doc.footnotes for m in f.markers}
    assert claims[("ortiz2011", 7)] == "Earlier work compared several estimators."
    assert claims[("ortiz2011", 8)] == "Earlier work compared several estimators."
