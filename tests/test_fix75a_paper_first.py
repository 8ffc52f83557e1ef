"""fix75a: a newspaper's article cited paper first (``*El Sol*. «Titular». 12 de marzo de
1931, p. 2.``, ``Corriere della Sera, 4 giugno 1946, p. 1: "Titolo".``) is the paper's
article: the paper its host, the headline its title, the date's year its year, the page;
an author only where one follows the headline.  Books, journals' articles, signed articles,
speeches and web pages keep what they were read as.  Own examples in Spanish, Italian,
French, Portuguese, Polish, English, German and Dutch shapes."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.paper_first import PaperFirst, paper_first

# text, paper (host), headline (title), year, page, authors
ARTICLES = [
    pytest.param(
        "*El Sol*. «La crisis del trigo». 12 de marzo de 1931, p. 2.",
        "El Sol", "La crisis del trigo", 1931, "2", (), id="es-italic-stops",
    ),
    pytest.param(
        "El Imparcial, «La huelga de los mineros», 6 de febrero de 1888.",
        "El Imparcial", "La huelga de los mineros", 1888, None, (), id="es-plain-no-page",
    ),
    pytest.param(
        "*La Vanguardia*, «Barcelona y el puerto», 14 de julio de 1936, pág. 5.",
        "La Vanguardia", "Barcelona y el puerto", 1936, "5", (), id="es-pag",
    ),
    pytest.param(
        "*ABC*, «El puerto de Cádiz», por Luis Ortega, 3 de mayo de 1925, p. 7.",
        "ABC", "El puerto de Cádiz", 1925, "7", ("Luis Ortega",), id="es-author-por",
    ),
    pytest.param(
        'Corriere della Sera, 4 giugno 1946, p. 1: "Il voto delle donne".',
        "Corriere della Sera", "Il voto delle donne", 1946, "1", (), id="it-headline-last",
    ),
    pytest.param(
        "*La Stampa*, «Il nuovo governo», di Mario Rossi, 5 marzo 1920, p. 3.",
        "La Stampa", "Il nuovo governo", 1920, "3", ("Mario Rossi",), id="it-author-di",
    ),
    pytest.param(
        "*Il Popolo d'Italia*, «La marcia», 12 novembre 1922.",
        "Il Popolo d'Italia", "La marcia", 1922, None, (), id="it-italic-apostrophe",
    ),
    pytest.param(
        "*Le Temps*, « La rentrée des Chambres », 3 mars 1898, p. 2.",
        "Le Temps", "La rentrée des Chambres", 1898, "2", (), id="fr-italic",
    ),
    pytest.param(
        "Le Figaro, « Un procès retentissant », 1er mars 1899, p. 1.",
        "Le Figaro", "Un procès retentissant", 1899, "1", (), id="fr-plain-1er",
    ),
    pytest.param(
        "*Le Matin*, « La crue de la Seine », par Jean Dupont, 12 avril 1905, p. 1.",
        "Le Matin", "La crue de la Seine", 1905, "1", ("Jean Dupont",), id="fr-author-par",
    ),
    pytest.param(
        "*Correio da Manhã*, «A greve dos ferroviários», 3 de maio de 1911, p. 1.",
        "Correio da Manhã", "A greve dos ferroviários", 1911, "1", (), id="pt-italic",
    ),
    pytest.param(
        "Diário de Notícias, «O novo porto», 7 de junho de 1930, p. 2.",
        "Diário de Notícias", "O novo porto", 1930, "2", (), id="pt-plain",
    ),
    pytest.param(
        "Correio da Manhã, «A greve», 3 de maio de 1911, p. 1.",
        "Correio da Manhã", "A greve", 1911, "1", (), id="pt-plain-correio",
    ),
    pytest.param(
        "Gazeta Wyborcza, „Okrągły stół”, 5 VI 1989, s. 3.",
        "Gazeta Wyborcza", "Okrągły stół", 1989, "3", (), id="pl-roman-month",
    ),
    pytest.param(
        "*Kurier Warszawski*, „Pożar na Pradze”, 12 III 1925, s. 4.",
        "Kurier Warszawski", "Pożar na Pradze", 1925, "4", (), id="pl-italic-roman",
    ),
    pytest.param(
        "Dziennik Bałtycki, „Port w Gdyni”, 12 maja 1946, s. 2.",
        "Dziennik Bałtycki", "Port w Gdyni", 1946, "2", (), id="pl-worded-month",
    ),
    pytest.param(
        "The Times, 3 May 1926, p. 4, 'The General Strike'.",
        "The Times", "The General Strike", 1926, "4", (), id="en-single-quotes-last",
    ),
    pytest.param(
        'New York Herald, "Trouble in the harbour," May 3, 1898, p. 4.',
        "New York Herald", "Trouble in the harbour", 1898, "4", (), id="en-month-first",
    ),
    pytest.param(
        '*The Guardian*, "Rail strike ends", by John Smith, 12 June 1955, p. 1.',
        "The Guardian", "Rail strike ends", 1955, "1", ("John Smith",), id="en-author-by",
    ),
    pytest.param(
        'Wall Street Journal, "Markets rally," March 4, 1987, p. A1.',
        "Wall Street Journal", "Markets rally", 1987, "A1", (), id="en-journal-paper",
    ),
    pytest.param(
        '*The Times* (London), "Headline of the day", 3 May 1926, p. 4.',
        "The Times", "Headline of the day", 1926, "4", (), id="en-city",
    ),
    pytest.param(
        "*Vossische Zeitung*, „Die Lage in Berlin“, 4. Mai 1925, S. 2.",
        "Vossische Zeitung", "Die Lage in Berlin", 1925, "2", (), id="de-italic",
    ),
    pytest.param(
        "*De Telegraaf*, 'Het nieuwe raadhuis', 3 mei 1930, p. 5.",
        "De Telegraaf", "Het nieuwe raadhuis", 1930, "5", (), id="nl-italic",
    ),
    pytest.param(
        "El País, «Titular de prueba», 5 de mayo de 2024, https://elpais.com/x/2024/titular.html.",
        "El País", "Titular de prueba", 2024, None, (), id="es-online-address",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "paper", "headline", "year", "page", "authors"), ARTICLES)
@pytest.mark.parametrize("note", [False, True])
def test_paper_first_article(
    text: str,
    paper: str,
    headline: str,
    year: int,
    page: str | None,
    authors: tuple[str, ...],
    note: bool,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert (ref.kind, ref.host, ref.title, ref.year, ref.pages, ref.authors) == (
        RefKind.ARTICLE,
        paper,
        headline,
        year,
        page,
        authors,
    )
    assert (ref.publisher, ref.volume) == (None, None)


def test_paper_first_record() -> None:
    assert paper_first("*La Stampa*, «Titolo», di Mario Rossi, 5 marzo 1920, p. 3.") == (
        PaperFirst("La Stampa", "Titolo", 1920, "3", "Mario Rossi")
    )


# guards: text, kind, title, host, authors, year -- what they are read as, unchanged
GUARDS = [
    pytest.param(
        "*Historia de España*. Madrid: Espasa, 1931, p. 2.",
        RefKind.BOOK, "Historia de España", None, (), 1931, id="es-book",
    ),
    pytest.param(
        "*Revista de Occidente*, 12 (1931): 4.",
        RefKind.ARTICLE, "Revista de Occidente", None, (), 1931, id="es-journal-volume",
    ),
    pytest.param(
        '*Past & Present*, "The moral economy", 50 (1971): 76-136.',
        RefKind.ARTICLE, "The moral economy", None, (), 1971, id="en-journal-quoted",
    ),
    pytest.param(
        "«La crisis del trigo». *El Sol*, 12 de marzo de 1931, p. 2.",
        RefKind.ARTICLE, "La crisis del trigo", "El Sol", (), 1931, id="es-headline-first",
    ),
    pytest.param(
        'Jane Roe, "Harbour Plans Shelved," *The Times*, 3 May 1926, p. 4.',
        RefKind.ARTICLE, "Harbour Plans Shelved", "The Times", ("Jane Roe",), 1926,
        id="en-signed-article",
    ),
    pytest.param(
        'World Health Organization. "Coronavirus disease." 12 October 2020. '
        "https://www.who.int/news/item/1.",
        RefKind.WEB, "Coronavirus disease", None, ("World Health Organization",), 2020,
        id="en-web-dated",
    ),
    pytest.param(
        '*Wikipedia*, "Battle of Hastings", 3 May 2020, '
        "https://en.wikipedia.org/wiki/Battle_of_Hastings.",
        RefKind.WEB, "Battle of Hastings", None, (), 2020, id="en-web-italic-site",
    ),
    pytest.param(
        "*Gazzetta di Venezia*, 3 marzo 1848.",
        RefKind.ARTICLE, "Gazzetta di Venezia", None, (), 1848, id="it-no-headline",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "title", "host", "authors", "year"), GUARDS)
def test_other_shapes_keep_their_reading(
    text: str,
    kind: RefKind,
    title: str,
    host: str | None,
    authors: tuple[str, ...],
    year: int,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.kind, ref.title, ref.host, ref.authors, ref.year) == (
        kind,
        title,
        host,
        authors,
        year,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a person first: a speech, a letter, a signed piece with no paper
        'Winston Churchill, "We shall fight on the beaches", 4 June 1940.',
        "Anna Nowak, „Tytuł”, 5 VI 1989, s. 3.",
        # a journal: no day's date
        "*Revue des Deux Mondes*, « La question d'Orient », t. 12, 1898, p. 2.",
        'Journal of Modern History, "Title of paper", 12 (1931): 4.',
        # a paper's issue with no headline
        "The Times, 3 May 1926, p. 4.",
        # more after the page: a note's prose
        "*El Sol*, «La crisis», 12 de marzo de 1931, p. 2; véase también el capítulo 3.",
        # an italic name that is no paper, with an address
        '*Wikipedia*, "Battle of Hastings", 3 May 2020, https://en.wikipedia.org/wiki/B.',
        # a month number out of range
        "Gazeta Wyborcza, „Tytuł”, 5 XIII 1989, s. 3.",
    ],
)
def test_not_paper_first(text: str) -> None:
    assert paper_first(text) is None
