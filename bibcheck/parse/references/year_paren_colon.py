"""Family-first names, the year in parentheses and a colon, then the title and its host parted
by commas: the Harvard form of German, Spanish, French and Scandinavian economics papers,
central banks' and research institutes' lists::

    Borio, C. und P. Lowe (2002): Asset prices, financial stability: exploring the nexus,
        BIS Working Papers No 114.
    Hamilton, J. D. (2018): Why You Should Never Use the HP Filter, Review of Economics
        and Statistics 100 (5), S. 831–843.
    García, L., M. Pérez y J. Ruiz (2019): Título del trabajo, Documentos de Trabajo n.º 1905.

The names are persons with initials, the last joined by the entry's language's ``and``
(``und``, ``y``, ``et``, ``och``, ``en``, ``i``, ``e``).  The title is the comma-parted
parts before the host: the first part that is a fact (a series and its number, a
journal's name with its volume, the pages, a web address) opens the host, and so do the
parts right before it that name a journal or a month (``BIS Quarterly Review, März,
S. 55–73``, ``Journal of Money, Credit and Banking 29 (1)``).  A series' number makes the
work a report, a journal's volume or pages an article; an entry with no fact after its
title is left to the other readers.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import apa, role_marks
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.references.year_period import family_first_names

__all__ = ["MONTH", "SERIES", "parse", "split_title"]

_HEAD = lazy_compile(
    r"^(?P<names>[^\d()\[\]“”„«»\"*:;]{2,300}?)\s\((?P<year>(?:1[5-9]|20)\d\d[a-z]?)\):\s+"
    r"(?P<after>\S.*)$"
)
# "…, C. und P. Lowe", "…, L., M. Pérez y J. Ruiz": the last name joined in the entry's language
_JOINED = lazy_compile(r"\s(?:und|y|et|e|i|och|og|en|ja|és|&)\s(?=\S)")
_URL = lazy_compile(r",?\s*(?:https?://|doi:\s?|www\.)\S+\s*$", re.IGNORECASE)
SERIES = lazy_compile(
    r"\b(?:Working\sPapers?|Discussion\sPapers?|Occasional\sPapers?|Staff\sReports?|"
    r"Policy\sPapers?|Research\sPapers?|Technical\sReports?|Diskussionspapiere?|"
    r"Arbeitspapiere?|Working\sPaper\sSeries|Documentos?\sde\s[Tt]rabajo|"
    r"Documents?\sde\stravail|Cahiers?\sde\srecherche|Papeles\sde\s[Tt]rabajo|"
    r"Studien|Sonderbericht)\b.*?\b(?:No\.?|Nr\.?|n\.?\s?º|n°|Núm\.?|Heft)\s?\d",
    re.IGNORECASE,
)
# "Review of Economics and Statistics 100 (5)", "NBER Macroeconomics Annual 31": a journal's
# name and its volume (a four-digit year is a title's or a report's, never a volume alone)
_VOLUME = lazy_compile(r"^[^\W\d_][^\d]{2,120}?\s(?:\d{1,3}|\d{1,4}\s?\([^()]{1,12}\))$")
_PAGES = lazy_compile(r"^(?:S\.|pp?\.|s\.|str\.|págs?\.|Seiten?)\s?\d", re.IGNORECASE)
MONTH = lazy_compile(
    r"^(?:Jan(?:uar|uary)?|Feb(?:ruar|ruary)?|März|Mar(?:ch)?|Apr(?:il)?|Mai|May|Jun[ie]?|"
    r"Jul[iy]?|Aug(?:ust)?|Sep(?:tember)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|"
    r"Dez(?:ember)?|Dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre|Frühjahr|Herbst|Spring|Autumn|Fall|Winter|"
    r"Summer|Sommer)\.?$"
)
_JOURNAL_WORD = lazy_compile(
    r"\b(?:Journal|Review|Quarterly|Annual|Bulletin|Letters|Proceedings|Zeitschrift|"
    r"Jahrbuch|Jahrbücher|Revista|Revue|Rivista|Tijdschrift|Monatsbericht|Wochenbericht|"
    r"Vierteljahrshefte|Perspektiven|Studies|Economica|Econometrica)\b"
)


# a chapter's host or a dash-parted imprint inside what would be the title ("Moorböden. –
# In: Haber, J. (Hrsg.): …"), or a title in quotation marks or emphasis ("«Título»,
# *Revista*, núm. 86"): another form's, left to its reader
_ANOTHER_SHAPE = lazy_compile(
    rf"\b(?:[Ii]n|[Ii]m|[Ee]n|[Dd]ans|W):\s|[.!?]\s[–—-]\s|{role_marks.MARK}"
    r"|[«»“”„\"*]"
)


def _fact(part: str) -> RefKind | None:
    """The kind a comma-parted part tells when it is a host's fact, else None."""
    if SERIES.search(part):
        return RefKind.REPORT
    if _PAGES.match(part) or _VOLUME.match(part):
        return RefKind.ARTICLE
    return None


def _host_part(part: str) -> bool:
    """Does ``part`` (before a fact) name a journal or an issue's month?"""
    if MONTH.match(part):
        return True
    return ":" not in part and part[:1].isupper() and _JOURNAL_WORD.search(part) is not None


def split_title(after: str) -> tuple[str, list[str], RefKind] | None:
    """``after`` (the text after ``(Year):``) as its title, its host's parts and the kind
    they tell, or None when no fact follows the title."""
    text = _URL.sub("", after.strip()).rstrip(" .")
    parts = [p.strip() for p in text.split(", ")]
    first = next((i for i in range(1, len(parts)) if _fact(parts[i]) is not None), None)
    if first is None:
        return None
    kind = _fact(parts[first])
    start = first
    while start > 1 and _host_part(parts[start - 1]):
        start -= 1
    host = parts[start:]
    if kind is RefKind.ARTICLE and any(SERIES.search(p) for p in host):
        kind = RefKind.REPORT
    title = ", ".join(parts[:start]).strip()
    if not title or kind is None or _ANOTHER_SHAPE.search(title):
        return None
    return title, host, kind


def parse(body: str) -> Fields | None:
    """The fields of ``Family, I. und I. Family (2002): Title, Host …``, or None."""
    m = _HEAD.match(body)
    if m is None:
        return None
    names = _JOINED.sub(" and ", m.group("names").strip().rstrip(","))
    if not re.search(r"\b[^\W\d_]\.", names) or not family_first_names(names):
        return None
    read = apa.parse(f"{names} ({m.group('year')}). Title.")
    if read is None or not read.authors:
        return None
    split = split_title(m.group("after"))
    if split is None:
        return None
    title, host, kind = split
    fields = Fields(
        style="harvard", authors=read.authors, title=title, year=year_of(m.group("year")), kind=kind
    )
    if kind is RefKind.ARTICLE:
        return _article(fields, host)
    return Fields(
        style=fields.style,
        authors=fields.authors,
        title=title,
        year=fields.year,
        container=", ".join(host),
        kind=kind,
    )


_VOLUME_PARTS = lazy_compile(r"^(?P<journal>.+?)\s(?P<vol>\d{1,4})(?:\s?\((?P<iss>[^()]+)\))?$")
_PAGE_NUMBERS = lazy_compile(r"\d[\w]*(?:\s?[–—-]\s?\d+)?")


def _article(fields: Fields, host: list[str]) -> Fields:
    """``fields`` with the journal, volume, issue and pages of ``host``."""
    journal: list[str] = []
    volume = issue = pages = None
    for part in host:
        vol = _VOLUME_PARTS.match(part) if volume is None and _VOLUME.match(part) else None
        if vol is not None:
            journal.append(vol.group("journal"))
            volume, issue = vol.group("vol"), vol.group("iss")
        elif _PAGES.match(part):
            found = _PAGE_NUMBERS.search(part)
            pages = found.group(0) if found else pages
        elif not MONTH.match(part) and volume is None:
            journal.append(part)
    return Fields(
        style=fields.style,
        authors=fields.authors,
        title=fields.title,
        year=fields.year,
        container=", ".join(journal) or None,
        volume=volume,
        issue=issue,
        pages=pages,
        kind=RefKind.ARTICLE,
    )
