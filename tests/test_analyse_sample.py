"""The analysis of the sample manuscript, offline (no link data): pinned counts and examples.

Each kind was checked against the manuscript by reading it (see the report
of issue 5): the URL variants are real typos between a footnote and its
literature entry, the style problems are real GOST defects.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bibcheck.analyse import analyse, analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import Finding, ParsedDocument, Severity
from bibcheck.store.documents import save_document
from tests.helpers import SAMPLE


@pytest.fixture(scope="module")
def sample() -> ParsedDocument:
    return parse_file(SAMPLE)


@pytest.fixture(scope="module")
def findings(sample: ParsedDocument) -> list[Finding]:
    return analyse_document(sample, {}, {})


def by_kind(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


def test_counts(findings: list[Finding]) -> None:
    assert Counter(f.kind for f in findings) == {
        "near-duplicate-url": 62,
        "footnote-literature-mismatch": 41,
        "style-lint": 32,
        "lost-marker": 2,
        "malformed-field": 1,
        "duplicate-citation": 1,
    }
    assert not any(f.severity is Severity.ERROR for f in findings)  # no link data: no errors


def test_cyrillic_letters_in_a_latin_slug(findings: list[Finding]) -> None:
    (f,) = [f for f in by_kind(findings, "near-duplicate-url") if f.footnotes == ("102",)]
    assert f.literature_entries == (101,) and f.lines == (691, 1281)
    assert "Cyrillic letters inside the Latin word" in f.message


def test_different_government_pages_are_not_variants(findings: list[Finding]) -> None:
    assert not [f for f in findings if any("government.by" in u for u in f.urls)]


def test_examples(findings: list[Finding]) -> None:
    messages = {(f.kind, f.footnotes, f.literature_entries): f for f in findings}
    year = messages[("malformed-field", ("10",), ())]
    assert year.suggestion == "write the full year (literature entry 10 has 2020)"
    author = messages[("footnote-literature-mismatch", ("73",), (73,))]
    assert "Zalessky, B. vs Zaleskii, B." in author.message
    book = messages[("duplicate-citation", ("26", "94"), (26,))]
    assert "pages 65, 19" in book.message
    lost = [f.lines for f in by_kind(findings, "lost-marker")]
    assert lost == [(154,), (591,)]
    rules = Counter(dict(f.evidence)["rule"] for f in by_kind(findings, "style-lint"))
    assert rules == {"designation-placement": 20, "page-abbreviation": 11, "access-date": 1}


def test_analyse_reads_every_stored_document(db, sample: ParsedDocument) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    save_document(db, sample, size=0, now=datetime(2024, 1, 1, tzinfo=UTC))
    stored = analyse(db)
    assert len(stored) == len(analyse_document(sample, {}, {}))
    assert {f.document for f in stored} == {sample.id}
