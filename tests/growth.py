"""Growth of a call's work with its input, as a ratio of counted steps (:mod:`tests.worksteps`):
the same on every run, whatever else the machine is doing."""

from __future__ import annotations

from collections.abc import Callable

from tests.worksteps import counted

# a call's steps counted at the least: a few fixed steps are no growth
FLOOR = 20


def growth(call: Callable[[int], object], small: int, big: int) -> float:
    """How many times the work of ``call(big)`` is that of ``call(small)``."""
    call(big)  # (a first call: modules imported, tables built once)
    return counted(call, big) / max(counted(call, small), FLOOR)
