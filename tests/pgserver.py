"""A throwaway PostgreSQL cluster for the tests (never a mock).

``PgServer.start()`` runs ``initdb`` and ``pg_ctl`` from the machine's
PostgreSQL (``/usr/lib/postgresql/*/bin`` on Debian, or on ``PATH``) in a
temporary directory, on a private socket directory and a free loopback port,
with durability switched off (a test cluster is thrown away).  As root (CI),
``initdb`` and the server run as the ``postgres`` user through ``runuser``.
``BIBCHECK_TEST_PG`` (a ``postgresql://`` URL of a database on a running
server whose user may create databases) uses that server instead.

Every failure to start raises :class:`PgUnavailable` with the reason, so the
tests can skip with it.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


class PgUnavailable(Exception):
    pass


def _bindir() -> Path:
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PgUnavailable("no PostgreSQL server installed (initdb not found; .ci/run installs it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """A running PostgreSQL server the tests may create databases on."""

    def __init__(self) -> None:
        self.admin_url = ""
        self._tmp: Path | None = None
        self._pg_ctl: list[str] = []
        self._created = 0

    # -- life cycle ---------------------------------------------------------

    def start(self) -> PgServer:
        given = os.environ.get("BIBCHECK_TEST_PG")
        if given:
            self.admin_url = given
            self._check()
            return self
        bindir = _bindir()
        as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise PgUnavailable("running as root and there is no postgres user") from None
            if not shutil.which("runuser"):
                raise PgUnavailable("running as root and runuser is missing")
            as_user = ["runuser", "-u", "postgres", "--"]
        self._tmp = Path(tempfile.mkdtemp(prefix="bibcheck-pg-"))
        if as_user:
            os.chown(self._tmp, pw.pw_uid, pw.pw_gid)
        os.chmod(self._tmp, 0o700)
        data, log = self._tmp / "data", self._tmp / "server.log"
        port = _free_port()
        self._run(
            [*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
             "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"],
            "initdb",
        )  # fmt: skip
        options = (
            f"-k {self._tmp} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._pg_ctl = [*as_user, str(bindir / "pg_ctl"), "-D", str(data)]
        self._run(
            [*self._pg_ctl, "-o", options, "-l", str(log), "-w", "-t", "30", "start"], "start"
        )
        self.admin_url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        self._check()
        return self

    def _run(self, cmd: list[str], what: str) -> None:
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=self._tmp)
        except (OSError, subprocess.TimeoutExpired) as exc:
            self.stop()
            raise PgUnavailable(f"PostgreSQL {what} failed: {exc}") from None
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            self.stop()
            raise PgUnavailable(f"PostgreSQL {what} failed: {' | '.join(tail)}")

    def _check(self) -> None:
        try:
            import psycopg
        except ImportError:
            self.stop()
            raise PgUnavailable("psycopg is not installed (the postgres extra)") from None
        deadline = time.monotonic() + 20
        while True:
            try:
                psycopg.connect(self.admin_url, autocommit=True, connect_timeout=3).close()
                return
            except psycopg.Error as exc:
                if time.monotonic() > deadline:
                    self.stop()
                    raise PgUnavailable(f"cannot connect to PostgreSQL: {exc}") from None
                time.sleep(0.2)

    def stop(self) -> None:
        if self._pg_ctl:
            subprocess.run(
                [*self._pg_ctl, "-m", "immediate", "-w", "stop"], capture_output=True, cwd=self._tmp
            )
            self._pg_ctl = []
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    # -- databases ----------------------------------------------------------

    def create_database(self, hint: str) -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        self._created += 1
        safe = "".join(c if c.isalnum() else "_" for c in hint.lower())[-40:]
        name = f"bibcheck_{os.getpid()}_{self._created}_{safe}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}"')
            conn.execute(f'create database "{name}"')
        parts = urlsplit(self.admin_url)
        return urlunsplit(parts._replace(path="/" + name))

    def drop_database(self, url: str) -> None:
        import psycopg

        name = urlsplit(url).path.lstrip("/")
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')
