"""The link-checking engine: many URLs, politely, concurrently, resumably.

:func:`check_urls` checks each distinct URL once and hands every
:class:`~bibcheck.model.LinkCheck` to ``on_result`` *in the calling thread*
as soon as it is known (so the caller can store it at once - a Ctrl-C then
loses only the work in flight, and SQLite never sees another thread).

Scheduling.  ``concurrency`` worker threads share one scheduler that keeps a
queue per host.  A worker asks for work and gets a URL of a host that (a) has
fewer than ``per_host`` checks in flight and (b) had its last request start at
least ``min_interval`` seconds ago; among those it picks the host with the
most estimated remaining work (queue length x observed latency), so the
busiest host is kept saturated and one slow host never holds more than
``per_host`` workers.  Every single HTTP exchange (retries, the soft-404 probe,
HEAD then GET) passes the same gate, which paces request starts per host and
counts requests actually in flight; the maximum observed is reported.
Redirects to *another* host are paced and counted for that host but do not
wait for its in-flight cap (that could deadlock two workers redirecting into
each other's hosts).  Retry waits use the injected ``sleep``; pacing waits use
real time.

Offline detection (``degraded``).  A machine without network makes every URL
look dead.  Two guards:

* canaries - if ``canary_urls`` are configured they are fetched first; if all
  fail at the network level (no HTTP answer at all) the run stops before
  checking anything: ``degraded=True``, no results, ``not_checked`` = all;
* name resolution - until at least one host name has resolved, ``DNS_ERROR``
  results are *held back*.  When ``min(3, number of named hosts)`` distinct
  hosts have failed to resolve and none resolved, dispatching pauses, the
  checks in flight are awaited and up to 5 still-queued host names are
  resolved (DNS only) - the first hosts scheduled may just be dead domains.
  If still nothing resolves, the run is judged offline: it stops, delivers
  the held results with ``LinkCheck.offline=True`` and returns
  ``degraded=True`` with the rest counted in ``not_checked``.  As soon as
  one name resolves, the held results are delivered normally and the run
  goes on.

So a result with ``offline=False`` is always a real observation, and a
result with ``offline=True`` must not count as evidence about its URL.  Once
the network has been seen working, later DNS errors are trusted (a network
dropping mid-run is not detected; confirmation over time catches that).

KeyboardInterrupt (or an exception from ``on_result``) stops scheduling and
is re-raised at once; worker threads are daemons and finish their current
request on their own.
"""

from __future__ import annotations

import dataclasses
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from bibcheck.check.offline import OFFLINE_SAMPLE_HOSTS, OfflineGuard
from bibcheck.check.scheduler import HostScheduler
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.net.fetch import Fetcher, precheck
from bibcheck.net.policy import AddressPolicy, parse_ip
from bibcheck.net.soft404 import ProbeCache
from bibcheck.urls import host_key


@dataclass
class CheckRunSummary:
    """What a run did.  ``by_host`` maps host -> verdict -> count."""

    checked: int
    by_status: dict[LinkStatus, int]
    by_host: dict[str, dict[LinkStatus, int]]
    degraded: bool
    degraded_reason: str
    requests_sent: int
    max_in_flight_per_host: dict[str, int]
    elapsed_s: float
    not_checked: int = 0


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class _Failure:
    exc: BaseException


class _Run:
    def __init__(
        self,
        settings: CheckSettings,
        on_result: Callable[[LinkCheck], None],
        on_progress: Callable[[int, int], None] | None,
        clock: Callable[[], datetime],
        sleep: Callable[[float], None],
    ) -> None:
        self.settings = settings
        self.on_result = on_result
        self.on_progress = on_progress
        self.clock = clock
        self.sleep = sleep
        self.started = time.monotonic()
        self.scheduler = HostScheduler(settings.per_host, settings.min_interval)
        self.guard = OfflineGuard(0)
        self.policy = AddressPolicy(
            allow_private=settings.allow_private,
            allow_hosts=settings.allow_hosts,
            resolve=settings.resolve,
            listener=self.guard.listener,
        )
        self.fetcher = self._fetcher(settings)
        self.results: queue.Queue[LinkCheck | _Failure] = queue.Queue()
        self.by_status: Counter[LinkStatus] = Counter()
        self.by_host: dict[str, Counter[LinkStatus]] = {}
        self.delivered = 0
        self.total = 0
        self.degraded_reason = ""

    def _fetcher(self, settings: CheckSettings) -> Fetcher:
        return Fetcher(
            settings,
            policy=self.policy,
            gate=self.scheduler,
            clock=self.clock,
            sleep=self.sleep,
            probe_cache=ProbeCache(),
        )

    # -- delivery -------------------------------------------------------

    def deliver(self, result: LinkCheck) -> None:
        self.on_result(result)
        self.delivered += 1
        self.by_status[result.status] += 1
        self.by_host.setdefault(host_key(result.url), Counter())[result.status] += 1
        if self.on_progress is not None:
            self.on_progress(self.delivered, self.total)

    def handle(self, result: LinkCheck) -> None:
        """Deliver, or hold a DNS error while the network is unproven."""
        if result.status is LinkStatus.DNS_ERROR and not self.guard.proven:
            self.guard.held.append(result)
            return
        self.deliver(result)

    def flush_held(self, *, offline: bool) -> None:
        held, self.guard.held = self.guard.held, []
        for result in held:
            self.deliver(dataclasses.replace(result, offline=True) if offline else result)

    # -- phases ---------------------------------------------------------

    def canaries_ok(self) -> bool:
        """True if any canary URL got an HTTP answer (or none are configured)."""
        if not self.settings.canary_urls:
            return True
        quick = dataclasses.replace(self.settings, retries=0, soft404_probe=False, use_head=False)
        fetcher = self._fetcher(quick)
        try:
            for url in self.settings.canary_urls:
                if fetcher.check(url).http_status is not None:
                    self.guard.prove()
                    return True
        finally:
            fetcher.close()
        return False

    def worker(self) -> None:
        while True:
            task = self.scheduler.next_task()
            if task is None:
                return
            host, url = task
            began = time.monotonic()
            try:
                result: LinkCheck | _Failure = self.fetcher.check(url)
            except BaseException as exc:  # a bug: surface it in the main thread
                result = _Failure(exc)
            finally:
                self.scheduler.task_done(host, time.monotonic() - began)
            if isinstance(result, LinkCheck) and result.status is LinkStatus.DNS_ERROR:
                if self.guard.offline():
                    self.scheduler.pause(True)  # the main thread confirms or resumes
            self.results.put(result)

    def run(self, urls: Iterable[str]) -> CheckRunSummary:
        distinct = list(dict.fromkeys(urls))
        self.total = len(distinct)
        to_fetch: list[str] = []
        for url in distinct:
            verdict = precheck(url)
            if verdict is None:
                to_fetch.append(url)
            else:
                self.deliver(LinkCheck(url, verdict.status, self.clock(), reason=verdict.reason))
        if to_fetch and not self.canaries_ok():
            n = len(self.settings.canary_urls)
            self.degraded_reason = (
                f"all {n} canary URL(s) failed at the network level; the machine looks "
                f"offline. {len(to_fetch)} URL(s) not checked"
            )
            return self.summary(degraded=True)
        self.guard.named_hosts = len(
            {host_key(u) for u in to_fetch if parse_ip(host_key(u)) is None}
        )
        for url in to_fetch:
            self.scheduler.add(url)
        try:
            self.collect(len(to_fetch))
        finally:
            self.scheduler.stop()
        if self.degraded_reason:
            self.flush_held(offline=True)
            pending = self.total - self.delivered
            self.degraded_reason = self.guard.reason(pending)
            return self.summary(degraded=True)
        self.fetcher.close()
        return self.summary(degraded=False)

    def collect(self, expected: int) -> None:
        """Start workers and deliver results until all are in or offline is detected."""
        workers = [
            threading.Thread(target=self.worker, name=f"bibcheck-{i}", daemon=True)
            for i in range(min(max(1, self.settings.concurrency), expected))
        ]
        for w in workers:
            w.start()
        received = 0
        while received < expected and not self.degraded_reason:
            received += self._receive_one()
            if self.scheduler.paused or self.guard.offline():
                received += self._confirm_offline(received)
            if self.guard.proven and self.guard.held:
                self.flush_held(offline=False)
        if self.guard.held and not self.degraded_reason:
            # every named host failed to resolve and none resolved
            self.degraded_reason = "offline"
        for w in workers if not self.degraded_reason else ():
            w.join()

    def _receive_one(self) -> int:
        try:
            item = self.results.get(timeout=0.2)
        except queue.Empty:
            return 0
        if isinstance(item, _Failure):
            raise item.exc
        self.handle(item)
        return 1

    def _confirm_offline(self, received: int) -> int:
        """Pause dispatching, let checks in flight finish, then decide.

        Avoids calling the machine offline merely because the first few hosts
        that happened to be scheduled were bad while good ones were still
        resolving.  Returns how many more results were received.
        """
        self.scheduler.pause(True)
        more = 0
        while received + more < self.scheduler.dispatched:
            more += self._receive_one()
        if self.guard.offline():
            self._resolve_sample()
        if self.guard.offline():
            self.degraded_reason = "offline"
        else:
            self.scheduler.pause(False)
        return more

    def _resolve_sample(self) -> None:
        """Try to resolve a few hosts still queued (DNS only, no HTTP).

        The first hosts scheduled may simply be dead domains; one name that
        resolves proves the network works (the policy's listener records it).
        """
        sample = [h for h in self.scheduler.queued_hosts() if parse_ip(h) is None]
        for host in sample[:OFFLINE_SAMPLE_HOSTS]:
            try:
                self.policy.lookup(host, 443)
            except OSError:
                continue
            return

    def summary(self, *, degraded: bool) -> CheckRunSummary:
        return CheckRunSummary(
            checked=self.delivered,
            by_status=dict(self.by_status),
            by_host={h: dict(c) for h, c in self.by_host.items()},
            degraded=degraded,
            degraded_reason=self.degraded_reason if degraded else "",
            requests_sent=self.scheduler.requests_sent,
            max_in_flight_per_host=dict(self.scheduler.max_active),
            elapsed_s=time.monotonic() - self.started,
            not_checked=self.total - self.delivered,
        )


def check_urls(
    urls: Iterable[str],
    settings: CheckSettings,
    *,
    on_result: Callable[[LinkCheck], None],
    on_progress: Callable[[int, int], None] | None = None,
    clock: Callable[[], datetime] = _utcnow,
    sleep: Callable[[float], None] = time.sleep,
) -> CheckRunSummary:
    """Check every distinct URL once; see the module docstring for the rules."""
    return _Run(settings, on_result, on_progress, clock, sleep).run(urls)
