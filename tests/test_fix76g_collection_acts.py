"""Fix 76g: Czech and Slovak acts by their number in the Collection of Laws
(:mod:`bibcheck.parse.references.collection_acts`), and a Polish act's name before its
gazette's sentence (:mod:`bibcheck.parse.references.acts`).

ČSN ISO 690 (and the Slovak STN ISO 690) cites an act as ``Designation č. N/YYYY Sb., name.
In: Sbírka zákonů. YYYY, částka N.``: the title runs to the end of the act's name (not cut
at its number), the year is the number's, the kind ``report`` (legislation, corpus
conventions) also when ``In: Sbírka zákonů`` made it a chapter.  Polish PN-ISO 690 lists
set the gazette in a sentence of its own after the act's name (``Ustawa z dnia … r. Prawo
…. Dz.U. …``).  Own examples (invented numbers and names, in those shapes).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import doclanguage, parse_reference
from bibcheck.parse.references.collection_acts import collection_act

ACTS: dict[str, tuple[str, int] | None] = {
    # a government decree, its name after a comma, ISO 690's host after it
    "Nařízení vlády č. 215/2009 Sb., o podmínkách provozu veřejných vodovodů a o změně "
    "některých předpisů. In: Sbírka zákonů. 2009, částka 61.": (
        "Nařízení vlády č. 215/2009 Sb., o podmínkách provozu veřejných vodovodů a o změně "
        "některých předpisů",
        2009,
    ),
    # a statute by its code's name
    "Zákon č. 77/2015 Sb., lesní zákoník.": ("Zákon č. 77/2015 Sb., lesní zákoník", 2015),
    # a ministry's regulation, the issuer between designation and number
    "Vyhláška Ministerstva dopravy č. 44/2011 Sb., kterou se stanoví podrobnosti o značení "
    "silnic.": (
        "Vyhláška Ministerstva dopravy č. 44/2011 Sb., kterou se stanoví podrobnosti o "
        "značení silnic",
        2011,
    ),
    # the amendments' statement is no part of the title
    "Zákon č. 301/1999 Sb., o obecním zřízení, ve znění pozdějších předpisů.": (
        "Zákon č. 301/1999 Sb., o obecním zřízení",
        1999,
    ),
    # nor a provision cited in a note
    "Zákon č. 118/2004 Sb., o vodních nádržích (zákon o nádržích), § 12.": (
        "Zákon č. 118/2004 Sb., o vodních nádržích (zákon o nádržích)",
        2004,
    ),
    # another act named inside the name: its abbreviations' stops are no sentence end
    "Zákon č. 55/2017 Sb., kterým se mění zákon č. 12/2003 Sb., o půdě. In: Sbírka "
    "zákonů. 2017, částka 20.": (
        "Zákon č. 55/2017 Sb., kterým se mění zákon č. 12/2003 Sb., o půdě",
        2017,
    ),
    # ISO 690's jurisdiction before the act
    "Česko. Zákon č. 64/2010 Sb., o archivnictví obcí. In: Sbírka zákonů České republiky. "
    "2010, částka 12, s. 400–410.": ("Zákon č. 64/2010 Sb., o archivnictví obcí", 2010),
    # Slovak: "Z. z." and "Zb.", the name after a space
    "Nariadenie vlády č. 88/2014 Z. z., ktorým sa ustanovujú podrobnosti o mapách.": (
        "Nariadenie vlády č. 88/2014 Z. z., ktorým sa ustanovujú podrobnosti o mapách",
        2014,
    ),
    "Zákon č. 120/2005 Z. z. o pozemkových úpravách v znení neskorších predpisov.": (
        "Zákon č. 120/2005 Z. z. o pozemkových úpravách",
        2005,
    ),
    "Zákon č. 71/1985 Zb. Lesný poriadok.": ("Zákon č. 71/1985 Zb. Lesný poriadok", 1985),
    # no name: the designation alone
    "Vyhláška č. 9/2020 Sb.": ("Vyhláška č. 9/2020 Sb.", 2020),
    # not an act by its number in the Collection
    "NOVÁK, Jan. Zákon č. 77/2015 Sb. v praxi. Právní rozhledy. 2016, roč. 24, č. 3.": None,
    "Zákon o lesích a jeho dějiny. Praha: Academia, 2001.": None,
    "Zákon č. 77/2015 o lesích.": None,
}


@pytest.mark.parametrize(("text", "want"), list(ACTS.items()))
def test_collection_act(text: str, want: tuple[str, int] | None) -> None:
    assert collection_act(text) == want


PARSED = {
    # (text): (title, year); every one a report, as an entry and as a note
    "Nařízení vlády č. 215/2009 Sb., o podmínkách provozu veřejných vodovodů. In: *Sbírka "
    "zákonů*. 2009, částka 61.": (
        "Nařízení vlády č. 215/2009 Sb., o podmínkách provozu veřejných vodovodů",
        2009,
    ),
    "Zákon č. 77/2015 Sb., lesní zákoník.": ("Zákon č. 77/2015 Sb., lesní zákoník", 2015),
    "Nariadenie vlády č. 88/2014 Z. z., ktorým sa ustanovujú podrobnosti o mapách.": (
        "Nariadenie vlády č. 88/2014 Z. z., ktorým sa ustanovujú podrobnosti o mapách",
        2014,
    ),
    "Zákon č. 120/2005 Z. z. o pozemkových úpravách.": (
        "Zákon č. 120/2005 Z. z. o pozemkových úpravách",
        2005,
    ),
}


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "want"), list(PARSED.items()))
def test_parsed_act(text: str, want: tuple[str, int], note: bool) -> None:
    with doclanguage.written_in("cs"):
        ref = parse_reference(text, (1,), note=note)
    assert (ref.title, ref.year, ref.kind) == (*want, RefKind.REPORT)


def test_article_about_an_act_stays_an_article() -> None:
    text = (
        "NOVÁK, Jan. Zákon č. 77/2015 Sb. v praxi. Právní rozhledy. 2016, roč. 24, č. 3, s. 90–97."
    )
    with doclanguage.written_in("cs"):
        ref = parse_reference(text, (1,))
    assert ref.kind is RefKind.ARTICLE
    assert ref.authors == ("NOVÁK, Jan",)


POLISH = {
    # the act's name before the gazette's own sentence (PN-ISO 690 lists)
    "Ustawa z dnia 12 marca 1996 r. Prawo leśne. Dz.U. 1996 nr 40 poz. 170.": (
        "Ustawa z dnia 12 marca 1996 r. Prawo leśne",
        1996,
    ),
    "Rozporządzenie Ministra Rolnictwa z dnia 3 czerwca 2011 r. w sprawie ewidencji "
    "gruntów. Dz.U. 2011 poz. 512.": (
        "Rozporządzenie Ministra Rolnictwa z dnia 3 czerwca 2011 r. w sprawie ewidencji gruntów",
        2011,
    ),
    # (the gazette in parentheses, as before)
    "Ustawa z dnia 12 marca 1996 r. Prawo leśne (Dz.U. 1996 nr 40 poz. 170).": (
        "Ustawa z dnia 12 marca 1996 r. Prawo leśne",
        1996,
    ),
}


@pytest.mark.parametrize(("text", "want"), list(POLISH.items()))
def test_polish_act_before_gazette_sentence(text: str, want: tuple[str, int]) -> None:
    with doclanguage.written_in("pl"):
        ref = parse_reference(text, (1,))
    assert (ref.title, ref.year, ref.kind) == (*want, RefKind.REPORT)
