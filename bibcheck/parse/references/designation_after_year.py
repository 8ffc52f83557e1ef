"""A standard cited by its designation after its body and year: the designation no title.

Author-date lists print a standard under the body that issued it, the year, then the
standard's designation and its title::

    Deutsches Institut für Normung. 2008. DIN 1052:2008-12 Entwurf, Berechnung … Berlin.
    International Organization for Standardization. 2015. ISO 9001:2015 Quality management
        systems — Requirements. Geneva: ISO.
    CEN (2005) EN 1993-1-1:2005 Eurocode 3: Design of steel structures … Brussels: CEN.
    Codex Alimentarius Commission. 2003. CXC 1-1969 General principles of food hygiene.

The designation heads the standard's description and is no part of its title
(``tests/corpus/README.md``, the key correction of fix59j; the same rule as
:func:`.bare_year.designation_title` for ``NEN 2011. NEN 8700 Title``); it stays in the
entry's text, where a standard's number is kept.  A standard is a ``report``.  A
designation with a colon after it opens the title (``SNI 01-2891-1992: Cara uji …``, often
in the title's italics) and stays there.
:func:`without_designation` gives what follows the year with the designation taken off,
:func:`designation` the designation itself, as written (the standard's ``number``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.body_year import BodyYear
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.standard_designation import DESIGNATION

__all__ = ["designation", "without_designation"]

# the Codex Alimentarius's own series: standards, codes of practice, guidelines
# ("CXS 193-1995", "CXC 1-1969", "CXG 2-1985", "CAC/GL 21-1997", "CAC/RCP 1-1969")
_CODEX = r"(?:CX[SCGM]|CAC/[A-Z]{2,4})\s\d{1,4}(?:-(?:19|20)\d\d)?"
# the designation, then a space or a full stop, then the title's first letter (a colon after
# it makes it the title's opening, as lists print it in the title's italics: ``*SNI
# 01-2891-1992: Cara uji …*``, kept as the title, :mod:`.standardkind`)
_OPENING = lazy_compile(rf"^(?:{_CODEX}|{DESIGNATION})(?:\.?\s)(?=[*_“\"«]?[{U}])")


def without_designation(found: BodyYear) -> str | None:
    """What follows the head's year without the standard's designation opening it, or None
    when no designation opens it (or nothing of a title follows it)."""
    m = _OPENING.match(found.rest)
    if m is None:
        return None
    rest = found.rest[m.end() :]
    return rest if len(rest.split(".")[0].strip(" *_")) >= 4 else None


def designation(found: BodyYear) -> str | None:
    """The standard's designation opening what follows the head's year, as written
    (``DIN 1052:2008-12``, ``CXS 193-1995``), when :func:`without_designation` cuts it."""
    m = _OPENING.match(found.rest)
    if m is None or without_designation(found) is None:
        return None
    return m.group().strip().removesuffix(".")
