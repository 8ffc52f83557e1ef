"""A note closing with the Nordic library, archive or museum that holds what it cites.

Swedish, Norwegian, Danish and Finnish notes cite a playbill, a letter or a file by what
it is, then where it is kept, the holder named as those languages name it (the definite
form or a compound: ``Kungliga biblioteket``, ``Riksarkivet``, ``Stockholms stadsarkiv``,
``Nordiska museet``, ``Uppsala universitetsbibliotek``, ``Kansallisarkisto``), then the
collection and the item's mark; or the volume of the file first and the archive last::

    Affisch, ”Titel”, maj 1851, Kungliga biblioteket, Småtryck, Affischer 1851:4.
    Brev till N.N., 3 mars 1840, Uppsala universitetsbibliotek, Brevsamlingen, X 241.
    Magistraten, Protokoll 1820–1825, vol. A I:12, Stockholms stadsarkiv.

The work is no publication: a file of its holder, ``unknown`` by the corpus conventions
(tests/corpus/README.md, archival files).  A book those bodies publish names its place and
year (``Stockholm: Kungliga biblioteket, 1998``): the holder here has no colon before it
and the piece closing the note is a mark, no year alone and no page; a note with an
address cites the digitised copy, a web page.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["nordic_holding"]

# the holder: up to three words, the last a library's, an archive's or a museum's
_HOLDER = (
    r"(?:[^\W\d_][\w'’-]*\s){0,3}[^\W\d_]*"
    r"(?:biblioteket|bibliotek|arkivet|arkiv|arkisto|kirjasto|museet|museum)"
)
# a piece between commas (no colon: an imprint's "Place: Publisher" has one; no year alone:
# "Stockholm, 1998" is an imprint's)
_PIECE = r"(?!(?:1[5-9]|20)\d\d,)[^,:;()]{2,80}"
# the item's mark: a number of up to four digits in it that is no year ("1851:22", "X
# 241", "A I:12"; never "Kalmar 1610–1615", a span of years, or "1998"), and no page or
# count of pages ("s. 12", "234 s.")
_MARK = (
    r"(?!(?:s|ss|sid|pp?)\.\s?\d)(?![^,;()]*\d\s(?:s|sid|pp?)\.?\s*$)"
    r"[^,;()]{0,40}?(?<!\d)(?!(?:1[5-9]|20)\d\d(?!\d))\d{1,4}(?!\d)[^,;()]{0,20}?"
)
_CLOSING = lazy_compile(
    rf",\s{_HOLDER},\s(?:{_PIECE},\s){{1,3}}{_MARK}\.?\s*$"
    # the file's volume first, the archive closing the note
    rf"|,\svol\.\s?[^\s,;()][^,;()]{{0,20}},\s{_HOLDER}\.?\s*$",
    re.IGNORECASE,
)
_ADDRESS = lazy_compile(r"https?://|\bwww\.")


def nordic_holding(text: str) -> bool:
    """Does ``text`` (a note) close with its Nordic holder and the item's mark (see the
    module)?"""
    flat = " ".join(text.split())
    return _ADDRESS.search(flat) is None and _CLOSING.search(flat) is not None
