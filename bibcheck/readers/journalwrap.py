"""A journal's abbreviated name wrapped over two lines of an unnumbered list.

An author-year list with no indents (SIAM's, the AMS's, as ``pdftotext`` gives them back)
starts an entry at a line after a full stop.  A journal's abbreviated name ends its words
with full stops too, and pdftotext breaks the line where it breaks::

    D. Okafor, A. Lind, and B. Ruiz (1995), Tidal marsh carbon, Proc. Roy.
    Soc. London Ser. A, 449, pp. 669–677.

``Soc. London Ser. A, 449, …`` starts no entry: the line above ends with an abbreviated
word (``Roy.``, ``Proc.``, ``Ann.``, ``Zeitschr.``), and the line goes on with more of the
name -- another abbreviated word right away (``Roy. Soc.``), or capitalised words, one
of them abbreviated, then the volume after a comma (``London Math. Soc. (2), 42, pp.``,
``Acad. Sci. Paris, 257,``).  A name's initial is left to the reader (an initial never
ends an entry); so is an entry's last word that is an abbreviation of its own (``Inc.``,
``Ltd.``): a list's next entry starts with names, never with a journal's name and volume.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["journal_goes_on"]

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_LOWER = "a-zß-öø-ÿа-яё"
# an abbreviated word of a name: a capital and one to six small letters, a full stop
_ABBREVIATED = rf"[{_UPPER}][{_LOWER}]{{1,6}}\."
# ... last on the line above (not a firm's own: "Wiley & Sons, Inc.", "Co.", "Ltd.")
_ENDS_ABBREVIATED = lazy_compile(rf"(?:^|\s)(?!(?:Inc|Ltd|Co|Corp|Bros|Cie)\.){_ABBREVIATED}$")
# the line opens with another abbreviated word, and a capitalised word follows it
_OPENS_ABBREVIATED = lazy_compile(rf"^{_ABBREVIATED}\s[{_UPPER}]")
# the line opens with the rest of a name: capitalised words (a joining word between), one of
# them abbreviated, perhaps a series ("(2)", "(A)"), then the volume after a comma (not a
# year: "Amer. Math. Soc., 1990." is a body's name and its year, an entry of its own)
_NAME_WORD = rf"(?:[{_UPPER}][{_LOWER}]*\.?|of|and|de|des|der|für|&)"
_NAME_THEN_VOLUME = lazy_compile(
    rf"^(?=[^,]*?{_ABBREVIATED}[\s,])[{_UPPER}][{_LOWER}]*\.?(?:\s{_NAME_WORD}){{0,7}}"
    r"(?:\s\((?:\d{1,2}|[A-Z])\))?,\s(?!(?:1[5-9]|20)\d\d\b)\d{1,4}[A-Za-z]?(?=[,.:(\s])"
)


# ... but a name dated right after it starts an entry: a body's ("Amer. Math. Soc., 1990.",
# "Roy. Soc. Chem. (2004),")
_DATED_NAME = lazy_compile(r"^[^,()]{1,80}?(?:,\s|\s\()(?:1[5-9]|20)\d\d[a-z]?(?!\d)")


def journal_goes_on(prev: str, line: str) -> bool:
    """Does ``line`` go on with a journal's name that the line ``prev`` above broke off
    after an abbreviated word (``… Proc. Roy.`` / ``Soc. London Ser. A, 449, …``)?"""
    if not _ENDS_ABBREVIATED.search(prev.rstrip()):
        return False
    line = line.strip()
    if _DATED_NAME.match(line):
        return False
    return bool(_OPENS_ABBREVIATED.match(line) or _NAME_THEN_VOLUME.match(line))
