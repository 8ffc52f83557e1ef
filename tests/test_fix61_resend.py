"""A request libcurl sends twice (issue 12's engine, found by fix61g).

When a kept-alive connection dies just as a request goes out on it, libcurl sends the
request again on a new connection: PREREQFUNCTION runs twice before the transfer ends,
and the fetch must wait for the end however often the request went out (it failed with
an AssertionError).  A real loopback server that hangs up after its first answer.
"""

from __future__ import annotations

import dataclasses
import socket
import threading

import pytest

from bibcheck.check.settings import CheckSettings
from bibcheck.net.client import Exchange
from tests.netclient import Fetcher


@pytest.fixture
def http_backend() -> str:
    return "curl"


class _HangUpServer:
    """Answers with keep-alive and hangs up a connection idle for ``idle`` seconds
    (``once``: after its first answer, without reading the next request); the request
    lines and bodies are written down."""

    def __init__(self, idle: float, *, once: bool = False) -> None:
        self.idle = idle
        self.once = once
        self.lines: list[str] = []
        self.bodies: list[bytes] = []
        self.connections = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve_connection, args=(conn,), daemon=True).start()

    def _serve_connection(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(self.idle)
            data = b""
            try:
                while True:
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(4096)
                        if not chunk:
                            return
                        data += chunk
                    head, _, data = data.partition(b"\r\n\r\n")
                    lines = head.decode("latin-1").split("\r\n")
                    length = 0
                    for line in lines[1:]:
                        name, _, value = line.partition(":")
                        if name.strip().lower() == "content-length":
                            length = int(value)
                    while len(data) < length:
                        data += conn.recv(4096)
                    self.lines.append(lines[0])
                    self.bodies.append(data[:length])
                    data = data[length:]
                    threading.Event().wait(0.02)  # (an answer a little late, as over a network)
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                    if self.once:
                        threading.Event().wait(self.idle)
                        return
            except OSError:  # idle too long
                return

    def url(self, path: str) -> str:
        return f"http://site.test:{self.port}{path}"

    def close(self) -> None:
        self.sock.close()


def test_a_request_libcurl_sends_again_on_a_fresh_connection(
    net_settings: CheckSettings,
) -> None:
    # the server hangs up a kept-alive connection as the next request arrives on it:
    # libcurl sends that request again on a new connection, and it went out twice
    server = _HangUpServer(idle=0.3, once=True)
    try:
        fetcher = Fetcher(dataclasses.replace(net_settings, retries=0))
        outcomes = [fetcher.exchange("GET", server.url(f"/r{i}")) for i in range(3)]
        assert [o.status for o in outcomes if isinstance(o, Exchange)] == [200, 200, 200]
        assert server.lines == ["GET /r0 HTTP/1.1", "GET /r1 HTTP/1.1", "GET /r2 HTTP/1.1"]
        assert server.connections == 3
        fetcher.close()
    finally:
        server.close()
