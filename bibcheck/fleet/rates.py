"""Fleet-wide pacing: one row per rate-limited service in the shared database.

A worker about to send a request to a paced service (the Internet Archive:
one request per second across the whole fleet) *reserves* the next start in
the ``rates`` row of its key, in one atomic ``update ... returning``: the
row's ``next_at`` moves on by the interval and the worker sleeps until the
start it got.  A 429/503 with Retry-After moves ``blocked_until``, which
every later reservation respects, whichever worker it comes from.  Times are
the database server's clock (``clock_timestamp()``), so the workers' own
clocks need not agree.
"""

from __future__ import annotations

from bibcheck.store import Store

__all__ = ["block", "blocked_for", "push", "reserve"]

_NOW = "extract(epoch from clock_timestamp())"


def _ensure(store: Store, key: str) -> None:
    store.insert_rows("rates", [{"name": key, "next_at": 0.0, "blocked_until": 0.0}], ignore=True)


def reserve(store: Store, key: str, interval: float) -> float:
    """Take the next start for ``key``; returns the seconds to wait for it (>= 0)."""
    _ensure(store, key)
    sql = (
        f"update rates set next_at = greatest(next_at, blocked_until, {_NOW}) + ? "
        f"where name = ? returning next_at - ? - {_NOW} as wait"
    )
    (row,) = store.query(sql, [interval, key, interval])
    return max(0.0, float(row["wait"]))


def push(store: Store, key: str, seconds: float) -> None:
    """No start for ``key`` before ``seconds`` from now (a request really went out now)."""
    _ensure(store, key)
    store.execute(
        f"update rates set next_at = greatest(next_at, {_NOW} + ?) where name = ?", [seconds, key]
    )


def block(store: Store, key: str, seconds: float) -> None:
    """The service asked every client to wait ``seconds`` (429/503 Retry-After)."""
    _ensure(store, key)
    store.execute(
        f"update rates set blocked_until = greatest(blocked_until, {_NOW} + ?) where name = ?",
        [seconds, key],
    )


def blocked_for(store: Store, key: str) -> float:
    """Seconds ``key`` is still blocked by a Retry-After (0 when it is not)."""
    sql = f"select greatest(blocked_until - {_NOW}, 0) as left from rates where name = ?"
    rows = list(store.query(sql, [key]))
    return float(rows[0]["left"]) if rows else 0.0
