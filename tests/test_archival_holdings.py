"""Archive signatures read as holdings, and notes tied to the list entry of their fonds."""

from __future__ import annotations

import pytest

from bibcheck.model import Anomaly, AnomalyCode, Footnote, LiteratureEntry, ParsedDocument
from bibcheck.parse.matching import CALL_NUMBER
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival_holdings import Holding, holdings
from bibcheck.parse.references.repeat import abbreviations, find_repeats, resolve_repeat_notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staatsarchiv Hamburg (im Folgenden: StAHH), CL 2 (Kämmerei), Bl. 4r.",
            [("staatsarchiv hamburg", "CL", 2, 2)],
        ),
        (
            "Staatsarchiv Hamburg, CL 3–9 und CL 14 (Rechnungsbücher).",
            [("staatsarchiv hamburg", "CL", 3, 9), ("staatsarchiv hamburg", "CL", 14, 14)],
        ),
        ("Staatsarchiv Hamburg, Urk. (Urkunden), 1460–1470.", []),
        ("West Yorkshire Archive Service, Leeds. Town Council, Minutes. LC/M/3/1.", []),
        ("West Yorkshire Archive Service, Leeds, LC/M/3/1.", []),
        (
            "Kreisarchiv Celle, UR c (Urkunden), 1460–1470.",
            [("kreisarchiv celle", "UR C", None, None)],
        ),
        (
            "Die Summe nach Kreisarchiv Celle, RB 4 (Register 1450), Bl. 2v.",
            [("kreisarchiv celle", "RB", 4, 4)],
        ),
        (
            "Hauptstaatsarchiv Hannover, Cal. Br. 8 Nr. 12 und Hann. 74.",
            [
                ("hauptstaatsarchiv hannover", "CAL. BR.", 8, 8),
                ("hauptstaatsarchiv hannover", "HANN.", 74, 74),
            ],
        ),
        ("Archives nationales, F12 3–9.", [("archives nationales", "F12", 3, 9)]),
        (
            "The National Archives, Kew, FO 371 (Foreign Office).",
            [("the national archives", "FO", 371, 371)],
        ),
        ("Müller, Die Stadt, Hamburg 1990, S. 4.", []),
        ("Das Stadtarchiv Celle. Bestandsübersicht, Celle 1991, S. 33.", []),
    ],
    ids=[
        "abbreviation-defined",
        "run-and-item",
        "abbreviated-word-without-item-not-read",
        "place-then-call-number",
        "call-number-series",
        "fonds-without-items",
        "archive-inside-a-sentence",
        "abbreviated-fonds-words",
        "french-national-archives",
        "place-before-signature",
        "a-book",
        "a-finding-aid-is-a-book",
    ],
)
def test_holdings(text: str, expected: list[tuple[str, str, int | None, int | None]]) -> None:
    assert [(h.archive, h.fonds, h.lo, h.hi) for h in holdings(text)] == expected


@pytest.mark.parametrize(
    ("entry", "note", "covers"),
    [
        (Holding("a", "CL", 3, 9), Holding("a", "CL", 8, 8), True),
        (Holding("a", "CL", 3, 9), Holding("a", "CL", 10, 10), False),
        (Holding("a", "UR C", None, None), Holding("a", "UR C", 1461, 1461), True),
        (Holding("a", "CL", 3, 9), Holding("b", "CL", 4, 4), False),
        (Holding("a", "CL", 3, 9), Holding("a", "CM", 4, 4), False),
        (Holding("a", "CL", 3, 9), Holding("a", "CL", None, None), False),
    ],
    ids=["inside-run", "outside-run", "whole-fonds", "other-archive", "other-fonds", "no-item"],
)
def test_covers(entry: Holding, note: Holding, covers: bool) -> None:
    assert entry.covers(note) is covers


def test_abbreviation_of_two_parts() -> None:
    names = abbreviations(["Staatsarchiv Hamburg (im Folgenden: StA HH), CL 2, Bl. 4r."])
    assert names == {"StA HH": "Staatsarchiv Hamburg"}


_NOTES = [
    "Staatsarchiv Hamburg (im Folgenden: StA HH), CL 2 (Kämmerei), Bl. 4r.",
    "StA HH, CL 11 (Register 1480), Bl. 9v.",
    "StA HH, UR c 1461 Mai 2.",
    "StA HH, DX 4 Nr. 7.",  # a fonds the list does not hold: missing
    "Kreisarchiv Celle, RB 4, Bl. 2.",  # an archive the list does not name: need not be listed
    "StA HH, CL 2 (wie Anm. 1), Bl. 7r.",
]
_LIST = [
    "Staatsarchiv Hamburg, CL 1–3 (Kämmereibücher).",
    "Staatsarchiv Hamburg, CL 9–12 und CL 20 (Register).",
    "Staatsarchiv Hamburg, UR c (Urkunden), 1460–1470.",
]


def _document() -> ParsedDocument:
    footnotes = tuple(
        Footnote(str(i), i, i, parse_reference(text, (i,), detect_styles=True, note=True))
        for i, text in enumerate(_NOTES, 1)
    )
    literature = tuple(
        LiteratureEntry(n, 100 + n, parse_reference(text, (100 + n,)))
        for n, text in enumerate(_LIST, 1)
    )
    anomalies = tuple(
        Anomaly(AnomalyCode.LITERATURE_MISSING, "missing", fn.line, footnote=fn.label)
        for fn in footnotes
    )
    return ParsedDocument("x", "x", "docx", None, "utf-8", footnotes, literature, anomalies)


def test_notes_tied_to_the_entry_of_their_fonds() -> None:
    doc = resolve_repeat_notes(_document())
    linked = {
        fn.label: (fn.literature.number, fn.literature.method)
        for fn in doc.footnotes
        if fn.literature is not None
    }
    assert linked == {
        "1": (1, CALL_NUMBER),
        "2": (2, CALL_NUMBER),
        "3": (3, CALL_NUMBER),
        "6": (1, CALL_NUMBER),
    }
    missing = {a.footnote for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING}
    assert missing == {"4"}


@pytest.mark.parametrize(
    ("texts", "target"),
    [
        (
            [
                "Karl Meyer, *Die Stadt*, Hannover 1990.",
                "Neben Meyer, Stadt (wie Anm. 1), vgl. Otto Lenz, *Salz und Geld*, Bremen 2001.",
                "Lenz, Salz (wie Anm. 2), S. 9.",
            ],
            1,
        ),
        (
            [
                "Karl Meyer, *Die Stadt*, Hannover 1990.",
                "Meyer, Stadt (wie Anm. 1), S. 4.",
                "Meyer, Stadt (wie Anm. 2), S. 9.",
            ],
            0,
        ),
    ],
    ids=["later-work-of-a-repeating-note", "chain-followed-for-the-same-author"],
)
def test_cross_reference_to_a_note_that_repeats(texts: list[str], target: int) -> None:
    found = find_repeats(texts, ["1", "2", "3"])[2]
    assert found is not None and found.target == target


_SEVERAL = [
    "Ann Bell, *Hunger in Ireland* (London: Hale, 1990), 4; Tom Reid, *The Poor Law Unions* "
    "(Cork: Mercier, 2001), 9.",
    "Bell, *Hunger in Ireland*, 76; Reid, *Poor Law Unions*, 101; and, on the sequel, Jo Kerr, "
    "*Aftermath* (Dublin: Four Courts, 1999), 157.",
]
_SEVERAL_LIST = [
    "Bell, Ann, *Hunger in Ireland* (London: Hale, 1990).",
    "Kerr, Jo, *Aftermath* (Dublin: Four Courts, 1999).",
    "Reid, Tom, *The Poor Law Unions* (Cork: Mercier, 2001).",
]


def test_repeated_work_of_a_note_citing_several_is_no_disagreement() -> None:
    footnotes = tuple(
        Footnote(str(i), i, i, parse_reference(text, (i,), detect_styles=True, note=True))
        for i, text in enumerate(_SEVERAL, 1)
    )
    literature = tuple(
        LiteratureEntry(n, 100 + n, parse_reference(text, (100 + n,)))
        for n, text in enumerate(_SEVERAL_LIST, 1)
    )
    # the whole second note, compared with Reid's entry, as a note read as one work is
    wrong = Anomaly(
        AnomalyCode.LITERATURE_TITLE_DIFFERS, "title differs", 2, footnote="2", literature_entry=3
    )
    doc = ParsedDocument("x", "x", "docx", None, "utf-8", footnotes, literature, (wrong,))
    assert resolve_repeat_notes(doc).anomalies == ()
