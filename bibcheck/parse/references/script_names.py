"""Lists of names in scripts without capitals, joined the way those scripts join them.

* Korean, Chinese and Japanese write co-authors' names whole and join them with a middle
  dot: ``강현화·이미혜·김선정``, ``山田太郎・佐藤花子`` (three and two people); a name in
  katakana uses the same dot between its own parts (``マックス・ウェーバー``: one person), and
  so does a foreign name transliterated in Han characters (``马克斯·韦伯``: one person).
* ... or with a comma, each name whole, as Korean and Chinese lists in the APA form do:
  ``김민수, 박지훈 (2019)``, ``王明，李华`` (names of two to four syllables: a longer word is an
  organisation's);
* Thai writes each name given name first, in full, and joins them with a comma and
  ``และ`` ("and"): ``อัมพร แก้วหนู และประยุทธ ศรีสุข``;
* Persian and Arabic invert each name with the Arabic comma and join them with ``و``
  ("and") and the Arabic semicolon: ``علیزاده، حسین و نوری، مریم``, ``جعفری، لیلا؛ رستمی،
  فرهاد و قاسمی، نرگس`` (the digits and punctuation may already be Latin: ``,`` and ``;``).

:func:`joined_people` gives the people, or None when the text is no such list (one name,
an organisation, Latin letters).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND_INDIC
from bibcheck.parse.interpunct import one_person
from bibcheck.parse.references.patterns import CJK_LETTERS, MARKS

# (the kana block holds the katakana middle dot U+30FB: a name's letters are the block
# without it, so that a dot is always a separator -- a run of dots read as letters and as
# separators in every way was exponential, and a name of dots was an empty name)
_CJK = CJK_LETTERS
_DOTTED = lazy_compile(rf"[{_CJK}]++(?:\s?[·・‧･•]\s?[{_CJK}]++)+")
_DOT = lazy_compile(r"\s?([·・‧･•])\s?")
_COMMA_LISTED = lazy_compile(rf"[{_CJK}]{{2,4}}(?:\s?[,，、]\s?[{_CJK}]{{2,4}})+")
_COMMA = lazy_compile(r"\s?[,，、]\s?")
_KATAKANA = lazy_compile(r"[\u30a0-\u30ff]")
# Arabic script (Arabic, Persian, Urdu), its zero-width non-joiner and spaces
_ARABIC_WORDS = lazy_compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c\s]+")
# (from the first of a run of spaces, or at the comma: as _ARABIC_JOIN)
_INVERTED = lazy_compile(r"(?:(?<!\s)|(?=[,،]))\s*+[,،]\s*+")
# (from the first of a run of spaces, or at the semicolon: from each space, each try read
# the rest of the run)
_ARABIC_JOIN = lazy_compile(r"(?:(?<!\s)|(?=[;؛]))(?:\s*+[;؛]\s*+|\s++و\s++)")
# Thai names, given then family, each written in full (two or three words), joined by a
# comma and "และ" ("and"), which may stand glued to the next given name: "อัมพร แก้วหนู
# และประยุทธ ศรีสุข", "ก ข, ค ง และ จ ฉ"
_THAI_WORD = r"[\u0e01-\u0e4f]++"
_THAI_NAME = rf"{_THAI_WORD}(?:\s{_THAI_WORD}){{1,2}}"
_THAI_LISTED = lazy_compile(
    rf"{_THAI_NAME}(?:,\s(?!และ){_THAI_NAME})*(?:,?\sและ\s?(?!คณะ){_THAI_NAME})"
)
_THAI_JOIN = lazy_compile(r",?\sและ\s?|,\s")

# Indic names inverted, as APA lists them ("पौडेल, र., र खनाल, स.", "देशपांडे, सुनीता आणि
# जोशी, भ. र."): each "Family, Given" (or initials), joined by the language's "and", by a
# comma after initials or by a semicolon (the text's spaces made single first)
_INDIC_WORD = rf"(?=[\u0900-\u0dff])(?:[^\W\d_]|[{MARKS}])++"
_INDIC_INVERTED = lazy_compile(
    rf"{_INDIC_WORD}(?:\s{_INDIC_WORD}){{0,3}},\s{_INDIC_WORD}\.?(?:\s?{_INDIC_WORD}\.?){{0,3}}"
)
_INDIC_JOIN = lazy_compile(rf",?\s{AND_INDIC}\s|(?<=\.),\s|;\s")


def _indic_people(text: str) -> tuple[str, ...] | None:
    """The inverted Indic names of ``text`` joined by "and", or None."""
    parts = [p.strip(" ,") for p in _INDIC_JOIN.split(" ".join(text.split()))]
    if len(parts) < 2 or not all(_INDIC_INVERTED.fullmatch(p) for p in parts):
        return None
    return tuple(parts)


def joined_people(text: str) -> tuple[str, ...] | None:
    """The people of a dotted CJK list or of a Persian/Arabic list of inverted names."""
    text = text.strip(" .,")
    if _DOTTED.fullmatch(text):
        people: list[str] = []
        pieces = _DOT.split(text)
        for i in range(0, len(pieces), 2):
            part, dot = pieces[i], pieces[i - 1].strip() if i else ""
            if people and _KATAKANA.match(part) and _KATAKANA.search(people[-1][-1]):
                people[-1] = f"{people[-1]}・{part}"  # "マックス・ウェーバー": one person
            elif people and one_person(_DOT.split(people[-1])[-1], dot, part):
                people[-1] = f"{people[-1]}{dot}{part}"  # "马克斯·韦伯": one person
            else:
                people.append(part)
        return tuple(people) if len(people) > 1 else None
    if _COMMA_LISTED.fullmatch(text):
        return tuple(_COMMA.split(text))
    if _THAI_LISTED.fullmatch(text):
        return tuple(_THAI_JOIN.split(text))
    indic = _indic_people(text)
    if indic is not None:
        return indic
    parts = _ARABIC_JOIN.split(text)
    if len(parts) < 2:
        return None
    for part in parts:
        names = _INVERTED.split(part)
        # (each an inverted name, "Family، Given"; "وزارت نیرو و ..." is one organisation)
        if len(names) != 2 or not all(n and _ARABIC_WORDS.fullmatch(n) for n in names):
            return None
    return tuple(p.strip() for p in parts)
