"""Catalogue, inventory and work numbers, which are never a work's year.

An artwork is cited with its collection's inventory number (``inv. ME 1534``, ``Inv.-Nr.
A I 1827``, ``n.º inv. 1650``, ``inv. nr. SK-A-1718``), a catalogue entry with its number
(``cat. no. 1702``, ``Kat.-Nr. 1650``, ``n.º cat. 1599``), a manuscript leaf by its folio
(``fol. 1620r``), a piece of music by its catalogue or opus number (``BWV 1043``,
``K. 525``, ``KV 331``, ``op. 59``, ``Hob. XVI:52``).  Their digits may look like a year
(1534, 1702) and stand where the year is searched for; :func:`without_catalogue_numbers`
blanks them, so that a year is read only from the text's date.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["INVENTORY_LABEL", "opens_with_record_number", "without_catalogue_numbers"]

# the label of a museum's or an archive's inventory or accession number, matched without
# regard to case: "inv.", "inv. no.", "Inv.-Nr.", "inv.nr", "inventory no.", "Inventarnummer",
# Swedish "inventarienummer"/"inventarienr", Dutch "inventarisnummer"/"inventarisnr.", "n.º
# inv.", "nº de inv.", "acc. no.", "accession number", "object no." (also
# :mod:`.title_inventory`'s, which cuts one off a title)
INVENTORY_LABEL = (
    r"(?:inv(?:\.|entory|entario|entaire|entarnummer|entarnr\.?|entarienummer|entarienr\.?"
    r"|entarisnummer|entarisnr\.?)(?:[\s-]?(?:n[º°o]\.?|nr\.?|no\.?|number|n\.))?"
    r"|n\.?\s?[º°]\s?(?:de\s)?inv\.?"
    r"|acc(?:ession)?\.?\s?(?:no\.?|nr\.?|number)"
    r"|object\s(?:no\.?|number))"
)
# the label: an inventory's (:data:`INVENTORY_LABEL`), a catalogue's ("cat. no.",
# "Kat.-Nr.", "n.º cat.", "cat. n."), a folio's ("fol.", "fols."), music's ("BWV", "KV",
# "HWV", "RV", "Hob.", "op.")
_LABEL = (
    rf"(?:{INVENTORY_LABEL}"
    r"|n\.?\s?[º°]\s?(?:de\s)?cat\.?"
    r"|(?:cat|kat)\.?[\s-]?(?:n[º°o]\.?|nr\.?|no\.?|n\.)"
    r"|fols?\.|(?-i:BWV|KV|HWV|RV|Hob\.)|op\."
    # a catalogue's record sheet: Catalan "fitxa 1845", Spanish and Portuguese "ficha",
    # French "fiche", Italian "scheda" (in lower case: "Fiche 2019" may head a title)
    r"|(?-i:fitxa|ficha|fiche|scheda)(?:\s(?-i:n[º°o.]|núm\.))?)"
)
# the number after it, with the collection's letters ("ME 1534", "A I 1827", "SK-A-1718");
# Köchel's "K." and Deutsch's "D." only before three digits at most ("K. 525"), since an
# initial before a year is an author-date entry's ("Smith, K. 2001.")
_NUMBER = lazy_compile(
    rf"(?<![\w.]){_LABEL}\s?(?:(?-i:[A-Z]{{1,5}})[\s.-]?){{0,3}}\d[\d.:/–-]*[a-z]?(?!\d)"
    r"|(?<![\w.])(?-i:[KD]\.)\s?\d{1,3}[a-z]?(?![\d.])",
    re.IGNORECASE,
)


def without_catalogue_numbers(text: str) -> str:
    """``text`` with each catalogue, inventory, folio and work number blanked (module doc),
    its length kept."""
    return _NUMBER.sub(lambda m: " " * len(m.group(0)), text)


# A register's or database's record cited by its number after the work's quoted title: a
# listed building's "List Entry Number 1089244", "list entry no. 1089244", a record's
# "Record No. 4411", "Entry number 12", a monument's "Scheduled Monument No. 33", a Historic
# Environment Record's "HER number MWY123", a French "notice n° PA00088833", Dutch
# "Rijksmonumentnummer 514892" / "monumentnummer 514892", German "Objektnummer 0912",
# "Objekt-Nr. 0912", and an inventory's or accession number (:data:`INVENTORY_LABEL`)
_RECORD = lazy_compile(
    r"(?:(?:list(?:ing)?\s)?entry|record|register|(?:scheduled\s)?monument|HER|SMR|NHLE|listing)"
    r"\s(?:number|no\.?|nr\.?|id)"
    r"|notice\s(?:n[º°o]\.?|nr\.?)|(?:rijks)?monumentnummer|objektnummer|objekt-nr\."
    rf"|{INVENTORY_LABEL}",
    re.IGNORECASE,
)
# the number after the label, the register's letters before its digits ("PA00088833",
# "MWY 123"), ending the text or before a comma, a full stop or a space
_RECORD_NUMBER = lazy_compile(r"\s?(?:[A-Z]{1,5}[\s.-]?)?\d[\d./-]{0,15}+[a-z]?(?=[\s,.;]|$)")


def opens_with_record_number(text: str) -> bool:
    """``text`` (what follows a quoted title) opens with a register's record number
    (:data:`_RECORD`: "List Entry Number 4421907, https://…"): an identifier of the page or
    record cited, which no journal's name and volume are."""
    label = _RECORD.match(text)
    return label is not None and _RECORD_NUMBER.match(text, label.end()) is not None
