"""The store on both backends: SQLite (sqlite-utils) and PostgreSQL (psycopg), same results.

Every test here takes the ``store`` fixture, parametrised over the two
backends; the PostgreSQL half is skipped (with the reason) when no server can
be started.  The schema test compares what the two backends really built.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bibcheck.analyse import analyse
from bibcheck.errors import StoreError
from bibcheck.export.bibtex import export_bibtex
from bibcheck.export.json import build_export
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import (
    ArchiveLookup,
    ArchiveOutcome,
    LinkCheck,
    LinkStatus,
    Verification,
    VerifyAspect,
    VerifyVerdict,
)
from bibcheck.store import Store, open_db
from bibcheck.store.archives import latest_lookups, save_lookup
from bibcheck.store.documents import document_ids, load_document, save_document
from bibcheck.store.links import (
    cited_urls,
    due_urls,
    finish_run,
    history,
    link_states,
    save_check,
    start_run,
)
from bibcheck.store.schema import expected_columns, schema_damage
from bibcheck.store.verifications import (
    cache_get,
    cache_put,
    load_verifications,
    save_verifications,
)
from tests.conftest_pg import empty_pg
from tests.helpers import PANDOC_SAMPLE, ROOT, SAMPLE, run_cli, store_tricky

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)


def ingest(db: Store, path: Path) -> None:
    save_document(db, parse_file(path), size=path.stat().st_size, now=NOW)


def test_the_two_schemas_are_the_same(tmp_path: Path, pg_url: str) -> None:
    lite, pg = open_db(tmp_path / "a.db"), empty_pg(pg_url)
    assert lite.columns() == pg.columns()
    assert lite.index_set() == pg.index_set()
    assert "link_checks" in lite.columns() and len(lite.index_set()) >= 10


def test_the_expected_schema_is_what_the_migrations_build(store: Store) -> None:
    """The damage check's idea of the schema (from the steps as data) is what each backend has."""
    assert schema_damage(store.columns()) is None
    built = {table: frozenset(cols) for table, cols in store.columns().items()}
    assert built == expected_columns()


def test_a_document_round_trips(store: Store) -> None:
    doc = parse_file(SAMPLE)
    save_document(store, doc, size=1, now=NOW)
    assert store.count("footnotes") == 167
    assert store.count("literature") == 166
    loaded = load_document(store, doc.id)
    assert [f.label for f in loaded.footnotes] == [f.label for f in doc.footnotes]
    assert [f.markers for f in loaded.footnotes] == [f.markers for f in doc.footnotes]
    assert [e.number for e in loaded.literature] == [e.number for e in doc.literature]
    assert loaded.stray_markers == doc.stray_markers
    assert [f.literature for f in loaded.footnotes] == [f.literature for f in doc.footnotes]


def test_positions_survive_more_than_ten_entries(store: Store) -> None:
    """Entries and markers come back in document order (not in the order of their ids)."""
    notes = "".join(f"Claim {i}<sup>{i}</sup>.\n" for i in range(1, 13))
    refs = "".join(f"<sup>{i}</sup> Author {i}. Title {i}. 2020.\n\n" for i in range(1, 13))
    doc = parse_bytes(f"{notes}\n---\n\n{refs}".encode(), "twelve.md")
    save_document(store, doc, size=1, now=NOW)
    loaded = load_document(store, doc.id)
    assert [f.label for f in loaded.footnotes] == [str(i) for i in range(1, 13)]
    assert [m.label for f in loaded.footnotes for m in f.markers] == [
        m.label for f in doc.footnotes for m in f.markers
    ]


def test_reingesting_stores_nothing_new(store: Store) -> None:
    ingest(store, SAMPLE)
    counts = {t: store.count(t) for t in store.columns()}
    assert save_document(store, parse_file(SAMPLE), size=1, now=NOW).stored is False
    assert {t: store.count(t) for t in store.columns()} == counts


def test_a_new_version_replaces_the_old_one(store: Store) -> None:
    ingest(store, SAMPLE)
    new = parse_bytes(b"Claim<sup>1</sup>.\n\n---\n\n<sup>1</sup> Ref.\n", str(SAMPLE))
    result = save_document(store, new, size=1, now=NOW)
    assert result.stored and len(result.replaced) == 1
    assert document_ids(store) == [new.id]
    assert store.count("footnotes") == 1


def test_an_observation_done_twice_is_stored_once(store: Store) -> None:
    ingest(store, PANDOC_SAMPLE)
    url = cited_urls(store)[0]
    run = start_run(store, {"x": 1}, "test", NOW)
    first = LinkCheck(url, LinkStatus.ALIVE, NOW, "HTTP 200", 200)
    again = LinkCheck(url, LinkStatus.DEAD, NOW + H, "HTTP 404", 404)
    assert save_check(store, run, first) is True
    assert save_check(store, run, again) is False  # the same work, done twice
    later = start_run(store, {}, "test", NOW + 2 * H)
    assert save_check(store, later, again) is True
    finish_run(store, run, True, "why", NOW + H)
    assert [c.status for c in history(store, url)] == [LinkStatus.ALIVE, LinkStatus.DEAD]
    (row,) = store.query("select * from check_runs where id = ?", [run])
    assert (row["degraded"], row["degraded_reason"]) == (1, "why")


def test_an_archive_lookup_done_twice_is_stored_once(store: Store) -> None:
    ingest(store, PANDOC_SAMPLE)
    url = cited_urls(store)[0]
    lookup = ArchiveLookup(
        url, ArchiveOutcome.FOUND, NOW, snapshot_url="https://w/x", verified=True
    )
    assert save_lookup(store, lookup, "run-1") is True
    assert save_lookup(store, lookup, "run-1") is False
    assert save_lookup(store, lookup, "run-2") is True
    assert latest_lookups(store)[url] == lookup
    assert store.count("archive_lookups") == 2


def test_staleness_and_states_agree(store: Store) -> None:
    ingest(store, PANDOC_SAMPLE)
    urls = cited_urls(store)
    assert len(urls) >= 3
    ok, bad = urls[0], urls[1]
    run = start_run(store, {}, "test", NOW)
    save_check(store, run, LinkCheck(ok, LinkStatus.ALIVE, NOW, http_status=200))
    save_check(store, run, LinkCheck(bad, LinkStatus.DEAD, NOW, http_status=410))
    due = due_urls(store, NOW + 13 * H, timedelta(days=7), timedelta(hours=12))
    assert ok not in due and bad in due and set(urls) - {ok} == set(due)
    states = {s.url: s for s in link_states(store)}
    assert states[bad].confirmed and not states[ok].failing


def test_verifications_and_cache(store: Store) -> None:
    ingest(store, PANDOC_SAMPLE)
    (doc,) = document_ids(store)
    v = Verification(
        key="k1", document=doc, aspect=VerifyAspect.IDENTITY, verdict=VerifyVerdict.MISCITED,
        verified_at=NOW, footnote="1", line=3, subject="s", score=0.5, degraded=False,
        differences=(("year", "2019", "2020"),),
    )  # fmt: skip
    assert save_verifications(store, [v], [doc]) == 1
    assert save_verifications(store, [v], [doc]) == 0
    assert load_verifications(store) == [v]
    cache_put(store, "q", "answer", NOW, timedelta(days=1))
    cache_put(store, "q", "newer", NOW, timedelta(days=1))
    assert cache_get(store, "q", NOW + H) == "newer"
    assert cache_get(store, "q", NOW + 2 * timedelta(days=1)) is None


def test_the_export_is_the_same_on_both(tmp_path: Path, pg_url: str) -> None:
    lite, pg = store_tricky(open_db(tmp_path / "t.db")), store_tricky(empty_pg(pg_url))
    for db in (lite, pg):
        ingest(db, SAMPLE)
    assert json.dumps(build_export(lite)) == json.dumps(build_export(pg))
    assert export_bibtex(lite) == export_bibtex(pg)
    findings = analyse(lite)
    assert findings and findings == analyse(pg)


def test_a_newer_schema_is_refused(store: Store, tmp_path: Path) -> None:
    store.insert_rows(
        store.migrations_table,
        [{"migration_set": "bibcheck", "name": "m999_future", "applied_at": "2030-01-01"}],
    )
    url = getattr(store, "url", store.location)  # PostgreSQL: the URL with its password
    store.close()
    with pytest.raises(StoreError, match="newer bibcheck"):
        open_db(url)


def test_an_empty_postgres_database_is_not_a_report(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create_database("empty")
    try:
        with pytest.raises(StoreError, match="no bibcheck data"):
            open_db(url, create=False)
    finally:
        pg_server.drop_database(url)


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot connect") as err:
        open_db("postgresql://someone:secret@127.0.0.1:9/nothing?connect_timeout=2")
    assert "secret" not in str(err.value)


SQLITE_ONLY = """
import sys
for name in ("psycopg", "psycopg_pool", "procrastinate", "sqlalchemy"):
    sys.modules[name] = None  # importing it raises ImportError: the extra is not installed
from bibcheck.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _without_extra(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("BIBCHECK_DB", None)
    return subprocess.run(
        [sys.executable, "-c", SQLITE_ONLY, *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_sqlite_works_without_the_postgres_extra(tmp_path: Path) -> None:
    done = _without_extra(["ingest", str(PANDOC_SAMPLE), "--db", "x.db"], tmp_path)
    assert done.returncode == 0, done.stderr
    done = _without_extra(["export", "json", "--db", "x.db"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["documents"]
    done = _without_extra(["export", "json", "--db", "postgresql://u@127.0.0.1/x"], tmp_path)
    assert done.returncode == 2
    assert "pip install 'bibcheck[postgres]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_db_copy_moves_everything_and_twice_stores_once(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = store_tricky(open_db(tmp_path / "src.db"))
    ingest(source, SAMPLE)
    expected = json.dumps(build_export(source))
    source.close()
    empty_pg(pg_url).close()
    code, out, _ = run_cli(
        ["db", "copy", "--from", str(tmp_path / "src.db"), "--to", pg_url], capsys
    )
    assert code == 0 and "link_checks: 3 rows read, 3 written" in out
    code, out, _ = run_cli(
        ["db", "copy", "--from", str(tmp_path / "src.db"), "--to", pg_url], capsys
    )
    assert code == 0 and "link_checks: 3 rows read, 0 written" in out
    pg = open_db(pg_url)
    assert json.dumps(build_export(pg)) == expected
    # ids assigned after the copy follow the copied ones ("latest" stays right)
    url = cited_urls(pg)[0]
    save_check(pg, start_run(pg, {}, "t", NOW), LinkCheck(url, LinkStatus.ALIVE, NOW))
    assert history(pg, url)[-1].checked_at == NOW
    pg.close()
    code, _, _ = run_cli(
        ["db", "copy", "--from", pg_url, "--to", str(tmp_path / "back.db")], capsys
    )
    assert code == 0
    back = open_db(tmp_path / "back.db")
    assert back.count("link_checks") == 4
