"""Commands for a shared database and a worker fleet: ``db copy``, ``worker``, ``status``.

The fleet itself (:mod:`bibcheck.fleet`) needs the ``bibcheck[postgres]``
extra; it is imported when one of these commands runs, so every other command
works without it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import click

from bibcheck.cli.commands import cli
from bibcheck.errors import ExitCode, StoreError
from bibcheck.store import open_db
from bibcheck.store.copy import copy_store


def fleet_module() -> ModuleType:
    """:mod:`bibcheck.fleet`, or a clear error when the extra is not installed."""
    try:
        return importlib.import_module("bibcheck.fleet")
    except ImportError as exc:
        raise StoreError(
            f"the worker fleet needs the postgres extra ({exc.name} is missing); "
            "install it with: pip install 'bibcheck[postgres]'"
        ) from None


@cli.group("db")
def db_group() -> None:
    """Manage databases (copy a SQLite database into PostgreSQL)."""


@db_group.command("copy")
@click.option("--from", "source", required=True, help="Database to read (file or URL).")
@click.option("--to", "target", required=True, help="Database to write (file or URL).")
def db_copy(source: str, target: str) -> ExitCode:
    """Copy every document, observation and lookup from one database into another.

    Rows already in the target are kept (copying twice stores each row once).

    Example: bibcheck db copy --from bibcheck.db --to postgresql://me@dbhost/bibcheck
    """
    src = open_db(source, create=False)
    dst = open_db(target)
    try:

        def shown(table: str, read: int, written: int) -> None:
            click.echo(f"{table}: {read} rows read, {written} written")

        copy_store(src, dst, on_table=shown)
    finally:
        src.close()
        dst.close()
    click.echo(f"copied {src.location} -> {dst.location}")
    return ExitCode.OK
