"""A report's series and number in parentheses closing its title, as APA 7 writes it in
every language (the title, then ``(Series No.)``, then the publisher)::

    Nowak, A. (2020). Tytuł raportu (Working Paper IBE nr 3/2020). Warszawa: IBE.
    Jansen, P. (2022). Titel van het rapport (Cahier 2022-08). WODC.
    Smith, J. (2019). Title of the paper (Discussion Paper 19-04). Institute.
    García, L. (2018). Título (Documento de trabajo n.º 12). Madrid: Fundación.
    Müller, K. (2021). Titel (Arbeitspapier Nr. 45). Berlin: Institut.
    Rossi, M. (2017). Titolo (Quaderni di ricerca n. 7). Roma: Istituto.

The series may also close the title after a comma (``Titolo, Rapporti 371/2022``,
``Title, EEA Report n. 7/2018``) when its number holds the year.

The parenthesis names a genre of numbered papers (a working, discussion or occasional
paper, a report, a cahier, a documento de trabajo) and the paper's number: it is no part of
the title, and the work it numbers is a report (the corpus conventions: a working paper in a
numbered series is a ``report``).  The number may hold the year (``Cahier 2022-08``,
``nr 3/2020``), since the genre word says it is a paper's number; a body's letters may stand
between the genre and the number (``Working Paper IBE nr 3/2020``).  A parenthesis without
such a genre word (``(Vol. 2)``, ``(2nd ed.)``, ``(UTB 1591)``) is left to other rules.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["report_series_tail", "without_report_series"]

# the genres of numbered papers, in the languages cited
_GENRE = (
    r"(?:(?:Working|Discussion|Occasional|Research|Policy|Briefing|Background|Technical"
    r"|Conference|Staff|Statistics|Analytical)\sPapers?"
    r"|(?:Technical|Research|Statistical|Final)\sReports?|Reports?|Policy\sBriefs?"
    r"|Cahiers?(?:\sde\srecherche)?|Documents?\sde\stravail|Notes?\sde\srecherche"
    r"|Documentos?\s(?:de\strabajo|Ocasionales|ocasional)|Estudios?\sy\sDocumentos"
    r"|Textos?\spara\sdiscuss[ãa]o|Working\sPapers?\sSeries"
    r"|Arbeitspapiere?|Arbeitsberichte?|Diskussionspapiere?|Forschungsberichte?"
    r"|Quaderni(?:\sdi\sricerca)?|Quaderno|Note?\sdi\slavoro|Rapporto|Rapport|Raport"
    r"|Informe|Relatório|Zeszyty?|Werkdocument|Notitie)"
)
# "(Working Paper IBE nr 3/2020)", "(Cahier 2022-08)", "(Documentos Ocasionales, n.º 1929)"
_TAIL = lazy_compile(
    rf"\s\((?P<series>(?:[A-Z][\w&-]*\s){{0,3}}(?i:{_GENRE})(?:\s[A-Z][A-Za-z&-]{{0,7}})?"
    r",?\s(?:(?i:No|Nr|nr|no|n|núm|nº|n°|n\.º|č)\.?\s?)?\d[\w./:-]*)\)\.?$"
)
# ... or set off by a comma, as the Italian and other comma-separated notes write it: "Title,
# EEA Report n. 7/2018", "Titolo, Rapporti 371/2022" (the number, holding its year, says
# it is a paper's of a series, not words of the title)
_COMMA_TAIL = lazy_compile(
    rf",\s(?P<series>(?:[A-Z][\w&-]*\s){{0,3}}(?i:{_GENRE}|Rapporti)"
    r",?\s(?:(?i:No|Nr|nr|no|n|núm|nº|n°|n\.º)\.?\s?)?\d{1,5}/(?:19|20)\d\d)\.?$"
)
# the kinds a numbered paper may have been read as
_RELABELLED = frozenset({RefKind.UNKNOWN, RefKind.BOOK})


def without_report_series(title: str) -> tuple[str, str] | None:
    """(the title, the series and number) when ``title`` closes with a numbered paper's
    series in parentheses; else None."""
    m = _TAIL.search(title) or _COMMA_TAIL.search(title)
    if m is None or m.start() == 0:
        return None
    return title[: m.start()].rstrip(" ,."), m.group("series")


def report_series_tail(ref: Reference) -> Reference:
    """``ref`` without the numbered series closing its title, a report; unchanged when its
    title closes with none."""
    if not ref.title:
        return ref
    split = without_report_series(ref.title)
    if split is None:
        return ref
    kind = RefKind.REPORT if ref.kind in _RELABELLED else ref.kind
    return dataclasses.replace(ref, title=split[0], kind=kind)
