"""OT1 glyphs in text extracted from a PDF: guillemets printed as ≪≫, accents on a dotless i."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext
from bibcheck.readers.ot1 import ot1_glyphs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Luis Vidal, ≪La feria de ganado≫, Hispania, 12",
            "Luis Vidal, «La feria de ganado», Hispania, 12",
        ),
        ("≪A≫ y ≪B≫", "«A» y «B»"),
        ("Sobre la historı́a del crédito", "Sobre la historía del crédito"),
        ("la polı́tica agraria ı̂n", "la política agraria în"),
        ("valid for x ≪ 1 and y ≫ 2", "valid for x ≪ 1 and y ≫ 2"),  # math: kept
        ("Kılıç, Türk tarihi", "Kılıç, Türk tarihi"),  # Turkish dotless i: kept
    ],
    ids=["quote", "two-quotes", "acute-i", "circumflex-i", "math", "turkish"],
)
def test_ot1_glyphs(text: str, expected: str) -> None:
    assert ot1_glyphs(text) == expected


_PAGE = (
    "El crédito rural en la meseta norte creció deprisa.1 Otros lo niegan.2\n"
    "\n"
    "1\n"
    "\n"
    "Ana Ruiz Gil, ≪Graneros y usura≫, Revista Agraria, 14 (1999), pp. 3–19.\n"
    "2\n"
    "\n"
    "Pedro Sáez, La polı́tica del trigo, Madrid, Cátedra, 1988.\n"
    "\f"
)


def test_pdftext_notes_have_their_glyphs_written_as_meant() -> None:
    doc = pdftext.read(_PAGE)
    texts = {n.label: n.text for n in doc.footnotes}
    assert "«Graneros y usura»" in texts["1"]
    assert "La política del trigo" in texts["2"]
