"""Fix 39b: the heads of ABNT (NBR 6023), NP 405 and UNE/ISO 690 entries, table-driven, in
every reader's shared entry parsing: a corporate author in capitals with its acronym in
parentheses, an organisation written in one word of mixed case, initials written together
with a particle after them.  A short .rst reference list of paragraphs is refused naming
``--reader rst``, which reads its entries right.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import caps, parse_reference
from bibcheck.parse.references.corporate import _branded
from bibcheck.readers import registry
from tests.test_regex_growth import assert_linear

HEADS = [
    (
        "caps-org-acronym",
        "FUNDAÇÃO DE AMPARO À CIÊNCIA (FAC). Relatório anual de fomento. Recife, 2018."
        " Disponível em: <https://example.net/relatorio>. Acesso em: 3 maio 2020.",
        ["FUNDAÇÃO DE AMPARO À CIÊNCIA (FAC)"],
        "Relatório anual de fomento",
        2018,
    ),
    (
        "caps-org-mixed-acronym",
        "CONSELHO ESTADUAL DE ENSINO (CEEd). Parecer sobre currículos. Porto Alegre: CEEd, 2011.",
        ["CONSELHO ESTADUAL DE ENSINO (CEEd)"],
        "Parecer sobre currículos",
        2011,
    ),
    (
        "une-org-acronym",
        "ORGANIZACIÓN PANAMERICANA DE LA SALUD (OPS). Informe sobre vacunas. Washington, 2016.",
        ["ORGANIZACIÓN PANAMERICANA DE LA SALUD (OPS)"],
        "Informe sobre vacunas",
        2016,
    ),
    (
        "one-word-caps-acronym",
        "EMBRAPA (EMB). Boletim de pesquisa do solo. Brasília, 2009.",
        ["EMBRAPA (EMB)"],
        "Boletim de pesquisa do solo",
        2009,
    ),
    (
        "mixed-case-org",
        "DataVerse. Manual do depositante de dados. DataVerse, 2021. Disponível em:"
        " <https://example.net/manual>.",
        ["DataVerse"],
        "Manual do depositante de dados",
        2021,
    ),
    (
        "jammed-initials-particle",
        "PEREIRA, M.L. da. Leitura crítica de periódicos. Revista Z, 2014.",
        ["PEREIRA, M.L. da"],
        "Leitura crítica de periódicos",
        2014,
    ),
    (
        "hyphen-initials-particle",
        "BOSCH, J.-P. van. Archives and their readers. Leiden: Brill, 2003.",
        ["BOSCH, J.-P. van"],
        "Archives and their readers",
        2003,
    ),
    (
        "three-jammed-initials",
        "CARVALHO, A.B.C. Ensaios sobre a edição. São Paulo: Editora W, 2008.",
        ["CARVALHO, A.B.C"],
        "Ensaios sobre a edição",
        2008,
    ),
    (
        # unchanged: a person's names in capitals and given names written out
        "person-written-out",
        "ROCHA, Ana Beatriz. Memória e arquivo. Salvador: Editora V, 2012.",
        ["ROCHA, Ana Beatriz"],
        "Memória e arquivo",
        2012,
    ),
]


@pytest.mark.parametrize("detect", [False, True])
@pytest.mark.parametrize(
    ("text", "authors", "title", "year"), [h[1:] for h in HEADS], ids=[h[0] for h in HEADS]
)
def test_abnt_heads(text: str, authors: list[str], title: str, year: int, detect: bool) -> None:
    ref = parse_reference(text, [1], detect_styles=detect)
    assert list(ref.authors) == authors
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("DataVerse", True),
        ("CNPq", True),
        ("arXiv", True),
        ("McDonald", False),
        ("MacArthur", False),
        ("DeLillo", False),
        ("Mapping", False),
        ("UNESCO", False),
        ("Data Verse", False),
    ],
)
def test_branded_names(name: str, expected: bool) -> None:
    assert _branded(name) is expected


def test_one_word_title_is_no_organisation() -> None:
    ref = parse_reference(
        "Mapping. A short guide to field survey methods. Oxford, 2001.", [1], detect_styles=True
    )
    assert "Mapping" not in ref.authors


RST_LIST = (
    "Referências\n===========\n\n"
    "INSTITUTO DE ESTUDOS URBANOS (IEU). Atlas das cidades. Curitiba, 2013.\n\n"
    "MOURA, C.R. de. Praças e parques. Revista Y, 2016.\n"
)


def test_rst_reference_list_refused_naming_the_reader(tmp_path: Path) -> None:
    # (an underlined title is weak evidence of rst, Markdown writes it too: the refusal
    # names the reader that reads it, which then reads both entries right)
    with pytest.raises(InputError, match="--reader rst"):
        registry.choose(tmp_path / "refs.rst", RST_LIST)
    doc = parse_bytes(RST_LIST.encode(), "refs.rst", reader="rst")
    assert [(list(e.reference.authors), e.reference.title) for e in doc.literature] == [
        (["INSTITUTO DE ESTUDOS URBANOS (IEU)"], "Atlas das cidades"),
        (["MOURA, C.R. de"], "Praças e parques"),
    ]


Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "SOUZA, " + "F.A. de " * (n // 8), id="particles"),
        pytest.param(lambda n: "SOUZA, " + "F.A.B.C." * (n // 8), id="jammed"),
        pytest.param(lambda n: "ABC (" * (n // 5), id="acronyms-unclosed"),
        pytest.param(lambda n: "A " * (n // 2) + "(B", id="words-acronym"),
    ],
)
def test_abnt_heads_are_linear(line: Line) -> None:
    assert_linear(lambda text: caps._SHAPE.match(text), line)
    assert_linear(lambda text: caps._CAPS_ORG.match(text), line)
    assert_linear(caps.parse, line)
