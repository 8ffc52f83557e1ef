"""A wiki page's literature section beside its notes: further reading when no note cites it.

German Wikipedia puts the works an article rests on in its notes (``== Einzelnachweise ==``
over ``<references />``) and lists further works under ``== Literatur ==``
(``* Autor: Titel. Verlag, Ort 2001, ISBN …``); the French ``== Bibliographie ==`` beside
``== Notes et références ==`` is the same.  Such a section is the page's further reading,
whose works the text need not cite, unless the notes cite its works by a short form
(``Schmidt 2001, S. 12.``, ``{{sfn|Schmidt|2001}}``): then it is the list the notes point
at, and an entry no note names is uncited as in any list.

:func:`reading_sections` says which sections are so: headed by a bare literature word
(``Literatur``, ``Bibliographie``, ``Literatura`` …, not ``References``, ``Sources`` or the
English ``Bibliography``, which name what the text cites), on a page with notes, and none of whose
entries a note names (its first author's family name, or its title's first words when it
has no author).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawNote
from bibcheck.parse.names import family_name
from bibcheck.parse.references import parse_reference
from bibcheck.readers.headingkey import heading_key

__all__ = ["bare_literature_heading", "named_by_notes", "reading_sections"]

# a bare literature word, perhaps qualified in parentheses ("Literatur (Auswahl)")
_BARE = lazy_compile(
    r"^(?:literatur[ae]?|literatuur|litteratur|bibliogra(?:ph|f)i[ea]?"
    r"|kirjallisuus|irodalom|литература|библиография)(?:\s*\([^()]*\))?$"
)
_TITLE_WORD = lazy_compile(r"[^\W\d_]{4,}")
_TITLE_WORDS = 3  # the first words of a title that name it


def _key(text: str) -> str:
    return heading_key(text, " =:#*'")


def bare_literature_heading(text: str) -> bool:
    """Is ``text`` (a heading's text) a bare literature word (``Literatur``,
    ``Bibliographie``, ``Literatur (Auswahl)``), as a page heads its further works?"""
    return _BARE.match(_key(text)) is not None


def _names(entry: RawNote) -> list[str]:
    """What a note would name the entry by: its first author's family name, else the
    first words of its title (case-folded, accents folded)."""
    ref = entry.reference or parse_reference(
        entry.text, entry.line_starts or (entry.line,), detect_styles=True
    )
    if ref.authors:
        family = _key(family_name(ref.authors[0]))
        return [family] if len(family) >= 3 else []
    words = _TITLE_WORD.findall(_key(ref.title or ""))[:_TITLE_WORDS]
    return [" ".join(words)] if words else []


def named_by_notes(entry: RawNote, notes: Iterable[str]) -> bool:
    """Does one of ``notes`` (their texts, keyed) name ``entry``?"""
    names = _names(entry)
    return any(_word_in(name, note) for name in names for note in notes)


def _word_in(word: str, text: str) -> bool:
    """Does ``word`` stand in ``text`` as a whole word (or words)?"""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(word, at + 1)
    return False


def reading_sections(
    sections: Mapping[int, Sequence[RawNote]],
    headings: Mapping[int, str],
    notes: Sequence[RawNote],
) -> set[int]:
    """The sections (by heading line, ``headings`` their texts) of ``sections``' entries
    that are further reading: headed by a bare literature word, on a page with notes
    (``notes``), and no entry of them named by a note."""
    if not notes:
        return set()
    texts = [_key(" ".join([n.text, *(r.raw for r in n.also)])) for n in notes]
    return {
        line
        for line, entries in sections.items()
        if entries
        and bare_literature_heading(headings.get(line, ""))
        and not any(named_by_notes(entry, texts) for entry in entries)
    }
