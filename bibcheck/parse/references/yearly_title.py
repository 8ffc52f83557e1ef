"""A body's yearly report or yearbook dated by the year its title names.

A station, an agency or a society publishes a report or a yearbook each year and titles it
by that year; a note citing one often prints no other date, the year in the title being
the work's own (the corpus keys it so: the year printed for the work)::

    see Kelderby Field Station, *Annual report 1996*, p. 4.
    Harwell Water Board, *2004 Annual Report*, 12.
    Landesamt für Umwelt, *Jahresbericht 2019*, S. 8.
    Institut régional, *Rapport annuel 2011*, p. 3.
    Jūrų tyrimų centras, *Metinė ataskaita 2020*, p. 5.
    Ilmastokeskus, *Vuosikertomus 2018*, s. 22.

:func:`dated_by_title` gives such a reference of no year read the year of its title: a title
opening or ending with one year (no span: "Annual Report 2021–22" names two) beside the
word of a yearly report or a yearbook in the languages the notes are written in, and no
year printed after the title (an imprint's or an issue's year is the work's, and a parser
that left it has its reason).  A title that names a year as its subject ("The Radio Act of
1927", "Jugendwörter 2023 erklärt") is no yearly report and is left.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["dated_by_title"]

# the words of a yearly report or a yearbook: English, German, French, Spanish, Italian,
# Portuguese, Dutch, the Nordic languages, Finnish, Polish, Czech, Slovak, Lithuanian,
# Latvian, Estonian, Hungarian, the South Slavic languages, Russian
_YEARLY = (
    r"(?:annual\sreport|yearly\sreport|annual\sreview|yearbook|year\sbook"
    r"|jahresbericht|geschäftsbericht|tätigkeitsbericht|jahrbuch"
    r"|rapport\sannuel|rapport\sd['’]activités?|annuaire"
    r"|informe\sanual|memoria\sanual|memoria|anuario"
    r"|relazione\sannuale|annuario|relatório\sanual|relatório\sde\satividades|anuário"
    r"|jaarverslag|jaarboek|årsrapport|årsberetning|årsredovisning|årsberättelse|årbok|årbog"
    r"|vuosikertomus|vuosikirja|sprawozdanie\sroczne|raport\sroczny|rocznik"
    r"|výroční\szpráva|výročná\sspráva|ročenka|metinė\sataskaita|veiklos\sataskaita"
    r"|gada\spārskats|darbības\spārskats|aastaaruanne|tegevusaruanne|aastaraamat"
    r"|éves\sjelentés|évkönyv|godišnji\sizvještaj|godišnji\sizveštaj|letno\sporočilo"
    r"|годишњи\sизвештај|годовой\sотч[её]т|ежегодник)"
)
_YEAR = r"(?:1[6-9]|20)\d\d"
# a few words of the body's name or the report's field before or after the word ("Kelderby
# Field Station annual report 1996", "SIPRI Yearbook 2019", "2004 Annual Report")
_WORDS = r"(?:[^\W\d_][\w'’.&-]{0,30}\s){0,6}?"
_TITLED = lazy_compile(
    rf"^{_WORDS}{_YEARLY}(?:\s(?:for|für|pour|per|para|van|för|za|of))?\s(?P<last>{_YEAR})\.?$"
    rf"|^(?P<first>{_YEAR})\.?\s(?:m\.\s|gada\s|aasta\s)?{_WORDS}{_YEARLY}$",
    re.IGNORECASE,
)
# a year standing alone (no number's, no span's part)
_ANY_YEAR = lazy_compile(r"(?<![\d/–-])(?:1[5-9]|20)\d\d(?![\d/–-])")

# the kinds a yearly report may have been read as
_READ_AS = frozenset({RefKind.REPORT, RefKind.UNKNOWN, RefKind.BOOK})


def dated_by_title(ref: Reference) -> Reference:
    """``ref`` dated by its title's year when it is a yearly report or yearbook titled by
    one year and no year was read or printed after the title (see the module):
    "Kelderby Field Station, *Annual report 1996*, p. 4." is of 1996."""
    if ref.year is not None or ref.year_raw is not None or ref.kind not in _READ_AS:
        return ref
    title = " ".join((ref.title or "").split())
    if len(title) > 160:
        return ref
    m = _TITLED.match(title)
    if m is None:
        return ref
    year = m.group("last") or m.group("first")
    raw = " ".join(ref.raw.replace("*", "").replace("_", " ").split())
    at = raw.rfind(title)
    if at < 0 or _ANY_YEAR.search(raw, at + len(title)) is not None:
        return ref
    return dataclasses.replace(ref, year=int(year), year_raw=year)
