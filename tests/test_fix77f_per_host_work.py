"""Work a link check does once per host, not once per URL or per request (issue 12,
round 77): the engine's test of whether a host is an IP literal (the offline guard's
count of named hosts), the address policy's pre-flight decision for a host, and the
RESOLVE entry that pins a host name to the policy's addresses for libcurl.

Real code paths and real loopback servers; the tests count calls and requests, never
time.  Each decision must come out as it did when it was made for every URL."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bibcheck.check import engine
from bibcheck.check.engine import check_urls
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from bibcheck.net import policy as policy_module
from bibcheck.net.client import HttpClient, run_loop
from bibcheck.net.policy import AddressPolicy
from tests.netserver import SiteServer, on_hosts

HOSTS = ("one.perhost.test", "two.perhost.test", "three.perhost.test")


@pytest.fixture
def server() -> Iterator[SiteServer]:
    srv = SiteServer().start()
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
        per_host=2,
        concurrency=8,
        ca_bundle=str(ca_file),
    )
    return on_hosts(base, HOSTS)


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[tuple[Any, ...]]:
    """Calls of ``module.name`` (the real function still answers), as a list of args."""
    calls: list[tuple[Any, ...]] = []
    real: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize(
    ("per_host_urls", "processes"),
    [
        (4, 1),  # 12 URLs on 3 hosts, one event loop
        (1, 1),  # one URL a host: one test a host either way
        (3, 2),  # worker processes: the coordinator reads the URLs (its own per-host test)
    ],
)
def test_a_host_is_tested_for_an_ip_literal_once_a_run(
    server: SiteServer,
    settings: CheckSettings,
    monkeypatch: pytest.MonkeyPatch,
    per_host_urls: int,
    processes: int,
) -> None:
    calls = _counting(monkeypatch, engine, "parse_ip")
    urls = [server.url(f"/a/p{i}", host) for host in HOSTS for i in range(per_host_urls)]
    results: list[LinkCheck] = []
    summary = check_urls(
        urls,
        dataclasses.replace(settings, soft404_probe=False, processes=processes),
        on_result=results.append,
    )
    assert sorted(r.url for r in results) == sorted(urls)
    assert all(r.status is S.ALIVE for r in results)
    assert summary.requests_sent == len(urls)
    if processes == 1:
        # one test per host, not one per URL (12 on main for the first row)
        assert sorted(args[0] for args in calls) == sorted(HOSTS)


# -- the address policy's pre-flight decision -----------------------------------


@pytest.mark.parametrize(
    ("policy", "host", "refused"),
    [
        (AddressPolicy(), "127.0.0.1", True),
        (AddressPolicy(), "10.1.2.3", True),
        (AddressPolicy(), "[::1]", True),
        (AddressPolicy(), "169.254.1.1", True),
        (AddressPolicy(), "93.184.216.34", False),
        (AddressPolicy(), "example.org", False),
        (AddressPolicy(), "EXAMPLE.org.", False),
        (AddressPolicy(resolve={"intranet.example": "10.0.0.5"}), "intranet.example", True),
        (AddressPolicy(resolve={"intranet.example": "10.0.0.5"}), "Intranet.Example", True),
        (AddressPolicy(resolve={"mirror.example": "93.184.216.34"}), "mirror.example", False),
        (AddressPolicy(allow_private=True), "127.0.0.1", False),
        (AddressPolicy(allow_hosts=frozenset({"lab.example"})), "lab.example", False),
        (
            AddressPolicy(
                allow_hosts=frozenset({"lab.example"}), resolve={"lab.example": "10.9.9.9"}
            ),
            "lab.example",
            False,
        ),
    ],
)
def test_check_host_answers_as_before_and_the_same_when_asked_again(
    policy: AddressPolicy, host: str, refused: bool
) -> None:
    first = policy.check_host(host, 443)
    assert (first is not None) is refused
    assert policy.check_host(host, 443) == first
    assert policy.check_host(host, 80) == first  # the port never mattered to it


def test_policies_keep_their_own_decisions() -> None:
    """Two policies (two runs' settings) never share a decision."""
    strict = AddressPolicy()
    lenient = AddressPolicy(allow_private=True)
    assert strict.check_host("10.0.0.1", 443) is not None
    assert lenient.check_host("10.0.0.1", 443) is None
    assert strict.check_host("10.0.0.1", 443) is not None
    assert dataclasses.replace(strict, allow_private=True).check_host("10.0.0.1", 443) is None
    assert strict == AddressPolicy()  # the memo is no part of a policy's value


def test_a_refused_host_is_decided_once_a_run_and_never_asked(
    server: SiteServer, settings: CheckSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loopback server's address cited without ``--allow-private``: every URL of it
    is refused before any request, as before, with one decision for the host."""
    calls = _counting(monkeypatch, policy_module, "forbidden_reason")
    strict = dataclasses.replace(settings, allow_hosts=frozenset(), resolve={})
    urls = [f"https://127.0.0.1:{server.port}/a/r{i}" for i in range(5)]
    results: list[LinkCheck] = []
    summary = check_urls(
        urls, dataclasses.replace(strict, soft404_probe=False), on_result=results.append
    )
    assert sorted(r.url for r in results) == sorted(urls)
    assert {r.status for r in results} == {S.FORBIDDEN_ADDRESS}
    assert server.stats.log == []  # nothing reached the server
    assert summary.requests_sent == 0
    assert [args[0] for args in calls] == ["127.0.0.1"]  # 5 on main


# -- libcurl's RESOLVE pin ---------------------------------------------------------


def _pins(settings: CheckSettings, steps: Callable[[Any], list[list[str]]]) -> list[list[str]]:
    """``steps`` run with the transport of a real client (libcurl's), in its loop."""
    client = HttpClient(settings)

    async def go() -> list[list[str]]:
        transport = client.start()
        try:
            return steps(transport)
        finally:
            await client.close()

    return run_loop(go())


def test_a_pin_is_written_once_per_name_and_port_and_again_when_the_answer_changes(
    settings: CheckSettings,
) -> None:
    asks = [
        ("one.perhost.test", 443, ["127.0.0.1"]),
        ("one.perhost.test", 443, ["127.0.0.1"]),
        ("one.perhost.test", 8443, ["127.0.0.1"]),
        ("one.perhost.test", 443, ["127.0.0.2", "::1"]),
        ("one.perhost.test", 443, ["127.0.0.2", "::1"]),
        ("two.perhost.test", 443, ["127.0.0.1"]),
    ]
    pins = _pins(settings, lambda t: [t._pin(n, p, a) for n, p, a in asks])  # noqa: SLF001
    assert pins == [
        ["one.perhost.test:443:127.0.0.1"],
        ["one.perhost.test:443:127.0.0.1"],
        ["one.perhost.test:8443:127.0.0.1"],
        ["one.perhost.test:443:127.0.0.2,[::1]"],
        ["one.perhost.test:443:127.0.0.2,[::1]"],
        ["two.perhost.test:443:127.0.0.1"],
    ]
    assert pins[0] is pins[1] and pins[3] is pins[4]  # the same entry handed again


def test_a_pin_kept_is_not_changed_by_the_callers_list(settings: CheckSettings) -> None:
    """The addresses compared next time are the pin's own copy, not the caller's list."""
    answer = ["127.0.0.1"]

    def steps(transport: Any) -> list[list[str]]:
        first = transport._pin("one.perhost.test", 443, answer)  # noqa: SLF001
        answer.append("127.0.0.9")
        return [first, transport._pin("one.perhost.test", 443, answer)]  # noqa: SLF001

    first, second = _pins(settings, steps)
    assert first == ["one.perhost.test:443:127.0.0.1"]
    assert second == ["one.perhost.test:443:127.0.0.1,127.0.0.9"]


def test_every_request_of_a_host_still_goes_to_the_pinned_server(
    server: SiteServer, settings: CheckSettings
) -> None:
    """With the pin reused, each host's URLs and probe reach the loopback server over
    one connection per host, every one alive."""
    urls = [server.url(f"/a/k{i}", host) for host in HOSTS for i in range(3)]
    results: list[LinkCheck] = []
    summary = check_urls(urls, dataclasses.replace(settings, per_host=1), on_result=results.append)
    assert all(r.status is S.ALIVE for r in results) and len(results) == len(urls)
    assert summary.requests_sent == len(urls) + len(HOSTS)  # a soft-404 probe a host
    assert server.stats.connections == len(HOSTS)
    hosts_seen = {host for _method, host, _path in server.stats.log}
    assert hosts_seen == set(HOSTS)


def test_a_policy_remembers_a_bounded_number_of_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory stays flat in the number of hosts: past the bound the remembered decisions
    start afresh, and a host asked again is decided again, the same way."""
    monkeypatch.setattr(policy_module, "CHECKED_HOSTS", 3)
    policy = AddressPolicy()
    hosts = ["a.example", "10.0.0.1", "b.example", "c.example", "10.0.0.1", "d.example"]
    answers = [policy.check_host(h, 443) is not None for h in hosts]
    assert answers == [False, True, False, False, True, False]
    assert len(policy._checked) <= 3  # noqa: SLF001


def test_a_transport_keeps_a_bounded_number_of_pins(
    settings: CheckSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bibcheck.net import curl

    monkeypatch.setattr(curl, "PINS_KEPT", 2)

    def steps(transport: Any) -> list[list[str]]:
        pins = [transport._pin(f"h{i}.perhost.test", 443, ["127.0.0.1"]) for i in range(5)]  # noqa: SLF001
        assert len(transport._pins) <= 2  # noqa: SLF001
        return [*pins, transport._pin("h0.perhost.test", 443, ["127.0.0.1"])]  # noqa: SLF001

    pins = _pins(settings, steps)
    assert pins == [[f"h{i}.perhost.test:443:127.0.0.1"] for i in [0, 1, 2, 3, 4, 0]]
