"""``bibcheck export json``: the whole stored model as one documented JSON object.

This is a public interface (see README "JSON export"): keys are only ever
added, never renamed.  Output is deterministic: the same database gives the
same bytes (documents in ingest order, everything else in document order).
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from bibcheck.archive import archives_json
from bibcheck.model import Anomaly, Footnote, LiteratureEntry, ParsedDocument, Reference
from bibcheck.store.documents import iter_documents
from bibcheck.store.links import (
    ConfirmPolicy,
    LinkState,
    citing,
    citing_documents,
    link_states,
)

SCHEMA_VERSION = 1


def build_export(db: Database, policy: ConfirmPolicy | None = None) -> dict[str, Any]:
    """The export object for every stored document."""
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "documents": [],
        "footnotes": [],
        "literature": [],
        "anomalies": [],
    }
    for doc in iter_documents(db):
        out["documents"].append(document_json(doc))
        out["footnotes"].extend(footnote_json(doc, fn) for fn in doc.footnotes)
        out["literature"].extend(literature_json(doc, e) for e in doc.literature)
        out["anomalies"].extend(anomaly_json(doc, a) for a in doc.all_anomalies())
    out["links"] = links_json(db, policy or ConfirmPolicy())
    out["archives"] = archives_json(db)
    # Imported here: the report package builds on this module.
    from bibcheck.analyse import analyse
    from bibcheck.report.json import findings_json

    out["findings"] = findings_json(analyse(db, policy))
    return out


def links_json(db: Database, policy: ConfirmPolicy) -> list[dict[str, Any]]:
    """One object per distinct cited URL with its latest verdict (null if never checked)."""
    cited = citing(db)
    per_document = citing_documents(db)
    states = {s.url: s for s in link_states(db, policy)}
    out = []
    for url in sorted(cited):
        footnotes, literature = cited[url]
        out.append(
            link_json(url, states.get(url), footnotes, literature, per_document.get(url, []))
        )
    return out


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


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


def document_json(doc: ParsedDocument) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "reader": doc.reader,
        "title": doc.title,
        "encoding": doc.encoding,
        "footnote_count": len(doc.footnotes),
        "literature_count": len(doc.literature),
    }


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
    }


def literature_json(doc: ParsedDocument, entry: LiteratureEntry) -> dict[str, Any]:
    return {
        "document": doc.id,
        "number": entry.number,
        "line": entry.line,
        "reference": reference_json(entry.reference),
    }


def reference_json(ref: Reference) -> dict[str, Any]:
    return {
        "raw": ref.raw,
        "title": ref.title,
        "authors": list(ref.authors),
        "year": ref.year,
        "year_raw": ref.year_raw,
        "url": ref.url,
        "url_raw": ref.url_raw,
        "url_display": ref.url_display,
        "kind": ref.kind.value,
        "pages": ref.pages,
        "page_count": ref.page_count,
        "volume": ref.volume,
        "issue": ref.issue,
        "publisher": ref.publisher,
        "place": ref.place,
        "access_date": ref.access_date.isoformat() if ref.access_date else None,
        "doi": ref.doi,
        "responsibility": ref.responsibility,
        "host": ref.host,
        "electronic": ref.electronic,
        "language": ref.language,
        "style": ref.style,
        "line": ref.line,
        "end_line": ref.end_line,
    }


def anomaly_json(doc: ParsedDocument, a: Anomaly) -> dict[str, Any]:
    return {
        "document": doc.id,
        "code": a.code.value,
        "line": a.line,
        "message": a.message,
        "footnote": a.footnote,
        "literature_entry": a.literature_entry,
    }
