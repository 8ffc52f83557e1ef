"""Fields of the shapes of engineering- and industrial-history notes and lists in Romance
languages and English (written for this test):

* a patent by the granting country and a short labelled number, or an old state's grant
  ("patente britânica n.º 1187", "brevet français n° 45 612", "Privativa industriale n.
  311", "privilegio de invención núm. 1532"): kind patent;
* a map's designator with its scale after it ("[carta]. Scala 1:25 000", "[mapa]. Escala
  1:50 000"): no part of the title (a version after a comma stays the title's);
* a standard by a national body's designation after the issuing body ("Body. NP EN …. Title.",
  "Body, UNI EN …, *Title* (Place: Body, year)"): the title after the designation, a report;
* an act whose number holds its year in two digits ("Decreto-Lei n.º 90/90, …, 1990."):
  the year the text shows;
* a body's page in an NLM list ("Body. Title [Internet]. …"): the body the author;
* a decree read as an author with its place and date as title: the heading the title, a
  report;
* an unsigned newspaper report ("«Headline». *Paper*, 3 de maio de 1911."): an article.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

P, R, A, W, B = RefKind.PATENT, RefKind.REPORT, RefKind.ARTICLE, RefKind.WEB, RefKind.BOOK

# (text, note?, authors, title, year, kind); None: not asserted
CASES = [
    # a Portuguese or Spanish name filed under its last surname, a particle in the given names
    (
        "Pimentel, Joaquim de Almeida. «Notícia sobre a mina». *Revista de Obras Públicas* 10"
        " (1879): 221–248.",
        False,
        ("Pimentel, Joaquim de Almeida",),
        "Notícia sobre a mina",
        1879,
        A,
    ),
    (
        "Sousa, Maria da Graça. *Ferro e carvão*. Lisboa: Colibri, 2003.",
        False,
        ("Sousa, Maria da Graça",),
        "Ferro e carvão",
        2003,
        B,
    ),
    (
        "García, Juan de Dios. *Historia de Linares*. Jaén: Universidad, 1990.",
        False,
        ("García, Juan de Dios",),
        "Historia de Linares",
        1990,
        B,
    ),
    # two whole names joined by the note's "e" / "y" / "i" (not one name's second surname)
    (
        "Ana Lobo e Rui Serrano, *Levantamento da mina do Lousal* [conjunto de dados],"
        " Zenodo, 2021, doi:10.99999/zenodo.1.",
        True,
        ("Ana Lobo", "Rui Serrano"),
        "Levantamento da mina do Lousal",
        2021,
        None,
    ),
    (
        "Luis Vidal y Marta Pons, *Atlas de las minas de Linares* (Jaén: Universidad, 2015), 12.",
        True,
        ("Luis Vidal", "Marta Pons"),
        "Atlas de las minas de Linares",
        2015,
        B,
    ),
    (
        "José Ortega y Gasset, *La rebelión de las masas* (Madrid: Revista de Occidente, 1930), 45.",
        True,
        ("Ortega y Gasset, José",),
        "La rebelión de las masas",
        1930,
        B,
    ),
    # patents by country and short number, or an old state's grant
    (
        "Pereira, Tomás. «Novo forno de ustulação». Patente britânica n.º 2310, 1871.",
        False,
        ("Pereira, Tomás",),
        "Novo forno de ustulação",
        1871,
        P,
    ),
    (
        "Tomás Pereira, «Novo forno de ustulação», patente britânica n.º 2310, 1871.",
        True,
        None,
        "Novo forno de ustulação",
        1871,
        P,
    ),
    (
        "Luigi Bianchi, «Nuovo freno per vagoni», brevetto inglese n. 2456, 1858.",
        True,
        None,
        "Nuovo freno per vagoni",
        1858,
        P,
    ),
    (
        "Dupont, Jean. « Nouveau frein pour wagons ». Brevet français n° 45 612, 1860.",
        False,
        ("Dupont, Jean",),
        "Nouveau frein pour wagons",
        1860,
        P,
    ),
    (
        'Brown, John. "An improved boiler." British patent No. 2456, 1851.',
        False,
        ("Brown, John",),
        "An improved boiler",
        1851,
        P,
    ),
    (
        "Ruiz, Pedro. «Máquina de vapor perfeccionada». Privilegio de invención núm. 1532, 1875.",
        False,
        ("Ruiz, Pedro",),
        "Máquina de vapor perfeccionada",
        1875,
        P,
    ),
    (
        "Ferraro G. Privativa per un nuovo sistema di scambi ferroviari. Privativa industriale"
        " n. 87, Regno di Sardegna; 1852.",
        False,
        None,
        "Privativa per un nuovo sistema di scambi ferroviari",
        1852,
        P,
    ),
    # a map and its scale
    (
        "Ufficio Tecnico Provinciale. Carta della provincia di Salerno [carta]. Scala 1:100 000."
        " Salerno: Tipografia Nazionale; 1868.",
        False,
        None,
        "Carta della provincia di Salerno",
        1868,
        None,
    ),
    (
        "Instituto Geográfico Nacional. Mapa topográfico de Sevilla [mapa]. Escala 1:50 000."
        " Madrid: IGN; 1975.",
        False,
        None,
        "Mapa topográfico de Sevilla",
        1975,
        None,
    ),
    (
        "Service géographique. Plan de la ville de Lyon [carte]. Échelle 1/10 000. Paris: SGA; 1890.",
        False,
        None,
        "Plan de la ville de Lyon",
        1890,
        None,
    ),
    # a standard after its issuing body
    (
        "Instituto Português da Qualidade. NP EN 1992-1-1:2010. Eurocódigo 2 – Projecto de"
        " estruturas de betão. Caparica: IPQ, 2010.",
        False,
        ("Instituto Português da Qualidade",),
        "Eurocódigo 2 – Projecto de estruturas de betão",
        2010,
        R,
    ),
    (
        "Instituto Português da Qualidade, NP EN 1992-1-1:2010, *Eurocódigo 2 – Projecto de"
        " estruturas de betão* (Caparica: IPQ, 2010).",
        True,
        None,
        "Eurocódigo 2 – Projecto de estruturas de betão",
        2010,
        R,
    ),
    (
        "Ente Nazionale Italiano di Unificazione, UNI EN 1992-1-1:2015, Eurocodice 2:"
        " Progettazione delle strutture di calcestruzzo (Milano: UNI, 2015).",
        True,
        None,
        "Eurocodice 2: Progettazione delle strutture di calcestruzzo",
        2015,
        R,
    ),
    # an act's year in two digits in its number
    (
        "Decreto-Lei n.º 54/85, de 4 de março. Diário da República, I série, n.º 52, 1985.",
        False,
        (),
        None,
        1985,
        R,
    ),
    (
        "Lei n.º 31/14, de 30 de maio. Diário da República, I série, n.º 104, 2014.",
        False,
        (),
        None,
        2014,
        R,
    ),
    # a body's page in an NLM list
    (
        "Ferrovie Nord Milano. Storia della linea Milano–Saronno [Internet]. 5 maggio 2018."
        " Disponibile su: https://www.fnm.example.net/storia",
        False,
        ("Ferrovie Nord Milano",),
        "Storia della linea Milano–Saronno",
        2018,
        W,
    ),
    (
        "Câmara Municipal do Porto. O Mercado do Bolhão [Internet]. Disponível em:"
        " https://www.cm-porto.example.pt/bolhao",
        False,
        ("Câmara Municipal do Porto",),
        "O Mercado do Bolhão",
        None,
        W,
    ),
    # a decree headed in words, then its place and date
    (
        "Real decreto che approva il regolamento per le strade ferrate del Regno. Palermo, 4"
        " marzo 1841. In: Collezione delle leggi e de' decreti reali, anno 1841. Napoli:"
        " Stamperia reale; 1841.",
        False,
        (),
        "Real decreto che approva il regolamento per le strade ferrate del Regno",
        1841,
        R,
    ),
    (
        "Real orden sobre la construcción de caminos de hierro. Madrid, 31 de diciembre de"
        " 1844. En: Colección legislativa de España, tomo 33. Madrid: Imprenta Nacional; 1845.",
        False,
        (),
        "Real orden sobre la construcción de caminos de hierro",
        None,
        R,
    ),
    # an unsigned newspaper report
    (
        "«A greve dos ferroviários». Diário de Notícias, 3 de maio de 1911.",
        False,
        (),
        "A greve dos ferroviários",
        1911,
        A,
    ),
    (
        "Strada ferrata da Milano a Monza. Gazzetta di Milano. 18 agosto 1840;(230):2.",
        False,
        (),
        "Strada ferrata da Milano a Monza",
        1840,
        A,
    ),
    (
        '"Ouverture du chemin de fer". Le Temps, 4 mai 1871.',
        False,
        (),
        "Ouverture du chemin de fer",
        1871,
        A,
    ),
    (
        "«La huelga de Riotinto». El Imparcial, 6 de febrero de 1888.",
        False,
        (),
        "La huelga de Riotinto",
        1888,
        A,
    ),
    (
        "«A greve dos ferroviários», *Diário de Notícias*, 3 de maio de 1911, 2.",
        True,
        (),
        "A greve dos ferroviários",
        1911,
        A,
    ),
]


@pytest.mark.parametrize(("text", "note", "authors", "title", "year", "kind"), CASES)
def test_fields(
    text: str,
    note: bool,
    authors: tuple[str, ...] | None,
    title: str | None,
    year: int | None,
    kind: RefKind | None,
) -> None:
    ref = parse_reference(text, (1,), note=note, detect_styles=True)
    if authors is not None:
        assert ref.authors == authors
    assert ref.title == title
    if year is not None:
        assert ref.year == year
    if kind is not None:
        assert ref.kind is kind


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        # a version after a comma is the title's
        (
            "W3C. Web Content Accessibility Guidelines, version 2. 2018.",
            "Web Content Accessibility Guidelines, version 2",
            None,
        ),
        # a body joined by a comma to a designation and a colon: the designation titles it
        (
            "CEN, EN 1991-1-4: Wind Actions on Structures. Brussels: European Committee for"
            " Standardization, 2005.",
            "EN 1991-1-4: Wind Actions on Structures",
            None,
        ),
        # a document's own version before its designator stays in its title
        (
            "Lind A., Berg K. The Sponge format specification, version 2.1 [Электронный ресурс]."
            " 2019. URL: https://sponge.example.org/spec-2.1.pdf",
            "The Sponge format specification, version 2.1",
            None,
        ),
        # a title about patents is no patent
        (
            "Rossi, Anna. La storia del brevetto in Italia. Milano: Angeli, 2005.",
            "La storia del brevetto in Italia",
            B,
        ),
        # a signed book is no newspaper article
        (
            "Quintela, Marta. Os caminhos de ferro do sul. Lisboa: Colibri, 2004.",
            "Os caminhos de ferro do sul",
            B,
        ),
    ],
)
def test_guards(text: str, title: str, kind: RefKind | None) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title == title
    if kind is not None:
        assert ref.kind is kind
