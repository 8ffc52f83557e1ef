"""A check worker: one event-loop process checking the hosts its coordinator gives it.

Forked by the coordinator itself (:func:`serve_forked`, on Linux while it runs one
thread), or started by :mod:`.pool` as ``python -m bibcheck.check.worker FD [FD ...]`` (each
``FD``: a worker's end of a socket pair; the messages are those of :mod:`.wire`):
where ``os.fork`` exists, one process is started for all the workers and forks
the others once it has imported what they need (:func:`fork_siblings`).  It runs the
one-process engine (:class:`bibcheck.check.engine._Run`) fed with the URLs of
the hosts it owns, with every per-host rule of that engine: in-flight cap,
interval, Retry-After parking, busiest host first, soft-404 probe cache,
DNS cache.  A redirect to a host it does not own, and the soft-404 probe of
such a host, are forwarded to the owner through the coordinator (the owner
makes the request under its own rules and sends back the answer); requests
forwarded to it are served the same way.  Results go back in small batches.

After :class:`~.wire.Drained` it goes on serving forwarded requests until
the coordinator says :class:`~.wire.Finish` (every worker is drained) and
then sends its summary.  It runs in a session of its own and ignores
SIGINT: Ctrl-C is the coordinator's to handle (it sends :class:`~.wire.Stop`);
when the coordinator's socket closes, the worker stops.  A worker stopped (or
failing) sends the soft-404 probe samples it took before it goes
(:class:`~.wire.Taken`): an interrupted run keeps them.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import traceback
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import Any, NoReturn

from bibcheck.check import timeline, wire
from bibcheck.check.engine import _Run
from bibcheck.model import LinkCheck
from bibcheck.net.client import Exchange, run_loop
from bibcheck.net.soft404 import PageSample
from bibcheck.net.verdicts import Verdict
from bibcheck.urls import host_key

AUTOGROUP = "/proc/{}/autogroup"  # Linux: a session's CPU group and its nice value
FLUSH_S = 0.02  # results wait at most this long before they are sent
FLUSH_COUNT = 64  # or until this many are ready


class Worker:
    """The router of one worker process, and its conversation with the coordinator."""

    def __init__(self, writer: asyncio.StreamWriter, start: wire.Start) -> None:
        self.writer = writer
        self.index = start.index
        self.owned: set[str] = set()
        self.pending: dict[int, asyncio.Future[wire.Outcome]] = {}
        self.next_ref = 0
        self.outbox: list[LinkCheck] = []
        self.finish = asyncio.Event()
        self.serving: set[asyncio.Task[None]] = set()
        self.failure: BaseException | None = None
        self.broken = asyncio.Event()  # a forwarded request failed with a bug
        self.run = _Run(
            start.settings,
            on_result=self.outbox.append,
            on_progress=None,
            on_status=None,
            clock=_utcnow,
            sleep=asyncio.sleep,
            router=self,
            known_probes=start.known,
        )
        self.run.guard.prove()  # the coordinator found the network working before any check
        self.run.feeding = True

    # -- router ---------------------------------------------------------

    def owns(self, host: str) -> bool:
        return host in self.owned

    async def hop(self, method: str, url: str) -> Exchange | Verdict:
        outcome = await self._forward("hop", method, url)
        assert isinstance(outcome, Exchange | Verdict)
        return outcome

    async def probe(self, url: str) -> PageSample | None:
        outcome = await self._forward("probe", "GET", url)
        assert outcome is None or isinstance(outcome, PageSample)
        return outcome

    async def renew(self, url: str) -> PageSample | None:
        outcome = await self._forward("renew", "GET", url)
        assert outcome is None or isinstance(outcome, PageSample)
        return outcome

    async def _forward(self, kind: wire.Kind, method: str, url: str) -> wire.Outcome:
        self.next_ref += 1
        ref = self.next_ref
        future: asyncio.Future[wire.Outcome] = asyncio.get_running_loop().create_future()
        self.pending[ref] = future
        self.send(wire.Forward(kind, ref, method, url))
        try:
            return await future
        finally:
            self.pending.pop(ref, None)

    # -- messages -------------------------------------------------------

    def send(self, message: object) -> None:
        self.writer.write(wire.frame(message))

    def flush(self) -> None:
        if self.outbox:
            checks, self.outbox[:] = list(self.outbox), []
            scheduler = self.run.scheduler
            self.send(
                wire.Results(
                    checks, len(self.run.tasks), scheduler.hosts_waiting(), scheduler.hosts_queued
                )
            )

    def hand_back_probes(self) -> None:
        """Send the soft-404 probe samples taken so far (a worker stopping without its
        summary, which carries them otherwise)."""
        taken = self.run.probes.taken()
        if taken:
            self.send(wire.Taken(taken))

    async def flusher(self) -> None:
        while True:
            await asyncio.sleep(FLUSH_S)
            self.flush()

    async def listen(self, reader: asyncio.StreamReader) -> None:
        """Handle the coordinator's messages until it says Stop or goes away."""
        while True:
            message = await wire.read_frame(reader)
            if message is None or isinstance(message, wire.Stop):
                return
            if isinstance(message, wire.Urls):
                if not self.owned:
                    timeline.mark("first_urls")
                self.owned.update(host for _url, host in message.items)
                self.run.scheduler.backlog = message.backlog
                self.run.offer(message.items, message.titles)
            elif isinstance(message, wire.EndOfUrls):
                self.run.scheduler.backlog = 0
                self.run.close_feed()
            elif isinstance(message, wire.Serve):
                self.owned.add(host_key(message.url))
                self._spawn(self.serve(message))
            elif isinstance(message, wire.Reply):
                future = self.pending.get(message.ref)
                if future is not None and not future.done():
                    future.set_result(message.outcome)
            elif isinstance(message, wire.Finish):
                self.finish.set()
            else:
                raise TypeError(f"unexpected message {message!r}")

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self.serving.add(task)
        task.add_done_callback(self._served)

    def _served(self, task: asyncio.Task[None]) -> None:
        self.serving.discard(task)
        if not task.cancelled() and task.exception() is not None and self.failure is None:
            self.failure = task.exception()
            self.broken.set()

    async def serve(self, message: wire.Serve) -> None:
        """Make a request forwarded by another worker, under this worker's rules."""
        outcome: wire.Outcome
        if message.kind == "probe":
            outcome = await self.run.judge.probe_sample(message.url)
        elif message.kind == "renew":
            outcome = await self.run.judge.renew_sample(message.url)
        else:
            hop = await self.run.client.hop(message.method, message.url)
            outcome = hop.slim() if isinstance(hop, Exchange) else hop
        self.send(wire.Served(message.ref, outcome))

    # -- the run --------------------------------------------------------

    async def work(self) -> None:
        """Check every URL given, then serve others until told to finish."""
        run = self.run
        run.client.start()
        dispatcher = asyncio.create_task(run.dispatch())
        try:
            while await run.receive():
                if len(self.outbox) >= FLUSH_COUNT:
                    self.flush()
            self.flush()
            timeline.mark("drained")
            self.send(wire.Drained())
            await self.finish.wait()
        finally:
            if not dispatcher.done():
                run.scheduler.stop()
                dispatcher.cancel()
            await asyncio.gather(dispatcher, return_exceptions=True)


def _utcnow() -> datetime:
    return datetime.now(UTC)


async def drain_all(writer: asyncio.StreamWriter) -> None:
    """Wait until everything written has left the process.

    ``drain`` alone waits only while more than the high-water mark (64 KiB) is
    buffered, and a process ending then loses the rest: the summary of a worker
    with thousands of hosts is larger than the socket takes while the
    coordinator is busy elsewhere.
    """
    writer.transport.set_write_buffer_limits(high=0)
    await writer.drain()


async def _main(sock: socket.socket) -> int:
    timeline.mark("worker_main")
    reader, writer = await asyncio.open_connection(sock=sock)
    start = await wire.read_frame(reader)
    if not isinstance(start, wire.Start):
        return 2
    worker = Worker(writer, start)
    listener = asyncio.create_task(worker.listen(reader))
    flusher = asyncio.create_task(worker.flusher())
    work = asyncio.create_task(worker.work())
    broken = asyncio.create_task(worker.broken.wait())
    # SIGTERM (the process stopped from outside, not by its coordinator): the samples
    # taken so far are sent before it goes, and the coordinator sees it end
    terminated = asyncio.Event()
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError):  # no signal handlers in this loop
        loop.add_signal_handler(signal.SIGTERM, terminated.set)
    stopping = asyncio.create_task(terminated.wait())
    tasks = (listener, flusher, work, broken, stopping)
    code = 0
    try:
        done, _pending = await asyncio.wait(
            {listener, work, broken, stopping}, return_when=asyncio.FIRST_COMPLETED
        )
        if worker.failure is not None:
            raise worker.failure
        if stopping in done:
            worker.flush()
            worker.hand_back_probes()
            code = 1
        elif work in done:
            work.result()  # raises a bug
            timeline.mark("finished")
            worker.send(wire.Done(worker.run.summary(degraded=False), worker.run.probes.taken()))
            await drain_all(writer)
            reap_forked()
            # all is said: the process ends now, its connections closing with it (a
            # graceful close of hundreds of TLS connections would only delay the run)
            os._exit(0)
        elif listener in done:
            listener.result()  # raises a bug (an unexpected message)
            worker.hand_back_probes()  # told to stop: the samples taken so far are kept
    except Exception as exc:
        worker.flush()
        worker.hand_back_probes()  # before Failed, on which the coordinator stops reading
        worker.send(_failed(exc))
        code = 1
    finally:
        with contextlib.suppress(NotImplementedError):
            loop.remove_signal_handler(signal.SIGTERM)
        for task in (*tasks, *worker.serving):
            task.cancel()
        await asyncio.gather(*tasks, *worker.serving, return_exceptions=True)
        await worker.run.shutdown()
        try:
            await writer.drain()
            writer.close()
            await writer.wait_closed()
        except OSError:
            pass  # the coordinator is gone
    return code


def _failed(exc: BaseException) -> wire.Failed:
    trace = "".join(traceback.format_exception(exc))
    try:
        wire.frame(exc)
    except Exception:
        return wire.Failed(None, trace)
    return wire.Failed(exc, trace)


_forked: list[int] = []  # the workers this process forked (in worker 0's process)


def autogroup_nice(pid: int | str = "self") -> int | None:
    """The nice value of the CPU autogroup of process ``pid`` (Linux with
    ``CONFIG_SCHED_AUTOGROUP``), or None where there is none."""
    try:
        with open(AUTOGROUP.format(pid), encoding="ascii") as group:
            return int(group.read().rsplit("nice", 1)[1])
    except (OSError, ValueError, IndexError):
        return None


def new_session(nice: int | None) -> None:
    """Open a session of this process's own, and give its CPU autogroup (on Linux a new
    session is a new autogroup, at nice 0) the caller's autogroup ``nice``: a worker
    keeps the priority its caller runs at, lower or higher, instead of escaping to the
    default (a caller under ``echo 10 > /proc/self/autogroup`` would otherwise have its
    workers compete at full weight; under a negative value, as the benchmark runs, they
    were starved by the servers and by lychee, which stay in the caller's group).  A
    value the process may not set (a negative one without ``CAP_SYS_NICE``) is left."""
    os.setsid()
    keep_autogroup_nice(nice)


def keep_autogroup_nice(nice: int | None) -> None:
    """Set this process's autogroup to ``nice`` (see :func:`new_session`), if it may."""
    if nice is None or nice == autogroup_nice():
        return
    try:
        with open(AUTOGROUP.format("self"), "w", encoding="ascii") as group:
            group.write(str(nice))
    except OSError:
        pass


def fork_siblings(fds: list[int]) -> int:
    """Become one worker per socket in ``fds``: fork a copy of this process for every
    socket but the first; return the socket this process serves.

    The imports (Python, aiohttp, bibcheck: 0.3-0.9 s on a loaded 2-core machine, the
    whole start of a worker) are then done once for all the workers instead of in each
    of them, side by side.  Safe here, and only here: the process is a fresh
    interpreter that has imported modules and nothing else - one thread, no event
    loop, no connection, no open file but the socket pair ends (the coordinator, which
    holds the database connection and maybe a progress display's thread, is never
    forked).  Each copy closes the sockets that are not its own and opens a session of
    its own, as a started worker has (on Linux also a CPU autogroup of its own, given the
    caller's nice value: :func:`new_session`); ``random``
    reseeds itself in a forked child.  This process reaps its copies before it ends
    (:func:`reap_forked`: so their CPU time counts as its children's).
    """
    for position, fd in enumerate(fds[1:], start=1):
        nice = autogroup_nice()
        pid = os.fork()
        if pid == 0:
            new_session(nice)
            _forked.clear()
            for other in (fds[0], *fds[position + 1 :]):  # the earlier ones are closed
                os.close(other)
            return fd
        _forked.append(pid)
        os.close(fd)
    return fds[0]


def reap_forked() -> None:
    """Wait for the workers this process forked to end."""
    while _forked:
        try:
            os.waitpid(_forked.pop(), 0)
        except ChildProcessError:
            pass


def serve_forked(fd: int, others: list[int]) -> NoReturn:
    """Be the worker of socket ``fd`` in a copy of the coordinator's process (forked by
    :func:`bibcheck.check.pool.fork_workers`); never return.

    ``others``: the socket pair ends that are not this worker's, closed first (a copy
    holding another worker's end would keep that worker's socket open after it
    ended).  Then a session of its own, SIGINT ignored and standard input and output
    on ``/dev/null``, as a started worker has; it ends with ``os._exit`` whatever
    happens, so the caller's code after the fork never runs twice and nothing of the
    caller's (database connection, buffered output, ``atexit`` hooks) is touched."""
    code = 1
    try:
        nice = autogroup_nice()  # the coordinator's group, until the new session
        for other in others:
            os.close(other)
        new_session(nice)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the coordinator's
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.close(null)
        timeline.mark("worker_forked")
        code = run_loop(_main(socket.socket(fileno=fd)))
    except BaseException:
        try:
            traceback.print_exc()
        except BaseException:
            pass
    finally:
        os._exit(code)


def main(argv: list[str] | None = None) -> int:
    """``python -m bibcheck.check.worker FD [FD ...]``: one worker per socket (see
    :func:`fork_siblings`)."""
    args = sys.argv[1:] if argv is None else argv
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the coordinator's
    # started in a session of its own (a new autogroup): the coordinator's priority kept
    keep_autogroup_nice(autogroup_nice(os.getppid()))
    sock = socket.socket(fileno=fork_siblings([int(a) for a in args]))
    if _forked:  # the coordinator learns the pids of the workers it did not start
        sock.sendall(wire.frame(wire.Forked(tuple(_forked))))
    try:
        return run_loop(_main(sock))
    finally:
        reap_forked()


if __name__ == "__main__":
    raise SystemExit(main())
