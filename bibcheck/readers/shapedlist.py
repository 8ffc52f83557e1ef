"""A reference list found by its shape, under a heading in a language the readers do not know.

The readers know the names of reference lists in many languages (``References``,
``Literatur``, ``Список литературы``), but a manuscript may be written in any language
(Yoruba ``Àwọn Ìwé Ìtọ́kasí``, Tswana ``Metswedi``).  The last heading of a word-processor
document is taken for a reference list's heading, whatever its words, when the paragraphs
after it to the end of the document are a list by their shape:

* three or more paragraphs, each shaped like an entry (a year, and an entry's opening
  ``Surname, Given`` or title-like text in parts: :func:`entry_shaped`);
* in alphabetical order of their first words (the surnames a list is sorted by);
* and the works the document cites: the first word of most of the entries (a surname, a
  corporate author, a statute's name) is a word of the text before the heading (its body
  and its notes).

A run of entry-shaped paragraphs under the last heading that fails the order or the
agreement is reported (:func:`unread_shaped_list`): never passed over in silence.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers.bodypara import Paragraph
from bibcheck.readers.listgaps import entry_shaped
from bibcheck.text import ascii_digits, fold_accents

__all__ = ["agrees", "entry_like", "inverted_opening", "shaped_list_heading", "unread_shaped_list"]

_MIN_ENTRIES = 3
_YEAR = lazy_compile(YEAR_BOUNDED)
# an entry's opening: "Surname, Given", "Surname, I.", "Surname-Other, G."
_INVERTED = lazy_compile(r"^[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+){0,2},\s[^\W\d_]")
# a word of letters (a surname: "Agbaje-Williams", "O’Brien")
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
_ENDED = lazy_compile(r"[.;:]\s*$")


def _letters(text: str) -> str:
    """``text`` as its shape is read: every decimal digit an ASCII one (a year written
    ``२०१८`` is 2018) and no combining marks (a Devanagari vowel sign, ``शर्मा``, would
    otherwise break a word of letters in two)."""
    decomposed = unicodedata.normalize("NFD", ascii_digits(text))
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def inverted_opening(text: str) -> bool:
    """Does ``text`` open as an entry does, ``Surname, Given`` (in any script)?"""
    return bool(_INVERTED.match(_letters(text.strip())))


def entry_like(text: str) -> bool:
    """Is a paragraph's text shaped like a bibliography entry: a year, and an entry's
    opening ``Surname, Given`` or title-like text in parts, in any script?"""
    text = _letters(text.strip())
    if not text or len(text) > 800 or not _YEAR.search(text):
        return False
    return bool(_INVERTED.match(text)) or entry_shaped(text)


def _first_word(text: str) -> str:
    m = _WORD.search(_letters(text).lstrip("*_“\"'‘[ "))
    return fold_accents(m.group(0)).casefold() if m else ""


def _tail(paras: Sequence[Paragraph]) -> tuple[int, list[str]] | None:
    """The last heading's index and the texts of the paragraphs after it, when the heading
    is a short line of words (no sentence) with body text before it."""
    last = next((i for i in range(len(paras) - 1, -1, -1) if paras[i].heading), None)
    if last is None or last == 0:
        return None
    head = paras[last].text.strip()
    if not head or len(head) > 80 or _ENDED.search(head):
        return None
    texts = [p.text.strip() for p in paras[last + 1 :] if p.text.strip()]
    return last, texts


def _shaped(texts: Sequence[str]) -> bool:
    return len(texts) >= _MIN_ENTRIES and all(entry_like(t) for t in texts)


def _sorted(texts: Sequence[str]) -> bool:
    keys = [_first_word(t) for t in texts]
    return all(a <= b for a, b in zip(keys, keys[1:], strict=False))


def agrees(texts: Sequence[str], before: str) -> bool:
    """Do most of the entries ``texts`` start with a word (a surname, a corporate
    author's first word) that the text ``before`` them uses?"""
    words = {fold_accents(w).casefold() for w in _WORD.findall(_letters(before))}
    named = sum(1 for t in texts if _first_word(t) in words)
    return 2 * named > len(texts)


def shaped_list_heading(paras: Sequence[Paragraph], cited: str) -> int | None:
    """Index of the last heading of ``paras`` when the paragraphs after it are a reference
    list by their shape (see the module docstring); ``cited``: the text of the document's
    notes (the body's paragraphs before the heading are read here)."""
    tail = _tail(paras)
    if tail is None:
        return None
    last, texts = tail
    if not _shaped(texts) or not _sorted(texts):
        return None
    before = " ".join([*(p.text for p in paras[:last]), cited])
    return last if agrees(texts, before) else None


def unread_shaped_list(paras: Sequence[Paragraph], reported: set[int]) -> Anomaly | None:
    """An ``unread-region`` anomaly when the paragraphs after the last heading are shaped
    like entries but were not read as a list (no known heading, not in order, or not the
    works the document cites); none when the heading's line is in ``reported`` (the lines
    of the unread regions already reported, a heading named like a list among them)."""
    tail = _tail(paras)
    if tail is None or not _shaped(tail[1]) or paras[tail[0]].number in reported:
        return None
    last, texts = tail
    return Anomaly(
        AnomalyCode.UNREAD_REGION,
        f"the {len(texts)} paragraphs under the last heading {paras[last].text.strip()!r} "
        "are shaped like reference-list entries but were not read as a list: none of them "
        "was checked",
        paras[last].number,
    )
