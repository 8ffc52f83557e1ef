"""asciidoctor-bibtex resolves ``:bibtex-file:`` against the folder the build runs in, often
the project's root above the document: the document's folder first, then its parents up to
the project's root (``.git``); when found in none, the folders tried are named.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.asciidoc import bibtex_folder

BIB = "@book{marsh1999, author={Marsh, Ida}, title={Tidal Flats}, publisher={Dune}, year={1999}}\n"
DOC = "= Estuaries\n:bibtex-file: {name}\n\nMud moves cite:[marsh1999].\n\nbibliography::[]\n"


@pytest.mark.parametrize(
    ("bib_at", "name", "found_in"),
    [
        ("docs/src/refs.bib", "src/refs.bib", "docs"),  # the project's root (the build's)
        ("docs/src/refs.bib", "refs.bib", "docs/src"),  # beside the document
        ("docs/refs.bib", "refs.bib", "docs"),  # one up
        ("elsewhere/refs.bib", "refs.bib", None),
    ],
)
def test_bibtex_folder(tmp_path: Path, bib_at: str, name: str, found_in: str | None) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / bib_at).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / bib_at).write_text(BIB, encoding="utf-8")
    (tmp_path / "docs" / "src").mkdir(parents=True, exist_ok=True)
    doc = tmp_path / "docs" / "src" / "paper.adoc"
    doc.write_text(DOC.format(name=name), encoding="utf-8")
    folder, tried = bibtex_folder(name, doc.parent)
    parsed = parse_file(doc)
    problems = [a for a in parsed.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNREADABLE]
    if found_in is None:
        assert folder == doc.parent
        assert [t.resolve() for t in tried] == [doc.parent, tmp_path / "docs", tmp_path]
        assert len(problems) == 1 and "looked for it in" in problems[0].message
        assert str(tmp_path) in problems[0].message  # (not above the project's root)
    else:
        assert folder.resolve() == (tmp_path / found_in).resolve() and tried == []
        assert not problems
        assert [f.reference.year for f in parsed.footnotes if f.reference] == [1999]
