"""A report series in parentheses after the imprint's year (pure functions).

NLM (Vancouver) and the author-title lists of the Nordic, German and Dutch fields print the
series a work is numbered in after the imprint, in parentheses, as its last element; an
institute's or an agency's series names the genre, a report, in the list's language::

    Hansen K, editor. Havmiljø 2022. Aarhus: Aarhus Universitet; 2023. (Videnskabelig
        rapport fra DCE nr. 600).
    Lind K. Fjordens bundfauna. Juelsminde: Fjordcentret; 2021. (Togtrapporter nr. 9).
    Berg A. Laxfiske i Ätran. Göteborg: Havsmiljöinstitutet; 2019. (Rapport; 2019:4).
    Smith J. Estuary survey. Bristol: Environment Agency; 2020. (Science report series;
        no. 12).
    Meier T. Auenböden. Koblenz: Bundesanstalt für Gewässerkunde; 2018. (BfG-Bericht Nr. 12).

The work is numbered in a report series (the series' name holds the report word, alone or
closing a compound, and a number follows it): a ``report`` by the corpus's kinds
(tests/corpus/README.md: a publication whose series calls it a report).  A publisher's
book series in the same place (``(Studies in Ecology; 12)``) names no report and is left.
:func:`dated_series_report` makes a book or an unknown work with such a series a report.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["dated_series_report"]

# the report word, alone or closing a compound, in the languages such lists are written in
# (English, Danish, Norwegian, Swedish, German, Dutch, Finnish, Polish, French, Spanish,
# Portuguese, Italian): "rapport", "Togtrapporter", "BfG-Bericht", "raportteja"
_REPORT = (
    r"(?i:reports?|[^\W\d_]{0,20}rapport(?:er|en|erne|ene|s)?|[^\W\d_]{0,20}berichte?"
    r"|[^\W\d_]{0,20}raport(?:ti|teja|y)?|informes?|relat[óo]rios?|rapporti|rapporto)"
)
# the year closing the imprint, then the series in parentheses: its name holds the report
# word, a number closes it ("nr. 524", "; no. 12", "; 2019:4", "12/2017", "Nr. 12")
_SERIES = lazy_compile(
    r"(?<!\d)(?:1[5-9]|20)\d\d[a-z]?\]?\.?\s\("
    rf"(?P<series>(?:[^()\d;]{{0,80}}?[\s-])?{_REPORT}(?![\w-])[^()\d;]{{0,60}}?)"
    r"(?:;\s?|,\s|\s)(?:(?i:nr|no|núm|num|n°|nº|vol)\.?\s?)?\d[\w:/.-]{0,12}\)"
)
_READ_AS = (RefKind.BOOK, RefKind.UNKNOWN)


def dated_series_report(ref: Reference) -> Reference:
    """``ref`` (a book or an unknown work) as a ``report`` when a report series with its
    number follows its imprint's year in parentheses (see the module)."""
    if ref.kind not in _READ_AS or ref.host:
        return ref
    if _SERIES.search(" ".join(ref.raw.split())) is None:
        return ref
    return replace(ref, kind=RefKind.REPORT)
