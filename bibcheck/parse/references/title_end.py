"""Where an entry's title ends in its text (pure functions).

Many rules read what an entry prints after its title (the host after "In", a series
sentence, the imprint, a genre word).  A parser's title is the entry's words with their
line breaks and runs of spaces made one, so the entry's text is joined the same way before
the title is looked up in it.
"""

from __future__ import annotations

__all__ = ["after_title", "title_end"]


def title_end(raw: str, title: str) -> tuple[str, int] | None:
    """``raw`` with its spaces joined, and the offset just after ``title`` (spaces
    joined too) in it; None when the title is not found there."""
    text, wanted = " ".join(raw.split()), " ".join(title.split())
    at = text.find(wanted)
    return None if at < 0 else (text, at + len(wanted))


def after_title(raw: str, title: str) -> str | None:
    """What ``raw`` prints after ``title`` (spaces joined), or None when the title is not
    found there."""
    found = title_end(raw, title)
    return None if found is None else found[0][found[1] :]
