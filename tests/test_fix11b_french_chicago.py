"""Chicago bibliographies and notes in French typography (issue 11, heldout11 13-14).

French lists write ``Nom, Prénom.`` with hyphenated given names (``Jean-Paul``), the
particle after the given names (``Tocqueville, Alexis de.``), family names joined by
lower-case words (``Viollet-le-Duc``) and a space before the colon of ``Paris : Éditeur``.
A note citing several works, separated by `` ; ``, is tied to its first work, not to the
work whose URL ends the note.
"""

from __future__ import annotations

import re

import pytest

from bibcheck.manuscript import build_document
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.patterns import SURNAME, SURNAME_LOOSE
from bibcheck.readers.html import read


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Moreau, Jean-Luc. *Les orgues de Picardie : un inventaire*. Amiens : Éditions "
            "du Beffroi, 1997.",
            ("Moreau, Jean-Luc",),
            "Les orgues de Picardie : un inventaire",
            1997,
        ),
        (
            "Tocqueville, Alexis de. *L’Ancien Régime et la Révolution*. Paris : Michel "
            "Lévy, 1856.",
            ("de Tocqueville, Alexis",),
            "L’Ancien Régime et la Révolution",
            1856,
        ),
        (
            "Saint-Jean-de-Luz, Pierre. *Chroniques du port*. Bayonne : Lacour, 1902.",
            ("Saint-Jean-de-Luz, Pierre",),
            "Chroniques du port",
            1902,
        ),
        (
            "Broek, Anna van der. *Dijken en polders*. Leiden : Brill, 2004.",
            ("van der Broek, Anna",),
            "Dijken en polders",
            2004,
        ),
    ],
    ids=["hyphenated-given", "particle-after-given", "joined-family-name", "dutch-particles"],
)
def test_french_bibliography_entry(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("name", "joined"),
    [("Viollet-le-Duc", True), ("Saint-Just-en-Chaussée", True), ("Smith-al", False)],
    ids=["le", "en", "no-capital-after"],
)
def test_family_names_joined_by_lower_case_words(name: str, joined: bool) -> None:
    assert (re.fullmatch(SURNAME, name) is not None) is joined
    assert (re.fullmatch(SURNAME_LOOSE, name) is not None) is joined


PAGE = """<html><body><article>
<p>Texte<a class="footnotecall" href="#ftn1" id="bodyftn1">1</a>.</p>
<section><h2>Bibliographie</h2>
<p>Aubert, Claire. <em>Les cloches de Normandie</em>. Rouen : Éditions du Clocher, 2008.</p>
<p>Morel, Henri. « Fondeurs et paroisses ». <em>Annales de Normandie</em> 12 (2019).
<a href="https://example.org/annales/4411">https://example.org/annales/4411</a>.</p>
</section>
<section><h2>Notes</h2>
<p class="notesbas"><a href="#bodyftn1" id="ftn1">1</a> {note}</p>
</section></article></body></html>"""


@pytest.mark.parametrize(
    "note",
    [
        "Claire Aubert, <em>Les cloches de Normandie</em> (Rouen : Éditions du Clocher, 2008), "
        "12-14 ; Henri Morel, « Fondeurs et paroisses », <em>Annales de Normandie</em> 12 "
        '(2019), <a href="https://example.org/annales/4411">https://example.org/annales/4411</a>.',
        "Claire Aubert, <em>Les cloches de Normandie</em> (Rouen : Éditions du Clocher, 2008), "
        "12-14; voir aussi Henri Morel, « Fondeurs et paroisses », <em>Annales de Normandie</em>"
        ' 12 (2019), <a href="https://example.org/annales/4411">https://example.org/annales/4411'
        "</a>.",
    ],
    ids=["french-semicolon", "lead-in-second"],
)
def test_note_citing_two_works_is_tied_to_the_first(note: str) -> None:
    raw = read(PAGE.replace("{note}", note))
    doc = build_document(raw, doc_id="x", path="x.html", detect_styles=True)
    (footnote,) = doc.footnotes
    assert footnote.literature is not None
    assert footnote.literature.number == 1
    assert not [a for a in doc.anomalies if a.code.value == "footnote-literature-mismatch"]
