"""An archive's file cited by its shelf mark, then a colon and the file's own title.

A note or a list of unpublished sources may name the holder, the collection, the
manuscript's number and the folder, and after a colon what the file is called::

    Universiteit Vrystaat, Argief, Botha-versameling, MS 88, lêer 3: Briewe oor die plaas.
    County Record Office, Estate papers, MS 45, file 3: Letters on the new mill, 1890–1902.
    Regionaal Archief Zuid, Familiearchief Bos, inv. nr. 12, map 4: Brieven over de molen.
    Stadtarchiv Kassel, Nachlass Weber, Best. 7, Mappe 2: Briefe an den Verleger, 1880–1890.

The parsers take the holder for the author and the rest for the title, or the last folder
with it ("map 4: Brieven …").  The title is what follows the colon after the last shelf
mark's number (a manuscript, file, folder, box or inventory number in the languages of
:data:`_FOLDER`); the file is unpublished, its kind ``unknown`` (the corpus conventions),
and the holder no author.  A book's volume ("vol. 2: The later years") or a part's number
is no shelf mark and is left.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["filed_rest", "shelfmark_titled"]

# the words a shelf mark's parts are numbered with: manuscript, file, folder, box,
# inventory number (English, Afrikaans, Dutch, German, French, Spanish, Nordic, Maltese)
_FOLDER = (
    r"MSS?\.?|Ms\.|ms\.|file|folder|box|lêer|houer|inv\.\s?nr\.|inv\.|map|doos|omslag"
    r"|Mappe|Akte|Fasz\.|Karton|carton|dossier|liasse|legajo|caja|carpeta|boks|mappe|pakke"
    # (Maltese "fajl" (file), "kaxxa" (box))
    r"|fajl|kaxxa"
)
# a shelf mark's last part before the colon that opens the file's title: after a comma
# or the text's start, its word, its number ("7", "12a", "3/2", "B.4"), the colon
_SHELF_COLON = lazy_compile(rf"(?:^|,\s)(?:{_FOLDER})\s?[\w./-]{{1,12}}:\s+(?=\S)")
_KEPT = frozenset({RefKind.UNKNOWN})
# an author-date entry's rest after the archive's name and the year: the file's reference
# (a fonds' code, the file's number: "CSG 01, fajl 3458/1921", "CO 158/12, file 3"), no
# sentence's stop in it, then the shelf mark's colon and the file's title in italics or
# quotation marks
_FILED_REST = lazy_compile(
    rf"^(?:[^\s:.]+\s){{0,6}}?(?:[^\s:.]+,\s)?(?:{_FOLDER})\s?[\w./-]{{1,12}}:\s+(?=[*_“\"‘«„])"
)


def filed_rest(rest: str) -> str | None:
    """What follows the shelf mark's colon in ``rest`` (an author-date entry's words after
    "Archive. Year."), when a file's reference stands before it and a marked title after it:
    "CSG 01, fajl 3458/1921: *Korrispondenza …*. Manuskritt." gives "*Korrispondenza …*.
    Manuskritt."; None otherwise."""
    m = _FILED_REST.match(rest)
    return rest[m.end() :] if m is not None else None


# a file's reference code opening the title before its colon: a fonds' letters, its
# series' and the item's numbers, parted by slashes or spaces ("GLC/DG/PRB/35/012: Title",
# "CAB 128/5: Title", "HO 45/9876: Title")
_CODE_COLON = lazy_compile(r"^[A-Z]{2,6}(?:[\s/](?:[A-Z]{1,6}|\d[\w.-]{0,8})){1,8}:\s+(?=\S)")


def shelfmark_titled(ref: Reference) -> Reference:
    """``ref`` titled with what follows its shelf mark's colon (see the module), no
    author's; as it is otherwise."""
    title = ref.title
    if not title or ref.kind not in _KEPT or ":" not in title:
        return ref
    code = _CODE_COLON.match(title)
    # (a number's part after a slash: "ISO/IEC 27001: Title" is a standard's designation)
    if code is not None and re.search(r"/\d", code.group(0)):
        # ("London Metropolitan Archives. GLC/DG/PRB/35/012: Supplementary licensing …":
        # the file's reference before its title, no part of it)
        own = title[code.end() :].strip()
        if len(own.split()) >= 2:
            return dataclasses.replace(ref, title=own, authors=())
    marks = list(_SHELF_COLON.finditer(title))
    if not marks:
        return ref
    own = title[marks[-1].end() :].strip()
    if len(own.split()) < 2:
        return ref
    return dataclasses.replace(ref, title=own, authors=())
