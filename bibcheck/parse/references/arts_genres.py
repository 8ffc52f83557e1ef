"""The genre an art-history or museum note names right after a work's title.

Notes in art history and museum writing say what a work is as the element after its
title: a catalogue (``*Title*, exh. cat. (London: …, 2020)``, ``*Title*, sale cat., London,
Christie's, 12 May 1931, lot 214``, ``*Titre*, cat. exp., Paris, …``, ``*Titel*,
Ausst.-Kat. …``, ``*Titolo*, catalogo della mostra, …``, ``*Título*, cat. exp., …``,
``*Titel*, tent. cat., …``) is a book, an exhibition's or a sale's, whatever a parser made
of the rest (a "journal" called ``sale cat., London``); a museum's conservation, condition
or technical report (``“Title,” conservation report CR-2022-031, Museum, 2022``,
``« Titre », rapport de restauration, …``, ``„Titel“, Restaurierungsbericht, …``) is a
report, not an article in a journal of that name.  :func:`arts_genre` gives the kind; a
chapter (a contribution *in* a catalogue) keeps its own.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.title_end import after_title

__all__ = ["arts_genre"]

# a catalogue, an exhibition's or a sale's, abbreviated or written out, in the languages
# art history writes in
_CATALOGUE = (
    r"(?:exh(?:ib)?\.\s?cat|sale\scat|auction\scat|cat\.\s(?:exp|expo|d['’]exp|de\svente|mostra)"
    r"|Ausst\.-?\s?Kat|Auktionskat|Verst\.-?\s?Kat|tent\.\s?cat|cat\.\s?tent)\."
    r"|(?:exhibition|sale|auction)\scatalog(?:ue)?|catalogue\s(?:d['’]exposition|de\svente)"
    r"|Ausstellungskatalog|Auktionskatalog|Versteigerungskatalog|catalogo\s(?:della\smostra|d['’]asta)"
    r"|cat[áa]logo\sde\s(?:la\sexposici[óo]n|subasta)|tentoonstellingscatalogus|veilingcatalogus"
)
# a museum's report on an object: its conservation, treatment, condition, technical study
_REPORT = (
    r"(?:conservation|condition|treatment|technical|examination|restoration)\sreport"
    r"|rapport\s(?:de\srestauration|d['’]intervention|d['’]examen|de\sconstat)"
    r"|(?:Restaurierungs|Zustands|Untersuchungs)bericht"
    r"|relazione\s(?:di\srestauro|tecnica)|informe\s(?:de\srestauraci[óo]n|t[ée]cnico)"
    r"|restauratieverslag|conditierapport"
)
# the genre as the first element after the title (its closing mark and comma before it)
_AFTER = r"^[\s*_”\"’»“,]*(?:{genre})(?=[\s,.;:()]|$)"
_CATALOGUE_AFTER = lazy_compile(_AFTER.format(genre=_CATALOGUE), re.I)
_REPORT_AFTER = lazy_compile(_AFTER.format(genre=_REPORT), re.I)
_TO_BOOK = (RefKind.UNKNOWN, RefKind.ARTICLE, RefKind.REPORT, RefKind.WEB)
_TO_REPORT = (RefKind.UNKNOWN, RefKind.ARTICLE, RefKind.BOOK, RefKind.WEB)


def arts_genre(ref: Reference) -> Reference:
    """``ref`` as a book when the element after its title names it a catalogue, as a
    report when it names it a museum's report on an object (see the module); otherwise
    unchanged."""
    if not ref.title:
        return ref
    # (an italic word inside the title, "Ramie *Katabira*", read without its marks)
    after = after_title(ref.raw, ref.title) or after_title(ref.raw.replace("*", ""), ref.title)
    if after is None:
        return ref
    if ref.kind in _TO_BOOK and _CATALOGUE_AFTER.match(after):
        return dataclasses.replace(ref, kind=RefKind.BOOK, host=None)
    if ref.kind in _TO_REPORT and _REPORT_AFTER.match(after):
        return dataclasses.replace(ref, kind=RefKind.REPORT, host=None)
    return ref
