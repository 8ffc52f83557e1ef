"""Three forms of GB/T 7714 entries the plain reading of :mod:`.gbt` missed.

* **Full-width punctuation.**  Chinese word processors and journals write the areas' marks
  full width: ``扬奎斯特，萨金特．书名[M]．北京：出版社，2010：798．``.  :func:`half_width`
  gives the separators (``．`` ``，`` ``：`` ``；``) their half-width forms, so the areas
  part as in ``扬奎斯特, 萨金特. 书名[M]. 北京: 出版社, 2010: 798.``.
* **The author-date system** (著者-出版年制) puts the year right after the names:
  ``汪学军, 2005. 书名[C]`` or ``Jenkins S D, Ruostekoski J. 2012. Title[Z].``;
  :func:`dated_head` takes the year out of the names (or off the title) and gives it.
* **A statement of responsibility after the title**: ``书名[M]. 杨斌, 王忠玉, 等, 译. 2 版.
  北京: 出版社, 2010`` -- the translators (``译``), editors (``编``, ``主编``), ``trans.``
  stand between the title and the edition; :func:`without_role_area` drops that area, so
  the place and the publisher are found after it.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fullwidth import half_width_marks
from bibcheck.parse.references.patterns import PLAUSIBLE_YEAR

__all__ = ["dated_head", "half_width", "without_role_area"]

_AREA_MARKS = "．，：；"
_FULL = lazy_compile(rf"\s*+[{_AREA_MARKS}]\s*+")
# ", 2005" or " 2005a" closing the names; "2005. " or "2005a. " opening the title
_NAMES_YEAR = lazy_compile(rf"^(?P<names>.+?)[,，]?\s++(?P<year>{PLAUSIBLE_YEAR}[a-z]?)$")
_TITLE_YEAR = lazy_compile(rf"^(?P<year>{PLAUSIBLE_YEAR}[a-z]?)\.\s++(?P<title>.+)$", re.S)
# ". 杨斌, 王忠玉, 等, 译." -- names, then the role, then a full stop
_ROLE_AREA = lazy_compile(
    r"^\.\s*+[^.\[\]]{1,120}?[,，]?\s*+(?:译|譯|编译|主编|编|編|校注|校|注|trans\.|tr\.|eds?\.)\s*+(?=\.|$)"
)


def half_width(body: str) -> str:
    """``body`` with its full-width separators half width (``．`` -> ``. ``)."""
    if not _FULL.search(body):
        return body
    return _FULL.sub(lambda m: half_width_marks(m.group().strip(), _AREA_MARKS) + " ", body).strip()


def dated_head(names: str, title: str) -> tuple[str, str, str | None]:
    """The names, the title and the year the author-date system writes after the names
    (None, the names and title as given, when there is none)."""
    named = _NAMES_YEAR.match(names.strip())
    if named is not None and not re.search(r"\d", named.group("names")):
        return named.group("names"), title, named.group("year")
    titled = _TITLE_YEAR.match(title.strip())
    if titled is not None:
        return names, titled.group("title"), titled.group("year")
    return names, title, None


def without_role_area(tail: str) -> str:
    """The tail after the document code without the statement of responsibility that
    opens it (``. 杨斌, 等, 译. 2 版. 北京: …`` -> ``. 2 版. 北京: …``)."""
    m = _ROLE_AREA.match(tail.strip())
    return tail.strip()[m.end() :] if m else tail
