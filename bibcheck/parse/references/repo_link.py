"""A code repository cited by a link that says only its ``owner/name``.

Blog posts, READMEs and notes list a repository as a link whose words are its path on the
code host, its maintainer's name before it: ``Martin Kleppmann. [automerge/automerge-perf]
(https://github.com/automerge/automerge-perf). GitHub, 2020.``, ``Loro contributors.
[loro-dev/loro](https://gitlab.com/loro-dev/loro). v1.0.0, 2024.``, ``María Pérez y Juan
Soto. [mperez/geo-tools](https://codeberg.org/mperez/geo-tools).``  The linked words are
the work's title (tests/heldout51/README.md: "a repository's ``owner/name`` where that is
all the link says"); a parser that takes the linked words for no title reads the name before
them as the title.  :func:`linked_repository` gives such an entry the path as its title and
the people named before the link as its authors (a group, ``Loro contributors``, as
written).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.namelist import split_names
from bibcheck.parse.references.patterns import L, U

__all__ = ["linked_repository"]

# a Markdown link whose words are a path "owner/name" on a code host
_LINK = lazy_compile(
    r"\[(?P<words>[\w.-]+/[\w.-]+)\]\((?P<url>https?://(?:www\.)?(?:github\.com|gitlab\.com"
    r"|codeberg\.org|bitbucket\.org|git\.sr\.ht)/~?(?P<path>[\w.-]+/[\w.-]+?)(?:\.git)?/?)\)"
)
# a person's name in natural order: given names or initials, then the family name (with a
# particle: "Peter van Hardenberg")
_PERSON = lazy_compile(
    rf"(?:[{U}][{L}'’-]+|[{U}]\.)(?:\s(?:[{U}][{L}'’-]+|[{U}]\.(?:\s?[{U}]\.)*))*"
    rf"(?:\s(?:van|von|de|da|del|der|den|di|du|le|la|dos|das)){{0,2}}\s[{U}][{L}'’-]+"
)
# words that make a name a group's: "contributors", "developers", "team", "project"
_GROUP = lazy_compile(
    r"\b(?:contributors|developers|maintainers|authors|team|project|community|core"
    r"|organi[sz]ation|foundation|labs?)\b",
    re.I,
)
_OTHERS = lazy_compile(r",?\s+(?:et\s+al\.?|and\s+others)\s*$")


def _people(lead: str) -> tuple[str, ...] | None:
    """The persons ``lead`` names ("Martin Kleppmann", "Kevin Jahns et al.", "A. Smith and
    B. Jones"), or None when it names a group or is no list of names."""
    lead = _OTHERS.sub("", " ".join(lead.split()).strip(" .,;:"))
    if not lead or _GROUP.search(lead):
        return None
    names = split_names(lead)
    if not names or not all(_PERSON.fullmatch(n) and not is_organisation(n) for n in names):
        return None
    return names


def linked_repository(ref: Reference) -> Reference:
    """``ref`` titled by its repository's ``owner/name`` when a link says only that, the
    persons before the link its authors; otherwise unchanged."""
    link = _LINK.search(ref.raw)
    if link is None or link.group("words").casefold() != link.group("path").casefold():
        return ref
    words = link.group("words")
    if ref.title == words:
        return ref
    lead = ref.raw[: link.start()]
    if ref.title and ref.title not in lead and ref.authors:
        return ref  # (a title of its own read elsewhere: left as read)
    people = _people(lead)
    group = " ".join(lead.split()).strip(" .,;:")
    if people is None and group and len(group) <= 80 and _GROUP.search(group):
        people = (group,)  # "Loro contributors": the group as written
    return replace(ref, title=words, authors=people if people is not None else ref.authors)
