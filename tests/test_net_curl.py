"""The libcurl transport (``client = "curl"``) against real loopback servers.

The shared client tests run on both transports (``http_backend`` in
``conftest_net``); these are the transport's own: the address policy at
connect time, the size cap, connection reuse, a hanging host, descriptors.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import os
import time

import pytest

from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkStatus as S
from bibcheck.net.client import Exchange, HttpClient
from bibcheck.net.policy import AddressPolicy
from bibcheck.net.settings import CLIENTS
from bibcheck.net.verdicts import Verdict
from tests.netclient import Fetcher
from tests.netserver import SiteServer


@pytest.fixture
def http_backend() -> str:
    return "curl"


def _dns(host: str, port: int) -> list[str]:
    """A DNS answer pointing every name at loopback (what rebinding would do)."""
    return ["127.0.0.1"]


class _Unchecked(AddressPolicy):
    """A policy whose resolution lets loopback through, as if the name had been
    rebound between the check and the connection: only the connect-time guard
    stands between the client and the address."""

    def allowed_addresses(self, host: str, port: int) -> list[str]:
        return self.lookup(host, port)


def _strict(settings: CheckSettings) -> CheckSettings:
    return dataclasses.replace(
        settings, allow_hosts=frozenset(), allow_private=False, resolve={}, retries=0
    )


@pytest.mark.parametrize("backend", CLIENTS)
def test_name_resolving_to_loopback_is_refused_alike(
    net_settings: CheckSettings, http_server: SiteServer, backend: str
) -> None:
    settings = dataclasses.replace(_strict(net_settings), client=backend)
    http_server.stats.reset()
    fetcher = Fetcher(settings, policy=AddressPolicy(resolver=_dns))
    outcome = fetcher.exchange("GET", http_server.url("/", host="rebound.example"))
    assert outcome == Verdict(
        S.FORBIDDEN_ADDRESS,
        "rebound.example resolves to 127.0.0.1 (loopback address); refusing to connect",
    )
    assert http_server.stats.connections == 0


def test_connect_time_guard_refuses_what_resolution_let_through(
    net_settings: CheckSettings, http_server: SiteServer
) -> None:
    http_server.stats.reset()
    fetcher = Fetcher(_strict(net_settings), policy=_Unchecked(resolver=_dns))
    outcome = fetcher.exchange("GET", http_server.url("/", host="rebound.example"))
    assert isinstance(outcome, Verdict) and outcome.status is S.FORBIDDEN_ADDRESS
    assert "127.0.0.1" in outcome.reason
    assert http_server.stats.connections == 0  # refused before the socket connected


def test_body_is_capped_and_the_transfer_stopped(
    net_settings: CheckSettings, http_server: SiteServer
) -> None:
    http_server.stats.reset()
    fetcher = Fetcher(dataclasses.replace(net_settings, max_bytes=100_000))
    outcome = fetcher.exchange("GET", http_server.url("/huge?mb=50"))
    assert isinstance(outcome, Exchange) and outcome.status == 200
    assert len(outcome.body) == 100_000
    assert outcome.body.startswith(b"<html><head><title>Huge</title>")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and "/huge?mb=50" not in http_server.stats.bytes_sent:
        time.sleep(0.05)
    assert http_server.stats.bytes_sent["/huge?mb=50"] < 20 * 1024 * 1024  # the client hung up


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_connections_are_kept_alive(
    net_settings: CheckSettings, http_server: SiteServer, https_server: SiteServer, tls: bool
) -> None:
    server = https_server if tls else http_server
    server.stats.reset()
    fetcher = Fetcher(net_settings)
    for i in range(12):
        outcome = fetcher.exchange("GET", server.url(f"/a/keep{i}"))
        assert isinstance(outcome, Exchange) and outcome.status == 200
    assert server.stats.connections == 1
    assert fetcher.client.connections_opened == 1
    assert fetcher.client.requests_sent == 12


def test_hanging_host_does_not_block_another(
    net_settings: CheckSettings, http_server: SiteServer
) -> None:
    settings = dataclasses.replace(net_settings, timeout=1.5, retries=0)
    fetcher = Fetcher(settings)
    done: dict[str, float] = {}
    began = time.monotonic()

    async def get(url: str, key: str) -> Exchange | Verdict:
        outcome = await fetcher.client.exchange("GET", url)
        done[key] = time.monotonic() - began
        return outcome

    async def both() -> list[Exchange | Verdict]:
        hang = asyncio.ensure_future(get(http_server.url("/hang", host="other.test"), "hang"))
        await asyncio.sleep(0.05)
        quick = [get(http_server.url(f"/a/q{i}"), f"q{i}") for i in range(5)]
        return [*(await asyncio.gather(*quick)), await hang]

    outcomes = fetcher.run(both())
    assert all(isinstance(o, Exchange) and o.status == 200 for o in outcomes[:5])
    assert outcomes[5] == Verdict(S.TIMEOUT, "no answer within the timeout", retryable=True)
    assert max(done[f"q{i}"] for i in range(5)) < 1.0 <= done["hang"]


def _open_fds() -> set[str]:
    gc.collect()
    return set(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_close_gives_back_every_descriptor(
    net_settings: CheckSettings, http_server: SiteServer, https_server: SiteServer
) -> None:
    settings = dataclasses.replace(net_settings, timeout=1.0, retries=0, max_bytes=50_000)

    async def warm_up() -> None:
        # one client first: what libcurl or the resolver opens once per process (and
        # keeps) is not a client's leak; a leak per client still shows below
        client = HttpClient(settings)
        await client.exchange("GET", http_server.url("/a/warm"))
        await client.close()

    warm = asyncio.new_event_loop()
    warm.run_until_complete(warm_up())
    warm.close()
    before = _open_fds()
    loop = asyncio.new_event_loop()

    async def work() -> None:
        client = HttpClient(settings)
        urls = [
            *(
                http_server.url(f"/a/fd{i}", host=h)
                for i in range(3)
                for h in ("site.test", "other.test")
            ),
            *(https_server.url(f"/a/fd{i}") for i in range(3)),
            http_server.url("/huge?mb=5"),  # capped: hung up
            http_server.url("/hang"),  # timed out
            http_server.url("/reset"),
        ]
        await asyncio.gather(*(client.exchange("GET", u) for u in urls))
        assert client.connections_opened >= 4
        await client.close()

    loop.run_until_complete(work())
    loop.close()
    # (the test servers are threads of this process: a handler still ending its side of
    # the "/hang" or "/reset" exchange holds its socket a moment on a loaded machine; a
    # client's leak stays)
    for _ in range(50):
        if _open_fds() <= before:
            break
        time.sleep(0.1)
    assert _open_fds() <= before


def test_closed_client_mid_request_ends_it(
    net_settings: CheckSettings, http_server: SiteServer
) -> None:
    fetcher = Fetcher(dataclasses.replace(net_settings, timeout=5.0, retries=0))

    async def close_while_hanging() -> Exchange | Verdict:
        pending = asyncio.ensure_future(fetcher.client.exchange("GET", http_server.url("/hang")))
        await asyncio.sleep(0.2)
        await fetcher.client.close()
        return await pending

    began = time.monotonic()
    outcome = fetcher.run(close_while_hanging())
    assert isinstance(outcome, Verdict) and time.monotonic() - began < 2.0


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_header_block_over_64_kib_is_a_malformed_answer(
    net_settings: CheckSettings, http_server: SiteServer, method: str
) -> None:
    """A header block over 64 KiB is a malformed answer (a verdict, not an exception
    out of the client), one just under is read; with a body (GET) and without (HEAD)."""
    fetcher = Fetcher(dataclasses.replace(net_settings, retries=0))
    under = fetcher.exchange(method, http_server.url("/headers/62"))
    assert isinstance(under, Exchange) and under.status == 200
    assert len([k for k in under.headers if k.startswith("x-pad-")]) == 62
    assert under.headers["content-type"] == "text/html; charset=utf-8"
    if method == "GET":
        assert under.page()[0] == "Many headers"
    over = fetcher.exchange(method, http_server.url("/headers/66"))
    assert over == Verdict(S.CONNECTION_ERROR, "the server sent a malformed answer", retryable=True)
    again = fetcher.exchange(method, http_server.url("/headers/1"))  # the handle is reused
    assert isinstance(again, Exchange) and again.status == 200
    assert "x-pad-00061" not in again.headers


def test_informational_answer_and_folded_line_in_the_header_block(
    net_settings: CheckSettings, http_server: SiteServer
) -> None:
    fetcher = Fetcher(net_settings)
    outcome = fetcher.exchange("GET", http_server.url("/headers/2?early=1&fold=1"))
    assert isinstance(outcome, Exchange) and outcome.status == 200
    assert "x-early" not in outcome.headers and "link" not in outcome.headers  # the 103's
    assert outcome.headers["x-folded"] == "first second part"
    assert outcome.page() == ("Many headers", "Many headers 2 KiB of headers.")
