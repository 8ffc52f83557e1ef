"""fix77k: an entry headed "Family Family, Given (Year)." (Spanish, Catalan and Portuguese
double family names) is no Bluebook "Given Family, Title (year)" whose title is the given
name (:mod:`bibcheck.parse.references.double_surname_head`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.double_surname_head import inverted_head


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Roca Ferrer, Laia (2017). Els teatres del Paral·lel. Barcelona: Comanegra.", True),
        ("Pérez Galdós, Benito (1884). Obra. Madrid: Imprenta.", True),
        ("Morell Bosch, Josep Maria (2011). «Títol». Revista, 3, 5–9.", True),
        ("Duarte Nunes, Maria J. (1999). Título. Lisboa: Caminho.", True),
        ("Soto Ruiz, Ana-Belén (2004): Título. Sevilla: Alfar.", True),
        # Bluebook: the parentheses close the citation
        ("Priya Natarajan, Port Charges (2012).", False),
        ("Richard Ashworth, The Law of Ports 12–19 (2d ed. 2014).", False),
        # one family name: never this shape's
        ("Brook, Peter (1968). The Empty Space. London: Kee.", False),
    ],
)
def test_inverted_head(body: str, expected: bool) -> None:
    assert inverted_head(body) is expected


@pytest.mark.parametrize(
    ("text", "author", "title", "kind"),
    [
        (
            "Roca Ferrer, Laia (2017). Els teatres del Paral·lel. Barcelona: Comanegra.",
            "Roca Ferrer, Laia",
            "Els teatres del Paral·lel",
            "book",
        ),
        (
            "Morell Bosch, Marta (2020). L'escena independent a Girona, 1970–1990. "
            "Tesi doctoral. Universitat de Girona.",
            "Morell Bosch, Marta",
            "L'escena independent a Girona, 1970–1990",
            "thesis",
        ),
        (
            "Pérez Galdós, Benito (1884). La de Bringas. Madrid: La Guirnalda.",
            "Pérez Galdós, Benito",
            "La de Bringas",
            "book",
        ),
    ],
)
def test_double_surname_entry(text: str, author: str, title: str, kind: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.kind.value == kind


def test_bluebook_book_still_read() -> None:
    ref = parse_reference("Priya Natarajan, Port Charges 12–19 (2012).", [1], detect_styles=True)
    assert ref.authors == ("Priya Natarajan",)
    assert ref.title == "Port Charges"
