"""An act listed after the state and the body that issued it, as Vancouver and ABNT lists
of Portuguese and Spanish write legislation::

    Brasil. Ministério da Saúde. Portaria nº 529, de 1º de abril de 2013. Institui o …
    BRASIL. Lei nº 8.080, de 19 de setembro de 1990. Dispõe sobre …
    España. Real Decreto 463/2020, de 14 de marzo. Boletín Oficial del Estado. …

The act's designation and number, after one to three short sentences naming the state and
its body, make the entry legislation (a ``report``, as lists of literature key statutes),
titled by its designation.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.legal_words import STATUTES

__all__ = ["prefixed_act"]

# the acts of the Portuguese- and Spanish-speaking states the shared list
# (:data:`.legal_words.STATUTES`) does not name: a Portuguese resolution, a normative
# instruction, a provisional measure, an amendment, a supreme decree, an agreement
_MORE_ACTS = (
    r"Resolu[çc][ãa]o|Instru[çc][ãa]o\sNormativa|Medida\sProvis[óo]ria"
    r"|Emenda\sConstitucional|Decreto\sSupremo|Acuerdo"
)
_PREFIXED = lazy_compile(
    r"^(?:[^\W\d_][^.;:\d]{1,60}\.\s){1,3}"
    rf"(?P<act>(?:{STATUTES}|{_MORE_ACTS})\s(?:[A-Z]{{2,4}}\s)?(?:n(?:[º°o]|\.º|úm\.?)\.?\s?)?"
    r"\d[\d./-]*(?:,?\s(?:de|del|du)\s[^.;]{3,40}?(?:1[89]|20)\d\d)?)\."
)


def prefixed_act(ref: Reference, text: str) -> Reference:
    """``ref`` as the act its entry lists after the state and body that issued it, when
    it was read as nothing else."""
    if ref.kind is not RefKind.UNKNOWN:
        return ref
    m = _PREFIXED.match(text.strip())
    if m is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT, title=m.group("act"))
