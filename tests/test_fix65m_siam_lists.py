"""SIAM/AMS-style author-year lists as pdftotext gives them back (fix65m).

Initials-first names, the year in parentheses, no indents: a journal's abbreviated name
broken over two lines goes on with its entry (``… Proc. Roy.`` / ``Soc. London Ser. A,
449, …``); an entry may start with initials and a particle (``P. van Emde Boas (1990)``)
or with two names joined by ``and`` and no comma; and a single initials-first author keeps
every initial (``L. M. Adleman``, not ``M. Adleman``).  Fixtures are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references.initials_first import initials_first_people
from bibcheck.readers.journalwrap import journal_goes_on

_BODY = """Tidal marsh models

Okafor [1991] and Lind [1988] measured the marshes; their models were tested again
[Varga 1993, ter Horst 2001] and compared with older counts [de Souza 1979].

1
\f"""


def _parse(entries: str, heading: str = "REFERENCES") -> list[tuple[tuple[str, ...], int | None]]:
    text = _BODY + f"{heading}\n\n{entries}\n2\n"
    doc = parse_bytes(text.encode(), "marsh.txt", "pdf-text")
    return [(e.reference.authors, e.reference.year) for e in doc.literature]


# (a journal's name wrapped after an abbreviated word, in the languages SIAM-style lists use)
_WRAPPED = [
    (
        "B. Lind and K. Sato (1988), Carbon burial along the estuary, Proc. Roy.\n"
        "Soc. Edinburgh Ser. B, 91, pp. 12–30.\n",
        (("B. Lind", "K. Sato"), 1988),
    ),
    (
        "B. Lind and K. Sato (1988), Carbon burial along the estuary of the river, Proc.\n"
        "Edinburgh Math. Soc. (2), 31, pp. 12–30.\n",
        (("B. Lind", "K. Sato"), 1988),
    ),
    (
        "B. Lind und K. Sato (1988), Kohlenstoff in den Salzwiesen der Flussmündung, Ber.\n"
        "Dtsch. Bot. Ges., 101, S. 12–30.\n",
        (("B. Lind", "K. Sato"), 1988),
    ),
    (
        "B. Lind et K. Sato (1988), Le carbone des marais salants de l'estuaire, Bull.\n"
        "Soc. Math. France, 116, pp. 12–30.\n",
        (("B. Lind", "K. Sato"), 1988),
    ),
    (
        "B. Lind and K. Sato (1988), Carbon burial in salt marshes, Philos. Trans.\n"
        "Roy. Soc. London Ser. A, submitted.\n",
        (("B. Lind", "K. Sato"), 1988),
    ),
]


@pytest.mark.parametrize(("entry", "first"), _WRAPPED)
def test_a_wrapped_journal_name_goes_on_with_its_entry(
    entry: str, first: tuple[tuple[str, ...], int]
) -> None:
    got = _parse(
        entry + "T. Okafor (1991), Tides and sediment, Estuaries, 14, pp. 1–9.\n"
        "C. Varga (1993), Salt marsh cores, Sediments, 3, pp. 4–6.\n"
    )
    assert got == [first, (("T. Okafor",), 1991), (("C. Varga",), 1993)]


# (an entry's start: initials, then a particle or two, or two names joined by "and")
_STARTS = [
    ("P. ter Horst (2001), Marsh edges, Wetlands, 21, pp. 3–8.", ("P. ter Horst",), 2001),
    ("A. de Souza (1979), Counting marsh birds, Ibis, 121, pp. 5–9.", ("A. de Souza",), 1979),
    ("H. van der Berg (1999), Dikes, Water, 2, pp. 1–4.", ("H. van der Berg",), 1999),
    ("M. di Stefano (2004), Lagoons, Acqua, 8, pp. 2–3.", ("M. di Stefano",), 2004),
    ("J. van Emde Horn (1990), Peat, Bog Sci., 3, pp. 7–9.", ("J. van Emde Horn",), 1990),
    (
        "R. Y. Ngata and A. T. Berg (1990), Reed beds, Marsh Lett., 2, pp. 9–12.",
        ("R. Y. Ngata", "A. T. Berg"),
        1990,
    ),
]


@pytest.mark.parametrize(("entry", "authors", "year"), _STARTS)
def test_initials_then_particle_or_and_start_an_entry(
    entry: str, authors: tuple[str, ...], year: int
) -> None:
    got = _parse(
        "T. Okafor (1991), Tides and sediment, Estuaries, 14, pp. 1–9.\n"
        + entry
        + "\nC. Varga (1993), Salt marsh cores, Sediments, 3, pp. 4–6.\n"
    )
    assert got == [(("T. Okafor",), 1991), (authors, year), (("C. Varga",), 1993)]


# (a single author with two or three initials keeps them all)
_SINGLE = [
    ("L. M. Okafor (1991), Tides and sediment, Estuaries, 14, pp. 1–9.", ("L. M. Okafor",)),
    ("D. E. F. Lind (1988), Salt and reeds, Marsh Sci., 4, pp. 2–5.", ("D. E. F. Lind",)),
    ("A. M. Varga (1993), Salt marsh cores, Sediments, 3, pp. 4–6.", ("A. M. Varga",)),
    ("Th. J. Berg (1990), Dunes, Coastal Res., 6, pp. 8–9.", ("Th. J. Berg",)),
]


@pytest.mark.parametrize(("entry", "authors"), _SINGLE)
def test_a_single_initials_first_author_keeps_every_initial(
    entry: str, authors: tuple[str, ...]
) -> None:
    got = _parse(entry + "\nA. Ruiz (1995), Cores, Sediments, 3, pp. 4–6.\n")
    assert got[0][0] == authors


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("L. M. Okafor", ("L. M. Okafor",)),
        ("J. Lind, K. Sato, and C.-K. Varga", ("J. Lind", "K. Sato", "C.-K. Varga")),
        (
            "A. K. Berg, H. W. Berg, Jr., and J. M. Ruiz",
            ("A. K. Berg", "H. W. Berg, Jr.", "J. M. Ruiz"),
        ),
        ("A. Novak and Yu. Orlov", ("A. Novak", "Yu. Orlov")),
        ("P. van Emde Horn", ("P. van Emde Horn",)),
        ("Okafor, L. M.", None),
        ("World Marsh Trust", None),
    ],
)
def test_initials_first_people(text: str, people: tuple[str, ...] | None) -> None:
    assert initials_first_people(text) == people


@pytest.mark.parametrize(
    ("prev", "line", "goes_on"),
    [
        ("Carbon burial, Proc. Roy.", "Soc. London Ser. A, 449, pp. 1–9.", True),
        ("Carbon burial, Proc.", "Edinburgh Math. Soc. (2), 31, pp. 1–9.", True),
        ("Carbon burial, Ann.", "Inst. Fourier (Grenoble), 3, pp. 1–9.", True),
        ("New York: Wiley & Sons, Inc.", "Roy. Okafor (1990), Tides.", False),
        ("Oxford University Press.", "Okafor, L. (1990), Tides, J. Phys., 3, 4.", False),
        ("Carbon burial, Marsh Press.", "Amer. Math. Soc., 1990. Tides.", False),
        ("Carbon burial, 14, pp. 1–9.", "Soc. London Ser. A, 449, pp. 1–9.", False),
    ],
)
def test_journal_goes_on(prev: str, line: str, goes_on: bool) -> None:
    assert journal_goes_on(prev, line) is goes_on


# (pdftotext -layout: continuation lines indented, the repeated author's rule left out, so
# the year line that starts a later work of the same author is indented too)
_HANGING = """T. Okafor (1991), Tides and sediment in the lower estuary over three seasons of
    sampling, Estuaries, 14, pp. 1–9.

      (1993a), Salt marsh cores and their dating by isotopes along the transects,
    Sediments, 3, pp. 4–6.

      (1993b), Marsh growth, Sediments, 3, pp. 7–9.

B. Lind and K. Sato (1988), Carbon burial along the estuary and in the reed beds of
    the upper marsh, Marsh Sci., 4, pp. 2–5.
"""


def test_an_indented_year_line_under_hanging_indents_is_the_same_authors_next_work() -> None:
    assert _parse(_HANGING) == [
        (("T. Okafor",), 1991),
        (("T. Okafor",), 1993),
        (("T. Okafor",), 1993),
        (("B. Lind", "K. Sato"), 1988),
    ]


# (the whole list of initials-first names before the year is the authors, and the year is
# the one after them: not a later year nor a volume number further on)
_HEADS = [
    (
        "J. Okafor, B. Lind, and C.-K. Varga (1995), Marsh edges in three dimensions, in\n"
        "Proceedings of the 11th Symposium on Wetlands, ACM, New York, pp. 350–359.",
        ("J. Okafor", "B. Lind", "C.-K. Varga"),
        1995,
    ),
    (
        "A. Novak and Yu. Orlov (1962), Salt marshes of the northern coast, Dokl. Akad.\n"
        "Nauk SSSR, 145, pp. 293–294 (in Russian). English translation in Sov. Phys.\n"
        "Dokl., 7 (1963), pp. 595–596.",
        ("A. Novak", "Yu. Orlov"),
        1962,
    ),
    (
        "A. K. Berg and H. W. Berg, Jr., eds. (1993), The Marsh Atlas, Lecture Notes in\n"
        "Ecology, Vol. 1554, Springer.",
        ("A. K. Berg", "H. W. Berg, Jr."),
        1993,
    ),
]


@pytest.mark.parametrize(("entry", "authors", "year"), _HEADS)
def test_initials_first_names_before_the_year_are_the_authors(
    entry: str, authors: tuple[str, ...], year: int
) -> None:
    got = _parse(
        "T. Okafor (1991), Tides and sediment, Estuaries, 14, pp. 1–9.\n"
        + entry
        + "\nC. Varga (1996), Salt marsh cores, Sediments, 3, pp. 4–6.\n"
    )
    assert got == [(("T. Okafor",), 1991), (authors, year), (("C. Varga",), 1996)]
