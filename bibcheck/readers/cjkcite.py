"""Author-date citations as Chinese, Japanese and Korean papers print them.

A name in these scripts is written without spaces and cited whole (``汪学军``, ``吉登斯``,
``홍길동``), a Japanese one by its family name too (``山田`` for ``山田太郎``); the
parentheses may be full-width, the separators ``，`` ``：`` ``、`` ``・``, "et al." ``等``,
``ほか``, ``외`` or ``他``, and a page ``第53页``, ``45頁`` or ``34쪽``:
``(汪学军, 2005)``, ``（吉登斯，2000：第53页）``, ``(张三 等, 2008)``, ``（山田・佐藤 2019: 45）``,
``(김철수 외, 2015)``, ``王明（2010）认为``, ``山田（2019）は``.  A mention cites the entry whose
first author (the whole name, or its family name) and year match it; a year in
parentheses after words that name no author (``天圣元年（1023）``) is no citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import CJK_LETTER, CJK_LETTERS
from bibcheck.parse.years import YEAR_LETTERED as _YEAR
from bibcheck.readers.cjknames import ET_AL, family_name, is_japanese, split_people
from bibcheck.readers.headcount import MANY

# a year beside CJK letters: no word boundary parts them ("鈴木一郎2015年", "2015年")
YEAR_START = rf"(?:\b|(?<=[{CJK_LETTERS}]))"
YEAR_END = r"(?:\b|(?=[年년]))"
_ET_AL_END = lazy_compile(rf"\s*{ET_AL}\s*$")
# a page after a colon or comma: "：第53页", ": 45", "：45頁", ": 34쪽", ", p. 12"
_PAGE = (
    r"(?:\s*[:：,，]\s*(?:第\s*)?(?:pp?\.\s*)?\d+(?:\s*[-–~～]\s*\d+)?\s*(?:页|頁|쪽|면|ページ)?)"
)
_NAME = lazy_compile(rf"[{CJK_LETTERS}]{{1,12}}(?:\s[{CJK_LETTERS}]{{1,6}})?")
# a parenthetical mention: "(汪学军, 2005)", "（山田・佐藤 2019: 45）", "(김철수 외, 2015)"
# (after the opening parenthesis or a semicolon of a group: "(王明, 2010；李华, 2012)")
_PARENTHETICAL = lazy_compile(
    rf"(?<=[（(;；])\s*(?P<name>[{CJK_LETTERS}]{{1,12}}?)(?P<others>(?:[・·、和与]\s*[{CJK_LETTERS}]{{1,12}})*)"
    rf"(?P<etal>\s*{ET_AL})?\s*[,，]?\s*(?P<year>{_YEAR})\s*年?{_PAGE}?\s*(?=[)）;；])"
)
# a narrative mention: "王明（2010）认为", "山田（2019）は", "홍길동(2010)은", "山田ほか（2019）",
# "鈴木（2015年）"
# (the name glued to the sentence before it: matched by the letters' longest ending that
# an entry names)
_NARRATIVE = lazy_compile(
    rf"(?P<before>[{CJK_LETTERS}]{{1,16}}(?:[・·][{CJK_LETTERS}]{{1,16}}){{0,2}})(?:\s*{ET_AL})?\s*[（(]\s*(?P<year>{_YEAR})\s*年?{_PAGE}?\s*[)）]"
)


def has_cjk(text: str) -> bool:
    """Does ``text`` hold a letter of Chinese, Japanese or Korean?"""
    return CJK_LETTER.search(text) is not None


# the full stop that ends a CJK entry's names before its title (GB/T 7714: "王明. 题名[J]",
# "王明, 李华. 2019. 题名[J]", "王明．题名"), after a name's letter or "等"
_NAMES_STOP = lazy_compile(rf"(?<=[{CJK_LETTERS}])\s*[.．。]")


def names_head(head: str) -> str:
    """The names of a CJK entry's head, up to the full stop that ends them (``王明. 城市化
    研究`` -> ``王明``; ``李华, 张伟. 农村`` -> ``李华, 张伟``); a head with no such stop
    whole."""
    return _NAMES_STOP.split(head, maxsplit=1)[0]


def cjk_names(head: str, *, japanese: bool = False) -> list[str]:
    """The keys of a CJK entry's names, its first author's first (``汪学军, `` ->
    ``汪学军``; ``山田太郎・佐藤花子`` -> ``山田太郎``, ``山田``, ``佐藤花子``, ``佐藤``;
    ``山田 太郎`` -> ``山田太郎``, ``山田``; ``张三, 李四, 王五等`` -> the three;
    ``マックス・ウェーバー`` -> itself, ``ウェーバー``): the whole name, and a Japanese
    name's family name (its first two or three kanji, a katakana name's last part);
    ``japanese``: the entry is in Japanese (``和`` no "and": :func:`split_people`)."""
    keys: list[str] = []
    head = head.strip().rstrip("（(.,，。 ")
    for part in split_people(head, japanese=japanese or is_japanese(head)):
        part = _ET_AL_END.sub("", part.strip())
        family = family_name(part)
        if family is not None:  # ("ジョン・スミス": one person, cited by the family name)
            keys += [k for k in (part, family) if k not in keys]
            continue
        if not _NAME.fullmatch(part) or not has_cjk(part):
            continue
        words = part.split()
        whole = "".join(words)
        found = [whole]
        if len(words) == 2:
            found.append(words[0])  # ("山田 太郎": the family name written apart)
        elif _japanese_name(whole):
            found += [whole[:n] for n in (2, 3) if n < len(whole)]
        keys += [k for k in found if k not in keys]
    return keys


def initial_keys(head: str, *, japanese: bool = False) -> set[str]:
    """The one-character family names a mention may cite the people of a CJK entry's
    ``head`` by (``森`` for ``森花子``, ``林`` for ``林美玲``, ``王`` for ``王明``): the first
    letter of each name written whole in two to four Han characters (not a transliterated
    foreign name's, ``马克斯·韦伯``).  Keys no count key is made of: a mention ``森（2011）``
    matches one only when a single entry of that year has it."""
    head = head.strip().rstrip("（(.,，。 ")
    people = split_people(head, japanese=japanese or is_japanese(head))
    bare = (_ET_AL_END.sub("", p.strip()) for p in people)
    return {p[0] for p in bare if 2 <= len(p) <= 4 and _all_han(p)}


def _japanese_name(name: str) -> bool:
    """Might ``name`` be a Japanese one cited by its family name, its first two or three
    kanji (``中村健``, ``山田太郎``)?  Three kanji or more; a Chinese name is cited whole,
    so its first two letters are a key no mention uses, ranked below any whole name."""
    return len(name) >= 3 and _all_han(name)


def _all_han(name: str) -> bool:
    return all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in name)


def _lookup(index: Mapping[tuple[str, str], str], name: str, year: str) -> str | None:
    return index.get((name, year)) or index.get((name, year[:4]))


def cjk_spans(
    text: str, index: Mapping[tuple[str, str], str], joint: str
) -> Iterator[tuple[int, int, str]]:
    """(start, end, entry label) of each CJK author-date mention of an entry in ``text``;
    a name and year two entries share told apart by :func:`mention_count_key`."""
    if not has_cjk(text):
        return
    # (kana in the text: Japanese, whose "和" is a name's letter; a Chinese mention in it read
    # as Chinese when the Japanese reading names no entry)
    readings = (True, False) if is_japanese(text) else (False,)
    for m in _PARENTHETICAL.finditer(text):
        label = next(
            (found for j in readings if (found := _parenthetical_label(index, m, joint, j))),
            None,
        )
        if label is not None:
            yield m.start("name"), m.end(), label
    for m in _NARRATIVE.finditer(text):
        spot = next(
            (at for j in readings if (at := _narrative_label(index, m, joint, japanese=j))),
            None,
        )
        if spot is not None:
            yield spot


def _parenthetical_label(
    index: Mapping[tuple[str, str], str], m: re.Match[str], joint: str, japanese: bool
) -> str | None:
    """The entry a parenthetical mention names, its names read again (``佐藤和夫`` one
    Japanese name, ``ジョン・スミス`` one person), else None."""
    people = split_people(m["name"] + m["others"], japanese=japanese)
    name = people[0] if people else m["name"]
    return _lookup(index, name, m["year"]) or _lookup(
        index,
        mention_count_key(m["name"], m["others"], bool(m["etal"]), joint, japanese=japanese),
        m["year"],
    )


def _narrative_label(
    index: Mapping[tuple[str, str], str], m: re.Match[str], joint: str, *, japanese: bool
) -> tuple[int, int, str] | None:
    """The mention a narrative match holds: the longest ending of the letters before the
    year that an entry of that year names (``认为王明`` -> ``王明``; ``ではスミス・鈴木`` ->
    the pair ``スミス・鈴木``), else None."""
    etal = _ET_AL_END.search(m["before"]) is not None
    before = _ET_AL_END.sub("", m["before"])
    for cut in range(len(before)):
        name = before[cut:]
        if name[0] in "・·":
            continue
        label = _lookup(index, name, m["year"]) or _lookup(
            index, mention_count_key(name, "", etal, joint, japanese=japanese), m["year"]
        )
        if label is not None:
            return m.start("before") + cut, m.end(), label
    return None


def cjk_count_keys(head: str, joint: str, *, japanese: bool = False) -> set[str]:
    """The keys that tell a CJK entry from another of its first author and year by the
    people it names (:func:`~bibcheck.readers.headcount.count_keys`' for CJK names):
    ``山田<joint>#1`` for ``山田太郎 (2019)``, ``山田<joint>佐藤<joint>#2`` for ``山田太郎・佐藤
    花子 (2019)``, ``山田<joint>#3`` for three or more (or ``山田太郎ほか``); ``ジョン・スミス
    (2019)`` names one person."""
    head = head.strip().rstrip("（(.,，。 ")
    japanese = japanese or is_japanese(head)
    people = [
        p
        for p in (
            cjk_names(part, japanese=japanese) for part in split_people(head, japanese=japanese)
        )
        if p
    ]
    if not people:
        return set()
    if _ET_AL_END.search(head) or len(people) >= MANY:
        return {f"{k}{joint}#{MANY}" for k in people[0]}
    if len(people) == 1:
        return {f"{k}{joint}#1" for k in people[0]}
    return {f"{a}{joint}{b}{joint}#2" for a in people[0] for b in people[1]}


def mention_count_key(
    name: str, others: str, etal: bool, joint: str, *, japanese: bool = False
) -> str:
    """The key of :func:`cjk_count_keys` a mention asks for: ``(山田・佐藤 2019)`` the pair's,
    ``(山田ほか 2019)`` three or more's, ``山田（2019）`` the sole author's (and
    ``(ジョン・スミス 2019)``'s, one person; ``japanese``: ``和`` is no "and" in the text)."""
    people = split_people(name + others, japanese=japanese) or [name]
    name, names = people[0], people[1:]
    if etal or len(names) >= MANY - 1:
        return f"{name}{joint}#{MANY}"
    if names:
        return f"{name}{joint}{names[0]}{joint}#2"
    return f"{name}{joint}#1"
