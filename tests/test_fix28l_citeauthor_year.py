"""Fix round 28 (L): ``\\citeauthor{k} \\citeyear{k}`` is one citation of k, not two."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

_ITEMS = "".join(
    f"\\bibitem[{name}(20{n:02d})]{{{key}}}\n{name}, A. (20{n:02d}). Work number {n}. J. Tests {n}.\n"
    for n, (key, name) in enumerate(
        [("moss", "Moss"), ("ortiz", "Ortiz"), ("kamau", "Kamau"), ("berg", "Berg")], start=1
    )
)


def _markers(tmp_path: Path, body: str) -> list[tuple[str, int]]:
    path = tmp_path / "paper.tex"
    path.write_text(
        "\\documentclass{article}\n\\usepackage{natbib}\n\\begin{document}\n"
        f"{body}\n\\begin{{thebibliography}}{{9}}\n{_ITEMS}\\end{{thebibliography}}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    found = [(m.label, m.line) for fn in doc.footnotes for m in fn.markers]
    return sorted(found + [(m.label, m.line) for m in doc.stray_markers])


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            r"As in (\citeauthor{moss} \citeyear{moss}; \citeauthor{ortiz} \citeyear{ortiz}).",
            [("moss", 4), ("ortiz", 4)],
        ),
        (
            r"Following \citeauthor{kamau}~(\citeyear{kamau}, their Eq. 2), we set it.",
            [("kamau", 4)],
        ),
        (
            r"Following \citeauthor*{berg} (\citeyearpar{berg}) and \Citeauthor{moss}"
            "\n"
            r"\citeyear{moss}.",
            [("berg", 4), ("moss", 4)],
        ),
        # not a pair: other keys, or words between
        (r"\citeauthor{moss} \citeyear{ortiz} differ.", [("moss", 4), ("ortiz", 4)]),
        (r"\citeauthor{moss} first wrote it in \citeyear{moss}.", [("moss", 4), ("moss", 4)]),
    ],
)
def test_author_then_year_is_one_citation(
    tmp_path: Path, body: str, want: list[tuple[str, int]]
) -> None:
    assert _markers(tmp_path, body) == want
