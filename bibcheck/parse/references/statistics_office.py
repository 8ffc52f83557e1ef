"""A statistics office's own publication: its ``report``.

A national statistics office publishes its releases, yearbooks and tables itself; lists cite
them with the office, by name or by the initials it goes by, as author and the office as
publisher::

    GUS (2022). Oświata i wychowanie w roku szkolnym 2021/2022. Warszawa: Główny Urząd
        Statystyczny.
    CBS (2021). Jaarrapport integratie 2020. Den Haag: Centraal Bureau voor de Statistiek.
    INE (2023). Encuesta continua de hogares. Madrid: Instituto Nacional de Estadística.
    Instituto Nacional de Estadística (2024). *Índice de Precios de Vivienda en Alquiler*.
        Nota de prensa. Madrid: INE.
    Statistik Austria (2020). Migration & Integration. Wien: Statistik Austria.

The corpus conventions file a statistics office's release as a ``report`` (a statistics
bulletin is a report), whatever its title; a book about statistics by a person, or a book a
press prints, stays a book.  The office is told by the words statistics offices name
themselves with in their languages (an office, institute, bureau or board of statistics),
never by a list of offices.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import office_acronym
from bibcheck.parse.references.reportkind import titled_report

__all__ = ["statistics_office", "statistics_office_work", "statistics_release"]

# a statistics office by the words it names itself with: "Główny Urząd Statystyczny",
# "Instituto Nacional de Estadística", "Istituto Nazionale di Statistica", "Institut national
# de la statistique et des études économiques", "Institut d'Estadística de Catalunya",
# "Centraal Bureau voor de Statistiek", "Český statistický úřad", "Statistisches Bundesamt",
# "Statistik Austria", "Statistics Canada", "Office for National Statistics", "Statistics
# Netherlands", "Statistiska centralbyrån", "Statistisk sentralbyrå", "Tilastokeskus"
_OFFICE = lazy_compile(
    r"\b(?:Urz[ąa]d\sStatystyczny|Instituto\sNacional\sde\sEstad[íi]stica"
    r"|Instituto\sNacional\sde\sEstat[íi]stica|Istituto\sNazionale\sdi\sStatistica"
    r"|Institut\snational\sde\sla\sstatistique|Institut\sd['’]Estad[íi]stica"
    r"|Instituto\s(?:\w+\s){0,2}de\sEstad[íi]stica|Bureau\svoor\sde\sStatistiek"
    r"|statistick[ýy]\s[úu][řr]ad|Statistisches\s(?:Bundesamt|Landesamt)|Statistik\sAustria"
    r"|Statistics\s(?:Canada|Netherlands|Norway|Sweden|Finland|Denmark|Austria|Korea"
    r"|New\sZealand|South\sAfrica|Poland|Lithuania|Estonia|Iceland)"
    r"|Office\sfor\sNational\sStatistics|(?:Central\s|National\s)?(?:Statistical|Statistics)"
    r"\s(?:Office|Bureau|Institute|Agency|Authority|Board|Service)"
    r"|Statistiska\scentralbyrån|Statistisk\ssentralbyrå|Tilastokeskus"
    # Greek "Ελληνική Στατιστική Αρχή", Cypriot "Στατιστική Υπηρεσία", Turkish "Türkiye
    # İstatistik Kurumu"
    r"|Στατιστική\s(?:Αρχή|Υπηρεσία)|[İI]statistik\sKurumu"
    # Maltese "Uffiċċju Nazzjonali tal-Istatistika" (the office, national, of statistics)
    r"|Uffi[ċc][ċc]ju\s(?:[^\W\d_]+\s)?tal-Istatistika)\b"
    # Korean "통계청", Japanese "統計局" / "統計センター", Chinese "国家统计局" / "統計處"
    r"|통계청|統計局|统计局|統計庁|统计厅|統計處|统计处|統計センター",
    re.IGNORECASE,
)
# "Warszawa: ", "Den Haag: ": the place before the publisher
_PLACE = lazy_compile(r"^[^:]{1,40}:\s")
_ISBN = lazy_compile(r"\bISBN\b")
# the kinds an office's publication may have been read as
_RELABELLED = frozenset({RefKind.BOOK, RefKind.UNKNOWN})


def statistics_office(name: str) -> bool:
    """Is ``name`` a statistics office's?"""
    return _OFFICE.search(name) is not None


def statistics_release(ref: Reference, label: str = "") -> bool:
    """Is ``ref`` a statistics office's release of its results -- a statistics office its
    author or its publisher, or a statistics release's title (``Encuesta de Población
    Activa. Primer trimestre 2023``, :func:`.reportkind.titled_report`)?  Such a release is
    the office's report even where the entry calls it a press release (``label``: the title
    without that label, when the caller cut it)."""
    return (
        any(statistics_office(name) for name in ref.authors)
        or statistics_office(ref.publisher or "")
        or titled_report(label or ref.title)
    )


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _same_office(author: str, office: str) -> bool:
    """The author is the office: its name, or the initials it goes by (``GUS`` for ``Główny
    Urząd Statystyczny``, ``CBS`` for ``Centraal Bureau voor de Statistiek``)."""
    author = " ".join(author.strip(" .,*_").split())
    if author.casefold() == office.casefold():
        return True
    if 2 <= len(author) <= 8 and author.isupper() and author == _initials(office):
        return True
    # ("ΕΛΣΤΑΤ" for "Ελληνική Στατιστική Αρχή", "TÜİK" for "Türkiye İstatistik Kurumu": the
    # openings of its words, :mod:`.office_acronym`)
    return author.isupper() and office_acronym.syllabic(author, office)


def statistics_office_work(ref: Reference) -> Reference:
    """``ref`` a ``report`` when a statistics office is both its only author and its
    publisher (by name or initials) and it was read as a book or of no kind, with no host;
    ``ref`` itself otherwise."""
    if ref.kind not in _RELABELLED or ref.host or len(ref.authors) != 1 or not ref.publisher:
        return ref
    if _ISBN.search(ref.raw):
        return ref
    publisher = _PLACE.sub("", " ".join(ref.publisher.strip(" .,*_").split()))
    author = ref.authors[0]
    office = next((n for n in (publisher, author) if statistics_office(n)), None)
    if office is None:
        return ref
    other = author if office == publisher else publisher
    if not (_same_office(other, office) or _same_office(author, publisher)):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
