"""Greek notes (round 80): "Στο ίδιο" repeats the note before it; a book whose author's given
name is cut to two or three letters ("Χρ.", "Τζ.", "Ch.") with a ``Place: Publisher, Year``
imprint and a page in the note's own page word ("σ.") is a book.  Invented examples."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats

_FULL = "Αλ. Μαυρίδης, Τα καράβια της Άνδρου, Αθήνα: Κέδρος, 1994, σ. 12."


@pytest.mark.parametrize(
    ("text", "kind", "locator"),
    [
        ("Στο ίδιο, σ. 88–94.", "ibid", "88–94"),
        ("Στο ίδιο.", "ibid", ""),
        ("Στο ίδιο έργο, σ. 40.", "ibid", "40"),
        ("ΣΤΟ ΙΔΙΟ, σ. 7.", "ibid", "7"),
        ("στο ιδιο, σ. 7.", "ibid", "7"),
        # (near-misses: prose that opens with the same words is a note of its own)
        ("Στο ίδιο λιμάνι έπιαναν και τα αυστριακά ατμόπλοια.", None, None),
        ("Στο ιδιόκτητο αρχείο της οικογένειας, φάκ. 3.", None, None),
        # (the repeats already read keep their reading: Ukrainian, Bulgarian, Greek)
        ("Там само. С. 14.", "ibid", "14"),
        ("Пак там, с. 14.", "ibid", "14"),
        ("Αυτόθι, σ. 14.", "ibid", "14"),
    ],
)
def test_greek_ibidem(text: str, kind: str | None, locator: str | None) -> None:
    found = find_repeats([_FULL, text])[1]
    if kind is None:
        assert found is None
        return
    assert found is not None and found.kind == kind and found.target == 0
    assert (found.locator or "") == locator


@pytest.mark.parametrize(
    ("text", "author", "title", "year", "pages"),
    [
        (
            "Τζ. Κοντογιάννη, Ιστορία των λιμανιών της Κρήτης, 18ος–19ος αιώνας, Αθήνα: "
            "Πατάκης, 2004, σ. 45–52.",
            "Τζ. Κοντογιάννη",
            "Ιστορία των λιμανιών της Κρήτης, 18ος–19ος αιώνας",
            2004,
            "45–52",
        ),
        (
            "Χρ. Λαμπράκης, Οι αλυκές της Μήλου, Αθήνα: Ίδρυμα Μελετών, 1988, σσ. 131–140.",
            "Χρ. Λαμπράκης",
            "Οι αλυκές της Μήλου",
            1988,
            "131–140",
        ),
        (
            "Ch. Morel, Les ports de la Manche, Paris : Armand Colin, 1971, p. 12.",
            "Ch. Morel",
            "Les ports de la Manche",
            1971,
            "12",
        ),
        (
            "Chr. Weber, Die Häfen der Ostsee, Berlin: Akademie Verlag, 1985, S. 7.",
            "Chr. Weber",
            "Die Häfen der Ostsee",
            1985,
            "7",
        ),
        # (one initial, with the Greek page word)
        (
            "Ν. Σταθάκης, Η ναυπηγική της Σύρου, Αθήνα: Εστία, 1999, σ. 3.",
            "Ν. Σταθάκης",
            "Η ναυπηγική της Σύρου",
            1999,
            "3",
        ),
    ],
)
def test_greek_book_with_cut_given_name(
    text: str, author: str, title: str, year: int, pages: str
) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.kind is RefKind.BOOK
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.year == year
    assert ref.pages == pages


@pytest.mark.parametrize(
    "text",
    [
        # (near-misses: a chapter in an edited volume and an article stay what they were)
        "Αλ. Μαυρίδης, «Τα καράβια της Άνδρου», στο Κ. Ράπτης (επιμ.), Ναυτική ιστορία, "
        "Αθήνα: Κέδρος, 1994, σ. 12–30.",
        "Ε. Νικολάου, «Οι λιμενικές εργασίες της Σύρου», Τα Ιστορικά 38 (2020), σ. 11–40.",
    ],
)
def test_cut_given_name_is_no_book_when_hosted(text: str) -> None:
    assert parse_reference(text, [0], note=True).kind is not RefKind.BOOK
