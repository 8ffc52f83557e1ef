"""Armenian is a cased script: its capitals and small letters are letters of names and
titles as Cyrillic ones are, so an Armenian list written in the GOST or Vancouver manner
(``Պետրոսյան Ա. Title. Երևան: Publisher, 2005.``) is read with its author, title and imprint.
All examples are invented."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("line", "kind", "authors", "title", "year", "publisher"),
    [
        (
            "Պետրոսյան Ա. Հողագործության պատմություն. Երևան: Գիտություն, 2005. 180 էջ.",
            RefKind.BOOK,
            ("Պետրոսյան Ա",),
            "Հողագործության պատմություն",
            2005,
            "Գիտություն",
        ),
        (
            "Պետրոսյան Ա. Ա. Այգեգործության ակնարկ / Ա. Ա. Պետրոսյան. – Երևան : Գիտություն, "
            "2011. – 212 էջ.",
            RefKind.BOOK,
            ("Պետրոսյան Ա. Ա.",),
            "Այգեգործության ակնարկ",
            2011,
            "Գիտություն",
        ),
        (
            "Պետրոսյան Ա., Սարգսյան Լ. Ոռոգման ցանցերը // Լրաբեր հասարակական գիտությունների. "
            "2010. № 2. С. 45–60.",
            RefKind.ARTICLE,
            ("Պետրոսյան Ա.", "Սարգսյան Լ."),
            "Ոռոգման ցանցերը",
            2010,
            None,
        ),
        # an APA entry in Armenian (its authors were lost before too)
        (
            "Սարգսյան, Լ. (2015). *Հողի բերրիությունը*. Երևան: Գիտություն.",
            RefKind.BOOK,
            ("Սարգսյան, Լ.",),
            "Հողի բերրիությունը",
            2015,
            "Գիտություն",
        ),
    ],
)
def test_armenian_entries(
    line: str,
    kind: RefKind,
    authors: tuple[str, ...],
    title: str,
    year: int,
    publisher: str | None,
) -> None:
    ref = parse_reference(line, [0], detect_styles=True)
    assert (ref.kind, ref.authors, ref.title, ref.year, ref.publisher) == (
        kind,
        authors,
        title,
        year,
        publisher,
    )
