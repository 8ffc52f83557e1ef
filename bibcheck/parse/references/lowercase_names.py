"""An entry whose names are written in lower case (``rossi, anna (2019). Title…``,
``anna rossi. Title. …``): a hand-typed list or a site's credit line.

The name patterns of the parsers look for capitals; without them the names are taken for
the title.  The entry's shape (author-date or names-first) lies in its punctuation, not in
the case of its letters: when the names at its start, two to four words of lower-case
letters (or an initial) before ``(year`` or a full stop, came out as the start of the title
and no author was found, the entry is read again with those words capitalised (the same
length, so every position is unchanged) and the names it finds are given back as written.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["capitalised_names", "names_as_written"]

# a lower-case word (any script with case) or an initial; the names end before "(1999" or ". "
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)?\.?"
_NAMES = lazy_compile(
    rf"^(?P<names>{_WORD}(?:,?\s{_WORD}){{1,3}})(?=\s?\(\s?(?:1[5-9]|20)\d\d|\.\s|\s\.\s)"
)


def capitalised_names(text: str) -> tuple[str, int] | None:
    """``text`` with the lower-case names at its start capitalised, and where they end; None
    when it does not start with such names."""
    m = _NAMES.match(text)
    if m is None:
        return None
    names = m.group("names")
    if any(c.isupper() for c in names) or not any(c.isalpha() for c in names):
        return None
    words = re.split(r"(\s+)", names)
    capital = "".join(w[:1].upper() + w[1:] if w.strip() else w for w in words)
    if len(capital) != len(names):  # a letter whose capital is two ("ß"): left alone
        return None
    return capital + text[m.end() :], m.end()


def names_as_written(
    authors: tuple[str, ...], capital: str, text: str, end: int
) -> tuple[str, ...]:
    """``authors`` read from :func:`capitalised_names`'s text, as ``text`` writes them; ()
    when one of them is not within the names (the capitals made something else a name)."""
    out: list[str] = []
    for author in authors:
        at = capital.find(author, 0, end)
        if at < 0:
            return ()
        out.append(text[at : at + len(author)])
    return tuple(out)
