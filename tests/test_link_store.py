"""Link history: append-only, staleness, confirmation over time (injected clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlite_utils import Database

from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from bibcheck.store.links import (
    ConfirmPolicy,
    due_urls,
    history,
    link_state,
    link_states,
    save_check,
    start_run,
)

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)


def obs(
    status: S, hours: float, http: int | None = None, url: str = "https://a.org/x"
) -> LinkCheck:
    return LinkCheck(url, status, T0 + hours * H, reason=status.value, http_status=http)


POLICY = ConfirmPolicy()


@pytest.mark.parametrize(
    ("checks", "confirmed", "first_failed_hours", "label"),
    [
        pytest.param([obs(S.ALIVE, 0)], False, None, "alive", id="alive"),
        pytest.param(
            [obs(S.DEAD, 0, 404)],
            False,
            0,
            "dead (failing, unconfirmed)",
            id="one-failure-unconfirmed",
        ),
        pytest.param(
            [obs(S.DEAD, 0, 404), obs(S.DEAD, 2, 404)],
            False,
            0,
            "dead (failing, unconfirmed)",
            id="two-failures-too-close",
        ),
        pytest.param(
            [obs(S.DEAD, 0, 404), obs(S.DEAD, 25, 404)],
            True,
            0,
            "dead",
            id="two-failures-a-day-apart",
        ),
        pytest.param([obs(S.DEAD, 0, 410)], True, 0, "dead", id="gone-confirms-at-once"),
        pytest.param(
            [obs(S.DNS_ERROR, 0), obs(S.DNS_ERROR, 1)],
            True,
            0,
            "dns_error",
            id="dns-twice-confirms",
        ),
        pytest.param(
            [obs(S.DEAD, 0, 404), obs(S.ALIVE, 10), obs(S.DEAD, 30, 404)],
            False,
            30,
            "dead (failing, unconfirmed)",
            id="success-resets-the-streak",
        ),
        pytest.param(
            [obs(S.DEAD, 0, 404), obs(S.TIMEOUT, 10), obs(S.DEAD, 30, 404)],
            True,
            0,
            "dead",
            id="unverifiable-does-not-reset",
        ),
        pytest.param(
            [obs(S.DEAD, 0, 404), obs(S.BLOCKED, 30, 403)],
            False,
            None,
            "blocked",
            id="blocked-is-never-dead",
        ),
        pytest.param(
            [obs(S.SOFT_404, 0), obs(S.SOFT_404, 48)], True, 0, "soft_404", id="soft-404-confirmed"
        ),
    ],
)
def test_link_state(
    checks: list[LinkCheck], confirmed: bool, first_failed_hours: float | None, label: str
) -> None:
    state = link_state("https://a.org/x", checks, POLICY)
    assert state.confirmed is confirmed
    expected = None if first_failed_hours is None else T0 + first_failed_hours * H
    assert state.first_failed_at == expected
    assert state.label == label
    assert state.observations == len(checks)


def test_thresholds_are_configurable() -> None:
    checks = [obs(S.DEAD, 0, 404), obs(S.DEAD, 2, 404), obs(S.DEAD, 4, 404)]
    strict = ConfirmPolicy(failures=3, span=timedelta(hours=3))
    assert link_state("u", checks, strict).confirmed
    assert not link_state("u", checks[:2], strict).confirmed


def _cite(db: Database, *urls: str) -> None:
    db.table("urls").insert_all([{"url": u, "host": "", "key": u} for u in urls])
    db.execute("pragma foreign_keys = off")
    db.table("reference_urls").insert_all(
        [{"reference_id": f"r{i}", "url": u} for i, u in enumerate(urls)]
    )
    db.execute("pragma foreign_keys = on")


def test_history_is_append_only_and_offline_results_are_not_stored(db: Database) -> None:
    _cite(db, "https://a.org/x")
    run = start_run(db, {}, "test", T0)
    assert save_check(db, run, obs(S.ALIVE, 0))
    run = start_run(db, {}, "test", T0 + H)  # one observation per URL per run
    assert save_check(db, run, obs(S.DEAD, 1, 404))
    offline = LinkCheck("https://a.org/x", S.DNS_ERROR, T0 + 2 * H, offline=True)
    assert not save_check(db, start_run(db, {}, "test", T0 + 2 * H), offline)
    assert [c.status for c in history(db, "https://a.org/x")] == [S.ALIVE, S.DEAD]
    assert [s.latest.status for s in link_states(db)] == [S.DEAD]


def test_due_urls_failures_stale_sooner(db: Database) -> None:
    ok, bad, new = "https://a.org/ok", "https://a.org/bad", "https://a.org/new"
    _cite(db, ok, bad, new)
    run = start_run(db, {}, "test", T0)
    save_check(db, run, obs(S.ALIVE, 0, 200, ok))
    save_check(db, run, obs(S.DEAD, 0, 404, bad))
    age, failed_age = timedelta(days=7), timedelta(hours=12)
    assert due_urls(db, T0 + H, age, failed_age) == [new]
    assert due_urls(db, T0 + 13 * H, age, failed_age) == [bad, new]
    assert due_urls(db, T0 + 8 * 24 * H, age, failed_age) == [bad, new, ok]
    assert due_urls(db, T0 + H, age, failed_age, refresh=True) == [bad, new, ok]
