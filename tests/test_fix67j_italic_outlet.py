"""Fix 67j: a newspaper's or magazine's article told from a web page by where the italics
fall (APA 7, Chicago, MLA): a roman title with the periodical in italics after it is an
article of that periodical (its host); an italic title with the site in roman after it
stays a web page.  With no italics, a plain outlet named as a newspaper ("경향신문",
"Gazeta Wyborcza") makes the entry an article.

Own entries: invented authors, titles and addresses (outlets are real papers' names).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.italic_outlet import outlet_of

# entries read as web pages (or books) before: now the periodical's article
_ARTICLES = [
    # APA 7, English, day after month, the page's address after the paper
    (
        "Hart, P. (2023, May 14). Bus fares rise again in the north. *The Guardian*. "
        "https://www.guardian.example.net/uk/2023/may/14/bus-fares",
        "The Guardian",
    ),
    # English, a page of the printed issue, no address
    (
        "Ono, K. (2021, March 3). Rents climb near the bay. *The Japan Times*, p. 4.",
        "The Japan Times",
    ),
    # Spanish, "de" between day and month, the entry broken over lines
    (
        "Lorente, M. (2024, 9 de octubre). Los precios del alquiler se\nmoderan en Valencia. "
        "*El País*.\nhttps://elpais.example.net/economia/2024-10-09/alquiler.html",
        "El País",
    ),
    # German, an ordinal day
    (
        "Brandt, S. (2023, 4. März). Mieten steigen in Leipzig weiter. *Süddeutsche Zeitung*. "
        "https://www.sz.example.net/wirtschaft/mieten-leipzig-1.2345",
        "Süddeutsche Zeitung",
    ),
    # French
    (
        "Morel, A. (2022, 12 mars). Les loyers encadrés à Lille. *Le Monde*. "
        "https://www.lemonde.example.net/economie/article/2022/03/12/loyers.html",
        "Le Monde",
    ),
    # Italian, underscores for the italics
    (
        "Greco, L. (2021, 3 giugno). Il caro affitti a Torino. _Corriere della Sera_. "
        "https://www.corriere.example.net/economia/affitti-torino",
        "Corriere della Sera",
    ),
    # Portuguese, a paper whose name holds a full stop
    (
        "Souza, R. (2021, 3 de junho). Aluguéis sobem em Campinas. *Folha de S.Paulo*. "
        "https://www.folha.example.net/mercado/2021/06/alugueis.shtml",
        "Folha de S.Paulo",
    ),
    # Polish
    (
        "Nowak, E. (2020, 5 maja). Czynsze w Krakowie rosną. *Gazeta Wyborcza*. "
        "https://wyborcza.example.net/krakow/czynsze",
        "Gazeta Wyborcza",
    ),
    # LaTeX's italics as the parse layer may receive them
    (
        r"Field, T. (2019, November 2). Night trains return. \emph{The Irish Times}. "
        "https://www.irishtimes.example.net/news/night-trains",
        "The Irish Times",
    ),
    # HTML's
    (
        "Vidal, C. (2018, 7 de mayo). El metro amplía su horario. <i>La Vanguardia</i>. "
        "https://www.lavanguardia.example.net/local/metro",
        "La Vanguardia",
    ),
    # Chicago notes-bibliography: the quoted title, the italic paper, the day
    (
        'Hart, Paul. "Bus Fares Rise Again in the North." *The Guardian*, May 14, 2023. '
        "https://www.guardian.example.net/uk/2023/may/14/bus-fares",
        "The Guardian",
    ),
    # Chicago author-date in French, month first
    (
        'Morel, Anne. 2022. "Les loyers encadrés à Lille." *Le Monde*, mars 12, 2022.',
        "Le Monde",
    ),
    # day first (as MLA and German write it): a name that says paper
    (
        'Brandt, Sven. "Mieten steigen weiter." *Frankfurter Allgemeine Zeitung*, 4. März 2023.',
        "Frankfurter Allgemeine Zeitung",
    ),
    # no italics at all: a Korean paper named by its word for a paper, the title linked
    (
        "한서윤 (2023, 4월 11일). [전세 사기 피해 늘어](https://www.news.example.net/2023/04/11/a). "
        "조선일보.",
        "조선일보",
    ),
    # no italics, Chinese
    ("陈立 (2019, 4月 2日). 城市租金继续上涨. 人民日报.", "人民日报"),
    # no italics, Polish plain text
    ("Nowak, E. (2020, 5 maja). Czynsze w Krakowie rosną. Gazeta Wyborcza.", "Gazeta Wyborcza"),
]


@pytest.mark.parametrize(("text", "outlet"), _ARTICLES)
def test_roman_title_italic_outlet_is_an_article(text: str, outlet: str) -> None:
    ref = parse_reference(text, [1])
    assert ref.kind is RefKind.ARTICLE
    assert ref.host == outlet
    assert ref.year is not None


# the other side of the rule: regression guards (these entries were web pages before too)
_PAGES = [
    # APA's web page: the italic title, the site roman after it
    "Morel, A. (2022, 12 mars). *La réforme des loyers expliquée*. Service Public. "
    "https://www.service-public.example.net/loyers",
    "Hart, P. (2020, May 5). *How to appeal a parking fine*. Citizens Advice. "
    "https://www.ca.example.net/parking",
    "Lorente, M. (2024, febrero 19). *¿Suben los precios cuando sube el salario?* "
    "https://observatorio.example.org/posts/salario/",
    # a blog's post, its name italic as APA sets it: the address says blog
    "Kerr, M. (2018, September 15). Can we measure free will? *Sci-Ed*. "
    "https://blogs.example.org/scied/2018/09/15/free-will/",
    # a video, the genre in brackets
    "Lee, A. (2023, March 2). Why sleep matters [Video]. *YouTube*. https://www.youtube.com/watch?v=x",
    # a site named by its domain
    "Hart, P. (2020, May 5). How to appeal a parking fine. *Gov.uk*. https://www.gov.example/parking",
]


@pytest.mark.parametrize("text", _PAGES)
def test_italic_title_or_no_paper_stays_a_page(text: str) -> None:
    assert parse_reference(text, [1]).kind is RefKind.WEB


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, outlet) for text, outlet in _ARTICLES]
    + [
        # no month: a year alone, or a status
        ("Hart, P. (2023). Bus fares rise. *The Guardian*.", None),
        ("Hart, P. (2023, in press). Bus fares rise. *The Guardian*.", None),
        # a plain name that names no paper: the typography says nothing
        ("Fowler, M. (2014, March 6). CircuitBreaker. martinfowler.com.", None),
        ("Kim, J. (2022, 3월 10일). 제목입니다. 한국정책연구원.", None),
        # a book's chapter: "In" before the italic name
        ("Hart, P. (2020, May). A chapter. In *The Big Book*. Press.", None),
        # MLA's website, day first, its name no paper's
        ('Hart, Paul. "How to Cite a Map." *Writing Lab Online*, 12 Mar. 2022.', None),
        # a journal's volume after a Chicago title: no date
        ('Hart, Paul. "Fares." *Transport Review*, vol. 3 (2020): 4–9.', None),
    ],
)
def test_outlet_of(text: str, expected: str | None) -> None:
    assert outlet_of(text) == expected
