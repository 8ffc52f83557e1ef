"""GOST 7.0.100-2018's content and media area: what the work is and how it is read.

Since 2018 a Russian-school list writes, in place of the older ``[Электронный ресурс]``, an
area of its own: the content type, a colon, the media type (``– Текст : электронный``, ``–
Текст : непосредственный``, ``– Изображение : электронное``, ``– Электронная программа :
электронная``, several contents at once ``– Текст. Изображение : непосредственные``), in the
list's language (Ukrainian ``Текст : електронний``, Belarusian ``Тэкст : электронны``,
English ``Text : electronic``).  The area stands after the title and the statement of
responsibility (``Title / I. Name. – Текст : электронный // Journal. – 2020``) or closes a
book's entry (``… – 250 с. – Текст : непосредственный.``).  It is no title, no place and no
publisher; an electronic medium files the work as an electronic resource, as
``[Электронный ресурс]`` does (:mod:`.medium_designator`).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["designates_electronic", "electronic_area", "media_area"]

# the content types of GOST 7.0.100 (appendix), in Russian, Ukrainian, Belarusian, English
_CONTENT = (
    r"(?:Текст|Тэкст|Изображение|Изображения|Зображення|Выява|Выявы"
    r"|Электронн(?:ая|а)\sпр(?:о|а)грамма|Електронна\sпрограма|Карта|Музыка|Музика"
    r"|Устная\sречь|Звуки|Движущиеся\sизображения|Набор\sданных|Text|Image|Still\simage"
    r"|Computer\sprogram|Cartographic\simage|Spoken\sword|Sounds|Moving\simages|Music"
    r"|Dataset)"
)
# the media types, the adjective in any gender and number ("электронный", "электронное",
# "электронная", "электронные"; "непосредственный", Ukrainian "безпосередній", Belarusian
# "непасрэдны")
# (misspelled too: "электроный")
_ELECTRONIC = r"(?:электрон\w*|електрон\w*|electronic)"
_MEDIA = (
    rf"(?P<media>{_ELECTRONIC}|непосредственн\w*|безпосередн\w*|непасрэдн\w*|аудио|видео"
    r"|микроформ\w*|проекционн\w*|unmediated|audio|video|microform|projected)"
)
# (a text's medium in any word: the older "Текст : визуальный")
_AREA = lazy_compile(
    rf"{_CONTENT}(?:[.,]\s{_CONTENT}){{0,3}}\s?:\s?{_MEDIA}"
    r"|(?:Текст|Тэкст|Text)\s?:\s?(?P<word>[^\W\d_]+)",
    re.IGNORECASE,
)
# ... written in an entry, after an area separator (after a question or an exclamation mark
# too, as :data:`.gost.SEPARATOR` reads it) or a full stop
_IN_ENTRY = lazy_compile(
    rf"(?:^|[.\]]\s?[-–—]{{1,2}}\s|(?<=[?!])\s[-–—]{{1,2}}\s|\.\s)"
    rf"(?P<area>{_CONTENT}(?:[.,]\s{_CONTENT}){{0,3}}\s?:\s?{_ELECTRONIC})(?!\w)",
    re.IGNORECASE,
)


def media_area(element: str) -> bool | None:
    """None when ``element`` (one area of a GOST entry, its final full stop off) is no content
    and media area; else whether its medium is electronic."""
    found = _AREA.fullmatch(element.strip())
    if found is None:
        return None
    media = found.group("media") or found.group("word")
    return re.match(_ELECTRONIC, media, re.IGNORECASE) is not None


def electronic_area(text: str) -> str | None:
    """The content and media area with an electronic medium that ``text`` (an entry) holds,
    as it writes it (``Текст : електронний``, ``Изображение : электронное``), white space
    folded; None where it holds none."""
    found = _IN_ENTRY.search(" ".join(text.split()))
    return None if found is None else found.group("area")


def designates_electronic(text: str) -> bool:
    """Does ``text`` (an entry) hold a content and media area with an electronic medium
    (``– Текст : электронный``)?"""
    return electronic_area(text) is not None
