"""The database schema: one list of migrations, applied to SQLite and to PostgreSQL.

Each migration is a name and a tuple of *steps* written as data (a table, a
column, an index, a statement), not as SQL of one dialect: the SQLite backend
applies them through sqlite-utils (:mod:`bibcheck.store.sqlite`), the
PostgreSQL backend renders them as DDL (:mod:`bibcheck.store.postgres`).  So
the two backends cannot drift apart: there is no second schema to forget, and
``tests/test_store_backends.py`` compares what each backend really built.

Every change to the schema is a new migration appended here; a database
written by a newer bibcheck (a migration this version does not know) is
refused rather than damaged.  See README.md "Database schema".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

MIGRATION_SET = "bibcheck"

ColumnType = type[str] | type[int] | type[float]


@dataclass(frozen=True, slots=True)
class Table:
    """A new table.  A single ``int`` primary key is assigned by the database."""

    name: str
    columns: Mapping[str, ColumnType]
    pk: str | tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, its column)


@dataclass(frozen=True, slots=True)
class Column:
    """A column added to an existing table (NULL in existing rows unless a default)."""

    table: str
    name: str
    type: ColumnType
    not_null_default: Any = None


@dataclass(frozen=True, slots=True)
class Index:
    table: str
    columns: tuple[str, ...]
    unique: bool = False

    @property
    def name(self) -> str:
        """sqlite-utils' naming, used on both backends."""
        prefix = "idx" if not self.unique else "uq"
        return f"{prefix}_{self.table}_{'_'.join(self.columns)}"


@dataclass(frozen=True, slots=True)
class Statement:
    """SQL in the subset both databases understand (``?`` placeholders, "quoted" names).

    ``only`` restricts it to one dialect (``sqlite`` or ``postgresql``).
    """

    sql: str
    only: str | None = None


Step = Table | Column | Index | Statement


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    steps: tuple[Step, ...] = field(default_factory=tuple)


_M001 = (
    Table(
        "documents",
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
    ),
    Table(
        "references",
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
        foreign_keys=(("document_id", "documents", "id"),),
    ),
    Table(
        "literature",
        {
            "id": str,
            "document_id": str,
            "number": int,
            "label": str,
            "line": int,
            "reference_id": str,
        },
        pk="id",
        foreign_keys=(("document_id", "documents", "id"), ("reference_id", "references", "id")),
    ),
    Table(
        "footnotes",
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
        foreign_keys=(
            ("document_id", "documents", "id"),
            ("reference_id", "references", "id"),
            ("literature_id", "literature", "id"),
        ),
    ),
    Table(
        "markers",
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
        foreign_keys=(("document_id", "documents", "id"), ("footnote_id", "footnotes", "id")),
    ),
    Table(
        "claims",
        {"marker_id": str, "text": str, "kind": str, "line": int},
        pk="marker_id",
        foreign_keys=(("marker_id", "markers", "id"),),
    ),
    Table("urls", {"url": str, "host": str, "key": str}, pk="url"),
    Table(
        "reference_urls",
        {"reference_id": str, "url": str},
        pk=("reference_id", "url"),
        foreign_keys=(("reference_id", "references", "id"), ("url", "urls", "url")),
    ),
    Table(
        "anomalies",
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
        foreign_keys=(("document_id", "documents", "id"),),
    ),
    Table(
        "check_runs",
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
    ),
    Table(
        "link_checks",
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
        foreign_keys=(("url", "urls", "url"), ("run_id", "check_runs", "id")),
    ),
    Index("references", ("document_id",)),
    Index("footnotes", ("document_id",)),
    Index("literature", ("document_id",)),
    Index("markers", ("footnote_id",)),
    Index("anomalies", ("document_id",)),
    Index("link_checks", ("url", "checked_at")),
    Index("reference_urls", ("url",)),
)

_M002 = (
    Table(
        "archive_lookups",
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
        foreign_keys=(("url", "urls", "url"),),
    ),
    Index("archive_lookups", ("url", "looked_up_at")),
)

_M009 = (
    Table(
        "verifications",
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
    ),
    Index("verifications", ("document",)),
    Table(
        "verify_cache", {"key": str, "value": str, "fetched_at": str, "expires_at": str}, pk="key"
    ),
)

_M010 = (
    # Positions kept as data (the order of a document's entries and markers),
    # not as SQLite's rowid, which PostgreSQL does not have.
    Column("literature", "seq", int),
    Column("markers", "seq", int),
    Statement("update literature set seq = rowid", only="sqlite"),
    Statement("update markers set seq = rowid", only="sqlite"),
    # Every observation has a unique key, so work done twice is stored once:
    # one link check per URL per check run, one archive lookup per URL per run.
    Statement(
        "delete from link_checks where id not in "
        "(select min(id) from link_checks group by run_id, url)"
    ),
    Index("link_checks", ("run_id", "url"), unique=True),
    Column("archive_lookups", "run_id", str),
    Index("archive_lookups", ("run_id", "url"), unique=True),
    # A fleet-wide pacing row per rate-limited service (the archive's one
    # request per second across all workers) and the results of a
    # distributed run, see bibcheck/fleet.
    Table("rates", {"name": str, "next_at": float, "blocked_until": float}, pk="name"),
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("m001_citation_model", _M001),
    Migration("m002_archive_lookups", _M002),
    Migration(
        "m003_reference_volume_issue",
        (Column("references", "volume", str), Column("references", "issue", str)),
    ),
    # A snapshot made by this lookup (Save Page Now), issue 12.
    Migration(
        "m004_archive_lookup_saved",
        (Column("archive_lookups", "saved", int, not_null_default=0),),
    ),
    # How the reader was chosen (issue 11): its confidence and what chose it.
    Migration(
        "m005_reader_choice",
        (
            Column("documents", "reader_confidence", float),
            Column("documents", "reader_chosen_by", str),
        ),
    ),
    # An archived copy the document itself names (wikitext archive-url=).
    Migration("m006_reference_archive_url", (Column("references", "archive_url", str),)),
    # Citation verification (issue 13): one row per verified aspect, and the API cache.
    Migration("m009_verifications", _M009),
    # The shared store (issue 14): positions, unique observation keys, fleet rates.
    Migration("m010_keys_and_positions", _M010),
    # Every line an anomaly stands for (a missing key cited at several places), issue 11.
    Migration("m011_anomaly_lines", (Column("anomalies", "lines", str),)),
    # The bibliography files a document's keys were looked up in (JSON), issue 11.
    Migration("m012_document_bibliographies", (Column("documents", "bibliographies", str),)),
    # The file a line is in when it is not the document's own (an \\input or include::
    # file, the .bib an entry came from); NULL in older rows: the document's own.
    Migration(
        "m013_line_files",
        (
            Column("markers", "file", str),
            Column("footnotes", "file", str),
            Column("literature", "file", str),
        ),
    ),
    # The container a document's text was taken from (a Jupyter notebook's Markdown
    # cells); NULL: the file's own text.
    Migration("m014_document_source_format", (Column("documents", "source_format", str),)),
    # A thesis (kind ``thesis``, session 34): its degree, designation and institution; NULL
    # in older rows (a thesis stored before is a ``book``, its university the publisher).
    Migration(
        "m015_reference_thesis",
        (
            Column("references", "thesis_type", str),
            Column("references", "thesis_designation", str),
            Column("references", "institution", str),
        ),
    ),
    # The work's registry identifiers (session 66): PubMed, PubMed Central, ISBN, arXiv;
    # NULL in older rows (they were read from the raw text only).
    Migration(
        "m016_reference_identifiers",
        (
            Column("references", "pmid", str),
            Column("references", "pmcid", str),
            Column("references", "isbn", str),
            Column("references", "arxiv", str),
        ),
    ),
    # A work's edition and series (round 67), as structured sources name them; NULL in
    # older rows.
    Migration(
        "m017_reference_edition_series",
        (Column("references", "edition", str), Column("references", "series", str)),
    ),
    # The citation manager's record id of a marker read from an unformatted placeholder
    # ("{Smith, 2001 #123}": "endnote:123", round 73); NULL in older rows and for others.
    Migration("m018_marker_record", (Column("markers", "record", str),)),
    # The soft-404 probe samples a check run took (issue 12, round 75): one row per host and
    # path shape (scheme, netloc, depth, trailing slash, extension), the latest sample
    # (status, title, the start of the text) and when it was taken; later runs reuse it
    # while it is younger than the probe_max_age_days setting.
    Migration(
        "m019_probe_samples",
        (
            Table(
                "probe_samples",
                {
                    "scheme": str,
                    "netloc": str,
                    "depth": int,
                    "slash": int,
                    "ext": str,
                    "status": int,
                    "title": str,
                    "text": str,
                    "taken_at": str,
                },
                pk=("scheme", "netloc", "depth", "slash", "ext"),
            ),
            Index("probe_samples", ("taken_at",)),
        ),
    ),
    # A reference's editors (of the work, or of its host for a chapter; a JSON list like
    # authors) and a report's, standard's or patent's number (round 77); NULL in older rows
    # (read back as no editors, no number).
    Migration(
        "m020_reference_editors_number",
        (Column("references", "editors", str), Column("references", "number", str)),
    ),
)

# The number of the newest migration (``m014_...`` -> 14).
SCHEMA_VERSION = int(MIGRATIONS[-1].name[1:4])


def expected_columns() -> dict[str, frozenset[str]]:
    """Table -> the columns a database migrated by this version holds (from the steps above)."""
    found: dict[str, set[str]] = {}
    for migration in MIGRATIONS:
        for step in migration.steps:
            if isinstance(step, Table):
                found[step.name] = set(step.columns)
            elif isinstance(step, Column):
                found.setdefault(step.table, set()).add(step.name)
    return {table: frozenset(cols) for table, cols in found.items()}


def schema_damage(actual: Mapping[str, Iterable[str]]) -> str | None:
    """What is missing from ``actual`` (table -> its columns), or None when nothing is.

    Both backends refuse a database whose tables or columns were dropped or
    renamed (by hand, another program, a half-restored backup) with this text,
    rather than fail on the first query that needs them.
    """
    for table, columns in sorted(expected_columns().items()):
        if table not in actual:
            return f"table {table!r} is missing"
        missing = sorted(columns - set(actual[table]))
        if missing:
            return f"table {table!r} lacks column(s) {', '.join(missing)}"
    return None
