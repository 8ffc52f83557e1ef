"""Where an entry's title ends in its text (bibcheck.parse.references.title_end)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.title_end import after_title, title_end


@pytest.mark.parametrize(
    ("raw", "title", "after"),
    [
        # a title wrapped over lines in the entry, joined in the parser's title
        (
            "Okafor A. Fast\n   cuts in graphs. In: Proc. FOCS, 2004.",
            "Fast cuts in graphs",
            ". In: Proc. FOCS, 2004.",
        ),
        # runs of spaces in the title as the parser gave it
        ("Lind B. Energy  futures. Foundation report.", "Energy futures", ". Foundation report."),
        # the title ends the entry
        ("Keller, A. 2020. Wasser im Dorf", "Wasser im Dorf", ""),
        # a title the entry does not print as such (a parser's rewrite)
        ("Keller, A. 2020. Wasser-im-Dorf.", "Wasser im Dorf", None),
    ],
)
def test_after_title(raw: str, title: str, after: str | None) -> None:
    assert after_title(raw, title) == after


def test_title_end_gives_the_joined_text_and_the_offset() -> None:
    found = title_end("Lind B.\nEnergy futures. Report.", "Energy futures")
    assert found == ("Lind B. Energy futures. Report.", len("Lind B. Energy futures"))
