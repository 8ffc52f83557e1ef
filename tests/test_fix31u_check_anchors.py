"""The anchors of one references page are one fetch (real-document sweep 31, P3).

Link citations that differ only by their fragment (``refs.html#id12``, ``refs.html#id40``)
are works of their own, each with its stored URL and verdict; on the wire they are one
page, fetched once, and each anchor gets that observation.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from bibcheck.check.run import one_per_page, run_check
from bibcheck.check.settings import CheckSettings
from bibcheck.config import Settings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import LinkStatus as S
from bibcheck.store.documents import save_document
from bibcheck.store.links import link_states
from tests.netserver import SiteServer

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("urls", "fetched", "siblings"),
    [
        (
            ["https://a.example/r.html#id1", "https://a.example/r.html#id2", "https://b.example/"],
            ["https://a.example/r.html#id1", "https://b.example/"],
            {"https://a.example/r.html#id1": ["https://a.example/r.html#id2"]},
        ),
        (
            ["https://a.example/r.html", "https://a.example/r.html#x", "https://a.example/r.htm"],
            ["https://a.example/r.html", "https://a.example/r.htm"],
            {"https://a.example/r.html": ["https://a.example/r.html#x"]},
        ),
        (["https://a.example/p?q=1", "https://a.example/p?q=2"], None, {}),
        ([], [], {}),
    ],
)
def test_one_per_page(
    urls: list[str], fetched: list[str] | None, siblings: dict[str, list[str]]
) -> None:
    found: dict[str, list[str]] = {}
    assert list(one_per_page(urls, found)) == (urls if fetched is None else fetched)
    assert found == siblings


def test_anchors_of_one_page_are_fetched_once(
    db: Database, http_server: SiteServer, net_settings: CheckSettings
) -> None:
    page = http_server.url("/a/live-page")
    body = " ".join(f"Result {i} [[{1980 + i}]({page}#id{i})] holds." for i in range(1, 4))
    doc = parse_bytes(f"# Notes\n\n{body}\n".encode(), "anchors.md")
    assert len(doc.footnotes) == 3
    save_document(db, doc, size=1, now=T0)
    settings = Settings(check=dataclasses.replace(net_settings))
    report = run_check(db, settings, clock=lambda: T0, sleep=lambda s: None)
    assert report.due == 3 and report.stored == 3
    assert report.summary.checked == 1  # one page on the wire
    assert {s.url: s.latest.status for s in link_states(db)} == {
        f"{page}#id{i}": S.ALIVE for i in range(1, 4)
    }
