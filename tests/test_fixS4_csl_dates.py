"""CSL dates in the forms CSL-JSON and CSL-YAML bibliographies write them: ``date-parts``,
``raw``/``literal``, a bare string or YAML date, and pandoc-citeproc's list of maps
(``issued: [{year: '1895', month: '08'}]``) or single map."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references.csljson import to_reference


@pytest.mark.parametrize(
    ("issued", "year", "raw"),
    [
        ({"date-parts": [[1895, 8, 23]]}, 1895, "1895-8-23"),
        ({"raw": "1895-08-23"}, 1895, "1895-08-23"),
        ("1895", 1895, "1895"),
        (date(1895, 8, 23), 1895, "1895-08-23"),
        ([{"year": "1895", "month": "08", "day": "23"}], 1895, "1895-08-23"),
        ([{"year": 1895}, {"year": 1897}], 1895, "1895"),
        ({"year": "1895", "month": "08"}, 1895, "1895-08"),
        ([], None, None),
        ([{"month": "08"}], None, None),
    ],
)
def test_issued(issued: Any, year: int | None, raw: str | None) -> None:
    ref = to_reference({"id": "a", "type": "book", "title": "T", "issued": issued}, 1)
    assert (ref.year, ref.year_raw) == (year, raw)


def test_a_csl_yaml_bibliography_with_citeproc_dates(tmp_path: Path) -> None:
    (tmp_path / "bib.yaml").write_text(
        "- id: academie\n  type: book\n  title: Contrat de test\n"
        "  issued:\n  - year: '1895'\n    month: '08'\n    day: '23'\n"
        "- id: later\n  type: book\n  title: Autre\n  issued: 1901-02-03\n"
    )
    (tmp_path / "book.md").write_text(
        "---\nbibliography: bib.yaml\n---\n\nComme dit [@academie] et [@later].\n"
    )
    doc = parse_file(tmp_path / "book.md")
    # Pandoc's default style sorts by author, an entry with none by its title
    assert [(e.label, e.reference.year) for e in doc.literature] == [
        ("later", 1901),
        ("academie", 1895),
    ]
    assert C.YEAR_MALFORMED not in {a.code for a in doc.all_anomalies()}
