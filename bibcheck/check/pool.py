"""One check run shared between several event-loop processes: the coordinator.

One event loop uses one core; a run of thousands of URLs is CPU-bound on
it.  :func:`check_in_processes` starts ``processes`` workers
(:mod:`.worker`, each in a session of its own: on Linux, while the calling
process runs one thread, forked from it, so they have everything imported at
once; else ``python -m bibcheck.check.worker``, where ``os.fork`` exists one
process started for all of them that forks the others once it has imported
what they need; see :func:`start_method`), gives each a share of the
overall concurrency and partitions the hosts between them
(:mod:`.partition`): every per-host rule (in-flight cap, interval,
Retry-After parking, busiest host first, soft-404 probe cache, DNS cache)
then holds exactly inside the one process that owns the host.
A redirect to a host owned by another worker, and the soft-404 probe of
such a host, are relayed here to the owner, which makes the request under
its own rules and returns the answer.

The coordinator itself, in the calling thread:

* streams the URLs (deduplicated, pre-checked: a URL that needs no network
  is answered here) to their hosts' owners, at most ``WINDOW`` outstanding:
  the first hosts are handed out once the online check's sample of host names
  is read, the rest in slices of :data:`SLICE` URLs with a look at the
  workers' sockets between two, so the workers check while the rest is read;
* decides once for the whole run whether the machine is online, before any
  check: the canary URLs if configured, else a sample of the run's host
  names resolved at once (:func:`~bibcheck.check.offline.resolve_until_proven`);
  offline, the run stops, degraded, having checked nothing;
* hands every result to ``on_result`` as it arrives (the caller stores it),
  reports progress, and merges the workers' statistics at the end;
* on Ctrl-C (or any exception, e.g. from ``on_result``) tells the workers
  to stop, waits briefly for them to exit, and re-raises: every result
  delivered so far is the caller's, and so is every soft-404 probe sample the
  workers took (each sends its own as it stops: :class:`~.wire.Taken`).

A bug in a worker is re-raised here (with the worker's traceback as a
note); a worker that dies without a word is an error too.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from datetime import UTC, datetime
from pathlib import Path

import bibcheck
from bibcheck.check import timeline, wire
from bibcheck.check.offline import (
    OFFLINE_MIN_HOSTS,
    OFFLINE_SAMPLE_HOSTS,
    OfflineGuard,
    canaries_answer,
    resolve_until_proven,
)
from bibcheck.check.partition import HOSTS_AHEAD, HostPool, choose, shares
from bibcheck.check.settings import CheckSettings
from bibcheck.check.summary import (
    STATUS_EVERY,
    CheckRunSummary,
    EngineStatus,
    Tally,
    merge_worker_summaries,
)
from bibcheck.model import LinkCheck
from bibcheck.net.client import run_loop
from bibcheck.net.policy import AddressPolicy, parse_ip
from bibcheck.net.precheck import precheck
from bibcheck.net.soft404 import ProbeLedger, TakenSample
from bibcheck.urls import host_key

WINDOW = 100_000  # URLs given to the workers and not yet answered, at most
BATCH = 500  # URLs per message to a worker
SLICE_FIRST = 256  # URLs read before the first hosts are handed out (at least)
SLICE = 1024  # URLs read between two looks at the workers' sockets
STOP_WAIT_S = 3.0  # how long stopped workers get to exit before they are killed
FORK = hasattr(os, "fork")  # one process started, forking the other workers (see .worker)
FORK_HERE = sys.platform == "linux"  # the coordinator may fork the workers itself (see below)
RECV_BYTES = 1 << 20


def _utcnow() -> datetime:
    return datetime.now(UTC)


class WorkerError(RuntimeError):
    """A worker process failed without a bug report (it died or broke the protocol)."""


@dataclasses.dataclass
class _Worker:
    """The coordinator's handle on one worker process."""

    index: int
    share: int  # checks in flight allowed
    process: subprocess.Popen[bytes] | None  # None: forked by worker 0's process
    sock: socket.socket
    reader: wire.FrameReader = dataclasses.field(default_factory=wire.FrameReader)
    batch: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    batch_titles: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    outstanding: int = 0  # URLs given, results not yet received
    hosts_queued: int = 0  # hosts with queued work, as last reported
    hosts_given: int = 0  # hosts handed out since that report
    in_flight: int = 0
    hosts_waiting: int = 0
    drained: bool = False
    done: CheckRunSummary | None = None
    gone: bool = False  # its socket closed: the process has ended
    pid: int | None = None  # of a forked worker, once worker 0 has said it (or forked here)
    child: bool = False  # forked by this process: reaped here

    @property
    def room(self) -> int:
        """How many more hosts this worker could be given now."""
        return HOSTS_AHEAD * self.share - self.hosts_queued - self.hosts_given

    def send(self, message: object) -> None:
        self.sock.sendall(wire.frame(message))


def start_method(*, fork: bool, fork_here: bool, threads: int) -> str:
    """How the workers are started: ``"here"`` (forked by this process, which has
    imported everything already), ``"leader"`` (one process started, forking the
    others) or ``"each"`` (a process each).

    Forking this process is safe only while it runs one thread: a thread of the
    caller's (a progress display's refresh, a server in a test) may hold a lock at
    the moment of the fork that the copy would then wait for forever.  Where
    ``fork_here`` is off (not Linux: macOS's system libraries do not survive a fork
    of a process that has used them) or another thread runs, a fresh interpreter
    is started instead."""
    if not fork:
        return "each"
    return "here" if fork_here and threads == 1 else "leader"


def fork_workers(
    settings: list[CheckSettings], known: list[TakenSample] | None = None
) -> list[_Worker]:
    """Fork a worker for each of ``settings`` from this process and give it its settings.

    The imports are already done here (the whole start of a started worker: 0.3 s
    of CPU on a quiet machine, seconds on a loaded one), so each worker is ready at
    once.  The copy never returns into the caller: it closes every socket pair end
    but its own, opens a session of its own (as a started worker), sends its
    standard input and output to ``/dev/null`` and ends with ``os._exit``
    (:func:`bibcheck.check.worker.serve_forked`), so nothing of the caller's (its
    database connection, open files, ``atexit`` hooks, buffered output) is used,
    flushed or closed by it.
    """
    from bibcheck.check import worker as worker_module

    pairs = [socket.socketpair() for _ in settings]
    for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    pids: list[int] = []
    try:
        for index, (_mine, theirs) in enumerate(pairs):
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                others = [s for pair in pairs for s in pair if s is not theirs]
                worker_module.serve_forked(theirs.fileno(), [s.fileno() for s in others])
            pids.append(pid)
            timeline.mark("forked", worker=index)
    except BaseException:
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        for pair in pairs:
            for sock in pair:
                sock.close()
        raise
    workers: list[_Worker] = []
    for index, (own, (mine, theirs), pid) in enumerate(zip(settings, pairs, pids, strict=True)):
        theirs.close()
        workers.append(_Worker(index, own.concurrency, None, mine, pid=pid, child=True))
        workers[-1].send(wire.Start(index, own, known or []))
    return workers


def start_workers(
    settings: list[CheckSettings], *, fork: bool, known: list[TakenSample] | None = None
) -> list[_Worker]:
    """Start a worker for each of ``settings`` and give it its settings: one process
    forking the others (``fork``), else a process each."""
    pairs = [socket.socketpair() for _ in settings]
    root = str(Path(bibcheck.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    groups = [pairs] if fork else [[pair] for pair in pairs]
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for group in groups:
            fds = [theirs.fileno() for _mine, theirs in group]
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "bibcheck.check.worker", *map(str, fds)],
                    pass_fds=fds,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    env=env,
                    start_new_session=True,  # Ctrl-C at the terminal reaches the coordinator only
                )
            )
    except BaseException:
        for mine, _theirs in pairs:
            mine.close()
        for process in processes:
            process.kill()
            process.wait()
        raise
    finally:
        for _mine, theirs in pairs:
            theirs.close()
    workers: list[_Worker] = []
    for index, (own, (mine, _theirs)) in enumerate(zip(settings, pairs, strict=True)):
        started = processes[index] if index < len(processes) else None  # else forked
        workers.append(_Worker(index, own.concurrency, started, mine))
        workers[-1].send(wire.Start(index, own, known or []))
    return workers


class _Coordinator:
    def __init__(
        self,
        settings: CheckSettings,
        processes: int,
        tally: Tally,
        probes: ProbeLedger | None = None,
    ) -> None:
        self.settings = settings
        self.probes = probes  # every worker is given the known samples, and hands back its own
        self.processes = processes
        self.tally = tally
        self.workers: list[_Worker] = []
        self.selector = selectors.DefaultSelector()
        self.owner: dict[str, int] = {}
        self.pool = HostPool()  # hosts no worker has yet
        self.relays = 0  # forwarded requests not answered yet
        self.seen: set[str] = set()
        self.source: Iterator[str] = iter(())
        # titles cited for the source's URLs (see check_urls), and for those read and
        # not given to a worker yet
        self.source_titles: MutableMapping[str, tuple[str, ...]] = {}
        self.titles: dict[str, tuple[str, ...]] = {}
        self.exhausted = False
        self.taken = 0  # URLs read from the source
        self.named_read = 0  # hosts named (not IP literals) put into the pool
        self.ended = False  # EndOfUrls sent
        self.finishing = False  # Finish sent
        self.guard = OfflineGuard(0)
        self.policy = AddressPolicy(
            allow_private=settings.allow_private,
            allow_hosts=settings.allow_hosts,
            resolve=settings.resolve,
            listener=self.guard.listener,
        )
        self.degraded_reason = ""

    # -- workers --------------------------------------------------------

    def start(self) -> None:
        base = dataclasses.replace(self.settings, canary_urls=(), processes=1)
        own = [
            dataclasses.replace(base, concurrency=share)
            for share in shares(self.settings.concurrency, self.processes)
        ]
        method = start_method(fork=FORK, fork_here=FORK_HERE, threads=threading.active_count())
        known = self.probes.known if self.probes is not None else []
        if method == "here":
            self.workers = fork_workers(own, known)
        else:
            self.workers = start_workers(own, fork=method == "leader", known=known)
        for worker in self.workers:
            self.selector.register(worker.sock, selectors.EVENT_READ, worker)

    def stop(self) -> None:
        """Tell every worker to stop, give them a moment, then make sure they are gone."""
        for worker in self.workers:
            try:
                worker.send(wire.Stop())
            except OSError:
                pass
        self.join(STOP_WAIT_S)
        self.close()

    def join(self, timeout: float) -> None:
        """Wait for every worker to end (its socket closes when its process does: a
        forked worker is not this process's child); after ``timeout``, kill those left."""
        deadline = time.monotonic() + timeout
        while not all(w.gone for w in self.workers):
            left = deadline - time.monotonic()
            if left <= 0:
                break
            for key, _events in self.selector.select(left):
                worker = key.data
                assert isinstance(worker, _Worker)
                try:
                    data = worker.sock.recv(RECV_BYTES)
                except OSError:
                    data = b""
                if not data:
                    self.selector.unregister(worker.sock)
                    worker.gone = True
                    continue
                try:
                    messages = worker.reader.feed(data)
                except Exception:  # a stream cut short by a stop: only the pids matter
                    messages = []
                for message in messages:
                    if isinstance(message, wire.Forked):
                        self.adopt(message)
                    elif isinstance(message, wire.Taken):  # a stopped worker's samples
                        self.keep(message.taken)
        # a worker whose socket is open is alive (its process holds the socket to its end)
        for worker in (w for w in self.workers if not w.gone):
            try:
                if worker.process is not None:
                    worker.process.kill()
                elif worker.pid is not None:
                    os.kill(worker.pid, signal.SIGKILL)
                elif self.workers[0].process is not None:
                    # forked, its pid not read yet: still in worker 0's session (its
                    # process group) until it opens one of its own
                    os.killpg(self.workers[0].process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for worker in self.workers:
            if worker.process is not None:
                worker.process.wait()
            elif worker.child and worker.pid is not None:
                try:
                    os.waitpid(worker.pid, 0)
                except ChildProcessError:
                    pass
                worker.child = False  # reaped

    def keep(self, taken: list[TakenSample]) -> None:
        """The soft-404 probe samples a worker took, for the caller to store."""
        if self.probes is not None:
            self.probes.taken.extend(taken)

    def adopt(self, message: wire.Forked) -> None:
        for worker, pid in zip(self.workers[1:], message.pids, strict=True):
            worker.pid = pid

    def close(self) -> None:
        for worker in self.workers:
            try:
                self.selector.unregister(worker.sock)
            except (KeyError, ValueError):
                pass
            worker.sock.close()
        self.selector.close()

    # -- input ----------------------------------------------------------

    def take(self) -> tuple[str, str] | None:
        """The next URL to check and its host; pre-checked URLs are answered on the way."""
        while not self.exhausted:
            url = next(self.source, None)
            if url is None:
                self.exhausted = True
                return None
            self.taken += 1
            titles = self.source_titles.pop(url, ()) if self.source_titles else ()
            if url in self.seen:
                continue
            self.seen.add(url)
            verdict = precheck(url)
            if verdict is not None:
                self.deliver(LinkCheck(url, verdict.status, _utcnow(), reason=verdict.reason))
                continue
            if titles:
                self.titles[url] = titles
            return url, host_key(url)
        return None

    def fill(self, limit: int | None = None) -> None:
        """Read up to ``limit`` (:data:`SLICE`) URLs, no more than the window holds: each
        to its host's owner, or into the pool."""
        limit = SLICE if limit is None else limit
        while limit > 0 and self.pool.size + self.outstanding() < WINDOW:
            item = self.take()
            if item is None:
                return
            limit -= 1
            url, host = item
            index = self.owner.get(host)
            if index is not None:
                self.route(self.workers[index], [url], host)
                continue
            if host not in self.pool and parse_ip(host) is None:
                self.named_read += 1
            self.pool.add(url, host)

    def fill_first(self) -> None:
        """Read until the pool holds the host names the online check samples (or
        everything, or a full window): the first hosts are handed out after that,
        while the rest is still being read."""
        wanted = OFFLINE_MIN_HOSTS + OFFLINE_SAMPLE_HOSTS
        while not self.exhausted and self.pool.size + self.outstanding() < WINDOW:
            self.fill(SLICE_FIRST)
            if self.named_read >= wanted:
                return

    def reading(self) -> bool:
        """Are URLs left to read now (the source not dry, the window not full)?"""
        return not self.exhausted and self.pool.size + self.outstanding() < WINDOW

    def backlog(self) -> int:
        """URLs still to come to the workers, each's share: those the pool holds and
        those not read yet."""
        unread = max(0, self.tally.total - self.taken) if not self.exhausted else 0
        return (self.pool.size + unread) // len(self.workers)

    def outstanding(self) -> int:
        return sum(w.outstanding for w in self.workers)

    def route(self, worker: _Worker, urls: list[str], host: str) -> None:
        worker.batch.extend((url, host) for url in urls)
        if self.titles:
            for url in urls:
                if (titles := self.titles.pop(url, None)) is not None:
                    worker.batch_titles[url] = titles
        worker.outstanding += len(urls)
        if len(worker.batch) >= BATCH:
            self.send_batch(worker)

    def send_batch(self, worker: _Worker) -> None:
        if worker.batch:
            worker.send(wire.Urls(worker.batch, self.backlog(), worker.batch_titles))
            worker.batch = []
            worker.batch_titles = {}

    def give(self, host: str, worker: _Worker, urls: list[str] | None = None) -> None:
        """``host`` and its URLs (by default those the pool holds) belong to ``worker`` now."""
        self.owner[host] = worker.index
        worker.hosts_given += 1
        self.route(worker, self.pool.take(host) if urls is None else urls, host)

    def chosen(self) -> _Worker:
        """The worker a new host goes to."""
        rooms = [w.room for w in self.workers]
        return self.workers[choose(rooms, [w.outstanding for w in self.workers])]

    def feed(self) -> None:
        """Hand out the hosts read, read more and hand them out, as the workers have
        room for them; say when there is no more."""
        self.hand_out()
        self.fill()
        self.hand_out()
        for worker in self.workers:
            self.send_batch(worker)
        if self.exhausted and not len(self.pool) and not self.ended:
            for worker in self.workers:
                worker.send(wire.EndOfUrls())
            self.ended = True

    def hand_out(self) -> None:
        """Give the pool's hosts, most URLs first, to the workers with room for them."""
        while len(self.pool):
            worker = self.chosen()
            if worker.room <= 0:
                break
            popped = self.pool.pop()
            assert popped is not None
            host, urls = popped
            self.give(host, worker, urls)

    # -- the network, once for the run -----------------------------------

    def online(self) -> bool:
        """Is the machine online?  (Decided before any check; see the module docstring.)"""
        if self.settings.canary_urls:
            if run_loop(canaries_answer(self.settings, self.policy, _utcnow, asyncio.sleep)):
                return True
            n = len(self.settings.canary_urls)
            self.degraded_reason = (
                f"all {n} canary URL(s) failed at the network level; the machine looks "
                f"offline. {self.tally.total - self.tally.delivered} URL(s) not checked"
            )
            return False
        named = [h for h in self.pool.hosts() if parse_ip(h) is None]
        if not named:
            return True
        self.guard.named_hosts = len(named)
        sample = named[: OFFLINE_MIN_HOSTS + OFFLINE_SAMPLE_HOSTS]
        resolve_until_proven(self.guard, self.policy.lookup, sample)
        if self.guard.offline():
            self.degraded_reason = self.guard.reason(self.tally.total - self.tally.delivered)
            return False
        return True

    # -- messages -------------------------------------------------------

    def deliver(self, result: LinkCheck) -> None:
        self.tally.deliver(result, sum(w.in_flight for w in self.workers), self._hosts_waiting)

    def receive(self, timeout: float) -> None:
        for key, _events in self.selector.select(timeout):
            worker = key.data
            assert isinstance(worker, _Worker)
            data = worker.sock.recv(RECV_BYTES)
            if not data:
                self.selector.unregister(worker.sock)
                worker.gone = True
                if worker.done is None:
                    code = ""
                    if worker.process is not None:
                        code = f" (code {worker.process.wait()})"
                    elif worker.child and worker.pid is not None:
                        code = f" (status {os.waitpid(worker.pid, 0)[1]})"
                        worker.child = False  # reaped
                    raise WorkerError(f"check worker {worker.index} exited{code}")
                continue
            for message in worker.reader.feed(data):
                self.handle(worker, message)

    def handle(self, worker: _Worker, message: object) -> None:
        if isinstance(message, wire.Forked):
            self.adopt(message)
        elif isinstance(message, wire.Results):
            worker.in_flight, worker.hosts_waiting = message.in_flight, message.hosts_waiting
            worker.hosts_queued, worker.hosts_given = message.hosts_queued, 0
            worker.outstanding -= len(message.checks)
            for check in message.checks:
                self.deliver(check)
        elif isinstance(message, wire.Forward):
            host = host_key(message.url)
            index = self.owner.get(host)
            if index is None:  # a host no worker has yet
                owner = self.chosen()
                self.give(host, owner)
                self.send_batch(owner)
                index = owner.index
            self.relays += 1
            asked = (worker.index, message.ref)
            self.workers[index].send(wire.Serve(message.kind, asked, message.method, message.url))
        elif isinstance(message, wire.Served):
            self.relays -= 1
            asker, number = message.ref
            self.workers[asker].send(wire.Reply(number, message.outcome))
        elif isinstance(message, wire.Drained):
            worker.drained = True
            worker.in_flight = worker.hosts_waiting = worker.hosts_queued = 0
        elif isinstance(message, wire.Done):
            worker.done = message.summary
            self.keep(message.taken)
        elif isinstance(message, wire.Taken):  # sent just before Failed
            self.keep(message.taken)
        elif isinstance(message, wire.Failed):
            if message.error is not None:
                message.error.add_note(f"in check worker {worker.index}:\n{message.trace}")
                raise message.error
            raise WorkerError(f"check worker {worker.index} failed:\n{message.trace}")
        else:
            raise WorkerError(f"unexpected message from check worker {worker.index}: {message!r}")

    # -- the run --------------------------------------------------------

    def run(
        self, urls: Iterable[str], cited: MutableMapping[str, tuple[str, ...]] | None = None
    ) -> CheckRunSummary:
        self.source = iter(urls)
        if cited is not None:
            self.source_titles = cited
        timeline.mark("spawn")
        self.start()
        timeline.mark("spawned")
        try:
            self.fill_first()  # the first hosts, before any check
            timeline.mark("window_filled")
            if len(self.pool) and not self.online():
                self.stop()
                return self.summary([], degraded=True)
            timeline.mark("online")
            while not all(w.done is not None for w in self.workers):
                self.feed()
                if self.ended and not self.finishing:
                    if self.relays == 0 and all(w.drained for w in self.workers):
                        for worker in self.workers:
                            worker.send(wire.Finish())
                        self.finishing = True
                # while URLs are left to read, only a look at the workers' sockets
                self.receive(0.0 if self.reading() else STATUS_EVERY)
                self.report(force=False)
            timeline.mark("workers_done")
            self.join(STOP_WAIT_S)  # a worker exits right after its summary
            timeline.mark("workers_joined")
            self.close()
        except BaseException:
            self.stop()
            raise
        self.report(force=True)
        return self.summary([w.done for w in self.workers if w.done is not None], degraded=False)

    def report(self, *, force: bool) -> None:
        self.tally.report(sum(w.in_flight for w in self.workers), self._hosts_waiting, force=force)

    def _hosts_waiting(self) -> int:
        return sum(w.hosts_waiting for w in self.workers)

    def summary(self, parts: list[CheckRunSummary], *, degraded: bool) -> CheckRunSummary:
        merged = merge_worker_summaries(parts)
        by_status, by_host = self.tally.counts()
        return dataclasses.replace(
            merged,
            checked=self.tally.delivered,
            by_status=by_status,
            by_host=by_host,
            degraded=degraded,
            degraded_reason=self.degraded_reason if degraded else "",
            elapsed_s=self.tally.elapsed_s,
            not_checked=max(0, self.tally.total - self.tally.delivered),
            processes=len(self.workers),
        )


def check_in_processes(
    urls: Iterable[str],
    settings: CheckSettings,
    processes: int,
    *,
    on_result: Callable[[LinkCheck], None],
    on_progress: Callable[[int, int], None] | None = None,
    on_status: Callable[[EngineStatus], None] | None = None,
    expected: int,
    cited: MutableMapping[str, tuple[str, ...]] | None = None,
    probes: ProbeLedger | None = None,
) -> CheckRunSummary:
    """Check ``urls`` (``expected`` distinct ones) in ``processes`` worker processes;
    results are handed to ``on_result`` in the calling thread as they arrive
    (``cited``, ``probes``: as for :func:`~bibcheck.check.engine.check_urls`)."""
    tally = Tally(on_result, on_progress, on_status)
    tally.total = expected
    return _Coordinator(settings, processes, tally, probes).run(urls, cited)
