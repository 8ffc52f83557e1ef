"""Parts of a LaTeX document that each print a list of their own from a ``.bib``.

biblatex keeps the citations of a ``refsection`` apart: a ``\\printbibliography`` inside
it (or ``\\bibbysection``, once for all sections) lists only the works cited in that
section, in the order of the style.  A section is a ``refsection`` environment (or the
stretch a ``\\newrefsection`` opens), or, with the package option ``refsection=chapter``
(``part``, ``section``, ``subsection``; a ``+`` form also at the levels above), the
stretch from one such heading to the next.  BibTeX does the same per chapterbib
``\\include``d file with its own ``\\bibliography`` and per bibunits ``bibunit`` with its
``\\putbib`` (the parts :mod:`.units` finds).  When two or more parts print their own
list, and no list is printed outside them, the document has one list per part, each with
its part's cited works (a work cited in two parts is in both); otherwise (one list at the
end, or ``refsegment``, which only marks stretches a list may filter by) it has one list
of everything cited.  Nothing here reads text: the parts are spans of the combined
source (:mod:`.source`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.units import Unit, unit_of

_BIBLATEX = lazy_compile(r"\\usepackage\s*\[([^\]]{0,2000})\]\s*\{biblatex\}")
_LEVEL = lazy_compile(
    r"(?:^|,)\s*refsection\s*=\s*(part|chapter|section|subsection)(\+?)\s*(?:,|$)"
)
_LEVELS = ("part", "chapter", "section", "subsection")
_PRINT = lazy_compile(r"\\(?:printbibliography|putbib)(?![A-Za-z@])")
_BIBTEX = lazy_compile(r"\\bibliography\s*\{")
_BIBLATEX_ANY = lazy_compile(r"\\usepackage\s*(?:\[[^\]]{0,2000}\])?\s*\{biblatex\}")
_BY_SECTION = lazy_compile(r"\\bibbysection(?![A-Za-z@])")
_NEW = lazy_compile(r"\\newrefsection(?![A-Za-z@])")


def heading_levels(preamble: str) -> tuple[str, ...]:
    """The sectioning commands that open a new reference section (biblatex's
    ``refsection=`` package option); empty when there is none."""
    found: tuple[str, ...] = ()
    for m in _BIBLATEX.finditer(preamble):
        level = _LEVEL.search(m.group(1))
        if level is None:
            continue
        k = _LEVELS.index(level.group(1))
        found = _LEVELS[: k + 1] if level.group(2) else (level.group(1),)
    return found


def find_sections(
    text: str, preamble: str, start: int, stop: int, units: Sequence[Unit] = ()
) -> list[Unit]:
    """The reference sections between ``start`` and ``stop`` (the body), innermost last
    when nested; ``units`` are the parts :mod:`.units` found (``refsection``/``bibunit``
    environments, chapterbib's ``\\include``d files).  Empty unless two or more of them
    print a list of their own and no list is printed outside them (a list of the whole
    document)."""
    sections = list(units)
    cuts = _cuts(text, heading_levels(preamble), start, stop)
    for a, b in zip(cuts, cuts[1:], strict=False):
        sections.append(Unit(a, b, f"reference section at line offset {a}"))
    if not sections:
        return []
    places = _prints(text, preamble, start, stop)
    printing = {unit_of(sections, at) for at in places}
    if None in printing:
        return []
    if _BY_SECTION.search(text, start, stop) is not None:
        printing.update(sections)  # every section's list, printed by one command
    if len(printing) < 2:
        return []
    return sorted(sections, key=lambda u: (u.start, -u.end))


def printed(
    sections: Sequence[Unit], text: str, preamble: str, start: int, stop: int
) -> list[Unit]:
    """The sections in the order their lists are printed (each once; ``\\bibbysection``
    prints every section's list in turn)."""
    if _BY_SECTION.search(text, start, stop) is not None:
        return sorted(sections, key=lambda u: u.start)
    order: list[Unit] = []
    for at in _prints(text, preamble, start, stop):
        unit = unit_of(sections, at)
        if unit is not None and unit not in order:
            order.append(unit)
    return order


def _prints(text: str, preamble: str, start: int, stop: int) -> list[int]:
    """Where a list is printed: ``\\printbibliography``, bibunits' ``\\putbib``, and
    BibTeX's ``\\bibliography{...}`` when biblatex is not loaded (with biblatex it
    only names a ``.bib``)."""
    found = [m.start() for m in _PRINT.finditer(text, start, stop)]
    if _BIBLATEX_ANY.search(preamble) is None:
        found += [m.start() for m in _BIBTEX.finditer(text, start, stop)]
    return sorted(found)


def _cuts(text: str, levels: tuple[str, ...], start: int, stop: int) -> list[int]:
    """Where a new section begins: every heading of ``levels`` and ``\\newrefsection``."""
    cuts = [m.start() for m in _NEW.finditer(text, start, stop)]
    if levels:
        heading = re.compile(rf"\\(?:{'|'.join(levels)})(?![A-Za-z@])")
        cuts += [m.start() for m in heading.finditer(text, start, stop)]
    if not cuts:
        return []
    return [*sorted(set(cuts)), stop]
