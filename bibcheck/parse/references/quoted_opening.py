"""A title that opens with a quoted phrase and goes on after it.

News headlines and essay titles often open with a quotation, then a colon or a dash and the
rest of the sentence: ``«Aquí se habla claro»: el acento vuelve a la radio``, ``"Back to
the city": Memory and return``, ``„Wir bleiben hier“ – Ein Dorf wehrt sich``.  The title
is the whole sentence, quotation marks included, not the quoted words alone; a title that
is only the quotation (``«Volver al barrio». *El Diario*``) is no such title.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.shared import quoted

# after the closing mark: a colon or a spaced dash, then the rest of the title
_GOES_ON = lazy_compile(r"\s?:\s+(?=\S)|\s[–—-]\s+(?=\S)")
_WORDS = lazy_compile(r"(?!(?:In|En|Em|Dans)\s)[\w¿¡(«“„\"'‘]")
_CLOSING = "'’\"”»“"


def opening_quote_sentences(text: str) -> list[str] | None:
    """The sentences of ``text`` (what follows an entry's date) when it opens with a quoted
    phrase that a colon or a dash carries on: the first is the whole title; None else."""
    q = quoted(text)
    if q is None or q.start() != 0:
        return None
    closed = text[: q.end()].rstrip(_CLOSING)
    if closed.endswith((",", ".", ";", ":", "?", "!")):
        return None  # ("“Title.” Journal": the quotation ends a sentence of its own)
    after = _GOES_ON.match(text, q.end())
    if after is None:
        return None
    sentences = split_sentences(text[after.end() :])
    if not sentences or not _WORDS.match(sentences[0]):
        return None  # (an italic host or "In" a book after the colon is no title's rest)
    return [f"{text[: after.end()]}{sentences[0]}".strip().rstrip("."), *sentences[1:]]
