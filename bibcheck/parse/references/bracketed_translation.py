"""A title in a non-Latin script with its English (or other Latin-script) translation in
square brackets after it, as Japanese, Chinese, Korean, Russian or Greek papers give it in
their ``.bib`` entries and lists::

    九州地方における余震系列の統計的性質 [Statistical properties of aftershock sequences]
    한국 지진의 통계 [Statistics of Korean earthquakes]
    Статистика афтершоков [Statistics of aftershocks]

The bracket is a translation for the reader, no part of the title:
:func:`without_translation` cuts it.  A title in Latin script keeps its brackets (``Title
[Review]``, ``[Untitled]``, an edition in brackets), and so does a bracket holding the same
script as the title.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["without_translation"]

_TRAILING = lazy_compile(r"^(?P<own>.+?)\s*\[(?P<translation>[^\[\]]{3,300})\]\.?$")
_LATIN_LETTER = lazy_compile(r"[A-Za-zÀ-ɏ]")
# a letter of another script: Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari …,
# Thai, Georgian, Hangul, kana and Han
_OTHER_LETTER = lazy_compile(
    r"[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff"
    r"\u0e00-\u0e7f\u10a0-\u10ff\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af]"
)


def without_translation(title: str) -> str:
    """``title`` without a Latin-script translation in brackets after a title written in
    another script; ``title`` itself otherwise."""
    m = _TRAILING.match(title.strip())
    if m is None:
        return title
    own, translation = m.group("own"), m.group("translation")
    if _LATIN_LETTER.search(own) or not _OTHER_LETTER.search(own):
        return title  # a Latin-script title, or one in mixed scripts: its brackets are its own
    if _OTHER_LETTER.search(translation) or len(_LATIN_LETTER.findall(translation)) < 3:
        return title  # not a translation into Latin script ("[第2版]", "[2]")
    return own.rstrip(" :：")
