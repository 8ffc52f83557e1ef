"""A book review with no title of its own, as Chicago (and its neighbours) write it.

The review is named by the book it reviews: the reviewer, then ``review of *Book*, by
Author``, then the journal or newspaper it appeared in::

    Gordon Hale, review of *The Owl*, by Lena Marsh, *Classical Review*, March 12, 2001, 4.
    Hale, Gordon. Review of *The Owl*, by Lena Marsh. *Classical Review* 51 (2001): 3–5.
    Anne Roy, compte rendu de *Le Hibou*, par Léa Marsh, *Revue historique* 12 (2001).
    Eva Kurz, Rezension zu *Die Eule*, von Lena Marsh, *Gnomon* 73 (2001), S. 3–5.

The title is the review's words as printed (``review of The Owl, by Lena Marsh``: that is how
a list names it too), the reviewer the author, the periodical the container, and the kind
an article.  :func:`parse` gives these fields, or None for any other shape.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.shared import Fields, last_year, year_of

__all__ = ["parse", "review_title"]

# the review's words and the word before the reviewed book's author
_REVIEW = (
    r"(?:[Rr]eview\sof|[Cc]ompte\srendu\sde|[Cc]ompte-rendu\sde|[Rr]ezension\s(?:zu|von)"
    r"|[Bb]esprechung\svon|[Rr]eseña\sde|[Rr]ecensione\s(?:a|di)|[Rr]ecensie\svan)"
)
_BY = r"(?:by|par|von|de|di|van)"
# a name: capitalised words and initials ("Loren J. Samons II", "Jean-Luc de la Roche")
_WORDS = rf"[{U}][\w.'’-]*(?:\s(?:[{U}][\w.'’-]*|de|la|van|von|der|du|di|da|del)){{0,5}}"
_NOTE = lazy_compile(
    rf"^(?P<who>{_WORDS}(?:(?:,\s|,?\s(?:and|et|und|y|e)\s){_WORDS}){{0,4}}),\s"
    rf"(?P<title>{_REVIEW}\s.+?,?\s{_BY}\s[^,*_]+?(?:,\s(?:Jr|Sr)\.?|,\s(?:II|III|IV))?),\s"
    r"(?P<host>[*_][^*_]{2,150}[*_]|[^,*_\d]{2,150}?)(?P<rest>(?:[,.]?\s.*)?)$"
)
_BIBLIOGRAPHY = lazy_compile(
    rf"^(?P<who>[{U}][^.;:]{{1,80}}?(?:\s[{U}]\.)*)\.\s"
    rf"(?P<title>{_REVIEW}\s.+?,?\s{_BY}\s[^*_]+?)\.\s"
    r"(?P<host>[*_][^*_]{2,150}[*_]|[^,*_\d.]{2,150}?)(?P<rest>(?:[,.]?\s.*)?)$"
)
_REVIEW_TITLE = lazy_compile(rf"^{_REVIEW}\s.+\s{_BY}\s\S")


def review_title(title: str) -> bool:
    """Is ``title`` an untitled review's words (``review of The Owl, by Lena Marsh``)?  The
    italic book in it is the reviewed work, not the title cited."""
    return _REVIEW_TITLE.match(title.strip()) is not None


_AND = lazy_compile(r",?\s(?:and|et|und|y|e)\s|,\s(?=[^,]+$)")


def _people(who: str, *, inverted: bool) -> tuple[str, ...]:
    if inverted:
        # "Hale, Gordon, and Ann Roy": the first name inverted, the others natural
        first, _, others = who.partition(", and ")
        return (first.strip(), *(p.strip() for p in _AND.split(others) if p.strip()))
    return tuple(p.strip(" ,") for p in re.split(r",\s|,?\s(?:and|et|und|y|e)\s", who) if p.strip())


def parse(body: str) -> Fields | None:
    """The fields of an untitled review (see the module's docstring), or None."""
    text = " ".join(body.split())
    for pattern, inverted in ((_NOTE, False), (_BIBLIOGRAPHY, True)):
        m = pattern.match(text)
        if m is None:
            continue
        title = re.sub(r"[*_]", "", m.group("title")).strip(" ,.")
        host = re.sub(r"[*_]", "", m.group("host")).strip(" ,.")
        if not host or not title:
            continue
        volume = re.match(r"\s(\d{1,4})\b", m.group("rest"))
        return Fields(
            "chicago",
            _people(m.group("who"), inverted=inverted),
            title,
            year_of(last_year(m.group("rest"))),
            container=host,
            volume=volume.group(1) if volume else None,
            kind=RefKind.ARTICLE,
        )
    return None
