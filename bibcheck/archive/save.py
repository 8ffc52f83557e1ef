"""Save Page Now 2: ask the Wayback Machine to capture a live page (opt-in).

Protocol (SPN2): ``POST <save_url>`` with the form field ``url=`` and
``Accept: application/json`` (plus ``Authorization: LOW key:secret`` when
keys are configured) answers ``{"url": ..., "job_id": "spn2-..."}``; then
``GET <save_url>/status/<job_id>`` answers ``{"status": "pending"}`` until
``{"status": "success", "timestamp": "...", "original_url": "..."}`` or
``{"status": "error", "status_ext": "...", "message": "..."}``.

Politeness: submissions are spaced by ``save_interval`` (besides the
per-archive ``min_interval`` every request obeys), status polls by
``save_poll``, and a job is followed for ``save_timeout`` at most.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from typing import Any

from bibcheck.archive.choose import Capture, normalize_timestamp
from bibcheck.archive.client import ArchiveClient, ArchiveError, decode_json
from bibcheck.net.client import Sleep, pause


class SavePageNow:
    """Submits captures and follows their jobs to completion."""

    def __init__(
        self,
        client: ArchiveClient,
        *,
        sleep: Sleep = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.settings = client.settings
        self.sleep = sleep
        self.monotonic = monotonic
        self._next_submit: float | None = None
        self.submitted = 0

    async def save(self, url: str) -> Capture:
        """Capture ``url`` now; the new capture, or ArchiveError."""
        job = await self._submit(url)
        polls = max(1, math.ceil(self.settings.save_timeout / max(self.settings.save_poll, 0.001)))
        for _ in range(polls):
            await pause(self.sleep, self.settings.save_poll)
            status = await self._status(job)
            state = status.get("status")
            if state == "success":
                return self._capture(status, url)
            if state == "error":
                why = status.get("message") or status.get("status_ext") or "unknown error"
                raise ArchiveError(f"Save Page Now failed: {why}")
        raise ArchiveError(f"Save Page Now job {job} not finished after {polls} polls")

    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if self.settings.save_auth:
            headers["Authorization"] = f"LOW {self.settings.save_auth}"
        return headers

    async def _submit(self, url: str) -> str:
        await self._space_submissions()
        ex = await self.client.post(self.settings.save_url, {"url": url}, self._headers())
        self.submitted += 1
        if not 200 <= ex.status < 300:
            raise ArchiveError(f"Save Page Now answered HTTP {ex.status}")
        data = decode_json(ex, self.settings.save_url)
        job = data.get("job_id") if isinstance(data, dict) else None
        if not isinstance(job, str) or not job:
            why = data.get("message") if isinstance(data, dict) else None
            raise ArchiveError(f"Save Page Now gave no job id ({why or 'no message'})")
        return job

    async def _space_submissions(self) -> None:
        now = self.monotonic()
        due = self._next_submit if self._next_submit is not None else now
        if due > now:
            await pause(self.sleep, due - now)
        self._next_submit = max(self.monotonic(), due) + self.settings.save_interval

    async def _status(self, job: str) -> dict[str, Any]:
        data = await self.client.get_json(f"{self.settings.save_url.rstrip('/')}/status/{job}")
        if not isinstance(data, dict):
            raise ArchiveError("Save Page Now status is not a JSON object")
        return data

    @staticmethod
    def _capture(status: dict[str, Any], url: str) -> Capture:
        ts = normalize_timestamp(str(status.get("timestamp", "")))
        if ts is None:
            raise ArchiveError(f"Save Page Now success without a timestamp: {status!r}")
        return Capture(ts, str(status.get("original_url") or url), 200)
