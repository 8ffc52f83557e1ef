"""A short note whose place in the work is named in words, not by a page.

Chicago shortens a note citing a work cited in full before to the author's name, the short
title and the place cited; for a work with no pages (a data set, a web page, a file) that
place is a part named in words::

    Lee and Roe, “Port Books of Leith,” codebook.
    Lee, “Grain Prices,” readme file.
    Berg, “Timber Yards,” introduction.

:data:`WORDED_SHORT` matches such a note: the names, the title in quotation marks or
emphasis, then one to three words in small letters and no figure, closing the note (a
full note names a journal, a publisher or a year after its title).  The resolver ties it to
the earlier full note of that author and title (:mod:`.repeat`), as a short note with a page.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["WORDED_SHORT"]

WORDED_SHORT = lazy_compile(
    r"^\s*(?P<author>[^,“\"«(*_\d]{2,60}),\s"
    r"(?P<title>“[^”]{2,150}[,.]?”|\"[^\"]{2,150}[,.]?\"|\*[^*]{2,150}\*|_[^_]{2,150}_)"
    r",?\s(?P<locator>[a-z][a-z'’-]{1,20}(?:\s[a-z][a-z'’-]{1,20}){0,2})\.?\s*$"
)
