"""The per-document JSON report: a documented, versioned schema.

Built from the same shapers as ``bibcheck export json`` (:mod:`bibcheck.shapes`),
so a footnote, a literature entry, an anomaly or a link looks the same in
both; keys are only ever added, never renamed.  Deterministic: no clock
unless ``generated_at`` is given, every list sorted, ``sort_keys`` for objects
built here.

Schema ``bibcheck-report`` version 1::

    schema              "bibcheck-report"
    schema_version      1
    generated_at        ISO timestamp passed in, or null
    document            as in the export (id, path, reader, title, encoding, counts,
                        reader_confidence, reader_chosen_by, bibliographies,
                        source_format: "jupyter-notebook" or null)
    summary             findings {error, warning, info}, kinds {kind: n},
                        verdicts {verdict: n, "unchecked": n}, hosts {host: n},
                        link_notice, coverage (what was read and what was not: reader,
                        confidence, chosen_by, uncertain, markers, stray_markers,
                        footnotes, cited_keys, literature_entries, not_read {code: n},
                        bibliographies [text], source_format, source_not_read (the
                        parts of a notebook not read: code cells and outputs, or null),
                        text), verify_notice (how far the
                        references were verified)
    footnotes[]         as in the export (claim, claim_kind, markers, literature_entry,
                        literature_match, reference with parsed fields) plus
                        verdict (label or null) and finding_ids
    literature[]        as in the export
    anomalies[]         as in the export
    links[]             as in the export's links (latest verdict, observations = history
                        count, confirmed, first_failed_at, footnotes, literature_entries),
                        for this document's URLs, plus host and archive (snapshot or null)
    archives[]          latest archive lookup per URL: url, archive, outcome, snapshot_url,
                        snapshot_timestamp, target_date, verified, drift_score, drifted,
                        quote_in_live, quote_in_snapshot, looked_up_at, detail
    verifications[]     this document's verifications, as in the export (issue 13)
    findings[]          see :func:`findings_json`
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from bibcheck.analyse import finding_id
from bibcheck.parse.coverage import coverage
from bibcheck.report.data import ReportData
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

REPORT_SCHEMA = "bibcheck-report"
REPORT_SCHEMA_VERSION = 1


def report_json(data: ReportData) -> dict[str, Any]:
    """The whole per-document report object."""
    doc = data.doc
    ids_by_footnote: dict[str, list[str]] = {}
    for f in data.findings:
        fid = finding_id(f)  # once per finding: one may group thousands of footnotes
        for label in f.footnotes:
            ids_by_footnote.setdefault(label, []).append(fid)
    footnotes = []
    for fn in doc.footnotes:
        row = footnote_json(doc, fn)
        state = data.links.get(fn.reference.url or "")
        row["verdict"] = state.label if state else None
        row["finding_ids"] = ids_by_footnote.get(fn.label, [])
        footnotes.append(row)
    return {
        "schema": REPORT_SCHEMA,
        "schema_version": REPORT_SCHEMA_VERSION,
        "generated_at": data.generated_at,
        "document": document_json(doc),
        "summary": _sorted_summary(data),
        "footnotes": footnotes,
        "literature": [literature_json(doc, e) for e in doc.literature],
        "anomalies": anomalies_json(doc),
        "links": _links(data),
        "archives": [lookup_json(data.lookups[u]) for u in sorted(data.lookups)],
        "verifications": [verification_json(v) for v in data.verifications],
        "findings": findings_json(data.findings, {doc.id: doc.placer()}),
    }


def _sorted_summary(data: ReportData) -> dict[str, Any]:
    summary = data.summary()
    return {
        "findings": summary.by_severity,
        "kinds": dict(sorted(summary.by_kind.items())),
        "verdicts": dict(sorted(summary.by_verdict.items())),
        "hosts": dict(sorted(summary.by_host.items())),
        "link_notice": data.notice,
        "coverage": coverage(data.doc).as_json(),
        "verify_notice": data.verify_notice,
    }


def _links(data: ReportData) -> list[dict[str, Any]]:
    out = []
    for url, cites in sorted(data.citations.items()):
        footnotes: list[int | str] = [int(x) if x.isdigit() else x for x in cites.footnotes]
        row = link_json(url, data.links.get(url), footnotes, cites.literature)
        row["host"] = data.host(url)
        lookup = data.lookups.get(url)
        row["archive"] = lookup_json(lookup) if lookup else None
        out.append(row)
    return out


def dumps(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def render_json(data: ReportData) -> str:
    return dumps(report_json(data))
