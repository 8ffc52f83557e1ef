"""A short note naming a document by its title alone, with "cit." (pure function).

Italian, Spanish and Latin theology and law cite a document with no author (a papal
exhortation, a council's decree, a code) in full once, then by its name, the paragraph or
canon cited and "cit." before or after it: ``Cfr. Familiaris consortio, n. 84, cit.``,
``Gaudium et spes, cit., n. 48``, ``Evangelii gaudium, cit.``  :func:`titled_cit` gives the
title and the locator of such a note; the repeat resolver ties it to the earlier full note
whose title is that name.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["titled_cit"]

# a paragraph, number, canon, article, section, chapter or page: "n. 244", "nn. 3-5", "can.
# 915", "art. 7", "§ 2", "cap. 4", "p. 12"
_LOCATOR = (
    r"(?:nn?\.|nos?\.|núms?\.|cann?\.|artt?\.|§§?|capp?\.|par\.|pp?\.|pag\.|págs?\.)"
    r"\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?"
)
_CIT = r"(?:cit\.|cit(?=\.?\s*$))"
_NOTE = lazy_compile(
    # (the name as one segment: no comma, no quotes, no parentheses; italics kept as marks)
    r"^\s*(?P<title>[*_]?[^\W\d_][^,;:«»“”\"()*_\d]{2,100}?[*_]?),\s"
    rf"(?:(?P<before>{_LOCATOR}),\s{_CIT}|{_CIT}(?:,\s(?P<after>{_LOCATOR}))?)"
    r"\.?\s*$"
)


def titled_cit(text: str) -> tuple[str, str | None] | None:
    """``(title, locator)`` of a note ``Title, n. 4, cit.`` / ``Title, cit., n. 4`` /
    ``Title, cit.`` (any lead-in cut before), or None."""
    m = _NOTE.match(text)
    if m is None:
        return None
    title = m.group("title").strip("*_ ")
    return title, m.group("before") or m.group("after")
