"""Copy one store into another (``bibcheck db copy``): SQLite to PostgreSQL, or back.

Tables are copied in the order the schema creates them (a row's foreign keys
exist before it), in batches, each batch its own transaction.  Rows are
written "insert or do nothing", so copying twice, or into a database that
already holds some of the rows, stores each row once.  Keys the database
assigns (the ids of link checks and archive lookups) are copied as they are,
so "latest" stays the same row; the target's id counters then move past them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from bibcheck.store.base import Store
from bibcheck.store.schema import MIGRATIONS, Table

BATCH = 2000

__all__ = ["copy_store", "table_order"]


def table_order() -> list[str]:
    """Every table, in the order the migrations create them."""
    return [s.name for m in MIGRATIONS for s in m.steps if isinstance(s, Table)]


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def copy_store(
    source: Store,
    target: Store,
    *,
    on_table: Callable[[str, int, int], None] | None = None,
) -> dict[str, tuple[int, int]]:
    """Copy every row of ``source`` into ``target``: table -> (rows read, rows written)."""
    have, want = source.columns(), target.columns()
    done: dict[str, tuple[int, int]] = {}
    for table in table_order():
        if table not in have or table not in want:
            continue
        cols = [c for c in have[table] if c in want[table]]
        names = ", ".join(f'"{c}"' for c in cols)
        order = ", ".join(f'"{c}"' for c in _key(table, cols))
        read = written = 0
        rows = source.query(f'select {names} from "{table}" order by {order}')
        for batch in _batches(rows, BATCH):
            with target.atomic():
                written += target.insert_rows(table, batch, ignore=True)
            read += len(batch)
        if _key(table, cols) == ["id"] and have[table].get("id") == "int":
            target.resync_ids(table)
        done[table] = (read, written)
        if on_table is not None:
            on_table(table, read, written)
    return done


def _key(table: str, cols: list[str]) -> list[str]:
    for step in (s for m in MIGRATIONS for s in m.steps if isinstance(s, Table)):
        if step.name == table:
            return [step.pk] if isinstance(step.pk, str) else list(step.pk)
    return cols[:1]
