"""One inventory-number label (:data:`catalogue_numbers.INVENTORY_LABEL`) for the two rules
that read it: a title loses the inventory number in parentheses at its end
(:mod:`.title_inventory`), and a catalogue, inventory or work number is blanked before years
are looked for (:mod:`.catalogue_numbers`) -- the same labels in both, Swedish and Dutch
words and ``object no.`` included."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.catalogue_numbers import without_catalogue_numbers
from bibcheck.parse.references.title_inventory import without_inventory


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Lute from Bologna (inv. no. MI 54)", "Lute from Bologna"),
        ("Pokal aus Nürnberg (Inv.-Nr. KG 1123)", "Pokal aus Nürnberg"),
        ("Spinett (inv.nr 4471)", "Spinett"),
        ("Nyckelharpa från Leksand (inventarienr M 1877)", "Nyckelharpa från Leksand"),
        ("Luit uit Venetië (inventarisnummer BK-1968-12)", "Luit uit Venetië"),
        ("Harp (acc. no. 1989.44)", "Harp"),
        ("Harp (acc no 1989.44)", "Harp"),
        ("Drum (object no. 2003.1.7)", "Drum"),
        ("Luth (n° inv. E.1234)", "Luth"),
        ("Viola (Inventarnr. 55)", "Viola"),
        # no label, or the label alone: the title as it is
        ("Sonata (op. 2)", "Sonata (op. 2)"),
        ("Songs (1890)", "Songs (1890)"),
        ("(inv. 12)", "(inv. 12)"),
    ],
)
def test_without_inventory(title: str, kept: str) -> None:
    assert without_inventory(title) == kept


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Harp, inv. no. 1987, museum", "inv. no. 1987"),
        ("Harp, Inventarnr. 1912, museum", "Inventarnr. 1912"),
        ("Harp, inventarienr 1899, museum", "inventarienr 1899"),
        ("Harp, inventarisnummer 1904, museum", "inventarisnummer 1904"),
        ("Harp, acc no 1975.1.1, museum", "acc no 1975.1.1"),
        ("Harp, object no. 1921, museum", "object no. 1921"),
        ("Cantata, BWV 1046, score", "BWV 1046"),
        ("Sculpture, n.º cat. 1930, museum", "n.º cat. 1930"),
        ("Sculpture, n.º inv. 1930, museum", "n.º inv. 1930"),
    ],
)
def test_catalogue_numbers_blanked(text: str, blanked: str) -> None:
    out = without_catalogue_numbers(text)
    assert len(out) == len(text)
    assert blanked not in out and out.replace(" ", "") == text.replace(blanked, "").replace(" ", "")


@pytest.mark.parametrize(
    "text",
    ["Smith, J. 1987. Title.", "Object 1987 and more", "The inventory of 1912 shows"],
)
def test_no_label_no_blank(text: str) -> None:
    assert without_catalogue_numbers(text) == text
