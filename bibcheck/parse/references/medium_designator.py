"""GOST's medium designator: an entry that files itself as an electronic resource stays
the web item it was read as, whatever rule relabels kinds after reading.

A list written to GOST 7.1 designates the medium after the title, ``Title [Электронный
ресурс]. – 2014. – URL: …`` (``[Electronic resource]``, ``[Електронний ресурс]``,
``[Электронны рэсурс]``, transliterated ``[Elektronnyj resurs]``), or, since GOST 7.0.100-2018,
in its media area, ``Title. – Текст : электронный. – URL: …``: the author cites the page
read, and files it as that. Entries so designated and read as a web page (no publisher, no
journal's numbers) are laws, treaties, court decisions and bodies' documents as often as
anything else; the rules that tell an act, a treaty or a body's report by its shape
(:mod:`.legal_kind`, :mod:`.church_acts`, …) would file them as ``report``.  The
exception is kept here, once, and :func:`bibcheck.parse.references.parse_reference`
applies it after all of them: an entry read as ``web`` whose text designates its medium
is ``web`` still.  The same entry without the designator keeps the kind the rules give.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import gost_media

__all__ = ["ELECTRONIC_RESOURCE", "designated_web", "designates_medium", "electronic_designation"]

# GOST's designator of the medium, "[Electronic resource]" in a list's language: Russian,
# English, Ukrainian (DSTU 8302), Belarusian, transliterated; Kazakh, Kyrgyz, Uzbek (both
# scripts), Turkmen, Tajik ("[Манбаи электронӣ]").  The words alone, for a pattern to set in
# its brackets (:data:`.gost.DESIGNATION` reads other designations too); case is ignored.
ELECTRONIC_RESOURCE = (
    r"(?:electronic\s+resource|электронный\s+ресурс|електронний\s+ресурс|электронны\s+рэсурс"
    r"|elektronnyj?\s+resurs|elektronnyi\s+resurs|электрондық\s+ресурс|электрондук\s+ресурс"
    r"|электрон\s+ресурс|elektron\s+resurs|elektron\s+çeşme|манбаи\s+электронӣ)"
)
# ... in its brackets (spaces inside them and a line break between the words as a document
# may write them)
_ELECTRONIC = lazy_compile(rf"\[\s*{ELECTRONIC_RESOURCE}\s*\]", re.IGNORECASE)


def electronic_designation(text: str) -> re.Match[str] | None:
    """GOST 7.1's ``[Электронный ресурс]`` (``[Electronic resource]``, Ukrainian
    ``[Електронний ресурс]``, Belarusian ``[Электронны рэсурс]``, transliterated
    ``[Elektronnyj resurs]``, …: :data:`ELECTRONIC_RESOURCE`), the first that ``text``
    writes, correctly spelled."""
    return _ELECTRONIC.search(text)


def designates_medium(text: str) -> bool:
    """Does ``text`` designate its medium as GOST does, ``[Electronic resource]`` or GOST
    7.0.100-2018's media area ``– Текст : электронный`` (:mod:`.gost_media`)?"""
    return electronic_designation(text) is not None or gost_media.designates_electronic(text)


def designated_web(read: RefKind, ref: Reference, text: str) -> Reference:
    """``ref`` (after the rules that relabel kinds) a ``web`` item again when it was
    ``read`` as one and ``text`` designates its medium; else as it is."""
    if read is not RefKind.WEB or ref.kind is RefKind.WEB or not designates_medium(text):
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)
