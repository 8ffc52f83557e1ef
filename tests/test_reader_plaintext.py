"""Plain-text reader: numeric citations and a numbered reference list
(tests/fixtures/numbered.txt, written for the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ClaimKind, ParsedDocument, RefKind
from bibcheck.readers import reader_for
from bibcheck.readers.plaintext import expand

FIXTURE = Path(__file__).parent / "fixtures" / "numbered.txt"


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_file(FIXTURE)


def fn(doc: ParsedDocument, label: str):
    return next(f for f in doc.footnotes if f.label == label)


def test_reader_and_counts(doc: ParsedDocument) -> None:
    assert (doc.reader, doc.title) == ("plain-text", "Sensor Networks for Rail Freight Monitoring")
    assert [f.label for f in doc.footnotes] == ["1", "2", "3", "4", "5", "6"]
    assert len(doc.literature) == 7
    assert [m.label for m in doc.stray_markers] == ["9"]


def test_ranges_and_lists_expand(doc: ParsedDocument) -> None:
    assert [m.line for m in fn(doc, "3").markers] == [4, 5]
    assert fn(doc, "2").markers[0].claim.text == "Battery life remains the main limit on deployment"
    quote = fn(doc, "5").markers[0].claim
    assert (quote.kind, quote.text) == (
        ClaimKind.QUOTE,
        "energy harvesting extends node lifetime by a factor of three",
    )


def test_fields(doc: ParsedDocument) -> None:
    one = fn(doc, "1").reference
    assert (
        one.style,
        one.kind,
        one.authors,
        one.title,
        one.host,
        one.pages,
        one.year,
        one.doi,
    ) == (
        "ieee",
        RefKind.ARTICLE,
        ("J. Smith", "A. B. Doe"),
        "Monitoring freight corridors with wireless sensors",
        "IEEE Trans. Intell. Transp. Syst.",
        "1500-1512",
        2020,
        "10.1109/tits.2020.1234",
    )
    two = fn(doc, "2").reference
    assert (two.style, two.title, two.publisher, two.place, two.year) == (
        "ieee",
        "Battery Management for Sensor Nodes",
        "Wiley",
        "New York, NY, USA",
        2018,
    )
    three = fn(doc, "3").reference
    assert (three.style, three.authors, three.title, three.host, three.year, three.pages) == (
        "vancouver",
        ("Brown A", "Green P", "White R"),
        "Power budgets of rail sensor nodes",
        "Sensors",
        2019,
        "1650-1661",
    )
    four = fn(doc, "4").reference
    assert (four.kind, four.host, four.pages) == (
        RefKind.CHAPTER,
        "Handbook of Sensor Networks",
        "45-67",
    )
    six = fn(doc, "6").reference
    assert six.url == "https://ria.example.org/survey-2022"


def test_linking_and_anomalies(doc: ParsedDocument) -> None:
    assert all(
        f.literature is not None and str(f.literature.number) == f.label for f in doc.footnotes
    )
    found = [a.code for a in doc.all_anomalies()]
    assert found.count(C.LITERATURE_UNCITED) == 1  # entry 7
    assert C.MARKER_WITHOUT_DEFINITION in found  # [9]


@pytest.mark.parametrize(
    ("label", "numbers"),
    [
        ("1", ["1"]),
        ("2-4", ["2", "3", "4"]),
        ("3, 5", ["3", "5"]),
        ("1–2, 7", ["1", "2", "7"]),
        ("5-1", ["5", "1"]),
        ("1-9999", ["1", "9999"]),
    ],
)
def test_expand(label: str, numbers: list[str]) -> None:
    assert expand(label) == numbers


def test_not_chosen_without_citations() -> None:
    text = "Prose only.\n\nReferences\n\n1. Smith, J. (2020). Title.\n"
    assert reader_for("a.txt", FIXTURE.read_text()).name == "plain-text"
    with pytest.raises(Exception, match="no reader"):
        reader_for("a.txt", text)
