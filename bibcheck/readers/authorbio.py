"""The author's affiliation or biography line after a reference list is no entry.

A journal prints who wrote the article where it ends, after the list, in brackets:

* Japanese and Chinese journals the author's name in kana (or pinyin) reading and the
  institution: ``（おおもり・ちあき 東都芸術大学大学院博士後期課程）``, ``（やまだ・はなこ
  国立美術館学芸員）``, ``（李明　北京大学艺术学院博士研究生）``;
* Western journals a sentence: ``(Jane Doe is a doctoral candidate at the University of
  Leeds.)``, ``(Anna Weber ist Doktorandin an der Universität Wien.)``, ``(Marie Dupont
  est maître de conférences à l'Université de Lille.)``, ``(Ana Silva é doutoranda na
  Universidade de Lisboa.)``.

Read as the list goes, it becomes one more entry, cited by no note.  :func:`is_author_bio`
tells such a line; :func:`without_author_bio` drops it where it ends the list.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawDocument
from bibcheck.parse.years import YEAR_BOUNDED

__all__ = ["is_author_bio", "without_author_bio"]

_BRACKETED = lazy_compile(r"^\s*[（(\[［](?P<inner>[^()（）\[\]［］]{4,300})[）)\]］]\s*[.。]?\s*$")
# a kana reading of the name ("おおもり・ちあき", "ヤマダ・ハナコ") or a name, then the
# institution or the post
_KANA = r"[\u3040-\u309f\u30a0-\u30ff]{1,10}"
_KANA_READING = lazy_compile(rf"^{_KANA}[・･·]{_KANA}")
_CJK_POST = lazy_compile(
    r"(?:大学|大學|大学院|研究所|研究科|美術館|博物館|博物院|学院|學院|課程|课程|教授|准教授|講師|讲师"
    r"|研究員|研究员|学芸員|研究生|博士|修士|硕士|대학교|대학원|연구원|교수|박물관|미술관)"
)
_YEAR = lazy_compile(YEAR_BOUNDED)
_CJK_NAME_FIRST = lazy_compile(r"^[\u3400-\u9fff\uac00-\ud7af]{2,5}[\s\u3000]")
# "X is a doctoral candidate at", "X ist Doktorandin an", "X est maître de conférences à",
# "X é doutoranda na", "X es profesora en", "X è dottoranda presso"
_BIO = lazy_compile(
    r"^(?:[A-ZÀ-ÞŁŚŻ][\w'’.-]*\s){1,5}"
    r"(?:is|ist|est|es|é|è|är|er|jest)\s(?:an?\s|ein(?:e)?\s|une?\s|uma?\s|un[ao]?\s)?"
    r"(?:[\w'’-]+\s){0,4}?"
    r"(?:candidate|professor|lecturer|curator|fellow|researcher|student|reader|director"
    r"|Doktorand(?:in)?|Professor(?:in)?|Kurator(?:in)?|Dozent(?:in)?|Mitarbeiter(?:in)?"
    r"|doctorante?|professeure?|maître|conservat(?:eur|rice)|chercheu(?:r|se)"
    r"|doutorand[ao]|professor[a]?|curador[a]?|investigador[a]?|doctorand[ao]|profesor[a]?"
    r"|dottorand[ao]|professore(?:ssa)?|ricercat(?:ore|rice)|doktorand|doktorant(?:ka)?)\b",
)


def is_author_bio(text: str) -> bool:
    """Is ``text`` an author's affiliation or biography line in brackets (module doc)?"""
    bracketed = _BRACKETED.match(" ".join(text.split()))
    if bracketed is None:
        return False
    inner = bracketed.group("inner").strip()
    if _KANA_READING.match(inner) or _CJK_NAME_FIRST.match(inner):
        return (
            _CJK_POST.search(inner) is not None
            and not any(q in inner for q in "『《「")
            and _YEAR.search(inner) is None
        )
    return _BIO.match(inner) is not None


def without_author_bio(raw: RawDocument) -> RawDocument:
    """``raw`` without the author's bio lines that end its literature list."""
    keep = len(raw.literature)
    while (
        keep
        and raw.literature[keep - 1].reference is None
        and is_author_bio(raw.literature[keep - 1].text)
    ):
        keep -= 1
    if keep == len(raw.literature):
        return raw
    return replace(raw, literature=raw.literature[:keep])
