"""Lines of an unnumbered, unindented reference list that go on with the entry above.

``pdftotext`` (without ``-layout``) gives a list's lines back flush left, and a line that
opens like a name list, or like a name and a comma, may start an entry.  Three kinds of
line never do, whatever they open with:

- the host a chapter is in, wrapped onto lines of its own: the line above ends with the
  word that introduces it (``… Järvien synty. Teoksessa`` / ``Lind, A., Moss, P. & Kivi,
  J. (toim.): Järvien kirja …``, ``… Chapter title. In:`` / ``…``), or the line opens with
  that word and the editors' names (``Teoksessa Lind, A. & Moss, P. (toim.): …``, ``In:
  Hale, T. (ed.) …``, ``Dans J. Morel (dir.), …``);
- the editors' names with their role mark and no year (``Lind, A. & Berg, K. (eds.):
  Book title``) under a line that no full stop ends: an edited book that heads an entry
  has its year (``Lind, A. & Berg, K. (eds.) (2011). …``);
- an imprint alone, the publisher and a known place (``Springer, Berlin.``, a body that
  published its own work: ``Tilastokeskus (2019). Väestörakenne 2018.`` /
  ``Tilastokeskus, Helsinki.``): a publisher's word in the name, or the name of the body
  that heads the entry.  (A person's name with a given name that is also a city's,
  ``Reagan, Nancy.``, is neither.)

Pure functions of the lines, constant time per line.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import EDITORS_MARK, U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["goes_on", "imprint_alone"]

# (the capitals of the scripts the lists are written in: :data:`.patterns.U`)
_UPPER = U
# the words that introduce the book a chapter is in, written with or without a colon:
# English, German, Dutch, Italian "In", German "Im", French "Dans", Spanish and French
# "En", Portuguese "Em", Finnish "Teoksessa" / "Julkaisussa", Estonian "Teoses"
_HOST_WORD = (
    r"(?:In|in|Im|Dans|dans|En|en|Em|em|Teoksessa|teoksessa|Julkaisussa|julkaisussa|Teoses)"
)
# ... and those written with a colon only: Scandinavian "I:", Polish "W:", Czech and Slovene
# "V:", Croatian "U:" (a capital alone is too often an initial or a numeral)
_COLON_WORD = r"(?:I|W|V|U)"
# the line above ends with such a word: its host's statement follows
_ENDS_WITH_HOST = lazy_compile(rf"(?:^|[\s.,;])(?:{_HOST_WORD}:?|{_COLON_WORD}:)$")
# a name as a host's statement opens with it: "Lind, A." or "A. Lind" (Vancouver's "Lind
# A" follows "In:" with its colon; "In Memoriam JFK" is a title)
_NAME = rf"(?:[{_UPPER}][\w'’-]+,\s[{_UPPER}]\.|(?:[{_UPPER}]\.\s?){{1,3}}[{_UPPER}][\w'’-]+)"
# the line opens with the word and the host's statement (after a colon, any; without one,
# names; the Finnish words, any)
_OPENS_WITH_HOST = lazy_compile(
    rf"^(?:(?:{_HOST_WORD}|{_COLON_WORD}):\s+\S"
    rf"|(?:In|Im|Dans|En|Em)\s+{_NAME}"
    r"|(?:Teoksessa|Julkaisussa|Teoses)\s+\S)"
)
# names, then their editors' mark and a colon or a comma, no year before the mark
_EDITORS_UNDATED = lazy_compile(
    rf"^[{_UPPER}][^()\d]{{0,200}}?\s?{EDITORS_MARK}\s?[:,]\s(?!\(?(?:1[5-9]|20)\d\d)"
)
_ENDED = lazy_compile(r"(?:[.!?][\"'”»’)\]]*|(?:https?://|doi:\s?|www\.)\S+)$")
# an imprint alone: the publisher (one to five words) and the place
_IMPRINT = lazy_compile(
    rf"^(?P<publisher>[{_UPPER}][\w&'’.-]*(?:\s[\w&'’.-]+){{0,4}}),\s"
    rf"(?P<place>[{_UPPER}][^\W\d_]+(?:[\s-][{_UPPER}][^\W\d_]+)?)\.?$"
)
# the body's name that heads an entry: its words up to a parenthesis or a full stop (a
# person's family name is followed by a comma, "Reagan, Ronald.")
_HEAD_NAME = lazy_compile(rf"^[{_UPPER}][^(),.]{{0,80}}?(?=\s?[(.])")


def goes_on(prev: str, line: str, head: str = "") -> bool:
    """Does ``line`` go on with the entry whose last line is ``prev`` (and whose first
    line is ``head``), whatever its opening looks like (see the module)?"""
    prev, line = prev.rstrip(), line.strip()
    if not prev or not line:
        return False
    if _ENDS_WITH_HOST.search(prev) or _OPENS_WITH_HOST.match(line):
        return True
    if _EDITORS_UNDATED.match(line) and not _ENDED.search(prev):
        return True
    return imprint_alone(line, head)


def imprint_alone(line: str, head: str = "") -> bool:
    """Is ``line`` an imprint on a line of its own, ``Publisher, Place.``: a known place
    after a publisher's name that says it is one or that heads the entry (``head``)?"""
    m = _IMPRINT.match(line.strip())
    if m is None or not is_place(m["place"]):
        return False
    publisher = m["publisher"]
    if has_publisher_word(publisher):
        return True
    named = _HEAD_NAME.match(head.strip())
    return named is not None and named.group(0).strip() == publisher
