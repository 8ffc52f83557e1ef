"""One URL -> one LinkCheck, against real local servers (no mocks of HTTP)."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkStatus as S
from bibcheck.net.client import Exchange
from bibcheck.net.pages import decode_body, extract_page
from bibcheck.net.policy import AddressPolicy
from bibcheck.net.precheck import equivalent_urls, precheck
from tests.netclient import Fetcher
from tests.netserver import SiteServer

FIXED_NOW = 1_714_564_800  # 2024-05-01 12:00:00 UTC, whole seconds


def fixed_clock() -> datetime:
    return datetime.fromtimestamp(FIXED_NOW, UTC)


class Sleeps(list[float]):
    """An injected ``sleep`` that records instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


MakeFetcher = Callable[..., Fetcher]


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make_fetcher(net_settings: CheckSettings, sleeps: Sleeps) -> MakeFetcher:
    def make(policy: AddressPolicy | None = None, **changes: object) -> Fetcher:
        settings = dataclasses.replace(net_settings, **changes)  # type: ignore[arg-type]
        return Fetcher(settings, policy=policy, clock=fixed_clock, sleep=sleeps)

    return make


@pytest.fixture
def fetcher(make_fetcher: MakeFetcher) -> Fetcher:
    return make_fetcher()


def unique(prefix: str) -> str:
    return f"{prefix}{time.monotonic_ns()}"


# --------------------------------------------------------------------------
# One case per verdict
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "host", "status", "words"),
    [
        ("/a/ordinary", "site.test", S.ALIVE, "200"),
        ("/", "site.test", S.ALIVE, "200"),
        ("/pdf", "site.test", S.ALIVE, "200"),
        ("/status/404", "site.test", S.DEAD, "404"),
        ("/status/410", "site.test", S.DEAD, "Gone"),
        ("/nowhere", "site.test", S.DEAD, "404"),
        ("/status/401", "site.test", S.BLOCKED, "401"),
        ("/status/402", "site.test", S.BLOCKED, "402"),
        ("/status/403", "site.test", S.BLOCKED, "403"),
        ("/status/999", "site.test", S.BLOCKED, "999"),
        ("/challenge", "site.test", S.BLOCKED, "cf-mitigated"),
        ("/challenge-200", "site.test", S.BLOCKED, "Just a moment"),
        ("/status/500", "site.test", S.SERVER_ERROR, "after 2 attempts"),
        ("/status/429", "site.test", S.DEFERRED, "429"),
        ("/soft404", "site.test", S.SOFT_404, "Page not found"),
        ("/soft404-ru", "site.test", S.SOFT_404, "Страница не найдена"),
        ("/parked", "site.test", S.SOFT_404, "for sale"),
        ("/any/page", "parked.test", S.SOFT_404, "parking"),
        ("/gohome", "site.test", S.SOFT_404, "home page"),
        ("/gosearch", "site.test", S.SOFT_404, "search page"),
        ("/gologin", "site.test", S.BLOCKED, "login page"),
        ("/loop/a", "site.test", S.TOO_MANY_REDIRECTS, "loop"),
        ("/chain/12?code=302", "site.test", S.TOO_MANY_REDIRECTS, "more than 10"),
        ("/reset", "site.test", S.CONNECTION_ERROR, "reset"),
        ("/drop", "site.test", S.CONNECTION_ERROR, "without answering"),
        ("/redirect/302?to=ftp://files.test/x", "site.test", S.UNSUPPORTED_SCHEME, "ftp"),
        ("/redirect/302?to=http://[::1/x", "site.test", S.SERVER_ERROR, "invalid URL"),
        ("/redirect/302?to=http://exa%20mple/x", "site.test", S.SERVER_ERROR, "invalid URL"),
    ],
)
def test_http_verdicts(
    fetcher: Fetcher, http_server: SiteServer, path: str, host: str, status: S, words: str
) -> None:
    result = fetcher.check(http_server.url(path, host))
    assert result.status is status, result
    assert words in result.reason
    assert result.checked_at == fixed_clock()
    assert result.elapsed_ms is not None


def test_alive_result_carries_page_facts(fetcher: Fetcher, http_server: SiteServer) -> None:
    result = fetcher.check(http_server.url("/a/facts"))
    assert result.http_status == 200
    assert result.page_title == "Article facts"
    assert result.page_text and "cooperation between research" in result.page_text
    assert "var x" not in result.page_text  # scripts are not visible text
    assert result.final_url is None and result.redirects == ()


def test_cp1251_page_is_decoded(fetcher: Fetcher, http_server: SiteServer) -> None:
    assert fetcher.check(http_server.url("/cp1251")).page_title == "Статья о сотрудничестве"


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("ftp://files.test/x", S.UNSUPPORTED_SCHEME),
        ("mailto:someone@site.test", S.UNSUPPORTED_SCHEME),
        ("doi:10.1000/182", S.UNSUPPORTED_SCHEME),
        ("www.site.test/page", S.INVALID_URL),
        ("http:///path", S.INVALID_URL),
        ("http://exa mple.test/", S.INVALID_URL),
        ("http://[::1/", S.INVALID_URL),
        ("http://site.test:99999/", S.INVALID_URL),
        ("http://bad..host/", S.INVALID_URL),
        ("", S.INVALID_URL),
    ],
)
def test_unfetchable_urls(fetcher: Fetcher, url: str, status: S) -> None:
    assert fetcher.check(url).status is status


def test_precheck_accepts_idn_and_ipv6() -> None:
    assert precheck("http://пример.рф/страница") is None
    assert precheck("http://[2001:4860::8888]:8080/x") is None


# --------------------------------------------------------------------------
# HEAD handling
# --------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/head405", "/head404"])
def test_failed_head_is_confirmed_with_get(
    make_fetcher: MakeFetcher, http_server: SiteServer, path: str
) -> None:
    result = make_fetcher(use_head=True).check(http_server.url(path))
    assert result.status is S.ALIVE
    methods = [m for m, _h, p in http_server.stats.requests_for(path)]
    assert methods[-2:] == ["HEAD", "GET"]


def test_successful_head_needs_no_get(make_fetcher: MakeFetcher, http_server: SiteServer) -> None:
    path = unique("/a/head-ok-")
    result = make_fetcher(use_head=True).check(http_server.url(path))
    assert result.status is S.ALIVE
    assert [m for m, _h, _p in http_server.stats.requests_for(path)] == ["HEAD"]


def test_head_404_still_dead_after_get(make_fetcher: MakeFetcher, http_server: SiteServer) -> None:
    path = unique("/missing-")
    assert make_fetcher(use_head=True).check(http_server.url(path)).status is S.DEAD
    assert [m for m, _h, _p in http_server.stats.requests_for(path)] == ["HEAD", "GET"]


# --------------------------------------------------------------------------
# Retries and Retry-After (injected sleep: the slept values are asserted)
# --------------------------------------------------------------------------


def test_retry_after_seconds_is_honoured(
    fetcher: Fetcher, http_server: SiteServer, sleeps: Sleeps
) -> None:
    path = unique("/flaky/sec-") + "?fail=1&code=503&retry_after=7"
    result = fetcher.check(http_server.url(path))
    assert result.status is S.ALIVE
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honoured(
    fetcher: Fetcher, http_server: SiteServer, sleeps: Sleeps, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(http_server, "now", lambda: float(FIXED_NOW))
    path = unique("/flaky/date-") + "?fail=1&code=429&retry_after=30&date=1"
    result = fetcher.check(http_server.url(path))
    assert result.status is S.ALIVE
    assert sleeps == [30.0]


def test_retry_after_beyond_cap_is_deferred_without_waiting(
    fetcher: Fetcher, http_server: SiteServer, sleeps: Sleeps
) -> None:
    path = unique("/flaky/long-") + "?fail=5&code=429&retry_after=3600"
    result = fetcher.check(http_server.url(path))
    assert result.status is S.DEFERRED
    assert result.http_status == 429
    assert "3600" in result.reason
    assert sleeps == []
    assert len(http_server.stats.requests_for(path.split("?")[0])) == 1


def test_503_beyond_cap_is_deferred_too(
    fetcher: Fetcher, http_server: SiteServer, sleeps: Sleeps
) -> None:
    path = unique("/flaky/svc-") + "?fail=5&code=503&retry_after=500"
    assert fetcher.check(http_server.url(path)).status is S.DEFERRED
    assert sleeps == []


def test_exponential_backoff_with_jitter(
    make_fetcher: MakeFetcher, http_server: SiteServer, sleeps: Sleeps
) -> None:
    path = unique("/flaky/backoff-") + "?fail=9&code=502"
    result = make_fetcher(retries=3, backoff=1.0).check(http_server.url(path))
    assert result.status is S.SERVER_ERROR
    assert "after 4 attempts" in result.reason
    assert len(sleeps) == 3
    for slept, base in zip(sleeps, (1.0, 2.0, 4.0), strict=True):
        assert base <= slept <= base * 1.25
    assert len(http_server.stats.requests_for(path.split("?")[0])) == 4


def test_429_without_retry_after_ends_deferred(
    make_fetcher: MakeFetcher, http_server: SiteServer, sleeps: Sleeps
) -> None:
    path = unique("/flaky/rl-") + "?fail=9&code=429"
    result = make_fetcher(retries=2).check(http_server.url(path))
    assert result.status is S.DEFERRED
    assert len(sleeps) == 2


def test_reset_is_retried(fetcher: Fetcher, http_server: SiteServer, sleeps: Sleeps) -> None:
    http_server.stats.reset()
    assert fetcher.check(http_server.url("/reset")).status is S.CONNECTION_ERROR
    assert len(http_server.stats.requests_for("/reset")) == 2
    assert len(sleeps) == 1


def test_dead_is_not_retried(fetcher: Fetcher, http_server: SiteServer, sleeps: Sleeps) -> None:
    path = unique("/gone-")
    assert fetcher.check(http_server.url(path)).status is S.DEAD
    assert sleeps == []


# --------------------------------------------------------------------------
# Timeouts and size cap
# --------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/slow?s=1.5", "/slow-body?s=1.5"])
def test_timeout(make_fetcher: MakeFetcher, http_server: SiteServer, path: str) -> None:
    result = make_fetcher(timeout=0.3, retries=0).check(http_server.url(path))
    assert result.status is S.TIMEOUT


def test_size_cap_stops_reading(make_fetcher: MakeFetcher, http_server: SiteServer) -> None:
    cap = 100_000
    total_mb = 64
    path = unique("/huge?x=") + f"&mb={total_mb}"
    fetcher = make_fetcher(max_bytes=cap)
    outcome = fetcher.exchange("GET", http_server.url(path), read_body=True)
    assert isinstance(outcome, Exchange)
    assert outcome.status == 200
    assert len(outcome.body) == cap
    result = fetcher.check(http_server.url(path))
    assert result.status is S.ALIVE and result.page_title == "Huge"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and path not in http_server.stats.bytes_sent:
        time.sleep(0.05)
    # the server noticed the client hang up long before the end of the body
    assert http_server.stats.bytes_sent[path] < total_mb * 1024 * 1024 // 2


# --------------------------------------------------------------------------
# Redirects
# --------------------------------------------------------------------------


def test_permanent_chain_is_moved(fetcher: Fetcher, http_server: SiteServer) -> None:
    result = fetcher.check(http_server.url("/chain/2?code=301"))
    assert result.status is S.MOVED
    assert len(result.redirects) == 3
    assert result.final_url == http_server.url("/a/end")
    assert result.http_status == 200
    assert result.page_title == "Article end"


def test_308_is_permanent_too(fetcher: Fetcher, http_server: SiteServer) -> None:
    assert fetcher.check(http_server.url("/chain/0?code=308")).status is S.MOVED


def test_temporary_chain_is_alive_with_final_url(fetcher: Fetcher, http_server: SiteServer) -> None:
    result = fetcher.check(http_server.url("/chain/1?code=307"))
    assert result.status is S.ALIVE
    assert result.final_url == http_server.url("/a/end")
    assert "temporary" in result.reason


def test_http_to_https_upgrade_is_not_moved(
    fetcher: Fetcher, http_server: SiteServer, https_server: SiteServer
) -> None:
    path = f"/upgrade/doc?port={https_server.port}"
    result = fetcher.check(http_server.url(path))
    assert result.status is S.ALIVE
    assert "equivalent" in result.reason
    assert result.final_url == https_server.url(path)


def test_equivalent_urls() -> None:
    assert equivalent_urls("http://x.test/a/", "https://www.x.test/a")
    assert equivalent_urls("http://x.test:80/a", "https://x.test:443/a")
    assert not equivalent_urls("http://x.test/a", "https://x.test/b")
    assert not equivalent_urls("http://x.test/a?id=1", "http://x.test/a?id=2")


# --------------------------------------------------------------------------
# Soft 404 by random-path probe
# --------------------------------------------------------------------------


def test_catch_all_site_is_soft_404(fetcher: Fetcher, http_server: SiteServer) -> None:
    http_server.stats.reset()
    first = fetcher.check(http_server.url("/docs/2020/report", "catchall.test"))
    second = fetcher.check(http_server.url("/docs/2021/other", "catchall.test"))
    assert first.status is S.SOFT_404 and "random missing path" in first.reason
    assert second.status is S.SOFT_404
    probes = [p for _m, _h, p in http_server.stats.log if "bibcheck-" in p]
    assert len(probes) == 1  # cached per host and depth
    assert probes[0].startswith("/docs/2020/bibcheck-")  # same depth, same parent


def test_proper_site_passes_the_probe(fetcher: Fetcher, http_server: SiteServer) -> None:
    assert fetcher.check(http_server.url("/a/probe-me")).status is S.ALIVE


def test_probe_can_be_disabled(make_fetcher: MakeFetcher, http_server: SiteServer) -> None:
    result = make_fetcher(soft404_probe=False).check(http_server.url("/x/y", "catchall.test"))
    assert result.status is S.ALIVE


# --------------------------------------------------------------------------
# TLS
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "status", "words"),
    [
        ("site.test", S.ALIVE, "200"),
        ("wrongname.test", S.TLS_ERROR, "mismatch"),
        ("expired.test", S.TLS_ERROR, "expired"),
        ("untrusted.test", S.TLS_ERROR, "issuer"),
    ],
)
def test_tls(fetcher: Fetcher, https_server: SiteServer, host: str, status: S, words: str) -> None:
    result = fetcher.check(https_server.url("/a/tls", host))
    assert result.status is status, result
    assert words in result.reason


def test_test_ca_is_unknown_without_ca_bundle(
    make_fetcher: MakeFetcher, https_server: SiteServer
) -> None:
    result = make_fetcher(ca_bundle=None).check(https_server.url("/a/tls"))
    assert result.status is S.TLS_ERROR


# --------------------------------------------------------------------------
# DNS and the address policy
# --------------------------------------------------------------------------


def test_unresolvable_host(fetcher: Fetcher) -> None:
    result = fetcher.check("http://no-such-host.invalid/page")
    assert result.status is S.DNS_ERROR
    assert result.http_status is None


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_default_settings_refuse_loopback(http_server: SiteServer, host: str) -> None:
    path = unique("/a/private-")
    fetcher = Fetcher(CheckSettings(), clock=fixed_clock, sleep=Sleeps())
    result = fetcher.check(f"http://{host}:{http_server.port}{path}")
    assert result.status is S.FORBIDDEN_ADDRESS
    assert "loopback" in result.reason
    assert http_server.stats.requests_for(path) == []


@pytest.fixture
def public_only(net_settings: CheckSettings) -> CheckSettings:
    """Only public.test is treated as public; evil.test resolves to 10.0.0.1."""
    return dataclasses.replace(
        net_settings,
        resolve={**net_settings.resolve, "evil.test": "10.0.0.1"},
        allow_hosts=frozenset({"public.test"}),
    )


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/a/leak",
        "http://evil.test/a/leak",
        "http://[::ffff:127.0.0.1]:{port}/a/leak",
        "http://site.test:{port}/a/leak",  # a test host, but not exempt here
    ],
)
def test_redirect_to_forbidden_address_is_refused(
    public_only: CheckSettings, http_server: SiteServer, target: str
) -> None:
    http_server.stats.reset()
    fetcher = Fetcher(public_only, clock=fixed_clock, sleep=Sleeps())
    to = target.format(port=http_server.port)
    result = fetcher.check(http_server.url(f"/redirect/302?to={to}", "public.test"))
    assert result.status is S.FORBIDDEN_ADDRESS, result
    assert result.redirects == (to,)
    assert http_server.stats.requests_for("/a/leak") == []


def test_redirect_to_name_resolving_to_loopback_is_refused_at_connect(
    public_only: CheckSettings, http_server: SiteServer
) -> None:
    """A name the pre-check cannot see through: the connection check refuses it."""
    http_server.stats.reset()

    def resolver(host: str, port: int) -> list[str]:
        assert host == "sneaky.test"
        return ["127.0.0.1"]

    policy = AddressPolicy(
        resolve=public_only.resolve, allow_hosts=public_only.allow_hosts, resolver=resolver
    )
    fetcher = Fetcher(public_only, policy=policy, clock=fixed_clock, sleep=Sleeps())
    to = f"http://sneaky.test:{http_server.port}/a/leak"
    result = fetcher.check(http_server.url(f"/redirect/301?to={to}", "public.test"))
    assert result.status is S.FORBIDDEN_ADDRESS
    assert http_server.stats.requests_for("/a/leak") == []


# --------------------------------------------------------------------------
# Text extraction
# --------------------------------------------------------------------------


def test_extract_page_strips_markup() -> None:
    body = (
        b"<html><head><title> A &amp; B </title><style>p{}</style></head>"
        b"<body><!-- hidden --><p>Hello <b>world</b></p><script>alert(1)</script></body></html>"
    )
    assert extract_page(body, "text/html") == ("A & B", "Hello world")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(b"<p>a \t\n\r b</p>", "a b", id="ascii-runs"),
        pytest.param("<p>a\u00a0\u2003b\u3000c</p>".encode(), "a b c", id="unicode-spaces"),
        pytest.param(b"<p>a&nbsp;&nbsp;b&#10;c</p>", "a b c", id="entities-then-collapsed"),
        pytest.param(b"<p>\x1ca\x1fb\x0bc\x0cd</p>", "a b c d", id="separators"),
        pytest.param(b"  <p>  </p>  ", "", id="only-space"),
    ],
)
def test_extract_page_collapses_white_space(body: bytes, expected: str) -> None:
    title, text = extract_page(
        b"<head><title> t \n t </title></head>" + body, "text/html; charset=utf-8"
    )
    assert (title, text) == ("t t", expected)


def test_extract_page_ignores_binary() -> None:
    assert extract_page(b"%PDF-1.4", "application/pdf") == (None, None)


def test_decode_body_uses_meta_charset() -> None:
    body = "<meta charset='windows-1251'><title>Привет</title>".encode("cp1251")
    assert "Привет" in decode_body(body, "text/html")


def test_decode_body_tolerates_a_character_cut_by_the_cap() -> None:
    body = "<title>Сотрудничество</title>".encode()[:-9]  # cut inside a letter
    assert decode_body(body, "text/html; charset=utf-8").startswith("<title>Сотрудниче")


def test_decode_body_distrusts_a_wrong_declared_charset() -> None:
    body = ("<title>Сотрудничество и наука</title>" + "Текст статьи. " * 30).encode("cp1251")
    assert "Сотрудничество" in decode_body(body, "text/html; charset=utf-8")
