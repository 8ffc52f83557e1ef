"""An all-digit citation key (IEEE Xplore exports ``@article{6773024,``) is a key, not a
footnote or list number: the construct that cites it decides, never the label's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.coverage import coverage

BIB = (
    "@article{6773024, author = {Lind, Petra}, title = {Signals in Noisy Channels},\n"
    "  journal = {Journal of Wires}, year = {1961}}\n"
    "@book{84, author = {Oduya, Ken}, title = {Rivers of Copper}, year = {1984}}\n"
)

CASES = {
    "latex-cite": (
        "d.tex",
        "\\documentclass{article}\n\\usepackage{biblatex}\n\\addbibresource{r.bib}\n"
        "\\begin{document}\nNoise~\\cite{6773024} and copper~\\parencite{84}.\n"
        "\\printbibliography\n\\end{document}\n",
    ),
    "latex-bibitem": (
        "d.tex",
        "\\documentclass{article}\n\\begin{document}\nNoise~\\cite{6773024} and "
        "copper~\\cite{84}.\n\\begin{thebibliography}{9}\n\\bibitem{6773024} P. Lind, "
        "Signals in Noisy Channels, J. Wires, 1961.\n\\bibitem{84} K. Oduya, Rivers of "
        "Copper, 1984.\n\\end{thebibliography}\n\\end{document}\n",
    ),
    "pandoc": (
        "d.md",
        "---\nbibliography: r.bib\n---\n\nNoise [@6773024] and copper [@84, p. 3].\n",
    ),
    "org-cite": (
        "d.org",
        "#+bibliography: r.bib\n\n* Text\nNoise [cite:@6773024] and copper [cite:@84].\n\n"
        "#+print_bibliography:\n",
    ),
    "typst": (
        "d.typ",
        '#set text(lang: "en")\n= Text\nNoise @6773024 and copper #cite(<84>).\n\n'
        '#bibliography("r.bib")\n',
    ),
    "rst-sphinxcontrib-bibtex": (
        "d.rst",
        "Text\n====\n\nNoise :cite:p:`6773024` and copper :cite:`84`.\n\n.. bibliography::\n",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_all_digit_keys_are_keys(tmp_path: Path, case: str) -> None:
    name, text = CASES[case]
    (tmp_path / "r.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["r.bib"]\n', encoding="utf-8")
    doc = parse_file(tmp_path / name)
    cov = coverage(doc)
    assert (cov.cited_keys, cov.footnotes, cov.literature) == (2, 0, 2)
    assert sorted(f.label for f in doc.footnotes) == ["6773024", "84"]
    assert all(f.number is None for f in doc.footnotes)
    assert all(f.literature is not None and f.literature.method == "key" for f in doc.footnotes)
    assert sorted(e.number for e in doc.literature) == [1, 2]  # numbered in order, not by key
