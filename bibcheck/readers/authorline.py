"""A paper's author line written with HTML superscripts: the numbers point at addresses.

Lab sites and preprint summaries (Jekyll, Hugo, HTML in Markdown) print the byline as
``Anna Virtanen<sup>1</sup>, Jonas Eriksson<sup>1,2</sup>`` or ``**张伟**<sup>1,2</sup>、
**陈静**<sup>1</sup>``: every superscript stands after a name, and the line holds nothing
but names, their separators and the corresponding author's ``*``/``†``.  Those numbers are
affiliations, no citations, even where the addresses they point at are not printed.
:func:`is_author_line` tells such a line from a sentence that cites (``…as shown
before<sup>1,2</sup>.``): each piece before a superscript must be one name.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["is_author_line"]

_SUP = lazy_compile(r"<sup\b[^<>]{0,80}>(?P<label>[^<]{0,16})</sup>")
# emphasis and bold around a name ("**Zhang San**", "<b>Li Si</b>")
_EMPHASIS = lazy_compile(
    r"</?(?:b|strong|em|i|span)\b[^<>]{0,80}>|\*{1,2}|(?<!\w)_{1,2}|_{1,2}(?!\w)"
)
# what separates names: commas (any script's), semicolons, "and", "&", "和", "及", "и"
_SEPARATOR = lazy_compile(r"^(?:[\s,，、;；·*†‡§#]|&|&amp;|\band\b|\bund\b|\bet\b|\bи\b|和|及)*+")
_LABEL = lazy_compile(r"^\s*(?:[1-9]\d?|[a-z])(?:\s*[,，–-]\s*(?:[1-9]\d?|[a-z]))*\s*[*†‡§#]*\s*$")
# one name: up to five words each starting with a capital (initials, particles "van",
# "de" allowed inside), or two to six letters of a script written without spaces
_CAPITAL = "A-ZÀ-ÞА-ЯЁΑ-Ω"
_PARTICLE = r"(?:van|von|de|da|del|der|di|le|la|du|dos|ter|bin|al|y)\s+"
_NAME = lazy_compile(
    rf"^(?:{_PARTICLE}){{0,2}}[{_CAPITAL}][\w'’-]*+\.?"
    rf"(?:[\s-]+(?:{_PARTICLE}){{0,2}}[{_CAPITAL}][\w'’-]*+\.?){{0,4}}"
    r"|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,6}$"
)
# ... whose words all start with a capital: "Crane built." is a sentence; and it ends with a
# stop only after an initial ("J. A. Smith", "Smith J.", "Jr.")
_SENTENCE_END = lazy_compile(r"(?<![\s.][A-ZÀ-ÞА-ЯЁΑ-Ω])(?<!\bJr)(?<!\bSr)\.$")
_MIN_NAMES = 2


def is_author_line(line: str) -> bool:
    """Is ``line`` a list of at least two names, each followed by an affiliation
    superscript (``1``, ``1,2``, ``a``), and nothing else?"""
    text = _EMPHASIS.sub("", line)
    names = 0
    done = 0
    full = False
    for m in _SUP.finditer(text):
        if not _LABEL.match(m.group("label")):
            return False
        piece = text[done : m.start()]
        piece = piece[_SEPARATOR.match(piece).end() :].strip()  # type: ignore[union-attr]
        if not _NAME.fullmatch(piece) or _SENTENCE_END.search(piece):
            return False
        names += 1
        # (a full name, or one in a script written without spaces: "HIV<sup>1</sup>,
        # AIDS<sup>2</sup>" is no byline)
        full = full or len(piece.split()) > 1 or not piece.isascii()
        done = m.end()
    rest = text[done:]
    return full and names >= _MIN_NAMES and _SEPARATOR.match(rest).end() == len(rest)  # type: ignore[union-attr]
