"""A debug timeline of a check run, for ``benchmarks/check_bench.py --timeline``.

Off unless the environment variable :data:`ENV` names a directory: then each
process of a run (the caller, and every worker of :mod:`.pool`) appends JSON
lines to ``timeline-<pid>.jsonl`` there - *marks* (``{"mark": name, "t": ...}``:
the phases of a run, such as the first URL handed to the scheduler) and, every
:data:`SAMPLE_S`, a *sample* of the engine's state (checks in flight, hosts
ready, waiting for their interval or capped, URLs queued, the process's CPU
time, and the time its loop thread waited for a CPU).  Times are
``time.monotonic()``, one clock for every process of the machine.  Nothing of
it runs when the variable is not set: the hot path only reads a module
constant.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

ENV = "BIBCHECK_TIMELINE"
SAMPLE_S = 0.05

_DIR = os.environ.get(ENV) or None
ENABLED = _DIR is not None


def _write(record: dict[str, object]) -> None:
    if _DIR is None:
        return
    path = Path(_DIR) / f"timeline-{os.getpid()}.jsonl"
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


def mark(name: str, **data: object) -> None:
    """Record that the run reached ``name`` now (when the timeline is on)."""
    if _DIR is not None:
        _write({"mark": name, "t": time.monotonic(), "cpu": time.process_time(), **data})


async def sample(state: Callable[[], dict[str, object]]) -> None:
    """Record ``state()`` every :data:`SAMPLE_S` until cancelled (when the timeline is on).

    Each line is written at once: a worker ends with ``os._exit``."""
    if _DIR is None:
        return
    path = Path(_DIR) / f"timeline-{os.getpid()}.jsonl"
    with path.open("a", encoding="utf-8", buffering=1) as out:
        while True:
            record = {
                "t": time.monotonic(),
                "cpu": time.process_time(),
                "runq": run_queue_wait(),
                **state(),
            }
            out.write(json.dumps(record) + "\n")
            await asyncio.sleep(SAMPLE_S)


def run_queue_wait() -> float:
    """Seconds this thread has spent runnable but not running (waiting for a CPU), from
    ``/proc/thread-self/schedstat``; 0.0 where there is none (not Linux)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0
