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
import unicodedata
from collections.abc import Iterable
from urllib.parse import unquote

MIN_WORDS = 4
MIN_LETTERS = 20

_WORD = re.compile(r"[^\W_]+")
# a separator between a title's parts: a bar, a dash or a colon pair with spaces round it,
# guillemets, a middle dot or bullet
_SEPARATORS = re.compile(r"\s+(?:[|/\u00b7\u2022»«]|::|-{1,2}|[\u2012-\u2015])\s+")


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``: letters and digits, case and compatibility forms folded."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def specific(title: tuple[str, ...]) -> bool:
    """Whether folded ``title`` names a work rather than a site or section."""
    return len(title) >= MIN_WORDS and sum(len(w) for w in title) >= MIN_LETTERS


def _parts(page_title: str) -> set[tuple[str, ...]]:
    """The page title's folded forms: the whole, and each part between separators."""
    forms = {words(page_title)}
    forms.update(words(part) for part in _SEPARATORS.split(page_title))
    return forms


def shows_cited_title(
    page_title: str | None, url: str, cited: Iterable[str], *, asked: str = ""
) -> bool:
    """Whether the page at ``url`` (the final URL; ``asked``: the URL first asked for,
    when a redirect led there) is titled with one of the ``cited`` titles, by the rules
    of the module's docstring."""
    if not page_title:
        return False
    in_url = set(words(unquote(url)))
    if asked:
        in_url.update(words(unquote(asked)))
    forms: set[tuple[str, ...]] | None = None
    for title in cited:
        folded = words(title)
        if not specific(folded) or set(folded) <= in_url:
            continue
        if forms is None:
            forms = _parts(page_title)
        if folded in forms:
            return True
    return False
