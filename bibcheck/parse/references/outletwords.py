"""The words a news site's, a newspaper's or a magazine's name is made of: one base list
that :mod:`bibcheck.parse.references.sitename` (a site's owner named before a page's
title: "BBC News", "SVT Nyheter") and :mod:`bibcheck.parse.references.newsoutlet` (a page
filed as a web page whose site is a paper: ``{{cite web|work=BBC News}}``) both read.

:data:`NEWS_WORDS` is "news" in the languages cited, :data:`MAGAZINE_WORDS` "magazine";
each caller adds the words its own question needs where it is used, and says why (a site
calls itself "Online", "Portal", "Blog"; a paper "Times", "Zeitung", "Gazeta").  A word
added here is read in both places.
"""

from __future__ import annotations

__all__ = ["MAGAZINE_WORDS", "NEWS_WORDS"]

# "news", as a site or a paper names itself by it ("BBC News", "SVT Nyheter", "DR
# Nyheder", "ZDF Nachrichten", "RTVE Noticias", "Rai Notizie", "NOS Nieuws", "Yle
# Uutiset", "TVP Wiadomości", "ČT Zprávy", "RTVS Správy", "Новости"), in small letters
NEWS_WORDS = (
    "news",
    "nyheter",
    "nyheder",
    "nachrichten",
    "noticias",
    "notícias",
    "notizie",
    "nieuws",
    "uutiset",
    "wiadomości",
    "zprávy",
    "správy",
    "новости",
)
# "magazine", in small letters
MAGAZINE_WORDS = ("magazine",)
