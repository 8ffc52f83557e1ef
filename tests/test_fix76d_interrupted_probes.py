"""An interrupted check run keeps the soft-404 probe samples it took (issue 12, round 76).

Interrupted for real: a host with a page that never answers (``/hang``) holds the
run while its other pages, and their probes, have been answered; then a signal -
SIGTERM to a ``bibcheck check`` process, SIGINT (Ctrl-C) to a run in worker
processes, SIGTERM to those worker processes.  Real loopback servers; a probe is a
request whose path holds ``bibcheck-``.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bibcheck.check.engine import check_urls
from bibcheck.check.pool import WorkerError
from bibcheck.check.settings import CheckSettings
from bibcheck.errors import ExitCode
from bibcheck.model import LinkCheck
from bibcheck.net.soft404 import ProbeLedger, probe_key
from bibcheck.store import open_db
from bibcheck.store.probes import iter_probe_samples
from tests.netserver import SiteServer, resolve_map

ROOT = Path(__file__).resolve().parent.parent
HOSTS = ("site.test", "other.test")
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[SiteServer]:
    srv = SiteServer().start()
    yield srv
    srv.stop()


def probes(server: SiteServer) -> list[str]:
    return [p for _m, _h, p in server.stats.log if "bibcheck-" in p]


def wait_for(server: SiteServer, probed: int, hangs: int) -> None:
    """Until ``probed`` probes and ``hangs`` requests of ``/hang`` were sent, and a
    moment more for the probes' answers to be read."""
    deadline = time.monotonic() + 30
    while len(probes(server)) < probed or len(server.stats.requests_for("/hang")) < hangs:
        assert time.monotonic() < deadline, server.stats.log
        time.sleep(0.05)
    time.sleep(0.7)


# --------------------------------------------------------------------------
# one process: `bibcheck check` stopped by SIGTERM
# --------------------------------------------------------------------------

MANUSCRIPT = """Claim one<sup>1</sup>. Claim two<sup>2</sup>. Claim three<sup>3</sup>.

---

<sup>1</sup> First page [Electronic resource]. - 2024. - URL: <{0}>

<sup>2</sup> Second page [Electronic resource]. - 2024. - URL: <{1}>

<sup>3</sup> A page that never loads [Electronic resource]. - 2024. - URL: <{2}>
"""


def test_sigterm_to_a_check_keeps_its_samples_and_what_was_stored(
    tmp_path: Path, server: SiteServer
) -> None:
    pages = [server.url(f"/a/term-{n}", "site.test") for n in ("one", "two")]
    (tmp_path / "bibcheck.toml").write_text(
        'min_interval = 0\nretries = 0\ntimeout = 60\nallow_hosts = ["site.test"]\n'
        '[resolve]\n"site.test" = "127.0.0.1"\n',
        encoding="utf-8",
    )
    paper = tmp_path / "paper.md"
    paper.write_text(MANUSCRIPT.format(*pages, server.url("/hang", "site.test")), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "bibcheck"]
    done = subprocess.run(
        [*command, "ingest", str(paper)], cwd=tmp_path, env=env, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    # a sample kept earlier, of another host: an interruption must not lose it
    db = open_db(tmp_path / "bibcheck.db")
    earlier = ("https", "kept.test", 1, False, "")
    from bibcheck.store.probes import ProbeRow, save_probe_samples

    save_probe_samples(db, [ProbeRow(earlier, 404, None, None, datetime.now(UTC))])
    db.close()

    run = subprocess.Popen(
        [*command, "check"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(server, probed=1, hangs=1)
        run.send_signal(signal.SIGTERM)
        _out, err = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert run.returncode == ExitCode.INTERRUPTED, err
    assert "Interrupted" in err
    db = open_db(tmp_path / "bibcheck.db")
    assert sorted(r.key for r in iter_probe_samples(db, LONG_AGO)) == sorted(
        [earlier, probe_key(pages[0])]
    )
    [finished] = list(db.query("select degraded, degraded_reason from check_runs"))
    assert (finished["degraded"], finished["degraded_reason"]) == (1, "interrupted")
    db.close()


# --------------------------------------------------------------------------
# worker processes: the coordinator interrupted, or the workers stopped
# --------------------------------------------------------------------------


def settings_for(net: CheckSettings) -> CheckSettings:
    return dataclasses.replace(
        net,
        soft404_probe=True,
        processes=2,
        timeout=60.0,
        retries=0,
        resolve=resolve_map(HOSTS),
        allow_hosts=frozenset(HOSTS),
    )


def work(server: SiteServer) -> tuple[list[str], list[str]]:
    pages = [server.url(f"/a/split-{n}", h) for h in HOSTS for n in ("one", "two")]
    return pages, [*pages, *(server.url("/hang", h) for h in HOSTS)]


def worker_pids() -> list[int]:
    """This process's check workers, and the workers they forked."""
    found: list[int] = []
    parents = {os.getpid()}
    for _round in range(2):
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) in found:
                continue
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid in parents and b"bibcheck.check.worker" in cmdline:
                found.append(int(entry.name))
        parents.update(found)
    return found


@pytest.mark.parametrize("stop", ["ctrl-c", "sigterm-to-workers"])
def test_a_run_in_worker_processes_keeps_their_samples_when_stopped(
    server: SiteServer, net_settings: CheckSettings, stop: str
) -> None:
    pages, urls = work(server)
    ledger = ProbeLedger()
    answered: list[str] = []

    def on_result(check: LinkCheck) -> None:
        answered.append(check.url)
        if len(answered) == len(pages):  # every page judged (so probed); /hang holds on
            time.sleep(0.3)
            if stop == "ctrl-c":
                os.kill(os.getpid(), signal.SIGINT)
            else:
                pids = worker_pids()
                assert len(pids) == 2
                for pid in pids:
                    os.kill(pid, signal.SIGTERM)

    expected = KeyboardInterrupt if stop == "ctrl-c" else WorkerError
    with pytest.raises(expected):
        check_urls(urls, settings_for(net_settings), on_result=on_result, probes=ledger)
    assert sorted(answered) == sorted(pages)
    assert len(probes(server)) == 2
    assert sorted(t.key for t in ledger.taken) == sorted({probe_key(u) for u in pages})
    # the site answers a missing article with a page of its own, titled by the path
    assert all(t.sample.status == 200 for t in ledger.taken)
