"""A family name of several words before the initials (Malay, Spanish, Portuguese, Dutch
usage) is one name in APA and Harvard lists, also when the line wraps inside the name."""

from __future__ import annotations

import pytest

from bibcheck.parse.names import family_names
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "families"),
    [
        pytest.param(
            "Lee, K.H. & Mohd Yusof,\nN.A. (2019). Banjir kilat di Lembah Klang. "
            "Jurnal Hidrologi Malaysia, 8(2), 14-29.",
            ["lee", "mohd yusof"],
            id="malay-wrapped",
        ),
        pytest.param(
            "García Márquez, G., & Ortiz, R. (2004). Relatos del Caribe. Revista Andina, "
            "12(1), 3-20.",
            ["garcía márquez", "ortiz"],
            id="spanish-first",
        ),
        pytest.param(
            "Silva, P., Costa Neto, J. A., & Reis, M. (2020). Chuvas extremas no Recife. "
            "Revista Brasileira de Meteorologia, 35(4), 601-612.",
            ["silva", "costa neto", "reis"],
            id="portuguese-middle",
        ),
        pytest.param(
            "Ahmad, S. and Wan Ismail, W.R. (2017) Sediment yield in a tropical catchment. "
            "Catena, 150, pp. 1-9.",
            ["ahmad", "wan ismail"],
            id="harvard-and",
        ),
    ],
)
def test_multiword_family_name(text: str, families: list[str]) -> None:
    lines = [1 + i for i in range(text.count("\n") + 1)]
    ref = parse_reference(text, lines, detect_styles=True)
    assert family_names(ref.authors) == families
