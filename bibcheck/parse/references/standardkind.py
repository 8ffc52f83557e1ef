"""Standards and specifications printed in a reference list are reports.

The corpus conventions file standards (ISO, IEC, EN, DIN, BS, NBR, IEEE Std …), IETF RFCs
and W3C Recommendations and Notes as ``report`` (CSL ``standard``, biblatex ``@standard``).
A printed entry says it is one in two ways, in any citation style:

* its title opens with the standard's designation, followed by the title proper, a year or
  nothing: ``NBR 9050: acessibilidade a edificações …``, ``ISO/IEC 40500:2012: Information
  technology …``, ``EN 301 549 V3.2.1: Accessibility requirements …``, ``IEEE Std
  1003.1-2017 (Revision of …): Standard for …`` (a book *about* a standard, ``ISO 9001:2015
  Explained``, goes on in words and is no standard);
* after its title the entry names the series a specification is issued in: ``W3C
  Recommendation``, ``W3C Working Group Note``, ``RFC 3339``, ``STD 68``, ``BCP 14``,
  ``Internet-Draft``, ``ETSI TS 102 …``, ``ITU-T Recommendation X.509``.

Only a work read as a book, a web page or of unknown kind is changed: a paper about a
standard in a journal or proceedings stays what it is.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.standard_designation import OPENING, standard_designation

__all__ = [
    "as_specification",
    "designation_titled",
    "names_designation",
    "names_specification_series",
]

# the designation: bodies, "Std", a letter series, the number (parts, year), a version; then
# what may follow a designation: a colon, a dash, parentheses, a comma, a full stop, the end
_DESIGNATION_TITLE = lazy_compile(
    rf"^{OPENING}(?:Std\.?\s)?(?:[A-ZР]{{1,2}}\.?\s?)?"
    r"\d[\w.]*+(?:[-:/]\d[\w.]*+)*+(?:\s\d{3}(?![\w.]))*+(?:\s[Vv]\d[\w.]*+)?"
    r"(?:\s?[:—–(]|,|\.(?:\s|$)|$)"
)
# the series a specification is issued in, as an element after the title
_SERIES = lazy_compile(
    r"(?:^|[.,;:]\s|\s)(?:W3C\s(?:(?:Candidate|Proposed)\s)?Recommendation"
    r"|W3C\s(?:(?:Working|Interest)\sGroup\s)?Note|W3C\s(?:Working|Editor['’]s)\sDraft"
    r"|W3C\sRegistry|(?:IETF\s)?RFC\s?\d{3,5}\b|(?:STD|BCP)\s\d{1,3}\b|Request\sfor\sComments"
    r"|Internet[-\s]Draft|ETSI\s(?:EN|TS|TR|ES|EG)\s\d|ITU-T\sRec(?:ommendation|\.)\s[A-Z]"
    r"|ECMA-\d{2,4}\b)"
)


def designation_titled(title: str | None) -> bool:
    """The title opens with a standard's designation, followed by the title proper, its
    parts in parentheses or nothing."""
    if not title:
        return False
    return _DESIGNATION_TITLE.match(title[:120].strip(" *_")) is not None


def names_specification_series(text: str, title: str | None) -> bool:
    """After its title (all of ``text`` when the title is not found in it), the entry names a
    specification's series (``W3C Recommendation``, ``RFC 5234``)."""
    flat = " ".join(text.split())
    wanted = " ".join((title or "").split())
    at = flat.find(wanted) if wanted else -1
    after = flat[at + len(wanted) :] if at >= 0 else flat
    return _SERIES.search(after) is not None


def series_tail(title: str) -> int | None:
    """Where a specification's series ends ``title`` as an element of its own
    (``Title -- Memento. RFC 7089``, ``Title, W3C Recommendation``), or None."""
    end = len(title.rstrip(" ."))
    for m in _SERIES.finditer(title):
        if m.end() == end and m.start() > 0 and title[m.start()] in ".,;:":
            return m.start()
    return None


# IEEE's standard: the designation as an element of its own after the title, before the body
# and the year ("_Title_, ISO 10137:2007, International Organization for Standardization,
# Geneva, Switzerland, 2007.", "Title, IEEE Std 802.3-2018, 2018.")
_ELEMENTS = lazy_compile(r",\s|;\s|\.\s")


# (the note on the edition after it: "IEEE Std 802.3-2018 (Revision of IEEE Std 802.3-2015)")
_EDITION_NOTE = lazy_compile(r"\s\([^()]{1,80}\)$")


def named_designation(text: str, title: str | None) -> str | None:
    """The standard's designation that is one of the first elements after the title (the
    title must be found in ``text``), nothing else in the element (``ISO 10137:2007``,
    ``IEEE Std 802.3-2018``), or None."""
    if not title:
        return None
    flat = " ".join(text.split())
    wanted = " ".join(title.split())
    at = flat.find(wanted)
    if at < 0:
        return None
    after = flat[at + len(wanted) :].lstrip(' ,.;:*_"”’')
    for element in _ELEMENTS.split(after, maxsplit=3)[:3]:
        element = _EDITION_NOTE.sub("", element)
        if standard_designation(element):
            return element
    return None


def names_designation(text: str, title: str | None) -> bool:
    """:func:`named_designation` finds a designation after the title."""
    return named_designation(text, title) is not None


def as_specification(ref: Reference, rest: str) -> Reference:
    """``ref`` as a report when it is a standard or a specification (see the module); a
    series the parser left at the end of the title is no part of it."""
    if ref.kind is RefKind.ARTICLE:
        # ('"Title," IEEE Std 802.3-2018, …' read as a journal's article: the number no journal)
        named = named_designation(rest, ref.title)
        if named is not None and (ref.host is None or ref.host.strip(" ,.") in named):
            return dataclasses.replace(ref, kind=RefKind.REPORT, host=None)
        return ref
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB):
        return ref
    cut = series_tail(ref.title) if ref.title else None
    if cut is not None and ref.title is not None:
        return dataclasses.replace(ref, title=ref.title[:cut].strip(), kind=RefKind.REPORT)
    if (
        designation_titled(ref.title)
        or names_specification_series(rest, ref.title)
        or names_designation(rest, ref.title)
    ):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref
