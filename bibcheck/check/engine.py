"""The link-checking engine: many URLs, politely, concurrently, resumably (asyncio).

:func:`check_urls` checks each distinct URL once and hands every
:class:`~bibcheck.model.LinkCheck` to ``on_result`` *in the calling thread*
as soon as it is known (so the caller can store it at once - a Ctrl-C then
loses only the work in flight).  Inside, one event loop runs one
:class:`~bibcheck.net.client.HttpClient` (one connection pool with
keep-alive per host, asynchronous DNS through the address policy) and one
check task per URL in flight.

Scheduling.  Up to ``concurrency`` checks run at once (bounded by the
open-file limit, see :mod:`bibcheck.net.limits`).  The
:class:`~bibcheck.check.scheduler.HostScheduler` keeps a queue per host and
hands out a URL of a host that (a) has fewer than ``per_host`` checks in
flight and (b) had its last request start at least ``min_interval`` seconds
ago; among those the host with the most estimated remaining work (queue
length x observed latency) goes first, so the busiest host is kept
saturated.  A slow or hanging host holds at most ``per_host`` checks, each
for at most its total deadline, and never delays other hosts.  Every single
HTTP exchange (retries, the soft-404 probe, HEAD then GET) passes the same
gate, which paces request starts per host, parks a host on Retry-After and
counts requests actually in flight.  Retry waits use the injected ``sleep``;
pacing waits use real time.

Memory stays flat in the number of URLs: ``urls`` may be a lazy iterable
(e.g. streamed from the database, with ``expected`` giving the count for
progress); at most :data:`WINDOW` URLs are queued at a time.

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

Until a name has resolved, at most :data:`UNPROVEN_IN_FLIGHT` checks are in
flight, so that an offline machine is recognised after a few DNS failures,
not after hundreds.

So a result with ``offline=False`` is always a real observation, and a
result with ``offline=True`` must not count as evidence about its URL.  Once
the network has been seen working, later DNS errors are trusted (a network
dropping mid-run is not detected; confirmation over time catches that).

KeyboardInterrupt (or an exception from ``on_result``) stops scheduling,
cancels the checks in flight and is re-raised at once.  A bug inside a check
(anything but a network error) is re-raised too, never turned into a verdict.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bibcheck.check.judge import LinkJudge
from bibcheck.check.offline import OFFLINE_SAMPLE_HOSTS, OfflineGuard
from bibcheck.check.scheduler import HostScheduler
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.net.client import HostStats, HttpClient, Sleep, run_loop
from bibcheck.net.limits import descriptor_budget
from bibcheck.net.policy import AddressPolicy, parse_ip
from bibcheck.net.precheck import precheck
from bibcheck.net.soft404 import ProbeCache
from bibcheck.urls import host_key

WINDOW = 100_000  # URLs queued at most at a time
MEMO = 4096  # GET answers remembered so that no URL is fetched twice in a run
STATUS_EVERY = 0.5  # seconds between two status reports
UNPROVEN_IN_FLIGHT = 16  # checks in flight until a host name has resolved


@dataclass(frozen=True, slots=True)
class EngineStatus:
    """A snapshot for progress displays."""

    done: int
    total: int
    in_flight: int
    hosts_waiting: int  # hosts held back by pacing or Retry-After right now
    elapsed_s: float
    rate: float  # URLs per second so far

    @property
    def eta_s(self) -> float | None:
        if self.rate <= 0 or self.total <= self.done:
            return None
        return (self.total - self.done) / self.rate


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
    host_stats: dict[str, HostStats] = field(default_factory=dict)
    connections_opened: int = 0
    probes_sent: int = 0
    probes_reused: int = 0
    concurrency: int = 0  # checks in flight allowed
    notes: list[str] = field(default_factory=list)  # limits the run met (file descriptors)


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class _Failure:
    exc: BaseException


_DONE = object()


class _Run:
    def __init__(
        self,
        settings: CheckSettings,
        on_result: Callable[[LinkCheck], None],
        on_progress: Callable[[int, int], None] | None,
        on_status: Callable[[EngineStatus], None] | None,
        clock: Callable[[], datetime],
        sleep: Sleep,
    ) -> None:
        self.settings = settings
        self.on_result = on_result
        self.on_progress = on_progress
        self.on_status = on_status
        self.clock = clock
        self.sleep = sleep
        self.started = time.monotonic()
        self.concurrency, note = descriptor_budget(max(1, settings.concurrency))
        self.notes = [note] if note else []
        self.scheduler = HostScheduler(
            settings.per_host, settings.min_interval, concurrency=self.concurrency, sleep=sleep
        )
        self.guard = OfflineGuard(0)
        self.policy = AddressPolicy(
            allow_private=settings.allow_private,
            allow_hosts=settings.allow_hosts,
            resolve=settings.resolve,
            listener=self.guard.listener,
        )
        self.client = HttpClient(
            settings,
            policy=self.policy,
            gate=self.scheduler,
            clock=clock,
            sleep=sleep,
            limit=self.concurrency,
            memo=MEMO,
            # an idle connection is worth keeping while its host may start again soon;
            # after that it only holds memory and a descriptor
        )
        self.probes = ProbeCache()
        self.judge = LinkJudge(self.client, probes=self.probes, clock=clock)
        self.results: asyncio.Queue[object] = asyncio.Queue()
        self.produced = 0  # items put into ``results`` (prechecked and dispatched)
        self.received = 0
        self.by_status: Counter[LinkStatus] = Counter()
        self.by_host: dict[str, Counter[LinkStatus]] = {}
        self.delivered = 0
        self.total = 0
        self.degraded_reason = ""
        self.tasks: set[asyncio.Task[None]] = set()
        self.source: Iterator[str] = iter(())
        self.seen: set[str] = set()
        self.named_hosts: set[str] = set()
        self.exhausted = False
        self.finished = False  # the dispatcher has nothing more to give
        self.last_status = 0.0

    # -- input ----------------------------------------------------------

    def fill(self) -> None:
        """Queue URLs from the source until the window is full or the source is dry."""
        while not self.exhausted and self.scheduler.queued < WINDOW:
            url = next(self.source, None)
            if url is None:
                self.exhausted = True
                return
            if url in self.seen:
                continue
            self.seen.add(url)
            verdict = precheck(url)
            if verdict is not None:
                self.produced += 1
                self.results.put_nowait(
                    LinkCheck(url, verdict.status, self.clock(), reason=verdict.reason)
                )
                continue
            host = host_key(url)
            if parse_ip(host) is None and host not in self.named_hosts:
                self.named_hosts.add(host)
                self.guard.named_hosts = len(self.named_hosts)
            self.scheduler.add(url, host)

    # -- delivery -------------------------------------------------------

    def deliver(self, result: LinkCheck) -> None:
        self.on_result(result)
        self.delivered += 1
        self.total = max(self.total, self.delivered)
        self.by_status[result.status] += 1
        self.by_host.setdefault(host_key(result.url), Counter())[result.status] += 1
        if self.on_progress is not None:
            self.on_progress(self.delivered, self.total)
        self.report_status(force=False)

    def report_status(self, *, force: bool) -> None:
        now = time.monotonic()
        if self.on_status is None or (not force and now - self.last_status < STATUS_EVERY):
            return
        self.last_status = now
        elapsed = now - self.started
        self.on_status(
            EngineStatus(
                done=self.delivered,
                total=self.total,
                in_flight=len(self.tasks),
                hosts_waiting=self.scheduler.hosts_waiting(),
                elapsed_s=elapsed,
                rate=self.delivered / elapsed if elapsed > 0 else 0.0,
            )
        )

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

    async def receive(self) -> bool:
        """Take one item from the results queue; False when the dispatcher is done."""
        item = await self.results.get()
        if item is _DONE:
            self.finished = True
            return False
        self.received += 1
        if isinstance(item, _Failure):
            raise item.exc
        assert isinstance(item, LinkCheck)
        self.handle(item)
        return True

    # -- phases ---------------------------------------------------------

    async def canaries_ok(self) -> bool:
        """True if any canary URL got an HTTP answer (or none are configured)."""
        if not self.settings.canary_urls:
            return True
        quick = dataclasses.replace(self.settings, retries=0, soft404_probe=False, use_head=False)
        client = HttpClient(quick, policy=self.policy, clock=self.clock, sleep=self.sleep)
        try:
            judge = LinkJudge(client, clock=self.clock)
            for url in self.settings.canary_urls:
                if (await judge.check(url)).http_status is not None:
                    self.guard.prove()
                    return True
        finally:
            await client.close()
        return False

    async def check_one(self, host: str, url: str) -> None:
        self.scheduler.prepay(host)
        began = time.monotonic()
        try:
            result: LinkCheck | _Failure = await self.judge.check(url, prechecked=True)
        except Exception as exc:  # a bug: surface it in the main loop
            result = _Failure(exc)
        finally:
            self.scheduler.task_done(host, time.monotonic() - began)
        if isinstance(result, LinkCheck) and result.status is LinkStatus.DNS_ERROR:
            if self.guard.offline():
                self.scheduler.pause(True)  # the main loop confirms or resumes
        self.results.put_nowait(result)

    async def dispatch(self) -> None:
        """Start checks as the scheduler allows, then wait for the last ones."""
        slots = asyncio.Semaphore(self.concurrency)
        while True:
            self.fill()
            await self.until_network_proven()
            await slots.acquire()
            task = await self.scheduler.next_task()
            if task is None:
                slots.release()
                if self.exhausted or self.scheduler.stopped:
                    break
                continue
            self.produced += 1
            check = asyncio.create_task(self.check_one(*task))
            self.tasks.add(check)
            check.add_done_callback(self.tasks.discard)
            check.add_done_callback(lambda _t: slots.release())
        while self.tasks:
            await asyncio.wait(set(self.tasks))
        self.results.put_nowait(_DONE)

    async def until_network_proven(self) -> None:
        """Until a host name has resolved, keep few checks in flight.

        On a machine without network every check waits for its DNS failure; a
        few are enough to judge the machine offline, hundreds would only make
        that take longer.  The first name that resolves lifts the limit.
        """
        while not self.guard.proven and len(self.tasks) >= UNPROVEN_IN_FLIGHT:
            await asyncio.wait(set(self.tasks), timeout=0.05, return_when=asyncio.FIRST_COMPLETED)

    async def run(self, urls: Iterable[str], expected: int | None) -> CheckRunSummary:
        if expected is None:
            distinct = list(dict.fromkeys(urls))
            self.total = len(distinct)
            self.source = iter(distinct)
        else:
            self.total = expected
            self.source = iter(urls)
        try:
            self.client.session()  # set up (trust store...) before the first dispatch
            self.fill()
            if self.scheduler.queued and not await self.canaries_ok():
                await self.stop_without_checking()
            else:
                await self.collect()
        finally:
            self.scheduler.stop()
            for task in list(self.tasks):
                task.cancel()
            if self.tasks:
                await asyncio.gather(*self.tasks, return_exceptions=True)
            await self.client.close()
        if self.degraded_reason == "offline":
            self.flush_held(offline=True)
            pending = self.total - self.delivered
            self.degraded_reason = self.guard.reason(pending)
            return self.summary(degraded=True)
        if self.degraded_reason:
            return self.summary(degraded=True)
        return self.summary(degraded=False)

    async def stop_without_checking(self) -> CheckRunSummary:
        while self.received < self.produced:  # the prechecked URLs are still delivered
            await self.receive()
        n = len(self.settings.canary_urls)
        self.degraded_reason = (
            f"all {n} canary URL(s) failed at the network level; the machine looks "
            f"offline. {self.total - self.delivered} URL(s) not checked"
        )
        return self.summary(degraded=True)

    async def collect(self) -> None:
        """Dispatch and deliver results until all are in or offline is detected."""
        dispatcher = asyncio.create_task(self.dispatch())
        try:
            while not self.degraded_reason and not self.finished:
                await self.receive()
                if self.scheduler.paused or self.guard.offline():
                    await self.confirm_offline()
                if self.guard.proven and self.guard.held:
                    self.flush_held(offline=False)
            if self.guard.held and not self.degraded_reason:
                # every named host failed to resolve and none resolved
                self.degraded_reason = "offline"
        finally:
            self.scheduler.stop()
            if not dispatcher.done():
                dispatcher.cancel()
            await asyncio.gather(dispatcher, return_exceptions=True)
        self.report_status(force=True)

    async def confirm_offline(self) -> None:
        """Pause dispatching, let checks in flight finish, then decide.

        Avoids calling the machine offline merely because the first few hosts
        that happened to be scheduled were bad while good ones were still
        resolving.
        """
        self.scheduler.pause(True)
        while self.received < self.produced and not self.finished:
            await self.receive()
        if self.guard.offline():
            await self.resolve_sample()
        if self.guard.offline():
            self.degraded_reason = "offline"
        else:
            self.scheduler.pause(False)

    async def resolve_sample(self) -> None:
        """Try to resolve a few hosts still queued (DNS only, no HTTP).

        The first hosts scheduled may simply be dead domains; one name that
        resolves proves the network works (the policy's listener records it).
        """
        sample = [h for h in self.scheduler.queued_hosts() if parse_ip(h) is None]
        loop = asyncio.get_running_loop()
        for host in sample[:OFFLINE_SAMPLE_HOSTS]:
            try:
                await loop.run_in_executor(None, self.policy.lookup, host, 443)
            except OSError:
                continue
            return

    def summary(self, *, degraded: bool) -> CheckRunSummary:
        stats = self.client.stats
        for host, seconds in self.scheduler.waited.items():
            self.client.host_stats(host).politeness_wait_s = seconds
        return CheckRunSummary(
            checked=self.delivered,
            by_status=dict(self.by_status),
            by_host={h: dict(c) for h, c in self.by_host.items()},
            degraded=degraded,
            degraded_reason=self.degraded_reason if degraded else "",
            requests_sent=self.scheduler.requests_sent,
            max_in_flight_per_host=dict(self.scheduler.max_active),
            elapsed_s=time.monotonic() - self.started,
            not_checked=max(0, self.total - self.delivered),
            host_stats=dict(stats),
            connections_opened=self.client.connections_opened,
            probes_sent=self.probes.fetched,
            probes_reused=self.probes.reused,
            concurrency=self.concurrency,
            notes=list(self.notes),
        )


async def check_urls_async(
    urls: Iterable[str],
    settings: CheckSettings,
    *,
    on_result: Callable[[LinkCheck], None],
    on_progress: Callable[[int, int], None] | None = None,
    on_status: Callable[[EngineStatus], None] | None = None,
    clock: Callable[[], datetime] = _utcnow,
    sleep: Sleep = asyncio.sleep,
    expected: int | None = None,
) -> CheckRunSummary:
    """:func:`check_urls` inside a running event loop."""
    run = _Run(settings, on_result, on_progress, on_status, clock, sleep)
    return await run.run(urls, expected)


def check_urls(
    urls: Iterable[str],
    settings: CheckSettings,
    *,
    on_result: Callable[[LinkCheck], None],
    on_progress: Callable[[int, int], None] | None = None,
    on_status: Callable[[EngineStatus], None] | None = None,
    clock: Callable[[], datetime] = _utcnow,
    sleep: Sleep = asyncio.sleep,
    expected: int | None = None,
) -> CheckRunSummary:
    """Check every distinct URL once; see the module docstring for the rules.

    ``urls`` is read lazily when ``expected`` (the number of distinct URLs it
    yields) is given; otherwise it is read whole and deduplicated first.
    """
    return run_loop(
        check_urls_async(
            urls,
            settings,
            on_result=on_result,
            on_progress=on_progress,
            on_status=on_status,
            clock=clock,
            sleep=sleep,
            expected=expected,
        )
    )
