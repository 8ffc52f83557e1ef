"""``bibcheck export json``: the whole stored model as one documented JSON object.

This is a public interface (see README "JSON export"): keys are only ever
added, never renamed.  Output is deterministic: the same database gives the
same bytes (documents in ingest order, everything else in document order).
"""

from __future__ import annotations

import json
from typing import Any

from bibcheck.analyse import analyse
from bibcheck.model import LinePlacer
from bibcheck.shapes import (
    anomalies_json,
    document_json,
    findings_json,
    footnote_json,
    link_json,
    literature_json,
    lookup_json,
    verification_json,
)
from bibcheck.store.archives import latest_lookups
from bibcheck.store.base import Store
from bibcheck.store.documents import iter_documents
from bibcheck.store.links import (
    ConfirmPolicy,
    cited_urls,
    citing,
    citing_documents,
    link_states,
)
from bibcheck.store.verifications import load_verifications

SCHEMA_VERSION = 1


def build_export(db: Store, policy: ConfirmPolicy | None = None) -> dict[str, Any]:
    """The export object for every stored document."""
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "documents": [],
        "footnotes": [],
        "literature": [],
        "anomalies": [],
    }
    # (each document's line placer only, not the document: memory stays one document's)
    placers: dict[str, LinePlacer] = {}
    for doc in iter_documents(db):
        placers[doc.id] = doc.placer()
        out["documents"].append(document_json(doc))
        out["footnotes"].extend(footnote_json(doc, fn) for fn in doc.footnotes)
        out["literature"].extend(literature_json(doc, e) for e in doc.literature)
        out["anomalies"].extend(anomalies_json(doc))
    out["links"] = links_json(db, policy or ConfirmPolicy())
    out["archives"] = archives_json(db)
    out["verifications"] = [verification_json(v) for v in load_verifications(db)]
    out["findings"] = findings_json(analyse(db, policy), placers)
    return out


def links_json(db: Store, policy: ConfirmPolicy) -> list[dict[str, Any]]:
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


def archives_json(db: Store) -> list[dict[str, Any]]:
    """The ``archives`` section of the JSON export: the latest lookup of each cited URL."""
    cited = set(cited_urls(db))
    latest = latest_lookups(db)
    return [lookup_json(latest[u]) for u in sorted(latest) if u in cited]
