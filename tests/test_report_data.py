"""ReportData, write_reports, exit codes and determinism; also the shared test database.

``build_db`` stores a small hostile manuscript (markup in its title and
references) with link observations and an archive lookup, so the report
tests and the browser test see every verdict family without any network.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ArchiveLookup, ArchiveOutcome, Finding, LinkCheck, LinkStatus, Severity
from bibcheck.report import (
    EXIT_FINDINGS,
    EXIT_OK,
    exit_code,
    load_reports,
    parse_formats,
    render,
    write_reports,
)
from bibcheck.store import open_db
from bibcheck.store.archives import save_lookup
from bibcheck.store.documents import save_document
from bibcheck.store.links import save_check, start_run

EVIL_TITLE = 'Evil <script>window.pwned=1</script> & <img src=x onerror="window.pwned=2">'
T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)

MANUSCRIPT = f"""# {EVIL_TITLE}

The ministry said that “exports doubled in one year”[^1].
Trade grew after 2019.[^2]
A third source is cited here.[^3]
And a fourth.[^4]

[^1]: Exports <script>window.pwned=3</script> doubled [Electronic resource]. - 2023. - URL: <https://example.org/dead>

[^2]: Trade <img src=x onerror="window.pwned=4"> statistics [Electronic resource]. - 2022. - URL: <https://example.org/alive>

[^3]: Blocked page [Electronic resource]. - 2021. - URL: <https://example.org/blocked>

[^4]: Moved page [Electronic resource]. - 2021. - URL: <https://example.org/old>

## References

1. Exports <script>window.pwned=3</script> doubled [Electronic resource]. - 2023. - URL: <https://example.org/dead>
2. Trade <img src=x onerror="window.pwned=4"> statistics [Electronic resource]. - 2022. - URL: <https://example.org/alive>
3. Blocked page [Electronic resource]. - 2021. - URL: <https://example.org/blocked>
4. Moved page [Electronic resource]. - 2021. - URL: <https://example.org/old>
"""


def build_db(path: Path, text: str = MANUSCRIPT) -> Database:
    db = open_db(path)
    doc = parse_bytes(text.encode(), "evil-manuscript.md")
    save_document(db, doc, size=len(text), now=T0)
    run = start_run(db, {}, "test", T0)
    checks = [
        LinkCheck("https://example.org/dead", LinkStatus.DEAD, T0, "HTTP 404", 404),
        LinkCheck(
            "https://example.org/dead", LinkStatus.DEAD, T0 + timedelta(days=2), "HTTP 404", 404
        ),
        LinkCheck("https://example.org/alive", LinkStatus.ALIVE, T0, "HTTP 200", 200),
        LinkCheck("https://example.org/blocked", LinkStatus.BLOCKED, T0, "HTTP 403", 403),
        LinkCheck(
            "https://example.org/old",
            LinkStatus.MOVED,
            T0,
            "301 to a working page",
            200,
            final_url="https://example.org/new",
        ),
    ]
    for check in checks:
        save_check(db, run, check)
    save_lookup(
        db,
        ArchiveLookup(
            "https://example.org/alive",
            ArchiveOutcome.FOUND,
            T0,
            snapshot_url="https://web.archive.org/web/20220101000000/https://example.org/alive",
            snapshot_timestamp="20220101000000",
            drift_score=0.2,
            drifted=True,
            quote_in_live=False,
            quote_in_snapshot=True,
        ),
    )
    save_lookup(db, ArchiveLookup("https://example.org/dead", ArchiveOutcome.NOT_ARCHIVED, T0))
    return db


@pytest.fixture
def evil_db(tmp_path: Path) -> Database:
    return build_db(tmp_path / "evil.db")


def test_report_data_has_every_link_family(evil_db: Database) -> None:
    (data,) = load_reports(evil_db)
    kinds = {f.kind: f.severity for f in data.findings}
    assert kinds["broken-link"] is Severity.ERROR
    assert kinds["content-drift"] is Severity.WARNING
    assert kinds["link-unverifiable"] is Severity.INFO
    assert kinds["link-moved"] is Severity.INFO
    summary = data.summary()
    assert summary.by_verdict == {"alive": 1, "blocked": 1, "dead": 1, "moved": 1}
    assert summary.by_host == {"example.org": 4}
    assert data.name == "evil-manuscript"


def test_write_reports_is_deterministic(evil_db: Database, tmp_path: Path) -> None:
    first = write_reports(evil_db, tmp_path / "a", ["html", "md", "json"])
    second = write_reports(evil_db, tmp_path / "b", "html,md,json".split(","))
    assert [p.name for p in first] == [
        "evil-manuscript.html",
        "evil-manuscript.md",
        "evil-manuscript.json",
    ]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()


def test_generated_at_is_injected_not_read_from_the_clock(evil_db: Database) -> None:
    (plain,) = load_reports(evil_db)
    (stamped,) = load_reports(evil_db, generated_at="2024-05-01T10:00:00+00:00")
    for fmt in ("html", "md", "json"):
        assert "2024-05-01T10:00:00" not in render(plain, fmt)
        assert "2024-05-01T10:00:00" in render(stamped, fmt)


def test_same_stem_documents_get_distinct_names(tmp_path: Path) -> None:
    db = build_db(tmp_path / "t.db")
    other = parse_bytes(MANUSCRIPT.replace("fourth", "4th").encode(), "sub/evil-manuscript.md")
    save_document(db, other, size=1, now=T0 + timedelta(seconds=1))
    names = [d.name for d in load_reports(db)]
    assert len(set(names)) == 2 and names[0] != "evil-manuscript"


@pytest.mark.parametrize(
    ("severities", "fail_on", "code"),
    [
        ([], "error", EXIT_OK),
        ([Severity.WARNING], "error", EXIT_OK),
        ([Severity.ERROR], "error", EXIT_FINDINGS),
        ([Severity.WARNING], "warning", EXIT_FINDINGS),
        ([Severity.INFO], "warning", EXIT_OK),
        ([Severity.INFO], "info", EXIT_FINDINGS),
        ([Severity.ERROR], "never", EXIT_OK),
    ],
)
def test_exit_code(severities: list[Severity], fail_on: str, code: int) -> None:
    findings = [Finding("x", s, "m") for s in severities]
    assert exit_code(findings, fail_on) == code


def test_bad_arguments_are_value_errors() -> None:
    with pytest.raises(ValueError):
        exit_code([], "sometimes")
    with pytest.raises(ValueError):
        parse_formats("html,pdf")
    with pytest.raises(ValueError):
        parse_formats("")
    assert parse_formats("md, html,md") == ("md", "html")
