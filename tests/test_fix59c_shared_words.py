"""Shared vocabularies (fix 59c): the words of news sites and papers, and "no date".

:mod:`bibcheck.parse.references.outletwords` is the one list of "news" and "magazine" that
:mod:`.sitename` and :mod:`.newsoutlet` read; :mod:`bibcheck.parse.references.yearwords`
is the one list of "no date" and "in press" words that :mod:`.fields` (a year field's
value) and :mod:`.wikicite` (a citation template's date) now build on.  Each caller's
effective set is pinned here, and the words the sharing newly reads are tested in several
languages.  Own fixtures.
"""

from __future__ import annotations

import re

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references import newsoutlet, sitename
from bibcheck.parse.references.fields import undated_status
from bibcheck.parse.references.newsoutlet import news_outlet
from bibcheck.parse.references.outletwords import MAGAZINE_WORDS, NEWS_WORDS
from bibcheck.parse.references.sitename import names_site
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.parse.references.yearwords import field_status

# --- outlet words --------------------------------------------------------------------

# the sets as they were before they were shared (round 58), each caller's own
SITE_WORDS_BEFORE = frozenset(
    "news online magazine web website site portal blog wiki nyheter nyheder nachrichten"
    " noticias notícias notizie nieuws uutiset wiadomości zprávy správy novosti новости"
    " aktuell actualités actualidad science nauka wissenschaft ciencia scienza sciences".split()
)
NEWS_PATTERN_WORDS_BEFORE = frozenset(
    "News Nyheter Nyheder Nachrichten Noticias Notícias Notizie Nouvelles Nieuws Uutiset"
    " Wiadomości Zprávy Správy Novinky Новости Вести Times Post Herald Gazette Gazeta"
    " Gazzetta Tribune Tribuna Daily Zeitung Tidning Tidningen Dagblad Avisen Courier"
    " Courrier Corriere Kurier Chronicle Observer Telegraph Guardian Magazine Magazin Diario"
    " Diário Jornal Periódico Dziennik Noviny Denník Hírlap Sanomat Rundschau Morgenpost"
    " Kurir Novine".split()
)


def test_site_words_are_what_they_were_folded() -> None:
    # (the name's words are compared folded: "wiadomości", as it was written, never matched)
    assert sitename._SITE_WORDS == {sitename._folded(w) for w in SITE_WORDS_BEFORE}


def test_news_words_are_what_they_were() -> None:
    assert {w[0].upper() + w[1:] for w in newsoutlet._OUTLET_WORDS} == NEWS_PATTERN_WORDS_BEFORE


@pytest.mark.parametrize("word", [*NEWS_WORDS, *MAGAZINE_WORDS])
def test_every_shared_word_is_read_by_both(word: str) -> None:
    assert sitename._folded(word) in sitename._SITE_WORDS
    assert news_outlet(f"Kanal {word[0].upper() + word[1:]}")


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("BBC News", True),
        ("SVT Nyheter", True),
        ("Yle Uutiset", True),
        ("The Irish Times", True),
        ("Süddeutsche Zeitung", True),
        ("Aftonbladet", True),
        ("Aftenposten", True),
        ("Новости Урала", True),
        ("Wired Magazine", True),
        ("Stern Magazin", True),
        ("Parish News Blog", False),
        ("Company Newsroom", False),
        ("Wikipedia", False),
        ("the news", False),  # (a name's word is capitalised)
        ("Postal Museum", False),
        ("Timeshare Weekly", False),
        ("", False),
    ],
)
def test_news_outlet(name: str, want: bool) -> None:
    assert news_outlet(name) is want


@pytest.mark.parametrize(
    ("name", "text", "want"),
    [
        ("BBC News", "BBC News, Storm, https://www.bbc.co.uk/news/uk-1", True),
        ("NOS Nieuws", "NOS Nieuws, Titel, https://nos.nl/artikel/1", True),
        ("NASA Science", "NASA Science, Comets, https://science.nasa.gov/comets/", True),
        ("Kottke Online", "Kottke Online, Post, https://kottke.org/21/01/post", True),
        ("Museo del Prado", "Museo del Prado, Obra, https://www.museodelprado.es/o", True),
        # a word with an accent, as the name writes it
        ("Kanal Zprávy", "Kanal Zprávy, Titulek, https://www.kanal.cz/clanek/1", True),
        ("Radio Wiadomości", "Radio Wiadomości, Tytuł, https://radio.pl/a/1", True),
        ("Canal Actualités", "Canal Actualités, Titre, https://www.canal.fr/a/1", True),
        ("Daily Planet", "Daily Planet, Story, https://www.bbc.co.uk/news/1", False),
        ("BBC Weather", "BBC Weather, Storm, https://www.bbc.co.uk/weather/1", False),
    ],
)
def test_names_site(name: str, text: str, want: bool) -> None:
    assert names_site(name, text) is want


# --- "no date" words -----------------------------------------------------------------

FIELD_BEFORE = [
    "forthcoming", "in press", "in the press", "to appear", "accepted",
    "accepted for publication", "submitted", "in preparation", "under review",
    "under revision", "im Druck", "in Druck", "im Erscheinen", "in Vorbereitung",
    "eingereicht", "sous presse", "à paraître", "en préparation", "en prensa",
    "en preparación", "in corso di stampa", "in stampa", "no prelo", "ter perse",
    "в печати", "v tisku", "w druku", "no date", "undated", "sans date", "sin fecha",
    "ohne Jahr", "n.d.", "n.d", "n. d.", "nd", "ND", "s.d.", "s.f", "s. f.", "o.J.", "O.J",
    "z.j.", "б.г.", "б. г", "b.r.", "b. r", "FORTHCOMING", "In Press",
]  # fmt: skip
WIKI_BEFORE = ["n.d.", "n.d", "N.D.", "n. d.", "nd", "s.d.", "s. d", "undated", "no date",
               "б.г.", "б. г.", "без даты", "Undated"]  # fmt: skip
NEVER = ["2020", "press", "n.d.d", "s.d.f", "nodate", "in pres", "submitted to Nature",
         "ohne", "twenty twenty", "d.", "Mai 2020"]  # fmt: skip


@pytest.mark.parametrize("word", FIELD_BEFORE)
def test_field_reads_what_it_read(word: str) -> None:
    assert undated_status(word)


@pytest.mark.parametrize("word", NEVER)
def test_field_reads_no_other_text(word: str) -> None:
    assert not undated_status(word)


@pytest.mark.parametrize(
    "word",
    [
        "t.y.",  # Turkish "tarih yok"
        "t. y.",
        "te verschijnen",  # Dutch "to appear"
        "Te verschijnen",
        "baskıda",  # Turkish "in press"
        "без даты",  # Russian "no date", spelled out
    ],
)
def test_field_reads_the_shared_words_newly(word: str) -> None:
    assert undated_status(word)


def _wiki(date: str) -> tuple[int | None, list[C]]:
    t = CiteTemplate(
        "cite web", {"url": "https://a.example/p", "title": "T", "date": date}, {}, "{{…}}", 5, 6
    )
    ref = cite_reference(t)
    return ref.year, [a.code for a in ref.anomalies]


@pytest.mark.parametrize("word", WIKI_BEFORE)
def test_wiki_date_reads_what_it_read(word: str) -> None:
    assert _wiki(word) == (None, [])


@pytest.mark.parametrize(
    "word",
    [
        "s.f.",  # Spanish "sin fecha" ({{cita web|fecha=s.f.}})
        "s. f.",
        "sin fecha",
        "o.J.",  # German "ohne Jahr"
        "ohne Jahr",
        "z.j.",  # Dutch "zonder jaar"
        "t.y.",  # Turkish
        "sans date",  # French
    ],
)
def test_wiki_date_reads_the_shared_no_date_words_newly(word: str) -> None:
    assert _wiki(word) == (None, [])


@pytest.mark.parametrize("word", ["forthcoming", "in press", "submitted", "2O20", "press"])
def test_wiki_date_that_says_no_no_date_is_still_malformed(word: str) -> None:
    assert _wiki(word) == (None, [C.YEAR_MALFORMED])


@pytest.mark.parametrize(
    ("abbreviations", "words", "text", "want"),
    [
        (("n.d.",), (), "n.d", True),
        (("n.d.",), (), "n. d.", True),
        (("n.d.",), (), "nd.", False),
        (("o.J.",), (), "O. J.", True),
        ((), ("in press",), "in\tpress", True),
        ((), ("in press",), "inpress", False),
        (("s.f.",), ("sin fecha",), "SIN FECHA", True),
    ],
)
def test_field_status_pattern(
    abbreviations: tuple[str, ...], words: tuple[str, ...], text: str, want: bool
) -> None:
    assert (re.fullmatch(field_status(abbreviations, words), text, re.I) is not None) is want
