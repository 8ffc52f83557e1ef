"""A title that opens with a quoted phrase and goes on after a colon or a dash is the
whole sentence (``quoted_opening``); a title that is only the quotation keeps it."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.quoted_opening import opening_quote_sentences

# (entry, title, host)
ENTRY_CASES = [
    (
        "Pérez Gil, M. (2021, 3 de marzo). «Volver al barrio»: memoria y olvido en la ciudad. "
        "*El Correo del Sur*. https://www.example.net/a",
        "«Volver al barrio»: memoria y olvido en la ciudad",
        "El Correo del Sur",
    ),
    (
        'Smith, J. (2020, May 3). "Back to the city": Memory and forgetting downtown. '
        "*The Daily Post*. https://www.example.net/b",
        '"Back to the city": Memory and forgetting downtown',
        "The Daily Post",
    ),
    (
        "Müller, K. (2019, 4. Mai). „Wir bleiben hier“ – Ein Dorf wehrt sich. *Lokalblatt*. "
        "https://www.example.net/c",
        "„Wir bleiben hier“ – Ein Dorf wehrt sich",
        "Lokalblatt",
    ),
    (
        'Smith, J. (2020). "Back to the city": Memory and forgetting downtown. '
        "*Urban Studies*, 12(3), 45–67.",
        '"Back to the city": Memory and forgetting downtown',
        "Urban Studies",
    ),
    (
        "Rossi, A. (2018, 2 marzo). «Qui si parla piano»: il dialetto torna in piazza. "
        "*Il Giornale di Borgo*. https://www.example.net/d",
        "«Qui si parla piano»: il dialetto torna in piazza",
        "Il Giornale di Borgo",
    ),
    # (only the quotation: the title is the quoted words)
    (
        "Pérez Gil, M. (2021, 3 de marzo). «Volver al barrio». *El Correo del Sur*. "
        "https://www.example.net/a",
        "Volver al barrio",
        "El Correo del Sur",
    ),
    (
        "Smith, J. (2020). “Back to the city.” *Urban Studies*, 12(3), 45–67.",
        "Back to the city",
        "Urban Studies",
    ),
]


@pytest.mark.parametrize(("text", "title", "host"), ENTRY_CASES)
def test_title_opening_with_quotation(text: str, title: str, host: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.title == title
    assert ref.host == host


# (text after the date, sentences or None)
SENTENCE_CASES = [
    ("«Uno»: dos y tres. *Diario*.", ["«Uno»: dos y tres", "*Diario*."]),
    ('"One" – two and three. Paper.', ['"One" – two and three', "Paper."]),
    ("«Uno». *Diario*.", None),
    ("“One,” Journal 3.", None),
    ('"One": *Journal* 3.', None),
    ("Plain title: sub. Journal.", None),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_opening_quote_sentences(text: str, expected: list[str] | None) -> None:
    got = opening_quote_sentences(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert got[0] == expected[0]
