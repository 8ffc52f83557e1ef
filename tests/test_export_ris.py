"""RIS export, re-read with rispy (an independent RIS parser)."""

from __future__ import annotations

import rispy
from sqlite_utils import Database

from bibcheck.export.ris import export_ris
from bibcheck.export.works import load_works
from tests.helpers import PCT_URL, SNAPSHOT, check_golden


def test_tricky_rereads_and_matches_golden(tricky: Database) -> None:
    text = export_ris(tricky)
    check_golden("tricky.ris", text)
    records = {r["id"]: r for r in rispy.loads(text)}
    assert len(records) == len(load_works(tricky))
    rd = records["belta2023rd"]
    assert rd["type_of_reference"] == "ELEC"
    assert rd["urls"] == [PCT_URL]
    assert rd["access_date"] == "2024/03/01"
    assert SNAPSHOT in rd["notes"][0]
    petrov = records["petrov2019sotrudnichestvo"]
    assert petrov["authors"] == ["Петров, П.", "Сидорова, А. Б."]
    assert (petrov["start_page"], petrov["end_page"]) == ("45", "47")
    assert records["smith2020study"]["doi"] == "10.1000/xyz_1"
    assert records["world2015world"]["type_of_reference"] == "RPRT"


def test_same_works_as_bibtex(tricky: Database, sample_db: Database) -> None:
    for db in (tricky, sample_db):
        records = rispy.loads(export_ris(db))
        works = load_works(db)
        assert [r["id"] for r in records] == [w.key for w in works]
        assert [r.get("urls", [None])[0] for r in records] == [w.reference.url for w in works]


def test_deterministic(tricky: Database) -> None:
    assert export_ris(tricky) == export_ris(tricky)
