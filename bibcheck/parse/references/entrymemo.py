"""A memo, for the reading of one document, of the pure readings of an entry's or a
note's text.

Some questions are asked of the same text many times in one document's parse:
:func:`.shared.clean` some twenty times an entry (each field's reading cleans the same
rest), the access date twice (the fields and the GOST reader), whether the text cites an
archive's file or a legal source two or three times (the reading, the kind, the list's
index, the repeats' pass).  Each answer is a function of the text alone within one
document's reading (whose language, :mod:`.doclanguage`, is fixed), so :func:`entry_memo`
keeps it for that reading: a text is read once however often it is asked about.

:func:`reading` opens the memo (:func:`.doclanguage.written_in` opens one with each
document's reading) and it ends with the reading: nothing is kept from one document to
the next, and outside a reading every call computes afresh, as a reference parsed on its
own always did.  A reading keeps at most :data:`SIZE` answers, whatever the text's length
(a bound on length would read a long text afresh each time it is asked about while a
short one is read once: the work would grow faster than the text).  For pure functions
returning values that cannot change (strings, numbers, tuples, frozen records) only.  The
memo itself is a :class:`bibcheck.docmemo.DocumentMemo`, as the readers' run memo is.
"""

from __future__ import annotations

from bibcheck.docmemo import DocumentMemo

__all__ = ["SIZE", "entry_memo", "reading"]

SIZE = 50_000  # answers kept in one reading (some five for each of 10,000 entries)

_ENTRY = DocumentMemo("bibcheck_entry_memo", SIZE)
reading = _ENTRY.reading  # (a memo for the reading of one document: empty, then gone)
entry_memo = _ENTRY.of_text  # (a text's answer kept for the reading: module doc)
