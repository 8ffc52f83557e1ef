"""The per-request fast paths of round 10 (README, Benchmarks): each gives what the
general path gave before it - the gate's bookkeeping, rows, batches, host names."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from bibcheck.check.scheduler import HostScheduler
from bibcheck.codec import to_json, to_row
from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.net.precheck import precheck
from bibcheck.store.sqlite import _plain

T = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)


class Boom(Exception):
    pass


@pytest.mark.parametrize(
    ("prepaid", "fails"),
    [(True, False), (True, True), (False, False), (False, True)],
    ids=["dispatched-ok", "dispatched-fails", "later-ok", "later-fails"],
)
def test_an_exchange_through_the_gate_is_counted_and_frees_the_host(
    prepaid: bool, fails: bool
) -> None:
    async def go() -> HostScheduler:
        scheduler = HostScheduler(per_host=2, min_interval=0.0)
        if prepaid:
            scheduler.prepay("a.test")
        try:
            async with scheduler.request("a.test"):
                assert scheduler.snapshot()["active"] == 1
                if fails:
                    raise Boom
                scheduler.sent("a.test")
        except Boom:
            pass
        # the host's turn is free again: a second exchange goes through at once
        async with asyncio.timeout(1.0), scheduler.request("a.test"):
            scheduler.sent("a.test")
        return scheduler

    scheduler = asyncio.run(go())
    assert scheduler.snapshot()["active"] == 0
    assert scheduler.snapshot()["transit"] == 0
    assert scheduler.requests_sent == 2
    assert scheduler.max_active == {"a.test": 1}


@pytest.mark.parametrize(
    "redirects",
    [(), ("https://b.test/x",), ("https://b.test/x", "https://c.test/y")],
    ids=["none", "one", "two"],
)
def test_a_checks_redirects_are_encoded_as_json_as_before(redirects: tuple[str, ...]) -> None:
    check = LinkCheck("https://a.test/", LinkStatus.ALIVE, T, redirects=redirects)
    row = to_row(check)
    assert row["redirects"] == json.dumps(list(redirects), ensure_ascii=False)
    assert to_json(check)["redirects"] == list(redirects)
    assert row["status"] == "alive" and row["checked_at"] == T.isoformat()
    assert "offline" not in row


@pytest.mark.parametrize(
    ("batch", "plain"),
    [
        ([{"a": 1, "b": "x"}, {"a": None, "b": 2.5}], True),
        ([{"a": b"raw", "b": True}], True),  # bytes, and bool (an int)
        ([{"a": 1, "b": "x"}, {"b": "x", "a": 1}], False),  # another column order
        ([{"a": 1, "b": "x"}, {"a": 1}], False),  # another shape
        ([{"a": 1, "b": ["x"]}], False),  # a list: sqlite-utils converts it
        ([{"a": 1, "b": {"k": 1}}], False),
    ],
)
def test_only_batches_of_one_shape_and_plain_values_take_the_plain_insert(
    batch: list[dict[str, Any]], plain: bool
) -> None:
    assert _plain(batch) is plain


@pytest.mark.parametrize(
    ("url", "bad"),
    [
        ("https://example.org/a", False),
        ("https://EXAMPLE.org/b", False),
        ("https://пример.рф/c", False),
        ("https://exa_mple.org/d", False),
        ("https://-bad-.org/e", True),
        ("https://" + "a" * 64 + ".org/f", True),
    ],
)
def test_a_host_names_verdict_is_the_same_each_time_it_is_asked(url: str, bad: bool) -> None:
    # the host check is remembered per host name: asked again (another URL of the same
    # host), the answer must not change
    first = precheck(url)
    again = precheck(url.rsplit("/", 1)[0] + "/other")
    assert (first is not None) is bad
    assert (again is not None) is bad
    if first is not None and again is not None:
        assert (first.status, first.reason) == (again.status, again.reason)
