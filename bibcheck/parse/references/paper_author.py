"""A newspaper named in the author's place, then the issue's day: an unsigned article.

An author-date list cites an unsigned newspaper report by the paper's name where the
author stands, then the year and the day: ``The Times (1851, May 2). Headline.``,
``Le Figaro (1889, 6 mai). Titre.``, ``Aftonbladet (1832, 4 juli). Rubrik. Via
tidningar.kb.se.``, ``Algemeen Handelsblad (1864, 4 juni). Kop. Via Delpher. <https://…>``.
The paper is no author but the periodical the article appeared in: the work is an
``article`` with the paper its host and no author.

A paper is told by its name (:func:`~bibcheck.parse.references.newsoutlet.news_outlet`:
"Times", "Zeitung", "-bladet") or by the shape many papers' names have, an article and
one capitalised word ("Le Figaro", "La Stampa", "De Telegraaf", "Die Zeit") -- a shape
persons, artists and bands have too ("Le Corbusier", "La Fontaine", "De Gaulle", "El
Greco", "The Beatles"), so the word must be one papers are named by (:data:`_PAPER_WORDS`:
"Figaro", "Monde", "Stampa", "Telegraaf") or the title be followed by the page or section
the report stood on (``Le Réveil (1902, 3 mars). Titre. p. 2.``).  A person (``Smith, J.
(2020, May 2).``) or a body (``World Health Organization (2020, March 11).``, a body's
news page) keeps its place.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.newsoutlet import news_outlet

__all__ = ["paper_author", "paper_name"]

# "Name (1864, 4 juni).", "Name (1851, May 2).": a name with no comma, initial or digit,
# then the year and a day in parentheses
_HEAD = lazy_compile(
    r"^\s*(?P<paper>[^\W\d_][^,.;:()\[\]\d*_\"“”«»]{1,60}?)\s\((?:1[5-9]|20)\d\d[a-z]?,\s"
    r"[^()]*\d[^()]*\)\."
)
# an article and one capitalised word: "Le Figaro", "La Stampa", "De Telegraaf", "Het
# Parool", "Die Zeit", "El Sol", "Il Mattino", "The Scotsman"
_ARTICLE_NAME = lazy_compile(
    r"(?:The|Le|La|Les|L['’]|El|Il|Lo|De|Het|Die|Der|Das)\s?(?P<word>[A-Z][^\W\d_]{2,})"
)
# the words papers after an article are named by, in the languages cited (in small letters):
# "Le Figaro", "Le Monde", "La Presse", "El País", "La Nación", "La Stampa", "Il Mattino",
# "De Telegraaf", "Het Parool", "Die Zeit", "Der Standard", "The Scotsman"; a person's
# or a band's name after an article ("Le Corbusier", "La Fontaine", "Los Lobos") is none
_PAPER_WORDS = frozenset(
    {"figaro", "monde", "temps", "matin", "soir", "presse", "gaulois", "siècle", "journal",
     "croix", "liberté", "libération", "humanité", "intransigeant", "aurore", "rappel",
     "constitutionnel", "moniteur", "populaire", "radical", "progrès", "dépêche", "républicain",
     "nación", "prensa", "país", "mundo", "sol", "imparcial", "liberal", "universal",
     "tiempo", "comercio", "heraldo", "correo", "debate", "vanguardia", "razón", "época",
     "stampa", "repubblica", "nazione", "mattino", "giornale", "messaggero", "secolo",
     "unità", "tempo", "telegraaf", "standaard", "morgen", "tijd", "volkskrant", "parool",
     "zeit", "welt", "spiegel", "standard", "tag", "bund", "scotsman", "independent",
     "nation", "age", "globe", "star", "sun", "mirror", "express", "economist",
     "spectator", "listener", "atlantic", "australian", "argus", "hindu", "statesman",
     "examiner", "bulletin", "advertiser", "mercury", "register", "sentinel", "inquirer",
     "press", "echo", "dispatch", "democrat", "republican"}
)  # fmt: skip
# the page or section a report stood on, after its title: "p. 3", "pp. 2–3", "S. 5",
# "blz. 2", "pág. 4", "col. 2", "p. A1", "Section B"
_PAGE = lazy_compile(
    r"(?<![^\s,.;(])(?:p|pp|S|s|blz|bl|pag|pág|págs|col|cols|sec|sect)\.\s?[A-Z]?\d"
    r"|\b(?:Section|Sektion|Rubrik)\s[A-Z\d]\b"
)
# the old papers' "Courant" ("Nieuwe Rotterdamsche Courant", "Hartford Courant"), a word
# :mod:`.newsoutlet`'s pinned list leaves out
_COURANT = lazy_compile(r"\bCourant\b")
_KINDS = (RefKind.WEB, RefKind.UNKNOWN, RefKind.BOOK, RefKind.ARTICLE)


def paper_name(name: str) -> bool:
    """Is ``name`` a paper's by its words ("Times", "Zeitung", "Courant") or an article and
    a word papers are named by ("Le Figaro", "El Sol", "La Stampa")?"""
    if news_outlet(name) or _COURANT.search(name) is not None:
        return True
    article = _ARTICLE_NAME.fullmatch(name)
    return article is not None and article.group("word").lower() in _PAPER_WORDS


def _paper_name(name: str, after: str) -> bool:
    """Is ``name`` a paper's (:func:`paper_name`), or an article and a word with ``after``
    (what follows the entry's head) giving the page the report stood on?"""
    if paper_name(name):
        return True
    return _ARTICLE_NAME.fullmatch(name) is not None and _PAGE.search(after) is not None


def paper_author(ref: Reference) -> Reference:
    """``ref`` an unsigned ``article`` in the paper its entry names where the author stands
    (see the module); as it is otherwise."""
    if len(ref.authors) != 1 or ref.kind not in _KINDS or not ref.title:
        return ref
    head = _HEAD.match(ref.raw)
    if head is None:
        return ref
    paper = " ".join(head.group("paper").split())
    if ref.authors[0] != paper or not _paper_name(paper, ref.raw[head.end() :]):
        return ref
    if ref.host is not None and ref.host.strip("*_ ") != paper:
        return ref
    return dataclasses.replace(ref, authors=(), host=paper, kind=RefKind.ARTICLE)
