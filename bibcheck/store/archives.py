"""Archive lookups: stored with a timestamp, three outcomes, history kept.

``found`` and ``not_archived`` are cached until ``max_age``; ``lookup_failed``
is retried on the next run (a failed lookup says nothing about the archive).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from bibcheck.codec import to_row
from bibcheck.model import ArchiveLookup, ArchiveOutcome
from bibcheck.store.base import Store
from bibcheck.store.rows import read_row


def save_lookup(db: Store, lookup: ArchiveLookup, run_id: str | None = None) -> bool:
    """Append one lookup to the history; returns whether a row was written.

    A lookup is keyed by (run, URL): looked up again in the same run (a job
    retried after its worker died) it is not stored twice.
    """
    with db.atomic():
        db.insert_rows("urls", [{"url": lookup.url, "host": "", "key": ""}], ignore=True)
        row = {**to_row(lookup), "run_id": run_id}
        return db.insert_rows("archive_lookups", [row], ignore=True) == 1


def latest_lookups(db: Store, urls: Sequence[str] | None = None) -> dict[str, ArchiveLookup]:
    """The most recent lookup of each URL (of ``urls`` when given)."""
    sql = (
        "select * from archive_lookups where id in "
        "(select max(id) from archive_lookups group by url)"
    )
    found = {r["url"]: _lookup(r) for r in db.query(sql)}
    if urls is None:
        return found
    return {u: found[u] for u in urls if u in found}


def lookup_due(latest: ArchiveLookup | None, now: datetime, max_age: timedelta) -> bool:
    """Does this URL need a new lookup? Failed lookups always do."""
    if latest is None or latest.outcome is ArchiveOutcome.LOOKUP_FAILED:
        return True
    return now - latest.looked_up_at >= max_age


def _lookup(r: dict[str, Any]) -> ArchiveLookup:
    return read_row(ArchiveLookup, r, "archive_lookups")


def citation_dates(db: Store) -> dict[str, tuple[date | None, int | None, date | None]]:
    """URL -> (earliest access date, earliest year, document date) of the references citing it.

    The archive stage aims at the access date when there is one, else the
    year, else the date the document was ingested.
    """
    sql = (
        "select ru.url, r.access_date, r.year, d.ingested_at from reference_urls ru "
        'join "references" r on r.id = ru.reference_id '
        "join documents d on d.id = r.document_id"
    )
    out: dict[str, tuple[date | None, int | None, date | None]] = {}
    for row in db.query(sql):
        access = date.fromisoformat(row["access_date"]) if row["access_date"] else None
        doc_date = datetime.fromisoformat(row["ingested_at"]).date()
        old = out.get(row["url"], (None, None, None))
        out[row["url"]] = (
            min((d for d in (old[0], access) if d is not None), default=None),
            min((y for y in (old[1], row["year"]) if y is not None), default=None),
            min((d for d in (old[2], doc_date) if d is not None), default=None),
        )
    return out


def cited_titles(db: Store) -> dict[str, list[str]]:
    """URL -> the titles of the references citing it (distinct, in line order)."""
    sql = (
        "select ru.url, r.title from reference_urls ru "
        'join "references" r on r.id = ru.reference_id '
        "where r.title is not null and r.title != '' order by r.line"
    )
    out: dict[str, list[str]] = {}
    for row in db.query(sql):
        titles = out.setdefault(row["url"], [])
        if row["title"] not in titles:
            titles.append(row["title"])
    return out


def quoted_claims(db: Store) -> dict[str, list[str]]:
    """URL -> the quotations (claims of kind ``quote``) of the footnotes citing it."""
    sql = (
        "select ru.url, c.text from claims c "
        "join markers m on m.id = c.marker_id "
        "join footnotes f on f.id = m.footnote_id "
        "join reference_urls ru on ru.reference_id = f.reference_id "
        "where c.kind = 'quote' order by c.line"
    )
    out: dict[str, list[str]] = {}
    for row in db.query(sql):
        quotes = out.setdefault(row["url"], [])
        if row["text"] and row["text"] not in quotes:
            quotes.append(row["text"])
    return out
