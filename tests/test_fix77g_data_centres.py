"""A ``@misc`` a data centre publishes (SEANOE, PANGAEA, NOAA's NCEI, the Copernicus Climate
Data Store …), named as its publisher or by its DOI's prefix, is a data set: ``web`` by the
corpus conventions.  Other ``@misc`` entries keep their kind.  Every entry here is written
for these tests (the DOIs' suffixes invented).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references.bibresource import resource_kind
from bibcheck.parse.references.data_centres import data_centre

CASES = [
    # (entry type, fields, kind)
    (
        "misc",
        {"title": "Glider Profiles of the Faroe Bank Channel", "publisher": "SEANOE"},
        RefKind.WEB,
    ),
    ("misc", {"title": "Float Records 2001-2020", "doi": "10.17882/99001"}, RefKind.WEB),
    (
        "misc",
        {"title": "Sediment Cores from the Barents Shelf", "doi": "10.1594/PANGAEA.900001"},
        RefKind.WEB,
    ),
    (
        "misc",
        {"title": "Monthly Sea Ice Extent", "howpublished": "National Snow and Ice Data Center"},
        RefKind.WEB,
    ),
    (
        "misc",
        {
            "title": "Hourly Reanalysis on Pressure Levels",
            "publisher": "Copernicus Climate Change Service (C3S) Climate Data Store (CDS)",
        },
        RefKind.WEB,
    ),
    ("misc", {"title": "Coastal Station Temperatures", "doi": "10.25921/abcd-1234"}, RefKind.WEB),
    ("misc", {"title": "Occurrence Download", "doi": "10.15468/dl.x1y2z3"}, RefKind.WEB),
    # guards: no data centre; a journal's DOI; a report type keeps its own kind
    ("misc", {"title": "Notes on Tides", "publisher": "Harbour Press"}, None),
    ("misc", {"title": "Notes on Tides", "doi": "10.1016/j.example.2020.01.001"}, None),
    ("report", {"title": "Cruise Report", "doi": "10.17882/99002"}, None),
]


@pytest.mark.parametrize(("entry_type", "fields", "kind"), CASES)
def test_resource_kind(entry_type: str, fields: dict[str, str], kind: RefKind | None) -> None:
    assert resource_kind(entry_type, fields) is kind


CENTRES = [
    ("SEANOE", "", True),
    ("PANGAEA", "", True),
    ("NOAA National Centers for Environmental Information", "", True),
    ("British Oceanographic Data Centre", "", True),
    ("", "10.5067/modis/mod021km.061", True),
    ("", "10.24381/cds.abc123", True),
    ("", "10.48670/moi-00099", True),
    ("Cambridge University Press", "10.1017/abc", False),
    ("", "", False),
]


@pytest.mark.parametrize(("publisher", "doi", "want"), CENTRES)
def test_data_centre(publisher: str, doi: str, want: bool) -> None:
    assert data_centre(publisher, doi) is want
