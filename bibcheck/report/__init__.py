"""Reports: HTML, Markdown and JSON for each stored document, from the database alone.

:class:`ReportData` gathers one document, its findings and the link and
archive state of the URLs it cites; :func:`render` turns it into text;
:func:`write_reports` writes ``<out_dir>/<document>.html|.md|.json``.
Nothing here touches the network or the clock: the same database (and the
same ``generated_at``, if any) gives the same bytes.

:func:`exit_code` maps findings to the CI exit code (``--fail-on``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from bibcheck.analyse import SEVERITY_ORDER
from bibcheck.errors import ExitCode
from bibcheck.model import FAIL_ON, Finding, Severity
from bibcheck.report.data import UNCHECKED, ReportData, Summary, link_notice, load_reports
from bibcheck.report.json import render_json
from bibcheck.report.markdown import render_markdown
from bibcheck.store.base import Store
from bibcheck.store.links import ConfirmPolicy

FORMATS = ("html", "md", "json")

__all__ = [
    "FAIL_ON",
    "FORMATS",
    "UNCHECKED",
    "ReportData",
    "Summary",
    "exit_code",
    "findings_of",
    "link_notice",
    "load_reports",
    "parse_formats",
    "render",
    "write_atomic",
    "write_report_files",
    "write_reports",
]


def render(data: ReportData, fmt: str) -> str:
    """The report in ``fmt`` (``html``, ``md`` or ``json``)."""
    if fmt == "html":
        from bibcheck.report.html import render_html  # Jinja: loaded for an HTML report only

        return render_html(data)
    if fmt == "md":
        return render_markdown(data)
    if fmt == "json":
        return render_json(data)
    raise ValueError(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")


def parse_formats(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"html,md"`` -> ``("html", "md")``; ValueError for an unknown format."""
    items = text.split(",") if isinstance(text, str) else list(text)
    formats = tuple(dict.fromkeys(i.strip().lower() for i in items if i.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(
            f"unknown report format {', '.join(unknown) or '(none)'}: choose from "
            f"{', '.join(FORMATS)}"
        )
    return formats


def write_reports(
    db: Store,
    out_dir: str | Path,
    formats: Sequence[str] = FORMATS,
    generated_at: str | None = None,
    policy: ConfirmPolicy | None = None,
) -> list[Path]:
    """Write ``<out_dir>/<document>.<ext>`` for every document and format; return the paths."""
    return write_report_files(load_reports(db, policy, generated_at), out_dir, formats)


def write_report_files(
    reports: Sequence[ReportData], out_dir: str | Path, formats: Sequence[str] = FORMATS
) -> list[Path]:
    """Write already built reports (see :func:`load_reports`); return the paths."""
    formats = parse_formats(formats)
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for data in reports:
        for fmt in formats:
            path = target / f"{data.name}.{fmt}"
            write_atomic(path, render(data, fmt).encode("utf-8"))
            written.append(path)
    return written


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed over it.

    A write that fails half-way (disk full, a size limit, an interrupt) leaves
    the old file, or no file, but never a truncated one.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _file_mode())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def findings_of(reports: Iterable[ReportData]) -> list[Finding]:
    """Every finding of the reports, documents in order (each document analysed once)."""
    return [f for data in reports for f in data.findings]


def exit_code(findings: Iterable[Finding], fail_on: str) -> ExitCode:
    """0 when no finding is at or above ``fail_on`` (``never`` always 0), else 1."""
    if fail_on not in FAIL_ON:
        raise ValueError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    if fail_on == "never":
        return ExitCode.OK
    threshold = SEVERITY_ORDER.index(Severity(fail_on))
    failing = any(SEVERITY_ORDER.index(f.severity) <= threshold for f in findings)
    return ExitCode.FINDINGS if failing else ExitCode.OK
