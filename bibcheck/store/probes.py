"""Soft-404 probe samples kept between check runs.

A check run's soft-404 probe (a surely-missing sibling path of a cited page,
:mod:`bibcheck.net.soft404`) tells how a host answers a missing path of one
shape: (scheme, netloc, depth, trailing slash, extension).  The samples a run
took are written here at its end, one row per shape (the latest replaces an
older one); the next run reads those younger than its age limit and sends no
probe for their shapes.  Rows carry what a probe's sample holds: the status and,
for a 200 page, its title and the start of its visible text.

The same functions serve a single-machine run and the fleet's jobs
(:mod:`bibcheck.fleet.check`), whose workers may write one shape at once.  The
last write wins: rows are upserted (never a failing insert), each batch's shapes in
one fixed order (so two transactions writing overlapping shapes wait for each other
instead of deadlocking on PostgreSQL), a shape written twice in one call keeping its
newest sample.  Not "the newer ``taken_at`` wins": the stamps of a fleet come from
several machines' clocks, and one running ahead would pin its samples against every
later probe until real time passed them; the cost of the rule chosen is only that a
long job may put back a sample a little older than one written meanwhile (its shape
is probed again a little sooner).  A write is one transaction: a run interrupted
while writing leaves the stored samples as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from bibcheck.store.base import Store

ShapeKey = tuple[str, str, int, bool, str]
"""(scheme, netloc, depth, trailing slash, extension)."""

BATCH = 500  # rows per statement when writing


@dataclass(frozen=True, slots=True)
class ProbeRow:
    """One kept sample: its host and path shape, what the probe saw, when."""

    key: ShapeKey
    status: int | None
    title: str | None
    text: str | None
    taken_at: datetime


def _stamp(moment: datetime) -> str:
    """UTC, fixed width: stamps compare as text in the order of their times."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def save_probe_samples(db: Store, rows: Iterable[ProbeRow]) -> int:
    """Write (or replace) the samples of their shapes in one transaction; how many."""
    newest: dict[ShapeKey, ProbeRow] = {}
    for row in rows:
        kept = newest.get(row.key)
        if kept is None or row.taken_at >= kept.taken_at:
            newest[row.key] = row
    records = [
        {
            "scheme": r.key[0],
            "netloc": r.key[1],
            "depth": r.key[2],
            "slash": int(r.key[3]),
            "ext": r.key[4],
            "status": r.status,
            "title": r.title,
            "text": r.text,
            "taken_at": _stamp(r.taken_at),
        }
        for r in (newest[k] for k in sorted(newest))
    ]
    if not records:
        return 0
    with db.atomic():
        for start in range(0, len(records), BATCH):
            db.upsert_rows(
                "probe_samples",
                records[start : start + BATCH],
                pk=("scheme", "netloc", "depth", "slash", "ext"),
            )
    return len(records)


def iter_probe_samples(
    db: Store, since: datetime, netlocs: Iterable[str] | None = None
) -> Iterator[ProbeRow]:
    """The samples taken at ``since`` or later (``since`` with its time zone); with
    ``netlocs``, only those of these hosts (``host`` or ``host:port``, lower case, as
    in :func:`~bibcheck.net.soft404.probe_key`): a fleet job reads its host's."""
    sql = (
        "select scheme, netloc, depth, slash, ext, status, title, text, taken_at "
        "from probe_samples where taken_at >= ?"
    )
    if netlocs is None:
        yield from _read(db, sql, [_stamp(since)], since)
        return
    wanted = sorted(set(netlocs))
    for start in range(0, len(wanted), BATCH):
        part = wanted[start : start + BATCH]
        marks = ", ".join("?" * len(part))
        yield from _read(db, f"{sql} and netloc in ({marks})", [_stamp(since), *part], since)


def _read(db: Store, sql: str, params: list[str], since: datetime) -> Iterator[ProbeRow]:
    for row in db.query(sql, params):
        taken_at = datetime.fromisoformat(row["taken_at"])
        if taken_at < since:
            continue
        key = (row["scheme"], row["netloc"], int(row["depth"]), bool(row["slash"]), row["ext"])
        yield ProbeRow(key, row["status"], row["title"], row["text"], taken_at)
