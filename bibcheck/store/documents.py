"""Store and load parsed documents.

Ids are derived from content (the document's SHA-256, the footnote label and
position), so ingesting the same bytes twice changes nothing: the second
time the document is recognised and skipped.  A new version of a file at the
same path replaces the old version's rows in one transaction; the URL table
and the link-check history are keyed by URL and survive.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from bibcheck.codec import to_row
from bibcheck.manuscript import PARSER_VERSION
from bibcheck.model import (
    Anomaly,
    BibliographyFile,
    Claim,
    Footnote,
    LiteratureEntry,
    LiteratureMatch,
    Marker,
    ParsedDocument,
    Reference,
    SourceFormat,
)
from bibcheck.store.base import Store
from bibcheck.store.rows import read_row, reading
from bibcheck.urls import encode_url, host_name, normalise_key

_CHILD_TABLES = (
    "claims",
    "markers",
    "footnotes",
    "literature",
    "reference_urls",
    "references",
    "anomalies",
)


@dataclass(frozen=True, slots=True)
class SaveResult:
    document_id: str
    stored: bool  # False when the same document was already stored
    replaced: tuple[str, ...] = ()  # ids of older versions of the same path


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:20]


def save_document(db: Store, doc: ParsedDocument, *, size: int, now: datetime) -> SaveResult:
    """Store ``doc`` unless the same bytes were already stored by this parser version."""
    row = next(db.query("select * from documents where id = ?", [doc.id]), None)
    unchanged = row is not None and (row["parser_version"], row["reader"], row["path"]) == (
        PARSER_VERSION,
        doc.reader,
        doc.path,
    )
    if unchanged:
        return SaveResult(doc.id, False)
    with db.atomic():
        db.lock("document:" + doc.path)  # two workers saving one file: one after the other
        older = [
            r["id"]
            for r in db.query(
                "select id from documents where path = ? and id != ?", [doc.path, doc.id]
            )
        ]
        for doc_id in [doc.id, *older]:
            _delete(db, doc_id)
        _insert(db, doc, size, now)
    return SaveResult(doc.id, True, tuple(older))


def _delete(db: Store, doc_id: str) -> None:
    db.execute(
        "delete from claims where marker_id in (select id from markers where document_id = ?)",
        [doc_id],
    )
    db.execute("delete from markers where document_id = ?", [doc_id])
    db.execute("delete from footnotes where document_id = ?", [doc_id])
    db.execute("delete from literature where document_id = ?", [doc_id])
    db.execute(
        "delete from reference_urls where reference_id in "
        '(select id from "references" where document_id = ?)',
        [doc_id],
    )
    db.execute('delete from "references" where document_id = ?', [doc_id])
    db.execute("delete from anomalies where document_id = ?", [doc_id])
    db.execute("delete from documents where id = ?", [doc_id])


def _insert(db: Store, doc: ParsedDocument, size: int, now: datetime) -> None:
    db.insert_rows(
        "documents",
        [
            {
                "id": doc.id,
                "path": doc.path,
                "reader": doc.reader,
                "title": doc.title,
                "encoding": doc.encoding,
                "parser_version": PARSER_VERSION,
                "size": size,
                "ingested_at": now.isoformat(timespec="seconds"),
                "reader_confidence": doc.reader_confidence,
                "reader_chosen_by": doc.reader_chosen_by,
                "bibliographies": _bibliographies_row(doc.bibliographies),
                "source_format": doc.source_format or None,
            }
        ],
        ignore=True,
    )
    refs: list[dict[str, Any]] = []
    lit_rows = []
    lit_ids: dict[int, str] = {}
    for seq, entry in enumerate(doc.literature):
        ref_id = _hash(doc.id, "literature", seq, entry.reference.raw)
        refs.append(_reference_row(ref_id, doc.id, "literature", entry.label, entry.reference))
        lit_id = f"{doc.id[:16]}:lit:{seq}"
        lit_ids.setdefault(entry.number, lit_id)
        lit_rows.append(
            {
                "id": lit_id,
                "document_id": doc.id,
                "number": entry.number,
                "label": entry.label,
                "line": entry.line,
                "file": entry.file or None,
                "reference_id": ref_id,
                "seq": seq,
            }
        )
    fn_rows: list[dict[str, Any]] = []
    marker_rows: list[dict[str, Any]] = []
    claim_rows: list[dict[str, Any]] = []
    for seq, fn in enumerate(doc.footnotes):
        ref_id = _hash(doc.id, "footnote", seq, fn.reference.raw)
        refs.append(_reference_row(ref_id, doc.id, "footnote", fn.label, fn.reference))
        fn_id = f"{doc.id[:16]}:fn:{seq}"
        match = fn.literature
        fn_rows.append(
            {
                "id": fn_id,
                "document_id": doc.id,
                "label": fn.label,
                "number": fn.number,
                "seq": seq,
                "line": fn.line,
                "file": fn.file or None,
                "reference_id": ref_id,
                "literature_id": _literature_id(doc, match, lit_ids) if match else None,
                "match_method": match.method if match else None,
                "match_score": match.score if match else None,
            }
        )
        for k, marker in enumerate(fn.markers):
            marker_id = f"{fn_id}:m{k}"
            marker_rows.append(_marker_row(marker_id, doc.id, fn_id, marker, len(marker_rows)))
            if marker.claim is not None:
                claim_rows.append({"marker_id": marker_id, **to_row(marker.claim)})
    for k, marker in enumerate(doc.stray_markers):
        stray_id = f"{doc.id[:16]}:stray:{k}"
        marker_rows.append(_marker_row(stray_id, doc.id, None, marker, len(marker_rows)))
    ref_anomalies = [_anomaly_row(doc.id, a) for r in refs for a in r.pop("_anomalies")]
    other_links = {r["id"]: r.pop("_links") for r in refs}
    db.insert_rows("references", refs, ignore=True)
    db.insert_rows("literature", lit_rows, ignore=True)
    db.insert_rows("footnotes", fn_rows, ignore=True)
    db.insert_rows("markers", marker_rows, ignore=True)
    db.insert_rows("claims", claim_rows, ignore=True)
    _insert_urls(db, refs, other_links)
    rows = [_anomaly_row(doc.id, a) for a in doc.anomalies] + ref_anomalies
    db.insert_rows("anomalies", rows, ignore=True)


def _literature_id(doc: ParsedDocument, match: LiteratureMatch, ids: dict[int, str]) -> str | None:
    """The row of the entry a footnote is linked to (by position: numbers may repeat)."""
    if 0 <= match.index < len(doc.literature):
        return f"{doc.id[:16]}:lit:{match.index}"
    return ids.get(match.number)


def _reference_row(
    ref_id: str, doc_id: str, origin: str, label: str, ref: Reference
) -> dict[str, Any]:
    ids = {"id": ref_id, "document_id": doc_id, "origin": origin, "label": label}
    return {**ids, **to_row(ref), "_anomalies": ref.anomalies, "_links": ref.links}


def _marker_row(
    marker_id: str, doc_id: str, fn_id: str | None, m: Marker, seq: int
) -> dict[str, Any]:
    return {"id": marker_id, "document_id": doc_id, "footnote_id": fn_id, "seq": seq, **to_row(m)}


def _anomaly_row(doc_id: str, a: Anomaly) -> dict[str, Any]:
    key = _hash(doc_id, a.code.value, a.line, a.message, a.footnote, a.literature_entry)
    return {"id": key, "document_id": doc_id, **to_row(a)}


def _insert_urls(
    db: Store, refs: list[dict[str, Any]], other_links: dict[str, tuple[str, ...]]
) -> None:
    """The URLs to check: each reference's URL, its DOI as a doi.org link, and every other
    URL its text names (a note linking three pages: all three).

    A DOI is checked too: it is the address that should outlive the page.
    """
    urls: dict[str, dict[str, str]] = {}
    links = []
    for ref in refs:
        for url in (*_cited_urls(ref), *other_links.get(ref["id"], ())):
            urls[url] = {"url": url, "host": host_name(url), "key": normalise_key(url)}
            links.append({"reference_id": ref["id"], "url": url})
    db.insert_rows("urls", urls.values(), ignore=True)
    db.insert_rows("reference_urls", links, ignore=True)


def _cited_urls(ref: dict[str, Any]) -> list[str]:
    found = [ref["url"]] if ref["url"] else []
    if ref["doi"]:
        doi_url = encode_url("https://doi.org/" + ref["doi"])
        if doi_url and normalise_key(doi_url) not in {normalise_key(u) for u in found}:
            found.append(doi_url)
    return found


# --------------------------------------------------------------------------
# loading
# --------------------------------------------------------------------------


def document_ids(db: Store) -> list[str]:
    """Ids of the stored documents, oldest ingest first."""
    return [r["id"] for r in db.query("select id from documents order by ingested_at, path")]


def document_row(db: Store, doc_id: str) -> dict[str, Any]:
    return dict(next(db.query("select * from documents where id = ?", [doc_id])))


def load_document(db: Store, doc_id: str) -> ParsedDocument:
    """Rebuild a stored document as the model (with every anomaly at document level)."""
    with reading(f"stored document {doc_id[:12]}"):
        return _load_document(db, doc_id)


def _load_document(db: Store, doc_id: str) -> ParsedDocument:
    row = document_row(db, doc_id)
    refs = {
        r["id"]: r for r in db.query('select * from "references" where document_id = ?', [doc_id])
    }
    links = _reference_links(db, doc_id)
    lit_rows = list(
        db.query("select * from literature where document_id = ? order by seq, id", [doc_id])
    )
    literature = [
        LiteratureEntry(
            r["number"],
            r["line"],
            _reference(refs[r["reference_id"]], links),
            r["label"],
            r.get("file") or "",
        )
        for r in lit_rows
    ]
    lit_numbers = {r["id"]: r["number"] for r in lit_rows}
    markers = _load_markers(db, doc_id)
    footnotes = []
    for r in db.query("select * from footnotes where document_id = ? order by seq", [doc_id]):
        match = None
        if r["literature_id"]:
            match = LiteratureMatch(
                lit_numbers[r["literature_id"]], r["match_method"], r["match_score"]
            )
        footnotes.append(
            Footnote(
                r["label"],
                r["number"],
                r["line"],
                _reference(refs[r["reference_id"]], links),
                tuple(markers.get(r["id"], ())),
                match,
                r.get("file") or "",
            )
        )
    anomalies = tuple(
        read_row(Anomaly, a, "anomalies")
        for a in db.query(
            "select * from anomalies where document_id = ? "
            "order by coalesce(line, 0), code, message",
            [doc_id],
        )
    )
    return ParsedDocument(
        id=doc_id,
        path=row["path"],
        reader=row["reader"],
        title=row["title"],
        encoding=row["encoding"],
        footnotes=tuple(footnotes),
        literature=tuple(literature),
        anomalies=anomalies,
        stray_markers=tuple(markers.get(None, ())),
        reader_confidence=row.get("reader_confidence"),
        reader_chosen_by=row.get("reader_chosen_by") or "",
        bibliographies=_bibliographies(row.get("bibliographies")),
        source_format=_source_format(row.get("source_format")),
    )


def _source_format(value: object) -> SourceFormat:
    """The column read back; a value this version does not know (written by a newer one)
    is the file's own text."""
    try:
        return SourceFormat(value if isinstance(value, str) else "")
    except ValueError:
        return SourceFormat.TEXT


def _bibliographies_row(files: tuple[BibliographyFile, ...]) -> str | None:
    """The bibliography files as a JSON column (None when the document named none)."""
    if not files:
        return None
    return json.dumps([[f.name, f.entries, f.named_in] for f in files], ensure_ascii=False)


def _bibliographies(value: object) -> tuple[BibliographyFile, ...]:
    """The column read back; a value this version cannot read (written by another) is none."""
    if not isinstance(value, str) or not value:
        return ()
    try:
        items = json.loads(value)
    except json.JSONDecodeError:
        return ()
    if not isinstance(items, list):
        return ()
    return tuple(
        BibliographyFile(str(item[0]), int(item[1]), str(item[2]))
        for item in items
        if isinstance(item, list) and len(item) == 3 and isinstance(item[1], int)
    )


def _load_markers(db: Store, doc_id: str) -> dict[str | None, list[Marker]]:
    sql = (
        "select m.*, c.text as claim_text, c.kind as claim_kind, c.line as claim_line "
        "from markers m left join claims c on c.marker_id = m.id "
        "where m.document_id = ? order by m.seq, m.id"
    )
    found: dict[str | None, list[Marker]] = {}
    for r in db.query(sql, [doc_id]):
        claim = None
        if r["claim_kind"] is not None:
            claim = read_row(
                Claim,
                {"text": r["claim_text"], "kind": r["claim_kind"], "line": r["claim_line"]},
                "claims",
            )
        marker = read_row(Marker, r, "markers", claim=claim)
        found.setdefault(r["footnote_id"], []).append(marker)
    return found


def _reference(r: dict[str, Any], links: dict[str, list[str]] | None = None) -> Reference:
    ref = read_row(Reference, r, "references")
    cited = _cited_urls(r)
    others = tuple(u for u in (links or {}).get(r["id"], ()) if u not in cited)
    return replace(ref, links=others) if others else ref


def _reference_links(db: Store, doc_id: str) -> dict[str, list[str]]:
    """Reference id -> its URLs stored to check (in order of address: the same bytes for
    the same database)."""
    found: dict[str, list[str]] = {}
    sql = (
        'select ru.reference_id, ru.url from reference_urls ru join "references" r '
        "on r.id = ru.reference_id where r.document_id = ? order by ru.url"
    )
    for row in db.query(sql, [doc_id]):
        found.setdefault(row["reference_id"], []).append(row["url"])
    return found


def iter_documents(db: Store) -> Iterator[ParsedDocument]:
    for doc_id in document_ids(db):
        yield load_document(db, doc_id)
