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

The convention (:func:`names_of`): the mark is no part of the names and says the names
edited the work; the editors are kept as the entry's names, as the corpora's keys read an
edited volume headed by its editors (where they name its people at all, they name the
editors), and the work is the volume itself (a book where nothing names a host).
:func:`apa_head` writes such a head in APA's order (``Family, I., & Family, I. (Eds.).
(Year).``), the order the style parsers read.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["EDITOR_MARKS", "MARK", "apa_head", "names_of"]

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
    ("red", "Dutch, Danish, Norwegian, Swedish, Polish, Albanian"),
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
# marks longest first, then by their letters: a pattern with one source in every process)
MARK = (
    r"\((?:"
    + "|".join(
        m.replace(" ", r"\s")
        for m in sorted({mark for mark, _ in EDITOR_MARKS}, key=lambda w: (-len(w), w))
    )
    + r")\.?\)"
)


def names_of(names: tuple[str, ...], editing: bool) -> tuple[str, ...]:
    """The entry's names when its head names ``names``, ``editing`` when a role mark said
    they edited it: the editors are kept as the entry's names (the convention above)."""
    del editing  # (an editor's mark changes no name: the editors head the entry)
    return names


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
