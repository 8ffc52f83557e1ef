"""A code repository's owner written where an author stands is no title.

Software entries name the account or organisation that owns the repository as their
author: ``pytest-dev. pytest-rerunfailures: a pytest plugin …. Software, version 14.0,
2024. https://github.com/pytest-dev/pytest-rerunfailures``, ``tidyverse. ggplot2. GitHub,
2023. https://github.com/tidyverse/ggplot2``.  A handle in lower case reads as no name, so
the parsers take it for the title.  :func:`owner_not_title` sees that the "title" is the
owner in the repository's address and takes the next sentence as the title, the owner as
the author.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.generic import split_sentences

__all__ = ["owner_not_title"]

# a repository on a code host: the owner is the first part of its path
_REPOSITORY = lazy_compile(
    r"https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|sr\.ht)"
    r"/~?(?P<owner>[\w.-]+)/[\w.-]+"
)


def owner_not_title(ref: Reference) -> Reference:
    """``ref`` with its title the sentence after the repository owner's name when the owner
    was read as the title; otherwise unchanged."""
    if not ref.title or not ref.url:
        return ref
    repo = _REPOSITORY.match(ref.url)
    if repo is None or ref.title.strip(" .").casefold() != repo.group("owner").casefold():
        return ref
    raw = " ".join(ref.raw.split())
    at = raw.casefold().find(repo.group("owner").casefold() + ". ")
    if at != 0:
        return ref  # (the owner must open the entry, where an author stands)
    sentences = split_sentences(raw[len(repo.group("owner")) + 2 :])
    title = sentences[0].strip(" .") if sentences else ""
    if not title or "://" in title or title[:1].isdigit():
        return ref
    return replace(ref, title=title, authors=ref.authors or (repo.group("owner"),))
