"""Newspaper issues cited year first (GOST 7.1 and the notes that follow it) or after a
lead-in, and notes naming the body that supplied figures: a bibliography leaves them out, so
a note citing one is no ``missing-literature-entry``."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.unlisted import data_source, newspaper_issue


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Rheinische Post. 1911. 3 maja. S. 2.", True),
        ("Вечерний Киев. 1936. 21 апреля. С. 4.", True),
        ("Голос Праці. – 1927. – 9 берез. – С. 1–2.", True),
        ("Dziennik Wileński. 1905. 17 listopada.", True),
        ("«Зоря». 1930. 5 січня (№ 4). С. 3.", True),
        ("Див., напр.: Нова Рада. 1918. 2 лютого. С. 1.", True),
        ("Zob. np.: Czas. 1899. 12 lipca. S. 4.", True),
        ("See *Hull Packet*, 9 March 1847, 2.", True),
        # books and articles in the same style are works of the list
        ("Коваль П. Історія міста. Київ : Наука, 1999. С. 12.", False),
        ("Коваль П. Міські млини // Вісник історії. 2004. № 2. С. 5–9.", False),
        ("Nowak J. Dzieje handlu. Kraków, 1931. 212 s.", False),
        ("Baker. 2001. 12 pages.", False),
        ("див. текст нижче. 1990. 3 роки.", False),
    ],
    ids=[
        "polish-month",
        "russian",
        "gost-dashes",
        "no-page",
        "quoted-number",
        "lead-in-uk",
        "lead-in-pl",
        "lead-in-chicago",
        "book",
        "article",
        "book-pages",
        "count-of-pages",
        "lowercase-prose",
    ],
)
def test_year_first_issue(text: str, issue: bool) -> None:
    assert newspaper_issue(text) is issue


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Chiffres de la Fédération des écoles bilingues, rentrée 2012.", True),
        ("Data from the Regional Water Board, 2019.", True),
        ("Dane z Urzędu Miasta Poznania, stan na 2020.", True),
        ("Datos del Instituto Nacional de Estadística.", True),
        ("Figures supplied by the Harbour Trust, as of 2021/22.", True),
        # a publication the figures come from is a work of the list
        ("Data from Jane Roe, *Harbour Statistics* (Hull: Barton, 1999), 12.", False),
        ("Chiffres de l’INSEE, « Recensement de la population », 2012, p. 4.", False),
        ("Data from the survey described above.", False),
        ("Roe, Jane. Harbour Statistics. Hull: Barton, 1999.", False),
    ],
    ids=["french", "english", "polish", "spanish", "supplied", "book", "quoted", "prose", "entry"],
)
def test_data_supplier(text: str, source: bool) -> None:
    assert data_source(text) is source
