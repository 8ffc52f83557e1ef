"""Bare labelled entries under a Markdown reference heading: a draft's list typed as
plain lines, each opening with its bracketed number and no list marker::

    ## Literatur

    [1] Müller K, Schmidt A. Die Stadt im Mittelalter. Berlin: Akademie, 2010.
    [2] Weber, M. Die Stadt. Tübingen: Mohr, 1921.

Markdown sees one paragraph where the writer typed a list; the readers that split a list
at its labels read it as one (:mod:`bibcheck.readers.supmarkdown`), but a document whose
text cites none of its numbers (a draft, notes not yet cited) gave no reader a reason to
take it.  Such lines are the document's list when they are numbered from 1 in order (two
at least, every line between them a continuation, a blank line or another labelled line)
and at least half of them carry a year, as entries do (a list of steps ``[1] Open the
valve`` has none).  Nothing cites them, so none is uncited (no marker points anywhere) and
the coverage line says the document is a reference list only.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers.common import heading_text

__all__ = ["labelled_entries"]

# "[1] Text", "\[2\] Text" (a Markdown editor's escaped brackets)
_LABELLED = lazy_compile(r"^\s{0,3}\\?\[(?P<n>\d{1,4})\\?\]\s+(?P<text>\S.*)$")
_YEAR = lazy_compile(YEAR_BOUNDED)
_MIN_ENTRIES = 2


def labelled_entries(lines: Sequence[str], heading: int) -> bool:
    """Do the lines under the heading at index ``heading`` (to the next heading) hold a
    list of bare labelled entries (``[1] …``, ``[2] …``, numbered from 1 in order, at
    least half of them with a year)?"""
    texts: list[str] = []
    for line in lines[heading + 1 :]:
        if heading_text(line) is not None:
            break
        m = _LABELLED.match(line)
        if m is None:
            if not texts and line.strip():
                return False  # (prose under the heading before any entry)
            if texts:
                texts[-1] += " " + line.strip()
            continue
        if int(m.group("n")) != len(texts) + 1:
            return False
        texts.append(m.group("text"))
    if len(texts) < _MIN_ENTRIES:
        return False
    return 2 * sum(1 for t in texts if _YEAR.search(t)) >= len(texts)
