"""Offline detection: is the machine itself without network?"""

from __future__ import annotations

import threading

from bibcheck.model import LinkCheck

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
