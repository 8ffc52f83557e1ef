"""fix79p: a Vancouver list filed the Dutch and German way writes a name's particle after
the initials (``Berg J van den, Oosterhuis-de Wit L. Title.``, ``Linden P von der.``): the
names are read one by one, each with its particle first (``van den Berg J``), not taken
whole for a body's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.nameparticles import particle_first
from bibcheck.parse.references import parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Berg J van den", "van den Berg J"),
        ("Linden P von der", "von der Linden P"),
        ("Vries K de", "de Vries K"),
        ("Hoeven AB van der", "van der Hoeven AB"),
        ("Brink T ten", "ten Brink T"),
        # near misses: the particle already first, none, an inverted name with a comma, a
        # particle after a word that is no initials
        ("van Dijk MA", "van Dijk MA"),
        ("Berg J", "Berg J"),
        ("Oliveira, Ana de", "Oliveira, Ana de"),
        ("Instituut voor de", "Instituut voor de"),
    ],
)
def test_particle_first(name: str, expected: str) -> None:
    assert particle_first(name) == expected


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        (
            "Aa J van der, Bakker T. Kalk in de ondergrond. Bodem Water. 2017; 2: 1-9.",
            ("van der Aa J", "Bakker T"),
        ),
        (
            "Smits A, Koster P, Vries K de. Bekalking van grasland op zandgrond: een veldproef."
            " Tijdschr Bodemkd. 2018; 8(2): 11-19.",
            ("Smits A", "Koster P", "de Vries K"),
        ),
        (
            "Linden P von der, Maier K. Hecken im Wandel. Z Landsch. 2017;4:1-9.",
            ("von der Linden P", "Maier K"),
        ),
        (
            "Ruiz A, Hoeven AB van der, Tan C. Soil lime in the east. J Soil. 2020;3:4-9.",
            ("Ruiz A", "van der Hoeven AB", "Tan C"),
        ),
        # near misses, read as before: the particle first, no particle
        (
            "Hopman NE, van Dijk MA, Broens EM. Use in pets. Front Vet Sci. 2019;6:158.",
            ("Hopman NE", "van Dijk MA", "Broens EM"),
        ),
        ("Berg J, de Vries K. De kalk. Bodem. 2019;3:1-2.", ("Berg J", "de Vries K")),
    ],
)
def test_vancouver_names_filed_with_particles_after(entry: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert ref.authors == authors


@pytest.mark.parametrize(
    "text",
    [
        lambda n: "Berg J van, " * (n // 12) + "x",
        lambda n: "Berg J van den " * (n // 15),
        lambda n: "Aa B de, " * (n // 9) + "Ab C de. Title. J. 2019;1:2.",
    ],
)
def test_linear(text: Callable[[int], str]) -> None:
    assert_linear(lambda s: parse_reference(s, (1,), detect_styles=True), text)
