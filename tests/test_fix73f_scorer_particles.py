"""fix73f: the corpus scorer reads an inverted name whose particle follows the given names
under either filing (own examples)."""

from __future__ import annotations

import pytest

from tests.corpus_score import _same_family


@pytest.mark.parametrize(
    ("want", "author", "same"),
    [
        ("eichendorff", "Eichendorff, J. von", True),  # filed under the name (German lists)
        ("von eichendorff", "Eichendorff, J. von", True),  # the particle kept with it
        ("arnim", "Arnim, Bettina von", True),
        ("van der berg", "Berg, Willem van der", True),
        ("berg", "Berg, Willem van der", True),
        ("arnim", "Arnim, Bettina", True),
        ("von arnim", "Arnim, Bettina", False),  # no particle printed
        ("bettina", "Arnim, Bettina von", False),
        ("arnim", "Bettina von Arnim", False),  # natural order: the particle's own name
    ],
)
def test_particle_after_given_names(want: str, author: str, same: bool) -> None:
    assert _same_family(want, author) is same
