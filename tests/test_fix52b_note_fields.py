"""Fix 52b: Word and OpenDocument notes that mix the author's words with citation-manager
fields (Zotero, Mendeley, EndNote; LibreOffice's Zotero reference marks).  The note cites
the fields' works (each of them when there are several), its words are no work, and a
field whose shown text was edited by hand (it differs from the text the manager wrote) is
said.  Own fixtures, built as the managers save them; expected results written by hand."""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import quoteattr

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument, RefKind
from bibcheck.readers.docxfields import FieldRead, hand_edited
from tests.test_docx_citation_fields import fld
from tests.test_reader_docx import build_docx, note, p, ref, t
from tests.test_reader_odt import note as odt_note
from tests.test_reader_odt import odt

HALE = {
    "type": "article-journal",
    "title": "Salt marsh accretion",
    "container-title": "Coastal Studies",
    "author": [{"family": "Hale", "given": "Rosa"}, {"family": "Mbeki", "given": "Tom"}],
    "issued": {"date-parts": [[2017]]},
    "page": "10-30",
}
NORD = {
    "type": "book",
    "title": "Dunes and dykes",
    "publisher": "Polder Press",
    "author": [{"family": "Nord", "given": "Ilse"}],
    "issued": {"date-parts": [[2008]]},
}
WEB = {
    "type": "webpage",
    "title": "Tide gauge records",
    "URL": "https://gauges.example.org/records",
    "author": [{"literal": "Harbour Board"}],
    "issued": {"date-parts": [[2021]]},
}


def zotero(*items: tuple[str, dict[str, Any], str | None], plain: str = "") -> str:
    data = {
        "citationID": "q1",
        "properties": {"formattedCitation": plain, "plainCitation": plain, "noteIndex": 1},
        "citationItems": [
            {
                "id": n,
                "uris": [f"http://zotero.org/users/77/items/{key}"],
                "itemData": {"id": n, **item},
                **({"locator": loc} if loc else {}),
            }
            for n, (key, item, loc) in enumerate(items, 1)
        ],
    }
    return "ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(data, ensure_ascii=False)


def mendeley(uuid: str, item: dict[str, Any], plain: str = "") -> str:
    data = {
        "citationItems": [
            {
                "id": "ITEM-1",
                "itemData": {"id": "ITEM-1", **item},
                "uris": [f"http://www.mendeley.com/documents/?uuid={uuid}"],
            }
        ],
        "mendeley": {"formattedCitation": plain, "plainTextFormattedCitation": plain},
        "properties": {"noteIndex": 1},
    }
    return "ADDIN CSL_CITATION " + json.dumps(data)


ENDNOTE = (
    "ADDIN EN.CITE <EndNote><Cite><Author>Okoro</Author><Year>2011</Year><RecNum>4</RecNum>"
    "<DisplayText>Okoro, 2011</DisplayText><record><rec-number>4</rec-number>"
    '<ref-type name="Journal Article">17</ref-type><contributors><authors><author>Okoro, Ada'
    "</author></authors></contributors><titles><title>Estuary fish counts</title>"
    "<secondary-title>Fish Notes</secondary-title></titles><dates><year>2011</year></dates>"
    "</record></Cite></EndNote>"
)


def word(notes: list[str], marks: int) -> ParsedDocument:
    body = [
        p(
            t("The marsh grew"),
            *[piece for k in range(1, marks + 1) for piece in (ref(k), t(" and"))],
        )
    ]
    return parse_bytes(build_docx(body=body, footnotes=notes), "marsh.docx")


def by_label(doc: ParsedDocument) -> dict[str, tuple[RefKind, str | None, list[int]]]:
    return {
        f.label: (f.reference.kind, f.reference.title, [m.line for m in f.markers])
        for f in doc.footnotes
    }


@pytest.mark.parametrize(
    ("fields", "note_title", "keyed"),
    [
        # prose around one Zotero field: the note is the field's work, no extra citation
        (
            [(zotero(("HALEKEY1", HALE, "12")), "Hale and Mbeki, “Salt Marsh,” 12")],
            "Salt marsh accretion",
            [],
        ),
        # a Mendeley field the same
        ([(mendeley("0a1b-2c3d", NORD), "Nord, Dunes and Dykes")], "Dunes and dykes", []),
        # an EndNote field too, and it is a citation of its own at the note's mark:
        # EndNote writes no notes, the author cited into a footnote (fix52c)
        ([(ENDNOTE, "Okoro, “Estuary Fish Counts”")], "Estuary fish counts", ["endnote:4"]),
        # two fields: the note cites both works (the first is the note's reference)
        (
            [
                (zotero(("HALEKEY1", HALE, None)), "Hale and Mbeki, “Salt Marsh”"),
                (zotero(("WEBKEY22", WEB, None)), "Harbour Board, “Tide Gauge Records”"),
            ],
            "Salt marsh accretion",
            ["zotero:HALEKEY1", "zotero:WEBKEY22"],
        ),
        # one field citing two works
        (
            [(zotero(("HALEKEY1", HALE, None), ("NORDKEY3", NORD, "4")), "Hale; Nord, 4")],
            "Salt marsh accretion",
            ["zotero:HALEKEY1", "zotero:NORDKEY3"],
        ),
    ],
)
def test_word_note_with_prose_and_fields(
    fields: list[tuple[str, str]], note_title: str, keyed: list[str]
) -> None:
    pieces = [t("For the opposite view see ")]
    for k, (instr, shown) in enumerate(fields):
        pieces += [t(" and ") if k else "", fld(instr, shown)]
    pieces.append(t("; the point is older."))
    doc = word([note(1, *pieces)], 1)
    found = by_label(doc)
    assert found["1"][1] == note_title  # the field's work, never the prose
    assert found["1"][0] is not RefKind.COMMENTARY
    assert sorted(k for k in found if k != "1") == keyed
    for key in keyed:
        assert found[key][2] == [1]  # cited at the note's mark
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_TEXT_EDITED]


def test_a_note_of_prose_only_is_no_work() -> None:
    doc = word([note(1, t("The point is older than the survey; see above."))], 1)
    assert doc.footnotes[0].reference.kind is RefKind.COMMENTARY  # negative: no field


def test_the_same_work_twice_in_a_note_is_one_citation() -> None:
    doc = word(
        [
            note(
                1,
                t("See "),
                fld(zotero(("HALEKEY1", HALE, "12")), "Hale and Mbeki, 12"),
                t(" and again "),
                fld(zotero(("HALEKEY1", HALE, "14")), "ibid., 14"),
            )
        ],
        1,
    )
    assert sorted(by_label(doc)) == ["1"]  # negative: one work, no keyed citations
    assert doc.footnotes[0].reference.pages == "12"  # the first locator's


def test_two_works_the_note_takes_the_first_works_locator() -> None:
    doc = word(
        [
            note(
                1,
                fld(zotero(("HALEKEY1", HALE, None)), "Hale and Mbeki"),
                t("; "),
                fld(zotero(("NORDKEY3", NORD, "4")), "Nord, 4"),
            )
        ],
        1,
    )
    one = next(f for f in doc.footnotes if f.label == "1")
    assert (one.reference.title, one.reference.pages) == ("Salt marsh accretion", "10-30")


@pytest.mark.parametrize(
    ("instr", "shown", "edited"),
    [
        (
            zotero(("HALEKEY1", HALE, None), plain="(Hale & Mbeki, 2017)"),
            "(Hale & Mbeki, 2017)",
            False,
        ),
        # spaces and compatibility forms are no edit
        (
            zotero(("HALEKEY1", HALE, None), plain="(Hale & Mbeki, 2017)"),
            "(Hale &\u00a0 Mbeki,\u00a02017)",
            False,
        ),
        # a field with no plain text kept: nothing to compare
        (zotero(("HALEKEY1", HALE, None)), "(Hale, unpublished)", False),
        # edited by hand
        (
            zotero(("HALEKEY1", HALE, None), plain="(Hale & Mbeki, 2017)"),
            "(Hale & Mbeki, 2017; my view)",
            True,
        ),
        (mendeley("0a1b-2c3d", NORD, plain="(Nord, 2008)"), "(Nord 2008, ch. 2)", True),
    ],
)
def test_hand_edited_field_text(instr: str, shown: str, edited: bool) -> None:
    body = [p(t("Dunes move "), fld(instr, shown), t("."))]
    doc = parse_bytes(build_docx(body=body), "dunes.docx")
    said = [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_TEXT_EDITED]
    assert bool(said) is edited
    if edited:
        assert said[0].line == 1 and repr(" ".join(shown.split())) in said[0].message


def test_hand_edited_in_a_note() -> None:
    instr = zotero(("HALEKEY1", HALE, None), plain="Hale and Mbeki, “Salt Marsh.”")
    doc = word(
        [note(1, t("Compare "), fld(instr, "Hale and Mbeki, “Salt Marsh,” passim"), t("."))], 1
    )
    said = [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_TEXT_EDITED]
    assert len(said) == 1 and "passim" in said[0].message


@pytest.mark.parametrize(
    ("rendered", "shown", "said"),
    [
        (None, "(A, 2001)", False),
        ("(A, 2001)", "", False),
        ("(A, 2001)", " (A,  2001) ", False),
        ("(A, 2001)", "(A 2001)", True),
    ],
)
def test_hand_edited(rendered: str | None, shown: str, said: bool) -> None:
    assert (hand_edited(FieldRead("Zotero", rendered=rendered), shown) is not None) is said


def odt_mark(key: str, item: dict[str, Any], shown: str, plain: str = "") -> str:
    data = {
        "citationItems": [
            {
                "id": 1,
                "uris": [f"http://zotero.org/users/77/items/{key}"],
                "itemData": {"id": 1, **item},
            }
        ],
        "properties": {"plainCitation": plain or shown},
    }
    # (each citation's mark has a name of its own: Zotero ends it with a random id)
    name = quoteattr(f"ZOTERO_ITEM CSL_CITATION {json.dumps(data)} RND{key}{len(shown)}")
    return (
        f"<text:reference-mark-start text:name={name}/>{shown}"
        f"<text:reference-mark-end text:name={name}/>"
    )


def test_odt_note_with_two_reference_marks() -> None:
    two = odt_note(
        "1",
        "Compare "
        + odt_mark("HALEKEY1", HALE, "Hale and Mbeki, Salt Marsh")
        + " with "
        + odt_mark("NORDKEY3", NORD, "Nord, Dunes")
        + ".",
    )
    one = odt_note("2", "See " + odt_mark("NORDKEY3", NORD, "Nord, Dunes, 4", "Nord, Dunes") + ".")
    doc = parse_bytes(odt(f"<text:p>The marsh grew{two} and the dunes{one}.</text:p>"), "m.odt")
    found = by_label(doc)
    assert found["1"][1] == "Salt marsh accretion"
    assert found["2"][1] == "Dunes and dykes"
    assert sorted(k for k in found if k not in ("1", "2")) == ["zotero:HALEKEY1", "zotero:NORDKEY3"]
    said = [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_TEXT_EDITED]
    assert len(said) == 1 and "Nord, Dunes, 4" in said[0].message


def test_a_short_note_after_a_note_of_two_works_keeps_its_field() -> None:
    first = note(
        1,
        t("Compare "),
        fld(zotero(("HALEKEY1", HALE, None)), "Hale and Mbeki, “Salt Marsh”"),
        t(" with "),
        fld(zotero(("NORDKEY3", NORD, None)), "Nord, Dunes and Dykes"),
        t("."),
    )
    second = note(2, fld(zotero(("NORDKEY3", NORD, "4")), "Nord, Dunes, 4"), t("."))
    found = by_label(word([first, second], 2))
    assert found["1"][1] == "Salt marsh accretion"
    assert found["2"][1] == "Dunes and dykes"  # the field's work, not note 1's first
