"""What an author-date entry's title sentence and imprint leave over.

An author-date list (Chicago, the classics' journals) prints ``Name, I. Year. Title.
Place.`` -- a book's place alone, with no publisher (``Oxford.``, ``Cambridge, MA.``,
``Ithaca, NY.``, ``München.``): the place says the work is a book.  Its title sentence may
end with what is no title: the volume cited (``A Historical Commentary on Thucydides, vol.
2``), the volume with its own title (``…, vol. 1: Books I–III``), or a translator's or
editor's role that the sentence splitter cut from its name (``…, trans. A. Sheridan``
splits into ``…, trans`` and ``A. Sheridan``).  The volume is cut by
:func:`~bibcheck.parse.references.volume_tail.without_volume`, as in every other title.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.volume_tail import without_volume

__all__ = ["bare_place", "entry_title", "role_cut"]

# a role word, its name cut off into the next sentence
_ROLE = lazy_compile(
    r",\s(?:trans|transl|tr|ed|eds|edd|comp|introd|rev|éd|éds|trad|dir|hrsg|hg|übers|red"
    r"|vert|přel|tłum|oprac|пер|ред)\.?\s*$"
)
# the translator's or editor's name a cut role word left at the start of the remainder:
# "A. Sheridan. Cambridge, MA.", "H. S. Jones and J. E. Powell. Oxford."
_ROLE_NAMES = lazy_compile(
    r"^(?:[A-Z]\.\s?){1,3}[^\W\d_][\w'’-]+(?:(?:,|\sand|\s&|\set)\s(?:[A-Z]\.\s?){1,3}"
    r"[^\W\d_][\w'’-]+)*\.\s"
)
# a place, then perhaps a US state's or a country's two capitals: "Cambridge, MA"
_STATE = lazy_compile(r"^(?P<place>[^\W\d_][^,;:()]{1,40}?)(?:,\s[A-Z]{2})?$")


def entry_title(title: str) -> str:
    """``title`` without a volume designation or a cut-off role word at its end."""
    cut = _ROLE.sub("", title)
    return without_volume(cut, spelled_out=True) or title


def role_cut(title: str) -> bool:
    """Does ``title`` end with a role word whose name the sentence splitter cut off?"""
    return _ROLE.search(title) is not None


def bare_place(remainder: str, after_role: bool = False) -> str | None:
    """The place, when ``remainder`` (what follows an entry's title) is a known place of
    publication alone (``Oxford.``, ``Cambridge, MA.``), else None; ``after_role``: the
    title ended with a cut role word, whose names open the remainder (``A. Sheridan.
    Cambridge, MA.``)."""
    rest = _ROLE_NAMES.sub("", remainder.strip()) if after_role else remainder
    found = _STATE.match(rest.strip().rstrip("."))
    if found is None:
        return None
    place = found.group("place").strip()
    return place if is_place(place) else None
