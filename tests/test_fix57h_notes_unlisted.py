"""fix57h: primary sources a bibliography leaves out, and one work's two addresses."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference
from bibcheck.parse.matching import doi_and_landing_page
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_source
from bibcheck.parse.references.unlisted import newspaper_issue


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Diario de Sevilla, núm. 12, 3 de mayo de 1821, p. 2.", True),
        ("Gaceta de Lima, 9 de junio de 1807, pp. 14-15.", True),
        (
            "Correo de Cádiz, núm. 7, 2 de enero de 1805, p. 3. Disponible en la hemeroteca "
            "digital: https://hemeroteca.example.es/correo/1805/007.pdf (consultado el 1 de "
            "mayo de 2025).",
            True,
        ),
        ("The Evening Post, 4 May 1899, 3. Available at: https://papers.example.org/ep/1899", True),
        ("Corriere della Sera, 4 maggio 1915, p. 2.", True),
        # a book with a Spanish date, an article with a digitised copy: no newspaper issues
        ("Pérez, J., Historia de la vacuna, Madrid, Ediciones Sur, 3 de mayo de 2003.", False),
        (
            "Ruiz, A., «La vacuna», Asclepio, 52, 2 (2000), pp. 3-20. Disponible en: "
            "https://asclepio.example.es/a/1",
            False,
        ),
    ],
)
def test_newspaper_issue(text: str, want: bool) -> None:
    assert newspaper_issue(text) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Archivo General de Simancas (AGS), Guerra Moderna, 2764-B, «Informe del cirujano».",
            True,
        ),
        ("Archivo Histórico Nacional, Estado, 3412A, «Carta del virrey», 1804.", True),
        ("Archivo de la Corona, Cancillería, leg. 12, «Registro».", True),  # (labelled, as before)
        ("Archivo Municipal de Toledo, Guía del archivo, Toledo, 1998.", False),
        ("Biblioteca Nacional, Catálogo de manuscritos, Madrid, 2003.", False),
    ],
)
def test_spanish_archive_file(text: str, want: bool) -> None:
    assert archival_source(text) is want


def test_archive_file_with_catalogue_url_is_no_web_page() -> None:
    text = (
        "Archivo General de Simancas (AGS), Guerra Moderna, 2764-B, «Informe del cirujano». "
        "Descripción en el catálogo: https://catalogo.example.es/description/88123, "
        "consultado el 2 de mayo de 2025."
    )
    assert parse_reference(text, (1,), detect_styles=True).kind.value == "unknown"


def _ref(url: str | None, doi: str | None) -> Reference:
    return Reference(raw="x", line=1, end_line=1, url=url, doi=doi)


@pytest.mark.parametrize(
    ("one", "other", "want"),
    [
        (
            _ref("https://www.jstor.org/stable/2112233", "10.2307/2112233"),
            _ref("https://doi.org/10.2307/2112233", "10.2307/2112233"),
            True,
        ),
        (
            _ref("https://doi.org/10.1000/ABC", "10.1000/abc"),
            _ref("https://publisher.example/abc", "10.1000/abc"),
            True,
        ),
        (  # two DOIs: two works
            _ref("https://www.jstor.org/stable/2112233", "10.2307/2112233"),
            _ref("https://doi.org/10.2307/2112234", "10.2307/2112234"),
            False,
        ),
        (  # one DOI, two addresses, neither the DOI's: a real disagreement to report
            _ref("https://a.example/x", "10.1000/x"),
            _ref("https://b.example/y", "10.1000/x"),
            False,
        ),
        (_ref("https://a.example/x", None), _ref("https://doi.org/10.1000/x", "10.1000/x"), False),
    ],
)
def test_doi_and_landing_page(one: Reference, other: Reference, want: bool) -> None:
    assert doi_and_landing_page(one, other) is want
