"""Citation verifications and the registry answer cache.

``verifications`` holds one row per verified aspect of one reference, keyed
by a stable ``key`` (document, reference, aspect, subject): a run writes a
row only when its verdict or evidence changed, so re-running on the same
data stores nothing new.  A *degraded* result (a registry could not be
asked) never replaces a conclusive one.

``verify_cache`` keeps registry answers (per DOI, per query) with an expiry
time, so a re-run asks the registries nothing they already answered.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from bibcheck.codec import from_row, to_row
from bibcheck.model import Verification
from bibcheck.store.base import Store

__all__ = [
    "cache_get",
    "cache_put",
    "load_verifications",
    "save_verifications",
]


def cache_get(db: Store, key: str, now: datetime) -> str | None:
    """The cached value of ``key``, or None when absent or expired."""
    rows = list(db.query("select value, expires_at from verify_cache where key = ?", [key]))
    if not rows or datetime.fromisoformat(rows[0]["expires_at"]) <= now:
        return None
    value = rows[0]["value"]
    return str(value) if value is not None else None


def cache_put(db: Store, key: str, value: str, now: datetime, ttl: timedelta) -> None:
    row = {
        "key": key,
        "value": value,
        "fetched_at": now.isoformat(),
        "expires_at": (now + ttl).isoformat(),
    }
    db.upsert_rows("verify_cache", [row], pk="key")


def _comparable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "verified_at"}


def save_verifications(db: Store, results: Iterable[Verification], documents: Iterable[str]) -> int:
    """Store a run's results for ``documents``; return how many rows changed.

    Rows of those documents that the run no longer produced are removed (the
    reference changed or went away); rows of documents no longer stored are
    removed too.
    """
    existing = {r["key"]: r for r in db.query("select * from verifications order by key")}
    stored_docs = {r["id"] for r in db.query("select id from documents")}
    produced: set[str] = set()
    changed = 0
    with db.atomic():
        for result in results:
            if result.document not in stored_docs:
                continue  # its document was replaced or removed meanwhile
            produced.add(result.key)
            row = to_row(result)
            old = existing.get(result.key)
            if old is not None:
                if _comparable(dict(old)) == _comparable(_as_stored(row)):
                    continue
                if result.degraded and not old["degraded"]:
                    continue  # a registry that could not be asked changes nothing
            db.upsert_rows("verifications", [row], pk="key")
            changed += 1
        docs = set(documents)
        for key, old in existing.items():
            gone = old["document"] not in stored_docs
            if gone or (old["document"] in docs and key not in produced):
                db.execute("delete from verifications where key = ?", [key])
                changed += 1
    return changed


def _as_stored(row: dict[str, Any]) -> dict[str, Any]:
    """A row as SQLite gives it back (booleans as 0/1)."""
    return {k: int(v) if isinstance(v, bool) else v for k, v in row.items()}


def load_verifications(db: Store, document: str | None = None) -> list[Verification]:
    """Stored verifications (of one document), in a stable order."""
    if not db.has_table("verifications"):
        return []
    where, params = ("where document = ?", [document]) if document else ("", [])
    sql = f"select * from verifications {where} order by document, line, aspect, key"
    return [from_row(Verification, r) for r in db.query(sql, params)]
