"""The prose a discursive note opens with is neither its work's author nor its title.

Humanities notes name the work inside a sentence: ``Edward's fall is narrated by Stow,
*Annales* (1592), 334.``, ``The scene is told from Hall, *Union of the Two Families*
(1548).``.  Read as a citation, the sentence before the comma becomes the author
("Edward's fall is narrated by Stow") -- or, when the note sets nothing in italics, the
whole note the title.  The author is the name that ends the sentence (after ``by``,
``from``, ``in``, ``see``, ``cf.``); the title, in an unmarked note, the words after that
name up to the imprint's parenthesis or the next comma.  A sentence that ends in no name
is no author at all.

A sentence is told from a name by its words: four or more, half of them in lower case,
one of them a verb of a sentence (``is``, ``was``, ``has``, a participle in ``-ed``) or
the ``by`` that hands over to the name; a body's name (``Ministry of the Interior``) has
none of these.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["author_in_prose", "work_after_prose"]

# the verb of a sentence: "is", "was", "has been", "quoted", "narrated", "glossed"
_VERB = lazy_compile(r"\b(?:is|are|was|were|has|have|had|been|be|see|cf\.|[a-z]{3,}(?:ed|en))\b")
# the name that ends the sentence, after the word that hands over to it
_NAME = r"[A-Z][\w'’.-]+(?:\s(?:[A-Z][\w'’.-]+|de|van|von|la|le|du|da)){0,3}"
_NAME_AT_END = lazy_compile(rf"\s(?:by|from|in|see|cf\.)\s(?P<name>{_NAME})$")
# an unmarked note: the sentence, the name, the title up to the imprint or the next comma
_LED = lazy_compile(
    rf"^(?P<prose>[^()\[\];,]{{4,200}}?)\s(?:by|from|in|see|cf\.)\s(?P<name>{_NAME}),\s"
    r"(?P<title>[A-Z][^()\[\];,]{1,200}?)(?:\s\(|,\s|\.\s|\.?$)"
)


def _sentence(words: list[str], text: str) -> bool:
    """Are ``words`` (of ``text``) a sentence's, not a name's or a title's?"""
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 4 and 2 * lower >= len(words) and _VERB.search(text) is not None


def author_in_prose(author: str) -> str | None:
    """The author an ``author`` read from the prose a note opens with stands for: the name
    that ends the sentence, or "" when it ends in none; None when ``author`` is no
    sentence (a name, a body's name)."""
    text = author.strip(" ,.")
    if not _sentence(text.split(), text):
        return None
    m = _NAME_AT_END.search(text)
    return m.group("name") if m is not None else ""


def work_after_prose(text: str) -> tuple[str, str] | None:
    """(the author, the title) of an unmarked note that names its work after a sentence
    ("Edward's fall is narrated by Stow, Annales (1592), 334."), or None."""
    m = _LED.match(text.strip())
    if m is None:
        return None
    prose = m.group("prose")
    if not _sentence(prose.split(), prose) or any(ch.isdigit() for ch in prose):
        return None
    return m.group("name"), m.group("title").strip()
