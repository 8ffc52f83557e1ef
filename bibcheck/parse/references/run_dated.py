"""A ruling's or an act's date printed after its italic title: no part of the title.

A list that sets titles in italics (HTML ``<cite>``, Word, LaTeX ``\\emph``) prints an
authority's ruling, decision or act with its date of issue after the italic title::

    BaFin (2022): *Allgemeinverfügung zur Festsetzung … gemäß § 10d KWG* vom 31. Januar 2022, Bonn.
    ECB (2020): *Decision on a temporary pandemic emergency purchase programme* of 24 March 2020.
    AMF (2019) : *Position-recommandation DOC-2019-06* du 3 juin 2019, Paris.
    CNMV (2021): *Circular 1/2021* de 25 de marzo de 2021.

The italics mark where the title ends: the date after them (``vom``, ``of``, ``du``,
``de``/``del``, ``van``, ``z dnia``, ``dated``, then a day, a month and a year) is the
ruling's date.  :func:`run_before_date` gives the italic run of a title read as the run and
such a date (``None`` otherwise); a date inside the italics (``*Richtlinie … vom 26. Juni
2013 über …*``) is the title's own and stays.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["run_before_date"]

_DATE = (
    r"(?:\d{1,2}(?:er|º|°)?\.?\s(?:de\s)?[^\W\d_]{3,12}\.?\s(?:de\s)?(?:1[6-9]|20)\d\d(?:\sr\.)?"
    r"|[^\W\d_]{3,12}\s\d{1,2},\s(?:1[6-9]|20)\d\d"
    r"|\d{1,2}\.\s?\d{1,2}\.\s?(?:1[6-9]|20)\d\d)"
)
_RUN_DATED = lazy_compile(
    r"^\*(?P<run>[^*]{3,})\*,?\s+(?:vom|of|du|de|del|van|z\sdnia|dated|dal|od)\s" + _DATE + r"$"
)


def run_before_date(title: str | None) -> str | None:
    """The italic run of ``title`` when the title read is that run and a date of issue after
    it (see the module), else None."""
    m = _RUN_DATED.match((title or "").strip(" .,"))
    return None if m is None else m.group("run").strip()
