"""A book template's chapter= in a book with no editors is a part of one author's book,
cited as the book (its title, kind book); with editors it is a chapter in an edited volume."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference


def _template(name: str, **params: str) -> CiteTemplate:
    values = {k.replace("_", "-"): v for k, v in params.items()}
    return CiteTemplate(name, values, {k: 3 for k in values}, "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("name", "params", "title", "kind", "host"),
    [
        (
            "cite book",
            {"last": "Moss", "first": "Ann", "title": "Canal Locks", "chapter": "Lifts"},
            "Canal Locks",
            RefKind.BOOK,
            None,
        ),
        (
            "cite book",
            {
                "last": "Moss",
                "title": "Canal Locks",
                "chapter": "Lifts",
                "editor_last": "Reed",
                "editor_first": "Jo",
            },
            "Lifts",
            RefKind.CHAPTER,
            "Canal Locks",
        ),
        (
            "cite book",
            {"last": "Moss", "title": "Canal Locks", "chapter": "Lifts", "editor": "Jo Reed"},
            "Lifts",
            RefKind.CHAPTER,
            "Canal Locks",
        ),
        (
            "книга",
            {"автор": "Петров П.", "заглавие": "Мосты", "часть": "Висячие мосты"},
            "Мосты",
            RefKind.BOOK,
            None,
        ),
        (
            "книга",
            {
                "автор": "Петров П.",
                "заглавие": "Мосты",
                "часть": "Висячие мосты",
                "ответственный": "под ред. И. Иванова",
            },
            "Висячие мосты",
            RefKind.CHAPTER,
            "Мосты",
        ),
        (
            "cite encyclopedia",
            {"last": "Moss", "title": "Locks", "encyclopedia": "Canal Lexicon"},
            "Locks",
            RefKind.CHAPTER,
            "Canal Lexicon",
        ),
    ],
    ids=[
        "single-author-book",
        "edited-volume",
        "edited-volume-whole-name",
        "russian-single-author",
        "russian-edited",
        "encyclopedia-untouched",
    ],
)
def test_chapter_of_own_book(
    name: str, params: dict[str, str], title: str, kind: RefKind, host: str | None
) -> None:
    ref = cite_reference(_template(name, **params))
    assert (ref.title, ref.kind, ref.host) == (title, kind, host)
