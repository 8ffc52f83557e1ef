"""The book a chapter is in, as NLM's *Citing Medicine* writes it after the chapter's title.

A Vancouver chapter names its book after "In:": the book's editors the Vancouver way with
their role after a comma, the book's title, an edition perhaps, the imprint, and the
chapter's pages after "p." -- in English and in the languages medical lists are written in
(Scandinavian "I: … redaktør.", Polish "W: … redaktor.", Spanish "En: … editores.",
German "In: … Hrsg."; Danish, Norwegian, Polish, Finnish "s.", German "S.")::

    In: Vogelstein B, Kinzler KW, editors. The genetic basis of human cancer. New York:
    McGraw-Hill; 2002. p. 93-113.
    I: Hansen P, redaktør. Klinisk farmakologi. 3. utg. Oslo: Gyldendal; 2015. s. 12-30.

:func:`chapter_in` reads what follows the chapter's title (from "In:") into
:class:`ChapterIn`, or says None when it is not that shape (then the entry is read as
before: the imprint and the pages from the whole rest).
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.role_marks import ABBREVIATED, alternation
from bibcheck.parse.references.vancouver import EDITION, vancouver_imprint

__all__ = ["IN", "ChapterIn", "chapter_in"]

# the role after the editors' names: NLM's words ("editor", "editors") and those of the
# same lists elsewhere, or a mark written bare after a comma (":mod:`.role_marks`")
_ROLE = (
    r"(?:editors?|editores?|éditeurs?|redaktører?|redaktörer?|redaktorzy|redaktor"
    rf"|toimittajat|toimittaja|{alternation(ABBREVIATED)})\.?"
)
# "In:" in the lists' languages (a colon always: "In Vogelstein B" is no Vancouver host)
IN = r"(?:In|I|W|En|Em|Dans|V|U|Teoksessa|Kirjassa)"
# the editors: Vancouver names without a full stop ("Vogelstein B, Kinzler KW", "et al"
# after them perhaps), the role after a comma, the book's title (its own sentences too,
# "Goodman & Gilman's … Therapeutics. 13th ed."), the imprint, the year (an update or a
# citation date in brackets after it), then the pages or nothing
_CHAPTER_IN = lazy_compile(
    rf"^{IN}:\s(?P<editors>[^\W\d_][^.;:()]{{1,300}}?),\s{_ROLE}\s"
    r"(?P<host>[^;]{2,400}?)\.\s"
    r"(?P<imprint>[^.;:]{2,60}:\s?[^;]{2,120});\s?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?"
    r"(?:\s?\[[^\[\]]{2,80}\])?\."
    r"(?:\s(?:pp?|ss?|S|sid|str|pág|págs|o)\.\s?(?P<pages>\w{1,12}(?:\s?[–-]\s?\w{1,12})?)\.?)?"
    r"\s*$"
)
# a paper in a meeting's proceedings, as NLM writes it: the conference's name (its own years
# in it perhaps: "… Enforcement: Beyond 2000"), its date and its place after semicolons,
# then the imprint, the year and the pages ("In: 6th ITE International Conference …; 1999
# Sep 6–7; Melbourne. Melbourne: Institute of Transportation Engineers; 1999.")
_MONTH = r"[A-Z][a-z]{2,8}\.?"
_CONFERENCE_IN = lazy_compile(
    rf"^{IN}:\s(?:(?P<editors>[^\W\d_][^.;:()]{{1,300}}?),\s{_ROLE}\s)?"
    r"(?P<host>[^;]{2,400}?);\s"
    rf"(?:1[5-9]|20)\d\d(?:\s{_MONTH}(?:\s\d{{1,2}})?(?:\s?[–-]\s?(?:{_MONTH}\s)?\d{{1,2}})?)?;\s"
    r"[^.;]{2,80}\.\s"
    r"(?P<imprint>[^.;:]{2,60}:\s?[^;]{2,120});\s?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\."
    r"(?:\s(?:pp?|ss?|S|sid|str|pág|págs|o)\.\s?(?P<pages>\w{1,12}(?:\s?[–-]\s?\w{1,12})?)\.?)?"
    r"\s*$"
)
_STOP = lazy_compile(r"\.\s")
_ETAL = lazy_compile(r",?\s(?:et\sal|m\.fl|mfl|i\sin\.|u\.a)\.?$")


@dataclass(frozen=True, slots=True)
class ChapterIn:
    """The book a Vancouver chapter is in."""

    editors: tuple[str, ...]
    host: str
    place: str | None
    publisher: str | None
    year: str
    pages: str | None


def chapter_in(rest: str) -> ChapterIn | None:
    """``rest`` (from "In:" to the entry's end) read as NLM's host book, or None."""
    m = _CHAPTER_IN.match(rest.strip()) or _CONFERENCE_IN.match(rest.strip())
    if m is None:
        return None
    editors = tuple(
        name.strip() for name in _ETAL.sub("", m.group("editors") or "").split(",") if name.strip()
    )
    host = m.group("host").strip()
    # (an edition statement closes the book's title: "Title. 13th ed.", "Tittel. 3. utg.")
    for stop in _STOP.finditer(host):
        edition = EDITION.match(host[stop.end() :] + ".")
        if edition is not None and edition.end() >= len(host) - stop.end():
            host = host[: stop.start()]
            break
    place, publisher = vancouver_imprint(m.group("imprint"))
    return ChapterIn(editors, host.rstrip("."), place, publisher, m.group("year"), m.group("pages"))
