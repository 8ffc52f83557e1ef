"""A journal named after "in" with its volume and its year in parentheses (pure function).

German, Italian, French and Spanish humanities notes write an article's journal after "in"
as a chapter's book is written, but with the volume and the year in parentheses after its
name: ``«Titolo», in Rivista di storia 31 (2018), 245–268``, ``„Titel“, in: ZKG 98 (1987),
1–20``, ``« Titre », dans Revue d'histoire 12/2 (2019), 5–20``.  A book a chapter is in is
never named so (its place and year follow it after a comma): :func:`journal_volume` tells the
journal and its numbers from such a host.
"""

from __future__ import annotations

from typing import NamedTuple

from bibcheck.lazyre import lazy_compile

__all__ = ["JournalVolume", "journal_volume"]


class JournalVolume(NamedTuple):
    journal: str
    volume: str
    issue: str | None


_HOST = lazy_compile(
    r"^[«„“\"]?(?P<journal>[^\W\d_][^\d(),«»„“”\"]{0,120}?)[»“”\"]?,?\s"
    r"(?P<volume>\d{1,4}|[IVXLC]{1,7})(?:/(?P<issue>\d{1,3}))?"
    r"\s\((?:1[5-9]|20)\d\d\)\.?$"
)


def journal_volume(host: str) -> JournalVolume | None:
    """``Journal 31 (2018)`` -> the journal, its volume and issue; None for any other
    host."""
    m = _HOST.match(host.strip())
    if m is None or not m.group("journal")[0].isupper():
        return None
    return JournalVolume(m.group("journal").strip(), m.group("volume"), m.group("issue"))
