"""Czech and Slovak acts by their number in the Collection of Laws: a ``report``, titled
to the end of their name.

ČSN ISO 690 (and the Slovak STN ISO 690 that shares it) cites a statute, a government
decree or a ministry's regulation by its designation, its number in the Collection of
Laws and the year (``č. 89/2012``), the Collection's mark (Czech ``Sb.``, *Sbírka
zákonů*; ``Sb. m. s.``, its international treaties; Slovak ``Z. z.``, *Zbierka zákonov*,
and ``Zb.``, the Czechoslovak one before 1993), then the act's own name after a comma::

    Zákon č. 89/2012 Sb., občanský zákoník.
    Nařízení vlády č. 123/2005 Sb., o podmínkách … In: Sbírka zákonů. 2005, částka 30.
    Vyhláška Ministerstva zemědělství č. 12/2019 Sb., kterou se stanoví …
    Nariadenie vlády č. 56/2018 Z. z., ktorým sa ustanovujú …
    Zákon č. 311/2001 Z. z. Zákonník práce.

The title is the whole designation with its name (as the Collection prints it at the
act's head), to the sentence's end: the full stop before ``In:`` and the Collection, the
next element or the end (not one closing an abbreviation inside the name: ``zákona č.
12/2000 Sb.``); the amendments' statement (``, ve znění pozdějších předpisů``, Slovak ``,
v znení neskorších predpisov``) and a provision cited after a comma (``, § 3``, ``, čl.
2``) are no part of it.  The year is the number's.  Legislation is a ``report`` (corpus
conventions, tests/corpus/README.md "Kinds of sources that are not articles or books"),
also when ISO 690's ``In: Sbírka zákonů`` was read as a chapter's host.  The jurisdiction
ISO 690 may set first as the act's creator (``Česko.``, ``Slovensko.``) is read past.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.patterns import U

__all__ = ["collection_act", "collection_act_kind"]

# the jurisdiction ISO 690 heads an act with
_JURISDICTION = (
    r"(?:Česko|Česká\srepublika|ČESKO|ČESKÁ\sREPUBLIKA|Československo|ČESKOSLOVENSKO"
    r"|Slovensko|Slovenská\srepublika|SLOVENSKO|SLOVENSKÁ\sREPUBLIKA)\.\s"
)
# the act's designation: a statute, a constitutional act, a legal measure, a decree, a
# regulation, a notice, an order, a finding of the Constitutional Court (Czech, Slovak)
_DESIGNATION = (
    r"(?:[Úú]stavní\szákon|[Úú]stavný\szákon|[Zz]ákonné\sopatření|[Zz]ákon|[Zz]ák\."
    r"|[Nn]ařízení|[Nn]ariadenie|[Vv]yhláška|[Ss]dělení|[Oo]známení|[Oo]známenie"
    r"|[Dd]ekret|[Vv]ýnos|[Oo]patření|[Oo]patrenie|[Nn]ález|[Rr]ozhodnutí|[Rr]ozhodnutie)"
)
# the Collection's mark: Czech "Sb.", "Sb. m. s.", "Sb. z. a n."; Slovak "Z. z.", "Zb."
_MARK = r"(?:Sb\.(?:\sm\.\s?s\.|\sz\.\sa\sn\.)?|Z\.\s?z\.|Zb\.)"
_ACT = lazy_compile(
    rf"^(?:{_JURISDICTION})?(?P<head>{_DESIGNATION}"
    # the issuer between ("vlády", "vlády ČR", "Ministerstva zemědělství", "České národní
    # rady"): words with no digit or punctuation
    r"(?:\s[^\s\d,.;:()]{1,30}){0,5}?"
    rf"\sč\.\s?\d{{1,4}}/(?P<year>(?:1[89]|20)\d\d)\s{_MARK})(?![^\W\d_])"
)
# a ministry's decree or measure printed outside the Collection (in its ministry's journal,
# *Vestník*), by its date and its own number, its name after a comma opening with the
# relative pronoun: "Výnos MP SR z 5. mája 2004 č. 1200/2004-100, ktorým sa …", "Opatrenie
# MF SR z 8. júna 2011 č. MF/010/2011-74, ktorým sa …", Czech "Vyhláška MZe ze dne 3.
# května 2012 č. 12/2012, kterou se …"
_DATED_ACT = lazy_compile(
    rf"^(?:{_JURISDICTION})?(?P<head>{_DESIGNATION}"
    r"(?:\s[^\s\d,.;:()]{1,30}){0,6}?"
    r"(?:\s(?:z|zo|ze\sdne|z\sdňa)\s\d{1,2}\.\s?[^\W\d_]{3,10}\s(?:1[89]|20)\d\d)?"
    r"\sč\.\s?(?:[A-Z]{1,6}/)?\d{1,6}/(?P<year>(?:1[89]|20)\d\d)(?:-\d{1,4})?)"
    r"(?=,\s(?:ktorým|ktorou|ktorými|kterým|kterou|kterými)\s)"
)
# the name after the mark: after a comma, or (as Slovak writes it) after a space, a
# capitalised name or the word opening a subject ("o geodézii …", "ktorým sa …")
_NAME_START = lazy_compile(
    rf",\s(?=[^\W\d_])|\s(?=[{U}][^\s:]*\s|(?:o|ktorým|ktorou|kterým|kterou)\s)"
)
# where the name may end: a full stop (or the end); before the host, always
_STOP = lazy_compile(r"\.(?=\s|$)")
_HOST = lazy_compile(r"\.(?:\s(?:In|V):|$)")
# the words an abbreviation's full stop closes inside a name ("zákona č. 12/2000 Sb.", "tzv.")
_ABBREVIATIONS = frozenset(
    "č čl odst písm ods Sb Zb z Z m s n a tzv atd resp např mj zn ap".split()
)
# what follows the name, no part of it: the amendments, a provision
_TAIL = lazy_compile(
    r",?\s(?:ve\sznění|v\splatném\sznění|v\sznení|v\súplném\sznění)\s"
    r"|,\s(?:§|čl\.|odst\.|ods\.|písm\.)"
)
_MAX_NAME = 400
# the kinds an act may have been read as (a chapter: ISO 690's "In: Sbírka zákonů")
_RELABELLED = frozenset(
    {RefKind.UNKNOWN, RefKind.BOOK, RefKind.WEB, RefKind.COMMENTARY, RefKind.CHAPTER}
)
# the Collection named as a chapter's host
_COLLECTION = lazy_compile(r"\b(?:Sbírka|Sbírky|Zbierka|Zbierky)\szákon")


def collection_act(text: str) -> tuple[str, int] | None:
    """(the act's title, its year) when ``text`` opens with a Czech or Slovak act by its
    number in the Collection of Laws (see the module), or None."""
    flat = " ".join(text.replace("*", "").split())
    m = _ACT.match(flat) or _DATED_ACT.match(flat)
    if m is None:
        return None
    head = m.group("head")
    return head + _name(flat, m.end()), int(m.group("year"))


def _name(flat: str, end: int) -> str:
    """The act's name written after its mark at ``end`` of ``flat``, with what opens it
    (``", o …"``), or ``""``."""
    start = _NAME_START.match(flat, end)
    if start is None:
        return ""
    stop = len(flat)
    for found in _STOP.finditer(flat, start.end()):
        word = flat[: found.start()].rsplit(None, 1)[-1]
        if word.lstrip("(") in _ABBREVIATIONS and not _HOST.match(flat, found.start()):
            continue  # an abbreviation's full stop
        stop = found.start()
        break
    name = flat[end:stop]
    tail = _TAIL.search(name)
    if tail is not None:
        name = name[: tail.start()]
    name = name.rstrip(" ,")
    return "" if len(name) > _MAX_NAME or "In:" in name else name


def collection_act_kind(ref: Reference, text: str) -> Reference:
    """``ref`` (read from ``text``) titled and dated as the act it cites and a ``report``,
    when ``text`` opens with a Czech or Slovak act by its number in the Collection of
    Laws; as it is otherwise."""
    found = collection_act(text)
    if found is None:
        return ref
    if ref.kind not in _RELABELLED:
        return ref
    if ref.kind is RefKind.CHAPTER and ref.host and not _COLLECTION.search(ref.host):
        return ref  # (a commentary's chapter on the act)
    title, year = found
    return dataclasses.replace(ref, kind=RefKind.REPORT, title=title, year=year, year_raw=str(year))
