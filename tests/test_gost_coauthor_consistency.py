"""A note that names only the GOST heading author agrees with a list entry whose statement
of responsibility names the co-authors too (GOST R 7.0.5 lets notes omit that statement)."""

from __future__ import annotations

import pytest

from bibcheck.analyse.consistency import mismatch_findings
from bibcheck.manuscript import parse_bytes

LISTED = (
    "1. Карпов, Л. Д. Износ лопаток турбин / Л. Д. Карпов, Н. Е. Белкина // Энергетик. – "
    "2018. – № 6. – С. 20–27."
)


def _author_findings(note: str) -> list[str]:
    text = (
        "# Статья\n\nТезис об износе лопаток.[^1]\n\n"
        f"[^1]: {note}\n\n## Список литературы\n\n{LISTED}\n"
    )
    doc = parse_bytes(text.encode(), "doc.md")
    return [f.message for f in mismatch_findings(doc) if "author" in f.message]


@pytest.mark.parametrize(
    ("note", "differs"),
    [
        pytest.param(
            "Карпов Л. Д. Износ лопаток турбин // Энергетик. 2018. № 6. С. 21.",
            False,
            id="dashless-note-heading-only",
        ),
        pytest.param(
            "Карпов, Л. Д. Износ лопаток турбин // Энергетик. – 2018. – № 6. – С. 21.",
            False,
            id="dashed-note-heading-only",
        ),
        pytest.param(
            "Карпов, Л. Д. Износ лопаток турбин / Л. Д. Карпов // Энергетик. – 2018. – № 6. – "
            "С. 21.",
            True,
            id="note-names-one-person-only",
        ),
        pytest.param(
            "Белкина Н. Е. Износ лопаток турбин // Энергетик. 2018. № 6. С. 21.",
            True,
            id="other-first-author",
        ),
    ],
)
def test_heading_author_agrees_with_coauthored_entry(note: str, differs: bool) -> None:
    assert bool(_author_findings(note)) is differs
