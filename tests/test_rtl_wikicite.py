"""Citation templates of the Arabic, Persian, Urdu and Hebrew Wikipedias, with their own
parameter names ({{استشهاد بكتاب|الأخير=|العنوان=}}, {{یادکرد وب|نشانی=}},
{{حوالہ کتاب|مصنف=}}, {{צ-ספר|מחבר=|שם=|מו"ל=}}).  Snippets written for these tests in the
patterns of those Wikipedias' articles."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind


def page(template: str) -> str:
    """A wiki page whose one note is ``template``."""
    return (
        "'''Qanat''' is a water channel.<ref>" + template + "</ref> More text.\n\n"
        "== References ==\n<references />\n"
    )


_CASES = [
    pytest.param(
        "{{استشهاد بكتاب|الأخير=Haddad|الأول=Samir|العنوان=Water Law in the Gulf|"
        "الناشر=Gulf Press|المكان=Doha|السنة=1988|الصفحات=12–19}}",
        {"kind": RefKind.BOOK, "title": "Water Law in the Gulf", "year": 1988,
         "authors": ("Haddad, Samir",), "publisher": "Gulf Press", "place": "Doha"},
        id="ar-book",
    ),
    pytest.param(
        "{{استشهاد بدورية محكمة|الأخير1=Nasser|الأول1=Ali|الأخير2=Omar|الأول2=Huda|"
        "العنوان=Canal upkeep in dry valleys|الصحيفة=Arid Studies|المجلد=4|العدد=1|"
        "السنة=2011|دوي=10.9999/arid.2011.4}}",
        {"kind": RefKind.ARTICLE, "title": "Canal upkeep in dry valleys", "year": 2011,
         "authors": ("Nasser, Ali", "Omar, Huda"), "host": "Arid Studies", "volume": "4",
         "issue": "1", "doi": "10.9999/arid.2011.4"},
        id="ar-journal-doi",
    ),
    pytest.param(
        "{{استشهاد ويب|المسار=https://example.org/canals|العنوان=سجل القنوات|"
        "الموقع=الهيئة|تاريخ الوصول=2023-05-02}}",
        {"kind": RefKind.WEB, "title": "سجل القنوات", "url": "https://example.org/canals",
         "host": "الهيئة"},
        id="ar-web",
    ),
    pytest.param(
        "{{یادکرد وب|نشانی=https://example.ir/kariz|عنوان=کاریزهای یزد|وبگاه=میراث|"
        "تاریخ بازبینی=2022-11-03|زبان=fa}}",
        {"kind": RefKind.WEB, "title": "کاریزهای یزد", "url": "https://example.ir/kariz",
         "language": "fa"},
        id="fa-web",
    ),
    pytest.param(
        "{{یادکرد کتاب|نام خانوادگی=Rahimi|نام=Parviz|عنوان=Qanats of Yazd|ناشر=Sokhan|"
        "مکان=Tehran|سال=2004}}",
        {"kind": RefKind.BOOK, "title": "Qanats of Yazd", "year": 2004,
         "authors": ("Rahimi, Parviz",), "place": "Tehran"},
        id="fa-book",
    ),
    pytest.param(
        "{{حوالہ ویب|یو آر ایل=https://example.pk/karez|عنوان=Karez of Balochistan|"
        "ناشر=Archive Board|تاریخ رسائی=2021-08-09}}",
        {"kind": RefKind.WEB, "title": "Karez of Balochistan", "url": "https://example.pk/karez"},
        id="ur-web",
    ),
    pytest.param(
        "{{צ-ספר|מחבר=Dana Levi|שם=Springs of the Hills|מו\"ל=Hill Press|"
        "מקום הוצאה=Haifa|שנת הוצאה=1999|עמודים=10–20}}",
        {"kind": RefKind.BOOK, "title": "Springs of the Hills", "year": 1999,
         "authors": ("Dana Levi",), "publisher": "Hill Press", "place": "Haifa"},
        id="he-book",
    ),
    pytest.param(
        "{{צ-מאמר|מחבר=Noam Peretz|שם=Terraces and runoff|כתב עת=Hill Studies|כרך=7|"
        "שנת הוצאה=2015|doi=10.9999/hs.7.3}}",
        {"kind": RefKind.ARTICLE, "title": "Terraces and runoff", "year": 2015,
         "host": "Hill Studies", "volume": "7", "doi": "10.9999/hs.7.3"},
        id="he-article-doi",
    ),
    pytest.param(
        "{{קישור כללי|כתובת=https://example.org.il/springs|כותרת=מעיינות|אתר=רשות|"
        "תאריך=4 במאי 2019}}",
        {"kind": RefKind.WEB, "title": "מעיינות", "url": "https://example.org.il/springs",
         "year": 2019},
        id="he-link",
    ),
]  # fmt: skip


def read_template(template: str, want: dict[str, Any]) -> set[AnomalyCode]:
    """The anomaly codes of the note a page of ``template`` has, once its reference's
    fields are checked against ``want``."""
    doc = parse_bytes(page(template).encode(), "page.wiki")
    [note] = doc.footnotes
    ref = note.reference
    assert ref is not None
    for name, value in want.items():
        assert getattr(ref, name) == value, name
    return {a.code for a in ref.anomalies}


@pytest.mark.parametrize(("template", "want"), _CASES)
def test_localised_template_fields(template: str, want: dict[str, Any]) -> None:
    codes = read_template(template, want)
    assert AnomalyCode.URL_MISSING not in codes
    assert AnomalyCode.ACCESS_DATE_INVALID not in codes
