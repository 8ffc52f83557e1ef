"""``split_plain`` (round 18): the fast path of precheck, host_key and probe_key must give
exactly what the full ``urlsplit`` reading gives, for every URL it accepts, and refuse
every URL whose reading it cannot vouch for."""

from __future__ import annotations

import random
from urllib.parse import urlsplit

import pytest

from bibcheck.net import precheck as precheck_module
from bibcheck.net.precheck import precheck
from bibcheck.net.soft404 import probe_key
from bibcheck.urls import host_key, normalize_host, split_plain

TRICKY = [
    "https://example.org",
    "https://example.org/",
    "http://example.org:8080/a/b.html?x=1#f",
    "https://example.org?x",
    "https://example.org#frag?x",
    "https://example.org/a#b?c",
    "https://example.org/a?b#c/d",
    "https://a.b.c.d.example.org/x/",
    "https://x_y.example.org/p",
    "https://-bad.example.org/p",
    "https://bad-.example.org/p",
    "https://a..b.org/p",
    "https://.a.org/p",
    "https://a.org./p",
    "https://" + "a" * 63 + ".org/",
    "https://" + "a" * 64 + ".org/",
    "https://" + ".".join(["abcdefgh"] * 28) + "/",
    "https://" + ".".join(["abcdefgh"] * 29) + "/",
    "https://example.org:65535/",
    "https://example.org:65536/",
    "https://example.org:0/",
    "https://example.org:00080/",
    "https://example.org:/",
    "https://example.org:x/",
    "https://Example.org/",
    "HTTPS://example.org/",
    "ftp://example.org/",
    "https://user@example.org/",
    "https://user:pw@example.org/",
    "https://[::1]/",
    "https://127.0.0.1/",
    "https://127.0.0.1:8443/x",
    "https://пример.рф/",
    "https://example.org/путь/страница",
    "https://example.org/a b",
    "https://example.org/a\tb",
    "https://example.org/a\nb",
    "https://example.org/a\x7fb",
    " https://example.org/",
    "https://example.org/\u00a0",
    "https://exa mple.org/",
    "https://example.org\\evil.com/",
    "https:/example.org/",
    "https:example.org",
    "https://",
    "https:///path",
    "https://example.org/a/b/c.tar.gz",
    "https://example.org/a/b/c.html/",
    "https://example.org//a//b",
    "https://example.org/%7Euser/?q=%20#x",
]


def _random_urls(n: int) -> list[str]:
    rng = random.Random(18)
    alphabet = "abcXYZ019_-.:/?#@[]% \t\x00\x7fé"
    out = []
    for _ in range(n):
        scheme = rng.choice(["http", "https", "HTTP", "ftp", "https"])
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        host = ".".join(
            "".join(rng.choice("abz09_-") for _ in range(rng.randint(0, 6)))
            for _ in range(rng.randint(1, 4))
        )
        port = rng.choice(["", ":", ":80", ":99999", ":0x"])
        out.append(f"{scheme}://{host}{port}{rng.choice(['', '/', '?', '#'])}{body}")
    return out


def _plausible_urls(n: int) -> list[str]:
    """Mostly URLs of the plain form, some with one character changed anywhere."""
    rng = random.Random(1818)
    odd = "A:@[] \t\n\x00\x7f%é.-_?#/\\"
    out = []
    for _ in range(n):
        labels = [
            "".join(rng.choice("abcxyz0189_-") for _ in range(rng.randint(1, 8)))
            for _ in range(rng.randint(1, 4))
        ]
        port = rng.choice(["", "", ":443", ":8080", ":65535", ":70000"])
        path = "".join(rng.choice("abc/.-_~%=&;,+!$'()*?#") for _ in range(rng.randint(0, 20)))
        url = f"{rng.choice(['http', 'https'])}://{'.'.join(labels)}{port}/{path}"
        if rng.random() < 0.3:
            at = rng.randrange(len(url))
            url = url[:at] + rng.choice(odd) + url[at + 1 :]
        out.append(url)
    return out


GENERATED = _random_urls(1500) + _plausible_urls(2500)


def _full_precheck(url: str) -> object:
    """The precheck without the fast path (its full reading)."""
    original = precheck_module.split_plain
    precheck_module.split_plain = lambda _url: None  # type: ignore[assignment]
    try:
        return precheck(url)
    finally:
        precheck_module.split_plain = original


def _full_host_key(url: str) -> str:
    try:
        return normalize_host(urlsplit(url).hostname or "")
    except ValueError:
        return ""


def _full_probe_key(url: str) -> tuple[str, str, int, bool, str]:
    parts = urlsplit(url)
    path = parts.path or "/"
    segments = [s for s in path.split("/") if s]
    ext = segments[-1].rsplit(".", 1)[1] if segments and "." in segments[-1] else ""
    return (parts.scheme, parts.netloc.lower(), len(segments), path.endswith("/"), ext[:5])


@pytest.mark.parametrize("url", TRICKY)
def test_fast_path_reads_as_urlsplit(url: str) -> None:
    _same_reading(url)


def test_fast_path_reads_generated_urls_as_urlsplit() -> None:
    taken = 0
    for url in GENERATED:
        taken += _same_reading(url)
    assert taken > 1000  # the fast path was exercised, not only refused


def _same_reading(url: str) -> bool:
    """Assert that the fast path reads ``url`` as the full reading does; True if taken."""
    plain = split_plain(url)
    assert precheck(url) == _full_precheck(url)
    host_key.cache_clear()
    assert host_key(url) == _full_host_key(url)
    if plain is None:
        return False
    # accepted: urlsplit agrees on every part, and the URL passes the full precheck
    parts = urlsplit(url)
    assert plain == (parts.scheme, parts.netloc, parts.hostname, parts.path)
    assert _full_precheck(url) is None
    assert probe_key(url) == _full_probe_key(url)
    return True


def test_fast_path_takes_the_common_urls_and_refuses_the_rest() -> None:
    assert split_plain("https://example.org/a/b.html?x=1#f") == (
        "https",
        "example.org",
        "example.org",
        "/a/b.html",
    )
    assert split_plain("http://example.org:8080") == ("http", "example.org:8080", "example.org", "")
    for url in (
        "https://Example.org/",
        "https://user@example.org/",
        "https://example.org:65536/",
        "https://a..b.org/",
        "https://example.org/a b",
        "https://пример.рф/",
        "https://[::1]/",
    ):
        assert split_plain(url) is None, url
