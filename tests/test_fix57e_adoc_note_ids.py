"""Fix 57e (3): an AsciiDoc footnote shown again by its id is one note, never two.

``footnote:fn1[text]`` then ``footnote:fn1[]`` (or the old ``footnoteref:[fn1,text]`` /
``footnoteref:[fn1]``) is one note shown twice, wherever the reuse stands (a paragraph, a
list, a table cell, an admonition): no finding.  Only a second *text* for the same id is
a defect (Asciidoctor drops it), and a reuse above any definition shows no note.

Own fixtures: an invented paper on harbour ledgers.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers.adocfootids import NoteIds

BERG = "Berg, _The Customs House_ (London, 2004), 12."
HALE = "Hale, _Clerks of the Port_ (Oxford, 2011), 40."
DEF = f"The ledgers were read as trade records.footnote:fn1[{BERG}]"


def _read(body: str) -> ParsedDocument:
    text = f"= Harbour ledgers\n\n{body}\n\nLater work saw the clerks.footnote:[{HALE}]\n"
    return parse_bytes(text.encode(), "paper.adoc", reader="asciidoc")


def _found(parsed: ParsedDocument) -> list[tuple[str, int | None]]:
    return [
        (a.code.value, a.line)
        for a in parsed.all_anomalies()
        if a.code is not AnomalyCode.NO_LITERATURE_LIST
    ]


REUSES = [
    pytest.param(f"{DEF}\nThe same books again.footnote:fn1[]", id="next-line"),
    pytest.param(f"{DEF} And again.footnote:fn1[]", id="same-line"),
    pytest.param(f"{DEF}\n\nAgain.footnote:fn1[]\nAnd again.footnote:fn1[]", id="twice"),
    pytest.param(f"{DEF}\n\n* A ledger.footnote:fn1[]\n* A port book.", id="list-item"),
    pytest.param(f"{DEF}\n\nNOTE: The books again.footnote:fn1[]", id="admonition"),
    pytest.param(
        f"{DEF}\n\n|===\n|Ledger |Year\n|Port book footnote:fn1[] |1790\n|===", id="table-cell"
    ),
    pytest.param(
        f"The ledgers were read.footnoteref:[fn1,{BERG}]\nAgain.footnoteref:[fn1]", id="old-form"
    ),
    pytest.param(
        f"The ledgers were read.footnoteref:[fn1,{BERG}]\nAgain.footnote:fn1[]", id="old-then-new"
    ),
    pytest.param(f"{DEF}\nAgain.footnote:fn1[{BERG}]", id="same-text-again"),
    pytest.param(
        DEF.replace("fn1", "port-books") + "\nAgain.footnote:port-books[]", id="hyphenated-id"
    ),
]


@pytest.mark.parametrize("body", REUSES)
def test_reuse_is_one_note(body: str) -> None:
    parsed = _read(body)
    assert [(f.label, f.reference.raw.split(",")[0]) for f in parsed.footnotes] == [
        ("1", "Berg"),
        ("2", "Hale"),
    ]
    assert _found(parsed) == []


def test_two_texts_for_one_id_are_a_defect() -> None:
    parsed = _read(f"{DEF}\nAgain.footnote:fn1[{HALE}]")
    assert [f.label for f in parsed.footnotes] == ["1", "2"]  # (the second text is lost)
    assert _found(parsed) == [("duplicate-definition", 4)]


def test_reuse_above_the_definition_is_said() -> None:
    parsed = _read(f"First.footnote:fn1[]\n{DEF}")
    assert ("marker-without-definition", 3) in _found(parsed)
    assert "duplicate-definition" not in {code for code, _ in _found(parsed)}


CALLS = [
    # (id, text, line) in order -> (labels returned, anomaly codes)
    pytest.param([("a", "One.", 1), ("a", "", 2)], [None, "1"], [], id="reuse"),
    pytest.param([("a", "One.", 1), ("a", "One. ", 2)], [None, "1"], [], id="same-text"),
    pytest.param(
        [("a", "One.", 1), ("a", "Two.", 2)],
        [None, "1"],
        [AnomalyCode.DUPLICATE_DEFINITION],
        id="two-texts",
    ),
    pytest.param(
        [("a", "", 1), ("a", "One.", 2)],
        [None, None],
        [AnomalyCode.MARKER_WITHOUT_DEFINITION],
        id="reuse-first",
    ),
    pytest.param([("", "One.", 1), ("", "Two.", 2)], [None, None], [], id="no-ids"),
]


@pytest.mark.parametrize(("calls", "labels", "codes"), CALLS)
def test_note_ids(
    calls: list[tuple[str, str, int]], labels: list[str | None], codes: list[AnomalyCode]
) -> None:
    ids = NoteIds()
    got: list[str | None] = []
    for k, (note_id, text, line) in enumerate(calls, 1):
        label = ids.reused(note_id, text, line)
        got.append(label)
        if label is None:
            ids.define(note_id, str(k), text, line)
    assert got == labels
    assert [a.code for a in ids.anomalies] == codes
