"""The abbreviation a note defines for a name it cites is no part of the title: the note
and its list entry read alike (:mod:`.hereafter`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.hereafter import title_without_definition

TITLES = [
    ("Staatsarchiv Bremen (im Folgenden: StAB), Plansammlung", "Staatsarchiv Bremen, Plansammlung"),
    ("Landesarchiv Thüringen (künftig: LATh), Karten", "Landesarchiv Thüringen, Karten"),
    ("West Sussex Record Office (hereafter WSRO), Add. MS", "West Sussex Record Office, Add. MS"),
    ("Archives nationales (ci-après AN), Cartes", "Archives nationales, Cartes"),
    ("Archivo General de Indias (en adelante AGI), Mapas", "Archivo General de Indias, Mapas"),
    ("Stadtarchiv Kiel (zitiert als StAK)", "Stadtarchiv Kiel"),
    # other brackets stay
    ("Karten und Pläne (Auswahl)", "Karten und Pläne (Auswahl)"),
    ("Plan der Stadt (Kopie nach 1820)", "Plan der Stadt (Kopie nach 1820)"),
]


@pytest.mark.parametrize(("title", "want"), TITLES)
def test_title_without_definition(title: str, want: str) -> None:
    assert title_without_definition(title) == want


NOTES = [
    "Staatsbibliothek Bamberg, Kartenabteilung (im Folgenden: SBB), Plan 14, gezeichnet 1790, "
    "Federzeichnung.",
    "Hauptstaatsarchiv Dresden, Kartensammlung (künftig: HStA DD), Schr. 4, Nr. 12, "
    "aufgenommen 1781.",
    "Kent History Centre (hereafter KHC), estate map, Sheet 3, drawn 1772.",
]


@pytest.mark.parametrize("text", NOTES)
def test_no_definition_in_title(text: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert ref.title
    for word in ("Folgenden", "künftig", "hereafter"):
        assert word not in ref.title
    assert ref.raw == text
