"""fix75k: kinds and titles of entries in the shapes of Turkish Vancouver and Greek APA lists.

* a patent in Vancouver, its people's roles in the list's language (``inventors; Body,
  assignee``, ``buluş sahipleri; …, başvuru sahibi``, ``Erfinder; …, Anmelder``,
  ``inventeurs; …, déposant``): a patent, the inventors its authors, the next sentence its title;
* a Greek thesis: ``Διδακτορική διατριβή``, ``Μεταπτυχιακή εργασία``, ``Πτυχιακή εργασία``;
* an APA work without author, its marked title first: ``*Title*. (1851). London: X.`` a book
  (an old print's "in <city>" place, ``Εν Αθήναις``, ``À Paris``, is its place, no title);
  ``“Title.” (1905, July 14). *Paper*, p. 2.`` an article in that periodical.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

PATENTS = [
    (
        "Lind K, Berg A, inventors; Nordvik Tools AB, assignee. Adjustable clamp for thin "
        "sheets. US patent 9876543. 2018 Mar 6.",
        ("Lind K", "Berg A"),
        "Adjustable clamp for thin sheets",
        2018,
    ),
    (
        "Kaya B, Arslan T, buluş sahipleri; Ozan Tekstil San. ve Tic. A.Ş., başvuru sahibi. "
        "Bir dokuma tezgâhı için gerdirme düzeneği. Türk Patent TR 2018/04567 B. 3 Haziran 2019.",
        ("Kaya B", "Arslan T"),
        "Bir dokuma tezgâhı için gerdirme düzeneği",
        2019,
    ),
    (
        "Çelik O, buluş sahibi; Ege Makina Ltd. Şti., başvuru sahibi. Zeytin ayıklama makinesi. "
        "TR patent 2020/01234. 2021 Şub 8.",
        ("Çelik O",),
        "Zeytin ayıklama makinesi",
        2021,
    ),
    (
        "Vogel H, Erfinder; Muster Trocknung GmbH, Anmelder. Verfahren zum Trocknen von "
        "Obst. DE Patent 10 2019 123 456 A1. 2020 Jun 4.",
        ("Vogel H",),
        "Verfahren zum Trocknen von Obst",
        2020,
    ),
    (
        "Martin P, Roux L, inventeurs; Société Fromagère du Jura, déposant. Moule à fromage "
        "ajouré. Brevet FR 3 012 345. 2017 janv 12.",
        ("Martin P", "Roux L"),
        "Moule à fromage ajouré",
        2017,
    ),
    (
        "Ruiz A, inventora; Aceites del Sur SL, solicitante. Prensa para aceitunas. Patente "
        "ES 2 345 678. 2016.",
        ("Ruiz A",),
        "Prensa para aceitunas",
        2016,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "year"), PATENTS)
def test_vancouver_patent_with_roles(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.kind is RefKind.PATENT
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


THESES = [
    (
        "Αλεξίου, Μ. (2017). *Η αγροτική οικονομία της Θεσσαλίας*. Διδακτορική διατριβή, "
        "Πανεπιστήμιο Θεσσαλίας.",
        "Η αγροτική οικονομία της Θεσσαλίας",
    ),
    (
        "Ρήγας, Κ. (2020). *Τα λιμάνια του Αιγαίου*. Μεταπτυχιακή εργασία, Πανεπιστήμιο Αιγαίου.",
        "Τα λιμάνια του Αιγαίου",
    ),
    (
        "Σταύρου, Ε. (2015). *Η ελιά στη Μεσσηνία*. Μεταπτυχιακή διπλωματική εργασία, "
        "Πανεπιστήμιο Πελοποννήσου.",
        "Η ελιά στη Μεσσηνία",
    ),
    (
        "Λάμπρου, Δ. (2019). *Οι νερόμυλοι της Ηπείρου*. Πτυχιακή εργασία, Πανεπιστήμιο Ιωαννίνων.",
        "Οι νερόμυλοι της Ηπείρου",
    ),
]


@pytest.mark.parametrize(("text", "title"), THESES)
def test_greek_thesis(text: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.kind is RefKind.THESIS
    assert ref.title == title


TITLE_FIRST = [
    # (entry, kind, title, host, year)
    (
        "*The household cookery book*. (1851). London: Groombridge.",
        RefKind.BOOK,
        "The household cookery book",
        None,
        1851,
    ),
    (
        "*Dictionnaire de cuisine bourgeoise*. (1839). À Paris.",
        RefKind.BOOK,
        "Dictionnaire de cuisine bourgeoise",
        None,
        1839,
    ),
    (
        "*Οδηγός της οικιακής οικονομίας*. (1870). Εν Αθήναις.",
        RefKind.BOOK,
        "Οδηγός της οικιακής οικονομίας",
        None,
        1870,
    ),
    (
        "*Νέον εγχειρίδιον μαγειρικής*. (1865). Εν Κωνσταντινουπόλει.",
        RefKind.BOOK,
        "Νέον εγχειρίδιον μαγειρικής",
        None,
        1865,
    ),
    (
        "“Prices of vegetables in the market.” (1905, July 14). *The Daily Courier*, p. 2.",
        RefKind.ARTICLE,
        "Prices of vegetables in the market",
        "The Daily Courier",
        1905,
    ),
    (
        "«Η αγορά των λαχανικών». (1910, 3 Μαΐου). *Ακρόπολις*, σ. 3.",
        RefKind.ARTICLE,
        "Η αγορά των λαχανικών",
        "Ακρόπολις",
        1910,
    ),
]


@pytest.mark.parametrize(("text", "kind", "title", "host", "year"), TITLE_FIRST)
def test_title_first_without_author(
    text: str, kind: RefKind, title: str, host: str | None, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.title, ref.year, ref.authors) == (kind, title, year, ())
    if host is not None:
        assert ref.host == host


GUARDS = [
    # a body or a person first is the author, the italic title after the date (pass on main)
    ("World Health Organization. (2020). *Food safety plan*. Geneva: WHO.", "Food safety plan"),
    ("Lind, K. (2018). *Clamps and sheets*. Oslo: Nordvik.", "Clamps and sheets"),
    # a patent without role words stays as the patent parsers read it
    ("US 9,412,875 B2 (Halvorsen, E.), Fouling monitor for plates, 16 August 2016.", None),
]


@pytest.mark.parametrize(("text", "title"), GUARDS)
def test_guards(text: str, title: str | None) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors
    if title is not None:
        assert ref.title == title
