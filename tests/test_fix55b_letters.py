"""Fix 55b: a letter cited in the edition that prints it is read as the edition, by the
letter's writer (French, German, English, Italian), and a title that begins with the word
for a letter is left a title.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.letters import letter_in_edition


@pytest.mark.parametrize(
    ("note", "authors", "title", "year", "kind"),
    [
        pytest.param(
            "George Sand, lettre à Gustave Flaubert, 15 janvier 1867, dans Correspondance, éd."
            " Georges Lubin, Paris, Garnier, t. XX, 1985, p. 290.",
            ("George Sand",),
            "Correspondance",
            1985,
            RefKind.BOOK,
            id="fr-plain",
        ),
        pytest.param(
            "Stendhal à Honoré de Balzac, 30 octobre 1840, dans *Correspondance générale*, éd."
            " Victor Del Litto, Paris, Champion, t. VI, 1999, p. 401.",
            ("Stendhal",),
            "Correspondance générale",
            1999,
            RefKind.BOOK,
            id="fr-bare-writer-to",
        ),
        pytest.param(
            "Theodor Fontane, Brief an Emilie Fontane vom 14. Juni 1879, in: *Der"
            " Ehebriefwechsel*, hg. v. Gotthard Erler, Berlin 1998, Bd. 3, S. 155.",
            ("Theodor Fontane",),
            "Der Ehebriefwechsel",
            1998,
            RefKind.BOOK,
            id="de-brief-an-vom",
        ),
        pytest.param(
            "Heinrich von Kleist an Wilhelmine von Zenge, 21. Juli 1801, in: *Sämtliche"
            " Briefe*, hg. v. Dieter Heimböckel, Stuttgart 1999, S. 243.",
            ("Heinrich von Kleist",),
            "Sämtliche Briefe",
            1999,
            RefKind.BOOK,
            id="de-bare-an",
        ),
        pytest.param(
            "Emily Dickinson, letter to Thomas Wentworth Higginson, 25 April 1862, in *The"
            " Letters of Emily Dickinson*, ed. Thomas H. Johnson (Cambridge, MA: Harvard"
            " University Press, 1958), 2:404.",
            ("Emily Dickinson",),
            "The Letters of Emily Dickinson",
            1958,
            RefKind.BOOK,
            id="en-letter-to",
        ),
        pytest.param(
            "Abigail Adams to John Adams, 31 March 1776, in *Adams Family Correspondence*, ed."
            " L. H. Butterfield (Cambridge, MA: Harvard University Press, 1963), 1:370.",
            ("Abigail Adams",),
            "Adams Family Correspondence",
            1963,
            RefKind.BOOK,
            id="en-bare-to",
        ),
        pytest.param(
            "Ugo Foscolo, lettera a Isabella Teotochi Albrizzi, 12 maggio 1807, in"
            " *Epistolario*, a cura di Plinio Carli, Firenze, Le Monnier, 1952, p. 210.",
            ("Ugo Foscolo",),
            "Epistolario",
            1952,
            None,  # (the Italian imprint after "a cura di" is another matter)
            id="it-lettera-a",
        ),
    ],
)
def test_letter_in_its_edition(
    note: str, authors: tuple[str, ...], title: str, year: int, kind: RefKind | None
) -> None:
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.raw == note
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    if kind is not None:
        assert ref.kind is kind


@pytest.mark.parametrize(
    "note",
    [
        # a work whose title opens with the word: no date, a capital
        pytest.param(
            "Jean-Jacques Rousseau, Lettre à d'Alembert sur les spectacles, dans Œuvres"
            " complètes, t. V, Paris, Gallimard, 1995, p. 1-125.",
            id="fr-title-lettre",
        ),
        pytest.param(
            "Rainer Maria Rilke, Brief an einen jungen Dichter, in: Werke, hg. v. Manfred"
            " Engel, Frankfurt a. M. 1996, Bd. 4, S. 514.",
            id="de-title-brief",
        ),
        # "X to Y" with a year alone is a title, not a letter's date
        pytest.param(
            "Anna Berg, Introduction to Algorithms, 2009, in Readings in Computing, ed. Tom"
            " Hale (Boston: Ginn, 2010), 4.",
            id="en-to-year-only",
        ),
        # a letter cited with no edition: nothing to read instead
        pytest.param("Flaubert à Louise Colet, 8 mai 1852.", id="no-edition"),
    ],
)
def test_no_letter_lead(note: str) -> None:
    assert letter_in_edition(note) is None


def test_titled_letter_keeps_its_title() -> None:
    note = (
        "Jean-Jacques Rousseau, Lettre à d'Alembert sur les spectacles, dans Œuvres complètes,"
        " t. V, Paris, Gallimard, 1995, p. 1-125."
    )
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.title == "Lettre à d'Alembert sur les spectacles"


def test_lines_kept_across_a_break() -> None:
    note = "Anne Vidal, lettre à Paul\nDurand, 3 mai 1850, dans Lettres, Paris, Plon, 1901."
    rewritten = letter_in_edition(note)
    assert rewritten is None or rewritten.count("\n") == 1
    one_line = "Anne Vidal, lettre à Paul Durand, 3 mai 1850, dans\nLettres, Paris, Plon, 1901."
    assert letter_in_edition(one_line) == "Anne Vidal,\n Lettres, Paris, Plon, 1901."
