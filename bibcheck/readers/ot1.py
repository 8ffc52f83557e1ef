"""Glyphs that LaTeX's old OT1 font encoding leaves in text extracted from a PDF.

OT1 fonts have no guillemets: ``\\guillemotleft``/``<<`` come out as the much-less and
much-greater signs, so pdftotext prints ``≪Abasto y crédito≫`` where the author wrote
``«Abasto y crédito»``.  A pair of those signs around words (no space inside) is a
quotation; a sign between spaces (``x ≪ 1``) is kept.

OT1 fonts have no accented letters either: TeX sets an accent over the letter, and the
converter writes the two apart, the accent as a combining mark after the letter
(``gre\u0301gorien``), or as a spacing accent before or after it (``Garc´ıa``, ``M¨uller``,
``c¸``); an accented i is a dotless i under the accent (``artı́culo``).  Each is composed
into the one letter meant where a real alphabet has it (:func:`composed_accents`); a dotless
i alone (Turkish ``ılık``) and an accent typed for an apostrophe (``O´Brien``) are kept.
"""

from __future__ import annotations

import unicodedata

from bibcheck.lazyre import lazy_compile

_GUILLEMETS = lazy_compile(r"≪(?=\S)([^≪≫\n]*?\S)≫|≪(\S)≫")


def ot1_glyphs(text: str) -> str:
    """``text`` with OT1 quotation marks written as meant and its accents composed
    (:func:`composed_accents`: TeX's accents come out as a letter and a combining or
    spacing accent: ``Tamte\u0301z\u030c`` is ``Tamtéž``, ``ˇCesk´y`` is ``Český``)."""
    if "≪" in text:
        text = _GUILLEMETS.sub(lambda m: f"«{m.group(1) or m.group(2)}»", text)
    return composed_accents(text)


# A spacing accent that a PDF converter wrote beside its letter, as the combining accent it
# stands for: pdftotext prints an OT1 font's accent glyph as a character of its own.
_SPACING = {
    "\u00b4": "\u0301",  # ´ acute
    "`": "\u0300",  # grave
    "\u00a8": "\u0308",  # ¨ diaeresis
    "\u02c6": "\u0302",  # ˆ circumflex
    "\u02dc": "\u0303",  # ˜ tilde
    "\u00b8": "\u0327",  # ¸ cedilla
    "\u02c7": "\u030c",  # ˇ caron
    "\u02d8": "\u0306",  # ˘ breve
    "\u02da": "\u030a",  # ˚ ring
    "\u02dd": "\u030b",  # ˝ double acute
    "\u02d9": "\u0307",  # ˙ dot above
    "\u00af": "\u0304",  # ¯ macron
    "\u02db": "\u0328",  # ˛ ogonek
}
_ACCENT_SITE = lazy_compile("[" + "".join(_SPACING) + "]")
_LETTER_MARKS = lazy_compile(r"[^\W\d_][\u0300-\u036f]+")
_VOWELS = frozenset("aeiouyAEIOUY")
# accents set below their letter, which TeX sets after it, and the letters that mostly take them
_BELOW = {"\u00b8": frozenset("cCsStT"), "\u02db": frozenset("aAeEiIuUoO")}
_DOTLESS = {"ı": "i", "ȷ": "j"}


def _fused(letter: str, mark: str) -> str | None:
    """The one precomposed letter that ``letter`` under ``mark`` is, if a real alphabet has it."""
    if not letter.isalpha():
        return None
    one = unicodedata.normalize("NFC", _DOTLESS.get(letter, letter) + mark)
    return one if len(one) == 1 and one.isalpha() else None


_REACH = 40


def _apostrophe(text: str, at: int, letter_at: int) -> bool:
    """An acute or grave typed for an apostrophe (``O´Brien``, ``don´t``, ``l´homme``,
    ``Altın´ın``): before a capital, on a consonant one letter from its word's start or two
    from its end, or before a dotless i after a word that has a bare one (Turkish)."""
    if text[at] not in "\u00b4`" or at == 0 or not text[at - 1].isalpha():
        return False
    if at + 1 < len(text) and text[at + 1].isupper():
        return True
    start = at - 1  # (a word's letters are looked at up to _REACH from the accent)
    while start > max(0, at - _REACH) and text[start - 1].isalpha():
        start -= 1
    if text[letter_at] in _DOTLESS:  # a Turkish suffix after a name: Altın´ın
        return letter_at > at and "ı" in text[start:at]
    if text[letter_at] in _VOWELS:
        return False
    end = at + 1
    while end < min(len(text), at + 4) and text[end].isalpha():
        end += 1
    return at - start == 1 or end - at - 1 <= 2


def composed_accents(text: str) -> str:
    """``text`` with every accent a PDF converter kept apart from its letter composed into
    the one letter meant, where a real alphabet has that letter: a spacing accent glued
    before or after its letter (``Garc´ıa``, ``M¨uller``, ``c¸``, ``˜n``), a combining accent
    after its letter (``gre\u0301gorien``) or after a dotless i (``Ellacur\u0131\u0301a``).

    A spacing accent between two letters that both take it belongs to a dotless i if one
    is, else to the side the document's unambiguous accents take, else to the side TeX
    sets it (a cedilla or ogonek after its letter, any other accent first).  An acute or
    grave used as an apostrophe (``O´Brien``, ``don´t``) is kept, as is every spacing accent
    of a text whose accented letters are mostly precomposed (a typed text) and which shows
    no accented dotless i."""
    sites = [m.start() for m in _ACCENT_SITE.finditer(text)]
    if sites:
        text = _spacing_composed(text, sites)
    if _LETTER_MARKS.search(text) is None:
        return text
    return _LETTER_MARKS.sub(
        lambda m: unicodedata.normalize("NFC", _DOTLESS.get(m[0][0], m[0][0]) + m[0][1:]),
        text,
    )


def _side(text: str, at: int, prev: str | None, nxt: str | None, first: bool | None) -> int | None:
    """The letter a spacing accent at ``at`` belongs to: a dotless i beside it, else the
    one side that takes it, else (both do) the side the document's accents take (``first``:
    the letter after; None: no sign), else the side TeX sets it: a cedilla or an ogonek
    after its letter, a ``c``, ``s`` or ``t`` or a vowel (``c¸``), any other accent first."""
    if nxt and text[at + 1] in _DOTLESS:
        return at + 1
    if prev and text[at - 1] in _DOTLESS:
        return at - 1
    if prev and nxt:
        takers = _BELOW.get(text[at])
        if takers is not None:
            return at + 1 if text[at + 1] in takers and text[at - 1] not in takers else at - 1
        return at - 1 if first is False else at + 1
    if prev or nxt:
        return at - 1 if prev else at + 1
    return None


def _spacing_composed(text: str, sites: list[int]) -> str:
    n = len(text)
    sides: list[tuple[int, str | None, str | None]] = []
    before = after = 0
    for at in sites:
        mark = _SPACING[text[at]]
        prev = _fused(text[at - 1], mark) if at > 0 else None
        nxt = _fused(text[at + 1], mark) if at + 1 < n else None
        sides.append((at, prev, nxt))
        if text[at] in _BELOW:
            continue  # (set after its letter whichever way the document sets the others)
        if nxt and (not prev or text[at + 1] in _DOTLESS):
            before += 1
        elif prev and (not nxt or text[at - 1] in _DOTLESS):
            after += 1
    out = list(text)
    used: set[int] = set()
    strong = 0  # accents that are no grave (a backtick is also a code quote)
    dotless = False
    for at, prev, nxt in sides:
        choice = _side(text, at, prev, nxt, None if before == after else before > after)
        if choice is not None and choice in used:
            other = 2 * at - choice
            choice = other if (prev if other < at else nxt) and other not in used else None
        if choice is None or _apostrophe(text, at, choice):
            continue
        used.add(choice)
        out[choice] = (prev if choice < at else nxt) or out[choice]
        out[at] = ""
        strong += text[at] != "`"
        dotless = dotless or text[choice] in _DOTLESS
    precomposed = sum(1 for ch in text if ch in _LATIN_ACCENTED)
    if not dotless and (strong == 0 or strong < precomposed):
        return text  # a typed text: its accents are letters, a lone ´ or ` is punctuation
    return "".join(out)


# precomposed Latin letters with an accent (Latin-1 Supplement, Latin Extended-A and -B)
_LATIN_ACCENTED = frozenset(
    ch for ch in map(chr, range(0xC0, 0x250)) if unicodedata.decomposition(ch)[:1] not in ("", "<")
)
