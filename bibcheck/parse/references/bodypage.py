"""A body's page of its own site, cited as a work with a quoted title::

    Cybersecurity and Infrastructure Security Agency, “Apache Log4j Vulnerability
        Guidance,” updated April 8, 2022, https://www.cisa.gov/….
    Asociación Española de Desalación, "La desalación en España", AEDyR, 2023.
        [En línea]. Disponible en: https://…

An organisation (an agency, an institute, an association) as the one author, the title in
quotation marks right after it, a link and no volume, issue or pages: a page of a site, not
an article (a body writes no magazine's or paper's articles).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import ORGANISATION_WORD

__all__ = ["body_page"]

_BODY = lazy_compile(
    rf"{ORGANISATION_WORD}|\b(?:Asociación|Associação|Associazione|Asociace|Verband|Vereinigung)\b"
)
_QUOTES = ("“", '"', "„", "«", "‘")


def body_page(authors: tuple[str, ...], text: str) -> bool:
    """Is ``text`` an organisation's (``authors``, one) work whose quoted title follows its
    name?"""
    if len(authors) != 1 or _BODY.search(authors[0]) is None:
        return False
    flat = " ".join(text.split())
    author = " ".join(authors[0].split())
    at = flat.find(author)
    if at < 0:
        return False
    return flat[at + len(author) :].lstrip(" .,:").startswith(_QUOTES)
