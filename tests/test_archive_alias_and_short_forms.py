"""An archive named in notes by the abbreviation the list defines; collections of one
archive are no duplicates; a series statement in a note; a statute's short title with its
year; Spanish bodies as authors; APA initials are no Bluebook title.  Fixtures written for
these tests."""

from __future__ import annotations

import pytest

from bibcheck.analyse.duplicates import duplicate_citation_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.matching import short_title
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.particles import iberian

_ARCHIVE = """# The Dee ferries

The ferry tolls were leased.[^1] The lessees complained.[^2] The Board answered.[^3]
A history exists.[^4]

[^1]: NWA, FER 12/3, lease of the Queensferry tolls, 1744.

[^2]: NWA, PET 4/19, petition of the lessees, 2 May 1751.

[^3]: TBR, EXC 7/2, minute of 9 June 1751.

[^4]: Ann Price, *Ferries of the Dee* (Chester: Dee Press, 1999), 12.

## Bibliography

North Wales Archives (NWA), Hawarden. FER 12, Ferry leases, 1700–1790.

North Wales Archives (NWA), Hawarden. PET 4, Petitions to the justices, 1740–1790.

Price, Ann. *Ferries of the Dee*. Chester: Dee Press, 1999.
"""


def test_notes_naming_an_archive_by_its_abbreviation_cite_its_collections() -> None:
    doc = parse_bytes(_ARCHIVE.encode(), "ferries.md")
    linked = {fn.label: fn.literature.number if fn.literature else None for fn in doc.footnotes}
    assert linked == {"1": 1, "2": 2, "3": None, "4": 3}
    missing = {a.footnote for a in doc.all_anomalies() if a.code is AnomalyCode.LITERATURE_MISSING}
    assert not missing & {"1", "2"}


def test_two_collections_of_one_archive_are_no_duplicate() -> None:
    doc = parse_bytes(_ARCHIVE.encode(), "ferries.md")
    listed = [f for f in duplicate_citation_findings(doc) if f.literature and not f.footnotes]
    assert listed == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "R. Jones, The Salt Road of Droitwich, Worcestershire Record Society, 2nd ser., "
            "vol. 9 (Worcester: WRS, 1988), 14.",
            "The Salt Road of Droitwich",
            id="society-run-and-volume",
        ),
        pytest.param(
            "E. Hale, The Borough Court Rolls, 1400–1450, Camden Society, n.s., 41 (London: "
            "Royal Historical Society, 1990), 3.",
            "The Borough Court Rolls, 1400–1450",
            id="new-series-number",
        ),
    ],
)
def test_a_series_statement_in_a_note_is_no_part_of_the_title(text: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.title, ref.kind) == (title, RefKind.BOOK)


def _ref(title: str, year: int | None) -> Reference:
    return Reference(
        raw=title, line=1, end_line=1, title=title, year=year, year_raw=str(year) if year else None
    )


@pytest.mark.parametrize(
    ("year", "entry_year", "short"),
    [
        pytest.param(1721, 1721, True, id="same-year"),
        pytest.param(1721, 1725, False, id="other-year"),
        pytest.param(None, 1721, True, id="no-year"),
        pytest.param(1721, None, False, id="entry-without-year"),
    ],
)
def test_a_short_title_with_the_works_year(
    year: int | None, entry_year: int | None, short: bool
) -> None:
    note = _ref("An Act for Draining the Fens", year)
    full = "An Act for Draining the Fens of the County of Lincoln"
    assert short_title(note, full, entry_year) is short


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Confederación Hidrográfica del Tajo", id="confederacion"),
        pytest.param("Diputación Provincial de Soria", id="diputacion"),
        pytest.param("Mancomunidad de Municipios del Bierzo", id="mancomunidad"),
    ],
)
def test_a_spanish_body_is_not_turned_round(body: str) -> None:
    assert iberian((body,), "Plan de la cuenca del Tajo, 2019") == (body,)


def test_a_spanish_person_still_is() -> None:
    assert iberian(("Laura Gil Navarro",), "Plan de la cuenca del Tajo") == ("Gil Navarro, Laura",)


def test_apa_initials_are_no_bluebook_title() -> None:
    ref = parse_reference(
        "Lozano Gil, M. (2018). Embalses de la meseta norte. Valladolid: Junta de Castilla y León.",
        [1],
        detect_styles=True,
    )
    assert (ref.title, ref.year) == ("Embalses de la meseta norte", 2018)
