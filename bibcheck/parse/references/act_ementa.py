"""A Portuguese-language act titled by its *ementa*, the designation heading the entry.

ABNT NBR 6023 (and the Vancouver lists of Brazilian journals) print a law or decree under
its jurisdiction as the entry's heading, then its designation (*epígrafe*), then after a full
stop its *ementa* -- the sentence saying what the act does, opening with a verb in the third
person -- then the gazette::

    BRASIL. Lei nº 8.123, de 3 de maio de 1995. Dispõe sobre a pesca artesanal. Diário
    Oficial da União, Brasília, DF, 4 maio 1995.
    PORTUGAL. Decreto-Lei n.º 12/2001, de 9 de março. Aprova o regime das marinas. …

The designation heads the entry as an Italian decree's does (``Decreto legislativo 4 giugno
2003, n. 138. Riordino …``, :mod:`.italian_notes`) and a standard's (the round-59 key
correction in tests/corpus/README.md): the title is the *ementa*.  An act with no *ementa*
printed (``BRASIL. Lei nº 11.947, de 16 de junho de 2009. Diário Oficial da União …``) keeps
its designation as its title, and so does one whose designation and *ementa* are joined by a
colon or a comma (``Lei n.º 107/2001, de 8 de setembro: Estabelece …``: one heading).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["ementa_titled"]

# a Portuguese act's designation, whole: its kind, its number, and its date perhaps ("Lei nº
# 9.615, de 24 de março de 1998", "Decreto-Lei n.º 12/2001, de 9 de março", "Portaria nº
# 1.377, de 9 de julho de 2013", "Lei Complementar nº 101/2000")
_DESIGNATION = lazy_compile(
    r"(?:Lei(?:\sComplementar)?|Decreto(?:-[Ll]ei|\s[Ll]egislativo|\sRegulamentar)?|Portaria"
    r"|Medida\sProvisória|Resolução|Instrução\sNormativa|Emenda\sConstitucional)"
    r"\s(?:n\.?\s?[º°o]\.?|nº|n\.|no\.)\s?\d[\d./-]{0,12}(?:\s\d{3})?"
    r"(?:,\s(?:de\s)?\d{1,2}º?\s(?:de\s)?[^\W\d_]{3,9}(?:\s(?:de\s)?(?:1[5-9]|20)\d\d)?)?"
)
# the *ementa* after the designation's full stop: a verb in the third person opens it ("Dispõe
# sobre", "Institui", "Estabelece", "Altera", "Aprova", …); it ends at the next full stop
# before a capital (the gazette, "Disponível em"), or at the entry's end
_EMENTA = lazy_compile(
    r"\.\s(?P<ementa>(?:Dispõe|Institui|Estabelece|Regula|Regulamenta|Altera|Aprova|Cria"
    r"|Define|Autoriza|Acrescenta|Acresce|Revoga|Denomina|Concede|Organiza|Reorganiza|Fixa"
    r"|Determina|Declara|Promulga|Proíbe|Consolida|Modifica|Extingue|Transforma|Inclui"
    r"|Prorroga|Disciplina|Estrutura|Atualiza|Suspende|Ratifica|Homologa|Reconhece|Assegura"
    r"|Garante|Torna|Dá|Abre|Converte)\s[^\n]{2,600}?)(?:\.\s(?=[A-ZÀ-Þ*_])|\.?\s*$)"
)


def ementa_titled(ref: Reference) -> Reference:
    """``ref`` titled by its act's *ementa* (see the module) when its title is a Portuguese
    act's designation, whole, and the entry prints the *ementa* after it and a full stop
    (``BRASIL. Lei nº 1.234, de 2 de maio de 2001. Institui o dia do atleta. …`` ->
    ``Institui o dia do atleta``); ``ref`` itself otherwise."""
    title = (ref.title or "").strip(" .*_")
    if not title or len(title) > 80 or _DESIGNATION.fullmatch(title) is None:
        return ref
    raw = " ".join(ref.raw.split())
    at = raw.find(title)
    if at < 0:
        return ref
    m = _EMENTA.match(raw, at + len(title))
    if m is None:
        return ref
    return dataclasses.replace(ref, title=m.group("ementa").strip(" *_"))
