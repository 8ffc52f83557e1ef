"""CSL-JSON export, validated against the vendored CSL-JSON schema (tests/data/)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from sqlite_utils import Database

from bibcheck.export.csl import export_csl_json
from bibcheck.export.works import load_works
from tests.helpers import PCT_URL, SNAPSHOT, check_golden

SCHEMA = json.loads((Path(__file__).parent / "data" / "csl-data.json").read_text(encoding="utf-8"))


def _validate(text: str) -> list[dict[str, object]]:
    items = json.loads(text)
    jsonschema.validate(items, SCHEMA, cls=jsonschema.Draft7Validator)
    return items  # type: ignore[no-any-return]


def test_schema_is_the_published_one() -> None:
    assert SCHEMA["$id"].endswith("/csl-data.json")
    assert "webpage" in SCHEMA["items"]["properties"]["type"]["enum"]


def test_invalid_item_is_caught_by_the_schema() -> None:
    with pytest.raises(jsonschema.ValidationError):
        _validate('[{"id": "x", "type": "web-page"}]')


def test_tricky_validates_and_matches_golden(tricky: Database) -> None:
    text = export_csl_json(tricky)
    items = _validate(text)
    check_golden("tricky.csl.json", text)
    by_id = {i["id"]: i for i in items}
    assert by_id["world2015world"]["author"] == [{"literal": "World Health Organization"}]
    assert by_id["ivanov2020ekonomika"]["author"] == [{"family": "Иванов", "given": "И. И."}]
    rd = by_id["belta2023rd"]
    assert rd["URL"] == PCT_URL and rd["accessed"] == {"date-parts": [[2024, 3, 1]]}
    assert SNAPSHOT in str(rd["note"])
    assert by_id["mfa202political"]["issued"] == {"literal": "202-"}


def test_same_works_as_bibtex(tricky: Database, sample_db: Database) -> None:
    for db in (tricky, sample_db):
        items = _validate(export_csl_json(db))
        assert [i["id"] for i in items] == [w.key for w in load_works(db)]
        assert [i.get("URL") for i in items] == [w.reference.url for w in load_works(db)]


def test_deterministic(tricky: Database) -> None:
    assert export_csl_json(tricky) == export_csl_json(tricky)
