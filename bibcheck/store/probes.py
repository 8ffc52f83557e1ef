"""Soft-404 probe samples kept between check runs.

A check run's soft-404 probe (a surely-missing sibling path of a cited page,
:mod:`bibcheck.net.soft404`) tells how a host answers a missing path of one
shape: (scheme, netloc, depth, trailing slash, extension).  The samples a run
took are written here at its end, one row per shape (the latest replaces an
older one); the next run reads those younger than its age limit and sends no
probe for their shapes.  Rows carry what a probe's sample holds: the status and,
for a 200 page, its title and the start of its visible text.
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
        for r in rows
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


def iter_probe_samples(db: Store, since: datetime) -> Iterator[ProbeRow]:
    """The samples taken at ``since`` or later (``since`` with its time zone)."""
    sql = (
        "select scheme, netloc, depth, slash, ext, status, title, text, taken_at "
        "from probe_samples where taken_at >= ?"
    )
    for row in db.query(sql, [_stamp(since)]):
        taken_at = datetime.fromisoformat(row["taken_at"])
        if taken_at < since:
            continue
        key = (row["scheme"], row["netloc"], int(row["depth"]), bool(row["slash"]), row["ext"])
        yield ProbeRow(key, row["status"], row["title"], row["text"], taken_at)
