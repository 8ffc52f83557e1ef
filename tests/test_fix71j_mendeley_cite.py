"""Mendeley Cite's content controls, and the field shapes of Zotero, Mendeley and EndNote.

Mendeley Cite (the Word add-in since 2020) writes each citation as a content control
(``<w:sdt>``) tagged ``MENDELEY_CITATION_v3_<base64 JSON>`` around the rendered citation,
and its list as a control tagged ``MENDELEY_BIBLIOGRAPHY`` around the list's paragraphs.
Packages are built here from WordprocessingML written for the test; the works are made up.
Lines are body paragraph numbers.
"""

from __future__ import annotations

import base64
import json
from typing import Any
from xml.sax.saxutils import escape

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument, RefKind
from bibcheck.readers.docxcontrols import BIBLIOGRAPHY_INSTR, CITATION_INSTR, control_instr
from bibcheck.readers.docxfields import FieldKind, field_kind
from tests.test_docx_citation_fields import cites, fld, heading, parse
from tests.test_reader_docx import note, p, ref, t

MOSS = {
    "type": "article-journal",
    "title": "Moss cover on alpine scree slopes",
    "container-title": "Arctic and Alpine Research",
    "volume": "33",
    "page": "210-219",
    "author": [{"family": "Varga", "given": "Ilona"}, {"family": "Brandt", "given": "Pieter"}],
    "issued": {"date-parts": [[2018]]},
    "DOI": "10.1080/aar.2018.0210",
}
ATLAS = {
    "type": "webpage",
    "title": "Scree vegetation atlas",
    "URL": "https://atlas.example.net/scree",
    "author": [{"literal": "Alpine Flora Society"}],
    "issued": {"date-parts": [[2021, 4]]},
}
FERNS = {
    "type": "book",
    "title": "Ferns of the high valleys",
    "publisher": "Alder Press",
    "author": [{"family": "Quist", "given": "Harald"}],
    "issued": {"date-parts": [["2009"]]},
}


def v3_json(*items: tuple[str, dict[str, Any], dict[str, Any]], shown: str = "") -> str:
    data = {
        "citationID": "MENDELEY_CITATION_0b6c2f1e-77aa-4c11-9d0e-3f5a6b7c8d9e",
        "properties": {"noteIndex": 0},
        "isEdited": False,
        "manualOverride": {
            "isManuallyOverridden": False,
            "citeprocText": shown,
            "manualOverrideText": "",
        },
        "citationItems": [
            {"id": uuid, "itemData": {**work, "id": uuid}, "isTemporary": False, **extra}
            for uuid, work, extra in items
        ],
    }
    return json.dumps(data, ensure_ascii=False)


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def control(tag: str, shown: str) -> str:
    """An inline content control with ``tag`` around the rendered citation."""
    return (
        f'<w:sdt><w:sdtPr><w:tag w:val="{escape(tag)}"/><w:id w:val="-20417"/></w:sdtPr>'
        f"<w:sdtContent>{t(escape(shown))}</w:sdtContent></w:sdt>"
    )


def cite(*items: tuple[str, dict[str, Any], dict[str, Any]], shown: str) -> str:
    return control("MENDELEY_CITATION_v3_" + b64(v3_json(*items, shown=shown)), shown)


def bibliography(*entries: str) -> str:
    paragraphs = "".join(p(t(escape(e))) for e in entries)
    return (
        '<w:sdt><w:sdtPr><w:tag w:val="MENDELEY_BIBLIOGRAPHY"/><w:id w:val="-9"/></w:sdtPr>'
        f"<w:sdtContent>{paragraphs}</w:sdtContent></w:sdt>"
    )


# --------------------------------------------------------------------------
# The tag of a content control
# --------------------------------------------------------------------------

_JSON = '{"citationItems": [{"id": "u1"}]}'


@pytest.mark.parametrize(
    ("tag", "instr", "kind"),
    [
        ("MENDELEY_CITATION_v3_" + b64(_JSON), CITATION_INSTR + _JSON, FieldKind.CITATION),
        # the base64 padding left out
        (
            "MENDELEY_CITATION_v3_" + b64(_JSON + " ").rstrip("="),
            CITATION_INSTR + _JSON + " ",
            FieldKind.CITATION,
        ),
        ("mendeley_citation_V3_" + b64(_JSON), CITATION_INSTR + _JSON, FieldKind.CITATION),
        # not base64: an instruction without data (an anomaly when read)
        ("MENDELEY_CITATION_v3_%%not-base64%%", CITATION_INSTR, FieldKind.CITATION),
        ("MENDELEY_BIBLIOGRAPHY", BIBLIOGRAPHY_INSTR, FieldKind.BIBLIOGRAPHY),
        ("Title", None, None),
        ("", None, None),
    ],
    ids=["citation", "unpadded", "case", "not-base64", "bibliography", "other", "empty"],
)
def test_control_instr(tag: str, instr: str | None, kind: FieldKind | None) -> None:
    found = control_instr(tag)
    assert (found[0] if found else None) == instr
    if found is not None:
        assert found[1] is False
        assert field_kind(found[0]) is kind


def test_control_over_the_cap_is_cut() -> None:
    found = control_instr("MENDELEY_CITATION_v3_" + "QUFB" * 400_000)
    assert found is not None and found[1] is True


# --------------------------------------------------------------------------
# A document cited with Mendeley Cite
# --------------------------------------------------------------------------

U_MOSS = "3e1f5a20-1111-4c4c-8a8a-000000000001"
U_ATLAS = "3e1f5a20-2222-4c4c-8a8a-000000000002"
U_FERNS = "3e1f5a20-3333-4c4c-8a8a-000000000003"

BODY = [
    p(t("Scree plants")),  # 1
    p(
        t("Moss spreads slowly on scree "),
        cite((U_MOSS, MOSS, {}), shown="(Varga & Brandt, 2018)"),
        t("."),
    ),  # 2
    p(
        t("Both the atlas and the survey agree "),
        cite(
            (U_ATLAS, ATLAS, {}),
            (U_MOSS, MOSS, {"locator": "214", "label": "page"}),
            shown="(Alpine Flora Society, 2021; Varga & Brandt, 2018, p. 214)",
        ),
        t("."),
    ),  # 3
    p(t("Ferns grow lower down, as Nilsen (2011) found.")),  # 4
    heading("References"),  # 5
    bibliography(
        "Alpine Flora Society. (2021). Scree vegetation atlas. https://atlas.example.net/scree",
        "Nilsen, K. (2011). Valley floors and their plants. Birch Books.",
        "Varga, I., & Brandt, P. (2018). Moss cover on alpine scree slopes. "
        "Arctic and Alpine Research, 33, 210-219.",
    ),  # 6-8
]


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse(BODY)


def test_citations_are_found_at_their_paragraphs(doc: ParsedDocument) -> None:
    # the typed "Nilsen (2011)" cites the entry added to the list by hand (entry 2)
    assert cites(doc) == [
        ("[2]", 4),
        (f"mendeley:{U_MOSS}", 2),
        (f"mendeley:{U_MOSS}", 3),
        (f"mendeley:{U_ATLAS}", 3),
    ]


@pytest.mark.parametrize(
    ("key", "field", "value"),
    [
        (U_MOSS, "title", "Moss cover on alpine scree slopes"),
        (U_MOSS, "authors", ("Varga, Ilona", "Brandt, Pieter")),
        (U_MOSS, "year", 2018),
        (U_MOSS, "doi", "10.1080/aar.2018.0210"),
        (U_MOSS, "kind", RefKind.ARTICLE),
        (U_ATLAS, "title", "Scree vegetation atlas"),
        (U_ATLAS, "url", "https://atlas.example.net/scree"),
        (U_ATLAS, "year", 2021),
    ],
)
def test_works_come_from_the_json(doc: ParsedDocument, key: str, field: str, value: Any) -> None:
    work = next(f for f in doc.footnotes if f.label == f"mendeley:{key}")
    assert work.reference is not None
    assert getattr(work.reference, field) == value


def test_the_list_is_read_once_and_a_hand_added_entry_is_kept(doc: ParsedDocument) -> None:
    titles = sorted(e.reference.title or "" for e in doc.literature if e.reference)
    assert titles == [
        "Moss cover on alpine scree slopes",
        "Scree vegetation atlas",
        "Valley floors and their plants",
    ]
    assert C.LITERATURE_DUPLICATE_ENTRY not in [a.code for a in doc.all_anomalies()]
    assert C.CITATION_TEXT_EDITED not in [a.code for a in doc.all_anomalies()]


@pytest.mark.parametrize(
    ("tag", "code", "said"),
    [
        ("MENDELEY_CITATION_v3_%%%", C.UNREAD_REGION, "no citation data"),
        ("MENDELEY_CITATION_v3_" + b64('{"citationItems": [{"id": "u1",'), C.UNREAD_REGION, "JSON"),
        ("MENDELEY_CITATION_v3_" + b64('{"properties": {}}'), C.UNREAD_REGION, "citationItems"),
    ],
    ids=["not-base64", "broken-json", "no-items"],
)
def test_a_control_that_cannot_be_decoded_is_an_anomaly(tag: str, code: C, said: str) -> None:
    body = [
        p(t("First.")),
        p(t("A claim "), control(tag, "(Quist, 2009)"), t(".")),
        heading("References"),
        p(t("Quist, H. (2009). Ferns of the high valleys. Alder Press.")),
    ]
    found = [a for a in parse(body).all_anomalies() if a.code is code and said in a.message]
    assert found and found[0].line == 2


@pytest.mark.parametrize(
    ("overridden", "override", "citeproc", "shown", "edited"),
    [
        (False, "", "(Quist, 2009)", "(Quist, 2009)", False),
        (False, "", "(Quist, 2009)", "(Quist 2009, in press)", True),
        (False, "", "(Quist &#38; Berg, <i>2009</i>)", "(Quist & Berg, 2009)", False),
        (True, "(see Quist)", "(Quist, 2009)", "(see Quist)", False),
        (True, "(see Quist)", "(Quist, 2009)", "(Quist, 2009)", True),
    ],
    ids=["same", "edited", "html", "override-shown", "override-lost"],
)
def test_the_text_edited_by_hand(
    overridden: bool, override: str, citeproc: str, shown: str, edited: bool
) -> None:
    data = json.loads(v3_json((U_FERNS, FERNS, {})))
    data["manualOverride"] = {
        "isManuallyOverridden": overridden,
        "citeprocText": citeproc,
        "manualOverrideText": override,
    }
    tag = "MENDELEY_CITATION_v3_" + b64(json.dumps(data))
    doc = parse([p(t("A claim "), control(tag, shown), t("."))])
    assert (C.CITATION_TEXT_EDITED in [a.code for a in doc.all_anomalies()]) is edited


def test_a_control_in_a_footnote_is_the_notes_work() -> None:
    body = [p(t("Ferns are common"), ref(1), t("."))]
    footnotes = [note(1, cite((U_FERNS, FERNS, {}), shown="Quist, Ferns of the high valleys."))]
    doc = parse(body, footnotes=footnotes)
    first = next(f for f in doc.footnotes if f.label == "1")
    assert first.reference is not None
    assert (first.reference.title, first.reference.year) == ("Ferns of the high valleys", 2009)


# --------------------------------------------------------------------------
# Guards (pass on main too): the field shapes the managers write
# --------------------------------------------------------------------------


def _zotero(work: dict[str, Any], key: str) -> str:
    data = {
        "citationID": "k2j3",
        "properties": {"noteIndex": 0},
        "citationItems": [
            {"id": 7, "uris": [f"http://zotero.org/users/99/items/{key}"], "itemData": work}
        ],
    }
    return "ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(data)


def _legacy_mendeley(work: dict[str, Any], uuid: str) -> str:
    data = {
        "citationItems": [
            {
                "id": "ITEM-1",
                "itemData": {**work, "id": "ITEM-1"},
                "uris": [f"http://www.mendeley.com/documents/?uuid={uuid}"],
            }
        ],
        "properties": {"noteIndex": 0},
    }
    return "ADDIN CSL_CITATION " + json.dumps(data)


@pytest.mark.parametrize(
    ("instr", "size", "key"),
    [
        (_zotero(MOSS, "MOSS2345"), 100_000, "zotero:MOSS2345"),
        # Word splits a long instruction into runs of about 255 characters
        (_zotero(MOSS, "MOSS2345"), 255, "zotero:MOSS2345"),
        (_legacy_mendeley(MOSS, U_MOSS), 255, f"mendeley:{U_MOSS}"),
    ],
    ids=["zotero", "zotero-255", "mendeley-legacy"],
)
def test_field_shapes_guard(instr: str, size: int, key: str) -> None:
    count = -(-len(instr) // size)  # runs of ``size`` characters
    body = [
        p(t("Scree.")),
        p(t("Moss spreads slowly "), fld(instr, "(Varga & Brandt, 2018)", count), t(".")),
    ]
    doc = parse(body)
    assert cites(doc) == [(key, 2)]
    work = next(f for f in doc.footnotes if f.label == key)
    assert work.reference is not None and work.reference.doi == "10.1080/aar.2018.0210"


@pytest.mark.parametrize(
    ("wrap", "entry"),
    [
        (lambda e: p(t(escape(e))), "plain list"),
        (lambda e: bibliography(e), "list in a bibliography control"),
    ],
    ids=["plain", "control"],
)
def test_unlinked_citations_are_read_as_text_guard(wrap: Any, entry: str) -> None:
    """Fields whose codes were removed leave the rendered text: it is read as typed."""
    body = [
        p(t("Scree plants")),
        p(t(escape("Moss spreads slowly on scree (Varga & Brandt, 2018)."))),
        p(t("Ferns grow lower down (Quist, 2009).")),
        heading("References"),
        wrap("Quist, H. (2009). Ferns of the high valleys. Alder Press."),
        wrap("Varga, I., & Brandt, P. (2018). Moss cover on alpine scree slopes. Arctic, 33, 1-9."),
    ]
    doc = parse(body)
    assert cites(doc) == [("1", 3), ("2", 2)], entry
    assert [e.reference.year for e in doc.literature if e.reference] == [2009, 2018]
