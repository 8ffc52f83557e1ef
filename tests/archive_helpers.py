"""Helpers for the archive tests: a cited manuscript in a DB, settings for the fake archive."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from bibcheck.archive.settings import ArchiveSettings
from bibcheck.check.settings import CheckSettings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.store.documents import save_document
from bibcheck.store.links import save_check, start_run
from tests.archiveserver import ArchiveServer

T0 = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
ARCHIVE_HOSTS = ("archive.test", "memento.test")


@dataclass(frozen=True)
class Cite:
    """One footnote citing ``url``, and the link checker's latest verdict on it."""

    url: str
    title: str = "The treaty history"
    access: str | None = "12.03.2020"
    year: int | None = 2019
    quote: str | None = None
    status: LinkStatus | None = LinkStatus.DEAD


def manuscript(cites: list[Cite]) -> bytes:
    claims = " ".join(
        f'He wrote that "{c.quote}"<sup>{i}</sup>.'
        if c.quote
        else f"Claim number {i}<sup>{i}</sup>."
        for i, c in enumerate(cites, start=1)
    )
    notes = []
    for i, c in enumerate(cites, start=1):
        year = f" - {c.year}." if c.year else ""
        access = f" (accessed: {c.access})" if c.access else ""
        notes.append(
            f"<sup>{i}</sup> {c.title} [Electronic resource].{year} - URL: <{c.url}>{access}."
        )
    return (claims + "\n\n---\n\n" + "\n\n".join(notes) + "\n").encode()


def cite(db: Database, cites: list[Cite], name: str = "book.md") -> None:
    """Ingest a manuscript citing the URLs and store one link observation each."""
    save_document(db, parse_bytes(manuscript(cites), name), size=1, now=T0)
    run_id = start_run(db, {}, "test", T0)
    for c in cites:
        if c.status is not None:
            save_check(db, run_id, LinkCheck(c.url, c.status, T0, page_title="x"))


def archive_settings(net: CheckSettings, server: ArchiveServer, **kw: object) -> ArchiveSettings:
    """Settings pointing every archive base URL at the fake archive (fast by default)."""
    check = dataclasses.replace(
        net,
        resolve={**net.resolve, **{h: "127.0.0.1" for h in ARCHIVE_HOSTS}},
        allow_hosts=net.allow_hosts | frozenset(ARCHIVE_HOSTS),
        retries=1,
        backoff=0.01,
    )
    base = server.base()
    values: dict[str, object] = {
        "check": check,
        "cdx_url": f"{base}/cdx/search/cdx",
        "available_url": f"{base}/wayback/available",
        "snapshot_base": f"{base}/web/",
        "save_url": f"{base}/save",
        "min_interval": 0.0,
        "save_interval": 0.0,
        "save_poll": 0.0,
        **kw,
    }
    return ArchiveSettings(**values)  # type: ignore[arg-type]


class Sleeps:
    """A recording ``sleep`` that does not wait (retry and pacing waits asked for)."""

    def __init__(self) -> None:
        self.asked: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
