"""The archive formats: CDX JSON, availability JSON, Memento TimeMap JSON, snapshot URLs."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from bibcheck.archive.choose import Capture
from bibcheck.archive.client import ArchiveError
from bibcheck.archive.memento import archive_name, parse_datetime, parse_timemap
from bibcheck.archive.settings import ArchiveSettings
from bibcheck.archive.wayback import (
    cdx_query,
    parse_available,
    parse_cdx,
    snapshot_url,
    split_snapshot_url,
)

HEADER = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
BASE = "https://web.archive.org/web/"


def test_parse_cdx_rows_after_the_header() -> None:
    data = [
        HEADER,
        [
            "org,example)/a",
            "20200301101112",
            "http://example.org/a",
            "text/html",
            "200",
            "ABC",
            "1234",
        ],
        [
            "org,example)/a",
            "20200401000000",
            "http://example.org/a",
            "warc/revisit",
            "-",
            "ABC",
            "500",
        ],
        ["org,example)/a", "bad", "http://example.org/a", "text/html", "200", "X", "1"],
    ]
    assert parse_cdx(data) == [
        Capture("20200301101112", "http://example.org/a", 200, "text/html"),
        Capture("20200401000000", "http://example.org/a", 0, "warc/revisit"),
    ]


@pytest.mark.parametrize("empty", [[], None])
def test_parse_cdx_empty(empty: object) -> None:
    assert parse_cdx(empty) == []


@pytest.mark.parametrize("bad", [{"a": 1}, [["urlkey", "digest"], ["x", "y"]], ["row"]])
def test_parse_cdx_malformed(bad: object) -> None:
    with pytest.raises(ArchiveError):
        parse_cdx(bad)


def test_parse_cdx_respects_field_order() -> None:
    data = [["timestamp", "original", "statuscode"], ["20200301101112", "http://e.org/", "200"]]
    assert parse_cdx(data) == [Capture("20200301101112", "http://e.org/", 200)]


def test_parse_available() -> None:
    data = {
        "url": "example.com",
        "archived_snapshots": {
            "closest": {
                "available": True,
                "url": "http://web.archive.org/web/20130919044612/http://example.com/",
                "timestamp": "20130919044612",
                "status": "200",
            }
        },
    }
    assert parse_available(data) == Capture("20130919044612", "http://example.com/", 200)
    assert parse_available({"url": "x", "archived_snapshots": {}}) is None
    with pytest.raises(ArchiveError):
        parse_available([1, 2])


def test_cdx_query_asks_for_json_successful_captures_in_a_window() -> None:
    query = cdx_query(
        ArchiveSettings(), "http://example.org/a?b=1", to="20200312235959", limit="-10"
    )
    parts = urlsplit(query)
    assert (
        f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://web.archive.org/cdx/search/cdx"
    )
    q = parse_qs(parts.query)
    assert q["url"] == ["http://example.org/a?b=1"]
    assert q["output"] == ["json"]
    assert q["filter"] == ["statuscode:2.."]
    assert q["fl"] == [",".join(HEADER)]
    assert q["to"] == ["20200312235959"] and q["limit"] == ["-10"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            BASE + "20200301101112/http://example.org/a?x=1",
            ("20200301101112", "http://example.org/a?x=1"),
        ),
        (
            BASE + "20200301101112id_/http://example.org/a",
            ("20200301101112", "http://example.org/a"),
        ),
        (BASE + "2020/http://example.org/a", ("20200101000000", "http://example.org/a")),
        ("https://elsewhere.org/web/20200301101112/http://example.org/a", None),
        (BASE + "20200301101112", None),
    ],
)
def test_split_snapshot_url(url: str, expected: tuple[str, str] | None) -> None:
    assert split_snapshot_url(BASE, url) == expected


def test_snapshot_url_form() -> None:
    assert snapshot_url(BASE, "20200301101112", "http://example.org/a") == (
        "https://web.archive.org/web/20200301101112/http://example.org/a"
    )
    assert snapshot_url("http://mirror.test/web", "20200301101112", "http://e.org/") == (
        "http://mirror.test/web/20200301101112/http://e.org/"
    )


def test_parse_timemap() -> None:
    data = {
        "original_uri": "http://example.org/a",
        "mementos": {
            "list": [
                {"datetime": "2019-03-01T10:20:30Z", "uri": "https://archive.ph/abc"},
                {
                    "datetime": "2019-04-01T00:00:00Z",
                    "uri": "https://web.archive.org/web/20190401000000/http://example.org/a",
                },
                {"datetime": "nonsense", "uri": "https://archive.ph/x"},
                {
                    "datetime": "Tue, 02 Apr 2019 10:00:00 GMT",
                    "uri": "https://www.webarchive.org.uk/x",
                },
            ]
        },
    }
    got = parse_timemap(data, "http://example.org/a", frozenset({"web.archive.org"}))
    assert [(c.timestamp, c.uri, c.archive, c.status) for c in got] == [
        ("20190301102030", "https://archive.ph/abc", "memento:archive.ph", None),
        ("20190402100000", "https://www.webarchive.org.uk/x", "memento:webarchive.org.uk", None),
    ]
    with pytest.raises(ArchiveError):
        parse_timemap({"mementos": []}, "x")


def test_memento_helpers() -> None:
    assert archive_name("https://www.archive.ph/abc") == "memento:archive.ph"
    assert parse_datetime("2019-03-01T10:20:30+02:00") is not None
    assert parse_datetime("yesterday") is None
