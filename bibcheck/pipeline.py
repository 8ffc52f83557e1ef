"""The main job in one call: ingest -> check -> archive -> verify -> analyse -> report.

``bibcheck run`` is this function plus printing.  On a machine without
network the check stage stops as *degraded* (no stored verdict changes) and
the archive and verify stages are skipped: the run still finishes and reports
every structural finding, and says plainly that the links could not be checked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bibcheck.archive import ArchiveReport, run_archive
from bibcheck.check.run import CheckReport, run_check
from bibcheck.config import Settings
from bibcheck.errors import ExitCode
from bibcheck.manuscript import parse_file
from bibcheck.model import Finding, LinkPolicy, ParsedDocument
from bibcheck.report import exit_code, findings_of, load_reports, write_report_files
from bibcheck.store.base import Store
from bibcheck.store.documents import save_document
from bibcheck.verify import VerifyReport, run_verify

Progress = Callable[[int, int], None]


@dataclass
class RunResult:
    documents: list[ParsedDocument]
    check: CheckReport | None = None
    archive: ArchiveReport | None = None
    archive_skipped: str = ""
    verify: VerifyReport | None = None
    verify_skipped: str = ""
    findings: list[Finding] = field(default_factory=list)
    reports: list[Path] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.OK


def run_all(
    db: Store,
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    out_dir: str | Path = "reports",
    formats: Sequence[str] = ("html", "md", "json"),
    fail_on: str = "error",
    check: bool = True,
    archive: bool = True,
    verify: bool = True,
    reader: str | None = None,
    bibliography: Sequence[str | Path] = (),
    links: LinkPolicy = LinkPolicy.AUTO,
    check_progress: Progress | None = None,
    archive_progress: Progress | None = None,
    verify_progress: Progress | None = None,
    clock: Callable[[], datetime] | None = None,
) -> RunResult:
    """Run every stage for ``paths`` and write their reports (``clock``: the real
    one unless given)."""
    result = RunResult(documents=[])
    for path in paths:
        doc = parse_file(path, reader, bibliography, links=links)
        now = clock() if clock is not None else datetime.now(UTC)
        save_document(db, doc, size=Path(path).stat().st_size, now=now)
        result.documents.append(doc)
    if check:
        result.check = run_check(db, settings, on_progress=check_progress, clock=clock)
    if not archive:
        result.archive_skipped = "not asked for"
    elif result.check is not None and result.check.summary.degraded:
        result.archive_skipped = "the network is unavailable (the link check was degraded)"
    else:
        result.archive = run_archive(db, settings.archive, on_progress=archive_progress)
    if not verify:
        result.verify_skipped = "not asked for"
    elif result.check is not None and result.check.summary.degraded:
        result.verify_skipped = "the network is unavailable (the link check was degraded)"
    else:
        result.verify = run_verify(
            db,
            settings.verify,
            on_progress=verify_progress,
            clock=clock or (lambda: datetime.now(UTC)),
            policy=settings.confirm,
        )
    reports = load_reports(db, settings.confirm)  # each document analysed once, here
    result.findings = findings_of(reports)
    result.reports = write_report_files(reports, out_dir, formats)
    result.exit_code = exit_code(result.findings, fail_on)
    return result
