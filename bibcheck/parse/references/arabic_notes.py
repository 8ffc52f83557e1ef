"""Full notes of Arabic and Persian written with commas only, the title unmarked.

``سليمان موسى، لورنس والعرب، عمّان: المطبعة الأردنية، ١٩٦٢، ص ٨٨.`` -- the author in
natural order, the title, ``Place: Publisher``, the year and the page, each after an Arabic
comma: the Chicago note of these languages when the italics of the title are lost (a wiki
or a word processor's plain text).  The text comes with its digits and commas already read
as Latin ones; :func:`parse` gives the fields or None when the note has not this shape (a
comma inside the title makes it ambiguous, and it is left to the other parsers).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import PLAUSIBLE_YEAR
from bibcheck.parse.references.shared import Fields, Year

_WORD = r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c]+"
_NOTE = lazy_compile(
    rf"^(?P<who>{_WORD}(?:\s{_WORD}){{0,4}}),\s(?P<title>[^,]{{3,200}}?),\s"
    rf"(?P<place>{_WORD}(?:[\s-]{_WORD}){{0,2}})\s?:\s?(?P<publisher>[^,:]{{2,80}}?),\s"
    rf"(?P<year>{PLAUSIBLE_YEAR})"
    r"(?:,\s(?:ص|صص|ج|جـ|صفحه|صفحة)\.?\s?(?P<pages>\d+(?:\s?[-–]\s?\d+)?))?\.?$"
)


def parse(body: str) -> Fields | None:
    """The fields of an Arabic or Persian comma note, or None."""
    m = _NOTE.match(body.strip())
    if m is None:
        return None
    return Fields(
        "chicago",
        (m.group("who"),),
        m.group("title").strip(),
        Year(int(m.group("year")), m.group("year")),
        pages=m.group("pages"),
        publisher=m.group("publisher").strip(),
        place=m.group("place"),
    )
