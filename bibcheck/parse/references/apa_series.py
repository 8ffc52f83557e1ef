"""A report's series and number between an APA title and its publisher::

    Author, A. (2003). *Title*. IMF Occasional Paper No. 12. International Monetary Fund.
    Author, A. (2017). *Title*. Working Paper No. 17-04. Centre for Economic Studies.
    European Broadcasting Union. (2016). *Title* (Tech 3285). EBU.

The sentence (or the parenthesised designation) after the title names the series and the
report's number; the publisher is the sentence after it.  A series sentence is a few
capitalised words and a number (never a year), which :func:`numbered_report` must read as a
report's number; a parenthesised designation is a body's code and a number of three digits
or more (never an edition, a volume, a part or a year).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.reportkind import numbered_report

__all__ = ["series_then_publisher"]

_YEAR = r"(?:1[5-9]|20)\d\d\b"
# "IMF Occasional Paper No. 12.", "NBER Working Paper 25434.", "Working Paper No. 17-04."
# (or its comma before the publisher: "ECB Working Paper Series No 2950, European Central
# Bank.")
_SENTENCE = lazy_compile(
    rf"^(?:[A-Z][\w&-]*\s){{1,6}}(?:(?:No|Nr|no)\.\s?)?(?!{_YEAR})\d[\w./-]*[.,]?\s+(?=\S)"
)
# "(Tech 3285).", "(EBU Tech 3343).": a body's document code, never "(Vol. 2)", "(Part 3)"
_PARENTHESISED = lazy_compile(
    r"^\((?!(?:Vol|Vols|Volume|Part|Partie|Issue|Book|Tome|Tomo|Band|Bd|Chapter|Season"
    rf"|Episode|Edition)\b)(?:[A-Z][\w-]*\s){{1,3}}(?!{_YEAR})\d{{3,}}[\w./-]*\)\.?\s+(?=\S)"
)


def series_then_publisher(remainder: str) -> tuple[str, str] | None:
    """(series and number, what follows it) when ``remainder`` -- what follows an APA
    title -- opens with a report's series and number and goes on; else None."""
    sentence = _SENTENCE.match(remainder)
    if sentence is not None and numbered_report(sentence.group(0)):
        return sentence.group(0).strip().rstrip(".,"), remainder[sentence.end() :]
    code = _PARENTHESISED.match(remainder)
    if code is not None:
        return code.group(0).strip().rstrip(".").strip("()"), remainder[code.end() :]
    return None
