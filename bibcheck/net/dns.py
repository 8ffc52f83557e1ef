"""Asynchronous name resolution through the address policy, with a per-run cache.

The HTTP client resolves every host name here (it is the client's aiohttp
resolver), so the address policy decides which addresses a connection may
use - at every redirect hop, for every new connection.  The operating
system's resolver (``getaddrinfo``, which honours ``/etc/hosts`` and
``nsswitch``) runs in a pool of threads so that a slow name never blocks the
event loop; each answer, or failure, is cached for ``ttl`` seconds and
concurrent lookups of one name share a single query.  ``resolve`` overrides,
IP literals and RFC 6761 names are answered at once, without a thread.
"""

from __future__ import annotations

import asyncio
import socket
import time
from concurrent.futures import ThreadPoolExecutor

from aiohttp.abc import AbstractResolver, ResolveResult

from bibcheck.net.policy import AddressPolicy, ForbiddenAddressError
from bibcheck.urls import normalize_host

DNS_THREADS = 32
DNS_TTL = 300.0

_Answer = list[str] | OSError | ForbiddenAddressError


class PolicyResolver(AbstractResolver):
    """aiohttp resolver that returns only the addresses the policy allows."""

    def __init__(
        self, policy: AddressPolicy, *, threads: int = DNS_THREADS, ttl: float = DNS_TTL
    ) -> None:
        self.policy = policy
        self.ttl = ttl
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="bibcheck-dns")
        self._cache: dict[tuple[str, int], tuple[float, _Answer]] = {}
        self._pending: dict[tuple[str, int], asyncio.Future[_Answer]] = {}
        self.queries = 0  # lookups that were not answered from the cache

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        addresses = await self.addresses(host, port)
        return [
            {
                "hostname": host,
                "host": ip,
                "port": port,
                "family": socket.AF_INET6 if ":" in ip else socket.AF_INET,
                "proto": 0,
                "flags": socket.AI_NUMERICHOST,
            }
            for ip in addresses
        ]

    async def addresses(self, host: str, port: int) -> list[str]:
        """Allowed addresses of ``host``; raises ``socket.gaierror`` or ForbiddenAddressError."""
        key = (normalize_host(host), port)
        answer = self._cached(key)
        if answer is None:
            answer = await self._query(key)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def _cached(self, key: tuple[str, int]) -> _Answer | None:
        hit = self._cache.get(key)
        if hit is None or hit[0] < time.monotonic():
            return None
        return hit[1]

    async def _query(self, key: tuple[str, int]) -> _Answer:
        pending = self._pending.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[_Answer] = loop.create_future()
        self._pending[key] = future
        self.queries += 1
        try:
            answer = await self._lookup(key)
        finally:
            del self._pending[key]
        self._cache[key] = (time.monotonic() + self.ttl, answer)
        future.set_result(answer)
        return answer

    async def _lookup(self, key: tuple[str, int]) -> _Answer:
        host, port = key
        try:
            if self.policy.resolves_locally(host):
                return self.policy.allowed_addresses(host, port)
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._pool, self.policy.allowed_addresses, host, port)
        except (OSError, ForbiddenAddressError) as exc:  # does not resolve / every address refused
            return exc

    async def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
