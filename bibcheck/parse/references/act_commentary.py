"""A work about an act, titled after it: a person's book, article or chapter whose title opens
with a statute's designation and goes on in words of its own -- a commentary, a practice
guide, a retrospective (``A. Hoxha, «Ligji nr. 37/2017 në praktikë», Tiranë, 2020.``,
``García, J. (2018). Ley 40/2015 en la práctica. Madrid: Tecnos.``, ``Rossi, M. Legge
241/1990: commento. Milano, 2011.``).  The act itself is cited by its designation alone, or
with its date, its subject ("Ligji nr. 37/2017 për …", "Ley 40/2015, de 1 de octubre, de
…") or its gazette, and by no person: that stays the act (:mod:`.sourcekind`'s
``report``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.acts import act, legislature_act
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.reportkind import public_body

__all__ = ["about_act", "personal_author"]

# a person's name as an entry gives it: inverted, the family name then a comma and a given
# name or initial ("García, J.", "García Pérez, Juan", "Иванов, И."); initials first ("A.
# Hoxha", "J.-P. Dupont"); Vancouver's family name then capital initials ("Hoxha A", "Rossi
# MG")
_NAME_WORD = rf"[{U}][^\W\d_]{{0,30}}+(?:['’-][{U}]?[^\W\d_]{{1,30}}+)?"
_PERSON = lazy_compile(
    rf"^(?:(?:(?:de|da|di|del|van|von|der|la|le)\s)?{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}},\s[{U}]"
    rf"|(?:[{U}]\.\s?(?:-[{U}]\.\s?)?){{1,3}}\s?{_NAME_WORD}(?:\s{_NAME_WORD})?$"
    rf"|{_NAME_WORD}(?:\s{_NAME_WORD})?\s[{U}]{{1,3}}$)"
)

# how the act's own title goes on after its designation and number: a comma or a parenthesis
# (its date, its subject, its gazette), or the word that opens its subject ("për", "on",
# "über", "sobre", "relativa a", "recante", "in materia di", "o", "за" …) or its date
# ("vom", "du", "datë", "od", "от")
_ACTS_OWN = lazy_compile(
    r"^(?:[,(;]|\s(?:për|mbi|on|of|concerning|relating|amending|über|zur|zum|zu|betreffend"
    r"|sobre|de|del|dels|da|das|do|dos|relativ[aoe]s?|relatifs?|portant|recante|in\smateria"
    r"|por|pel|van|betreffende|houdende|tot|o|ob|od|о|за|от|vom|du|datë|dt\.|z|ze|zo|w\ssprawie|i|e"
    r"|y|a|à|and|und|et)(?=\s|$))",
)
# a word after the designation
_WORDED = lazy_compile(r"[^\W\d_]{2}")


def personal_author(name: str) -> bool:
    """Is ``name`` a person's, as an entry writes it (``García, J.``, ``A. Hoxha``, ``Hoxha
    A``), and no public body's?"""
    flat = " ".join(name.split())
    return _PERSON.match(flat) is not None and not public_body(flat)


def about_act(title: str, authors: tuple[str, ...]) -> bool:
    """Does a work by people (``authors``, each a person's name) carry a ``title`` that opens
    with an act's designation and goes on in words that are not the act's (``Ligji nr.
    37/2017 në praktikë``, ``Ley 40/2015 en la práctica``, ``BGB-Novelle 2002: kommentiert``)?
    The act's own date, subject or gazette after it (``Ley 40/2015, de 1 de octubre``,
    ``Ligji Nr. 06/L-084 për …``), or its designation alone, is no work about it."""
    if not authors or not all(personal_author(author) for author in authors):
        return False
    flat = " ".join(title.split())
    found = legislature_act(flat) or act(flat)
    if found is None or not flat.startswith(found[0]):
        return False
    # (a subtitle after a colon is the work's, even where the act's subject ran into it:
    # "Law No. 05/L-021 on Waters: a commentary")
    own = found[0].find(": ")
    rest = flat[own if own > 0 else len(found[0]) :].rstrip(" .")
    return _WORDED.search(rest) is not None and _ACTS_OWN.match(rest) is None
