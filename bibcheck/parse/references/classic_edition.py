"""A classic's edition in a bibliography: the author by one name, the work's title, then who
edited or translated it and how many volumes, then the facts.

Primary sources in the humanities are listed so, in every language::

    Augustine. The City of God. Edited by R. W. Dyson. Cambridge: CUP, 1998.
    Plato. Republic. Trans. G. M. A. Grube. Indianapolis: Hackett, 1992.
    Augustinus. De civitate Dei. Hg. v. B. Dombart und A. Kalb. 2 Bde. Stuttgart: Teubner, 1981.
    Platon. République. Éd. et trad. É. Chambry. Paris: Les Belles Lettres, 1932–1934.
    Agostino. La città di Dio. A cura di L. Alici. Milano: Rusconi, 1984.

The editor's or translator's initials are no end of the title, nor is the editor the
place of publication: the title ends where the statement of responsibility (or the count
of volumes) starts, and the place is the last sentence before the publisher's colon.
:func:`parse` reads such an entry; :func:`facts_after_roles` gives the facts of any
entry's remainder that starts with such a statement.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

# what starts a statement of responsibility or a volume count, in English, German, French,
# Italian, Spanish and Latin ("Ed.", "Edited by", "Trans.", "Hg. v.", "Hrsg. von", "Übers.",
# "Éd. et trad.", "Trad.", "A cura di", "Ed. y trad.", "Rec.", "2 vols.", "2 Bde.", "3 voll.")
ROLE_START = (
    r"(?:(?:Eds?|Tr|Trans|Transl|Hg|Hrsg|Übers|Éd|Éds|Trad|Introd|Comm|Rec|Bearb)\.(?=\s)"
    r"|(?:Edited|Translated|Herausgegeben|Übersetzt|Édité|Traduit|Tradotto|Traducido"
    r"|Introduced|Recensuit)\b"
    r"|A\scura\sdi\b|Con\sintroduzione\b"
    r"|\d{1,2}\s(?:vols?|Bde?|voll?|tomes?|tomos|t)\.?(?=[\s.]))"
)
_ROLE_SENTENCE = lazy_compile(rf"\.\s+(?={ROLE_START})")
_STARTS_WITH_ROLE = lazy_compile(rf"^{ROLE_START}")
# the author: one name, or a name with its particle or byname ("Thomas von Aquin",
# "Thomas d'Aquin", "Gregory of Nyssa", "Pseudo-Dionysius"); no comma, so no inverted name
_AUTHOR = rf"[{U}][\w'’-]+(?:\s(?:von|van|de|di|da|of|d['’])?\s?[{U}][\w'’-]+){{0,2}}"
_ENTRY = lazy_compile(rf"^(?P<author>{_AUTHOR})\.\s+(?P<rest>[{U}\"“«„*_].+)$")
# the facts: the place (no sentence's stop in it), a colon, the publisher, the year or years
_FACTS = lazy_compile(
    rf"(?:^|\.\s)(?P<place>[{U}][^.:;]{{1,50}}):\s?(?P<publisher>[^:;]+?),\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?:\s?[-–]\s?\d{2,4})?\.?$"
)
# MLA's facts, the publisher and the year with no place ("Trans. Henry Chadwick. Oxford
# University Press, 1991.", "Translated by T. Irwin, 2nd ed., Hackett, 1999.")
_PUBLISHER_YEAR = lazy_compile(
    rf"(?:\.|,)\s(?P<publisher>[{U}][^.:;,]{{1,60}}),\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?:\s?[-–]\s?\d{2,4})?\.?$"
)

# the series an edition appears in, a last sentence after the year: "Loeb Classical Library
# 199.", "Oxford Classical Texts.", "Bibliotheca Teubneriana."
_SERIES_TAIL = lazy_compile(rf"(?<=\d)\.\s+[{U}][^.\d:;,]{{2,60}}(?:\s\d{{1,4}})?\.?$")


def facts_after_roles(remainder: str) -> str:
    """``remainder`` from its place of publication on when it starts with a statement of
    responsibility or a volume count (``Edited by R. W. Dyson. Cambridge: CUP, 1998.`` ->
    ``Cambridge: CUP, 1998.``); else ``remainder`` as it is."""
    if _STARTS_WITH_ROLE.match(remainder) is None:
        return remainder
    facts = _FACTS.search(remainder)
    return remainder if facts is None else remainder[facts.start("place") :]


def parse(body: str) -> tuple[str, str, str, str, str] | None:
    """(author, title, place, publisher, year) of a classic's edition (the place "" when
    the entry names none, as MLA's), or None when
    ``body`` is no such entry: it must name an editor, a translator or a count of volumes
    after the title, and end with its facts."""
    m = _ENTRY.match(body.strip())
    if m is None:
        return None
    # (a series after the facts is no part of them: "…, 1995. Loeb Classical Library 199.")
    rest = _SERIES_TAIL.sub(".", m.group("rest"))
    role = _ROLE_SENTENCE.search(rest)
    if role is None:
        return None
    title = rest[: role.start()].strip(" *_")
    if not title or re.search(r"\d{4}", title):
        return None
    facts = _FACTS.search(rest, role.end())
    if facts is not None:
        place = facts.group("place").strip()
    else:
        facts = _PUBLISHER_YEAR.search(rest, role.end())
        if facts is None:
            return None
        place = ""
    return (m.group("author"), title, place, facts.group("publisher").strip(), facts.group("year"))
