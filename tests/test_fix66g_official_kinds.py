"""fix66g: East Asian acts by their promulgation number, statistics releases and a subtitle
naming a report are reports."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.legal_kind import legal_source
from bibcheck.parse.references.reportkind import titled_report
from bibcheck.parse.references.typed_kinds import bibtex_kind


@pytest.mark.parametrize(
    "text",
    [
        "医療法(昭和23年法律第205号)",
        "感染症の予防及び感染症の患者に対する医療に関する法律（平成十年法律第百十四号）",
        "健康増進法施行規則(平成15年厚生労働省令第86号)",
        "国民健康保険法施行令(昭和33年政令第362号)",
        "국민건강보험법 (법률 제19445호)",
        "지역보건법 시행령 (대통령령 제32500호)",
        "中华人民共和国基本医疗卫生与健康促进法（主席令第三十八号）",
        "医疗机构管理条例（国务院令第149号）",
    ],
)
def test_cjk_act_is_legal(text: str) -> None:
    assert legal_source(text)


@pytest.mark.parametrize(
    "title",
    [
        "母子保健法(昭和40年法律第141号)",
        "국민건강증진법 (법률 제18606호)",
        "传染病防治法实施办法（国务院令第17号）",
    ],
)
def test_bib_misc_act_is_report(title: str) -> None:
    fields = {"title": title, "year": "2021", "url": "https://example.org/law"}
    assert bibtex_kind("misc", fields, RefKind.WEB) is RefKind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        "Department for Transport. *Vehicle licensing statistics: January to March 2024*."
        " Accredited official statistics. 13 June 2024. https://www.gov.uk/government/"
        "statistics/vehicle-licensing-statistics-january-to-march-2024",
        "NHS Digital. *Hospital Admitted Patient Care Activity, 2022-23*. Official statistics."
        " 2023. https://digital.nhs.uk/data-and-information/publications/statistical/hospital",
        "Statistisches Bundesamt. *Gestorbene nach Todesursachen und Altersgruppen*."
        " Amtliche Statistik. https://www.destatis.de/DE/Themen/Gesellschaft-Umwelt/",
        "Drees. *Les dépenses de santé en 2023*. Statistique publique. 2024."
        " https://drees.solidarites-sante.gouv.fr/publications-communique-de-presse/",
        "Instituto Nacional de Estadística. *Defunciones según la causa de muerte 2023*."
        " Estadística oficial. 2024. https://www.ine.es/dyngs/INEbase/es/operacion.htm",
        "Dinas Kesehatan Provinsi Jawa Barat. *Cakupan imunisasi dasar lengkap menurut"
        " kabupaten*. Statistik resmi. 2023. https://opendata.jabarprov.go.id/id/dataset/cakupan",
    ],
)
def test_statistics_release_is_report(text: str) -> None:
    assert parse_reference(text, (1,)).kind is RefKind.REPORT


@pytest.mark.parametrize(
    "title",
    [
        "Salt reduction: report on progress between 2017 and 2020",
        "Alkoholprävention: Bericht über die Umsetzung 2022",
        "Tabac : rapport sur l'application de la loi",
        "Obesidad infantil: informe sobre la evolución 2015-2020",
        "Stunting di Jawa Barat: laporan tentang pelaksanaan program",
    ],
)
def test_subtitle_naming_a_report(title: str) -> None:
    assert titled_report(title)
