"""Vancouver entries of revised manuscripts: articles in press or submitted, theses in the
lists of other languages, acts after their state and body, a series in a body's title, and
a discussion paper's lettered number."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Moura AC, Reis TB. Sono e turnos noturnos: revisão de escopo. Rev Bras Enferm. "
            "No prelo.",
            "Sono e turnos noturnos: revisão de escopo",
            "Rev Bras Enferm",
        ),
        (
            "Okafor C, Lind E. Night shifts and sleep in ward nurses. J Adv Nurs. In press.",
            "Night shifts and sleep in ward nurses",
            "J Adv Nurs",
        ),
        (
            "Vidal P. Cuidados de transición en la UCI. Enferm Intensiva. En prensa.",
            "Cuidados de transición en la UCI",
            "Enferm Intensiva",
        ),
        (
            "Reis TB, Moura AC. Escala de passagem de plantão: validação. Submetido à Acta "
            "Paul Enferm.",
            "Escala de passagem de plantão: validação",
            "Acta Paul Enferm",
        ),
        (
            "Lind E. Ward rounds at night. Submitted to Int J Nurs Stud.",
            "Ward rounds at night",
            "Int J Nurs Stud",
        ),
    ],
)
def test_pending_article(text: str, title: str, host: str) -> None:
    ref = _parse(text)
    assert (ref.kind, ref.title, ref.host) == (RefKind.ARTICLE, title, host)


def test_a_book_in_press_is_no_article() -> None:
    assert _parse("Lind E. Ward rounds at night. In press.").kind is not RefKind.ARTICLE


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Moura AC. Sono de enfermeiras em UTI [dissertação]. Recife: Universidade Federal "
            "de Pernambuco; 2018.",
            "Sono de enfermeiras em UTI",
        ),
        (
            "Moura AC. Turnos e erros de medicação [tese de doutorado]. Recife: UFPE; 2021.",
            "Turnos e erros de medicação",
        ),
        (
            "Vidal P. Fatiga en enfermería [tesis doctoral]. Sevilla: Universidad de Sevilla; "
            "2017.",
            "Fatiga en enfermería",
        ),
        ("Roux M. Sommeil et soins [thèse]. Lyon: Université Lyon 1; 2015.", "Sommeil et soins"),
    ],
)
def test_thesis_designators_of_other_languages(text: str, title: str) -> None:
    ref = _parse(text)
    assert (ref.kind, ref.title) == (RefKind.THESIS, title)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Brasil. Ministério da Saúde. Portaria nº 1.377, de 9 de julho de 2013. Aprova os "
            "protocolos de segurança. Diário Oficial da União. 10 jul 2013.",
            "Aprova os protocolos de segurança",
            2013,
        ),
        (
            "Brasil. Lei nº 7.498, de 25 de junho de 1986. Dispõe sobre a regulamentação do "
            "exercício da enfermagem. Diário Oficial da União. 26 jun 1986.",
            "Dispõe sobre a regulamentação do exercício da enfermagem",
            1986,
        ),
        (
            "Brasil. Agência Nacional de Vigilância Sanitária. Resolução nº 7, de 24 de "
            "fevereiro de 2010. Dispõe sobre os requisitos mínimos. Diário Oficial da União. "
            "2010.",
            "Dispõe sobre os requisitos mínimos",
            2010,
        ),
    ],
)
def test_act_after_state_and_body(text: str, title: str, year: int) -> None:
    # (titled by its ementa since round 82, the designation heading the entry as an Italian
    # decree's does: tests/heldout69/HALF_B.md, :mod:`bibcheck.parse.references.act_ementa`)
    ref = _parse(text)
    assert (ref.kind, ref.title, ref.year) == (RefKind.REPORT, title, year)


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "World Health Organization. Safe surgery checklists. Patient Safety Guides, vol. 2, "
            "guide 4. Geneva: WHO; 2009.",
            "Safe surgery checklists",
            RefKind.REPORT,
        ),
        (
            "Lind E. Rivers of the north. Studies in Hydrology, vol. 12. London: Springer; 2010.",
            "Rivers of the north",
            RefKind.BOOK,
        ),
    ],
)
def test_series_off_a_book_title(text: str, title: str, kind: RefKind) -> None:
    ref = _parse(text)
    assert (ref.kind, ref.title) == (kind, title)


@pytest.mark.parametrize(
    "text",
    [
        "L. Brandt and E. Ruiz, “Tariff incidence in small open economies,” CEPR Discussion "
        "Paper DP19822, Centre for Economic Policy Research, London, 2025.",
        "K. Osei, “Import duties and prices,” Working Paper WP-23-04, Bank of Northland, "
        "Northtown, 2023.",
    ],
)
def test_discussion_paper_with_lettered_number(text: str) -> None:
    assert _parse(text).kind is RefKind.REPORT
