"""A newspaper's, a news service's or a magazine's name, by the words such names are made
of in the languages cited: "SVT Nyheter", "BBC News", "The Irish Times", "Süddeutsche
Zeitung", "Aftonbladet", "Helsingin Sanomat", "El Diario Vasco", "Gazeta Wyborcza".

A page a citation template files as a web page (``{{cite web|work=BBC News}}``,
``{{webbref|verk=SVT Nyheter}}``) whose site is so named is a news article, as the corpora
key newspaper and magazine articles (a site named otherwise, a blog's, an agency's, keeps
its page a web page).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import particle_pattern
from bibcheck.parse.references.outletwords import MAGAZINE_WORDS, NEWS_WORDS

__all__ = ["news_outlet"]

# the words a paper's name is made of: "news" and "magazine" (:mod:`.outletwords`), with
# French "Nouvelles", Czech "Novinky", Russian "Вести", German "Magazin", and the words
# that name a paper ("Times", "Post", "Gazeta", "Zeitung", "Dagblad", "Diario", "Sanomat")
_OUTLET_WORDS = frozenset(NEWS_WORDS) | frozenset(MAGAZINE_WORDS) | frozenset(
    {"nouvelles", "novinky", "вести", "magazin", "times", "post", "herald", "gazette",
     "gazeta", "gazzetta", "tribune", "tribuna", "daily", "zeitung", "tidning", "tidningen",
     "dagblad", "avisen", "courier", "courrier", "corriere", "kurier", "chronicle",
     "observer", "telegraph", "guardian", "diario", "diário", "jornal", "periódico",
     "dziennik", "noviny", "denník", "hírlap", "sanomat", "rundschau", "morgenpost",
     "kurir", "novine"}
)  # fmt: skip
_NEWS = lazy_compile(
    # each word capitalised, as a name writes it ("BBC News", "The Irish Times")
    rf"(?<![\w-]){particle_pattern(w[0].upper() + w[1:] for w in _OUTLET_WORDS)}(?![\w-])"
    # a Germanic paper's name in one word: "Aftonbladet", "Göteborgs-Posten",
    # "Tagesspiegel"-like compounds of -zeitung, -blatt, -bladet, -posten, -avisen, -tidning,
    # Dutch -blad and -krant ("Algemeen Handelsblad", "Het Nieuwsblad", "de Volkskrant")
    r"|[^\W\d_]{2,30}(?:zeitung|blatt|bladet|blad|krant|posten|avisen|tidning|tidningen|nyheter)"
    r"(?![\w-])"
    # a Korean, Japanese or Chinese paper's name ends in its word for a paper or for news:
    # "경향신문", "조선일보", "연합뉴스", "朝日新聞", "人民日报", "中國時報"
    r"|[^\W\d_]{1,20}(?:신문|일보|뉴스|新聞|新闻|日報|日报|時報|时报|晚报|晚報)(?![\w-])"
)
# a site of that name that is no paper: a blog, a wiki, a forum, a body's newsroom or
# press office, a podcast ("Parish News Blog", "Company Newsroom")
_NOT_PAPER = lazy_compile(r"\b(?:blog|wiki|forum|podcast|newsroom|press\soffice)\b", re.I)


def news_outlet(name: str | None) -> bool:
    """Does ``name`` (a site's or a periodical's) name a newspaper, a news service or a
    magazine?"""
    if not name:
        return False
    flat = " ".join(re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", name).split())
    if len(flat) > 80 or _NOT_PAPER.search(flat):
        return False
    return _NEWS.search(flat) is not None
