"""A check worker's last words reach the coordinator whole, however late it reads.

The worker ends with ``os._exit`` right after its summary (closing hundreds of
TLS connections gracefully would only delay the run); what is still in its
write buffer then is lost.  ``drain`` returns at once while less than the
buffer's high-water mark (64 KiB) is waiting: a 100,000-URL run, whose workers'
summaries cover 5,000 hosts each, failed with "check worker 0 exited (code 0)".
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = 50_000  # more than the socket takes at once, less than the high-water mark

CHILD = f"""
import asyncio, os, socket, sys
from bibcheck.check.worker import drain_all
from bibcheck.net.client import run_loop

async def main(sock):
    _reader, writer = await asyncio.open_connection(sock=sock)
    writer.write(b"x" * {SIZE})
    await drain_all(writer)
    os._exit(0)

sock = socket.socket(fileno=int(sys.argv[1]))
sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)  # a full socket: a busy reader
run_loop(main(sock))
"""


def test_everything_written_before_the_worker_exits_arrives() -> None:
    mine, theirs = socket.socketpair()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(theirs.fileno())],
        pass_fds=(theirs.fileno(),),
        cwd=ROOT,
    )
    theirs.close()
    time.sleep(1.0)  # a coordinator busy elsewhere: nothing read yet
    received = 0
    mine.settimeout(30)
    while chunk := mine.recv(1 << 16):
        received += len(chunk)
    mine.close()
    assert child.wait(timeout=30) == 0
    assert received == SIZE
