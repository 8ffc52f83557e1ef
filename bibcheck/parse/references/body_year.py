"""A body's name, then the year as an element of its own: ``Body. Year. Title. …``.

Author-date lists without parentheses print a body's publication under its name and the
year, each closed by a full stop, and some print the year in parentheses without a full
stop after the name::

    Statistisk sentralbyrå. 1980. Boligtelling 1975. Oslo: SSB.
    Instituto nacional de estadística. 2019. *Censo agrario 2018*. Madrid: INE.
    Deutsches Institut für Normung. 2008. DIN 1052:2008-12 Entwurf … Berlin: Beuth.
    Landsbókasafn Íslands – Háskólabókasafn. 2024. *Tímarit.is*. https://timarit.is/.
    CEN (2005) EN 1993-1-1:2005 Eurocode 3 … Brussels: CEN.

:func:`head` reads that head: the body is a run of words with no comma, no digit and no
initial; :func:`apa_order` gives the entry in APA's order (``Body (Year). Title. …``),
which every parser reads with the body as the author and the head's year as the year,
whatever years the title carries.  The rules that need it: :mod:`.designation_after_year`
(a standard's designation opening the title) and :mod:`.lowercase_body` (a body's name in
lower case after its first word, a title carrying a year of its own).
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import body_head
from bibcheck.parse.references.patterns import U
from bibcheck.parse.years import YEAR_LETTERED

__all__ = ["BodyYear", "apa_order", "head"]

# the body's name (:data:`.body_head.NAME`: capitalised or lower-case words, no digit, no
# full stop inside: "Deutsches", "für", "oléicole", "Alimentarius"), then its year
# (a body and its unit, or two bodies' joint name, parted by a spaced dash: "Landsbókasafn
# Íslands – Háskólabókasafn", "Ministère de la Culture – Direction du patrimoine")
_HEAD = lazy_compile(
    rf"^(?P<body>{body_head.NAME}(?:\s[-–—]\s{body_head.NAME})?)"
    rf"(?:\.\s(?P<year>{YEAR_LETTERED})\.|\s\((?P<paren>{YEAR_LETTERED})\)\.?)"
    r"\s(?P<rest>\S.*)$"
)
# a person's initials among the body's words ("Smith JA", "Berg K"): a person's head
_INITIALS = lazy_compile(rf"^[{U}]{{1,3}}$")


@dataclass(frozen=True, slots=True)
class BodyYear:
    """The head's body, its year as printed and what follows it."""

    body: str
    year: str
    rest: str
    dotted: bool = True  # the year closed by a full stop, not in parentheses


def head(text: str) -> BodyYear | None:
    """The body-and-year head ``text`` opens with, or None."""
    flat = " ".join(text.split())
    m = _HEAD.match(flat)
    if m is None:
        return None
    body = m.group("body")
    words = body.split()
    if len(words) > 1 and any(_INITIALS.match(w) for w in words[1:]):
        return None
    dotted = m.group("year") is not None
    return BodyYear(body, m.group("year") or m.group("paren"), m.group("rest"), dotted)


def apa_order(found: BodyYear, rest: str | None = None) -> str:
    """The entry as APA prints it: ``Body (Year). Rest``."""
    return f"{found.body} ({found.year}). {found.rest if rest is None else rest}"
