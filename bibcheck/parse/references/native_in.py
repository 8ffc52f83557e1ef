"""The word for "In:" before a chapter's book, in the Nordic and Finnish Vancouver lists.

NLM's Vancouver style cites a chapter as ``Author A. Chapter. In: Editor E, editors. Book.
Place: Publisher; year. p. 1-20.``  Lists written in Swedish, Danish and Norwegian write
"In:" as ``I:`` and the editors' word as ``red.``/``redaktör``/``redaktører``; Finnish lists
write ``Teoksessa:`` (or ``Teoksessa`` without the colon) and ``toim.``::

    Lindgren A. Kapitlets titel. I: Berg K, Holm L, red. Bokens titel. Lund: Förlag; 2019.
        s. 12-30.
    Virtanen M. Luvun otsikko. Teoksessa: Korhonen A, toim. Kirjan nimi. Helsinki:
        Gaudeamus; 2012. s. 45-67.

The parsers know the English "In:" (and the other languages' words in
:data:`.patterns.IN_WORD`, where "I" is left out: a volume's Roman numeral is written "vol.
I: …").  :func:`english_in` writes the Nordic ``I:`` as "In:" only where it opens a
sentence and editors named the Vancouver way follow it, closed by their word (``I: Berg K,
Holm L, red.``, ``I: Berg K (red.).``): no numeral is followed by that.  The Finnish word
is no numeral, and is written "In:" after any sentence's stop.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import role_marks

__all__ = ["english_in"]

# a name as the editors are written: "Berg K", "van der Berg KL", "Holm Pedersen K", "K. Berg"
_NAME = (
    r"(?:[a-zà-ÿ]{1,4}\s){0,3}[A-ZÀ-ÞÅÄÖØÆ][\w'’-]+(?:\s[A-ZÀ-ÞÅÄÖØÆ][\w'’-]+)?\s[A-ZÅÄÖØÆ]{1,4}"
)
_INITIALS_FIRST = r"(?:[A-ZÅÄÖØÆ]\.\s?){1,3}[A-ZÀ-ÞÅÄÖØÆ][\w'’-]+"
_EDITORS = rf"(?:{_NAME}|{_INITIALS_FIRST})(?:,\s(?:{_NAME}|{_INITIALS_FIRST})){{0,7}}"
# the editors' word: Swedish "red." / "redaktör(er)", Danish and Norwegian "red." /
# "redaktør(er)", English "editor(s)" and "eds"
_MARK = (
    rf"(?:{role_marks.COMMA_MARK}|,\s(?:redaktörer|redaktör|redaktører|redaktør|editors?)"
    rf"|\s{role_marks.MARK})"
)
_NORDIC_IN = lazy_compile(rf"(?<=[.?!])\sI:\s(?={_EDITORS}{_MARK}(?:\.|\s|$))")
_FINNISH_IN = lazy_compile(r"(?<=[.?!])\sTeoksessa:?\s(?=\S)")


def english_in(text: str) -> str:
    """``text`` with the Nordic ``I:`` before a chapter's editors and the Finnish
    ``Teoksessa:`` written "In:" (see the module); ``text`` itself when it has neither."""
    if "I:" not in text and "Teoksessa" not in text:
        return text
    return _FINNISH_IN.sub(" In: ", _NORDIC_IN.sub(" In: ", text, count=1), count=1)
