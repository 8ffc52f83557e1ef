"""A library's, an archive's or a ministry's guidelines or methodology is its ``report``
(:mod:`bibcheck.parse.references.institution_guideline`); letters to a named person cited
by a digital library's address, dated or called digitised, are archival items, ``unknown``
(:mod:`bibcheck.parse.references.digitised_letter`).  Own entries, written in the patterns
library blogs, reading lists and theses use, in several languages."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.mdlinks import read as read_links

GUIDELINES = [
    "Národní knihovna České republiky (2020). Metodika digitalizace map a atlasů. Praha: NK ČR.",
    "Moravská zemská knihovna (2017). Metodika popisu rukopisů. Brno: MZK.",
    "Národní archiv (2016). Metodické pokyny pro digitalizaci fondů. Praha: Národní archiv.",
    "Ministerstvo kultury ČR (2019). Metodika ochrany movitého kulturního dědictví. Praha: MK ČR.",
    "Staatsbibliothek zu Berlin (2015). Richtlinien für die Erschließung von Nachlässen. "
    "Berlin: SBB.",
    "Bibliothèque nationale de France (2018). Lignes directrices pour la numérisation des "
    "partitions. Paris : BnF.",
    "Archives nationales (2014). Méthodologie de la numérisation des registres. Pierrefitte: "
    "Archives nationales.",
    "Biblioteca Nacional de España (2019). Directrices para la descripción de manuscritos. "
    "Madrid: BNE.",
    "Biblioteca Nacional de España (2012). Metodología de catalogación de grabados. Madrid: BNE.",
    "Biblioteka Narodowa (2018). Wytyczne digitalizacji zbiorów specjalnych. Warszawa: BN.",
    "State Library of Victoria (2016). Guidelines for the digitisation of photographs. "
    "Melbourne: SLV.",
]


@pytest.mark.parametrize("text", GUIDELINES)
def test_institution_guidelines_are_reports(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is RefKind.REPORT


STAY = [
    # a library's exhibition catalogue, a person's methodology, a press's edition
    (
        "Bibliothèque nationale de France (2018). Trésors de la musique : catalogue de "
        "l'exposition. Paris : BnF.",
        RefKind.BOOK,
    ),
    ("Novák, Jan (2018). Metodika digitalizace. Praha: Academia.", RefKind.BOOK),
    ("Kafka, Franz (1953). Letters to Milena. New York: Schocken Books.", RefKind.BOOK),
]


@pytest.mark.parametrize(("text", "kind"), STAY)
def test_other_works_keep_their_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is kind


LETTERS = [
    "Schumann, Clara (1856). Brief an Johannes Brahms, 14. Juni 1856. Digitalisat, "
    "Staatsbibliothek zu Berlin. https://digital.sbb.example.net/werk/brahms-14",
    "Smetana, Bedřich (1874). Dopis Josefu Srbovi-Debrnovovi, 12. 5. 1874. "
    "https://kramerius.example.net/uuid/smetana-srb",
    "Chopin, Fryderyk. Listy do Tytusa Woyciechowskiego, 1831–1848. Skany, Polona. "
    "https://polona.example.net/item/chopin-listy",
    "Debussy, Claude. Lettres à Jacques Durand (1894–1917). Gallica. "
    "https://gallica.example.net/ark:/12148/debussy-durand",
    "Darwin, Charles. Letter to Joseph Hooker, 11 January 1844. Digitised, Cambridge "
    "University Library. https://cudl.example.net/view/darwin-hooker",
]


@pytest.mark.parametrize("text", LETTERS)
def test_digitised_letters_are_archival(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is RefKind.UNKNOWN


BLOG = """\
# Nové digitalizáty

Dopisy jsme zpřístupnili [v Krameriovi](https://kramerius.example.net/uuid/dvorak-simrock)
a postupovali podle [metodiky](https://www.nkp.example.net/metodika-2020.pdf).

## Zdroje

- Dvořák, Antonín (1877–1904). [Dopisy Fritzi Simrockovi](https://kramerius.example.net/uuid/dvorak-simrock). Digitalizát, Kramerius.
- Národní knihovna České republiky (2020). [Metodika digitalizace map a atlasů](https://www.nkp.example.net/metodika-2020.pdf). Praha: NK ČR.
- Holas, Petr (2011). [Dvořák v Americe](https://www.example.net/dvorak-amerika). Praha: Academia.
"""


def test_linked_list_letters_and_methodology() -> None:
    doc = read_links(BLOG)
    refs = [e.reference for e in doc.literature if e.reference is not None]
    kinds = {(r.title or ""): r.kind for r in refs}
    assert kinds["Dopisy Fritzi Simrockovi"] is RefKind.UNKNOWN
    assert kinds["Metodika digitalizace map a atlasů"] is RefKind.REPORT
    assert kinds["Dvořák v Americe"] is RefKind.BOOK


NOT_LETTERS = [
    # a book of letters to no named person, online; an unpublished-looking title with no date
    "Rilke, Rainer Maria (1929). Letters to a Young Poet. https://www.gutenberg.example.net/1",
    "Kafka, Franz (1919). Brief an den Vater. https://www.projekt-gutenberg.example.net/kafka",
]


@pytest.mark.parametrize("text", NOT_LETTERS)
def test_letters_to_no_named_person_stay_web(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is RefKind.WEB
