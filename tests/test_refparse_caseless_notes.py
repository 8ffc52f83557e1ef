"""Notes in scripts without capitals, as footnotes (commentary decided first): a place,
a publisher and a year in any digits make a citation, and a year of another calendar
(Hijri, Buddhist era) is kept as written with no malformed field."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.names import family_name
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import find_access_date


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("میثمی، جولی. شعر فارسی. تهران: نشر مرکز، ۱۳۸۹.", "شعر فارسی", 1389),
        (
            "สุนทรี อาสะไวย์, ประวัติคลองรังสิต (กรุงเทพฯ: มหาวิทยาลัยธรรมศาสตร์, 2530), 23.",
            "ประวัติคลองรังสิต",
            2530,
        ),
        ("المقريزي، تقي الدين. السلوك. القاهرة: دار الكتب، ١٩٣٤.", "السلوك", 1934),
    ],
    ids=["persian-solar-hijri", "thai-buddhist-era", "arabic-indic-digits"],
)
def test_caseless_note(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert (ref.kind, ref.title, ref.year) == (RefKind.BOOK, title, year)
    assert AnomalyCode.YEAR_MALFORMED not in {a.code for a in ref.anomalies}


def test_a_caseless_note_without_facts_stays_commentary() -> None:
    ref = parse_reference("برای بحث بیشتر، بخش سوم را ببینید.", (1,), note=True)
    assert ref.kind is RefKind.COMMENTARY


def test_an_out_of_range_year_in_latin_script_is_still_malformed() -> None:
    ref = parse_reference("Smith, J. (2530). A title. London: Verso.", (1,))
    assert ref.year is None


def test_fields_keep_the_digits_and_commas_as_written() -> None:
    ref = parse_reference(
        "بهروزی، علی. نسخهٔ نویافتهٔ ۸۱۱ از غزل‌های حافظ. تهران: نشر مرکز، ۱۳۸۹.", (1,)
    )
    assert ref.title == "نسخهٔ نویافتهٔ ۸۱۱ از غزل‌های حافظ"  # not "811"
    assert ref.authors == ("بهروزی، علی",)
    assert ref.year == 1389


@pytest.mark.parametrize(
    ("author", "family"),
    [("بهروزی، علی", "بهروزی"), ("Smith, John", "smith"), ("Pendergraft WF 3rd", "pendergraft")],
)
def test_family_names_after_an_arabic_comma(author: str, family: str) -> None:
    assert family_name(author) == family


def test_a_web_page_entry_in_arabic() -> None:
    ref = parse_reference(
        "مكتبة الأسد الوطنية. أرشيف وثائق الوقف الشامي. <https://library.example.sy/waqf>.",
        (1,),
        detect_styles=True,
    )
    assert (ref.authors, ref.title) == (("مكتبة الأسد الوطنية",), "أرشيف وثائق الوقف الشامي")


@pytest.mark.parametrize(
    "label",
    ["تاريخ الزيارة", "تاريخ الاطلاع", "תאריך גישה", "אוחזר ב"],
    ids=["ar", "ar2", "he", "he2"],
)
def test_access_date_labels_of_right_to_left_scripts(label: str) -> None:
    found = find_access_date(f"Title. <https://example.org/x>. {label} 12.03.2023.")
    assert found is not None and found.raw == "12.03.2023"
