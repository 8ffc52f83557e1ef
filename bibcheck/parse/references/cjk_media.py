"""Films and recordings in East Asian notes and lists, told from books by what follows the title.

A film is cited by its title in double brackets, then its director with the director's
mark, the studio and the year: ``『羅生門』黒澤明監督、大映、1950年。``, ``《霸王别姬》陈凯歌导演，
北京电影制片厂，1993年。``, ``『하녀』 김기영 감독, 1960.``.  A recording names its medium
as a part of its own, often after the label's catalogue number: ``武満徹『ノヴェンバー・
ステップス』日本コロムビア、COCO-12345、1990年、CD。``, ``『…』ビクター、1975年、LP。``.  Both
are media, not books (as films, videos and recordings are in ``tests/corpus/README.md``'s
kinds): :func:`media` says so from the text after the title.  Neither has an address
to miss (:func:`media_cited`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["media", "media_cited"]

# the director's mark right after a name, first after the title: 監督 (ja), 导演/導演 (zh),
# 감독 (ko)
_DIRECTED = lazy_compile(
    r"^[\s、，,]*+[^、，,。.（()）「」『』《》\d]{1,20}?\s?(?:監督|导演|導演|감독)(?![\w])"
)
# the medium as a part of its own: "、CD。", "，DVD。", ", LP.", "、CD2枚組。"
_MEDIUM = lazy_compile(
    r"(?:^|[、，,]\s*+)(?:CD|DVD|LP|SACD|Blu-ray|BD|VHS|ＣＤ|ＤＶＤ|ＬＰ|レコード|ビデオ|唱片|광디스크)"
    r"(?:\s?\d{1,2}\s?枚組)?\s*+[。.]?\s*+$"
)


def media(rest: str) -> bool:
    """Is the work whose title ``rest`` follows a film (its director named with the
    director's mark) or a recording (its medium the last part)?"""
    return _DIRECTED.match(rest) is not None or _MEDIUM.search(rest) is not None


def media_cited(raw: str) -> bool:
    """Does the note or entry ``raw`` cite a film or a recording by its title in double
    brackets (see :func:`media`)?  Such a work has no address to miss."""
    close = min((i for i in (raw.find("』"), raw.find("》")) if i >= 0), default=-1)
    return close >= 0 and media(raw[close + 1 :])
