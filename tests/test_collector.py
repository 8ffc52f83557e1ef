"""The garbage collector's settings during a run (bibcheck.net.collector)."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator

import pytest

from bibcheck.net.client import run_loop
from bibcheck.net.collector import OLDER_THRESHOLDS, YOUNG_THRESHOLD, tuned_collector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


@pytest.fixture(autouse=True)
def default_collector() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    yield
    gc.unfreeze()
    gc.set_threshold(*saved)


def test_settings_inside_and_restored_after() -> None:
    with tuned_collector():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *OLDER_THRESHOLDS)
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_restored_when_the_run_raises() -> None:
    with pytest.raises(RuntimeError), tuned_collector():
        raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_nested_runs_restore_only_at_the_outermost_exit() -> None:
    with tuned_collector():
        with tuned_collector():
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_a_frozen_cycle_is_collected_after_the_run() -> None:
    node = Node()
    alive = weakref.ref(node)
    with tuned_collector():
        del node
        gc.collect()
        assert alive() is not None  # frozen: no collection looks at it during the run
    gc.collect()
    assert alive() is None  # handed back at the end, then freed: nothing leaks


def test_a_cycle_made_during_the_run_is_collected() -> None:
    with tuned_collector():
        alive = weakref.ref(Node())
        gc.collect()
        assert alive() is None


def test_the_host_programs_own_freeze_is_kept() -> None:
    gc.freeze()
    with tuned_collector():
        pass
    assert gc.get_freeze_count() > 0  # not unfrozen by the run
    assert gc.get_threshold() == (700, 10, 10)


def test_run_loop_runs_under_the_tuned_collector() -> None:
    async def main() -> tuple[int, ...]:
        await asyncio.sleep(0)
        return gc.get_threshold()

    assert run_loop(main()) == (YOUNG_THRESHOLD, *OLDER_THRESHOLDS)
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0
