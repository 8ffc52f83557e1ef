"""How many event-loop processes a check run gets (bibcheck.check.engine.processes_for).

A second process pays only when one event loop would be short of CPU: a run of
thousands of hosts at a short interval can use two cores, a run over a few hosts
paced by their interval cannot use one.
"""

from __future__ import annotations

import dataclasses

import pytest

from bibcheck.check import engine
from bibcheck.check.engine import peak_rate, processes_for, rough_host
from bibcheck.check.settings import CheckSettings

BENCH = CheckSettings(per_host=4, min_interval=0.05, concurrency=256)  # benchmarks/check_bench.py
DEFAULT = CheckSettings()  # 2 in flight per host, 0.5 s between starts


@pytest.mark.parametrize(
    ("settings", "urls", "hosts", "cpus", "chosen"),
    [
        pytest.param(BENCH, 1_000, 50, 2, 1, id="small-run"),
        pytest.param(BENCH, 10_000, 1_000, 2, 2, id="thousands-of-hosts"),
        pytest.param(BENCH, 100_000, 10_000, 4, 3, id="no-more-than-the-pace-needs"),
        pytest.param(BENCH, 10_000, 1_000, 1, 1, id="one-cpu"),
        pytest.param(DEFAULT, 5_000, 40, 4, 1, id="few-hosts-paced-by-interval"),
        pytest.param(DEFAULT, 5_000, 900, 4, 2, id="many-hosts-default-pace"),
        pytest.param(DEFAULT, 5_000, None, 4, 4, id="hosts-unknown"),
        pytest.param(
            dataclasses.replace(DEFAULT, processes=3), 100, 1, 1, 3, id="fixed-by-the-user"
        ),
        pytest.param(dataclasses.replace(BENCH, concurrency=1), 10_000, 1_000, 4, 1, id="one-slot"),
    ],
)
def test_processes_for(
    monkeypatch: pytest.MonkeyPatch,
    settings: CheckSettings,
    urls: int,
    hosts: int | None,
    cpus: int,
    chosen: int,
) -> None:
    monkeypatch.setattr(engine, "available_cpus", lambda: cpus)
    assert processes_for(settings, urls, hosts) == chosen


def test_peak_rate_is_the_tightest_politeness_limit() -> None:
    assert peak_rate(DEFAULT, 10) == pytest.approx(20.0)  # 10 hosts x one start per 0.5 s
    assert peak_rate(BENCH, 10) == pytest.approx(200.0)  # 10 hosts x one start per 50 ms
    assert peak_rate(BENCH, 100_000) == pytest.approx(2560.0)  # 256 in flight, 0.1 s each
    no_interval = dataclasses.replace(BENCH, min_interval=0.0)
    assert peak_rate(no_interval, 3) == pytest.approx(120.0)  # 3 hosts x 4 in flight


@pytest.mark.parametrize(
    ("url", "host"),
    [
        pytest.param("https://Example.org/a/b", "example.org", id="path"),
        pytest.param("https://example.org:8443?q=1", "example.org:8443", id="port-query"),
        pytest.param("http://user@example.org", "user@example.org", id="userinfo"),
        pytest.param("https://[2001:db8::1]/x", "[2001:db8::1]", id="ipv6"),
    ],
)
def test_rough_host(url: str, host: str) -> None:
    assert rough_host(url) == host
