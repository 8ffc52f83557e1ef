"""Round 13 (README, Benchmarks): a worker's results cross to the coordinator as rows of
field values, rebuilt as the same :class:`LinkCheck` objects, every field included."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from bibcheck.check import wire
from bibcheck.model import LinkCheck, LinkStatus

T = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)


def _every_field_set() -> LinkCheck:
    """A check none of whose fields has its default value."""
    return LinkCheck(
        url="https://a.test/x",
        status=LinkStatus.MOVED,
        checked_at=T,
        reason="r",
        http_status=301,
        final_url="https://a.test/",
        redirects=("https://a.test/y", "https://a.test/"),
        elapsed_ms=12,
        page_title="Home",
        page_text="Welcome " * 10,
        offline=True,
    )


def test_results_cross_the_wire_unchanged() -> None:
    full = _every_field_set()
    defaults = {f.name: getattr(full, f.name) == f.default for f in dataclasses.fields(full)}
    assert not any(defaults.values()), defaults  # a new field with its default would hide a loss
    plain = LinkCheck("https://b.test/", LinkStatus.ALIVE, T)
    sent = wire.Results([full, plain, full], in_flight=3, hosts_waiting=1, hosts_queued=2)
    frame = wire.frame(sent)
    reader = wire.FrameReader()
    got = reader.feed(frame[:7]) + reader.feed(frame[7:])
    assert got == [sent]
    (back,) = got
    assert isinstance(back, wire.Results)
    assert [type(c) for c in back.checks] == [LinkCheck] * 3
    assert back.checks[0].status is full.status and back.checks[0].checked_at.tzinfo is UTC


def test_no_results_is_an_empty_batch() -> None:
    sent = wire.Results([], in_flight=0, hosts_waiting=0, hosts_queued=0)
    assert wire.FrameReader().feed(wire.frame(sent)) == [sent]
