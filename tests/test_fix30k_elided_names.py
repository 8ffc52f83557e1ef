"""Family names with an elided article before a capital ("L'Hours", "L’Estrange",
"d'Alembert" is one already) are names in an APA author list, not skipped.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Ngata, T., L'Hours, H., & Brandt, K. (2020). Trust in archives. *Data Journal*, 7, 14.",
            ("Ngata, T.", "L'Hours, H.", "Brandt, K."),
        ),
        (
            "L’Estrange, P., & Ruiz, M. (2018). Shipyard lives. *Labour History*, 9(2), 1–20.",
            ("L’Estrange, P.", "Ruiz, M."),
        ),
        (
            "Okafor, N., & O'Neil, R. (2019). Tide records. *Coastal Notes*, 3, 5–9.",
            ("Okafor, N.", "O'Neil, R."),
        ),
    ],
    ids=["l-apostrophe-middle", "l-curly-first", "o-apostrophe-unchanged"],
)
def test_elided_article_names(text: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
