"""Lead-ins that end where a personal name begins: an adverb (``So etwa``, ``Vooral``,
``Así,``), a clause of prose (``Eine Ausnahme ist``, ``Para una visión de conjunto,``) or a
phrase after ``See`` (``Zie voor een overzicht``) are cut before the note is parsed; a note
that starts with its author or title keeps every word (table-driven, own fixtures)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.commentary import citation_start

CUT = [
    (
        "de-adverb",
        "So etwa Hannelore Kessler, Die Stadt am Fluss. Eine Sozialgeschichte, Köln 1988, S. 4.",
        "Hannelore Kessler, ",
    ),
    (
        "de-single-adverb",
        "Insbesondere Otto P. Lindner, Handel und Wandel, Bremen 1977, S. 19.",
        "Otto P. Lindner, ",
    ),
    (
        "de-exception",
        "Eine Ausnahme bildet Marta Vogel, Die Zünfte der Stadt, Ulm 2001, S. 8.",
        "Marta Vogel, ",
    ),
    (
        "es-comma-adverb",
        "Así, R. M. Pérez Gil, «Los puertos del norte», Revista de Historia, núm. 12, 2019, "
        "pp. 5-30.",
        "R. M. Pérez Gil, ",
    ),
    (
        "es-phrase-comma",
        "Para una visión de conjunto, A. Ruiz de la Torre y M.-J. López, Historia del canal, "
        "Madrid, 2015, pp. 12-40.",
        "A. Ruiz de la Torre y ",
    ),
    (
        "nl-after-zie",
        "Zie voor een ruimer kader K. de Wit, Molens en meren (Leiden 1985) 40-52.",
        "K. de Wit, ",
    ),
    (
        "nl-adverb",
        "Vooral P. Jansen en H. van Dijk, Dijken en dammen (Delft 1999) 14.",
        "P. Jansen en ",
    ),
    (
        "nl-clause",
        "Het standaardwerk is nog altijd T. Bakker, Het land achter de dijk (Utrecht 1962).",
        "T. Bakker, ",
    ),
    (
        "fr-adverb",
        "Par exemple Hélène Marchand, Les chantres du roi, Paris, Fayard, 2004, p. 12.",
        "Hélène Marchand, ",
    ),
    (
        "it-adverb",
        "In particolare Giulio Ferri, La bonifica pontina, Roma, Laterza, 1990, p. 33.",
        "Giulio Ferri, ",
    ),
    (
        "en-clause",
        "The best account remains Margaret H. Doyle, Ports of the North (London: Methuen, "
        "1971), 44.",
        "Margaret H. Doyle, ",
    ),
]


@pytest.mark.parametrize(("text", "rest"), [c[1:] for c in CUT], ids=[c[0] for c in CUT])
def test_lead_in_before_a_name_is_cut(text: str, rest: str) -> None:
    start, commentary = citation_start(text)
    assert not commentary
    assert text[start:].startswith(rest)


KEPT = [
    ("author-first", "Hannelore Kessler, Die Stadt am Fluss, Köln 1988, S. 4."),
    ("particle-author", "Hans von Lindner, Die Stadt am Fluss, Köln 1988, S. 4."),
    ("spanish-compound", "José Pérez y Gil, La vida en el puerto, Madrid, 1930, p. 9."),
    ("inverted-names", "Jansen, P. en H. van Dijk, Dijken en dammen (Delft 1999) 14."),
    ("title-with-of", "Letters of Anna Seward, ed. W. Scott (Edinburgh, 1811), 2:45."),
    ("title-with-the", "Minutes of the Harbour Board, 3 May 1920, p. 4."),
    ("interview-with", "Interview with Jane Doe, 12 May 2019, p. 3."),
    ("review-of", "Smith, review of John Doe, Ports, Journal 3 (1990): 4."),
]


@pytest.mark.parametrize("text", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_note_that_starts_with_its_citation_keeps_every_word(text: str) -> None:
    assert citation_start(text) == (0, False)
