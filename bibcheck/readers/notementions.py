"""Whether an author-date mention in a note is a running-text citation or the note's own
short reference.

A note may name a work of the list in two shapes.  The running-text form puts the year in
brackets, as a body sentence does ("Vgl. Neuland (2018), S. 12", "see (Berg 2004)",
"Schmidt [1999], p. 4"): it cites the list beside the note.  An author-date footnote
(classics, Harvard-in-notes, "1 Jacoby 1944, 37–44.", "4 Loraux 1986, 50–56.") is the
note's own reference, printed with a bare year: the note itself cites the entry.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

# the text up to a mention's end closes on a bracketed year: "(2018)", "[1999a]", "(1986: 4)"
_BRACKETED = lazy_compile(
    r"[(\[][^()\[\]]*(?<!\d)(?:1[5-9]|20)\d\d[a-z]?(?!\d)[^()\[\]]*[)\]]?\s*$"
)


def bracketed_year(text: str) -> bool:
    """Does ``text`` (a note's text up to the end of a mention) end in a year in brackets,
    the running-text form ("Neuland (2018)"), not a bare "Jacoby 1944"?"""
    return bool(_BRACKETED.search(text.rstrip(" ,;.")))


__all__ = ["bracketed_year"]
