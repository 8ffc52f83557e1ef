"""ABNT entries whose author is a body in capitals with its jurisdiction in parentheses
("CURITIBA (Município).", "MINAS GERAIS (Estado).") start a new entry in PDF text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.readers.pdftext import entry_start


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CURITIBA (Município). Decreto nº 12, de 2 de maio de 2010. Dispõe sobre", True),
        ("MINAS GERAIS (Estado). Secretaria de Saúde. Plano estadual. Belo", True),
        ("RIO GRANDE DO SUL (Estado). Lei nº 5, de 1 de março de 2001.", True),
        ("Paulo (Brasil). uma linha de texto", False),
        ("Faculdade de Arquitetura, Universidade Federal, Recife, 2018.", False),
        ("PROJETO (2) em andamento", False),
    ],
)
def test_body_with_jurisdiction(line: str, expected: bool) -> None:
    assert entry_start(line) is expected


_DOC = """Capítulo 2
O plano municipal foi revisto pouco depois da lei estadual, como mostra a literatura
recente sobre o tema e os dados oficiais.

REFERÊNCIAS
ALMEIDA, Carla Souza. Bairros e serviços na metrópole. 2016. 98 f. Dissertação
(Mestrado em Geografia) – Instituto de Geociências, Universidade Estadual, Campinas, 2016.
CURITIBA (Município). Lei nº 9.800, de 3 de janeiro de 2000. Dispõe sobre o zoneamento
do Município de Curitiba. Diário Oficial do Município, Curitiba, 4 jan. 2000.
MOURA, Tiago. Cidade e circulação. Recife: Editora Alfa, 2012.
"""


def test_whole_list_keeps_body_entry(tmp_path: Path) -> None:
    from bibcheck.manuscript import parse_file

    path = tmp_path / "capitulo.txt"
    path.write_text(_DOC, encoding="utf-8")
    entries = parse_file(path, reader="pdf-text").literature
    assert [e.reference.year for e in entries] == [2016, 2000, 2012]
    assert entries[1].reference.raw.startswith("CURITIBA (Município). Lei")
    assert entries[2].reference.title == "Cidade e circulação"
