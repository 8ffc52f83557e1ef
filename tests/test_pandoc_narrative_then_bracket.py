"""Pandoc: a narrative citation followed by a bracketed citation.

``@a [p. 12]`` is one citation with a locator, but ``@a [see also @b for the method]``
is two: the bracket holds a citation of its own (Pandoc reads it as a second citation with
a prefix), so both keys are cited.  Fixtures written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.pandoc import read


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("As @okoro2019 [see also @lind2021 for the method] showed.", ["okoro2019", "lind2021"]),
        ("@okoro2019 [cf. @lind2021; @haas2015, p. 7] argue so.", ["okoro2019", "lind2021", "haas2015"]),
        ("Wie @okoro2019 [vgl. auch @lind2021] zeigt.", ["okoro2019", "lind2021"]),
        ("Comme @okoro2019 [-@lind2021] l'a montré.", ["okoro2019", "lind2021"]),
        ("As @okoro2019 [p. 12] showed.", ["okoro2019"]),
        ("As @okoro2019 [chap. 3, note 4] showed.", ["okoro2019"]),
    ],
    ids=["see-also-en", "group-with-locator", "vgl-de", "suppressed-author-fr", "locator-only", "locator-with-words"],
)  # fmt: skip
def test_a_bracket_after_a_narrative_citation(text: str, labels: list[str]) -> None:
    doc = read("Earlier work [@base2010] exists.\n\n" + text + "\n")
    assert [m.label for m in doc.markers] == ["base2010", *labels]
