"""fix73e: a note's natural-order name with a French particle (``de``, ``d'``, ``du``, ``de
la``, ``des``) is filed as the document's list files the same person, the particle after the
given names (``TOCQUEVILLE, Alexis de``): the family name is the word after the particle.
Without such a filing in the list, the name keeps its particle with the family name."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference


@pytest.mark.parametrize(
    ("listed", "note", "filed"),
    [
        pytest.param("TOCQUEVILLE, Alexis de", "Alexis de Tocqueville", "Tocqueville, Alexis de",
                     id="de"),
        pytest.param("CHAMBONNIÈRES, Jacques Champion de", "Jacques Champion de Chambonnières",
                     "Chambonnières, Jacques Champion de", id="two-given-words"),
        pytest.param("ALEMBERT, Jean Le Rond d'", "Jean Le Rond d'Alembert",
                     "Alembert, Jean Le Rond d'", id="elided"),
        pytest.param("Alembert, Jean Le Rond d’", "Jean Le Rond d’Alembert",
                     "Alembert, Jean Le Rond d’", id="elided-curly"),
        pytest.param("TOUR, Maurice Quentin de la", "Maurice Quentin de la Tour",
                     "Tour, Maurice Quentin de la", id="de-la"),
        pytest.param("PRÉS, Josquin des", "Josquin des Prés", "Prés, Josquin des", id="des"),
        pytest.param("TOCQUEVILLE, Alexis de", "Alexis de Toqueville", "Alexis de Toqueville",
                     id="another-name"),
        pytest.param("de Finance, Laurence", "Laurence de Finance", "Laurence de Finance",
                     id="particle-before-family-in-list"),
        pytest.param("TOCQUEVILLE, Alexis de", "Tocqueville, Alexis de", "Tocqueville, Alexis de",
                     id="note-already-inverted"),
    ],
)  # fmt: skip
def test_a_note_name_filed_as_listed(listed: str, note: str, filed: str) -> None:
    from bibcheck.parse.french_particle import as_listed, listed_filings

    ref = Reference(raw=note, line=1, end_line=1, authors=(note, "Marie Dupont"))
    assert as_listed(ref, listed_filings([listed])).authors == (filed, "Marie Dupont")


DOCUMENT = """\
# La démocratie

Tocqueville voyage en 1831.[^1] Il revient en 1832.[^2] Son éditrice commente.[^3]

[^1]: Alexis de Tocqueville, *De la démocratie en Amérique*, Paris, Gosselin, 1835, t. 1, p. 12.

[^2]: Jean Le Rond d'Alembert, *Éléments de musique*, Lyon, Bruyset, 1762, p. 4.

[^3]: Paule de Villers, *Lire Tocqueville*, Paris, Vrin, 2004, p. 7.

# Bibliographie

ALEMBERT, Jean Le Rond d', *Éléments de musique*, Lyon, Bruyset, 1762.

TOCQUEVILLE, Alexis de, *De la démocratie en Amérique*, Paris, Gosselin, 1835.

VILLERS, Paule, *Lire Tocqueville*, Paris, Vrin, 2004.
"""


def test_notes_take_the_lists_filing() -> None:
    doc = parse_bytes(DOCUMENT.encode(), "democratie.md")
    authors = [fn.reference.authors for fn in doc.footnotes]
    assert authors[0] == ("Tocqueville, Alexis de",)
    assert authors[1] == ("Alembert, Jean Le Rond d'",)
    assert authors[2] == ("Paule de Villers",)  # the list files no "de": kept as written


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param("ALEMBERT, Jean Le Rond d', *Éléments de musique*, Lyon, Bruyset, 1762.",
                     ("ALEMBERT, Jean Le Rond d'",), "Éléments de musique", id="elided-italic"),
        pytest.param("ALEMBERT, Jean Le Rond d’, Éléments de musique, Lyon, Bruyset, 1762.",
                     ("ALEMBERT, Jean Le Rond d’",), "Éléments de musique", id="elided-plain"),
        pytest.param("PRÉS, Josquin des, *Missa Pange lingua*, Paris, Heugel, 1950.",
                     ("PRÉS, Josquin des",), "Missa Pange lingua", id="des"),
    ],
)  # fmt: skip
def test_a_list_name_in_capitals_with_the_particle_after_the_given_names(
    text: str, authors: tuple[str, ...], title: str
) -> None:
    from bibcheck.parse.references import parse_reference

    ref = parse_reference(text, [1])
    assert (ref.authors, ref.title) == (authors, title)
