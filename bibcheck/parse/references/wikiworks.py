"""CS1 templates for works that are not texts: patents and audio-visual media.

* ``{{cite patent}}``: a patent; its people are the inventors (``inventor1-last=`` /
  ``inventor1-first=``, ``inventor-last=``, ``inventor-surname=``, whole names ``invent1=``,
  ``inventor=``) and its date the publication or grant date (``pubdate=``,
  ``publication-date=``, ``gdate=``, ``issue-date=``), else the filing or priority date
  (``fdate=``, ``pridate=``).
* ``{{cite AV media}}``, ``{{cite video}}``, ``{{cite episode}}``, ``{{cite podcast}}``,
  ``{{cite serial}}``: films, broadcasts, videos and podcasts -- ``web`` by the corpus
  conventions, with or without an address (a broadcast has none); their people may be given
  in ``people=`` as free text with roles (``Alder, Kate (director); Roe, Jo (presenter)``).
"""

from __future__ import annotations

from collections.abc import Mapping

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR

__all__ = ["MEDIA_TEMPLATES", "media_people", "patent_date", "patent_people"]

MEDIA_TEMPLATES = frozenset(
    {"cite av media", "cite video", "cite episode", "cite podcast", "cite serial"}
)
# (family, given) parameters of the inventors; {n} the inventor's number ("" or "1" first)
_INVENTOR_FAMILY_GIVEN = (
    ("inventor{n}-last", "inventor{n}-first"),
    ("inventor-last{n}", "inventor-first{n}"),
    ("inventor{n}-surname", "inventor{n}-given"),
    ("inventor-surname{n}", "inventor-given{n}"),
    ("inventorlast{n}", "inventorfirst{n}"),
)
_INVENTOR_WHOLE = ("invent{n}", "inventor{n}")
_PATENT_DATES = ("pubdate", "publication-date", "gdate", "issue-date", "fdate", "pridate")
_YEAR = lazy_compile(rf"(?<!\d)({YEAR})(?!\d)")
# a role in parentheses after a name: "(director)", "(Producer)", "(host)"
_ROLE = lazy_compile(r"\s*\([^()]{1,40}\)")


def _value(params: Mapping[str, str], name: str) -> str:
    return params.get(name, "").strip()


def _numbered(params: Mapping[str, str], n: int, pattern: str) -> str:
    for suffix in ("", "1") if n == 1 else (str(n),):
        value = _value(params, pattern.format(n=suffix))
        if value:
            return value
    return ""


def _inventor(params: Mapping[str, str], n: int) -> str:
    for family_name, given_name in _INVENTOR_FAMILY_GIVEN:
        family = _numbered(params, n, family_name)
        if family:
            given = _numbered(params, n, given_name)
            return f"{family}, {given}" if given else family
    for whole in _INVENTOR_WHOLE:
        name = _numbered(params, n, whole)
        if name:
            return name
    return ""


def patent_people(params: Mapping[str, str]) -> tuple[str, ...]:
    """The inventors of a ``{{cite patent}}``, as ``Family, Given`` or as written."""
    found: list[str] = []
    for n in range(1, 31):
        person = _inventor(params, n)
        if not person:
            break
        found.append(person)
    return tuple(found)


def patent_date(params: Mapping[str, str]) -> tuple[int, str] | None:
    """The year of a ``{{cite patent}}`` and the date it was read from."""
    for name in _PATENT_DATES:
        raw = _value(params, name)
        m = _YEAR.search(raw) if raw else None
        if m is not None:
            return int(m.group(1)), raw
    return None


def media_people(value: str) -> tuple[str, ...]:
    """The people of a media template's ``people=``: parted by ``;`` (a comma parts a family
    name from a given one), their roles in parentheses dropped."""
    found: list[str] = []
    for part in value.split(";"):
        name = " ".join(_ROLE.sub("", part).split()).strip(" ,")
        if name:
            found.append(name)
    return tuple(found)
