"""Spanish and Portuguese names written given name first, whichever parser read them: two
given names and one family name (``María José Sanz``) are not one given name and two family
names (``Esteban Rodríguez Ocaña``)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.particles import iberian

SPANISH = "“Comercio y crédito” (tesis doctoral, Universidad de Sevilla, 2011), 5."


@pytest.mark.parametrize(
    ("name", "inverted"),
    [
        ("María José Sanz", "Sanz, María José"),
        ("Ana Luisa Quiroga", "Quiroga, Ana Luisa"),
        ("Esteban Rodríguez Ocaña", "Rodríguez Ocaña, Esteban"),
        ("Francisco Javier Fernández Sanz", "Fernández Sanz, Francisco Javier"),
    ],
)
def test_given_names_and_family_names(name: str, inverted: str) -> None:
    assert iberian((name,), SPANISH) == (inverted,)
