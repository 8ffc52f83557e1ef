"""An intergovernmental panel's or an agency's report, read as a book: its ``report``.

Intergovernmental panels, programmes and agencies publish their assessments under the body's
name, often through a university press, and the title names the genre::

    Intergovernmental Panel on Forests. (2020). Special report on boreal peat fires.
        Cambridge University Press.
    UNEP. (2021). Global assessment report on coastal wetlands. UNEP Secretariat.
    WMO. (2016). 2015 supplement to the 2010 WMO guidelines for river gauging. WMO.

An APA parser reads author, title and publisher as a book; the corpus conventions
(``tests/corpus/README.md``) file what a body issues as its ``report``.  :func:`panel_report`
says so when

* the work was read as a book or of no kind, with no host, volume, issue, ISBN or later
  edition;
* its only author is a body of that kind: a bare acronym of capitals (``UNEP``, ``IPBES``)
  or a name holding an intergovernmental body's word (``Intergovernmental``, ``Panel``,
  ``Programme``, ``Agency``, ``United Nations``, ``Organization``, ``Secretariat``);
* and its title says it is a report: a report word anywhere in it (``Special report on …``,
  ``… assessment report …``, ``Sachstandsbericht``, ``rapport spécial``), or the body's own
  acronym naming its guidelines, assessment or report (``… the 2010 WMO guidelines for …``).

A person's book, a body's book whose title names no report (``Climate change 2021: The
physical science basis``), and a journal's article are left as they are.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["panel_report"]

_TAKEN = frozenset({RefKind.BOOK, RefKind.UNKNOWN})
# a body named by its acronym alone: two to eight capitals
_ACRONYM = lazy_compile(r"^[A-Z]{2,8}$")
# a body's name holding an intergovernmental panel's, programme's or agency's word
_BODY_WORD = lazy_compile(
    r"\b(?:Intergovernmental|Inter-governmental|Panel|Programme|Agency|United\sNations"
    r"|Organi[sz]ation|Secretariat|Platform)\b"
)
# a report's word in the title, in the languages such bodies publish in
_REPORT_WORD = lazy_compile(
    r"(?<![^\W\d_])(?:reports?|rapports?|informe|relatório|raport|rapporto|bericht)(?![^\W\d_])"
    r"|[^\W\d_]{4,}bericht(?![^\W\d_])",
    re.IGNORECASE,
)
_ISBN = lazy_compile(r"\bISBN\b")
_EDITION = lazy_compile(r"\b\d{1,2}(?:st|nd|rd|th|e|\.)?\s?(?:ed|edn|edition|Aufl|éd)\b")
# the genres a body names by its acronym in its own title: "the 2006 WMO guidelines"
_OWN_GENRE = r"\s(?:[\w-]+\s)?(?:guidelines|assessment|report|methodology)\b"


def _panel(name: str) -> bool:
    name = " ".join(name.split()).strip(" .,")
    return _ACRONYM.match(name) is not None or _BODY_WORD.search(name) is not None


def panel_report(ref: Reference) -> Reference:
    """``ref`` a ``report`` when an intergovernmental panel or an agency alone issued it and
    its title says it is a report (see the module); otherwise unchanged."""
    if (
        ref.kind not in _TAKEN
        or ref.host
        or ref.volume
        or ref.issue
        or not ref.title
        or len(ref.authors) != 1
        or not _panel(ref.authors[0])
        or _ISBN.search(ref.raw or "")
        or _EDITION.search(ref.raw or "")
    ):
        return ref
    body = " ".join(ref.authors[0].split()).strip(" .,")
    title = " ".join(ref.title.split())
    own = _ACRONYM.match(body) is not None and (
        re.search(rf"\b{re.escape(body)}{_OWN_GENRE}", title, re.IGNORECASE) is not None
    )
    if _REPORT_WORD.search(title) is None and not own:
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
