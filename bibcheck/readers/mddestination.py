"""A Markdown link's destination, read as CommonMark reads it.

CommonMark writes a link's destination in one of two ways (spec, "Links"):

* between angle brackets, ``[text](<https://example.org/a b>)``: anything but a line
  ending or an unescaped ``<`` or ``>``;
* bare, ``[text](https://example.org/x)``: no space or control character, parentheses
  only backslash-escaped (``Foo_\\(bar\\)``) or in balanced pairs
  (``https://example.org/eli/es/l/2001/05/03/(2)/con``,
  ``https://en.wikipedia.org/wiki/Foo_(bar)``).

The patterns below are regular-expression sources for one definition every Markdown
reader shares (balanced pairs nested to three levels: addresses do not go deeper); the
readers build their link patterns from them instead of stopping an address at its first
``)``.  :func:`unescaped` turns a destination as written into the address it names.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

# an ASCII punctuation character after a backslash is the character itself
_ESCAPE = r"\\[!-/:-@\[-`{-~]"
# one character of a bare destination outside parentheses
_CHAR = rf"(?:{_ESCAPE}|[^\s()])"


def _balanced(depth: int) -> str:
    """A parenthesised run of destination characters, pairs nested ``depth`` deep."""
    inner = _CHAR
    for _ in range(depth):
        inner = rf"(?:{_CHAR}|\((?:{inner})*+\))"
    return inner


# a bare destination's characters (zero or more): "https://x.org/a_(b)/c", "Foo_\(bar\)"
BARE = rf"(?:{_balanced(3)})*+"
# the inside of an angle-bracket destination: "https://x.org/a b"
ANGLED = r"(?:\\.|[^<>\n\\])*+"
# a whole destination, either form
DESTINATION = rf"(?:<{ANGLED}>|{BARE})"
# a link title after the destination: "title", 'title', (title)
TITLE = r"(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\))"
# the parenthesised part of an inline link after its "]": "(url)", "( <url> "title" )"
INLINE = rf"\(\s*+(?:{DESTINATION}(?:\s++{TITLE})?)?\s*+\)"


def url_group(name: str, scheme: str = "") -> str:
    """A pattern source for a destination in either form whose address (the angle
    brackets left out) is the group ``name`` and starts with ``scheme`` (a pattern
    source, e.g. ``https?://``)."""
    lt = f"{name}_lt"
    return rf"(?P<{lt}><)?(?P<{name}>{scheme}(?({lt}){ANGLED}|{BARE}))(?({lt})>)"


_ESCAPED = lazy_compile(r"\\([!-/:-@\[-`{-~])")


def unescaped(destination: str) -> str:
    """The address a destination as written names: its backslash escapes undone
    (``Foo_\\(bar\\)`` is ``Foo_(bar)``)."""
    return _ESCAPED.sub(r"\1", destination) if "\\" in destination else destination
