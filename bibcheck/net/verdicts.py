"""Pure functions that turn observed facts into a verdict and a human reason.

No I/O here: the fetcher collects facts (status codes, headers, exceptions,
the redirect chain, soft-404 evidence) and these functions decide.  Keeping the
decision table apart makes it testable case by case and keeps the policy in
one place.

Guiding rule: ``DEAD`` is a strong claim (the cited page is gone), so it is
only given for 404/410 and for soft-404 evidence; anything that merely stops
*us* (bot walls, 401/403, odd 4xx, rate limits) is ``BLOCKED`` or
``DEFERRED``, never dead.
"""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import NamedTuple

import aiohttp

from bibcheck.model import LinkStatus
from bibcheck.net.policy import ForbiddenAddressError


class Verdict(NamedTuple):
    """A verdict and its human reason; ``retryable``: worth asking again (timeouts, resets)."""

    status: LinkStatus
    reason: str
    retryable: bool = False


# --------------------------------------------------------------------------
# HTTP status codes
# --------------------------------------------------------------------------

DEAD_CODES = frozenset({404, 410})
BLOCKED_CODES = frozenset({401, 402, 403, 407, 451, 999})
RATE_LIMIT_CODES = frozenset({429})
RETRYABLE_CODES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
PERMANENT_REDIRECTS = frozenset({301, 308})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


def describe_status(code: int) -> str:
    """``"HTTP 404 Not Found"``; unknown codes get no phrase."""
    try:
        return f"HTTP {code} {HTTPStatus(code).phrase}"
    except ValueError:
        return f"HTTP {code}"


def classify_status(code: int, accepted: frozenset[int] = frozenset()) -> Verdict:
    """Verdict for the final HTTP status of a request (redirects already followed)."""
    text = describe_status(code)
    if code in accepted:
        return Verdict(LinkStatus.ALIVE, f"{text} (accepted by configuration)")
    if 200 <= code < 300:
        return Verdict(LinkStatus.ALIVE, text)
    if code in DEAD_CODES:
        return Verdict(LinkStatus.DEAD, text)
    if code in BLOCKED_CODES:
        return Verdict(LinkStatus.BLOCKED, f"{text}: access refused to the checker")
    if code in RATE_LIMIT_CODES:
        return Verdict(LinkStatus.DEFERRED, f"{text}: rate limited, try again later")
    if code == 408:
        return Verdict(LinkStatus.TIMEOUT, text)
    if 400 <= code < 500:
        return Verdict(
            LinkStatus.BLOCKED, f"{text}: request refused (not proof that the page is gone)"
        )
    if 300 <= code < 400:
        return Verdict(LinkStatus.SERVER_ERROR, f"{text} without a usable Location header")
    return Verdict(LinkStatus.SERVER_ERROR, text)


# --------------------------------------------------------------------------
# Exceptions
# --------------------------------------------------------------------------


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and everything it wraps: causes, contexts, a ``reason``, args."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        cur = todo.pop(0)
        if id(cur) in seen:
            continue
        seen.add(id(cur))
        yield cur
        linked: list[object] = [cur.__cause__, cur.__context__, getattr(cur, "reason", None)]
        linked.extend(cur.args)
        todo.extend(x for x in linked if isinstance(x, BaseException))


_TLS_TYPES: tuple[type[BaseException], ...] = (
    ssl.SSLError,
    ssl.CertificateError,
    aiohttp.ClientSSLError,
)
_DNS_TYPES: tuple[type[BaseException], ...] = (aiohttp.ClientConnectorDNSError, socket.gaierror)
# every timeout (asyncio's, aiohttp's connect/read timeouts, socket timeouts) is a TimeoutError
_TIMEOUT_TYPES: tuple[type[BaseException], ...] = (TimeoutError,)
_REFUSED = "connection refused"
_CONNECTION_REASONS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((ConnectionRefusedError,), _REFUSED),
    # RemoteDisconnected subclasses ConnectionResetError: test it first
    (
        (http.client.RemoteDisconnected, aiohttp.ServerDisconnectedError),
        "server closed the connection without answering",
    ),
    ((ConnectionResetError, ConnectionAbortedError), "connection reset by the server"),
    (
        (http.client.IncompleteRead, aiohttp.ClientPayloadError, BrokenPipeError),
        "connection broken while reading the answer",
    ),
    # (http.client's parse errors: the curl transport's malformed answers)
    (
        (aiohttp.ClientResponseError, http.client.HTTPException),
        "the server sent a malformed answer",
    ),
)
_ERRNO_REASONS = {
    errno.ECONNREFUSED: _REFUSED,
    errno.ECONNRESET: "connection reset by the server",
    errno.ECONNABORTED: "connection reset by the server",
    errno.EPIPE: "connection broken while reading the answer",
}
_INVALID_TYPES: tuple[type[BaseException], ...] = (aiohttp.InvalidURL, UnicodeError)
_SCHEME_TYPES: tuple[type[BaseException], ...] = (
    aiohttp.NonHttpUrlClientError,
    aiohttp.NonHttpUrlRedirectClientError,
)


def _first(
    chain: list[BaseException], types: tuple[type[BaseException], ...]
) -> BaseException | None:
    return next((e for e in chain if isinstance(e, types)), None)


def _plain(exc: BaseException) -> bool:
    return not isinstance(exc, aiohttp.ClientError)


def _tls_reason(exc: BaseException) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        detail = getattr(exc, "verify_message", None) or str(exc)
        return f"certificate rejected: {detail}"
    if isinstance(exc, ssl.CertificateError):
        return f"certificate rejected: {exc}"
    return f"TLS handshake failed: {_short(exc)}"


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def _connection_reason(chain: list[BaseException]) -> str | None:
    for types, reason in _CONNECTION_REASONS:
        if _first(chain, types) is not None:
            return reason
    for exc in chain:
        if isinstance(exc, OSError) and exc.errno in _ERRNO_REASONS:
            return _ERRNO_REASONS[exc.errno]
    return None


def classify_exception(exc: BaseException) -> Verdict:
    """Verdict for a request that raised ``exc``.

    The whole chain is searched and the most specific fact wins, in this
    order: forbidden address, scheme, invalid URL, redirects, TLS, DNS,
    timeout, reset/refused.  (aiohttp's certificate and DNS errors are
    ``OSError`` subclasses of its connection error, hence the order.)
    Timeouts and resets are ``retryable``; refused, DNS and TLS are not.
    """
    chain = list(exception_chain(exc))
    if (hit := _first(chain, (ForbiddenAddressError,))) is not None:
        return Verdict(LinkStatus.FORBIDDEN_ADDRESS, str(hit))
    if (hit := _first(chain, _SCHEME_TYPES)) is not None:
        return Verdict(LinkStatus.UNSUPPORTED_SCHEME, f"unsupported URL scheme: {_short(hit)}")
    if (hit := _first(chain, _INVALID_TYPES)) is not None:
        return Verdict(LinkStatus.INVALID_URL, f"invalid URL: {_short(hit)}")
    if (hit := _first(chain, (aiohttp.TooManyRedirects,))) is not None:
        return Verdict(LinkStatus.TOO_MANY_REDIRECTS, _short(hit))
    # aiohttp's certificate error is itself an ssl.CertificateError: prefer the one it wraps
    cert: BaseException | None = next(
        (e for e in chain if isinstance(e, ssl.CertificateError) and _plain(e)), None
    )
    if cert is not None or (cert := _first(chain, _TLS_TYPES)) is not None:
        return Verdict(LinkStatus.TLS_ERROR, _tls_reason(cert))
    if (hit := _first(chain, _DNS_TYPES)) is not None:
        return Verdict(LinkStatus.DNS_ERROR, "host name does not resolve")
    if _first(chain, _TIMEOUT_TYPES) is not None:
        return Verdict(LinkStatus.TIMEOUT, "no answer within the timeout", retryable=True)
    reason = _connection_reason(chain)
    if reason is not None:
        return Verdict(LinkStatus.CONNECTION_ERROR, reason, retryable=reason != _REFUSED)
    os_error = _first(chain, (OSError,))
    if isinstance(os_error, OSError) and os_error.strerror:
        return Verdict(
            LinkStatus.CONNECTION_ERROR, f"network error: {os_error.strerror}", retryable=True
        )
    return Verdict(LinkStatus.CONNECTION_ERROR, f"connection failed: {_short(exc)}", retryable=True)


def is_retryable_exception(exc: BaseException) -> bool:
    """Timeouts and resets are worth another try; refused, DNS, TLS are not."""
    return classify_exception(exc).retryable


# --------------------------------------------------------------------------
# Rate limiting
# --------------------------------------------------------------------------


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP-date)."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def deferred_verdict(code: int, wait: float) -> Verdict:
    return Verdict(
        LinkStatus.DEFERRED,
        f"{describe_status(code)}: server asks to retry after {wait:.0f} s, beyond the limit",
    )


# --------------------------------------------------------------------------
# Bot walls
# --------------------------------------------------------------------------

_CHALLENGE_TITLES = (
    "just a moment",
    "attention required",
    "checking your browser",
    "ddos-guard",
    "please wait while we verify",
    "verifying you are human",
    "access denied",
    "are you a robot",
    "human verification",
)
_CHALLENGE_BODY = (
    "checking your browser before accessing",
    "cf-browser-verification",
    "challenge-platform",
    "enable javascript and cookies to continue",
    "please complete the security check",
    "verify you are human",
    "ddos protection by",
)


def challenge_evidence(
    code: int, headers: Mapping[str, str], title: str | None, text: str | None
) -> str | None:
    """Why the response looks like a bot challenge / WAF page, or None."""
    if headers.get("cf-mitigated", "").strip().lower() == "challenge":
        return "bot challenge (cf-mitigated: challenge)"
    low_title = (title or "").strip().lower()
    for marker in _CHALLENGE_TITLES:
        if low_title.startswith(marker):
            return f"bot challenge page ({title!r})"
    if code in (403, 429, 503):
        low_text = (text or "").lower()
        for marker in _CHALLENGE_BODY:
            if marker in low_text:
                return f"bot challenge page ({marker!r})"
    return None


def blocked_verdict(code: int, evidence: str) -> Verdict:
    return Verdict(LinkStatus.BLOCKED, f"{describe_status(code)}: {evidence}")


# --------------------------------------------------------------------------
# Redirects and soft 404
# --------------------------------------------------------------------------


def classify_redirect_chain(codes: list[int], final_url: str, trivial: bool) -> Verdict:
    """Verdict for a redirect chain that ended in a working page.

    ``codes`` are the redirect status codes in order; ``trivial`` says the
    final URL only canonicalises the original (http->https, www., slash).
    """
    hops = len(codes)
    if all(c in PERMANENT_REDIRECTS for c in codes) and not trivial:
        return Verdict(LinkStatus.MOVED, f"moved permanently ({hops} redirect(s)) to {final_url}")
    if trivial:
        return Verdict(LinkStatus.ALIVE, f"redirects to the equivalent {final_url}")
    return Verdict(LinkStatus.ALIVE, f"temporary redirect ({hops} hop(s)) to {final_url}")


def too_many_redirects(count: int, loop: bool) -> Verdict:
    if loop:
        return Verdict(LinkStatus.TOO_MANY_REDIRECTS, f"redirect loop after {count} redirect(s)")
    return Verdict(LinkStatus.TOO_MANY_REDIRECTS, f"more than {count} redirects")


def classify_soft404(kind: str, detail: str) -> Verdict:
    """Verdict for soft-404 evidence (see :mod:`bibcheck.net.soft404`).

    A redirect to a login page means the page probably exists behind a
    login or paywall: ``BLOCKED``.  Everything else is ``SOFT_404``.
    """
    if kind == "login":
        return Verdict(LinkStatus.BLOCKED, detail)
    return Verdict(LinkStatus.SOFT_404, detail)


def invalid_url(why: str) -> Verdict:
    return Verdict(LinkStatus.INVALID_URL, f"invalid URL: {why}")


def unsupported_scheme(scheme: str) -> Verdict:
    return Verdict(
        LinkStatus.UNSUPPORTED_SCHEME, f"unsupported URL scheme {scheme!r} (only http and https)"
    )
