"""Round 61, fixer i: ABNT (NBR 6023) entries by a body in capitals.

* A body whose name holds a dash between its acronym and its name (``ANTP – ASSOCIAÇÃO
  NACIONAL …``) is the author, the next sentence the title.
* ``BODY. ACRONYM: subtitle`` (``IBGE. PNAD Contínua: …``): the body ends at its full stop;
  the title keeps its acronym and colon (DIN ISO 690's ``BODY NAME: Title`` is another
  shape: no full stop inside the capitals).
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "ANTP – ASSOCIAÇÃO NACIONAL DE TRANSPORTES PÚBLICOS. Sistema de informações da "
            "mobilidade urbana: relatório geral 2018. São Paulo: ANTP, 2020.",
            ("ANTP – ASSOCIAÇÃO NACIONAL DE TRANSPORTES PÚBLICOS",),
            "Sistema de informações da mobilidade urbana: relatório geral 2018",
            2020,
        ),
        (
            "CPTM – COMPANHIA PAULISTA DE TRENS METROPOLITANOS. Relatório da administração "
            "2016. São Paulo: CPTM, 2017.",
            ("CPTM – COMPANHIA PAULISTA DE TRENS METROPOLITANOS",),
            "Relatório da administração 2016",
            2017,
        ),
        (
            "IBGE. PNAD Contínua: características gerais dos domicílios. Rio de Janeiro: "
            "IBGE, 2020.",
            ("IBGE",),
            "PNAD Contínua: características gerais dos domicílios",
            2020,
        ),
        (
            "CETESB. QUALAR: sistema de informações da qualidade do ar. São Paulo: CETESB, 2016.",
            ("CETESB",),
            "QUALAR: sistema de informações da qualidade do ar",
            2016,
        ),
        (
            "SOUZA, Carla. Mobilidade urbana: desafios. Rio de Janeiro: Editora FGV, 2015.",
            ("SOUZA, Carla",),
            "Mobilidade urbana: desafios",
            2015,
        ),
        (
            "LIMA, Ana; COSTA, Pedro. Acesso ao emprego. Revista Brasileira de Estudos "
            "Urbanos, v. 12, n. 3, p. 45-67, 2019.",
            ("LIMA, Ana", "COSTA, Pedro"),
            "Acesso ao emprego",
            2019,
        ),
        # DIN ISO 690: a body in capitals, a colon, the title
        (
            "INFORMATIONSDIENST HOLZ: Holzbau im Detail. Bonn, 2019.",
            ("Informationsdienst Holz",),
            "Holzbau im Detail",
            2019,
        ),
    ],
)
def test_caps_body(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(text, [0])
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
