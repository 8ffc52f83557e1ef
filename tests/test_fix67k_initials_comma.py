"""Inverted names whose initials close with a comma before the title ("Oke, T. R., Title"):
the initials stay with their names (round 67, :mod:`bibcheck.parse.references.initials_comma`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.initials_comma import initialled_names

# (entry, authors, title): each read wrongly before round 67
INITIALLED = [
    pytest.param(
        "Oke, T. R., The energetic basis of the urban heat island. "
        "Q. J. R. Meteorol. Soc. 108, 1–24 (1982).",
        ("Oke, T. R.",),
        "The energetic basis of the urban heat island",
        id="one-name-journal",
    ),
    pytest.param(
        "Oke, T. R., and Smith, J. K., The energetic basis of the urban heat island. "
        "Q. J. R. Meteorol. Soc. 108, 1–24 (1982).",
        ("Oke, T. R.", "Smith, J. K."),
        "The energetic basis of the urban heat island",
        id="two-names-and",
    ),
    pytest.param(
        "Vega, A. B., Lund, C. D., and Okafor, E. F., Heat flux over dense canopies. "
        "Boundary-Layer Meteorol. 12, 33–45 (1990).",
        ("Vega, A. B.", "Lund, C. D.", "Okafor, E. F."),
        "Heat flux over dense canopies",
        id="three-names",
    ),
    pytest.param(
        "Landau, L. D., The theory of phase transitions in crystals. Phys. Z. 11, 26–35 (1937).",
        ("Landau, L. D.",),
        "The theory of phase transitions in crystals",
        id="physics-journal",
    ),
    pytest.param(
        "Müller, H.-P., Stadtklima und Planung. Springer, Berlin, 1999.",
        ("Müller, H.-P.",),
        None,
        id="german-hyphenated-initials",
    ),
    pytest.param(
        "Rossi, M. G., Il clima delle città italiane. Nuovo Cimento 4, 10–20 (1961).",
        ("Rossi, M. G.",),
        "Il clima delle città italiane",
        id="italian-title",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), INITIALLED)
def test_initials_stay_with_the_name(
    text: str, authors: tuple[str, ...], title: str | None
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
    if title is not None:
        assert ref.title == title


# (entry, authors, title): shapes the rule must leave as they were read
UNCHANGED = [
    pytest.param(
        "Oke, T. R. (1982). The energetic basis of the urban heat island. "
        "Quarterly Journal of the Royal Meteorological Society, 108, 1–24.",
        ("Oke, T. R.",),
        "The energetic basis of the urban heat island",
        id="apa",
    ),
    pytest.param(
        "Oke TR, Smith JK. The energetic basis of the urban heat island. "
        "Q J R Meteorol Soc. 1982;108:1-24.",
        ("Oke TR", "Smith JK"),
        "The energetic basis of the urban heat island",
        id="vancouver",
    ),
    pytest.param(
        "Ball, J. E., Anna Lee and Mark Smith. Urban climate. Methuen, London, 1987.",
        ("Ball, J. E", "Anna Lee", "Mark Smith"),
        "Urban climate",
        id="natural-order-coauthors",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), UNCHANGED)
def test_other_shapes_unchanged(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


SPLITS = [
    pytest.param("Oke, T. R., Title of work. J. 1, 2 (1982).", ("Oke, T. R.",), id="initials"),
    pytest.param("Müller, H.-P., Titel. Verlag, 1999.", ("Müller, H.-P.",), id="hyphenated"),
    pytest.param("Oke, T. R. (1982). Title.", None, id="apa-year"),
    pytest.param("Oke TR, Smith JK. Title.", None, id="vancouver"),
    pytest.param("Oke, T. R., 1982: Title.", None, id="year-colon"),
    pytest.param("Oke, T. R., Smith, J. K., Title.", ("Oke, T. R.", "Smith, J. K."), id="two"),
]


@pytest.mark.parametrize(("text", "names"), SPLITS)
def test_initialled_names(text: str, names: tuple[str, ...] | None) -> None:
    found = initialled_names(text)
    assert (found[0] if found else None) == names
