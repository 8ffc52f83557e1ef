"""The kind of a BibTeX ``@manual`` and of a generic entry that cites a standard.

BibTeX has no entry type for a standard or a technical document; exports file them as
``@manual`` or ``@misc`` (Zotero and Better BibTeX write a standard as ``@misc`` with its
designation in ``number`` and ``howpublished = {International Standard}``).  The corpus
conventions (tests/corpus/README.md, "Kinds of sources") file standards, technical reports
and a manufacturer's or agency's manuals as ``report``; software cited by its manual page
online (R Core Team's ``@manual`` with its address) stays ``web``.  :func:`document_kind`
makes ``report``

* a body's ``@manual`` (no author, or an organisation as its author) with no address
  (``Arm Cortex-M4 Processor Technical Reference Manual`` by ``{{Arm Limited}}``,
  ``HEC-RAS User's Manual``), or one whose title calls it a manual, a handbook or a guide in
  the languages such titles are written in (``Reference Manual``, ``Handbuch``, ``Manuel
  d'utilisation``, ``Manual de usuario``, ``Manuale``, ``Podręcznik``, ``Руководство``); a
  person's guide to their software stays as read;
* a ``@misc``/``@online`` whose ``number`` opens with a standard's designation (``ISO
  26262-6:2018``, ``IEC 61508-3``, ``EN 1990``) or whose ``howpublished``/``type`` calls it a
  standard (``International Standard``, ``Norma``, ``Norm``, ``Standard``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.standard_designation import opens_with_designation

__all__ = ["document_kind"]

# a company's name by its legal form: "Arm Limited", "Nimbus GmbH", "Acme Inc."
_COMPANY = lazy_compile(
    r"\b(?:Limited|Ltd|Inc|Incorporated|Corporation|Corp|LLC|GmbH|AG|S\.?A|S\.?p\.?A|S\.?r\.?l"
    r"|B\.?V|N\.?V|Oy|AB|ASA|K\.?K|Co)\.?$"
)
_GENERIC = frozenset({"misc", "online", "electronic"})
# a manual, handbook or guide by its title's word
_MANUAL_TITLE = lazy_compile(
    r"\b(?:manual|handbook|user'?s?\s+guide|reference\s+guide|handbuch|benutzerhandbuch"
    r"|anleitung|manuel|guide\s+d['’]utilisation|manuale|podręcznik|instrukcja"
    r"|руководство|handleiding|käsikirja|håndbok|handbok)\b",
    re.I,
)
# "International Standard", "Norma UNE", "Norm", "Standard", "Norme"
_STANDARD_WORD = lazy_compile(
    r"^(?:(?:International|European|National|British)\s+)?(?:Standard|Norm[ae]?)\b", re.I
)


def _field(fields: Mapping[str, str], name: str) -> str:
    value = fields.get(name)
    return value.strip() if isinstance(value, str) else ""


def _issued_by_body(fields: Mapping[str, str]) -> bool:
    """Is the entry a body's (no author, or an organisation as its author: ``{{Arm
    Limited}}``, the author named again as ``organization``/``institution``)?"""
    author = _field(fields, "author")
    if not author:
        return True
    body = _field(fields, "organization") or _field(fields, "institution")
    return (
        is_organisation(author)
        or _COMPANY.search(author) is not None
        or author.casefold() == body.casefold()
    )


def document_kind(entry_type: str, fields: Mapping[str, str], kind: RefKind) -> RefKind:
    """``report`` for a manual or a generic entry citing a standard (see the module), else
    ``kind``; only an entry read as ``unknown`` or ``web`` is considered."""
    if kind not in (RefKind.UNKNOWN, RefKind.WEB):
        return kind
    if entry_type == "manual":
        if not _issued_by_body(fields):
            return kind  # (a person's guide to their software: as read)
        addressed = bool(_field(fields, "url"))
        if not addressed or _MANUAL_TITLE.search(_field(fields, "title")):
            return RefKind.REPORT
        return kind
    if entry_type not in _GENERIC:
        return kind
    if opens_with_designation(_field(fields, "number") or None):
        return RefKind.REPORT
    said = _field(fields, "howpublished") or _field(fields, "type")
    return RefKind.REPORT if said and _STANDARD_WORD.match(said) else kind
