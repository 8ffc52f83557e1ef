"""Per-host queues, in-flight caps, pacing: which URL to check next, and when."""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import contextmanager

from bibcheck.urls import host_key

DEFAULT_LATENCY = 0.5  # seconds, until a host has been observed


class HostScheduler:
    """Per-host queues, in-flight caps, pacing and in-flight accounting.

    Also the :class:`~bibcheck.net.fetch.RequestGate` the fetcher passes every
    exchange through.
    """

    def __init__(self, per_host: int, min_interval: float) -> None:
        self.per_host = max(1, per_host)
        self.min_interval = max(0.0, min_interval)
        self._cond = threading.Condition()
        self._queues: dict[str, deque[str]] = {}
        self._tasks: Counter[str] = Counter()  # checks in flight per host
        self._active: Counter[str] = Counter()  # HTTP exchanges in flight per host
        self.max_active: dict[str, int] = {}
        self._next_start: dict[str, float] = {}
        self._latency: dict[str, float] = {}
        self._local = threading.local()
        self.requests_sent = 0
        self.dispatched = 0
        self.stopped = False
        self.paused = False

    def add(self, url: str) -> None:
        with self._cond:
            self._queues.setdefault(host_key(url), deque()).append(url)
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self.stopped = True
            self._cond.notify_all()

    def pause(self, paused: bool) -> None:
        """Hold back (or release) new dispatches; checks in flight go on."""
        with self._cond:
            self.paused = paused
            self._cond.notify_all()

    # -- scheduling -----------------------------------------------------

    def next_task(self) -> tuple[str, str] | None:
        """Block until a (host, url) may start; None when all is handed out or stopped."""
        with self._cond:
            while not self.stopped and self._queues:
                if self.paused:
                    self._cond.wait()
                    continue
                now = time.monotonic()
                host, wake = self._pick(now)
                if host is not None:
                    return host, self._dispatch(host, now)
                self._cond.wait(None if wake is None else max(0.0, wake - now))
            return None

    def _pick(self, now: float) -> tuple[str | None, float | None]:
        """The eligible host with most estimated work left, or when to look again."""
        best: str | None = None
        best_score = -1.0
        wake: float | None = None
        default = self._default_latency()
        for host, pending in self._queues.items():
            if self._tasks[host] >= self.per_host:
                continue
            start = self._next_start.get(host, 0.0)
            if start > now:
                wake = start if wake is None else min(wake, start)
                continue
            score = len(pending) * self._latency.get(host, default)
            if score > best_score:
                best, best_score = host, score
        return best, wake

    def _default_latency(self) -> float:
        if not self._latency:
            return DEFAULT_LATENCY
        return sum(self._latency.values()) / len(self._latency)

    def _dispatch(self, host: str, now: float) -> str:
        pending = self._queues[host]
        url = pending.popleft()
        if not pending:
            del self._queues[host]
        self._tasks[host] += 1
        self.dispatched += 1
        self._next_start[host] = now + self.min_interval
        self._local.prepaid = host  # this task's first request already waited its turn
        return url

    def queued_hosts(self) -> list[str]:
        """Hosts that still have URLs waiting, busiest first."""
        with self._cond:
            return sorted(self._queues, key=lambda h: -len(self._queues[h]))

    def task_done(self, host: str, elapsed: float) -> None:
        with self._cond:
            self._tasks[host] -= 1
            old = self._latency.get(host)
            self._latency[host] = elapsed if old is None else 0.7 * old + 0.3 * elapsed
            self._cond.notify_all()

    # -- gate -----------------------------------------------------------

    @contextmanager
    def request(self, host: str) -> Iterator[None]:
        """Wrap one HTTP exchange: wait for the host's turn, count it in flight."""
        with self._cond:
            if getattr(self._local, "prepaid", None) == host:
                self._local.prepaid = None
            else:
                self._wait_turn(host)
            self._active[host] += 1
            self.requests_sent += 1
            if self._active[host] > self.max_active.get(host, 0):
                self.max_active[host] = self._active[host]
        try:
            yield
        finally:
            with self._cond:
                self._active[host] -= 1

    def _wait_turn(self, host: str) -> None:
        while not self.stopped:
            now = time.monotonic()
            start = self._next_start.get(host, 0.0)
            if start <= now:
                self._next_start[host] = now + self.min_interval
                return
            self._cond.wait(start - now)
