"""fix75j: a list entry headed ``Family, Given, *Title*`` (French humanities style, and the
same shape in Italian, Spanish, German and English lists) names ONE person; true
multi-author heads stay several people."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

HEADS = [
    ("Dupuis, Étienne", ("Dupuis, Étienne",)),
    ("LAMBERT, Sophie", ("LAMBERT, Sophie",)),
    ("Hartmann, Karl Friedrich", ("Hartmann, Karl Friedrich",)),
    ("Rivière, Jean-Marc", ("Rivière, Jean-Marc",)),
    ("Bianchi, G.", ("Bianchi, G.",)),
    ("Vidal, J.-P.", ("Vidal, J.-P.",)),
    ("La Bruyère, Henri de", ("La Bruyère, Henri de",)),
    ("RUIZ ZAFÓN, Carlos", ("RUIZ ZAFÓN, Carlos",)),
    # (a list written NOM Prénom: "Dubois Léa" is no family name)
    ("Perrin Lucie, Aubry Marc et Roche Paul", None),
    ("Perrin, Lucie, et Marc Aubry", ("Perrin, Lucie", "Marc Aubry")),
    ("Perrin, Lucie et Marc Aubry", ("Perrin, Lucie", "Marc Aubry")),
    ("Perrin, Lucie, Marc Aubry et Paul Roche", ("Perrin, Lucie", "Marc Aubry", "Paul Roche")),
    ("Conti, Paolo e Anna Ferri", ("Conti, Paolo", "Anna Ferri")),
    # not the shape: bare family names, bodies, a name given first
    ("Perrin, Aubry et Roche", None),
    ("Perrin et Aubry", None),
    ("Office national, INSEE", None),
    ("L. Perrin", None),
    ("Perrin", None),
]


@pytest.mark.parametrize(("head", "want"), HEADS)
def test_head(head: str, want: tuple[str, ...] | None) -> None:
    from bibcheck.parse.references import family_given_head

    assert family_given_head.people(head) == want


ENTRIES = [
    # French
    (
        "Dupuis, Étienne, *La mémoire chez Pascal*, Paris, Vrin, 2004, 2 vol.",
        ("Dupuis, Étienne",),
        "La mémoire chez Pascal",
        2004,
    ),
    (
        "LAMBERT, Sophie, *Le doute et la méthode*, Lyon, ENS Éditions, 2011.",
        ("LAMBERT, Sophie",),
        "Le doute et la méthode",
        2011,
    ),
    (
        "Rivière, Jean-Marc, « Le temps de la pensée », *Revue de métaphysique et de morale*, "
        "vol. 88, n° 2, 2015, p. 141-160.",
        ("Rivière, Jean-Marc",),
        "Le temps de la pensée",
        2015,
    ),
    (
        "Vidal, J.-P., *Essai sur l'attention*, Paris, PUF, 1972.",
        ("Vidal, J.-P.",),
        "Essai sur l'attention",
        1972,
    ),
    (
        "Perrin, Lucie, et Marc Aubry (éd.), *Lettres choisies*, Paris, Cerf, 1998.",
        ("Perrin, Lucie", "Marc Aubry"),
        "Lettres choisies",
        1998,
    ),
    (
        "Perrin, Lucie et Marc Aubry, *Lettres choisies*, Paris, Cerf, 1998.",
        ("Perrin, Lucie", "Marc Aubry"),
        "Lettres choisies",
        1998,
    ),
    # Italian, Spanish, German, English in the same shape
    (
        "Bianchi, Giulia, *La memoria in Vico*, Milano, Adelphi, 1993.",
        ("Bianchi, Giulia",),
        "La memoria in Vico",
        1993,
    ),
    (
        "Serrano, Carlos, *La razón y el tiempo*, Madrid, Tecnos, 2007.",
        ("Serrano, Carlos",),
        "La razón y el tiempo",
        2007,
    ),
    (
        "Hartmann, Karl Friedrich, *Gedächtnis und Vernunft*, Berlin, De Gruyter, 2001.",
        ("Hartmann, Karl Friedrich",),
        "Gedächtnis und Vernunft",
        2001,
    ),
    (
        "Turner, Alice, *Memory and Method*, Oxford, Clarendon Press, 1995.",
        ("Turner, Alice",),
        "Memory and Method",
        1995,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "year"), ENTRIES)
def test_entry(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


def test_bare_family_names_stay_several() -> None:
    """Guard (passes on main): three bare family names are three people."""
    ref = parse_reference(
        "Perrin, Aubry et Roche, *Lettres choisies*, Paris, Cerf, 1998.", [1], detect_styles=True
    )
    assert ref.authors == ("Perrin", "Aubry", "Roche")
