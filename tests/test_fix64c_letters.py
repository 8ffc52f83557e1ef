"""A letter (a memorandum, a telegram) cited by its writer and addressee, the writer named
with a title or honorific (``Hon.``, ``Me``, ``RA``, ``avv.``, ``D.``, ``mr.``): the
writer's family name is the author, the letter a document of ``unknown`` kind titled by its
words up to the addressee (tests/corpus/README.md files a letter in an archive so).  The
notes are written for the test in the shapes legal and archival footnotes use."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.letter_writer import read_letter


@pytest.mark.parametrize(
    ("note", "writer", "title"),
    [
        (
            "Letter from Hon. Frank B. Kellogg to Sir Esme Howard, 23 June 1928, FO 371/12345,"
            " The National Archives, Kew.",
            "Kellogg",
            "Letter from Hon. Frank B. Kellogg to Sir Esme Howard",
        ),
        (
            "Letter from Prof. Alan Turing to Max Newman, 5 March 1947, Turing Papers,"
            " King's College Archive Centre, Cambridge.",
            "Turing",
            "Letter from Prof. Alan Turing to Max Newman",
        ),
        (
            "Memorandum from Lt. Col. Reyes to the Chief of Staff (5 May 2018).",
            "Reyes",
            "Memorandum from Lt. Col. Reyes to the Chief of Staff",
        ),
        (
            "Lettre de Me. Dupont à M. le Garde des Sceaux, 12 mars 1896, AN BB/18/2034.",
            "Dupont",
            "Lettre de Me. Dupont à M. le Garde des Sceaux",
        ),
        (
            "Lettre du général Weygand au président du Conseil, 3 juin 1940, SHD 1 K 130.",
            "Weygand",
            "Lettre du général Weygand au président du Conseil",
        ),
        (
            "Schreiben von RA Müller an den Bundesminister der Justiz, 3. Mai 1983, BArch"
            " B 141/4567.",
            "Müller",
            "Schreiben von RA Müller an den Bundesminister der Justiz",
        ),
        (
            "Schreiben des Staatssekretärs Dr. Hans Globke an den Bundesminister des Innern,"
            " 4. März 1955, BArch B 136/1234.",
            "Globke",
            "Schreiben des Staatssekretärs Dr. Hans Globke an den Bundesminister des Innern",
        ),
        (
            "Lettera dell'avv. Mario Rossi al ministro dell'Interno, 5 maggio 1925, ACS, b. 12.",
            "Rossi",
            "Lettera dell'avv. Mario Rossi al ministro dell'Interno",
        ),
        (
            "Carta de D. José García Pérez al gobernador civil, 3 de mayo de 1940, AGA,"
            " caja 32/1234.",
            "García Pérez",
            "Carta de D. José García Pérez al gobernador civil",
        ),
        (
            "Brief van mr. De Vries aan de minister van Justitie, 12 juni 1950, Nationaal"
            " Archief, 2.09.09, inv. nr. 123.",
            "De Vries",
            "Brief van mr. De Vries aan de minister van Justitie",
        ),
    ],
)
def test_letter_by_a_titled_writer(note: str, writer: str, title: str) -> None:
    ref = parse_reference(note, [0], note=True)
    assert ref.authors == (writer,)
    assert ref.title == title
    assert ref.kind is RefKind.UNKNOWN


@pytest.mark.parametrize(
    "note",
    [
        # printed in an edition: the edition's (:mod:`bibcheck.parse.references.letters`)
        "Letter from Hon. Frank B. Kellogg to Sir Esme Howard, 23 June 1928, in Papers"
        " Relating to the Foreign Relations of the United States, 1928, vol. 1, 90.",
        "Lettre de Me Dupont à Victor Hugo, 3 mai 1850, dans Correspondance, t. II, p. 4.",
        "Letter from the Editor. Journal of Things 12 (2010): 1-2.",  # no writer named
        "Letter from Hon. J. to the Board, 1950.",  # initials only
    ],
)
def test_no_titled_letter_read(note: str) -> None:
    assert read_letter(note) is None
