"""PDF-to-text: a marker glued to a ruler's or pope's number (``Charles V.25``, ``Pius
V.3``, ``Henry VIII.4``) is a marker: the ``V.`` is no abbreviation (``v.`` versus,
volume), which keeps glued digits from being markers (``Smith v.25``, ``Bd. V.3``)."""

from __future__ import annotations

import pytest

from bibcheck.readers.pdftext import read


def _page(sentence: str) -> str:
    return (
        "The Bible in the vernacular\n\n"
        "Translations were printed in many places.1 The first came from Louvain.2\n"
        f"{sentence}\n"
        "1 Hans Volz, Bibles in Print (Hamburg: Wittig, 1978), 12.\n"
        "2 Ibid., 14.\n"
        "3 Anne Marsh, Court and Press (Leiden: Brill, 2001), 33.\n"
    )


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        ("It was made with the support of Charles V.3 A French one followed.", True),
        ("The rule was confirmed by Pius V.3 Readers were fewer.", True),
        ("It was licensed under Henry VIII.3 Few copies survive.", True),
        ("The court cited Crown v.3 and went on to another case.", False),
    ],
    ids=["charles-v", "pius-v", "henry-viii", "versus"],
)
def test_a_marker_after_a_regnal_number(sentence: str, marked: bool) -> None:
    found = sorted((m.label, m.line) for m in read(_page(sentence)).markers)
    assert (("3", 4) in found) is marked, found
