"""A Mendeley/Zotero list extended by hand, cited as typed author-date text.

The fields tie their own works; the entries the author added to the rendered list are
looked for in the text by name and year ("Ormrod (2008)", "(Baron & Byrne, 2005)")
before they are called uncited.  Word's source store of a template (``customXml``
``b:Source``s) that no field cites and the visible list does not show gives no entry.
Each package is built here; expected results are by hand.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from tests.test_docx_citation_fields import B, fld, heading, parse, person, source
from tests.test_docx_citation_fields import mendeley as mendeley_field
from tests.test_reader_docx import p, t

UUID = "5a0c9e1f-0001-4d2b-8f3e-1b2c3d4e5f60"
ITEM: dict[str, Any] = {
    "type": "article-journal",
    "title": "Mental health literacy among Indonesian adolescents",
    "author": [{"family": "Wibowo", "given": "Sari"}],
    "issued": {"date-parts": [["2015"]]},
    "container-title": "Jurnal Psikologi",
}


def field_list(*entries: str) -> list[str]:
    """A Mendeley bibliography field whose result holds ``entries`` (the ones after the
    first typed into it by hand)."""
    first, *rest = entries
    paras = [
        p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve">ADDIN Mendeley Bibliography '
            "CSL_BIBLIOGRAPHY </w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            t(escape(first)),
        ),
        *(p(t(escape(e))) for e in rest),
    ]
    paras[-1] = paras[-1].replace("</w:p>", '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return paras


LIST = field_list(
    "Wibowo, S. (2015). Mental health literacy among Indonesian adolescents. "
    "Jurnal Psikologi, 12(1), 20–31.",
    "Kowalczyk, T., & Amadi, R. (2005). Social psychology of the classroom. Boston: Pearson.",
    "Lindahl, M. (2008). Educational psychology: Developing learners. Upper Saddle River: Merrill.",
    "Quispe, H. (2011). School climate and absence. Lima: Fondo Editorial.",
)


def body(typed_lindahl: str) -> list[str]:
    return [
        p(t("Kesehatan mental siswa"), style="Title"),  # 1
        p(
            t("Literasi kesehatan mental masih rendah "),
            fld(
                mendeley_field((UUID, ITEM)).replace("Duarte, 2016", "Wibowo, 2015"),
                "(Wibowo, 2015)",
            ),
            t("."),
        ),  # 2
        p(t(escape("Iklim kelas memengaruhi perilaku (Kowalczyk & Amadi, 2005)."))),  # 3
        p(t(escape(typed_lindahl))),  # 4
        heading("DAFTAR PUSTAKA"),  # 5
        *LIST,
    ]


def uncited(doc: ParsedDocument) -> list[str]:
    numbers = [a.literature_entry for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]
    by_number = {e.number: e.reference.title or "" for e in doc.literature}
    found = []
    for a in doc.all_anomalies():
        if a.code is C.LITERATURE_UNCITED:
            n = a.literature_entry or next(
                (k for k in by_number if f"entry {k} " in a.message), None
            )
            found.append(by_number.get(n, "?") if n is not None else "?")
    assert len(found) == len(numbers)
    return sorted(found)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # "Lindahl (2008)" typed in the text: only Quispe 2011 is uncited
        ("Menurut Lindahl (2008), motivasi belajar tumbuh dari dalam.", ["School climate"]),
        # negative: the name without its year cites nothing
        ("Lindahl menulis tentang motivasi belajar.", ["Educational psychology", "School"]),
        # negative: the year of another work of the author cites nothing
        ("Menurut Lindahl (2019), motivasi belajar tumbuh.", ["Educational psychology", "School"]),
    ],
)
def test_typed_citations_of_hand_added_entries(typed: str, expected: list[str]) -> None:
    doc = parse(body(typed))
    found = uncited(doc)
    assert [any(f.startswith(e) for f in found) for e in expected] == [True] * len(expected)
    assert len(found) == len(expected)
    assert C.CITATION_KEY_MISSING not in [a.code for a in doc.all_anomalies()]
    assert C.UNREAD_REGION not in [a.code for a in doc.all_anomalies()]
    linked = {
        f.literature.number: sorted(m.line for m in f.markers)
        for f in doc.footnotes
        if f.literature
    }
    assert linked[2] == [3]  # "(Kowalczyk & Amadi, 2005)" typed at paragraph 3
    assert (3 in linked) is (expected == ["School climate"])


STORE = (
    f'<b:Sources xmlns:b="{B}" xmlns="{B}" SelectedStyle="\\APASixthEditionOfficeOnline.xsl">'
    + source(
        "Zuk14",
        "Book",
        "<b:Title>Template sample source</b:Title><b:Year>2014</b:Year>",
        person("Zukowski", "Adam"),
    )
    + source(
        "Tau15",
        "JournalArticle",
        "<b:Title>Another sample of the template</b:Title><b:Year>2015</b:Year>",
        person("Tauber", "Lena"),
    )
    + "</b:Sources>"
)


@pytest.mark.parametrize("store", [True, False])
def test_a_template_store_gives_no_entries(store: bool) -> None:
    parts = {"customXml/item1.xml": STORE} if store else {}
    doc = parse(body("Menurut Lindahl (2008), motivasi belajar tumbuh."), parts)
    titles = [e.reference.title or "" for e in doc.literature]
    assert len(titles) == 4
    assert not any("sample" in title for title in titles)
