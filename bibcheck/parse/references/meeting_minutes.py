"""A body's minutes of one meeting, cited by the record's own title with the meeting's date.

A project, a society, a church council or a board keeps minutes of each meeting; a note
cites one record under the body's name by the title the minutes give themselves, which names
the meeting and its date::

    Harbour Trust, *Minutes of the finance committee, 2 June 2021*, item 4.
    Vereniging Oud-Delft, *Notulen van de ledenvergadering van 3 mei 2019*, punt 4.
    Kirchengemeinde Nord, *Protokoll der Sitzung des Kirchenvorstands vom 12. März 2021*, TOP 3.
    Cercle d'études, *Procès-verbal de la réunion du bureau du 5 juin 2020*, p. 2.
    Junta directiva, *Acta de la reunión del 7 de julio de 2018*.

The corpus files such a record as a body's ``report`` (tests/heldout70/HALF_B.md: a
project's board minutes), dated by its meeting's year when nothing else dates it.
:func:`minutes_of_meeting` reads a parsed reference of ``unknown`` kind so when its title
opens with the minutes' word of its language and holds one full date (day, month, year),
and no year of a span: a run of minutes over years (``Minutes, 1862–1865``) names no one
meeting.  Minutes an archive keeps (an archive, a library, a fonds, a box or a folder named
after the title) are an archival item, ``unknown``, and are left; so are minutes a book or
a journal prints (read as ``book`` or ``article``: ``Minutes of Proceedings of the
Institution of Civil Engineers``), and the Latin ``Acta`` of a synod, which are a book.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references.fields import MONTHS

__all__ = ["minutes_of_meeting"]

# the word minutes open their title with: English, Dutch, German, French, Italian, Spanish,
# Portuguese, Polish, Czech, Slovak, Swedish, Danish, Norwegian, Finnish ("Acta" and "Ata"
# only before the meeting's preposition: the Latin "Acta" of a synod are a printed volume)
_MINUTES = lazy_compile(
    r"^(?:Minutes\sof\s(?!Proceedings\b|Evidence\b)|Notulen\b|Protokoll\b|Niederschrift\b"
    r"|Sitzungsprotokoll\b|Procès-verbal\b|Verbale\b|Acta\s(?:de|del)\s|Ata\s(?:da|de|do)\s"
    r"|Protokół\b|Zápis\b|Zápisnica\b|Mötesprotokoll\b|Referat\b|Pöytäkirja\b)",
    re.IGNORECASE,
)
# a full date: "14 March 2024", "3 mei 2019", "12. März 2021", "7 de julio de 2018", "March
# 14, 2024"; the month word is checked against :data:`.fields.MONTHS`
_DATE = lazy_compile(
    r"(?<![\w.])\d{1,2}\.?\s(?:de\s)?(?P<month>[^\W\d_]{3,12})\.?\s(?:de\s)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d–/-])"
    r"|(?<![\w.])(?P<month2>[^\W\d_]{3,12})\.?\s\d{1,2},\s(?P<year2>(?:1[5-9]|20)\d\d)(?![\d–/-])"
)
# a span of years: a run of minutes, no one meeting
_SPAN = lazy_compile(r"(?:1[5-9]|20)\d\d\s?[–/-]\s?(?:1[5-9]|20)?\d\d(?!\d)")
_ANY_YEAR = lazy_compile(r"(?<![\d/–-])(?:1[5-9]|20)\d\d(?![\d/–-])")
# where an archive, a library or a museum keeps the minutes, after the title, and the box,
# folder or bundle they lie in ("Acervo do …, Museu do …, cx. 7, pasta 3", "busta 4",
# "legajo 12", "Karton 3", "carton 5", "teczka 2")
_KEPT = lazy_compile(
    r"\b(?:archives?|archiv|archivio|archivo|archief|arquivo|acervo|library|biblioth[eè]que"
    r"|bibliothek|biblioteca|bibliotheek|museum|museu|museo|musée|fonds|fondo|box|folder|file"
    r"|dossier|bestand|inv\.?\s?nr|shelfmark|MS|MSS|cx|caixa|pasta|caja|carpeta|legajo|busta"
    r"|fascicolo|cartella|carton|liasse|boîte|Karton|Akte|teczka|sygn)\b",
    re.IGNORECASE,
)


def _meeting_year(title: str) -> str | None:
    """The year of the one full date ``title`` holds (``Minutes of the board, 14 March
    2024`` -> ``2024``), or None for no date, two, or a month word that is no month's."""
    found = [
        m
        for m in _DATE.finditer(title)
        if (m.group("month") or m.group("month2")).lower() in MONTHS
    ]
    if len(found) != 1:
        return None
    return found[0].group("year") or found[0].group("year2")


def minutes_of_meeting(ref: Reference) -> Reference:
    """``ref`` as a body's minutes of one meeting when its title names them so (see the
    module): ``report``, and of the meeting's year when no year was read or printed after
    the title; otherwise unchanged.  "Harbour Trust, *Minutes of the finance committee,
    2 June 2021*, item 4." is a report of 2021."""
    if ref.kind is not RefKind.UNKNOWN or not ref.title:
        return ref
    title = " ".join(ref.title.split())
    if len(title) > 200 or not _MINUTES.match(title) or _SPAN.search(title):
        return ref
    if _meeting_year(title) is None:
        # ("*Minutes of the finance committee, 2 June 2021*": a parser that took the date
        # for the publication's and cut it off the italic title gets it back; so does one
        # of a title in roman, "Minutes of the board, 2 June 2021.")
        title = _italic_with_date(title, ref.raw) or _plain_with_date(title, ref.raw) or title
    year = _meeting_year(title)
    if year is None:
        return ref
    # (the date closes the minutes' title: an item, a page or a comment after it is none of
    # it, "Minutes of the board, 2 June 2021, item 4. Internal document, not public.")
    title = _closed_at_date(title)
    raw = " ".join(ref.raw.replace("*", "").replace("_", " ").split())
    at = raw.rfind(title)
    after = raw[at + len(title) :] if at >= 0 else raw
    if _KEPT.search(after):
        return ref  # (kept in an archive: an archival item)
    found = dataclasses.replace(ref, kind=RefKind.REPORT, title=title)
    if ref.year is None and ref.year_raw is None and not _ANY_YEAR.search(after):
        found = dataclasses.replace(found, year=int(year), year_raw=year)
    if found.year != int(year):
        return found
    # (the meeting's year is the record's, where the title puts it: the parser's "year
    # written but not where the style puts it" is said no more)
    kept = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    return dataclasses.replace(found, anomalies=kept)


def _closed_at_date(title: str) -> str:
    """``title`` up to the end of its one full date when a comma, a semicolon or a full
    stop follows the date (``Minutes of the board, 2 June 2021, item 4. Not public`` ->
    ``Minutes of the board, 2 June 2021``); else as it is."""
    for m in _DATE.finditer(title):
        if (m.group("month") or m.group("month2")).lower() not in MONTHS:
            continue
        rest = title[m.end() :]
        if rest[:1] in (",", ";", ".") and rest[1:].strip():
            return title[: m.end()]
        return title
    return title


def _plain_with_date(title: str, raw: str) -> str | None:
    """``title`` with the date written right after it in ``raw`` after a comma (``Minutes of
    the board, 2 June 2021.`` for the title ``Minutes of the board``), or None."""
    flat = " ".join(raw.split())
    at = flat.find(title)
    if at < 0:
        return None
    found = _DATE.match(flat, at + len(title) + 2) if flat[at + len(title) :][:2] == ", " else None
    if found is None:
        return None
    whole = flat[at : found.end()]
    return whole if _meeting_year(whole) is not None else None


def _italic_with_date(title: str, raw: str) -> str | None:
    """``title`` with the date that closes its italic span in ``raw`` (``*Minutes of the
    board, 2 June 2021*`` for the title ``Minutes of the board``), or None."""
    flat = " ".join(raw.split())
    at = flat.find(title)
    if at < 1 or flat[at - 1] not in "*_":
        return None
    mark = flat[at - 1]
    end = flat.find(mark, at + len(title))
    if end < 0 or end - (at + len(title)) > 40:
        return None
    whole = flat[at:end].rstrip(" ,.")
    return whole if _meeting_year(whole) is not None else None
