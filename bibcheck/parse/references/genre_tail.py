"""A German title's closing genre designation: what the document is, no part of its title.

German notes and lists of building, engineering and conservation literature name a body's
regulation by its title, then -- as a sentence of its own, or after a comma -- what it is,
often joined to the body's initials, before the place and year::

    Verband X (Hg.): Title of the Guideline. VX-Richtlinie, Teil 1–3, Berlin 2001.
    Arbeitsgemeinschaft Y: Title. WTA-Merkblatt 4-5-99, München 1999.
    Ausschuss Z (Hg.): Title, AZ-Heft 512, Berlin 2003.

The designation (a genre's noun alone or after initials and a hyphen, perhaps with its
number) is cut from the title (:func:`split`), and the work is a ``report`` by the corpus
conventions (standards, guidelines and a body's numbered report series).  A subtitle of
words is kept: ``Bauwerk und Norm. Eine Geschichte`` has no designation.  A numbered
``Heft`` is a body's series only: :func:`split` takes it when ``series`` says the author is a
body (``Name: Title, Heft 3`` by a person may be a journal's issue or a booklet).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["split"]

# the genres of a regulation or guideline, alone or after the body's initials
_GUIDELINE = (
    r"(?:Richtlinie|Merkblatt|Leitfaden|Arbeitsblatt|Regelwerk|Vornorm|Technische\sRegel"
    r"|Technische\sRichtlinie|Empfehlung|Empfehlungen)"
)
# its number: "2-9-04", "Nr. 3", "512", "Teil 2"
_NUMBER = r"(?:\s(?:Nr\.\s?)?\d[\w./-]{0,12})?"
_GENRE = lazy_compile(rf"[.,]\s(?P<genre>(?:[{U}][\w]{{1,12}}-)?{_GUIDELINE}{_NUMBER})$")
_SERIES = lazy_compile(
    rf"[.,]\s(?P<genre>(?:[{U}][\w]{{1,12}}-)?Heft\s(?:Nr\.\s?)?\d[\w./-]{{0,8}})$"
)


def split(title: str, *, series: bool = False) -> tuple[str, str] | None:
    """``(title, designation)`` of a title that closes with a genre designation (module
    doc), or None; ``series``: a body's numbered ``Heft`` is one too."""
    m = _GENRE.search(title) or (_SERIES.search(title) if series else None)
    if m is None:
        return None
    head = title[: m.start()].strip(" ,.")
    if len(head) < 3:
        return None
    return head, m.group("genre")
