"""Korean names parted by commas before a title in corner brackets.

Korean notes and lists written in the humanities' form (:mod:`.cjk_brackets`) part
co-authors with a comma, as the rest of the entry is parted: ``정하윤, 문재석, 「논문」,
『학술지』, 제48권 제3호, 2023.``, ``홍길동, 김철수 외, 『책』, 서울: 출판사, 2010.``
(Japanese and Chinese part them with ``・`` or ``、``, which :mod:`.cjk_brackets` reads).
A name in Hangul is written whole, with no space: two to five syllables, the family name
first.  :func:`comma_names` gives the names of such a run and the entry after it, so that
the entry is read with its first name alone and the names put back.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["comma_names"]

_NAME = r"[\uac00-\ud7a3]{2,5}"
# two or more names parted by commas, "외" (and others) after the last, then the comma
# before a title's corner bracket
_RUN = lazy_compile(
    rf"^\s*+(?P<names>{_NAME}(?:\s?,\s?{_NAME}){{1,9}})(?:\s?외)?(?P<rest>\s*+,\s*+[「『〈《].*)$",
    re.S,
)


def comma_names(body: str) -> tuple[tuple[str, ...], str] | None:
    """The names and the text after them (from the comma before the title) when ``body``
    opens with two or more Hangul names parted by commas, else None."""
    m = _RUN.match(body)
    if m is None:
        return None
    names = tuple(n.strip() for n in m.group("names").split(","))
    return names, m.group("rest")
