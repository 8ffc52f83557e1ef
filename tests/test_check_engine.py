"""The engine: dedup, per-host caps and pacing, scheduling across hosts,
offline detection, interruption.  Real local servers, no mocks."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator

import pytest

from bibcheck.check.engine import CheckRunSummary, check_urls
from bibcheck.check.scheduler import HostScheduler
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from tests.netserver import SiteServer, on_hosts

BENCH_HOSTS = tuple(f"h{i}.bench.test" for i in range(6))


@pytest.fixture
def settings(net_settings: CheckSettings) -> CheckSettings:
    return on_hosts(
        net_settings,
        BENCH_HOSTS,
        per_host=2,
        concurrency=8,
        soft404_probe=False,
    )


@pytest.fixture
def slow_server() -> Iterator[SiteServer]:
    """Every answer of every host takes 50 ms."""
    server = SiteServer(latency=lambda _host: 0.05).start()
    yield server
    server.stop()


def run(
    urls: list[str], settings: CheckSettings, **kw: object
) -> tuple[list[LinkCheck], CheckRunSummary]:
    results: list[LinkCheck] = []
    summary = check_urls(urls, settings, on_result=results.append, **kw)  # type: ignore[arg-type]
    return results, summary


def test_distinct_urls_checked_once(settings: CheckSettings, http_server: SiteServer) -> None:
    http_server.stats.reset()
    urls = [http_server.url(f"/a/dup{i % 3}") for i in range(9)]
    progress: list[tuple[int, int]] = []
    results, summary = run(urls, settings, on_progress=lambda d, t: progress.append((d, t)))
    assert sorted(r.url for r in results) == sorted(set(urls))
    assert len(http_server.stats.requests_for("/a/dup")) == 3
    assert progress[-1] == (3, 3) and len(progress) == 3
    assert summary.checked == 3 and summary.by_status == {S.ALIVE: 3}
    assert summary.by_host == {"site.test": {S.ALIVE: 3}}
    assert summary.requests_sent == 3
    assert not summary.degraded and summary.not_checked == 0


def test_results_are_delivered_in_the_calling_thread(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    threads: set[int] = set()
    check_urls(
        [http_server.url(f"/a/thread{i}", BENCH_HOSTS[i % 3]) for i in range(6)],
        settings,
        on_result=lambda r: threads.add(threading.get_ident()),
    )
    assert threads == {threading.get_ident()}


def test_per_host_cap_is_never_exceeded(settings: CheckSettings, slow_server: SiteServer) -> None:
    urls = [slow_server.url(f"/a/cap{i}", BENCH_HOSTS[i % 2]) for i in range(24)]
    results, summary = run(urls, dataclasses.replace(settings, per_host=2, concurrency=16))
    assert len(results) == 24 and all(r.status is S.ALIVE for r in results)
    seen_by_server = {h: slow_server.stats.max_in_flight[h] for h in BENCH_HOSTS[:2]}
    assert seen_by_server == {BENCH_HOSTS[0]: 2, BENCH_HOSTS[1]: 2}  # used, never exceeded
    assert summary.max_in_flight_per_host == seen_by_server


def test_per_host_cap_of_one_serialises(settings: CheckSettings, slow_server: SiteServer) -> None:
    urls = [slow_server.url(f"/a/one{i}", BENCH_HOSTS[2]) for i in range(8)]
    _results, summary = run(urls, dataclasses.replace(settings, per_host=1, concurrency=8))
    assert slow_server.stats.max_in_flight[BENCH_HOSTS[2]] == 1
    assert summary.max_in_flight_per_host[BENCH_HOSTS[2]] == 1


def test_min_interval_spaces_request_starts(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    http_server.stats.reset()
    host = BENCH_HOSTS[3]
    urls = [http_server.url(f"/a/paced{i}", host) for i in range(4)]
    run(urls, dataclasses.replace(settings, per_host=4, min_interval=0.3))
    starts = sorted(t for h, t in http_server.stats.starts if h == host)
    assert len(starts) == 4
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    # pacing is a lower bound (slack for connection set-up jitter), not a speed claim
    assert min(gaps) >= 0.2


def test_the_run_counts_its_own_starts_closer_than_the_interval(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    # the engine's own count of request starts to a host closer than min_interval,
    # taken when each request really goes out (new connections, probes, retries):
    # a pacing bug shows here even when a server is too slow to see it
    host = BENCH_HOSTS[5]
    urls = [http_server.url(f"/a/own-clock{i}", host) for i in range(6)]
    urls.append(http_server.url("/flaky/own-clock?fail=1&code=503", host))
    changed = dataclasses.replace(
        settings, per_host=3, min_interval=0.15, backoff=0.0, soft404_probe=True
    )
    results, summary = run(urls, changed)
    assert {r.status for r in results} == {S.ALIVE}
    assert summary.requests_sent >= 8  # 7 URLs, a retry, a probe
    assert summary.early_starts == 0


def test_the_early_start_count_counts_starts_closer_than_the_interval() -> None:
    scheduler = HostScheduler(per_host=2, min_interval=0.3)
    scheduler.sent("a.test")
    scheduler.sent("b.test")  # another host: not early
    scheduler.sent("a.test")  # 0.3 s not waited
    assert scheduler.early_starts == 1


def test_min_interval_also_paces_retries_and_probes(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    http_server.stats.reset()
    host = BENCH_HOSTS[4]
    urls = [http_server.url("/flaky/paced-retry?fail=1&code=500", host)]
    changed = dataclasses.replace(settings, min_interval=0.3, backoff=0.0, soft404_probe=True)
    results, summary = run(urls, changed)
    starts = sorted(t for h, t in http_server.stats.starts if h == host)
    assert results[0].status is S.ALIVE
    assert len(starts) == 3 == summary.requests_sent  # failure, retry, soft-404 probe
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.2


def test_slow_host_does_not_stall_others(settings: CheckSettings, http_server: SiteServer) -> None:
    # more slow URLs than workers: a FIFO with blocking host slots would park every
    # worker on the slow host
    slow = [http_server.url(f"/slow?s=0.25&n={i}", "other.test") for i in range(5)]
    fast = [http_server.url(f"/a/fast{i}", BENCH_HOSTS[5]) for i in range(10)]
    order: list[str] = []
    check_urls(
        slow + fast,  # the slow host comes first in the input
        dataclasses.replace(settings, per_host=1, concurrency=4),
        on_result=lambda r: order.append(r.url),
    )
    assert len(order) == 15
    second_slow = max(order.index(u) for u in slow[:2] if u in order)
    assert all(order.index(u) < second_slow for u in fast)


def test_prechecked_urls_need_no_network(settings: CheckSettings) -> None:
    results, summary = run(["ftp://x.test/file", "not a url", "http:///x"], settings)
    assert sorted(r.status for r in results) == sorted(
        [S.UNSUPPORTED_SCHEME, S.INVALID_URL, S.INVALID_URL]
    )
    assert summary.requests_sent == 0


def test_default_settings_refuse_loopback(http_server: SiteServer) -> None:
    results, _ = run([f"http://127.0.0.1:{http_server.port}/a/x"], CheckSettings())
    assert results[0].status is S.FORBIDDEN_ADDRESS


# --------------------------------------------------------------------------
# Offline detection
# --------------------------------------------------------------------------


def test_all_hosts_unresolvable_is_degraded(settings: CheckSettings) -> None:
    urls = [f"http://host{i}.invalid/page" for i in range(10)]
    results, summary = run(urls, dataclasses.replace(settings, concurrency=2))
    assert summary.degraded
    assert "offline" in summary.degraded_reason
    assert results and all(r.offline and r.status is S.DNS_ERROR for r in results)
    assert summary.checked + summary.not_checked == 10
    assert summary.not_checked > 0  # stopped early instead of "checking" everything


def test_single_unresolvable_host_alone_is_degraded(settings: CheckSettings) -> None:
    results, summary = run(["http://typo.invalid/"], settings)
    assert summary.degraded
    assert [r.offline for r in results] == [True]


def test_dns_errors_are_trusted_once_a_name_resolves(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    urls = [f"http://gone{i}.invalid/" for i in range(5)] + [http_server.url("/a/up")]
    results, summary = run(urls, settings)
    assert not summary.degraded
    dns = [r for r in results if r.status is S.DNS_ERROR]
    assert len(dns) == 5 and not any(r.offline for r in dns)
    assert summary.by_status == {S.DNS_ERROR: 5, S.ALIVE: 1}


def test_failing_canaries_stop_the_run(settings: CheckSettings, http_server: SiteServer) -> None:
    http_server.stats.reset()
    changed = dataclasses.replace(settings, canary_urls=("http://canary.invalid/",))
    results, summary = run([http_server.url("/a/never")], changed)
    assert summary.degraded and "canary" in summary.degraded_reason
    assert results == [] and summary.not_checked == 1
    assert http_server.stats.requests_for("/a/never") == []


def test_working_canary_makes_dns_errors_trustworthy(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    canary = http_server.url("/a/canary")
    changed = dataclasses.replace(settings, canary_urls=("http://dead.invalid/", canary))
    results, summary = run(["http://typo.invalid/"], changed)
    assert not summary.degraded
    assert results[0].status is S.DNS_ERROR and not results[0].offline


# --------------------------------------------------------------------------
# Interruption and errors from the caller
# --------------------------------------------------------------------------


def test_keyboard_interrupt_stops_scheduling(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    http_server.stats.reset()
    urls = [http_server.url(f"/slow?s=0.1&i={i}", "other.test") for i in range(20)]

    def interrupt(_result: LinkCheck) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        check_urls(urls, dataclasses.replace(settings, per_host=1), on_result=interrupt)
    time.sleep(0.5)  # let a request in flight finish
    assert len(http_server.stats.requests_for("/slow", "other.test")) < 5


def test_caller_errors_propagate(settings: CheckSettings, http_server: SiteServer) -> None:
    def broken(_result: LinkCheck) -> None:
        raise ValueError("disk full")

    with pytest.raises(ValueError, match="disk full"):
        check_urls([http_server.url("/a/err")], settings, on_result=broken)


def test_injected_sleep_is_used_for_retries(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    slept: list[float] = []
    urls = [http_server.url(f"/flaky/eng{time.monotonic_ns()}?fail=1&retry_after=9")]
    results: list[LinkCheck] = []
    check_urls(urls, settings, on_result=results.append, sleep=slept.append)
    assert results[0].status is S.ALIVE
    assert slept == [9.0]
