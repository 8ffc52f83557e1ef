"""Initials of the Brahmic scripts of India, and the APA author lists written with them.

An initial of these scripts is one syllable with its full stop (Hindi "र.", Punjabi "ਗ.",
Telugu "కె.", Malayalam "എൽ."); APA inverts every name, the family name, a comma and the
initials, and joins the last with "&": "ਬਰਾੜ, ਗ., & ਮਾਨ, ਰ.", "शर्मा, र. क., वर्मा, स., & राव, म.".
:func:`inverted_people` splits such a list into its names (the initials stay with them).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["BRAHMIC_INITIAL", "inverted_people"]

# The nine Brahmic blocks of India (Devanagari to Malayalam) share one layout: a letter at
# offsets 0x05-0x39 and 0x58-0x61, a sign (vowel sign, anusvara, nukta, virama) at 0x00-0x03,
# 0x3c-0x4f, 0x51-0x57 and 0x62-0x63, the virama at 0x4d.
_BLOCKS = range(0x0900, 0x0D80, 0x80)


def brahmic(*spans: tuple[int, int]) -> str:
    """Character-class ranges of ``spans`` (offsets) in each of the nine blocks."""
    return "".join(f"\\u{b + lo:04x}-\\u{b + hi:04x}" for b in _BLOCKS for lo, hi in spans)


LETTER = f"[{brahmic((0x05, 0x39), (0x58, 0x61))}]"
SIGN = f"[{brahmic((0x00, 0x03), (0x3C, 0x4F), (0x51, 0x57), (0x62, 0x63))}]"
VIRAMA = f"[{brahmic((0x4D, 0x4D))}]"
# (or a Latin initial spelt as its letter's name, a vowel and a consonant: Hindi and Marathi
# "एम." (M.), "एस." (S.), "एल." (L.); Bengali "এম.")
_VOWEL = f"[{brahmic((0x05, 0x14))}]"
_NUKTA = f"[{brahmic((0x3C, 0x3C))}]"
# (Tamil writes a name that starts with "ர" or "ல" with the vowel "இ" or "உ" before it, and
# its initial so: "இரா." (Rā.), "இல." (La.), "உலா."; a vowel sign after that consonant)
_TAMIL_PROTHETIC = r"[\u0b87\u0b89][\u0bb0\u0bb2][\u0bbe-\u0bcc]?"
# an initial: a letter (a conjunct's two joined by the virama) with its signs, and a closing
# dead consonant or Malayalam chillu (Telugu "కె.", "ఎం.", "ఎల్.", Hindi "श्री.", Tamil "கி.",
# Malayalam "എൽ.", its old chillu "എല്\u200d." with the joiner); a name of two syllables
# ("శర్మ.", "রায়.") is none
BRAHMIC_INITIAL = (
    rf"(?:{LETTER}(?:{VIRAMA}{LETTER})?{SIGN}{{0,3}}(?:{LETTER}{VIRAMA}\u200d?|[\u0d7a-\u0d7f])?"
    rf"|{_VOWEL}{LETTER}{_NUKTA}?(?:{VIRAMA}{LETTER})?|{_TAMIL_PROTHETIC})\."
)
# A family name of these scripts: one to three words, a letter and then any of the blocks'
# letters and signs (Gurmukhi's addak and tippi "ਸਿੱਧੂ", "ਸੰਧੂ" too) and the joiners (Malayalam's
# old chillu "ന്\u200d", Sinhala's "ක්\u200dර"), no digit or danda
_WORD = rf"{LETTER}(?:(?![\d\u0964\u0965])[\u0900-\u0d7f\u200c\u200d])*+"
_FAMILY = rf"{_WORD}(?:[\s-]{_WORD}){{0,2}}"
_PERSON = rf"{_FAMILY},\s{BRAHMIC_INITIAL}(?:\s?{BRAHMIC_INITIAL}){{0,3}}"
# two or more such names, commas between them, "&" (or "and", "और", "ਅਤੇ" ...: one word)
# before the last
_LIST = lazy_compile(rf"{_PERSON}(?:,\s{_PERSON}){{0,30}},?\s(?:&|and|{_WORD})\s{_PERSON}")
_ONE = lazy_compile(_PERSON)


def inverted_people(text: str) -> tuple[str, ...] | None:
    """The names of an APA list of inverted names with Brahmic initials ("ਬਰਾੜ, ਗ., & ਮਾਨ,
    ਰ."), each with its initials, its last stop off as APA's other names; else None."""
    text = " ".join(text.split()).strip(" ,")
    # (the last initial's stop may be cut off already, as the sentence's)
    probe = text if text.endswith(".") else text + "."
    if _LIST.fullmatch(probe) is None:
        return None
    return tuple(m.group(0).removesuffix(".") for m in _ONE.finditer(probe))
