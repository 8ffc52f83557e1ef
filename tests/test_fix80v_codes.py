"""A body's filing code as a Vancouver entry's last sentence, and the animal health codes
by their French, Spanish, Portuguese and Italian names (round 80).

NLM puts a body's document code (``WHO/…/2017.2``, ``A/RES/…``) before the imprint, but
lists also write it last, after the year: the code is the document's number, neither part
of the imprint nor its year.  WOAH publishes its Terrestrial and Aquatic Animal Health
Codes in English, French (``Code sanitaire pour les animaux …``) and Spanish (``Código
Sanitario para los Animales …``); a body's code by any of those names is a report, as the
English title is read; a person's book so named stays a book.  The examples are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import ieee, parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "number", "publisher", "year"),
    [
        (
            "World Health Organization. Snakebite envenoming. Geneva: WHO; 2017. "
            "WHO/HTM/NTD/2017.2.",
            "WHO/HTM/NTD/2017.2",
            "WHO",
            2017,
        ),
        (
            # the code's year another than the publication's
            "World Health Organization. Leprosy elimination. Geneva: WHO; 2016. WHO/SEA/GLP/2017.1.",
            "WHO/SEA/GLP/2017.1",
            "WHO",
            2016,
        ),
        (
            "United Nations. Ocean governance. New York: UN; 2019. A/RES/73/292.",
            "A/RES/73/292",
            "UN",
            2019,
        ),
    ],
)
def test_filing_code_at_the_end(text: str, number: str, publisher: str, year: int) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.number, ref.publisher, ref.year) == (number, publisher, year)


@pytest.mark.parametrize(
    "text",
    [
        # a disease's name is no code: read as before (no number)
        "World Health Organization. Care of patients. Geneva: WHO; 2018. HIV/AIDS.",
        "World Health Organization. Care of patients. Geneva: WHO; 2018. COVID-19.",
    ],
)
def test_no_code_no_number(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).number is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "OMSA. Code sanitaire pour les animaux aquatiques. Paris : OMSA ; 2021.",
            RefKind.REPORT,
        ),
        (
            "Organización Mundial de Sanidad Animal (2022). Código Sanitario para los Animales "
            "Acuáticos. París: OMSA.",
            RefKind.REPORT,
        ),
        ("OIE. Código Sanitário para os Animais Aquáticos. Paris: OIE; 2018.", RefKind.REPORT),
        (
            "OMSA, Code sanitaire pour les animaux terrestres (Paris : OMSA, 2022), art. 7.1.",
            RefKind.REPORT,
        ),
        # near miss: a person's book with such a name
        (
            "Lemaire, Paul. Code sanitaire pour les animaux de ferme. Lyon : Vigot, 2011.",
            RefKind.BOOK,
        ),
    ],
)
def test_animal_health_codes_in_other_languages(text: str, kind: RefKind) -> None:
    note = "(Paris" in text
    assert parse_reference(text, [0], detect_styles=True, note=note).kind is kind


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "World Health Organization. T. Geneva: WHO; 2017. W" + "/a" * (n // 2),
        lambda n: "World Health Organization. T. Geneva: WHO; 2017. " + "W/1 " * (n // 4),
    ],
    ids=["long-code", "codes-run"],
)
def test_code_tail_linear(line) -> None:  # type: ignore[no-untyped-def]
    assert_linear(lambda text: ieee._V_ORG.match(text), line)
