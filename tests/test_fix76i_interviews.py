"""Interviews the author held, cited under the person's name, and a collection's item by
its holder's reference (fix76i).

* ``Name, interview by the author, Place, Date.`` and its equivalents in other languages
  (``Intervju ved forfatteren``, ``entretien avec l'auteur``, ``Interview mit dem
  Verfasser``, ``entrevista del autor`` …), in notes and in Vancouver lists, the person's
  dates in parentheses or not: ``commentary`` by the corpus conventions
  (:mod:`.named_interview`); a published interview (a journal's numbers, a title in
  italics) keeps its kind;
* a note citing an item of a collection by the holder's reference closing it (``…
  collection, interview 12, recorded 1984, Holder, OHC/3/12.``): a citation, no commentary,
  and an archival item, ``unknown`` (:mod:`.closing_reference`).

Own examples, written in those shapes.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import commentary, parse_reference
from bibcheck.parse.references.closing_reference import closing_reference, collection_item
from bibcheck.parse.references.named_interview import named_interview


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Mary Lowe, interview by the author, Leeds, May 3, 2018.", True),
        ("Peter J., interview with the author, Whitby, June 2, 2017.", True),
        ("Mary Lowe, retired net-maker, interview by the author, Leeds, May 3, 2018.", True),
        ("Lowe M (b. 1931). Interview with the author. Leeds, 3 May 2018.", False),
        ("Hansen K (f. 1930). Intervju ved forfatteren. Bergen, 2. april 2019.", False),
        ("Hansen K. Intervju med forfatteren. Bergen, 2. april 2019.", False),
        ("Lindgren A. Intervju av författaren. Umeå, 4 maj 2020.", False),
        ("Jean Morel, entretien avec l'auteur, Lyon, 4 mai 2017.", True),
        ("Anna Berg, Interview mit der Verfasserin, Kiel, 2. Juni 2020.", True),
        ("Luis Pérez, entrevista del autor, Quito, 12 de marzo de 2016.", True),
        ("Ana Costa, entrevista concedida à autora, Porto, 3 de maio de 2015.", True),
        ("Giulia Neri, intervista dell'autrice, Genova, 9 ottobre 2014.", True),
        ("Jan de Boer, interview door de auteur, Delft, 5 mei 2013.", True),
    ],
    ids=["en-by", "en-with", "en-role", "vancouver-en", "no-ved", "no-med", "sv", "fr", "de",
         "es", "pt", "it", "nl"],
)  # fmt: skip
def test_named_interview_is_commentary(text: str, note: bool) -> None:
    """In a note (where the note's own words may already say so) and as a list's entry."""
    assert named_interview(text)
    for as_note in {note, False}:
        ref = parse_reference(text, [0], detect_styles=True, note=as_note)
        assert ref.kind is RefKind.COMMENTARY


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a published interview: in a journal, with its numbers
        ("Smith J. Interview with the author. J Mod Lit. 2001;24(3):1-5.", RefKind.ARTICLE),
        # an interview by someone else, broadcast or printed
        ("Mary Lowe, interview by Tom Hale, *Harbour Voices*, BBC Radio 4, May 3, 2018.", None),
        # the person's name too long to be a name: a sentence of prose
        (
            "All of the people who worked on the quay in those years gave an interview by the "
            "author, Leeds, 2018.",
            None,
        ),
    ],
    ids=["journal", "by-other", "prose"],
)
def test_not_named_interview(text: str, kind: RefKind | None) -> None:
    assert not named_interview(text)
    if kind is not None:
        ref = parse_reference(text, [0], detect_styles=True, note=False)
        assert ref.kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "Fishing families collection, interview 12, recorded 1984, County Heritage Hub, FFC/3/12.",
        "Harbour Board papers, letter book, 1870, The Vault, HBP/1/3.",
        "Fonds Leclerc, carnet de bord, 1911, Le Dépôt, FL/2/14.",
    ],
    ids=["oral-history", "papers", "fonds"],
)
def test_collection_item_is_archival(text: str) -> None:
    assert closing_reference(text)
    assert collection_item(text)
    assert commentary.citation_start(text) == (0, False)
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert ref.kind is RefKind.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "This was how many spoke of HIV/AIDS at the time.",
        "The shop was open 24/7 during the season.",
        "Interviews were recorded in 1984 and kept by the family.",
    ],
    ids=["initialism", "no-letters", "prose"],
)
def test_no_closing_reference(text: str) -> None:
    assert not closing_reference(text)
    assert commentary.citation_start(text) == (0, True)
