"""The kind of a paper by the proceedings or journal named after its title, in the shapes
:mod:`.proceedings` and :mod:`.venues` do not read.

A paper in a conference's proceedings is a chapter (tests/corpus/README.md, "Kinds of
sources").  Besides "In *Proceedings of …*" and a well-known conference by its acronym,
lists name the proceedings

* by the series volume they fill: ``SSS 2011, LNCS 6976, pp. 386–400``, ``Lecture Notes in
  Computer Science, vol. 4242``, ``LNAI 9876``, ``PMLR 70``, ``LIPIcs 123``, ``CEUR
  Workshop Proceedings, vol. 2345``, ``CEUR-WS 3121``, ``CCIS 1234``, ``EPTCS 12``;
* by a venue's name and its year shortened with an apostrophe, as ACM writes its
  conferences: ``PaPoC '19``, ``SIGCOMM ’17``, ``EuroSys '24`` (a journal is never so
  dated);
* in Korean, Japanese and Chinese by the word for a meeting's proceedings in the host's
  brackets or after the title: ``『2023년 한국통신학회 하계종합학술발표회 논문집』``,
  ``학술대회 논문집``, ``講演論文集``, ``予稿集``, ``会议论文集``, ``會議論文集``.

Such a paper read as an article, a book, a web page, a report or nothing becomes a chapter.
A journal of the ACM or another society named "Proceedings" in the abbreviated form with a
volume (``Proc. ACM Hum.-Comput. Interact. 6, CSCW2``, ``Proc. ACM Program. Lang. 4``,
``Proc. VLDB Endow. 14``, ``Proc. Natl. Acad. Sci. 117``) is a journal: an entry read as
nothing (``unknown``), or as a paper at the conference its issue is named after (``POPL``),
with it is an article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.title_end import after_title
from bibcheck.parse.references.venues import venue_start

__all__ = ["proceedings_kind"]

# the kinds a parser may have given a paper in proceedings read with no host
_TAKEN = (RefKind.ARTICLE, RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB, RefKind.REPORT)
# a proceedings series and the volume of it
_SERIES = lazy_compile(
    r"(?<![\w-])(?:LNCS|LNAI|LNBI|LNBIP|LNNS|LNEE|LNICST|CCIS|LIPIcs|PMLR|EPTCS|CEUR-WS"
    r"|Lecture\sNotes\sin\s(?:Computer\sScience|Artificial\sIntelligence|Bioinformatics"
    r"|Business\sInformation\sProcessing|Networks\sand\sSystems|Electrical\sEngineering)"
    r"|CEUR\sWorkshop\sProceedings|Proceedings\sof\sMachine\sLearning\sResearch)"
    r",?\s(?:[Vv]ol(?:ume|\.)?\s?)?\d{1,5}(?!\d)"
)
# a venue dated with an apostrophe: a name with two or more capitals, "'19"
_DATED_VENUE = lazy_compile(
    r"(?:^|[\s(*_])(?=[A-Z]\w*[A-Z])[A-Za-z][\w-]{1,15}!?\s?['’]\d\d(?![\w'’])"
)
# a venue whose name ends in "!" and its year: "Onward! 2019", "Onward! '19" (one capital:
# the exclamation mark marks the name)
_EXCLAIMED_VENUE = lazy_compile(
    r"(?:^|(?<=[\s(*_]))[A-Z][\w-]{1,20}!\s?(?:(?:19|20)\d\d|['’]\d\d)(?![\w'’])"
)
# the word for a meeting's proceedings in Korean, Japanese and Chinese
_CJK_PROCEEDINGS = lazy_compile(
    r"(?:학술대회|학술발표회|학술발표대회|학술회의|심포지엄|워크숍|컨퍼런스)[^』》」,]{0,12}?(?:논문집|발표논문집|자료집)"
    r"|講演論文集|講演予稿集|予稿集|発表論文集|会议论文集|會議論文集|研讨会论文集|研討會論文集"
)
# a journal called proceedings in its abbreviated form: "Proc.", then abbreviated words (a
# society's acronym among them, not SPIE's proceedings series), then a volume (no
# conference or meeting abbreviated in it)
_ABBREVIATED_JOURNAL = lazy_compile(
    r"[\"”’]?\s*+[*_]{0,2}Proc\.\s(?!SPIE\b)(?:(?:[A-Z]{2,6}|(?!(?:Conf|Symp|Congr|Meet|Workshop|Int|Annu)\.)"
    r"[A-Z][\w-]*\.(?:-[A-Z][\w-]*\.)?),?\s){1,6}[*_]{0,2},?\s?(?:[Vv]ol\.\s?)?\d{1,3}(?![\d.])"
)


def _after_title(ref: Reference) -> str | None:
    """The entry's text after its title, spaces made one; None when the title is not found."""
    if not ref.title:
        return None
    return after_title(ref.raw, ref.title)


def proceedings_kind(ref: Reference) -> Reference:
    """``ref`` as a chapter when the text after its title names proceedings by a series
    volume, an apostrophe-dated venue or a CJK proceedings word; as an article when, read as
    nothing or a chapter, it is in a journal called "Proc." with a volume; otherwise
    unchanged."""
    after = _after_title(ref)
    if after is None:
        return ref
    if _ABBREVIATED_JOURNAL.match(after, venue_start(after)):
        # (a venue rule may have read the acronym in "Proc. ACM Program. Lang. 4, POPL")
        kind = RefKind.ARTICLE if ref.kind in (RefKind.UNKNOWN, RefKind.CHAPTER) else ref.kind
        return replace(ref, kind=kind)
    if ref.kind not in _TAKEN:
        return ref
    exclaimed = _EXCLAIMED_VENUE.match(after, venue_start(after))
    if (
        exclaimed is not None
        and ref.host is None
        and re.match(r"[.,]?\s*$", after[exclaimed.end() :])
    ):
        # ("Title. Onward! 2019.": the venue is the host)
        return replace(ref, kind=RefKind.CHAPTER, host=exclaimed.group(0))
    if (
        _SERIES.search(after)
        or _DATED_VENUE.search(after)
        or _EXCLAIMED_VENUE.search(after)
        or _CJK_PROCEEDINGS.search(after)
    ):
        return replace(ref, kind=RefKind.CHAPTER)
    return ref
