"""A number in a web address is no entry's year.

``pdftotext`` breaks an address at a line end, and its rest (``2014/8065/kline.pdf``,
``8065/Exit.pdf``) is left in the entry's text as words: a number there is a handle's,
an eprint's or a folder's, not the year the work appeared.  The year read from such a
path segment is dropped for the entry's other year, or for none (never a malformed year
"8065").  A date (``2021/05/03``) and a span of years (``1998/99``) are no paths.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference

# a web address, or a path left of one: a segment before or after a slash that ends in a
# file's name ("kline.pdf"), a token ending in a slash ("handle/"), a host's name
_URLISH = lazy_compile(r"://|^www\.|^doi:|/$|/[^/\s]*\.[A-Za-z][A-Za-z0-9]{1,4}$", re.I)
# (a word of ASCII: CJK text runs on into an address with no space before it)
_TOKEN = lazy_compile(r"[!-~]+")
_NUMBER = lazy_compile(r"(?<![\d])\d{3,4}(?![\d])")
_YEAR = lazy_compile(r"(?<![\d./-])(1[5-9]\d\d|20\d\d)(?![\d/])")
_TRIM = "()[]<>.,;:\"'“”‘’"


def path_token(token: str) -> bool:
    """Is ``token`` (one whitespace-free word of an entry) a web address or a piece of
    one: ``https://a.org/2014/8065``, ``2014/8065/kline.pdf``, ``repo/handle/``?"""
    word = token.strip(_TRIM)
    return "/" in word and _URLISH.search(word) is not None


def _outside_paths(text: str) -> str:
    """``text`` with every path token blanked (its length kept)."""
    return _TOKEN.sub(lambda m: " " * len(m.group()) if path_token(m.group()) else m.group(), text)


def in_paths_only(text: str, number: str) -> bool:
    """Does ``number`` occur in ``text``, and only inside path tokens?"""
    whole = re.compile(rf"(?<!\d){re.escape(number)}(?!\d)")
    if not whole.search(text):
        return False
    return whole.search(_outside_paths(text)) is None


def url_year(ref: Reference, text: str) -> Reference:
    """``ref`` with a year read from a path segment of ``text`` replaced by the first year
    written outside any address, or dropped (with the malformed-year anomaly it raised)."""
    raw = (ref.year_raw or "").strip()
    number = _NUMBER.search(raw)
    if number is None or number.group() != raw.strip(_TRIM):
        return ref
    if not in_paths_only(text, number.group()):
        return ref
    other = _YEAR.search(_outside_paths(text))
    kept = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.YEAR_MALFORMED)
    if other is None:
        return dataclasses.replace(ref, year=None, year_raw=None, anomalies=kept)
    year = other.group(1)
    return dataclasses.replace(ref, year=int(year), year_raw=year, anomalies=kept)
