"""A synchronous facade over the asynchronous HTTP layer, for tests of single URLs.

``Fetcher(settings).check(url)`` runs the real :class:`~bibcheck.check.judge.LinkJudge`
on the real :class:`~bibcheck.net.client.HttpClient` in a private event loop
that lives as long as the fetcher (so per-run caches such as the soft-404
probes persist between calls).  Every fetcher made is closed at the end of
the test by the ``close_fetchers`` fixture.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any, TypeVar

from bibcheck.check.judge import LinkJudge
from bibcheck.model import LinkCheck
from bibcheck.net.client import Exchange, HttpClient, Sleep
from bibcheck.net.policy import AddressPolicy
from bibcheck.net.settings import NetSettings
from bibcheck.net.verdicts import Verdict

T = TypeVar("T")
OPEN: list[Fetcher] = []


class Fetcher:
    """One URL -> one LinkCheck, synchronously."""

    def __init__(
        self,
        settings: NetSettings,
        *,
        policy: AddressPolicy | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.loop = asyncio.new_event_loop()
        self.client = HttpClient(settings, policy=policy, clock=clock, sleep=sleep)
        self.judge = LinkJudge(self.client, clock=clock)
        OPEN.append(self)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(coro)

    def check(self, url: str) -> LinkCheck:
        return self.run(self.judge.check(url))

    def exchange(self, method: str, url: str, **kw: Any) -> Exchange | Verdict:
        return self.run(self.client.exchange(method, url, **kw))

    def close(self) -> None:
        if not self.loop.is_closed():
            self.run(self.client.close())
            self.loop.close()


def close_all() -> None:
    while OPEN:
        OPEN.pop().close()
