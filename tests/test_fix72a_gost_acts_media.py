"""fix72a: GOST 7.1 / 7.0.100 entries for acts (EU and national), treaties and standards keep
their areas (the title ends before ". – ", the year from its own area, the URL and access
date read), acts and treaties are ``report``; the 2018 content and media area ("– Текст :
электронный", "– Изображение : электронное", "– Text : electronic") is neither title nor
place nor publisher, and an electronic medium sets ``electronic``.  Examples are the
project's own, written in the shapes Russian, Ukrainian, Belarusian and Kazakh lists use."""

from __future__ import annotations

import datetime
import importlib
from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import gost, medium_designator, parse_reference

D = datetime.date

# (entry, expected fields)
CASES: list[tuple[str, dict[str, Any]]] = [
    # --- EU acts in a Russian list ----------------------------------------------------
    (
        "Regulation (EU) 2023/1114 of the European Parliament and of the Council of 31 May "
        "2023 on markets in crypto-assets. – 2023. – URL: "
        "https://eur-lex.europa.eu/eli/reg/2023/1114/oj (дата обращения: 14.02.2024).",
        {
            "kind": RefKind.REPORT,
            "title": "Regulation (EU) 2023/1114 of the European Parliament and of the Council"
            " of 31 May 2023 on markets in crypto-assets",
            "year": 2023,
            "url": "https://eur-lex.europa.eu/eli/reg/2023/1114/oj",
            "access_date": D(2024, 2, 14),
        },
    ),
    (
        "Directive 2010/75/EU of the European Parliament and of the Council of 24 November "
        "2010 on industrial emissions. – 2010. – URL: "
        "https://eur-lex.europa.eu/eli/dir/2010/75/oj (дата обращения: 09.10.2021).",
        {
            "kind": RefKind.REPORT,
            "title": "Directive 2010/75/EU of the European Parliament and of the Council of"
            " 24 November 2010 on industrial emissions",
            "year": 2010,
            "url": "https://eur-lex.europa.eu/eli/dir/2010/75/oj",
            "access_date": D(2021, 10, 9),
        },
    ),
    (
        # (Ukrainian list: "дата звернення")
        "Council Decision (EU) 2021/1764 of 5 October 2021 on the association of the "
        "Overseas Countries. – 2021. – URL: https://eur-lex.europa.eu/eli/dec/2021/1764/oj "
        "(дата звернення: 22.11.2022).",
        {
            "kind": RefKind.REPORT,
            "title": "Council Decision (EU) 2021/1764 of 5 October 2021 on the association"
            " of the Overseas Countries",
            "year": 2021,
            "access_date": D(2022, 11, 22),
        },
    ),
    (
        # the act in the Official Journal: its host, the medium area electronic
        "Regulation (EU) 2019/881 of the European Parliament and of the Council of 17 April "
        "2019 on ENISA. – Текст : электронный // Official Journal of the European Union. – "
        "2019. – L 151. – P. 15–69. – URL: https://eur-lex.europa.eu/eli/reg/2019/881/oj "
        "(дата обращения: 30.06.2023).",
        {
            "kind": RefKind.REPORT,
            "title": "Regulation (EU) 2019/881 of the European Parliament and of the Council"
            " of 17 April 2019 on ENISA",
            "host": "Official Journal of the European Union",
            "year": 2019,
            "electronic": True,
            "access_date": D(2023, 6, 30),
        },
    ),
    # --- treaties -----------------------------------------------------------------------
    (
        "Minamata Convention on Mercury. – 2013. – URL: "
        "https://www.mercuryconvention.org/en/text.pdf (дата обращения: 17.08.2022).",
        {
            "kind": RefKind.REPORT,
            "title": "Minamata Convention on Mercury",
            "year": 2013,
            "access_date": D(2022, 8, 17),
        },
    ),
    (
        "Marrakesh Agreement Establishing the World Trade Organization. – 1994. – URL: "
        "https://www.wto.org/english/docs_e/legal_e/04-wto.pdf (дата обращения: 01.04.2020).",
        {
            "kind": RefKind.REPORT,
            "title": "Marrakesh Agreement Establishing the World Trade Organization",
            "year": 1994,
        },
    ),
    # --- national laws in GOST --------------------------------------------------------
    (
        "Федеральный закон от 31 июля 2020 г. № 259-ФЗ «О цифровых финансовых активах» // "
        "Собрание законодательства РФ. – 2020. – № 31. – Ст. 5018.",
        {
            "kind": RefKind.REPORT,
            "title": "Федеральный закон от 31 июля 2020 г. № 259-ФЗ «О цифровых финансовых"
            " активах»",
            "host": "Собрание законодательства РФ",
            "year": 2020,
        },
    ),
    (
        "Об электронной подписи : федер. закон от 06.04.2011 № 63-ФЗ // Российская газета. "
        "– 2011. – 8 апр. – Текст : непосредственный.",
        {
            "kind": RefKind.REPORT,
            "title": "Об электронной подписи",
            "host": "Российская газета",
            "year": 2011,
            "electronic": False,
        },
    ),
    (
        "Закон України від 18.11.2021 № 1887-IX «Про захист персональних даних у сфері»"
        " // Відомості Верховної Ради України. – 2022. – № 5. – Ст. 31.",
        {
            "kind": RefKind.REPORT,
            "title": "Закон України від 18.11.2021 № 1887-IX «Про захист персональних даних"
            " у сфері»",
            "host": "Відомості Верховної Ради України",
            "year": 2022,
        },
    ),
    (
        # (the date's "р." before the number: no element start)
        "Закон України від 3 вересня 2019 р. № 39-IX «Про ринки капіталу» // Голос України. "
        "– 2019. – 10 верес.",
        {
            "kind": RefKind.REPORT,
            "title": "Закон України від 3 вересня 2019 р. № 39-IX «Про ринки капіталу»",
            "host": "Голос України",
            "year": 2019,
        },
    ),
    (
        "Закон Рэспублікі Беларусь ад 7 мая 2021 г. № 99-З «Аб абароне персанальных даных» "
        "// Нацыянальны прававы Інтэрнэт-партал Рэспублікі Беларусь. – 2021. – № 2/2820.",
        {
            "kind": RefKind.REPORT,
            "title": "Закон Рэспублікі Беларусь ад 7 мая 2021 г. № 99-З «Аб абароне"
            " персанальных даных»",
            "year": 2021,
        },
    ),
    (
        # (a Kazakh law in a Russian list)
        "Закон Республики Казахстан от 25 июня 2020 года № 347-VI «О защите прав» // "
        "Казахстанская правда. – 2020. – 27 июня.",
        {
            "kind": RefKind.REPORT,
            "title": "Закон Республики Казахстан от 25 июня 2020 года № 347-VI «О защите прав»",
            "host": "Казахстанская правда",
            "year": 2020,
        },
    ),
    # --- standards ----------------------------------------------------------------------
    (
        "ГОСТ Р 59276–2020. Системы искусственного интеллекта. Способы обеспечения доверия. "
        "– Москва : Стандартинформ, 2021. – 16 с. – Текст : непосредственный.",
        {
            "kind": RefKind.REPORT,
            "title": "Системы искусственного интеллекта. Способы обеспечения доверия",
            "year": 2021,
            "publisher": "Стандартинформ",
            "place": "Москва",
            "electronic": False,
        },
    ),
    # --- the content and media area -----------------------------------------------------
    (
        "Абенова, Г. К. Цифровизация в Казахстане / Г. К. Абенова. – Текст : электронный "
        "// Вестник экономики. – 2021. – № 3. – С. 44–52. – URL: https://example.kz/v/3 "
        "(дата обращения: 19.05.2022).",
        {
            "kind": RefKind.ARTICLE,
            "title": "Цифровизация в Казахстане",
            "host": "Вестник экономики",
            "year": 2021,
            "electronic": True,
            "access_date": D(2022, 5, 19),
        },
    ),
    (
        "Мельник, С. П. Міська історія / С. П. Мельник. – Текст : електронний // "
        "Історичний вісник. – 2018. – № 2. – С. 7–19.",
        {
            "kind": RefKind.ARTICLE,
            "title": "Міська історія",
            "host": "Історичний вісник",
            "year": 2018,
            "electronic": True,
        },
    ),
    (
        "Орлова, Е. В. Архитектура модерна / Е. В. Орлова. – Текст. Изображение : "
        "непосредственные. – Санкт-Петербург : Лань, 2016. – 320 с.",
        {
            "kind": RefKind.BOOK,
            "title": "Архитектура модерна",
            "publisher": "Лань",
            "place": "Санкт-Петербург",
            "year": 2016,
            "electronic": False,
        },
    ),
    (
        "План города Алматы. – Изображение : электронное. – URL: https://example.kz/plan "
        "(дата обращения: 04.07.2021).",
        {
            "kind": RefKind.WEB,
            "title": "План города Алматы",
            "publisher": None,
            "place": None,
            "electronic": True,
        },
    ),
    (
        "Анализ данных : программа для ЭВМ / А. Б. Котов. – Электронная программа : "
        "электронная. – Москва, 2022. – URL: https://example.ru/soft (дата обращения: "
        "12.12.2022).",
        {
            "kind": RefKind.WEB,
            "title": "Анализ данных",
            "publisher": None,
            "electronic": True,
        },
    ),
    (
        "Кузьмін, О. І. Економіка підприємства / О. І. Кузьмін. – Львів : Афіша, 2020. – "
        "210 с. – Текст : електронний. – URL: https://example.ua/book.pdf (дата звернення: "
        "02.02.2021).",
        {
            "kind": RefKind.BOOK,
            "title": "Економіка підприємства",
            "publisher": "Афіша",
            "place": "Львів",
            "year": 2020,
            "electronic": True,
            "access_date": D(2021, 2, 2),
        },
    ),
    (
        "Brown, K. Water law in Europe / K. Brown. – Text : electronic // Water Policy. – "
        "2020. – Vol. 22, No. 4. – P. 601–618.",
        {
            "kind": RefKind.ARTICLE,
            "title": "Water law in Europe",
            "host": "Water Policy",
            "year": 2020,
            "electronic": True,
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_gost_entry_fields(text: str, expected: dict[str, Any]) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.style == "gost"
    for name, value in expected.items():
        assert getattr(ref, name) == value, name


MEDIA: list[tuple[str, bool | None]] = [
    ("Текст : электронный", True),
    ("Текст : непосредственный", False),
    ("Изображение : электронное", True),
    ("Электронная программа : электронная", True),
    ("Тэкст : электронны", True),
    ("Текст : електронний", True),
    ("Text : electronic", True),
    ("Text : unmediated", False),
    ("Текст. Изображение : непосредственные", False),
    ("Москва : Наука, 2019", None),
    ("Изображение", None),
]


@pytest.mark.parametrize(("element", "electronic"), MEDIA)
def test_media_area(element: str, electronic: bool | None) -> None:
    # (imported here: the module is new, so that the entries' table runs on main too)
    gost_media = importlib.import_module("bibcheck.parse.references.gost_media")
    assert gost_media.media_area(element) is electronic


ACT_AREAS: list[tuple[str, bool]] = [
    ("Directive (EU) 2015/2366 of 25 November 2015 on payment services. – 2015. – URL: ", True),
    ("Закон … ад 1 мая 2020 г. № 1-З «Аб …» // Нацыянальны рэестр. – 2020.", True),
    ("Directive (EU) 2015/2366 on payment services. – Текст : электронный.", True),
    # (the civil-law act's dash before its subject, no GOST area)
    ("Ustawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny (Dz.U. 1964 nr 16 poz. 93)", False),
]


@pytest.mark.parametrize(("text", "areas"), ACT_AREAS)
def test_act_with_areas(text: str, areas: bool) -> None:
    gost_legal = importlib.import_module("bibcheck.parse.references.gost_legal")
    assert gost_legal.act_with_areas(text) is areas


def test_polish_act_stays_with_its_parser() -> None:
    # (guard, passes on main too: the act's subject after its dash stays its title's)
    ref = parse_reference(
        "Ustawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny (Dz.U. 1964 nr 16 poz. 93).",
        [1],
        detect_styles=True,
    )
    assert ref.style != "gost"
    assert ref.year == 1964


def test_media_area_designates_medium() -> None:
    assert medium_designator.designates_medium("Title. – Текст : электронный. – URL: x")
    assert not medium_designator.designates_medium("Title. – Текст : непосредственный.")


def test_article_about_a_law_keeps_its_kind() -> None:
    # (guard: an authored article on a law is an article)
    ref = parse_reference(
        "Смирнов, А. А. Федеральный закон о цифровых активах: комментарий / А. А. Смирнов "
        "// Журнал права. – 2021. – № 4. – С. 3–15.",
        [1],
        detect_styles=True,
    )
    assert ref.kind is RefKind.ARTICLE
    assert ref.host == "Журнал права"


def test_act_number_after_date_stays_in_title_area() -> None:
    _, after = gost.split_title_area("Закон от 1 июля 2014 г. № 5-ФЗ «О чём-то»")
    assert after == ""
