"""Text folding shared by every stage: comparison keys and one transliteration table.

* :func:`title_key` -- the form in which two titles are compared (lower case,
  no punctuation, spaces collapsed);
* :func:`transliterate` -- Latin letters for Cyrillic (a BGN/PCGN-style table:
  ``й`` -> ``y``, ``х`` -> ``kh``) and accented Latin, used for citation keys
  and for comparing URL slugs written in different scripts.  There is one
  table, so a key and a slug comparison never disagree about a letter.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["title_key", "transliterate"]

_PUNCT = re.compile(r"[^\w\s]+")


def title_key(title: str | None) -> str:
    """Lower-cased title without punctuation, spaces collapsed."""
    if not title:
        return ""
    return " ".join(_PUNCT.sub(" ", title.lower()).split())


_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip


# Latin letters that do not decompose into a base letter plus an accent.
_LATIN_EXTRA = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i"}


def transliterate(text: str) -> str:
    """Latin-letter form of ``text``: Cyrillic by table, accents stripped.

    ``Залесский`` -> ``Zalesskiy``, ``Müller`` -> ``Muller``.  Characters
    with no Latin form are dropped.
    """
    out: list[str] = []
    for ch in text:
        low = ch.lower()
        if low in _CYRILLIC or low in _LATIN_EXTRA:
            latin = _CYRILLIC[low] if low in _CYRILLIC else _LATIN_EXTRA[low]
            out.append(latin.capitalize() if ch != low and latin else latin)
        else:
            out.append(ch)
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in decomposed if c.isascii())
