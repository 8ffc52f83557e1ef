"""Which asynchronous HTTP client to build the link engine on: aiohttp or httpx.

Both clients fetch the same N pages over HTTPS with keep-alive from the test
server (tests/netserver.py) running in a separate process, ``--concurrency``
requests in flight over ``--hosts`` virtual hosts, bodies read in full.
Printed per client: wall time, client CPU seconds (user + system) per 1,000
requests, requests per second and connections opened (counted by the server).

Run from the repository root (the ``bench`` extra installs httpx)::

    .venv/bin/python benchmarks/http_client_bench.py --n 3000
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import resource
import ssl
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def serve(conn: Connection, ca_path: str) -> None:
    from tests.netserver import Certs, SiteServer

    certs = Certs.create()
    certs.write_ca(Path(ca_path))
    server = SiteServer(tls=certs.server_context()).start()
    conn.send(server.port)
    while True:
        command = conn.recv()
        if command == "connections":
            conn.send(server.stats.connections)
        elif command == "reset":
            server.stats.reset()
            conn.send("ok")
        else:
            server.stop()
            conn.send("bye")
            return


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def with_aiohttp(urls: list[str], port: int, ca: str, concurrency: int) -> None:
    import aiohttp
    from aiohttp.abc import AbstractResolver, ResolveResult

    class Loopback(AbstractResolver):
        async def resolve(self, host: str, port: int = 0, family: int = 0) -> list[ResolveResult]:
            return [
                {"hostname": host, "host": "127.0.0.1", "port": port, "family": 2, "proto": 0,
                 "flags": 0}
            ]  # fmt: skip

        async def close(self) -> None:
            return None

    context = ssl.create_default_context(cafile=ca)
    connector = aiohttp.TCPConnector(
        limit=concurrency, resolver=Loopback(), ssl=context, use_dns_cache=False
    )
    gate = asyncio.Semaphore(concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one(url: str) -> None:
            async with gate, session.get(url) as resp:
                await resp.read()

        await asyncio.gather(*(one(u) for u in urls))


async def with_httpx(urls: list[str], port: int, ca: str, concurrency: int, h2: bool) -> None:
    import httpx

    context = ssl.create_default_context(cafile=ca)
    transport = httpx.AsyncHTTPTransport(
        verify=context,
        http2=h2,
        limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
    )
    gate = asyncio.Semaphore(concurrency)
    # the test host names are made up: point them at loopback through the URL's IP while
    # sending the name in the Host header and SNI
    async with httpx.AsyncClient(transport=transport) as client:

        async def one(url: str) -> None:
            host = url.split("/")[2].split(":")[0]
            async with gate:
                resp = await client.get(
                    url.replace(host, "127.0.0.1", 1),
                    headers={"Host": f"{host}:{port}"},
                    extensions={"sni_hostname": host},
                )
                await resp.aread()

        await asyncio.gather(*(one(u) for u in urls))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        ca = str(Path(tmp) / "ca.pem")
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(target=serve, args=(child, ca), daemon=True)
        process.start()
        port = int(parent.recv())
        hosts = [f"h{i:03d}.bench.test" for i in range(args.hosts)]
        urls = [f"https://{hosts[i % len(hosts)]}:{port}/a/u{i}" for i in range(args.n)]
        clients = {
            "aiohttp": lambda: with_aiohttp(urls, port, ca, args.concurrency),
            "httpx": lambda: with_httpx(urls, port, ca, args.concurrency, False),
        }
        try:
            for name, make in clients.items():
                parent.send("reset")
                parent.recv()
                began, cpu0 = time.monotonic(), cpu()
                asyncio.run(make())
                wall, used = time.monotonic() - began, cpu() - cpu0
                parent.send("connections")
                opened = parent.recv()
                print(
                    f"{name:<8} N={args.n}  wall={wall:6.2f}s  {args.n / wall:7.0f} req/s  "
                    f"client CPU={1000 * used / args.n:6.2f} s per 1k requests  "
                    f"connections={opened}",
                    flush=True,
                )
        finally:
            parent.send("stop")
            parent.recv()
            process.join(timeout=5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
