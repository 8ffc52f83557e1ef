"""What a reference sets after a report's or a standard's title, with a comma, that no
parser's title holds:

* the body a report was written for: ``Title, report to Transport Committee, 20 April
  2023``, ``Title, a report for the Board``, ``Titel, Bericht an den Stadtrat``, ``Titre,
  rapport au Conseil municipal``, ``Título, informe a la Junta``;
* the standard's designation, the number of a standard cited by its title:
  ``Short Range Devices …, ETSI EN 300 220-2 V3.2.1, 2018``, ``Title, ISO 9001:2015``;
* the research project a guideline came from and its grant number: ``Title, Human induced
  vibrations of steel structures project, RFS2-CT2007-00033, 2008``, ``Title, grant
  agreement No. 123456``.

:func:`without_tail` cuts a title there (what is before the tail is the title; a title that
is nothing but such a tail is kept).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.italic_titled import DESIGNATION_CORE

__all__ = ["without_tail"]

# a grant's or contract's number: capitals and digits in groups joined by hyphens or
# slashes, at least one digit ("RFS2-CT2007-00033", "H2020-MSCA-ITN-2018", "EP/K012345/1")
_GRANT = r"(?=[A-Z\d/-]{0,40}\d)[A-Z][A-Z\d]*(?:[-/][A-Z\d]+){1,5}"
_TAIL = lazy_compile(
    r",\s(?:"
    # the body a report is addressed to (English, German, French, Spanish, Italian, Dutch,
    # Portuguese)
    r"(?:(?i:a|the)\s)?(?i:report|paper|memorandum|briefing|submission)\s"
    r"(?i:(?:submitted\s|presented\s)?to|for)\s(?:the\s)?[A-Z][^,]{2,120}"
    r"|Bericht\s(?:an|für)\s(?:den|die|das)\s[^,]{2,120}"
    r"|rapport\s(?:au|à\sla|aux|présenté\sau|présenté\sà\sla)\s[^,]{2,120}"
    r"|informe\s(?:al|a\sla|presentado\sal|presentado\sa\sla)\s[^,]{2,120}"
    r"|relazione\s(?:al|alla|presentata\sal|presentata\salla)\s[^,]{2,120}"
    r"|relatório\s(?:ao|à|apresentado\sao|apresentado\sà)\s[^,]{2,120}"
    r"|rapport\saan\s(?:de|het)\s[^,]{2,120}"
    # a research project and its grant number, or the grant alone under its word
    rf"|(?:[^,]{{3,150}}?\s(?i:project|programme|program|Projekt|projet|proyecto|progetto)"
    rf",\s)(?:{_GRANT})"
    rf"|(?i:grant|grant\sagreement|contract)\s(?:(?i:no)\.\s?)?(?:{_GRANT}|\d{{4,}})"
    # a standard's designation ("ETSI EN 300 220-2 V3.2.1", "ISO 9001:2015")
    rf"|{DESIGNATION_CORE}"
    r")"
    # what may follow the tail: a date, the year
    r"(?:,\s(?:\d{1,2}\s)?(?:[A-Z][a-z]+\.?\s)?(?:19|20)\d\d)?\.?$"
)


def without_tail(title: str | None) -> str | None:
    """``title`` without a report's addressee, a project's grant or a standard's designation
    after its last comma(s); ``title`` as it was when it has none (or is nothing else)."""
    if not title or ", " not in title:
        return title
    start = title.find(", ")
    while start >= 0:
        m = _TAIL.match(title, start)
        if m is not None:
            kept = title[:start].rstrip(" ,;:")
            return kept if len(kept) >= 3 else title
        start = title.find(", ", start + 2)
    return title
