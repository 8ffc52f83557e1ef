"""A chapter's pages before its book: the SBL Handbook's form (and Chicago's older one).

The SBL Handbook of Style writes a chapter or an essay in a collection, and a commentary
in a numbered volume of a series, with its pages first, then the book::

    Davies, W. D. 1984. "Paul and Israel." Pages 123–52 in Jewish and Pauline Studies.
        Philadelphia: Fortress.
    Wright, N. T. 2002. "Romans." Pages 393–770 in vol. 10 of The New Interpreter's Bible.
        Edited by Leander E. Keck. Nashville: Abingdon.

The same order is written in the languages SBL-style journals publish in (German "Seiten
45–67 in", "S. 45–67 in", French "Pages 45–67 dans", Spanish "Páginas 45–67 en", Italian
"Pagine 45–67 in", Dutch "Bladzijden 45–67 in"): the work is a chapter; the book runs to
the next sentence (its editors, ``Edited by X.``, or its place and publisher), a
volume cited (``vol. 10 of``, ``Bd. 3 von``) is no part of its title.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["PagesIn", "pages_in"]


@dataclass(frozen=True)
class PagesIn:
    """What a ``Pages 123–52 in Book.`` tail holds."""

    pages: str
    book: str
    volume: str | None
    rest: str  # what follows the book's title (editors, place and publisher)


_PAGES_IN = lazy_compile(
    r"^(?:Pages|Page|pp?\.|Seiten|Seite|S\.|Pagine|Pagina|pp\.|Páginas|Página|Págs?\.|"
    r"Bladzijden|Blz\.)"
    r"\s(?P<pages>[A-Za-z]{0,3}\d{1,5}(?:\s?[–—-]\s?[A-Za-z]{0,3}\d{1,5})?)"
    r"\s(?:in|im|dans|en|em)\s"
    # a volume cited: "vol. 10 of", "Bd. 3 von", "vol. 2 de", "t. 4 de"
    r"(?:(?:vol|Bd|t|tome|tomo)\.\s(?P<volume>[\dIVXLC]{1,6})\s(?:of|von|de|di|van)\s)?"
    # the book: up to the full stop before the next sentence (a capital, not an initial's)
    r"(?P<book>.{2,300}?)(?<!\s[^\W\d_])\.(?:\s+(?P<rest>[^\W\d_].*))?$"
)


def pages_in(tail: str) -> PagesIn | None:
    """The pages, book, volume cited and the rest of ``tail`` (what follows a chapter's
    title) when it is ``Pages X–Y in Book. …``, else None."""
    m = _PAGES_IN.match(tail.strip())
    if m is None:
        return None
    return PagesIn(m["pages"], m["book"].strip(), m["volume"], (m["rest"] or "").strip())
