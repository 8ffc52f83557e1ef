"""Names, organisations and journals in scripts without capitals, and European entries in
an Arabic list.

Fixtures are invented works written in the patterns of Korean KCI/APA and Vancouver lists,
Persian APA lists and Arabic Chicago-like bibliographies.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.script_names import joined_people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("윤지수·박태호·오민아", ("윤지수", "박태호", "오민아"), id="ko-middle-dot"),
        pytest.param("大野恵・北川修", ("大野恵", "北川修"), id="ja-nakaguro"),
        pytest.param("ルイーズ・ハートマン", None, id="ja-katakana-one-person"),
        pytest.param("ابراهیمی، سارا و کاظمی، امید", ("ابراهیمی، سارا", "کاظمی، امید"), id="fa-va"),
        pytest.param(
            "موسوی، نیما؛ رحیمی، آزاده و صادقی، بهرام",
            ("موسوی، نیما", "رحیمی، آزاده", "صادقی، بهرام"),
            id="fa-semicolon-then-va",
        ),
        pytest.param("العمري، خالد و الزين، هالة", ("العمري، خالد", "الزين، هالة"), id="ar-wa"),
        pytest.param("وزارت نیرو و سازمان محیط زیست", None, id="fa-organisations-not-split"),
        pytest.param("رضوی، علی", None, id="fa-one-person"),
        pytest.param("Smith, J. و Doe, K.", None, id="latin-names-not-read"),
    ],
)
def test_joined_people(text: str, people: tuple[str, ...] | None) -> None:
    assert joined_people(text) == people


@pytest.mark.parametrize(
    ("text", "authors", "kind", "host"),
    [
        pytest.param(
            "윤지수·박태호·오민아 (2019). 학습자 말뭉치의 조사 오류 연구. 어문학, 41(2), 77-101.",
            ("윤지수", "박태호", "오민아"),
            RefKind.ARTICLE,
            "어문학",
            id="ko-apa-dotted-authors",
        ),
        pytest.param(
            "ابراهیمی، سارا و کاظمی، امید (۱۳۹۵). «مدیریت آب زیرزمینی در دشت‌های شمالی». "
            "فصلنامهٔ مطالعات آب، دورهٔ ۱۲، شمارهٔ ۳، صص. ۱۱۰–۱۲۸.",
            ("ابراهیمی، سارا", "کاظمی، امید"),
            RefKind.ARTICLE,
            "فصلنامهٔ مطالعات آب",
            id="fa-apa-article",
        ),
        pytest.param(
            "العمري، خالد. «الوراقة في حلب». مجلة الدراسات التاريخية، مج ١٥، ع ٣ (١٩٩٩): ٤٠–٦٢.",
            ("العمري، خالد",),
            RefKind.ARTICLE,
            "مجلة الدراسات التاريخية",
            id="ar-chicago-article",
        ),
    ],
)
def test_arabic_and_korean_list_entries(
    text: str, authors: tuple[str, ...], kind: RefKind, host: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.kind, ref.host) == (authors, kind, host)


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        pytest.param(
            "الحلبي، سامر. تاريخ الورق في الشام. دمشق: ١٩٢٥.",
            RefKind.BOOK,
            "دمشق",
            id="ar-place-colon-year",
        ),
        pytest.param(
            "ابن ناصر، عمر. ديوان الرسائل. تحقيق يوسف حداد. لايدن، ١٨٩٠.",
            RefKind.BOOK,
            "لايدن",
            id="ar-editor-then-place-comma-year",
        ),
    ],
)
def test_arabic_book_with_place_and_year_only(text: str, kind: RefKind, place: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.place) == (kind, place)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "보건복지부, 질병관리청. 2021 국민건강통계. 세종: 질병관리청; 2022.",
            ("보건복지부", "질병관리청"),
            "2021 국민건강통계",
            id="ko-two-agencies",
        ),
        pytest.param(
            "대한노인병학회. 노인병학 진료지침. 서울: 대한노인병학회; 2018.",
            ("대한노인병학회",),
            "노인병학 진료지침",
            id="ko-one-society",
        ),
        pytest.param(
            "厚生労働省. 高齢者の栄養調査報告. 東京: 厚生労働省; 2019.",
            ("厚生労働省",),
            "高齢者の栄養調査報告",
            id="ja-ministry",
        ),
    ],
)
def test_cjk_corporate_authors_in_vancouver(
    text: str, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


@pytest.mark.parametrize(
    ("text", "authors", "title", "kind"),
    [
        pytest.param(
            "Perrin, Jean Marie Aimé de. Les papiers de Tunis. Paris: Leroux, 1901.",
            ("Perrin, Jean Marie Aimé de",),
            "Les papiers de Tunis",
            RefKind.BOOK,
            id="particle-after-three-given-names",
        ),
        pytest.param(
            "Houten, Anna Grete van. Het Arabische schrift. Leiden: Brill, 1975.",
            ("Houten, Anna Grete van",),
            "Het Arabische schrift",
            RefKind.BOOK,
            id="dutch-particle-after-given-names",
        ),
        pytest.param(
            "Bakker, Tom Pieter. “Scribes and Their Margins?” Journal of Codices 7 (2012): 1–20.",
            ("Bakker, Tom Pieter",),
            "Scribes and Their Margins?",
            RefKind.ARTICLE,
            id="two-given-names-then-quoted-title",
        ),
    ],
)
def test_bibliography_names_with_several_given_names(
    text: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)


@pytest.mark.parametrize(
    ("text", "author", "title", "year", "pages"),
    [
        pytest.param(
            "خالد العمري، الوراقة في حلب: دراسة تاريخية، دمشق: دار الفكر، ١٩٩٩، ص ٤٥.",
            "خالد العمري",
            "الوراقة في حلب: دراسة تاريخية",
            1999,
            "45",
            id="ar-comma-note",
        ),
        pytest.param(
            "هالة الزين، تاريخ الخط العربي، بيروت: دار العلم، ٢٠٠٤.",
            "هالة الزين",
            "تاريخ الخط العربي",
            2004,
            None,
            id="ar-comma-note-no-page",
        ),
    ],
)
@pytest.mark.parametrize("styles", [True, False], ids=["styles", "no-styles"])
def test_arabic_script_comma_notes(
    text: str, author: str, title: str, year: int, pages: str | None, styles: bool
) -> None:
    ref = parse_reference(text, [1], detect_styles=styles, note=True)
    assert (ref.authors, ref.title, ref.year, ref.kind) == ((author,), title, year, RefKind.BOOK)
    assert ref.pages == pages
