"""Glyphs that LaTeX's old OT1 font encoding leaves in text extracted from a PDF.

OT1 fonts have no guillemets: ``\\guillemotleft``/``<<`` come out as the much-less and
much-greater signs, so pdftotext prints ``≪Abasto y crédito≫`` where the author wrote
``«Abasto y crédito»``.  An accented i is a dotless i with an accent over it, extracted as two
characters (``artı́culo``, ``ı̂n``).  A pair of those signs around words (no space inside)
is a quotation; an accent on a dotless i is the accented i (:func:`dotless_accented` does
only that, for a reader that matches names in the text as converted).  A sign between spaces
(``x ≪ 1``) and a dotless i alone (Turkish ``ılık``) are kept.
"""

from __future__ import annotations

import re
import unicodedata

_GUILLEMETS = re.compile(r"≪(?=\S)([^≪≫\n]*?\S)≫|≪(\S)≫")
_DOTLESS_ACCENTED = re.compile(r"[ıȷ](?=[\u0300-\u036f])")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def ot1_glyphs(text: str) -> str:
    """``text`` with OT1 quotation marks and accented dotless i written as meant, its
    accents composed (TeX's composed accents come out as a letter and a combining mark:
    ``Tamte\u0301z\u030c`` is ``Tamtéž``, ``C\u030cesky\u0301`` is ``Český``)."""
    if "≪" in text:
        text = _GUILLEMETS.sub(lambda m: f"«{m.group(1) or m.group(2)}»", text)
    if _COMBINING.search(text) is None:
        return text
    text = _DOTLESS_ACCENTED.sub(lambda m: "i" if m.group(0) == "ı" else "j", text)
    return unicodedata.normalize("NFC", text)


_DOTLESS_WITH_ACCENT = re.compile(r"[ıȷ][\u0300-\u036f]")


def dotless_accented(text: str) -> str:
    """``text`` with each OT1 accented i or j (a dotless letter and a combining accent,
    ``Ellacur\u0131\u0301a``) written as the one letter meant (``Ellacuría``); every
    other character as it was."""
    if "ı" not in text and "ȷ" not in text:
        return text
    return _DOTLESS_WITH_ACCENT.sub(
        lambda m: unicodedata.normalize("NFC", ("i" if m[0][0] == "ı" else "j") + m[0][1:]),
        text,
    )
