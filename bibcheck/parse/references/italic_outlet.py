"""A newspaper's or a magazine's article told from a web page by where the italics fall.

APA 7 and Chicago set a periodical's article and a web page apart by their italics: an
article's own title is roman and the PERIODICAL after it is italic; a page's own title is
italic and the site's name after it roman::

    Blanchar, C. (2024, 9 September). Los alquileres bajan. *El País*. https://…   article
    Müller, K. (2023, 4. März). Mieten steigen weiter. *Süddeutsche Zeitung*. https://…
    Dupont, M. "La réforme divise." *Le Monde*, March 12, 2022. https://…        (Chicago)
    Smith, J. (2020, May 5). *How to apply for a visa*. Citizens Advice. https://…  web

An entry dated by its month or day whose roman title is followed at once by an italic name
(``*x*``/``_x_``, as the readers hand italics on; ``\\emph{x}``, ``<i>x</i>`` too) is an
article of that periodical (:func:`outlet_article`).  A blog's post, which APA italicises
the same way, keeps its kind (the name or the address says blog; ``.blog_kind`` reads the
rest), and so does a site named by its domain (``*Gov.uk*``).

With no italics left at all the typography says nothing; the corpora key newspaper articles
``article`` (tests/corpus/README.md), so an outlet named as a newspaper
(:func:`~bibcheck.parse.references.newsoutlet.news_outlet`: "경향신문", "El Diario Vasco")
makes the plain entry an article, and so does any other name when the entry's address is a
news site's article's (:mod:`.newsaddress`: ``한겨레`` with ``…/arti/…``, ``Le Monde`` with
``…/politique/article/2022/03/12/…``) and the site is not the author's own; any other name
leaves it as the parser read it.  MLA,
which dates day first, italicises a website's name as a periodical's, so a quoted title
dated day first is an article only of a name that says paper or magazine.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.newsaddress import news_article_address
from bibcheck.parse.references.newsoutlet import news_outlet
from bibcheck.parse.references.quote_pairs import DOUBLE, DOUBLE_CLOSINGS, DOUBLE_OPENINGS
from bibcheck.parse.references.scriptmonths import named_month

__all__ = ["outlet_article", "outlet_of"]

# the markup that reaches the parsers as italics, rewritten as Markdown's
_LATEX_ITALIC = lazy_compile(r"\\(?:emph|textit|textsl)\{([^{}]*)\}")
_HTML_ITALIC = lazy_compile(r"<(i|em)>([^<>]*)</\1>", re.I)
# a link's address, kept out of the words (a Markdown link's text stays)
_MD_LINK = lazy_compile(
    r"\[([^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*)\]\(<?[^()\s]*(?:\([^()\s]*\)[^()\s]*)*>?\)"
)
_URL = lazy_compile(r"<?(?:https?://|www\.|doi:)\S+")
_YEAR = r"(?:1[6-9]|20)\d\d[a-z]?"
# "(2024, 9 September).", "(2021, 29 de septiembre).", "(2023, 4. März).", "(2022, 3월 10일).",
# "(2024, March).": the year, then the month (and the day)
_APA_HEAD = lazy_compile(
    rf"^(?P<names>[^()]{{1,300}}?)\s?\({_YEAR},\s?(?P<date>[^()\d]{{0,12}}\d{{0,2}}\.?\s?"
    r"[^()]{1,20})\)\.\s"
)
_MONTH_WORD = lazy_compile(r"[^\W\d_]{3,}|\d{1,2}\s?[월月]")
# no month: "(2020, in press)", "(2019, 2020)", a volume
_NO_MONTH = lazy_compile(
    r"\b(?:in\spress|im\sDruck|sous\spresse|en\sprensa|forthcoming|n\.\s?d|s\.\s?f|o\.\s?J)\b",
    re.I,
)
# Chicago and MLA: `Names. [Year.] "Title." *Outlet*, September 9, 2024` / `12 mars 2022`
_CHICAGO = lazy_compile(
    rf"^(?P<names>[^\"“”„«]{{2,300}}?)\.\s(?:{_YEAR}\.\s)?[{DOUBLE_OPENINGS}]\s?(?P<title>[^{DOUBLE}]{{3,300}}?)"
    rf"[.,]?\s?[{DOUBLE_CLOSINGS}]\s(?P<outlet>\*[^*]{{2,80}}\*|_[^_]{{2,80}}_),\s"
    r"(?P<date>(?:[^\W\d_]{3,10}\.?\s\d{1,2}\b|\d{1,2}\.?\s(?:de\s)?[^\W\d_]{3,10}\.?"
    r"|[^\W\d_]{3,10}\.?\s(?:de\s)?\d{4}))"
)
# a word before the number that is no month: "*Journal*, vol. 3", "no. 4", "Bd. 2"
_NUMBER_WORD = lazy_compile(
    r"^(?:vol|volume|no|nr|num|issue|tome|t|band|bd|jg|jahrgang|heft|nº|p|pp|s|str|ss)\b",
    re.I,
)
# what follows the title at once: an italic name, then its stop (or the end)
_ITALIC_AFTER = lazy_compile(
    r"^(?P<title>[^*]{3,400}?[.?!…])\s(?:\*(?P<a>[^*]{2,80})\*|_(?P<b>[^_]{2,80})_)(?:[.,;]|\s|$)"
)
# what follows the title at once with no italics: a name, then a stop and the end or a pinpoint
_PLAIN_AFTER = lazy_compile(
    r"^(?P<title>.{3,400}?[.?!…])\s(?P<outlet>[^.,;:()\[\]]{2,60}?)[.,]?\s*(?:(?:pp?|[Ss]|str)\.\s?[A-Z]?\d[\d–-]*\.?\s*)?$"
)
# a site named by its domain ("*Gov.uk*", "martinfowler.com"), no periodical's name
_DOMAIN = lazy_compile(r"^[\w.-]+\.[a-z]{2,6}$")
_BLOG = lazy_compile(r"\bblogs?\b|blog\.|/blogs?/", re.I)
# the genre an APA description names: "[Video]", "[Podcast episode]", "[Tweet]"
_DESCRIBED = lazy_compile(r"\]\s*[.?!]$")
_KINDS = (RefKind.WEB, RefKind.UNKNOWN, RefKind.BOOK)


def _plain(text: str) -> str:
    """``text`` on one line, its italics as Markdown's, its links' addresses left out."""
    text = _LATEX_ITALIC.sub(r"*\1*", text)
    text = _HTML_ITALIC.sub(r"*\2*", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _URL.sub(" ", text)
    return " ".join(text.split())


def _dated_by_month(date: str) -> bool:
    """Does ``date`` (what follows the year in APA's parentheses) name a month -- in a
    script whose vowel signs break a run of letters too (Gujarati "નવેમ્બર 26", Hindi
    "नवंबर 26", Tamil "நவம்பர் 26": :func:`.scriptmonths.named_month`)?"""
    if _NO_MONTH.search(date) is not None:
        return False
    return _MONTH_WORD.search(date) is not None or named_month(date) is not None


def _italic_outlet(rest: str) -> str | None:
    m = _ITALIC_AFTER.match(rest)
    if m is None or _DESCRIBED.search(m.group("title")) or "_" in m.group("title")[:1]:
        return None
    return m.group("a") or m.group("b")


def _plain_outlet(rest: str) -> str | None:
    m = _PLAIN_AFTER.match(rest)
    if m is None or _DESCRIBED.search(m.group("title")):
        return None
    return m.group("outlet").strip()


def _names_itself(names: str, outlet: str) -> bool:
    """Is the site named after the title the entry's author (``WHO (2023, May 5). Title.
    World Health Organization.``, ``Acme (2022, 3월 1일). 제목. Acme.``)?"""
    author, site = names.strip(" .,").casefold(), outlet.strip(" .,").casefold()
    return bool(author) and (author in site or site in author)


def outlet_of(text: str) -> str | None:
    """The periodical an entry dated by its month or day names after its roman title
    (see the module), else None."""
    flat = _plain(text)
    head = _APA_HEAD.match(flat)
    if head is not None:
        if not _dated_by_month(head.group("date")):
            return None
        rest = flat[head.end() :]
        if "*" in rest or re.search(r"(?<!\w)_\w", rest):
            outlet = _italic_outlet(rest)
        else:
            outlet = _plain_outlet(rest)
            if outlet is not None and not news_outlet(outlet):
                # (a paper whose name says no paper, its article's address a paper's:
                # :mod:`.newsaddress`; a body's own page names itself as the site)
                if not news_article_address(text) or _names_itself(head.group("names"), outlet):
                    return None
    else:
        chicago = _CHICAGO.match(flat)
        if chicago is None or _NUMBER_WORD.match(chicago.group("date")):
            return None
        outlet = chicago.group("outlet")[1:-1]
        if chicago.group("date")[:1].isdigit() and not news_outlet(outlet):
            # MLA's day first ("*Site Name*, 12 Mar. 2022") italicises a website's name
            # too: only a name that says paper or magazine makes it a periodical
            return None
    if outlet is None or _DOMAIN.search(outlet.strip()) or _BLOG.search(outlet):
        return None
    return outlet.strip()


def outlet_article(ref: Reference, text: str) -> Reference:
    """``ref`` as the article of the periodical its entry ``text`` names after a roman
    title (see the module), else as it is."""
    if ref.kind not in _KINDS or (ref.url and _BLOG.search(ref.url)):
        return ref
    outlet = outlet_of(text)
    if outlet is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.ARTICLE, host=ref.host or outlet)
