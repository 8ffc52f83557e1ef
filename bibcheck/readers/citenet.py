"""The safety net under the citation syntaxes: a citation construct whose keys were not read.

Each keyed reader knows the forms of its dialect (asciidoctor-bibliography's
``cite:[a]+[b]``, MyST's ``{cite:p}`a; b```).  A form it does not know -- a macro of a
newer version, a role wrapped over lines, a bracket never closed -- must not vanish:
here the *starts* of the dialect's constructs (``cite:[``, ``{cite:p}```) are counted in
the text as read, and those no parsed citation begins at are reported as one
``unread-region`` anomaly ("N citation macros not read"), with their lines.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bibcheck.lazyre import LazyPattern, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["ADOC_MACRO_START", "MYST_ROLE_START", "Construct", "shown_lines", "unread_constructs"]

# where an asciidoctor-bibtex / asciidoctor-bibliography citation macro starts
ADOC_MACRO_START = lazy_compile(
    r"\b(?:cite(?:np|t|p|alt|alp|author|year|yearpar)?|fullcite):[\w-]{0,40}\["
)
# where a MyST citation role starts (its keys in backticks: blanked when the text is
# masked, as code spans are)
MYST_ROLE_START = lazy_compile(r"\{(?:foot)?cite(?::[a-z]{1,12}){0,3}\}(?=[` ])")

_SHOWN = 8  # lines named in the message


@dataclass(frozen=True, slots=True)
class Construct:
    """What a dialect's citation constructs are called in messages, and how they start."""

    name: str  # "asciidoctor-bibliography citation macros cite:[key]"
    start: LazyPattern


def shown_lines(lines: list[int]) -> tuple[int, str]:
    """How many distinct lines ``lines`` holds, and the first of them as a message names
    them ("3, 7, 12 ...")."""
    distinct = list(dict.fromkeys(lines))
    more = " ..." if len(distinct) > _SHOWN else ""
    return len(distinct), ", ".join(str(n) for n in distinct[:_SHOWN]) + more


def unread_constructs(text: str, construct: Construct, read: Collection[int]) -> list[Anomaly]:
    """One ``unread-region`` anomaly for the constructs of ``text`` (as read: code and
    comments blanked) that start at no offset in ``read`` (where the parsed citations
    start); none when every one was read."""
    lines = [
        text.count("\n", 0, m.start()) + 1
        for m in construct.start.finditer(text)
        if m.start() not in read
    ]
    if not lines:
        return []
    distinct, shown = shown_lines(lines)
    many = len(lines) != 1
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(lines)} {construct.name} not read (line{'s' if distinct > 1 else ''} "
            f"{shown}): "
            f"{'their' if many else 'its'} citation keys are not checked -- a form of the "
            "syntax this reader does not know, or one not closed on its line",
            lines[0],
            lines=tuple(lines),
        )
    ]
