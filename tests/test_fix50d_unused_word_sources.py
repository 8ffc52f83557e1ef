"""Word's source store (``customXml`` ``b:Sources``) is a library, not the reference list.

A source in the store becomes a literature entry only when the document uses it: a
CITATION field cites it (in the body or in a note), or a BIBLIOGRAPHY field prints the
store.  Sources nobody cites never join a typed list nor shift its numbers.  Each
package is built here; expected results are written by hand.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from tests.test_docx_citation_fields import B, codes, fld, heading, parse, person, source
from tests.test_reader_docx import note, p, ref, t

STORE = (
    f'<b:Sources xmlns:b="{B}" xmlns="{B}" SelectedStyle="\\GOSTName.XSL">'
    + source(
        "Ива10",
        "Book",
        "<b:Title>Теория упругости</b:Title><b:Year>2010</b:Year>"
        "<b:Publisher>Наука</b:Publisher><b:City>Москва</b:City>",
        person("Иванов", "Пётр"),
    )
    + source(
        "Kle98",
        "JournalArticle",
        "<b:Title>Wave loads on offshore piles</b:Title><b:Year>1998</b:Year>"
        "<b:JournalName>Ocean Engineering</b:JournalName>",
        person("Klein", "Hanna"),
    )
    + source(
        "Mor05",
        "Book",
        "<b:Title>Numerical methods for shells</b:Title><b:Year>2005</b:Year>",
        person("Moreau", "Jean"),
    )
    + "</b:Sources>"
)
PARTS = {"customXml/item1.xml": STORE}

TYPED = [
    p(t("Расчёт оболочек"), style="Title"),  # 1
    p(t("Метод конечных элементов описан в работе [2], а его сходимость — в [3].")),  # 2
    p(t("Граничные условия выбраны, как в [1].")),  # 3
    heading("Список литературы"),  # 4
    p(t("1. Смирнов А. Б. Строительная механика. — М.: Стройиздат, 2001. — 320 с.")),  # 5
    p(t("2. Zienkiewicz O. C. The finite element method. — London: McGraw-Hill, 1977.")),  # 6
    p(t("3. Кузнецов В. В. Сходимость сеточных методов // Вестник МГУ. 2012. № 4. С. 5–19.")),
]


def literature(doc: ParsedDocument) -> list[tuple[str, str]]:
    return [(e.label, e.reference.title or "") for e in doc.literature]


def cited_titles(doc: ParsedDocument) -> dict[str, str]:
    """The title of the list entry each cited number resolves to."""
    by_number = {e.number: e.reference.title or "" for e in doc.literature}
    return {
        f.label: by_number[f.literature.number]
        for f in doc.footnotes
        if f.literature is not None and f.markers
    }


@pytest.mark.parametrize("store", [True, False])
def test_unused_stored_sources_do_not_shift_a_typed_list(store: bool) -> None:
    doc = parse(TYPED, PARTS if store else {})
    assert [label for label, _ in literature(doc)] == ["1", "2", "3"]
    titles = cited_titles(doc)
    assert titles["1"].startswith("Строительная механика")
    assert titles["2"].startswith("The finite element method")
    assert titles["3"].startswith("Сходимость сеточных методов")
    assert C.LITERATURE_UNCITED not in codes(doc)
    assert C.CITATION_KEY_MISSING not in codes(doc)


CITED = [
    p(t("Wave loads"), style="Title"),  # 1
    p(t("Piles fail under wave loads "), fld(" CITATION Kle98 \\l 1033 ", "(Klein, 1998)"), t(".")),
    p(t("Shells are solved numerically"), ref(1), t(".")),  # 3
]
CITED_NOTES = [note(1, fld(" CITATION Mor05 \\l 1033 ", "Moreau, 2005."))]


@pytest.mark.parametrize(
    ("body", "notes", "expected"),
    [
        # cited in the body and in a note: both entries; the uncited Ива10 is none
        (CITED, CITED_NOTES, ["Kle98", "Mor05"]),
        # cited in the body only: the note is plain text
        (CITED, [note(1, t("Moreau, numerical methods, 2005."))], ["Kle98"]),
    ],
)
def test_cited_stored_sources_stay_entries(
    body: list[str], notes: list[str], expected: list[str]
) -> None:
    doc = parse(body, PARTS, footnotes=notes)
    assert sorted(e.label for e in doc.literature) == expected
    assert C.LITERATURE_UNCITED not in codes(doc)


def bibliography_field(*entries: str) -> list[str]:
    first, *rest = entries
    paras = [
        p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> BIBLIOGRAPHY </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            t(first),
        )
    ]
    paras += [p(t(entry)) for entry in rest]
    paras[-1] = paras[-1].replace("</w:p>", '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return paras


PRINTED = bibliography_field(
    "Klein, H. (1998). Wave loads on offshore piles. Ocean Engineering.",
    "Moreau, J. (2005). Numerical methods for shells.",
    "Иванов, П. (2010). Теория упругости. Москва: Наука.",
)


@pytest.mark.parametrize(
    ("body", "uncited"),
    [
        # a BIBLIOGRAPHY field prints the store: every stored work is an entry, once, and
        # the works nobody cites are reported uncited (as before)
        ([*CITED[:2], heading("References"), *PRINTED], 2),
        # the printed store with no citation field: read from the store, not twice (nothing
        # is cited at all, so no entry is reported uncited)
        ([p(t("Wave loads"), style="Title"), heading("References"), *PRINTED], 0),
    ],
)
def test_a_printed_store_keeps_its_works(body: list[str], uncited: int) -> None:
    doc = parse(body, PARTS)
    assert sorted(e.label for e in doc.literature) == ["Kle98", "Mor05", "Ива10"]
    found = [a for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]
    assert len(found) == uncited
