"""Round 85 (fix85p): notes in the Arabic script (Persian, Arabic, Urdu, Pashto).

* a short note parted by the Arabic comma (Urdu's full stop at its end, Urdu's and Arabic's
  page words) repeats the earlier full note of that author and title
  (:func:`bibcheck.parse.references.repeat.find_repeats`);
* an act named by its kind first, quoted in the Arabic script, then its date's mark and a
  Hijri year ("«قانون …»، مصوب ۱۳۶۵") is a report of that year, as written
  (:func:`bibcheck.parse.references.acts.designated_law`);
* a journal with no volume, its issue alone named ("…، فصلنامه، ش ۸۵ (۱۳۹۸): ۹–۳۴") makes
  the note an article (:func:`bibcheck.parse.references.caseless_facts.tail_facts`).

Every example is invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import designated_law, era_year
from bibcheck.parse.references.caseless_facts import tail_facts
from bibcheck.parse.references.repeat import find_repeats
from tests.growth import growth

# (earlier notes, the short note, the index of the note it repeats or None)
_SHORT_NOTES = [
    # Persian: name, title, page, Persian digits, Arabic commas
    (
        [
            "پرویز صارمی، تاریخ سازهای زهی در ایران (شیراز: نوید، ۱۳۸۱)، ص ۹.",
            "لیلا نوری، موسیقی نواحی خراسان (مشهد: ماه‌جان، ۱۳۹۰)، ص ۳۳.",
        ],
        "صارمی، تاریخ سازهای زهی، ص ۴۴.",
        0,
    ),
    # ... pages named by the plural page word
    (
        ["لیلا نوری، موسیقی نواحی خراسان (مشهد: ماه‌جان، ۱۳۹۰)، ص ۳۳."],
        "نوری، موسیقی نواحی خراسان، صص ۱۲–۱۸.",
        0,
    ),
    # Arabic, Arabic-Indic digits
    (
        [
            "سامي الحلبي، المقامات في الغناء الحلبي (حلب: دار القلم، ١٩٩٤)، ص ١٢.",
            "هدى منصور، آلات الطرب القديمة (بيروت: دار الفارابي، ٢٠٠٨)، ص ٤٠.",
        ],
        "الحلبي، المقامات في الغناء الحلبي، ص ٧٧.",
        0,
    ),
    # ... the Arabic page word spelt out
    (
        ["هدى منصور، آلات الطرب القديمة (بيروت: دار الفارابي، ٢٠٠٨)، ص ٤٠."],
        "منصور، آلات الطرب القديمة، صفحة ٥٥.",
        0,
    ),
    # Urdu: its full stop at the end, its page word
    (
        [
            "ندیم اختر، برصغیر میں راگ کی روایت (لاہور: سنگ میل، ۲۰۰۳)، ص ۱۱۔",
            "ثمینہ رضوی، قوالی کی تاریخ (کراچی: آج، ۲۰۱۲)، ص ۵۔",
        ],
        "رضوی، قوالی کی تاریخ، صفحہ ۸۱۔",
        1,
    ),
    # Pashto: its page word "مخ"
    (
        ["ګل احمد زلمی، د رباب هنر (کابل: میوند، ۱۳۸۸)، مخ ۲۲."],
        "زلمی، د رباب هنر، مخ ۶۰.",
        0,
    ),
]

# Sorani Kurdish: its page word "ل."
_SHORT_NOTES.append(
    (
        ["دارا کەریم، مێژووی گۆرانی کوردی (هەولێر: ئاراس، ٢٠١٠)، ل. ١٢."],
        "کەریم، مێژووی گۆرانی کوردی، ل. ٤٠.",
        0,
    )
)

# near-misses: no earlier note of that author, a full note, another author's title
_NOT_SHORT = [
    (
        ["لیلا نوری، موسیقی نواحی خراسان (مشهد: ماه‌جان، ۱۳۹۰)، ص ۳۳."],
        "کامرانی، موسیقی نواحی خراسان، ص ۱۲.",
    ),
    (
        ["لیلا نوری، موسیقی نواحی خراسان (مشهد: ماه‌جان، ۱۳۹۰)، ص ۳۳."],
        "لیلا نوری، سازهای بادی (تهران: سروش، ۱۳۹۵)، ص ۸.",
    ),
    (
        ["سامي الحلبي، المقامات في الغناء الحلبي (حلب: دار القلم، ١٩٩٤)، ص ١٢."],
        "هذا ما يذكره الحلبي أيضا في مقدمته، وهو رأي لا نأخذ به.",
    ),
]


@pytest.mark.parametrize(("earlier", "short", "target"), _SHORT_NOTES)
def test_arabic_script_short_note_repeats_its_work(
    earlier: list[str], short: str, target: int
) -> None:
    found = find_repeats([*earlier, short])
    rep = found[-1]
    assert rep is not None
    assert rep.kind == "short"
    assert rep.target == target


@pytest.mark.parametrize(("earlier", "text"), _NOT_SHORT)
def test_arabic_script_near_misses_repeat_nothing(earlier: list[str], text: str) -> None:
    assert find_repeats([*earlier, text])[-1] is None


@pytest.mark.parametrize(
    ("text", "ibid"),
    [
        ("همان جا.", True),  # Persian ibid typed with a space, not the joiner
        ("همان جا، ص ۹.", True),
        ("همان‌جا، ص ۹.", True),
        ("همان جا که نوازنده نشسته بود، ساز را کوک کرد.", False),  # prose
    ],
)
def test_persian_ibid_with_a_space(text: str, ibid: bool) -> None:
    earlier = "لیلا نوری، موسیقی نواحی خراسان (مشهد: ماه‌جان، ۱۳۹۰)، ص ۳۳."
    rep = find_repeats([earlier, text])[-1]
    assert (rep is not None and rep.kind == "ibid" and rep.target == 0) is ibid


def test_latin_short_note_unchanged() -> None:
    found = find_repeats(
        ["Ann Vale, *Strings of Fars* (Leeds: Ink, 2001), 4.", "Vale, *Strings*, 9."]
    )
    assert found[-1] is not None and found[-1].target == 0


# (the act, its title, its year)
_ACTS = [
    ("«قانون حمایت از نوازندگان محلی»، مصوب ۱۳۷۲، مادهٔ ۴.", "قانون حمایت از نوازندگان محلی", 1372),
    ("«قانون حمایت از نوازندگان محلی». مصوب ۱۳۷۲.", "قانون حمایت از نوازندگان محلی", 1372),
    (
        "«آیین‌نامهٔ اجرایی قانون نشر آثار صوتی»، مصوب ۱۳۸۰.",
        "آیین‌نامهٔ اجرایی قانون نشر آثار صوتی",
        1380,
    ),
    ("قانون حمایت از نوازندگان محلی، مصوب ۱۳۷۲.", "قانون حمایت از نوازندگان محلی", 1372),
    ("قانون رقم ٧ لسنة ١٤٣٠، المادة ٥.", "قانون رقم ٧", 1430),
    ("«قانون حماية التراث الموسيقي»، لسنة ٢٠٠٤، المادة ٢.", "قانون حماية التراث الموسيقي", 2004),
]


@pytest.mark.parametrize(("text", "title", "year"), _ACTS)
def test_arabic_script_act_is_a_report_of_its_year(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, (0,), detect_styles=True, note=True)
    assert ref.kind is RefKind.REPORT
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    "text",
    [
        # a quoted title opening with the word, but no date's or number's mark after it
        "«نظام آموزش موسیقی در مدارس»، فصلنامهٔ هنر ۱۲ (۱۳۹۰): ۴–۹.",
        # a Latin-script quoted act: not this shape
        "«Закон про культуру», 2010.",
    ],
)
def test_quoted_designation_near_misses(text: str) -> None:
    assert designated_law(text) is None


def test_hijri_year_only_for_arabic_script_acts() -> None:
    assert era_year("مصوب 1372", hijri=True) == 1372
    assert era_year("số 12 năm 1372") is None  # (no Hijri year outside the Arabic script)
    assert era_year("มาตรา 3 พ.ศ. 2560", buddhist=True) == 2017


# (the note, its title, its journal, its year)
_ISSUE_ONLY = [
    (
        "مینا صدری، «جایگاه تصنیف در برنامه‌های رادیو»، ماهنامهٔ نغمه، ش ۴۲ (۱۳۹۶): ۱۰–۲۲.",
        "جایگاه تصنیف در برنامه‌های رادیو",
        "ماهنامهٔ نغمه",
        1396,
    ),
    (
        "كريم داود، «المخطوطات الموسيقية في مكتبات القاهرة»، مجلة الفنون، ع ١٢ (١٤٢٠): ٥–٩.",
        "المخطوطات الموسيقية في مكتبات القاهرة",
        "مجلة الفنون",
        1420,
    ),
    (
        "كريم داود، «الإيقاع في الموشحات الأندلسية»، *مجلة الفنون*، العدد ٣٠ (٢٠١١)، ص ٥.",
        "الإيقاع في الموشحات الأندلسية",
        "مجلة الفنون",
        2011,
    ),
    (
        "عارف ملک، «ٹھمری کی گائیکی کے انداز»، ادبی افق، شمارہ ۷ (۲۰۱۰): ۱۲–۲۰۔",
        "ٹھمری کی گائیکی کے انداز",
        "ادبی افق",
        2010,
    ),
    (
        "ګل احمد زلمی، «د پښتو سندرو زاړه بڼې»، د هنر مجله، ګڼه ۳ (۱۳۹۰): ۴–۱۰.",
        "د پښتو سندرو زاړه بڼې",
        "د هنر مجله",
        1390,
    ),
]


@pytest.mark.parametrize(("text", "title", "journal", "year"), _ISSUE_ONLY)
def test_journal_with_its_issue_alone_is_an_article(
    text: str, title: str, journal: str, year: int
) -> None:
    ref = parse_reference(text, (0,), detect_styles=True, note=True)
    assert ref.kind is RefKind.ARTICLE
    assert ref.title == title
    assert ref.host == journal
    assert ref.year == year


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        # a book's imprint in commas: no journal
        (", تهران: سروش, 1390, ص 12.", None),
        # an issue with no year in parentheses: not read as a journal
        (", ماهنامهٔ نغمه, ش 42, ص 10.", None),
        # a volume and its issue: read as before
        (", ماهنامهٔ نغمه 8, ش 42 (1396): 10–22.", "8"),
    ],
)
def test_issue_alone_near_misses(tail: str, kind: str | None) -> None:
    facts = tail_facts(tail)
    if kind is None:
        assert facts is None or facts.container is None
    else:
        assert facts is not None and facts.volume == kind


def test_book_note_stays_a_book() -> None:
    text = "لیلا نوری، *موسیقی نواحی خراسان* (مشهد: ماه‌جان، ۱۳۹۰)، ص ۳۳."
    ref = parse_reference(text, (0,), detect_styles=True, note=True)
    assert ref.kind is RefKind.BOOK
    assert ref.year == 1390


@pytest.mark.parametrize("unit", ["ماهنامه ", "ش ", "«قانون ", "، ", "*ن"])
def test_linear(unit: str) -> None:
    assert growth(lambda n: tail_facts(", " + unit * n + ", ش 4 (1390)"), 200, 800) < 6
    assert growth(lambda n: designated_law("«قانون " + unit * n + "» مصوب"), 200, 800) < 6
    assert growth(lambda n: find_repeats(["نام، " + unit * n + "، ص ۴."]), 200, 800) < 6
