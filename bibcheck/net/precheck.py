"""URL checks that need no network: can this URL be fetched at all?"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.net import verdicts
from bibcheck.net.verdicts import Verdict
from bibcheck.urls import normalize_host, split_plain

_LABEL_RE = lazy_compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_BAD_CHAR_RE = lazy_compile(r"[\s\x00-\x1f]")


@functools.lru_cache(maxsize=4096)
def _host_problem(host: str) -> str | None:
    """Why ``host`` (as ``urlsplit`` gives it) is no host name, or None; remembered for
    the last few thousand hosts: a run asks it of every URL, a host has many."""
    if host.startswith("[") or ":" in host:
        return None  # IPv6 literal, already validated by urlsplit
    ascii_host = normalize_host(host)
    if not ascii_host.isascii() or len(ascii_host) > 253:
        return f"bad host name {host!r}"
    labels = ascii_host.split(".")
    if any(not _LABEL_RE.match(label) for label in labels):
        return f"bad host name {host!r}"
    return None


def precheck(url: str) -> Verdict | None:
    """A verdict if the URL cannot be fetched at all (no network needed)."""
    if not url or _BAD_CHAR_RE.search(url):
        return verdicts.invalid_url("empty or contains spaces/control characters")
    if split_plain(url) is not None:  # a plain origin: a valid scheme, host name and port
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError as e:
        return verdicts.invalid_url(str(e))
    scheme = parts.scheme.lower()
    if not scheme:
        return verdicts.invalid_url("no scheme (http:// or https://)")
    if scheme not in ("http", "https"):
        return verdicts.unsupported_scheme(scheme)
    hostname = parts.hostname
    if not hostname:
        return verdicts.invalid_url("no host")
    problem = _host_problem(hostname)
    return verdicts.invalid_url(problem) if problem else None


def equivalent_urls(a: str, b: str) -> bool:
    """True if ``b`` only canonicalises ``a``: http/https, ``www.``, port, slash."""

    def norm(url: str) -> tuple[str, str, str]:
        p = urlsplit(url)
        host = normalize_host(p.hostname or "")
        host = host[4:] if host.startswith("www.") else host
        return host, (p.path or "/").rstrip("/") or "/", p.query

    try:
        return norm(a) == norm(b)
    except ValueError:
        return False
