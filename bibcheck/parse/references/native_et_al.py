"""The words for "and others" in the writer's language, closing an entry's opening names.

A list entry names its first authors and then the others in a word of the document's
language: ``V. A. Vu và cộng sự. *Title*`` (Vietnamese, also ``và nnk.``), ``H. Müller u.
a.`` (German), ``А. И. Иванов и др.`` (Russian), ``О. П. Шевченко та ін.`` (Ukrainian),
``J. Kowalski i in.`` (Polish), ``J. Novák a kol.`` (Czech, Slovak), ``A. Yılmaz ve ark.``
(Turkish), ``B. Santoso dkk.`` (Indonesian, Malay), ``M. Silva e col.`` (Portuguese), ``J.
García y cols.`` (Spanish), ``P. Dupont et coll.`` (French), ``K. Lindgren m.fl.``
(Scandinavian), ``J. de Vries e.a.`` / ``ea.`` (Dutch), ``Kovács J. és mtsai.``
(Hungarian), and in the languages written without spaces ``山田太郎ほか`` / ``山田太郎 他``
(Japanese), ``张三, 李四等人`` (Chinese), ``A. Langley 외`` (Korean, after a Latin-script
name). The names before the words are the authors; the words
are neither a name nor the title. :func:`english_others` writes them as "et al.", which
every style parser reads, so the names, the title and what follows are read as they are for
an English list.

Only words that close a run of names at the start of the entry are rewritten: ``Smith, J.
"Vu và cộng sự revisited"`` (in a title) and ``see Müller u. a. for more`` (in prose) stay.
The words are the ones :mod:`bibcheck.parse.coauthors` knows from author-date citations.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import ET_AL
from bibcheck.parse.nameparticles import ARABIC, PARTICLES
from bibcheck.parse.references.patterns import CJK_TEXT, L, U

__all__ = ["english_others", "without_others"]

# Han characters, kana and Hangul: a name in a script without capitals or spaces
_CJK = CJK_TEXT
# the words after a name (its last letter or an initial's full stop): with a full stop, then
# a space, a comma, a parenthesis or the end; without one, then a comma, a colon, a
# parenthesis or the opening of a quoted or emphasised title ("Santoso dkk (2020)")
# (after a comma too, as Vancouver lists write "et al.": "Müller H, Schmidt K, u. a."; the
# Dutch "ea." as well as "e.a.")
# (set in italics as a Latin phrase, as ABNT and others print it: "BERG, Benjamin *et al.*
# Title", read as "BERG, Benjamin et al. Title")
_SPACED = lazy_compile(
    rf"(?<=[^\W\d_]|\.)(?P<comma>,?)\s++(?P<em>[*_]{{1,2}}(?=et\s))?(?P<words>{ET_AL}|ea\.)"
    r"(?(em)(?P=em)(?=[\s,:;(]|$)"
    r"|(?:(?<=\.)(?=[\s,:;(]|$)|(?<!\.)(?=\s*+[,:(*_\"“„«])))"
)
# ... and after a name in Han characters or kana, without a space: "山田太郎ほか", "李四等人"
# ("他" and "等" alone too, spaced or not: "鈴木花子 他.")
_UNSPACED = lazy_compile(rf"(?<=[{_CJK}])\s?(?P<words>ほか|他|等人)(?=\s*+[.,:;．，、：(（])")
# ... and the Korean "외" (and others) after a name in Latin letters: "A. Langley 외,", "Kim Y.
# 외 (2020)" (after a name in Hangul, "정하윤 외, 「…」", :mod:`.cjk_brackets` reads it)
# (and after a name in Hangul, spaced, before an APA date: "김지범 외 (2022).", "박선경 외
# (2021, 3월 10일)." -- "외" glued to a word is part of it: "국외", "예외")
_KOREAN = lazy_compile(
    r"(?:(?<=[A-Za-z\u00c0-\u024f.])\s?|(?<=[\uac00-\ud7a3])\s(?=외\s*+\(\s*+\d{4}))"
    r"(?P<words>외)(?=\s*+[.,:;(\"“])"
)
# a name word: an initial ("J.", "J.-P.", "Yu."), initials Vancouver-style ("JA"), a
# capitalised word ("Müller", "O'Neil", "Saint-Andre") or one in capitals ("ROSSI"), a name
# in Han characters, kana or Hangul, or a particle or "and" written in small letters
_INITIAL = lazy_compile(rf"[{U}][{L}]?\.(?:-?[{U}][{L}]?\.)*+|[{U}]{{1,4}}")
# (a double name's hyphen parts its halves, the second capitalised or not: "Siles-Lucas",
# "Saint-Andre", "Abd-el"; a possessive run that took the hyphen in left "Siles-Lucas" unread)
# (a half may have a second capital after its prefix: "McCrory", "MacDonald", "DeVries",
# "LeBlanc", "DiMaggio", "FitzGerald", "Smith-McKay")
_CAMEL = rf"(?:[{U}][{L}'’]++)?"
_CAPITALISED = lazy_compile(rf"[{U}][{L}'’]*+{_CAMEL}(?:-[{U}{L}][{L}'’]*+{_CAMEL})*+")
# a family name in capitals, as ABNT and ISO 690 head an entry: "ROSSI", "O'NEIL", "SOUZA-LIMA"
_CAPITALS = lazy_compile(rf"[{U}][{U}'’]++(?:-[{U}][{U}'’]*+)*+")
_SCRIPT_NAME = lazy_compile(rf"[{_CJK}]{{1,8}}")
# (the shared particles, the Arabic ones with "ben", "vom", "zu", "do", "das", "della", and
# the words for "and" of the languages cited)
_SMALL = (
    PARTICLES
    | ARABIC
    | frozenset("ben vom zu do das della and und y e i a et en og och dan és ve và ja in &".split())
)
_MAX_WORDS = 40
# "et al." left at the end of the last name read ("Smith, John et al", "Nguyễn Văn An et al.")
_TRAILING_OTHERS = lazy_compile(r"(?<=\S),?\s++et\s++al\.?$")


def _name_word(word: str) -> bool:
    """Is ``word`` a word a list of names is written with?"""
    return (
        word in _SMALL
        or _INITIAL.fullmatch(word) is not None
        or _CAPITALISED.fullmatch(word) is not None
        or _CAPITALS.fullmatch(word) is not None
        or _SCRIPT_NAME.fullmatch(word) is not None
    )


def _names_only(lead: str) -> bool:
    """Is ``lead`` (the text before the words for "and others") nothing but names: name
    words parted by spaces, commas, semicolons (``V. A. Vu``, ``Müller, H., Schmidt, K.``,
    ``张三, 李四``), at least one of them a name rather than a particle?"""
    words = [w for w in re.split(r"[\s,;，、]+", lead) if w]
    return (
        0 < len(words) <= _MAX_WORDS
        and all(_name_word(w) for w in words)
        and any(w not in _SMALL for w in words)
    )


def english_others(text: str) -> str:
    """``text`` with the words for "and others" that close its opening names written "et
    al." (``V. A. Vu và cộng sự. *Title*`` -> ``V. A. Vu et al. *Title*``; ``*et al.*`` in
    italics too); ``text`` itself when it has none (or already writes "et al." plainly)."""
    m = (
        _SPACED.search(text, 0, 400)
        or _UNSPACED.search(text, 0, 400)
        or _KOREAN.search(text, 0, 400)
    )
    if m is None or (re.match(r"et\s+al\b", m.group("words")) and not m.groupdict().get("em")):
        return text
    if not _names_only(text[: m.start()]):
        return text
    stop = "." if m.group("words").endswith(".") else ""
    comma = m.groupdict().get("comma") or ""
    return f"{text[: m.start()]}{comma} et al{stop}{text[m.end() :]}"


def without_others(author: str) -> str:
    """``author`` without an "et al." a parser left at its end (``Smith, John et al`` ->
    ``Smith, John``): the words stand for the other authors, never for part of a name."""
    return _TRAILING_OTHERS.sub("", author)
