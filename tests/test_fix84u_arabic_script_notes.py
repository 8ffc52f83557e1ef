"""Notes and entries in the Arabic script (Urdu, Persian, Arabic) with their own marks: the
Urdu full stop "۔" ending the name and the title as ". " does, a title quoted right to left
(``’…‘``, ``”…“``: the quote a reader sees first typed first), and the op. cit. words after
an author's name (Urdu "محولہ بالا", Arabic "مرجع سابق" / "المصدر السابق", Persian "منبع
پیشین"); Latin apostrophes and prose that opens with the same words stay as they were."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.native_stops import latin_stops, ltr_quotes
from bibcheck.parse.references.repeat import find_repeats
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("’نئی کتاب‘، لاہور", "“نئی کتاب”، لاہور"),
        ("”كتاب جديد“، بيروت", "“كتاب جديد”، بيروت"),
        ("نام، ’پہلا عنوان‘ اور ’دوسرا عنوان‘۔", "نام، “پہلا عنوان” اور “دوسرا عنوان”۔"),
        # near misses: Latin apostrophes and Latin quotes, and a quote never closed
        ("Smith’s ‘Ports’ and Jones‘s view", "Smith’s ‘Ports’ and Jones‘s view"),
        ("’Latin words‘ here", "’Latin words‘ here"),
        ("Qur’an, ’ulama", "Qur’an, ’ulama"),
        ("’عنوان بغیر اختتام", "’عنوان بغیر اختتام"),
    ],
)
def test_ltr_quotes(text: str, want: str) -> None:
    assert ltr_quotes(text) == want
    assert len(ltr_quotes(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("رضا، احمد۔ عنوان۔", "رضا, احمد. عنوان."),
        ("Name. Title.", "Name. Title."),
    ],
)
def test_urdu_full_stop(text: str, want: str) -> None:
    assert latin_stops(text) == want


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        # a note: "Name، ’Title‘، Journal …۔"
        (
            "احمد رضا، ’دیہات میں پانی کی فراہمی کا مسئلہ‘، ماہنامہ دیہی ترقی 8، شمارہ 2"
            " (2009): 11–20۔",
            ("احمد رضا",),
            "دیہات میں پانی کی فراہمی کا مسئلہ",
            2009,
        ),
        # the list's form: "Family، Given۔ ’Title‘۔ Journal …۔"
        (
            "رضا، احمد۔ ’دیہات میں پانی کی فراہمی کا مسئلہ‘۔ ماہنامہ دیہی ترقی 8، شمارہ 2"
            " (2009): 11–20۔",
            ("رضا، احمد",),
            "دیہات میں پانی کی فراہمی کا مسئلہ",
            2009,
        ),
        # Arabic, the double quotes right to left
        (
            "محمد الأمين، ”تاريخ الطب في المغرب“، مجلة الدراسات 4، العدد 2 (2003): 33–50.",
            ("محمد الأمين",),
            "تاريخ الطب في المغرب",
            2003,
        ),
        # a newspaper's report, no author; a comma inside the quoted title
        (
            "’شہر میں نئی لائبریری کا افتتاح‘، روزنامہ ایکسپریس (لاہور)، 3 مارچ 2004، ص 2۔",
            (),
            "شہر میں نئی لائبریری کا افتتاح",
            2004,
        ),
        (
            "صائمہ خان، ’سندھ میں دائیوں کی تربیت، 1950–1980‘ (ایم فل مقالہ، جامعہ کراچی،"
            " 2012)، ص 20۔",
            ("صائمہ خان",),
            "سندھ میں دائیوں کی تربیت، 1950–1980",
            2012,
        ),
        # a book in italics, the list's form
        (
            "اختر، نعیم۔ *کراچی کی بندرگاہ کی تاریخ*۔ کراچی: ادارہ مطبوعات، 1999۔",
            ("اختر، نعیم",),
            "کراچی کی بندرگاہ کی تاریخ",
            1999,
        ),
    ],
)
def test_urdu_quoted_titles(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.authors, ref.title) == (authors, title)
    assert ref.year == year


_UR_BOOK = "نعیم اختر، *کراچی کی بندرگاہ کی تاریخ* (کراچی: ادارہ مطبوعات، 1999)، ص 14۔"
_EN_BOOK = "John Miller, Temple Towns of the South (London: Faber, 1982), 5."
_EN_OTHER = "Aditi Rao, Lamps of the Delta (Delhi: Penguin, 1999), 40."
_AR_BOOK = "محمد الأمين، تاريخ الطب في المغرب (الرباط: دار الأمان، 2003)، ص 5."
_FA_BOOK = "علی کریمی، تاریخ پزشکی ایران (تهران: نشر نی، 1380)، ص 5."


@pytest.mark.parametrize(
    ("texts", "target", "locator"),
    [
        ([_EN_BOOK, _EN_OTHER, "Miller، محولہ بالا، ص 9۔"], 0, "9"),
        ([_UR_BOOK, _EN_OTHER, "اختر، محولہ بالا، ص 7۔"], 0, "7"),
        ([_UR_BOOK, _EN_OTHER, "اختر، محولۂ بالا۔"], 0, None),
        ([_AR_BOOK, _EN_OTHER, "الأمين، مرجع سابق، ص 12."], 0, "12"),
        ([_AR_BOOK, _EN_OTHER, "الأمين، المصدر السابق، ص 12."], 0, "12"),
        ([_FA_BOOK, _EN_OTHER, "کریمی، منبع پیشین، ص 8."], 0, "8"),
        ([_FA_BOOK, _EN_OTHER, "کریمی، پیشین، ص 8."], 0, "8"),
    ],
)
def test_arabic_script_op_cit(texts: list[str], target: int, locator: str | None) -> None:
    rep = find_repeats(texts)[-1]
    assert rep is not None
    assert (rep.kind, rep.target, rep.locator) == ("op-cit", target, locator)


@pytest.mark.parametrize(
    ("first", "text"),
    [
        (_UR_BOOK, "محولہ بالا کتاب میں مصنف نے یہی لکھا ہے۔"),
        # "پیشین گوئی" (a forecast) is no "پیشین" (the earlier one)
        (_FA_BOOK, "کریمی، پیشین گوئی‌های هواشناسی، تهران، 1390."),
        (_UR_BOOK, "اختر، مرجع سابقہ کا ذکر۔"),
        (_UR_BOOK, _EN_OTHER),
    ],
)
def test_arabic_script_prose_is_no_repeat(first: str, text: str) -> None:
    assert find_repeats([first, text])[-1] is None


@pytest.mark.parametrize(
    "unit",
    ["’" + "عنوان ", "’ع", "”ع‘"],
)
def test_linear_rtl_quotes(unit: str) -> None:
    assert growth(lambda n: ltr_quotes(unit * n), 200, 800) < 6


@pytest.mark.parametrize("unit", ["نام ", "نام، ", "ن."])
def test_linear_arabic_op_cit(unit: str) -> None:
    assert growth(lambda n: find_repeats([_UR_BOOK, unit * n + "، محولہ بالا"]), 200, 800) < 6
