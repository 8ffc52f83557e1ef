"""Superscript numbers typed in a Word body ("adults.¹ Anaemia²,³") citing a numbered
reference list, and superscripts that are exponents or affiliation marks."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.docxsup import superscript_citations
from tests.test_paren_numbers import ENTRIES
from tests.test_reader_docx_lists import build, p, t


def sup(text: str) -> str:
    return (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


@pytest.mark.parametrize(
    ("text", "spans", "want"),
    [
        ("falls.1 More", [(6, 7)], [["1"]]),
        ("anaemia2,3 and", [(7, 10)], [["2", "3"]]),
        ("trials4–6.", [(6, 9)], [["4", "5", "6"]]),
        ("an area of 40 m2 each", [(15, 16)], []),
        ("about 109 cells", [(8, 9)], []),
        ("where x2 grows", [(7, 8)], []),
        ("the 1st case", [(5, 7)], []),
        ("far away90", [(8, 10)], []),
    ],
    ids=["one", "list", "range", "unit", "power-of-ten", "variable", "ordinal", "far"],
)
def test_superscript_runs(text: str, spans: list[tuple[int, int]], want: list[list[str]]) -> None:
    assert [labels for _, _, labels in superscript_citations(text, spans, 10)] == want


def document(*paras: str) -> bytes:
    return build(
        [
            p(t("Falls after discharge"), style="Title"),  # 1
            p(t("Ana Lindqvist"), sup("1"), t(", Petra Moreau"), sup("2")),  # 2
            p(t("Introduction"), style="Heading1"),  # 3
            *paras,  # 4 …
            p(t("References"), style="Heading1"),
            *(p(t(f"{k}.\t{text}")) for k, text in enumerate(ENTRIES, start=1)),
        ]
    )


def test_word_document_cites_in_superscript() -> None:
    doc = parse_bytes(
        document(
            p(
                t("Frailty predicts falls."),
                sup("1"),
                t(" Anaemia adds to it."),
                sup("2,"),
                sup("3"),
            ),
            p(
                t("Wards of 40 m"),
                sup("2"),
                t(" saw fewer falls."),
                sup("4"),
                t(" So did"),
                sup("5"),
            ),
        ),
        "falls.docx",
    )
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 4), ("2", 4), ("3", 4), ("4", 5)]
    missing = [(a.footnote, a.line) for a in doc.anomalies if a.code is C.CITATION_KEY_MISSING]
    assert missing == [("5", 5)]


def test_unread_superscripts_are_said() -> None:
    doc = parse_bytes(
        document(p(t("Seen"), sup("4"), t(" and seen"), sup("2"), t(".")), p(t("Plain text."))),
        "falls.docx",
    )
    assert not doc.footnotes
    assert [a.line for a in doc.anomalies if a.code is C.UNREAD_REGION] == [4]
