"""A document citing by key whose bibliography could not be read at all (the named file
missing, no entry read, no key resolved) is stored with its coverage line, and ``ingest``
exits 2: it was not fully read.  One that resolved some keys, or cites none, exits 0.
Documents written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.cli import main

BIB = "@book{lamb99, author = {Lamb, Ann}, title = {Oil Lamps}, year = {1999}}\n"
CASES = {
    # name: (file name, text, .bib written beside it, expected exit code)
    "latex-bib-missing": (
        "a.tex",
        "\\documentclass{article}\n\\begin{document}\nLamps \\cite{lamb99} burn "
        "\\cite{reed02}.\n\\bibliography{lamps}\n\\end{document}\n",
        None,
        2,
    ),
    "latex-bib-present": (
        "a.tex",
        "\\documentclass{article}\n\\begin{document}\nLamps \\cite{lamb99} burn "
        "\\cite{reed02}.\n\\bibliography{lamps}\n\\end{document}\n",
        BIB,
        0,
    ),
    "pandoc-bib-missing": (
        "a.md",
        "---\ntitle: Lamps\nbibliography: lamps.bib\n---\n\nLamps burn [@lamb99; @reed02].\n",
        None,
        2,
    ),
    "pandoc-bib-present": (
        "a.md",
        "---\ntitle: Lamps\nbibliography: lamps.bib\n---\n\nLamps burn [@lamb99].\n",
        BIB,
        0,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_ingest_exit_when_bibliography_unread(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file_name, text, bib, code = CASES[name]
    (tmp_path / file_name).write_text(text, encoding="utf-8")
    if bib is not None:
        (tmp_path / "lamps.bib").write_text(bib, encoding="utf-8")
    db = str(tmp_path / "b.db")
    exit_code = main(["ingest", "--db", db, str(tmp_path / file_name)])
    out, err = capsys.readouterr()
    assert exit_code == code, out + err
    assert "stored:" in out
    if code == 2:
        assert "not fully read" in err and "--bibliography" in err
