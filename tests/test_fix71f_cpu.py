"""fix71f (issue 12): CPU per request of the check engine, without a verdict or a
politeness rule changing.

* :func:`bibcheck.codec.encoder_for` works out once per type how a value is stored
  (a check's status, time and redirects were checked against six unions per value);
* :meth:`HostScheduler.hosts_waiting` (asked at every result batch a worker sends)
  counts the paced hosts it keeps, instead of walking every host placed;
* the matching methods of a :class:`LazyPattern` reach the compiled pattern without
  the ``compiled`` property's call once it is compiled;
* ``Settings.wants``, ``parking_page`` and ``pages._visible`` skip work that cannot
  change their answer (guards below: their answers are as before).

Fail on main: the ``encoder_for`` table (no such function) and the no-walk test of
``hosts_waiting``.  The other tests are guards that pass on main too.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from enum import Enum, IntEnum
from types import MappingProxyType
from typing import Any, NamedTuple

import pytest

from bibcheck import codec
from bibcheck.check.scheduler import HostScheduler
from bibcheck.config import Settings
from bibcheck.lazyre import lazy_compile
from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.net import soft404
from bibcheck.net.pages import extract_page


class _Colour(Enum):
    RED = "red"


class _Level(IntEnum):
    HIGH = 3


class _Label(str):
    pass


class _Pair(NamedTuple):
    left: str
    right: str


# -- codec.encoder_for --------------------------------------------------------

ENCODERS = [
    (str, "_as_is"),
    (int, "_as_is"),
    (bool, "_as_is"),
    (float, "_as_is"),
    (type(None), "_as_is"),
    (_Label, "_as_is"),  # a str that is not an enum: stored as is
    (LinkStatus, "_enum_value"),
    (_Colour, "_enum_value"),
    (_Level, "_enum_value"),  # an int and an enum: its value
    (datetime, "_iso"),
    (date, "_iso"),
    (tuple, "_sequence"),
    (list, "_sequence"),
    (_Pair, "_sequence"),
    (frozenset, "_set"),
    (set, "_set"),
    (dict, "_mapping"),
    (MappingProxyType, "_mapping"),
    (bytes, "_unsupported"),
    (object, "_unsupported"),
]


@pytest.mark.parametrize(("tp", "name"), ENCODERS, ids=[t.__name__ for t, _ in ENCODERS])
def test_encoder_for(tp: type, name: str) -> None:
    assert codec.encoder_for(tp) is getattr(codec, name)


VALUES: list[tuple[Any, bool, Any]] = [
    ("text", False, "text"),
    (_Label("x"), False, "x"),
    (7, False, 7),
    (True, True, True),
    (None, False, None),
    (LinkStatus.ALIVE, False, "alive"),
    (_Level.HIGH, True, 3),
    (datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC), False, "2026-03-04T05:06:07+00:00"),
    (date(2025, 1, 2), True, "2025-01-02"),
    ((), False, "[]"),
    ((), True, []),
    (("b", "a"), False, '["b", "a"]'),
    ((("x", 1), ("y", 2)), True, [["x", 1], ["y", 2]]),
    (frozenset({"b", "a"}), False, '["a", "b"]'),
    (frozenset(), False, "[]"),
    ({"b": 1, "a": _Colour.RED}, False, '{"a": "red", "b": 1}'),
    ({"k": (1, 2)}, True, {"k": [1, 2]}),
    (_Pair("l", "r"), True, ["l", "r"]),
]


@pytest.mark.parametrize(("value", "for_json", "expected"), VALUES)
def test_encode_values(value: Any, for_json: bool, expected: Any) -> None:  # guard
    got = codec._encode(value, for_json=for_json)
    assert got == expected and type(got) in (type(expected), type(value))


def test_encode_unsupported() -> None:  # guard
    with pytest.raises(TypeError, match="no codec for bytes"):
        codec._encode(b"x", for_json=False)


def test_to_row_of_a_check() -> None:  # guard
    at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    check = LinkCheck(
        "https://example.org/a", LinkStatus.ALIVE, at, "moved", 301,
        "https://example.org/b", ("https://example.org/b",), 12, "T", "text",
    )  # fmt: skip
    assert codec.to_row(check) == {
        "url": "https://example.org/a",
        "status": "alive",
        "checked_at": "2026-01-02T03:04:05+00:00",
        "reason": "moved",
        "http_status": 301,
        "final_url": "https://example.org/b",
        "redirects": '["https://example.org/b"]',
        "elapsed_ms": 12,
        "page_title": "T",
        "page_text": "text",
    }


# -- HostScheduler.hosts_waiting ------------------------------------------------


class _NoWalk(dict[str, tuple[str, int]]):
    """A placement table that may be read host by host but not walked whole."""

    def values(self) -> Any:
        raise AssertionError("hosts_waiting walked every host placed")


def _walked(scheduler: HostScheduler) -> int:
    """hosts_waiting as the walk over every host placed counts it (the oracle)."""
    places = dict(scheduler._place)
    return sum(1 for where, _t in places.values() if where == "timed") + sum(
        1 for n in scheduler._waiting.values() if n > 0
    )


def _scenario(scheduler: HostScheduler) -> list[tuple[int, int]]:
    """Queue URLs on hosts, dispatch some, end some: (hosts_waiting, the walk's
    count) after each step."""
    seen: list[tuple[int, int]] = []

    async def steps() -> None:
        for i in range(6):
            for j in range(3):
                scheduler.add(f"https://h{i}.example/p{j}", f"h{i}.example")
        seen.append((scheduler.hosts_waiting(), _walked(scheduler)))
        started: list[str] = []
        for _ in range(6):
            task = await asyncio.wait_for(scheduler.next_task(), 1)
            assert task is not None
            started.append(task[0])
            seen.append((scheduler.hosts_waiting(), _walked(scheduler)))
            scheduler.prepay(task[0])  # the check's first request goes out: its host is
            scheduler.sent(task[0])  # paced from now
            seen.append((scheduler.hosts_waiting(), _walked(scheduler)))
        for host in started[:3]:
            scheduler.task_done(host, 0.1)
            seen.append((scheduler.hosts_waiting(), _walked(scheduler)))

    asyncio.run(steps())
    return seen


def test_hosts_waiting_counts_paced_hosts() -> None:  # guard
    seen = _scenario(HostScheduler(per_host=2, min_interval=30.0))
    assert all(got == walked for got, walked in seen)
    assert seen[-1][0] == 6  # every host dispatched once waits for its interval


def test_hosts_waiting_walks_no_table() -> None:
    scheduler = HostScheduler(per_host=2, min_interval=30.0)
    scheduler._place = _NoWalk()
    seen = _scenario(scheduler)
    assert [got for got, _w in seen] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6, 6]


# -- LazyPattern ----------------------------------------------------------------

LAZY = [
    ("search", ("xx ab12 cd",), "ab12"),
    ("match", ("ab12 cd",), "ab12"),
    ("fullmatch", ("ab12",), "ab12"),
    ("findall", ("ab1 cd22",), ["ab1", "cd22"]),
    ("split", ("ab1 cd22 e",), ["", " ", " e"]),
    ("sub", ("#", "ab1 cd22 e"), "# # e"),
    ("subn", ("#", "ab1 cd22 e"), ("# # e", 2)),
]


@pytest.mark.parametrize(("method", "args", "expected"), LAZY)
def test_lazy_pattern_methods(method: str, args: tuple[str, ...], expected: Any) -> None:
    # guard: the first call compiles, the second uses the compiled pattern
    for _ in range(2):
        pattern = lazy_compile(r"[a-z]+[0-9]+")
        for _again in range(2):
            got = getattr(pattern, method)(*args)
            if hasattr(got, "group"):
                assert got.group(0) == expected and got.re is pattern.compiled
            else:
                assert got == expected


# -- Settings.wants, parking_page, _visible ------------------------------------

WANTS = [
    ((), (), "https://a.example/x", True),
    ((), (r"\.pdf$",), "https://a.example/x.pdf", False),
    ((), (r"\.pdf$",), "https://a.example/x.html", True),
    ((r"^https://a\.",), (), "https://a.example/x", True),
    ((r"^https://a\.",), (), "https://b.example/x", False),
    ((r"example",), (r"/x$",), "https://a.example/x", False),
]


@pytest.mark.parametrize(("include", "exclude", "url", "expected"), WANTS)
def test_wants(
    include: tuple[str, ...], exclude: tuple[str, ...], url: str, expected: bool
) -> None:
    assert Settings(include=include, exclude=exclude).wants(url) is expected  # guard


PARKING = [
    ("https://sedo.com/search?d=old.example", "parking"),
    ("https://www.sedo.com/x", "parking"),
    ("https://old.example/sedo.com/page", None),  # named in the path, not the host
    ("https://notsedo.com/x", None),
    ("https://old.example/page", None),
    (None, None),
]


@pytest.mark.parametrize(("final", "kind"), PARKING)
def test_parking_marketplace(final: str | None, kind: str | None) -> None:  # guard
    text = "A long article about rivers and their cities, with many words in it."
    evidence = soft404.parking_page("Rivers", text, final)
    assert (evidence.kind if evidence is not None else None) == kind


PAGES = [  # (the title is part of the visible text: the page has no <head>)
    (b"<html><title>T</title><body><p>one <b>two</b></p></body></html>", "T one two"),
    (b"<title>T</title><!-- hidden <p>no</p> --><p>shown</p>", "T shown"),
    (b"<p>a</p><!-- open comment <p>b</p>", "a b"),  # an open comment: a tag to its '>'
    (b"<script>var x = '<p>';</script><p>kept &amp; text</p>", "kept & text"),
    (b"<style>p{}</style><p>x</p><!--c--><p>y</p>", "x y"),
    (b"<p>x</p><!---->y<!-- a --><!-- b -->z", "x y z"),
]


@pytest.mark.parametrize(("body", "text"), PAGES)
def test_visible_text(body: bytes, text: str) -> None:  # guard
    assert extract_page(body, "text/html; charset=utf-8")[1] == text
