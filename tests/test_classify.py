"""The decision table: facts (status codes, exception chains, headers) -> verdicts."""

from __future__ import annotations

import asyncio
import http.client
import socket
import ssl
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import aiohttp
import pytest
from aiohttp.client_reqrep import ConnectionKey, RequestInfo
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from bibcheck.model import LinkStatus as S
from bibcheck.net.policy import ForbiddenAddressError
from bibcheck.net.verdicts import (
    challenge_evidence,
    classify_exception,
    classify_redirect_chain,
    classify_soft404,
    classify_status,
    exception_chain,
    is_retryable_exception,
    retry_after_seconds,
)


@pytest.mark.parametrize(
    ("code", "status", "words"),
    [
        (200, S.ALIVE, "200 OK"),
        (203, S.ALIVE, "203"),
        (204, S.ALIVE, "204"),
        (404, S.DEAD, "Not Found"),
        (410, S.DEAD, "Gone"),
        (401, S.BLOCKED, "Unauthorized"),
        (402, S.BLOCKED, "402"),
        (403, S.BLOCKED, "Forbidden"),
        (451, S.BLOCKED, "451"),
        (999, S.BLOCKED, "999"),
        (429, S.DEFERRED, "rate limited"),
        (408, S.TIMEOUT, "408"),
        (400, S.BLOCKED, "not proof"),
        (405, S.BLOCKED, "not proof"),
        (406, S.BLOCKED, "not proof"),
        (500, S.SERVER_ERROR, "500"),
        (502, S.SERVER_ERROR, "Bad Gateway"),
        (503, S.SERVER_ERROR, "503"),
        (521, S.SERVER_ERROR, "521"),
        (302, S.SERVER_ERROR, "Location"),
    ],
)
def test_status_codes(code: int, status: S, words: str) -> None:
    verdict = classify_status(code)
    assert verdict.status is status
    assert words in verdict.reason


def test_accepted_status_counts_as_alive() -> None:
    assert classify_status(999, frozenset({999})).status is S.ALIVE
    assert classify_status(999).status is S.BLOCKED


# --------------------------------------------------------------------------
# Exceptions: real wrapping as aiohttp does it
# --------------------------------------------------------------------------


KEY = ConnectionKey("x.test", 443, True, True, None, None, None)
INFO = RequestInfo(
    URL("http://x.test/"), "GET", CIMultiDictProxy(CIMultiDict()), URL("http://x.test/")
)


def _raised(exc: Exception, cause: BaseException | None = None) -> Exception:
    """``exc`` as aiohttp raises it: ``raise exc from cause`` inside an except block."""
    try:
        try:
            raise cause or exc
        except BaseException as inner:
            raise exc from inner if cause is not None else None
    except Exception as final:
        return final


def _dns() -> Exception:
    gai = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return _raised(aiohttp.ClientConnectorDNSError(KEY, gai), gai)


def _refused() -> Exception:
    err = ConnectionRefusedError(111, "Connection refused")
    return _raised(aiohttp.ClientConnectorError(KEY, err), err)


def _cert() -> Exception:
    bad = ssl.SSLCertVerificationError(1, "certificate verify failed")
    bad.verify_message = "self-signed certificate"
    return _raised(aiohttp.ClientConnectorCertificateError(KEY, bad), bad)


def _connect_timeout() -> Exception:
    return _raised(aiohttp.ConnectionTimeoutError("Connection timeout to host x.test"))


@pytest.mark.parametrize(
    ("make", "status", "words"),
    [
        (_dns, S.DNS_ERROR, "does not resolve"),
        (lambda: socket.gaierror(-2, "Name or service not known"), S.DNS_ERROR, "resolve"),
        (_refused, S.CONNECTION_ERROR, "refused"),
        (_cert, S.TLS_ERROR, "self-signed"),
        (
            lambda: aiohttp.ClientConnectorSSLError(KEY, ssl.SSLError(1, "handshake")),
            S.TLS_ERROR,
            "TLS",
        ),
        (_connect_timeout, S.TIMEOUT, "timeout"),
        (lambda: aiohttp.SocketTimeoutError("read"), S.TIMEOUT, "timeout"),
        (lambda: _raised(TimeoutError(), asyncio.CancelledError()), S.TIMEOUT, "timeout"),
        (
            lambda: aiohttp.ClientOSError(104, "Connection reset by peer"),
            S.CONNECTION_ERROR,
            "reset",
        ),
        (
            lambda: _raised(aiohttp.ServerDisconnectedError(), http.client.RemoteDisconnected()),
            S.CONNECTION_ERROR,
            "without answering",
        ),
        (lambda: aiohttp.ClientPayloadError("broken"), S.CONNECTION_ERROR, "broken"),
        (lambda: OSError(101, "Network is unreachable"), S.CONNECTION_ERROR, "unreachable"),
        (
            lambda: ForbiddenAddressError("a.test", "10.0.0.1", "private address"),
            S.FORBIDDEN_ADDRESS,
            "10.0.0.1",
        ),
        (lambda: aiohttp.NonHttpUrlClientError("ftp://x.test/"), S.UNSUPPORTED_SCHEME, "scheme"),
        (lambda: aiohttp.InvalidURL("bad"), S.INVALID_URL, "invalid"),
        (lambda: aiohttp.InvalidUrlClientError("http://[x"), S.INVALID_URL, "invalid"),
        (
            lambda: aiohttp.TooManyRedirects(INFO, (), message="30"),
            S.TOO_MANY_REDIRECTS,
            "30",
        ),
        (lambda: RuntimeError("weird"), S.CONNECTION_ERROR, "weird"),
    ],
)
def test_exceptions(make: object, status: S, words: str) -> None:
    exc = make()  # type: ignore[operator]
    verdict = classify_exception(exc)
    assert verdict.status is status, verdict
    assert words in verdict.reason


def test_ssl_error_wins_over_its_connection_error_base() -> None:
    # aiohttp's certificate error subclasses its connection error: the order matters
    assert isinstance(_cert(), aiohttp.ClientConnectorError)
    assert classify_exception(_cert()).status is S.TLS_ERROR


def test_name_resolution_is_not_a_timeout() -> None:
    # aiohttp's DNS error is an OSError like its timeouts' bases
    assert classify_exception(_dns()).status is S.DNS_ERROR


def test_exception_chain_walks_reason_cause_and_args() -> None:
    names = [type(e).__name__ for e in exception_chain(_dns())]
    assert names[0] == "ClientConnectorDNSError"
    assert "gaierror" in names and "ConnectionKey" not in names


@pytest.mark.parametrize(
    ("make", "retry"),
    [
        (_connect_timeout, True),
        (lambda: aiohttp.SocketTimeoutError("t"), True),
        (lambda: ConnectionResetError(104, "reset"), True),
        (_refused, False),
        (_dns, False),
        (_cert, False),
    ],
)
def test_retryable(make: object, retry: bool) -> None:
    assert is_retryable_exception(make()) is retry  # type: ignore[operator]


# --------------------------------------------------------------------------
# Retry-After
# --------------------------------------------------------------------------

NOW = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 7 ", 7.0),
        (format_datetime(NOW + timedelta(seconds=30), usegmt=True), 30.0),
        ("Wed, 01 May 2024 12:01:00 GMT", 60.0),
        (format_datetime(NOW - timedelta(seconds=30), usegmt=True), 0.0),
        ("soon", None),
        ("-5", None),
        (None, None),
    ],
)
def test_retry_after(value: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(value, NOW) == seconds


# --------------------------------------------------------------------------
# Bot walls, redirects, soft 404
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "headers", "title", "text", "hit"),
    [
        (403, {"cf-mitigated": "challenge"}, None, None, True),
        (503, {}, "Just a moment...", "", True),
        (403, {}, "Attention Required! | Cloudflare", "", True),
        (200, {}, "Checking your browser", "", True),
        (503, {}, "Site", "Checking your browser before accessing example.com", True),
        (200, {}, "Site", "Checking your browser before accessing example.com", False),
        (403, {}, "Forbidden", "You do not have permission.", False),
        (200, {}, "An article about captchas", "Just a moment... said the author", False),
    ],
)
def test_challenge_evidence(
    code: int, headers: dict[str, str], title: str | None, text: str | None, hit: bool
) -> None:
    assert (challenge_evidence(code, headers, title, text) is not None) is hit


@pytest.mark.parametrize(
    ("codes", "trivial", "status"),
    [
        ([301], False, S.MOVED),
        ([301, 308], False, S.MOVED),
        ([301], True, S.ALIVE),
        ([302], False, S.ALIVE),
        ([307], False, S.ALIVE),
        ([301, 302], False, S.ALIVE),
    ],
)
def test_redirect_chain(codes: list[int], trivial: bool, status: S) -> None:
    verdict = classify_redirect_chain(codes, "https://new.test/page", trivial)
    assert verdict.status is status
    assert "https://new.test/page" in verdict.reason


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("text", S.SOFT_404),
        ("parking", S.SOFT_404),
        ("home", S.SOFT_404),
        ("search", S.SOFT_404),
        ("random-path", S.SOFT_404),
        ("login", S.BLOCKED),
    ],
)
def test_soft404_kinds(kind: str, status: S) -> None:
    assert classify_soft404(kind, "detail").status is status
