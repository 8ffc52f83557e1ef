"""A host the run is done with lets its kept-alive connection go at once (issue 12,
round 70): libcurl's transport shuts down the idle connections of a host once no URL
of it is queued or in flight and no more URLs can come, instead of holding them to the
end of the run (where hundreds closing at once held up the run's last steps).

Real loopback servers, no mocks: the server notes when each connection ends, and the
tests count the connections that ended before another host's slow answer came, never
time."""

from __future__ import annotations

import dataclasses
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bibcheck.check.engine import check_urls
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from bibcheck.net.client import Exchange, HttpClient, run_loop
from tests.netserver import SiteServer, on_hosts

FAST = ("one.release.test", "two.release.test")
SLOW = "slow.release.test"


class ClosingServer(SiteServer):
    """A site server that notes when each connection ended (its handler returned)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.closed_at: list[float] = []

    def finish_request(self, request: Any, client_address: Any) -> None:
        try:
            super().finish_request(request, client_address)
        finally:
            with self.stats.lock:
                self.closed_at.append(time.monotonic())


@pytest.fixture
def server() -> Iterator[ClosingServer]:
    srv = ClosingServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def settings(ca_file: Path) -> CheckSettings:
    base = CheckSettings(
        client="curl",
        timeout=5.0,
        connect_timeout=2.0,
        retries=0,
        min_interval=0.0,
        per_host=1,
        concurrency=8,
        ca_bundle=str(ca_file),
    )
    return on_hosts(base, (*FAST, SLOW))


def _closed_before_slow_answer(server: ClosingServer) -> int:
    slow_end = max(t for host, t in server.stats.ends if host == SLOW)
    with server.stats.lock:
        return sum(1 for t in server.closed_at if t < slow_end)


@pytest.mark.parametrize(
    ("fast_urls", "probe"),
    [
        # one URL per host, its page and its soft-404 probe over one connection
        ({FAST[0]: ["/a/only"]}, True),
        # several URLs per host worked through one connection, then let go
        ({FAST[0]: ["/a/x1", "/a/x2", "/a/x3"], FAST[1]: ["/a/y1", "/a/y2"]}, True),
        # without probes; a host answering 404
        ({FAST[0]: ["/a/z1"], FAST[1]: ["/a/gone-gone"]}, False),
    ],
)
def test_done_host_lets_its_connection_go_before_the_run_ends(
    server: ClosingServer,
    settings: CheckSettings,
    fast_urls: dict[str, list[str]],
    probe: bool,
) -> None:
    urls = [server.url("/slow?s=2", SLOW)]
    urls += [server.url(path, host) for host, paths in fast_urls.items() for path in paths]
    results: list[LinkCheck] = []
    summary = check_urls(
        urls, dataclasses.replace(settings, soft404_probe=probe), on_result=results.append
    )
    assert len(results) == len(urls) and summary.checked == len(urls)
    # one connection per host: a host's URLs (and its probe) share it, none is reopened
    assert server.stats.connections == len(fast_urls) + 1
    # every fast host's connection ended while the slow host was still answering
    assert _closed_before_slow_answer(server) == len(fast_urls)
    statuses = {r.url.rsplit("/", 1)[1]: r.status for r in results}
    assert statuses.get("gone-gone", S.DEAD) is S.DEAD


def test_done_hosts_let_go_in_worker_processes(
    server: ClosingServer, settings: CheckSettings
) -> None:
    """In worker processes the hosts are let go once the coordinator has said that no
    more URLs will come (hosts done before that, and those done after)."""
    urls = [server.url("/slow?s=2", SLOW)]
    urls += [server.url(f"/a/w{i}", FAST[i % 2]) for i in range(6)]
    results: list[LinkCheck] = []
    summary = check_urls(
        urls,
        dataclasses.replace(settings, soft404_probe=True, processes=2),
        on_result=results.append,
    )
    assert summary.processes == 2 and len(results) == len(urls)
    assert all(r.status is S.ALIVE for r in results)
    assert server.stats.connections == 3
    assert _closed_before_slow_answer(server) == 2


def test_a_host_with_work_left_keeps_its_connection(
    server: ClosingServer, settings: CheckSettings
) -> None:
    """The slow host's own connection is not let go while its second URL waits."""
    urls = [server.url("/slow?s=1", SLOW), server.url("/slow?s=1&n=2", SLOW)]
    urls.append(server.url("/a/quick", FAST[0]))
    results: list[LinkCheck] = []
    check_urls(urls, dataclasses.replace(settings, soft404_probe=False), on_result=results.append)
    assert all(r.status is S.ALIVE for r in results) and len(results) == 3
    assert server.stats.connections == 2  # the slow host's two checks over one connection
    slow_end = max(t for host, t in server.stats.ends if host == SLOW)
    with server.stats.lock:
        assert sum(1 for t in server.closed_at if t < slow_end) == 1  # the fast host's only


def test_release_leaves_a_descriptor_that_holds_another_connection(
    server: ClosingServer, settings: CheckSettings
) -> None:
    """A noted connection whose descriptor now holds another socket (libcurl closed it
    and the number was reused) is not shut down: only the very connection noted is."""
    client = HttpClient(settings)
    left, right = socket.socketpair()
    try:

        async def go() -> tuple[int, int]:
            transport: Any = client.start()
            await client.exchange("GET", server.url("/a/kept", FAST[0]), host=FAST[0])
            assert client.hosts_connected() == [FAST[0]]
            noted = transport._conns[FAST[0]]
            # the same host noted once more with a descriptor of an unrelated socket
            stale = (left.fileno(), noted[0][1], noted[0][2])
            transport._conns[FAST[0]].append(stale)
            shut = transport.release_host(FAST[0])
            await client.close()
            return shut, len(noted)

        shut, _noted = run_loop(go())
        assert shut == 1  # the real connection only
        right.sendall(b"still here")
        assert left.recv(16) == b"still here"  # the unrelated socket works on
        left.sendall(b"both ways")
        assert right.recv(16) == b"both ways"
    finally:
        left.close()
        right.close()


def test_release_leaves_a_connection_in_use(server: ClosingServer, settings: CheckSettings) -> None:
    """While a transfer to the host is in flight its connection is not touched."""
    client = HttpClient(settings)

    async def go() -> tuple[int, int]:
        import asyncio

        transport: Any = client.start()
        await client.exchange("GET", server.url("/a/first", FAST[0]), host=FAST[0])
        pending = asyncio.ensure_future(
            client.exchange("GET", server.url("/slow?s=0.5", FAST[0]), host=FAST[0])
        )
        while not any(s.host == FAST[0] for s in transport._active.values()):
            await asyncio.sleep(0.01)
        during = transport.release_host(FAST[0])
        answer = await pending
        await client.close()
        assert isinstance(answer, Exchange)
        return during, answer.status

    during, status = run_loop(go())
    assert during == 0 and status == 200
    assert server.stats.connections == 1
