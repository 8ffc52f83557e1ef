"""OSCOLA primary sources and corporate notes (treaties, admiralty cases, a government
document with its issuer), hyphenated initials, and a statute never matched to a book."""

from __future__ import annotations

import pytest

from bibcheck.model import LiteratureEntry
from bibcheck.parse.matching import LiteratureIndex
from bibcheck.parse.names import family_name, same_family
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.legal import cites_authority


@pytest.mark.parametrize(
    ("note", "title", "year"),
    [
        pytest.param(
            "Convention on the Conservation of Migratory Species (adopted 23 June 1979, "
            "entered into force 1 November 1983) 1651 UNTS 333, art 3.",
            "Convention on the Conservation of Migratory Species",
            1979,
            id="oscola-treaty-adopted",
        ),
        pytest.param(
            "International Convention on Salvage (signed 28 April 1989, entered into force "
            "14 July 1996) 1953 UNTS 165.",
            "International Convention on Salvage",
            1989,
            id="oscola-treaty-signed",
        ),
        pytest.param(
            "Agreement on Port State Measures, opened for signature 22 November 2009, 3161 "
            "UNTS 1 (entered into force 5 June 2016) art 9.",
            "Agreement on Port State Measures",
            2009,
            id="aglc-treaty-opened",
        ),
        pytest.param(
            "The Aldora [1975] QB 748 (QB); The Sea Empress [2003] EWCA Civ 65.",
            "The Aldora",
            1975,
            id="two-ship-cases-first",
        ),
        pytest.param(
            "The Star Sea (No 2) [2001] UKHL 1, [2003] 1 AC 469 [45].",
            "The Star Sea (No 2)",
            2001,
            id="ship-case-numbered",
        ),
        pytest.param(
            "Department for Environment, Food and Rural Affairs, Marine Licensing Review "
            "(DEFRA 2019) para 12.",
            "Marine Licensing Review",
            2019,
            id="government-document-issuer",
        ),
        pytest.param(
            "Home Office, Review of Coastal Policing (Home Office, March 2018) paras 2.1–2.4.",
            "Review of Coastal Policing",
            2018,
            id="government-document-issuer-month",
        ),
    ],
)
def test_oscola_note_title_and_year(note: str, title: str, year: int) -> None:
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert (ref.title, ref.year) == (title, year)


@pytest.mark.parametrize(
    ("note", "authority"),
    [
        pytest.param(
            "Convention on Wetlands (adopted 2 February 1971, entered into force 21 December "
            "1975) 996 UNTS 245.",
            True,
            id="treaty",
        ),
        pytest.param("The Kowloon Bay [1988] 2 Lloyd's Rep 170.", True, id="ship-case"),
        pytest.param("Mark Aldous, The Law of the Sea Floor (Hart 2014) 3.", False, id="book-not"),
    ],
)
def test_primary_sources_recognised(note: str, authority: bool) -> None:
    assert cites_authority(note) is authority


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Jean-Baptiste Morel", "Morel J-B", id="oscola-hyphen-no-stops"),
        pytest.param("Marie-Claire Dubois", "Dubois M.-C.", id="stops"),
        pytest.param("Hans-Jürgen Krause", "Krause H-J.", id="hyphen-final-stop"),
    ],
)
def test_hyphenated_initials(a: str, b: str) -> None:
    assert same_family(family_name(a), family_name(b))


def _index(*entries: str) -> LiteratureIndex:
    return LiteratureIndex(
        [
            LiteratureEntry(n, 100 + n, parse_reference(text, (100 + n,), detect_styles=True))
            for n, text in enumerate(entries, 1)
        ]
    )


@pytest.mark.parametrize(
    ("note", "number"),
    [
        pytest.param(
            "Coastal Heritage (Wales) Act 2015, s 4; Mair Pritchard, Coastal Heritage Law in Wales (Gwasg "
            "2020) ch 2.",
            None,
            id="statute-not-the-book",
        ),
        pytest.param(
            "Mair Pritchard, Coastal Heritage Law in Wales (Gwasg 2020) ch 2.",
            1,
            id="book-still-matched",
        ),
    ],
)
def test_statute_not_matched_to_a_book(note: str, number: int | None) -> None:
    index = _index(
        "Pritchard M, Coastal Heritage Law in Wales (Gwasg 2020)",
        "Ellison T, ‘Harbours and the Crown’ (2011) 12 Maritime Law Review 40",
    )
    found = index.match(parse_reference(note, [1], detect_styles=True, note=True))
    assert (found.number if found else None) == number
