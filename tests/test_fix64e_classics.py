"""Classics, theology and philosophy: canonical places after an author-date citation's year,
and a classic's edition in the bibliography (table-driven; the cases are written here)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.readers.authoryear import author_years, mentions

ENTRIES = [
    ("1", "Kantor, Ingrid. 2004. Reason and Its Limits. Leipzig: Felsen."),
    ("2", "Ambrosi, Lucia. 1987. Two Cities. Turin: Ponte."),
    ("3", "Vasquez, Tomas. 1995. The Collected Treatises. Madrid: Alameda."),
    ("4", "Holm, Erik. 2011. Passions and Causes. Oslo: Fjord."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Kant's first and second editions, one or both, arabic or roman
        ("as the deduction has it (Kantor 2004, A 84/B 116).", ["1"]),
        ("the unity of apperception (Kantor 2004, B 135)", ["1"]),
        ("Kantor (2004, A 97) reads it so", ["1"]),
        ("the preface (Kantor 2004, B xxx)", ["1"]),
        ("the preface (Kantor 2004, Bxiii)", ["1"]),
        # a collected edition's volume and page, after a comma or a colon
        ("the moral law (Kantor 2004, AA 5, 31)", ["1"]),
        ("the moral law (Kantor 2004, Ak 6:221)", ["1"]),
        ("a patristic sermon (Ambrosi 1987, PL 38, 512)", ["2"]),
        ("a meditation (Vasquez 1995, AT VII, 48)", ["3"]),
        # Bekker's page, column and line
        ("the function argument (Vasquez 1995, 1097b24)", ["3"]),
        ("the household (Vasquez 1995, 1252b12–14)", ["3"]),
        # book, chapter and section as dotted numbers
        ("the two loves (Ambrosi 1987, 14.28)", ["2"]),
        ("memory (Ambrosi 1987, 10.8.15)", ["2"]),
        # a work's siglum before its place
        ("so the Treatise (Holm 2011, T 3.1.1.27)", ["4"]),
        ("the same page (Holm 2011, SBN 469)", ["4"]),
        ("the critique (Kantor 2004, KrV A 51/B 75)", ["1"]),
        ("the ethics (Vasquez 1995, NE 1103a18)", ["3"]),
    ],
    ids=[
        "kant-a-b",
        "kant-b",
        "kant-narrative-a",
        "kant-b-roman",
        "kant-b-roman-closed",
        "aa-volume-comma",
        "ak-volume-colon",
        "migne-pl",
        "adam-tannery-roman",
        "bekker-line",
        "bekker-line-range",
        "dotted-two",
        "dotted-three",
        "siglum-dotted",
        "siglum-page",
        "siglum-kant-a-b",
        "siglum-bekker",
    ],
)
def test_canonical_locators(text: str, labels: list[str]) -> None:
    assert [label for _, label in mentions(text, author_years(ENTRIES))] == labels


@pytest.mark.parametrize(
    ("text", "author", "title", "year", "place"),
    [
        (
            "Porphyrius. Life of Plotinus. Edited by K. L. Marsh. Boston: Harrow, 1988.",
            "Porphyrius",
            "Life of Plotinus",
            1988,
            "Boston",
        ),
        (
            "Seneca. Letters on Ethics. Trans. M. R. Dale. Leeds: Corbel, 2003.",
            "Seneca",
            "Letters on Ethics",
            2003,
            "Leeds",
        ),
        (
            "Tacitus. Historiae. Translated by J. P. Onslow. Bristol: Quill, 1979.",
            "Tacitus",
            "Historiae",
            1979,
            "Bristol",
        ),
        (
            "Anselmus. Proslogion. Ed. F. Renner. Bonn: Kessel, 1961.",
            "Anselmus",
            "Proslogion",
            1961,
            "Bonn",
        ),
        (
            "Origenes. De principiis. Hg. v. H. Wolf und K. Lenz. 2 Bde. Jena: Brand, 1976.",
            "Origenes",
            "De principiis",
            1976,
            "Jena",
        ),
        (
            "Lucrèce. De la nature. Éd. et trad. P. Morel. Lyon: Saône, 1951–1953.",
            "Lucrèce",
            "De la nature",
            1951,
            "Lyon",
        ),
        (
            "Lucrèce. De la nature. Trad. P. Morel. Lyon: Saône, 1951.",
            "Lucrèce",
            "De la nature",
            1951,
            "Lyon",
        ),
        (
            "Boezio. La consolazione. A cura di G. Ferri. Padova: Liviana, 1990.",
            "Boezio",
            "La consolazione",
            1990,
            "Padova",
        ),
        (
            "Plotinus. Enneads. 7 vols. Leiden: Harmsen, 1966–1988.",
            "Plotinus",
            "Enneads",
            1966,
            "Leiden",
        ),
        (
            "Maximus of Tyre. Orations. Trans. D. B. Wren. Hull: Ember, 1997.",
            "Maximus of Tyre",
            "Orations",
            1997,
            "Hull",
        ),
        # MLA's form: no place, the publisher and the year
        (
            "Epictetus. *Discourses*. Trans. Helen Varga. Crossway Press, 2008.",
            "Epictetus",
            "Discourses",
            2008,
            None,
        ),
        (
            "Lucretius. On the Nature of Things. Translated by Paul Weir, 3rd ed., Lantern, 2012.",
            "Lucretius",
            "On the Nature of Things",
            2012,
            None,
        ),
    ],
    ids=[
        "edited-by-initials",
        "trans-initials",
        "translated-by-initials",
        "ed-latin-title",
        "hg-v-two-editors-volumes",
        "ed-et-trad-year-range",
        "trad-initial",
        "a-cura-di",
        "vols-year-range",
        "byname-author",
        "mla-trans-publisher",
        "mla-translated-edition-publisher",
    ],
)
def test_classic_edition_fields(
    text: str, author: str, title: str, year: int, place: str | None
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.year == year
    assert ref.place == place


def test_inverted_author_edited_by_place() -> None:
    # the editor's initials after "Edited by" are no place of publication
    ref = parse_reference(
        "Marsh, Karen. A Handbook of Stoics. Edited by T. W. Ralph. Exeter: Dune, 2001.",
        [1],
        detect_styles=True,
    )
    assert (ref.title, ref.place, ref.publisher) == ("A Handbook of Stoics", "Exeter", "Dune")
