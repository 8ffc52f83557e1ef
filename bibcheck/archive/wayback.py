"""Wayback Machine clients: the CDX API (primary) and the availability API (fallback).

CDX (``/cdx/search/cdx``) is asked with ``output=json``, the seven public
fields (``fl=urlkey,timestamp,original,mimetype,statuscode,digest,length``),
``filter=statuscode:2..`` (successful captures only) and a time window:
``to=<target>`` with a negative ``limit`` (the last N captures at or before
the target), then, only if none of those is usable, ``from=<day after>``
with a positive ``limit`` (the first N after it).  The answer is a JSON array
whose first row is the header naming the columns; an empty array (or an
empty body) means no capture.

The availability API (``/wayback/available?url=&timestamp=``) answers
``{"archived_snapshots": {"closest": {"available", "url", "timestamp",
"status"}}}`` - one capture closest to the timestamp on either side - and is
used when CDX fails.

Snapshot URLs are rebuilt in the ``<snapshot_base><timestamp>/<original>``
form, whatever host the API named, so that a mirror or a test archive is
used consistently.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from bibcheck.archive.choose import (
    Capture,
    end_of_day,
    normalize_timestamp,
    start_of_day,
)
from bibcheck.archive.client import ArchiveClient, ArchiveError
from bibcheck.archive.settings import ArchiveSettings

CDX_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")


def snapshot_url(base: str, timestamp: str, original: str) -> str:
    """``<base><timestamp>/<original>`` (``base`` ends with ``/web/``)."""
    return f"{base.rstrip('/')}/{timestamp}/{original}"


def split_snapshot_url(base: str, url: str) -> tuple[str, str] | None:
    """(timestamp, original) of a snapshot URL under ``base`` (flags like ``id_`` dropped)."""
    prefix = base.rstrip("/") + "/"
    if not url.startswith(prefix):
        return None
    ts, sep, original = url[len(prefix) :].partition("/")
    digits = "".join(ch for ch in ts if ch.isdigit())
    full = normalize_timestamp(digits) if sep else None
    return (full, original) if full and original else None


def cdx_query(settings: ArchiveSettings, url: str, **window: str) -> str:
    params = {
        "url": url,
        "output": "json",
        "fl": ",".join(CDX_FIELDS),
        "filter": "statuscode:2..",
        **window,
    }
    return f"{settings.cdx_url}?{urlencode(params)}"


def parse_cdx(data: Any) -> list[Capture]:
    """Captures from a CDX JSON answer (header row first); ArchiveError if malformed."""
    if data is None or data == []:
        return []
    if not isinstance(data, list) or not all(isinstance(r, list) for r in data):
        raise ArchiveError("CDX answer is not a list of rows")
    header = [str(h) for h in data[0]]
    if "timestamp" not in header or "original" not in header:
        raise ArchiveError(f"CDX header lacks timestamp/original: {header}")
    captures = []
    for row in data[1:]:
        fields = dict(zip(header, (str(v) for v in row), strict=False))
        ts = normalize_timestamp(fields.get("timestamp", ""))
        if ts is None or not fields.get("original"):
            continue
        code = fields.get("statuscode", "")
        captures.append(
            Capture(
                timestamp=ts,
                original=fields["original"],
                status=int(code) if code.isdigit() else 0,  # "-" (revisit): not usable
                mimetype=fields.get("mimetype", ""),
            )
        )
    return captures


def parse_available(data: Any) -> Capture | None:
    """The closest capture from an availability answer, or None."""
    if not isinstance(data, dict):
        raise ArchiveError("availability answer is not a JSON object")
    snapshots = data.get("archived_snapshots") or {}
    closest = snapshots.get("closest") if isinstance(snapshots, dict) else None
    if not isinstance(closest, dict) or not closest.get("available"):
        return None
    ts = normalize_timestamp(str(closest.get("timestamp", "")))
    if ts is None:
        raise ArchiveError(f"availability answer has a bad timestamp: {closest!r}")
    original = _original_from(closest.get("url"), data.get("url"))
    code = str(closest.get("status", ""))
    return Capture(ts, original, int(code) if code.isdigit() else 0)


def _original_from(snapshot: object, asked: object) -> str:
    """The captured URL: the part of the snapshot URL after ``/<timestamp>/``."""
    if isinstance(snapshot, str) and "/web/" in snapshot:
        rest = snapshot.split("/web/", 1)[1]
        _ts, sep, original = rest.partition("/")
        if sep and original:
            return original
    return str(asked or "")


class Wayback:
    """Finds captures of a URL around a target date."""

    def __init__(self, client: ArchiveClient) -> None:
        self.client = client
        self.settings = client.settings

    async def before(self, url: str, target: date | None) -> list[Capture]:
        """The last ``cdx_limit`` successful captures at or before ``target`` (CDX)."""
        window = {"limit": str(-abs(self.settings.cdx_limit))}
        if target is not None:
            window["to"] = end_of_day(target)
        return parse_cdx(await self.client.get_json(cdx_query(self.settings, url, **window)))

    async def after(self, url: str, target: date) -> list[Capture]:
        """The first ``cdx_limit`` successful captures after ``target`` (CDX)."""
        window = {
            "from": start_of_day(target + timedelta(days=1)),
            "limit": str(abs(self.settings.cdx_limit)),
        }
        return parse_cdx(await self.client.get_json(cdx_query(self.settings, url, **window)))

    async def closest(self, url: str, target: date | None) -> Sequence[Capture]:
        """The availability API's closest capture (the fallback when CDX fails)."""
        params = {"url": url}
        if target is not None:
            params["timestamp"] = target.strftime("%Y%m%d")
        data = await self.client.get_json(f"{self.settings.available_url}?{urlencode(params)}")
        found = parse_available(data)
        return [found] if found is not None else []

    def snapshot(self, capture: Capture) -> str:
        return snapshot_url(self.settings.snapshot_base, capture.timestamp, capture.original)
