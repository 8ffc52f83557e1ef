"""Databases shared between processes, foreign and damaged files: exit 2 with what to do,
never a traceback, never a byte changed in a file bibcheck refuses or only reads."""

from __future__ import annotations

import hashlib
import resource
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import bibcheck.store as store
from bibcheck.cli import main
from bibcheck.errors import ExitCode

NOTE = "Text {n} here[^1].\n\n[^1]: Author A. Title {n}. 2020. https://example.org/{n}\n"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _bibcheck(*args: str, cwd: Path, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def cap() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "bibcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        preexec_fn=cap,
    )


def test_a_transaction_that_reads_then_writes_survives_another_writer(tmp_path: Path) -> None:
    """A transaction takes the write lock when it begins: another writer waits for it,
    instead of committing under it and breaking its snapshot ("database is locked" at
    once, whatever the busy timeout)."""
    path = tmp_path / "s.db"
    first = store.open_db(path)
    first.execute("create table scratch (x integer)")
    first.conn.commit()
    done: list[float] = []

    def other_writer() -> None:
        second = store.open_db(path, timeout=10)
        with second.atomic():
            second.execute("insert into scratch values (2)")
        done.append(time.monotonic())
        second.close()

    with first.atomic():
        assert first.execute("select count(*) from scratch").fetchone()[0] == 0
        writer = threading.Thread(target=other_writer)
        writer.start()
        time.sleep(0.3)  # the other writer tries now, while this transaction is open
        assert not done
        first.execute("insert into scratch values (1)")
        committed = time.monotonic()
    writer.join(timeout=15)
    assert done and done[0] >= committed
    rows = sorted(r[0] for r in first.execute("select x from scratch").fetchall())
    assert rows == [1, 2]


def test_two_ingests_into_one_fresh_database_both_succeed(tmp_path: Path) -> None:
    for n in range(2):
        (tmp_path / f"d{n}.md").write_text(NOTE.format(n=n), encoding="utf-8")
    for round_ in range(4):
        db = tmp_path / f"shared{round_}.db"
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "bibcheck", "ingest", "--db", str(db), f"d{n}.md"],
                cwd=tmp_path,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(2)
        ]
        results = [(p.wait(timeout=120), p.communicate()) for p in procs]
        assert all(code == 0 for code, _ in results), results
        conn = sqlite3.connect(db)
        assert conn.execute("select count(*) from documents").fetchone()[0] == 2
        conn.close()


def test_a_locked_database_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "t.db"
    (tmp_path / "d.md").write_text(NOTE.format(n=1), encoding="utf-8")
    assert main(["ingest", "--db", str(db), str(tmp_path / "d.md")]) == 0
    (tmp_path / "e.md").write_text(NOTE.format(n=2), encoding="utf-8")
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.3)
    try:
        code = main(["ingest", "--db", str(db), str(tmp_path / "e.md")])
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert code == ExitCode.INPUT and "locked" in err and "run the command again" in err
    assert "bug" not in err


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("create table notes (id integer primary key, body text)")
    conn.execute("insert into notes (body) values ('mine')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "command",
    [
        ["show", "--db", "DB"],
        ["report", "--db", "DB", "-o", "out"],
        ["export", "json", "--db", "DB"],
        ["export", "bibtex", "--db", "DB"],
        ["ingest", "--db", "DB", "d.md"],
        ["check", "--db", "DB"],
    ],
    ids=lambda c: "-".join(c[:2]).replace("--db", ""),
)
def test_a_foreign_database_is_refused_untouched(
    tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(NOTE.format(n=1), encoding="utf-8")
    db = tmp_path / "other.db"
    _foreign(db)
    before = _digest(db)
    assert main([str(db) if a == "DB" else a for a in command]) == ExitCode.INPUT
    assert _digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("other")) == ["other.db"]


def test_a_newer_database_is_refused_before_any_write(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    store.open_db(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) "
        "values ('bibcheck', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = _digest(db)
    (tmp_path / "d.md").write_text(NOTE.format(n=1), encoding="utf-8")
    done = _bibcheck("ingest", "--db", "new.db", "d.md", cwd=tmp_path)
    assert done.returncode == 2 and "newer bibcheck" in done.stderr
    assert _digest(db) == before
    mode = sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "delete"  # no WAL switch either


def test_read_only_commands_never_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(NOTE.format(n=1), encoding="utf-8")
    db = tmp_path / "t.db"
    assert main(["ingest", "--db", str(db), "d.md"]) == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(db)
    for args in (
        ["show", "--db", "DB"],
        ["show", "--links", "--db", "DB"],
        ["report", "--db", "DB", "-o", "out"],
        ["export", "ris", "--db", "DB"],
    ):
        assert main([str(db) if a == "DB" else a for a in args]) == 0
    assert _digest(db) == before


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("drop table claims", "table 'claims' is missing"),
        ("alter table footnotes rename column label to tag", "lacks column"),
        ("update markers set displaced_from = 'x' where 0", None),
    ],
    ids=["dropped-table", "renamed-column", "undamaged-control"],
)
def test_a_damaged_schema_is_exit_2_with_a_message(
    tmp_path: Path, damage: str, message: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "d.md").write_text(NOTE.format(n=1), encoding="utf-8")
    db = tmp_path / "t.db"
    assert main(["ingest", "--db", str(db), str(tmp_path / "d.md")]) == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(damage)
    conn.commit()
    conn.close()
    capsys.readouterr()
    code = main(["show", "--db", str(db)])
    err = capsys.readouterr().err
    if message is None:
        assert code == 0
    else:
        assert code == ExitCode.INPUT and message in err and "Internal error" not in err


@pytest.mark.parametrize(
    "damage",
    [
        "update link_checks set redirects = '{not json'",
        "update link_checks set status = 'exploded'",
        "update link_checks set checked_at = 'yesterday'",
    ],
    ids=["malformed-json", "unknown-verdict", "bad-date"],
)
def test_a_damaged_row_is_exit_2_with_a_message(
    tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "d.md").write_text(NOTE.format(n=1), encoding="utf-8")
    db = tmp_path / "t.db"
    assert main(["ingest", "--db", str(db), str(tmp_path / "d.md")]) == 0
    conn = sqlite3.connect(db)
    conn.execute(
        "insert into check_runs (id, started_at, finished_at, degraded) values ('r', 'x', 'x', 0)"
    )
    conn.execute(
        "insert into link_checks (url, run_id, status, reason, checked_at, redirects) values "
        "('https://example.org/1', 'r', 'alive', 'ok', '2024-01-01T00:00:00+00:00', '[]')"
    )
    conn.execute(damage)
    conn.commit()
    conn.close()
    capsys.readouterr()
    code = main(["show", "--links", "--db", str(db)])
    err = capsys.readouterr().err
    assert code == ExitCode.INPUT and "damaged" in err and "link_checks" in err


def test_a_report_that_cannot_be_written_leaves_the_old_one(tmp_path: Path) -> None:
    (tmp_path / "d.md").write_text(NOTE.format(n=1), encoding="utf-8")
    assert _bibcheck("ingest", "--db", "t.db", "d.md", cwd=tmp_path).returncode == 0
    assert _bibcheck("report", "--db", "t.db", "-o", "out", cwd=tmp_path).returncode == 0
    old = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    assert set(old) == {"d.html", "d.md", "d.json"}
    done = _bibcheck("report", "--db", "t.db", "-o", "out", cwd=tmp_path, limit=2000)
    assert done.returncode == 2 and "Error" in done.stderr and "bug" not in done.stderr
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == old


def test_a_full_disk_during_ingest_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "d.md").write_text(NOTE.format(n=1) * 200, encoding="utf-8")
    done = _bibcheck("ingest", "--db", "t.db", "d.md", cwd=tmp_path, limit=20_000)
    assert done.returncode == 2, done.stderr
    assert "Error" in done.stderr and "bug" not in done.stderr
