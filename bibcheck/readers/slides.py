"""What a slide deck converted to text (pdftotext of a Beamer, PowerPoint, Keynote or
Google Slides PDF) adds to the page: slide numbers written as ``7 / 13`` or ``7 of 13``,
frame titles continued over several slides (``References I``, ``References II``,
``References (cont.)``, ``Bibliography (2/3)``), and bibliography entries set one block
to a line (Beamer's ``\\newblock``: names, title, venue and year each on a line of their own).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

# "7 / 13" (Beamer's infolines and split themes), "7 of 13" (PowerPoint, Keynote)
SLIDE_NUMBER = lazy_compile(r"^\s*\d{1,4}\s*(?:/|of|из|von|sur|de)\s*\d{1,4}\s*$", re.I)

# what a frame continued over slides adds to its title: Beamer's roman numeral
# (allowframebreaks), "(cont.)", "(continued)", "cont'd", "(2/3)", "2 of 3", "– 2"
# Linear on any line (a table row of LaTeX source with hundreds of spaces is scored too):
# a suffix starts only where a run of spaces starts ("(?<!\s)"), and every run of spaces is
# taken whole ("\s*+"); without both, each space of a long run began a try that rescanned
# the run once per way of sharing it between the "\s*"s, in time cubic in the run.
_CONTINUED = lazy_compile(
    r"(?<!\s)\s*+(?:"
    r"\b[IVX]{1,4}"
    r"|[(\[]?\s*+(?:cont(?:inued|\.|['’]d)?|ctd\.?|fortgesetzt|forts\.|продолжение|suite)\s*+[)\]]?"
    r"|[(\[]?\d{1,2}\s*+(?:/|of)\s*+\d{1,2}[)\]]?"
    r"|\(\d{1,2}\)"
    r"|[-–—:]\s*+\d{1,2}"
    r")\s*+$",
    re.I,
)


def frame_title(line: str) -> str:
    """``line`` without the suffix a continued frame adds to its title (``References II``
    -> ``References``); ``line`` itself when it has none."""
    text = line.strip()
    stripped = _CONTINUED.sub("", text)
    return stripped if stripped and stripped != text else text


# One person's name: initials first ("A. Bell", "M. I. Herzog", "J.-P. Sartre") or the
# surname first ("Bell, A.", "Herzog, M. I."); a particle may stand before a surname.
_SURNAME = r"(?:(?:van|von|de|der|den|da|di|du|la|le)\s)*[A-Z][\w'’-]+"
_INITIALS = r"(?:[A-Z][a-z]?\.\s?-?)+"
# (before the surname the space after an initial is the initial's: left to the "\s?" too,
# each name of a long line would be read two ways, in time doubling with every name)
_PERSON = rf"(?:(?:[A-Z][a-z]?\.\s?+-?)+\s?{_SURNAME}|{_SURNAME},\s{_INITIALS})"
# names alone on a line and nothing else, as a \newblock bibliography sets them
NAMES_LINE = lazy_compile(
    rf"^{_PERSON}(?:(?:,\s(?:and\s)?|\s(?:and|&)\s){_PERSON})*(?:,?\s(?:et\sal\.|and\sothers))?\.?$"
)


def names_line(line: str) -> bool:
    """Is ``line`` only a list of persons' names with their initials (``A. Bell.``,
    ``U. Weinreich, W. Labov, and M. I. Herzog.``)?"""
    text = line.strip()
    return text.endswith(".") and bool(NAMES_LINE.match(text))
