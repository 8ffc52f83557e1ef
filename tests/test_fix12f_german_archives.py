"""German archives as notes abbreviate them (``StadtA``, ``HStA``, ``BArch`` ...) cite
unpublished documents: no literature entry is owed for them."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.archival import archival_source


@pytest.mark.parametrize(
    ("text", "archival"),
    [
        ("StadtA Köln, HUA 3/1742, 1398 Mai 6.", True),
        ("StadtA Nürnberg, B 14/I Nr. 88, fol. 3v.", True),
        ("StadtA Goslar, Urk. b 1507 Okt. 2; Urk. b 1510 Jan. 9.", True),
        ("HStA Dresden, 10024 Geheimer Rat, Loc. 9821/4.", True),
        ("HStA Stuttgart, A 201 Bü 14.", True),
        ("GStA PK, XX. HA Ostpreußische Folianten 1128, S. 12.", True),
        ("BArch, NS 19/1447, Bl. 22.", True),
        ("LHA Schwerin, 2.12-1/22 Korrespondenzen, Nr. 7.", True),
        ("LA Greifswald, Rep. 40 VI Nr. 12.", True),
        ("KrA Soest, B 12 Nr. 3.", True),
        ("StA Bremen, 2-P.8.A.10.", True),
        ("StA Bremen, 2-99 Senatsakten, Nr. 4.", True),
        # no shelfmark after the abbreviation, or no abbreviation at all
        ("StA, 1999.", False),
        ("LA, 1994-1995.", False),
        ("Karl Brandt, Die Hanse in Bremen, Bremen 1988, S. 12.", False),
        ("Ute Meier, Stadt und Archiv, in: Archivar 61 (2008), S. 4–9.", False),
    ],
    ids=[
        "stadta-hua",
        "stadta-b14",
        "stadta-urk",
        "hsta-fonds-number",
        "hsta-bue",
        "gsta-pk",
        "barch",
        "lha",
        "la-rep",
        "kra",
        "sta-dotted",
        "sta-fonds",
        "sta-year",
        "la-years",
        "book",
        "article",
    ],
)
def test_german_archive_abbreviations(text: str, archival: bool) -> None:
    assert archival_source(text) is archival
