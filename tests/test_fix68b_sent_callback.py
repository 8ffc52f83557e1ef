"""A request's start told to the gate from libcurl's callback, not by a woken task
(issue 12, round 68: one task wake less per request), and a probe that answered
other than 200 kept without its page.

The scheduler's side: :meth:`HostScheduler.sent_callback`, asked by the task about to
send, gives the function the transport calls when the request goes out; it lets the
host's next request through at once, and never ends another request's transit.  The
transport's side: the curl transport calls it once per request (also when libcurl
sends a request again on a new connection) and then never calls ``sent``; a gate
that gives no callback is told ``sent`` by the task, as before.  Real loopback
servers; no timing is asserted.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest

from bibcheck.check.scheduler import HostScheduler
from bibcheck.check.settings import CheckSettings
from bibcheck.net.client import Exchange, HttpClient, NoGate
from tests.netclient import Fetcher
from tests.netserver import SiteServer
from tests.test_fix61_resend import _HangUpServer

HOST = "site.test"


@pytest.fixture
def http_backend() -> str:
    return "curl"


# -- the scheduler ---------------------------------------------------------------


async def _spin() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


class _Holder:
    """A task that enters one request to ``host`` and holds it until told to end."""

    def __init__(self, scheduler: HostScheduler, host: str = HOST) -> None:
        self.scheduler = scheduler
        self.host = host
        self.entered = False
        self.callback: Callable[[], None] | None = None
        self.finish = asyncio.Event()
        self.task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        async with self.scheduler.request(self.host):
            self.entered = True
            self.callback = self.scheduler.sent_callback(self.host)
            await self.finish.wait()

    async def end(self) -> None:
        self.finish.set()
        await self.task


@pytest.mark.parametrize(
    ("told", "second_enters"),
    [
        ("nothing", False),  # the first request is in transit: the host waits
        ("callback", True),  # went out, told by the transport's callback
        ("callback_twice", True),  # a request libcurl sent again: the same
    ],
)
def test_the_callback_lets_the_host_s_next_request_through(told: str, second_enters: bool) -> None:
    async def scenario() -> None:
        scheduler = HostScheduler(per_host=4, min_interval=0.0)
        first = _Holder(scheduler)
        await _spin()
        assert first.entered and first.callback is not None
        second = _Holder(scheduler)
        await _spin()
        assert not second.entered
        loop = asyncio.get_running_loop()
        for _ in range({"nothing": 0, "callback": 1, "callback_twice": 2}[told]):
            loop.call_soon(first.callback)  # from the loop, outside the first task
        await _spin()
        assert second.entered is second_enters
        second.finish.set()
        await first.end()
        await _spin()
        assert second.entered  # the first one's end lets it through in any case
        await second.end()

    asyncio.run(scenario())


def test_a_task_whose_transit_was_let_go_ends_no_other_s() -> None:
    async def scenario() -> None:
        scheduler = HostScheduler(per_host=4, min_interval=0.0)
        first = _Holder(scheduler)
        await _spin()
        second = _Holder(scheduler)
        await _spin()
        assert first.callback is not None
        first.callback()
        await _spin()
        assert second.entered  # its request is in transit now (not told out yet)
        third = _Holder(scheduler)
        await first.end()  # the first task ends: the second's transit is not its own
        await _spin()
        assert not third.entered
        assert second.callback is not None
        second.callback()
        await _spin()
        assert third.entered
        await second.end()
        await third.end()

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("holds", "other_host"),
    [
        (False, False),  # asked outside any request: it records the start, frees nothing
        (True, True),  # asked for another host than the one the task holds
    ],
)
def test_a_callback_of_a_task_without_the_turn_frees_nothing(holds: bool, other_host: bool) -> None:
    async def scenario() -> None:
        scheduler = HostScheduler(per_host=4, min_interval=0.0)
        first = _Holder(scheduler)
        await _spin()
        if holds:
            elsewhere = _Holder(scheduler, "other.test")
            await _spin()
            callback = scheduler.sent_callback(HOST if other_host else "other.test")
            await elsewhere.end()
        else:
            callback = scheduler.sent_callback(HOST)
        second = _Holder(scheduler)
        await _spin()
        callback()
        await _spin()
        assert not second.entered
        assert first.callback is not None
        first.callback()
        await _spin()
        assert second.entered
        await first.end()
        await second.end()

    asyncio.run(scenario())


@pytest.mark.parametrize(("starts", "early"), [(1, 0), (2, 1), (3, 2)])
def test_a_callback_counts_the_start_for_pacing(starts: int, early: int) -> None:
    async def scenario() -> None:
        scheduler = HostScheduler(per_host=4, min_interval=3600.0)
        for _ in range(starts):
            scheduler.sent_callback(HOST)()
        assert scheduler.early_starts == early
        assert scheduler.requests_sent == 0  # counted on entering the gate, not here

    asyncio.run(scenario())


# -- the curl transport ------------------------------------------------------------


class _RecordingGate(NoGate):
    """A gate that writes down how it was told of each start."""

    def __init__(self, *, callback: bool) -> None:
        super().__init__()
        self.callback = callback
        self.told: list[str] = []

    @asynccontextmanager
    async def request(self, host: str) -> AsyncIterator[None]:
        yield

    def sent(self, host: str) -> None:
        self.told.append("sent " + host)

    def sent_callback(self, host: str) -> Callable[[], None] | None:
        if not self.callback:
            return None
        return lambda: self.told.append("callback " + host)


@pytest.mark.parametrize(
    "paths",
    [
        ["/a/p0", "/a/p1", "/a/p2"],  # one kept-alive connection
        ["/a/q0", "/notes/missing", "/status/500"],  # whatever the answer
    ],
)
def test_the_curl_transport_tells_each_start_once(
    net_settings: CheckSettings, http_server: SiteServer, paths: list[str]
) -> None:
    # a gate that gives a callback is told through it, never through ``sent``; one that
    # gives none is told ``sent`` by the task, as before
    async def run(gate: _RecordingGate) -> int:
        client = HttpClient(dataclasses.replace(net_settings, retries=0), gate=gate)
        try:
            answers = [await client.send("GET", http_server.url(p)) for p in paths]
        finally:
            await client.close()
        return len(answers)

    with_callback = _RecordingGate(callback=True)
    without = _RecordingGate(callback=False)
    assert asyncio.run(run(with_callback)) == asyncio.run(run(without)) == len(paths)
    assert (with_callback.told, without.told) == (
        ["callback site.test"] * len(paths),
        ["sent site.test"] * len(paths),
    )


def test_a_request_sent_again_is_told_once(net_settings: CheckSettings) -> None:
    # the server hangs up each kept-alive connection as the next request comes: libcurl
    # sends that request again on a new connection (its start went out twice)
    server = _HangUpServer(idle=0.3, once=True)
    gate = _RecordingGate(callback=True)

    async def scenario() -> list[int]:
        client = HttpClient(dataclasses.replace(net_settings, retries=0), gate=gate)
        try:
            answers = [await client.send("GET", server.url(f"/r{i}")) for i in range(3)]
        finally:
            await client.close()
        return [a.status for a in answers if isinstance(a, Exchange)]

    try:
        assert asyncio.run(scenario()) == [200, 200, 200]
    finally:
        server.close()
    assert server.connections == 3
    assert gate.told == ["callback site.test"] * 3


# -- the soft-404 probe --------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "status", "kept"),
    [
        ("/notes/some-note", 404, False),  # the site says "missing": nothing to compare
        ("/deep/er/page.html", 404, False),
        ("/b/c/", 404, False),
    ],
)
def test_a_probe_answered_other_than_200_keeps_no_page(
    net_settings: CheckSettings, http_server: SiteServer, cited: str, status: int, kept: bool
) -> None:
    fetcher = Fetcher(net_settings)
    sample = fetcher.run(fetcher.judge.probe_sample(http_server.url(cited)))
    assert sample is not None
    assert sample.status == status
    assert (sample.title is not None or sample.text is not None) is kept
