"""A table's or a figure's source line, its author-date mentions without parentheses:
``Bron: Jansen & De Vries 2021.``, ``Source: Smith et al. 2019; Lee 2020, 45.``, ``Quelle:
Müller 2018.``, ``Kilde: Hansen og Berg 2004.``, ``Källa: Lind 2015.``

Under a table or a figure, journals of every language print where its data come from on a
line of its own: a source word and a colon, then the works as an author-date list prints its
citations, their parentheses left out (the line is a citation whole).  The source words:
English ``Source(s)``, Dutch ``Bron(nen)``, German ``Quelle(n)``, Danish and Norwegian
``Kilde(r)``, Nynorsk ``Kjelde``, Swedish ``Källa``/``Källor``, Spanish ``Fuente(s)``,
Portuguese and Italian ``Fonte(s)``, Finnish ``Lähde``/``Lähteet``, Polish ``Źródło``, Czech
and Slovak ``Zdroj``, Hungarian ``Forrás``.

:func:`source_mentions` gives the mentions as :data:`bibcheck.readers.authoryear.AUTHOR_YEAR`
matches do (a ``name``, perhaps a ``joined`` second name, the year in ``y2``), each right
after the source word's colon or after the ``;`` or ``,`` that parts it from the one before;
the entry each names is looked up as any mention's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND, ET_AL
from bibcheck.parse.references.patterns import U
from bibcheck.readers.citenames import UNDATED

__all__ = ["source_mentions"]

_WORDS = (
    r"(?:Sources?|Bron(?:nen)?|Quellen?|Kilder?|Kjelde|Källa|Källor|Fuentes?|Fontes?|Lähde"
    r"|Lähteet|Źródło|Zdroj|Forrás)"
)
# the source word opening a line (or the text), its colon, and the rest of the line
_LINE = lazy_compile(rf"(?:^|(?<=\n))[ \t]*{_WORDS}\s?:[ \t]+(?P<list>[^\n]{{3,300}})")
_NAME = rf"[{U}][\w'’-]+"
_YEAR = rf"(?:(?:1[5-9]|20)\d\d[a-z]?|{UNDATED})"
# one mention: right after the colon or after the one before's ";" or ","; a name, "et al."
# or a second name, the year, then the next mention, a page, the line's end or its stop
_MENTION = lazy_compile(
    rf"(?:(?<=:\s)|(?<=:\t)|(?<=;\s)|(?<=,\s))(?P<name>{_NAME})(?P<y1>)"
    rf"(?:,?\s+{ET_AL}\.?|\s+{AND}\s+(?P<joined>{_NAME}))?,?\s+(?P<y2>{_YEAR})"
    r"(?=\s*(?:[;,.]|$))"
)


def source_mentions(text: str) -> Iterator[re.Match[str]]:
    """The author-date mentions of the source lines in ``text``."""
    for line in _LINE.finditer(text):
        yield from _MENTION.finditer(text, line.start("list"), line.end("list"))
