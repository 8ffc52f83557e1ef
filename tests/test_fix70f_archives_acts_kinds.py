"""Archival notes that quote the document after a colon, treaties and papal documents,
acts quoted by their designation, data sets filed as generic documents, digitised prints
(fix70f).

``Arquivo …, cx. 612, proc. 14: «Relatório …», 1905, fl. 3.`` names the document by its
quoted title (Spanish ``legajo``/``doc.``, Italian ``busta``/``fasc.``, Portuguese
``maço``); ``«Acordo … entre a Santa Sé e a República …», *Acta Apostolicae Sedis*`` and
``*Incipit*, carta encíclica, …`` are official documents (``report``), as a quoted
``«Decreto-Lei n.º …»`` is; a Hayagriva ``misc``/CSL ``document`` data set in a data archive
is ``web``; ``_Title_, Cracoviae 1621, https://…`` is a book in its digitised copy.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.csljson import to_reference


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Arquivo Histórico Ultramarino (Lisboa), SEMU, DGU, Moçambique, cx. 41, proc. 7: "
            "«Ofício do bispo sobre as escolas da missão», 1911, fl. 4.",
            "Ofício do bispo sobre as escolas da missão",
        ),
        (
            "Archivo General de la Nación, Inquisición, legajo 305, doc. 4: «Informe del "
            "comisario sobre las doctrinas», 1620, f. 2.",
            "Informe del comisario sobre las doctrinas",
        ),
        (
            "Archivio di Stato di Torino, Materie ecclesiastiche, busta 21, fasc. 3: "
            "“Relazione del vicario sulla visita”, 1740, c. 5.",
            "Relazione del vicario sulla visita",
        ),
        (
            "Arquivo Nacional da Torre do Tombo, Mesa da Consciência e Ordens, maço 12, doc. 8: "
            "«Carta do bispo de São Tomé», 1655, fls. 2v.",
            "Carta do bispo de São Tomé",
        ),
    ],
)
def test_archival_note_quotes_its_document(text: str, title: str) -> None:
    ref = parse_reference(text, [1], note=True)
    assert ref.title == title
    assert ref.kind is RefKind.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "«Acordo Missionário entre a Santa Sé e a República Portuguesa», 7 de maio de 1940, "
        "*Acta Apostolicae Sedis* 32 (1940): 235–244.",
        "“Concordat between the Holy See and the Republic of Latvia,” 8 November 2000, *Acta "
        "Apostolicae Sedis* 95 (2003): 102–109.",
        "«Accordo tra la Santa Sede e la Repubblica Italiana», 18 febbraio 1984, *Acta "
        "Apostolicae Sedis* 77 (1985): 521–578.",
        "„Konkordat zwischen dem Heiligen Stuhl und dem Freistaat Bayern“, 29. März 1924, "
        "*Acta Apostolicae Sedis* 17 (1925): 41–56.",
        "Pio XII, *Saeculo exeunte octavo*, carta encíclica, 13 de junho de 1940, *Acta "
        "Apostolicae Sedis* 32 (1940): 249–260.",
        "Pius XI, *Mit brennender Sorge*, encyclical letter, 14 March 1937, *Acta Apostolicae "
        "Sedis* 29 (1937): 145–167.",
        "Paolo VI, *Evangelii nuntiandi*, esortazione apostolica, 8 dicembre 1975, *Acta "
        "Apostolicae Sedis* 68 (1976): 5–76.",
        "«Decreto-Lei n.º 31 207: aprova o Estatuto Missionário», *Diário do Governo*, I série, "
        "n.º 79, 5 de abril de 1941.",
    ],
)
def test_treaties_papal_documents_and_quoted_acts_are_reports(text: str) -> None:
    assert parse_reference(text, [1], note=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    "title",
    [
        "Acordo Missionário entre a Santa Sé e a República Portuguesa",
        "Acuerdo entre la Santa Sede y el Estado español sobre asuntos jurídicos",
        "Umowa między Stolicą Apostolską a Rzecząpospolitą Polską",
        "Traité entre le Saint-Siège et la République française",
    ],
)
def test_treaty_title(title: str) -> None:
    from bibcheck.parse.references.church_acts import treaty_title

    assert treaty_title(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Leão XIII, Rerum novarum, carta encíclica, 15 de maio de 1891.", "Rerum novarum"),
        ("Jan Paweł II, Redemptor hominis, encyklika, 4 marca 1979.", "Redemptor hominis"),
        ("Pie XI, Quadragesimo anno, lettre encyclique, 15 mai 1931.", "Quadragesimo anno"),
        ("Pius X, Sacrorum antistitum, motu proprio, 1 September 1910.", "Sacrorum antistitum"),
    ],
)
def test_genre_named_after_title(text: str, title: str) -> None:
    from bibcheck.parse.references.church_acts import genre_named_after

    assert genre_named_after(text, title)


@pytest.mark.parametrize(
    "item",
    [
        {
            "type": "document",
            "title": "European Social Survey Round 9: Integrated Dataset",
            "publisher": "GESIS Data Archive",
            "DOI": "10.4232/1.99999",
            "issued": {"date-parts": [[2021]]},
        },
        {
            "type": "document",
            "title": "Enquête sur la pratique religieuse : jeu de données",
            "publisher": "Zenodo",
            "issued": {"date-parts": [[2022]]},
        },
    ],
)
def test_generic_document_deposited_as_data_is_web(item: dict[str, object]) -> None:
    assert to_reference(item, 1).kind is RefKind.WEB


@pytest.mark.parametrize(
    "text",
    [
        "_Constitutiones synodi dioecesis Posnaniensis_, Posnaniae 1642, "
        "https://polona.example.net/item/constitutiones-1642 (dostęp: 10.02.2026).",
        "*Statuta synodalia*, Romae: Typis Vaticanis, 1596, https://archive.example.org/statuta "
        "(accessed 3 May 2024).",
        "_Rituale Romanum_, Venetiis 1614, https://books.example.com/rituale.",
    ],
)
def test_digitised_print_is_book(text: str) -> None:
    assert parse_reference(text, [1]).kind is RefKind.BOOK
