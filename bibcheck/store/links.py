"""Link-check history: runs, append-only observations, staleness, confirmation.

Every observation is a new ``link_checks`` row; nothing is ever updated, so
the history of a URL can be read back in full.  What a user sees (a URL's
*state*) is derived from that history by :func:`link_state`:

* the latest verdict, and how many observations there are;
* the first failure of the current failing streak (``first_failed_at``);
* whether the failure is **confirmed**: by default two failing observations
  at least 24 hours apart; a 410 Gone confirms at once; a host name that
  failed to resolve twice confirms without waiting.  Until then a broken
  verdict is shown as "failing (unconfirmed)".

Staleness (which URLs a run re-checks) follows lychee's rule that errors are
never trusted for long: a successful verdict is fresh for ``max_age``, a
failure only for ``max_age_failed``.  Results the engine flagged as taken
while offline are never stored, so a degraded run changes no verdict.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bibcheck.codec import to_row
from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.store.base import Store
from bibcheck.store.rows import read_row

BROKEN = frozenset({LinkStatus.DEAD, LinkStatus.SOFT_404, LinkStatus.DNS_ERROR})
"""Verdicts that mean the cited page is gone (once confirmed)."""

UNVERIFIABLE = frozenset(
    {
        LinkStatus.BLOCKED,
        LinkStatus.TIMEOUT,
        LinkStatus.TLS_ERROR,
        LinkStatus.CONNECTION_ERROR,
        LinkStatus.SERVER_ERROR,
        LinkStatus.DEFERRED,
        LinkStatus.TOO_MANY_REDIRECTS,
    }
)
"""Verdicts that say the page could not be verified, never that it is dead."""

OK = frozenset({LinkStatus.ALIVE, LinkStatus.MOVED})


@dataclass(frozen=True, slots=True)
class ConfirmPolicy:
    """When a failing link counts as confirmed broken."""

    failures: int = 2  # failing observations needed
    span: timedelta = timedelta(hours=24)  # between the first and the last of them
    dns_failures: int = 2  # DNS failures that confirm without waiting for the span
    gone_confirms: bool = True  # a 410 Gone confirms at once


@dataclass(frozen=True, slots=True)
class LinkState:
    """A URL's history summarised."""

    url: str
    latest: LinkCheck
    observations: int
    first_failed_at: datetime | None
    confirmed: bool

    @property
    def failing(self) -> bool:
        return self.latest.status in BROKEN

    @property
    def label(self) -> str:
        """Verdict as shown to people: ``dead``, ``dead (failing, unconfirmed)``."""
        if self.failing and not self.confirmed:
            return f"{self.latest.status.value} (failing, unconfirmed)"
        return self.latest.status.value


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------


def start_run(db: Store, settings: dict[str, Any], version: str, now: datetime) -> str:
    """Record the start of a check run; returns its id."""
    run_id = uuid.uuid4().hex
    db.insert_rows(
        "check_runs",
        [
            {
                "id": run_id,
                "started_at": now.isoformat(),
                "finished_at": None,
                "degraded": 0,
                "degraded_reason": "",
                "settings": json.dumps(settings, sort_keys=True, default=str),
                "version": version,
            }
        ],
    )
    return run_id


def finish_run(db: Store, run_id: str, degraded: bool, reason: str, now: datetime) -> None:
    db.execute(
        "update check_runs set finished_at = ?, degraded = ?, degraded_reason = ? where id = ?",
        [now.isoformat(), int(degraded), reason, run_id],
    )


def save_check(db: Store, run_id: str, check: LinkCheck) -> bool:
    """Append one observation; an offline one is not evidence and is not stored."""
    return save_checks(db, run_id, [check]) == 1


def save_checks(db: Store, run_id: str, checks: Sequence[LinkCheck]) -> int:
    """Append observations in one batch; offline ones are skipped.  Returns how many were written.

    An observation is keyed by (run, URL): the same URL observed again in the
    same run (a job run again after its worker died) is not stored twice.
    """
    rows = [{"run_id": run_id, **to_row(c)} for c in checks if not c.offline]
    if not rows:
        return 0
    with db.atomic():
        db.insert_rows(
            "urls", ({"url": r["url"], "host": "", "key": ""} for r in rows), ignore=True
        )
        return db.insert_rows("link_checks", rows, ignore=True)


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------


def cited_urls(db: Store) -> list[str]:
    """Every distinct URL cited by a stored document, in a stable order."""
    sql = "select distinct url from reference_urls order by url"
    return [r["url"] for r in db.query(sql)]


def due_urls(
    db: Store,
    now: datetime,
    max_age: timedelta,
    max_age_failed: timedelta,
    *,
    refresh: bool = False,
) -> list[str]:
    """Cited URLs whose latest observation is missing or stale."""
    return list(iter_due_urls(db, now, max_age, max_age_failed, refresh=refresh))


_LATEST_PAGE_SQL = (
    "select c.url, lc.status, lc.checked_at from "
    "(select distinct url from reference_urls where url > ? order by url limit ?) c "
    "left join link_checks lc on lc.id = "
    "(select max(id) from link_checks where url = c.url) order by c.url"
)
DUE_PAGE = 2000


def iter_due_urls(
    db: Store,
    now: datetime,
    max_age: timedelta,
    max_age_failed: timedelta,
    *,
    refresh: bool = False,
) -> Iterator[str]:
    """Like :func:`due_urls`, streamed: pages of :data:`DUE_PAGE` URLs, no page text loaded.

    Each page is its own query (keyset pagination), so the caller may write to
    the database between two URLs.
    """
    after = ""
    while True:
        rows = db.execute(_LATEST_PAGE_SQL, [after, DUE_PAGE]).fetchall()
        for url, status, checked_at in rows:
            if refresh or status is None:
                yield url
                continue
            age = now - datetime.fromisoformat(checked_at)
            limit = max_age if LinkStatus(status) in OK else max_age_failed
            if age >= limit:
                yield url
        if len(rows) < DUE_PAGE:
            return
        after = rows[-1][0]


_TITLES_SQL = (
    'select ru.url, r.title from reference_urls ru join "references" r '
    "on r.id = ru.reference_id where r.title is not null and r.title <> '' and ru.url in ({})"
)
TITLES_PAGE = 500  # URLs a query of :func:`iter_cited_titles` asks about


def iter_cited_titles(
    db: Store, urls: Iterable[str], titles: dict[str, tuple[str, ...]]
) -> Iterator[str]:
    """``urls``, each yielded once ``titles`` holds the distinct titles the stored
    references citing it give (none: no entry), read :data:`TITLES_PAGE` URLs ahead
    (one query each time)."""
    page: list[str] = []
    for url in urls:
        page.append(url)
        if len(page) >= TITLES_PAGE:
            yield from _titled(db, page, titles)
            page = []
    yield from _titled(db, page, titles)


def _titled(db: Store, page: list[str], titles: dict[str, tuple[str, ...]]) -> Iterator[str]:
    found: dict[str, dict[str, None]] = {}
    if page:
        asked = list(dict.fromkeys(page))
        sql = _TITLES_SQL.format(", ".join(["?"] * len(asked)))
        for url, title in db.execute(sql, asked).fetchall():
            found.setdefault(url, {})[title] = None
    for url in page:
        if url in found:
            titles[url] = tuple(found[url])
        yield url


def history(db: Store, url: str) -> list[LinkCheck]:
    """Every observation of ``url``, oldest first."""
    rows = db.query("select * from link_checks where url = ? order by id", [url])
    return [_check(r) for r in rows]


def link_states(
    db: Store, policy: ConfirmPolicy = ConfirmPolicy(), urls: Sequence[str] | None = None
) -> list[LinkState]:
    """The state of every checked URL (or of ``urls``), sorted by URL."""
    by_url: dict[str, list[LinkCheck]] = {}
    for r in db.query("select * from link_checks order by id"):
        by_url.setdefault(r["url"], []).append(_check(r))
    wanted = sorted(by_url) if urls is None else [u for u in urls if u in by_url]
    return [link_state(u, by_url[u], policy) for u in wanted]


def link_state(url: str, checks: Sequence[LinkCheck], policy: ConfirmPolicy) -> LinkState:
    """Summarise one URL's observations (oldest first)."""
    latest = checks[-1]
    streak = _failing_streak(checks)
    first_failed = streak[0].checked_at if streak else None
    return LinkState(url, latest, len(checks), first_failed, _confirmed(streak, policy))


def _failing_streak(checks: Sequence[LinkCheck]) -> list[LinkCheck]:
    """The broken observations since the last success (unverifiable ones skipped)."""
    streak: list[LinkCheck] = []
    for check in reversed(checks):
        if check.status in OK:
            break
        if check.status in BROKEN:
            streak.append(check)
    if not checks or checks[-1].status not in BROKEN:
        return []
    return list(reversed(streak))


def _confirmed(streak: Sequence[LinkCheck], policy: ConfirmPolicy) -> bool:
    if not streak:
        return False
    if policy.gone_confirms and any(c.http_status == 410 for c in streak):
        return True
    dns = [c for c in streak if c.status is LinkStatus.DNS_ERROR]
    if len(dns) >= policy.dns_failures:
        return True
    span = streak[-1].checked_at - streak[0].checked_at
    return len(streak) >= policy.failures and span >= policy.span


def _check(r: dict[str, Any]) -> LinkCheck:
    return read_row(LinkCheck, r, "link_checks")


def citing(db: Store) -> dict[str, tuple[list[int | str], list[int]]]:
    """URL -> (footnote numbers/labels, literature numbers) citing it."""
    sql = (
        "select ru.url, r.origin, f.number as fn_number, f.label as fn_label, "
        "l.number as lit_number from reference_urls ru "
        'join "references" r on r.id = ru.reference_id '
        "left join footnotes f on f.reference_id = r.id "
        "left join literature l on l.reference_id = r.id order by r.line"
    )
    found: dict[str, tuple[list[int | str], list[int]]] = {}
    for row in db.query(sql):
        footnotes, literature = found.setdefault(row["url"], ([], []))
        if row["origin"] == "footnote":
            footnotes.append(row["fn_number"] if row["fn_number"] is not None else row["fn_label"])
        elif row["lit_number"] is not None:
            literature.append(row["lit_number"])
    return found


def citing_documents(db: Store) -> dict[str, list[dict[str, Any]]]:
    """URL -> one object per document citing it: its id, footnotes and literature numbers.

    ``citing`` pools the numbers of every document; this keeps them apart, so a
    footnote 2 of one manuscript is never mistaken for footnote 2 of another.
    """
    sql = (
        "select ru.url, r.document_id, r.origin, f.number as fn_number, f.label as fn_label, "
        "l.number as lit_number from reference_urls ru "
        'join "references" r on r.id = ru.reference_id '
        "left join footnotes f on f.reference_id = r.id "
        "left join literature l on l.reference_id = r.id order by r.document_id, r.line"
    )
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for row in db.query(sql):
        doc = found.setdefault(row["url"], {}).setdefault(
            row["document_id"],
            {"document": row["document_id"], "footnotes": [], "literature_entries": []},
        )
        if row["origin"] == "footnote":
            label = row["fn_number"] if row["fn_number"] is not None else row["fn_label"]
            doc["footnotes"].append(label)
        elif row["lit_number"] is not None:
            doc["literature_entries"].append(row["lit_number"])
    return {url: list(docs.values()) for url, docs in found.items()}
