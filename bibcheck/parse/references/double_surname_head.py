"""An entry headed by a double family name, a comma, the given name, then the year in
parentheses, as Spanish, Catalan and Portuguese author–date lists write their authors::

    Soler Puig, Jordi (2015). El teatre i la ciutat. Barcelona: Empúries.
    García Márquez, Gabriel (1967). Cien años de soledad. Buenos Aires: Sudamericana.
    Ferrer Gràcia, Maria M. (2009). «Títol». Revista, 12, 3–9.

Bluebook's book, ``Given Family, Title (Publisher year)``, opens with the same words: read
so, the double family name is a person and the given name the title.  Bluebook's
parentheses close its citation; here a whole entry (the title, the imprint) goes on after
them, and the "title" before them is a given name alone: :func:`inverted_head` says so, and
the Bluebook parser leaves such an entry to the author–date parsers.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import L, U

__all__ = ["inverted_head"]

# a family name's word: "Soler", "Gràcia", "Martínez-Abadías", "D'Ors"
_FAMILY_WORD = rf"[{U}][{L}'’]+(?:-[{U}][{L}'’]+)?"
# the given names: words or initials ("Jordi", "Josep Maria", "Maria M.", "Anna-Karin")
_GIVEN = rf"[{U}][{L}]+(?:-[{U}][{L}]+)?(?:\s(?:[{U}][{L}]+(?:-[{U}][{L}]+)?|[{U}]\.))*"
_HEAD = lazy_compile(
    rf"^{_FAMILY_WORD}\s{_FAMILY_WORD},\s{_GIVEN}\s\((?:1[5-9]|20)\d\d[a-z]?\)[.:]\s+\S"
)


def inverted_head(body: str) -> bool:
    """Does ``body`` open ``Family Family, Given (Year).`` with more of the entry after it
    (see the module)?"""
    return _HEAD.match(body) is not None
