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

from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import quote_pairs
from bibcheck.parse.references.patterns import ORGANISATION_WORD

__all__ = ["body_page"]

# (the one table of body words, :mod:`.bodywords`)
_BODY = lazy_compile(ORGANISATION_WORD)


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
    return flat[at + len(author) :].lstrip(" .,:").startswith(tuple(quote_pairs.TITLE_OPENINGS))


# a page's date as a site gives it, of the page's last change: "updated April 8, 2022",
# "last modified 3 May 2021", "zuletzt aktualisiert", "mis à jour le", "actualizado el",
# "aggiornato il", "bijgewerkt op"
_REVISED = lazy_compile(
    r"\b(?:(?:last\s)?(?:updated|modified|revised)(?=\s(?:on\s)?\d|\s[A-Z][a-z]{2,8}\.?\s\d)"
    r"|zuletzt\s(?:aktualisiert|geändert)|mis\sà\sjour|actualizado|aggiornato|bijgewerkt)",
)


def revised_page(text: str) -> bool:
    """Is the work dated by its last change, as a site's pages are (``updated April 8,
    2022``)?"""
    return _REVISED.search(text) is not None


# a blog's or a news site's address of a post, dated by its year and month folders:
# "https://example.net/2025/10/sizing-without-guesswork/" (a page, not a file: WordPress
# files its uploads by year and month too, "…/wp-content/uploads/2023/12/Report.pdf")
_ADDRESS = lazy_compile(r"https?://[^\s<>()\[\]]+")
_YEAR_FOLDER = lazy_compile(r"(?:19|20)\d\d")
_MONTH_FOLDER = lazy_compile(r"0?[1-9]|1[0-2]")


def dated_permalink(text: str) -> bool:
    """Does the work's address file it by its year and month (``…/2025/10/slug/``), as a
    blog or a news site files its posts?"""
    return any(_dated_page(m.group(0)) for m in _ADDRESS.finditer(text))


def _dated_page(url: str) -> bool:
    parts = urlsplit(url).path.split("/")
    if "uploads" in parts:
        return False
    for k in range(len(parts) - 2):
        if (
            _YEAR_FOLDER.compiled.fullmatch(parts[k])
            and _MONTH_FOLDER.compiled.fullmatch(parts[k + 1])
            and parts[k + 2]
            and "." not in parts[k + 2]
        ):
            return True
    return False
