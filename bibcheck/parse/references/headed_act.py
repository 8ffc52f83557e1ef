"""A law or a court decision cited by its heading, as APA 7 lists in many languages write
it: the act's short name (or the court) and the year as the lead, then the heading, then the
gazette::

    Prawo oświatowe (2016). Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe. Dz.U. 2017,
        poz. 59.
    Ley de vivienda (2023). Ley 12/2023, de 24 de mayo, por el derecho a la vivienda. BOE,
        núm. 124.
    Legge sull'emigrazione (1901). Legge 31 gennaio 1901, n. 23, sull'emigrazione.
        Gazzetta Ufficiale, n. 26.
    Wet inburgering (2021). Wet van 1 juli 2021 tot wijziging van de Wet inburgering.
        Staatsblad 2021, 330.
    Tribunal Constitucional (2024). *Sentencia 79/2024, de 21 de mayo de 2024. Recurso de
        inconstitucionalidad 5491-2023*. Boletín Oficial del Estado, núm. 153.

The title is the heading whole (its date and number included: the corpus conventions),
running over the abbreviations inside it (Polish ``2016 r.``, Italian ``n. 23``, Spanish
``núm.``, ``art.``) to the full stop before the gazette; the year is the lead's (the act's),
not the gazette's (``Dz.U. 2017``).  An italic heading is the title whole, its inner full
stops too (a decision's heading names the proceedings after its date).  Laws and decisions
are reports; the court in the lead is a corporate author, not keyed as a person.  A heading
read with its gazette (``Ustawa … – Prawo oświatowe. Dz.U. 2017``) is cut at the same stop.
The heading must be dated, and the lead no person's name (``García, J. (2010). Ley y
costumbre …`` is a book).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.legal_words import STATUTES

__all__ = ["act_heading", "headed_act"]

# "Prawo oświatowe (2016). ": the act's short name and its year
_LEAD = lazy_compile(r"^(?P<name>[^\W\d_][^()\[\]]{1,120}?)\s\((?P<year>1[5-9]\d\d|20\d\d)\)\.\s+")
# a statute's designation, or a court decision's with its number or date ("Sentencia
# 79/2024, de 21 de mayo", "Wyrok z dnia 4 czerwca 2019 r.", "Urteil vom 5. Mai 2020")
_STATUTE = lazy_compile(
    rf"(?:{STATUTES}"
    r"|(?:Sentencia|Sentença|Sentenza|Acórdão|Auto|Wyrok|Postanowienie|Urteil|Beschluss"
    r"|Arrêt|Décision|Uitspraak|Judgment|Judgement|Decision|Ruling)(?=\s(?:n[.º°]\s?)?\d"
    r"|\s(?:z\sdnia|de|del|vom|van|du|of)\s\d))\b"
)
# an italic heading: "*Sentencia 79/2024, de 21 de mayo de 2024. Recurso … 5491-2023*"
_ITALIC = lazy_compile(r"([*_])(?P<heading>[^*_]{3,300})\1")
# a full stop that closes a heading: after a word that is no abbreviation, before a capital,
# or before a year that is a sentence of its own (an author-date list files the act under
# its heading: "Loi du 2 mars 1990 sur X. 1990. Mémorial A n° 7 vum 5. Mäerz 1990.")
_STOP = lazy_compile(r"\.(?=\s+[^\W\d_]|\s*$|\s(?:1[5-9]|20)\d\d[a-z]?\.(?:\s|$))")
# the abbreviations an act's heading holds: Polish "r." (roku), "nr", "poz.", "art.", "ust.";
# Italian and Spanish "n.", "núm.", "art."; "No."; a single letter ("z.", initials)
_ABBREVIATION = lazy_compile(
    r"(?:\b(?:r|nr|poz|art|ust|pkt|sygn|n|núm|no|No|Nr|Art|Abs|Az|vom|d|dz|cz|sec|ss?)|\b\w)$",
)


# a person's name in the lead ("García, J.", "Smith & Jones"): an author, no act's name
_PERSONS = lazy_compile(r",\s[A-Z]\.|&|\bet\sal\b")
# an act's heading is dated
_YEAR = lazy_compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")


def act_heading(text: str) -> str | None:
    """The heading ``text`` opens with, when it opens with a statute's designation
    (``Ustawa``, ``Ley``, ``Legge``, ``Gesetz``, ``Wet`` …): up to the full stop that closes
    it; else None."""
    if _STATUTE.match(text.lstrip("*_")) is None:
        return None
    italic = _ITALIC.match(text)
    if italic is not None:
        heading = " ".join(italic.group("heading").split()).rstrip(".")
        return heading if _YEAR.search(heading) else None
    for stop in _STOP.finditer(text):
        before = text[: stop.start()]
        if _ABBREVIATION.search(before) is None:
            heading = " ".join(before.split())
            return heading if len(heading.split()) >= 3 and _YEAR.search(heading) else None
    return None


def headed_act(ref: Reference, text: str) -> Reference:
    """``ref`` titled by the act's heading (and dated by its lead) when ``text`` cites a law
    by its short name, year and heading, or its title ran from the heading into the gazette;
    ``ref`` itself otherwise."""
    lead = _LEAD.match(text)
    if lead is not None:
        heading = act_heading(text[lead.end() :])
        if heading is None or _PERSONS.search(lead.group("name")) or not _YEAR.search(heading):
            return ref  # (a person's book titled "Ley y costumbre …" is no act)
        year = int(lead.group("year"))
        return dataclasses.replace(
            ref,
            title=heading,
            year=year,
            year_raw=lead.group("year"),
            kind=RefKind.REPORT,
            authors=(),
        )
    title = ref.title
    if not title or ref.kind not in {RefKind.REPORT, RefKind.UNKNOWN, RefKind.BOOK}:
        return ref
    heading = act_heading(" ".join(text.split()))
    if heading is None or heading == title or not title.startswith(heading + "."):
        return ref
    if re.search(r"\d", title[len(heading) :]) is None:
        return ref  # (what follows carries no gazette's year or number)
    return dataclasses.replace(ref, title=heading, kind=RefKind.REPORT)
