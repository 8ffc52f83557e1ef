"""PDF-to-text (``-layout``) bibliographies whose entries are set with a paragraph indent
(first line indented, continuation lines flush left: the reverse of a hanging indent)
are split at their first lines, as hanging-indent lists are at theirs."""

from __future__ import annotations

import pytest

from bibcheck.readers.pdftext import read

FF = "\f"
BODY = (
    "Les moulins du Tarn\n\n"
    "Les meuniers tenaient des livres de comptes.1 Peu ont survécu.2\n\n"
    "   1\n      Archives départementales, 3 E 12.\n"
    "   2\n      Ibid., 3 E 14.\n\n"
)
AUTHORS = ["Abadie", "Bonnet", "Castan", "Delmas"]

PARAGRAPH = (
    "Bibliographie\n"
    "Abadie Jean, Les moulins à eau du Tarn, Albi, Éditions du Pont,\n"
    "1985.\n"
    "    Bonnet Marie, Meuniers et paysans, Toulouse, Privat, 1990.\n"
    "    Castan Paul, L’économie des moulins au XVIIIe siècle, Revue du\n"
    "Tarn, 12, 1978, p. 33–51.\n"
    "    Delmas Anne, Les livres de comptes des meuniers, Castres,\n"
    "Presses du Midi, 2001.\n"
)
HANGING = (
    "Bibliographie\n"
    "Abadie Jean, Les moulins à eau du Tarn, Albi, Éditions du Pont,\n"
    "    1985.\n"
    "Bonnet Marie, Meuniers et paysans, Toulouse, Privat, 1990.\n"
    "Castan Paul, L’économie des moulins au XVIIIe siècle, Revue du\n"
    "    Tarn, 12, 1978, p. 33–51.\n"
    "Delmas Anne, Les livres de comptes des meuniers, Castres,\n"
    "    Presses du Midi, 2001.\n"
)
PARAGRAPH_ALL = PARAGRAPH.replace("\nAbadie", "\n    Abadie")


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param(PARAGRAPH, id="paragraph-indent-first-flush"),
        pytest.param(PARAGRAPH_ALL, id="paragraph-indent"),
        pytest.param(HANGING, id="hanging-indent"),
    ],
)
def test_one_entry_per_work(listing: str) -> None:
    doc = read(f"{BODY}{FF}{listing}")
    assert [e.text.split()[0] for e in doc.literature] == AUTHORS
    assert all(e.text.rstrip().endswith(".") for e in doc.literature)
