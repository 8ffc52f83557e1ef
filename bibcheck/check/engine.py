"""The link-checking engine: many URLs, politely, concurrently, resumably (asyncio).

:func:`check_urls` checks each distinct URL once and hands every
:class:`~bibcheck.model.LinkCheck` to ``on_result`` *in the calling thread*
as soon as it is known (so the caller can store it at once - a Ctrl-C then
loses only the work in flight).  Inside, one event loop runs one
:class:`~bibcheck.net.client.HttpClient` (one connection pool with
keep-alive per host, asynchronous DNS through the address policy) and one
check task per URL in flight.

Processes.  One event loop is one core.  A large run is shared between
several event-loop processes (:mod:`.pool`: ``processes`` in the settings,
by default the number of CPUs, at most :data:`MAX_PROCESSES`, but one for a
run of fewer than :data:`PARALLEL_MIN_URLS` URLs, where starting processes
costs more than it saves, and no more than the CPU a run's politeness lets it
use: see :func:`processes_for`).  Hosts are partitioned between them, so every
per-host rule below holds exactly within the one process that owns a host.

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

Deferred soft-404 probes (``probe_after_siblings``).  A check that needs its
host's probe while the host has URLs queued puts the probe at the end of that
queue (an item dispatched like a URL, through the same caps and gate) and waits,
giving back its slot; a queued sibling of the probe's path shape that answers a
plain 404/410 first spares it.  At most :data:`MAX_WAITING` checks wait so (each
keeps its page text); beyond that a probe is sent at once, as without the setting.

Stored probes (``probes``).  The soft-404 probe samples earlier runs took (the
store's, read by the caller) answer for their host and path shape while younger
than ``probe_max_age_days``; a stored catch-all page unlike the page checked is
probed afresh (:meth:`~bibcheck.net.soft404.ProbeCache.renew`).  The samples this
run takes are handed back for the store (by every worker of a run in processes).

Cited titles (``cited``).  The source of URLs may say, for each URL it yields, the
titles the references citing it give (put into ``cited`` just before the URL is
yielded, taken out as it is read): a page titled so is judged without a soft-404
probe (:mod:`bibcheck.net.cited_title`).

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
import math
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from bibcheck.check import timeline
from bibcheck.check.judge import PROBE_SECONDS, LinkJudge
from bibcheck.check.offline import OFFLINE_SAMPLE_HOSTS, OfflineGuard, canaries_answer
from bibcheck.check.pool import check_in_processes
from bibcheck.check.scheduler import HostScheduler
from bibcheck.check.settings import CheckSettings
from bibcheck.check.summary import CheckRunSummary, EngineStatus, Tally
from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.net.client import HopRouter, HttpClient, Sleep, run_loop
from bibcheck.net.limits import descriptor_budget
from bibcheck.net.policy import AddressPolicy, parse_ip
from bibcheck.net.precheck import precheck
from bibcheck.net.soft404 import PageSample, ProbeCache, ProbeLedger, TakenSample
from bibcheck.urls import host_key

__all__ = [
    "CheckRunSummary",
    "EngineStatus",
    "check_urls",
    "check_urls_async",
    "processes_for",
    "rough_host",
]

WINDOW = 100_000  # URLs queued at most at a time
MEMO = 4096  # GET answers remembered so that no URL is fetched twice in a run
UNPROVEN_IN_FLIGHT = 16  # checks in flight until a host name has resolved
MAX_PROCESSES = 4
PARALLEL_MIN_URLS = 2000  # below this, one process: starting others costs more than it saves
# checks waiting (their slot given back) before a needed soft-404 probe is no longer
# deferred behind its host's queue but sent at once: each keeps its page text meanwhile
# (about 7 KB a check on the benchmark's pages)
MAX_WAITING = 2048
# a deferred soft-404 probe in its host's queue: this prefix, then a URL of its key
# (no scheduled URL starts so: precheck lets only http(s) URLs through)
PROBE_MARK = "\x00probe "
REQUEST_CPU_S = 0.001  # one event loop's CPU per request (0.7-1.1 ms, benchmarks/check_bench.py)
FAST_ANSWER_S = 0.1  # the quickest a host is taken to answer, for a run's fastest pace


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class _Failure:
    exc: BaseException


_DONE = object()


class _Run:
    """One event loop's check run.

    Fed either from an iterable (:meth:`run`, a run in one process) or by a
    coordinator (:meth:`offer` and :meth:`close_feed`, a worker process that
    owns some of a run's hosts; ``router`` then sends the hops and probes of
    other processes' hosts to their owners).
    """

    def __init__(
        self,
        settings: CheckSettings,
        on_result: Callable[[LinkCheck], None],
        on_progress: Callable[[int, int], None] | None,
        on_status: Callable[[EngineStatus], None] | None,
        clock: Callable[[], datetime],
        sleep: Sleep,
        router: _Router | None = None,
        known_probes: Iterable[TakenSample] = (),
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.sleep = sleep
        self.tally = Tally(on_result, on_progress, on_status)
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
        )
        self.client.router = router
        self.probes = ProbeCache(
            known_probes, max_age=timedelta(days=settings.probe_max_age_days), clock=clock
        )
        self.judge = LinkJudge(self.client, probes=self.probes, clock=clock, router=router)
        if settings.probe_after_siblings:
            self.judge.defer = _DeferredProbes(self)
        self.waiting = 0  # checks that only wait (a probe), their slot given back
        self.results: asyncio.Queue[object] = asyncio.Queue()
        self.produced = 0  # items put into ``results`` (prechecked and dispatched)
        self.received = 0
        self.degraded_reason = ""
        self.tasks: set[asyncio.Task[None]] = set()
        self.source: Iterator[str] = iter(())
        # titles cited for the source's URLs, put in by the source as it yields each
        # (see check_urls); taken out as the URL is read, into ``cited`` until its check
        self.source_titles: MutableMapping[str, tuple[str, ...]] = {}
        self.cited: dict[str, tuple[str, ...]] = {}
        self.seen: set[str] = set()
        self.named_hosts: set[str] = set()
        self.exhausted = False
        self.finished = False  # the dispatcher has nothing more to give
        self.feeding = False  # URLs come from a coordinator (offer / close_feed)
        self.fed = asyncio.Event()

    # -- input ----------------------------------------------------------

    def fill(self) -> None:
        """Queue URLs from the source until the window is full or the source is dry."""
        while not self.exhausted and not self.feeding and self.scheduler.queued < WINDOW:
            url = next(self.source, None)
            if url is None:
                self.exhausted = True
                self.release_finished()
                return
            titles = self.source_titles.pop(url, ()) if self.source_titles else ()
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
            if titles:
                self.cited[url] = titles
            host = host_key(url)
            # (a host already counted is not parsed again: one test of it a run, not one a URL)
            if host not in self.named_hosts and parse_ip(host) is None:
                self.named_hosts.add(host)
                self.guard.named_hosts = len(self.named_hosts)
            self.scheduler.add(url, host)

    def offer(
        self,
        items: Iterable[tuple[str, str]],
        titles: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        """Queue (url, host) pairs a coordinator has deduplicated and pre-checked
        (``titles``: those cited for some of them)."""
        if titles:
            self.cited.update(titles)
        for url, host in items:
            self.scheduler.add(url, host)
        self.fed.set()

    def close_feed(self) -> None:
        """The coordinator has no more URLs for this process."""
        self.exhausted = True
        self.fed.set()
        self.release_finished()

    def release_finished(self) -> None:
        """Once no more URLs can come, let every host that is done go (its connections)."""
        for host in self.client.hosts_connected():
            if self.scheduler.finished(host):
                self.client.release_host(host)

    # -- delivery -------------------------------------------------------

    def deliver(self, result: LinkCheck) -> None:
        self.tally.deliver(result, len(self.tasks), self.scheduler.hosts_waiting)

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
        if await canaries_answer(self.settings, self.policy, self.clock, self.sleep):
            self.guard.prove()
            return True
        return False

    async def probe_one(self, host: str, url: str) -> None:
        """A deferred soft-404 probe whose turn came (sent unless a sibling answered)."""
        self.scheduler.prepay(host)
        try:
            await self.judge.fetch_deferred(url)
        except Exception as exc:  # a bug: surface it in the main loop
            self.produced += 1
            self.results.put_nowait(_Failure(exc))
        finally:
            self.scheduler.task_done(host, None)

    async def check_one(self, host: str, url: str, slot: _Slot) -> None:
        self.scheduler.prepay(host)
        began = time.monotonic()
        released = False
        waiting = False
        PROBE_SECONDS.set(0.0)

        def release() -> None:
            # the check sends nothing more to its host (it may still wait for a
            # probe another check is fetching): the host's slot is free.  A probe
            # it fetched is a one-off: not part of the host's time per check
            nonlocal released
            if not released:
                released = True
                elapsed = time.monotonic() - began - PROBE_SECONDS.get()
                self.scheduler.task_done(host, max(0.0, elapsed))

        def idle() -> None:
            # only waiting now (for a probe): the overall slot goes to another check too
            nonlocal waiting
            release()
            if not waiting:
                waiting = True
                self.waiting += 1
                slot.free()

        try:
            result: LinkCheck | _Failure = await self.judge.check(
                url, prechecked=True, idle=idle, host=host, titles=self.cited.pop(url, ())
            )
        except Exception as exc:  # a bug: surface it in the main loop
            result = _Failure(exc)
        finally:
            release()
            if waiting:
                self.waiting -= 1
        if self.exhausted and self.scheduler.finished(host):
            self.client.release_host(host)  # no more work for it: its connection may go
        if isinstance(result, LinkCheck) and result.status is LinkStatus.DNS_ERROR:
            if self.guard.offline():
                self.scheduler.pause(True)  # the main loop confirms or resumes
        self.results.put_nowait(result)

    async def dispatch(self) -> None:
        """Start checks as the scheduler allows, then wait for the last ones."""
        slots = asyncio.Semaphore(self.concurrency)
        sampler = asyncio.create_task(timeline.sample(self.snapshot)) if timeline.ENABLED else None
        while True:
            self.fill()
            await self.until_network_proven()
            await slots.acquire()
            task = await self.scheduler.next_task()
            if task is None:
                slots.release()
                # a check in flight may still queue its host's deferred probe
                if self.scheduler.stopped or (self.exhausted and not self.tasks):
                    break
                self.fed.clear()  # nothing queued: wait for the coordinator, a deferred
                await self.fed.wait()  # probe, or the last check's end
                continue
            host, url = task
            slot = _Slot(slots)
            if url.startswith(PROBE_MARK):
                check = asyncio.create_task(self.probe_one(host, url.removeprefix(PROBE_MARK)))
            else:
                self.produced += 1
                check = asyncio.create_task(self.check_one(host, url, slot))
            self.tasks.add(check)
            check.add_done_callback(self.task_ended)
            check.add_done_callback(slot.done)
        while self.tasks:
            await asyncio.wait(set(self.tasks))
        if sampler is not None:
            sampler.cancel()
            timeline.mark("dispatch_done")
        self.results.put_nowait(_DONE)

    def task_ended(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        if not self.tasks:
            self.fed.set()  # the dispatcher may end (nothing more can be queued)

    def snapshot(self) -> dict[str, object]:
        # checks in flight: the engine's tasks (a check holds its slot until it ends)
        return {**self.scheduler.snapshot(), "tasks": len(self.tasks), "slots": self.concurrency}

    async def until_network_proven(self) -> None:
        """Until a host name has resolved, keep few checks in flight.

        On a machine without network every check waits for its DNS failure; a
        few are enough to judge the machine offline, hundreds would only make
        that take longer.  The first name that resolves lifts the limit.
        """
        while not self.guard.proven and len(self.tasks) - self.waiting >= UNPROVEN_IN_FLIGHT:
            await asyncio.wait(set(self.tasks), timeout=0.05, return_when=asyncio.FIRST_COMPLETED)

    async def run(
        self,
        urls: Iterable[str],
        expected: int | None,
        cited: MutableMapping[str, tuple[str, ...]] | None = None,
    ) -> CheckRunSummary:
        if cited is not None:
            self.source_titles = cited
        if expected is None:
            distinct = list(dict.fromkeys(urls))
            self.tally.total = len(distinct)
            self.source = iter(distinct)
        else:
            self.tally.total = expected
            self.source = iter(urls)
        try:
            self.client.start()  # set up (trust store...) before the first dispatch
            self.fill()
            if self.scheduler.queued and not await self.canaries_ok():
                await self.stop_without_checking()
            else:
                await self.collect()
        finally:
            timeline.mark("collected")
            await self.shutdown()
            timeline.mark("shut_down")
        return self.outcome()

    async def shutdown(self) -> None:
        """Stop scheduling, cancel the checks in flight, close the connections."""
        self.scheduler.stop()
        for task in list(self.tasks):
            task.cancel()
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.client.close(abort=True)

    def outcome(self) -> CheckRunSummary:
        """The summary of a finished run (held DNS errors delivered if it went offline)."""
        if self.degraded_reason == "offline":
            self.flush_held(offline=True)
            pending = self.tally.total - self.tally.delivered
            self.degraded_reason = self.guard.reason(pending)
            return self.summary(degraded=True)
        return self.summary(degraded=bool(self.degraded_reason))

    async def stop_without_checking(self) -> None:
        while self.received < self.produced:  # the prechecked URLs are still delivered
            await self.receive()
        n = len(self.settings.canary_urls)
        self.degraded_reason = (
            f"all {n} canary URL(s) failed at the network level; the machine looks "
            f"offline. {self.tally.total - self.tally.delivered} URL(s) not checked"
        )

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
            if not self.finished:
                self.scheduler.stop()
            if not dispatcher.done():
                dispatcher.cancel()
            await asyncio.gather(dispatcher, return_exceptions=True)
        self.report_status(force=True)

    def report_status(self, *, force: bool) -> None:
        self.tally.report(len(self.tasks), self.scheduler.hosts_waiting, force=force)

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
        if timeline.ENABLED:  # every exchange of the run, to time against the servers
            timeline.mark("trace", events=self.scheduler.trace)
        stats = self.client.stats
        for host, seconds in self.scheduler.waited.items():
            self.client.host_stats(host).politeness_wait_s = seconds
        for host, spared in self.probes.stored_hosts.items():
            if spared:
                self.client.host_stats(host).probes_stored = spared
        by_status, by_host = self.tally.counts()
        return CheckRunSummary(
            checked=self.tally.delivered,
            by_status=by_status,
            by_host=by_host,
            degraded=degraded,
            degraded_reason=self.degraded_reason if degraded else "",
            requests_sent=self.scheduler.requests_sent,
            early_starts=self.scheduler.early_starts,
            max_in_flight_per_host=dict(self.scheduler.max_active),
            elapsed_s=self.tally.elapsed_s,
            not_checked=max(0, self.tally.total - self.tally.delivered),
            host_stats=dict(stats),
            connections_opened=self.client.connections_opened,
            probes_sent=self.probes.fetched,
            probes_reused=self.probes.reused,
            probes_spared=self.probes.spared,
            probes_titled=self.probes.titled,
            probes_stored=self.probes.stored,
            concurrency=self.concurrency,
            notes=list(self.notes),
        )


class _DeferredProbes:
    """A run's :class:`~bibcheck.net.soft404.ProbeQueue`: a needed soft-404 probe goes
    to the end of its host's queue, where any queued sibling answering a plain 404/410
    before its turn spares it (README, "Politeness")."""

    __slots__ = ("_run",)

    def __init__(self, run: _Run) -> None:
        self._run = run

    def full(self) -> bool:
        return self._run.waiting >= MAX_WAITING

    def queue(self, url: str) -> bool:
        """Declined (sent at once) when the host has nothing queued, and while the
        network is unproven (dispatching may pause, and the probe wait with it)."""
        run = self._run
        host = host_key(url)
        scheduler = run.scheduler
        if (
            not scheduler.has_queued(host)
            or not run.guard.proven
            or scheduler.paused
            or scheduler.stopped
        ):
            return False
        scheduler.add(PROBE_MARK + url, host)
        run.fed.set()  # the dispatcher may be waiting for work
        return True


class _Slot:
    """One dispatched item's share of the overall concurrency, given back once: when it
    ends, or earlier when a check only waits (for a soft-404 probe)."""

    __slots__ = ("_slots", "_held")

    def __init__(self, slots: asyncio.Semaphore) -> None:
        self._slots = slots
        self._held = True

    def free(self) -> None:
        if self._held:
            self._held = False
            self._slots.release()

    def done(self, _task: asyncio.Task[None]) -> None:
        self.free()


class _Router(HopRouter, Protocol):
    """Both kinds of forwarding a worker needs (:mod:`.worker`)."""

    async def probe(self, url: str) -> PageSample | None: ...

    async def renew(self, url: str) -> PageSample | None: ...


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def rough_host(url: str) -> str:
    """The authority part of ``url``, lower-cased: a cheap stand-in for its host when
    only the number of hosts of a run matters (user info and ports may differ)."""
    return url.partition("//")[2].partition("/")[0].partition("?")[0].lower()


def peak_rate(settings: CheckSettings, hosts: int) -> float:
    """The most requests per second a run over ``hosts`` hosts may send under its
    politeness: ``per_host`` in flight each answered within :data:`FAST_ANSWER_S`,
    at most one start per ``min_interval`` per host, ``concurrency`` in all."""
    per_host = settings.per_host / FAST_ANSWER_S
    if settings.min_interval > 0:
        per_host = min(per_host, 1.0 / settings.min_interval)
    return min(settings.concurrency / FAST_ANSWER_S, hosts * per_host)


def processes_for(settings: CheckSettings, urls: int, hosts: int | None = None) -> int:
    """How many event-loop processes check ``urls`` URLs on ``hosts`` hosts (when known).

    ``settings.processes`` when given.  Else one for a small run, and otherwise one
    per CPU (at most :data:`MAX_PROCESSES`) but no more than the CPU the run can
    use: its politeness caps its pace (:func:`peak_rate`), and one event loop
    spends about :data:`REQUEST_CPU_S` per request.  A run over a few hosts paced
    by their interval gains nothing from a second process and pays for its start
    and its messages."""
    if settings.processes > 0:
        wanted = settings.processes
    elif urls < PARALLEL_MIN_URLS:
        wanted = 1
    else:
        wanted = min(MAX_PROCESSES, available_cpus())
        if hosts is not None:
            cpus_used = peak_rate(settings, hosts) * REQUEST_CPU_S
            wanted = min(wanted, max(1, math.ceil(cpus_used)))
    # every process needs checks in flight, and something to check
    return max(1, min(wanted, settings.concurrency, urls))


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
    cited: MutableMapping[str, tuple[str, ...]] | None = None,
    probes: ProbeLedger | None = None,
) -> CheckRunSummary:
    """:func:`check_urls` inside a running event loop (always in this one process)."""
    known = probes.known if probes is not None else ()
    run = _Run(settings, on_result, on_progress, on_status, clock, sleep, known_probes=known)
    try:
        return await run.run(urls, expected, cited)
    finally:  # an interrupted run keeps the samples it took, too
        if probes is not None:
            probes.taken.extend(run.probes.taken())


def check_urls(
    urls: Iterable[str],
    settings: CheckSettings,
    *,
    on_result: Callable[[LinkCheck], None],
    on_progress: Callable[[int, int], None] | None = None,
    on_status: Callable[[EngineStatus], None] | None = None,
    clock: Callable[[], datetime] | None = None,
    sleep: Sleep | None = None,
    expected: int | None = None,
    hosts: int | None = None,
    cited: MutableMapping[str, tuple[str, ...]] | None = None,
    probes: ProbeLedger | None = None,
) -> CheckRunSummary:
    """Check every distinct URL once; see the module docstring for the rules.

    ``urls`` is read lazily when ``expected`` (the number of distinct URLs it
    yields) is given, and ``hosts`` (about how many hosts they are on) helps
    choose the number of processes; otherwise ``urls`` is read whole and
    deduplicated first.  An injected ``clock`` or ``sleep`` (tests) keeps the
    run in this process.  ``cited``: the titles cited for a URL, put in by the
    source before it yields the URL (and taken out as it is read).  ``probes``: the
    soft-404 probe samples earlier runs took (used while younger than the
    ``probe_max_age_days`` setting), and where this run puts those it takes.
    """
    if expected is None:
        distinct = list(dict.fromkeys(urls))
        urls, expected = distinct, len(distinct)
        hosts = len({rough_host(u) for u in distinct})
    injected = clock is not None or sleep is not None
    processes = 1 if injected else processes_for(settings, expected, hosts)
    if processes > 1:
        return check_in_processes(
            urls,
            settings,
            processes,
            on_result=on_result,
            on_progress=on_progress,
            on_status=on_status,
            expected=expected,
            cited=cited,
            probes=probes,
        )
    summary = run_loop(
        check_urls_async(
            urls,
            settings,
            on_result=on_result,
            on_progress=on_progress,
            on_status=on_status,
            clock=clock or _utcnow,
            sleep=sleep or asyncio.sleep,
            expected=expected,
            cited=cited,
            probes=probes,
        )
    )
    timeline.mark("loop_closed")
    return summary
