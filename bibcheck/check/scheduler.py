"""Per-host queues, in-flight caps, pacing: which URL to check next, and when (asyncio).

A host is in one of four places: *ready* (it may start a check now; a heap
ordered by estimated remaining work, queue length x observed latency, so the
busiest host is served first), *timed* (it must wait for its pacing: a heap
ordered by the time it may start again), *capped* (``per_host`` checks of it
are in flight; it comes back when one ends) or *idle* (nothing queued).
Picking the next URL is O(log hosts), so 10,000 hosts cost no more per URL
than 10.

Connections.  Among ready hosts, a host that has already been served and
still has work goes first: a host is worked through over its kept-alive
connection instead of being visited round-robin, where its idle connection
expires between two visits and costs a new TCP and TLS set-up (measured on
the benchmark: a third more connections, and slower).  Hosts not started yet
come next (outside the sweep, below).  Among the started hosts the most
remaining work goes first, and that includes one more check of a host on the
critical path (the depth rule below): it needs a new connection, but it is
what shortens the run, and were it ranked behind every idle host's next
check it would wait, where the overall concurrency binds (there is always
such a host), until the queue is nearly empty, its chain of checks the tail
of the run (issue 12, round 19).  But a started host whose connection has stood
idle for half the keep-alive time (:data:`EXPIRING_S`) goes before them all:
left behind the busier hosts, its connection would expire and its next check
cost a new TCP and TLS set-up on both sides (a loaded machine, where a run
takes twice as long, opened up to 60% more connections; issue 12, round 68).

Depth.  A host gets a second (third...) check in flight only when it is on
the critical path: when its own remaining work at the checks it already has
in flight (queue length x latency / checks in flight) is at least the time
the whole queue needs at the overall concurrency (all queued URLs, and the
``backlog`` a coordinator still holds for this scheduler, x mean latency /
``concurrency``).
When the overall concurrency is what binds (thousands of hosts), spreading
the slots over hosts finishes no later, and each host is then served over
one kept-alive connection instead of ``per_host`` new ones; as the queue
drains, the hosts with most work left get their full ``per_host`` again.

Heap entries are lazy: a host that moved on leaves a stale entry, skipped
when popped.

The scheduler is also the :class:`~bibcheck.net.client.RequestGate` every
HTTP exchange passes: it spaces request starts to a host by
``min_interval`` counted from the moment a request really went out (after a
new connection's TCP and TLS set-up).  A request let through but not gone
out yet is *in transit*; while one is, no other request to its host is let
through (nor a check of it dispatched: a check's first request waits its
turn when the check is dispatched), so the server sees every start at least
``min_interval`` after the previous one even when a new connection is slow
to set up.  The gate counts exchanges in flight, and parks a host
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
from contextvars import ContextVar

from bibcheck.check import timeline
from bibcheck.net.client import KEEPALIVE_S, Sleep, pause
from bibcheck.urls import host_key

DEFAULT_LATENCY = 0.5  # seconds, until a host has been observed
# hosts not started yet take every other turn once they could all be started within this
# time (taking turns, within twice that: an idle kept-alive connection of a host already
# started outlives the sweep)
SWEEP_S = KEEPALIVE_S / 4
# a started host whose connection has stood idle this long goes before the busiest hosts
# (see "Connections" above)
EXPIRING_S = KEEPALIVE_S / 2
CLOCK_SLACK = 0.001  # seconds: two readings of the clock for one start

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
        self._unstarted: set[str] = set()  # hosts with work queued, never dispatched
        self.sweeping = False  # unstarted hosts go first (see _sweep_due)
        self._latency_sum = 0.0
        self._place: dict[str, tuple[str, int]] = {}  # host -> (where, entry token)
        # the hosts placed _TIMED (held back by pacing or a Retry-After): counted at every
        # progress report (a worker's, every few dozen results), never by a walk over
        # every host placed
        self._timed_hosts: set[str] = set()
        self._ready: list[tuple[int, float, int, str]] = []  # (rank, -score, token, host)
        self._new: list[tuple[int, float, int, str]] = []  # unstarted hosts, while sweeping
        self._new_turn = False  # while sweeping, dispatches alternate between the two
        self._timed: list[tuple[float, int, str]] = []
        # ready started hosts with nothing in flight, by when their last check ended
        self._expiring: list[tuple[float, int, str]] = []
        self._idle_since: dict[str, float] = {}
        self._tokens = itertools.count()
        self._changed = asyncio.Event()
        self._prepaid: ContextVar[str | None] = ContextVar("prepaid", default=None)
        # host -> set when its request in transit (let through, not gone out) goes out
        self._transit: dict[str, asyncio.Event] = {}
        self._holder: ContextVar[str | None] = ContextVar("transit", default=None)
        self.waited: defaultdict[str, float] = defaultdict(float)  # pacing waits, per host
        self._waiting: Counter[str] = Counter()  # exchanges waiting for their turn
        self.queued = 0
        self.backlog = 0  # URLs of the run still to come to this scheduler (a worker's pool)
        self.requests_sent = 0
        # request starts as they really went out, and any two to one host closer
        # than min_interval (a pacing bug: always 0; the servers' own count may
        # differ by their time to read a request)
        self._went: dict[str, float] = {}
        self.early_starts = 0
        # --timeline: (event, host, time) of every exchange - "enter" (its turn came),
        # "sent" (it went out), "exit" (it ended); empty unless the timeline is on
        self.trace: list[tuple[str, str, float]] = []
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
            if host not in self._last_start:
                self._unstarted.add(host)
        queue.append(url)
        self.queued += 1
        if self._place.get(host, (_IDLE, 0))[0] == _IDLE:
            self._put(host, time.monotonic())

    def _put(self, host: str, now: float) -> None:
        """Place ``host`` where it belongs now."""
        token = next(self._tokens)
        if not self._queues.get(host):
            self._place[host] = (_IDLE, token)
            self._timed_hosts.discard(host)
        elif (
            self._tasks[host] >= self.per_host
            or host in self._transit
            or (self._tasks[host] >= 1 and not self._critical(host, self._tasks[host]))
        ):
            self._place[host] = (_CAPPED, token)
            self._timed_hosts.discard(host)
        elif (start := self._next_start.get(host, 0.0)) > now:
            self._place[host] = (_TIMED, token)
            self._timed_hosts.add(host)
            heapq.heappush(self._timed, (start, token, host))
        else:
            self._place[host] = (_READY, token)
            self._timed_hosts.discard(host)
            if self.sweeping and host in self._unstarted:
                heapq.heappush(self._new, (0, -self._score(host), token, host))
            else:  # a started host reuses its idle connection, or is on the critical path: first
                rank = 0 if host in self._last_start else 1
                heapq.heappush(self._ready, (rank, -self._score(host), token, host))
                idle = self._idle_since.get(host) if not self._tasks[host] else None
                if idle is not None:
                    heapq.heappush(self._expiring, (idle, token, host))
        self._changed.set()

    def _mean_latency(self) -> float:
        return self._latency_sum / len(self._latency) if self._latency else DEFAULT_LATENCY

    def _score(self, host: str) -> float:
        return len(self._queues[host]) * self._latency.get(host, self._mean_latency())

    def _critical(self, host: str, depth: int) -> bool:
        """Would ``host``'s remaining work at ``depth`` checks at once outlast the time
        the whole queue (and the backlog still to come) needs at full concurrency?
        Then one more check of it shortens the run."""
        if self.concurrency <= 0:
            return True
        mean = self._mean_latency()
        own = len(self._queues[host]) * self._latency.get(host, mean)
        return own * self.concurrency >= (self.queued + self.backlog) * mean * depth

    def _sweep_due(self) -> bool:
        """Can every host not started yet be started (its first check, with its soft-404
        probe: about twice the mean time per check) within :data:`SWEEP_S`, and will no
        more hosts come (no ``backlog``)?  Then they go first: each one's latency is
        learnt early, so that the hosts with most work left (queue x latency) are
        served first to the end, and no slow host is started last (the tail of a run)."""
        if self.backlog:
            return False
        if self.concurrency <= 0:
            return True
        sweep = len(self._unstarted) * 2 * self._mean_latency() / self.concurrency
        return sweep <= SWEEP_S

    def _start_sweep(self, now: float) -> None:
        self.sweeping = True
        for host, (where, _token) in list(self._place.items()):
            if where == _READY:
                self._put(host, now)

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
        """The next ready host: a started host whose connection has stood idle for
        :data:`EXPIRING_S` first; then, while sweeping, hosts not started yet and the
        others take turns (so the sweep's new connections are spread, not one burst)."""
        host = self._pop_expiring(now)
        if host is not None:
            return host
        if not self._new:
            return self._pop_from(self._ready, now)
        self._new_turn = not self._new_turn
        first, second = (self._new, self._ready) if self._new_turn else (self._ready, self._new)
        host = self._pop_from(first, now)
        return host if host is not None else self._pop_from(second, now)

    def _pop_expiring(self, now: float) -> str | None:
        """A ready started host whose kept-alive connection has stood idle so long that,
        left behind the busier hosts, it would expire: its next check then reuses it
        instead of costing a new TCP and TLS set-up on both sides."""
        heap = self._expiring
        while heap and heap[0][0] <= now - EXPIRING_S:
            idle, token, host = heapq.heappop(heap)
            if self._place.get(host) != (_READY, token) or idle <= now - KEEPALIVE_S:
                continue  # stale entry (the host moved on), or its connection is gone
            if self._next_start.get(host, 0.0) > now or host in self._transit:
                self._put(host, now)
                continue
            return host
        return None

    def _pop_from(self, heap: list[tuple[int, float, int, str]], now: float) -> str | None:
        while heap:
            _rank, _score, token, host = heapq.heappop(heap)
            if self._place.get(host) != (_READY, token):
                continue  # stale entry: the host moved on
            if self._next_start.get(host, 0.0) > now or host in self._transit:
                # parked by a Retry-After, or a request (a redirect hop, a probe) took
                # the host's turn since it was placed: it waits where it belongs now
                self._put(host, now)
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
        self._unstarted.discard(host)
        if not self.sweeping and self._sweep_due():
            self._start_sweep(now)
        assert host not in self._transit  # _pop_ready gives no host whose turn is taken
        self._transit[host] = asyncio.Event()  # held for the check's first request
        self.dispatched += 1
        self._next_start[host] = max(self._next_start.get(host, 0.0), now + self.min_interval)
        self._last_start[host] = now
        self._put(host, now)
        return url

    def prepay(self, host: str) -> None:
        """Called at the start of a dispatched check: its first request already waited."""
        self._prepaid.set(host)
        self._holder.set(host)

    def _hold(self, host: str) -> None:
        """Put this task's request to ``host`` in transit."""
        held = self._holder.get()
        if held is not None and held != host:
            # a dispatched check whose first request went elsewhere (its URL was answered
            # from the memo, then redirected): its own host's turn is given back
            if self._prepaid.get() == held:
                self._prepaid.set(None)
            self._went_out(held)
        assert host not in self._transit  # a waiter on the old event would wait forever
        self._transit[host] = asyncio.Event()
        self._holder.set(host)

    def _went_out(self, host: str) -> None:
        """This task's request in transit to ``host`` went out (or never will)."""
        if self._holder.get() != host:
            return
        self._holder.set(None)
        done = self._transit.pop(host, None)
        if done is not None:
            done.set()
        if self._place.get(host, (_IDLE, 0))[0] == _CAPPED:
            self._put(host, time.monotonic())

    def step_aside(self) -> None:
        """This task waits for an answer another task fetches (a GET of the run's memo,
        a hop forwarded to another process): the turn it holds is given back.
        Holding it would deadlock when the other task needs that very turn (a
        check dispatched for a URL a redirect is already fetching)."""
        held = self._holder.get()
        if held is None:
            return
        if self._prepaid.get() == held:
            self._prepaid.set(None)  # its own next request to the host waits its turn
        self._went_out(held)

    def task_done(self, host: str, elapsed: float | None) -> None:
        """A dispatched item of ``host`` ended (``elapsed``: a check's time, learnt as the
        host's latency; None for a deferred soft-404 probe, a one-off)."""
        self._went_out(host)
        self._tasks[host] -= 1
        if self._tasks[host] <= 0:
            del self._tasks[host]
            self._idle_since[host] = time.monotonic()  # its connection stands idle from now
        if elapsed is not None:
            old = self._latency.get(host)
            new = elapsed if old is None else 0.7 * old + 0.3 * elapsed
            self._latency_sum += new - (old or 0.0)
            self._latency[host] = new
        if self._place.get(host, (_IDLE, 0))[0] == _CAPPED:
            self._put(host, time.monotonic())
        self._changed.set()

    def finished(self, host: str) -> bool:
        """Whether ``host`` has nothing queued, nothing in flight and no request in transit."""
        return (
            not self._queues.get(host) and not self._tasks.get(host) and host not in self._transit
        )

    def snapshot(self) -> dict[str, object]:
        """Counts of the scheduler's state, for the debug timeline (:mod:`.timeline`)."""
        places = Counter(where for where, _t in self._place.values())
        # capped below per_host: held back by the depth rule (not on the critical path)
        held = sum(
            1
            for host, (where, _t) in self._place.items()
            if where == _CAPPED and self._tasks[host] < self.per_host and host not in self._transit
        )
        return {
            "held": held,
            "tasks": sum(self._tasks.values()),
            "active": sum(self._active.values()),
            "queued": self.queued,
            "backlog": self.backlog,
            "ready": places[_READY],
            "timed": places[_TIMED],
            "capped": places[_CAPPED],
            "transit": len(self._transit),
            "waiting": sum(1 for n in self._waiting.values() if n > 0),
            "sent": self.requests_sent,
            "unstarted": len(self._unstarted),
            "sweeping": self.sweeping,
        }

    def has_queued(self, host: str) -> bool:
        """Whether ``host`` has URLs waiting to be dispatched."""
        return host in self._queues

    @property
    def hosts_queued(self) -> int:
        """Hosts that still have URLs waiting."""
        return len(self._queues)

    def queued_hosts(self) -> list[str]:
        """Hosts that still have URLs waiting, busiest first."""
        return sorted(self._queues, key=lambda h: -len(self._queues[h]))

    def hosts_waiting(self) -> int:
        """Hosts with work that are held back by pacing or a Retry-After right now."""
        # (a host leaves _waiting when its last waiting exchange does: every count is > 0)
        return len(self._timed_hosts) + len(self._waiting)

    # -- gate -----------------------------------------------------------

    def request(self, host: str) -> _Turn:
        """Wrap one HTTP exchange: wait for the host's turn, count it in flight."""
        return _Turn(self, host)

    async def _enter(self, host: str) -> None:
        now = time.monotonic()
        if self._prepaid.get() == host:
            self._prepaid.set(None)
            self._last_start[host] = now
        else:
            await self._wait_turn(host)
        self._active[host] += 1
        self.requests_sent += 1
        if timeline.ENABLED:
            self.trace.append(("enter", host, time.monotonic()))
        if self._active[host] > self.max_active.get(host, 0):
            self.max_active[host] = self._active[host]

    def _exit(self, host: str) -> None:
        self._active[host] -= 1
        if timeline.ENABLED:
            self.trace.append(("exit", host, time.monotonic()))
        self._went_out(host)  # failed before going out: the host's turn is free

    async def _wait_turn(self, host: str) -> None:
        began = time.monotonic()
        self._waiting[host] += 1
        try:
            while not self.stopped:
                transit = self._transit.get(host)
                if transit is not None:  # the previous request is not out yet
                    await transit.wait()
                    continue
                now = time.monotonic()
                start = self._next_start.get(host, 0.0)
                if start <= now:
                    self._next_start[host] = now + self.min_interval
                    self._last_start[host] = now
                    self._hold(host)
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
        previous = self._went.get(host)
        if previous is not None and now - previous < self.min_interval - CLOCK_SLACK:
            self.early_starts += 1
        self._went[host] = now
        if timeline.ENABLED:
            self.trace.append(("sent", host, now))
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


class _Turn:
    """One exchange's passage through the gate (:meth:`HostScheduler.request`): a plain
    class, not an ``asynccontextmanager``, whose generator and wrapper cost more per
    request than the bookkeeping they wrap."""

    __slots__ = ("_host", "_scheduler")

    def __init__(self, scheduler: HostScheduler, host: str) -> None:
        self._scheduler = scheduler
        self._host = host

    async def __aenter__(self) -> None:
        await self._scheduler._enter(self._host)

    async def __aexit__(self, *_exc: object) -> None:
        self._scheduler._exit(self._host)
