"""Commands of unseen definition written like ``\\href``: ``\\weblink{https://…}{text}``.

A link macro defined in a package of the distribution (or in a file not at hand) is
unknown here; read as text, its URL and its link text would run together
("https://example.org/toolTool").  A command whose first argument is a bare URL and
whose second argument follows at once is read like ``\\href{URL}{text}``.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

# "{", a URL (no spaces, braces or commands except TeX's escaped characters), "}", then
# at most one line break and the "{" of the second argument
_URL_PAIR = lazy_compile(
    r"[ \t]*+\{[ \t]*+(?:(?:https?|ftp)://|www\.)[^\s{}\\]*+(?:\\[%#&_~$][^\s{}\\]*+)*+"
    r"[ \t]*+\}[ \t]*+(?:\n[ \t]*+)?\{"
)


def url_then_text(text: str, pos: int, end: int) -> bool:
    """Do the arguments at ``pos`` read ``{URL}{text}``, as ``\\href``'s do?"""
    return _URL_PAIR.match(text, pos, end) is not None
