"""Text folding shared by every stage: comparison keys and one transliteration table.

* :func:`title_key` -- the form in which two titles are compared (lower case,
  no punctuation, spaces collapsed);
* :func:`ascii_digits` -- a number written in any script's decimal digits
  (Persian ``۳``, Arabic-Indic ``٣``, Devanagari ``३``, full-width ``３``) in
  ASCII digits: a note or list number is a number whatever script writes it;
* :func:`editor_lines` -- the lines of a text as an editor numbers them (a form feed
  or a Unicode line separator inside a line does not end it, as ``str.splitlines`` has it);
* :func:`transliterate` -- Latin letters for Cyrillic (a BGN/PCGN-style table:
  ``й`` -> ``y``, ``х`` -> ``kh``) and accented Latin, used for citation keys
  and for comparing URL slugs written in different scripts.  There is one
  table, so a key and a slug comparison never disagree about a letter.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from bibcheck.lazyre import lazy_compile

__all__ = [
    "ascii_digits",
    "ascii_digits_outside_addresses",
    "distinct_titles",
    "editor_lines",
    "fold_accents",
    "show_controls",
    "strip_controls",
    "title_key",
    "transliterate",
]

_PUNCT = lazy_compile(r"[^\w\s]+")


# a superscript or subscript digit is the digit: "1 km² scale" is the title registries
# write "1 km2 scale" (their records drop the markup), "CO₂" is "CO2"
_SCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", "01234567890123456789")


def title_key(title: str | None) -> str:
    """Lower-cased title without punctuation, spaces collapsed (superscript and subscript
    digits as digits)."""
    if not title:
        return ""
    return " ".join(_PUNCT.sub(" ", title.lower().translate(_SCRIPT_DIGITS)).split())


# a decimal digit of any script but ASCII's (re's \d is Unicode category Nd)
_OTHER_DIGIT = lazy_compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """``text`` with every Unicode decimal digit (category Nd: ``۱۲``, ``٣``, ``३``,
    ``３``) as its ASCII digit; anything else as written."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)


# a web address or a DOI: its digits are the address's own, whatever their script
# ("https://pa.wikipedia.org/wiki/ਚੰਦਰਯਾਨ-੩" is not ".../ਚੰਦਰਯਾਨ-3", another page)
_ADDRESS = lazy_compile(
    r"(?i:https?|ftp)://[^\s<>\"]+|(?i:www)\.[^\s<>\"]+|\b(?i:doi):\s?[^\s<>\"]+"
    r"|\b10\.[0-9]{4,9}/[^\s<>\"]+"
)


def ascii_digits_outside_addresses(text: str) -> str:
    """``text`` with every decimal digit as its ASCII digit (:func:`ascii_digits`) except
    inside a URL or a DOI, which keeps its digits as written (one character for one)."""
    if text.isascii():
        return text
    parts: list[str] = []
    at = 0
    for m in _ADDRESS.finditer(text):
        parts += [ascii_digits(text[at : m.start()]), m.group()]
        at = m.end()
    parts.append(ascii_digits(text[at:]))
    return "".join(parts)


RESPELLED = 85  # fuzz.ratio of two keys at or above which one title is the other respelled


def distinct_titles(a: str | None, b: str | None) -> bool:
    """Do two titles clearly name two works?  Not when either is missing (nothing to tell),
    nor when one is the other respelled (capitals, punctuation, a typo), cut short (a
    subtitle dropped) or with words added or reordered; yes when their numbers differ
    (``NBR 6024`` and ``NBR 14724``, two standards) or their words do (``The class
    manual`` and ``The cite package manual``: two manuals of one project)."""
    ka, kb = title_key(a), title_key(b)
    if not ka or not kb or ka == kb:
        return False
    short, long = sorted((ka.split(), kb.split()), key=len)
    if long[: len(short)] == short or set(short) <= set(long):
        return False
    numbers_a = {w for w in ka.split() if w.isdigit()}
    numbers_b = {w for w in kb.split() if w.isdigit()}
    if numbers_a != numbers_b and numbers_a and numbers_b:
        return True
    return fuzz.ratio(ka, kb) < RESPELLED


_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip


# Latin letters that do not decompose into a base letter plus an accent.
_LATIN_EXTRA = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i"}


def fold_accents(text: str) -> str:
    """``text`` without the accents of Latin and Greek letters: capitals drop them
    ("ΒΙΒΛΙΟΓΡΑΦΙΑ" is "Βιβλιογραφία"), and so do hurried writers ("Bibliografia").
    Other scripts keep their marks (Cyrillic й is no и, Devanagari vowel signs are letters)."""
    out: list[str] = []
    for c in unicodedata.normalize("NFD", text):
        if unicodedata.combining(c) and out and ord(out[-1]) < 0x0400:
            continue
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


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


# --------------------------------------------------------------------------
# control characters (terminal output, exports)
# --------------------------------------------------------------------------

# ANSI/ECMA-48 sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other ESC x,
# and their 8-bit forms.  No run is read twice: each class stops at the next ESC.
_ANSI = lazy_compile(
    r"\x1b\[[0-?]*+[ -/]*+[@-~]?|\x9b[0-?]*+[ -/]*+[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]*+(?:\x07|\x1b\\|\x9c)?|\x9d[^\x07\x1b\x9c]*+(?:\x07|\x9c)?"
    r"|\x1b[@-Z\\-_]?"
)
# C0 and C1 controls (tab and newline kept), DEL, and the bidirectional embeddings,
# overrides and isolates that make text display in another order than it is stored.
_CONTROL = lazy_compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# the line ends an editor counts: CR LF, LF, CR (not a form feed, vertical tab, file/group/
# record separator, NEL or U+2028/U+2029, which ``str.splitlines`` also splits at)
_LINE_END = lazy_compile(r"\r\n|[\r\n]")


def editor_lines(text: str) -> list[str]:
    """The lines of ``text`` as an editor shows and numbers them: split at CR LF, LF or CR
    only, so line N here is line N of the file (PDF-to-text output starts every page with a
    form feed, which ``str.splitlines`` would count as one more line).  Like
    ``splitlines``, a final line end opens no empty line."""
    lines = _LINE_END.split(text)
    if lines[-1] == "":
        lines.pop()
    return lines


def strip_controls(text: str) -> str:
    """``text`` without terminal escape sequences, control characters or bidi overrides.

    Tab and newline are kept (callers that want one line collapse whitespace).
    """
    return _CONTROL.sub("", _ANSI.sub("", text))


def show_controls(text: str) -> str:
    """``text`` safe to print on a terminal: every control character, escape sequence
    and bidi override shown as a visible code (``\\x1b``, ``<U+202E>``), never obeyed."""
    return _CONTROL.sub(_visible, text)


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"<U+{code:04X}>"


def group_end(text: str, start: int, limit: int | None = None) -> int | None:
    """Index after the ``}`` closing the ``{`` at ``start`` (TeX braces, ``\\x`` escapes skipped);
    None when it is not closed before ``limit`` (default: the end of ``text``)."""
    depth = 0
    i = start
    stop = len(text) if limit is None else limit
    while i < stop:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None
