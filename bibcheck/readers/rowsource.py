"""Table rows that give the source of the work they name.

A leaderboard, a comparison table or a systematic review's table of included studies
names each work by author and date in one cell ("Tian et al. (2020)", "CRF Parser
(Zhang et al., 2020)") and links the work itself in another cell of the same row (a
"Paper / Source" column: ``[Fast and Accurate Neural CRF Parsing](https://…)``, a bare
address, a DOI).  Such a row cites nothing a reference list must hold: the row gives its
source.  :func:`row_gives_source` tells such a row (a Markdown pipe-table row, or an HTML
table row on one line) from a paragraph; :func:`bibcheck.readers.datedunlisted` counts the
author-date citations on it as given in full.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["row_gives_source"]

# a pipe-table row: opens with "|" (GFM, Pandoc) or has two cell separators between text
_PIPE_ROW = lazy_compile(r"^[ \t]{0,3}\|.*\|[ \t]*+$|^[^|\n]*+\|[^|\n]*+\|[^|\n]*+$")
# an HTML table row on one line: two cells or more
_HTML_ROW = lazy_compile(r"<td\b[^<>]*+>.*?</td>.*?<td\b", re.I)
# a link to the work: a Markdown or HTML link to an address, a bare address, a DOI
_SOURCE = lazy_compile(
    r"\]\((?:https?://|www\.)[^()\s]++"
    r"|href[ \t]*+=[ \t]*+[\"']?(?:https?://|www\.)"
    r"|<?https?://[^\s<>|)]++"
    r"|\bdoi:[ \t]*+10\.\d{4,9}/"
    r"|\b10\.\d{4,9}/[^\s|]++",
    re.I,
)
# code spans and escaped pipes hold no cell separator ("`a|b`", "a \| b")
_NOT_SEPARATOR = lazy_compile(r"`[^`\n]*+`|\\\|")


def row_gives_source(line: str) -> bool:
    """Is ``line`` a table row (a Markdown pipe-table row, or an HTML ``<td>`` row on one
    line) that links a source: a Markdown or HTML link to an address, a bare address or a
    DOI?  A delimiter row (``|---|:---:|``) links nothing."""
    plain = _NOT_SEPARATOR.sub(" ", line)
    if not (_PIPE_ROW.match(plain) or _HTML_ROW.search(line)):
        return False
    return _SOURCE.search(line) is not None
