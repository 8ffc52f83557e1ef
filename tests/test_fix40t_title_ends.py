"""Fix 40t: where a reference's title starts and ends, in every reader (own entries, written in
the patterns of IEEE lists, Polish notes, DSTU/GOST entries and MDPI lists):

* an IEEE name whose first family name is abbreviated with the given names before Spanish "y"
  or Catalan "i" ("B. A. y Arcas") is a name, so the quoted title is the title;
* a Polish/Czech volume's number with no title of its own (", t. 2,") ends a book's title and
  is its volume (", t. 13: Tytuł tomu" stays in the title);
* a place of two or three words before the year ("Біла Церква, 2019") ends a GOST/DSTU title
  written without area dashes;
* a body of the European Union named before an EU act ("European Commission Directive
  2002/49/EC of …") is the author, the act's designation the title.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import issued_act
from tests.test_regex_growth import assert_linear


def _read(text: str, *, note: bool = False) -> tuple[str | None, tuple[str, ...], int | None]:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    return ref.title, ref.authors, ref.year


IEEE = [
    (
        "K. Ortiz, L. Wu, and C. M. y Vidal, “Sparse sensing of rotor faults,” in Proc. Int. "
        "Conf. Wind Systems, 2019, pp. 11–19.",
        "Sparse sensing of rotor faults",
        "C. M. y Vidal",
    ),
    (
        "R. Soler and J. P. i Ferrer, “Measuring draught,” Rev. Hidr., vol. 4, pp. 2–9, 2015.",
        "Measuring draught",
        "J. P. i Ferrer",
    ),
    (
        "A. Lind, and S. Ramón y Cajal, “Neurons revisited,” Brain Res., vol. 9, pp. 1–5, 2001.",
        "Neurons revisited",
        "S. Ramón y Cajal",
    ),
]


@pytest.mark.parametrize(("text", "title", "last"), IEEE)
def test_ieee_particle_after_initials(text: str, title: str, last: str) -> None:
    got, authors, _ = _read(text)
    assert got == title
    assert authors[-1] == last


POLISH = [
    ("A. Nowak (red.), Prawo rodzinne, t. 4, Kraków 2018, s. 77.", "Prawo rodzinne", "4"),
    ("K. Lis, *Historia ustroju*, t. II, Poznań 2009.", "Historia ustroju", "II"),
    ("Wiśniewski J., Prawo pracy, t. 1, wyd. 2, Gdańsk 2016.", "Prawo pracy", "1"),
]


@pytest.mark.parametrize(("text", "title", "volume"), POLISH)
def test_polish_volume_number_ends_title(text: str, title: str, volume: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.title == title
    assert ref.volume == volume


def test_polish_volume_with_own_title_stays() -> None:
    title, _, _ = _read("Nowak A. (red.), System Prawa Karnego, t. 6: Kary, Warszawa 2016.")
    assert title == "System Prawa Karnego, t. 6: Kary"


GOST = [
    ("Звіт про стан ґрунтів району. Кривий Ріг, 2021. 40 с.", "Звіт про стан ґрунтів району"),
    ("Паспорт опытного поля. Нижний Тагил, 2014. 18 с.", "Паспорт опытного поля"),
    ("Петренко О. В. Карта ґрунтів. Біла Церква, 2018. 12 с.", "Карта ґрунтів"),
]


@pytest.mark.parametrize(("text", "title"), GOST)
def test_gost_place_of_words_ends_title(text: str, title: str) -> None:
    assert _read(text)[0] == title


UNION = [
    (
        "European Commission Directive 2008/50/EC of the European Parliament and of the Council "
        "of 21 May 2008 on ambient air quality. Off. J. Eur. Union 2008, L152, 1–44.",
        "Directive 2008/50/EC of the European Parliament and of the Council of 21 May 2008 on "
        "ambient air quality",
        ("European Commission",),
        2008,
    ),
    (
        "European Union Regulation (EU) No 1169/2011 on the provision of food information to "
        "consumers. Off. J. Eur. Union 2011, L304, 18–63.",
        "Regulation (EU) No 1169/2011 on the provision of food information to consumers",
        ("European Union",),
        2011,
    ),
]


@pytest.mark.parametrize(("text", "title", "authors", "year"), UNION)
def test_union_body_before_act_is_author(
    text: str, title: str, authors: tuple[str, ...], year: int
) -> None:
    assert _read(text) == (title, authors, year)


def test_act_own_issuer_is_no_author() -> None:
    assert issued_act("Commission Directive 2006/25/EC of 5 April 2006 on radiation.") is None
    assert issued_act("European Commission. Annual report 2019.") is None


def test_linear() -> None:
    assert_linear(
        issued_act, lambda n: "European Commission Directive 2002/49/EC " + "of a " * (n // 5)
    )
    assert_linear(
        lambda t: parse_reference(t, [1], detect_styles=True),
        lambda n: "B. A. " * (n // 6) + "y Arcas, “T,” 2017.",
    )


DUTCH = [
    ("Visser-van Leeuwen, K., Huurrecht, Zwolle: Tjeenk Willink 1998", "Huurrecht"),
    ("Kok-de Jong, P., Het bestuursrecht, Arnhem: Gouda Quint 2004", "Het bestuursrecht"),
]


@pytest.mark.parametrize(("text", "title"), DUTCH)
def test_married_name_with_particle(text: str, title: str) -> None:
    got, authors, _ = _read(text)
    assert got == title
    assert len(authors) == 1
