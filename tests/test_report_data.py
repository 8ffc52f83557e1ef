"""ReportData, write_reports, exit codes and determinism; also the shared test database.

``build_db`` stores a small hostile manuscript (markup in its title and
references) with link observations and an archive lookup, so the report
tests and the browser test see every verdict family without any network.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.errors import ExitCode
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Finding, Severity
from bibcheck.report import (
    exit_code,
    load_reports,
    parse_formats,
    render,
    write_reports,
)
from bibcheck.store.documents import save_document
from tests.helpers import MANUSCRIPT, T0, build_db


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
        ([], "error", ExitCode.OK),
        ([Severity.WARNING], "error", ExitCode.OK),
        ([Severity.ERROR], "error", ExitCode.FINDINGS),
        ([Severity.WARNING], "warning", ExitCode.FINDINGS),
        ([Severity.INFO], "warning", ExitCode.OK),
        ([Severity.INFO], "info", ExitCode.FINDINGS),
        ([Severity.ERROR], "never", ExitCode.OK),
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
