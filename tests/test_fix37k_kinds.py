"""The kind of a work read from a reference's own signals (fix37k): a public body's
guidelines, standards, estimates or yearly edition are its report; a body's opinion after the
title is a report and no part of the title; MLA's "Publisher, Year." tail is a book's; a
multi-volume work's own volume makes no article; a journal with a year alone (ahead of print)
or a volume and issue with no comma is an article."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import agency_document, body_opinion


def _read(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [1], detect_styles=True)


@pytest.mark.parametrize(
    "text",
    [
        # English: a ministry publishes a body's guidelines
        "Central Water Board. *Guidelines for Rural Borewell Siting*. Lusaka: Ministry of"
        " Water Development, 2019.",
        # Hindi: a directorate's standards, published by a ministry
        "जल संसाधन निदेशालय. ग्रामीण जल आपूर्ति मानक 2021: पंप घर. भोपाल: जल संसाधन मंत्रालय, 2021.",
        # Swedish: an agency's yearly edition, published by itself
        "Livsmedelsverket (2021) _Riksmaten 2020: Matvanor bland vuxna_. Uppsala:"
        " Livsmedelsverket.",
        # French: an agency's technical recommendations
        "Agence régionale de l'eau. *Recommandations pour les captages de source*. Lyon :"
        " Agence régionale de l'eau, 2018.",
        # German: a federal office's guideline
        "Landesamt für Umwelt. *Leitfaden Hochwasserschutz in Gemeinden*. Augsburg:"
        " Landesamt für Umwelt, 2017.",
        # Spanish: a ministry's estimates, online
        "Instituto de Salud Rural. *Estimates of Rural Clinic Costs 2018-19*. Madrid:"
        " Ministerio de Sanidad, 2020. https://example.org/estimates",
    ],
)
def test_public_body_document_is_report(text: str) -> None:
    assert _read(text).kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Ministry of Health. Guidelines for X. Accra: MoH, 2019.", "Guidelines for X", True),
        ("Okafor, Ada. Guidelines for X. London: Granta, 2019.", "Guidelines for X", False),
        (
            "Ministry of Health. A History of Clinics. Accra: MoH, 2019.",
            "A History of Clinics",
            False,
        ),
        ("Riksverket. Årsbok 2019: Tabeller. Solna: Riksverket.", "Årsbok 2019: Tabeller", True),
        ("Guidance from the Ministry. Title only.", None, False),
    ],
)
def test_agency_document(text: str, title: str | None, expected: bool) -> None:
    assert agency_document(text, title) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Avis de la commission de la transparence", True),
        ("Scientific Opinion of the Panel on Food Additives", True),
        ("Stellungnahme der Zentralen Ethikkommission", True),
        ("Parere del Comitato nazionale per la bioetica", True),
        ("Advies van de Gezondheidsraad", True),
        ("Avis aux lecteurs", False),
        ("Opinion of a reader", False),
    ],
)
def test_body_opinion(sentence: str, expected: bool) -> None:
    assert body_opinion(sentence) is expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Conseil national de l'eau. Captages et forages : état des lieux. Avis de la"
            " commission des ressources. Paris : CNE ; 2021.",
            "Captages et forages: état des lieux",
        ),
        (
            "Food Standards Body. Caffeine in drinks. Scientific Opinion of the Panel on"
            " Contaminants. Parma: FSB; 2016.",
            "Caffeine in drinks",
        ),
    ],
)
def test_body_opinion_ends_title_and_makes_report(text: str, title: str) -> None:
    ref = _read(text)
    assert ref.kind is RefKind.REPORT
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Okafor, Ada. *Rivers of Salt*. Granta, 2011.", "Granta"),
        ("Mbeki, Thandi. The Long Dry. St. Giles Press, 1999.", "St. Giles Press"),
        (
            "Harlow, Jane, et al. *Field Hydrology*. 3rd ed., Rowan Learning, 2018.",
            "Rowan Learning",
        ),
        ("Ruiz, Ana. *La casa del agua*. Fondo de Cultura Rural, 2004.", "Fondo de Cultura Rural"),
        ("Morel, Luc. *Les Sources*. 2e éd., Éditions Pivot, 2012.", "Éditions Pivot"),
        ("Brandt, Ilse. *Quellen und Brunnen*. 2. Aufl., Kessler, 2015.", "Kessler"),
    ],
)
def test_mla_publisher_year_tail_is_book(text: str, publisher: str) -> None:
    ref = _read(text)
    assert ref.kind is RefKind.BOOK
    assert ref.publisher == publisher


def test_mla_tail_with_pages_is_not_a_book_imprint() -> None:
    assert _read("Okafor, Ada. Rivers of Salt. Granta, 2011, pp. 3-9.").publisher is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the work's own volume after its title, a report's title
        (
            "*Report of the Inquiry into the Harbour Fire*. Vol. 2, Harbour Fire Inquiry, 2004.",
            RefKind.REPORT,
        ),
        ("*A Social History of Wells*. Vol. 3, Granta, 2001.", RefKind.UNKNOWN),
    ],
)
def test_own_volume_makes_no_article(text: str, kind: RefKind) -> None:
    assert _read(text).kind is kind


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("Okoro KS, Bello MR. Water fees in small towns. *Lancet Water*. 2023.", "Lancet Water"),
        ("Okoro KS. Water fees in small towns. BMJ. 2024 Mar 3. [Epub ahead of print]", "BMJ"),
        ("Okoro KS. Water fees in small towns. Rev Med Chile. 2022. (en prensa)", "Rev Med Chile"),
    ],
)
def test_vancouver_journal_and_year_alone_is_article(text: str, journal: str) -> None:
    ref = _read(text)
    assert ref.kind is RefKind.ARTICLE
    assert ref.host == journal


def test_vancouver_place_and_year_alone_is_no_journal() -> None:
    assert _read("Okoro KS. Water fees in small towns. London. 2024.").kind is not RefKind.ARTICLE


@pytest.mark.parametrize(
    "text",
    [
        "Adeyemi, T. (2003). “Wells of the Sahel”. *Journal of Dryland Studies* 12 (3–4).",
        "Adeyemi, T. (2003). “Wells of the Sahel”. Journal of Dryland Studies 12 (3): 45–60.",
    ],
)
def test_apa_volume_issue_without_comma_is_article(text: str) -> None:
    ref = _read(text)
    assert ref.kind is RefKind.ARTICLE
    assert ref.host == "Journal of Dryland Studies"
    assert ref.publisher is None
