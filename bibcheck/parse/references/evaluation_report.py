"""An evaluation an agency, a fund, a programme or an NGO issues under its name: its
``report``.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles
or books) file an agency's, an NGO's or a council's own publication as a ``report``.  A title
that calls itself a report says so (:func:`.reportkind.titled_report`); an evaluation report
names itself by its head noun instead -- an assessment, an evaluation, an appraisal, a
baseline study, a situation analysis, a mid-term or final review
(:func:`.reportkind.evaluation_title`), the study such bodies commission of a programme or
a situation::

    Cyngor Chwaraeon Cymru. (2023). *Gwerthusiad o'r cynllun nofio am ddim*. <https://…>
    UNDP Kosova, *Uji në fshatrat e Kosovës: vlerësim i nevojave*, Prishtinë, 2019.
    Agence française de développement (2021). Évaluation du programme …. https://…

Such a work is a report when

* its one author is a body that commissions evaluations (:func:`commissioning_body`): an
  organisation by its words (:func:`.corporate.is_organisation`: an agency, a fund, a
  programme, a council, a ministry … in the languages of :mod:`.bodywords`, or an acronym
  alone) other than a university, a press, a company or a collective of a study's authors;
  or an organisation's acronym with the place of its country office, that place named in
  the title too (``UNICEF Shqipëri``, ``… në Shqipëri …``: a country office reports on its
  country, as a person whose family name is written in capitals, ``DUPONT Jean``, does not
  name himself in his title);
* it was read as a book or a web page, in no journal, volume or issue, with no ISBN, no
  edition and no press or publishing house as its publisher
  (:func:`.publicpublisher.publishing_house`).

A person's book so titled (``Smith, J. (2019). An assessment of rural schools. London:
Sage.``), a body's evaluation a press brings out, and a body's guide, survey series or
inventory (``Encuesta de población activa``, ``… : état des lieux``, ``Diagnostic … guide``:
no evaluation's head noun) stay books.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.publicpublisher import EDITION, publishing_house
from bibcheck.parse.references.reportkind import evaluation_title

__all__ = ["commissioning_body", "evaluated_by_body"]

_TAKEN = frozenset({RefKind.BOOK, RefKind.WEB})
_ISBN = lazy_compile(r"\bISBN\b")
# an organisation's acronym and the place of its country office: "UNDP Kosova", "UNICEF
# Shqipëri", "OSCE Serbia" (two to eight capitals, one capitalised word)
_ACRONYM_PLACE = lazy_compile(r"(?P<acronym>[A-Z]{2,8})\s(?P<place>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{3,30})")
# a body that writes or publishes books and articles rather than commissioning evaluations:
# a university or a college, a press or a publishing house, a company by its legal form, a
# collective of a study's authors ("… Collaborators", "… Study Group", "… Investigators")
_NO_COMMISSIONER = lazy_compile(
    r"(?<![^\W\d_])(?i:universi\w*|prifysgol|ollscoil|uniwersytet\w*|sveučilište|univerza"
    r"|yliopisto|college|hochschule|press|publish\w*|verlag|[ée]ditions?|ediciones|edizioni"
    r"|gwasg)(?![^\W\d_])"
    r"|\b(?:Inc|Ltd|LLC|GmbH|PLC|plc|Company|Collaborators?|Collaboration|Investigators"
    r"|Team|Developers|Contributors|Group|Consortium)\b"
)


def commissioning_body(name: str, title: str) -> bool:
    """Is ``name`` a body that commissions evaluations (see the module): an organisation
    (``Cyngor Chwaraeon Cymru``, ``UNICEF``, ``Agencia Vasca de Cooperación``) that is no
    university, press, company or authors' collective, or an acronym and a place named in
    ``title`` too (``UNDP Kosova`` of ``… në Kosovë …``: the place's first four letters open
    a word of the title, its inflections differing)?"""
    name = " ".join(name.split()).strip(" .,")
    if _NO_COMMISSIONER.search(name) is not None:
        return False
    if is_organisation(name):
        return True
    found = _ACRONYM_PLACE.fullmatch(name)
    if found is None or not is_organisation(found.group("acronym")):
        return False
    stem = found.group("place")[:4].casefold()
    return any(word.casefold().startswith(stem) for word in title.split())


def evaluated_by_body(ref: Reference) -> Reference:
    """``ref`` a ``report`` when a body that commissions evaluations issues an evaluation,
    an assessment or an appraisal under its name (see the module); otherwise unchanged."""
    if (
        ref.kind in _TAKEN
        and not (ref.host or ref.volume or ref.issue)
        and len(ref.authors) == 1
        and ref.title
        and evaluation_title(ref.title)
        and commissioning_body(ref.authors[0], ref.title)
        and _ISBN.search(ref.raw) is None
        and EDITION.search(ref.raw) is None
        and not publishing_house(ref.publisher)
    ):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref
