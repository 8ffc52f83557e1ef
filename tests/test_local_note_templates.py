"""Note templates of the other Wikipedias ({{הערה|…}} numbered with the <ref> notes, named
with שם= and reused; {{ملاحظة}}, {{یادداشت}}, {{примечание}} lettered like {{efn}}) and the
Arabic citation templates' parameters without the article (مسار=, تاريخ=, عمل=) and
{{استشهاد بتقرير}}.  Snippets written for these tests in the patterns of those pages."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument, RefKind


def read(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "page.wiki")


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    return sorted(found, key=lambda x: (x[1], x[0]))


_HE_PAGE = """'''עין הדס''' הוא מעיין בגליל.{{הערה|שם=לוין|דן לוין, '''מעיינות הגליל''', חיפה: הוצאת הצפון, 1988, עמ' 14.}}
המים זורמים כל השנה.{{הערה|{{קישור כללי|כתובת=https://example.org.il/ein|כותרת=עין הדס|אתר=רשות|תאריך=2020}}}} ליד המעיין יש טחנה.{{הערה|שם=לוין}}
הטחנה שוקמה.{{הערה|ראו גם [https://example.org.il/mill דף הטחנה], 2019.}}

== קישורים חיצוניים ==
* [https://example.org.il/park אתר הגן]

== הערות שוליים ==
{{הערות שוליים}}
"""


def test_hebrew_notes_are_numbered_named_and_reused() -> None:
    doc = read(_HE_PAGE)
    assert markers(doc) == [("1", 1), ("1", 2), ("2", 2), ("3", 3)]
    assert {f.label for f in doc.footnotes} == {"1", "2", "3"}
    web = next(f for f in doc.footnotes if f.label == "2").reference
    assert web is not None
    assert web.url == "https://example.org.il/ein"
    assert web.kind is RefKind.WEB
    # links inside notes or under the external-links heading are no citations of their own
    assert not any(f.label.startswith("L") for f in doc.footnotes)


def test_note_text_given_by_name() -> None:
    page = (
        "'''נושא''' [[קישור]]. Text.{{הערה|1=[https://example.org.il/q?a=1 דף], 2020.}} More."
        "{{הערה|שם=x|1=Dana Levi, ''Springs'', Haifa: Hill, 1999.}}\n"
    )
    doc = read(page)
    assert markers(doc) == [("1", 1), ("2", 1)]
    assert parse_bytes(page.encode(), "page.txt").reader == "mediawiki"
    refs = {f.label: f.reference for f in doc.footnotes}
    assert refs["1"].url == "https://example.org.il/q?a=1"
    # (the ''italic'' title is kept marked, *Springs*, as the rst and Markdown readers keep it)
    assert refs["2"].raw.startswith("Dana Levi, *Springs*")
    assert refs["2"].title == "Springs"


@pytest.mark.parametrize(
    ("template", "name_param"),
    [
        pytest.param("ملاحظة", "اسم", id="ar-efn"),
        pytest.param("یادداشت", "نام", id="fa-efn"),
        pytest.param("примечание", "name", id="ru-efn"),
    ],
)
def test_local_explanatory_notes_are_lettered(template: str, name_param: str) -> None:
    page = (
        f"Text one.{{{{{template}|{name_param}=n1|A remark about the spelling.}}}} "
        f"Text two.<ref>Plain source, 1999.</ref> Again.{{{{{template}|{name_param}=n1}}}}\n"
        "\n== Notes ==\n{{notelist}}\n{{reflist}}\n"
    )
    doc = read(page)
    assert markers(doc) == [("1", 1), ("a", 1), ("a", 1)]
    remark = next(f for f in doc.footnotes if f.label == "a")
    assert remark.reference is not None
    assert remark.reference.kind is RefKind.COMMENTARY


def _ar_page(template: str) -> str:
    return "'''وادي''' نص.<ref>" + template + "</ref> نص آخر.\n\n== المراجع ==\n{{مراجع}}\n"


@pytest.mark.parametrize(
    ("template", "want"),
    [
        pytest.param(
            "{{استشهاد ويب|مسار=https://example.org/ar/wadi|عنوان=دليل الوادي|"
            "ناشر=الهيئة|تاريخ=2021-04-07|تاريخ الوصول=2023-01-02}}",
            {"kind": RefKind.WEB, "url": "https://example.org/ar/wadi", "title": "دليل الوادي",
             "year": 2021, "publisher": "الهيئة"},
            id="ar-web-bare-names",
        ),
        pytest.param(
            "{{استشهاد بخبر|مسار=https://news.example.org/a?id=7|عنوان=خبر الوادي|"
            "عمل=وكالة الأنباء|تاريخ=2019-11-02}}",
            {"kind": RefKind.ARTICLE, "url": "https://news.example.org/a?id=7",
             "host": "وكالة الأنباء", "year": 2019},
            id="ar-news-bare-names",
        ),
        pytest.param(
            "{{استشهاد بتقرير|المؤلف=هيئة المياه|العنوان=تقرير الموارد المائية|السنة=2016|"
            "الناشر=هيئة المياه}}",
            {"kind": RefKind.REPORT, "title": "تقرير الموارد المائية", "year": 2016},
            id="ar-report",
        ),
        pytest.param(
            "{{یادکرد گزارش|عنوان=گزارش آب|سال=2015|ناشر=وزارت نیرو}}",
            {"kind": RefKind.REPORT, "title": "گزارش آب", "year": 2015},
            id="fa-report",
        ),
        pytest.param(
            "{{קישור כללי|כתובת=https://example.org.il/x|הכותב=רונית כץ|כותרת=דף|"
            "תאריך_וידוא=2024-03-12}}",
            {"kind": RefKind.WEB, "authors": ("רונית כץ",), "url": "https://example.org.il/x"},
            id="he-link-author",
        ),
    ],
)  # fmt: skip
def test_bare_arabic_parameters(template: str, want: dict[str, Any]) -> None:
    doc = read(_ar_page(template))
    [note] = doc.footnotes
    ref = note.reference
    assert ref is not None
    for name, value in want.items():
        assert getattr(ref, name) == value, name
    assert AnomalyCode.URL_MISSING not in {a.code for a in ref.anomalies}
