"""Irish and Scottish Gaelic family names with their particles (Ó, Ua, Mac, Mag, Nic, Ní, Uí,
Mhic; "Mac an tSaoir", "Mac a' Phearsain", "Ó hUiginn") and accented or hyphenated initials
(É., Ž., Ł., Ø., J.-P.) in reference entries and notes of OSCOLA, Harvard, APA and Chicago
(fix round 39): the particle belongs to the family name, never an initial nor an author of
its own; an accented initial after a two-word family name does not make the entry a
Bluebook one with no title."""

from __future__ import annotations

import re

import pytest

from bibcheck.parse.names import family_name
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.patterns import SURNAME


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        # Harvard
        (
            "Ó Catháin, P. (2017) Pobal na hoileáin. Gaillimh: Cló Iar-Chonnacht.",
            ("Ó Catháin, P.",),
            "Pobal na hoileáin",
            2017,
        ),
        (
            "Ní Bhraonáin, É. (2021) 'Scoileanna na Gaeltachta', Teagasc 9, pp. 40–55.",
            ("Ní Bhraonáin, É.",),
            "Scoileanna na Gaeltachta",
            2021,
        ),
        (
            "Mac an tSagairt, R. (2008) Seanchas an chladaigh. Dún na nGall: Coiscéim.",
            ("Mac an tSagairt, R.",),
            "Seanchas an chladaigh",
            2008,
        ),
        (
            "Uí Dhubhghaill, B. (2013) Mná an iarthair. Corcaigh: Cork University Press.",
            ("Uí Dhubhghaill, B.",),
            "Mná an iarthair",
            2013,
        ),
        (
            "Mac a' Ghobhainn, S. (2006) Bàrdachd an Eilein. Glaschu: Gairm.",
            ("Mac a' Ghobhainn, S.",),
            "Bàrdachd an Eilein",
            2006,
        ),
        (
            "MacAoidh, C. (2011) Eachdraidh Chataibh. Inbhir Nis: Acair.",
            ("MacAoidh, C.",),
            "Eachdraidh Chataibh",
            2011,
        ),
        (
            "Nic Ghearailt, D. and Ó hEochaidh, T. (2019) Cnoic an tuaiscirt. Béal Feirste: "
            "Coiscéim.",
            ("Nic Ghearailt, D.", "Ó hEochaidh, T."),
            "Cnoic an tuaiscirt",
            2019,
        ),
        # APA, with accented and hyphenated initials
        (
            "Ní Fhaoláin, Ó. (2022). Cearta teanga sa scoil. Irish Educational Studies, 41, "
            "200–214.",
            ("Ní Fhaoláin, Ó.",),
            "Cearta teanga sa scoil",
            2022,
        ),
        (
            "Van den Broeck, Á. (2014). Dune erosion on the Flemish coast. Coastal Studies, "
            "8, 11–19.",
            ("Van den Broeck, Á.",),
            "Dune erosion on the Flemish coast",
            2014,
        ),
        (
            "Horvat, Ž., & Nowicki, Ł. (2016). Karst aquifers of the Dinarides. Hydrology "
            "Letters, 4, 9–20.",
            ("Horvat, Ž.", "Nowicki, Ł."),
            "Karst aquifers of the Dinarides",
            2016,
        ),
        (
            "Lund, Ø. (2010). Fjord sediments. Oslo: Akademika.",
            ("Lund, Ø.",),
            "Fjord sediments",
            2010,
        ),
        (
            "Martin, H.-G. (2003). Die Flüsse des Rheinlands. Köln: Bachem.",
            ("Martin, H.-G.",),
            "Die Flüsse des Rheinlands",
            2003,
        ),
        # Chicago author-date
        (
            "Mac a' Ghobhainn, Seumas. 2006. Bàrdachd an Eilein. Glaschu: Gairm.",
            ("Mac a' Ghobhainn, Seumas",),
            "Bàrdachd an Eilein",
            2006,
        ),
        (
            "Ó Catháin, Pádraig. 2017. Pobal na hoileáin. Gaillimh: Cló Iar-Chonnacht.",
            ("Ó Catháin, Pádraig",),
            "Pobal na hoileáin",
            2017,
        ),
        # OSCOLA bibliography
        (
            "Mac Giolla Phádraig, C., Dlí na talún (Round Hall 2012)",
            ("Mac Giolla Phádraig, C.",),
            "Dlí na talún",
            2012,
        ),
    ],
)
def test_gaelic_family_names_in_entries(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title and ref.year == year


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "N. Ó Catháin, *Pobal na hoileáin* (Gaillimh: Cló Iar-Chonnacht, 2017), 45.",
            "N. Ó Catháin",
            "Pobal na hoileáin",
        ),
        (
            "Féach É. Ní Bhraonáin, *Scoileanna na Gaeltachta* (Coiscéim, 2021), 12.",
            "É. Ní Bhraonáin",
            "Scoileanna na Gaeltachta",
        ),
    ],
)
def test_gaelic_names_in_notes(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.authors and ref.authors[0] == author
    assert ref.title == title
    assert family_name(author).split()[0] in {"ó", "ní"}


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Ó Néill", "Ó Néill"),
        ("Ó hUiginn", "Ó hUiginn"),
        ("Mac an tSaoir", "Mac an tSaoir"),
        ("Mac a' Phearsain", "Mac a' Phearsain"),
        ("Uí gCeallaigh", "Uí gCeallaigh"),
        # a particle alone is no family name; a lower-case word after it is none either
        ("Ó", None),
        ("Mac book", None),
    ],
)
def test_gaelic_surname_pattern(text: str, match: str | None) -> None:
    m = re.fullmatch(SURNAME, text)
    assert (m.group(0) if m else None) == match
