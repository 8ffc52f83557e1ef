"""Family names, as the readers and the analysis compare authors.

``Smith, John``, ``John A. Smith``, ``Smith J.`` (GOST), ``Smith JA`` (Vancouver) and
``Donard de Cogan`` / ``de Cogan, Donard`` give one family name each, a Vietnamese ``Nguyễn
Thị Lan`` (family name first, never inverted) its first word; a short German note's
``Goschler/Böick`` gives two; an organisation is kept as written.
"""

from __future__ import annotations

import re
import unicodedata

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.interpunct import surname
from bibcheck.parse.japanese_names import japanese_family_first
from bibcheck.parse.nameparticles import GERMANIC, PARTICLES

# (the shared ones, with the Irish and Scottish Gaelic ones, which are part of the family
# name: "Niamh Nic Shuibhne" is Nic Shuibhne, "N Ó Dónaill" Ó Dónaill, "Dónal Mac Cárthaigh"
# Mac Cárthaigh)
_PARTICLES = PARTICLES | frozenset("ó ní nic mac mc mhic uí ua".split())
# (the shared Dutch and German ones, and "vander" written as one word; not "zur", which
# this has never read)
_GERMANIC_PARTICLES = (GERMANIC - {"zur"}) | {"vander"}
# an initial or a run of them: "J.", "J.-P.", "Н.", "Ю." (GOST), "JA" (Vancouver); the
# initials of a hyphenated given name without stops, as OSCOLA and Vancouver write them:
# "J-B" (Jean-Baptiste), "J-P.", "Ж-П"
_INITIAL = lazy_compile(
    r"[^\W\d_][^\W\d_]?\.(?:-?[^\W\d_]\.)*|[A-ZА-ЯЁ]{1,3}"
    r"|[A-ZÀ-ÖØ-ÞА-ЯЁ]\.?(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ]\.?)+"
)
# "Goschler/Böick", "Fischer/Hax/Schneider": family names joined by slashes
# a generational suffix after the name: "Jr.", "Sr", "III", "3rd"
_SUFFIX = lazy_compile(r"(?:Jr|Sr|Jun|Sen)\.?|II|III|IV|2nd|3rd|4th")
# a name in Han characters, kana or Hangul, written without spaces
_CJK_NAME = lazy_compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af々〆ヶ]+"
)
_SLASHED = lazy_compile(r"[^\W\d_][\w'’-]+(?:\s?/\s?[^\W\d_][\w'’-]+)+")
# Vietnamese names are written family name first and never inverted ("Nguyễn Thị Lan",
# "Trần Văn Bình", "Lê Văn A"): every word one syllable of the language (its onset, one to
# three vowels, its final consonants), and a letter only Vietnamese writes in one of them
# (ă â đ ê ô ơ ư ĩ ũ, the tone-marked vowels); a Romanian "Ana Bălan" or Croatian "Đuro Đaković"
# has words of two syllables.  (Read without its accents, "đ" as "d".)
_VIETNAMESE_SYLLABLE = lazy_compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
# so too a Korean or Chinese name whose given name is two syllables hyphenated, the second in
# small letters: "Kim Min-jun", "Lee Seo-yeon", "Mao Tse-tung"
_HYPHENATED_GIVEN = lazy_compile(r"[A-Z][a-zŏŭ]{0,6}\s[A-Z][a-zŏŭ]{0,6}-[a-zŏŭ]{1,6}")
_VIETNAMESE_LETTER = lazy_compile(r"[ăâđêôơưĩũĂÂĐÊÔƠƯĨŨ\u1ea0-\u1ef9]")


# Hungarian names are written family name first too ("Kovács János", "Nagy Éva Katalin"):
# given names written as only Hungarian writes them (a Hungarian spelling, accents or "cs",
# "gy", "zs" -- "Péter", not "Peter"; none also given in other languages' order, "Anna",
# "Mária", "Tibor"), after a family name that is none of them
_HUNGARIAN_GIVEN = frozenset(
    """
    Ádám Ákos Antal Árpád Attila Balázs Bálint Barnabás Bence Botond Csaba Csongor Dániel
    Dénes Dezső Elemér Endre Ernő Ferenc Gábor Gergely Gergő Géza Gyula Győző György Imre
    István János Jenő József Kálmán Károly Kornél Lajos László Levente Lőrinc Máté Mátyás
    Márton Miklós Mihály Nándor Ödön Pál Péter Sándor Szabolcs Szilárd Tamás Tivadar Vilmos
    Zoltán Zsigmond Zsolt Ágnes Anikó Boglárka Csilla Dóra Edit Enikő Erzsébet Eszter Éva
    Gizella Gyöngyi Hajnalka Ibolya Ildikó Ilona Irén Judit Katalin Klára Krisztina Lívia
    Magdolna Margit Márta Nóra Noémi Orsolya Piroska Réka Rozália Szilvia Tímea Tünde
    Valéria Zsófia Zsuzsanna
    Aladár Andor Béla Bertalan Gusztáv Ignác Lóránt Mózes Oszkár Rezső Samu Tihamér Zsombor
    Borbála Csenge Dorottya Emese Etelka Jolán Zsuzsa
    """.split()
)


def hungarian_given(word: str) -> bool:
    """Is ``word`` a given name written as only Hungarian writes it (``Dezső``, ``Réka``)?"""
    return word in _HUNGARIAN_GIVEN


def _hungarian(words: list[str]) -> bool:
    """Are ``words`` a Hungarian name as written: a capitalised family name, then one or
    two given names of :data:`_HUNGARIAN_GIVEN` (``Kovács János``, ``Nagy Éva Katalin``)?"""
    return (
        2 <= len(words) <= 3
        and words[0] not in _HUNGARIAN_GIVEN
        and len(words[0]) > 1
        and words[0][:1].isupper()
        and words[0].replace("-", "").isalpha()
        and all(w in _HUNGARIAN_GIVEN for w in words[1:])
    )


def family_first(author: str) -> bool:
    """Is ``author`` a Vietnamese name as written, family name first (``Nguyễn Thị Lan``,
    ``Phạm Văn Hùng``, ``Nguyễn Văn A``): two to five capitalised words, each a Vietnamese
    syllable (or a last initial), with a letter only Vietnamese writes?  Or a Korean or
    Chinese one with a hyphenated given name (``Kim Min-jun``), or a Hungarian one
    (``Kovács János``: :func:`_hungarian`)?  Or a Japanese one in Hepburn with its script
    original after it (``Maruyama Nobuhiko 丸山伸彦``: :mod:`bibcheck.parse.japanese_names`)?"""
    if japanese_family_first(author) is not None:  # "Maruyama Nobuhiko 丸山伸彦"
        return True
    if _HYPHENATED_GIVEN.fullmatch(author):  # "Kim Min-jun", "Chiang Kai-shek"
        return True
    words = author.split()
    if _hungarian(words):  # "Kovács János", "Szabó Éva"
        return True
    if not 2 <= len(words) <= 5 or _VIETNAMESE_LETTER.search(author) is None:
        return False
    while len(words) > 2 and re.fullmatch(r"[A-ZĐ]\.?", words[-1]):
        words = words[:-1]  # "Nguyễn Văn A", "Trần Thị B."
    if len(words) == 2 and re.fullmatch(r"[A-ZĐ]\.?", words[-1]):
        words = words[:-1]
    return all(word[:1].isupper() and _syllable(word) for word in words)


def _syllable(word: str) -> bool:
    """Is ``word`` one Vietnamese syllable (:data:`_VIETNAMESE_SYLLABLE`)?"""
    bare = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return _VIETNAMESE_SYLLABLE.fullmatch(bare) is not None


def family_first_inverted(author: str) -> str:
    """``Nguyễn Thị Lan`` -> ``Nguyễn, Thị Lan``: a name written family name first
    (:func:`family_first`: Vietnamese, Korean, Hungarian)
    written as library catalogues and BibTeX write it, the family name before a comma; any
    other name as written (a Japanese one without its script original: ``Maruyama
    Nobuhiko 丸山伸彦`` -> ``Maruyama, Nobuhiko``)."""
    if "," in author or not family_first(author):
        return author
    japanese = japanese_family_first(author)
    if japanese is not None:
        return japanese
    family, _, given = author.strip().partition(" ")
    return f"{family}, {given.strip()}"


# what parts family-first names in a list: a comma, or a spaced dash (Hungarian)
_NAME_JOINER = lazy_compile(r",|\s[–—-]\s")


def family_first_list(author: str) -> tuple[str, ...]:
    """``Trần Minh Khoa, Lê Thị Hồng`` -> (``Trần Minh Khoa``, ``Lê Thị Hồng``): full names
    written family name first (:func:`family_first`) and parted by commas are a list of
    names, not one name inverted (an inverted name's parts are never both such names); any
    other author as the only one (``Smith, John``, ``García Márquez, Gabriel José``).  So
    too names joined by a dash, as Hungarian lists join them (``Kovács János – Szabó
    Éva``)."""
    parts = [p.strip() for p in _NAME_JOINER.split(author)]
    if len(parts) < 2 or not all(family_first(p) for p in parts):
        return (author,)
    return tuple(parts)


def family_names(authors: tuple[str, ...]) -> list[str]:
    """Family names: ``Smith, John`` and ``John Smith`` (Chicago notes invert nothing) agree;
    a short German note's ``Goschler/Böick`` is two of them."""
    return [
        family_name(part)
        for author in authors
        for part in (author.split("/") if _SLASHED.fullmatch(author) else [author])
    ]


def family_name(author: str) -> str:
    """The family name of ``Smith, John``, ``John A. Smith``, ``Donard de Cogan``, ``Smith J.``,
    ``Ham, W. van der`` (``van der ham``)
    (GOST, Vancouver ``Smith JA``), ``van Dam P.``; an organisation as written (lower case).
    The Arabic comma inverts as the Latin one does (``قزوینی، محمد``).  A foreign name
    transliterated in Han characters, its parts joined by a middle dot, has its family
    name last (``马克斯·韦伯`` -> ``韦伯``, ``[德]卡尔·马克思`` -> ``马克思``: as the readers
    take a citation's, :func:`~bibcheck.parse.interpunct.surname`)."""
    author = author.replace("،", ",")
    if (transliterated := surname(author)) is not None:  # "马克斯·韦伯": its last part
        return transliterated
    if "," in author:
        family, _, given = author.partition(",")
        # Dutch and German particles written after the given names belong to the family
        # name: "Ham, W. van der" is van der Ham (a Romance "Oliveira, Ana de" is Oliveira)
        words = given.split()
        k = len(words)
        while k > 0 and words[k - 1].lower() in _GERMANIC_PARTICLES:
            k -= 1
        particles = [w.lower() for w in words[k:]] if k < len(words) and k > 0 else []
        return " ".join([*particles, family.strip().lower()])
    if family_first(author):  # "Nguyễn Thị Lan", "Nguyễn Văn A"
        return author.split()[0].lower()
    words = author.split()
    while len(words) > 2 and _SUFFIX.fullmatch(words[-1]):
        words = words[:-1]  # "Pendergraft WF 3rd", "John Smith Jr."
    if len(words) < 2:
        return author.strip().lower()
    trailing = 0
    while trailing < len(words) - 1 and _INITIAL.fullmatch(words[-1 - trailing]):
        trailing += 1
    if trailing:  # "Smith J.", "Лещенко Н. П.", "van Dam P."
        named = words[: len(words) - trailing]
        lead = 0
        while lead < len(named) - 1 and _INITIAL.fullmatch(named[lead]):
            lead += 1
        # ("C.J. Errázuriz M.": given initials first, a second family name's initial last)
        return " ".join(named[lead:]).lower()
    if not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        return author.strip().lower()  # "World Bank of the North"? kept whole
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1  # "Donard de Cogan", "Ludwig van der Berg"
    return " ".join(words[start:]).lower()


def same_family(a: str, b: str) -> bool:
    """Do two family names (as :func:`family_name` gives them) name one person?  A surname
    of several words is read whole only when inverted: ``Le Roy Ladurie, Emmanuel`` gives
    ``le roy ladurie``, ``Emmanuel Le Roy Ladurie`` gives ``ladurie``; they agree."""
    if a == b:
        return True
    if _CJK_NAME.fullmatch(a) and _CJK_NAME.fullmatch(b):
        # a name written whole in Chinese, Japanese or Korean starts with the family name:
        # a short note's "宮崎" is the "宮崎ふみ子" of the full note
        short_name, long_name = sorted((a, b), key=len)
        return long_name.startswith(short_name)
    short, long = sorted((a.split(), b.split()), key=len)
    return bool(short) and long[-len(short) :] == short


def same_families(a: list[str], b: list[str]) -> bool:
    """Two author lists, as family names, agree name by name."""
    return len(a) == len(b) and all(same_family(x, y) for x, y in zip(a, b, strict=True))


_JOINERS = frozenset({"et", "and", "und", "y", "i", "e", "al"})


def name_words(authors: tuple[str, ...]) -> frozenset[str]:
    """The words of the names, initials and joining words left out, case-folded: the same
    for ``Georg Kremnitz`` and ``Kremnitz Georg`` (French lists put the family name first)."""
    return frozenset(
        word.casefold()
        for author in authors
        for word in re.findall(r"[^\W\d_][\w'’-]+", author)
        if word.casefold() not in _JOINERS
    )
