"""A script's own full stop and comma, read in a reference as the Latin ones.

A reference in Tibetan or Dzongkha ends its name and title with the shad, as a Latin one
ends them with ". " ("བཀྲ་ཤིས་ཚེ་རིང། བོད་ཀྱི་ལོ་རྒྱུས། ལྷ་ས། …" is "Name. Title. Place. …");
Devanagari and Bengali end them with the danda "।", Burmese with "။" (its comma "၊"), Khmer
with "។" (its colon "៖"), Ethiopic with "።" (its comma "፣", semicolon "፤").  The parsers
know the Latin marks, so those are read in their place, one character for one: the fields
are then taken back from the text as written (see :func:`parse_reference`).

The tsheg a Tibetan syllable keeps before the shad ("ཁང་།") is part of the stop: the two
are read as ". ".  A shad followed by a Latin comma, parenthesis or other mark ("ཚེ་རིང།, …",
as Tibetan writes the shad after every name and phrase, and an author the note's "Name,
Title" in Latin marks) is read as a space: the Latin mark parts the items.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

# one character for one: the Latin mark each stands for
_MARKS = {
    # Tibetan shad, nyis shad, tsheg shad, nyis tsheg shad, rin chen spungs shad
    "\u0f0d": ".",
    "\u0f0e": ".",
    "\u0f0f": ".",
    "\u0f10": ".",
    "\u0f11": ".",
    "\u0f12": ".",
    # Devanagari (and Bengali, Gurmukhi, …) danda and double danda
    "\u0964": ".",
    "\u0965": ".",
    # Burmese section (full stop) and little section (comma)
    "\u104b": ".",
    "\u104a": ",",
    # Khmer khan, bariyoosan, camnuc pii kuuh (colon)
    "\u17d4": ".",
    "\u17d5": ".",
    "\u17d6": ":",
    # Arabic comma and semicolon, Urdu full stop (U+06D4, also Sindhi's and Pashto's);
    # Ethiopic full stop, comma, semicolon
    "\u060c": ",",
    "\u061b": ";",
    "\u06d4": ".",
    "\u1362": ".",
    "\u1363": ",",
    "\u1364": ";",
}
_TSHEG = "\u0f0b\u0f0c"
_SHADS = "\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f12"
# a Latin mark after the stop parts the items itself
_LATIN_AFTER = ",;:.)]»”\"'"
_ANY_MARK = lazy_compile("[" + "".join(_MARKS) + "]")
# a title quoted right to left: Urdu, Persian and Arabic word processors keep the quote a
# reader sees first as the logical first character, so the pair is typed ``’…‘`` or ``”…“``
# (``’عنوان کتاب‘``); the quoted text opens with a letter of the Arabic script and holds no
# quote of its own (bounded: a title, not a paragraph)
_ARABIC_LETTER = (
    "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
)
_RTL_QUOTED = lazy_compile(
    rf"(?P<open>[’”])(?=[{_ARABIC_LETTER}])(?P<inner>[^’‘”“\n]{{1,400}})(?P<close>[‘“])"
    r"(?!\w)"
)


def latin_stops(text: str) -> str:
    """``text`` with each script's full stop, comma, semicolon and colon as the Latin mark,
    the same length (one character for one)."""
    text = ltr_quotes(text)
    if _ANY_MARK.search(text) is None:
        return text
    out = list(text)
    i = 0
    while i < len(text):
        c = text[i]
        if c not in _MARKS:
            i += 1
            continue
        if c in _SHADS:
            # the run of tsheg and shads before it, and the run of shads itself
            start = i - 1 if i > 0 and text[i - 1] in _TSHEG else i
            end = i
            while end < len(text) and text[end] in _SHADS:
                end += 1
            latin_next = end < len(text) and text[end] in _LATIN_AFTER
            for at in range(start, end):
                out[at] = "." if at == start and not latin_next else " "
            i = end
            continue
        out[i] = _MARKS[c]
        i += 1
    return "".join(out)


def ltr_quotes(text: str) -> str:
    """``text`` with each title quoted right to left (``’عنوان‘``, ``”عنوان“``) quoted in the
    Latin order (``“عنوان”``), the same length: the parsers know the Latin pair."""
    if "’" not in text and "”" not in text:
        return text
    return _RTL_QUOTED.sub(lambda m: "“" + m.group("inner") + "”", text)
