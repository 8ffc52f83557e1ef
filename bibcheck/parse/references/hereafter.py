"""The abbreviation a note defines for a name it cites: no part of the title.

A note citing a library, an archive or a body for the first time names the short form the
later notes use, in brackets after the name::

    Staatsarchiv Bremen (im Folgenden: StAB), 2-P.8.B.3, Bl. 4.
    Landesarchiv Baden-Württemberg, Hauptstaatsarchiv Stuttgart (künftig: HStAS), A 202.
    West Sussex Record Office (hereafter WSRO), Add. MS 1234.
    Archives nationales (ci-après AN), F/14/123.

The list entry for the same item prints the name without it, and the parsers take what
they read as the title from that name: the bracketed definition is cut from the title read
(:func:`without_definition`), so that the note and its entry read alike.  The note is not
read again without it (the parsers weigh its other words alike either way); the raw text
keeps it, and :mod:`.repeat` reads it there to resolve the later notes.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["title_without_definition", "without_definition"]

_DEFINITION = lazy_compile(
    r"\s?\(\s*(?:hereafter|henceforth|hereinafter|cited\sas|далее|im\sFolgenden|künftig"
    r"|fortan|nachfolgend|zit\.\sals|zitiert\sals|ci-après|en\sadelante|hierna"
    r"|d'ora\sin\spoi|dále\sjen|dalej)\b[^()]{1,40}\)",
    re.IGNORECASE,
)


def title_without_definition(title: str) -> str:
    """``title`` with an abbreviation's definition cut (see the module)."""
    return " ".join(_DEFINITION.sub("", title).split()).strip(" ,") or title


def without_definition(ref: Reference) -> Reference:
    """``ref`` with an abbreviation's definition cut from its title (see the module)."""
    if not ref.title or _DEFINITION.search(ref.title) is None:
        return ref
    return dataclasses.replace(ref, title=title_without_definition(ref.title))
