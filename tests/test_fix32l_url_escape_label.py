"""The ``url-escape-removed`` note names the escapes it removed: LaTeX's in a ``.bib``
(``\\_``, ``\\#``, ``\\%``), Markdown's in Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.urls import clean_url, extract_urls


@pytest.mark.parametrize(
    ("url", "markup", "note"),
    [
        ("https://e.org/a\\_b", "Markdown", "Markdown escapes removed"),
        ("https://e.org/a\\_b\\#sec", "LaTeX", "LaTeX escapes removed"),
        ("https://e.org/q?x=1\\&y=50\\%", "LaTeX", "LaTeX escapes removed"),
        ("https://e.org/plain", "LaTeX", None),
    ],
)
def test_clean_url_names_the_escapes(url: str, markup: str, note: str | None) -> None:
    _, repairs = clean_url(url, markup)
    found = [m for c, m in repairs if c is C.URL_ESCAPE_REMOVED]
    assert [m.split(":")[0] for m in found] == ([note] if note else [])
    extracted = extract_urls(url, (1,), markup).anomalies
    said = [a.message.split(":")[0] for a in extracted if a.code is C.URL_ESCAPE_REMOVED]
    assert said == ([note] if note else [])


@pytest.mark.parametrize("suffix", [".bib", ".tex"])
def test_a_bib_url_note_says_latex(tmp_path: Path, suffix: str) -> None:
    (tmp_path / "refs.bib").write_text(
        "@online{site2021, author={Ann Lee}, title={Notes}, year=2021,\n"
        "  url={https://example.org/my\\_notes/page\\#part}}\n"
    )
    (tmp_path / "p.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\nSee \\cite{site2021}.\n"
        "\\bibliography{refs}\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / ("refs.bib" if suffix == ".bib" else "p.tex"))
    notes = [a.message for a in doc.all_anomalies() if a.code is C.URL_ESCAPE_REMOVED]
    assert len(notes) == 1 and "LaTeX escapes removed" in notes[0]
    assert "Markdown" not in notes[0]
