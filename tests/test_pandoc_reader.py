"""The Pandoc-style sample manuscript and its expected parse (references/pandoc-sample.md)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ClaimKind, ParsedDocument, RefKind
from tests.helpers import PANDOC_SAMPLE


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_file(PANDOC_SAMPLE)


def test_counts(doc: ParsedDocument) -> None:
    assert doc.reader == "pandoc-markdown"
    assert doc.title == "Notes on regional cooperation"
    assert [f.label for f in doc.footnotes] == ["dairy", "stats", "ivanov", "2", "print", "unused"]
    assert [e.number for e in doc.literature] == [1, 2, 3, 4, 5, 6]
    assert [len(f.markers) for f in doc.footnotes] == [2, 1, 1, 1, 1, 0]


@pytest.mark.parametrize(
    ("label", "marker_line", "kind", "claim"),
    [
        ("dairy", 7, ClaimKind.QUOTE, "exports of dairy products doubled in a single year"),
        (
            "stats",
            8,
            ClaimKind.SENTENCE,
            "Trade with the region grew steadily after 2019, according to official statistics.",
        ),
        ("ivanov", 9, ClaimKind.QUOTE, "рост торговли носит временный характер"),
        ("2", 12, ClaimKind.SENTENCE, "A second study confirmed the trend"),
        ("print", 13, ClaimKind.SENTENCE, "The report is also available in print."),
    ],
)
def test_claims(
    doc: ParsedDocument, label: str, marker_line: int, kind: ClaimKind, claim: str
) -> None:
    fn = next(f for f in doc.footnotes if f.label == label)
    marker = fn.markers[0]
    assert marker.line == marker_line
    assert marker.claim is not None
    assert (marker.claim.kind, marker.claim.text) == (kind, claim)


def test_second_marker_of_a_reused_note(doc: ParsedDocument) -> None:
    dairy = doc.footnotes[0]
    assert dairy.markers[1].line == 12
    assert dairy.markers[1].claim is not None
    assert dairy.markers[1].claim.text == (
        "A second study confirmed the trend and was widely cited in the press."
    )


@pytest.mark.parametrize(
    ("label", "fields"),
    [
        (
            "dairy",
            dict(
                kind=RefKind.WEB,
                title="Dairy exports doubled",
                year=2023,
                url="https://example.org/news/dairy_exports-doubled-2023/",
                access_date_raw="12.03.2023",
                line=16,
                end_line=17,
            ),
        ),
        (
            "stats",
            dict(
                kind=RefKind.ARTICLE,
                authors=("Smith, J.", "Doe, A."),
                title="Regional trade statistics",
                year=2021,
                pages="45–67",
                doi="10.1234/jot.2021.45",
                # (an APA footnote keeps its journal and numbers: fix 53d)
                host="Journal of Trade",
                volume="12",
                issue="3",
                style="apa",
            ),
        ),
        (
            "ivanov",
            dict(
                kind=RefKind.ARTICLE,
                authors=("Иванов, А.",),
                title="Временный рост",
                responsibility="А. Иванов",
                host="Вопросы экономики",
                year=2022,
                pages="45-47",
                language="ru",
                style="gost",
            ),
        ),
        (
            "2",
            dict(
                kind=RefKind.WEB,
                title="Second study of the trend",
                year=2022,
                url="https://example.org/studies/second-study-of-the-trend/",
            ),
        ),
        (
            "print",
            dict(
                kind=RefKind.BOOK,
                authors=("Petrov, P.",),
                title="Regional cooperation",
                publisher="Nauka",
                place="Moscow",
                year=2020,
                pages="15",
            ),
        ),
    ],
)
def test_reference_fields(doc: ParsedDocument, label: str, fields: dict[str, object]) -> None:
    ref = next(f for f in doc.footnotes if f.label == label).reference
    for name, value in fields.items():
        assert getattr(ref, name) == value, name


def test_literature_links(doc: ParsedDocument) -> None:
    links = {f.label: f.literature.number if f.literature else None for f in doc.footnotes}
    assert links == {"dairy": 1, "stats": 2, "ivanov": 3, "2": 4, "print": 5, "unused": None}
    assert doc.literature[4].reference.page_count == 240


def test_anomalies(doc: ParsedDocument) -> None:
    found = {(a.code, a.footnote, a.literature_entry, a.line) for a in doc.all_anomalies()}
    assert found == {
        (C.MARKER_WITHOUT_DEFINITION, "ghost", None, 14),
        (C.URL_ESCAPE_REMOVED, "dairy", None, 17),
        (C.URL_SPLIT_OVER_LINES, "2", None, 23),
        (C.LITERATURE_YEAR_DIFFERS, "2", 4, 23),
        (C.DEFINITION_WITHOUT_MARKER, "unused", None, 28),
        (C.LITERATURE_MISSING, "unused", None, 28),
        (C.LITERATURE_UNCITED, None, 6, 37),
    }


def test_a_document_with_inline_notes_only_is_read() -> None:
    """``^[...]`` notes and nothing else (no ``[^n]:`` definitions, no ``[@key]``)."""
    text = (
        "# Tide mills\n\nTide mills were common on the Atlantic coast.^[Rebecca Hall, *Mills of\n"
        "the Tide* (Bristol: Estuary Press, 2014), 12.] Most closed before 1900.^[Hall, *Mills\n"
        "of the Tide*, 88.] Their ponds were 3 hectares at most.\n"
    )
    doc = parse_bytes(text.encode(), "mills.md")
    assert doc.reader == "pandoc-markdown"
    assert [(f.label, f.line) for f in doc.footnotes] == [("^1", 3), ("^2", 4)]
    assert doc.footnotes[0].reference.title == "Mills of the Tide"


def test_fenced_div_lines_are_no_page_artifacts() -> None:
    divs = "".join(f"::: {{.theorem #t{k}}}\nStatement {k} holds.\n:::\n\n" for k in range(8))
    text = f"---\ntitle: T\n---\n\nAs shown[^1].\n\n{divs}[^1]: Smith, J. Title. 2019.\n"
    doc = parse_bytes(text.encode(), "chapter.md")
    assert C.ARTIFACT_LINE not in {a.code for a in doc.all_anomalies()}
    assert [f.label for f in doc.footnotes] == ["1"]


def test_front_matter_keys_are_no_page_artifacts() -> None:
    authors = "".join(
        f"  - name: Author {k}\n    affiliations:\n      - ref: a{k}\n" for k in range(4)
    )
    text = (
        f"---\ntitle: T\nauthor:\n{authors}---\n\nAs shown[^1].\n\n[^1]: Smith, J. Title. 2019.\n"
    )
    doc = parse_bytes(text.encode(), "paper.qmd")
    assert C.ARTIFACT_LINE not in {a.code for a in doc.all_anomalies()}
