"""Offline detection: is the machine itself without network?

:class:`OfflineGuard` watches name resolution during a run (see
:mod:`bibcheck.check.engine`).  :func:`canaries_answer` asks the configured
canary URLs; :func:`resolve_until_proven` resolves a sample of a run's host
names at once (DNS only), which is how a run shared between processes
decides, before any check, whether the machine is online: one name that
resolves proves it, ``min(3, named hosts)`` failures and none resolving
(out of up to :data:`OFFLINE_MIN_HOSTS` + :data:`OFFLINE_SAMPLE_HOSTS`
names tried) say it is offline - the rule the one-process engine applies
as its checks go.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime

from bibcheck.check.judge import LinkJudge
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.net.client import HttpClient, Sleep
from bibcheck.net.policy import AddressPolicy

OFFLINE_MIN_HOSTS = 3
OFFLINE_SAMPLE_HOSTS = 5  # queued hosts resolved to confirm an offline suspicion


class OfflineGuard:
    """Watches name resolution; holds DNS errors until the network is proven."""

    def __init__(self, named_hosts: int) -> None:
        self._lock = threading.Lock()
        self.resolved: set[str] = set()
        self.failed: set[str] = set()
        self.named_hosts = named_hosts
        self.held: list[LinkCheck] = []
        self.proven = False

    def listener(self, host: str, ok: bool) -> None:
        """Called by the address policy after each resolution attempt."""
        with self._lock:
            (self.resolved if ok else self.failed).add(host)
            if ok:
                self.proven = True

    def prove(self) -> None:
        with self._lock:
            self.proven = True

    def offline(self) -> bool:
        with self._lock:
            if self.proven:
                return False
            needed = min(OFFLINE_MIN_HOSTS, max(1, self.named_hosts))
            return len(self.failed) >= needed

    def reason(self, not_checked: int) -> str:
        shown = sorted(self.failed)[:5]
        names = ", ".join(shown) + (", …" if len(self.failed) > len(shown) else "")
        return (
            f"no host name could be resolved ({len(self.failed)} failed: {names}); "
            f"the machine looks offline. DNS errors in this run are not evidence; "
            f"{not_checked} URL(s) not checked"
        )


async def canaries_answer(
    settings: CheckSettings, policy: AddressPolicy, clock: Callable[[], datetime], sleep: Sleep
) -> bool:
    """True if any of ``settings.canary_urls`` gets an HTTP answer (one try each)."""
    quick = dataclasses.replace(settings, retries=0, soft404_probe=False, use_head=False)
    client = HttpClient(quick, policy=policy, clock=clock, sleep=sleep)
    try:
        judge = LinkJudge(client, clock=clock)
        for url in settings.canary_urls:
            if (await judge.check(url)).http_status is not None:
                return True
    finally:
        await client.close()
    return False


def resolve_until_proven(
    guard: OfflineGuard, lookup: Callable[[str, int], object], hosts: Sequence[str]
) -> None:
    """Resolve ``hosts`` at once (threads, DNS only) until one name answers or all have failed.

    ``lookup`` is the address policy's, whose listener is ``guard.listener``:
    the guard then knows whether the network is proven, or looks offline.
    """
    if not hosts:
        return
    pool = ThreadPoolExecutor(len(hosts), thread_name_prefix="bibcheck-preflight")
    try:
        for _done in as_completed([pool.submit(lookup, host, 443) for host in hosts]):
            if guard.proven:
                return  # the other lookups may go on: their answers are not needed
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
