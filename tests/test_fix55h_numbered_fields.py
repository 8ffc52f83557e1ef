"""LibreOffice's bibliography in a .docx: ``CITATION "n"`` fields printing numbers.

LibreOffice saves its bibliography fields as Word ``CITATION`` fields whose tag is the
entry's identifier (often its number) and whose result is the number shown, with typed
brackets around it or in superscript, and its list as a ``BIBLIOGRAPHY`` field holding
``[n] …``; no ``customXml`` source store stands behind the fields.  With a few notes of
the document's own beside them, the printed numbers still cite list entry n (the notes
keep their numbers).  Each package is built here; expected results are by hand.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from tests.test_docx_citation_fields import B, codes, fld, parse, person, source
from tests.test_fix50d_unused_word_sources import bibliography_field
from tests.test_reader_docx import note, p, ref, t


def bracketed(n: int) -> str:
    return t(" [") + fld(f' CITATION "{n}"', str(n)) + t("]")


def superscript(n: int) -> str:
    return fld(f' CITATION  "{n}"', str(n))


LIST = bibliography_field(
    "[1]   Okafor C, Lindqvist E. Natriuretic peptides in chronic kidney disease. "
    "Kidney Int,2016;89:101-12",
    "[2]   Brandt HJ. Perioperative troponin release after hip surgery. Br J Anaesth,2011;107:44-50",
    "[3]   Yamada K, Ortiz R. Wall stress and peptide secretion. J Card Fail,2014;20:301-9",
)


def body(cite: object, extra: int | None = None) -> list[str]:
    c = cite  # bracketed or superscript
    assert callable(c)
    paras = [
        p(t("Perioperative cardiac risk"), style="Title"),  # 1
        p(t("Peptides rise in renal failure"), c(1), t(" and after surgery"), c(2), t(".")),  # 2
        p(t("Wall stress drives secretion"), c(3), t("; the kidney clears it"), c(1), t(".")),
        p(t("All samples were frozen at -80 °C"), ref(1), t(".")),  # 4
    ]
    if extra is not None:
        paras.append(p(t("Older cohorts agree"), c(extra), t(".")))  # 5
    return [*paras, p(t("References"), style="Heading1"), *LIST]


OWN_NOTE = [note(1, t("Two samples were thawed twice and left out."))]


def tied(doc: ParsedDocument) -> dict[str, tuple[list[int], int | None]]:
    return {
        f.label: (
            sorted({m.line for m in f.markers}),
            f.literature.number if f.literature is not None else None,
        )
        for f in doc.footnotes
    }


@pytest.mark.parametrize("cite", [bracketed, superscript])
def test_numbered_fields_beside_notes_cite_the_list(cite: object) -> None:
    doc = parse(body(cite), footnotes=OWN_NOTE)
    assert tied(doc) == {
        "1": ([4], None),  # the document's own note keeps its number
        "[1]": ([2, 3], 1),
        "[2]": ([2], 2),
        "[3]": ([3], 3),
    }
    found = codes(doc)
    assert C.CITATION_KEY_MISSING not in found
    assert C.LITERATURE_UNCITED not in found
    assert C.UNREAD_REGION not in found


@pytest.mark.parametrize("notes", [OWN_NOTE, None])
def test_a_number_the_list_lacks_is_missing(notes: list[str] | None) -> None:
    doc = parse(body(bracketed, extra=7), footnotes=notes)
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.line, "7" in a.message) for a in missing] == [(5, True)]


def test_no_notes_numbered_fields_as_before() -> None:
    doc = parse(body(bracketed))
    assert {f.label: f.literature and f.literature.number for f in doc.footnotes} == {
        "[1]": 1,
        "[2]": 2,
        "[3]": 3,
    }
    assert C.LITERATURE_UNCITED not in codes(doc)


def test_uncited_entry_is_still_reported() -> None:
    paras = body(bracketed)
    paras[2] = p(t("Wall stress drives secretion"), bracketed(1), t("."))  # [3] cited no more
    doc = parse(paras, footnotes=OWN_NOTE)
    uncited = [a for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]
    assert len(uncited) == 1 and "3" in uncited[0].message


# negative: Word's own manager, its works in the source store, stays a citation by key
STORE = (
    f'<b:Sources xmlns:b="{B}" xmlns="{B}" SelectedStyle="\\IEEE2006OfficeOnline.xsl">'
    + source(
        "Oka16",
        "JournalArticle",
        "<b:Title>Natriuretic peptides in chronic kidney disease</b:Title><b:Year>2016</b:Year>"
        "<b:JournalName>Kidney Int</b:JournalName><b:RefOrder>1</b:RefOrder>",
        person("Okafor", "Chidi"),
    )
    + "</b:Sources>"
)


def test_store_backed_fields_beside_notes_stay_keyed() -> None:
    paras = [
        p(t("Renal failure"), style="Title"),
        p(t("Peptides rise in renal failure "), fld(" CITATION Oka16 \\l 1033 ", "[1]"), t(".")),
        p(t("All samples were frozen"), ref(1), t(".")),
    ]
    doc = parse(paras, {"customXml/item1.xml": STORE}, footnotes=OWN_NOTE)
    labels = {f.label for f in doc.footnotes}
    assert "[1]" not in labels
    assert "Oka16" in labels
    assert C.CITATION_KEY_MISSING not in codes(doc)
