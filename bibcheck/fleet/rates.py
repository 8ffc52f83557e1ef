"""Fleet-wide pacing: one row per rate-limited service in the shared database.

A worker about to send a request to a paced service (the Internet Archive:
one request per second across the whole fleet) *takes* the start in the
``rates`` row of its key, in one atomic ``update``: only when the row's
``next_at`` (and ``blocked_until``) has passed; otherwise it learns how long
to wait, sleeps and tries again.  It holds the start (a lease) until its
request has really gone out, then *releases* it: the next start is one
interval after that moment.  So a worker delayed between taking its turn and
sending (a busy machine) cannot crowd the next one.  A 429/503 with
Retry-After moves ``blocked_until``, which every later start respects,
whichever worker it comes from.  Times are the database server's clock
(``clock_timestamp()``), so the workers' own clocks need not agree.
"""

from __future__ import annotations

from bibcheck.store import Store

__all__ = ["block", "release", "take"]

_NOW = "extract(epoch from clock_timestamp())"
POLL = 0.05  # seconds between two tries for a start held by another worker


def _ensure(store: Store, key: str) -> None:
    store.insert_rows("rates", [{"name": key, "next_at": 0.0, "blocked_until": 0.0}], ignore=True)


def take(store: Store, key: str, lease: float) -> tuple[float, float | None]:
    """Take the start for ``key`` if it is free: (0, token); else (seconds to wait, None).

    The start is held for ``lease`` seconds at most (a worker that dies
    holding it delays the others by no more); :func:`release` with the token,
    once the request went out, starts the interval from that moment.
    """
    _ensure(store, key)
    sql = (
        f"update rates set next_at = {_NOW} + ? where name = ? "
        f"and greatest(next_at, blocked_until) <= {_NOW} returning next_at"
    )
    taken = list(store.query(sql, [lease, key]))
    if taken:
        return 0.0, float(taken[0]["next_at"])
    sql = (
        f"select blocked_until - {_NOW} as blocked, next_at - {_NOW} as next "
        "from rates where name = ?"
    )
    (row,) = store.query(sql, [key])
    # blocked by a Retry-After: wait it out; else poll soon (the start may be
    # held by a worker that releases it the moment its request went out)
    return max(0.001, float(row["blocked"]), min(float(row["next"]), POLL)), None


def release(store: Store, key: str, token: float, interval: float) -> None:
    """The request of ``token`` went out (or never will): the next start is ``interval`` on."""
    sql = f"update rates set next_at = {_NOW} + ? where name = ? and next_at = ?"
    store.execute(sql, [interval, key, token])


def block(store: Store, key: str, seconds: float) -> None:
    """The service asked every client to wait ``seconds`` (429/503 Retry-After)."""
    _ensure(store, key)
    store.execute(
        f"update rates set blocked_until = greatest(blocked_until, {_NOW} + ?) where name = ?",
        [seconds, key],
    )
