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

__all__ = ["deposit_link", "without_deposit"]

# a repository's link, bare or in angle brackets (as the readers write a link's target)
_DEPOSIT = re.compile(
    r"<?(?<![\w.-])(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org"
    r"|codeberg\.org|osf\.io|zenodo\.org|figshare\.com|datadryad\.org|huggingface\.co"
    r"|dataverse\.[\w-]+(?:\.[\w-]+)*|[\w-]+\.dataverse\.[\w-]+(?:\.[\w-]+)*)"
    r"(?:/[^\s<>]*+)?>?",
    re.I,
)
# a licence named beside it: "(CC BY 4.0)", "CC BY-SA", "CC0 1.0", "MIT", "GPL-3.0"
_LICENCE = re.compile(
    r"\(?\b(?:CC[\s-]BY(?:[\s-](?:SA|NC|ND))*+(?:[\s-]\d\.\d)?|CC0(?:[\s-]1\.0)?|MIT"
    r"|GPL(?:-?v?\d(?:\.\d)?)?|Apache(?:[\s-]2\.0)?|BSD(?:-\d-Clause)?)\b\)?"
)


_WORD = re.compile(r"[^\W\d_]{2,}")
_PROSE_WORDS = 2  # a link with fewer words around it is a citation of the page


def without_deposit(text: str) -> str | None:
    """``text`` with its repository links and licence names blanked, or None when it links
    no repository or has no words of its own around the link (a note that is a link
    alone cites that page)."""
    if _DEPOSIT.search(text) is None:
        return None
    left = _LICENCE.sub(" ", _DEPOSIT.sub(" ", text))
    return left if len(_WORD.findall(left)) >= _PROSE_WORDS else None


def deposit_link(text: str) -> str | None:
    """The first repository address ``text`` links (kept on the commentary note, so that
    the link is still checked), or None."""
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:)")
        if _DEPOSIT.fullmatch(url):
            return url
    return None


_URL = re.compile(r"https?://[^\s<>]+")
