"""fix79k: a statistics office's yearbook cited by its link alone is a report, as in print.

APA 7 cites a body's publication online as ``Body. (Year). Title. URL`` -- no publisher when
the body is the author -- and a statistics office's yearbook is cited so: the corpus keys file
statistical yearbooks as ``report`` (tests/corpus/README.md, "Conventions decided in round
79"), but the link alone made such an entry a web page.  The yearbook is now read by its
title (the office's own name for it, in the languages cited, Turkish ``İstatistik Yıllığı``
among them), named at the title's head: a work about yearbooks stays what it was.  NLM's
``[Internet]`` keeps its own reading.  (The examples are this file's own.)
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import named_yearbook, titled_report
from tests.growth import growth

_NAMED = [
    ("2022 yılı SGK istatistik yıllığı", True),
    ("İstatistik Yıllığı 2021", True),
    ("ISTATISTIK YILLIGI 2020", True),
    ("Statistical Yearbook of Iceland 2022", True),
    ("Statistical Yearbook of the Federal Republic of Ruritania 2019", True),
    ("Suomen tilastollinen vuosikirja 2021", True),
    ("Magyar statisztikai évkönyv 2019", True),
    ("Statistisk årbog 2023", True),
    ("Anuari estadístic de la ciutat 2022", True),
    ("Anuarul statistic al României 2021", True),
    ("Statistični letopis 2022", True),
    ("Российский статистический ежегодник 2022", True),
    ("省统计年鉴2021", True),
    ("Statistisches Jahrbuch 2023: Bevölkerung", True),
    # (works about yearbooks, or a yearbook's review: no yearbook's own title)
    ("Reading the statistical yearbooks of the interwar period", False),
    ("A history of the Statistical Yearbook", False),
    ("Statistical Yearbook Review", False),
    ("İstatistik yıllığı verileriyle işsizlik analizi", False),
    ("the yılı istatistik yıllığı", False),
    ("", False),
]


@pytest.mark.parametrize(("title", "named"), _NAMED)
def test_named_yearbook(title: str, named: bool) -> None:
    assert named_yearbook(title) is named


@pytest.mark.parametrize(
    "title",
    [
        "2022 yılı SGK istatistik yıllığı",
        "Suomen tilastollinen vuosikirja 2021",
        "Statistični letopis 2022",
        "Российский статистический ежегодник 2022",
    ],
)
def test_titled_report_knows_more_languages(title: str) -> None:
    assert titled_report(title)


_ENTRIES = [
    (
        "Sosyal Güvenlik Kurumu. (2023). 2022 yılı SGK istatistik yıllığı. "
        "https://www.sgk.example.org/istatistik/yillik/",
        RefKind.REPORT,
    ),
    (
        "Türkiye İstatistik Kurumu. (2022). İstatistik Yıllığı 2021. "
        "https://data.tuik.example.org/yillik",
        RefKind.REPORT,
    ),
    (
        "Statistics Iceland. (2022). Statistical Yearbook of Iceland 2022. "
        "https://statice.example.org/yearbook",
        RefKind.REPORT,
    ),
    (
        "Tilastokeskus. (2021). Suomen tilastollinen vuosikirja 2021. "
        "https://stat.example.org/vuosikirja",
        RefKind.REPORT,
    ),
    (
        "Instituto Nacional de Estadística. (2022). Anuario estadístico de la provincia 2021. "
        "https://ine.example.org/anuario",
        RefKind.REPORT,
    ),
    (
        "Statistisches Landesamt (2023): Statistisches Jahrbuch 2023. Musterstadt. "
        "https://www.statistik.example.org/jahrbuch",
        RefKind.REPORT,
    ),
    (
        "Росстат. (2022). Российский статистический ежегодник 2022. "
        "https://rosstat.example.org/yearbook",
        RefKind.REPORT,
    ),
    # (printed, no link: a report too)
    ("Sosyal Güvenlik Kurumu. (2023). 2022 yılı SGK istatistik yıllığı.", RefKind.REPORT),
    # (near misses, read so before: a post about yearbooks, a review, an analysis)
    (
        "Smith, J. (2021). Reading the statistical yearbooks of the interwar period. "
        "https://blog.example.org/yearbooks",
        RefKind.WEB,
    ),
    (
        "Okafor, N. (2020). A history of the Statistical Yearbook. "
        "https://blog.example.org/history",
        RefKind.WEB,
    ),
    (
        "Statistics Iceland. (2022). Statistical Yearbook Review. "
        "https://statice.example.org/review",
        RefKind.WEB,
    ),
    (
        "Kaya, A. (2019). İstatistik yıllığı verileriyle işsizlik analizi. "
        "https://blog.example.org/issizlik",
        RefKind.WEB,
    ),
    (
        "Oficina de Estadística. Anuario estadístico de la región 2022 [Internet]. Sevilla: "
        "Oficina; 2022 [citado 3 oct 2023]. Disponible en: https://oficina.example.org/anuario",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "kind"), _ENTRIES)
def test_yearbook_cited_online(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is kind


def test_linear_named_yearbook() -> None:
    # (a yearbook's name again and again, a tail of many words and prepositions, with no
    # end the tail allows: four times the text, about four times the work)
    def call(count: int) -> object:
        title = "Statistical Yearbook of " * count + "x " * count + "y" * count
        return named_yearbook(title)

    assert growth(call, 500, 2000) < 8
