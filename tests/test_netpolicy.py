"""Address policy: which IPs are refused, resolution overrides, and the
connection-level check (the one that cannot be bypassed by DNS tricks)."""

from __future__ import annotations

import asyncio
import socket
import ssl

import pytest

from bibcheck.model import LinkStatus
from bibcheck.net.client import HttpClient
from bibcheck.net.policy import (
    AddressPolicy,
    ForbiddenAddressError,
    forbidden_reason,
    is_forbidden_ip,
    parse_ip,
)
from bibcheck.net.settings import NetSettings
from bibcheck.net.verdicts import classify_exception
from bibcheck.urls import normalize_host
from tests.netserver import SiteServer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
        ("fe80::1%eth0", "fe80::1"),  # a zone id may hold letters
        ("[fe80::1%25en0]", "fe80::1"),
        ("::ffff:10.0.0.1", "::ffff:a00:1"),
        ("DEAD:beef::1", "dead:beef::1"),
        ("１２７.０.０.１", "127.0.0.1"),  # fullwidth digits fold to an address
        ("example.org", None),
        ("h00001.bench.internal", None),
        ("cafe", None),  # hex letters only, still a name
        ("abc.def", None),
        ("1.2.3", None),
        ("1.2.3.4 ", None),
        ("1.2.3.x", None),
        ("", None),
    ],
    ids=[
        "ipv4", "ipv6-brackets", "zone-id", "zone-id-brackets", "v4-mapped", "upper-hex",
        "fullwidth", "name", "bench-name", "hex-word", "hex-labels", "short-v4",
        "trailing-space", "letter-in-v4", "empty",
    ],
)  # fmt: skip
def test_parse_ip_tells_literals_from_names(text: str, expected: str | None) -> None:
    found = parse_ip(text)
    assert (str(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("ip", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata service
        ("100.64.0.1", "CGNAT"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("192.0.2.10", "private"),  # documentation range
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("fec0::1", "site-local"),
        ("ff02::1", "multicast"),
        ("2001:db8::1", "private"),
        ("::ffff:10.0.0.1", "private"),  # IPv4-mapped
        ("::ffff:127.0.0.1", "loopback"),
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("[::1]", "loopback"),
        ("fe80::1%eth0", "link-local"),
    ],
)
def test_forbidden_addresses(ip: str, why: str) -> None:
    reason = forbidden_reason(ip)
    assert reason is not None and why in reason
    assert is_forbidden_ip(ip)


@pytest.mark.parametrize(
    "ip", ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"]
)
def test_public_addresses_allowed(ip: str) -> None:
    assert forbidden_reason(ip) is None
    assert not is_forbidden_ip(ip)


def test_not_an_ip_is_refused() -> None:
    assert forbidden_reason("example.com") == "not an IP address"


def _no_dns(host: str, port: int) -> list[str]:
    raise AssertionError(f"the system resolver must not be asked about {host}")


def test_override_map_is_used_case_insensitively() -> None:
    policy = AddressPolicy(resolve={"Site.Test": "93.184.216.34"}, resolver=_no_dns)
    assert policy.lookup("site.test.", 80) == ["93.184.216.34"]
    assert policy.lookup("SITE.test", 80) == ["93.184.216.34"]


def test_invalid_tld_never_reaches_a_resolver() -> None:
    policy = AddressPolicy(resolver=_no_dns)
    with pytest.raises(socket.gaierror):
        policy.lookup("nothing.invalid", 80)


def test_localhost_is_loopback_without_dns() -> None:
    policy = AddressPolicy(resolver=_no_dns)
    assert "127.0.0.1" in policy.lookup("localhost", 80)
    with pytest.raises(ForbiddenAddressError):
        policy.allowed_addresses("api.localhost", 80)


def test_ip_literal_resolves_to_itself() -> None:
    assert AddressPolicy(resolver=_no_dns).lookup("[2606:4700::1]", 443) == ["2606:4700::1"]


def test_listener_hears_success_and_failure() -> None:
    heard: list[tuple[str, bool]] = []
    policy = AddressPolicy(
        resolve={"a.test": "8.8.8.8"},
        resolver=_no_dns,
        listener=lambda h, ok: heard.append((h, ok)),
    )
    policy.lookup("a.test", 80)
    with pytest.raises(socket.gaierror):
        policy.lookup("b.invalid", 80)
    assert heard == [("a.test", True), ("b.invalid", False)]


def test_private_addresses_are_filtered_out() -> None:
    policy = AddressPolicy(resolver=lambda h, p: ["10.0.0.1", "8.8.8.8", "127.0.0.1"])
    assert policy.allowed_addresses("mixed.test", 80) == ["8.8.8.8"]


def test_all_private_is_refused_with_reason() -> None:
    policy = AddressPolicy(resolver=lambda h, p: ["10.1.2.3"])
    with pytest.raises(ForbiddenAddressError) as info:
        policy.allowed_addresses("intranet.test", 80)
    assert info.value.address == "10.1.2.3"
    assert "private" in str(info.value)


@pytest.mark.parametrize(
    "policy",
    [
        AddressPolicy(allow_private=True, resolver=lambda h, p: ["10.1.2.3"]),
        AddressPolicy(allow_hosts=frozenset({"Intranet.Test"}), resolver=lambda h, p: ["10.1.2.3"]),
    ],
)
def test_bypasses(policy: AddressPolicy) -> None:
    assert policy.allowed_addresses("intranet.test", 80) == ["10.1.2.3"]


def test_check_host_needs_no_dns() -> None:
    policy = AddressPolicy(resolve={"evil.test": "10.0.0.1"}, resolver=_no_dns)
    assert policy.check_host("127.0.0.1", 80) == "loopback address"
    assert policy.check_host("evil.test", 80) == "private address"
    assert policy.check_host("unknown.test", 80) is None  # decided at connect time


def test_normalize_host_idna() -> None:
    assert normalize_host("Пример.РФ.") == "xn--e1afmkfd.xn--p1ai"


# --------------------------------------------------------------------------
# The binding check: inside the connection
# --------------------------------------------------------------------------


def _get(policy: AddressPolicy, url: str, ca_file: object = None, backend: str = "curl") -> int:
    """One GET through the real HTTP client with ``policy``; the status code."""

    async def go() -> int:
        settings = NetSettings(
            timeout=2, ca_bundle=str(ca_file) if ca_file else None, client=backend
        )
        client = HttpClient(settings, policy=policy)
        try:
            return (await client.send("GET", url)).status
        finally:
            await client.close()

    return asyncio.run(go())


def test_connection_refuses_name_that_resolves_to_loopback(
    http_server: SiteServer, http_backend: str
) -> None:
    """No override, no literal: only the connection-time check can catch this."""
    policy = AddressPolicy(resolver=lambda h, p: ["127.0.0.1"])
    url = http_server.url("/a/sneaky-target", host="sneaky.test")
    with pytest.raises(ForbiddenAddressError):
        _get(policy, url, backend=http_backend)
    assert not http_server.stats.requests_for("/a/sneaky-target")


def test_connection_goes_to_checked_ip_with_host_name_kept(
    http_server: SiteServer, http_backend: str
) -> None:
    policy = AddressPolicy(
        resolver=lambda h, p: ["127.0.0.1"], allow_hosts=frozenset({"named.test"})
    )
    url = http_server.url("/a/named", host="named.test")
    assert _get(policy, url, backend=http_backend) == 200
    assert ("GET", "named.test", "/a/named") in http_server.stats.requests_for("/a/named")


def test_tls_checks_the_name_not_the_ip(
    https_server: SiteServer, ca_file: object, http_backend: str
) -> None:
    """The good certificate covers 127.0.0.1 but not this name: must fail."""
    policy = AddressPolicy(resolve={"notincert.test": "127.0.0.1"}, allow_private=True)
    # aiohttp's certificate error is an ssl.CertificateError too; curl's is one
    with pytest.raises(ssl.SSLError) as raised:
        _get(policy, https_server.url("/a/x", host="notincert.test"), ca_file, http_backend)
    assert classify_exception(raised.value).status is LinkStatus.TLS_ERROR
    good = AddressPolicy(resolve={"site.test": "127.0.0.1"}, allow_private=True)
    assert _get(good, https_server.url("/a/x"), ca_file, http_backend) == 200


def test_proxies_are_refused(
    http_server: SiteServer, monkeypatch: pytest.MonkeyPatch, http_backend: str
) -> None:
    """Proxy variables are ignored: a proxy would resolve names out of the policy's sight."""
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # nothing listens there
    policy = AddressPolicy(resolve={"site.test": "127.0.0.1"}, allow_private=True)
    assert _get(policy, http_server.url("/a/no-proxy"), backend=http_backend) == 200


@pytest.mark.parametrize("host", ["localhost", "app.localhost", "127.1", "2130706433"])
def test_names_that_resolve_offline_do_not_prove_the_network(host: str) -> None:
    """Otherwise one cited localhost URL would make every real DNS failure 'evidence'."""
    heard: list[tuple[str, bool]] = []
    policy = AddressPolicy(
        resolver=lambda h, p: ["127.0.0.1"], listener=lambda h, ok: heard.append((h, ok))
    )
    policy.lookup(host, 80)
    assert heard == []
