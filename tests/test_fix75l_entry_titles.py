"""fix75l: titles of whole entries with a parenthesised statement or a named book after them
(own examples; the same checks as test_fix75l_title_parts through parse_reference)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

ENTRIES = [
    (
        "Gadamer, H.-G. (1990). Wahrheit und Methode (6. Aufl.; Erstausg. 1960). Tübingen: Mohr.",
        "Wahrheit und Methode",
    ),
    (
        "Sartre, J.-P. (2003). Het zijn en het niets (vert. A. Bakker & B. Smit). Amsterdam: Boom.",
        "Het zijn en het niets",
    ),
    (
        "Bergson, H. (1910). Time and free will (trans. F. L. Pogson). London: Allen.",
        "Time and free will",
    ),
    (
        "Scheler, M. (1927). Der Formalismus in der Ethik. Zweiter Teil: Die materiale "
        "Wertethik. Halle: Niemeyer.",
        "Der Formalismus in der Ethik. Zweiter Teil: Die materiale Wertethik",
    ),
    (
        "Ricoeur, P. (1986). Temps et récit. Tome III: Le temps raconté. Paris: Seuil.",
        "Temps et récit. Tome III: Le temps raconté",
    ),
]


@pytest.mark.parametrize(("entry", "title"), ENTRIES)
def test_entry_titles(entry: str, title: str) -> None:
    assert parse_reference(entry, [0]).title == title
