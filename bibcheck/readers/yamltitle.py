"""The title a document's YAML front matter gives, and the text with that block blanked.

A Markdown page (Pandoc, R Markdown, Quarto, a static site's post) opens with ``---``,
``title: …``, ``author: …``, ``---``: the block is no text of the document (its ``---``
lines are no rules nor a notes separator, its first line no title), and its ``title`` is
the document's title.
"""

from __future__ import annotations

import yaml

from bibcheck.readers.common import front_matter_end
from bibcheck.text import editor_lines

__all__ = ["blank_front", "front_title"]


def front_title(text: str) -> str | None:
    """The ``title`` of ``text``'s YAML front matter, or None."""
    lines = editor_lines(text)
    end = front_matter_end(lines)
    if not end:
        return None
    try:
        data = yaml.safe_load("\n".join(lines[1 : end - 1]))
    except yaml.YAMLError:
        return None
    title = data.get("title") if isinstance(data, dict) else None
    return " ".join(title.split()) if isinstance(title, str) and title.strip() else None


def blank_front(text: str) -> str:
    """``text`` with its YAML front matter's lines blanked (the line count kept), or
    ``text`` itself when it opens with none."""
    lines = editor_lines(text)
    end = front_matter_end(lines)
    if not end:
        return text
    blanked = "\n".join(["" for _ in lines[:end]] + lines[end:])
    return blanked + "\n" * (text.endswith("\n") and not blanked.endswith("\n"))
