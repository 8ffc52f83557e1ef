"""Citation fields in a numeric style (IEEE, Vancouver): the printed numbers are the
citations and the printed list is the literature, each entry read from the record of the
work its number is (what the record lacks taken from the printed text).

Word packages built here in the shapes Zotero and Word save them; expected results written
by hand.  Lines are body paragraph numbers.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.docxprinted import printed_numbers
from tests.test_docx_citation_fields import (
    ARIS,
    LEE,
    SMITH,
    SOURCES,
    cites,
    codes,
    fld,
    heading,
    parse,
    zitem,
    zotero,
)
from tests.test_reader_docx import p, t

TAB = "<w:r><w:tab/></w:r>"


def listed(instr: str, entries: list[str], number: str = "[{n}]") -> list[str]:
    """A rendered list field over one paragraph per entry ("[1]<TAB>entry"): begin in the
    first paragraph, end in the last."""
    out = []
    for k, entry in enumerate(entries, 1):
        head = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if k == 1
            else ""
        )
        tail = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if k == len(entries) else ""
        out.append(p(head, t(number.format(n=k)), TAB, t(escape(entry)), tail))
    return out


ZOTERO_BIBL = 'ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY'

# three reports cited together as "[4–6]"
DAMS = {
    "type": "report",
    "title": "Dam removal and fish passage",
    "author": [{"family": "Quinn", "given": "Ana"}],
    "issued": {"date-parts": [[2017]]},
}
SLUICES = {
    "type": "report",
    "title": "Sluice operation for migrating eels",
    "author": [{"family": "Berg", "given": "Nils"}],
    "issued": {"date-parts": [[2014]]},
}
LADDERS = {
    "type": "report",
    "title": "Fish ladders on lowland rivers",
    "author": [{"family": "Kim", "given": "Soo"}],
    "issued": {"date-parts": [[2018]]},
    "URL": "https://reports.example.org/ladders",
}
LEE_ONE_AUTHOR = {**LEE, "author": [{"family": "Lee", "given": "Min"}]}

ZOTERO_IEEE = [
    p(t("Tides and turbines"), style="Title"),  # 1
    p(
        t("Turbines lose power in shallow estuaries "),
        fld(zotero(zitem(11, "QW7ER8TY", SMITH), formatted="[1]"), "[1]"),
        t("."),
    ),  # 2
    p(
        t("Rivers were dammed for power and surveyed since "),
        fld(
            zotero(zitem(12, "AS3DF4GH", LEE_ONE_AUTHOR), zitem(13, "ZX5CV6BN", ARIS)),
            "[2], [3]",
        ),
        t("."),
    ),  # 3
    p(
        t("Fish passage needs more than ladders "),
        fld(
            zotero(
                zitem(14, "DAMS0001", DAMS),
                zitem(15, "SLUI0002", SLUICES),
                zitem(16, "LADD0003", LADDERS),
            ),
            "[4–6]",
        ),
        t("."),
    ),  # 4
    p(
        t("As shown above "),
        fld(zotero(zitem(11, "QW7ER8TY", SMITH)), "[1]"),
        t(" and in the survey "),
        fld(zotero(zitem(13, "ZX5CV6BN", ARIS)), "[3]"),
        t("."),
    ),  # 5
    heading("References"),  # 6
    *listed(
        ZOTERO_BIBL,
        [
            # printed without the DOI the field's item has
            "J. Smith and B. Okafor, “Tidal energy in estuaries,” Energy Policy, vol. 41, "
            "pp. 100–120, 2019.",
            # printed with two authors where the item has one: the printed ones are kept
            "M. Lee and K. Ruiz, Rivers and Power. Oxford: Oxford University Press, 2012.",
            "Estuary Trust, “Estuary survey data,” 2020. [Online]. Available: "
            "https://data.example.org/estuary",
            "A. Quinn, “Dam removal and fish passage,” 2017.",
            "N. Berg, “Sluice operation for migrating eels,” 2014.",
            "S. Kim, “Fish ladders on lowland rivers,” 2018.",
        ],
    ),  # 7-12
]


@pytest.fixture(scope="module")
def zot() -> ParsedDocument:
    return parse(ZOTERO_IEEE)


def test_zotero_numeric_fields_cite_by_the_printed_numbers(zot: ParsedDocument) -> None:
    assert cites(zot) == [
        ("1", 2),
        ("1", 5),
        ("2", 3),
        ("3", 3),
        ("3", 5),
        ("4", 4),  # "[4–6]" over three items: 4, 5 and 6
        ("5", 4),
        ("6", 4),
    ]
    assert [e.number for e in zot.literature] == [1, 2, 3, 4, 5, 6]  # the printed list
    assert [e.reference.title for e in zot.literature] == [
        "Tidal energy in estuaries",
        "Rivers and power",  # the item's title (the style capitalised it)
        "Estuary survey data",
        "Dam removal and fish passage",
        "Sluice operation for migrating eels",
        "Fish ladders on lowland rivers",
    ]
    assert all(f.literature is not None for f in zot.footnotes)
    claim = next(f for f in zot.footnotes if f.label == "2").markers[0].claim
    assert claim is not None and "Rivers were dammed" in claim.text
    assert not [c for c in codes(zot) if c.value.startswith("literature") or c is C.UNREAD_REGION]


def test_printed_entry_is_read_from_the_field(zot: ParsedDocument) -> None:
    smith = zot.literature[0].reference
    assert smith.doi == "10.1016/j.enpol.2019.02.003"  # printed without it; the item has it
    assert smith.authors == ("Smith, Jane", "Okafor, Ben")  # the item's, not the printed text's
    note = next(f for f in zot.footnotes if f.label == "1")
    assert note.reference.doi == "10.1016/j.enpol.2019.02.003"
    # the printed entry names two authors, the item (an older copy of the record) one:
    # the printed authors, the item's first, are taken
    assert zot.literature[1].reference.authors == ("M. Lee", "K. Ruiz")
    # a URL the printed entry lacks comes from the item
    assert zot.literature[5].reference.url == "https://reports.example.org/ladders"
    assert zot.literature[2].reference.url == "https://data.example.org/estuary"


WORD_IEEE = [
    p(t("Erosion of the coast"), style="Title"),  # 1
    p(
        t("Sediment supply fell by half "),
        fld(" CITATION Bar00 \\l 1033 ", "[1]"),
        t("."),
    ),  # 2
    p(
        t("Harbours grew and traffic rose "),
        fld(" CITATION Hol15 \\l 1033 \\m Wor21", "[2, 3]"),
        t("."),
    ),  # 3
    heading("Bibliography"),  # 4
    *listed(
        "BIBLIOGRAPHY",
        [
            'A. Barnes, T. Kerr and L. Ng, "Coastal erosion and sediment supply," Marine '
            "Geology, vol. 12, no. 3, pp. 40-58, 2000.",
            "E. Holm, Harbours of the North Sea, New York: Norton, 2015.",
            'World Port Council, "Port statistics 2021," 2021.',
        ],
    ),  # 5-7
]


def test_word_citation_fields_in_a_numeric_style() -> None:
    doc = parse(WORD_IEEE, {"customXml/item1.xml": SOURCES})
    assert cites(doc) == [("1", 2), ("2", 3), ("3", 3)]
    assert [e.number for e in doc.literature] == [1, 2, 3]  # "A source never cited": not printed
    assert doc.literature[0].reference.doi == "10.1016/mg.2000.12"  # from b:DOI
    assert doc.literature[2].reference.url == "https://example.org/ports/2021"  # from b:URL
    assert doc.literature[0].reference.authors == ("Barnes, Alice", "Kerr, Tom", "Ng, Li")
    assert not [c for c in codes(doc) if c.value.startswith("literature") or c is C.UNREAD_REGION]


def test_field_and_list_that_disagree_are_an_anomaly() -> None:
    body = [
        p(t("Turbines "), fld(zotero(zitem(11, "QW7ER8TY", SMITH)), "[2]"), t(".")),  # 1
        p(t("Rivers "), fld(zotero(zitem(12, "AS3DF4GH", LEE)), "[1]"), t(".")),  # 2
        p(
            t("Both "),
            fld(zotero(zitem(11, "QW7ER8TY", SMITH), zitem(12, "AS3DF4GH", LEE)), "[1]"),
            t("."),
        ),  # 3
        heading("References"),  # 4
        *listed(
            ZOTERO_BIBL,
            [
                "M. Lee, Rivers and Power. Oxford: Oxford University Press, 2012.",
                "A. Other, “Sediment budgets,” 2001.",
            ],
        ),  # 5-6
    ]
    doc = parse(body)
    assert cites(doc) == [("1", 2), ("1", 3), ("2", 1)]  # as printed, whatever the field says
    differs = [a for a in doc.all_anomalies() if a.code is C.LITERATURE_TITLE_DIFFERS]
    assert [(a.line, a.literature_entry) for a in differs] == [(1, 2)]
    assert "Tidal energy in estuaries" in differs[0].message
    assert "list entry 2 does not show it" in differs[0].message
    # entry 2 is read as printed: no DOI of the field's (other) work
    assert doc.literature[1].reference.doi is None
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert [a.line for a in unread] == [3]  # one number, two works: not tied
    assert "cites 2 work(s)" in unread[0].message


def test_fields_order_sorted_by_the_style_is_no_disagreement() -> None:
    # the field lists Lee then Smith, the style prints them sorted "[1, 2]" (Smith is 1)
    body = [
        p(
            t("Both "),
            fld(zotero(zitem(12, "AS3DF4GH", LEE), zitem(11, "QW7ER8TY", SMITH)), "[1, 2]"),
            t("."),
        ),
        heading("References"),
        *listed(
            ZOTERO_BIBL,
            [
                "J. Smith and B. Okafor, “Tidal energy in estuaries,” Energy Policy, 2019.",
                "M. Lee, Rivers and Power. Oxford: Oxford University Press, 2012.",
            ],
        ),
    ]
    doc = parse(body)
    assert doc.literature[0].reference.doi == "10.1016/j.enpol.2019.02.003"  # Smith's
    assert doc.literature[1].reference.doi is None
    assert C.LITERATURE_TITLE_DIFFERS not in codes(doc)


def test_bracketed_numbers_beside_author_date_fields_say_what_the_document_cites_with() -> None:
    body = [
        p(t("Turbines "), fld(zotero(zitem(11, "QW7ER8TY", SMITH)), "(Smith & Okafor, 2019)")),
        p(t("A number typed by hand [7] is not read.")),
        heading("References"),
        *listed(
            ZOTERO_BIBL,
            ["Smith, J., & Okafor, B. (2019). Tidal energy in estuaries. Energy Policy."],
            number="",
        ),
    ]
    doc = parse(body)
    assert [f.label for f in doc.footnotes] == ["zotero:QW7ER8TY"]  # author-date: by key
    unread = [a.message for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert len(unread) == 1 and "cites with citation fields or keys" in unread[0]
    assert "Word notes" not in unread[0]


@pytest.mark.parametrize(
    ("shown", "numbers"),
    [
        ("[1]", ["1"]),
        ("[2, 3]", ["2", "3"]),
        ("[2], [3]", ["2", "3"]),
        ("[4–6]", ["4", "5", "6"]),
        ("[4]–[6]", ["4", "5", "6"]),
        ("[1; 5]", ["1", "5"]),
        ("¹", ["1"]),
        ("²⁻⁴", ["2", "3", "4"]),
        ("1", ["1"]),
        ("(3, 7)", ["3", "7"]),
        ("12-14", ["12", "13", "14"]),
        ("(Smith, 2019)", None),
        ("Smith [1]", None),
        ("[1] and later", None),
        ("(2019)", None),  # an author-date citation with its author suppressed: a year
        ("[2019]", None),
        ("", None),
    ],
    ids=lambda v: repr(v),
)
def test_printed_numbers(shown: str, numbers: list[str] | None) -> None:
    assert printed_numbers(shown) == numbers


def test_list_entry_showing_another_work_is_a_disagreement() -> None:
    body = [
        p(t("Turbines "), fld(zotero(zitem(11, "QW7ER8TY", SMITH)), "[1]"), t(".")),  # 1
        p(t("Rivers "), fld(zotero(zitem(12, "AS3DF4GH", LEE)), "[2]"), t(".")),  # 2
        heading("References"),  # 3
        *listed(
            ZOTERO_BIBL,
            [
                "M. Lee, Rivers and Power. Oxford: Oxford University Press, 2012.",
                "J. Smith and B. Okafor, “Tidal energy in estuaries,” Energy Policy, 2019.",
            ],
        ),  # 4-5
    ]
    doc = parse(body)
    differs = [a for a in doc.all_anomalies() if a.code is C.LITERATURE_TITLE_DIFFERS]
    assert [(a.line, a.literature_entry) for a in differs] == [(1, 1), (2, 2)]
    assert "list entry 1 shows 'Rivers and power'" in differs[0].message
    assert doc.literature[1].reference.doi is None  # not Smith's DOI by the field's tie
