"""Misspelled standard field names in a .bib entry are reported, and a year field holding
a date gives the entry its year (fix round 32, P8)."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import AnomalyCode
from bibcheck.parse.references.bibtex import to_reference

# (fields of an @book entry, misspellings reported as (field, meant))
FIELD_CASES = [
    ("authors = {Kim Lee and Ola Nord}, title = {T}, year = 2019", [("authors", "author")]),
    ("editors = {Kim Lee}, title = {T}, year = 2019", [("editors", "editor")]),
    ("author = {Kim Lee}, titel = {T}, year = 2019", [("titel", "title")]),
    ("author = {Kim Lee}, title = {T}, yeat = 2019", [("yeat", "year")]),
    ("author = {Kim Lee}, title = {T}, year = 2019, jounral = {J}", [("jounral", "journal")]),
    ("author = {Kim Lee}, title = {T}, year = 2019, publihser = {P}", [("publihser", "publisher")]),
    ("author = {Kim Lee}, title = {T}, year = 2019, page = {3--9}", [("page", "pages")]),
    # the meant field is there: the stray one loses nothing
    ("author = {Kim Lee}, authors = {Kim Lee}, title = {T}, year = 2019", []),
    # real fields near a standard one are no misspelling
    ("author = {Kim Lee}, title = {T}, editora = {X}, fjournal = {J}, volumes = 3", []),
    ("author = {Kim Lee}, title = {T}, isrn = {R-1}, ismn = {M}", []),
    # tools' own fields far from any standard one
    ("author = {Kim Lee}, title = {T}, timestamp = {x}, biburl = {x}, keywords = {k}", []),
    # short names are left alone (too many one-edit neighbours)
    ("author = {Kim Lee}, title = {T}, yr = 2019, vol = 3", []),
]


@pytest.mark.parametrize(("fields", "expected"), FIELD_CASES)
def test_misspelled_field_names(fields: str, expected: list[tuple[str, str]]) -> None:
    records, _ = read_bib("@book{k,\n" + fields.replace(", ", ",\n") + "\n}")
    ref = to_reference(records[0])
    found = [a for a in ref.anomalies if a.code is AnomalyCode.FIELD_NAME_MISSPELLED]
    assert [(m.message.split("'")[3], m.message.split("'")[5]) for m in found] == expected
    for anomaly, (name, _) in zip(found, expected, strict=True):
        assert anomaly.line == records[0].field_lines[name]


# (year field, year given to the entry, malformed reported)
YEAR_CASES = [
    ("{Sep 21–25, 2020}", 2020, True),
    ("{March 3--5, 2017}", 2017, True),
    ("{2018-06-01}", 2018, True),
    ("{Summer 2015}", 2015, True),
    # a status, not a malformed year (fix round 32h: `fields.undated_status`)
    ("{n.d.}", None, False),
    ("{forthcoming}", None, False),
    ("{twenty twenty}", None, True),
    ("{Dec 2019 -- Jan 2020}", None, True),  # two years: none is the year
]


@pytest.mark.parametrize(("year", "expected", "malformed"), YEAR_CASES)
def test_year_within_a_date(year: str, expected: int | None, malformed: bool) -> None:
    records, _ = read_bib(
        f"@inproceedings{{k,\n author = {{A B}},\n title = {{T}},\n year = {year}\n}}"
    )
    ref = to_reference(records[0])
    assert ref.year == expected
    notes = [a for a in ref.anomalies if a.code is AnomalyCode.YEAR_MALFORMED]
    assert bool(notes) == malformed
