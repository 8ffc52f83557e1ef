"""The garbage collector's settings while an event loop serves hundreds of requests.

With hundreds of requests in flight, tens of thousands of young container objects
(tasks, futures, responses, header maps, TLS and parser state) are alive at any
moment.  Under CPython's default thresholds (a young collection every 700 net
allocations) nearly all of them survive a few young collections, are promoted, and
are scanned again by the older generations, whose collections also walk every
object the process holds: imported modules, settings, caches.  Measured on the
10k benchmark in one process (README, Benchmarks, round 9) that was about 1.2 s
of 7 s of CPU.

:func:`tuned_collector` therefore, for the time of a run, freezes what exists
when the run starts (``gc.freeze``: moved out of every collection, handed back
by ``gc.unfreeze`` at the end, when it is collected as usual) and collects the
young generation every ``YOUNG_THRESHOLD`` net allocations instead of 700.
Reference counting still frees everything acyclic at once; only cycles wait
longer.  Runs may nest or overlap (threads): the settings are changed by the
first to enter and restored by the last to leave; a freeze the host program made
itself is left as it is.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 50_000
OLDER_THRESHOLDS = (20, 10)  # young collections per middle one, middle per full one

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()
_froze = False


@contextmanager
def tuned_collector() -> Iterator[None]:
    """Freeze the objects alive now and collect young objects less often, until exit."""
    global _depth, _saved, _froze
    with _lock:
        _depth += 1
        if _depth == 1:
            _saved = gc.get_threshold()
            _froze = gc.get_freeze_count() == 0  # a freeze made by the host program stays
            if _froze:
                gc.freeze()
            gc.set_threshold(YOUNG_THRESHOLD, *OLDER_THRESHOLDS)
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if _froze:
                    gc.unfreeze()
                gc.set_threshold(*_saved)
