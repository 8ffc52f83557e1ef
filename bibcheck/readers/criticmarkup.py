"""CriticMarkup read as accepted: the manuscript with every change taken.

Editors of Pandoc Markdown and MultiMarkdown (Scrivener, iA Writer, Marked,
MultiMarkdown Composer, Obsidian and VS Code plugins) track changes as
CriticMarkup:

* ``{++ added ++}`` -- live text (the delimiters go);
* ``{-- deleted --}`` -- gone;
* ``{~~ old ~> new ~~}`` -- the old side gone, the new side live;
* ``{>> comment <<}`` -- not text;
* ``{== highlighted ==}`` -- live text (a comment usually follows it).

So a citation, a footnote marker or a whole note definition in deleted text, in
the old side of a substitution or in a comment is no citation.  :func:`accept`
rewrites a text into its accepted reading *in place*: what goes is blanked with
spaces, newlines are kept, so every line keeps its number and the text after a
change on its line keeps its column.  Only where a change opens a line is the
blank run it leaves there taken out (``{++[^3]: Note.++}`` must start its line
as a note definition does, not as an indented block), so columns on such a line
shift left by the delimiters' width.  A change may run over several lines.
Delimiters are looked for in the masked text (:func:`~bibcheck.readers.mask.mask`),
so code blocks and inline code are left alone; an opener with no closer is text.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.mask import mask

__all__ = ["accept"]

# opener -> closer; the substitution's "~>" is looked for inside its span
_CLOSERS = {"{++": "++}", "{--": "--}", "{~~": "~~}", "{>>": "<<}", "{==": "==}"}
# (not "{--}": an en dash braced as LaTeX writes it, "pp.~12{--}15")
_OPENER = lazy_compile(r"\{(?:\+\+|--|~~|>>|==)(?!\})")


def accept(text: str, masked: str | None = None) -> str:
    """``text`` as accepted (same number of lines; see the module docstring).

    ``masked``: ``text`` with code blanked (computed when not given).
    """
    if _OPENER.search(text) is None:
        return text
    if masked is None:
        masked = mask(text, latex=False)
    chars = list(text)
    ours = bytearray(len(text))  # 1 where a character was blanked here
    unclosed: set[str] = set()  # closers not found after some point: not found later either
    pos = 0
    while True:
        m = _OPENER.search(masked, pos)
        if m is None:
            break
        opener = m.group(0)
        closer = _CLOSERS[opener]
        end = -1 if closer in unclosed else masked.find(closer, m.end())
        if end < 0:
            unclosed.add(closer)
            pos = m.start() + 1
            continue
        stop = end + len(closer)
        if opener in ("{--", "{>>"):
            _blank(chars, ours, m.start(), stop)
        elif opener == "{~~":
            arrow = masked.find("~>", m.end(), end)
            if arrow >= 0:
                _blank(chars, ours, m.start(), arrow + 2)  # the old side and the arrow
            else:
                _blank(chars, ours, m.start(), m.end())  # no "~>": keep what it holds
            _blank(chars, ours, end, stop)
        else:  # addition, highlight: the text stays
            _blank(chars, ours, m.start(), m.end())
            _blank(chars, ours, end, stop)
        pos = stop
    return _dedent("".join(chars), ours)


def _blank(chars: list[str], ours: bytearray, start: int, stop: int) -> None:
    for k in range(start, stop):
        if chars[k] not in "\r\n":
            chars[k] = " "
            ours[k] = 1


def _dedent(text: str, ours: bytearray) -> str:
    """Each line that a change opened loses the blank run the change left at its start
    (the line's own indentation before the change is kept)."""
    out: list[str] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        k = start
        while k < end and text[k] in " \t" and not ours[k]:
            k += 1  # the line's own indentation
        j = k
        while j < end and text[j] in " \t" and (ours[j] or j > k):
            j += 1  # blanks left by a change, and the spaces that followed its delimiter
        if k < j < end:
            line = text[start:k] + text[j:end]
        out.append(line)
        start = end + 1
    return "\n".join(out)
