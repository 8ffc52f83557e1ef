"""Abbreviations that stand before a number and end no sentence (pure functions).

A period after a short word ends a sentence when a capital or a digit follows, but in
running text some abbreviations always stand before a number: a book of the Bible before
its chapter and verse (German ``Röm. 8,28``, ``1 Kor. 13``, ``Mt. 5``, English ``Gen. 1:3``,
``Rom. 8``, French ``Jn. 3,16``, Spanish ``Is. 53``), a locator before its value
(``Chap. 3``, ``Kap. 4``, ``Bd. 2``, ``Hl. 3``, ``Nr. 12``, ``Abs. 2``, ``cap. 5``,
``t. II`` is left to the initials rule).  Such a period followed by a number is part of
the reference, never a sentence end, so a claim sentence is not cut in two there.

Only a word of this vocabulary counts, and only before a number: "Rome. 12 people came"
still ends its sentence; a book whose abbreviation is a word too (German ``Rom``, English
``Is``) only before a chapter and verse (``Rom. 8:28``, ``Is. 53,5``): "nach Rom. 12 Tage
später" ends one.  A book's chapter has at most three digits: ``Am. 2010`` is no Amos.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

# Books of the Bible, as abbreviated in German, English, French, Spanish, Italian,
# Dutch, Polish (lower case, without the period).  Words that are also common words
# ("Job", "Acts") are left out: a dot after them may end a sentence.
_BIBLE_BOOKS = frozenset(
    # German
    "gen ex exod lev num dtn jos ri rut sam kön kön chr esr neh est hi ps spr pred koh hld "
    "jes jer klgl ez hes dan hos joel am obd jon mi nah hab zef hag sach mal "
    "mt mk lk joh apg röm kor gal eph phil kol thess tim tit phlm hebr jak petr jud offb "
    # English
    "deut josh judg kgs chron neh esth prov eccl eccles isa lam ezek obad mic zeph zech "
    "matt mk mrk lk jn rom cor eph phil col thess tim philem heb jas pet rev "
    # French, Spanish, Italian, Dutch, Polish
    "dt jg rt esd jb pr qo ct is jr lm éz os ab so ag za ml mc lc jn ac rm co ga ep ph "
    "gn lv nm jue rt 1re rom mt mc lc jn hch ef fil col ts hb sant ap "
    "es lv dt gs gdc rt sal pro qo ger ez gl gio "
    "richt hand openb "
    "rdz wj kpł lb pwt joz sdz ml łk dz rz kor ga ef flp kol tes hbr jk ap".split()
)
# ... of which these are words too (German "nach Rom.", "mal", Dutch "dan", English "is",
# "so", Spanish "es"): a sentence may end with them, so they count only before a chapter
# and verse ("Rom. 8:28", "Is. 53,5")
_ALSO_WORDS = frozenset(
    "rom dan mal am is so es hab ex ab co os mi ez lam sam num joel jon richt hand tit phil "
    "col ap ac est dt rt pr ml ps sal pro gl ef jk".split()
)
# a chapter: at most three digits (never a year: "N. Am. 2010;39:365" is a journal's)
_CHAPTER = lazy_compile(r"\d{1,3}(?!\d)")
_CHAPTER_VERSE = lazy_compile(r"\d{1,3}\s?[,:.]\s?\d")
# Locators that stand before their number: chapter, volume, part, issue, paragraph, verse.
_LOCATORS = frozenset(
    "chap chapt ch vol vols no nos nr nrn bd bde hl kap abs anm ziff lfg heft jg "
    "cap capp cap° vers vv t tom tome sp col cols fasc n nn núm num art arts pt pts "
    "sec secs para paras fol fols ps".split()
)


def stands_before_number(word: str, following: str) -> bool:
    """Is ``word`` (the text before a period) an abbreviation whose number ``following`` starts?

    ``word`` may carry a leading bracket or quote; ``following`` is the text after the
    period and its spaces.
    """
    if not following[:1].isdigit() and not _roman_start(following):
        return False
    core = word.lstrip("(\"'“«[").lower()
    if not core or not core.isalpha():
        return False
    if core in _LOCATORS:
        return True
    if core not in _BIBLE_BOOKS or _CHAPTER.match(following) is None:
        return False
    return core not in _ALSO_WORDS or _CHAPTER_VERSE.match(following) is not None


def _roman_start(text: str) -> bool:
    """Does ``text`` start with a roman numeral followed by a non-letter ("II,", "IV ")?"""
    i = 0
    while i < len(text) and i < 8 and text[i] in "IVXLC":
        i += 1
    if i == 0 or (i < len(text) and text[i].isalpha()):
        return False
    return text[:i] != "I" or text[i : i + 1] in (",", ".", ":")  # a lone "I " is the pronoun
