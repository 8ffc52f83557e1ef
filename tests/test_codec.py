"""Row and JSON codecs derived from dataclass fields (bibcheck.codec)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum

import pytest
from sqlite_utils import Database

from bibcheck.codec import from_row, row_fields, to_json, to_row
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    ArchiveLookup,
    ArchiveOutcome,
    Claim,
    ClaimKind,
    LinkCheck,
    LinkStatus,
    Marker,
    Reference,
    RefKind,
)

T = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
FULL_REFERENCE = Reference(
    raw="Иванов, И. Книга. - М. : Наука, 2020. - URL: https://example.org/x (дата обращения: 01.02.2023)",
    line=3,
    end_line=4,
    kind=RefKind.BOOK,
    style="gost",
    authors=("Иванов, И.", "Smith, J."),
    title="Книга",
    year=2020,
    year_raw="2020",
    url="https://example.org/x",
    url_raw="https://example.org/x",
    url_display="https://example.org/x",
    access_date=date(2023, 2, 1),
    access_date_raw="01.02.2023",
    publisher="Наука",
    place="М.",
    pages="12-14",
    page_count=240,
    doi="10.1/x",
    language="ru",
    electronic=True,
    volume="3",
    issue="2",
    anomalies=(Anomaly(AnomalyCode.URL_MISSING, "x", 3),),
)


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(FULL_REFERENCE, id="reference"),
        pytest.param(Reference("raw", 1, 1), id="reference-defaults"),
        pytest.param(Anomaly(AnomalyCode.NUMBERING_GAP, "gap", 7, "3", None), id="anomaly"),
        pytest.param(Claim("It grew.", ClaimKind.SENTENCE, 5), id="claim"),
        pytest.param(
            LinkCheck(
                "https://a.test/x",
                LinkStatus.MOVED,
                T,
                "301",
                200,
                "https://a.test/y",
                ("https://a.test/y",),
                12,
                "Title",
                "text",
            ),
            id="link-check",
        ),
        pytest.param(
            ArchiveLookup(
                "https://a.test/x",
                ArchiveOutcome.FOUND,
                T,
                snapshot_url="https://web.archive.org/web/2020/https://a.test/x",
                target_date=date(2020, 1, 2),
                verified=True,
                drift_score=0.5,
                drifted=None,
                quote_in_live=False,
            ),
            id="archive-lookup",
        ),
    ],
)
def test_round_trip_through_a_real_sqlite_table(record: object) -> None:
    """What is written is read back equal (through SQLite's own type affinities)."""
    db = Database(memory=True)
    db["t"].insert(to_row(record))
    (row,) = db["t"].rows
    kept = {"anomalies": ()} if isinstance(record, Reference) else {}
    expected = replace(record, anomalies=()) if isinstance(record, Reference) else record
    assert from_row(type(record), row, **kept) == expected


def test_excluded_fields_are_not_columns() -> None:
    assert "anomalies" not in to_row(FULL_REFERENCE)
    assert "claim" not in row_fields(Marker)
    assert "offline" not in to_row(LinkCheck("u", LinkStatus.ALIVE, T, offline=True))


def test_json_keeps_the_documented_order_and_appends_new_fields() -> None:
    out = to_json(FULL_REFERENCE, leading=("raw", "title", "line"))
    assert list(out)[:3] == ["raw", "title", "line"]
    assert out["authors"] == ["Иванов, И.", "Smith, J."]
    assert out["access_date"] == "2023-02-01" and out["kind"] == "book"
    assert "access_date_raw" not in out and "anomalies" not in out


class Colour(StrEnum):
    RED = "red"


@dataclass(frozen=True)
class Later:
    """A record that grew a field: the codecs carry it with no other change."""

    name: str
    colour: Colour = Colour.RED
    seen: date | None = None
    tags: frozenset[str] = frozenset()
    added_later: tuple[str, ...] = ()
    note: str = field(default="", metadata={"json": False})


def test_a_new_field_needs_no_codec_change() -> None:
    rec = Later("a", seen=date(2020, 1, 1), tags=frozenset({"y", "x"}), added_later=("p", "q"))
    row = to_row(rec)
    assert row == {
        "name": "a",
        "colour": "red",
        "seen": "2020-01-01",
        "tags": '["x", "y"]',
        "added_later": '["p", "q"]',
        "note": "",
    }
    assert from_row(Later, row) == rec
    assert to_json(rec)["added_later"] == ["p", "q"] and "note" not in to_json(rec)


def test_null_column_for_a_required_text_reads_as_its_default() -> None:
    row = {"url": "u", "status": "alive", "checked_at": T.isoformat(), "reason": None}
    assert from_row(LinkCheck, row).reason == ""
