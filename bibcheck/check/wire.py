"""The messages between a check run's coordinator and its worker processes, and their framing.

Each message is a small record, pickled and sent over a local socket pair
as one frame: a 4-byte big-endian length, then the pickle.  The
coordinator (:mod:`.pool`) uses blocking sends and non-blocking reads
(:class:`FrameReader`); a worker (:mod:`.worker`) uses asyncio streams
(:func:`read_frame`).  Both ends are this version of bibcheck, started by
the coordinator, so pickle is safe here.

Who sends what::

    coordinator -> worker: Start, Urls, EndOfUrls, Serve, Reply, Finish, Stop
    worker -> coordinator: Forked (worker 0 only, first), Results, Forward, Served,
                           Drained, Done, Failed, Taken (stopped or failed: last,
                           or just before Failed)
"""

from __future__ import annotations

import asyncio
import operator
import pickle
import struct
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from bibcheck.check.settings import CheckSettings
from bibcheck.check.summary import CheckRunSummary
from bibcheck.model import LinkCheck
from bibcheck.net.client import Exchange
from bibcheck.net.soft404 import PageSample, TakenSample
from bibcheck.net.verdicts import Verdict

HEADER = struct.Struct("!I")
MAX_FRAME = 1 << 30

Outcome = Exchange | Verdict | PageSample | None
"""What a forwarded request returns: a hop's exchange (without its body) or
verdict, or a probe's sample."""
Kind = Literal["hop", "probe", "renew"]


@dataclass(frozen=True, slots=True)
class Start:
    """The first message to a worker: its settings and its share of the concurrency, and
    the soft-404 probe samples earlier runs took (for the hosts it will own)."""

    index: int
    settings: CheckSettings
    known: list[TakenSample] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Urls:
    """(url, host) pairs for the worker that owns their hosts, and how many URLs the
    run still holds for the workers in all (their share of the remaining work);
    ``titles``: those cited for some of the URLs."""

    items: list[tuple[str, str]]
    backlog: int
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EndOfUrls:
    """No more URLs will come."""


@dataclass(frozen=True, slots=True)
class Forked:
    """The process ids of the workers 1, 2, ... that worker 0's process forked."""

    pids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Forward:
    """A worker asks for a hop (or a soft-404 probe) on a host it does not own."""

    kind: Kind
    ref: int  # the asking worker's number for the request
    method: str
    url: str


@dataclass(frozen=True, slots=True)
class Serve:
    """The coordinator passes a forwarded request to the host's owner."""

    kind: Kind
    ref: tuple[int, int]  # (asking worker, its number for the request)
    method: str
    url: str


@dataclass(frozen=True, slots=True)
class Served:
    """The owner's answer to a :class:`Serve`."""

    ref: tuple[int, int]
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class Reply:
    """The answer to a worker's :class:`Forward`."""

    ref: int
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class Results:
    """Observations made, and the worker's state (for progress displays)."""

    checks: list[LinkCheck]
    in_flight: int
    hosts_waiting: int
    hosts_queued: int  # hosts with URLs not dispatched yet

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as rows of field values, rebuilt with ``LinkCheck(*row)``: a
        dataclass's own pickling (``__getstate__`` listing its fields in Python, the
        frozen ``__setattr__`` per field on load) cost about twice as much per check."""
        rows = [_check_row(c) for c in self.checks]
        return _results, (rows, self.in_flight, self.hosts_waiting, self.hosts_queued)


_check_row = operator.attrgetter(*(f.name for f in fields(LinkCheck)))
"""Every field of a :class:`LinkCheck`, in order: its constructor's positional arguments."""


def _results(
    rows: list[tuple[Any, ...]], in_flight: int, hosts_waiting: int, hosts_queued: int
) -> Results:
    return Results([LinkCheck(*row) for row in rows], in_flight, hosts_waiting, hosts_queued)


@dataclass(frozen=True, slots=True)
class Drained:
    """Every URL the worker was given has its result (it still serves forwarded requests)."""


@dataclass(frozen=True, slots=True)
class Finish:
    """Every worker is drained: report and exit."""


@dataclass(frozen=True, slots=True)
class Done:
    """A worker's summary (network statistics of its hosts) and the soft-404 probe
    samples it took; it exits after this."""

    summary: CheckRunSummary
    taken: list[TakenSample] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Taken:
    """The soft-404 probe samples a worker took, sent as it stops without a summary
    (the run was interrupted, or it failed): an interrupted run keeps them too."""

    taken: list[TakenSample] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Failed:
    """A bug in a worker: the exception when it can be sent, and its traceback."""

    error: BaseException | None
    trace: str


@dataclass(frozen=True, slots=True)
class Stop:
    """Stop at once (the run was interrupted)."""


def frame(message: object) -> bytes:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(data)) + data


class FrameReader:
    """Collects bytes read from a socket and cuts them into messages."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[object]:
        self._buffer += data
        messages: list[object] = []
        start = 0
        while len(self._buffer) - start >= HEADER.size:
            (size,) = HEADER.unpack_from(self._buffer, start)
            if size > MAX_FRAME:
                raise ValueError(f"a frame of {size} bytes: the stream is corrupt")
            end = start + HEADER.size + size
            if len(self._buffer) < end:
                break
            messages.append(pickle.loads(self._buffer[start + HEADER.size : end]))
            start = end
        del self._buffer[:start]
        return messages


async def read_frame(reader: asyncio.StreamReader) -> object | None:
    """The next message, or None at the end of the stream."""
    try:
        header = await reader.readexactly(HEADER.size)
        (size,) = HEADER.unpack(header)
        if size > MAX_FRAME:
            raise ValueError(f"a frame of {size} bytes: the stream is corrupt")
        message: object = pickle.loads(await reader.readexactly(size))
    except asyncio.IncompleteReadError:
        return None
    return message
