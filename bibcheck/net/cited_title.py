"""Does a page show the title its citation gives?  Evidence that spares a soft-404 probe.

The random-path probe (:mod:`bibcheck.net.soft404`) asks whether a site answers every
path with the page it gave.  A page whose ``<title>`` names the very work a reference
cites for the URL is that work, whatever the site answers elsewhere: its verdict cannot
depend on the probe, so none is sent for it.

The evidence counts only when it is strong and independent of the request:

* the cited title, folded (case, compatibility forms, punctuation), is the page's whole
  title or one of its parts cut by a separator (``Title | Site``, ``Site - Title``);
  near misses and titles *inside* a longer part do not count (a search page echoing the
  title, "Results for <title>", keeps its probe);
* it is specific: at least :data:`MIN_WORDS` words and :data:`MIN_LETTERS` letters or
  digits (a site's name or a section's, "News", "Home page", names no one work);
* its words are not all in the URL (asked for, or redirected to): a site that builds
  the page from the path it was asked for (a slug echoed into a catch-all page's title)
  proves nothing by it.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable
from urllib.parse import unquote

MIN_WORDS = 4
MIN_LETTERS = 20

_WORD = re.compile(r"[^\W_]+")
# a separator between a title's parts: a bar, a dash or a colon pair with spaces round it,
# guillemets, a middle dot or bullet
_SEPARATORS = re.compile(r"\s+(?:[|/\u00b7\u2022»«]|::|-{1,2}|[\u2012-\u2015])\s+")
_SEPARATOR_MARKS = (
    "|",
    "/",
    "\u00b7",
    "\u2022",
    "»",
    "«",
    "::",
    "-",
    "\u2012",
    "\u2013",
    "\u2014",
    "\u2015",
)
_PUNCTUATION = string.punctuation + "\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019\u2013\u2014"


def fold(text: str) -> str:
    """``text`` with case and compatibility forms folded."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return text.casefold()


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``: letters and digits, case and compatibility forms folded."""
    return tuple(_WORD.findall(fold(text)))


def specific(title: tuple[str, ...]) -> bool:
    """Whether folded ``title`` names a work rather than a site or section."""
    return len(title) >= MIN_WORDS and sum(len(w) for w in title) >= MIN_LETTERS


def _parts(folded: str) -> set[tuple[str, ...]]:
    """The folded page title's word forms: the whole, and each part between separators."""
    pieces = _SEPARATORS.split(folded)
    forms = {tuple(_WORD.findall(piece)) for piece in pieces}
    if len(pieces) > 1:
        forms.add(tuple(_WORD.findall(folded)))
    return forms


def shows_cited_title(
    page_title: str | None, url: str, cited: Iterable[str], *, asked: str = ""
) -> bool:
    """Whether the page at ``url`` (the final URL; ``asked``: the URL first asked for,
    when a redirect led there) is titled with one of the ``cited`` titles, by the rules
    of the module's docstring."""
    if not page_title:
        return False
    page = fold(page_title)
    forms: set[tuple[str, ...]] | None = None
    for title in cited:
        folded_title = fold(title).strip()
        if not folded_title:
            continue
        shown = _verbatim_part(folded_title, page)
        if not shown and _may_be_in(folded_title, page):
            if forms is None:
                forms = _parts(page)
            shown = words(folded_title) in forms
        if not shown:
            continue
        folded = words(folded_title)
        if specific(folded) and not _spelt_in(folded, f"{url} {asked}"):
            return True
    return False


def _verbatim_part(title: str, page: str) -> bool:
    """The cheap test (both folded): ``title`` spelt as it is, between the page title's
    ends or separators.  False says only that the full comparison is needed."""
    at = page.find(title)
    if at < 0:
        return False
    before, after = page[:at], page[at + len(title) :]
    if before and not (before[-1].isspace() and before.rstrip().endswith(_SEPARATOR_MARKS)):
        return False
    return not after or (after[0].isspace() and after.lstrip().startswith(_SEPARATOR_MARKS))


def _may_be_in(title: str, page: str) -> bool:
    """Whether every word of ``title`` (split at spaces, punctuation at its ends dropped)
    is in ``page``: where not, the word-by-word comparison cannot find it."""
    return all(token.strip(_PUNCTUATION) in page for token in title.split())


def _spelt_in(title: tuple[str, ...], urls: str) -> bool:
    """Whether every word of ``title`` is in ``urls`` (decoded and folded; as a part of a
    word too, which errs on the side of sending the probe)."""
    text = fold(unquote(urls) if "%" in urls else urls)
    return all(word in text for word in title)
