"""A body's name before the year, read as the entry's author: ``Body. Year. Title. …``.

Many languages capitalise only the first word of a body's name (``Statistisk
sentralbyrå``, ``Istituto nazionale di statistica``, ``Conseil oléicole international``,
``Instituto nacional de estadística``); a person's name is capitalised in every part.  An
entry printing such a name, or an organisation's name (:func:`.corporate.is_organisation`),
before the year is the body's publication, the year the one after the name, even where
the title carries a year of its own (``Statistisk sentralbyrå. 1980. Boligtelling 1975.``,
``Ministerio de … 2023. *Anuario … 2022*.``).  :func:`named_body` says the head names such
a body; :func:`misread` that a reading missed its name or its year, to be read again in
APA's order (:func:`.body_year.apa_order`).

Whatever the body's name, a reading that took it for the title (``Bibliothèque nationale de
France. 2024. *Gallica*. https://…``: title "Bibliothèque nationale de France", no author)
while an italic or quoted title follows the year misread the head too
(:func:`head_for_title`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.body_year import BodyYear
from bibcheck.parse.references.corporate import is_organisation

__all__ = ["head_for_title", "misread", "named_body"]

# the title's first word after the head: a letter, in italics or quotes perhaps
_TITLE_OPENS = lazy_compile(r"^[*_“\"«„]?[^\W\d_]")
# ... set off by italics or quotation marks
_MARKED_TITLE = lazy_compile(r"^(?:[*_]{1,2}|[“\"«„‘'])[^\W\d_]")


def named_body(found: BodyYear) -> bool:
    """The head's name is a body's: its words after the first in lower case, one a word of
    four letters or more, or an organisation's name; the year closed by a full stop and a
    title's word after it (a case, ``Commission v Smith (2020) 279 FCR 1``, is no body's
    publication)."""
    if not found.dotted or not _TITLE_OPENS.match(found.rest):
        return False
    words = found.body.split()
    if len(words) > 1 and all(w[0].islower() for w in words[1:]):
        # (a particle alone, "de", "di", is no such word)
        if any(len(w) >= 4 and w.isalpha() for w in words[1:]) and words[0][0].isupper():
            return True
    return is_organisation(found.body)


def misread(ref: Reference, found: BodyYear) -> bool:
    """``ref`` missed the head's body as its author or the head's year as its year."""
    return ref.authors != (found.body,) or ref.year != int(found.year[:4])


def head_for_title(ref: Reference, found: BodyYear) -> bool:
    """``ref`` has no author and the head's body as its title, though an italic or quoted
    title follows the head's year (``Landsbókasafn Íslands – Háskólabókasafn. 2024.
    *Tímarit.is*.``): the body's name misread as the title."""
    return (
        found.dotted
        and not ref.authors
        and (ref.title or "").strip(" .") == found.body
        and _MARKED_TITLE.match(found.rest) is not None
    )
