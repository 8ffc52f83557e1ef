"""The growth guard of ``test_hostile_input`` (steps counted, no clock, the fixed part taken
off): linear work passes, with or without a fixed cost above it; quadratic work, in the
interpreter or in the regular-expression engine, is stopped at its budget."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.test_hostile_input import growth_steps


def _linear(size: int) -> Callable[[], object]:
    def run() -> None:
        for _ in range(size * 10):  # each turn of the loop one counted step
            pass

    return run


def _linear_plus_fixed(size: int) -> Callable[[], object]:
    def run() -> None:
        for _ in range(300_000):  # a fixed cost much above the linear part
            pass
        for _ in range(size * 10):
            pass

    return run


def _quadratic_loop(size: int) -> Callable[[], object]:
    def run() -> None:
        for i in range(size // 20):  # (the turns grow with the square of the size)
            for _ in range(i * 2):
                pass

    return run


def _quadratic_pattern(size: int) -> Callable[[], object]:
    # a link's "](" looked for over lines of brackets that never close: every place the
    # search starts runs to the line's end (compiled in the call, so its repeat is unrolled)
    text = ("[" * size + "\n") * 4

    def run() -> None:
        re.compile(r"[^\n\]]*\]\(").search(text)

    return run


@pytest.mark.parametrize(
    ("make", "stopped"),
    [
        pytest.param(_linear, False, id="linear-passes"),
        pytest.param(_linear_plus_fixed, False, id="linear-after-a-fixed-cost-passes"),
        pytest.param(_quadratic_loop, True, id="quadratic-loop-is-stopped"),
        pytest.param(_quadratic_pattern, True, id="quadratic-pattern-is-stopped"),
    ],
)
def test_growth_guard(make: Callable[[int], Callable[[], object]], stopped: bool) -> None:
    fixed, per_small, per_large = growth_steps(make)
    assert fixed[0] > 0 and per_small[0] > fixed[0]
    assert (per_large is None) is stopped
