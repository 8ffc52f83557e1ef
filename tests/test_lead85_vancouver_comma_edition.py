"""A Vancouver book whose edition follows its title after a comma, as a hand-typed list writes
it (``Title, 2nd ed. Lagos: Lagoon Press; 2004.``): the edition is no part of the title and
the imprint is read.  Before, the whole rest was the title and the year was "not where
VANCOUVER puts it".  All examples are invented."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher", "year"),
    [
        (
            "Okafor C. The history of vaccination, 2nd ed. Lagos: Lagoon Press; 2004.",
            "The history of vaccination",
            "Lagos",
            "Lagoon Press",
            2004,
        ),
        (
            "Okafor C, Bello A. Tropical medicine, 3rd ed. Ibadan: University Press; 2011.",
            "Tropical medicine",
            "Ibadan",
            "University Press",
            2011,
        ),
        (
            "Okafor C. Vaccines in West Africa, Rev. ed. Accra: Volta Books; 1999.",
            "Vaccines in West Africa",
            "Accra",
            "Volta Books",
            1999,
        ),
        # NLM's own sentence, as before
        (
            "Okafor C. The history of vaccination. 2nd ed. Lagos: Lagoon Press; 2004.",
            "The history of vaccination",
            "Lagos",
            "Lagoon Press",
            2004,
        ),
        # a title's own comma before dates stays in it
        (
            "Okafor C. Malaria control in Nigeria, 1900-1960. Lagos: Lagoon Press; 2004.",
            "Malaria control in Nigeria, 1900-1960",
            "Lagos",
            "Lagoon Press",
            2004,
        ),
    ],
)
def test_comma_edition(text: str, title: str, place: str, publisher: str, year: int) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.title, ref.place, ref.publisher, ref.year) == (
        RefKind.BOOK,
        title,
        place,
        publisher,
        year,
    )
