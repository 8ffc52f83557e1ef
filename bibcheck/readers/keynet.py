"""The key-count safety net under Pandoc's bracketed citations.

:mod:`~bibcheck.readers.citenet` counts where a dialect's citation constructs *start*;
a Pandoc citation has no such start: ``[see @a, chap. [3]; @b]``, ``[@a;`` / ``@b]``
over a line break, ``[**@a**]`` are all brackets holding ``@key`` tokens.  Here every
``@key`` token at the top level of a bracket (a link ``[text](url)``, an image, a link
definition and what stands in brackets nested inside are left out) is counted with its
line (org-cite's ``[cite:@a;@b]`` likewise), and each one whose key the reader read on
none of the bracket's lines is reported in one ``unread-region`` anomaly: "N citation
keys not read (syntax …)", never lost in silence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from bibcheck.lazyre import LazyPattern, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.citenet import shown_lines

__all__ = ["KeyToken", "bracket_tokens", "unread_keys"]

_OPEN = lazy_compile(r"\[")
_REACH = 600  # characters a bracketed citation may run over (lines included)


@dataclass(frozen=True, slots=True)
class KeyToken:
    """An ``@key`` in a bracket: the key, its line and the line its bracket opens on."""

    key: str
    line: int
    opened: int


def bracket_tokens(
    text: str,
    token: LazyPattern,
    key_of: Callable[[re.Match[str]], str | None],
    opener: LazyPattern | None = None,
) -> list[KeyToken]:
    """The ``@key`` tokens (``token`` matches one, ``key_of`` gives its key or None for
    no citation: a cross reference) at the top level of the brackets of ``text`` (only
    those ``opener`` matches at, when given: org-cite's ``[cite:``)."""
    found: list[KeyToken] = []
    for start, end in _brackets(text):
        if opener is not None and opener.match(text, start) is None:
            continue
        body = _top_level(text, start + 1, end - 1)
        opened = text.count("\n", 0, start) + 1
        for m in token.finditer(body):
            key = key_of(m)
            if key is not None:
                line = opened + body.count("\n", 0, m.start())
                found.append(KeyToken(key, line, opened))
    return found


def unread_keys(tokens: list[KeyToken], read: Mapping[str, set[int]], syntax: str) -> list[Anomaly]:
    """One ``unread-region`` anomaly for the ``tokens`` whose key ``read`` (key -> the
    lines the reader cites it on) has on none of the lines from its bracket's opening to
    the token; none when each was read."""
    lines = [
        t.line for t in tokens if not any(t.opened <= n <= t.line for n in read.get(t.key, ()))
    ]
    if not lines:
        return []
    distinct, shown = shown_lines(lines)
    many = len(lines) != 1
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(lines)} citation key{'s' if many else ''} not read (syntax {syntax}; "
            f"line{'s' if distinct > 1 else ''} {shown}): "
            f"{'they are' if many else 'it is'} not checked -- a form of the syntax this "
            "reader does not know",
            lines[0],
            lines=tuple(lines),
        )
    ]


def _brackets(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each outermost bracket closed within :data:`_REACH` characters
    and its paragraph, neither an image, a link nor a link definition."""
    pos = 0
    while True:
        m = _OPEN.search(text, pos)
        if m is None:
            return
        start = m.start()
        end = _close(text, start)
        if end is None:
            pos = start + 1
            continue
        if not _citation_shaped(text, start, end):
            pos = start + 1  # (its inner brackets may still cite: "[see [@a]](url)")
            continue
        yield start, end
        pos = end


def _close(text: str, start: int) -> int | None:
    """The end of the bracket opened at ``start`` (nested ones balanced), or None."""
    depth = 0
    limit = min(len(text), start + _REACH)
    i = start
    while i < limit:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        elif c == "\n" and text.startswith("\n", i + 1):
            return None  # a blank line ends the paragraph
        i += 1
    return None


def _citation_shaped(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    if before in ("!", "^", "\\"):
        return False  # an image, an inline note, an escaped bracket
    if before == "]" and not text.startswith(("[@", "[-@"), start):
        return False  # "[text][label]"'s label
    after = text[end] if end < len(text) else ""
    if after in ("(", ":"):
        return False  # a link, a link definition
    if after == "[" and not text.startswith(("[@", "[-@"), end):
        return False  # a reference-style link "[text][label]"
    return True


def _top_level(text: str, start: int, stop: int) -> str:
    """``text[start:stop]`` with nested brackets' contents blanked (lines kept)."""
    out: list[str] = []
    depth = 0
    for c in text[start:stop]:
        if c == "[":
            depth += 1
        elif c == "]" and depth:
            depth -= 1
            out.append(" ")
            continue
        out.append(c if depth == 0 or c == "\n" else " ")
    return "".join(out)
