"""A body's internal document is a report.

Notes and lists cite an organisation's own unpublished papers -- a hospital's protocol, a
company's procedure, a lab's standard operating procedure, an agency's internal memo -- by
the body, the title and a word that says the document is internal: ``Hospital Universitario
de Valdemora, *Protocolo de circulación de equipos móviles*, rev. 3, 2023 (documento
interno).``, ``Acme Robotics, *Battery handling procedure*, internal document, 2022.``,
``(document interne)``, ``(internes Dokument)``, ``(documento interno)`` (Italian,
Portuguese), ``(dokument wewnętrzny)``, ``(interne notitie)``, ``(intern rapport)``.  The
corpus conventions (tests/heldout51/README.md: "an internal hospital protocol cited in a
footnote ``report``"; tests/corpus/README.md: a body's publications ``report``) make such a
document a report; a parser that reads a title and nothing it knows leaves it ``unknown``
(or a book, for the emphasised title).  :func:`internal_report` makes it a report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["internal_report"]

# the words for "internal document" (report, memo, note, procedure) as a note writes them
_INTERNAL = lazy_compile(
    r"(?:^|[\s(\[,;.])(?:"
    r"internal\s(?:document|report|memo(?:randum)?|note|procedure|protocol|guideline)"
    r"|documento\sinterno|informe\sinterno|relatório\sinterno|relazione\sinterna"
    r"|document\sinterne|rapport\sinterne|note\sinterne"
    r"|internes\s(?:Dokument|Papier|Memo)|interner\sBericht|interne\s(?:Richtlinie|Mitteilung)"
    r"|dokument\swewnętrzny|intern\s(?:rapport|dokument|notat)|interne\s(?:notitie|nota)"
    r"|sisäinen\s(?:asiakirja|raportti)"
    r")(?=$|[\s)\],;.])",
    re.I,
)
# the kinds a parser gives such a document when it reads nothing it knows
_TAKEN = (RefKind.UNKNOWN, RefKind.BOOK, RefKind.WEB)


def internal_report(ref: Reference) -> Reference:
    """``ref`` as a report when it says it is a body's internal document; else unchanged."""
    if ref.kind not in _TAKEN or not ref.title:
        return ref
    raw, title = " ".join(ref.raw.split()), " ".join(ref.title.split())
    at = raw.find(title)
    after = raw[at + len(title) :] if at >= 0 else raw
    return replace(ref, kind=RefKind.REPORT) if _INTERNAL.search(after) else ref
