"""fix62a: kinds and repeats of the round-47 shapes.

* a French note or entry whose title is followed by its address alone (and the date it was
  consulted) is a web page, as in every other style (:func:`.shared.kind_of`);
* ``NAME, op. cit.`` repeats the note that names ``NAME`` with its capital, not a later note
  that uses the word as a common noun;
* ABNT legislation headed by its jurisdiction (``CURITIBA (Município). Lei nº …``) is a legal
  source, its note no commentary, its year the law's;
* organisations' ``…: clinical practice guideline`` is their report (:mod:`.guideline_kind`);
* a body's own data online, published by itself, is a dataset: web (:mod:`.bodydataset`).

Every fixture is invented for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bodydataset import data_titled
from bibcheck.parse.references.civil_law import jurisdiction_law, legal_source
from bibcheck.parse.references.guideline_kind import guideline_designation
from bibcheck.parse.references.repeat import find_repeats


def _kind(text: str, *, note: bool = False) -> RefKind:
    lines = list(range(1, text.count("\n") + 2))
    return parse_reference(text, lines, detect_styles=True, note=note).kind


# --- 1. a title and its address (consulted on a date): a web page ----------------------

WEB_PAGES = [
    # French: guillemets, the address bare or as a Markdown link, "consulté le"
    "CNAF, « Allocations logement : chiffres clés », https://www.caf.example/chiffres, "
    "consulté le 4 février 2021.",
    "CNAF, « Allocations logement : chiffres clés », "
    "[https://www.caf.example/chiffres](https://www.caf.example/chiffres), "
    "consulté le 4 février 2021.",
    # "en ligne :" before the address
    "Ville de Grenoble, « Plan climat municipal », en ligne : https://www.grenoble.example/"
    "plan-climat, consulté le 12 mai 2022.",
    # Italian, Spanish, Portuguese, German
    "Regione Umbria, «Rete dei sentieri», https://www.umbria.example/sentieri, consultato il "
    "3 marzo 2023.",
    "Junta de Extremadura, «Vías pecuarias», https://www.juntaex.example/vias, consultado el "
    "5 de mayo de 2022.",
    "Prefeitura de Campinas, «Mapa das ciclovias», https://www.campinas.example/ciclovias, "
    "acesso em 9 abr. 2021.",
]


@pytest.mark.parametrize("text", WEB_PAGES)
def test_title_and_address_is_a_web_page(text: str) -> None:
    assert _kind(text) is RefKind.WEB
    assert _kind(text, note=True) is RefKind.WEB


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a place and a publisher: a book, whatever link follows
        (
            "Odile MARCHAND, « Les quais de Saône », Lyon, Éditions du Fleuve, 2014, "
            "https://www.fleuve.example/quais, consulté le 3 mai 2020.",
            RefKind.BOOK,
        ),
        # a title alone, no address: of no kind
        ("Odile MARCHAND, « Les quais de Saône ».", RefKind.UNKNOWN),
        # a journal's article stays one
        (
            "Odile MARCHAND, « Les quais de Saône », Revue de géographie urbaine, vol. 12, "
            "n° 3, 2015, p. 45-67.",
            RefKind.ARTICLE,
        ),
    ],
)
def test_french_entries_keep_their_kind(text: str, kind: RefKind) -> None:
    assert _kind(text) is kind


# --- 2. op. cit. by the name written with its capital ----------------------------------


def test_op_cit_skips_a_common_noun() -> None:
    notes = [
        "PORTO – COMPANHIA DE NAVEGAÇÃO FLUVIAL. Relatório de operações 2018. Manaus: Porto, 2019.",
        "Os barcos do porto saem ao amanhecer. Ver LIMA, Tereza. Rios e cidades. Belém: "
        "Paka-Tatu, 2005. p. 12.",
        "PORTO, op. cit., tabela 3.",
    ]
    found = find_repeats(notes)
    assert found[0] is None and found[1] is None
    rep = found[2]
    assert rep is not None and rep.kind == "op-cit" and rep.target == 0


def test_op_cit_still_finds_a_plain_name() -> None:
    notes = [
        "ARAÚJO, Celso. Cidades do rio. Recife: Massangana, 1999. p. 3.",
        "LIMA, Tereza. Rios e cidades. Belém: Paka-Tatu, 2005. p. 12.",
        "Araújo, op. cit., p. 40.",
    ]
    rep = find_repeats(notes)[2]
    assert rep is not None and rep.target == 0


# --- 3. ABNT legislation under its jurisdiction -----------------------------------------


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        (
            "CURITIBA (Município). Lei nº 15.511, de 10 de outubro de 2019. Dispõe sobre o "
            "zoneamento.",
            True,
        ),
        ("BRASIL. Lei nº 10.257, de 10 de julho de 2001. Estatuto da Cidade.", True),
        ("PARANÁ (Estado). Decreto nº 4.512, de 2 de junho de 2020.", True),
        # a person's book about a law: the name is inverted
        ("MOREIRA, Paulo. Lei nº 10.257 comentada. Curitiba: Juruá, 2012.", False),
        # an ordinary book by a body
        ("IBGE. Censo Demográfico 2010. Rio de Janeiro: IBGE, 2011.", False),
    ],
)
def test_jurisdiction_headed_legislation(text: str, legal: bool) -> None:
    assert jurisdiction_law(text) is legal
    # (an ABNT list enters the statutes its notes cite: no civil-law source the list leaves
    # out, so a note citing one unlisted is still a missing entry)
    assert legal_source(text) is False


def test_law_note_is_a_report_of_its_year() -> None:
    text = (
        "CURITIBA (Município). Lei nº 15.511, de 10 de outubro de 2019. Dispõe sobre o\n"
        "zoneamento, uso e ocupação do solo no Município de Curitiba."
    )
    ref = parse_reference(text, [1, 2], detect_styles=True, note=True)
    assert ref.kind is RefKind.REPORT
    assert ref.year == 2019


# --- 4. an organisations' guideline -----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Management of venous leg ulcers: clinical practice guideline", True),
        ("Wound care. The international guideline", True),
        ("Chronische Wunden: S3-Leitlinie", True),
        ("Lombalgia aguda: recomendações", True),
        # the word opens a phrase about something: no designation
        ("Dengue: Guidelines for diagnosis, treatment and control", False),
        ("Guideline for the treatment of hypertension in adults", False),
        ("Adherence to guidelines in primary care", False),
        (None, False),
    ],
)
def test_guideline_designation(title: str | None, named: bool) -> None:
    assert guideline_designation(title) is named


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Northern Wound Care Council, Coastal Tissue Viability Alliance. Management of "
            "venous leg ulcers: clinical practice guideline. 2nd ed. NWCC/CTVA; 2021.",
            RefKind.REPORT,
        ),
        # people's book with the same title: no body's guideline
        (
            "Harlow J, Menon P. Management of venous leg ulcers: clinical practice guideline. "
            "2nd ed. London: Tidewater Press; 2021.",
            RefKind.BOOK,
        ),
        # in a journal: an article
        (
            "Northern Wound Care Council. Management of venous leg ulcers: clinical practice "
            "guideline. J Wound Care. 2021;30(4):201-19.",
            RefKind.ARTICLE,
        ),
    ],
)
def test_issued_guideline(text: str, kind: RefKind) -> None:
    assert _kind(text) is kind


# --- 5. a body's own data online --------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "data"),
    [
        ("GTFS: dados da rede de ônibus de Fortaleza", True),
        ("Microdatos de la encuesta de movilidad 2022", True),
        ("Comptages vélo : jeu de données annuel", True),
        ("Análise de dados espaciais", False),
        ("Relatório anual de mobilidade", False),
    ],
)
def test_data_titled(title: str, data: bool) -> None:
    assert data_titled(title) is data


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "ETUFOR. GTFS: dados da rede de ônibus de Fortaleza. Fortaleza: Etufor, 2022. "
            "Disponível em: https://www.etufor.example/dados. Acesso em: 4 jun. 2023.",
            RefKind.WEB,
        ),
        # no access date: what it was read as
        (
            "ETUFOR. GTFS: dados da rede de ônibus de Fortaleza. Fortaleza: Etufor, 2022.",
            RefKind.BOOK,
        ),
        # a press publishes a book about data
        (
            "SOUZA, Rita. Análise de dados espaciais. São Paulo: Oficina de Textos, 2019. "
            "Disponível em: https://www.oficina.example/livro. Acesso em: 4 jun. 2023.",
            RefKind.BOOK,
        ),
    ],
)
def test_body_dataset(text: str, kind: RefKind) -> None:
    assert _kind(text) is kind


# --- the whole document -----------------------------------------------------------------


def test_document_notes() -> None:
    body = (
        "# Capítulo\n\n"
        "Os tempos de viagem cresceram.[^1] Ver as linhas.[^2] A tabela 3 confirma.[^3]"
        " O plano de 2019 mudou o zoneamento.[^4] Os dados da rede.[^5]\n\n"
        "[^1]: PORTO – COMPANHIA DE NAVEGAÇÃO FLUVIAL. Relatório de operações 2018. "
        "Manaus: Porto, 2019.\n"
        "[^2]: Os barcos do porto saem cedo. Ver LIMA, Tereza. Rios e cidades. Belém: "
        "Paka-Tatu, 2005. p. 12.\n"
        "[^3]: PORTO, op. cit., tabela 3.\n"
        "[^4]: CURITIBA (Município). Lei nº 15.511, de 10 de outubro de 2019. Dispõe sobre o "
        "zoneamento.\n"
        "[^5]: CNAF, « Allocations logement : chiffres clés », https://www.caf.example/chiffres, "
        "consulté le 4 février 2021.\n"
    )
    doc = parse_bytes(body.encode(), "capitulo.md")
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert notes["3"].title == "Relatório de operações 2018"
    assert notes["3"].year == 2019
    assert notes["4"].kind is RefKind.REPORT and notes["4"].year == 2019
    assert notes["5"].kind is RefKind.WEB
