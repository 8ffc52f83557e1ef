"""What a humanities note says the work is, around its title: a review with a title of its
own, an encyclopedia article by its headword, a talk, a newspaper's issue.

German (and other continental) notes write the form of a work in words next to its title::

    Ines Berg: Ordnung im Bild. Rezension zu: Frank Lutz, Der Katalog, München 2018.
        In: Kunstchronik 72 (2019), H. 5, S. 260–264.
    Susanne Roth: Art. „Lichtdruck“. In: Lexikon der Fotografie, Bd. 2, München 2008.
    Paul Ernst: Glasnegative im Depot, Vortrag auf dem 36. Kunsthistorikertag, Stuttgart 2022.
    Hanno Voss: Wem gehört das Bild? In: Die Zeit, Nr. 14, 30.3.2017, Feuilleton, S. 45.

:func:`own_review` splits a review's own title from the reviewed work and gives the host
after ``In:`` (the reviewed work's place and year are not the review's);
:func:`headword` reads the entry's headword out of ``Art. „…“``; :func:`talk_start` finds
where a talk's statement (``Vortrag auf …``, ``paper presented at …``) ends the title; and
:func:`newspaper_year` reads the year of a newspaper's issue dated by its day after the
paper's name.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.quote_pairs import CURLY_LOW, EN_CURLY, EN_SINGLE, GUILLEMETS

__all__ = ["headword", "newspaper_year", "own_review", "talk_start"]

# the review's own title, a sentence's end, then the word for a review and the reviewed
# work (German, English, French, Italian, Spanish, Dutch, Nordic); "In:" before the host
_OWN_REVIEW = lazy_compile(
    r"^(?P<title>[^\W\d_].{1,300}?[^\s.])[.?!]?\s"
    r"(?:Rezension|Besprechung|Sammelrezension|Review|review|Compte\srendu|compte\srendu"
    r"|Recensione|recensione|Reseña|reseña|Recensie|recensie|Recension|recension|Anmeldelse)"
    r"\s(?:zu|von|über|of|de|du|des|di|a|van|av|af)?:?\s"
    r"(?P<reviewed>.+?)[.,]\s(?:In|in):\s(?P<host>\S.*)$"
)


def own_review(rest: str) -> tuple[str, str] | None:
    """``Title. Rezension zu: Reviewed work … In: Journal 72 (2019), …``: the review's own
    title and the text of its host after ``In:``; None when the review has no title of its
    own (``Rezension zu: …`` keeps its words as the title) or no ``In:`` follows."""
    m = _OWN_REVIEW.match(rest)
    if m is None:
        return None
    return m.group("title").strip(" ,"), m.group("host")


# an encyclopedia's or dictionary's article cited by its headword: "Art. „Lichtdruck“",
# "Artikel ‚Kanon‘", "Stichwort "Kanon"", "s. v. «Canon»", "Lemma „Kanon“"
_HEADWORD = lazy_compile(
    r"^(?:Art\.|Artikel|Stichwort|Stichw\.|Lemma|s\.\s?v\.|art\.|voce|entrée|entry)\s"
    rf"(?:„(?P<a>[^{CURLY_LOW}]{{1,120}})[{EN_CURLY}]|‚(?P<b>[^‚{EN_SINGLE}]{{1,120}})[{EN_SINGLE}]|"
    rf"“(?P<c>[^{EN_CURLY}]{{1,120}})”"
    rf"|«\s?(?P<d>[^{GUILLEMETS}]{{1,120}}?)\s?»|\"(?P<e>[^\"]{{1,120}})\")$"
)


def headword(title: str) -> str | None:
    """The headword of an article title written ``Art. „Headword“``; None for any other."""
    m = _HEADWORD.match(title.strip(" ,."))
    if m is None:
        return None
    return next(g for g in m.groups() if g is not None).strip()


# a talk after its title: "Vortrag auf dem …", "Vortrag gehalten am …", "Referat bei …",
# "Keynote at …", "paper presented at …", "talk given at …", "communication au colloque …",
# "comunicazione al convegno …", "ponencia presentada en …"
_TALK = lazy_compile(
    r"[,.]\s(?:(?:Vortrag|Referat|Plenarvortrag|Festvortrag|Gastvortrag|Keynote)"
    r"\s(?:auf|bei|an|am|im|in|vor|zur|zum|gehalten)\b"
    r"|(?i:(?:paper|talk|lecture|keynote|poster)\s(?:presented|given|delivered|read)\s(?:at|to|"
    r"before)\b)"
    r"|(?:communication|intervention)\s(?:au|à\sla|aux|lors)\b"
    r"|(?:comunicazione|relazione)\s(?:al|alla|presentata)\b"
    r"|(?:ponencia|comunicación)\s(?:presentada|en|al)\b)"
)


def talk_start(title: str) -> int | None:
    """Where the statement that the work is a talk starts in ``title``, or None."""
    m = _TALK.search(title)
    return None if m is None else m.start()


_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_MONTHS = (
    r"Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|January|February|March|May|June|July|October|December|janvier|février|mars"
    r"|avril|juin|juillet|août|septembre|octobre|novembre|décembre|Jan\.|Feb\.|Febr\.|Apr\."
    r"|Aug\.|Sept?\.|Okt\.|Oct\.|Nov\.|Dez\.|Dec\."
)
# the newspaper's name, perhaps its issue number, then the day: "Die Zeit, Nr. 14,
# 30.3.2017", "Süddeutsche Zeitung vom 2. Mai 2019", "Le Monde, 12 mars 2020"
_NEWSPAPER_DAY = lazy_compile(
    r"^[^\W\d_][^,;:()]{1,80}?(?:,\s(?:Nr\.|No\.|n°|Ausg\.|Ausgabe)\s?\d{1,5})?"
    r"(?:,\s|\s(?:vom|v\.|du|del)\s)"
    rf"(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?P<a>{_YEAR})"
    rf"|\d{{1,2}}\.?\s(?:{_MONTHS})\s(?P<b>{_YEAR}))(?=[,.;\s]|$)"
)


def newspaper_year(host: str) -> str | None:
    """The year of a newspaper's issue when ``host`` (the text after ``In:``) is the paper's
    name dated by its day; None for a journal or a book."""
    m = _NEWSPAPER_DAY.match(host.strip())
    if m is None:
        return None
    return m.group("a") or m.group("b")
