"""The Markdown report, shaped for a pull-request comment.

A heading with the totals, then the findings grouped by severity (errors and
warnings listed, info folded into a ``<details>`` block so the comment stays
short).  Every piece of document text is escaped for Markdown *and* HTML
(GitHub renders inline HTML), whitespace is collapsed so a newline in a
title can never start a new block, and ``@name`` is broken by a zero-width space
so that posting the report never notifies anyone.  URLs are shown in code spans, which
render literally (clean URLs are percent-encoded, so never contain a backtick).
"""

from __future__ import annotations

from bibcheck.analyse import SEVERITY_ORDER
from bibcheck.lazyre import lazy_compile
from bibcheck.model import Finding, LinePlacer, Severity
from bibcheck.parse.coverage import coverage
from bibcheck.report.data import ReportData

_SPECIAL = lazy_compile(r"([\\`*_\[\]|~])")
_LINE_START = lazy_compile(r"^([#>+=-])")
_NUMBERED = lazy_compile(r"^(\d+)([.)])")
_HEADINGS = {
    Severity.ERROR: "Errors",
    Severity.WARNING: "Warnings",
    Severity.INFO: "Info",
}
MAX_LABELS = 30
MAX_CHARS = 60_000  # GitHub refuses comments over 65,536 characters


def md_escape(text: str) -> str:
    """Text that renders literally in GitHub Markdown (no markup, no HTML)."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    # "@user" would notify that user when the report is posted as a pull-request comment;
    # a zero-width space after "@" keeps the text and breaks the mention.
    text = text.replace("@", "@&#8203;")
    text = _LINE_START.sub(r"\\\1", text)
    return _NUMBERED.sub(r"\1\\\2", text)


def code(text: str) -> str:
    """A code span for a URL or an id (backticks cannot occur in clean URLs)."""
    text = " ".join(text.split()).replace("`", "%60")
    return f"`{text}`"


def _labels(prefix: str, items: tuple[object, ...]) -> str:
    if not items:
        return ""
    shown = ", ".join(md_escape(str(x)) for x in items[:MAX_LABELS])
    more = f" … \\+{len(items) - MAX_LABELS}" if len(items) > MAX_LABELS else ""
    return f"{prefix} {shown}{more}"


def _item(f: Finding, placer: LinePlacer) -> list[str]:
    where = [
        _labels("fn", f.footnotes),
        _labels("lit.", f.literature_entries),
        _labels("line", placer.places(f.lines, f.footnotes, f.literature_entries)),
    ]
    head = f"- **{f.kind}** · " + " · ".join(w for w in where if w)
    out = [head.rstrip(" ·"), f"  {md_escape(f.message)}"]
    if f.suggestion:
        out.append(f"  → {md_escape(f.suggestion)}")
    return out


def _within(group: list[Finding], placer: LinePlacer, budget: int) -> tuple[list[str], int]:
    """The items of ``group`` that fit in ``budget`` characters, and what is left."""
    body: list[str] = []
    for shown, f in enumerate(group):
        item = _item(f, placer)
        size = sum(len(line) + 1 for line in item)
        if size > budget:
            body.append(f"- … {len(group) - shown} more: see the HTML or JSON report")
            return body, 0
        body += item
        budget -= size
    return body, budget


def render_markdown(data: ReportData) -> str:
    doc = data.doc
    summary = data.summary()
    counts = summary.by_severity
    cover = coverage(doc)
    lines = [
        f"## bibcheck: {md_escape(doc.title or doc.path)}",
        "",
        f"**{counts['error']} errors · {counts['warning']} warnings · {counts['info']} info** "
        f"in {cover.notes_text()}, {len(doc.literature)} literature entries, "
        f"{len(data.citations)} URLs ({code(doc.path)})",
    ]
    lines.append(f"\nCoverage: {md_escape(cover.line())}")
    verdicts = ", ".join(f"{md_escape(k)} {n}" for k, n in summary.by_verdict.items())
    if verdicts:
        lines.append(f"\nLinks: {verdicts}")
    if data.notice:
        lines.append(f"\n> **Note:** {md_escape(data.notice)}")
    if data.verify_notice:
        lines.append(f"\n> {md_escape(data.verify_notice)}")
    if data.generated_at:
        lines.append(f"\nGenerated {md_escape(data.generated_at)}")
    budget = MAX_CHARS - sum(len(line) + 1 for line in lines)
    placer = doc.placer()
    for severity in SEVERITY_ORDER:
        group = [f for f in data.findings if f.severity is severity]
        if not group:
            continue
        lines.append("")
        body, budget = _within(group, placer, budget)
        title = f"{_HEADINGS[severity]} ({len(group)})"
        if severity is Severity.INFO:
            lines += ["<details>", f"<summary>{title}</summary>", "", *body, "", "</details>"]
        else:
            lines += [f"### {title}", "", *body]
    if not data.findings:
        lines += ["", "No findings."]
    return "\n".join(lines) + "\n"
