"""The database schema, as sqlite-utils migrations.

Every change to the schema is a new migration appended here; a database
written by a newer bibcheck (a migration this version does not know) is
refused rather than damaged.  See README.md "Database schema".
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bibcheck.errors import StoreError

SCHEMA_VERSION = 9  # the number of the newest migration (m009)
migrations = Migrations("bibcheck")


@migrations()
def m001_citation_model(db: Database) -> None:
    db.table("documents").create(
        {
            "id": str,
            "path": str,
            "reader": str,
            "title": str,
            "encoding": str,
            "parser_version": str,
            "size": int,
            "ingested_at": str,
        },
        pk="id",
    )
    db.table("references").create(
        {
            "id": str,
            "document_id": str,
            "origin": str,
            "label": str,
            "raw": str,
            "line": int,
            "end_line": int,
            "kind": str,
            "style": str,
            "authors": str,
            "title": str,
            "responsibility": str,
            "host": str,
            "year": int,
            "year_raw": str,
            "url": str,
            "url_raw": str,
            "url_display": str,
            "access_date": str,
            "access_date_raw": str,
            "publisher": str,
            "place": str,
            "pages": str,
            "page_count": int,
            "doi": str,
            "language": str,
            "electronic": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("literature").create(
        {
            "id": str,
            "document_id": str,
            "number": int,
            "label": str,
            "line": int,
            "reference_id": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("reference_id", "references", "id")],
    )
    db.table("footnotes").create(
        {
            "id": str,
            "document_id": str,
            "label": str,
            "number": int,
            "seq": int,
            "line": int,
            "reference_id": str,
            "literature_id": str,
            "match_method": str,
            "match_score": float,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("reference_id", "references", "id"),
            ("literature_id", "literature", "id"),
        ],
    )
    db.table("markers").create(
        {
            "id": str,
            "document_id": str,
            "footnote_id": str,
            "label": str,
            "line": int,
            "column": int,
            "displaced_from": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("footnote_id", "footnotes", "id")],
    )
    db.table("claims").create(
        {"marker_id": str, "text": str, "kind": str, "line": int},
        pk="marker_id",
        foreign_keys=[("marker_id", "markers", "id")],
    )
    db.table("urls").create({"url": str, "host": str, "key": str}, pk="url")
    db.table("reference_urls").create(
        {"reference_id": str, "url": str},
        pk=("reference_id", "url"),
        foreign_keys=[("reference_id", "references", "id"), ("url", "urls", "url")],
    )
    db.table("anomalies").create(
        {
            "id": str,
            "document_id": str,
            "code": str,
            "message": str,
            "line": int,
            "footnote": str,
            "literature_entry": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("check_runs").create(
        {
            "id": str,
            "started_at": str,
            "finished_at": str,
            "degraded": int,
            "degraded_reason": str,
            "settings": str,
            "version": str,
        },
        pk="id",
    )
    db.table("link_checks").create(
        {
            "id": int,
            "url": str,
            "run_id": str,
            "status": str,
            "reason": str,
            "http_status": int,
            "final_url": str,
            "redirects": str,
            "elapsed_ms": int,
            "checked_at": str,
            "page_title": str,
            "page_text": str,
        },
        pk="id",
        foreign_keys=[("url", "urls", "url"), ("run_id", "check_runs", "id")],
    )
    for table, cols in [
        ("references", ["document_id"]),
        ("footnotes", ["document_id"]),
        ("literature", ["document_id"]),
        ("markers", ["footnote_id"]),
        ("anomalies", ["document_id"]),
        ("link_checks", ["url", "checked_at"]),
        ("reference_urls", ["url"]),
    ]:
        db.table(table).create_index(cols)


@migrations()
def m002_archive_lookups(db: Database) -> None:
    db.table("archive_lookups").create(
        {
            "id": int,
            "url": str,
            "archive": str,
            "outcome": str,
            "looked_up_at": str,
            "snapshot_url": str,
            "snapshot_timestamp": str,
            "target_date": str,
            "verified": int,
            "drift_score": float,
            "drifted": int,
            "quote_in_live": int,
            "quote_in_snapshot": int,
            "detail": str,
        },
        pk="id",
        foreign_keys=[("url", "urls", "url")],
    )
    db.table("archive_lookups").create_index(["url", "looked_up_at"])


@migrations()
def m003_reference_volume_issue(db: Database) -> None:
    db.table("references").add_column("volume", str)
    db.table("references").add_column("issue", str)


@migrations()
def m004_archive_lookup_saved(db: Database) -> None:
    db.table("archive_lookups").add_column("saved", int, not_null_default=0)


@migrations()
def m005_reader_choice(db: Database) -> None:
    """How the reader was chosen (issue 11): its confidence and what chose it."""
    db.table("documents").add_column("reader_confidence", float)
    db.table("documents").add_column("reader_chosen_by", str)


@migrations()
def m006_reference_archive_url(db: Database) -> None:
    # An archived copy the document itself names (wikitext archive-url=).
    db.table("references").add_column("archive_url", str)


@migrations()
def m009_verifications(db: Database) -> None:
    """Citation verification (issue 13): one row per verified aspect, and the API cache."""
    db.table("verifications").create(
        {
            "key": str,
            "document": str,
            "aspect": str,
            "verdict": str,
            "verified_at": str,
            "footnote": str,
            "literature_entry": int,
            "line": int,
            "subject": str,
            "doi": str,
            "source": str,
            "score": float,
            "suggestion": str,
            "detail": str,
            "degraded": int,
            "differences": str,
            "candidates": str,
            "evidence": str,
        },
        pk="key",
    )
    db.table("verifications").create_index(["document"])
    db.table("verify_cache").create(
        {"key": str, "value": str, "fetched_at": str, "expires_at": str}, pk="key"
    )


def migrate(db: Database) -> None:
    """Bring ``db`` up to this version's schema; refuse a newer one."""
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - known
    if unknown:
        raise StoreError(
            "this database was written by a newer bibcheck "
            f"(unknown migrations: {', '.join(sorted(unknown))}); upgrade bibcheck"
        )
    migrations.apply(db)
