"""A public body as a work's publisher (fix 59c): what it issues is its report.

:func:`bibcheck.parse.references.publicpublisher.public_publisher` reads a publisher's
general signs (a ministry, an office, a treasury, a statistical office, an
intergovernmental organisation, in several languages) and no press; a work read as a book
that such a body publishes and whose title names what a body issues (guidelines, a strategy,
estimates …) is a report.  A press's or a university's book stays a book, and so does a
public body's publication whose title names no genre (tests/corpus/README.md).  Own
fixtures.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.publicpublisher import public_publisher


@pytest.mark.parametrize(
    "publisher",
    [
        "HM Treasury",
        "London: HM Treasury",
        "U.S. Government Accountability Office",
        "Office for National Statistics",
        "The Stationery Office",
        "Productivity Commission",
        "Federal Highway Administration",
        "Scottish Government",
        "Department of Health and Social Care",
        "World Health Organization",
        "International Labour Organization",
        "United Nations Environment Programme",
        "Statistics Canada",
        "Statistik Austria",
        "Istituto Nazionale di Statistica",
        "Instituto Nacional de Estadística",
        "Umweltbundesamt",
        "Statistisches Bundesamt",
        "Auswärtiges Amt",
        "Bundesministerium für Gesundheit",
        "ministère de la Transition écologique",
        "Ministerio de Sanidad",
        "Secretaría de Salud",
        "Министерство здравоохранения Российской Федерации",
        "Федеральная служба государственной статистики",
        "厚生労働省",
        "気象庁",
        "教育部",
        "国家统计局",
        "교육부",
        "통계청",
    ],
)
def test_public_publisher(publisher: str) -> None:
    assert public_publisher(publisher)


@pytest.mark.parametrize(
    "publisher",
    [
        None,
        "",
        "Clarendon Press",
        "MIT Press",
        "Brookings Institution Press",
        "Oxford University Press",
        "OECD Publishing",
        "Government Institutes Press",
        "Routledge",
        "Suhrkamp",
        "Éditions du Seuil",
        "Editorial Planeta",
        "Wydawnictwo Naukowe PWN",
        "Издательство МГУ",
        "Samt und Seide",
        "Box Office Books",
        "東京大学出版会",
        "人民出版社",
        "편집부",
        "Universidad Nacional de Colombia",
        "Penguin",
    ],
)
def test_no_public_publisher(publisher: str | None) -> None:
    assert not public_publisher(publisher)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Organisation Mondiale. (2021). Guideline for the management of chronic pain in"
            " adults. Geneva: World Health Organization.",
            RefKind.REPORT,
        ),
        (
            "HM Treasury. 2022. The Orange Book: Management of Risk, Guidance. London:"
            " HM Treasury.",
            RefKind.REPORT,
        ),
        ("Okafor, N. (2020). Guidance on cost appraisal. London: HM Treasury.", RefKind.REPORT),
        (
            "Weber, K. (2018). Empfehlungen zur Lärmminderung an Schulen. Berlin: Umweltbundesamt.",
            RefKind.REPORT,
        ),
        (
            "Statistics Canada. 2019. Population Estimates 2019. Ottawa: Statistics Canada.",
            RefKind.REPORT,
        ),
        (
            "Dirección General. (2020). Recomendaciones para la vigilancia del agua. Madrid:"
            " Ministerio de Sanidad.",
            RefKind.REPORT,
        ),
        # a press's book, whatever its title
        (
            "Halvorsen, T. (2001). Handbook of Style Guidelines. Oxford: Clarendon Press.",
            RefKind.BOOK,
        ),
        (
            "Reyes, A. (1999). Strategy and Policy Guidance. Washington, DC: Brookings"
            " Institution Press.",
            RefKind.BOOK,
        ),
        (
            "Lindqvist, E. (2015). Recommendations for school meals. Paris: OECD Publishing.",
            RefKind.BOOK,
        ),
        # a ministry's monograph whose title names no genre: a book
        (
            "Ortiz Vela, M. (1988). Los molinos de la Mancha, siglos XVI–XVIII. Madrid:"
            " Ministerio de Agricultura.",
            RefKind.BOOK,
        ),
        (
            "Regional Office for Europe (2021) *Cold and health in the European Region:"
            " updated evidence*. Copenhagen: WHO Regional Office for Europe.",
            RefKind.BOOK,
        ),
        # a new edition is a book's
        (
            "Okafor, N. (2020). Guidance on cost appraisal (2nd ed.). London: HM Treasury.",
            RefKind.BOOK,
        ),
    ],
)
def test_list_entry_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is kind


def test_whole_document() -> None:
    text = (
        "# Rural water\n\n"
        "Appraisal follows the central guidance.[^1] The mills are older.[^2] Noise limits"
        " differ.[^3]\n\n"
        "[^1]: Nkechi Okafor, *Guidance on Cost Appraisal* (London: HM Treasury, 2020), 14.\n"
        "[^2]: Marta Ortiz Vela, *Los molinos de la Mancha* (Madrid: Ministerio de"
        " Agricultura, 1988), 33.\n"
        "[^3]: Karl Weber, *Empfehlungen zur Lärmminderung an Schulen* (Berlin:"
        " Umweltbundesamt, 2018), 7.\n"
    )
    doc = parse_bytes(text.encode(), "paper.md")
    kinds = [(fn.label, fn.reference.kind if fn.reference else None) for fn in doc.footnotes]
    assert kinds == [("1", RefKind.REPORT), ("2", RefKind.BOOK), ("3", RefKind.REPORT)]
