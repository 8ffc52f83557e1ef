"""fix59j: GOST standards, patents, software and bracketed designations; GB/T capitals names
and type codes; IEEE technical guides and standards; a numbered note's style-lint said once."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse.style import style_findings
from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.gbt import parse as gbt_parse
from bibcheck.parse.references.gost_kinds import KindedTitle, kinded_title
from bibcheck.parse.references.pinyin import family_first_gbt
from bibcheck.parse.references.standardkind import named_designation


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # a standard under its designation
        (
            "ГОСТ Р 7.0.11–2011. Диссертация и автореферат диссертации",
            KindedTitle("Диссертация и автореферат диссертации", RefKind.REPORT),
        ),
        (
            "IEC 60255-1:2009. Measuring relays and protection equipment. Part 1",
            KindedTitle("Measuring relays and protection equipment. Part 1", RefKind.REPORT),
        ),
        (
            "ISO 4354:2009. Wind actions on structures",
            KindedTitle("Wind actions on structures", RefKind.REPORT),
        ),
        (
            "DIN EN ISO 14688-1:2020. Geotechnische Erkundung und Untersuchung",
            KindedTitle("Geotechnische Erkundung und Untersuchung", RefKind.REPORT),
        ),
        (
            "СП 22.13330.2016. Основания зданий и сооружений",
            KindedTitle("Основания зданий и сооружений", RefKind.REPORT),
        ),
        # title first, the designation or the genre after " : "
        (
            "Бетоны. Методы определения прочности : ГОСТ 10180-2012",
            KindedTitle("Бетоны. Методы определения прочности", RefKind.REPORT),
        ),
        (
            "Система стандартов безопасности труда : национальный стандарт Российской"
            " Федерации : издание официальное",
            KindedTitle("Система стандартов безопасности труда", RefKind.REPORT),
        ),
        (
            "Мосты и трубы : свод правил",
            KindedTitle("Мосты и трубы", RefKind.REPORT),
        ),
        # patents and inventor's certificates
        (
            "Патент № 2801234 C1 Российская Федерация, МПК G01R 31/08 (2006.01). Способ"
            " определения места повреждения линии : № 2022104455 : заявл. 21.02.2022 : опубл."
            " 09.08.2023",
            KindedTitle("Способ определения места повреждения линии", RefKind.PATENT),
        ),
        (
            "Пат. 2154321 Рос. Федерация, МПК7 H 02 H 3/08. Устройство токовой защиты",
            KindedTitle("Устройство токовой защиты", RefKind.PATENT),
        ),
        (
            "А. с. 1234567 СССР, МКИ G 01 N 3/00. Устройство для испытания образцов",
            KindedTitle("Устройство для испытания образцов", RefKind.PATENT),
        ),
        (
            "Патент на полезную модель № 201234 Российская Федерация. Датчик тока : №"
            " 2020111111 : заявл. 01.02.2020 : опубл. 05.10.2020",
            KindedTitle("Датчик тока", RefKind.PATENT),
        ),
        # software
        (
            "PowerFactory : программный комплекс",
            KindedTitle("PowerFactory", RefKind.WEB),
        ),
        (
            "Расчёт уставок РЗА : программа для ЭВМ",
            KindedTitle("Расчёт уставок РЗА", RefKind.WEB),
        ),
        (
            "OpenModelica : программное обеспечение",
            KindedTitle("OpenModelica", RefKind.WEB),
        ),
        # bracketed information the cataloguer adds: no part of the title, no kind of its own
        (
            "Нормативные документы отрасли : [сайт]",
            KindedTitle("Нормативные документы отрасли", None),
        ),
        (
            "Энергетика и промышленность России : [веб-сайт]",
            KindedTitle("Энергетика и промышленность России", None),
        ),
        (
            "LoadFlowLab : computer program",
            KindedTitle("LoadFlowLab", RefKind.WEB),
        ),
        # what stays as it is
        (
            "Reliable systems : software engineering for protection relays",
            KindedTitle("Reliable systems : software engineering for protection relays", None),
        ),
        (
            "Electrical installations : as 3000 explained",
            KindedTitle("Electrical installations : as 3000 explained", None),
        ),
        (
            "Релейная защита : учебное пособие",
            KindedTitle("Релейная защита : учебное пособие", None),
        ),
        (
            "Программа развития электросетевого комплекса региона",
            KindedTitle("Программа развития электросетевого комплекса региона", None),
        ),
        (
            "Применение ISO 9001 на малых предприятиях",
            KindedTitle("Применение ISO 9001 на малых предприятиях", None),
        ),
        (
            "Патентное право: теория и практика",
            KindedTitle("Патентное право: теория и практика", None),
        ),
        (
            "Рабочая программа дисциплины : программа курса",
            KindedTitle("Рабочая программа дисциплины : программа курса", None),
        ),
    ],
)
def test_kinded_title(title: str, want: KindedTitle) -> None:
    assert kinded_title(title) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # a book about a standard, by its authors: the designation is its title's
        (
            "ISO 9001:2015. Руководство по внедрению",
            KindedTitle("ISO 9001:2015. Руководство по внедрению", None),
        ),
        # a patent names its inventors, a program its developers: still what they are
        (
            "Патент № 2801234 Российская Федерация. Способ защиты : № 2022104455",
            KindedTitle("Способ защиты", RefKind.PATENT),
        ),
        ("RelayCalc : программа для ЭВМ", KindedTitle("RelayCalc", RefKind.WEB)),
    ],
)
def test_kinded_title_authored(title: str, want: KindedTitle) -> None:
    assert kinded_title(title, authored=True) == want


@pytest.mark.parametrize(
    ("entry", "title", "kind"),
    [
        (
            "ГОСТ Р 58087–2018. Электроэнергетические системы. Термины и определения. –"
            " Москва : Стандартинформ, 2018. – 20 с.",
            "Электроэнергетические системы. Термины и определения",
            RefKind.REPORT,
        ),
        (
            "Патент № 2799001 Российская Федерация, МПК H02J 3/00. Способ регулирования"
            " напряжения : № 2022130012 : заявл. 18.11.2022 : опубл. 29.06.2023 / Сидоров"
            " А. П. ; заявитель ООО «Сетевые решения». – 9 с.",
            "Способ регулирования напряжения",
            RefKind.PATENT,
        ),
        (
            "Петров С. А. ISO 50001:2018. Энергоменеджмент на предприятии. – Москва :"
            " Энергия, 2020. – 180 с.",
            "ISO 50001:2018. Энергоменеджмент на предприятии",
            RefKind.BOOK,
        ),
        (
            "GridCalc : программный комплекс. – Версия 4.2. – Самара : Энергософт, 2021. –"
            " URL: https://gridcalc.example.org (дата обращения: 11.03.2024). – Текст :"
            " электронный.",
            "GridCalc",
            RefKind.WEB,
        ),
        (
            "Справочник проектировщика подстанций : [сайт] / АО «Проектный институт». – URL:"
            " https://pi-substations.example.ru/handbook/ (дата обращения: 02.02.2024). –"
            " Текст : электронный.",
            "Справочник проектировщика подстанций",
            RefKind.WEB,
        ),
    ],
)
def test_gost_entries(entry: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert (ref.style, ref.title, ref.kind) == ("gost", title, kind)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("MORIASI D N", "Moriasi, D N"),
        ("VAN LIEW M W", "Van Liew, M W"),
        ("O'NEIL P", "O'Neil, P"),
        ("SMITH-JONES A B", "Smith-Jones, A B"),
        ("ZHANG L", "Zhang, L"),
        ("WANG Li", "WANG, Li"),  # (a pinyin given name written out: as before)
        ("Wang L", "Wang L"),
        ("USDA NRCS", "USDA NRCS"),
        ("王丽", "王丽"),
    ],
)
def test_family_first_gbt_capitals(name: str, want: str) -> None:
    assert family_first_gbt(name) == want


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("国家标准化管理委员会. 城镇污水处理厂污染物排放标准: GB 18918—2002[S]. 北京: 中国环境科学出版社, 2002.", RefKind.REPORT),
        ("ENVIRONMENTAL AGENCY. Flood estimation review[R]. Bristol: Environment Agency, 2019.", RefKind.REPORT),
        ("某研究院. 一种雨量计自动校准装置: CN114000001A[P]. 2022-02-01.", RefKind.PATENT),
        ("LI X, CHEN Y. Runoff thresholds in karst catchments[D]. Nanjing: Hohai University, 2020.", RefKind.THESIS),
    ],
)  # fmt: skip
def test_gbt_type_codes(entry: str, kind: RefKind) -> None:
    fields = gbt_parse(entry)
    assert fields is not None
    assert fields.kind is kind


def test_gbt_capital_names_in_entry() -> None:
    fields = gbt_parse(
        "HARGREAVES G H, SAMANI Z A, et al. Reference crop evapotranspiration from"
        " temperature[J]. Applied Engineering in Agriculture, 1985, 1(2): 96-99."
    )
    assert fields is not None
    assert fields.authors == ("Hargreaves, G H", "Samani, Z A")


@pytest.mark.parametrize(
    ("text", "title", "want"),
    [
        (
            "_Wind Loads on Tall Buildings_, ISO 4354:2009, ISO, Geneva, Switzerland, 2009.",
            "Wind Loads on Tall Buildings",
            "ISO 4354:2009",
        ),
        (
            "Standard for Local Area Networks, IEEE Std 802.11-2020, IEEE, 2021.",
            "Standard for Local Area Networks",
            "IEEE Std 802.11-2020",
        ),
        (
            '"Standard for Grid Interconnection," IEEE Std 1547-2018 (Revision of IEEE Std'
            " 1547-2003), Apr. 2018.",
            "Standard for Grid Interconnection",
            "IEEE Std 1547-2018",
        ),
        # a designation inside a title or a journal's numbers is no standard's element
        (
            'K. Ruiz, "Applying ISO 9001 in small firms," Qual. J., vol. 4, pp. 1-9, 2016.',
            "Applying ISO 9001 in small firms",
            None,
        ),
        ("Title of a book, Springer, Berlin, 2009.", "Title of a book", None),
    ],
)
def test_named_designation(text: str, title: str, want: str | None) -> None:
    assert named_designation(text, title) == want


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        (
            'Agence Routière, "Design of pedestrian bridges," Agence Routière, Lyon, France,'
            " Tech. Guide, Mar. 2011.",
            RefKind.REPORT,
        ),
        (
            'P. Lindqvist, "Inspection of timber decks," Road Directorate, Oslo, Norway,'
            " Tech. Guide, 2014.",
            RefKind.REPORT,
        ),
        (
            "_Bases for the Design of Masonry_, ISO 9652-1:2012, International Organization"
            " for Standardization, Geneva, Switzerland, 2012.",
            RefKind.REPORT,
        ),
        (
            '"Standard for Grid Interconnection," IEEE Std 1547-2018 (Revision of IEEE Std'
            " 1547-2003), Apr. 2018.",
            RefKind.REPORT,
        ),
        (
            'K. Ruiz, "Applying ISO 9001 in small firms," Qual. J., vol. 4, no. 2, pp. 1-9, 2016.',
            RefKind.ARTICLE,
        ),
    ],
)
def test_ieee_reports_and_standards(entry: str, kind: RefKind) -> None:
    assert parse_reference(entry, [1], detect_styles=True).kind is kind


_GOST_PAPER = """\
ЗАЩИТА ЛИНИЙ 35 кВ

Обзор методов дан в [1]. Данные взяты с портала [2], расчёт выполнен
по методике [3].

СПИСОК ЛИТЕРАТУРЫ

1. Ли В., Рамос Д. Fault location on distribution feeders: a survey // arXiv. –
   2021. – arXiv:2101.01234. – URL: https://arxiv.org/abs/2101.01234 (дата
   обращения: 03.03.2024).
2. Открытые данные энергосистемы : [сайт] / Региональный оператор. – URL:
   https://open-grid.example.ru/ (дата обращения: 05.03.2024). – Текст :
   электронный.
3. Методика расчёта токов КЗ / Энергоинститут. – URL:
   https://energo-inst.example.ru/method.pdf (дата обращения: 06.03.2024). –
   Текст : электронный.
"""


def test_missing_content_area_said_once_on_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(_GOST_PAPER, encoding="utf-8")
    doc = parse_file(path)
    lint = [f for f in style_findings(doc) if dict(f.evidence).get("rule") == "designation-missing"]
    assert [(f.literature_entries, f.footnotes, f.lines) for f in lint] == [((1,), (), (8,))]
    assert "'Текст : электронный'" in lint[0].message
