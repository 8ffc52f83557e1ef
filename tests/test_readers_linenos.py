"""Review copies with a line number before each line (lineno, Word line numbering)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.linenos import strip_line_numbers

_PROSE = [f"{n} line of prose number {n} goes on here" for n in range(1, 13)]
_EVERY_FIFTH = [
    f"{n} numbered line" if n % 5 == 0 else "unnumbered line of prose" for n in range(1, 61)
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (_PROSE, [f"line of prose number {n} goes on here" for n in range(1, 13)]),
        (
            ["1 Title", "", *[f"{n} text" for n in range(2, 12)], "12 3 Ana Ruiz, El trigo."],
            ["Title", "", *["text"] * 10, "3 Ana Ruiz, El trigo."],
        ),
        (_EVERY_FIFTH, [x.split(" ", 1)[1] if x[0].isdigit() else x for x in _EVERY_FIFTH]),
        # a numbered list, footnotes, a table: too few or no run over most of the text
        (
            ["1 Ana Ruiz, El trigo.", "2 Luis Vidal, La feria.", "3 Pedro Sáez, La plata."],
            ["1 Ana Ruiz, El trigo.", "2 Luis Vidal, La feria.", "3 Pedro Sáez, La plata."],
        ),
        (
            [*(f"prose line {k}" for k in range(40)), *(f"{n} Note {n}." for n in range(1, 12))],
            [*(f"prose line {k}" for k in range(40)), *(f"{n} Note {n}." for n in range(1, 12))],
        ),
    ],
    ids=["every-line", "note-after-number", "every-fifth", "short-list", "notes-not-most"],
)
def test_strip_line_numbers(lines: list[str], expected: list[str]) -> None:
    assert strip_line_numbers(lines) == expected


_REVIEW_COPY = """\
1 Molinos harineros y crédito en la Rioja alta

2 Los molinos concejiles eran, a la vez, industria y banco del lugar
3 durante el siglo XVIII.1 Su renta sostenía el pósito y las escuelas, y
4 sus maquileros adelantaban grano a los vecinos en los años malos.2
5 La documentación municipal permite seguir esos préstamos año a año,
6 aunque con lagunas en las décadas de guerra.3 Aquí se estudian tres
7 concejos entre 1760 y 1800 con sus libros de cuentas completos.

8 1 Marta Íñiguez Sola, Molinos y molineros, Logroño, Ochoa, 1994.
9 2 Jorge Alcalde, «La maquila como crédito», Berceo, 140 (2001), pp. 55–80.
10 3 Ana Ruiz Gil, El trigo y la guerra, Madrid, Cátedra, 1988.

1
\f"""


def test_review_copy_notes_are_read_under_their_numbers() -> None:
    doc = parse_bytes(_REVIEW_COPY.encode(), "molinos.txt")
    found = {fn.label: [m.line for m in fn.markers] for fn in doc.footnotes}
    assert found == {"1": [4], "2": [5], "3": [7]}
    assert doc.footnotes[1].reference.title == "La maquila como crédito"
