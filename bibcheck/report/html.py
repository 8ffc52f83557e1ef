"""The HTML report: one self-contained file, readable straight from disk, offline.

No external asset: CSS, the charts (inline SVG) and the small filtering
script are inlined.  All document and page text goes through Jinja2 with
autoescape; nothing from the document is ever marked safe -- only bibcheck's
own static CSS and script are.  Links get an ``href`` only when they are
http(s).  A Content-Security-Policy allows no network fetch at all and only
the one inline script whose hash it names, so even a text that escaped
escaping could run nothing.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from bibcheck.analyse import KINDS, finding_id
from bibcheck.analyse.links import snapshot_of
from bibcheck.model import Finding, Footnote, LinePlacer, LinkStatus, place
from bibcheck.parse.coverage import coverage
from bibcheck.report.data import UNCHECKED, ReportData
from bibcheck.store.links import BROKEN, OK
from bibcheck.text import strip_controls

MAX_LABELS = 40  # footnote labels listed in one findings row
MAX_LINES = 12
MAX_HOSTS = 12
BAR_WIDTH = 200


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (no javascript:, data:, ...)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c.isspace() or ord(c) < 32 for c in url):
        return None
    return url


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("bibcheck", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_no_controls,
    )
    env.filters["href"] = safe_href
    return env


def _no_controls(value: object) -> object:
    """Every value the template prints, without NUL and other control characters
    (HTML forbids them; bibcheck's own markup, marked safe, has none)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return strip_controls(value)
    return value


def _asset(name: str) -> str:
    return (files("bibcheck") / "templates" / name).read_text(encoding="utf-8")


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def verdict_class(status: LinkStatus | None) -> str:
    if status is None:
        return "v-unchecked"
    if status in OK:
        return "v-ok"
    if status in BROKEN:
        return "v-broken"
    return "v-unverifiable"


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int
    width: int
    css: str


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    title: str
    bars: list[Bar]
    more: int
    empty: str


def _bars(counts: list[tuple[str, int, str]]) -> list[Bar]:
    top = max((n for _, n, _ in counts), default=0) or 1
    return [Bar(label, n, max(1, round(BAR_WIDTH * n / top)), css) for label, n, css in counts]


def _verdict_chart(data: ReportData) -> Chart:
    statuses = {state.label: state.latest.status for state in data.links.values()}
    items = []
    for label, n in sorted(data.summary().by_verdict.items(), key=lambda kv: (-kv[1], kv[0])):
        css = verdict_class(statuses.get(label)).replace("v-", "bar-")
        items.append((label, n, "bar-unchecked" if label == UNCHECKED else css))
    return Chart("verdicts", "Links by verdict", _bars(items), 0, "no URLs cited")


def _host_chart(data: ReportData) -> Chart:
    hosts = sorted(data.summary().by_host.items(), key=lambda kv: (-kv[1], kv[0]))
    bars = _bars([(h, n, "bar-host") for h, n in hosts[:MAX_HOSTS]])
    return Chart("hosts", "Cited URLs by host", bars, max(0, len(hosts) - MAX_HOSTS), "no URLs")


def _lines(lines: Sequence[object]) -> str:
    shown = ", ".join(str(n) for n in lines[:MAX_LINES])
    return shown + (f" … +{len(lines) - MAX_LINES}" if len(lines) > MAX_LINES else "")


def _finding_row(f: Finding, placer: LinePlacer) -> dict[str, object]:
    fid = finding_id(f)
    return {
        "id": fid,
        "anchor": "f-" + fid.replace(":", "-"),
        "severity": f.severity.value,
        "kind": f.kind,
        "message": f.message,
        "suggestion": f.suggestion,
        "footnotes": list(f.footnotes[:MAX_LABELS]),
        "more_footnotes": max(0, len(f.footnotes) - MAX_LABELS),
        "literature": _lines(f.literature_entries),
        "lines": _lines(placer.places(f.lines, f.footnotes, f.literature_entries)),
        "urls": [(u, safe_href(u)) for u in f.urls],
        "evidence": list(f.evidence),
    }


def _footnote_row(data: ReportData, fn: Footnote) -> dict[str, object]:
    ref = fn.reference
    state = data.links.get(ref.url or "")
    snap = snapshot_of(data.lookups.get(ref.url or ""))
    claim = next((m.claim.text for m in fn.markers if m.claim is not None), "")
    marker_lines = [
        place(m.line, m.file) + (f" ({m.record})" if m.record else "") for m in fn.markers
    ]
    lines = "marker " + ", ".join(marker_lines) + "; " if marker_lines else ""
    if snap is not None:
        archive_text = f"snapshot {(snap.snapshot_timestamp or '')[:8] or 'link'}"
    else:
        lookup = data.lookups.get(ref.url or "")
        archive_text = lookup.outcome.value.replace("_", " ") if lookup else ""
    return {
        "label": fn.label,
        "claim": claim,
        "raw": ref.raw,
        "url": ref.url_display or ref.url,
        "href": safe_href(ref.url),
        "verdict": data.verdict(ref.url),
        "vclass": verdict_class(state.latest.status if state else None),
        "archive_href": safe_href(snap.snapshot_url) if snap else None,
        "archive_text": archive_text,
        "literature": fn.literature.number if fn.literature else "",
        "lines": f"{lines}note {place(ref.line, fn.file)}",
    }


def html_context(data: ReportData) -> dict[str, object]:
    """Everything the template shows, as plain values (escaped by the template)."""
    summary = data.summary()
    script = _asset("report.js")
    doc = data.doc
    kinds = sorted(summary.by_kind.items(), key=lambda kv: (_kind_rank(kv[0]), kv[0]))
    cover = coverage(doc)
    placer = doc.placer()
    return {
        "title": doc.title or doc.path,
        "path": doc.path,
        "reader": cover.reader_text(),
        "coverage_read": cover.read_text(),
        "coverage_not_read": cover.not_read_text(),
        "coverage_gap": bool(cover.not_read) or cover.uncertain,
        "generated_at": data.generated_at,
        "notice": data.notice,
        "verify_notice": data.verify_notice,
        "notes": cover.notes_text(),
        "n_literature": len(doc.literature),
        "n_urls": len(data.citations),
        "total": len(data.findings),
        "totals": list(summary.by_severity.items()),
        "kinds": kinds,
        "charts": [_verdict_chart(data), _host_chart(data)],
        "findings": [_finding_row(f, placer) for f in data.findings],
        "footnotes": [_footnote_row(data, fn) for fn in doc.footnotes],
        "style": Markup(_asset("report.css")),  # bibcheck's own static asset
        "script": Markup(script),  # bibcheck's own static asset
        "csp": _csp(script),
    }


def _kind_rank(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def render_html(data: ReportData) -> str:
    return _environment().get_template("report.html.j2").render(**html_context(data))
