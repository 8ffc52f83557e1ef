"""A Portuguese (or Brazilian) note or entry names a person under the last family name
(``particles.iberian``): told by its towns, its printers' and booksellers' words and its
small words; a Spanish one keeps the first of two family names."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.particles import iberian

# (note, authors)
NOTE_CASES = [
    # Portuguese: the last family name
    (
        "José Tavares Lobo, *História dos Açores* (Angra: Typ. Minerva, 1895), 12.",
        ("Lobo, José Tavares",),
    ),
    (
        "Manuel Teixeira Gomes, *Inventário dos documentos* (Lisboa: Editorial Estampa, 1985), 4.",
        ("Gomes, Manuel Teixeira",),
    ),
    (
        "J. Almeida Pimentel, *Memória sobre as águas dos Açores* (Lisboa: Imprensa "
        "Nacional, 1890), 12.",
        ("Pimentel, J. Almeida",),
    ),
    (
        "Joaquim de Almeida Pimentel, «Os portos do Algarve», *Revista de Obras Públicas e "
        "Minas* 3 (1895): 44.",
        ("Pimentel, Joaquim de Almeida",),
    ),
    # Spanish: the first of two
    (
        "Luis Pérez Galdós, *Historia de los puertos* (Madrid: Editorial Castalia, 1950), 12.",
        ("Pérez Galdós, Luis",),
    ),
    (
        "Esteban Rodríguez Ocaña, *Por la salud de las naciones* (Madrid: Akal, 1992), 4.",
        ("Rodríguez Ocaña, Esteban",),
    ),
]


@pytest.mark.parametrize(("note", "authors"), NOTE_CASES)
def test_note_filed_name(note: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(note, [0], note=True).authors == authors


# (author, the reference's text, filed)
IBERIAN_CASES = [
    (
        "José Tavares Lobo",
        "*História dos Açores* (Angra: Typ. Minerva, 1895)",
        "Lobo, José Tavares",
    ),
    ("Rui Barbosa Lima", "«A reforma», *Revista do Brasil* 4 (1931)", "Lima, Rui Barbosa"),
    (
        "Rui Barbosa Lima",
        "*Estudos e documentos dos arquivos* (Porto Alegre: Livraria do Globo, 1931)",
        "Lima, Rui Barbosa",
    ),
    ("J. Almeida Pimentel", "*Memória dos portos* (Lisboa, 1890)", "Pimentel, J. Almeida"),
    ("G. Doménech Pascual", "*Derecho público y privado* (Madrid, 2010)", "Doménech Pascual, G."),
    (
        "Luis Pérez Galdós",
        "*Historia de los puertos* (Santander: Editorial Tantín, 1950)",
        "Pérez Galdós, Luis",
    ),
    (
        "Esteban Rodríguez Ocaña",
        "*Ciencia e Innovación en las regiones* (Granada, 1990)",
        "Rodríguez Ocaña, Esteban",
    ),
    # (Italian's "e" is no Portuguese one)
    (
        "Gian Paolo De Santis",
        "«Storia e memoria dei porti», *Rivista storica*, n.º 4 (1950)",
        "De Santis, Gian Paolo",
    ),
]


@pytest.mark.parametrize(("author", "text", "filed"), IBERIAN_CASES)
def test_iberian_filed_name(author: str, text: str, filed: str) -> None:
    assert iberian((author,), text) == (filed,)
