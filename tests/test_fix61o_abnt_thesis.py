"""ABNT entries opened by one person in capitals (``SURNAME, Given names [particle].``) are
read in the caps style, not as an Italian note whose "author" is an acronym: a thesis or
dissertation (``Dissertação``, ``Tese``, ``Trabalho de Conclusão de Curso``, ``Monografia``)
with its institution and place before the year too (fix61o)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import caps, italian_notes, parse_reference, reportkind


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("SANTOS, Luana Moreira dos. Tempo de deslocamento. 2018.", True),
        ("FERREIRA, Marcos V. Cidades médias. São Paulo: Ed. Nova, 2011.", True),
        ("COSTA NETO, Beatriz de. Redes urbanas. 2004.", True),
        ("SOUZA, F. A. de. Título. 2010.", False),  # initials only: not decided here
        ("ISTAT, Rapporto annuale, Roma 2020.", False),  # a body, an Italian note
        ("M. Rossi, Titolo, Editore, Milano 2024.", False),
        ("Santos, Luana. Title. 2018.", False),  # the family name not in capitals
    ],
)
def test_person_head(body: str, expected: bool) -> None:
    assert caps.person_head(body) is expected


THESES = [
    # (entry, author, title, year)
    (
        "SANTOS, Luana Moreira dos. Tempo de deslocamento e renda na zona leste. 2018. 142 f. "
        "Dissertação (Mestrado em Planejamento Urbano) – Universidade Alfa, São Paulo, 2018.",
        "Santos",
        "Tempo de deslocamento e renda na zona leste",
        2018,
    ),
    (
        "OLIVEIRA, Pedro Henrique de. Redes de cuidado na atenção básica. 2020. 98 f. Tese "
        "(Doutorado em Saúde Coletiva) – Universidade Federal Beta, Rio de Janeiro, 2020.",
        "Oliveira",
        "Redes de cuidado na atenção básica",
        2020,
    ),
    (
        "LIMA, Ana Paula. Mobilidade e trabalho no ABC paulista. 2019. 60 f. Trabalho de "
        "Conclusão de Curso (Graduação em Geografia) – Faculdade Gama, Lisboa, 2019.",
        "Lima",
        "Mobilidade e trabalho no ABC paulista",
        2019,
    ),
    (
        "MOURA, Célia das. Habitação popular e periferia. 2015. Monografia (Especialização em "
        "Urbanismo) – Faculdade Delta, Roma, 2015.",
        "Moura",
        "Habitação popular e periferia",
        2015,
    ),
]


@pytest.mark.parametrize(("entry", "author", "title", "year"), THESES)
def test_italian_declines_abnt_head(entry: str, author: str, title: str, year: int) -> None:
    assert italian_notes.parse(entry) is None


@pytest.mark.parametrize(("entry", "author", "title", "year"), THESES)
def test_thesis_entry(entry: str, author: str, title: str, year: int) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.style == "caps"
    assert ref.authors[0].split(",")[0].title() == author
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.THESIS)


def test_italian_note_unchanged() -> None:
    found = italian_notes.parse("M. Rossi, Titolo del libro, Einaudi, Torino 2004, p. 12.")
    assert found is not None and found.style == "italian"


_DOC = """Capítulo 1
O tempo de viagem cresce com a distância ao centro (SANTOS, 2018), e o cuidado
depende das redes locais de atenção (OLIVEIRA, 2020).

REFERÊNCIAS
SANTOS, Luana Moreira dos. Tempo de deslocamento e renda na zona leste. 2018. 142 f.
Dissertação (Mestrado em Planejamento Urbano) – Universidade Alfa, São Paulo, 2018.
OLIVEIRA, Pedro Henrique de. Redes de cuidado na atenção básica. 2020. 98 f. Tese
(Doutorado em Saúde Coletiva) – Universidade Federal Beta, Rio de Janeiro, 2020.
"""


def test_whole_document(tmp_path: Path) -> None:
    path = tmp_path / "capitulo.txt"
    path.write_text(_DOC, encoding="utf-8")
    entries = parse_file(path, reader="pdf-text").literature
    assert [
        (e.reference.style, e.reference.title, e.reference.year, e.reference.kind) for e in entries
    ] == [("caps", t[2], t[3], RefKind.THESIS) for t in THESES[:2]]


# -- a survey or census named with its year: a statistical office's report ------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Pesquisa Nacional por Amostra de Domicílios 2015: síntese de indicadores", True),
        ("Censo Agropecuário 2017: resultados definitivos do município", True),
        ("Encuesta Nacional de Hogares 2019", False),  # no subtitle: maybe the survey's page
        ("National Travel Survey 2022: notes and definitions", True),
        ("Survey methods in the 2020s", False),  # the year does not close the main title
        ("Pesquisa qualitativa em saúde", False),  # no year: a methods book
        ("Census and society: a history", False),
    ],
)
def test_dated_survey(title: str, expected: bool) -> None:
    assert reportkind.titled_report(title) is expected


def test_dated_survey_entry() -> None:
    ref = parse_reference(
        "INSTITUTO ESTADUAL DE ESTATÍSTICA. Pesquisa de Emprego e Renda 2016: síntese dos "
        "resultados regionais. Porto Alegre: IEE, 2017.",
        [1],
        detect_styles=True,
    )
    assert (ref.title, ref.year, ref.kind) == (
        "Pesquisa de Emprego e Renda 2016: síntese dos resultados regionais",
        2017,
        RefKind.REPORT,
    )
