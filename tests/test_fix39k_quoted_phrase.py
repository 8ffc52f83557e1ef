"""A phrase in double quotes that starts lower-case is a phrase, not a title: a note that
quotes one and has no other bibliographic content is commentary. A title starts with a
capital, in single or double quotes, in any language."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import commentary, parse_reference


@pytest.mark.parametrize(
    ("text", "commentary_only"),
    [
        pytest.param(
            'The miller called it "the grey loaf of winter". The name stuck.', True, id="en-phrase"
        ),
        pytest.param("Die Kollegen nannten ihn „den alten Fuchs vom Hafen“.", True, id="de-phrase"),
        pytest.param("Elle parle de « la petite ville du nord » sans la nommer.", True, id="fr"),
        pytest.param(
            'See "The Grey Loaf of Winter", Bakers Quarterly 12 (2004): 5.', False, id="t"
        ),
        pytest.param('Hale calls it "A Study of River Mills" in his letters.', False, id="title"),
    ],
)
def test_lower_case_quote_is_no_title(text: str, commentary_only: bool) -> None:
    assert commentary.bibliographic(text) is not commentary_only
    kind = parse_reference(text, [1], detect_styles=True, note=True).kind
    assert (kind is RefKind.COMMENTARY) is commentary_only
