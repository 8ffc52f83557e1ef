"""A body's statistical yearbook or official statistics: its ``report``.

A state's mining directorate, a statistics office, a ministry publishes the statistics it
collects, year by year, under its own name::

    Direcção-Geral de Obras Públicas. *Estatística agrícola do anno de 1905*. Lisboa:
        Imprensa Nacional, 1906.
    Kaiserliches Statistisches Amt. *Statistisches Jahrbuch für das Deutsche Reich 1890*.
    Board of Trade. *Statistical Abstract for the United Kingdom 1900*. London: HMSO, 1901.
    Ministero di Agricoltura. *Annuario statistico italiano 1886*. Roma, 1886.
    Dirección General del Instituto Geográfico. *Anuario estadístico de España 1912*.

Official statistics are a government's publications, which the corpus conventions file as
``report`` (``tests/corpus/README.md``, kinds of sources that are not articles or books) --
only when a body is the one author (:func:`.corporate.is_organisation`, a statistics office,
:func:`.body_name.names_body`) and the title names the genre: statistics opening it (a
compound's head too: ``Hotellstatistikk 1950–1970``, ``Bevölkerungsstatistik``), or a
yearbook (``Statistical Yearbook``, ``Jahrbuch``, ``Anuario``, ``Annuario``, ``Årsbok``,
``Rocznik`` …), or a numbered issue of its statistics closing it (``Wine statistics nr
49``).  A person's book about statistics (``Statistics for Engineers``) and a
yearbook read as an article or a chapter, or online as a web page, are left as read.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import body_name
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.statistics_office import statistics_office

__all__ = ["statistical_yearbook"]

_GENRE = lazy_compile(
    # the statistics of a year or a field, opening the title ("Estatística mineira do anno
    # de 1917", "Estadística minera de España", "Statistique de l'industrie minérale",
    # "Statistics of Mines and Quarries"; not a textbook's "Statistics for Engineers",
    # "Statistics and Probability", "Statistics: An Introduction")
    r"^(?:(?:1[89]|20)\d\d\s)?(?:(?:Estatísticas?|Estadísticas?|Estadístiques?|Statistiques?"
    r"|Statistica|Statistiche|Statistik|Statistikk|Statystyka|Statistiek|Statistics)"
    r"(?![\w:])(?!\s(?:for|in|with|and|&|und|et|e|y|för|og|fuer|für|pour|para|per)\b)"
    r"|Statistical\s(?:Abstract|Annual|Bulletin|Digest|Summary|Tables|Returns)(?!\w)"
    # (a Germanic or Finnish compound whose head is the statistics, "Hotellstatistikk
    # 1950-1970", "Bevölkerungsstatistik", "Befolkningsstatistik", "Väestötilasto": the
    # statistics of its field)
    r"|[^\W\d_]{3,30}(?:statistik|statistikk|statistiek|tilasto|tilastot)(?![\w:])"
    r"(?!\s(?:for|in|with|and|&|und|et|e|y|för|og|fuer|für|pour|para|per)\b))"
    # the numbered issue of a body's statistics series, closing the title ("SA wine
    # industry statistics nr 49", "Vrugtestatistieke no. 12", "Fruit trade statistics
    # No. 7": a series' number, no textbook's)
    r"|(?<![\w-])[^\W\d_]{0,30}?(?:statistics|statistiek|statistieke|statistik|statistikk|statistiques?"
    r"|estad[íi]sticas?|estat[íi]sticas?)\s(?:no\.?|nr\.?|n[°º]\.?|vol\.?)\s?\d{1,4}$"
    # a yearbook, statistical or not, opening or closing the title's first words
    r"|(?<![\w-])(?:Statistical\sYear\s?book|Year\s?book|Jahrbuch|Annuario|Anuario|Anuário"
    r"|Annuaire|Årsbok|Årbok|Årbog|Rocznik|Jaarboek|Vuosikirja|Ročenka|Godišnjak|Ежегодник"
    r"|Statistisches\sJahrbuch|Statistisk\s(?:årsbok|årbok|årbog))(?![\w-])",
    re.IGNORECASE,
)
_READ_AS = frozenset({RefKind.BOOK, RefKind.UNKNOWN})


def _by_body(ref: Reference) -> bool:
    if len(ref.authors) != 1:
        return False
    name = ref.authors[0].strip(" .,*_")
    return is_organisation(name) or statistics_office(name) or body_name.names_body(name)


def statistical_yearbook(ref: Reference) -> Reference:
    """``ref`` a ``report`` when a body's statistics or yearbook was read as a book or of no
    kind (see the module); ``ref`` itself otherwise."""
    if ref.kind not in _READ_AS or ref.host or not ref.title:
        return ref
    if _GENRE.search(" ".join(ref.title.split())) is None or not _by_body(ref):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
