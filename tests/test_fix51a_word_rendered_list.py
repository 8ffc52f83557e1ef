"""Word's own citation manager: the rendered BIBLIOGRAPHY field and the source store are
one list; CITATION fields in notes are citations; access dates in the document's language.

Word prints its list in a BIBLIOGRAPHY field.  Author-date styles (APA) print one
paragraph per work; numeric styles (IEEE, ISO 690 numeric) print the label ``[n]`` in a
table cell (or a paragraph) of its own and the entry in the next.  The works are also in
the store (``customXml`` ``b:Sources``, each with ``b:RefOrder``, the number a numeric
style gives it).  Each package is built here; expected results are written by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import find_access_date
from bibcheck.readers.docxrendered import entry_label, leads_with, without_addresses
from bibcheck.readers.docxworks import word_sources
from bibcheck.readers.xmlsafe import parse_xml
from tests.test_docx_citation_fields import B, fld, heading, person, with_parts
from tests.test_reader_docx import build_docx, note, p, ref, t
from tests.test_regex_growth import assert_linear


def source(tag: str, title: str, order: int | None, extra: str = "", *people: str) -> str:
    names = f"<b:Author><b:Author><b:NameList>{''.join(people)}</b:NameList></b:Author></b:Author>"
    ref_order = f"<b:RefOrder>{order}</b:RefOrder>" if order is not None else ""
    return (
        f"<b:Source><b:Tag>{tag}</b:Tag><b:SourceType>InternetSite</b:SourceType>"
        f"{names if people else ''}<b:Title>{title}</b:Title>{extra}{ref_order}</b:Source>"
    )


def store(style: str, *sources: str) -> dict[str, str]:
    xml = f'<b:Sources xmlns:b="{B}" xmlns="{B}" SelectedStyle="\\{style}">{"".join(sources)}'
    return {"customXml/item1.xml": xml + "</b:Sources>"}


# a Czech engineering report's store: three sources cited, one never (Word keeps it)
ACCESSED = (
    "<b:YearAccessed>2023</b:YearAccessed><b:MonthAccessed>březen</b:MonthAccessed>"
    "<b:DayAccessed>14</b:DayAccessed>"
)
SOURCES = (
    source("Kafka", "Kafka", 1, ACCESSED + "<b:URL>https://kafka.example.org/</b:URL>"),
    source(
        "Nov21",
        "Distribuované fronty zpráv v praxi",
        2,
        "<b:Year>2021</b:Year><b:URL>https://kafka.example.org/fronty</b:URL>",
        person("Novák", "Jan"),
    ),
    source("Redis", "Redis", 3, ACCESSED + "<b:URL>https://redis.example.org/</b:URL>"),
    source("Nepouz", "Nikdy necitovaný zdroj", 4, "<b:Year>2018</b:Year>"),
)
IEEE = store("IEEE2006OfficeOnline.xsl", *SOURCES)
APA = store("APASixthEditionOfficeOnline.xsl", *SOURCES)

IEEE_ENTRIES = [
    (
        "[1]",
        "„Kafka,” [Online]. Available: https://kafka.example.org/. [Přístup: 14. března 2023].",
    ),
    (
        "[2]",
        "J. Novák, „Distribuované fronty zpráv v praxi,” 2021. [Online]. Available: "
        "https://kafka.example.org/fronty.",
    ),
    (
        "[3]",
        "„Redis,” [Online]. Available: https://redis.example.org/. [Přístup: 14. března 2023].",
    ),
    ("[4]", "„Nikdy necitovaný zdroj,” 2018."),
]
APA_ENTRIES = [
    "Kafka. (n.d.). Načteno z https://kafka.example.org/",
    "Nikdy necitovaný zdroj. (2018).",
    "Novák, J. (2021). Distribuované fronty zpráv v praxi. Načteno z https://kafka.example.org/fronty",
    "Redis. (n.d.). Načteno z https://redis.example.org/",
]

_BEGIN = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> BIBLIOGRAPHY </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
)
_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def field_table(rows: list[tuple[str, str]]) -> list[str]:
    """Word's numeric list: the field opens in a paragraph, a table of label and entry
    cells, the field ends in the paragraph after it."""
    cells = "".join(
        f"<w:tr><w:tc>{p(t(label + ' '))}</w:tc><w:tc>{p(t(text))}</w:tc></w:tr>"
        for label, text in rows
    )
    return [p(_BEGIN), f"<w:tbl>{cells}</w:tbl>", p(_END)]


def field_paragraphs(entries: list[str]) -> list[str]:
    """Word's list as paragraphs inside the field (a label paragraph, if any, before its
    entry's)."""
    first, *rest = entries
    paras = [p(_BEGIN, t(first)), *(p(t(e)) for e in rest)]
    paras[-1] = paras[-1].replace("</w:p>", f"{_END}</w:p>")
    return paras


def labelled(rows: list[tuple[str, str]]) -> list[str]:
    return [text for row in rows for text in row]


def body(numeric: bool, notes: bool = True) -> list[str]:
    """Kafka and Redis cited in the body, Novák in a footnote (or the body)."""
    shown = ["[1]", "[2]", "[3]"] if numeric else ["(Kafka)", "(Novák, 2021)", "(Redis)"]
    novak = fld(" CITATION Nov21 \\l 1029 ", shown[1])
    return [
        p(t("Fronty zpráv"), style="Title"),  # 1
        p(t("Zprávy ukládá Kafka "), fld(" CITATION Kafka \\l 1029 ", shown[0]), t(".")),  # 2
        p(t("Mezipaměť drží Redis "), fld(" CITATION Redis \\l 1029 ", shown[2]), t(".")),  # 3
        p(t("Fronty se škálují"), ref(1), t("."))  # 4
        if notes
        else p(t("Fronty se škálují "), novak, t(".")),
    ]


NOTES = [note(1, t("Srovnání viz "), fld(" CITATION Nov21 \\l 1029 ", "[2]"), t("."))]


def build(
    paras: list[str],
    parts: dict[str, str],
    footnotes: list[str] | None = None,
    endnotes: list[str] | None = None,
) -> ParsedDocument:
    data = with_parts(build_docx(body=paras, footnotes=footnotes, endnotes=endnotes), parts)
    return parse_bytes(data, "zprava.docx")


def codes(doc: ParsedDocument) -> list[C]:
    return [a.code for a in doc.all_anomalies()]


def listed(doc: ParsedDocument) -> list[tuple[int, str]]:
    return [(e.number, e.reference.title or "") for e in doc.literature]


PRINTED = [
    (1, "Kafka"),
    (2, "Distribuované fronty zpráv v praxi"),
    (3, "Redis"),
    (4, "Nikdy necitovaný zdroj"),
]
# APA prints by author (the title when there is none)
APA_PRINTED = [
    (1, "Kafka"),
    (2, "Nikdy necitovaný zdroj"),
    (3, "Distribuované fronty zpráv v praxi"),
    (4, "Redis"),
]

# --------------------------------------------------------------------------
# 1. The rendered list and the store are one list
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paras", "parts", "notes", "printed"),
    [
        pytest.param(
            [*body(True), heading("Literatura"), *field_table(IEEE_ENTRIES)],
            IEEE,
            NOTES,
            PRINTED,
            id="ieee-table-with-notes",
        ),
        pytest.param(
            [*body(True), heading("Literatura"), *field_paragraphs(labelled(IEEE_ENTRIES))],
            IEEE,
            NOTES,
            PRINTED,
            id="ieee-label-paragraphs-with-notes",
        ),
        pytest.param(
            [*body(False), heading("Literatura"), *field_paragraphs(APA_ENTRIES)],
            APA,
            NOTES,
            APA_PRINTED,
            id="apa-paragraphs-with-notes",
        ),
        pytest.param(
            [*body(False, notes=False), heading("Literatura"), *field_paragraphs(APA_ENTRIES)],
            APA,
            None,
            APA_PRINTED,
            id="apa-paragraphs",
        ),
    ],
)
def test_the_rendered_list_is_the_store_once(
    paras: list[str], parts: dict[str, str], notes: list[str] | None, printed: list[Any]
) -> None:
    doc = build(paras, parts, footnotes=notes)
    # each printed work once, numbered as printed; no label is an entry of its own; the
    # source nobody cites (Word prints every stored source) is the one uncited entry
    assert listed(doc) == printed
    assert C.REFERENCE_UNPARSED not in codes(doc)
    assert codes(doc).count(C.LITERATURE_UNCITED) == 1
    assert C.ACCESS_DATE_INVALID not in codes(doc)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a numeric style without Word notes: the printed numbers cite the printed list,
        # read as written with each label joined to its entry
        pytest.param(
            [*body(True, notes=False), heading("Literatura"), *field_table(IEEE_ENTRIES)],
            [("1", 2), ("2", 4), ("3", 3)],
            id="ieee-table-by-number",
        ),
        pytest.param(
            [
                *body(True, notes=False),
                heading("Literatura"),
                *field_paragraphs(labelled(IEEE_ENTRIES)),
            ],
            [("1", 2), ("2", 4), ("3", 3)],
            id="ieee-label-paragraphs-by-number",
        ),
    ],
)
def test_a_numeric_list_without_notes_is_read_as_printed(
    paras: list[str], expected: list[tuple[str, int]]
) -> None:
    doc = build(paras, IEEE)
    assert listed(doc) == PRINTED
    assert sorted((f.label, m.line) for f in doc.footnotes for m in f.markers) == sorted(expected)
    assert C.REFERENCE_UNPARSED not in codes(doc)
    assert codes(doc).count(C.LITERATURE_UNCITED) == 1  # entry 4


TYPED_LABELS = [
    p(t("Fronty zpráv"), style="Title"),  # 1
    p(t("Kafka ukládá zprávy [1], Redis je drží v paměti [2].")),  # 2
    heading("Literatura"),  # 3
    p(t("[1]")),  # 4
    p(t("KOVÁŘ, Petr. Fronty zpráv. Praha: Grada, 2019.")),  # 5
    p(t("[2]")),  # 6
    p(t("[3]")),  # 7: a label with no entry after it
    p(t("[4] SVOBODA, Eva. Mezipaměti. Brno: CPress, 2020.")),  # 8
]


def test_a_typed_list_keeps_its_entries_and_takes_no_stored_work() -> None:
    """No BIBLIOGRAPHY field: the typed list is the list (its label paragraph joined to
    the entry after it; a label before another label stays as written) and the store's
    sources nobody cites do not join it."""
    doc = build(TYPED_LABELS, IEEE)
    assert [(e.label, e.line) for e in doc.literature] == [("1", 5), ("2", 6), ("3", 7), ("4", 8)]
    assert doc.literature[0].reference.title == "Fronty zpráv"
    assert doc.literature[3].reference.title == "Mezipaměti"


# --------------------------------------------------------------------------
# Matching a rendered entry to a stored work
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "entry", "expected"),
    [
        ("VULTR", "[1] „VULTR,” [Online]. Available: https://vultr.example.com/.", True),
        ("nginx", '"nginx," [Online]. Available: https://nginx.example.org/.', True),
        ("Redis", "Redis. (n.d.). Retrieved from https://redis.example.org/", True),
        ("MySQL", "Ng, L. (2020). MySQL. Retrieved from https://db.example.org/", True),
        # negatives: the short title in another entry's address or words, not as its title
        ("MySQL", '"Replication," [Online]. Available: https://example.org/mysql.', False),
        ("Redis", "Ng, L. (2020). Caching with Redis and friends. Springer.", False),
        ("Kafka", "„Kafkaesque systems,” [Online].", False),
    ],
)
def test_a_short_title_ties_only_the_entry_that_prints_it_as_its_title(
    title: str, entry: str, expected: bool
) -> None:
    assert leads_with(title, entry) is expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("[12] Entry", "12"),
        ("12. Entry", "12"),
        ("(3) Entry", "3"),
        ("[Bar00] Barnes, A.", "Bar00"),
        ("Barnes, A. (2000).", None),  # negative: no label
        ("2000. Annual report", "2000"),  # a year is taken only as a number the store knows
    ],
)
def test_entry_labels(text: str, label: str | None) -> None:
    assert entry_label(text)[0] == label


def test_a_title_in_an_address_is_not_printed() -> None:
    assert "wordpress" not in without_addresses("„HyperDB,” https://wordpress.example.org/hyperdb")


WORDPRESS = store(
    "IEEE2006OfficeOnline.xsl",
    source("WP", "WordPress handbook", 1, "<b:URL>https://wordpress.example.org/</b:URL>"),
    source("HDB", "HyperDB", 2, "<b:URL>https://wordpress.example.org/plugins/hyperdb</b:URL>"),
)


@pytest.mark.parametrize("order", [True, False])
def test_an_entry_is_not_the_work_its_address_names(order: bool) -> None:
    """The plugin's entry prints the handbook's name only in its address: it is the plugin
    (by its number, or by the title it prints), and the handbook is printed once."""
    parts = WORDPRESS if order else {k: v.replace("RefOrder", "Note") for k, v in WORDPRESS.items()}
    paras = [
        p(t("Blog"), style="Title"),
        p(t("Handbook "), fld(" CITATION WP \\l 1033 ", "[1]"), t(" and plugin"), ref(1), t(".")),
        heading("References"),
        *field_table(
            [
                (
                    "[1]",
                    "„WordPress handbook,” [Online]. Available: https://wordpress.example.org/.",
                ),
                (
                    "[2]",
                    "„HyperDB,” [Online]. Available: https://wordpress.example.org/plugins/hyperdb.",
                ),
            ]
        ),
    ]
    doc = build(paras, parts, footnotes=[note(1, t("See "), fld(" CITATION HDB \\l 1033 ", "[2]"))])
    assert listed(doc) == [(1, "WordPress handbook"), (2, "HyperDB")]
    assert C.LITERATURE_UNCITED not in codes(doc)


# --------------------------------------------------------------------------
# 2. CITATION fields in notes are citations
# --------------------------------------------------------------------------

NOTE_BODY = [
    p(t("Fronty zpráv"), style="Title"),  # 1
    p(t("Kafka ukládá zprávy"), ref(1), t(".")),  # 2
    p(t("Redis je drží"), ref(2, kind="endnote"), t(".")),  # 3
]


@pytest.mark.parametrize(
    ("footnotes", "endnotes", "expected"),
    [
        pytest.param(
            [note(1, t("Viz "), fld(" CITATION Kafka \\l 1029 ", "[1]"), t("."))],
            [note(2, t("Viz "), fld(" CITATION Redis \\l 1029 ", "[3]"), kind="endnote")],
            [("Kafka", 2), ("Redis", 3)],
            id="word-fields-in-footnote-and-endnote",
        ),
        pytest.param(
            [note(1, t("Viz "), fld(" CITATION Kafka \\m Redis \\l 1029 ", "[1], [3]"))],
            [note(2, t("Poznámka bez citace."), kind="endnote")],
            [("Kafka", 2), ("Redis", 2)],
            id="two-works-in-one-field",
        ),
        # negatives: a note without a field, and a Zotero note-style field (the note is
        # the citation): no citation by key
        pytest.param(
            [note(1, t("Viz Kafka, 2021."))],
            [note(2, t("Poznámka."), kind="endnote")],
            [],
            id="plain-notes",
        ),
        pytest.param(
            [
                note(
                    1,
                    fld(
                        ' ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems":[{"id":7,'
                        '"uris":["http://zotero.org/users/1/items/ABCD2345"],'
                        '"itemData":{"id":7,"type":"book","title":"Fronty zpráv"}}]} ',
                        "Kovář, Fronty zpráv.",
                    ),
                )
            ],
            [note(2, t("Poznámka."), kind="endnote")],
            [],
            id="zotero-note-style",
        ),
    ],
)
def test_citation_fields_in_notes_are_citations(
    footnotes: list[str], endnotes: list[str], expected: list[tuple[str, int]]
) -> None:
    doc = build(NOTE_BODY, IEEE, footnotes=footnotes, endnotes=endnotes)
    keyed = sorted(
        (f.label, m.line) for f in doc.footnotes for m in f.markers if not f.label[-1].isdigit()
    )
    assert keyed == expected
    notes = sorted((f.label, m.line) for f in doc.footnotes for m in f.markers)
    assert ("1", 2) in notes  # the note itself keeps its own number
    assert C.CITATION_KEY_MISSING not in codes(doc)


# --------------------------------------------------------------------------
# 3. Access dates in the document's language
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Hozzáférés dátuma: 24. október 2022.]", date(2022, 10, 24)),
        ("[Hozzáférés dátuma: 2022. október 24.]", date(2022, 10, 24)),
        ("[Zugriff am 3. März 2021]", date(2021, 3, 3)),
        ("[Fecha de acceso: 3 marzo 2021]", date(2021, 3, 3)),
        ("[Último acceso: 3 de marzo de 2021]", date(2021, 3, 3)),
        ("[Date de consultation : 3 mars 2021]", date(2021, 3, 3)),
        ("[Data di accesso: 3 marzo 2021]", date(2021, 3, 3)),
        ("[Data de acesso: 3 de março de 2021]", date(2021, 3, 3)),
        ("[Dostęp: 3 marca 2021]", date(2021, 3, 3)),
        ("[Přístup: 14. března 2023]", date(2023, 3, 14)),
        ("[Geraadpleegd op: 3 maart 2021]", date(2021, 3, 3)),
        ("[Åtkomst den: 3 mars 2021]", date(2021, 3, 3)),
        ("[Accessed 3 March 2021]", date(2021, 3, 3)),
    ],
)
def test_access_dates_in_word_languages(text: str, expected: date) -> None:
    found = find_access_date(f"„Kafka,” [Online]. Available: https://kafka.example.org/. {text}.")
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "[Hozzáférés dátuma: 2022]",  # a year only: no date found, none made up
        "Budapest: Akadémiai, 24. október 2022.",  # a date with no access phrase
        "[Přístup k datům: 2022]",
    ],
)
def test_no_access_date_without_a_phrase_and_a_day(text: str) -> None:
    found = find_access_date(text)
    assert found is None or found.value is None


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        ("2022", "október", "24", [2022, 10, 24]),
        ("2022.", "október", "24.", [2022, 10, 24]),  # Hungarian ordinal dots
        ("2023", "březen", "14", [2023, 3, 14]),
        ("2021", "März", "3", [2021, 3, 3]),
        ("2021", "Sept.", "3", [2021, 9, 3]),
        ("2021", "11", "7", [2021, 11, 7]),
        ("2023", "květen", "2", [2023, 5, 2]),
        ("2021", "Brumaire", "3", [2021]),  # negative: no month the readers know: no full date
    ],
)
def test_stored_access_dates_in_the_documents_language(
    year: str, month: str, day: str, expected: list[int]
) -> None:
    xml = (
        f'<b:Sources xmlns:b="{B}">'
        + source(
            "X",
            "Title",
            None,
            f"<b:YearAccessed>{year}</b:YearAccessed><b:MonthAccessed>{month}</b:MonthAccessed>"
            f"<b:DayAccessed>{day}</b:DayAccessed>",
        )
        + "</b:Sources>"
    )
    root = parse_xml(xml.encode("utf-8")).root
    assert root is not None
    [(_, item)] = word_sources([root])
    accessed: Any = item["accessed"]
    assert accessed["date-parts"][0] == expected


def test_a_printed_entry_with_a_hungarian_access_date_is_valid() -> None:
    ref = parse_reference(
        "„VULTR,” [Online]. Available: https://vultr.example.com/. "
        "[Hozzáférés dátuma: 24. október 2022.].",
        (1,),
        detect_styles=True,
    )
    assert ref.access_date == date(2022, 10, 24)
    assert C.ACCESS_DATE_INVALID not in [a.code for a in ref.anomalies]


# --------------------------------------------------------------------------
# Growth
# --------------------------------------------------------------------------

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "„" * n, id="open-quotes"),
    pytest.param(lambda n: "„a " * (n // 3), id="quoted-words"),
    pytest.param(lambda n: "(2020" * (n // 5), id="open-years"),
    pytest.param(lambda n: "http://" + "a" * (n - 7), id="long-address"),
    pytest.param(lambda n: "[Hozzáférés dátuma: 24. " * (n // 24), id="access-phrases"),
    pytest.param(lambda n: "de marzo de " * (n // 12), id="de-months"),
]


@pytest.mark.parametrize("line", LINES)
def test_rendered_entry_matching_is_linear(line: Line) -> None:
    assert_linear(lambda text: leads_with("VULTR", f"[1] {text}"), line)


@pytest.mark.parametrize("line", LINES)
def test_access_date_search_is_linear(line: Line) -> None:
    assert_linear(lambda text: find_access_date(f"{text} [Přístup: 14. března"), line)


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a label paragraph before its entry: one entry, numbered by the label
        ([p(t("1.")), p(t("KOVÁŘ, Petr. Fronty zpráv. Praha: Grada, 2019."))], [("1", 2)]),
        ([p(t("(1)")), p(t("KOVÁŘ, Petr. Fronty zpráv. Praha: Grada, 2019."))], [("1", 2)]),
        # negative: a year alone over the works of that year is no label of the next entry
        (
            [p(t("2019.")), p(t("KOVÁŘ, Petr. Fronty zpráv. Praha: Grada, 2019."))],
            [("1", 1), ("2", 2)],
        ),
    ],
)
def test_label_paragraphs_of_a_typed_list(
    paras: list[str], expected: list[tuple[str, int]]
) -> None:
    head = [p(t("Fronty"), style="Title"), p(t("Text [1].")), heading("Literatura")]
    doc = build([*head, *paras], {})
    assert [(e.label, e.line - 3) for e in doc.literature] == expected
