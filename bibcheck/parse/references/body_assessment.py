"""An assessment, an evaluation, a review or a survey an organisation publishes: its
``report``.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles
or books) file an agency's, an NGO's or a council's own publication as a ``report``.  A title
that calls itself a report says so (:func:`.reportkind.titled_report`); one whose head noun
is a study of a situation or a programme -- an assessment, an evaluation, a review, a
survey, a baseline study (:func:`.reportkind.assessment_title`) -- does so too when a body
wrote it::

    Cyngor Cefn Gwlad Cymru. (2021). *Arolwg o neuaddau pentref Powys*. <https://…>
    UNDP Kosova, *Uji në fshat: vlerësim i nevojave*, Prishtinë, 2019.
    Arts Council of Wales. (2020). Review of touring theatre in Wales. https://…

Such a work is a report when

* its one author is a body: an organisation by its words (:func:`.corporate.is_organisation`:
  a council, a fund, an agency, an office … in the languages of :mod:`.bodywords`, or an
  acronym alone), or an acronym with the place whose office it is, that place named in the
  title too (``UNDP Kosova``, ``… në Kosovë …``: an organisation's country office reports on
  its country, as a person whose family name is written in capitals, ``DUPONT Jean``, does
  not name himself in his title);
* it was read as a book or a web page, in no journal, volume or issue, with no ISBN and no
  press's imprint as its publisher.

A person's book so titled (``Smith, J. (2019). Evaluation of social programmes. London:
Sage.``) stays a book.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.reportkind import assessment_title
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["assessed_report", "issuing_body"]

_ISBN = lazy_compile(r"\bISBN\b")
# an organisation's acronym and the place of its office: "UNDP Kosova", "UNICEF Shqipëri",
# "OSCE Serbia" (two to eight capitals, one capitalised word)
_ACRONYM_PLACE = lazy_compile(r"(?P<acronym>[A-Z]{2,8})\s(?P<place>[A-ZÀ-Þ][a-zß-ÿ]{3,30})")


def issuing_body(name: str, title: str) -> bool:
    """Is ``name`` a body's: an organisation (:func:`.corporate.is_organisation`), or an
    acronym and a place named in ``title`` too (``UNDP Kosova`` of ``… në Kosovë …``; the
    place's first four letters open a word of the title, its inflections differing)?"""
    name = " ".join(name.split()).strip(" .,")
    if is_organisation(name):
        return True
    found = _ACRONYM_PLACE.fullmatch(name)
    if found is None:
        return False
    stem = found.group("place")[:4].casefold()
    return any(word.casefold().startswith(stem) for word in title.split())


def assessed_report(ref: Reference) -> Reference:
    """``ref`` a ``report`` when a body issues an assessment, an evaluation, a review or a
    survey under its name (see the module)."""
    if (
        ref.kind in (RefKind.BOOK, RefKind.WEB)
        and not (ref.host or ref.volume or ref.issue)
        and len(ref.authors) == 1
        and ref.title
        and assessment_title(ref.title)
        and issuing_body(ref.authors[0], ref.title)
        and _ISBN.search(ref.raw) is None
        and not (ref.publisher and has_publisher_word(ref.publisher))
    ):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref
