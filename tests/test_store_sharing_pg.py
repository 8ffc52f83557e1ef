"""The shared-database promises of issue 15 on PostgreSQL (tests/test_store_sharing.py is SQLite):
read-only commands never write, foreign, newer, older and damaged databases are refused before
anything is written, a lock held too long is "locked" (exit 2), and server errors that are the
database's doing are exit 2 with what to do while bibcheck's own mistakes stay bugs.

Every test runs against a real PostgreSQL on a database of its own (skipped with the reason
when no server can be started)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import bibcheck.store as store
from bibcheck.cli import main
from bibcheck.errors import ExitCode, StoreError
from bibcheck.store import database_error, describe_error, open_db
from bibcheck.store.schema import MIGRATION_SET, MIGRATIONS
from tests.pgserver import PgServer

psycopg = pytest.importorskip("psycopg")
postgres = pytest.importorskip("bibcheck.store.postgres")
errors = psycopg.errors

NOTE = "Text {n} here[^1].\n\n[^1]: Author A. Title {n}. 2020. https://example.org/{n}\n"


@pytest.fixture
def url(pg_server: PgServer) -> Iterator[str]:
    """A new, empty database for one test."""
    made = pg_server.create_database("sharing")
    yield made
    pg_server.drop_database(made)


@pytest.fixture
def cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for n in (1, 2):
        (tmp_path / f"d{n}.md").write_text(NOTE.format(n=n), encoding="utf-8")
    return tmp_path


def snapshot(url: str) -> dict[str, str]:
    """Every table of the database and a digest of its rows."""
    with psycopg.connect(url, autocommit=True) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'public' order by 1"
            )
        ]
        return {
            name: conn.execute(
                f"select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) "
                f'from "{name}" t'
            ).fetchone()[0]
            for name in names
        }


def sql(url: str, *statements: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def run(args: list[str], url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main([url if a == "DB" else a for a in args])
    return code, capsys.readouterr().err


def test_read_only_commands_never_write(
    url: str, cwd: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["ingest", "--db", "DB", "d1.md"], url, capsys)[0] == 0
    before = snapshot(url)
    assert "documents" in before and "bibcheck_migrations" in before
    for args in (
        ["show", "--db", "DB"],
        ["show", "--links", "--db", "DB"],
        ["report", "--db", "DB", "-o", "out"],
        ["export", "json", "--db", "DB"],
        ["export", "bibtex", "--db", "DB"],
        ["export", "ris", "--db", "DB"],
    ):
        code, err = run(args, url, capsys)
        assert code == 0, (args, err)
    assert snapshot(url) == before
    assert (cwd / "out" / "d1.html").exists()


def test_a_read_only_session_is_refused_writes_by_the_server(url: str) -> None:
    open_db(url).close()
    reader = open_db(url, readonly=True)
    try:
        with pytest.raises(errors.ReadOnlySqlTransaction):
            reader.insert_rows("urls", [{"url": "https://example.org/", "host": "", "key": ""}])
    finally:
        reader.close()
    writer = open_db(url)
    assert writer.count("urls") == 0
    writer.close()


def _older(url: str) -> None:
    """A database as the bibcheck before the newest migration left it."""
    table = postgres.MIGRATIONS_TABLE
    old = postgres.PostgresStore(url)
    old.execute(
        f"create table {table} (migration_set text, name text, applied_at text, "
        "primary key (migration_set, name))"
    )
    for migration in MIGRATIONS[:-1]:
        for step in migration.steps:
            for statement in postgres.render_step(step):
                old.execute(statement)
        old.execute(
            f"insert into {table} values (?, ?, ?)",
            [MIGRATION_SET, migration.name, datetime.now(UTC).isoformat()],
        )
    old.close()


def test_an_older_database_is_refused_by_readers_and_migrated_by_writers(
    url: str, cwd: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _older(url)
    before = snapshot(url)
    code, err = run(["show", "--db", "DB"], url, capsys)
    assert code == ExitCode.INPUT and "older bibcheck" in err and MIGRATIONS[-1].name in err
    assert snapshot(url) == before  # not migrated by a reader
    assert run(["ingest", "--db", "DB", "d1.md"], url, capsys)[0] == 0  # a writer migrates
    code, err = run(["show", "--db", "DB"], url, capsys)
    assert code == 0, err


@pytest.mark.parametrize(
    "command",
    [
        ["show", "--db", "DB"],
        ["report", "--db", "DB", "-o", "out"],
        ["export", "json", "--db", "DB"],
        ["export", "bibtex", "--db", "DB"],
        ["ingest", "--db", "DB", "d1.md"],
        ["check", "--db", "DB"],
    ],
    ids=lambda c: "-".join(c[:2]).replace("--db", ""),
)
def test_a_foreign_database_is_refused_untouched(
    url: str, cwd: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    sql(
        url,
        "create table notes (id serial primary key, body text)",
        "insert into notes (body) values ('mine')",
    )
    before = snapshot(url)
    code, err = run(command, url, capsys)
    assert code == ExitCode.INPUT, err
    assert "not a bibcheck database" in err and "notes" in err
    assert snapshot(url) == before == {"notes": before["notes"]}


def test_procrastinate_tables_alone_do_not_make_a_database_foreign(url: str) -> None:
    sql(url, "create table procrastinate_jobs (id bigserial primary key)")
    open_db(url).close()
    assert "documents" in snapshot(url)


@pytest.mark.parametrize(
    "command",
    [["ingest", "--db", "DB", "d2.md"], ["show", "--db", "DB"], ["export", "ris", "--db", "DB"]],
    ids=["ingest", "show", "export"],
)
def test_a_newer_database_is_refused_before_any_write(
    url: str, cwd: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["ingest", "--db", "DB", "d1.md"], url, capsys)[0] == 0
    sql(
        url,
        "insert into bibcheck_migrations values ('bibcheck', 'm999_future', '2030-01-01')",
    )
    before = snapshot(url)
    code, err = run(command, url, capsys)
    assert code == ExitCode.INPUT and "newer bibcheck" in err
    assert snapshot(url) == before


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("drop table claims", "table 'claims' is missing"),
        ("alter table footnotes rename column label to tag", "lacks column(s) label"),
        ("alter table references rename to refs", "table 'references' is missing"),
        ("update markers set displaced_from = 1 where false", None),
    ],
    ids=["dropped-table", "renamed-column", "renamed-table", "undamaged-control"],
)
@pytest.mark.parametrize("command", ["show", "ingest"])
def test_a_damaged_schema_is_exit_2_with_a_message(
    url: str,
    cwd: Path,
    damage: str,
    message: str | None,
    command: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["ingest", "--db", "DB", "d1.md"], url, capsys)[0] == 0
    sql(url, damage.replace("table references", 'table "references"'))
    args = ["show", "--db", "DB"] if command == "show" else ["ingest", "--db", "DB", "d2.md"]
    code, err = run(args, url, capsys)
    if message is None:
        assert code == 0, err
    else:
        assert code == ExitCode.INPUT and message in err and "damaged" in err, err
        assert "Internal error" not in err


def test_a_lock_held_too_long_is_a_clear_error(
    url: str, cwd: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["ingest", "--db", "DB", "d1.md"], url, capsys)[0] == 0
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.3)
    with psycopg.connect(url) as holder:  # a transaction holding the table
        # released by the server after 10 s, so a missing lock timeout fails the test, not hangs it
        holder.execute("set idle_in_transaction_session_timeout = '10s'")
        holder.execute("lock table documents in access exclusive mode")
        code, err = run(["ingest", "--db", "DB", "d2.md"], url, capsys)
        if not holder.closed and not holder.broken:
            holder.rollback()
    assert code == ExitCode.INPUT and "locked" in err and "run the command again" in err
    assert "bug" not in err
    assert run(["ingest", "--db", "DB", "d2.md"], url, capsys)[0] == 0  # free again: it works


def test_the_lock_wait_is_the_timeout_given(url: str) -> None:
    for timeout, shown in ((0.25, "250ms"), (30.0, "30s"), (None, "30s")):
        db = open_db(url, timeout=timeout)
        assert next(db.query("show lock_timeout"))["lock_timeout"] == shown
        db.close()


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (errors.LockNotAvailable, "locked"),
        (errors.DeadlockDetected, "locked"),
        (errors.DiskFull, "disk is full"),
        (errors.ReadOnlySqlTransaction, "cannot be written"),
        (errors.InsufficientPrivilege, "privileges"),
        (errors.UndefinedTable, "damaged"),
        (errors.UndefinedColumn, "damaged"),
        (errors.AdminShutdown, "could not be used"),
        (psycopg.OperationalError, "could not be used"),
    ],
    ids=lambda v: v if isinstance(v, str) else v.__name__,
)
def test_database_errors_say_what_to_do(error: type[Exception], says: str) -> None:
    described = database_error(error("server text"))
    assert described is not None and says in described and "server text" in described


@pytest.mark.parametrize(
    "error",
    [errors.SyntaxError, errors.DatatypeMismatch, errors.UniqueViolation, psycopg.InterfaceError],
    ids=lambda c: c.__name__,
)
def test_bibchecks_own_mistakes_stay_bugs(error: type[Exception]) -> None:
    assert database_error(error("server text")) is None
    assert "server text" in describe_error(error("server text"))


def test_an_unknown_host_is_a_store_error_not_a_traceback() -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        open_db("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2", readonly=True)
