"""The pages cited in notes of caseless scripts, marked in the script's own way."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "pages"),
    [
        ("مریم احمدی، شهر و بازار، شیراز: نوید، ۱۳۸۵، صص. ۴۰–۵۲.", "شهر و بازار", "40–52"),
        ("مریم احمدی، شهر و بازار، شیراز: نوید، ۱۳۸۵، ص. ۷.", "شهر و بازار", "7"),
        ("خالد سعيد، *تاريخ الموانئ* (بيروت: دار العلم، ١٩٩٢)، ص ٨٨.", "تاريخ الموانئ", "88"),
        ("דוד לוי, הנמל והעיר, חיפה: פרדס, 2001, עמ' 14–19.", "הנמל והעיר", "14–19"),
    ],
    ids=["persian-pages", "persian-page", "arabic-page", "hebrew-pages"],
)
def test_caseless_note_pages(text: str, title: str, pages: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.title == title
    assert ref.pages is not None
    assert (
        ref.pages.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")) == pages
    )
