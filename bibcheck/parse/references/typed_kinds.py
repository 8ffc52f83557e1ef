"""The kinds of legal, archival and interview sources in typed entries: CSL-JSON items, BibTeX
and biblatex entries, MediaWiki citation templates.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles or
books) file legislation, case law, treaties and parliamentary records as ``report``, a file in
an archive as ``unknown``, an interview the author held as ``commentary``.  Typed entries say
so by their type, or by fields a generic type carries:

* CSL's ``legal_case``, ``legislation``, ``bill``, ``hearing``, ``treaty``, ``regulation``:
  ``report``; ``interview`` and ``personal_communication`` with no container or publisher:
  ``commentary`` (a published interview is the kind of where it appeared); a ``manuscript``,
  ``document`` or ``letter`` with ``archive`` or ``archive_location``: ``unknown`` (a file in
  an archive, no book);
* biblatex's ``@commentary`` (jurabib, biblatex-juradiss: a law commentary) is a ``book``; an
  untyped ``@misc``/``@unpublished`` whose title or ``howpublished`` cites a legal source
  (``Ley 52/2007, de …``, ``Sentencia 101/2012, de 27 de febrero`` with ``howpublished =
  {Tribunal Supremo, … ECLI:…}``) or names its entry into force (``howpublished = {Adopted
  12 December 2015, entered into force 4 November 2016}``: a treaty) is a ``report``, one
  titled as an interview the author held (``Entrevista realizada por la autora``)
  ``commentary``, one with an ``archive`` field ``unknown``;
* MediaWiki's ``{{cite court}}``, ``{{cite legislation}}``, ``{{cite Hansard}}``, ``{{cite
  act}}`` and their kin: ``report``; ``{{cite court}}`` names its case by ``litigants=``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.data_deposit import deposit_kind
from bibcheck.parse.references.legal_kind import legal_source
from bibcheck.parse.references.official_body import official_document
from bibcheck.parse.references.treaty_title import treaty_maker, treaty_titled
from bibcheck.parse.references.typed_legal import legal_entry
from bibcheck.parse.references.unpublished_kind import author_interview

__all__ = ["LEGAL_TEMPLATES", "bibtex_kind", "csl_kind", "template_kind"]

_CSL_LEGAL = frozenset({"legal_case", "legislation", "bill", "hearing", "treaty", "regulation"})
_CSL_SPOKEN = frozenset({"interview", "personal_communication"})
_CSL_ARCHIVED = frozenset({"manuscript", "document", "letter"})
# the CSL types a body's document of no published kind is filed under
_CSL_GENERIC = frozenset({"document", "webpage", "article", "manuscript", "pamphlet"})

# the MediaWiki templates citing a court's decision, an act or a parliament's record
LEGAL_TEMPLATES = frozenset(
    {
        "cite court", "cite case", "cite legislation", "cite uk legislation",
        "cite legislation au", "cite act", "cite statute", "cite us code", "cite usc",
        "cite hansard", "cite treaty", "cite bill", "cite congress", "cite parliament",
        "cite parliamentary debate", "cite federal register", "cite cfr",
    }
)  # fmt: skip

# the generic biblatex/BibTeX types an entry of no published kind is filed under
_GENERIC = frozenset({"misc", "unpublished", "manuscript", "letter", "online", "electronic"})


# a treaty's or an act's entry into force, in the languages such entries are written in
_IN_FORCE = lazy_compile(
    r"\b(?:entered\sinto\sforce|entry\sinto\sforce|in\sKraft\sgetreten|Inkrafttreten"
    r"|entr[ée]e?\sen\svigueur|entrada\sen\svigor|entrata\sin\svigore|in\swerking\sgetreden"
    r"|inwerkingtreding|trädde\si\skraft|trådte\si\skraft)\b",
    re.IGNORECASE,
)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def csl_kind(item: Mapping[str, Any], kind: RefKind) -> RefKind:
    """The kind of a CSL item by its type and archival fields (see the module), else
    ``kind``."""
    item_type = str(item.get("type", "")).lower()
    if item_type in _CSL_LEGAL:
        return RefKind.REPORT
    published = any(_text(item.get(n)) for n in ("container-title", "publisher", "URL"))
    if item_type in _CSL_SPOKEN and not published:
        return RefKind.COMMENTARY
    archived = any(_text(item.get(n)) for n in ("archive", "archive_location", "archive-place"))
    if item_type in _CSL_ARCHIVED and archived and not _text(item.get("publisher")):
        return RefKind.UNKNOWN
    if (
        kind in (RefKind.UNKNOWN, RefKind.WEB)
        and item_type in _CSL_GENERIC
        and not any(_text(item.get(n)) for n in ("container-title", "publisher"))
        and official_document(_csl_bodies(item.get("author")), _text(item.get("title")))
    ):
        return RefKind.REPORT  # a body's official document (:mod:`.official_body`)
    if (
        kind in (RefKind.UNKNOWN, RefKind.WEB)
        and item_type in _CSL_GENERIC
        and not any(_text(item.get(n)) for n in ("container-title", "publisher"))
        and legal_entry(
            _text(item.get("title")),
            _csl_year(item.get("issued")),
            [_text(item.get("note")), _text(item.get("number"))],
            _csl_bodies(item.get("author")),
        )
    ):
        # (a case, a statute, a treaty filed as a generic document: :mod:`.typed_legal`)
        return RefKind.REPORT
    if item_type == "document" and not _text(item.get("container-title")):
        # (a data set deposited in a data archive, filed as a generic document -- a
        # Hayagriva ``misc`` -- "…: Integrated Dataset", GESIS: :mod:`.data_deposit`)
        fields = {
            "title": _text(item.get("title")),
            "publisher": _text(item.get("publisher")),
            "url": _text(item.get("URL")),
            "doi": _text(item.get("DOI")),
        }
        return deposit_kind("misc", fields, kind)
    return kind


def _csl_year(issued: object) -> str:
    """The year of a CSL date (``{"date-parts": [[1954, 5, 17]]}``, ``{"raw": "1954"}``)."""
    if not isinstance(issued, dict):
        return ""
    parts = issued.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        return str(parts[0][0])
    return _text(issued.get("raw"))[:4]


def _csl_bodies(names: object) -> list[str]:
    """The names of a CSL name list as written: a ``literal`` whole, a person ``Family,
    Given`` (which no body is)."""
    if not isinstance(names, list):
        return []
    found: list[str] = []
    for name in names:
        if not isinstance(name, dict):
            continue
        literal, family, given = (_text(name.get(k)) for k in ("literal", "family", "given"))
        found.append(literal or (f"{family}, {given}" if given else family))
    return found


def bibtex_kind(entry_type: str, fields: Mapping[str, str], kind: RefKind) -> RefKind:
    """The kind of a BibTeX/biblatex entry by its type and fields (see the module), else
    ``kind``."""
    if entry_type == "commentary":
        return RefKind.BOOK
    if entry_type not in _GENERIC or kind not in (RefKind.UNKNOWN, RefKind.WEB):
        return kind
    if any(_text(fields.get(n)) for n in ("journal", "journaltitle", "booktitle", "publisher")):
        return kind
    title = _text(fields.get("title"))
    if title and author_interview(title) and kind is RefKind.UNKNOWN:
        return RefKind.COMMENTARY
    if _text(fields.get("archive")) or _text(fields.get("archivelocation")):
        return RefKind.UNKNOWN
    where = _text(fields.get("howpublished")) or _text(fields.get("note"))
    if (title and legal_source(title)) or (where and legal_source(where)):
        return RefKind.REPORT
    if where and _IN_FORCE.search(where):
        # ("title = {Paris Agreement}, howpublished = {Adopted 12 December 2015, entered into
        # force 4 November 2016}": a treaty, by its entry into force)
        return RefKind.REPORT
    # ("author = {{Concílio Vaticano II}}, title = {Constituição pastoral …}": a body's
    # official document, :mod:`.official_body`)
    authors = re.split(r"\s+and\s+", _text(fields.get("author")))
    if (
        title
        and treaty_titled(title.replace("{", "").replace("}", ""))
        and all(treaty_maker(a.replace("{", "").replace("}", "")) for a in authors if a)
    ):
        # ("title = {General Framework Agreement for Peace …, Annex 8: …}", "title = {Opći
        # okvirni sporazum za mir …}", no author or a body's: a treaty, :mod:`.treaty_title`)
        return RefKind.REPORT
    if official_document(authors, title):
        return RefKind.REPORT
    places = [_text(fields.get(n)) for n in ("howpublished", "note")]
    year = _text(fields.get("year")) or _text(fields.get("date"))[:4]
    if title and legal_entry(title, year, places, [a for a in authors if a]):
        # ("title = {Brown v. Board of Education}, howpublished = {347 U.S. 483}", "title =
        # {Land Use Act}, year = {1978}": a case, a statute, a treaty: :mod:`.typed_legal`)
        return RefKind.REPORT
    return kind


def template_kind(name: str, kind: RefKind) -> RefKind:
    """The kind of a MediaWiki citation template named ``name`` (lower case): a ``report``
    when it cites a decision, an act or a parliament's record, else ``kind``."""
    return RefKind.REPORT if name in LEGAL_TEMPLATES else kind
