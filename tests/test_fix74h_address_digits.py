"""fix74h: a number inside a web address or a DOI (``…/ar.2024.2.211``) is no note marker
of a PDF text, so a numbered section heading near the page's foot (``2. Methods``) is
read as body text with its author-date citations (own examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.addressdigits import inside_address

INSIDE = [
    pytest.param("https://doi.org/10.5555/zr.2019.3.145", "3", True, id="doi-url-middle"),
    pytest.param("doi:10.5555/zr.2019.3.145 and more", "3", True, id="doi-prefix"),
    pytest.param("10.5555/zr.2019.3.145", "3", True, id="bare-doi"),
    pytest.param("see www.example.org/a.4.html here", "4", True, id="www"),
    pytest.param("see https://example.org/page.3", "3", False, id="address-last-number"),
    pytest.param("as shown in 2019.3 Then", "3", False, id="no-address"),
]


@pytest.mark.parametrize(("line", "number", "inside"), INSIDE)
def test_inside_address(line: str, number: str, inside: bool) -> None:
    start = line.rindex(number) if not inside else line.index("." + number + ".") + 1
    assert inside_address(line, start, start + len(number)) is inside


PAGES = """\
ZPRÁVY ARCHEOLOGICKÉ LXI–2019, 145–150
https://doi.org/10.5555/zr.2019.2.145

Hradiště na horním toku Svratky

Pavel Brož – Jana Malá

Abstrakt: Článek shrnuje výsledky povrchových sběrů na třech hradištích.
Klíčová slova: hradiště – doba bronzová – povrchový sběr

1. Úvod
Hradiště na horním toku Svratky jsou známa od konce 19. století (Dvořák 2010).
Jejich datování však zůstává nejisté a opírá se jen o drobné sběry.

2. Metody
Sběry probíhaly v letech 2016–2018 na plochách vymezených podle starších plánů
(Novák 2004, 12–15) a v souladu s metodikou, kterou popsala Malá (2015, 33).
Nálezy byly zaměřeny přístrojem GNSS a uloženy v muzeu (Brož 2018).
BROŽ – MALÁ: Hradiště na horním toku Svratky
146
\f
3. Výsledky
Keramika z hradiště u Nedvědice odpovídá nálezům z okolí (Dvořák 2010, 88).

Literatura
Brož, P. (2018). Sběry na hradištích Vysočiny. Jihlava: Muzeum Vysočiny.
Dvořák, K. (2010). Hradiště na Moravě. Brno: Masarykova univerzita.
Malá, J. (2015). Metodika povrchového sběru. Praha: Archeologický ústav.
Novák, T. (2004). Plány hradišť. Archeologické rozhledy, 56, 10–30.
BROŽ – MALÁ: Hradiště na horním toku Svratky
147
"""


@pytest.fixture(scope="module")
def cited(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, int]]:
    path: Path = tmp_path_factory.mktemp("fix74h") / "hradiste.txt"
    path.write_text(PAGES, encoding="utf-8")
    doc = parse_file(path, reader="pdf-text")
    return sorted(
        (fn.reference.authors[0].split(",")[0], m.line)
        for fn in doc.footnotes
        for m in fn.markers
        if fn.reference.authors
    )


def test_section_at_page_foot_is_body(cited: list[tuple[str, int]]) -> None:
    assert ("Novák", 17) in cited
    assert ("Malá", 17) in cited
    assert ("Brož", 18) in cited


def test_chosen_as_pdf_text(tmp_path: Path) -> None:
    """(the swallowed citations left too little evidence for any reader before)"""
    path = tmp_path / "hradiste.txt"
    path.write_text(PAGES, encoding="utf-8")
    assert parse_file(path).reader == "pdf-text"


def test_all_cited(cited: list[tuple[str, int]]) -> None:
    assert cited == [
        ("Brož", 18),
        ("Dvořák", 12),
        ("Dvořák", 23),
        ("Malá", 17),
        ("Novák", 17),
    ]
