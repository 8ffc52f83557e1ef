"""Independent accuracy check of the parser on the sample manuscript.

Every expected value below was read off ``references/on-the-course-of-cooperation.md``
by hand (line numbers are 1-based lines of that file), never copied from the
parser's output.  If the parser disagrees, the parser is wrong (or the
disagreement is worth a look): do not weaken an expectation to make it pass.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import (
    AnomalyCode,
    ClaimKind,
    Footnote,
    LiteratureEntry,
    ParsedDocument,
    RefKind,
)
from tests.helpers import SAMPLE

A = AnomalyCode
WEB: dict[str, Any] = {"kind": RefKind.WEB, "electronic": True, "authors": ()}
LAP = "LAP LAMBERT Academic Publishing"

# The author's own books, cited in footnotes with a page ("C. 65.") and in the
# literature list with a page count ("112 c.").  They carry no URL.
ROUTE_TITLE = (
    "The Route of Interaction - Asia. Intensification of Belarus' multifaceted ties "
    "with the main economic partners on the continent"
)
FLEXIBLE_TITLE = (
    "Partnership of flexible forms. Features of Eurasian cooperation dialog in the "
    "conditions of global threats"
)
REALITIES_TITLE = (
    "New Realities for Partnership. Chronicle of international cooperation under "
    "conditions of economic mobilization"
)
REGIONS_TITLE = (
    "From Regions to Innovations. Features of the Belarusian-Chinese strategic partnership"
)
HOPE_TITLE = (
    "Hope for the positive future. Dynamics of partnerships under conditions of economic realism"
)
SHUMILIN_TITLE = (
    "Forecast to 2040 - about the prospects of science development and international cooperation"
)
SHUMILIN_URL = (
    "https://www.belta.by/interview/view/prognoz-do-2040-goda-o-perspektivah-razvitija-"
    "nauki-i-mezhdunarodnom-sotrudnichestve-7168/"
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
SNOPKOV_TITLE = (
    "Nikolai Snopkov: The cumulative economic effect of the Belarusian-Chinese agreements "
    "is estimated at more than $3.5 billion"
)
# Footnote 102 (line 691): "kрупnyh" has Cyrillic р, у, п between Latin letters.
FN102_DISPLAY = (
    "https://www.belta.by/economics/view/belarus-i-kitaj-dogovorilis-o-realizatsii-"
    "k\u0440\u0443\u043fnyh-proektov-v-oblasti-razvitiya-i-sotrudnichestva-576096-2023/"
)
FN102_URL = (
    "https://www.belta.by/economics/view/belarus-i-kitaj-dogovorilis-o-realizatsii-"
    "k%D1%80%D1%83%D0%BFnyh-proektov-v-oblasti-razvitiya-i-sotrudnichestva-576096-2023/"
)
# Literature 103 (line 1285): "predpriятие" ends in Cyrillic я, т, и, е.
LIT103_DISPLAY = (
    "https://www.belta.by/economics/view/belorusko-kitajskoe-predpri\u044f\u0442\u0438\u0435-"
    "po-proizvodstvu-molochnoj-produktsii-sozdatud-v-knr-v-etom-godu-576098-2023/"
)
LIT103_URL = (
    "https://www.belta.by/economics/view/belorusko-kitajskoe-predpri%D1%8F%D1%82%D0%B8%D0%B5-"
    "po-proizvodstvu-molochnoj-produktsii-sozdatud-v-knr-v-etom-godu-576098-2023/"
)


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_file(SAMPLE)


@pytest.fixture(scope="module")
def footnotes(doc: ParsedDocument) -> dict[str, Footnote]:
    return {fn.label: fn for fn in doc.footnotes}


@pytest.fixture(scope="module")
def literature(doc: ParsedDocument) -> dict[int, LiteratureEntry]:
    return {entry.number: entry for entry in doc.literature}


# --------------------------------------------------------------------------
# 1. Counts
# --------------------------------------------------------------------------


def test_footnote_labels_are_1_to_167_in_order(doc: ParsedDocument) -> None:
    assert [fn.label for fn in doc.footnotes] == [str(n) for n in range(1, 168)]
    assert [fn.number for fn in doc.footnotes] == list(range(1, 168))


def test_literature_is_numbered_1_to_166(doc: ParsedDocument) -> None:
    assert [entry.number for entry in doc.literature] == list(range(1, 167))


def test_every_footnote_has_exactly_one_marker(doc: ParsedDocument) -> None:
    counts = {fn.label: len(fn.markers) for fn in doc.footnotes}
    assert {label: n for label, n in counts.items() if n != 1} == {}
    assert all(m.label == fn.label for fn in doc.footnotes for m in fn.markers)
    assert doc.stray_markers == ()


def test_footnotes_with_a_url(doc: ParsedDocument) -> None:
    # 167 footnotes; the six citing the author's own LAP LAMBERT books have no URL
    # (26, 73, 94, 119, 133, 162).  Footnote 126's URL stands on line 837.
    without = {fn.label for fn in doc.footnotes if fn.reference.url is None}
    assert without == {"26", "73", "94", "119", "133", "162"}
    assert sum(fn.reference.url is not None for fn in doc.footnotes) == 161


def test_literature_entries_with_a_url(doc: ParsedDocument) -> None:
    # The five books (26, 73, 118, 132, 161) have none; every other entry has one.
    without = {e.number for e in doc.literature if e.reference.url is None}
    assert without == {26, 73, 118, 132, 161}


# --------------------------------------------------------------------------
# 2. Reference fields
# --------------------------------------------------------------------------


def _check_fields(ref: Any, expected: dict[str, Any]) -> None:
    got = {name: getattr(ref, name) for name in expected}
    assert got == expected


FOOTNOTE_FIELDS = [
    pytest.param(
        "1",
        {
            **WEB,
            "line": 112,
            "title": "Political relations",
            "year": 2023,
            "year_raw": "2023",
            "url": "https://turkey.mfa.gov.by/ru/bilateral_relations/political/relations/",
        },
        id="fn-1-escaped-underscores-link",
    ),
    pytest.param(
        "2",
        {
            **WEB,
            "line": 114,
            "title": "Official visit of the President of Turkey Recep Tayyip Erdogan",
            "year": 2016,
            "url": "http://president.gov.by/ru/news_ru/view/ofitsialnyj-vizit-prezidenta-"
            "turtsii-redzhepatajipa-erdogana-14820/",
        },
        id="fn-2-http-link",
    ),
    pytest.param(
        "4",
        {
            **WEB,
            "line": 128,
            "title": "Belarus and Turkey are interested in the development of contacts between "
            "universities and scientific organizations",
            "year": 2019,
            "url": "https://www.belta.by/society/view/belarus-i-turtsija-zajinteresovany-v-"
            "razvitii-kontaktov-mezhdu-vuzami-i-nauchnymi-organizatsijami-344261-2019/",
        },
        id="fn-4-autolink",
    ),
    pytest.param(
        "5",
        {
            **WEB,
            "line": 136,
            "title": "Belarus and Turkey will hold a competition of joint innovation projects",
            "year": 2018,
            "url": "http://www.gknt.gov.by/news/2018/belarus_i_turtsiya_provedut_konkurs_"
            "sovmestnykh_innovatsionnykh_proektov/",
        },
        id="fn-5-many-escapes",
    ),
    pytest.param(
        "9",
        {
            **WEB,
            "line": 160,
            "title": "Agreement between the Government of the Republic of Belarus and the "
            "Government of the Republic of Turkey on cooperation in science and technology",
            "year": 2016,
            "url": "https://pravo.by/document/?guid=12551&p0=101600046&p1=1",
        },
        id="fn-9-query-string-digit-one",
    ),
    pytest.param(
        "10",
        {
            **WEB,
            "line": 162,
            "title": "Belarus and Turkey plan to develop cooperation in the spheres of energy, "
            "ICT and medicine",
            "year": None,
            "year_raw": "202-",
            "url": "https://www.belta.by/economics/view/belarus-i-turtsija-planirujut-razvivat-"
            "sotrudnichestvo-v-sferah-energetiki-ikt-i-medsiny-418159-2020/",
        },
        id="fn-10-year-202-dash",
    ),
    pytest.param(
        "11",
        {
            **WEB,
            "line": 170,
            "authors": ("Shumilin, A.",),
            "title": SHUMILIN_TITLE,
            "responsibility": "A. Shumilin",
            "year": 2020,
            "year_raw": "2020",
            "url": SHUMILIN_URL,
        },
        id="fn-11-author-with-responsibility",
    ),
    pytest.param(
        "12",
        {
            **WEB,
            "line": 172,
            "title": "84 technology parks have been established in Turkey",
            "year": 2019,
            "url": "https://restproperty.ru/news/v-turtsii-sozdano-84-tekhnoparka/",
        },
        id="fn-12-title-starts-with-number",
    ),
    pytest.param(
        "14",
        {
            **WEB,
            "line": 182,
            "title": "Belarus and Turkey will reach the historical maximum in trade turnover by "
            "the end of the year",
            "url": "https://www.belta.by/economics/view/belarus-i-turtsija-po-itogam-goda-"
            "vyjdut-na-istoricheskij-maksimum-v-tovarooborote-599138-2023",
        },
        id="fn-14-url-without-trailing-slash",
    ),
    pytest.param(
        "18",
        {
            **WEB,
            "line": 204,
            "title": SPEECH_TITLE,
            "year": 2023,
            "url": "https://mfa.gov.by/press/news_mfa/d72f4b731323cb1d.html",
        },
        id="fn-18-title-with-initials-and-parentheses",
    ),
    pytest.param(
        "26",
        {
            "kind": RefKind.BOOK,
            "line": 258,
            "authors": ("Zalesky, B.",),
            "title": ROUTE_TITLE,
            "responsibility": "B. Zalesky",
            "publisher": LAP,
            "year": 2023,
            "year_raw": "2023",
            "pages": "65",
            "page_count": None,
            "url": None,
            "electronic": False,
        },
        id="fn-26-book-with-page",
    ),
    pytest.param(
        "27",
        {
            **WEB,
            "line": 260,
            "title": "Industrial cooperation and education. Roman Golovchenko outlined "
            "promising areas of cooperation with Iran",
            "year": 2023,
            "url": "http://www.government.by/ru/content/10714",
        },
        id="fn-27-title-with-inner-period",
    ),
    pytest.param(
        "32",
        {
            **WEB,
            "line": 284,
            "title": "Belarus presented its products at the largest exhibition in Southeast Asia",
            "year": 2023,
            "url": "https://www.belta.by/economics/view/belarus-predstavila-svoju-produktsiju-"
            "na-krupnejshej-vystavke-v-jugo-vostochnoj-azii-603968-2023/",
        },
        id="fn-32-definition-glued-to-marker",
    ),
    pytest.param(
        "35",
        {
            **WEB,
            "line": 304,
            "authors": ("Anufrieva, O.",),
            "title": 'Belarusian companies at the exhibition "Vietnam Expo - 2023" signed '
            "contracts for 26 million dollars",
            "responsibility": "O. Anufrieva",
            "year": 2023,
            "url": "https://www.sb.by/articles/beloruskie-kompanii-na-vystavke-vetnam-ekspo-"
            "2023-zaklyuchili-kontrakty-na-26-millionov-dollarov.html",
        },
        id="fn-35-author-quoted-title",
    ),
    pytest.param(
        "45",
        {
            **WEB,
            "line": 370,
            "title": "Mongolia",
            "year": 2022,
            "url": "https://export.by/mongolia",
        },
        id="fn-45-definition-without-rule",
    ),
    pytest.param(
        "48",
        {
            **WEB,
            "line": 383,
            "authors": ("Tsogtbaatar, D.",),
            "title": "Belarus can become for Mongolia and its goods an exit to Europe",
            "responsibility": "D. Tsogtbaatar",
            "year": 2018,
        },
        id="fn-48-author",
    ),
    pytest.param(
        "51",
        {**WEB, "line": 397, "title": GORELIK_TITLE, "year": 2022},
        id="fn-51-doubled-title",
    ),
    pytest.param(
        "60",
        {
            **WEB,
            "line": 445,
            "title": '"Gomselmash" resumes deliveries to Mongolia',
            "year": 2024,
            "url": "https://www.belta.by/economics/view/gomselmash-vozobnovljaet-postavki-v-"
            "mongoliju-611342-2024/",
        },
        id="fn-60-title-starts-with-quote",
    ),
    pytest.param(
        "73",
        {
            "kind": RefKind.BOOK,
            "line": 519,
            "authors": ("Zalessky, B.",),
            "title": FLEXIBLE_TITLE,
            "responsibility": "B. Zalessky",
            "publisher": LAP,
            "year": 2022,
            "pages": "5",
            "page_count": None,
            "url": None,
        },
        id="fn-73-book-single-digit-page",
    ),
    pytest.param(
        "75",
        {
            **WEB,
            "line": 531,
            "title": 'Velikiy Kamen" ended the year with the largest deal',
            "year": 2022,
        },
        id="fn-75-title-with-stray-quote",
    ),
    pytest.param(
        "82",
        {
            **WEB,
            "line": 559,
            "authors": ("Abramenko, A.",),
            "title": "On the peculiarities of doing business in CCW, joint projects and "
            "prospects for cooperation",
            "responsibility": "A. Abramenko",
            "year": 2023,
        },
        id="fn-82-author",
    ),
    pytest.param(
        "87",
        {
            **WEB,
            "line": 587,
            "title": SNOPKOV_TITLE,
            "year": 2023,
            "url": "http://www.government.by/ru/content/10547",
        },
        id="fn-87-stray-leading-period-and-escaped-dollar",
    ),
    pytest.param(
        "94",
        {
            "kind": RefKind.BOOK,
            "line": 631,
            "authors": ("Zalesky, B.",),
            "title": ROUTE_TITLE,
            "publisher": LAP,
            "year": 2023,
            "pages": "19",
            "url": None,
        },
        id="fn-94-same-book-as-fn-26",
    ),
    pytest.param(
        "102",
        {
            **WEB,
            "line": 691,
            "title": "Belarus and China agreed to implement major projects in the field of "
            "development and cooperation",
            "year": 2023,
            "url": FN102_URL,
            "url_display": FN102_DISPLAY,
        },
        id="fn-102-cyrillic-in-url",
    ),
    pytest.param(
        "106",
        {
            **WEB,
            "line": 713,
            "title": 'Declared investments of the residents of "Great Stone" are estimated at '
            "more than $1.3 billion",
            "year": 2023,
        },
        id="fn-106-escaped-dollar-in-title",
    ),
    pytest.param(
        "119",
        {
            "kind": RefKind.BOOK,
            "line": 795,
            "authors": ("Zaleskii, B.",),
            "title": REALITIES_TITLE,
            "responsibility": "B. Zaleskii",
            "publisher": LAP,
            "year": 2023,
            "pages": "13",
            "url": None,
        },
        id="fn-119-book",
    ),
    pytest.param(
        "126",
        {
            **WEB,
            "line": 829,
            "end_line": 837,
            "title": "Machine building, medicine, tourism: Minsk region and Chongqing discussed "
            "areas of cooperation",
            "year": 2023,
            "url": "https://www.belta.by/regions/view/mashinostroenie-medsitina-turizm-minskaja-"
            "oblast-i-chuntsin-obsudili-napravlenija-sotrudnichestva-574541-2023/",
        },
        id="fn-126-url-in-next-footnote-block",
    ),
    pytest.param(
        "127",
        {
            **WEB,
            "line": 839,
            "authors": ("Mishin, A.",),
            "title": "What are the prospects of cooperation between Vitebsk region and the "
            "provinces of China?",
            "responsibility": "A. Mishin",
            "year": 2023,
            "url": "https://vitbichi.by/news/ekonomika/analitik_obyasnit_kakovy_perspektivy_"
            "sotrudnichestva_vi_tebuskoy_oblasti_i_provintsij_kitaya/",
        },
        id="fn-127-title-ends-with-question-mark",
    ),
    pytest.param(
        "133",
        {
            "kind": RefKind.BOOK,
            "line": 873,
            "authors": ("Zalessky, B.",),
            "title": REGIONS_TITLE,
            "responsibility": "B. Zalessky",
            "publisher": LAP,
            "year": 2021,
            "pages": "11",
            "url": None,
        },
        id="fn-133-book-2021",
    ),
    pytest.param(
        "135",
        {
            **WEB,
            "line": 877,
            "authors": ("Kochetov, S.",),
            "responsibility": "S. Kochetov",
            "year": 2023,
            "url": "https://www.vitbichi.by/news/ekonomika/vitebskaya_oblast_i_kitayskaya_"
            "provintsija_shandu_n_namereny_razvivat_i_rasshiryat_partnerstvo_v_inno/",
        },
        id="fn-135-author-escaped-url",
    ),
    pytest.param(
        "140",
        {
            **WEB,
            "line": 907,
            "authors": ("Gorodetsky, D.",),
            "title": "In China concluded commercial contracts and new cooperation agreements",
            "responsibility": "D. Gorodetsky",
            "year": 2023,
        },
        id="fn-140-author",
    ),
    pytest.param(
        "151",
        {
            **WEB,
            "line": 979,
            "title": "Xinjiang Asia-Europe Trade Center to help boost exports to China through BUTB",
            "year": 2023,
            "url": "https://www.belta.by/economics/view/sintzjanskij-aziatsko-evropejskij-"
            "torgovyj-tsentr-pomozhet-narastit-eksport-v-kitaj-cherez-butb-576501-2023/",
        },
        id="fn-151-same-work-as-lit-150",
    ),
    pytest.param(
        "158",
        {
            **WEB,
            "line": 1021,
            "title": "BUTB expands the range of lumber buyers from China",
            "year": 2023,
            "year_raw": "2023",
            "url": "https://www.belta.by/economics/view/butb-rasshirjaet-krug-pokupatelej-"
            "pilomaterialov-iz-kitaja-607633-2023/",
        },
        id="fn-158-stray-leading-period",
    ),
    pytest.param(
        "162",
        {
            "kind": RefKind.BOOK,
            "line": 1053,
            "authors": ("Zaleskii, B.",),
            "title": HOPE_TITLE,
            "responsibility": "B. Zaleskii",
            "publisher": LAP,
            "year": 2023,
            "pages": "103",
            "url": None,
        },
        id="fn-162-book-three-digit-page",
    ),
    pytest.param(
        "166",
        {
            **WEB,
            "line": 1075,
            "title": "SDSU and Shijiazhuang Engineering College agreed on cooperation",
            "year": 2023,
        },
        id="fn-166",
    ),
    pytest.param(
        "167",
        {
            **WEB,
            "line": 1083,
            "title": "Brest Technical University will cooperate with the institute of the "
            "Chinese province of Anhui",
            "year": 2023,
            "url": "https://www.belta.by/amp/regions/view/brestskij-tehnicheskij-universitet-"
            "budet-sotrudnicat-s-institutom-kitajskoj-provintsii-anhoj-602188-2023",
        },
        id="fn-167-last",
    ),
]


@pytest.mark.parametrize(("label", "expected"), FOOTNOTE_FIELDS)
def test_footnote_fields(
    footnotes: dict[str, Footnote], label: str, expected: dict[str, Any]
) -> None:
    fn = footnotes[label]
    assert fn.line == expected["line"]
    _check_fields(fn.reference, expected)


LITERATURE_FIELDS = [
    pytest.param(
        1,
        {
            **WEB,
            "line": 1087,
            "title": "Political relations",
            "year": 2023,
            "url": "https://turkey.mfa.gov.by/ru/bilateral_relations/political/relations/",
        },
        id="lit-1-first",
    ),
    pytest.param(
        9,
        {
            **WEB,
            "line": 1095,
            "title": "Agreement between the Government of the Republic of Belarus and the "
            "Government of the Republic of Turkey on cooperation in the field of science and "
            "technology",
            "year": 2016,
            "url": "https://pravo.by/document/?guid=12551&p0=I01600046&p1=1",
        },
        id="lit-9-query-string-capital-i",
    ),
    pytest.param(
        10,
        {**WEB, "line": 1096, "year": 2020, "year_raw": "2020"},
        id="lit-10-year-well-formed",
    ),
    pytest.param(
        11,
        {
            **WEB,
            "line": 1097,
            "authors": ("Shumilin, A.",),
            "title": SHUMILIN_TITLE,
            "responsibility": "A. Shumilin",
            "year": 2020,
            "url": SHUMILIN_URL,
        },
        id="lit-11-author",
    ),
    pytest.param(
        12,
        {
            **WEB,
            "line": 1099,
            "title": "84 technoparks established in Turkey",
            "year": 2019,
            "url": "https://restproperty.ru/news/v-turtsii-sozdano-84-tekhnoparka/",
        },
        id="lit-12-after-blank-line",
    ),
    pytest.param(
        21,
        {
            **WEB,
            "line": 1117,
            "end_line": 1119,
            "title": "Belarusian enterprises presented their products at the international "
            "exhibition in Turkey",
            "year": 2023,
            "url": "https://www.belta.by/economics/view/beloruskie-predprijatija-"
            "predstavili-produktsiju-na-mezhdunarodnoj-vystavke-v-turtsii-569846-2023/",
        },
        id="lit-21-url-split-hash-link",
    ),
    pytest.param(
        26,
        {
            "kind": RefKind.BOOK,
            "line": 1129,
            "authors": ("Zalesky, B.",),
            "title": ROUTE_TITLE,
            "responsibility": "B. Zalesky",
            "publisher": LAP,
            "year": 2023,
            "pages": None,
            "page_count": 112,
            "url": None,
            "electronic": False,
        },
        id="lit-26-book-page-count",
    ),
    pytest.param(
        45,
        {
            **WEB,
            "line": 1169,
            "title": "Mongolia",
            "year": 2022,
            "url": "https://export.by/mongolia",
        },
        id="lit-45-one-word-title",
    ),
    pytest.param(
        73,
        {
            "kind": RefKind.BOOK,
            "line": 1225,
            "authors": ("Zaleskii, B.",),
            "title": FLEXIBLE_TITLE,
            "responsibility": "B. Zaleskii",
            "publisher": LAP,
            "year": 2022,
            "pages": None,
            "page_count": 134,
            "url": None,
        },
        id="lit-73-book",
    ),
    pytest.param(
        87,
        {**WEB, "line": 1253, "title": SNOPKOV_TITLE, "year": 2023},
        id="lit-87-escaped-dollar-in-title",
    ),
    pytest.param(
        103,
        {
            **WEB,
            "line": 1285,
            "title": "Belarusian-Chinese enterprise for the production of dairy products will be "
            "created in China this year",
            "year": 2023,
            "url": LIT103_URL,
            "url_display": LIT103_DISPLAY,
        },
        id="lit-103-cyrillic-in-url",
    ),
    pytest.param(
        113,
        {
            **WEB,
            "line": 1307,
            "end_line": 1311,
            "title": "Educational and scientific potential of BSTU presented in the Chinese "
            "province of Guangdong",
            "year": 2023,
            "url": "https://www.belta.by/society/view/obrazovatelnyj-i-nauchnyj-potencial-bgtu-"
            "prezentovan-v-kitajskoj-provintsii-guandun-563887-2023/",
        },
        id="lit-113-url-after-page-break",
    ),
    pytest.param(
        118,
        {
            "kind": RefKind.BOOK,
            "line": 1321,
            "authors": ("Zaleskii, B.",),
            "title": REALITIES_TITLE,
            "publisher": LAP,
            "year": 2023,
            "pages": None,
            "page_count": 64,
            "url": None,
        },
        id="lit-118-book",
    ),
    pytest.param(
        123,
        {
            **WEB,
            "line": 1331,
            "end_line": 1333,
            "title": "Minsk region and Zhejiang province intend to develop cooperation in the "
            "field of traditional medicine",
            "year": 2023,
            "year_raw": "2023",
            "url": "https://www.belta.by/regions/view/minskaja-oblast-i-provintsija-chzhetszjan-"
            "namereny-razvivat-sotrudnichestvo-v-sfere-traditsionnoj-574675-2023/",
        },
        id="lit-123-continued-on-line-starting-with-year",
    ),
    pytest.param(
        132,
        {
            "kind": RefKind.BOOK,
            "line": 1351,
            "authors": ("Zaleskii, B.",),
            "title": REGIONS_TITLE,
            "publisher": LAP,
            "year": 2021,
            "pages": None,
            "page_count": 96,
            "url": None,
        },
        id="lit-132-book",
    ),
    pytest.param(
        141,
        {
            **WEB,
            "line": 1369,
            "end_line": 1371,
            "title": "Brest and Bereza got twinned in the Chinese province of Anhui",
            "url": "https://www.belta.by/regions/view/brest-i-bereza-obzavelis-pobratimami-v-"
            "kitajskoj-provintsii-anhoj-598126-2023/",
        },
        id="lit-141-url-on-next-line",
    ),
    pytest.param(
        150,
        {
            **WEB,
            "line": 1389,
            "end_line": 1391,
            "title": "Xinjiang Asia-Europe Trade Center to help boost exports to China through BUTB",
            "year": 2023,
            "url": "https://www.belta.by/economics/view/sintszjanskij-aziatsko-evropejskij-"
            "torgovij-tsentr-pomozhet-narastit-eksport-v-kitaj-cherez-butb-576501-2023/",
        },
        id="lit-150-url-split-bogus-link-target",
    ),
    pytest.param(
        160,
        {
            **WEB,
            "line": 1411,
            "end_line": 1413,
            "title": "Xie Xiaoyun: Chinese-Belarusian association of universities will become a "
            "hallmark of humanitarian cooperation between the two countries",
            "year": 2023,
            "url": "https://www.belta.by/society/view/se-sjaojun-kitajsko-belorusskaja-"
            "assotsiatsija-vuzov-stanet-vizitnoj-kartochkoj-gumanitarnogo-600900-2023/",
        },
        id="lit-160-url-split-hash-link",
    ),
    pytest.param(
        161,
        {
            "kind": RefKind.BOOK,
            "line": 1415,
            "authors": ("Zaleskii, B.",),
            "title": HOPE_TITLE,
            "responsibility": "B. Zaleskii",
            "publisher": LAP,
            "year": 2023,
            "pages": None,
            "page_count": 184,
            "url": None,
        },
        id="lit-161-book",
    ),
    pytest.param(
        166,
        {
            **WEB,
            "line": 1425,
            "end_line": 1425,
            "title": "Brest Technical University will cooperate with the institute of the "
            "Chinese province of Anhui",
            "year": 2023,
            "url": "https://www.belta.by/amp/regions/view/brestskij-tehnicheskij-universitet-"
            "budet-sotrudniczat-s-institutom-kitajskoj-provintsii-anhoj-602188-2023",
        },
        id="lit-166-last-before-artifacts",
    ),
]


@pytest.mark.parametrize(("number", "expected"), LITERATURE_FIELDS)
def test_literature_fields(
    literature: dict[int, LiteratureEntry], number: int, expected: dict[str, Any]
) -> None:
    entry = literature[number]
    assert entry.line == expected["line"]
    _check_fields(entry.reference, expected)


def _all_references(doc: ParsedDocument) -> list[tuple[str, Any]]:
    refs = [(f"fn {fn.label}", fn.reference) for fn in doc.footnotes]
    refs += [(f"lit {e.number}", e.reference) for e in doc.literature]
    return refs


def test_every_reference_is_a_web_item_or_one_of_the_books(doc: ParsedDocument) -> None:
    # 322 "[Electronic resource]" items (161 footnotes, 161 entries), dated 2016..2024
    # (footnote 10 says "202-"); the rest are the author's LAP LAMBERT books of 2021..2023.
    wrong = []
    for name, ref in _all_references(doc):
        if "[Electronic resource]" in ref.raw:
            ok = (
                ref.kind is RefKind.WEB
                and ref.electronic
                and ref.url is not None
                and (ref.year in range(2016, 2025) or (name == "fn 10" and ref.year is None))
            )
        else:
            ok = (
                ref.kind is RefKind.BOOK
                and ref.publisher == LAP
                and ref.url is None
                and ref.year in (2021, 2022, 2023)
            )
        if not ok:
            wrong.append((name, ref.kind, ref.year, ref.url))
    assert wrong == []


def test_titles_and_urls_are_clean(doc: ParsedDocument) -> None:
    # No markdown left over (escapes, emphasis), no stray leading ". " (footnotes 87, 158),
    # URLs usable as they are: ASCII, no whitespace, no backslash.
    bad_titles = [
        (name, ref.title)
        for name, ref in _all_references(doc)
        if not ref.title
        or "\\" in ref.title
        or "**" in ref.title
        or ref.title != ref.title.strip()
        or ref.title.startswith(".")
    ]
    bad_urls = [
        (name, ref.url)
        for name, ref in _all_references(doc)
        if ref.url is not None
        and (
            not ref.url.startswith(("http://", "https://"))
            or not ref.url.isascii()
            or re.search(r"[\\\s<>]", ref.url)
        )
    ]
    assert bad_titles == []
    assert bad_urls == []


# --------------------------------------------------------------------------
# 3. Claims
# --------------------------------------------------------------------------

Q, S = ClaimKind.QUOTE, ClaimKind.SENTENCE

# (label, kind, exact text or (start, end), claim line or None)
CLAIMS = [
    pytest.param(
        "1",
        Q,
        "became the first foreign state to recognize the state independence of the Republic "
        "of Belarus",
        106,
        id="fn-1-quote",
    ),
    pytest.param(
        "2",
        Q,
        "joint production of complex technical products in the regions of Belarus and Turkey, "
        "including for the purpose of their promotion to the markets of third countries",
        108,
        id="fn-2-quote-mid-sentence",
    ),
    pytest.param(
        "3",
        S,
        "Secondly, the parties decided to focus on the maximum use of the potential of trade and "
        'economic interaction with an emphasis on the creation of "joint production of complex '
        "technical products in the regions of Belarus and Turkey, including for the purpose of "
        'their promotion to the markets of third countries" and the organization of joint '
        "industrial zones.",
        108,
        id="fn-3-sentence-marker-after-period",
    ),
    pytest.param(
        "4",
        Q,
        "to expand and deepen contacts between the countries in the whole range of educational "
        "activities, to attract Turkish citizens to study in Belarus",
        124,
        id="fn-4-quote",
    ),
    pytest.param(
        "7",
        Q,
        "These include optics for space observation of the Earth's surface, unmanned aerial "
        "vehicles, batteries for electric cars and other vehicles, composite organomineral "
        "materials, mineral enrichment, and the use of information technologies for forecasting "
        "dangerous natural phenomena",
        132,
        id="fn-7-quote-across-footnote-block",
    ),
    pytest.param(
        "9",
        Q,
        (
            "energy; agro-industrial technologies; industrial and construction technologies",
            "natural disasters; and the development of new technologies.",
        ),
        152,
        id="fn-9-quote-ending-with-period",
    ),
    pytest.param(
        "10",
        S,
        "At the same second meeting of the joint commission on cooperation in science and "
        "technology, it became known that the joint project of the Joint Institute of "
        "Informatics Problems of the National Academy of Sciences of Belarus and the Turkish "
        'company "Novosim Engineering Services" on the development of the warehouse autonomous '
        'multi-robotics system, which "will be designed to move goods in automatic mode inside '
        "both designed and existing warehouses, logistics centers, taking into account "
        'information about their configuration" has already been accepted for funding',
        154,
        id="fn-10-relocated-marker-sentence",
    ),
    pytest.param(
        "11",
        Q,
        "Belarus has 25 subjects of innovation infrastructure: 16 technoparks (including 3 "
        "private ones), 8 technology transfer centers and the Belarusian Innovation Fund. The "
        "network of technoparks covers all regional centers",
        156,
        id="fn-11-quote-across-footnote-block-and-page",
    ),
    pytest.param(
        "12",
        Q,
        "Now there are technoparks in 54 provinces of the country, more than 5 thousand "
        "companies work on the territories of technological development zones",
        166,
        id="fn-12-quote-space-before-marker",
    ),
    pytest.param(
        "15",
        Q,
        "attention to the restoration of infrastructure that was destroyed as a result of the "
        "crushing earthquake in 11 provinces of Turkey",
        176,
        id="fn-15-quote-continued-by-line-starting-with-number",
    ),
    pytest.param(
        "20",
        S,
        (
            'In this regard, the parties "signed a Memorandum of Understanding between the '
            "National Center for Marketing",
            "plan to participate in a joint business forum in Belarus in the first quarter of 2024",
        ),
        200,
        id="fn-20-sentence-unclosed-quote-across-page",
    ),
    pytest.param(
        "26",
        Q,
        "in the best years, the sides reached 250-300 million dollars. Therefore <...> intend to "
        "reach a trade turnover within $500 million in a short period of time",
        244,
        id="fn-26-quote-escaped-dollar",
    ),
    pytest.param(
        "27",
        Q,
        "Intensive work at various levels has led to a significant increase in trade turnover. "
        "In 2022, trade turnover tripled to the level of 2021. In the current [2023] year, it "
        "added another 25% to the same period last year.",
        252,
        id="fn-27-quote-with-period-inside",
    ),
    pytest.param(
        "28",
        S,
        'Belarus supplies "cellulose, plywood, wood boards" to this country',
        254,
        id="fn-28-sentence-ending-to-this-country",
    ),
    pytest.param(
        "34",
        Q,
        'an innovative series of biopreparations "Tsipropig", "Biferon - MRS" and "Circol" was '
        "presented. They are intended for treatment and prevention of diseases of farm animals",
        288,
        id="fn-34-nested-straight-quotes",
    ),
    pytest.param(
        "40",
        Q,
        "at the end of last year [2022], trade turnover between the two countries amounted to "
        "$180 million. In January-September this year, it has already exceeded $200 million, "
        "with both Belarusian and Vietnamese exports growing",
        312,
        id="fn-40-quote-across-footnote-block",
    ),
    pytest.param(
        "45",
        S,
        (
            "In this context, promising areas of cooperation include",
            "and prevention of emergency situations (supplies of fire-fighting equipment).",
        ),
        364,
        id="fn-45-sentence-unclosed-quote",
    ),
    pytest.param(
        "52",
        Q,
        "trade turnover of food products and agricultural raw materials with Mongolia amounted "
        "to $14.1 million (up 2.5 times compared to 2020). The main export items were milk and "
        "milk products - 85.9%",
        399,
        id="fn-52-quote",
    ),
    pytest.param(
        "53",
        Q,
        # One closing quote ends both the name "Zhodino State College" and the
        # quotation; the claim is the quotation, not the name inside it.
        (
            "in the 2017/2018 academic year, six citizens of Mongolia were enrolled to study "
            "at the Branch of BNTU",
            "Zhodino State College",
        ),
        401,
        id="fn-53-quote-ending-in-quoted-name",
    ),
    pytest.param(
        "58",
        Q,
        "today's mutual trade turnover does not reflect the potential of the two countries, in "
        "past periods the volume of trade turnover was much higher. <...> But we must do "
        "everything to make the relationship between the two countries acquire a strategic "
        "character.",
        427,
        id="fn-58-quote-period-inside-marker-at-end",
    ),
    pytest.param(
        "62",
        Q,
        "the growth rate of MTZ exports to Mongolia in 2023 amounted to 163.3% compared to 2022",
        439,
        id="fn-62-quote-stray-period-before-marker",
    ),
    pytest.param(
        "66",
        S,
        # The opening quote on line 461 is never closed: like an unmatched closing
        # quote (footnote 166), it is not part of the claim.
        "The volume of the pilot purchase amounted to 312 tons",
        461,
        id="fn-66-sentence-unclosed-quote-across-block",
    ),
    pytest.param(
        "72",
        Q,
        "Belarusian resident enterprises launched production of glass for all types of land "
        "transport, innovative photographic printing products, automated process control "
        'systems in industry and energy. The science and technology park "InKata" was put into '
        "operation, which houses companies engaged in scientific research and experimental "
        "development",
        501,
        id="fn-72-quote-with-inner-quotes-across-block",
    ),
    pytest.param(
        "87",
        Q,
        "It is the heart of logistics, transit. Here it is mainly e-commerce, emphasis on "
        "transportation and logistics, including green corridors. This is when the train is not "
        "checked at the border, but controlled at the destination, which gives a big advantage "
        "in cost and time.",
        579,
        id="fn-87-quote",
    ),
    pytest.param(
        "89",
        S,
        (
            "The two countries will give priority to cooperation in such areas as: organization of "
            "joint scientific research in the field of medicine, exchange of experience in the "
            "diagnosis and treatment of diseases;",
            "held in the People's Republic of China and the Republic of Belarus.",
        ),
        581,
        id="fn-89-sentence-across-footnote-block",
    ),
    pytest.param(
        "90",
        Q,
        "810 items of medical equipment, 502 medical devices and 480 medicines produced in China "
        "are registered in Belarus. From April 2020 to the present day, PRC has provided "
        "gratuitous assistance in the amount equivalent to $30 million. Belarus has received "
        "personal protective equipment, medical and diagnostic equipment, vaccine against "
        "COVID-19",
        593,
        id="fn-90-quote-across-footnote-block",
    ),
    pytest.param(
        "103",
        Q,
        "on priority areas of cooperation in the production of agricultural and municipal "
        "machinery, machine-tool construction, as well as the implementation of investment "
        "projects at Belarusian enterprises",
        685,
        id="fn-103-quote-across-footnote-block",
    ),
    pytest.param(
        "126",
        Q,
        "discussed cooperation in mechanical engineering, food supplies to the Chinese region, "
        "and logistics",
        823,
        id="fn-126-quote",
    ),
    pytest.param(
        "141",
        Q,
        "production sphere, transportation and logistics, educational, medical, cultural...",
        909,
        id="fn-141-quote-ending-with-ellipsis",
    ),
    pytest.param(
        "157",
        Q,
        "the Osell Group digital ecosystem is used by thousands of companies from various "
        "industries and agriculture, and the purpose of cooperation with BUTB is to involve "
        "representatives of Chinese business in cross-border trade on the Belarusian exchange "
        "platform",
        1009,
        id="fn-157-quote-across-blank-line",
    ),
    pytest.param(
        "158",
        Q,
        "in 2023, Chinese companies purchased 501 thousand cubic meters of lumber products on the "
        "exchange, which is 4 times more than in 2022. Over 53% of the total sales volume was "
        "provided by exchange address transactions. At the same time, about 30 buyers from China "
        "regularly participated in the trades",
        1013,
        id="fn-158-quote",
    ),
    pytest.param(
        "161",
        Q,
        "such an association is of great importance for training even more Chinese and "
        "Belarusian scholars who know well the languages of our two countries, who understand "
        "Chinese and Belarusian culture",
        1037,
        id="fn-161-quote-across-footnote-block",
    ),
    pytest.param(
        "166",
        S,
        "Today there are more than 100 students from China studying at Yanka Kupala State "
        "University of Grodno",
        1069,
        id="fn-166-unmatched-closing-quote",
    ),
    pytest.param(
        "167",
        Q,
        "for more than 15 years there is a joint training of specialists in the field of highway "
        "construction, accounting and automation with Huh-Hoto Professional Institute. Last "
        "year, a pilot program for training mechanical engineers with Xinxiang University was "
        "launched",
        1077,
        id="fn-167-last-quote",
    ),
]


@pytest.mark.parametrize(("label", "kind", "text", "line"), CLAIMS)
def test_claim(
    footnotes: dict[str, Footnote],
    label: str,
    kind: ClaimKind,
    text: str | tuple[str, str],
    line: int,
) -> None:
    (marker,) = footnotes[label].markers
    claim = marker.claim
    assert claim is not None
    assert claim.kind is kind
    if isinstance(text, tuple):
        start, end = text
        assert claim.text.startswith(start), claim.text
        assert claim.text.endswith(end), claim.text
    else:
        assert claim.text == text
    assert claim.line == line


# --------------------------------------------------------------------------
# 4. Line numbers
# --------------------------------------------------------------------------

# (label, definition line, marker line, marker column: 1-based, in the raw line)
LINES = [
    pytest.param("1", 112, 106, 472, id="fn-1"),
    pytest.param("3", 116, 108, 664, id="fn-3"),
    pytest.param("9", 160, 152, 590, id="fn-9"),
    pytest.param("10", 162, 154, 583, id="fn-10-column-of-placeholder"),
    pytest.param("11", 170, 164, 120, id="fn-11"),
    pytest.param("32", 284, 278, 647, id="fn-32"),
    pytest.param("45", 370, 364, 1047, id="fn-45"),
    pytest.param("62", 457, 449, 86, id="fn-62"),
    pytest.param("66", 475, 469, 50, id="fn-66"),
    pytest.param("89", 597, 591, 418, id="fn-89"),
    pytest.param("126", 829, 823, 1377, id="fn-126"),
    pytest.param("127", 839, 831, 609, id="fn-127"),
    pytest.param("157", 1019, 1011, 30, id="fn-157"),
    pytest.param("158", 1021, 1013, 597, id="fn-158"),
    pytest.param("167", 1083, 1077, 318, id="fn-167"),
]


@pytest.mark.parametrize(("label", "definition", "marker_line", "column"), LINES)
def test_lines(
    footnotes: dict[str, Footnote],
    label: str,
    definition: int,
    marker_line: int,
    column: int,
) -> None:
    fn = footnotes[label]
    assert fn.line == definition
    assert fn.reference.line == definition
    (marker,) = fn.markers
    assert marker.line == marker_line
    assert marker.column == column


def test_only_footnote_10_is_displaced(doc: ParsedDocument) -> None:
    displaced = {m.label: m.displaced_from for fn in doc.footnotes for m in fn.markers}
    assert {k: v for k, v in displaced.items() if v is not None} == {"10": 154}


def test_all_marker_and_definition_lines_against_the_raw_text(doc: ParsedDocument) -> None:
    """A plain scan of the file: ``<sup>N</sup>`` at a line start is a definition,
    elsewhere a body marker; line 154 is the one body paragraph starting with a marker."""
    definitions: dict[str, int] = {}
    markers: dict[str, int] = {}
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    for number, text in enumerate(lines, 1):
        for m in re.finditer(r"<sup>(\d+)</sup>", text):
            if m.start() == 0 and number != 154:
                definitions[m.group(1)] = number
            else:
                markers[m.group(1)] = number
    assert {fn.label: fn.line for fn in doc.footnotes} == definitions
    assert {fn.label: fn.markers[0].line for fn in doc.footnotes if fn.markers} == markers


# --------------------------------------------------------------------------
# 5. Anomalies and links
# --------------------------------------------------------------------------


def _found(doc: ParsedDocument, code: AnomalyCode) -> list[tuple[Any, ...]]:
    return [(a.line, a.footnote, a.literature_entry) for a in doc.all_anomalies() if a.code is code]


@pytest.mark.parametrize(
    ("code", "line", "footnote", "entry"),
    [
        pytest.param(A.YEAR_MALFORMED, 162, "10", None, id="year-malformed-fn-10"),
        pytest.param(A.LITERATURE_YEAR_DIFFERS, 162, "10", 10, id="year-differs-fn-10"),
        pytest.param(A.MARKER_DISPLACED, 154, "10", None, id="marker-displaced-fn-10"),
        pytest.param(A.LOST_MARKER, 591, None, None, id="lost-marker-xml-ph-0"),
        pytest.param(A.URL_MIXED_SCRIPT, 691, "102", None, id="url-mixed-script-fn-102"),
        pytest.param(A.URL_MIXED_SCRIPT, 1285, None, 103, id="url-mixed-script-lit-103"),
        pytest.param(A.URL_SPLIT_OVER_LINES, 1117, None, 21, id="url-split-lit-21"),
        pytest.param(A.URL_SPLIT_OVER_LINES, 1389, None, 150, id="url-split-lit-150"),
        pytest.param(A.URL_SPLIT_OVER_LINES, 1411, None, 160, id="url-split-lit-160"),
    ],
)
def test_anomaly_present(
    doc: ParsedDocument, code: AnomalyCode, line: int, footnote: str | None, entry: int | None
) -> None:
    found = _found(doc, code)
    # A footnote/literature anomaly may or may not name the item; the line must match.
    assert any(
        ln == line
        and (footnote is None or fn == footnote)
        and (entry is None or lit in (None, entry))
        for ln, fn, lit in found
    ), found


def test_definition_continued_for_126(doc: ParsedDocument) -> None:
    found = _found(doc, A.DEFINITION_CONTINUED)
    assert any(fn == "126" or ln in (829, 837) for ln, fn, _ in found), found


def test_artifact_line_for_author_use_only(doc: ParsedDocument) -> None:
    # "FOR AUTHOR USE ONLY" stands alone on lines 34, 36, 45, 77, 85, 102, 322, 495,
    # 1427 and 1458: one anomaly for the repeated string, at its first line.
    found = [
        a
        for a in doc.all_anomalies()
        if a.code is A.ARTIFACT_LINE and "FOR AUTHOR USE ONLY" in a.message
    ]
    assert [a.line for a in found] == [34]
    assert "10 times" in found[0].message


def test_literature_url_differs_for_9(doc: ParsedDocument) -> None:
    found = [
        a
        for a in doc.all_anomalies()
        if a.code is A.LITERATURE_URL_DIFFERS and (a.footnote == "9" or a.literature_entry == 9)
    ]
    assert found
    assert all(a.footnote in (None, "9") and a.literature_entry in (None, 9) for a in found)


def test_no_url_differs_for_identical_urls(doc: ParsedDocument) -> None:
    # Footnote 1 and literature 1 give the same URL: no difference to report.
    assert not [
        a for a in doc.all_anomalies() if a.code is A.LITERATURE_URL_DIFFERS and a.footnote == "1"
    ]


@pytest.mark.parametrize(
    ("label", "number"),
    [
        pytest.param("1", 1, id="fn-1"),
        pytest.param("9", 9, id="fn-9-url-differs-still-linked"),
        pytest.param("10", 10, id="fn-10"),
        pytest.param("11", 11, id="fn-11"),
        pytest.param("26", 26, id="fn-26-book"),
        pytest.param("45", 45, id="fn-45"),
        pytest.param("73", 73, id="fn-73-book"),
        pytest.param("93", 93, id="fn-93-last-before-offset"),
        pytest.param("94", 26, id="fn-94-same-book-as-lit-26"),
        pytest.param("95", 94, id="fn-95-offset-by-one"),
        pytest.param("102", 101, id="fn-102"),
        pytest.param("103", 102, id="fn-103"),
        pytest.param("119", 118, id="fn-119-book"),
        pytest.param("126", 125, id="fn-126"),
        pytest.param("127", 126, id="fn-127"),
        pytest.param("133", 132, id="fn-133-book"),
        pytest.param("141", 140, id="fn-141"),
        pytest.param("151", 150, id="fn-151-split-url-entry"),
        pytest.param("158", 157, id="fn-158"),
        pytest.param("161", 160, id="fn-161-split-url-entry"),
        pytest.param("162", 161, id="fn-162-book"),
        pytest.param("166", 165, id="fn-166"),
        pytest.param("167", 166, id="fn-167-last"),
    ],
)
def test_footnote_links_to_literature(
    footnotes: dict[str, Footnote], label: str, number: int
) -> None:
    match = footnotes[label].literature
    assert match is not None
    assert match.number == number
