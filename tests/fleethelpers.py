"""Worker processes for the fleet tests: started as `bibcheck worker`, watched, killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class WorkerProcess:
    """One `bibcheck worker` process and the lines it logged."""

    name: str
    proc: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None

    def _drain(self) -> None:
        """Wait until every line the process wrote has been read."""
        if self.reader is not None:
            self.reader.join(timeout=10)

    def started_job_for(self, needle: str) -> bool:
        return any("Starting job" in line and needle in line for line in list(self.lines))

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self._drain()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
        self._drain()


def start_worker(url: str, name: str, *args: str) -> WorkerProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bibcheck", "worker", "--db", url, "--name", name, "-v", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    worker = WorkerProcess(name, proc)

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            worker.lines.append(line)

    worker.reader = threading.Thread(target=read, daemon=True)
    worker.reader.start()
    return worker


def wait_until(predicate: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")
