"""Fix 48k: a report and a commentary note in scripts other than Latin.

- the report word of a script that writes no space between words (Lao, Thai, Khmer,
  Burmese, Chinese, Japanese, Korean), or of one with no capitals (Pashto, Marathi), in a
  book-shaped note;
- a development bank, a monetary fund or an intergovernmental organisation publishing its
  own work (its name or its initials as the publisher), and a country strategy whose title
  closes with the period it covers;
- the author's own interview (Pashto, Persian, Arabic, Hindi) and data offered on request
  (in several languages and scripts) make a commentary note, whatever date it gives.

Own fixtures, in the shapes real notes have.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import commentary, parse_reference, reportkind
from bibcheck.parse.references.repeat import find_repeats
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


def _note(text: str) -> RefKind:
    return parse_reference(text, [1], detect_styles=True, note=True).kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Lao: an enterprise's annual report
        pytest.param(
            "ບໍລິສັດ ໄຟຟ້າ ລາວ, *ບົດລາຍງານປະຈຳປີ 2021*, ວຽງຈັນ, 2022, ໜ້າ 8.",
            RefKind.REPORT,
            id="lao-annual",
        ),
        # Thai: a ministry's research report
        pytest.param(
            "กรมชลประทาน, *รายงานการศึกษาลุ่มน้ำยม*, กรุงเทพฯ, 2019, หน้า 14.",
            RefKind.REPORT,
            id="thai-study",
        ),
        # Khmer: a ministry's report
        pytest.param(
            "ក្រសួងកសិកម្ម, *របាយការណ៍ប្រចាំឆ្នាំ 2020*, ភ្នំពេញ, 2021.",
            RefKind.REPORT,
            id="khmer-annual",
        ),
        # Chinese: an institute's research report
        pytest.param(
            "国家统计局, *2020年农村发展报告*, 北京, 2021.",
            RefKind.REPORT,
            id="chinese",
        ),
        # Marathi: a board's annual report
        pytest.param(
            "महाराष्ट्र जल मंडळ, *वार्षिक अहवाल 2021*, मुंबई, 2022.",
            RefKind.REPORT,
            id="marathi",
        ),
        # a Lao book with no report word stays a book
        pytest.param(
            "ສົມພອນ ແກ້ວມະນີ, *ປະຫວັດສາດເມືອງຫຼວງພະບາງ*, ວຽງຈັນ, 2015, ໜ້າ 40.",
            RefKind.BOOK,
            id="lao-book",
        ),
        # a development bank publishing its own study, its initials as publisher
        pytest.param(
            "Inter-American Development Bank. *Skills for Work in Latin America*. "
            "Washington, DC: IDB, 2018.",
            RefKind.REPORT,
            id="bank-initials",
        ),
        pytest.param(
            "International Monetary Fund. *Fiscal Monitor: Policies to Support People*. "
            "Washington, DC: International Monetary Fund, 2021.",
            RefKind.REPORT,
            id="fund-self",
        ),
        # a bank's study from a university press is a book
        pytest.param(
            "World Bank. *The Long Road to Recovery*. Oxford: Oxford University Press, 1996.",
            RefKind.BOOK,
            id="bank-press",
        ),
    ],
)
def test_report_kind(text: str, kind: RefKind) -> None:
    if kind is RefKind.REPORT:
        assert _note(text) is RefKind.REPORT
    else:
        assert _note(text) is not RefKind.REPORT


@pytest.mark.parametrize(
    ("title", "report"),
    [
        ("Viet Nam: Country Partnership Strategy (2021–2025)", True),
        ("Ghana: Country Partnership Framework (2022–2026)", True),
        ("Mongolia: Country Assistance Strategy", True),
        ("A History of Mongolia (1911–1924)", False),
    ],
)
def test_titled_strategy(title: str, report: bool) -> None:
    assert reportkind.titled_report(title) is report


@pytest.mark.parametrize(
    ("authors", "publisher", "report"),
    [
        (("World Bank",), "World Bank", True),
        (("Asian Development Bank",), "ADB", True),
        (("Asian Development Bank",), "Routledge", False),
        (("Oxfam India",), "Oxfam", False),
        (("Lee, Anna",), "Lee, Anna", False),
    ],
)
def test_development_institution(authors: tuple[str, ...], publisher: str, report: bool) -> None:
    assert reportkind.development_institution_work(authors, publisher) is report


@pytest.mark.parametrize(
    "text",
    [
        # Pashto: the number varies; my interview with a master, Kabul, 2021
        pytest.param("د پردو شمېر توپیر لري؛ زما مرکه له استاد کریم سره، کابل، ۲۰۲۱.", id="pashto"),
        # Persian: interview with the writer, Shiraz, 2018
        pytest.param("مصاحبه با نگارنده، شیراز، ۱۳۹۷.", id="persian"),
        # Arabic: a personal interview, Amman, 2020
        pytest.param("مقابلة شخصية مع المغني، عمّان، 2020.", id="arabic"),
        # Lao: the count was made in May 2022; details can be asked for from the office
        pytest.param("ການນັບດຳເນີນໃນເດືອນພຶດສະພາ 2022; ຂໍ້ມູນ ສາມາດຂໍໄດ້ຈາກຫ້ອງການ.", id="lao-request"),
        # Thai: the survey of March 2021; the data can be asked for at the faculty
        pytest.param("การสำรวจเดือนมีนาคม 2021; ข้อมูลขอได้ที่คณะ.", id="thai-request"),
        pytest.param(
            "The plots were measured in June 2019; the data are available from the authors "
            "on request.",
            id="english-request",
        ),
        pytest.param(
            "Die Zählung fand im Mai 2020 statt, Einzelheiten auf Anfrage erhältlich.",
            id="german-request",
        ),
    ],
)
def test_commentary(text: str) -> None:
    assert _note(text) is RefKind.COMMENTARY


@pytest.mark.parametrize(
    "text",
    [
        # a work with a title is cited, whatever the request says
        pytest.param(
            "Data available on request; see A. Lee, “Counting the River Birds,” *Ibis* 12 "
            "(2019): 4.",
            id="titled",
        ),
        pytest.param("ګل، *د پښتو موسیقۍ تاریخ*، کابل: دانش، ۲۰۱۱.", id="pashto-book"),
    ],
)
def test_not_commentary(text: str) -> None:
    assert _note(text) is not RefKind.COMMENTARY


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "ບົດລາຍງານ" * (n // 9), id="lao"),
        pytest.param(lambda n: "رپور " * (n // 5), id="pashto"),
    ],
)
def test_script_report_linear(line: Line) -> None:
    assert_linear(reportkind.script_report, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "available from the " * (n // 19), id="from"),
        pytest.param(lambda n: "可向" * (n // 2), id="chinese"),
        pytest.param(lambda n: "زما " * (n // 4), id="pashto"),
    ],
)
def test_commentary_cues_linear(line: Line) -> None:
    assert_linear(lambda t: commentary._ON_REQUEST.search(t), line)
    assert_linear(lambda t: commentary._PERSONAL.search(t), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Viet Nam Report (2021" * (n // 21), id="period"),
        pytest.param(lambda n: "A " * (n // 2) + "Bank", id="bank"),
    ],
)
def test_title_and_body_linear(line: Line) -> None:
    assert_linear(reportkind.titled_report, line)
    assert_linear(lambda t: reportkind.development_institution_work((t,), t), line)


_FULL = (
    "Pacific Development Bank. *Roads to the Coast: Transport Links of the Inland Provinces*. "
    "Suva: Pacific Development Bank, 2017."
)
_OTHER = "Tanaka, Ken. *Island Harbours*. Auckland: Tide Press, 2017."


@pytest.mark.parametrize(
    ("short", "target"),
    [
        # the full note's year repeated after the short title, and the page in the note's
        # own script (Lao, Thai, Khmer, Hindi)
        pytest.param("Pacific Development Bank, *Roads to the Coast*, 2017, ໜ້າ 35.", 0, id="lao"),
        pytest.param("Pacific Development Bank, *Roads to the Coast*, หน้า 12.", 0, id="thai"),
        pytest.param("Pacific Development Bank, *Roads to the Coast*, ទំព័រ 9.", 0, id="khmer"),
        pytest.param("Pacific Development Bank, *Roads to the Coast*, पृ. 4.", 0, id="hindi"),
        pytest.param("Pacific Development Bank, *Roads to the Coast*, 2017, 35.", 0, id="year"),
        # another year is another work
        pytest.param("Pacific Development Bank, *Roads to the Coast*, 2019, 35.", None, id="other"),
    ],
)
def test_short_note_year_and_page_word(short: str, target: int | None) -> None:
    rep = find_repeats([_FULL, _OTHER, short])[2]
    assert (rep.target if rep is not None else None) == target
