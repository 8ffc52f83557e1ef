"""fix78o: ABNT notes and entries as word processors give them (italics marked ``*…*``).

* A body entered under a one-word heading in capitals (``INEP.``, ``IPEA.``) with its title
  in italics and the subtitle after the colon in lower case and upright, as ABNT NBR 6023
  sets it (``INEP. *Censo escolar 2022*: resumo técnico. Brasília, DF: Inep, 2023.``): the
  title is the italic run and its subtitle (:mod:`bibcheck.parse.references.caps`); two
  volumes of one survey differ by their subtitles and are no duplicate.
* An entry under a body's heading with its address and the day it was consulted and no date
  of its own (``… Disponível em: …. Acesso em: ….``) is a site online: ``web``
  (:mod:`bibcheck.parse.references.undated_online`); a book dated, guessed in brackets, or
  with an ISBN stays a book.
* A government's food-based dietary guidelines (``Guia alimentar …``, ``Guías alimentarias
  …``) are its guideline: ``report`` (:mod:`bibcheck.parse.references.guideline_words`).
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.italic_note import italic_reference
from tests.fix75b_packages import PACKAGES

_BODY = "A insegurança alimentar voltou a crescer no país depois de uma década de queda."

# (marked entry, title, year)
SUBTITLED = [
    (
        "INEP. *Censo escolar da educação básica 2022*: resumo técnico. Brasília, DF: Inep, 2023.",
        "Censo escolar da educação básica 2022: resumo técnico",
        2023,
    ),
    (
        "IPEA. *Atlas da violência 2021*: retrato dos municípios brasileiros. Brasília, DF: "
        "Ipea, 2021.",
        "Atlas da violência 2021: retrato dos municípios brasileiros",
        2021,
    ),
    (
        "DIEESE. *Anuário dos trabalhadores*: edição especial sobre o emprego doméstico. São "
        "Paulo: DIEESE, 2019.",
        "Anuário dos trabalhadores: edição especial sobre o emprego doméstico",
        2019,
    ),
    (
        "SEADE. *Pesquisa de condições de vida 2006*: análise dos domicílios paulistas. São "
        "Paulo: Fundação Seade, 2008.",
        "Pesquisa de condições de vida 2006: análise dos domicílios paulistas",
        2008,
    ),
]


@pytest.mark.parametrize(("marked", "title", "year"), SUBTITLED)
def test_acronym_heading_keeps_subtitle_in_list(marked: str, title: str, year: int) -> None:
    ref = italic_reference(
        marked.replace("*", ""), marked, (1,), note=False, title_run=True, keep_same=True
    )
    assert ref.title == title
    assert ref.year == year
    assert ref.style == "caps"


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize(("marked", "title", "year"), SUBTITLED)
def test_acronym_heading_keeps_subtitle_in_notes(
    package: str, marked: str, title: str, year: int
) -> None:
    note = marked[:-1] + ", p. 12."
    data, path = PACKAGES[package](_BODY, [note])
    doc = parse_bytes(data, path)
    (found,) = doc.footnotes
    assert found.reference.title == title
    assert found.reference.year == year


@pytest.mark.parametrize(
    ("marked", "title"),
    [
        # Chicago's italics hold the subtitle: read as before
        (
            "OECD. *Health at a Glance 2021: OECD Indicators*. Paris: OECD Publishing, 2021.",
            "Health at a Glance 2021: OECD Indicators",
        ),
        # a report's number after the italic title, no subtitle
        (
            "RIVM. _Hittebestendige steden_. Rapport 2019-0042. Bilthoven: RIVM, 2019.",
            "Hittebestendige steden",
        ),
    ],
)
def test_other_marked_heads_unchanged(marked: str, title: str) -> None:
    ref = italic_reference(
        marked.replace("*", "").replace("_", ""),
        marked,
        (1,),
        note=False,
        title_run=True,
        keep_same=True,
    )
    assert ref.title == title


def test_two_volumes_of_one_survey_are_no_duplicate() -> None:
    notes = [
        "INEP. *Censo escolar 2022*: resumo técnico. Brasília, DF: Inep, 2023. p. 4.",
        "INEP. *Censo escolar 2022*: notas estatísticas. Brasília, DF: Inep, 2023. p. 9.",
    ]
    data, path = PACKAGES["odt"](_BODY, notes)
    doc = parse_bytes(data, path)
    titles = [n.reference.title for n in doc.footnotes]
    assert titles == [
        "Censo escolar 2022: resumo técnico",
        "Censo escolar 2022: notas estatísticas",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "BRASIL. Ministério da Saúde. Painel de monitoramento da mortalidade materna: dados "
            "abertos. Brasília, DF: Ministério da Saúde. Disponível em: "
            "https://painel.example.gov.br/mortalidade/. Acesso em: 3 mar. 2025.",
            RefKind.WEB,
        ),
        (
            "SÃO PAULO (Estado). Secretaria da Saúde. Sistema de informações hospitalares: "
            "consultas públicas. São Paulo: SES. Disponível em: https://sih.example.sp.gov.br/. "
            "Acesso em: 2 jan. 2025.",
            RefKind.WEB,
        ),
        # a book dated, guessed in brackets, or with its ISBN: a book still
        (
            "SILVA, João. Cidades e alimentação: um estudo. São Paulo: Editora Horizonte, 2019. "
            "Disponível em: https://livros.example.org/cidades. Acesso em: 10 fev. 2026.",
            RefKind.BOOK,
        ),
        (
            "SILVA, João. Cidades e alimentação: um estudo. São Paulo: Editora Horizonte, "
            "[2019?]. Disponível em: https://livros.example.org/cidades. Acesso em: 10 fev. 2026.",
            RefKind.BOOK,
        ),
    ],
)
def test_undated_online_entry(text: str, kind: RefKind) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "BRASIL. Ministério da Saúde. Guia alimentar para crianças brasileiras menores de 2 "
            "anos. Brasília, DF: Ministério da Saúde, 2019.",
            RefKind.REPORT,
        ),
        (
            "MINISTERIO DE SALUD. Guías alimentarias para la población peruana. Lima: MINSA, 2019.",
            RefKind.REPORT,
        ),
        # a person's field guide, printed by a press: a book
        (
            "SOUZA, Ana Paula. Guia de campo das aves do Pantanal. São Paulo: Editora Horizonte, "
            "2015.",
            RefKind.BOOK,
        ),
    ],
)
def test_dietary_guidelines(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is kind
