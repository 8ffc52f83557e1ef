"""A book's series statement, as Chicago and the humanities write it after the title and
before the place of publication:

``Willan, T. S. Title. Chetham Society, 3rd ser., vol. 3. Manchester: Chetham Society,
1951.`` (bibliography), ``T. S. Willan, Title, Chetham Society, 3rd ser., vol. 3
(Manchester: …, 1951)`` (note), ``Title. Camden Society, n.s., 12. London: …``, ``Title.
Studies in Economic History 14. Cambridge: …``, a volume of a collected edition (``Title.
Vol. 18 of The Yale Edition of the Works of …. New Haven: …``).

A series statement is no part of the title, and its volume number makes no journal of it:
the work stays a book.  A statement is recognised only right before the imprint (``Place:
Publisher``, after a full stop or in parentheses), so that an article's journal and volume
(``Journal 141 (1992): 35–62``) are never taken for one.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["report_series", "series_statement", "without_series"]

# the word a series is named by ("Studies in Economic History", "Publications of the Surtees
# Society", "Oxford Historical Monographs", "Schriften des Vereins", "Cahiers de …")
_SERIES_WORD = lazy_compile(
    r"\b(?:Studies|Series|Publications|Society|Monographs|Texts|Papers|Lectures|Library"
    r"|Records|Collection|Reihe|Schriften|Beiträge|Forschungen|Bibliothèque|Cahiers|Études"
    r"|Estudios|Studi|Collana|Biblioteca)\b"
)
# (no full stop inside: "W. E. Title. Studies in …" holds a sentence's end)
# (each word matched by one alternative only: "des" listed twice made a run of "Der Antrag
# des …" take time exponential in its length, each "des" tried both ways at every failure)
_NAME = (
    rf"[{U}][\w'’&-]*(?:\s(?:[{U}][\w'’&-]*|of|in|on|and|for|the|&|de|du|des|la|el|di|della"
    r"|für|zur|zum|der))*"
)
# a run of the series: "3rd ser.", "2nd series", "n.s.", "o.s.", "new ser.", "Third Series"
_RUN = (
    r"(?:\d{1,2}(?:st|nd|rd|th|d)\s(?:ser\.|series)|[no]\.\s?s\.|(?:new|old)\s(?:ser\.|series)"
    r"|(?:First|Second|Third|Fourth|Fifth|New|Old)\s[Ss]eries)"
)
_NUMBER = r"(?:(?:vol|no|nr|Bd|t)\.\s?)?(?:\d{1,4}|[IVXLC]{1,6})"
# (a volume of a collected edition: "Vol. 18 of The Yale Edition of the Works of …")
_VOLUME_OF = rf"(?:Vol\.|Volume)\s(?:\d{{1,4}}|[IVXLC]{{1,6}})\sof\s{_NAME}"
# an unnumbered series of a body's reports, named by its genre: "Food Security in Practice
# technical guide series", "Rural Water Policy Brief Series", "Discussion Paper Series"
_GENRE_SERIES = (
    r"(?i:(?:technical|policy|research|discussion|working|occasional)\s)?"
    r"(?i:guide|paper|report|brief|note)s?\s(?i:series)"
)
_SHORT_NAME = (
    rf"[{U}][\w'’&-]*(?:\s(?:[{U}][\w'’&-]*|of|in|on|and|for|the|&|de|du|des|la|el|di|della"
    r"|für|zur|zum|der)){0,8}"
)
_STATEMENT = lazy_compile(
    rf"(?P<name>{_NAME})(?:,\s{_RUN}(?:,?\s{_NUMBER})?|,?\s(?P<number>{_NUMBER}))"
    rf"|{_RUN},?\s{_NUMBER}|{_VOLUME_OF}"
    rf"|(?:{_SHORT_NAME}\s)?{_GENRE_SERIES}"
)
# (the same series anywhere after the title, an author-date list's element of its own:
# "Title. Food Security in Practice technical guide series. Washington, DC: IFPRI.")
_GENRE_SERIES_ELEMENT = lazy_compile(rf"[.,]\s(?:{_SHORT_NAME}\s)?{_GENRE_SERIES}(?=[.,;]|\s\(|$)")
# what follows a statement: the imprint after a full stop ("… vol. 3. Manchester: Chetham
# Society, 1951") or in parentheses ("… vol. 3 (Manchester: Chetham Society, 1951)")
_IMPRINT_NEXT = lazy_compile(
    r"\.\s[^.:;()]{2,60}:\s[^:;()]{2,120}?,\s(?:1[5-9]|20)\d\d\b"
    r"|\s\([^()]{2,60}:\s[^:;()]{2,120}?,\s(?:1[5-9]|20)\d\d\)"
)


def _is_statement(m: re.Match[str]) -> bool:
    # a name and a bare number is a series only when a series word names it ("Studies in
    # Economic History 14"), not "Salt in Cheshire 2"
    return m.group("number") is None or _SERIES_WORD.search(m.group("name") or "") is not None


def series_statement(text: str) -> tuple[int, int] | None:
    """The span of a series statement in ``text``: after a full stop or comma that ends the
    title, right before the imprint; None when there is none."""
    for sep in re.finditer(r"[.,]\s(?=\S)", text):
        m = _STATEMENT.match(text, sep.end())
        if m is not None and _is_statement(m) and _IMPRINT_NEXT.match(text, m.end()):
            return sep.end(), m.end()
    return None


def without_series(title: str) -> str:
    """``title`` without a series statement at its end (``Title. Chetham Society, 3rd ser.,
    vol. 3`` -> ``Title``; ``Title, Camden Society, n.s., 12`` -> ``Title``)."""
    for sep in re.finditer(r"[.,]\s(?=\S)", title):
        m = _STATEMENT.fullmatch(title, sep.end())
        if m is not None and _is_statement(m) and sep.start() > 0:
            return title[: sep.start()].rstrip(" ,.")
    return title


def report_series(text: str) -> bool:
    """Does ``text`` name the work's series by a report's genre, unnumbered (``Title, Food
    Security in Practice technical guide series (Washington, DC: …)``, ``Title. Rural Water
    Policy Brief Series. Place: Body.``)?  Such a series is a body's: its works are
    reports."""
    return _GENRE_SERIES_ELEMENT.search(" ".join(text.split())) is not None
