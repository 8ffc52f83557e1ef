"""A part of a book in a wiki's citation template: the rules every language shares (pure).

A book template that names a chapter (``{{cite book|chapter=|title=|editor=}}``,
``{{Cita libro|capitolo=|titolo=}}``, ``{{Citeer boek|hoofdstuk=|titel=|redacteur=}}``,
``{{Bokref|kapitel=|titel=|redaktör=}}``) cites the chapter, its container the book;
whether the book is edited is told by an editor parameter in any language's name
(:func:`edited`).  A contribution template whose container parameter names a periodical
and a book alike (German ``{{Literatur|Titel=|Sammelwerk=}}``, Russian ``{{статья|
заглавие=|издание=}}``, Ukrainian ``{{стаття|назва=|видання=}}``) cites a chapter when the
container is a book -- edited, with an ISBN, or published with no issue number -- and a
periodical's article otherwise (:func:`contribution_kind`).  A chapter's own address
(``chapter-url=``, ``contribution-url=``) is the address of the work when the chapter is
the work (:func:`chapter_url`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind

# parameter names that say the book has editors, in the languages the book templates are
# written in, compared on their keyed form (lower case, no accents nor separators):
# "editor-last=", "ответственный=", "curatore=", "redaktor=", "redaktör=", Dutch and French
# "redacteur=", "coordinador=", "directeur=", Portuguese "organizador=", Hungarian
# "szerkesztő=", Finnish "toimittaja=", Korean "편집자=", Japanese "編者="
EDITOR_PARAM = lazy_compile(
    r"editor|ответственн|редактор|hrsg|herausgeber|curat|redak|redac|coordin|directeur"
    r"|direcao|acura|organiz|szerkeszt|toimitt|편집|編"
)
# container parameters that name a periodical and a book alike
_CONTAINERS = ("sammelwerk", "издание", "видання")
# a periodical's issue, as those templates name it
_ISSUES = ("nummer", "heft", "jahrgang", "номер", "выпуск", "випуск")
_PUBLISHERS = ("verlag", "издательство", "издатель", "видавництво")
# a chapter's own address, as Citation Style 1 and the Russian {{книга}} name it
CHAPTER_URLS = (
    "chapter-url", "contribution-url", "section-url", "entry-url", "article-url",
    "ссылка часть",
)  # fmt: skip


def _filled(params: Mapping[str, str], names: tuple[str, ...]) -> bool:
    return any(params.get(name, "").strip() for name in names)


# the publisher as the Italian, Spanish and Portuguese templates name it ("editore=",
# "wkEditore=", "editorial=", "editora="): a firm, no editor, whatever the word holds
_PUBLISHER_PARAM = lazy_compile(r"editor(?:e|a|ial)$")


def edited(params: Mapping[str, str]) -> bool:
    """Does a template name editors of its book, by any language's editor parameter?"""
    return any(
        EDITOR_PARAM.search(name) and not _PUBLISHER_PARAM.search(name) and value.strip()
        for name, value in params.items()
    )


def contribution_kind(params: Mapping[str, str]) -> RefKind | None:
    """The kind of a contribution in a container named a periodical and a book alike
    (``Sammelwerk=``, ``издание=``): a chapter when the container is edited (``Hrsg=``,
    ``ответственный=``), has an ISBN, or a publisher and no issue; an article otherwise.
    None when no such container is named."""
    if not _filled(params, _CONTAINERS):
        return None
    if edited(params) or _filled(params, ("isbn",)):
        return RefKind.CHAPTER
    if _filled(params, _PUBLISHERS) and not _filled(params, _ISSUES):
        return RefKind.CHAPTER
    return RefKind.ARTICLE


def chapter_url(params: Mapping[str, str]) -> tuple[str, str] | None:
    """The chapter's own address and the parameter that gives it, if one is given."""
    for name in CHAPTER_URLS:
        value = params.get(name, "").strip()
        if value:
            return name, value
    return None


# a book made of others' contributions, by its title: proceedings, a numbered or
# international meeting's volume (never a meeting word alone: Plato's "Symposium"), a
# field-trip or excursion guide, in the languages the book templates are written in
_COLLECTED = lazy_compile(
    r"(?<![^\W\d_])(?:Proceedings|Proc\.|Tagungsband|Field[\s-]?Trip\sGuide|Excursion\sGuide"
    r"|Exkursionsf(?:ü|ue)hrer|Actes\sdu\s(?:colloque|congrès)|Atti\sdel\s(?:convegno|congresso)"
    r"|Actas\sdel\s(?:congreso|simposio)|Anais\sdo\scongresso|Sborník\s(?:příspěvků|konference)"
    r"|Materiały\s(?:konferencji|sympozjum|zjazdu|sesji)|Przewodnik\s(?:wycieczek|sesji|zjazdu)"
    r"|(?:\d{1,3}(?:st|nd|rd|th|\.)|(?-i:[IVXLC]{1,6})|Annual|International)\s(?:[\w-]+\s){0,4}"
    r"(?:Conference|Congress|Symposium|Workshop|Colloquium|Kongress|Konferenz|Congrès|Congresso"
    r"|Congreso|Kongres|Konferencja|Zjazd))(?![^\W\d_])",
    re.IGNORECASE,
)


def collected_volume(title: str | None) -> bool:
    """Does a book's title name a volume of others' contributions -- proceedings, a
    numbered or international meeting's volume, a field-trip guide (``Proceedings of the 5th
    Congress …``, ``… : Field Trip Guide``, ``Tagungsband …``, ``Materiały konferencji …``)?
    A ``chapter=`` in such a book is a paper of its own, edited or not."""
    return bool(title) and _COLLECTED.search(title or "") is not None
