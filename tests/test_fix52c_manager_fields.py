"""Reference managers' Word fields: the structured record is the truth.

* An EndNote ``EN.CITE`` field inside a Word footnote is a citation of its own (EndNote
  never writes notes: the author inserted the note and cited into it), and the note's
  reference is the field's record (an "Ibid." note too); Zotero in a note style writes the
  note itself, so its field in a note is no second citation.
* EndNote data written on both begin marks of a nested ``EN.CITE.DATA`` field (and
  closed by a NUL byte) is one payload, well-formed: no "malformed XML" anomaly.
* A numeric style's printed entry tied to a record is read from the record (title,
  authors, year, volume, issue), not from the printed text; a year the entry prints that
  is not the record's is one anomaly naming both; a note made from an entry repeats none
  of its anomalies.

Packages are built with the helpers of the other Word tests, in the shapes the managers
save; the works and records are made up for these tests; expected results written by hand.
"""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument, Reference
from bibcheck.readers.docxprinted import _more_authors, _with_subtitle, year_differs
from tests.test_docx_citation_fields import cites, codes, fld, heading, parse, zitem, zotero
from tests.test_docx_numeric_fields import listed
from tests.test_reader_docx import note, p, ref, t
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


def record(recnum: int, kind: str, title: str, authors: list[str], year: str, **more: str) -> str:
    """An EndNote ``<record>`` (the fields EndNote writes into a citation)."""
    people = "".join(f"<author>{a}</author>" for a in authors)
    host = more.pop("host", "")
    extra = "".join(f"<{name}>{value}</{name}>" for name, value in more.items())
    return (
        f"<record><rec-number>{recnum}</rec-number>"
        f'<foreign-keys><key app="EN" db-id="t52c">{recnum}</key></foreign-keys>'
        f'<ref-type name="{kind}">0</ref-type>'
        f"<contributors><authors>{people}</authors></contributors>"
        f"<titles><title>{title}</title>{host}</titles>"
        f"<dates><year>{year}</year></dates>{extra}</record>"
    )


def cite(*works: tuple[int, str, str]) -> str:
    """``<EndNote>`` with one ``<Cite>`` per (record number, first author, record)."""
    body = "".join(
        f"<Cite><Author>{author}</Author><RecNum>{number}</RecNum>{rec}</Cite>"
        for number, author, rec in works
    )
    return f"<EndNote>{body}</EndNote>"


MOREAU = record(
    5, "Book", "Les glaciers des Alpes au XIXe siècle", ["Moreau, Louise"], "1998",
    publisher="Belin", **{"pub-location": "Paris"},
)  # fmt: skip
DUBOIS = record(
    7, "Journal Article", "Retrait glaciaire et cartographie", ["Dubois, Paul"], "2004",
    volume="12", number="3", pages="45-67",
)  # fmt: skip
VIAL = record(9, "Book", "Les guides de Chamonix", ["Vial, Henri"], "1987")


def en_field(*works: tuple[int, str, str], shown: str) -> str:
    return fld("ADDIN EN.CITE " + cite(*works), shown, pieces=5)


ALPS_BODY = [
    p(t("Les glaciers des Alpes"), style="Title"),  # 1
    p(t("Le retrait commence vers 1860."), ref(1)),  # 2
    p(t("Les mesures sont rares."), ref(2), t(" Les cartes aussi."), ref(3)),  # 3
    p(t("Les guides témoignent."), ref(4)),  # 4
]
ALPS_NOTES = [
    note(
        1, en_field((5, "Moreau", MOREAU), shown="Louise Moreau, Les glaciers (Paris, 1998), 12.")
    ),
    note(2, en_field((5, "Moreau", MOREAU), shown="Ibid., 45.")),
    note(
        3,
        t("Voir "),
        en_field((7, "Dubois", DUBOIS), shown="Dubois, « Retrait glaciaire », 50"),
        t(" ; aussi "),
        en_field((9, "Vial", VIAL), shown="Vial, Les guides, 3."),
    ),
    note(4, t("Les témoignages des guides sont postérieurs et souvent embellis.")),
]


@pytest.fixture(scope="module")
def alps() -> ParsedDocument:
    return parse(ALPS_BODY, footnotes=ALPS_NOTES)


def test_endnote_fields_in_footnotes_are_citations_of_their_own(alps: ParsedDocument) -> None:
    assert cites(alps) == [
        ("1", 2),
        ("2", 3),
        ("3", 3),
        ("4", 4),
        ("endnote:5", 2),
        ("endnote:5", 3),
        ("endnote:7", 3),
        ("endnote:9", 3),
    ]


@pytest.mark.parametrize(
    ("label", "title", "authors", "year"),
    [
        ("endnote:5", "Les glaciers des Alpes au XIXe siècle", ("Moreau, Louise",), 1998),
        ("endnote:7", "Retrait glaciaire et cartographie", ("Dubois, Paul",), 2004),
        ("endnote:9", "Les guides de Chamonix", ("Vial, Henri",), 1987),
        ("2", "Les glaciers des Alpes au XIXe siècle", ("Moreau, Louise",), 1998),  # "Ibid."
    ],
)
def test_the_fields_of_a_citation_come_from_its_record(
    alps: ParsedDocument, label: str, title: str, authors: tuple[str, ...], year: int
) -> None:
    reference = next(f for f in alps.footnotes if f.label == label).reference
    assert reference is not None
    assert (reference.title, reference.authors, reference.year) == (title, authors, year)


def test_a_commentary_note_and_a_two_work_note_cite_no_single_work(alps: ParsedDocument) -> None:
    commentary = next(f for f in alps.footnotes if f.label == "4")
    assert commentary.reference is None or commentary.reference.title is None
    assert not [c for c in codes(alps) if c is C.UNREAD_REGION]


TIDE = {
    "type": "book",
    "title": "Tides of the Breton coast",
    "author": [{"family": "Le Goff", "given": "Yann"}],
    "issued": {"date-parts": [[2001]]},
}


def test_negative_a_zotero_note_style_field_in_a_note_is_the_note_itself() -> None:
    # Zotero writes the note of a note style: its field there is no second citation
    body = [p(t("La marée monte vite."), ref(1))]
    notes = [note(1, fld(zotero(zitem(3, "TIDE0003", TIDE)), "Le Goff, Tides, 4."))]
    doc = parse(body, footnotes=notes)
    assert cites(doc) == [("1", 1)]
    only = doc.footnotes[0].reference
    assert only is not None and only.title == "Tides of the Breton coast"


# --------------------------------------------------------------------------
# EN.CITE.DATA: the payload on both begin marks, a NUL at its end
# --------------------------------------------------------------------------


def nested(payload: bytes, shown: str, outer_too: bool) -> str:
    data = base64.b64encode(payload).decode("ascii")
    outer = f"<w:fldData>{data}</w:fldData>" if outer_too else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin">{outer}</w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="begin"><w:fldData>{data}</w:fldData></w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE.DATA </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{t(shown)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


GOOD = cite((7, "Dubois", DUBOIS), (9, "Vial", VIAL)).encode("utf-8")


@pytest.mark.parametrize(
    ("payload", "outer_too", "expected", "unread"),
    [
        (GOOD + b"\x00", True, ["endnote:7", "endnote:9"], 0),  # both marks, NUL-closed
        (GOOD + b"\x00", False, ["endnote:7", "endnote:9"], 0),  # the inner mark only
        (GOOD, True, ["endnote:7", "endnote:9"], 0),
        # negative: really cut short: what it holds is read, and one anomaly says so
        (GOOD[:-30], True, ["endnote:7", "endnote:9"], 1),
    ],
    ids=["both-marks-nul", "inner-only", "both-marks", "truncated"],
)
def test_endnote_data_on_both_marks_is_one_payload(
    payload: bytes, outer_too: bool, expected: list[str], unread: int
) -> None:
    body = [p(t("Les cartes anciennes "), nested(payload, "(Dubois 2004; Vial 1987)", outer_too))]
    doc = parse(body)
    assert sorted(label for label, _ in cites(doc)) == expected
    assert codes(doc).count(C.UNREAD_REGION) == unread


def test_an_endnote_payload_escaped_once_more_is_read() -> None:
    escaped = cite((9, "Vial", VIAL)).replace("<", "&lt;").replace(">", "&gt;")
    body = [p(t("Les guides "), fld("ADDIN EN.CITE " + escaped, "(Vial 1987)"))]
    doc = parse(body)
    assert cites(doc) == [("endnote:9", 1)]
    assert not [c for c in codes(doc) if c is C.UNREAD_REGION]


# --------------------------------------------------------------------------
# A numeric style: the printed entry is read from its record
# --------------------------------------------------------------------------

OSL = record(
    21, "Journal Article", "Ice cores and volcanic sulphate", ["Olsen, Kari", "Berg, Ivar"],
    "2011", volume="57", number="6204", pages="10-19", host="<secondary-title>J. Glaciol.</secondary-title>",
)  # fmt: skip
RAMOS = record(
    22, "Journal Article", "Moraine dating with lichens", ["Ramos, Ines", "Silva, Joao"], "2016",
    volume="8", pages="1-9",
)  # fmt: skip


def numeric(printed_second: str) -> list[str]:
    return [
        p(t("Sulphate peaks match eruptions "), en_field((21, "Olsen", OSL), shown="[1]"), t(".")),
        p(t("Lichens date moraines "), en_field((22, "Ramos", RAMOS), shown="[2]"), t(".")),
        heading("References"),
        *listed(
            "ADDIN EN.REFLIST",
            [
                "Olsen, K. and I. Berg, Ice cores and volcanic sulphate. J. Glaciol., 2011. "
                "57(6204): p. 10-19.",
                printed_second,
            ],
            number="{n}.",
        ),
    ]


def test_a_numeric_entry_is_read_from_its_record() -> None:
    doc = parse(
        numeric("Ramos, I., et al., Moraine dating with lichens. Geomorph., 2016. 8: p. 1-9.")
    )
    assert cites(doc) == [("1", 1), ("2", 2)]
    first, second = (e.reference for e in doc.literature)
    assert (first.title, first.authors, first.year) == (
        "Ice cores and volcanic sulphate",  # not "and I. Berg, Ice cores …"
        ("Olsen, Kari", "Berg, Ivar"),
        2011,  # not the issue 6204
    )
    assert (first.volume, first.issue, first.pages) == ("57", "6204", "10-19")
    assert second.title == "Moraine dating with lichens"  # not "et al"
    assert not [c for c in codes(doc) if c in (C.YEAR_MALFORMED, C.REFERENCE_UNPARSED)]
    assert not [c for c in codes(doc) if c.value.startswith("literature")]


def test_negative_an_entry_printing_another_year_than_its_record_is_one_anomaly() -> None:
    doc = parse(
        numeric("Ramos, I., et al., Moraine dating with lichens. Geomorph., 2015. 8: p. 1-9.")
    )
    found = [a for a in doc.all_anomalies() if a.code is C.LITERATURE_YEAR_DIFFERS]
    assert len(found) == 1
    assert "2015" in found[0].message and "2016" in found[0].message


def test_negative_an_entry_not_showing_its_record_says_both_and_stays_as_printed() -> None:
    doc = parse(numeric("Costa, M., Lichen growth rates in the Andes. Geomorph., 2016. 8."))
    found = [a for a in doc.all_anomalies() if a.code is C.LITERATURE_TITLE_DIFFERS]
    assert len(found) == 1
    assert "Moraine dating with lichens" in found[0].message  # the record's title
    assert "Lichen growth rates in the Andes" in found[0].message  # what the entry prints
    assert doc.literature[1].reference.title != "Moraine dating with lichens"


# Vancouver as Zotero renders it: "Available from: URL." with the style's closing period
GRID = {
    "type": "report",
    "title": "Grid storage outlook 2030",
    "author": [{"literal": "Energy Storage Council"}],
    "issued": {"date-parts": [[2022]]},
    "URL": "https://example.org/reports/grid-2030",
}


def test_a_record_with_its_address_gives_no_notice_about_the_printed_period() -> None:
    body = [
        p(t("Storage will double "), fld(zotero(zitem(4, "GRID0004", GRID)), "(1)"), t(".")),
        p(t("Prices fall "), fld(zotero(zitem(4, "GRID0004", GRID)), "(1)"), t(".")),
        heading("References"),
        *listed(
            'ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY',
            [
                "Energy Storage Council. Grid storage outlook 2030 [Internet]. 2022. "
                "Available from: https://example.org/reports/grid-2030."
            ],
            number="{n}.",
        ),
    ]
    doc = parse(body)
    entry = doc.literature[0].reference
    assert entry.title == "Grid storage outlook 2030"  # the year printed after it is no title
    assert entry.url == "https://example.org/reports/grid-2030"
    assert not [c for c in codes(doc) if c in (C.URL_TRAILING_PUNCTUATION, C.REFERENCE_UNPARSED)]


def test_negative_a_broken_json_field_is_one_anomaly() -> None:
    body = [
        p(
            t("Storage will double "),
            fld('ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems": [', "(1)"),
        ),
        heading("References"),
        p(t("1. Energy Storage Council. Grid storage outlook 2030. 2022.")),
    ]
    doc = parse(body)
    assert codes(doc).count(C.UNREAD_REGION) == 1
    assert [e.reference.title for e in doc.literature] == ["Grid storage outlook 2030"]


# --------------------------------------------------------------------------
# What the printed entry has beyond an older copy of the record
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "recorded", "expected"),
    [
        ("Moraine dating: a field guide", "Moraine dating", True),
        ("Moraine dating. A field guide", "Moraine dating", True),
        ("Moraine dating – a field guide", "Moraine dating", True),
        ("Grid storage outlook 2030 2022", "Grid storage outlook 2030", False),  # a year run on
        ("Moraine dating: 2016", "Moraine dating", False),
        ("Lichen growth: a field guide", "Moraine dating", False),
    ],
)
def test_with_subtitle(printed: str, recorded: str, expected: bool) -> None:
    assert _with_subtitle(printed, recorded) is expected


@pytest.mark.parametrize(
    ("printed", "recorded", "expected"),
    [
        (("Ramos I", "Silva J", "Costa M"), ("Ramos, Ines",), True),
        (("Ramos I", "Silva J"), ("Ramos", "Silva"), False),  # no more than the record
        (("Costa M", "Ramos I"), ("Ramos, Ines",), False),  # another first author
        (("and J. Silva", "Ramos I"), ("Ramos, Ines",), False),  # a misread printed list
    ],
)
def test_more_authors(printed: tuple[str, ...], recorded: tuple[str, ...], expected: bool) -> None:
    assert _more_authors(printed, recorded) is expected


# --------------------------------------------------------------------------
# The new patterns stay linear on long and hostile lines
# --------------------------------------------------------------------------

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "ab " * (n // 3), id="short-words"),
    pytest.param(lambda n: ": " * (n // 2), id="colons"),
    pytest.param(lambda n: " - " * (n // 3), id="dashes"),
    pytest.param(lambda n: "1999" * (n // 4), id="years-glued"),
    pytest.param(lambda n: "1999 " * (n // 5), id="years"),
    pytest.param(lambda n: "Smith, J., " * (n // 11), id="names"),
]


@pytest.mark.parametrize("line", LINES)
def test_subtitle_authors_and_years_are_linear(line: Callable[[int], str]) -> None:
    work = Reference(raw="", line=1, end_line=1, year=2011)
    assert_linear(lambda text: _with_subtitle(text, text[: len(text) // 2]), line)
    assert_linear(lambda text: _more_authors(text.split(",") + ["x"], text.split(",")), line)
    assert_linear(lambda text: year_differs("1", text, work, 1), line)
