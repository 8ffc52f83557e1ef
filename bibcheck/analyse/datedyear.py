"""Numbers the parser took for a malformed year that a reference explains itself.

Ingest records ``year-malformed`` for a year it cannot read as a publication year.  A
British parliamentary paper's sessional number after its session (``H.C. 1846 (735),
xxxvii``, ``H.C. 1847–48 (956)``, ``Cd. 4499 (1909)`` is read right anyway) is no defect,
and the reference's own text says so: a number of one to four digits in parentheses right
after a session year.  (A document's own date before the edition that prints it,
``Rezess mit Lübeck, 1469; gedruckt in: Hanserecesse, Leipzig 1890``, is no year of the
work: the parser reads the edition, see
:func:`bibcheck.parse.references.commentary.citation_start`.)
"""

from __future__ import annotations

import re

from bibcheck.model import Anomaly, AnomalyCode, ParsedDocument

_RAW = re.compile(r"^year '([^']+)'")
# "H.C. 1846 (735)", "HC 1847–48 (956)", "H.L. 1852-3 (12)", "1833 (690)"
_SESSION = r"(?:1[6-9]|20)\d\d(?:[-–/](?:\d\d|\d))?"


def explained(doc: ParsedDocument, anomaly: Anomaly) -> bool:
    """Is this ``year-malformed`` anomaly one the reference's own text explains?"""
    if anomaly.code is not AnomalyCode.YEAR_MALFORMED:
        return False
    m = _RAW.match(anomaly.message)
    raw = _text_of(doc, anomaly)
    if m is None or raw is None:
        return False
    token = m.group(1)
    if re.fullmatch(r"\d{1,4}", token) and re.search(rf"{_SESSION}\s?\({re.escape(token)}\)", raw):
        return True  # a sessional paper's number
    return False


def _text_of(doc: ParsedDocument, anomaly: Anomaly) -> str | None:
    if anomaly.footnote is not None:
        for note in doc.footnotes:
            if note.label == anomaly.footnote and note.line == anomaly.line:
                return note.reference.raw
        for note in doc.footnotes:
            if note.label == anomaly.footnote:
                return note.reference.raw
    if anomaly.literature_entry is not None:
        for entry in doc.literature:
            if entry.number == anomaly.literature_entry:
                return entry.reference.raw
    return None
