"""A plain-text author-date memo with numbered section headings in capitals (fix 71g).

Memos and reports pasted as plain text number their sections (``1  BACKGROUND``,
``3  RESULTATER``): such a heading in capitals is no footnote, so the body under it stays
body text and its author-date citations are read.  Scandinavian lists write "no date" as
``u.å.``, and Scandinavian and Polish citations name a table or chapter in full
(``tabell 4``, ``kapittel 2``, ``rozdział 3``) after the year.  Own fixtures.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.readers import plaintext
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.citenames import date_key
from bibcheck.readers.pdftext import _definition
from bibcheck.readers.registry import choose


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("1  BACKGROUND", None),
        ("2  METHODS AND DATA", None),
        ("4  VURDERING OG ANBEFALING", None),
        ("3. RESULTS & DISCUSSION", None),
        ("5  SAMMANFATTNING", None),
        ("2  PODSUMOWANIE I WNIOSKI", None),
        # notes stay notes
        ("3 IBID.", (3, "IBID.", False)),
        ("1 See Hale (2004), 12.", (1, "See Hale (2004), 12.", False)),
        ("7 OECD 2019, 44.", (7, "OECD 2019, 44.", False)),
        ("2 UN", (2, "UN", False)),
        ("4 Ibid", (4, "Ibid", False)),
    ],
)
def test_capitals_heading_is_no_note(line: str, want: tuple[int, str, bool] | None) -> None:
    assert _definition(line) == want


_MEMO = """\
From: Karen Holm <karen.holm@soil.example.org>
To: Planning office <plan@town.example.net>
Date: 3 May 2024 09:12
Subject: Memo - drained peat on the harbour site

Hello,

the memo is pasted below so that it can be filed.

Best regards
Karen Holm

==================================================================
MEMO
Project:   Harbour site, zoning plan 2.0
Version:   1.2 (replaces 1.1 of 12.04.2024)
==================================================================

1  BACKGROUND

About 3 hectares of the site are mapped as peat (Landbrug, u.å.). Drained
peat is a large source of emissions (Vogt & Lind, 2017; Amsel, 2020, tabell 3).
Amsel (2020) gives factors for the boreal zone.

2  METHODS

Depths were probed on a 20 m grid (Vogt & Lind, 2017, kapittel 2) and the
carbon stock computed as in Hartmann (2015).

3  RESULTS

The stock is about 2 500 t C, within the range of Hartmann (2015, figur 4).

REFERENCES

Amsel, P. (2020). Emission factors for drained organic soils. Soil Use, 12,
    33-41. https://doi.org/10.99999/su.2020.12
Hartmann, G. (2015). Carbon in northern mires. Mire Press.
Landbrug. (u.å.). Peat map of the municipalities [Dataset]. Landbrug.
Vogt, L. & Lind, S. (2017). Probing peat depth. Peat Notes, 4, 5-9.
"""


def test_memo_is_read_as_plain_text() -> None:
    choice = choose("memo.txt", _MEMO)
    assert choice.reader.name == "plain-text"


def test_memo_citations() -> None:
    doc = plaintext.read(_MEMO)
    lines = _MEMO.splitlines()
    got = [(m.label, lines[m.line - 1][:12]) for m in doc.markers]
    assert got == [
        ("3", "About 3 hect"),
        ("4", "peat is a la"),
        ("1", "peat is a la"),
        ("1", "Amsel (2020)"),
        ("4", "Depths were "),
        ("2", "carbon stock"),
        ("2", "The stock is"),
    ]


@pytest.mark.parametrize(
    ("citation", "entry"),
    [
        ("(Berg & Dahl, 2020, tabell 3)", "Berg, K. & Dahl, O. (2020). Rivers. Oslo: Fagbok."),
        ("(Berg, 2020, figur 2)", "Berg, K. (2020). Rivers. Oslo: Fagbok."),
        ("(Berg, 2020, kapittel 5)", "Berg, K. (2020). Rivers. Oslo: Fagbok."),
        ("(Berg, 2020, vedlegg 1)", "Berg, K. (2020). Rivers. Oslo: Fagbok."),
        ("(Berg, 2020, bilaga 2)", "Berg, K. (2020). Rivers. Oslo: Fagbok."),
        ("(Berg, 2020, avsnitt 3)", "Berg, K. (2020). Rivers. Oslo: Fagbok."),
        ("(Nowak, 2019, rozdział 4)", "Nowak, J. (2019). Rzeki. Kraków: PWN."),
        ("(Nowak, 2019, rysunek 2)", "Nowak, J. (2019). Rzeki. Kraków: PWN."),
    ],
)
def test_full_word_locators(citation: str, entry: str) -> None:
    found = spans(f"as shown {citation}.", author_years([("1", entry)]))
    assert [label for _, _, label in found] == ["1"]


def test_scandinavian_no_date() -> None:
    assert date_key("u.å.") == "n.d."
    ref = parse_reference("Landbrug. (u.å.). Peat map of the municipalities.", [1])
    assert (ref.year, ref.title) == (None, "Peat map of the municipalities")
    entries = [("1", "Landbrug. (u.å.). Peat map of the municipalities.")]
    assert [label for _, _, label in spans("(Landbrug, u.å.)", author_years(entries))] == ["1"]
