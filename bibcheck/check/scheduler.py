"""Per-host queues, in-flight caps, pacing: which URL to check next, and when (asyncio).

A host is in one of four places: *ready* (it may start a check now; a heap
ordered by estimated remaining work, queue length x observed latency, so the
busiest host is served first), *timed* (it must wait for its pacing: a heap
ordered by the time it may start again), *capped* (``per_host`` checks of it
are in flight; it comes back when one ends) or *idle* (nothing queued).
Picking the next URL is O(log hosts), so 10,000 hosts cost no more per URL
than 10.

Depth.  A host gets a second (third...) check in flight only when it is on
the critical path: when its own remaining work at one check at a time
(queue length x latency) is at least the time the whole queue needs at the
overall concurrency (all queued URLs x mean latency / ``concurrency``).
When the overall concurrency is what binds (thousands of hosts), spreading
the slots over hosts finishes no later, and each host is then served over
one kept-alive connection instead of ``per_host`` new ones; as the queue
drains, the hosts with most work left get their full ``per_host`` again.

Heap entries are lazy: a host that moved on leaves a stale entry, skipped
when popped.

The scheduler is also the :class:`~bibcheck.net.client.RequestGate` every
HTTP exchange passes: it spaces request starts to a host by
``min_interval`` counted from the moment a request really went out (after a
new connection's TCP and TLS set-up; the next check of a host is not
dispatched before its previous one's first request has gone out, and that
first request already waited its turn when the check was dispatched),
counts exchanges in flight, and parks a host
that answered 429/503 with Retry-After so that no other check starts a
request to it before the wait is over.  Redirects to *another* host are
paced and counted for that host but do not wait for its in-flight cap (that
could deadlock two checks redirecting into each other's hosts).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections import Counter, defaultdict, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar

from bibcheck.net.client import Sleep, pause
from bibcheck.urls import host_key

DEFAULT_LATENCY = 0.5  # seconds, until a host has been observed

_READY, _TIMED, _CAPPED, _IDLE = "ready", "timed", "capped", "idle"


class HostScheduler:
    """Per-host queues, in-flight caps, pacing, parking and in-flight accounting."""

    def __init__(
        self,
        per_host: int,
        min_interval: float,
        *,
        concurrency: int = 0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.per_host = max(1, per_host)
        self.concurrency = concurrency  # overall checks in flight; 0: unbounded
        self.min_interval = max(0.0, min_interval)
        self.sleep = sleep
        self._queues: dict[str, deque[str]] = {}
        self._tasks: Counter[str] = Counter()  # checks in flight per host
        self._active: Counter[str] = Counter()  # HTTP exchanges in flight per host
        self.max_active: dict[str, int] = {}
        self._next_start: dict[str, float] = {}
        self._last_start: dict[str, float] = {}
        self._latency: dict[str, float] = {}
        self._latency_sum = 0.0
        self._place: dict[str, tuple[str, int]] = {}  # host -> (where, entry token)
        self._ready: list[tuple[float, int, str]] = []
        self._timed: list[tuple[float, int, str]] = []
        self._tokens = itertools.count()
        self._changed = asyncio.Event()
        self._prepaid: ContextVar[str | None] = ContextVar("prepaid", default=None)
        # a dispatched check whose first request has not gone out yet: its host waits
        self._unsent_var: ContextVar[str | None] = ContextVar("unsent", default=None)
        self._unsent: Counter[str] = Counter()
        self.waited: defaultdict[str, float] = defaultdict(float)  # pacing waits, per host
        self._waiting: Counter[str] = Counter()  # exchanges waiting for their turn
        self.queued = 0
        self.requests_sent = 0
        self.dispatched = 0
        self.stopped = False
        self.paused = False

    # -- queueing -------------------------------------------------------

    def add(self, url: str, host: str | None = None) -> None:
        """Queue ``url`` (``host``: its :func:`~bibcheck.urls.host_key`, when known)."""
        host = host_key(url) if host is None else host
        queue = self._queues.get(host)
        if queue is None:
            queue = self._queues[host] = deque()
        queue.append(url)
        self.queued += 1
        if self._place.get(host, (_IDLE, 0))[0] == _IDLE:
            self._put(host, time.monotonic())

    def _put(self, host: str, now: float) -> None:
        """Place ``host`` where it belongs now."""
        token = next(self._tokens)
        if not self._queues.get(host):
            self._place[host] = (_IDLE, token)
        elif (
            self._tasks[host] >= self.per_host
            or self._unsent[host] > 0
            or (self._tasks[host] >= 1 and not self._critical(host))
        ):
            self._place[host] = (_CAPPED, token)
        elif (start := self._next_start.get(host, 0.0)) > now:
            self._place[host] = (_TIMED, token)
            heapq.heappush(self._timed, (start, token, host))
        else:
            self._place[host] = (_READY, token)
            heapq.heappush(self._ready, (-self._score(host), token, host))
        self._changed.set()

    def _mean_latency(self) -> float:
        return self._latency_sum / len(self._latency) if self._latency else DEFAULT_LATENCY

    def _score(self, host: str) -> float:
        return len(self._queues[host]) * self._latency.get(host, self._mean_latency())

    def _critical(self, host: str) -> bool:
        """Is ``host``'s remaining work at least the whole queue's at full concurrency?"""
        if self.concurrency <= 0:
            return True
        mean = self._mean_latency()
        own = len(self._queues[host]) * self._latency.get(host, mean)
        return own * self.concurrency >= self.queued * mean

    def stop(self) -> None:
        self.stopped = True
        self._changed.set()

    def pause(self, paused: bool) -> None:
        """Hold back (or release) new dispatches; checks in flight go on."""
        self.paused = paused
        self._changed.set()

    # -- scheduling -----------------------------------------------------

    async def next_task(self) -> tuple[str, str] | None:
        """Wait until a (host, url) may start; None when nothing is queued or when stopped."""
        while not self.stopped and self.queued:
            if self.paused:
                await self._wait(None)
                continue
            now = time.monotonic()
            self._release_timed(now)
            host = self._pop_ready(now)
            if host is not None:
                return host, self._dispatch(host, now)
            wake = self._timed[0][0] if self._timed else None
            await self._wait(None if wake is None else max(0.0, wake - now))
        return None

    async def _wait(self, timeout: float | None) -> None:
        self._changed.clear()
        try:
            async with asyncio.timeout(timeout):
                await self._changed.wait()
        except TimeoutError:
            pass

    def _release_timed(self, now: float) -> None:
        while self._timed and self._timed[0][0] <= now:
            _start, token, host = heapq.heappop(self._timed)
            if self._place.get(host) == (_TIMED, token):
                self._put(host, now)

    def _pop_ready(self, now: float) -> str | None:
        while self._ready:
            _score, token, host = heapq.heappop(self._ready)
            if self._place.get(host) != (_READY, token):
                continue  # stale entry: the host moved on
            if self._next_start.get(host, 0.0) > now:
                self._put(host, now)  # parked by a Retry-After since it was placed
                continue
            return host
        return None

    def _dispatch(self, host: str, now: float) -> str:
        pending = self._queues[host]
        url = pending.popleft()
        if not pending:
            del self._queues[host]
        self.queued -= 1
        self._tasks[host] += 1
        self._unsent[host] += 1
        self.dispatched += 1
        self._next_start[host] = max(self._next_start.get(host, 0.0), now + self.min_interval)
        self._last_start[host] = now
        self._put(host, now)
        return url

    def prepay(self, host: str) -> None:
        """Called at the start of a dispatched check: its first request already waited."""
        self._prepaid.set(host)
        self._unsent_var.set(host)

    def _went_out(self, host: str) -> None:
        """The dispatched check's first request went out (or never will)."""
        if self._unsent_var.get() == host:
            self._unsent_var.set(None)
            self._unsent[host] -= 1
            if self._unsent[host] <= 0:
                del self._unsent[host]
            if self._place.get(host, (_IDLE, 0))[0] == _CAPPED:
                self._put(host, time.monotonic())

    def task_done(self, host: str, elapsed: float) -> None:
        self._went_out(host)
        self._tasks[host] -= 1
        if self._tasks[host] <= 0:
            del self._tasks[host]
        old = self._latency.get(host)
        new = elapsed if old is None else 0.7 * old + 0.3 * elapsed
        self._latency_sum += new - (old or 0.0)
        self._latency[host] = new
        if self._place.get(host, (_IDLE, 0))[0] == _CAPPED:
            self._put(host, time.monotonic())
        self._changed.set()

    def queued_hosts(self) -> list[str]:
        """Hosts that still have URLs waiting, busiest first."""
        return sorted(self._queues, key=lambda h: -len(self._queues[h]))

    def hosts_waiting(self) -> int:
        """Hosts with work that are held back by pacing or a Retry-After right now."""
        timed = sum(1 for where, _t in self._place.values() if where == _TIMED)
        return timed + sum(1 for n in self._waiting.values() if n > 0)

    # -- gate -----------------------------------------------------------

    @asynccontextmanager
    async def request(self, host: str) -> AsyncIterator[None]:
        """Wrap one HTTP exchange: wait for the host's turn, count it in flight."""
        now = time.monotonic()
        if self._prepaid.get() == host:
            self._prepaid.set(None)
            self._last_start[host] = now
        else:
            await self._wait_turn(host)
        self._active[host] += 1
        self.requests_sent += 1
        if self._active[host] > self.max_active.get(host, 0):
            self.max_active[host] = self._active[host]
        try:
            yield
        finally:
            self._active[host] -= 1

    async def _wait_turn(self, host: str) -> None:
        began = time.monotonic()
        self._waiting[host] += 1
        try:
            while not self.stopped:
                now = time.monotonic()
                start = self._next_start.get(host, 0.0)
                if start <= now:
                    self._next_start[host] = now + self.min_interval
                    self._last_start[host] = now
                    break
                await asyncio.sleep(start - now)
        finally:
            self._waiting[host] -= 1
            if self._waiting[host] <= 0:
                del self._waiting[host]
            self.waited[host] += time.monotonic() - began

    def sent(self, host: str) -> None:
        """The request really went out now (a new connection's set-up can delay it):
        the next start to ``host`` is paced from here, as the server will see it."""
        now = time.monotonic()
        self._last_start[host] = now
        self._next_start[host] = max(self._next_start.get(host, 0.0), now + self.min_interval)
        self._went_out(host)

    async def wait_retry(self, host: str, seconds: float) -> None:
        """Park ``host`` for ``seconds`` (no other check starts a request to it), then retry.

        The waiting check sleeps with the injected ``sleep``; when it wakes the
        park is lifted and its retry waits for its turn like any request.
        """
        until = time.monotonic() + seconds
        self._next_start[host] = max(self._next_start.get(host, 0.0), until)
        await pause(self.sleep, seconds)
        self._next_start[host] = self._last_start.get(host, 0.0) + self.min_interval
        self._changed.set()
