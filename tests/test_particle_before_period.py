"""An inverted name whose particle closes with the entry's period (``Ham, W. van der.
Title``, Chicago bibliography and Dutch/German/Indonesian lists) keeps the particle in the
name and out of the title."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.particles import particle_first


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param("Berg, J. van den. Polders en dijken. Utrecht: Spectrum, 1988.",
                     ("Berg, J. van den",), "Polders en dijken", id="van-den"),
        pytest.param("Hartmann, E. von. *Reisen im Osten*. Leipzig: Brockhaus, 1902.",
                     ("Hartmann, E. von",), "Reisen im Osten", id="von-emphasised-title"),
        pytest.param("Haar, B. ter. Beginselen van het adatrecht. Jakarta: Pradnya, 1960.",
                     ("Haar, B. ter",), "Beginselen van het adatrecht", id="ter"),
        pytest.param("Berg, J. van den (1988). Polders en dijken. Utrecht: Spectrum.",
                     ("Berg, J. van den",), "Polders en dijken", id="apa-year-as-before"),
    ],
)  # fmt: skip
def test_inverted_particle_before_period(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


@pytest.mark.parametrize(
    ("text", "turned"),
    [
        pytest.param("Berg, J. van den. Polders", "van den Berg, J.  Polders", id="period"),
        pytest.param("Berg, J. van den, Polders", "van den Berg, J., Polders", id="comma"),
        pytest.param("Berg, J. vandaag. Polders", "Berg, J. vandaag. Polders", id="no-particle"),
    ],
)  # fmt: skip
def test_particle_first_keeps_the_length(text: str, turned: str) -> None:
    assert particle_first(text) == turned
    assert len(particle_first(text)) == len(text)
