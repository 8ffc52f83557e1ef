"""Headings of a list named for the course or the lectures it serves.

A teacher's page names its list after the teaching it goes with: ``Cited Literature for
PH 700A Lectures``, ``Literature cited in this course``, ``References for the seminar``,
``Quellen zur Vorlesung``, ``Literatur zum Seminar``, ``Bibliographie du cours``,
``Bibliografía del curso``.  :func:`uncoursed` drops that phrase of scope (and the course's
code before its word), so the list's name left is looked up like any other heading.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["uncoursed"]

# a teaching unit, in the languages whose teaching pages cite
_TEACHING = (
    r"(?:courses?|lectures?|class(?:es)?|seminars?|modules?|units?|sessions?|tutorials?"
    r"|workshops?|syllabus|vorlesung(?:en)?|seminar(?:en)?|kurs(?:es|e)?|übung(?:en)?"
    r"|lehrveranstaltung(?:en)?|cours|s[ée]minaires?|cursos?|clases?|corsos?|lezion[ei])"
)
# "for PH 700A", "zu BIO-101": a course's code before the word
_CODE = r"[a-z]{1,6}[\s-]?\d{2,4}[a-z]?"
_SCOPE = lazy_compile(
    r"(?<!\s)\s++"
    r"(?:for|to|in|of|from|zur|zum|zu|du|de\s++la|del|de|para|pour|per)\s++"
    r"(?:(?:this|the|our|these|der|die|das|dieser|le|la|les|ce|el|la|il)\s++)?"
    rf"(?:{_CODE}\s++)?{_TEACHING}(?:\s++{_CODE})?\s*+$",
    re.I,
)


def uncoursed(key: str) -> str:
    """``key`` (a heading's text, lower case) without a phrase naming the course at its
    end: ``quellen zur vorlesung`` -> ``quellen``; a heading without one is kept."""
    m = _SCOPE.search(key)
    if m is None or m.start() == 0:
        return key
    return key[: m.start()].rstrip(" ,:;–—-")
