"""The heading of an annotated bibliography: a list's name with a word saying each entry
is commented on (``Annotated Bibliography``, ``Bibliografia comentada``, ``Bibliographie
commentée``, ``Kommentierte Bibliographie``, ``Аннотированный список литературы``).

The annotation word stands before the list's name (English, German, Dutch, the
Scandinavian and Slavic languages, Hungarian) or after it (the Romance languages,
Polish); dropped, what is left is the list's own name, looked up as any other.  The
comment paragraphs under such a heading are no entries (each reader keeps to the entries'
shape).
"""

from __future__ import annotations

__all__ = ["annotated_list", "without_annotation"]

# (lower case, as a heading key is; accents as written and folded)
_ANNOTATED = frozenset(
    {
        "annotated", "commented", "annotierte", "kommentierte", "kommentierter",
        "geannoteerde", "geannoteerd", "kommenterad", "kommenterade", "kommenteret",
        "kommentert", "kommentoitu", "kommentált", "annotált", "komentovaná", "komentovana",
        "komentovaný", "adnotowana", "komentowana", "аннотированная", "аннотированный",
        "анотована", "анотований", "commentée", "commentee", "annotée", "annotee",
        "comentada", "comentadas", "comentado", "comentados", "anotada", "anotadas",
        "commentata", "annotata", "ragionata", "razonada", "raonada", "comentat",
        "adnotată", "comentată",
    }
)  # fmt: skip


def without_annotation(key: str) -> str | None:
    """``key`` (a heading key, lower case) without its annotation word at its start or
    end ("annotated bibliography" -> "bibliography"), or None when it has none."""
    words = key.split()
    if len(words) < 2:
        return None
    if words[0] in _ANNOTATED:
        return " ".join(words[1:])
    if words[-1] in _ANNOTATED:
        return " ".join(words[:-1])
    return None


# A list's bare name: "Annotated list" (of the works) is the list of works itself.
_LIST_WORDS = frozenset(
    {
        "list", "liste", "lista", "lijst", "listă", "список", "seznam", "lijsten", "listan",
    }
)  # fmt: skip


def annotated_list(key: str) -> bool:
    """Is ``key`` (a heading key, lower case) an annotation word and a bare list word
    ("annotated list", "kommentierte liste", "lista comentada")?"""
    bare = without_annotation(key)
    return bare is not None and bare in _LIST_WORDS
