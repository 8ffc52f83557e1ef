"""Short notes of Chinese, Japanese and Korean: a work cited again by its author and title.

After the first, full note (``李四：《书名》，北京：中华书局，2004年，第5页。``) a Chinese,
Japanese or Korean note cites the work again by its author and bracketed title and the new
place alone, no imprint and no year: ``李四：《书名》卷3，第45页。``, ``山田『書名』42頁。``,
``홍길동, 『책』, 23쪽.``.  :func:`cjk_short_note` gives the author, the title and the place
cited of such a note (or None: a year in it makes it a full note of another edition);
:func:`cites_work` tells whether an earlier note cites that work in full.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

_SHORT = lazy_compile(
    r"^\s*(?P<author>[^、，,：:\s『「《〈》』」〉\d]{1,20})\s*[、，,：:]?\s*"
    r"[《『](?P<title>[^《『》』]{1,100})[》』](?P<rest>[^《『「〈]{0,60})$"
)
_YEAR = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|https?://|www\.")
# the page cited: "第45页", "42頁", "23쪽", "pp. 4-5"; else a volume or a chapter's number
_PAGE = lazy_compile(
    r"第?\s*(\d+(?:\s*[-–—〜~～]\s*\d+)?)\s*(?:页|頁|쪽|면)|pp?\.\s*(\d+(?:\s*[-–—]\s*\d+)?)"
)


def cjk_short_note(text: str) -> tuple[str, str, str | None] | None:
    """(author, title, page cited) of a short CJK note, or None."""
    m = _SHORT.match(text.strip())
    if m is None or _YEAR.search(m.group("rest")):
        return None
    page = _PAGE.search(m.group("rest"))
    cited = (page.group(1) or page.group(2)) if page else None
    return m.group("author"), m.group("title").strip(), cited


def cites_work(text: str, author: str, title: str) -> bool:
    """Does the note ``text`` cite, with a year, the work ``title`` by ``author`` (its name
    first, the title in double corner brackets)?"""
    head = text.lstrip()
    if not head.startswith(author) or not _YEAR.search(head):
        return False
    return any(f"{o}{title}{c}" in head for o, c in (("《", "》"), ("『", "』")))
