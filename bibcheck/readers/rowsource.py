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

_SEPARATORS = 2  # cell separators a pipe-table row has at least ("a | b | c", "| a | b")
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
    """Is ``line`` a table row that links a source (a Markdown or HTML link to an
    address, a bare address or a DOI)?  A row: a Markdown pipe-table row, with two cell
    separators or more (its last cell closed or left open), or an HTML ``<td>`` row on one
    line.  A delimiter row (``|---|:---:|``) links nothing."""
    plain = _NOT_SEPARATOR.sub(" ", line)
    if plain.count("|") < _SEPARATORS and not _HTML_ROW.search(line):
        return False
    return _SOURCE.search(line) is not None
