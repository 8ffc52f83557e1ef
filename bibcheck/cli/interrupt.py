"""SIGTERM as Ctrl-C while a command works: the work stops the way an interruption does.

Python ends at SIGTERM (``kill``, a service manager, a container stopping) without
running any ``finally``; while :func:`sigterm_interrupts` is active the signal raises
:class:`KeyboardInterrupt` in the main thread instead, so a check run writes what it
holds (its last results, the soft-404 probe samples it and its worker processes
took) and is recorded as interrupted, as after Ctrl-C.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["sigterm_interrupts"]


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """Inside: SIGTERM raises KeyboardInterrupt (in the main thread; elsewhere, nothing
    changes); the previous handler is put back on the way out."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
