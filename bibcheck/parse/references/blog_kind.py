"""A blog post cited as legal and humanities notes cite it, read as a web page.

tests/corpus/README.md files blog posts as ``web``.  Notes mark one so:

* OSCOLA: the post's title in quotation marks, then the blog's name and the post's full
  date in brackets, then its address: ``Mark Elliott, 'Title' (Public Law for Everyone, 24
  January 2017) <https://…> accessed 1 March 2020`` (a journal's article has the year
  alone in its brackets, a newspaper's its name in italics before them);
* a blog named so: ``Jean Dupont, « Titre », blog Droit et histoire, 3 mars 2020, https://…``,
  ``…, Verfassungsblog, 3. März 2020, https://…``, ``…, in: JuWissBlog, …``, ``…, *Site*
  (blog), …`` (Chicago's, read already), ``… (weblog)``.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.quote_pairs import APOSTROPHES, EN_CLOSINGS

__all__ = ["blog_post"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# OSCOLA's post: "'Title' (Blog Name, 24 January 2017) <https://…>"
_OSCOLA = lazy_compile(
    rf"[{EN_CLOSINGS}{APOSTROPHES}]\s\((?P<blog>[^()\d]{{2,80}}),\s\d{{1,2}}\s{_MONTH}\s(?:19|20)\d\d\)\s?<https?://"
)
# a blog named by its word: "blog Droit et histoire", "Blog de …", "Verfassungsblog",
# "JuWissBlog", "Le blog de …", "(blog)", "(weblog)", "(blogue)"
_NAMED = lazy_compile(
    r"(?:^|[,.»”]\s|\s(?:in:?|dans|en|on|auf)\s)(?:(?:le|the|il|el|der|das)\s)?"
    r"(?:[Bb]log(?:ue)?|[Ww]eblog)\s(?:de\s|of\s|des\s|du\s|di\s|del\s)?[A-ZÀ-Ý]"
    r"|[a-zà-ÿ]blog\b|\b[A-Z][A-Za-z]+Blog\b|\((?:blog|weblog|blogue)\)",
)


def blog_post(ref: Reference, text: str) -> Reference:
    """``ref`` as a ``web`` page when ``text`` cites a blog's post (see the module)."""
    if ref.kind not in (RefKind.ARTICLE, RefKind.BOOK, RefKind.UNKNOWN) or not ref.url:
        return ref
    flat = " ".join(text.split())
    if _OSCOLA.search(flat) is None and _NAMED.search(flat) is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)
