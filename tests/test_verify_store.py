"""Verifications and the registry cache in the database; the API gate's arithmetic."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlite_utils import Database

from bibcheck.analyse.verification import verification_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Verification, VerifyAspect, VerifyVerdict
from bibcheck.store import open_db
from bibcheck.store.documents import save_document
from bibcheck.store.verifications import (
    cache_get,
    cache_put,
    load_verifications,
    save_verifications,
)
from bibcheck.verify.api import Gate, rate_limit_interval

T0 = datetime(2024, 6, 1, tzinfo=UTC)


@pytest.fixture
def db() -> Database:
    return open_db(memory=True)


def _doc(db: Database) -> str:
    md = (
        "# P\n\nThe study was retracted.[^1] Other.[^2]\n\n"
        "[^1]: Smith J. A study // Journal. 2019. DOI: 10.1/a\n"
        "[^2]: Brown K. Another study // Journal. 2020.\n"
    )
    doc = parse_bytes(md.encode(), "p.md")
    save_document(db, doc, size=0, now=T0)
    return doc.id


def row(doc: str, key: str, verdict: VerifyVerdict, **fields: object) -> Verification:
    base: dict[str, object] = {"footnote": "1", "line": 5, "subject": "10.1/a"}
    base.update(fields)
    return Verification(key, doc, VerifyAspect.IDENTITY, verdict, T0, **base)  # type: ignore[arg-type]


def test_cache_expires(db: Database) -> None:
    cache_put(db, "crossref:work:10.1/a", '{"DOI": "10.1/a"}', T0, timedelta(days=30))
    assert cache_get(db, "crossref:work:10.1/a", T0 + timedelta(days=29)) == '{"DOI": "10.1/a"}'
    assert cache_get(db, "crossref:work:10.1/a", T0 + timedelta(days=30)) is None
    assert cache_get(db, "crossref:work:10.1/other", T0) is None


def test_same_results_store_nothing_and_degraded_never_overwrite(db: Database) -> None:
    doc = _doc(db)
    first = [row(doc, "k1", VerifyVerdict.VERIFIED), row(doc, "k2", VerifyVerdict.NOT_FOUND)]
    assert save_verifications(db, first, [doc]) == 2
    later = [replace(v, verified_at=T0 + timedelta(days=1)) for v in first]
    assert save_verifications(db, later, [doc]) == 0
    degraded = [
        replace(first[0], verdict=VerifyVerdict.UNVERIFIABLE, degraded=True),
        first[1],
    ]
    assert save_verifications(db, degraded, [doc]) == 0
    assert {v.key: v.verdict for v in load_verifications(db)}["k1"] is VerifyVerdict.VERIFIED
    changed = [replace(first[0], verdict=VerifyVerdict.MISCITED), first[1]]
    assert save_verifications(db, changed, [doc]) == 1


def test_rows_no_longer_produced_are_removed(db: Database) -> None:
    doc = _doc(db)
    save_verifications(db, [row(doc, "k1", VerifyVerdict.VERIFIED)], [doc])
    save_verifications(db, [row(doc, "k9", VerifyVerdict.VERIFIED)], [doc])
    assert [v.key for v in load_verifications(db)] == ["k9"]
    save_verifications(db, [row("gone-document", "k5", VerifyVerdict.VERIFIED)], [])
    assert [v.key for v in load_verifications(db)] == ["k9"]


def test_one_finding_for_a_footnote_and_its_literature_entry(db: Database) -> None:
    doc_id = _doc(db)
    doc = parse_bytes(b"# P\n\nText.[^1]\n\n[^1]: Smith J. A study // Journal. 2019.\n", "p.md")
    rows = [
        row(doc.id, "a", VerifyVerdict.MISCITED, differences=(("year", "2019", "2018"),)),
        row(doc.id, "b", VerifyVerdict.MISCITED, differences=(("year", "2019", "2018"),),
            footnote=None, literature_entry=3, line=20),
    ]  # fmt: skip
    (found,) = verification_findings(doc, rows)
    assert found.kind.value == "reference-miscited"
    assert found.footnotes == ("1",) and found.literature_entries == (3,)
    assert found.lines == (5, 20) and "year: cited '2019', registered '2018'" in found.message
    assert doc_id  # the stored document is a different one: nothing of it is reported
    assert verification_findings(doc, [replace(rows[0], document=doc_id)]) == []


def test_degraded_not_found_is_never_a_finding(db: Database) -> None:
    doc = parse_bytes(b"# P\n\nText.[^1]\n\n[^1]: Smith J. A study // J. 2019.\n", "p.md")
    rows = [row(doc.id, "a", VerifyVerdict.NOT_FOUND, degraded=True)]
    assert verification_findings(doc, rows) == []


@pytest.mark.parametrize(
    ("headers", "interval"),
    [
        ({"x-rate-limit-limit": "50", "x-rate-limit-interval": "1s"}, 0.02),
        ({"x-rate-limit-limit": "3000", "x-rate-limit-interval": "60s"}, 0.02),
        ({"x-rate-limit-limit": "5", "x-rate-limit-interval": "1"}, 0.2),
        ({"x-rate-limit-limit": "10", "x-rate-limit-interval": "500ms"}, 0.05),
        ({"x-rate-limit-limit": "0", "x-rate-limit-interval": "1s"}, None),
        ({"x-rate-limit-limit": "many"}, None),
        ({}, None),
    ],
    ids=["crossref", "per-minute", "bare-seconds", "milliseconds", "zero", "junk", "none"],
)
def test_rate_limit_interval(headers: dict[str, str], interval: float | None) -> None:
    got = rate_limit_interval(headers)
    assert got == pytest.approx(interval) if interval is not None else got is None


def test_gate_spaces_starts_and_parks() -> None:
    clock = [100.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    gate = Gate("crossref", min_interval=0.1, monotonic=lambda: clock[0], sleep=sleep)

    async def three() -> None:
        for _ in range(2):
            async with gate:
                pass
        gate.observe({"x-rate-limit-limit": "2", "x-rate-limit-interval": "1s"})
        async with gate:
            pass
        gate.park(5.0)
        async with gate:
            pass

    asyncio.run(three())
    assert gate.starts[:2] == [100.0, 100.1]
    assert gate.starts[2] == pytest.approx(100.2)  # the 0.5 s advertised applies after it
    assert gate.starts[3] == pytest.approx(gate.starts[2] + 5.0)
    assert gate.max_in_flight == 1
