"""Address policy: which IP addresses the link checker may connect to.

A manuscript is untrusted input.  A URL such as ``http://192.168.1.1/admin``
or ``http://metadata.internal/`` must not make bibcheck probe the user's own
network (server-side request forgery), so by default every address that is not
globally routable is refused: private, loopback, link-local, multicast,
reserved, unspecified, shared (CGNAT) and documentation ranges, for IPv4, IPv6
and IPv4 embedded in IPv6 (``::ffff:10.0.0.1``, NAT64 ``64:ff9b::/96``).

Why the check lives inside the connection, not before the request: a host
name can resolve to a public address when checked and to a private one a
moment later (DNS rebinding), and every redirect hop names a new host.  So
the HTTP client's resolver (:mod:`bibcheck.net.dns`) resolves every name
through :meth:`AddressPolicy.allowed_addresses` and the client connects to
exactly the addresses it returned, while TLS (SNI, certificate host name
check) and the ``Host`` header still use the host *name*.  The same
hook implements a curl-style ``--resolve`` map (host -> IP), which tests and
the benchmark use to point made-up host names at 127.0.0.1.

Name resolution also follows RFC 6761: names under ``.invalid`` never resolve
(no DNS query is sent) and ``localhost`` names resolve to loopback.

Trade-offs: proxies are not supported (a proxy would resolve the name out of
our sight); hosts listed in ``allow_hosts`` (and everything when
``allow_private`` is set) bypass the address check - meant for tests and
intranet users only.
"""

from __future__ import annotations

import ipaddress
import socket
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from bibcheck.urls import normalize_host

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# getaddrinfo-compatible resolver: (host, port) -> list of IP strings
Resolver = Callable[[str, int], list[str]]
# called after each resolution attempt: (host, succeeded)
ResolutionListener = Callable[[str, bool], None]

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")


class ForbiddenAddressError(Exception):
    """The host resolves only to addresses the policy refuses to connect to.

    Deliberately not an ``OSError``: the HTTP client then lets it through
    unwrapped, so it can never be mistaken for a retryable network error.
    """

    def __init__(self, host: str, address: str, why: str) -> None:
        super().__init__(f"{host} resolves to {address} ({why}); refusing to connect")
        self.host = host
        self.address = address
        self.why = why


_IP_CHARS = "0123456789abcdefABCDEF.:"  # all an IP address literal is written with
# hosts whose pre-flight decision a policy remembers (AddressPolicy.check_host): a run of
# 100,000 hosts keeps no more than this many at a time
CHECKED_HOSTS = 4096


def parse_ip(text: str) -> IPAddress | None:
    """The address if ``text`` is an IP literal (brackets and zone id allowed).

    Compatibility forms are folded first: ``１２７.０.０.１`` (fullwidth digits, as a
    redirect may write them) is the address 127.0.0.1, and is judged as one.
    """
    if text.isascii():
        candidate = text.strip("[]").split("%", 1)[0]
        if candidate.strip(_IP_CHARS):  # a letter no address has (most host names): no literal
            return None
    else:
        candidate = unicodedata.normalize("NFKC", text).strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(candidate)
    except ValueError:
        return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address carried by an IPv4-mapped or NAT64 IPv6 address."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def forbidden_reason(ip: IPAddress | str) -> str | None:
    """Why connecting to ``ip`` is refused, or None if it is a public address."""
    addr = parse_ip(ip) if isinstance(ip, str) else ip
    if addr is None:
        return "not an IP address"
    if isinstance(addr, ipaddress.IPv6Address):
        inner = _embedded_ipv4(addr)
        if inner is not None:
            return forbidden_reason(inner)
        if addr.is_site_local:
            return "site-local address"
    checks: tuple[tuple[bool, str], ...] = (
        (addr.is_unspecified, "unspecified address"),
        (addr.is_loopback, "loopback address"),
        (addr.is_link_local, "link-local address"),
        (addr.is_multicast, "multicast address"),
        (isinstance(addr, ipaddress.IPv4Address) and addr in _CGNAT, "shared (CGNAT) address"),
        (addr.is_reserved, "reserved address"),
        (addr.is_private, "private address"),
        (not addr.is_global, "not a globally routable address"),
    )
    for hit, why in checks:
        if hit:
            return why
    return None


def is_forbidden_ip(ip: IPAddress | str) -> bool:
    """True if the policy (without overrides) refuses to connect to ``ip``."""
    return forbidden_reason(ip) is not None


def system_resolver(host: str, port: int) -> list[str]:
    """Resolve with the operating system (getaddrinfo), keeping order, deduplicated."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        ip = str(sockaddr[0])
        if ip not in seen:
            seen.append(ip)
    return seen


def _numeric_form(host: str) -> bool:
    """``127.1``, ``2130706433``, ``0x7f000001``: an address the C library reads as numbers."""
    try:
        socket.inet_aton(host)
    except OSError:
        return False
    return True


def _special_use(host: str) -> list[str] | None:
    """RFC 6761 answers: ``.invalid`` never resolves, ``localhost`` is loopback."""
    if host == "invalid" or host.endswith(".invalid"):
        raise socket.gaierror(socket.EAI_NONAME, f"{host}: reserved name (RFC 6761)")
    if host == "localhost" or host.endswith(".localhost"):
        return ["127.0.0.1", "::1"]
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Resolve host names and decide which resulting addresses may be used."""

    allow_private: bool = False
    allow_hosts: frozenset[str] = frozenset()
    resolve: Mapping[str, str] = field(default_factory=dict)
    resolver: Resolver = system_resolver
    listener: ResolutionListener | None = None
    _overrides: dict[str, str] = field(init=False, repr=False, compare=False)
    # check_host's answer per host as asked: it depends on the host alone (the policy's
    # fields are fixed), and a run asks it before every exchange
    _checked: dict[str, str | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        table = {normalize_host(name): ip for name, ip in self.resolve.items()}
        object.__setattr__(self, "_overrides", table)
        object.__setattr__(self, "_checked", {})
        hosts = frozenset(normalize_host(h) for h in self.allow_hosts)
        object.__setattr__(self, "allow_hosts", hosts)

    def _override(self, host: str) -> str | None:
        return self._overrides.get(host)

    def lookup(self, host: str, port: int) -> list[str]:
        """All addresses for ``host``; raises ``socket.gaierror`` when none."""
        host = normalize_host(host)
        literal = parse_ip(host)
        if literal is not None:
            return [str(literal)]
        override = self._override(host)
        # Only a DNS answer proves the network works: localhost and other special
        # names, or a numeric form ("127.1"), resolve offline too.  A ``resolve``
        # override stands for a DNS answer (that is how tests simulate DNS).
        proves = override is not None or not _numeric_form(host)
        try:
            if override is not None:
                found = [override]
            else:
                special = _special_use(host)
                proves = proves and special is None
                found = special if special is not None else self.resolver(host, port)
            if not found:
                raise socket.gaierror(socket.EAI_NONAME, f"{host}: no addresses")
        except socket.gaierror:
            self._notify(host, False)
            raise
        if proves:
            self._notify(host, True)
        return found

    def _notify(self, host: str, ok: bool) -> None:
        if self.listener is not None:
            self.listener(host, ok)

    def resolves_locally(self, host: str) -> bool:
        """True if ``host`` needs no resolver: an IP literal, an override or a special name."""
        host = normalize_host(host)
        if parse_ip(host) is not None or self._override(host) is not None:
            return True
        return host in ("invalid", "localhost") or host.endswith((".invalid", ".localhost"))

    def bypasses_check(self, host: str) -> bool:
        return self.allow_private or (
            bool(self.allow_hosts) and normalize_host(host) in self.allow_hosts
        )

    def allowed_addresses(self, host: str, port: int) -> list[str]:
        """Addresses we may connect to, in resolver order.

        Raises ``socket.gaierror`` if the name does not resolve and
        :class:`ForbiddenAddressError` if every address is refused.
        """
        found = self.lookup(host, port)
        if self.bypasses_check(host):
            return found
        allowed = [ip for ip in found if forbidden_reason(ip) is None]
        if not allowed:
            first = found[0]
            raise ForbiddenAddressError(host, first, forbidden_reason(first) or "refused")
        return allowed

    def check_host(self, host: str, port: int) -> str | None:
        """A reason if ``host`` is an IP literal or override the policy refuses.

        Cheap pre-flight check that needs no DNS; the binding check is the one
        in the connection.  Worked out once per host (a run asks before every exchange).
        """
        checked = self._checked
        if host in checked:
            return checked[host]
        if len(checked) >= CHECKED_HOSTS:  # a run's hosts come a few at a time: start afresh
            checked.clear()
        reason = checked[host] = self._check_host(host)
        return reason

    def _check_host(self, host: str) -> str | None:
        host = normalize_host(host)
        if self.bypasses_check(host):
            return None
        literal = parse_ip(host)
        target = str(literal) if literal is not None else self._override(host)
        if target is None:
            return None
        return forbidden_reason(target)
