"""The language of the document whose notes and entries are being read.

How a name is filed can depend on the language: a Spanish name of two family names is
filed under the first (``Rodríguez Ocaña, Esteban``), a Portuguese one under the last
(``Costa, Maria Lúcia Ribeiro``) (:func:`~bibcheck.parse.references.particles.iberian`).
An entry's own words tell it when they have a sign; a short note (``Maria Lúcia Ribeiro
Costa, *História da saúde*, 45.``) often has none, and its document's language does.

:func:`written_in` opens the reading of one document in a language
(:func:`bibcheck.manuscript.parse_bytes` holds it open while the readers and the
document's building parse its notes and entries; the language is told by
:func:`~bibcheck.readers.bodylanguage.document_language`), and :func:`language` gives it
within that reading -- None outside one, or when the document's language is not known,
so a reference parsed on its own is read from its own words as before.  Nothing parsed
is kept across readings: no cache holds a parsed entry by its text alone (a reading's own
answers are kept for that reading only, :mod:`.entrymemo`, opened here).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from bibcheck.parse.references import entrymemo

__all__ = ["language", "written_in"]

_LANGUAGE: ContextVar[str | None] = ContextVar("bibcheck_document_language", default=None)


@contextmanager
def written_in(code: str | None) -> Iterator[None]:
    """The notes and entries read inside are a document's in the language ``code`` (a
    two-letter code such as ``"es"``, ``"pt"``; None: not known)."""
    token = _LANGUAGE.set(code.lower() if code else None)
    try:
        with entrymemo.reading():  # (what one reading asks of a text again: answered once)
            yield
    finally:
        _LANGUAGE.reset(token)


def language() -> str | None:
    """The language of the document being read (:func:`written_in`), None if not known."""
    return _LANGUAGE.get()
