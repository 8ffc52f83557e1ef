"""A Memento TimeMap aggregator as a second source (archive.today, national archives...).

``memento_url`` is the base of a JSON TimeMap service (for the Time Travel
aggregator ``https://timetravel.mementoweb.org/timemap/json/``); the TimeMap
of a URL is ``<memento_url><url>`` and looks like (mementoweb.org TimeMap
JSON)::

    {"original_uri": "...", "timegate_uri": "...",
     "mementos": {"first": {...}, "last": {...},
                  "list": [{"datetime": "2019-03-01T10:20:30Z", "uri": "https://..."}]}}

A 404 means the aggregator knows no memento.  A TimeMap does not say which
mementos are error pages or redirects, so every candidate is fetched and
judged before it is offered (its status is unknown: ``None``).  Mementos held
by the Wayback Machine are skipped - it was asked first, through its own
APIs, and a memento it did not list there is not one to trust more.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from bibcheck.archive.choose import Capture, timestamp_of
from bibcheck.archive.client import ArchiveClient, ArchiveError, decode_json
from bibcheck.urls import host_key


def parse_datetime(value: str) -> datetime | None:
    """ISO 8601 (``2019-03-01T10:20:30Z``) or RFC 1123 datetimes, as naive UTC."""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def archive_name(uri: str) -> str:
    """``memento:<host>`` - which archive holds a memento."""
    host = host_key(uri)
    return f"memento:{host[4:] if host.startswith('www.') else host}"


def parse_timemap(
    data: Any, original: str, skip_hosts: frozenset[str] = frozenset()
) -> list[Capture]:
    """Captures listed by a JSON TimeMap; ArchiveError if it is malformed."""
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("mementos", {}), dict):
        raise ArchiveError("TimeMap is not a JSON object with 'mementos'")
    items = data.get("mementos", {}).get("list", [])
    if not isinstance(items, list):
        raise ArchiveError("TimeMap 'mementos.list' is not a list")
    captures = []
    for item in items:
        if not isinstance(item, dict):
            continue
        uri, when = item.get("uri"), parse_datetime(str(item.get("datetime", "")))
        if not isinstance(uri, str) or when is None or host_key(uri) in skip_hosts:
            continue
        if urlsplit(uri).scheme not in ("http", "https"):
            continue
        captures.append(
            Capture(timestamp_of(when), original, None, uri=uri, archive=archive_name(uri))
        )
    return captures


class Memento:
    """Reads TimeMaps from an aggregator."""

    def __init__(self, client: ArchiveClient, base: str) -> None:
        self.client = client
        self.base = base
        settings = client.settings
        self.skip = frozenset({host_key(settings.snapshot_base), "web.archive.org"})

    async def captures(self, url: str) -> list[Capture]:
        ex = await self.client.get(self.base + url)
        if ex.status == 404:
            return []
        if not 200 <= ex.status < 300:
            raise ArchiveError(f"Memento TimeMap answered HTTP {ex.status}")
        return parse_timemap(decode_json(ex, self.base + url), url, self.skip)
