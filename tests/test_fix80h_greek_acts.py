"""Greek notes (round 80): a chapter "στο" (in) an edited volume is a chapter, in the note
parsers and in the IEEE-like reading of a list of such notes; a Greek law or decree by its
abbreviation and number ("Ν. 4748/1930", "Π.Δ. 55/1998") is an act (``report``) of that year,
its quoted title part of its title, as an act's subject is.  Invented examples."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    "text",
    [
        "Κ. Ράπτης, «Τα καράβια της Άνδρου», στο Α. Νικολάου (επιμ.), Ναυτική ιστορία του "
        "Αιγαίου, Αθήνα: Κέδρος, 1994, σ. 12–30.",
        "M. Olsen, «Coastal Trade in the Cyclades, 1850–1900», στο P. Grant, L. Berg (επιμ.), "
        "Island Economies, Leiden: Brill, 2011, σ. 40–66.",
    ],
)
@pytest.mark.parametrize("styles", [False, True])
def test_chapter_in_greek(text: str, styles: bool) -> None:
    ref = parse_reference(text, [0], note=True, detect_styles=styles)
    assert ref.kind is RefKind.CHAPTER


@pytest.mark.parametrize(
    "text",
    [
        "Ε. Βλάχου, «Τα ναυπηγεία της Σύρου», στον συλλογικό τόμο Ναυτική ιστορία, Αθήνα: "
        "Κέδρος, 1994, σ. 31–50.",
        "Ε. Βλάχου, «Τα ναυπηγεία της Σύρου», στην Ιστορία του νέου ελληνισμού, Αθήνα: "
        "Ελληνικά Γράμματα, 2003, σ. 31–50.",
    ],
)
def test_chapter_in_greek_note(text: str) -> None:
    assert parse_reference(text, [0], note=True).kind is RefKind.CHAPTER


@pytest.mark.parametrize(
    "text",
    [
        # (near-misses: an article in a journal stays one)
        "Ε. Νικολάου, «Οι λιμενικές εργασίες της Σύρου», Τα Ιστορικά 38 (2020), σ. 11–40.",
        "K. Doe, «Steam Lines of the Aegean», Mariner's Mirror 71 (1985), σ. 5–19.",
    ],
)
@pytest.mark.parametrize("styles", [False, True])
def test_greek_article_stays(text: str, styles: bool) -> None:
    assert parse_reference(text, [0], note=True, detect_styles=styles).kind is RefKind.ARTICLE


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Ν. 2210/1920, «Περί λιμενικών ταμείων», ΦΕΚ Α΄ 91/1920.",
            "Ν. 2210/1920, «Περί λιμενικών ταμείων»",
            1920,
        ),
        (
            "Π.Δ. 71/1995, «Οργανισμός του λιμεναρχείου», ΦΕΚ Α΄ 40/1995.",
            "Π.Δ. 71/1995, «Οργανισμός του λιμεναρχείου»",
            1995,
        ),
        (
            "Ν.Δ. 187/1973, «Κώδιξ δημοσίου ναυτικού δικαίου», ΦΕΚ Α΄ 261/1973.",
            "Ν.Δ. 187/1973, «Κώδιξ δημοσίου ναυτικού δικαίου»",
            1973,
        ),
        ("Νόμος 1011/1917, ΦΕΚ Α΄ 120/1917.", "Νόμος 1011/1917", 1917),
        # (Spanish with its quoted subject, the same shape)
        (
            "Ley 9/2031, «de puertos del Estado», BOE 77/2031.",
            "Ley 9/2031, «de puertos del Estado»",
            2031,
        ),
    ],
)
def test_greek_law(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.kind is RefKind.REPORT
    assert ref.title == title
    assert ref.year == year
    assert ref.authors == ()


@pytest.mark.parametrize(
    "text",
    [
        # (near-misses: a person with the initial "Ν.", a span of years in a title)
        "Ν. Σταθάκης, Η ναυπηγική της Σύρου 1830/1850, Αθήνα: Εστία, 1999.",
        "Π. Δημάκης, Οι λιμενάρχες, Αθήνα: Εστία, 2001, σ. 12.",
    ],
)
def test_greek_initial_is_no_law(text: str) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.kind is RefKind.BOOK
    assert ref.authors


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Υπουργείο Γεωργίας, Στατιστική της αλιείας της Ελλάδος κατά το έτος 1951, Αθήνα: "
            "Εθνικό Τυπογραφείο, 1953.",
            RefKind.REPORT,
        ),
        (
            "Γενική Στατιστική Υπηρεσία, Στατιστική των μεταφορών κατά το έτος 1961, Αθήνα: "
            "Εθνικό Τυπογραφείο, 1963.",
            RefKind.REPORT,
        ),
        # (near-miss: a book about statistics, no year of them in its title)
        (
            "Α. Παππάς, Στατιστική της επιστήμης και της τέχνης, Αθήνα: Κέδρος, 1990.",
            RefKind.BOOK,
        ),
    ],
)
def test_greek_statistics_of_a_year(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], note=True).kind is kind
