"""ShortDOIs (``10/b58h3x``, handles doi.org resolves to the full DOI; Zotero and Better
BibTeX write them) are DOIs: kept as written, exported, checked at doi.org, never a
``doi-invalid`` warning; what reads neither as a DOI nor as a shortDOI still is."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bibcheck.export.bibtex import export_bibtex
from bibcheck.export.csl import export_csl_json
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import bare_doi, doi_from_url, doi_problem, find_doi
from bibcheck.store import open_db
from bibcheck.store.documents import save_document


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("10/b58h3x", "10/b58h3x"),
        ("10/C7FC", "10/C7FC"),
        ("https://doi.org/10/b58h3x", "10/b58h3x"),
        ("doi:10/b58h3x", "10/b58h3x"),
        ("\\url{https://doi.org/10/c7fc}", "10/c7fc"),
        ("10.1234/abc", "10.1234/abc"),  # a DOI as before
        ("10/12", None),  # a fraction, a date: no letter
        ("10/b58h3x/more", None),
        ("10/", None),
    ],
)
def test_bare_doi_takes_short_dois(written: str, bare: str | None) -> None:
    assert bare_doi(written) == bare
    if bare is not None:
        assert doi_problem(bare) is None


@pytest.mark.parametrize(
    ("text", "doi"),
    [
        ("Smith, A. Title. Journal 3 (2001). doi: 10/b58h3x.", "10/b58h3x"),
        ("Smith, A. Title. Journal 3 (2001). https://doi.org/10/c7fc", "10/c7fc"),
        ("Smith, A. Title. Journal 3 (2001), 10/12.", None),
    ],
)
def test_short_dois_in_written_references(text: str, doi: str | None) -> None:
    assert parse_reference(text, (1,)).doi == doi
    if doi is not None:
        found = find_doi(text) or (doi_from_url(text.rsplit(" ", 1)[-1]), 0, 0)
        assert found[0] == doi


BIB = (
    "@article{lee2012, author={Kim Lee}, title={Dry Ports}, journal={Ports}, year={2012},"
    " doi={10/b58h3x}}\n"
    "@article{ames2010, author={Lee Ames}, title={Wet Ports}, journal={Ports}, year={2010},"
    " doi={https://doi.org/10/c7fc}}\n"
    "@article{bad2011, author={Ina Bad}, title={Odd Ports}, journal={Ports}, year={2011},"
    " doi={10/12}}\n"
)


def test_a_bib_short_doi_is_kept_exported_and_checked_at_doi_org(tmp_path: Path) -> None:
    (tmp_path / "r.bib").write_text(BIB)
    (tmp_path / "p.tex").write_text(
        "\\documentclass{article}\\begin{document}\nAs \\cite{lee2012,ames2010,bad2011} show.\n"
        "\\bibliography{r}\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "p.tex")
    dois = {e.label: e.reference.doi for e in doc.literature}
    assert dois == {"lee2012": "10/b58h3x", "ames2010": "10/c7fc", "bad2011": None}
    invalid = [a for a in doc.all_anomalies() if a.code is C.DOI_INVALID]
    assert len(invalid) == 1 and "'10/12'" in invalid[0].message
    db = open_db(memory=True)
    save_document(db, doc, size=0, now=datetime(2024, 1, 1, tzinfo=UTC))
    urls = {r["url"] for r in db.query("select url from urls")}
    assert {"https://doi.org/10/b58h3x", "https://doi.org/10/c7fc"} <= urls
    assert "doi = {10/b58h3x}" in export_bibtex(db, style="biblatex")
    assert {item.get("DOI") for item in json.loads(export_csl_json(db))} >= {
        "10/b58h3x",
        "10/c7fc",
    }
