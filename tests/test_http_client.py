"""The HTTP layer's bounds: a total deadline per request, capped decoded bodies,
the URL exactly as cited.  Real loopback servers that misbehave on purpose."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkStatus as S
from bibcheck.net.client import Exchange, _wire_url_parsed, wire_url
from bibcheck.store import DEFAULT_DB, open_db
from bibcheck.store.links import link_states
from tests.netclient import Fetcher
from tests.netserver import SiteServer

PARTS = ("status", "headers", "body")


def test_check_timeout_bounds_every_trickling_request(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    http_server: SiteServer,
    ca_file: Path,
) -> None:
    """A server sending its status line, its headers or a fixed-length body one byte
    per second: `check --timeout 2` ends each request in about 2 s, all included."""
    from tests.test_check_run import manuscript, write_config
    from tests.test_cli import run

    monkeypatch.chdir(tmp_path)
    hosts = tuple(f"trickle{i}.test" for i in range(len(PARTS)))
    write_config(tmp_path, ca_file, hosts=hosts)
    urls = [
        http_server.url(f"/trickle/{part}", host) for part, host in zip(PARTS, hosts, strict=True)
    ]
    paper = tmp_path / "paper.md"
    paper.write_bytes(manuscript(urls))
    assert run(["ingest", str(paper)], capsys)[0] == 0
    began = time.monotonic()
    code, out, err = run(["check", "--timeout", "2"], capsys)
    elapsed = time.monotonic() - began
    assert code == 0, err
    db = open_db(tmp_path / DEFAULT_DB, create=False)
    states = {s.url: s.latest for s in link_states(db)}
    assert {u: states[u].status for u in urls} == {u: S.TIMEOUT for u in urls}
    for url in urls:
        took = states[url].elapsed_ms
        assert took is not None and 1900 <= took <= 3000, (url, took)
    assert elapsed < 5  # the three hosts in parallel, not 3 x 2 s, and never minutes


@pytest.fixture
def fetcher(net_settings: CheckSettings) -> Fetcher:
    return Fetcher(net_settings)


def test_gzip_bomb_is_decoded_only_up_to_the_cap(
    net_settings: CheckSettings, http_server: SiteServer
) -> None:
    cap = 200_000
    # (the server compresses 256 MiB first: a loaded machine needs more than 2 s for it)
    fields = {**_fields(net_settings), "max_bytes": cap, "timeout": 15.0}
    fetcher = Fetcher(CheckSettings(**fields))
    tracemalloc.start()
    try:
        outcome = fetcher.exchange("GET", http_server.url("/gzip-bomb?mb=256"))
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(outcome, Exchange) and outcome.status == 200
    assert len(outcome.body) == cap  # 256 MiB of zeros on offer
    assert peak < 16 * 1024 * 1024


def test_endless_chunked_body_is_capped(
    net_settings: CheckSettings, http_server: SiteServer
) -> None:
    http_server.stats.reset()
    fetcher = Fetcher(CheckSettings(**{**_fields(net_settings), "max_bytes": 100_000}))
    result = fetcher.check(http_server.url("/chunked-bomb"))
    assert result.status is S.ALIVE and result.page_title == "Endless"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and "/chunked-bomb" not in http_server.stats.bytes_sent:
        time.sleep(0.05)
    assert http_server.stats.bytes_sent["/chunked-bomb"] < 50_000_000  # the client hung up


def _fields(settings: CheckSettings) -> dict[str, object]:
    return {f: getattr(settings, f) for f in settings.__dataclass_fields__}


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        pytest.param(
            "https://web.test/cdx?url=http%3A%2F%2Fa.test%2F&fl=a,b",
            "https://web.test/cdx?url=http%3A%2F%2Fa.test%2F&fl=a,b",
            id="escapes-kept",
        ),
        pytest.param(
            "http://пример.рф/статья?q=мир",
            "http://xn--e1afmkfd.xn--p1ai/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?q=%D0%BC%D0%B8%D1%80",
            id="idn-and-cyrillic-path",
        ),
        pytest.param("HTTP://Site.Test:8080/A/B#frag", "http://site.test:8080/A/B", id="case"),
        pytest.param("http://[2001:db8::1]:81/x", "http://[2001:db8::1]:81/x", id="ipv6"),
        pytest.param("http://site.test", "http://site.test/", id="no-path"),
        pytest.param(
            "http://site.test/a b/(c)?x=[1]", "http://site.test/a%20b/(c)?x=[1]", id="space"
        ),
        # already in wire form (the common case, sent as written without parsing)
        pytest.param(
            "https://h1.bench.test:8443/a/u1?x=1&y=%2F;z",
            "https://h1.bench.test:8443/a/u1?x=1&y=%2F;z",
            id="ready",
        ),
        pytest.param("https://site.test/a?", "https://site.test/a", id="empty-query-dropped"),
        pytest.param("https://site.test:0443/a", "https://site.test/a", id="port-zeros"),
        pytest.param("https://site.test/a#", "https://site.test/a", id="empty-fragment"),
        pytest.param("https://user@site.test/a", "https://user@site.test/a", id="userinfo"),
        pytest.param("https://site.test./a", "https://site.test/a", id="trailing-dot"),
        pytest.param("https://Site.test/A", "https://site.test/A", id="host-case"),
        pytest.param("https://site.test/a\u00e9", "https://site.test/a%C3%A9", id="non-ascii"),
        pytest.param("https://site.test/%zz", "https://site.test/%zz", id="bad-escape-kept"),
    ],
)
def test_wire_url(url: str, sent: str) -> None:
    assert str(wire_url(url)) == sent


_URL_PIECES = st.sampled_from(
    ["https://", "http://", "HTTP://", "site.test", "Site.Test", "xn--e1afmkfd.xn--p1ai",
     ".", ":", ":8443", ":0", ":065535", ":99999", "/", "//", "?", "#", "@", "%", "%2F",
     "%zz", " ", "[", "]", "a", "Z", "0", "-", "_", "~", "!", "$", "&", "'", "(", "*", "+",
     ",", ";", "=", "\"", "<", "^", "`", "{", "|", "\u00e9", "\u043c"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_URL_PIECES, max_size=16).map("".join))
def test_wire_url_sends_ready_urls_exactly_as_the_full_parse_would(url: str) -> None:
    # the fast path (a URL already in wire form) and the full parse agree on every URL
    try:
        parsed: str | None = str(_wire_url_parsed(url))
    except ValueError:
        parsed = None
    try:
        fast: str | None = str(wire_url(url))
    except ValueError:
        fast = None
    assert fast == parsed
