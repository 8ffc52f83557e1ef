"""A title with its translation in square brackets after it, as Japanese, Chinese, Korean,
Russian or Greek papers give it in their ``.bib`` entries and lists, and as Chicago, APA and
the ALA romanization tables have a transliterated title followed by its English rendering::

    九州地方における余震系列の統計的性質 [Statistical properties of aftershock sequences]
    한국 지진의 통계 [Statistics of Korean earthquakes]
    Статистика афтершоков [Statistics of aftershocks]
    Istoriia ukraïns'koï movy [History of the Ukrainian Language]
    La psychologie de l'enfant [The psychology of the child]
    کتاب شعر [Книга стихов] : собрание сочинений

The bracket is a translation for the reader, no part of the title (the model keeps no
translated title): :func:`without_translation` cuts it, and in a GOST entry the other title
information written after it (`` : …``) with it: the title is what precedes the bracket.
A title in Latin script keeps a bracket in another script (``Omori law [大森公式]``), a
bracket of one word (``[Review]``), a designator of the medium or the genre (``[Internet]``,
``[Doctoral dissertation, …]``, ``[Letter to the editor]``,
``[Электронный ресурс]``), an edition or a number (``[第3版]``, ``[2]``); a title in
another script keeps a bracket in its own script, and a title all in brackets stays whole.
A title in English keeps its bracket too (an IEEE magazine's column: ``Why Do Kalman
Filters Diverge? [Tips & Tricks]``).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import CJK_TEXT

__all__ = ["scripts_of", "without_parallel", "without_translation"]

# the bracket; after it nothing, a full stop, or (GOST) the other title information
_BRACKET = lazy_compile(r"\[(?P<translation>[^\[\]]{3,300})\]")
_AFTER = lazy_compile(r"\.?|\s:\s[^\[\]]*")
_LETTER = lazy_compile(r"[^\W\d_]")
_LATIN_LETTER = lazy_compile(r"[A-Za-zÀ-ɏḀ-ỿ]")
# a letter of another script: Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari …,
# Thai, Georgian, Hangul, kana and Han
_SCRIPTS = {
    "greek": r"[\u0370-\u03ff\u1f00-\u1fff]",
    "cyrillic": r"[\u0400-\u052f]",
    "armenian": r"[\u0530-\u058f]",
    "hebrew": r"[\u0590-\u05ff]",
    "arabic": r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]",
    "indic": r"[\u0900-\u0dff]",
    "thai": r"[\u0e00-\u0e7f]",
    "georgian": r"[\u10a0-\u10ff]",
    "cjk": rf"[\u1100-\u11ff{CJK_TEXT}]",  # (with the Hangul jamo)
}
_SCRIPT_RES = {name: re.compile(pattern) for name, pattern in _SCRIPTS.items()}
# what a bracket says of the work, not what its title means: NLM's and APA's designators
# and descriptions, GOST's, an edition, a translator, a language note kept for the reader
_DESIGNATION = lazy_compile(
    r"\b(?:internet|online|on-line|electronic|digital|resource|ресурс|текст|text|"
    r"dissertation|thesis|theses|doctoral|master|software|program|app|package|code|"
    r"video|audio|film|podcast|episode|recording|broadcast|series|tv|television|"
    r"cd-?rom|dvd|disc|disk|map|data|dataset|database|preprint|abstracts?|letters?|"
    r"editorial|reviews?|reply|response|comments?|commentary|correction|erratum|"
    r"corrigendum|retract\w*|reprint\w*|supplement\w*|special|issue|section|"
    r"presentation|presented|paper|poster|session|lecture|slides|webinar|talk|"
    r"manuscript|unpublished|report|brochure|fact|press|release|blog|post|tweet|"
    r"photograph|painting|interview|transcript|translat\w*|trans|ed|eds|edition|"
    r"edited|editor|by|with|sic|untitled|monograph|homepage|book|chapter|entry)\b",
    re.IGNORECASE,
)

# a word only an English title has: an English title's bracket is its own (an IEEE
# magazine's column, "Why Do Kalman Filters Diverge? [Tips & Tricks]"), not a translation
_ENGLISH = lazy_compile(
    r"\b(?:the|of|and|for|with|is|are|do|does|how|what|why|from|its|their|this|that|into"
    r"|towards?|between|through|using|via|we|our|your|you|when|where|which|who|can)\b",
    re.IGNORECASE,
)


def _last_bracket(text: str) -> re.Match[str] | None:
    found = None
    for found in _BRACKET.finditer(text):  # noqa: B007 (the last one)
        pass
    return found


def scripts_of(text: str) -> set[str]:
    """The scripts of the letters of ``text`` (``latin``, ``cyrillic``, ``arabic`` …)."""
    found = {name for name, pattern in _SCRIPT_RES.items() if pattern.search(text)}
    if _LATIN_LETTER.search(text):
        found.add("latin")
    return found


def _designation(bracket: str) -> bool:
    return (
        _DESIGNATION.search(bracket) is not None
        or len(bracket.split()) < 2
        or not bracket[:1].isalpha()
    )


def without_translation(title: str) -> str:
    """``title`` without the translation in brackets after it (and a GOST entry's other
    title information after that); ``title`` itself otherwise."""
    text = title.strip()
    m = _last_bracket(text)
    if m is None or _AFTER.fullmatch(text, m.end()) is None:
        return title
    own, translation = text[: m.start()], m.group("translation")
    spaced = own[-1:].isspace()
    own = own.rstrip()
    if "[" in own or "]" in own or _LETTER.search(own) is None:
        return title
    own_scripts, its_scripts = scripts_of(own), scripts_of(translation)
    if not own_scripts or not its_scripts:
        return title
    if own_scripts == {"latin"}:
        if (
            its_scripts != {"latin"}
            or _designation(translation)
            or not spaced
            or _ENGLISH.search(own)
        ):
            return title  # "Omori law [大森公式]", "Aftershocks [Review]", "Title [Internet]"
    elif "latin" in own_scripts or own_scripts & its_scripts:
        return title  # a title in mixed scripts, or a bracket in its own script
    elif len(_LATIN_LETTER.findall(translation)) < 3 and its_scripts == {"latin"}:
        return title  # not a translation ("[第2版]", "[2]")
    elif its_scripts != {"latin"} and _DESIGNATION.search(translation):
        return title
    return own.rstrip(" :：")


def without_parallel(rest: str) -> str:
    """``rest``, an entry, without the rendering of the whole entry in another script that
    closes it in brackets, as Russian lists give a Persian or Arabic work::

        حافظ، محمد. دیوان. تهران: زوار، ۱۳۲۰. [Хафиз М. Диван. Тегеран : Зувар, 1941.]

    (its ``/`` and ``:`` are no areas of the entry's own style); ``rest`` otherwise."""
    text = rest.rstrip()
    m = _last_bracket(text)
    if m is None or _AFTER.fullmatch(text, m.end()) is None or m.end() < len(text) - 1:
        return rest
    body = text[: m.start()].rstrip()
    own, its = scripts_of(body), scripts_of(m.group("translation"))
    if not own or not its or own & its or len(body) < 10:
        return rest
    return body
