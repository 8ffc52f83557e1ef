"""The SQLite store: idempotent, multi-document, versioned, loss-free."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.errors import StoreError
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.store import open_db
from bibcheck.store.documents import document_ids, load_document, save_document
from tests.helpers import PANDOC_SAMPLE, SAMPLE

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def dump(db: Database) -> list[str]:
    return list(db.conn.iterdump())


def ingest(db: Database, path: Path) -> None:
    save_document(db, parse_file(path), size=path.stat().st_size, now=NOW)


def test_reingesting_the_same_document_changes_nothing(db: Database) -> None:
    ingest(db, SAMPLE)
    before = dump(db)
    result = save_document(db, parse_file(SAMPLE), size=1, now=datetime.now(UTC))
    assert result.stored is False
    assert dump(db) == before


def test_counts_and_foreign_keys(db: Database) -> None:
    ingest(db, SAMPLE)
    assert db["documents"].count == 1
    assert db["footnotes"].count == 167
    assert db["literature"].count == 166
    assert db["references"].count == 167 + 166
    assert db["markers"].count == 167
    assert db["claims"].count == 167
    assert db.execute("pragma foreign_key_check").fetchall() == []
    distinct = db.execute("select count(distinct url) from [references] where url is not null")
    assert db["urls"].count == distinct.fetchone()[0]


def test_several_documents_in_one_database(db: Database) -> None:
    ingest(db, SAMPLE)
    ingest(db, PANDOC_SAMPLE)
    assert len(document_ids(db)) == 2
    readers = {r["reader"] for r in db["documents"].rows}
    assert readers == {"sup-markdown", "pandoc-markdown"}


def test_new_version_of_a_file_replaces_the_old_one(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text(
        "Claim<sup>1</sup>.\n\n---\n\n<sup>1</sup> A [Electronic resource]. - 2020. "
        "- URL: <https://a.org/1>\n",
        encoding="utf-8",
    )
    ingest(db, path)
    old_id = document_ids(db)[0]
    path.write_text(path.read_text(encoding="utf-8").replace("2020", "2021"), encoding="utf-8")
    ingest(db, path)
    ids = document_ids(db)
    assert len(ids) == 1 and ids[0] != old_id
    assert db["references"].count == 1
    assert [r["url"] for r in db["urls"].rows] == ["https://a.org/1"]


def test_load_document_round_trip(db: Database) -> None:
    doc = parse_file(SAMPLE)
    save_document(db, doc, size=1, now=NOW)
    loaded = load_document(db, doc.id)
    assert [f.reference for f in loaded.footnotes] == [
        f.reference.__class__(**{**_fields(f.reference), "anomalies": ()}) for f in doc.footnotes
    ]
    assert [f.markers for f in loaded.footnotes] == [f.markers for f in doc.footnotes]
    assert [f.literature for f in loaded.footnotes] == [f.literature for f in doc.footnotes]
    assert sorted(loaded.all_anomalies(), key=repr) == sorted(doc.all_anomalies(), key=repr)


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]


def test_database_from_a_newer_bibcheck_is_refused(db_path: Path) -> None:
    db = open_db(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "bibcheck", "name": "m999_future", "applied_at": "2030-01-01"}
    )
    db.close()
    with pytest.raises(StoreError, match="newer bibcheck"):
        open_db(db_path)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        open_db(path)


def test_database_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="directory"):
        open_db(tmp_path)


def test_schema_is_migrated_once(db_path: Path) -> None:
    open_db(db_path).close()
    open_db(db_path).close()
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute("select name from _sqlite_migrations")]
    assert names == [
        "m001_citation_model",
        "m002_archive_lookups",
        "m003_reference_volume_issue",
        "m004_archive_lookup_saved",
        "m005_reader_choice",
        "m006_reference_archive_url",
        "m009_verifications",
        "m010_keys_and_positions",
        "m011_anomaly_lines",
        "m012_document_bibliographies",
        "m013_line_files",
        "m014_document_source_format",
        "m015_reference_thesis",
        "m016_reference_identifiers",
        "m017_reference_edition_series",
        "m018_marker_record",
        "m019_probe_samples",
        "m020_reference_editors_number",
    ]


def test_older_database_is_migrated_forward_keeping_its_data(db_path: Path) -> None:
    from bibcheck.store.sqlite import migrations

    old = Database(db_path)
    migrations.apply(old, stop_before="m003_reference_volume_issue")
    old.execute("insert into urls (url, host, key) values ('https://a.org/x', 'a.org', 'k')")
    old.close()
    db = open_db(db_path)
    assert "volume" in db.table("references").columns_dict
    assert [r["url"] for r in db.table("urls").rows] == ["https://a.org/x"]
    ingest(db, PANDOC_SAMPLE)
    assert db.table("references").count > 0


def test_failed_save_keeps_previous_data(db: Database) -> None:
    """A save that fails half-way (here: a trigger aborts it) rolls back entirely."""
    ingest(db, SAMPLE)
    db.execute("create trigger boom before insert on claims begin select raise(abort, 'boom'); end")
    before = dump(db)
    new_version = parse_bytes(b"Claim<sup>1</sup>.\n\n---\n\n<sup>1</sup> Ref.\n", str(SAMPLE))
    with pytest.raises(sqlite3.IntegrityError, match="boom"):
        save_document(db, new_version, size=1, now=NOW)
    assert dump(db) == before
    assert db["footnotes"].count == 167


def test_a_doi_is_checked_as_a_doi_org_link(db: Database) -> None:
    text = (
        "Claim[^1].\n\n[^1]: Smith, J. (2021). Regional trade. Journal of Trade, 12(3), 45-67. "
        "doi:10.1234/jot.2021.45\n"
    )
    save_document(db, parse_bytes(text.encode(), "doi.md"), size=1, now=NOW)
    assert [r["url"] for r in db.table("reference_urls").rows] == [
        "https://doi.org/10.1234/jot.2021.45"
    ]
