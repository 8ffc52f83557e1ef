"""fix65c: an abbreviation inside a title ("Die Hl. Schrift", "Chap. 3", "Röm. 8") does not
end the title."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Meyer, H. 1999. Die Hl. Schrift im Mittelalter. Berlin: de Gruyter.",
            "Die Hl. Schrift im Mittelalter",
            id="de-hl",
        ),
        pytest.param(
            "Dupont, J. 1998. Chap. 3 de l'histoire sociale. Paris: Seuil.",
            "Chap. 3 de l'histoire sociale",
            id="fr-chap",
        ),
        pytest.param(
            "Meyer, H. 1999. Kommentar zu Röm. 8 und 1 Kor. 13. Berlin: de Gruyter.",
            "Kommentar zu Röm. 8 und 1 Kor. 13",
            id="de-bible-books",
        ),
        pytest.param(
            "Hansen, P. 2005. Noter til Kap. 4 i grundloven. København: Gyldendal.",
            "Noter til Kap. 4 i grundloven",
            id="da-kap",
        ),
        pytest.param(
            "Brown, A. 2012. Reading Gen. 1 after Darwin. Oxford: Clarendon Press.",
            "Reading Gen. 1 after Darwin",
            id="en-gen",
        ),
    ],
)
def test_abbreviation_inside_title(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).title == title
