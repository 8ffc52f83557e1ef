"""The language a word-processor package (DOCX, OpenDocument) is written in, told from its
body before its notes are read.

A text's language is told before it is read (:func:`bibcheck.manuscript.parse_bytes`); a
package's body is known only once its paragraphs are read, and its reader parses some of
its notes while reading them (a note in the Polish tradition, a citation manager's printed
text: :mod:`bibcheck.readers.noteitalic`, :mod:`bibcheck.readers.docxcite`).  So the
reader tells the language from its body's paragraphs as soon as it has them
(:func:`body_language`, as a text's is told: :func:`.bodylanguage.document_language`),
reads its notes inside :func:`bibcheck.parse.references.doclanguage.written_in` that
language, and says it (``RawDocument.language``): the document is
built in the same language, told once, from the same paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterable

from bibcheck.readers.bodylanguage import document_language

__all__ = ["body_language"]


def body_language(paragraphs: Iterable[str]) -> str | None:
    """The language of a package whose body's paragraphs (in order, those read as the
    document's blocks) are ``paragraphs``; None when they do not tell it."""
    return document_language(list(paragraphs))
