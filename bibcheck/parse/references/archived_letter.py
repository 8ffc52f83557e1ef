"""A letter cited where an archive keeps it: an unpublished document.

Museum, art-history and literary notes cite a letter by who wrote it to whom, its date and
the archive and reference it is kept under: ``Letter from Arthur Pelham to Dorothy Harwell,
3 March 1931, Museum Archive, HMT/CORR/1931/12.``, ``Lettre de Courbet à Bruyas, 3 mai
1854, Montpellier, Bibliothèque municipale, ms. 365.``, ``Brief von Clara Schumann an
Brahms, 12. Mai 1856, Staatsbibliothek zu Berlin, Nachlass Brahms 4.``, ``Lettera di Verdi
a Ricordi, 4 aprile 1871, Archivio Storico Ricordi, LLET000123.``.  Unpublished, the letter
is a document of ``unknown`` kind (tests/corpus/README.md files letters and archival
registers so), written by its writer, titled by its words up to the addressee; a parser
may have taken the archive or the museum for a body's report.  A letter printed in an
edition (``…, in *Correspondance* …``) is the edition's, and a writer named with an
honorific is :mod:`.letter_writer`'s.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.patterns import L, U

__all__ = ["archived_letter"]

_NAME = rf"[{U}][{L}{U}'’.-]*(?:\s(?:[{U}][{L}{U}'’.-]*|de|van|von|da|di|du|le|la)){{0,4}}"
_LETTER = lazy_compile(
    r"^(?P<head>(?:Letter|Postcard|Telegram|Lettre|Carte|Brief|Postkarte|Lettera|Cartolina"
    r"|Carta)\s(?:from|de|d['’]|von|di|van)\s?"
    rf"(?P<writer>{_NAME})\s(?:to|à|au|an|a|al|aan)\s[^,;()]{{2,80}}?),\s"
)
# where the letter is kept: an archive, a library, a museum, a collection of papers
_KEPT = lazy_compile(
    r"\b(?:archives?|archiv|archivio|archivo|archief|library|biblioth[eè]que|bibliothek"
    r"|staatsbibliothek|biblioteca|bibliotheek|museum|musée|museo|nachlass|fonds|papers"
    r"|collection|sammlung)\b",
    re.I,
)
# printed in an edition: "…, in *Correspondance* …", "…, in: …", "…, dans …"
_PRINTED = lazy_compile(r",\s(?:in:?|dans|en|abgedruckt\sin:?|printed\sin|repr\.\sin)\s")


def archived_letter(ref: Reference, text: str) -> Reference:
    """``ref`` as the archived letter ``text`` cites, when it cites one (see the module);
    otherwise unchanged."""
    plain = text.replace("*", "").strip()
    found = _LETTER.match(plain)
    if found is None or ref.kind is RefKind.UNKNOWN and ref.authors:
        return ref
    rest = plain[found.end() :]
    if not _KEPT.search(rest) or _PRINTED.search(plain):
        return ref
    return dataclasses.replace(
        ref,
        authors=(found.group("writer"),),
        title=found.group("head"),
        kind=RefKind.UNKNOWN,
        host=None,
        publisher=None,
    )
