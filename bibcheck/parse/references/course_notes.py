"""A course's lecture notes cited in a note: the genre word after the course's name is no part
of the title.

Notes cite a teacher's handout by the course and the genre, then the session, the school and
the year: ``Selin Arda, ŞBP 302 Kentsel Dönüşüm ders notları, 5. hafta, Yıldız Teknik
Üniversitesi, 2023.``, ``A. Weber, Thermodynamik I Vorlesungsskript, Kap. 3, TU Wien, 2021``,
``J. Ruiz, Química Analítica apuntes, tema 4, 2022``, ``P. Lee, Real Analysis lecture notes,
week 5, 2020``.  The title is the course's name; the genre word (Turkish ``ders notları``,
German ``Vorlesungsskript``, Spanish ``apuntes``, French ``notes de cours``, English
``lecture notes`` …) closing it says what the work is, as APA's ``[Lecture notes]`` does.

Only a note's title is changed, and only when the title goes on past the genre word in the
note (the session, the school or the year after a comma): a title that opens with the genre
(``Lecture Notes in Computer Science``, ``Lecture notes on topology``) or a work whose title
ends with it and stops (a printed book ``Statistical Physics: Lecture Notes.``) keeps it.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["without_notes_genre"]

# the genre closing the title: Turkish, English, German, Spanish, French, Italian,
# Portuguese, Indonesian and Dutch words for a course's notes
_GENRE = lazy_compile(
    r"\s(?:(?i:ders\snotları|ders\snotlari|ders\snotu|lecture\snotes|course\snotes|class\snotes"
    r"|vorlesungsskript|vorlesungsmitschrift|skript(?:um)?|apuntes(?:\sde\sclase)?"
    r"|notes\sde\scours|appunti(?:\sdel\scorso)?|dispense|notas\sde\saula|apostila"
    r"|catatan\skuliah|bahan\skuliah|diktat(?:\skuliah)?|collegeaantekeningen|dictaat))$"
)


def without_notes_genre(ref: Reference, text: str) -> Reference:
    """``ref`` (a note's reference, ``text`` its note) with its title's closing genre word of
    lecture notes cut, when the note goes on after it (see the module)."""
    title = ref.title
    if not title:
        return ref
    m = _GENRE.search(title)
    if m is None or len(title[: m.start()].split()) < 2:
        return ref
    flat = " ".join(text.split())
    at = flat.find(title)
    if at < 0 or not flat[at + len(title) :].startswith(", "):
        return ref
    return dataclasses.replace(ref, title=title[: m.start()].rstrip(" ,:;–—-"))
