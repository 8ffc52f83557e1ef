"""A journal article's running heads, as ``pdftotext`` (without ``-layout``) gives them.

A journal prints the page number in its running head: on one page the journal's name
with its volume, issue and year, on the facing page the authors' names and the article's
short title::

    214 FENNIA 199: 2 (2021)
    Kivi & Lehto: Soiden synty Pohjois-Karjalan vaaroilla ja laaksoissa 215

Without ``-layout`` one space parts the number from the words, and the authors' head can
be longer than a book's chapter head.  :func:`head_folio` reads the page number of such a
line when it stands first on its page (the reader's page numbering then votes on it, as
for any running head: a line that only looks like one is no folio).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["head_folio"]

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ"
# the journal's name, its volume (and issue), the year in parentheses: "FENNIA 199: 2
# (2021)", "Fennia 199(2) (2021)", "Polar Record 58, 3 (2022)"
_ISSUE = (
    rf"[{_UPPER}][\w.&’'-]*(?:\s[\w.&’'-]+){{0,6}}\s\d{{1,4}}(?:\s?[:(,]\s?\d{{1,4}}\)?)?"
    r"\s\((?:1[89]|20)\d\d\)"
)
# the authors' family names (one, two joined, or the first and "et al."), a colon, the
# short title: "Kivi & Lehto: Soiden synty …", "Berg et al.: Tidal marshes"
_JOINS = r"(?:&|and|ja|och|og|und|et|y|e|i|és|a)"
_NAME = rf"[{_UPPER}][\w’'-]+"
_AUTHORS = (
    rf"{_NAME}(?:\s{_JOINS}\s{_NAME}|,\s{_NAME}(?:,\s{_NAME})*,?\s{_JOINS}\s{_NAME}"
    r"|\s(?:et\sal\.|ym\.|m\.fl\.|u\.\sa\.))?"
    r":\s[^\n]{1,110}[^\W_]"
)
_HEAD = lazy_compile(
    rf"^\s*(?:(?P<lead>\d{{1,4}})\s(?:{_ISSUE}|{_AUTHORS})"
    rf"|(?:{_ISSUE}|{_AUTHORS})\s(?P<tail>\d{{1,4}}))\s*$"
)


def head_folio(line: str) -> int | None:
    """The page number of a journal's running head (see the module), or None."""
    m = _HEAD.match(line)
    if m is None:
        return None
    return int(m["lead"] or m["tail"])
