"""A CSL-JSON ``map`` item: a printed map is a ``book``, a map online only ``web``
(tests/corpus/README.md, kinds of sources that are not articles or books)."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import ris
from bibcheck.parse.references.csljson import to_reference
from bibcheck.parse.references.map_kind import csl_map_kind

CASES: list[tuple[dict[str, Any], RefKind]] = [
    # a printed sheet with its survey as publisher
    (
        {
            "id": "bgs1960",
            "type": "map",
            "title": "Geological Survey of Great Britain, Sheet 61, Pateley Bridge",
            "author": [{"literal": "Geological Survey of Great Britain"}],
            "publisher": "HMSO",
            "publisher-place": "London",
            "scale": "1:63,360",
            "issued": {"date-parts": [[1960]]},
        },
        RefKind.BOOK,
    ),
    # a printed map with only its place of publication
    (
        {
            "id": "stadtplan1925",
            "type": "map",
            "title": "Stadtplan von Breslau",
            "publisher-place": "Breslau",
            "issued": {"date-parts": [[1925]]},
        },
        RefKind.BOOK,
    ),
    # a printed map digitised by a library: its imprint makes it printed
    (
        {
            "id": "carte1789",
            "type": "map",
            "title": "Carte de la Provence",
            "publisher": "Chez Jaillot",
            "URL": "https://maps.example.org/item/carte-provence",
            "issued": {"date-parts": [[1789]]},
        },
        RefKind.BOOK,
    ),
    # no imprint and no address: a map as printed
    (
        {"id": "plan1850", "type": "map", "title": "Plan of the Harbour of Valletta"},
        RefKind.BOOK,
    ),
    # a web map with no imprint: online only
    (
        {
            "id": "floodmap",
            "type": "map",
            "title": "Flood map for planning",
            "author": [{"literal": "Environment Agency"}],
            "URL": "https://flood-map.example.gov.uk/",
            "issued": {"date-parts": [[2023]]},
        },
        RefKind.WEB,
    ),
]


@pytest.mark.parametrize(("item", "kind"), CASES)
def test_csl_map_kind(item: dict[str, Any], kind: RefKind) -> None:
    assert to_reference(item, 1).kind is kind
    assert csl_map_kind(item) is kind


@pytest.mark.parametrize(
    "item",
    [
        {"id": "b", "type": "book", "title": "Atlas of Britain"},
        {"id": "w", "type": "webpage", "title": "A map page", "URL": "https://x.example.org/"},
    ],
)
def test_other_types_are_no_map(item: dict[str, Any]) -> None:
    assert csl_map_kind(item) is None


# an RIS ``MAP`` record is read as CSL's ``map``
RIS_MAPS = [
    (
        "TY  - MAP\nAU  - Geological Survey of Scotland\nTI  - Sheet 32, Edinburgh\n"
        "PY  - 1910\nPB  - HMSO\nCY  - Edinburgh\nER  - \n",
        RefKind.BOOK,
    ),
    (
        "TY  - MAP\nAU  - Environment Agency\nTI  - Flood map for planning\nPY  - 2023\n"
        "UR  - https://flood-map.example.gov.uk/\nER  - \n",
        RefKind.WEB,
    ),
]


@pytest.mark.parametrize(("text", "kind"), RIS_MAPS)
def test_ris_map(text: str, kind: RefKind) -> None:
    (record,) = ris.records(text).records
    assert ris.to_reference(record).kind is kind
