"""Table-driven tests of parse_reference: one case per reference shape or defect.

Each case lists the fields it expects; every field in ``CHECKED`` that a case
does not list must be empty (None, (), False), so a stray year or author is
caught too.  URL fields are compared only when a case lists them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference

A = AnomalyCode

CHECKED: dict[str, Any] = {
    "kind": RefKind.UNKNOWN,
    "style": "gost",
    "authors": (),
    "title": None,
    "responsibility": None,
    "host": None,
    "year": None,
    "year_raw": None,
    "access_date": None,
    "access_date_raw": None,
    "publisher": None,
    "place": None,
    "pages": None,
    "page_count": None,
    "doi": None,
    "electronic": False,
    "language": "en",
}
URL_FIELDS = ("url", "url_raw", "url_display")

ZALESKY_TITLE = (
    "The Route of Interaction - Asia. Intensification of Belarus' multifaceted ties "
    "with the main economic partners on the continent"
)
SPEECH_TITLE = (
    "Speech by Minister of Foreign Affairs S. Aleinik at the plenary session of the "
    "Belarusian-Turkish Joint Intergovernmental Commission on Economic Cooperation "
    "(November 8, 2023, Ankara)"
)
GORELIK_TITLE = (
    "Interview of Ambassador Extraordinary and Plenipotentiary of the Republic of Belarus "
    'to Mongolia D. Gorelik to the information portal "GOGO" (January 5, 2022). Gorelik '
    'to the information portal "GOGO" (January 5, 2022)'
)
WEB = {"kind": RefKind.WEB, "electronic": True}


def check(text: str, expected: dict[str, Any], codes: tuple[AnomalyCode, ...], lines=(1,)):
    ref = parse_reference(text, lines)
    assert ref.raw == text
    assert (ref.line, ref.end_line) == (lines[0], lines[-1])
    for name, default in CHECKED.items():
        assert getattr(ref, name) == expected.get(name, default), name
    for name in URL_FIELDS:
        if name in expected:
            assert getattr(ref, name) == expected[name], name
    assert tuple(a.code for a in ref.anomalies) == codes, ref.anomalies
    return ref


# --------------------------------------------------------------------------
# GOST: the shapes of the sample manuscript
# --------------------------------------------------------------------------

SAMPLE = [
    pytest.param(
        "Political relations [Electronic resource]. - 2023. - URL: "
        "[https://turkey.mfa.gov.by/ru/bilateral\\\\_relations/political/relations/]"
        "(https://turkey.mfa.gov.by/ru/bilateral_relations/political/relations/)",
        {
            **WEB,
            "title": "Political relations",
            "year": 2023,
            "year_raw": "2023",
            "url": "https://turkey.mfa.gov.by/ru/bilateral_relations/political/relations/",
            "url_display": "https://turkey.mfa.gov.by/ru/bilateral_relations/political/relations/",
        },
        (),
        id="web-markdown-link",
    ),
    pytest.param(
        "Shumilin, A. Forecast to 2040 - about the prospects of science development and "
        "international cooperation / A. Shumilin // [Electronic resource]. - 2020. - URL: "
        "<https://www.belta.by/interview/view/prognoz-do-2040-goda-o-perspektivah-razvitija-"
        "nauki-i-mezhdunarodnom-sotrudnichestve-7168/>",
        {
            **WEB,
            "authors": ("Shumilin, A.",),
            "title": "Forecast to 2040 - about the prospects of science development and "
            "international cooperation",
            "responsibility": "A. Shumilin",
            "year": 2020,
            "year_raw": "2020",
            "url": "https://www.belta.by/interview/view/prognoz-do-2040-goda-o-perspektivah-"
            "razvitija-nauki-i-mezhdunarodnom-sotrudnichestve-7168/",
            "url_raw": "<https://www.belta.by/interview/view/prognoz-do-2040-goda-o-perspektivah-"
            "razvitija-nauki-i-mezhdunarodnom-sotrudnichestve-7168/>",
        },
        (),
        id="author-empty-host-web",
    ),
    pytest.param(
        f"Zalesky, B. {ZALESKY_TITLE} / B. Zalesky. - LAP LAMBERT Academic Publishing, 2023. "
        "- C. 65.",
        {
            "kind": RefKind.BOOK,
            "authors": ("Zalesky, B.",),
            "title": ZALESKY_TITLE,
            "responsibility": "B. Zalesky",
            "publisher": "LAP LAMBERT Academic Publishing",
            "year": 2023,
            "year_raw": "2023",
            "pages": "65",
            "url": None,
        },
        (),
        id="book-page-reference",
    ),
    pytest.param(
        f"Zalesky, B. {ZALESKY_TITLE} / B. Zalesky. - LAP LAMBERT Academic Publishing, 2023. "
        "- 112 c.",
        {
            "kind": RefKind.BOOK,
            "authors": ("Zalesky, B.",),
            "title": ZALESKY_TITLE,
            "responsibility": "B. Zalesky",
            "publisher": "LAP LAMBERT Academic Publishing",
            "year": 2023,
            "year_raw": "2023",
            "page_count": 112,
        },
        (),
        id="book-page-count",
    ),
    pytest.param(
        "Belarus and Turkey plan to develop cooperation in the spheres of energy, ICT and "
        "medicine [Electronic resource]. - 202-. - URL: <https://www.belta.by/economics/view/"
        "belarus-i-turtsija-planirujut-razvivat-sotrudnichestvo-418159-2020/>",
        {
            **WEB,
            "title": "Belarus and Turkey plan to develop cooperation in the spheres of energy, "
            "ICT and medicine",
            "year_raw": "202-",
            "url": "https://www.belta.by/economics/view/belarus-i-turtsija-planirujut-razvivat-"
            "sotrudnichestvo-418159-2020/",
        },
        (A.YEAR_MALFORMED,),
        id="year-incomplete-202-",
    ),
    pytest.param(
        f"{SPEECH_TITLE} [Electronic resource]. - 2023. - URL: "
        "[https://mfa.gov.by/press/news\\\\_mfa/d72f4b731323cb1d.html]"
        "(https://mfa.gov.by/press/news_mfa/d72f4b731323cb1d.html)",
        {
            **WEB,
            "title": SPEECH_TITLE,
            "year": 2023,
            "year_raw": "2023",
            "url": "https://mfa.gov.by/press/news_mfa/d72f4b731323cb1d.html",
        },
        (),
        id="name-inside-title-not-author",
    ),
    pytest.param(
        '"Bellesbumprom" plans to increase exports and expand cooperation with Iran '
        "[Electronic resource]. - 2023. - URL: <https://www.belta.by/economics/view/"
        "bellesbumprom-planiruet-594315-2023/>",
        {
            **WEB,
            "title": '"Bellesbumprom" plans to increase exports and expand cooperation with Iran',
            "year": 2023,
            "year_raw": "2023",
        },
        (),
        id="title-with-quotes",
    ),
    pytest.param(
        "Industrial cooperation and education. Roman Golovchenko outlined promising areas of "
        "cooperation with Iran [Electronic resource]. - 2023. - URL: "
        "<http://www.government.by/ru/content/10714>",
        {
            **WEB,
            "title": "Industrial cooperation and education. Roman Golovchenko outlined "
            "promising areas of cooperation with Iran",
            "year": 2023,
            "year_raw": "2023",
            "url": "http://www.government.by/ru/content/10714",
        },
        (),
        id="title-two-sentences",
    ),
    pytest.param(
        f"{GORELIK_TITLE} [Electronic resource]. - 2022. - URL: "
        "<https://mfa.gov.by/press/smi/bf44fc21553530dd.html>",
        {**WEB, "title": GORELIK_TITLE, "year": 2022, "year_raw": "2022"},
        (),
        id="title-with-dates-and-initials",
    ),
    pytest.param(
        "84 technology parks have been established in Turkey [Electronic resource]. - 2019. "
        "- URL: <https://restproperty.ru/news/v-turtsii-sozdano-84-tekhnoparka/>",
        {
            **WEB,
            "title": "84 technology parks have been established in Turkey",
            "year": 2019,
            "year_raw": "2019",
        },
        (),
        id="title-starts-with-number",
    ),
]


@pytest.mark.parametrize(("text", "expected", "codes"), SAMPLE)
def test_sample_manuscript_shapes(text, expected, codes):
    check(text, expected, codes)


MULTILINE = [
    pytest.param(
        "Machine building, medicine, tourism: Minsk region and Chongqing discussed areas of "
        "cooperation [Electronic resource]. - 2023. - URL:\n"
        "<https://www.belta.by/regions/view/mashinostroenie-574541-2023/>",
        (829, 835),
        {
            **WEB,
            "title": "Machine building, medicine, tourism: Minsk region and Chongqing "
            "discussed areas of cooperation",
            "year": 2023,
            "year_raw": "2023",
            "url": "https://www.belta.by/regions/view/mashinostroenie-574541-2023/",
        },
        (),
        id="url-on-next-line",
    ),
    pytest.param(
        "Minsk region and Zhejiang province intend to develop cooperation in the field of "
        "traditional medicine [Electronic resource]. -\n2023. - URL: "
        "<https://www.belta.by/regions/view/minskaja-oblast-574675-2023/>",
        (1331, 1333),
        {
            **WEB,
            "title": "Minsk region and Zhejiang province intend to develop cooperation in the "
            "field of traditional medicine",
            "year": 2023,
            "year_raw": "2023",
        },
        (),
        id="separator-broken-over-lines",
    ),
    pytest.param(
        "Xinjiang Asia-Europe Trade Center to help boost exports to China through BUTB "
        "[Electronic resource]. - 2023. - URL: "
        "<https://www.belta.by/economics/view/sintszjanskij-aziatsko-evropejskij->\n"
        "[torgovij-tsentr-576501-2023/](https://www.belta.by/economics/view/"
        "torgovij-tsentr-576501-2023/)",
        (1263, 1265),
        {
            **WEB,
            "title": "Xinjiang Asia-Europe Trade Center to help boost exports to China "
            "through BUTB",
            "year": 2023,
            "year_raw": "2023",
            "url": "https://www.belta.by/economics/view/sintszjanskij-aziatsko-evropejskij-"
            "torgovij-tsentr-576501-2023/",
        },
        (A.URL_SPLIT_OVER_LINES,),
        id="url-split-anomaly-carried",
    ),
]


@pytest.mark.parametrize(("text", "lines", "expected", "codes"), MULTILINE)
def test_multiline_references(text, lines, expected, codes):
    check(text, expected, codes, lines)


# --------------------------------------------------------------------------
# GOST: years
# --------------------------------------------------------------------------

YEARS = [
    pytest.param("2023", 2023, (), id="plain"),
    pytest.param("[2023]", 2023, (), id="bracketed-supplied"),
    pytest.param("2019-2021", 2019, (), id="range-first-year"),
    pytest.param("202-", None, (A.YEAR_MALFORMED,), id="last-digit-missing"),
    pytest.param("20--", None, (A.YEAR_MALFORMED,), id="two-digits-missing"),
    pytest.param("2O23", None, (A.YEAR_MALFORMED,), id="letter-o"),
    pytest.param("2О23", None, (A.YEAR_MALFORMED,), id="cyrillic-o"),
    pytest.param("[2023?]", None, (A.YEAR_MALFORMED,), id="uncertain"),
    pytest.param("2150", None, (A.YEAR_MALFORMED,), id="out-of-range"),
]


@pytest.mark.parametrize(("written", "year", "codes"), YEARS)
def test_gost_year(written, year, codes):
    text = f"Mongolia [Electronic resource]. - {written}. - URL: <https://export.by/mongolia>"
    expected = {**WEB, "title": "Mongolia", "year": year, "year_raw": written}
    ref = check(text, expected, codes)
    if codes:
        assert written in ref.anomalies[0].message


def test_year_anomaly_points_at_its_line():
    ref = parse_reference(
        "Mongolia [Electronic resource]. -\n202-. - URL: <https://export.by/mongolia>", (40, 41)
    )
    assert [(a.code, a.line) for a in ref.anomalies] == [(A.YEAR_MALFORMED, 41)]


def test_year_is_never_taken_from_the_title():
    ref = parse_reference("Forecast to 2040 [Electronic resource]. - URL: <https://a.by/x>", (1,))
    assert (ref.year, ref.year_raw, ref.anomalies) == (None, None, ())


# --------------------------------------------------------------------------
# GOST: Russian and other shapes
# --------------------------------------------------------------------------

GOST = [
    pytest.param(
        "Иванов, И. И. История города / И. И. Иванов. - М. : Наука, 2019. - 256 с.",
        {
            "kind": RefKind.BOOK,
            "authors": ("Иванов, И. И.",),
            "title": "История города",
            "responsibility": "И. И. Иванов",
            "place": "М.",
            "publisher": "Наука",
            "year": 2019,
            "year_raw": "2019",
            "page_count": 256,
            "language": "ru",
        },
        (),
        id="ru-book",
    ),
    pytest.param(
        "Петров, П. Статья о чём-то / П. Петров // Вопросы экономики. - 2020. - № 5. - С. 45-47.",
        {
            "kind": RefKind.ARTICLE,
            "authors": ("Петров, П.",),
            "title": "Статья о чём-то",
            "responsibility": "П. Петров",
            "host": "Вопросы экономики",
            "year": 2020,
            "year_raw": "2020",
            "pages": "45-47",
            "language": "ru",
        },
        (),
        id="ru-article",
    ),
    pytest.param(
        "Петров П.П. Статья о чём-то // Вопросы экономики. 2020. № 5. С. 45–47.",
        {
            "kind": RefKind.ARTICLE,
            "authors": ("Петров П.П.",),
            "title": "Статья о чём-то",
            "host": "Вопросы экономики",
            "year": 2020,
            "year_raw": "2020",
            "pages": "45–47",
            "language": "ru",
        },
        (),
        id="ru-article-no-dashes-no-comma",
    ),
    pytest.param(
        "Сидоров, С. С. Глава о торговле / С. С. Сидоров // Сборник научных трудов / под ред. "
        "И. И. Иванова. - СПб. : Питер, 2018. - С. 10-20.",
        {
            "kind": RefKind.CHAPTER,
            "authors": ("Сидоров, С. С.",),
            "title": "Глава о торговле",
            "responsibility": "С. С. Сидоров",
            "host": "Сборник научных трудов / под ред. И. И. Иванова",
            "place": "СПб.",
            "publisher": "Питер",
            "year": 2018,
            "year_raw": "2018",
            "pages": "10-20",
            "language": "ru",
        },
        (),
        id="ru-chapter-in-collection",
    ),
    pytest.param(
        "Иванов, И. И. Цифровая экономика [Электронный ресурс] / И. И. Иванов. - 2021. - URL: "
        "https://example.ru/digital (дата обращения: 12.03.2023).",
        {
            **WEB,
            "authors": ("Иванов, И. И.",),
            "title": "Цифровая экономика",
            "responsibility": "И. И. Иванов",
            "year": 2021,
            "year_raw": "2021",
            "access_date": date(2023, 3, 12),
            "access_date_raw": "12.03.2023",
            "url": "https://example.ru/digital",
            "language": "ru",
        },
        (),
        id="ru-electronic-access-date",
    ),
    pytest.param(
        "Петров, П. П. Цифровая торговля / П. П. Петров. — Текст : электронный // Экономика и "
        "право. — 2021. — Т. 3, № 2. — С. 10–15. — URL: https://econ.example.ru/2021/2 "
        "(дата обращения: 01.02.2022).",
        {
            "kind": RefKind.ARTICLE,
            "electronic": True,
            "authors": ("Петров, П. П.",),
            "title": "Цифровая торговля",
            "responsibility": "П. П. Петров",
            "host": "Экономика и право",
            "year": 2021,
            "year_raw": "2021",
            "pages": "10–15",
            "access_date": date(2022, 2, 1),
            "access_date_raw": "01.02.2022",
            "url": "https://econ.example.ru/2021/2",
            "language": "ru",
        },
        (),
        id="ru-gost-2018-electronic-article",
    ),
    pytest.param(
        "Российский статистический ежегодник. 2019 : стат. сб. / Росстат. - М., 2019. - 708 с.",
        {
            "kind": RefKind.BOOK,
            # (": стат. сб." is GOST's other title information, a genre: not the title
            # proper, as ": сб. науч. тр." is not -- bibcheck.parse.references.genre)
            "title": "Российский статистический ежегодник. 2019",
            "responsibility": "Росстат",
            "place": "М.",
            "year": 2019,
            "year_raw": "2019",
            "page_count": 708,
            "language": "ru",
        },
        (),
        id="ru-corporate-no-author",
    ),
    pytest.param(
        "О развитии малого и среднего предпринимательства в Российской Федерации : федер. "
        "закон от 24.07.2007 № 209-ФЗ [Электронный ресурс]. - URL: "
        "http://www.consultant.ru/document/cons_doc_LAW_52144/ (дата обращения: 12.03.2023).",
        {
            **WEB,
            # the act's designation (": федер. закон от …") is other title information
            "title": "О развитии малого и среднего предпринимательства в Российской Федерации",
            "access_date": date(2023, 3, 12),
            "access_date_raw": "12.03.2023",
            "url": "http://www.consultant.ru/document/cons_doc_LAW_52144/",
            "language": "ru",
            # no year of publication is written: the law is dated by its adoption (CSL's
            # "issued" for legislation), read from the designation
            "year": 2007,
            "year_raw": "2007",
        },
        (),
        id="ru-law-dated-by-adoption",
    ),
    pytest.param(
        "Ivanov, I. I., Petrov, P. P., Sidorov, S. S. Economics of cooperation / I. I. Ivanov, "
        "P. P. Petrov, S. S. Sidorov. – Moscow : Nauka, 2020. – 300 p.",
        {
            "kind": RefKind.BOOK,
            "authors": ("Ivanov, I. I.", "Petrov, P. P.", "Sidorov, S. S."),
            "title": "Economics of cooperation",
            "responsibility": "I. I. Ivanov, P. P. Petrov, S. S. Sidorov",
            "place": "Moscow",
            "publisher": "Nauka",
            "year": 2020,
            "year_raw": "2020",
            "page_count": 300,
        },
        (),
        id="three-authors-en-dash",
    ),
    pytest.param(
        "Smith, J. Trade in Asia / J. Smith // Journal of Economics. — 2019. — Vol. 4, No. 5. "
        "— pp. 12–15. — DOI: 10.1234/JE.2019.5",
        {
            "kind": RefKind.ARTICLE,
            "authors": ("Smith, J.",),
            "title": "Trade in Asia",
            "responsibility": "J. Smith",
            "host": "Journal of Economics",
            "year": 2019,
            "year_raw": "2019",
            "pages": "12–15",
            "doi": "10.1234/je.2019.5",
        },
        (),
        id="en-article-em-dash-doi",
    ),
    pytest.param(
        "Smith, J. Trade in Asia [Text] / J. Smith. - London, 2019. - P. 7.",
        {
            "kind": RefKind.BOOK,
            "authors": ("Smith, J.",),
            "title": "Trade in Asia",
            "responsibility": "J. Smith",
            "place": "London",
            "year": 2019,
            "year_raw": "2019",
            "pages": "7",
        },
        (),
        id="text-designation-place-only",
    ),
    pytest.param(
        "Report on the state of trade [Electronic resource]. - 2022. - URL: "
        "https://example.org/report (accessed: 12.03.2023).",
        {
            **WEB,
            "title": "Report on the state of trade",
            "year": 2022,
            "year_raw": "2022",
            "access_date": date(2023, 3, 12),
            "access_date_raw": "12.03.2023",
            "url": "https://example.org/report",
        },
        (),
        id="en-accessed",
    ),
    pytest.param(
        "Trade news [Electronic resource]. - 2022. - URL: https://example.org/news "
        "(date of access: 31.02.2023).",
        {
            **WEB,
            "title": "Trade news",
            "year": 2022,
            "year_raw": "2022",
            "access_date_raw": "31.02.2023",
            "url": "https://example.org/news",
        },
        (A.ACCESS_DATE_INVALID,),
        id="access-date-invalid",
    ),
    pytest.param(
        "Анализ рынка : отчет о НИР / рук. И. И. Иванов. - М., 2020. - 50 с.",
        {
            "kind": RefKind.REPORT,
            "title": "Анализ рынка : отчет о НИР",
            "responsibility": "рук. И. И. Иванов",
            "place": "М.",
            "year": 2020,
            "year_raw": "2020",
            "page_count": 50,
            "language": "ru",
        },
        (),
        id="ru-report",
    ),
    pytest.param(
        "Political relations [Electronic resource]. - 2023.",
        {**WEB, "title": "Political relations", "year": 2023, "year_raw": "2023", "url": None},
        (A.URL_MISSING,),
        id="electronic-without-url",
    ),
    pytest.param(
        "Educational and scientific potential of BSTU presented in the Chinese province of "
        "Guangdong [Electronic resource]. - 2023. - URL:",
        {
            **WEB,
            "title": "Educational and scientific potential of BSTU presented in the Chinese "
            "province of Guangdong",
            "year": 2023,
            "year_raw": "2023",
            "url_raw": None,
        },
        (A.URL_MISSING,),
        id="url-label-without-url",
    ),
]


@pytest.mark.parametrize(("text", "expected", "codes"), GOST)
def test_gost_shapes(text, expected, codes):
    check(text, expected, codes)


# --------------------------------------------------------------------------
# Generic fallback
# --------------------------------------------------------------------------

GEN = {"style": "generic"}
# an APA head (inverted names, initials, "(Year).") is read by the APA parser in any
# reader, style detection on or off (fix round 53)
APA = {"style": "apa"}
GENERIC = [
    pytest.param(
        "Smith, J., & Doe, A. (2020). Trade and growth in Asia. Journal of Trade, 3(2), 1–10. "
        "https://doi.org/10.1234/JT.2020.3",
        {
            **APA,
            "kind": RefKind.ARTICLE,
            "authors": ("Smith, J.", "Doe, A."),
            "title": "Trade and growth in Asia",
            "host": "Journal of Trade",
            "year": 2020,
            "year_raw": "2020",
            "pages": "1–10",
            "doi": "10.1234/jt.2020.3",
            "url": "https://doi.org/10.1234/JT.2020.3",
        },
        (),
        id="apa-article-doi-url",
    ),
    pytest.param(
        "Doe, A. (2019). Big book of trade. Springer Publishing.",
        {
            **APA,
            "kind": RefKind.BOOK,
            "authors": ("Doe, A.",),
            "title": "Big book of trade",
            "year": 2019,
            "year_raw": "2019",
            "publisher": "Springer Publishing",
        },
        (),
        id="apa-book",
    ),
    pytest.param(
        "World Health Organization. (2021). Global report on health. https://www.who.int/report",
        {
            # an organisation as author, APA's group author: read as APA (fix59n)
            **APA,
            "kind": RefKind.WEB,
            "authors": ("World Health Organization",),
            "title": "Global report on health",
            "year": 2021,
            "year_raw": "2021",
            "url": "https://www.who.int/report",
        },
        (),
        id="apa-corporate-web",
    ),
    pytest.param(
        "Smith J, Doe AB. Forecast to 2040 for trade. J Econ. 2020;3(2):10-12.",
        {
            **GEN,
            "kind": RefKind.ARTICLE,
            "authors": ("Smith J", "Doe AB"),
            "title": "Forecast to 2040 for trade",
            "year": 2020,
            "year_raw": "2020",
            "pages": "10-12",
        },
        (),
        id="vancouver",
    ),
    pytest.param(
        "Smith, John. The Book of Trade. New York: Oxford University Press, 2015.",
        {
            **GEN,
            "kind": RefKind.BOOK,
            "authors": ("Smith, John",),
            "title": "The Book of Trade",
            "year": 2015,
            "year_raw": "2015",
            # (the imprint closing the entry, read by fix66d's trailing_imprint)
            "place": "New York",
            "publisher": "Oxford University Press",
        },
        (),
        id="chicago-book",
    ),
    pytest.param(
        'Doe, Jane. "The Article Title." Journal of Stuff 12, no. 3 (2018): 45–67. '
        "doi:10.5555/JS.12.3",
        {
            **GEN,
            "kind": RefKind.ARTICLE,
            "authors": ("Doe, Jane",),
            "title": "The Article Title",
            "year": 2018,
            "year_raw": "2018",
            "pages": "45–67",
            "doi": "10.5555/js.12.3",
        },
        (),
        id="chicago-quoted-title-doi-label",
    ),
    pytest.param(
        "Official site of the Ministry of Foreign Affairs https://mfa.gov.by/",
        {
            **GEN,
            "kind": RefKind.WEB,
            "title": "Official site of the Ministry of Foreign Affairs",
            "url": "https://mfa.gov.by/",
        },
        (),
        id="plain-title-and-url",
    ),
    pytest.param(
        "https://example.com/page",
        {**GEN, "kind": RefKind.WEB, "url": "https://example.com/page", "language": None},
        (),
        id="bare-url",
    ),
    pytest.param(
        "Официальный портал https://президент.рф/news",
        {
            **GEN,
            "kind": RefKind.WEB,
            "title": "Официальный портал",
            "url_display": "https://президент.рф/news",
            "language": "ru",
        },
        (A.URL_NON_ASCII,),
        id="cyrillic-title-idn-url",
    ),
    pytest.param(
        "Trade report https://example.com/доклад",
        {**GEN, "kind": RefKind.WEB, "title": "Trade report", "language": "en"},
        (A.URL_NON_ASCII,),
        id="language-ignores-cyrillic-url",
    ),
    pytest.param(
        "Smith, J. (202-). Some title here.",
        {**APA, "authors": ("Smith, J.",), "title": "Some title here", "year_raw": "202-"},
        (A.YEAR_MALFORMED,),
        id="generic-year-malformed",
    ),
    pytest.param(
        "Smith, J. (n.d.). History of 1812. Some Site.",
        {
            **APA,
            "kind": RefKind.BOOK,
            "authors": ("Smith, J.",),
            "title": "History of 1812",
            "publisher": "Some Site",
        },
        (),
        id="apa-no-date-title-year-ignored",
    ),
    pytest.param(
        "Smith, J. (1234). Old history. Some Site.",
        {
            **APA,
            "kind": RefKind.BOOK,
            "authors": ("Smith, J.",),
            "title": "Old history",
            "year_raw": "1234",
            "publisher": "Some Site",
        },
        (A.YEAR_MALFORMED,),
        id="apa-year-out-of-range",
    ),
    pytest.param(
        "Иванов И.И. История города. М.: Наука, 2019. 256 с.",
        {
            **GEN,
            "kind": RefKind.BOOK,
            "authors": ("Иванов И.И.",),
            "title": "История города",
            "year": 2019,
            "year_raw": "2019",
            "language": "ru",
        },
        (),
        id="ru-dashless-book",
    ),
    pytest.param("xxx", {**GEN}, (A.REFERENCE_UNPARSED,), id="junk"),
    pytest.param("", {**GEN, "language": None}, (A.REFERENCE_UNPARSED,), id="empty"),
]


@pytest.mark.parametrize(("text", "expected", "codes"), GENERIC)
def test_generic_shapes(text, expected, codes):
    check(text, expected, codes)


def test_line_starts_must_not_be_empty():
    with pytest.raises(ValueError):
        parse_reference("Title", ())


@pytest.mark.parametrize(
    "text",
    [
        "Иванов, И. И. История города / И. И. Иванов. — М.: Наука, 2019. — 256 с.",
        "Иванов, И. И. История города / И. И. Иванов. - М. : Наука, 2019. - 256 с.",
    ],
)
def test_place_and_publisher_with_or_without_space_before_the_colon(text: str) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.place, ref.publisher, ref.year, ref.page_count) == ("М.", "Наука", 2019, 256)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            '"Political relations". Ministry of Foreign Affairs. Retrieved 1 February 2023. '
            "https://mfa.gov.by/x",
            "Political relations",
        ),
        (
            '"Bellesbumprom" plans to increase exports [Electronic resource]. - 2023. - URL: '
            "<https://a.by/x>",
            '"Bellesbumprom" plans to increase exports',
        ),
    ],
)
def test_quotes_around_the_whole_title_are_not_part_of_it(text: str, title: str) -> None:
    assert parse_reference(text, (1,)).title == title


# --------------------------------------------------------------------------
# Style detection on: list entries of journals' own styles (fields listed are checked)
# --------------------------------------------------------------------------

ARTICLE, BOOK, PATENT = RefKind.ARTICLE, RefKind.BOOK, RefKind.PATENT


def check_styled(text: str, expected: dict[str, Any]) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    for name, value in expected.items():
        assert getattr(ref, name) == value, name


STYLED = [
    # ACS: a journal abbreviation with a comma before its part or edition
    pytest.param(
        "Varga, D. E. E.; Holm, K. Ligand Effects in Nickel Catalysis. Angew. Chem., Int. Ed. "
        "2016, 55, 1201–1210.",
        {
            "kind": ARTICLE,
            "authors": ("Varga, D. E. E.", "Holm, K."),
            "host": "Angew. Chem., Int. Ed",
            "title": "Ligand Effects in Nickel Catalysis",
            "year": 2016,
        },
        id="acs-journal-part-comma",
    ),
    pytest.param(
        "Ortiz, P. Twinning in Small-Molecule Crystals. Acta Crystallogr., Sect. B: Struct. Sci. "
        "2004, 60, 77–85.",
        {
            "kind": ARTICLE,
            "authors": ("Ortiz, P.",),
            "title": "Twinning in Small-Molecule Crystals",
            "host": "Acta Crystallogr., Sect. B: Struct. Sci",
            "year": 2004,
        },
        id="acs-journal-section-comma",
    ),
    # ACS: a title of several sentences (a series' part number, then its subtitle)
    pytest.param(
        "Hollis, W. R.; Dane, M. Exchange Functionals Revisited. II. Behaviour near the Nucleus. "
        "J. Chem. Phys. 1997, 107, 801–809.",
        {
            "kind": ARTICLE,
            "title": "Exchange Functionals Revisited. II. Behaviour near the Nucleus",
            "host": "J. Chem. Phys",
            "year": 1997,
        },
        id="acs-title-part-numeral",
    ),
    pytest.param(
        "Quint, A. Studies on Boron Ylides. Part 4. Reactions with the Aldehydes. J. Org. Chem. "
        "1988, 53, 12–19.",
        {
            "kind": ARTICLE,
            "title": "Studies on Boron Ylides. Part 4. Reactions with the Aldehydes",
            "host": "J. Org. Chem",
            "year": 1988,
        },
        id="acs-title-part-word",
    ),
    # ACS: a program's version is no part of its title
    pytest.param(
        "Kessler, T. et al. ORCA-Lite, Version 2.3; Quantum Tools Ltd.: Leeds, U.K., 2020.",
        {"kind": BOOK, "authors": ("Kessler, T.",), "title": "ORCA-Lite", "year": 2020},
        id="acs-program-version",
    ),
    # a patent named after its title (ACS, Vancouver, elsarticle/IEEE commas)
    pytest.param(
        "Okonkwo, B.; Lind, E. Method for Drying Lignite. U.S. Pat. No. 8,771,402, July 8, 2014.",
        {
            "kind": PATENT,
            "authors": ("Okonkwo, B.", "Lind, E."),
            "title": "Method for Drying Lignite",
            "year": 2014,
        },
        id="patent-acs",
    ),
    pytest.param(
        "Marsh T, Ibe K. Heat exchanger with baffles. European Patent EP 2 414 776 B1. 2016.",
        {"kind": PATENT, "title": "Heat exchanger with baffles", "year": 2016},
        id="patent-vancouver",
    ),
    pytest.param(
        "L. Brandt-Okoye, M. Sato, Porous sorbent for the capture of sulfur dioxide, US Patent "
        "9,120,334 B2, 2015.",
        {
            "kind": PATENT,
            "authors": ("L. Brandt-Okoye", "M. Sato"),
            "title": "Porous sorbent for the capture of sulfur dioxide",
            "year": 2015,
        },
        id="patent-comma-title",
    ),
    pytest.param(
        "Haldane, P. A Study of U.S. Patent 4,000,000 Litigation. J. Law Econ. 2001, 44, 1–20.",
        {"kind": ARTICLE, "title": "A Study of U.S. Patent 4,000,000 Litigation"},
        id="patent-inside-title-is-article",
    ),
    # a numbered list's note, not a work
    pytest.param(
        "No product formed without the base; the ligand alone gave 2% of the ester. See the "
        "Supporting Information, Figure S7.",
        {"kind": RefKind.COMMENTARY, "title": None, "authors": ()},
        id="list-note-supporting-information",
    ),
    pytest.param(
        "Sample preparation is described in the supplementary materials.",
        {"kind": RefKind.COMMENTARY},
        id="list-note-supplementary",
    ),
    pytest.param(
        "For the same effect in pyridines, see refs 4 and 9.",
        {"kind": RefKind.COMMENTARY},
        id="list-note-other-entries",
    ),
    # Vancouver: three or four initials, as Portuguese and Spanish names have them
    pytest.param(
        "Carvalho MJAS, Pereira LFMT, Lobo AR. Cobertura de testes rápidos no Nordeste. Rev "
        "Bras Epidemiol. 2019;22:e190041.",
        {
            "kind": ARTICLE,
            "authors": ("Carvalho MJAS", "Pereira LFMT", "Lobo AR"),
            "title": "Cobertura de testes rápidos no Nordeste",
            "host": "Rev Bras Epidemiol",
        },
        id="vancouver-four-initials",
    ),
    # Vancouver: a group author after a semicolon, its remit after the group word
    pytest.param(
        "Okoro BN; Expert Panel on Measles Elimination. Measles in the Sahel: a review. "
        "Vaccine. 2018;36(2):101-9.",
        {
            "kind": ARTICLE,
            "authors": ("Okoro BN", "Expert Panel on Measles Elimination"),
            "title": "Measles in the Sahel: a review",
            "year": 2018,
        },
        id="vancouver-group-with-remit",
    ),
    # NLM: a citation date in Portuguese or Spanish is no publication year
    pytest.param(
        "Organização Regional de Saúde. Relatório anual de vacinação [Internet]. Recife, PE: "
        "ORS; 2021 [citado 2023 jun 5]. Disponível em: https://ors.example.br/relatorio",
        {
            "authors": ("Organização Regional de Saúde",),
            "title": "Relatório anual de vacinação",
            "year": 2021,
            "publisher": "ORS",
        },
        id="nlm-citado-disponivel",
    ),
    pytest.param(
        "Instituto Nacional de Salud. Boletín de dengue [Internet]. Lima: INS; 2019 "
        "[consultado 2022 feb 3]. Disponible en: https://ins.example.pe/boletin",
        {"authors": ("Instituto Nacional de Salud",), "title": "Boletín de dengue", "year": 2019},
        id="nlm-consultado-disponible",
    ),
    # NLM: a hierarchy of government bodies heads the entry; the units are no title
    pytest.param(
        "Portugal. Ministério da Educação. Direção-Geral da Educação. Referencial de educação "
        "para a saúde. Lisboa: DGE; 2017.",
        {
            "kind": BOOK,
            "authors": ("Portugal",),
            "title": "Referencial de educação para a saúde",
            "year": 2017,
        },
        id="nlm-hierarchy-units",
    ),
    pytest.param(
        "Chile. Ministerio de Salud. SINAVE. Casos de tos ferina por región [Internet]. "
        "Santiago: MINSAL; 2022 [citado 2024 ene 8]. Disponible en: https://sinave.example.cl",
        {"authors": ("Chile",), "title": "Casos de tos ferina por región", "year": 2022},
        id="nlm-hierarchy-acronym-unit",
    ),
    # Vancouver: a title of several sentences runs to the journal
    pytest.param(
        'Lund KE, Amir T. "Timed up and go". A brief test of basic mobility in the frail '
        "elderly. J Geriatr Phys Ther. 1991;14(2):42-8.",
        {
            "kind": ARTICLE,
            "title": '"Timed up and go". A brief test of basic mobility in the frail elderly',
            "host": "J Geriatr Phys Ther",
            "year": 1991,
        },
        id="vancouver-quoted-title-then-sentence",
    ),
    pytest.param(
        "European Society of Hypertension. European Society of Hypertension consensus "
        "statement. Home monitoring of blood pressure in adults. J Hypertens. "
        "2020;38(7):1201-20.",
        {
            "kind": ARTICLE,
            "authors": ("European Society of Hypertension",),
            "title": "European"
            " Society of Hypertension consensus statement. Home monitoring of blood pressure in "
            "adults",
            "host": "J Hypertens",
        },
        id="vancouver-statement-then-title",
    ),
    # Nature: a preprint of two names joined by "&", no "et al."
    pytest.param(
        "Haddad, O. & Brandt, M. K. Folding of designed repeat proteins. Preprint at "
        "https://arxiv.org/abs/2301.01234 (2023).",
        {
            "authors": ("Haddad, O.", "Brandt, M. K."),
            "title": "Folding of designed repeat proteins",
            "year": 2023,
        },
        id="nature-preprint-pair",
    ),
    # Nature: papers in proceedings, with pages and publisher or with the year alone
    pytest.param(
        "Aalto, P., Reyes, J. & Kim, H. Fastpath: a tracing JIT for array code. In *Proc. "
        "Third Workshop on Array Programming* 12–19 (IEEE, 2019).",
        {
            "kind": RefKind.CHAPTER,
            "authors": ("Aalto, P.", "Reyes, J.", "Kim, H."),
            "title": "Fastpath: a tracing JIT for array code",
            "host": "Proc. Third Workshop on Array Programming",
            "publisher": "IEEE",
            "year": 2019,
        },
        id="nature-proceedings-publisher",
    ),
    pytest.param(
        "Lind, E. & Sato, M. TensorKit: sparse kernels for GPUs. In *Proc. Workshop on Systems "
        "for ML (SysML) at ICML 2018* (2018).",
        {
            "kind": RefKind.CHAPTER,
            "title": "TensorKit: sparse kernels for GPUs",
            "host": "Proc. Workshop on Systems for ML (SysML) at ICML 2018",
            "year": 2018,
        },
        id="nature-proceedings-year-alone",
    ),
    pytest.param(
        "Ndlovu, T. Grazing and soil carbon in the Karoo. PhD thesis, Univ. Cape Town (2016).",
        {"authors": ("Ndlovu, T.",), "title": "Grazing and soil carbon in the Karoo", "year": 2016},
        id="nature-thesis",
    ),
    # an open project's collective authors
    pytest.param(
        "Wikipedia contributors. Timeline of aviation. 2021 [cited 2022 May 3]. Available "
        "from: https://en.wikipedia.org/wiki/Timeline_of_aviation",
        {"authors": ("Wikipedia contributors",), "year": 2021},
        id="collective-contributors",
    ),
    # an organisation's versioned working document is a report
    pytest.param(
        "Coastal Bird Survey. Nest count field protocol, version 2.1. Aberdeen: Seabird Trust; "
        "2020.",
        {
            "kind": RefKind.REPORT,
            "authors": ("Coastal Bird Survey",),
            "title": "Nest count field protocol, version 2.1",
            "year": 2020,
        },
        id="versioned-protocol-report",
    ),
    # standards: the publisher after the title, a designation that says what it revises
    pytest.param(
        "ISO 5725-2:2019, Accuracy of measurement methods and results, International "
        "Organization for Standardization, Geneva, 2019.",
        {"authors": (), "title": "Accuracy of measurement methods and results", "year": 2019},
        id="standard-publisher-written-out",
    ),
    pytest.param(
        "IEEE Standard for Ethernet, IEEE Std 802.3-2022 (Revision of IEEE Std 802.3-2018), "
        "IEEE, Piscataway, 2022.",
        {
            "kind": RefKind.REPORT,
            "authors": (),
            "title": "IEEE Standard for Ethernet",
            "publisher": "IEEE",
            "place": "Piscataway",
            "year": 2022,
        },
        id="standard-revision-publisher-place",
    ),
    # IEEE: a column's name inside the quoted title is the title's
    pytest.param(
        'K. Ito, "Why Do Kalman Filters Diverge? [Tips & Tricks]," IEEE Control Syst. Mag., '
        "vol. 40, no. 2, pp. 20-31, 2020.",
        {"kind": ARTICLE, "title": "Why Do Kalman Filters Diverge? [Tips & Tricks]"},
        id="ieee-column-in-quoted-title",
    ),
    # a quoted title, then an edition: a book
    pytest.param(
        'G. Strand and P. Olsen, "Matrix Methods for Engineers", 2nd ed., Oxford University '
        "Press, 2014.",
        {
            "kind": BOOK,
            "title": "Matrix Methods for Engineers",
            "host": None,
            "publisher": "Oxford University Press",
            "year": 2014,
        },
        id="quoted-title-edition-book",
    ),
    # NLM: an organisation's "[Internet]" item, seen on a date, is a page of its site; a
    # book online keeps its editors
    pytest.param(
        "Instituto Nacional de Estadística. Censo agrario 2020 [Internet]. Madrid: INE; 2022 "
        "[citado 2023 oct 2]. Disponible en: https://ine.example.es/censo",
        {"kind": RefKind.WEB, "authors": ("Instituto Nacional de Estadística",), "year": 2022},
        id="nlm-organisation-page",
    ),
    pytest.param(
        "Moreau C, Lindqvist H, editors. Atlas of skin flora [Internet]. Lyon: Presses "
        "Rhône; 2018 [cited 2023 Jan 4]. Available from: https://atlas.example.fr/",
        {"kind": BOOK, "authors": ("Moreau C", "Lindqvist H"), "year": 2018},
        id="nlm-edited-book-online-stays-book",
    ),
    pytest.param(
        "Ambrose, K. Unpublished results.",
        {"authors": ("Ambrose, K",), "title": "Unpublished results"},
        id="unpublished-stays-a-work",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STYLED)
def test_styled_list_entries(text: str, expected: dict[str, Any]) -> None:
    check_styled(text, expected)
