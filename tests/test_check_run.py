"""`bibcheck check` end to end: ingest -> check -> history, against local servers."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.check.run import run_check
from bibcheck.check.settings import CheckSettings
from bibcheck.config import Settings
from bibcheck.export.json import build_export
from bibcheck.manuscript import parse_bytes
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from bibcheck.store.documents import save_document
from bibcheck.store.links import history, link_states
from tests.archiveserver import ArchiveServer
from tests.helpers import SAMPLE
from tests.netserver import SiteServer

T0 = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

CASES = {
    "/a/live-page": S.ALIVE,
    "/status/404": S.DEAD,
    "/status/410": S.DEAD,
    "/redirect/301?to=/a/new-home-of-the-page": S.MOVED,
    "/soft404": S.SOFT_404,
    "/challenge": S.BLOCKED,
}


def manuscript(urls: list[str]) -> bytes:
    body = " ".join(f"Claim number {i}<sup>{i}</sup>." for i in range(1, len(urls) + 2))
    notes = "\n\n".join(
        f"<sup>{i}</sup> Source {i} [Electronic resource]. - 2023. - URL: <{u}>"
        for i, u in enumerate([*urls, urls[0]], start=1)  # the first URL is cited twice
    )
    return f"{body}\n\n---\n\n{notes}\n".encode()


@pytest.fixture
def cited(db: Database, http_server: SiteServer) -> dict[str, S]:
    urls = {http_server.url(path): verdict for path, verdict in CASES.items()}
    doc = parse_bytes(manuscript(list(urls)), "local.md")
    save_document(db, doc, size=1, now=T0)
    return urls


def write_config(
    directory: Path, ca_file: Path, hosts: tuple[str, ...] = ("site.test",), extra: str = ""
) -> None:
    """A bibcheck.toml that points the test host names at the local servers."""
    names = ", ".join(f'"{h}"' for h in hosts)
    resolve = "".join(f'"{h}" = "127.0.0.1"\n' for h in hosts)
    (directory / "bibcheck.toml").write_text(
        f"min_interval = 0\nretries = 0\ntimeout = 2\nallow_hosts = [{names}]\n"
        f'ca_bundle = "{ca_file}"\n{extra}[resolve]\n{resolve}',
        encoding="utf-8",
    )


def settings(net: CheckSettings, **kw: object) -> Settings:
    return Settings(check=dataclasses.replace(net, **kw))  # type: ignore[arg-type]


def test_verdicts_stored_once_per_distinct_url(
    db: Database, cited: dict[str, S], net_settings: CheckSettings
) -> None:
    report = run_check(db, settings(net_settings), clock=lambda: T0, sleep=lambda s: None)
    assert report.cited == len(cited) and report.due == len(cited)
    assert report.stored == len(cited)
    assert not report.summary.degraded
    assert {s.url: s.latest.status for s in link_states(db)} == cited
    moved = next(s for s in link_states(db) if s.latest.status is S.MOVED)
    assert moved.latest.final_url is not None and moved.latest.final_url.endswith(
        "new-home-of-the-page"
    )
    links = {link["url"]: link for link in build_export(db)["links"]}
    first = next(iter(cited))
    assert links[first]["footnotes"] == [1, len(cited) + 1]
    gone = next(u for u in cited if u.endswith("/status/410"))
    assert links[gone]["confirmed"] is True  # 410 confirms at once
    dead = next(u for u in cited if u.endswith("/status/404"))
    assert links[dead]["confirmed"] is False
    assert links[dead]["verdict_label"] == "dead (failing, unconfirmed)"
    assert set(links[dead]) >= {
        "url",
        "verdict",
        "reason",
        "http_status",
        "final_url",
        "checked_at",
        "observations",
        "confirmed",
        "first_failed_at",
        "footnotes",
        "literature_entries",
    }


def test_warm_rerun_sends_no_request_and_confirmation_over_time(
    db: Database, cited: dict[str, S], net_settings: CheckSettings
) -> None:
    s = settings(net_settings)
    run_check(db, s, clock=lambda: T0, sleep=lambda x: None)
    warm = run_check(db, s, clock=lambda: T0 + timedelta(hours=1), sleep=lambda x: None)
    assert warm.due == 0 and warm.summary.requests_sent == 0
    later = T0 + timedelta(hours=25)
    again = run_check(db, s, clock=lambda: later, sleep=lambda x: None)
    not_ok = {u for u, v in cited.items() if v not in (S.ALIVE, S.MOVED)}
    assert again.due == len(not_ok)  # failures go stale sooner; successes do not
    states = {st.url: st for st in link_states(db)}
    dead = next(u for u in cited if u.endswith("/status/404"))
    assert states[dead].confirmed and states[dead].observations == 2
    assert states[dead].first_failed_at == T0


def test_interrupted_run_keeps_results_and_resumes(
    db: Database, cited: dict[str, S], net_settings: CheckSettings
) -> None:
    seen: list[LinkCheck] = []

    def interrupt_after_two(check: LinkCheck) -> None:
        seen.append(check)
        if len(seen) == 2:
            raise KeyboardInterrupt

    s = settings(net_settings, concurrency=1, per_host=1)
    with pytest.raises(KeyboardInterrupt):
        run_check(db, s, clock=lambda: T0, sleep=lambda x: None, on_result=interrupt_after_two)
    assert db.table("link_checks").count == 2
    run = next(iter(db.table("check_runs").rows))
    assert run["degraded_reason"] == "interrupted"
    resumed = run_check(db, s, clock=lambda: T0, sleep=lambda x: None)
    assert resumed.due == len(cited) - 2
    assert {st.url for st in link_states(db)} == set(cited)


def test_private_addresses_refused_by_default(db: Database, http_server: SiteServer) -> None:
    url = f"http://127.0.0.1:{http_server.port}/a/live-page"
    save_document(db, parse_bytes(manuscript([url]), "private.md"), size=1, now=T0)
    plain = Settings(check=CheckSettings(retries=0, timeout=2, min_interval=0))
    report = run_check(db, plain, clock=lambda: T0, sleep=lambda x: None)
    assert [st.latest.status for st in link_states(db)] == [S.FORBIDDEN_ADDRESS]
    assert report.summary.requests_sent == 0


def test_offline_run_is_degraded_and_changes_no_verdict(
    db: Database, cited: dict[str, S], net_settings: CheckSettings, tmp_path: Path
) -> None:
    run_check(db, settings(net_settings), clock=lambda: T0, sleep=lambda x: None)
    before = {st.url: st.latest for st in link_states(db)}
    doc = parse_bytes(
        manuscript([f"https://h{i}.invalid/page" for i in range(6)]), str(tmp_path / "off.md")
    )
    save_document(db, doc, size=1, now=T0)
    offline = settings(net_settings, resolve={})  # no overrides: nothing resolves here
    report = run_check(
        db, offline, clock=lambda: T0 + timedelta(days=30), sleep=lambda x: None, refresh=True
    )
    assert report.summary.degraded
    assert "offline" in report.summary.degraded_reason
    assert report.stored == 0
    assert {st.url: st.latest for st in link_states(db)} == before
    for url in before:
        assert len(history(db, url)) == 1


def test_cli_check_and_show_links(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    http_server: SiteServer,
    ca_file: Path,
) -> None:
    from tests.helpers import run_cli as run

    monkeypatch.chdir(tmp_path)
    write_config(tmp_path, ca_file)
    paper = tmp_path / "paper.md"
    paper.write_bytes(manuscript([http_server.url("/a/live-page"), http_server.url("/status/404")]))
    assert run(["ingest", str(paper)], capsys)[0] == 0
    code, out, err = run(["check"], capsys)
    assert code == 0, err
    assert "2 distinct URLs cited; 2 due" in out and "By verdict" in out
    assert "site.test" in out
    code, out, _ = run(["show", "--links"], capsys)
    assert "alive" in out and "dead (failing, unconfirmed)" in out
    code, out, _ = run(["check"], capsys)
    assert "0 due for checking" in out


def test_cli_check_reports_bad_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers import run_cli as run

    monkeypatch.chdir(tmp_path)
    (tmp_path / "bibcheck.toml").write_text("per_hots = 2\n", encoding="utf-8")
    code, _, err = run(["check"], capsys)
    assert code == 2 and "unknown setting" in err


def test_cli_run_offline_is_degraded_but_reports_structure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The main job on the sample with no network: finishes, says so, reports findings."""
    from tests.helpers import run_cli as run

    monkeypatch.chdir(tmp_path)
    code, out, err = run(["run", str(SAMPLE)], capsys)
    assert code == 0, err
    assert "Degraded run" in out and "Archive lookups skipped" in out
    for ext in ("html", "md", "json"):
        assert (tmp_path / "reports" / f"on-the-course-of-cooperation.{ext}").stat().st_size > 0
    md = (tmp_path / "reports" / "on-the-course-of-cooperation.md").read_text(encoding="utf-8")
    assert "could not be done" in md and "lost-marker" in md
    code, _, _ = run(["report", "--fail-on", "warning", "--format", "json"], capsys)
    assert code == 1  # the sample has warnings
    code, _, err = run(["report", "--format", "pdf"], capsys)
    assert code == 2 and "pdf" in err


def test_cli_run_against_local_servers(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    http_server: SiteServer,
    ca_file: Path,
) -> None:
    """live, dead, moved, soft-404 and blocked links each reported correctly."""
    import json

    from tests.helpers import run_cli as run

    monkeypatch.chdir(tmp_path)
    write_config(tmp_path, ca_file)
    urls = {http_server.url(path): verdict for path, verdict in CASES.items()}
    paper = tmp_path / "paper.md"
    paper.write_bytes(manuscript(list(urls)))
    code, out, err = run(["run", "--no-archive", str(paper)], capsys)
    assert code == 1, err  # a dead link is an error once confirmed (410) -> findings
    report = json.loads((tmp_path / "reports" / "paper.json").read_text(encoding="utf-8"))
    verdicts = {link["url"]: link["verdict"] for link in report["links"]}
    assert verdicts == {u: v.value for u, v in urls.items()}
    kinds = {(f["kind"], f["urls"][0] if f["urls"] else "") for f in report["findings"]}
    gone = next(u for u in urls if u.endswith("/status/410"))
    moved = next(u for u in urls if "redirect" in u)
    soft = next(u for u in urls if u.endswith("/soft404"))
    blocked = next(u for u in urls if u.endswith("/challenge"))
    assert ("broken-link", gone) in kinds
    assert ("link-moved", moved) in kinds
    assert ("broken-link", soft) in kinds
    assert ("link-unverifiable", blocked) in kinds
    assert not any(k == "broken-link" and u == blocked for k, u in kinds)


def test_cli_run_rescues_a_dead_link_from_the_archive(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    http_server: SiteServer,
    ca_file: Path,
    fake: ArchiveServer,
) -> None:
    """A dead link with a capture becomes a warning that names the snapshot to cite."""
    import json

    from tests.archiveserver import Snap
    from tests.helpers import run_cli as run

    dead = http_server.url("/status/410")
    gone_for_good = http_server.url("/status/404")
    fake.add(dead, Snap("20230301120000", title="Source 1"))
    monkeypatch.chdir(tmp_path)
    base = fake.base()
    write_config(
        tmp_path,
        ca_file,
        hosts=("site.test", "archive.test"),
        extra=(
            f'archive_min_interval = 0\nwayback_cdx_url = "{base}/cdx/search/cdx"\n'
            f'wayback_available_url = "{base}/wayback/available"\n'
            f'wayback_snapshot_url = "{base}/web/"\nwayback_save_url = "{base}/save"\n'
        ),
    )
    paper = tmp_path / "paper.md"
    paper.write_bytes(manuscript([dead, gone_for_good]))
    run(["run", str(paper)], capsys)
    report = json.loads((tmp_path / "reports" / "paper.json").read_text(encoding="utf-8"))
    archived = {a["url"]: a for a in report["archives"]}
    assert archived[dead]["outcome"] == "found" and archived[dead]["verified"]
    assert archived[dead]["snapshot_timestamp"] == "20230301120000"
    assert archived[gone_for_good]["outcome"] == "not_archived"
    broken = {f["urls"][0]: f for f in report["findings"] if f["kind"] == "broken-link"}
    assert broken[dead]["severity"] == "warning"
    assert "20230301120000" in broken[dead]["suggestion"] + broken[dead]["message"]
    assert broken[gone_for_good]["severity"] == "warning"  # failing, not yet confirmed
    assert "unconfirmed" in broken[gone_for_good]["message"]
