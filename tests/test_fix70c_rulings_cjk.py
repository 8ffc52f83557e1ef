"""fix70c: East Asian laws by article, report series and press releases; repository records in
IEEE lists; EU rulings' designations and gazettes; a dated ruling after its italic title;
a note naming an act and then a listed work."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.cjk_law_articles import cjk_law_article, without_cjk_article
from bibcheck.parse.references.run_dated import run_before_date
from bibcheck.parse.references.several import work_spans
from bibcheck.parse.titleprefix import designated_prefix
from bibcheck.text import title_key


def _parse(text: str, *, note: bool = False, styles: bool = True):  # type: ignore[no-untyped-def]
    return parse_reference(text, [1], detect_styles=styles, note=note)


# ---- East Asian acts cited by their article ---------------------------------------------

LAW_NOTES = [
    ("「자본시장과 금융투자업에 관한 법률」 제9조(정의).", "자본시장과 금융투자업에 관한 법률"),
    ("「예금자보호법」 제2조 및 제30조.", "예금자보호법"),
    ("『銀行法』第12条第2項。", "銀行法"),
    ("「金融商品取引法」第2条。", "金融商品取引法"),
    ("《中华人民共和国商业银行法》第三十九条。", "中华人民共和国商业银行法"),
    ("《證券交易法》第12條。", "證券交易法"),
]


@pytest.mark.parametrize(("text", "title"), LAW_NOTES)
def test_cjk_law_by_article_is_a_report(text: str, title: str) -> None:
    ref = _parse(text, note=True)
    assert ref.kind is RefKind.REPORT
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [("상법 제401조 참조.", "상법"), ("会社法第423条。", "会社法")],
)
def test_bare_cjk_law_keeps_no_article_in_title(text: str, title: str) -> None:
    ref = _parse(text, note=True)
    assert ref.kind is RefKind.REPORT
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("「은행법」 제34조", True),
        ("民法第709条", True),
        ("『経済研究』第12巻第3号", False),
        ("「논문」, 『경제학연구』 제27권 제3호", False),
    ],
)
def test_cjk_law_article(text: str, cites: bool) -> None:
    assert cjk_law_article(text) is cites


def test_without_cjk_article() -> None:
    assert without_cjk_article("상법 제401조") == "상법"
    assert without_cjk_article("한국 경제사 연구") == "한국 경제사 연구"


# ---- East Asian report series and press releases ----------------------------------------

SERIES_ENTRIES = [
    "김지훈(2022), 「기준금리와 은행 대출태도」, BOK 경제연구 제2022-8호, 한국은행.",
    "오세진(2024), 「주택담보대출 금리 전가」, BOK 이슈노트 제2024-12호, 한국은행.",
    "정민호(2021), 「기업 투자와 금융여건」, 『조사통계월보』, 2021년 6월호, 한국은행.",
    "이서연(2020), 「고용과 물가」, KDI 정책포럼 제280호, 한국개발연구원.",
    "高橋健（2022）「家計債務と消費」、日本銀行ワーキングペーパーシリーズ、No.22-J-4。",
    "李华（2019）“利率市场化与银行信贷”，中国人民银行工作论文，2019年第5号。",
]


@pytest.mark.parametrize("text", SERIES_ENTRIES)
def test_cjk_report_series(text: str) -> None:
    assert _parse(text).kind is RefKind.REPORT


def test_statistics_office_press_release_is_a_report() -> None:
    ref = _parse("통계청(2023), 「2023년 가계동향조사 결과」, 보도자료, 2023. 11. 30.")
    assert ref.kind is RefKind.REPORT


# ---- a web page dated to the month in corner brackets -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "한국은행, 「지역경제보고서」, 2024년 9월, https://www.bok.example.net/r (2025. 1. 5. 접속).",
        "国土交通省「地価公示の概要」、2023年3月、https://www.mlit.example.net/k（2024年5月1日閲覧）。",
    ],
)
def test_month_dated_page_is_web(text: str) -> None:
    ref = _parse(text, note=True)
    assert ref.kind is RefKind.WEB
    assert ref.publisher is None


# ---- repository records in IEEE lists ---------------------------------------------------

RECORDS = [
    'J. Berg and K. Lind, "Strain records of two steel bridges," Zenodo, 2023, '
    "doi: 10.5281/zenodo.7654321.",
    'M. Rossi, "Misure di deformazione dei connettori," figshare, 2022, '
    "doi: 10.6084/m9.figshare.2345678.",
    "P. Nowak, „Pomiary ugięć mostu,” Dryad, 2021, doi: 10.5061/dryad.q2bvq83k.",
    'A. Lund, "Survey microdata," Mendeley Data, 2020, doi: 10.17632/abcd1234.1.',
]


@pytest.mark.parametrize("text", RECORDS)
def test_repository_record_is_web(text: str) -> None:
    ref = _parse(text)
    assert ref.kind is RefKind.WEB
    assert ref.host is None


# ---- EU rulings: the designation in parentheses and the gazette -------------------------

RULINGS = [
    (
        "European Central Bank (2020), Decision (EU) 2020/440 of the European Central Bank of "
        "24 March 2020 on a temporary purchase programme (ECB/2020/17), OJ L 91, 25.3.2020, "
        "p. 1–4.",
        "Decision (EU) 2020/440 of the European Central Bank of 24 March 2020 on a temporary "
        "purchase programme",
    ),
    (
        "Europäische Zentralbank (2020): Beschluss (EU) 2020/440 der Europäischen Zentralbank "
        "vom 24. März 2020 über ein befristetes Ankaufprogramm (EZB/2020/17), ABl. L 91 vom "
        "25.3.2020, S. 1–4.",
        "Beschluss (EU) 2020/440 der Europäischen Zentralbank vom 24. März 2020 über ein "
        "befristetes Ankaufprogramm",
    ),
    (
        "ESRB (2016): Empfehlung des Europäischen Ausschusses für Systemrisiken vom 15. "
        "Dezember 2015 zur Bewertung grenzüberschreitender Effekte (ESRB/2015/2), Amtsblatt "
        "der Europäischen Union, C 97 vom 12.3.2016, S. 9–27.",
        "Empfehlung des Europäischen Ausschusses für Systemrisiken vom 15. Dezember 2015 zur "
        "Bewertung grenzüberschreitender Effekte",
    ),
]


@pytest.mark.parametrize(("text", "title"), RULINGS)
def test_ruling_title_without_designation_and_gazette(text: str, title: str) -> None:
    ref = _parse(text)
    assert ref.title == title
    assert ref.kind is RefKind.REPORT


def test_designated_prefix_with_eu_letters() -> None:
    titles = [title_key("Directive 2014/59/EU of the European Parliament and of the Council")]
    assert designated_prefix(title_key("Directive 2014/59/EU"), titles) == 0
    titles = [title_key("Richtlijn 2014/24/EU van het Europees Parlement en de Raad")]
    assert designated_prefix(title_key("Richtlijn 2014/24/EU"), titles) == 0


# ---- a ruling's date after its italic title ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "run"),
    [
        (
            "*Allgemeinverfügung zur Festsetzung einer Quote* vom 3. Mai 2021",
            "Allgemeinverfügung zur Festsetzung einer Quote",
        ),
        ("*Decision on the buffer rate* of 12 May 2014", "Decision on the buffer rate"),
        ("*Décision relative au coussin* du 3 juin 2019", "Décision relative au coussin"),
        ("*Circular sobre el colchón* de 25 de marzo de 2021", "Circular sobre el colchón"),
        ("*Richtlinie vom 26. Juni 2013 über Banken*", None),
    ],
)
def test_run_before_date(title: str, run: str | None) -> None:
    assert run_before_date(title) == run


# ---- a note naming an act and then a listed work ---------------------------------------


@pytest.mark.parametrize(
    ("text", "works"),
    [
        (
            "Directive 2014/59/EU, Art. 45; ESRB (2016).",
            ["Directive 2014/59/EU, Art. 45", "ESRB (2016)."],
        ),
        (
            "Richtlinie 2014/59/EU, Art. 45; Bundesbank (2019).",
            ["Richtlinie 2014/59/EU, Art. 45", "Bundesbank (2019)."],
        ),
        (
            "Ley 11/2015, art. 3; Banco de España (2017).",
            ["Ley 11/2015, art. 3", "Banco de España (2017)."],
        ),
    ],
)
def test_act_then_author_year_are_two_works(text: str, works: list[str]) -> None:
    assert [text[a:b] for a, b in work_spans(text)] == works
