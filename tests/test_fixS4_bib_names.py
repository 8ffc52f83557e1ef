"""A .bib name BibTeX would refuse (``McInnes, L, and Healy, J``: a stray comma) is a
field to correct, ``name-malformed`` (``malformed-field``), whichever reader names the
.bib: the entry is read, so no bibliography problem and nothing counted as not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import FindingKind, Severity
from bibcheck.parse.coverage import coverage

BIB = (
    "@article{mcin2020, author={Ames, L, and Bose, J and Cole, J}, title={Maps},"
    " journal={J}, year={2020}}\n"
    "@book{lee2001, author={Kim Lee}, title={Dry Ports}, year={2001}, publisher={P}}\n"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param(
            "p.tex",
            "\\documentclass{article}\\begin{document}\nAs \\cite{mcin2020,lee2001} show.\n"
            "\\bibliography{r}\n\\end{document}\n",
            id="latex",
        ),
        pytest.param(
            "p.md", "---\nbibliography: r.bib\n---\n\nAs [@mcin2020; @lee2001] show.\n", id="pandoc"
        ),
        pytest.param("r.bib", BIB, id="the-bib-itself"),
    ],
)
def test_a_stray_comma_in_a_name_is_a_malformed_field(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / "r.bib").write_text(BIB)
    (tmp_path / name).write_text(text)
    doc = parse_file(tmp_path / name)
    odd = [a for a in doc.all_anomalies() if a.code is C.NAME_MALFORMED]
    assert len(odd) == 1 and "'Ames, L,' ends with a comma" in odd[0].message
    assert not {C.BIBLIOGRAPHY_UNREADABLE, C.REFERENCE_UNPARSED} & {
        a.code for a in doc.all_anomalies()
    }
    assert "mcin2020" in {e.label for e in doc.literature} or name == "r.bib"
    found = [f for f in anomaly_findings(doc) if ("anomaly", "name-malformed") in f.evidence]
    assert [(f.kind, f.severity) for f in found] == [
        (FindingKind.MALFORMED_FIELD, Severity.WARNING)
    ]
    assert not coverage(doc).not_read
