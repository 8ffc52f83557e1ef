"""A volume's designation after a multi-volume work's title, no part of the title.

A note or entry citing one volume of a set writes its number after the set's title with a
comma, and sometimes the volume's own title after a colon::

    R. Lane, Medieval Towns of the North, vol. 1: Foundations (Oxford: Press, 1995)
    A Commentary on Livy, vol. 2 (Oxford: Clarendon Press, 1981)
    Geschichte der Stadt, Bd. 3 (Köln: Verlag, 1970)

The title is the set's (the corpus conventions: "a volume designation and a volume's own
title are not part of the title").  :func:`without_volume` cuts the title before
``, vol. N``, ``, Vol. N``, ``, volume N`` or ``, Bd. N`` (with ``, pt. N`` and
``: Volume title`` after it) when that closes it; a title that is nothing but the
designation is kept.  Polish and Czech ``t.``/``sv.`` with a volume's own title are kept
whole, as tests/corpus keys them (``System Prawa Karnego, t. 6: Kary``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.volume_words import Reading, alternation, words

__all__ = ["without_volume"]

# the words (:mod:`.volume_words`): a volume's abbreviated, its period printed ("vol.",
# "Bd."), or spelled out ("volume"); a part's, the period optional ("pt.", "Teil")
_ABBREVIATED = alternation(words(Reading.TAIL, abbreviated=True), with_period=True)
_SPELLED = alternation(words(Reading.TAIL, abbreviated=False))
_PART = alternation(words(Reading.TAIL_PART))
_VOLUME_TAIL = lazy_compile(
    rf",\s(?:{_ABBREVIATED}\s?|(?P<word>{_SPELLED})\s)(?:\d{{1,3}}|[IVXLC]{{1,6}})"
    rf"(?:,\s{_PART}\.?\s(?:\d{{1,3}}|[IVXLC]{{1,5}}))?"
    r"(?::\s[^,:;]{1,150})?\s*$"
)


def without_volume(title: str | None, *, spelled_out: bool = False) -> str | None:
    """``title`` without the volume designation closing it (see the module).

    ``spelled_out``: ``, Volume I: …`` is a designation too -- in an author-date entry's
    title sentence; elsewhere a title may hold its volume spelled out as the work's own
    (``Guide to Instruments and Methods of Observation, Volume I: Measurement of …``)."""
    if not title:
        return title
    m = _VOLUME_TAIL.search(title)
    if m is None or m.start() < 3 or (m.group("word") and not spelled_out):
        return title
    return title[: m.start()].rstrip(" ,")
