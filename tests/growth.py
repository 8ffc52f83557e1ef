"""Growth of a call's cost with its input, as a ratio of CPU times (so a loaded machine,
whose other processes take wall time, not this process's CPU time, does not fail it)."""

from __future__ import annotations

import time
from collections.abc import Callable


def cpu_per_call(call: Callable[[], object], at_least: float = 0.02) -> float:
    """CPU seconds of one call, timed over enough calls to take ``at_least`` seconds, the
    best of three such timings."""
    reps = 1
    while True:
        start = time.process_time()
        for _ in range(reps):
            call()
        spent = time.process_time() - start
        if spent >= at_least or reps >= 1 << 16:
            break
        reps *= 4
    best = spent / reps
    for _ in range(2):
        start = time.process_time()
        for _ in range(reps):
            call()
        best = min(best, (time.process_time() - start) / reps)
    return best


def growth(call: Callable[[int], object], small: int, big: int) -> float:
    """How many times the cost of ``call(big)`` is that of ``call(small)``."""
    call(small)  # (warm up: caches, compiled patterns)
    return cpu_per_call(lambda: call(big)) / max(cpu_per_call(lambda: call(small)), 1e-7)
