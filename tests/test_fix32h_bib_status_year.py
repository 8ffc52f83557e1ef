"""A ``.bib`` (or CSL-JSON) year that states the work's status or that it has none --
``forthcoming``, ``in press``, ``to appear``, ``im Druck``, ``sous presse``, ``en prensa``,
``n.d.``, ``s.f.``, ``o.J.``, ``s.d.`` -- is how such entries are commonly written: no year,
and no ``malformed-field``.  A year that is neither a year nor a status is still reported.
Entries written for this test."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references.csljson import to_reference
from bibcheck.parse.references.fields import undated_status
from tests.test_regex_growth import assert_linear

STATUSES = [
    "forthcoming",
    "Forthcoming",
    "in press",
    "In Press",
    "to appear",
    "im Druck",
    "sous presse",
    "à paraître",
    "en prensa",
    "in corso di stampa",
    "no prelo",
    "n.d.",
    "n. d.",
    "nd",
    "s.f.",
    "s. d.",
    "o.J.",
    "o. J.",
    "б. г.",
    "submitted",
    "in preparation",
]


@pytest.mark.parametrize("status", STATUSES)
def test_status_is_undated(status: str) -> None:
    assert undated_status(status)


@pytest.mark.parametrize(
    "text", ["2020", "forthcoming 2025", "pressing", "sd", "n.d.x", "unknown", "", "19xx"]
)
def test_other_text_is_no_status(text: str) -> None:
    assert not undated_status(text)


def _bib(year: str) -> str:
    return (
        "@article{lund2025,\n"
        "  author = {Lund, Maja and Berg, Ola},\n"
        "  title = {Carbon levies and regional employment},\n"
        "  journal = {Journal of Regional Economics},\n"
        f"  year = {{{year}}},\n"
        "}\n"
    )


@pytest.mark.parametrize("status", ["forthcoming", "in press", "im Druck", "s.f.", "o.J."])
def test_bib_status_year_is_no_malformed_field(status: str) -> None:
    doc = parse_bytes(_bib(status).encode(), "refs.bib")
    ref = doc.literature[0].reference
    assert ref is not None
    assert (ref.year, ref.year_raw) == (None, status)
    assert not [a for a in ref.anomalies if a.code is C.YEAR_MALFORMED]
    assert not [f for f in analyse_document(doc, {}, {}) if f.kind == "malformed-field"]


def test_bib_year_that_is_no_status_is_still_reported() -> None:
    doc = parse_bytes(_bib("twenty twenty").encode(), "refs.bib")
    found = [f for f in analyse_document(doc, {}, {}) if f.kind == "malformed-field"]
    assert [f.lines for f in found] == [(5,)]


@pytest.mark.parametrize("issued", [{"literal": "forthcoming"}, {"raw": "in press"}, "n.d."])
def test_csl_status_is_no_malformed_year(issued: object) -> None:
    ref = to_reference({"id": "a", "type": "article-journal", "title": "T", "issued": issued}, 1)
    assert ref.year is None
    assert not [a for a in ref.anomalies if a.code is C.YEAR_MALFORMED]


@pytest.mark.parametrize("unit", ["in ", "n.", "s. "])
def test_long_text_is_linear(unit: str) -> None:
    assert_linear(undated_status, lambda n: unit * (n // len(unit)))
