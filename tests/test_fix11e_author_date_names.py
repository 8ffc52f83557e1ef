"""Author-date list entries (Chicago, APSA, ASA) in several languages (issue 11, heldout11
B7-B9).

* B7: the first author inverted with all the given names written out (``Okafor, Chidi
  Emeka. 2011.``), three of them, hyphenated ones, an initial among them, a particle after
  them (``Laporte, Anne-Marie de. 1998.``): the year after the names says where they end.
* B8: the last two authors joined in the list's language (``e``, ``y``, ``et``, ``und``,
  ``en``, ``și``, ``i``, ``och``).
* B9: Romanian comma-below letters (``Ș``, ``ț``) are letters of a name, and a title in
  low-high quotes (``„…”``) holding years keeps them; the entry's year is the one after the
  names.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Okafor, Chidi Emeka. 2011. *Parties and Patronage*. Ibadan: Spectrum Books.",
            ("Okafor, Chidi Emeka",),
            "Parties and Patronage",
            2011,
        ),
        (
            "Lindqvist, Anna Karin, and Peter J. Holm. 2003. “Cabinet Durability.” *Scandinavian"
            " Political Review* 14 (2): 101–24.",
            ("Lindqvist, Anna Karin", "Peter J. Holm"),
            "Cabinet Durability",
            2003,
        ),
        (
            "Bianchi, Maria Grazia Teresa. 1996. *Il governo dei partiti*. Torino: Einaudi.",
            ("Bianchi, Maria Grazia Teresa",),
            "Il governo dei partiti",
            1996,
        ),
        (
            "Park, Ji-Hoon, Mary-Ellen Stone, and Tomás Rey. 2015. “Veto Players.” *Journal of"
            " Legislatures* 7 (1): 5–30.",
            ("Park, Ji-Hoon", "Mary-Ellen Stone", "Tomás Rey"),
            "Veto Players",
            2015,
        ),
        (
            "Walsh, T. Desmond, and Anne Flood. 1987. “Coalition Bargaining.” *Irish Political"
            " Studies* 2 (1): 1–19.",
            ("Walsh, T. Desmond", "Anne Flood"),
            "Coalition Bargaining",
            1987,
        ),
        (
            "Laporte, Anne-Marie de. 1998. *La cohabitation*. Paris: Économica.",
            ("Laporte, Anne-Marie de",),
            "La cohabitation",
            1998,
        ),
        (
            "Ferreira, Rui Miguel, and Ana Souto. n.d. *Governos de coligação*. Lisboa: Tinta.",
            ("Ferreira, Rui Miguel", "Ana Souto"),
            "Governos de coligação",
            None,
        ),
    ],
    ids=[
        "two-given",
        "two-given-then-natural",
        "three-given",
        "hyphenated-given",
        "initial-then-name",
        "particle-after-given",
        "no-date",
    ],
)
def test_inverted_first_author_with_given_names(
    text: str, authors: tuple[str, ...], title: str, year: int | None
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Moura, Tiago, e Helena Prado Lima. 2009. “Partidos e governo.” *Revista de"
            " Ciência Política* 12 (3): 44–70.",
            ("Moura, Tiago", "Helena Prado Lima"),
            "Partidos e governo",
        ),
        (
            "Quintana, Raúl, y Lucía Ferro. 2012. *Gobiernos divididos*. Buenos Aires: Eudeba.",
            ("Quintana, Raúl", "Lucía Ferro"),
            "Gobiernos divididos",
        ),
        (
            "Garnier, Paul, et Odile Marchand. 2005. *Le pouvoir exécutif*. Lyon: PUL.",
            ("Garnier, Paul", "Odile Marchand"),
            "Le pouvoir exécutif",
        ),
        (
            "Brandt, Klaus Peter, und Ute Wessel. 2000. *Kanzlerdemokratie*. Bonn: Dietz.",
            ("Brandt, Klaus Peter", "Ute Wessel"),
            "Kanzlerdemokratie",
        ),
        (
            "Visser, Joost, en Anouk de Wit. 2014. *Kabinetsformaties*. Amsterdam: Boom.",
            ("Visser, Joost", "Anouk de Wit"),
            "Kabinetsformaties",
        ),
        (
            "Dumitrescu, Radu Ștefan, și Ioana Țurcan. 2017. *Președinții*. Iași: Polirom.",
            ("Dumitrescu, Radu Ștefan", "Ioana Țurcan"),
            "Președinții",
        ),
        (
            "Zieliński, Marek, i Ewa Sobczak. 2010. *Prezydent i rząd*. Kraków: Znak.",
            ("Zieliński, Marek", "Ewa Sobczak"),
            "Prezydent i rząd",
        ),
        (
            "Ekström, Lars Olof, och Maja Berg. 2008. *Minoritetsregeringar*. Lund:"
            " Studentlitteratur.",
            ("Ekström, Lars Olof", "Maja Berg"),
            "Minoritetsregeringar",
        ),
    ],
    ids=["pt-e", "es-y", "fr-et", "de-und", "nl-en", "ro-si", "pl-i", "sv-och"],
)
def test_conjunction_in_the_lists_language(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Stănescu, Mihai, and Dan Pițurcă. 2016. „Two Crises, 1994 and 2007: The President"
            " against Parliament.” *East European Politics* 30 (1): 12–33.",
            ("Stănescu, Mihai", "Dan Pițurcă"),
            "Two Crises, 1994 and 2007: The President against Parliament",
            2016,
        ),
        (
            "Nowicka, Alicja. 2019. „Reforma po 1989 roku.” *Studia Polityczne* 47 (2): 9–30.",
            ("Nowicka, Alicja",),
            "Reforma po 1989 roku",
            2019,
        ),
        (
            "Hartmann, Jens. 2004. „Die Krise von 1998“. *Politische Vierteljahresschrift* 45"
            " (3): 301–20.",
            ("Hartmann, Jens",),
            "Die Krise von 1998",
            2004,
        ),
        (
            "Ștefănescu, Ana-Maria. 2021. *Semiprezidențialismul*. Cluj: Eikon.",
            ("Ștefănescu, Ana-Maria",),
            "Semiprezidențialismul",
            2021,
        ),
    ],
    ids=["ro-title-with-years", "pl-title-with-year", "de-low-high-quotes", "ro-comma-below"],
)
def test_low_high_quoted_title_and_romanian_letters(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Kerr, Laura Stein, and Omar Hadid. 2010. *Cabinets*. Boston: Beacon.",
        "Ruth Adler, Simon Gray, and Ben Cole. 2002. *Parliaments*. Oxford: Hart.",
    ],
    ids=["three-natural", "three-natural-two-given-words"],
)
def test_names_in_natural_order_are_not_inverted(text: str) -> None:
    # (the first author's two words are no family name with the next person as given names)
    ref = parse_reference(text, [1], detect_styles=True)
    assert not any(a.startswith(("Daniel Kerr, Laura", "Ruth Adler, Simon")) for a in ref.authors)
