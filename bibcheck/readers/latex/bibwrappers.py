"""A ``.bib`` named through a command of the template that wraps ``\\bibliography``.

University thesis classes print the reference list with a command of their own that
sets the page style and the heading and calls ``\\bibliography`` with one of its
arguments: ``\\newcommand{\\thesisbibliography}[2][]{...\\bibliographystyle{x}
\\bibliography{#2}...}`` in the ``.cls``, ``\\thesisbibliography{../bib/refs}`` in the
manuscript (Brazilian ``ppgcc``-style classes, Spanish and Italian university templates;
a preamble may define one too).  The file is the argument the wrapper passes on: a
command whose body calls ``\\bibliography``, ``\\addbibresource``, ``\\addglobalbib`` or
``\\addsectionbib`` with one parameter (``{#2}``) names, where the manuscript uses it,
the file written at that argument.  Arguments are read as the definition declares them
(mandatory ``{}``, optional ``[]``, a star).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.macros import Macro, find_macros
from bibcheck.readers.latex.scan import bracket_end, skip_space
from bibcheck.text import group_end

_PASSED = lazy_compile(
    r"\\(?:bibliography|addbibresource|addglobalbib|addsectionbib)(?![A-Za-z@])\s*"
    r"(?:\[[^\]]*\])?\s*\{\s*#([1-9])\s*\}"
)
# the commands bib_names reads themselves: redefining one keeps it read there
_BUILT_IN = frozenset({"bibliography", "addbibresource", "addglobalbib", "addsectionbib"})
_MAX_USES = 64  # uses of one wrapper read (a list is printed a few times at most)


@dataclass(frozen=True, slots=True)
class Wrapper:
    """A command that passes its argument ``index`` (0-based) to a bibliography command."""

    name: str
    arguments: tuple[str, ...]
    index: int


def bib_wrappers(texts: Sequence[str]) -> list[Wrapper]:
    """The commands defined in ``texts`` (classes and packages first, the manuscript
    last: a later definition wins) that pass one argument on as a ``.bib`` name."""
    found: list[Wrapper] = []
    if not any(_PASSED.search(text) for text in texts):
        return found  # (the macros are read only when some body passes a parameter on)
    for macro in find_macros(list(texts)).defined.values():
        wrapper = _wrapper(macro)
        if wrapper is not None:
            found.append(wrapper)
    return found


def _wrapper(macro: Macro) -> Wrapper | None:
    if macro.name in _BUILT_IN:
        return None
    m = _PASSED.search(macro.body)
    if m is None:
        return None
    index = int(m.group(1)) - 1
    if index >= len(macro.arguments) or macro.arguments[index] == "s":
        return None
    return Wrapper(macro.name, macro.arguments, index)


def wrapped_names(text: str, wrappers: Sequence[Wrapper]) -> list[tuple[str, int]]:
    """(name, position of the command) of every ``.bib`` ``text`` names through one of
    ``wrappers`` (``\\thesisbibliography[opts]{refs,more}``: ``refs`` and ``more``).
    A use inside a definition (its value a parameter, ``#1``) names nothing."""
    found: list[tuple[str, int]] = []
    for wrapper in wrappers:
        use = re.compile(r"\\" + re.escape(wrapper.name) + r"(?![A-Za-z@])")  # not stored
        for m in list(use.finditer(text))[:_MAX_USES]:
            value = _argument(text, m.end(), wrapper)
            if value is None or "#" in value:
                continue
            for name in value.split(","):
                name = name.strip()
                if name:
                    found.append((name, m.start()))
    return sorted(found, key=lambda item: item[1])


def _argument(text: str, pos: int, wrapper: Wrapper) -> str | None:
    """The value of the wrapper's passed argument in the use whose name ends at ``pos``,
    or None when the use is not written out (an argument missing or unclosed)."""
    end = len(text)
    for k, kind in enumerate(wrapper.arguments):
        at = skip_space(text, pos, end)
        if kind == "s":
            pos = at + 1 if at < end and text[at] == "*" else pos
            continue
        if kind == "o" or kind.startswith("O:"):
            close = bracket_end(text, at, end) if at < end and text[at] == "[" else None
            value = text[at + 1 : close - 1] if close is not None else None
            pos = close if close is not None else pos
            if k == wrapper.index:
                return value if value is not None else (kind[2:] if kind != "o" else None)
            continue
        if at >= end or text[at] != "{":
            return None
        close = group_end(text, at, end)
        if close is None:
            return None
        if k == wrapper.index:
            return text[at + 1 : close - 1]
        pos = close
    return None
