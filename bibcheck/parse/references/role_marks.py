"""Editors' role marks after the names that head an entry: one table and one convention.

An edited volume is headed by its editors' names with their role in parentheses before
the year, in the list's language::

    Hansen, P. (red.) 2001. Title. …            Müller, K. (Hg.) 1999: Title. …
    Smith, J. and Lee, K. (eds) (2010) Title.    Rossi, A. (a cura di) (1998). Title. …
    Virtanen, M. (toim.) 2005. Title. …         Kovács, J. (szerk.) 1999: Title. …

:data:`EDITOR_MARKS` holds the marks (each with the languages that write it) and
:data:`MARK` is the pattern of one of them in parentheses; every reader of such heads
(:mod:`.bare_year`, :mod:`.colon_year`, :mod:`.role_head`) takes them from here, so a head
reads the same whichever of them parses it.

Notes and entries naming a chapter's host by its editors (``in: K. Müller (Hg.): Buch``,
``in A. Rossi (a cura di), Libro``, ``dans M. Dupont (dir.), Livre``, ``en L. García
(coord.), Libro``, ``w: J. Nowak (red.), Księga``) take :data:`MARK` too (:mod:`.german`,
:mod:`.german_law`, :mod:`.italian_notes`, :mod:`.french_notes`, :mod:`.caps_colon`,
:mod:`.polish_notes`, :mod:`.polish_plain`): a mark known anywhere is known everywhere.

The convention (:func:`names_of`): the mark is no part of the names and says the names
edited the work; the editors are kept as the entry's names, as the corpora's keys read an
edited volume headed by its editors (where they name its people at all, they name the
editors), and the work is the volume itself (a book where nothing names a host).
:func:`editors_of` gives the same names as the entry's ``editors`` (the field BibTeX and CSL
call ``editor``), so an export writes them as editors, not authors.
:func:`apa_head` writes such a head in APA's order (``Family, I., & Family, I. (Eds.).
(Year).``), the order the style parsers read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["EDITOR_MARKS", "MARK", "apa_head", "editors_of", "names_of", "past_editors"]

# the marks, without their full stop, and who writes them
EDITOR_MARKS: tuple[tuple[str, str], ...] = (
    ("ed", "English, Czech, Slovak, Catalan, Galician, Turkish"),
    ("eds", "English"),
    ("Ed", "English (APA)"),
    ("Eds", "English (APA)"),
    ("edd", "Latin, Italian"),
    ("Hrsg", "German"),
    ("hrsg", "German"),
    ("Hg", "German"),
    ("hg", "German"),
    ("Bearb", "German (Bearbeiter, the compiler of an edition)"),
    ("bearb", "German"),
    ("red", "Dutch, Danish, Norwegian, Swedish, Polish, Albanian"),
    ("red. nauk", "Polish (redaktor naukowy)"),
    ("oprac", "Polish (opracował)"),
    ("Red", "Dutch, Scandinavian"),
    ("reds", "Dutch, Afrikaans"),
    ("uitg", "Dutch"),
    ("utg", "Norwegian, Swedish"),
    ("udg", "Danish"),
    ("éd", "French"),
    ("éds", "French"),
    ("Éd", "French"),
    ("Éds", "French"),
    ("dir", "French, Spanish, Catalan (sous la direction de, director)"),
    ("dirs", "French, Spanish"),
    ("coord", "Spanish, Portuguese, Italian, French, Romanian"),
    ("coords", "Spanish, Portuguese"),
    ("org", "Portuguese"),
    ("orgs", "Portuguese"),
    ("Org", "Portuguese"),
    ("comp", "Spanish (compilador)"),
    ("comps", "Spanish"),
    ("ur", "Croatian, Slovene (urednik)"),
    ("urs", "Croatian"),
    ("zost", "Slovak (zostavovateľ)"),
    ("toim", "Finnish (toimittaja)"),
    ("szerk", "Hungarian (szerkesztő)"),
    ("ред", "Russian, Bulgarian, Serbian, Ukrainian"),
    ("a cura di", "Italian"),
    ("a c. di", "Italian"),
    ("cur", "Latin, Italian (curavit, curatore)"),
    ("επιμ", "Greek (επιμέλεια)"),
    ("gol", "Welsh (golygydd)"),
    ("gols", "Welsh"),
    ("Gol", "Welsh"),
    ("ritst", "Icelandic"),
    ("Ritst", "Icelandic"),
    ("ritstj", "Icelandic"),
    ("Ritstj", "Icelandic"),
    ("útg", "Icelandic, Faroese"),
    ("Útg", "Icelandic, Faroese"),
)

# one mark in parentheses, its full stop optional: "(red.)", "(eds)", "(a cura di)" (the
# marks longest first, then by their letters: a pattern with one source in every process;
# a mark's own full stops literal: "(a c. di)", "(red. nauk.)")
MARK = (
    r"\((?:"
    + "|".join(
        re.escape(m).replace(r"\ ", r"\s")
        for m in sorted({mark for mark, _ in EDITOR_MARKS}, key=lambda w: (-len(w), w))
    )
    + r")\.?\)"
)

# a host's editors before its title: "J. Nowak (red.), ", "Torin Alter, Sven Walter (eds.), "
# (names with no parenthesis, italics or quotes of their own, then one mark and a comma)
_EDITORS_FIRST = re.compile(rf"^[^()*_«»„“”\"]{{2,150}}?\s{MARK},\s")


def past_editors(host: str) -> str:
    """``host`` (what follows a chapter's ``in``/``w:``/``en``) without the editors who open
    it: ``J. Nowak (red.), Księga, …`` -> ``Księga, …``; ``host`` when none do."""
    return _EDITORS_FIRST.sub("", host, count=1)


def names_of(names: tuple[str, ...], editing: bool) -> tuple[str, ...]:
    """The entry's names when its head names ``names``, ``editing`` when a role mark said
    they edited it: the editors are kept as the entry's names (the convention above)."""
    del editing  # (an editor's mark changes no name: the editors head the entry)
    return names


def editors_of(names: tuple[str, ...], editing: bool) -> tuple[str, ...]:
    """The entry's editors when its head names ``names``: the same names when a role mark
    said they edited it (they are its names too, :func:`names_of`), else none."""
    return names if editing else ()


def apa_head(names: Sequence[str], *, others: bool, editing: bool, date: str) -> str:
    """``names`` (each ``Family, I.``) in APA's order with the editors' role and the date:
    ``Family, I., & Family, I. (Eds.). (Year).`` (``et al.`` when ``others``)."""
    listed = [n if n.endswith(".") else n + "." for n in names]
    if others:
        lead = ", ".join(listed) + ", et al."
    elif len(listed) > 1:
        lead = ", ".join(listed[:-1]) + ", & " + listed[-1]
    else:
        lead = listed[0]
    role = (" (Eds.)." if len(listed) > 1 or others else " (Ed.).") if editing else ""
    return f"{lead}{role} ({date})."
