"""Notes that say where the author's own data or code are deposited.

``All data and code are at <https://github.com/ana/study> (CC BY 4.0).``, ``Os dados
estão disponíveis em https://osf.io/abc12/.``, ``Taqi datos ukanakax
<https://github.com/…> ukan utjiwa.``: a data-availability note in any language links a
repository (GitHub, GitLab, Bitbucket, Codeberg, OSF, Zenodo, Figshare, Dryad, a
Dataverse, Hugging Face) and perhaps names the licence; with that link and licence taken
out nothing a citation has is left (no title, author, year, publisher).  It cites no work
(commentary).  A deposit cited as a work keeps what a citation has: ``Smith, J. (2020).
*Flood survey data* [Data set]. Zenodo. https://zenodo.org/records/12``.
"""

from __future__ import annotations

import re

__all__ = ["without_deposit"]

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


def without_deposit(text: str) -> str | None:
    """``text`` with its repository links and licence names blanked, or None when it links
    no repository."""
    if _DEPOSIT.search(text) is None:
        return None
    return _LICENCE.sub(" ", _DEPOSIT.sub(" ", text))
