"""Notes that say where the author's own data or code are deposited.

``All data and code are at <https://github.com/ana/study> (CC BY 4.0).``, ``Os dados
estão disponíveis em https://osf.io/abc12/.``, ``Taqi datos ukanakax
<https://github.com/…> ukan utjiwa.``: a data-availability note in any language links a
repository (GitHub, GitLab, Bitbucket, Codeberg, OSF, Zenodo, Figshare, Dryad, a
Dataverse, Hugging Face) and perhaps names the licence; with that link and licence taken
out nothing a citation has is left (no title, author, year, publisher).  It cites no work
(commentary), its link kept.  A note that is the link alone cites that page.  A deposit
cited as a work keeps what a citation has: ``Smith, J. (2020). *Flood survey data* [Data
set]. Zenodo. https://zenodo.org/records/12``.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["deposit_link", "without_deposit"]

# a repository's link, bare or in angle brackets (as the readers write a link's target)
_DEPOSIT = lazy_compile(
    r"<?(?<![\w.-])(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org"
    r"|codeberg\.org|osf\.io|zenodo\.org|figshare\.com|datadryad\.org|huggingface\.co"
    r"|dataverse\.[\w-]+(?:\.[\w-]+)*|[\w-]+\.dataverse\.[\w-]+(?:\.[\w-]+)*)"
    r"(?:/[^\s<>]*+)?>?",
    re.I,
)
# a licence named beside it: "(CC BY 4.0)", "CC BY-SA", "CC0 1.0", "MIT", "GPL-3.0"
_LICENCE = lazy_compile(
    r"\(?\b(?:CC[\s-]BY(?:[\s-](?:SA|NC|ND))*+(?:[\s-]\d\.\d)?|CC0(?:[\s-]1\.0)?|MIT"
    r"|GPL(?:-?v?\d(?:\.\d)?)?|Apache(?:[\s-]2\.0)?|BSD(?:-\d-Clause)?)\b\)?"
)


_WORD = lazy_compile(r"[^\W\d_]{2,}")
# what may follow a cited page's link: the date it was seen, in any language's words
# ("accessed 2024-01-02", "访问日期：2025-06-22", "閲覧日 2024年1月2日")
_AFTER_LINK = lazy_compile(
    r"[,，;；.]?\s*[^\W\d_]{1,20}(?:\s[^\W\d_]{1,20})?\s?[:：]?\s?"
    r"\d{1,4}[-./年\s]\s?\d{1,2}[-./月\s]\s?\d{1,4}日?\.?\s*$"
)
_PROSE_WORDS = 2  # a link with fewer words around it is a citation of the page


def without_deposit(text: str) -> str | None:
    """``text`` with its repository links and licence names blanked, or None when it links
    no repository or has no words of its own around the link (a note that is a link
    alone cites that page)."""
    if _DEPOSIT.search(text) is None or titled_link(text):
        return None
    left = _LICENCE.sub(" ", _DEPOSIT.sub(" ", text))
    return left if len(_WORD.findall(left)) >= _PROSE_WORDS else None


# a note that is a page's title and its link: "[Typst Packages](https://github.com/…)",
# "Typst Packages, https://github.com/…", "varnothing used by LaTeX, <https://…>" (an
# issue's title), perhaps with the date the page was seen after it
_LINKED_TITLE = lazy_compile(r"\[(?P<title>[^\[\]\n]{1,200})\]\(\s*<?https?://[^\s()<>]++>?\s*\)")
_TITLE_COMMA = lazy_compile(
    r"(?P<title>[^\s,，:：;；.!?。！？<>()\[\]][^,，:：;；!?。！？<>()\[\]]{0,150}?)\s*[,，]\s*"
)
_LINK = lazy_compile(r"<?https?://[^\s<>]++>?")
_TAIL = lazy_compile(r"[\s.,，;；)）]*+")
_TITLE_WORDS = 10  # a title before its link has this many words at most


def titled_link(text: str) -> bool:
    """Is ``text`` a page's title and its link, and nothing else (a date after it aside):
    a Markdown link alone, or a short phrase, a comma and the link?  Such a note cites the
    page by its title, whatever site holds it: no note on the author's own deposit."""
    flat = _AFTER_LINK.sub("", text.strip())
    linked = _LINKED_TITLE.match(flat)
    if linked is not None:
        return _TAIL.fullmatch(flat, linked.end()) is not None
    titled = _TITLE_COMMA.match(flat)
    if titled is None or len(_WORD.findall(titled.group("title"))) > _TITLE_WORDS:
        return False
    link = _LINK.match(flat, titled.end())
    return link is not None and _TAIL.fullmatch(flat, link.end()) is not None


def deposit_link(text: str) -> str | None:
    """The first repository address ``text`` links (kept on the commentary note, so that
    the link is still checked), or None."""
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:)")
        if _DEPOSIT.fullmatch(url):
            return url
    return None


_URL = lazy_compile(r"https?://[^\s<>]+")
