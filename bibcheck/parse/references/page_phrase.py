"""A web page named inside the sentence that cites it.

Notes in Italian, Spanish, Portuguese, French and English often cite a page by saying what
it is and where it stands: "la scheda Il Lazzaretto di Milano sul sito del Comune, <url>",
"la ficha Castillo de Loarre en el sitio web del Gobierno de Aragón, <url>", "a página
Mosteiro da Batalha no sítio da DGPC", "la fiche Pont du Gard sur le site du
département", "the page Hadrian's Wall on the website of English Heritage".  The page's
title is the name between the kind of page and the site, not the sentence around it.
:func:`page_title` gives that name (None when the title is no such phrase).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import UPPER

__all__ = ["page_title"]

# the name: a capital, a digit or an opening quote first, then up to 200 characters
_NAME = rf"((?-i:[«“\"‘'{UPPER}\d])[^,;()]{{1,200}}?)"
_PHRASES = (
    # Italian: "la scheda / pagina / voce / sezione X sul (nel) sito (web) del Comune"
    r"(?:la\s|una\s)?(?:scheda|pagina|voce|sezione)\s(?:dedicata\s(?:a|al|alla|ai|agli)\s)?"
    + _NAME
    + r"\s(?:sul|nel)\s(?:sito|portale)(?:\sweb|\sinternet|\sufficiale)?(?:\s(?:del|della|dell['’]"
    r"|dei|degli|delle|di)\b.*)?",
    # Spanish: "la ficha / página / entrada X en el sitio (web) / portal de ..."
    r"(?:la\s|una\s)?(?:ficha|página|entrada|sección)\s"
    + _NAME
    + r"\s(?:en\sel|del)\s(?:sitio|portal|sitio\sweb|web)(?:\sweb|\soficial)?(?:\s(?:de|del)\b.*)?",
    # Portuguese: "a página / ficha / entrada X no sítio / site / portal da ..."
    r"(?:a\s|uma\s)?(?:página|ficha|entrada|secção|seção)\s"
    + _NAME
    + r"\s(?:no|do)\s(?:sítio|site|portal)(?:\s(?:d[oae]s?)\b.*)?",
    # French: "la fiche / page / notice / rubrique X sur le site (web) de ..."
    r"(?:la\s|une\s)?(?:fiche|page|notice|rubrique)\s"
    + _NAME
    + r"\s(?:sur\sle|du)\s(?:site|portail)(?:\sweb|\sinternet|\sofficiel)?"
    r"(?:\s(?:de|du|des|d['’])\b.*)?",
    # English: "the page / entry / record X on the website (site) of ..."
    r"(?:the\s|a\s)?(?:page|entry|record|section)\s"
    + _NAME
    + r"\s(?:on|at)\sthe\s(?:website|web\ssite|site|portal)(?:\sof\b.*)?",
)
_PHRASE = lazy_compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in _PHRASES) + r")\s*$", re.I)


def page_title(title: str) -> str | None:
    """The page's own name in ``title`` when it is a sentence naming a page on a site
    ("la scheda Il Lazzaretto di Milano sul sito del Comune" -> "Il Lazzaretto di
    Milano"), else None."""
    m = _PHRASE.match(" ".join(title.split()))
    if m is None:
        return None
    name = next(g for g in m.groups() if g is not None)
    return name.strip(" «»“”\"‘'") or None
