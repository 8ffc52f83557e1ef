"""Object -> JSON-ready dict, one shaper per record: the export and the reports share them.

``bibcheck export json`` and the per-document JSON report are documented
interfaces: a footnote, a literature entry, an anomaly, a link or a finding
looks the same in both because both call these functions.  Keys are only
ever added, never renamed.  Pure: no database, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from bibcheck.analyse import finding_id
from bibcheck.codec import to_json
from bibcheck.model import (
    Anomaly,
    ArchiveLookup,
    BibliographyFile,
    Finding,
    Footnote,
    LinePlacer,
    LiteratureEntry,
    ParsedDocument,
    Reference,
    Verification,
)
from bibcheck.store.links import LinkState

__all__ = [
    "anomalies_json",
    "anomaly_json",
    "bibliography_json",
    "document_json",
    "finding_json",
    "findings_json",
    "footnote_json",
    "link_json",
    "literature_json",
    "lookup_json",
    "reference_json",
    "verification_json",
]


def document_json(doc: ParsedDocument) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "reader": doc.reader,
        "title": doc.title,
        "encoding": doc.encoding,
        "footnote_count": len(doc.footnotes),
        "literature_count": len(doc.literature),
        "reader_confidence": doc.reader_confidence,
        "reader_chosen_by": doc.reader_chosen_by or None,
        "bibliographies": [bibliography_json(f) for f in doc.bibliographies],
        "source_format": doc.source_format or None,
    }


def bibliography_json(file: BibliographyFile) -> dict[str, Any]:
    """A bibliography file the document's keys were looked up in."""
    return {"name": file.name, "entries": file.entries, "named_in": file.named_in or None}


def footnote_json(doc: ParsedDocument, fn: Footnote) -> dict[str, Any]:
    first = fn.markers[0] if fn.markers else None
    claim = first.claim if first else None
    return {
        "document": doc.id,
        "number": fn.number,
        "label": fn.label,
        "line": fn.line,
        "marker_line": first.line if first else None,
        "claim": claim.text if claim else None,
        "claim_kind": claim.kind.value if claim else None,
        "claim_line": claim.line if claim else None,
        "markers": [
            {
                "line": m.line,
                "column": m.column,
                "displaced_from": m.displaced_from,
                "claim": m.claim.text if m.claim else None,
                "file": m.file or None,
                # a placeholder's citation-manager record ("endnote:123"), else null
                "record": m.record,
            }
            for m in fn.markers
        ],
        "literature_entry": fn.literature.number if fn.literature else None,
        "literature_match": (
            {"method": fn.literature.method, "score": round(fn.literature.score, 1)}
            if fn.literature
            else None
        ),
        "reference": reference_json(fn.reference),
        # the file ``line`` is in when it is not the document itself (an included file)
        "file": fn.file or None,
    }


def literature_json(doc: ParsedDocument, entry: LiteratureEntry) -> dict[str, Any]:
    return {
        "document": doc.id,
        "number": entry.number,
        "line": entry.line,
        "reference": reference_json(entry.reference),
        # the file ``line`` is in when it is not the document itself (the .bib it came from)
        "file": entry.file or None,
    }


# The documented key order of the first version; fields added since follow in model order.
REFERENCE_KEYS = (
    "raw", "title", "authors", "year", "year_raw", "url", "url_raw", "url_display", "kind",
    "pages", "page_count", "volume", "issue", "publisher", "place", "access_date", "doi",
    "responsibility", "host", "electronic", "language", "style", "line", "end_line",
)  # fmt: skip
ANOMALY_KEYS = ("code", "line", "message", "footnote", "literature_entry")


def reference_json(ref: Reference) -> dict[str, Any]:
    return to_json(ref, leading=REFERENCE_KEYS)


def anomaly_json(
    doc: ParsedDocument, a: Anomaly, placer: LinePlacer | None = None
) -> dict[str, Any]:
    """One anomaly; ``file`` is the file its line is in when not the document's own (an
    included chapter, a .bib), else null (``placer``: the document's, built once)."""
    file = (placer or doc.placer()).anomaly_file(a)
    return {"document": doc.id, **to_json(a, leading=ANOMALY_KEYS), "file": file or None}


def anomalies_json(doc: ParsedDocument) -> list[dict[str, Any]]:
    """Every anomaly of ``doc`` (:meth:`ParsedDocument.all_anomalies`), in line order."""
    placer = doc.placer()
    return [anomaly_json(doc, a, placer) for a in doc.all_anomalies()]


def link_json(
    url: str,
    state: LinkState | None,
    footnotes: list[int | str],
    literature: list[int],
    documents: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One cited URL: its latest verdict (null if never checked) and who cites it.

    ``footnotes`` and ``literature_entries`` pool every document; ``cited_in``
    gives them per document.
    """
    latest = state.latest if state else None
    return {
        "url": url,
        "verdict": latest.status.value if latest else None,
        "verdict_label": state.label if state else None,
        "reason": latest.reason if latest else None,
        "http_status": latest.http_status if latest else None,
        "final_url": latest.final_url if latest else None,
        "checked_at": latest.checked_at.isoformat() if latest else None,
        "observations": state.observations if state else 0,
        "confirmed": state.confirmed if state else False,
        "first_failed_at": (
            state.first_failed_at.isoformat() if state and state.first_failed_at else None
        ),
        "footnotes": footnotes,
        "literature_entries": literature,
        "cited_in": documents or [],
    }


def lookup_json(lookup: ArchiveLookup) -> dict[str, Any]:
    """One lookup as JSON (the shape of the export's ``archives`` entries)."""
    has_drift = lookup.drift_score is not None or lookup.drifted is not None
    return {
        "url": lookup.url,
        "outcome": lookup.outcome.value,
        "snapshot_url": lookup.snapshot_url,
        "snapshot_timestamp": lookup.snapshot_timestamp,
        "archive": lookup.archive or None,
        "target_date": lookup.target_date.isoformat() if lookup.target_date else None,
        "verified": lookup.verified,
        "drift": {
            "score": lookup.drift_score,
            "drifted": lookup.drifted,
            "quote_in_live": lookup.quote_in_live,
            "quote_in_snapshot": lookup.quote_in_snapshot,
        }
        if has_drift
        else None,
        "looked_up_at": lookup.looked_up_at.isoformat(),
        "detail": lookup.detail,
    }


def finding_json(f: Finding, placer: LinePlacer | None = None) -> dict[str, Any]:
    """One finding: ``id``, ``kind``, ``severity``, ``message``, ``suggestion``,
    ``footnotes`` (numbers; labels for named notes), ``literature_entries``, ``lines``, ``urls``,
    ``document`` (id), ``evidence`` ({name: value}) and ``places``: ``lines`` as people read
    them, ``"chap/intro.tex:12"`` for a line of another file (given its document's ``placer``)."""
    places = (
        placer.places(f.lines, f.footnotes, f.literature_entries)
        if placer is not None
        else tuple(str(n) for n in f.lines)
    )
    return {
        "id": finding_id(f),
        "kind": f.kind,
        "severity": f.severity.value,
        "message": f.message,
        "suggestion": f.suggestion,
        "footnotes": [int(x) if x.isdigit() else x for x in f.footnotes],
        "literature_entries": list(f.literature_entries),
        "lines": list(f.lines),
        "urls": list(f.urls),
        "document": f.document,
        "evidence": dict(f.evidence),
        "places": list(places),
    }


def findings_json(
    findings: Iterable[Finding], placers: Mapping[str, LinePlacer] | None = None
) -> list[dict[str, Any]]:
    """Findings as JSON objects, in the order given (use :func:`bibcheck.analyse.sort_findings`);
    ``placers`` (:meth:`ParsedDocument.placer`, by document id) place their lines in files."""
    found = placers or {}
    return [finding_json(f, found.get(f.document or "")) for f in findings]


VERIFICATION_KEYS = (
    "document", "aspect", "verdict", "footnote", "literature_entry", "line", "subject", "doi",
    "source", "score", "detail", "suggestion", "degraded", "differences", "candidates",
    "evidence", "verified_at", "key",
)  # fmt: skip


def verification_json(v: Verification) -> dict[str, Any]:
    """One stored verification (the export's ``verifications`` entries).

    ``differences`` are ``{field, cited, registered}`` objects, ``candidates``
    ``{doi, title, score}`` objects and ``evidence`` a ``{name: value}`` object.
    """
    row = to_json(v, leading=VERIFICATION_KEYS)
    row["differences"] = [
        {"field": name, "cited": cited, "registered": registered}
        for name, cited, registered in v.differences
    ]
    row["candidates"] = [
        {"doi": doi or None, "title": title, "score": float(score) if score else None}
        for doi, title, score in v.candidates
    ]
    row["evidence"] = dict(v.evidence)
    return row
